//! The invitation page's server function.

use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Where an invitation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvitationState {
    /// Valid: can be accepted by the invited address.
    Open,
    /// Unknown link.
    Invalid,
    Expired,
    /// Already accepted.
    Used,
}

/// What the invitation page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitationInfo {
    pub state: InvitationState,
    pub organisation: String,
    /// The address invited.
    pub email: String,
    /// The address of the signed-in reader, if any.
    pub signed_in_as: Option<String>,
}

/// The invitation of link `token`.
#[server(prefix = "/_server")]
pub async fn invitation_view(lang: Lang, token: String) -> Result<InvitationInfo, AppError> {
    let _ = lang;
    let db = crate::state::db()?;
    let viewer = crate::web::context::current_viewer();
    super::service::view(&db, &token, viewer.as_ref()).await
}

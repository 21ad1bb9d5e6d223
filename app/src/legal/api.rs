//! What the legal pages read: the operator's settings and the code's declarations.

use super::model::{Operator, PrivacyNotice};
use crate::error::AppError;
use leptos::prelude::*;

/// Who runs the site.
#[server(prefix = "/_server")]
pub async fn operator_identity() -> Result<Operator, AppError> {
    let state = use_context::<crate::state::AppState>().ok_or(AppError::Internal)?;
    Ok((*state.operator).clone())
}

/// The privacy notice: the operator, the periods in force, and every feature's declaration of
/// the personal data it keeps (`crate::personal_data_features`), so the page cannot drift from
/// the code.
#[server(prefix = "/_server")]
pub async fn privacy_facts() -> Result<PrivacyNotice, AppError> {
    use super::model::NoticePart;
    let state = use_context::<crate::state::AppState>().ok_or(AppError::Internal)?;
    Ok(PrivacyNotice {
        operator: (*state.operator).clone(),
        retention: state.retention,
        parts: crate::personal_data_features()
            .iter()
            .map(|feature| NoticePart {
                notice: feature.notice.to_string(),
                kept: feature.kept.to_vec(),
            })
            .collect(),
    })
}

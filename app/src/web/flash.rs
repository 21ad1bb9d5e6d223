//! What a form carries back to its page after a redirect (the flash), and the messages it holds.

use crate::i18n::FluentArg;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A translatable message: a Fluent key and its arguments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub key: String,
    pub args: Vec<(String, FluentArg)>,
    /// A link to what a confirmation names ("saved" → the saved offers): address, Fluent key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<(String, String)>,
}

impl Message {
    pub fn new(key: impl Into<String>) -> Message {
        Message {
            key: key.into(),
            args: Vec::new(),
            link: None,
        }
    }

    pub fn with(mut self, name: &str, value: impl Into<FluentArg>) -> Message {
        self.args.push((name.to_string(), value.into()));
        self
    }

    /// Adds a link to `href` labelled by the Fluent message `key`.
    pub fn linking(mut self, href: impl Into<String>, key: impl Into<String>) -> Message {
        self.link = Some((href.into(), key.into()));
        self
    }
}

/// The field name of errors about the whole form (expired form, failed sign-in).
pub const FORM_ERROR: &str = "_form";

/// The value a flash carries when the form comes back to show its Markdown rendered.
pub const PREVIEW_FIELD: &str = "_preview";

/// The form field that carries the CSRF token.
pub const CSRF_FIELD: &str = "csrf_token";

/// What a redirect carries to the next page, kept in the session for one view: the values a
/// rejected form held (never passwords), a message per field, or a notice of success.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// The path of the page that shows it.
    pub path: String,
    pub values: BTreeMap<String, String>,
    pub errors: BTreeMap<String, Message>,
    pub notice: Option<Message>,
}

/// The session key of the flash.
#[cfg(feature = "ssr")]
pub const FLASH_KEY: &str = "flash";

/// Keeps `flash` for the next view of `flash.path`.
#[cfg(feature = "ssr")]
pub async fn set_flash(
    session: &tower_sessions::Session,
    flash: Flash,
) -> Result<(), tower_sessions::session::Error> {
    session.insert(FLASH_KEY, flash).await
}

/// Takes the flash if it is meant for `path`.
#[cfg(feature = "ssr")]
pub async fn take_flash(session: &tower_sessions::Session, path: &str) -> Option<Flash> {
    let flash = session.get::<Flash>(FLASH_KEY).await.ok().flatten()?;
    if flash.path.trim_end_matches('/') != path.trim_end_matches('/') {
        return None;
    }
    let _ = session.remove::<Flash>(FLASH_KEY).await;
    Some(flash)
}

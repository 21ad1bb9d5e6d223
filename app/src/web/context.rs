//! What the authorization layer learnt about the request, handed to pages and server
//! functions: the signed-in person, the flash of the previous form, the CSRF token.

use super::flash::Flash;
use crate::auth::model::{Role, Viewer};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use std::sync::atomic::{AtomicBool, Ordering};
#[cfg(feature = "ssr")]
use std::sync::Arc;

/// Set on every request under a language prefix or the server functions' prefix by
/// `guard::guard`.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug)]
pub struct RequestContext {
    pub viewer: Option<Viewer>,
    pub flash: Option<Flash>,
    pub csrf: CsrfSlot,
    /// The client's address, as the rate limit counts it.
    pub client_ip: String,
    /// The anonymous learner this session follows pathways as.
    pub learner: Option<crate::auth::session::SessionLearner>,
    /// What the visitor started before being asked to sign in (`web::pending`): the Fluent
    /// key that says it on the sign-in page.
    pub pending_purpose: Option<String>,
    /// The zone times are shown in: the account's, else the one picked on a page (`?tz=`,
    /// remembered in the session); `None`: the page's language's.
    pub time_zone: Option<String>,
}

/// The session's CSRF token. A new one is stored only if a page put it in a form, so a
/// reader who never sees a form never gets a session.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug)]
pub struct CsrfSlot {
    token: String,
    pub fresh: bool,
    used: Arc<AtomicBool>,
}

#[cfg(feature = "ssr")]
impl CsrfSlot {
    pub fn new(existing: Option<String>) -> CsrfSlot {
        let fresh = existing.is_none();
        CsrfSlot {
            token: existing.unwrap_or_else(crate::auth::secret::random_token),
            fresh,
            used: Arc::new(AtomicBool::new(false)),
        }
    }

    /// The token, for a form; marks it as needing to be kept.
    pub fn token(&self) -> String {
        self.used.store(true, Ordering::SeqCst);
        self.token.clone()
    }

    /// The token if a page used it (to keep in the session after the response).
    pub fn used_token(&self) -> Option<String> {
        self.used.load(Ordering::SeqCst).then(|| self.token.clone())
    }
}

/// The request context of the page being rendered or the server function being run.
#[cfg(feature = "ssr")]
pub fn request_context() -> Option<RequestContext> {
    leptos::prelude::use_context::<http::request::Parts>()?
        .extensions
        .get::<RequestContext>()
        .cloned()
}

/// The signed-in person, if any.
pub fn current_viewer() -> Option<Viewer> {
    #[cfg(feature = "ssr")]
    {
        request_context().and_then(|c| c.viewer)
    }
    #[cfg(not(feature = "ssr"))]
    None
}

/// The flash of the previous form or action, if it is for this page.
pub fn current_flash() -> Flash {
    #[cfg(feature = "ssr")]
    {
        request_context().and_then(|c| c.flash).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    Flash::default()
}

/// The CSRF token to put in a form.
pub fn csrf_token() -> String {
    #[cfg(feature = "ssr")]
    {
        request_context().map(|c| c.csrf.token()).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    String::new()
}

/// The first line of every server function that needs an account.
pub fn require_user() -> Result<Viewer, AppError> {
    current_viewer().ok_or(AppError::Forbidden)
}

/// The first line of every server function that needs a role.
pub fn require_role(role: Role) -> Result<Viewer, AppError> {
    let viewer = require_user()?;
    if viewer.can(role) {
        Ok(viewer)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The value of `name` in the page's query string.
fn requested(name: &str) -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        let parts = leptos::prelude::use_context::<http::request::Parts>()?;
        let query = parts.uri.query().unwrap_or("");
        form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = name;
        None
    }
}

/// The return address the page was opened with (`?next=…`), when it is one of ours.
pub fn requested_next() -> Option<String> {
    requested("next").and_then(|next| super::urls::safe_next(&next))
}

/// The action to finish once signed in (`?then=save-offer`), when it is a known one.
pub fn requested_then() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        requested("then").filter(|then| super::pending::resumable(then).is_some())
    }
    #[cfg(not(feature = "ssr"))]
    None
}

/// What the sign-in page says the visitor was doing ("sign in to save this offer"): the
/// action a form kept, or the one the sign-in link names.
pub fn pending_purpose() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        let named = || {
            requested_then()
                .and_then(|then| super::pending::resumable(&then))
                .map(|(_, purpose, _)| purpose.to_string())
        };
        request_context().and_then(|c| c.pending_purpose).or_else(named)
    }
    #[cfg(not(feature = "ssr"))]
    None
}

/// The time zone the reader sees times in (`web::guard` decides it), else the one of `lang`.
#[cfg(feature = "ssr")]
pub fn reader_time_zone(lang: crate::i18n::Lang) -> String {
    request_context()
        .and_then(|c| c.time_zone)
        .unwrap_or_else(|| crate::accounts::time_zone::default_for(lang).to_string())
}

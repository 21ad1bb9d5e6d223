//! Security headers on every response.
//!
//! The Content-Security-Policy here forbids framing, plugins, foreign `<base>` and form targets.
//! Restricting scripts to the per-request nonce (which the island script already carries)
//! comes with the accounts issue, together with the rest of the security baseline.

use axum::http::{header, HeaderName, HeaderValue};
use tower_http::set_header::SetResponseHeaderLayer;

/// The policy sent with every response.
pub const CONTENT_SECURITY_POLICY: &str =
    "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'";

/// The header layers, outermost last.
pub fn layers() -> [SetResponseHeaderLayer<HeaderValue>; 4] {
    let set = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    [
        set(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        set(header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        set(header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
        set(header::X_FRAME_OPTIONS, "DENY"),
    ]
}

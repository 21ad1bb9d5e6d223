//! What the request log learns from a request: its id (taken from `X-Request-Id` or made by
//! the server's outer layer, put in the request's extensions; the error page shows it so a
//! person can quote it) and who was signed in (put in the response's extensions by the
//! authorization layer).

/// The header that carries a request's id, in and out.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// The id of the request being answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestId(pub String);

impl RequestId {
    /// The id a client or proxy sent, when it is a reasonable one (letters, digits, `-_.:`,
    /// at most 64 characters: it goes into logs and a page).
    pub fn accept(sent: &str) -> Option<RequestId> {
        let ok = !sent.is_empty()
            && sent.len() <= 64
            && sent
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
        ok.then(|| RequestId(sent.to_string()))
    }

    /// A new id (16 random hex digits).
    pub fn new() -> RequestId {
        RequestId(format!("{:016x}", rand::random::<u64>()))
    }
}

impl Default for RequestId {
    fn default() -> RequestId {
        RequestId::new()
    }
}

/// The person signed in when the request was answered (their account id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignedInUser(pub i32);

/// The route template that answered (`/{lang}/offers/{slug}`), for logs and metrics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RouteTemplate(pub String);

#[cfg(test)]
mod tests {
    use super::RequestId;

    #[test]
    fn accepts_sane_ids_only() {
        assert!(RequestId::accept("4bf92f3577b34da6-a3ce929d0e0e4736").is_some());
        assert!(RequestId::accept("").is_none());
        assert!(RequestId::accept("a b").is_none());
        assert!(RequestId::accept("<script>").is_none());
        assert!(RequestId::accept(&"x".repeat(65)).is_none());
        let made = RequestId::new();
        assert_eq!(made.0.len(), 16);
        assert_ne!(made, RequestId::new());
    }
}

//! The one error type of the app: stable codes that pages translate through Fluent.
//!
//! A handler returns `Result<_, AppError>`; the error becomes a response with its status and
//! the error attached (`IntoResponse`, server only). The server's error layer then answers with
//! a localised HTML page, or an RFC 9457 problem document when the client asked for JSON.

use serde::{Deserialize, Serialize};

/// An error a page, form handler or server function can report. Each variant is a stable code
/// with a Fluent key (`error-<code>` and `error-<code>-help`), tested to exist in every language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The request cannot be understood (a malformed call).
    #[error("bad request")]
    BadRequest,
    #[error("not found")]
    NotFound,
    /// It existed and was withdrawn (an archived item): 410, said in words.
    #[error("gone")]
    Gone,
    #[error("forbidden")]
    Forbidden,
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("invalid value for {field}: {code}")]
    Validation { field: String, code: String },
    #[error("conflict")]
    Conflict,
    #[error("internal error")]
    Internal,
}

impl AppError {
    /// Every code, for the test that checks each has a message in every language.
    pub const CODES: [&'static str; 9] = [
        "bad-request",
        "not-found",
        "gone",
        "forbidden",
        "method-not-allowed",
        "payload-too-large",
        "validation",
        "conflict",
        "internal",
    ];

    /// The stable code of this error; the Fluent key is `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::BadRequest => "bad-request",
            AppError::NotFound => "not-found",
            AppError::Gone => "gone",
            AppError::Forbidden => "forbidden",
            AppError::MethodNotAllowed => "method-not-allowed",
            AppError::PayloadTooLarge => "payload-too-large",
            AppError::Validation { .. } => "validation",
            AppError::Conflict => "conflict",
            AppError::Internal => "internal",
        }
    }

    /// The HTTP status the page answers with.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode as S;
        match self {
            AppError::BadRequest => S::BAD_REQUEST,
            AppError::NotFound => S::NOT_FOUND,
            AppError::Gone => S::GONE,
            AppError::Forbidden => S::FORBIDDEN,
            AppError::MethodNotAllowed => S::METHOD_NOT_ALLOWED,
            AppError::PayloadTooLarge => S::PAYLOAD_TOO_LARGE,
            AppError::Validation { .. } => S::UNPROCESSABLE_ENTITY,
            AppError::Conflict => S::CONFLICT,
            AppError::Internal => S::INTERNAL_SERVER_ERROR,
        }
    }

    /// The error a bare status stands for (a response built by a library, not by us).
    pub fn from_status(status: http::StatusCode) -> AppError {
        use http::StatusCode as S;
        match status {
            S::NOT_FOUND => AppError::NotFound,
            S::GONE => AppError::Gone,
            S::FORBIDDEN | S::UNAUTHORIZED => AppError::Forbidden,
            S::METHOD_NOT_ALLOWED => AppError::MethodNotAllowed,
            S::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
            S::UNPROCESSABLE_ENTITY => AppError::Validation {
                field: String::new(),
                code: String::new(),
            },
            S::CONFLICT => AppError::Conflict,
            s if s.is_client_error() => AppError::BadRequest,
            _ => AppError::Internal,
        }
    }

    /// An unexpected failure: logged with its cause (inside the request's span, which names
    /// the route), shown as the opaque `Internal`.
    #[cfg(feature = "ssr")]
    pub fn internal(cause: impl std::fmt::Display) -> AppError {
        tracing::error!(error = %cause, "internal error");
        AppError::Internal
    }
}

impl leptos::server_fn::error::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        use leptos::server_fn::error::ServerFnErrorErr as E;
        match value {
            // The call itself is malformed: the caller's fault, never a 500.
            E::Args(_) | E::MissingArg(_) | E::Deserialization(_) | E::UnsupportedRequestMethod(_) => {
                AppError::BadRequest
            }
            other => {
                #[cfg(feature = "ssr")]
                tracing::error!(error = %other, "server function failure");
                let _ = other;
                AppError::Internal
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        match err {
            sea_orm::DbErr::RecordNotFound(_) => AppError::NotFound,
            other => AppError::internal(format!("database: {other}")),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::TransactionError<sea_orm::DbErr>> for AppError {
    fn from(err: sea_orm::TransactionError<sea_orm::DbErr>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(e) | sea_orm::TransactionError::Transaction(e) => e.into(),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<tower_sessions::session::Error> for AppError {
    fn from(err: tower_sessions::session::Error) -> Self {
        AppError::internal(format!("session: {err}"))
    }
}

/// The response of an error: its status, and the error itself for the server's error layer
/// to render (a localised page, or a problem document for JSON clients).
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}

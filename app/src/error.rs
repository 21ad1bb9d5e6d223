//! The one error type of the app: stable codes that pages translate through Fluent.

use serde::{Deserialize, Serialize};

/// An error a page or server function can report. Each variant is a stable code with a
/// Fluent key (`error-<code>`), tested to exist in every language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("invalid value for {field}: {code}")]
    Validation { field: String, code: String },
    #[error("conflict")]
    Conflict,
    #[error("internal error")]
    Internal,
}

impl AppError {
    /// Every code, for the test that checks each has a message in every language.
    pub const CODES: [&'static str; 5] = ["not-found", "forbidden", "validation", "conflict", "internal"];

    /// The stable code of this error; the Fluent key is `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not-found",
            AppError::Forbidden => "forbidden",
            AppError::Validation { .. } => "validation",
            AppError::Conflict => "conflict",
            AppError::Internal => "internal",
        }
    }

    /// The HTTP status the page answers with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            AppError::NotFound => http::StatusCode::NOT_FOUND,
            AppError::Forbidden => http::StatusCode::FORBIDDEN,
            AppError::Validation { .. } => http::StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict => http::StatusCode::CONFLICT,
            AppError::Internal => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl leptos::server_fn::error::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        tracing::error!(error = %value, "server function failure");
        let _ = value;
        AppError::Internal
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        match err {
            sea_orm::DbErr::RecordNotFound(_) => AppError::NotFound,
            other => {
                tracing::error!(error = %other, "database error");
                AppError::Internal
            }
        }
    }
}

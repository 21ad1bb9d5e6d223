//! Plain HTML forms on the server: a submitted form (`Submission`), a typed and checked form
//! (`Checked<T>`: a `serde` struct checked by `validator`), and the answers — back to the form
//! with every value and a message per field, or on to the next page with a notice. Every answer
//! is 303 See Other: the next page is read with GET, so reloading never sends a form twice.

use super::flash::{set_flash, Flash, Message, CSRF_FIELD, FORM_ERROR, PREVIEW_FIELD};
use super::lang::lang_of_path;
use super::urls::safe_next;
use crate::auth::session::CSRF_KEY;
use crate::error::AppError;
use crate::i18n::Lang;
use axum::extract::{FromRequest, Request};
use axum::response::{IntoResponse, Response};
use http::{header, HeaderValue, StatusCode};
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, HashMap};
use tower_sessions::Session;
use validator::Validate;

/// Largest form body read (the router limits every body the same).
pub const FORM_LIMIT: usize = 256 * 1024;

/// A submitted form being checked: its fields, and a message per rejected field.
pub struct Submission {
    pub session: Session,
    pub lang: Lang,
    /// The form's page, where a rejected form goes back: the address it was posted to (forms
    /// post to their own page), keeping a safe `next` the form carries.
    pub path: String,
    /// A fragment (`#password-title`) that scrolls the page back to the form that was sent,
    /// on a page with several forms.
    pub anchor: &'static str,
    fields: HashMap<String, String>,
    errors: BTreeMap<String, Message>,
}

impl Submission {
    pub fn new(session: Session, lang: Lang, path: String, fields: Vec<(String, String)>) -> Submission {
        Submission {
            session,
            lang,
            path,
            anchor: "",
            fields: fields.into_iter().collect(),
            errors: BTreeMap::new(),
        }
    }

    /// Changes a field before the form goes back (a form that grows a part: "add a question").
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        self.fields.insert(name.to_string(), value.into());
    }

    /// A field as sent.
    pub fn raw(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }

    /// The boxes ticked among those named `prefix…`: what follows the prefix (`competence_`
    /// → `2.4`), sorted.
    pub fn ticked(&self, prefix: &str) -> Vec<String> {
        let mut ticked: Vec<String> = self
            .fields
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .filter_map(|(name, _)| name.strip_prefix(prefix).map(str::to_string))
            .collect();
        ticked.sort();
        ticked
    }

    /// A field without surrounding spaces.
    pub fn text(&self, name: &str) -> String {
        self.raw(name).trim().to_string()
    }

    /// The safe return address the form carries (`next`), if any.
    pub fn next(&self) -> Option<String> {
        safe_next(self.raw("next"))
    }

    /// Rejects `field` with `message` (the first message per field is kept).
    pub fn reject(&mut self, field: &str, message: Message) {
        self.errors.entry(field.to_string()).or_insert(message);
    }

    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }

    /// The form's `action` field as one of `A`'s (unit) variants; anything else is rejected.
    pub fn action<A: DeserializeOwned>(&mut self) -> Option<A> {
        let raw = self.raw("action").to_string();
        let parsed = A::deserialize(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(
            &raw,
        ));
        if parsed.is_err() {
            self.reject(FORM_ERROR, Message::new("form-error-invalid"));
        }
        parsed.ok()
    }

    /// Parses the fields into `T` and checks it; every problem is recorded against its field.
    pub fn parse<T: DeserializeOwned + Validate>(&mut self) -> Option<T> {
        let pairs = self.fields.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(encoded.as_bytes()));
        let value: T = match serde_path_to_error::deserialize(deserializer) {
            Ok(value) => value,
            Err(error) => {
                let field = error.path().to_string();
                let key = if error.inner().to_string().starts_with("missing field") {
                    "form-error-missing"
                } else {
                    "form-error-invalid"
                };
                let field = if field == "." {
                    missing_field(&error)
                } else {
                    field
                };
                // The action is a hidden field: its problem is about the whole form.
                let field = if field == "action" {
                    FORM_ERROR.to_string()
                } else {
                    field
                };
                self.reject(&field, Message::new(key));
                return None;
            }
        };
        if let Err(errors) = value.validate() {
            for (field, problems) in errors.field_errors() {
                if let Some(problem) = problems.first() {
                    self.reject(&field, message_of(problem));
                }
            }
            return None;
        }
        Some(value)
    }

    /// Back to the form with what was typed and its Markdown shown rendered (the Preview
    /// button of a form without JavaScript): nothing is saved.
    pub async fn preview(mut self) -> Response {
        self.fields.insert(PREVIEW_FIELD.into(), "1".into());
        self.back().await
    }

    /// Back to the form with what was typed (not passwords) and the messages.
    pub async fn back(self) -> Response {
        let flash = Flash {
            path: self.path.split('?').next().unwrap_or_default().to_string(),
            values: keepable(self.fields),
            errors: self.errors,
            notice: None,
        };
        if let Err(error) = set_flash(&self.session, flash).await {
            tracing::error!(%error, "storing the flash");
        }
        see_other(&format!("{}{}", self.path, self.anchor))
    }
}

/// The field named by a "missing field `x`" error (serde reports it at the struct's path).
fn missing_field(error: &serde_path_to_error::Error<serde_urlencoded::de::Error>) -> String {
    let text = error.inner().to_string();
    text.split('`').nth(1).unwrap_or(FORM_ERROR).to_string()
}

/// A `validator` problem as a message: its code is the Fluent key, its bounds the arguments.
fn message_of(problem: &validator::ValidationError) -> Message {
    let mut message = Message::new(problem.code.to_string());
    for bound in ["min", "max"] {
        if let Some(n) = problem.params.get(bound).and_then(|v| v.as_i64()) {
            message = message.with(bound, n);
        }
    }
    message
}

impl Submission {
    /// Reads a posted form without checking its CSRF token: only for one-click links whose
    /// address holds their own secret (RFC 8058 unsubscribe, sent by mail clients).
    pub async fn read_unchecked(request: Request) -> Result<Submission, AppError> {
        let lang = lang_of_path(request.uri().path()).ok_or(AppError::NotFound)?;
        let session = request
            .extensions()
            .get::<Session>()
            .cloned()
            .ok_or_else(|| AppError::internal("form handler without a session layer"))?;
        let is_form = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        let path = request.uri().path().to_string();
        let bytes = axum::body::to_bytes(request.into_body(), FORM_LIMIT)
            .await
            .map_err(|_| AppError::PayloadTooLarge)?;
        if !is_form && !bytes.is_empty() {
            return Err(AppError::BadRequest);
        }
        let fields: Vec<(String, String)> = form_urlencoded::parse(&bytes).into_owned().collect();
        let mut form = Submission::new(session, lang, path, fields);
        // A rejected sign-in (or sign-up) keeps where the person was going, and what for.
        if let Some(next) = form.next() {
            let mut query = form_urlencoded::Serializer::new(String::new());
            query.append_pair("next", &next);
            let then = form.raw("then");
            if super::pending::resumable(then).is_some() {
                query.append_pair("then", then);
            }
            form.path = format!("{}?{}", form.path, query.finish());
        }
        Ok(form)
    }
}

/// A posted form whose CSRF token (field `csrf_token` or header `x-csrf-token`) is the
/// session's. A form with a missing or wrong one goes back to its page with what was typed
/// and "this form expired"; anything else is refused (403). Every form handler reads its form
/// through this, so every form route checks the token.
impl<S: Send + Sync> FromRequest<S> for Submission {
    type Rejection = Response;

    async fn from_request(request: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let header_token = request
            .headers()
            .get(super::guard::CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let form = Submission::read_unchecked(request)
            .await
            .map_err(IntoResponse::into_response)?;
        let existing = form.session.get::<String>(CSRF_KEY).await.ok().flatten();
        let sent = header_token.or_else(|| form.fields.get(CSRF_FIELD).cloned());
        if super::guard::token_matches(existing.as_deref(), sent.as_deref()) {
            return Ok(form);
        }
        let fields = (!form.fields.is_empty()).then(|| form.fields.into_iter().collect());
        Err(super::guard::csrf_failure(&form.session, &form.path, fields).await)
    }
}

/// A form parsed into `T` and checked. When it does not parse or check, the handler never
/// runs: the form goes back to its page with every value and a message per field.
pub struct Checked<T> {
    pub value: T,
    pub form: Submission,
}

impl<S: Send + Sync, T: DeserializeOwned + Validate + Send> FromRequest<S> for Checked<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let mut form = Submission::from_request(request, state).await?;
        match form.parse::<T>() {
            Some(value) => Ok(Checked { value, form }),
            None => Err(form.back().await),
        }
    }
}

/// To `to`, where `notice` is shown once.
pub async fn done(session: &Session, to: &str, notice: Message) -> Response {
    let path = to.split(['?', '#']).next().unwrap_or(to).to_string();
    let flash = Flash {
        path,
        notice: Some(notice),
        ..Flash::default()
    };
    if let Err(error) = set_flash(session, flash).await {
        tracing::error!(%error, "storing the flash");
    }
    see_other(to)
}

/// The fields worth giving back: everything but passwords and the token.
pub fn keepable(fields: impl IntoIterator<Item = (String, String)>) -> BTreeMap<String, String> {
    fields
        .into_iter()
        .filter(|(k, _)| !k.contains("password") && k != CSRF_FIELD)
        .collect()
}

/// 303 See Other to `location` (a form's answer, read with GET).
pub fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Validate)]
    struct Sample {
        #[validate(length(min = 2, code = "sample-too-short"))]
        name: String,
        count: i32,
        action: SampleAction,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "kebab-case")]
    enum SampleAction {
        SaveAll,
    }

    fn form(fields: &[(&str, &str)]) -> Submission {
        let store = std::sync::Arc::new(tower_sessions::MemoryStore::default());
        let session = Session::new(None, store, None);
        let fields = fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Submission::new(session, Lang::En, "/en/x".into(), fields)
    }

    #[test]
    fn parses_typed_values_and_actions() {
        let mut f = form(&[("name", "Ada"), ("count", "3"), ("action", "save-all")]);
        let parsed = f.parse::<Sample>();
        assert!(parsed.as_ref().is_some_and(|s| s.count == 3 && s.name == "Ada"));
        assert!(matches!(parsed.map(|s| s.action), Some(SampleAction::SaveAll)));
    }

    #[test]
    fn reports_each_problem_against_its_field() {
        let mut f = form(&[("name", "A"), ("count", "3"), ("action", "save-all")]);
        assert!(f.parse::<Sample>().is_none());
        assert_eq!(f.errors["name"].key, "sample-too-short");

        let mut f = form(&[("name", "Ada"), ("count", "three"), ("action", "save-all")]);
        assert!(f.parse::<Sample>().is_none());
        assert_eq!(f.errors["count"].key, "form-error-invalid");

        let mut f = form(&[("name", "Ada"), ("count", "3"), ("action", "delete-everything")]);
        assert!(f.parse::<Sample>().is_none());
        assert_eq!(f.errors[FORM_ERROR].key, "form-error-invalid");

        let mut f = form(&[("name", "Ada"), ("action", "save-all")]);
        assert!(f.parse::<Sample>().is_none());
        assert_eq!(f.errors["count"].key, "form-error-missing");
        // Every value typed is kept for the page.
        assert_eq!(f.raw("name"), "Ada");
    }
}

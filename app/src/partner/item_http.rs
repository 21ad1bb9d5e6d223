//! One save path for the simpler item forms of the partner space (interviews, the
//! organisation's profile): a typed form writes its fields and original-language texts into the
//! item's snapshot; the buttons save (in place, or as a change for review once published),
//! submit, preview, or — administrators only — publish without review.

use crate::auth::model::{Role, Viewer};
use crate::auth::permissions::Action;
use crate::content::edit::{self, Saved};
use crate::content::snapshot::Snapshot;
use crate::content::write::change_status;
use crate::content::ContentKind;
use crate::entities::organisation;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Submission};
use crate::web::urls::Route;
use axum::response::Response;
use futures::future::BoxFuture;
use sea_orm::DatabaseConnection;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use validator::Validate;

/// A typed item form.
pub trait ItemForm: DeserializeOwned + Validate {
    const KIND: ContentKind;
    /// The version the form was opened at.
    fn version(&self) -> i32;
    /// Writes the form into `snapshot`, the texts in the item's `original` language.
    fn fill(&self, snapshot: &mut Snapshot, original: Lang);
    /// Reads the form: its fields, each problem on its field (kinds whose checks need more
    /// than one field or read lists of boxes add them here).
    fn read(form: &mut Submission) -> Option<Self>
    where
        Self: Sized,
    {
        form.parse::<Self>()
    }
    /// The problems of the form for item `id` as stored (a capacity below the seats taken).
    fn check<'a>(
        &'a self,
        _db: &'a DatabaseConnection,
        _id: i32,
    ) -> BoxFuture<'a, Result<Vec<(&'static str, Message)>, AppError>> {
        Box::pin(async { Ok(Vec::new()) })
    }
    /// What keeps the item, as saved, from going to review (a pathway's unfinished steps).
    fn not_ready(_snapshot: &Snapshot, _original: Lang) -> Option<Message> {
        None
    }
    /// The notice, and the place on the new item's form, after `create`.
    const CREATED: (&'static str, &'static str) = ("partner-notice-draft-created", "");
    /// Creates a draft of `org` from the form (kinds created by `create_item`); returns its id.
    fn create<'a>(
        &'a self,
        _db: &'a DatabaseConnection,
        _viewer: &'a Viewer,
        _org: &'a organisation::Model,
    ) -> BoxFuture<'a, Result<i32, AppError>> {
        Box::pin(async { Err(AppError::NotFound) })
    }
}

/// Answers the form of a new item of `F::KIND` for the organisation the form names (never
/// trusted: it must be one the editor acts for), then opens the new draft's form.
pub async fn create_item<F: ItemForm>(
    state: &AppState,
    viewer: &Viewer,
    mut form: Submission,
) -> Result<Response, AppError> {
    let named = form.raw("org").to_string();
    let org = super::editing::acting_org(&state.db, viewer, Some(&named)).await?;
    if org.slug != named {
        form.reject(FORM_ERROR, Message::new("form-error-invalid"));
        return Ok(form.back().await);
    }
    if form.action::<ItemAction>() == Some(ItemAction::Preview) {
        return Ok(form.preview().await);
    }
    let Some(value) = F::read(&mut form) else {
        return Ok(form.back().await);
    };
    let id = value.create(&state.db, viewer, &org).await?;
    let (notice, anchor) = F::CREATED;
    let to = format!("{}{anchor}", Route::PartnerItem(F::KIND, id).at(form.lang));
    Ok(done(&form.session, &to, Message::new(notice)).await)
}

/// The buttons of an item form.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ItemAction {
    Save,
    Submit,
    Preview,
    /// Save and publish without review (administrators only, checked by the write path).
    Publish,
}

/// The editor signed in, checked again here (the authorization layer already did).
pub fn editor(context: &RequestContext) -> Result<Viewer, AppError> {
    context
        .viewer
        .clone()
        .filter(|v| v.can(Role::Editor))
        .ok_or(AppError::Forbidden)
}

/// Answers the form of existing item `id` of `F::KIND`.
pub async fn save_item<F: ItemForm>(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    mut form: Submission,
) -> Result<Response, AppError> {
    super::editing::may_write(&state.db, viewer, F::KIND, id).await?;
    let Some(action) = form.action::<ItemAction>() else {
        return Ok(form.back().await);
    };
    if action == ItemAction::Preview {
        return Ok(form.preview().await);
    }
    let Some(value) = F::read(&mut form) else {
        return Ok(form.back().await);
    };
    let problems = value.check(&state.db, id).await?;
    if !problems.is_empty() {
        for (field, message) in problems {
            form.reject(field, message);
        }
        return Ok(form.back().await);
    }
    let saved = edit::save(
        &state.db,
        viewer,
        F::KIND,
        id,
        value.version(),
        |snapshot, original| value.fill(snapshot, original),
    )
    .await;
    let saved = match saved {
        Ok(saved) => saved,
        Err(AppError::Conflict) => {
            form.reject(FORM_ERROR, Message::new("partner-error-changed"));
            return Ok(form.back().await);
        }
        Err(error) => return Err(error),
    };
    if matches!(action, ItemAction::Submit | ItemAction::Publish) && saved == Saved::InPlace {
        let editing = edit::open(&state.db, F::KIND, id).await?;
        if let Some(why) = F::not_ready(editing.working(), editing.original) {
            // Saved, but not sent: the page says why, where the editor will fix it.
            return Ok(done(&form.session, &form.path, why).await);
        }
    }
    let notice = match (action, saved) {
        (_, Saved::Proposed) => "partner-notice-change-proposed",
        (ItemAction::Submit, Saved::InPlace) => {
            change_status(&state.db, Some(viewer), F::KIND, id, Action::Submit, None).await?;
            "partner-notice-submitted"
        }
        (ItemAction::Publish, Saved::InPlace) => {
            change_status(&state.db, Some(viewer), F::KIND, id, Action::Publish, None).await?;
            "partner-notice-published"
        }
        _ => "partner-notice-draft-saved",
    };
    Ok(done(&form.session, &form.path, Message::new(notice)).await)
}

/// The routes of the form of kind `F` at `/{lang}/partner/{segment}/new` (create) and
/// `/{lang}/partner/{segment}/{id}` (save, submit, preview, publish).
pub fn item_routes<F: ItemForm + Send + Sync + 'static>(segment: &str) -> axum::Router<AppState> {
    use axum::routing::post;
    axum::Router::new()
        .route(
            &format!("/{{lang}}/partner/{segment}/new"),
            post(create_route::<F>),
        )
        .route(
            &format!("/{{lang}}/partner/{segment}/{{id}}"),
            post(save_route::<F>),
        )
}

#[derive(Deserialize)]
pub struct ItemPath {
    id: String,
}

async fn create_route<F: ItemForm + Send + Sync + 'static>(
    axum::extract::State(state): axum::extract::State<AppState>,
    axum::Extension(context): axum::Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    create_item::<F>(&state, &editor(&context)?, form).await
}

/// Answers the form of existing item `{id}` of `F::KIND`.
pub async fn save_route<F: ItemForm + Send + Sync + 'static>(
    axum::extract::State(state): axum::extract::State<AppState>,
    axum::extract::Path(ItemPath { id }): axum::extract::Path<ItemPath>,
    axum::Extension(context): axum::Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    save_item::<F>(&state, &viewer, id, form).await
}

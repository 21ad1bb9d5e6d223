//! The self-assessment's form (`POST /{lang}/assessment`, one area at a time, answered with
//! 303 See Other) and the profile's JSON download (`/{lang}/assessment/profile.json`).

use super::profile::Stored;
use super::service::{area_number, competences_of_area, framework, version_key};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Submission};
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use chrono::Utc;
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/assessment", post(answer))
        .route("/{lang}/assessment/profile.json", get(download))
}

/// Where the person goes once an area's answers are kept.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum Direction {
    Back,
    Next,
    /// The last area: to the profile.
    Finish,
}

/// An answer as sent: nothing (not answered), "I don't know", or a level of the framework.
enum Sent {
    Blank,
    Answer(Option<u8>),
    Invalid,
}

fn read(raw: &str, levels: &[u8]) -> Sent {
    match raw.trim() {
        "" => Sent::Blank,
        "unknown" => Sent::Answer(None),
        other => match other.parse::<u8>() {
            Ok(level) if levels.contains(&level) => Sent::Answer(Some(level)),
            _ => Sent::Invalid,
        },
    }
}

async fn answer(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let db = &state.db;
    let lang = form.lang;
    let fw = framework(db).await?;
    let number = area_number(&format!("area={}", form.raw("area")), fw.areas.len());
    form.path = Route::AssessmentArea(number).at(lang);
    // Enter in a field sends the form without a button's value: forward.
    let direction = if form.raw("action").is_empty() {
        Direction::Next
    } else {
        form.action::<Direction>().unwrap_or(Direction::Next)
    };
    if form.raw("framework") != version_key(&fw) {
        // The framework was replaced since the page was shown: the levels may mean something
        // else now. Nothing is saved; the answers come back to be checked and sent again.
        let name = fw.label("framework", lang).text;
        form.reject(
            FORM_ERROR,
            Message::new("assessment-error-replaced").with("framework", name),
        );
        return Ok(form.back().await);
    }
    let competences = competences_of_area(&fw, number);
    let sent_codes: Vec<String> = form.ticked("level-");
    for code in &sent_codes {
        if !competences.iter().any(|c| &c.code == code) {
            form.reject(
                FORM_ERROR,
                Message::new("assessment-error-unknown-competence").with("code", code.clone()),
            );
        }
    }
    let levels: Vec<u8> = fw
        .levels
        .iter()
        .map(|l| super::profile::level_of(l.level))
        .collect();
    let (lowest, highest) = (
        levels.iter().min().copied().unwrap_or(1),
        levels.iter().max().copied().unwrap_or(8),
    );
    let mut answers = Vec::new();
    for competence in &competences {
        let field = super::model::answer_field(&competence.code);
        match read(form.raw(&field), &levels) {
            Sent::Blank => {}
            Sent::Answer(level) => answers.push((competence.id, level)),
            Sent::Invalid => form.reject(
                &field,
                Message::new("assessment-error-level")
                    .with("min", i64::from(lowest))
                    .with("max", i64::from(highest)),
            ),
        }
    }
    if !form.is_valid() {
        return Ok(form.back().await);
    }
    let learner = crate::learners::ensure(db, &form.session, context.viewer.as_ref()).await?;
    super::answers::save(db, learner.id, fw.id, &answers, Utc::now()).await?;
    if stored_replaced(db, learner.id, fw.id).await? {
        let codes: Vec<String> = competences
            .iter()
            .filter(|c| answers.iter().any(|(id, _)| *id == c.id))
            .map(|c| c.code.clone())
            .collect();
        super::answers::forget_replaced(db, learner.id, fw.id, &codes).await?;
    }
    let to = match direction {
        Direction::Back => Route::AssessmentArea(number.saturating_sub(1).max(1)).at(lang),
        Direction::Next if number < fw.areas.len() => Route::AssessmentArea(number + 1).at(lang),
        Direction::Next | Direction::Finish => Route::AssessmentProfile.at(lang),
    };
    Ok(done(&form.session, &to, Message::new("assessment-notice-saved")).await)
}

/// Whether the learner has answers for another framework version than `framework`.
async fn stored_replaced(
    db: &impl sea_orm::ConnectionTrait,
    learner: i32,
    framework: i32,
) -> Result<bool, AppError> {
    use crate::entities::assessment_answer as answer;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    Ok(answer::Entity::find()
        .filter(answer::Column::LearnerId.eq(learner))
        .filter(answer::Column::FrameworkId.ne(framework))
        .count(db)
        .await?
        > 0)
}

#[derive(Deserialize)]
struct LangPath {
    lang: String,
}

/// The profile as a JSON file: the framework version, and per competence its level, where the
/// level comes from and when.
async fn download(
    State(state): State<AppState>,
    Path(LangPath { lang }): Path<LangPath>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&lang).ok_or(AppError::NotFound)?;
    let db = &state.db;
    let fw = framework(db).await?;
    let learner = crate::learners::current(db, context.viewer.as_ref(), context.learner.as_ref()).await?;
    let stored = Stored::load(db, learner.map(|l| l.id), &fw).await?;
    let body = super::export::profile_json(&fw, &stored, lang);
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_string()),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"competence-profile.json\"".to_string(),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        serde_json::to_string_pretty(&body).unwrap_or_default(),
    )
        .into_response())
}

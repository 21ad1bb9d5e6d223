//! The pathway forms (plain HTML forms answered with 303 See Other): marking a step done,
//! answering a quiz, claiming the badge, resuming with a code.

use super::catalogue::Catalogue;
use super::progress::{grade, missing_before, record_attempt, record_done};
use crate::error::AppError;
use crate::learners::{self as learner, normalise_code};
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Submission};
use crate::web::rate_limit::{self, Bucket};
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::{Extension, Router};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/pathways/{slug}/steps/{n}", post(step))
        .route("/{lang}/pathways/{slug}/badge", post(claim))
        .route("/{lang}/resume", post(resume))
        .merge(super::badges::http::routes())
}

/// The address of a pathway's form.
#[derive(Deserialize)]
struct PathwayPath {
    slug: String,
}

/// The address of a step's form.
#[derive(Deserialize)]
struct StepPath {
    slug: String,
    n: String,
}

/// What a step's form asks.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum StepAction {
    /// "Mark as done" (every kind but quizzes).
    Done,
    /// Answers to the step's quiz.
    Quiz,
}

async fn step(
    State(state): State<AppState>,
    Path(StepPath { slug, n }): Path<StepPath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let n = n
        .parse::<u32>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or(AppError::NotFound)?;
    let lang = form.lang;
    let db = &state.db;
    let back = Route::Step(&slug, n).at(lang);
    let outline = Catalogue::load(db, Some(&slug), None).await?;
    let row = outline.rows.first().ok_or(AppError::NotFound)?;
    let steps = outline.steps.get(&row.id).cloned().unwrap_or_default();
    let current = steps.get(n as usize - 1).cloned().ok_or(AppError::NotFound)?;
    let Some(action) = form.action::<StepAction>() else {
        return Ok(form.back().await);
    };
    if action == StepAction::Done && current.kind == super::codes::StepKind::Quiz {
        form.reject(FORM_ERROR, Message::new("pathways-error-quiz-only"));
        return Ok(form.back().await);
    }
    let learner = learner::ensure(db, &form.session, context.viewer.as_ref()).await?;
    let done_ids = super::catalogue::done_steps(db, learner.id).await?;
    if let Some(first) = missing_before(&steps, n as usize - 1, &done_ids) {
        form.reject(
            FORM_ERROR,
            Message::new("pathways-error-earlier-step").with("step", i64::from(first)),
        );
        return Ok(form.back().await);
    }
    let original = row.original_lang;
    let mut notice = "pathways-notice-step-done";
    if action == StepAction::Quiz {
        let questions = super::steps::questions(db, lang, original, current.id).await?;
        let graded = match grade(&questions, current.pass_mark, |field| form.raw(field).to_string()) {
            Ok(graded) => graded,
            Err(errors) => {
                for (field, message) in errors {
                    form.reject(&field, message);
                }
                if form.is_valid() {
                    return Err(AppError::NotFound);
                }
                return Ok(form.back().await);
            }
        };
        record_attempt(db, learner.id, current.id, &graded).await?;
        if !graded.passed {
            let message = Message::new("pathways-notice-quiz-failed")
                .with("correct", i64::from(graded.correct))
                .with("total", i64::from(graded.total));
            return Ok(done(&form.session, &format!("{back}#quiz-result"), message).await);
        }
        notice = "pathways-notice-quiz-passed";
    }
    let newly = record_done(db, learner.id, current.id).await?;
    if !newly && action == StepAction::Done {
        return Ok(done(&form.session, &back, Message::new("pathways-notice-already-done")).await);
    }
    let mut now_done = done_ids;
    now_done.insert(current.id);
    if super::detail::all_required_done(&steps, &now_done) {
        let to = format!("{}#badge", Route::Pathway(&slug).at(lang));
        return Ok(done(&form.session, &to, Message::new("pathways-notice-completed")).await);
    }
    if action == StepAction::Quiz {
        let to = format!("{back}#quiz-result");
        return Ok(done(&form.session, &to, Message::new(notice)).await);
    }
    let to = match super::detail::next_step(&steps, &now_done) {
        Some(next) => Route::Step(&slug, next).at(lang),
        None => Route::Pathway(&slug).at(lang),
    };
    Ok(done(&form.session, &to, Message::new(notice)).await)
}

async fn claim(
    State(state): State<AppState>,
    Path(PathwayPath { slug }): Path<PathwayPath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let db = &state.db;
    let lang = form.lang;
    form.path = Route::Pathway(&slug).at(lang);
    form.anchor = "#badge";
    let name = form.text("name");
    if name.is_empty() {
        form.reject("name", Message::new("pathways-error-name-required"));
    } else if name.chars().count() > super::badges::MAX_NAME || name.chars().any(char::is_control) {
        form.reject("name", Message::new("pathways-error-name-too-long"));
    }
    if !form.is_valid() {
        return Ok(form.back().await);
    }
    let found = learner::current(db, context.viewer.as_ref(), context.learner.as_ref()).await;
    let Some(learner) = found? else {
        form.reject(FORM_ERROR, Message::new("pathways-error-not-finished"));
        return Ok(form.back().await);
    };
    let (id, key) = match super::badges::issue(db, &state.public_url, lang, &slug, learner.id, &name).await? {
        Ok(id) => (id, "pathways-notice-badge-issued"),
        Err(super::badges::Refusal::AlreadyIssued(id)) => (id, "pathways-notice-badge-exists"),
        Err(super::badges::Refusal::NotFinished) => {
            form.reject(FORM_ERROR, Message::new("pathways-error-not-finished"));
            return Ok(form.back().await);
        }
    };
    Ok(done(&form.session, &Route::Badge(&id).at(lang), Message::new(key)).await)
}

async fn resume(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let db = &state.db;
    let lang = form.lang;
    // A code brings back pathways' progress and the self-assessment's answers alike.
    let pathways = Route::Pathways.at(lang);
    let assessment = Route::Assessment.at(lang);
    let mut next = form
        .next()
        .filter(|n| n.starts_with(&pathways) || n.starts_with(&assessment))
        .unwrap_or_else(|| pathways.clone());
    // Wrong codes are limited like failed sign-ins: five per address in fifteen minutes.
    let limits = [(Bucket::ResumeCode, context.client_ip.as_str())];
    if let Err(minutes) = rate_limit::check(db, &limits).await? {
        form.reject(
            "code",
            Message::new("accounts-rate-limited").with("minutes", minutes),
        );
        return Ok(form.back().await);
    }
    let resumed = match normalise_code(form.raw("code")) {
        Some(code) => learner::resume(db, &form.session, &code).await?,
        None => None,
    };
    let Some(mut resumed) = resumed else {
        rate_limit::record(db, &limits).await?;
        let key = if form.text("code").is_empty() {
            "pathways-error-code-required"
        } else {
            "pathways-error-unknown-code"
        };
        form.reject("code", Message::new(key));
        return Ok(form.back().await);
    };
    if let Some(viewer) = &context.viewer {
        // Signed in: the code's progress joins the account at once.
        learner::adopt(db, &form.session, viewer.id).await?;
        if let Some(account) = learner::of_user(db, viewer.id).await? {
            resumed = account.id;
        }
    }
    // Back to learning: the next step to do (of the pathway the link was made on, else of the
    // one worked on last); the self-assessment's link goes back to it.
    if !next.starts_with(&assessment) {
        let within = next
            .strip_prefix(&format!("{pathways}/"))
            .and_then(|rest| rest.split(['/', '?', '#']).next());
        if let Some(step) = super::service::continue_at(db, lang, resumed, within).await? {
            next = step;
        }
    }
    Ok(done(&form.session, &next, Message::new("pathways-notice-resumed")).await)
}

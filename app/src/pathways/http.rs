//! The pathway forms (plain HTML forms answered with 303 See Other): marking a step done,
//! answering a quiz, claiming the badge, resuming with a code.

use super::catalogue::Catalogue;
use super::learner::{self, normalise_code};
use super::progress::{grade, missing_before, record_attempt, record_done};
use crate::accounts::context::RequestContext;
use crate::accounts::http::{done, internal, lang_of, Submission};
use crate::accounts::model::{Message, FORM_ERROR};
use crate::accounts::policy::safe_next;
use crate::accounts::rate_limit;
use crate::i18n::Lang;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Extension, Form, Router};
use http::StatusCode;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/pathways/{slug}/steps/{n}", post(step))
        .route("/{lang}/pathways/{slug}/badge", post(claim))
        .route("/{lang}/resume", post(resume))
        .merge(super::badges::http::routes())
}

fn pathway_path(lang: Lang, slug: &str) -> String {
    format!("/{}/pathways/{slug}", lang.code())
}

async fn step(
    State(state): State<AppState>,
    session: Session,
    Path((lang, slug, n)): Path<(String, String, String)>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    let Some(n) = n.parse::<u32>().ok().filter(|n| *n >= 1) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let db = &state.db;
    let back = format!("{}/steps/{n}", pathway_path(lang, &slug));
    let mut form = Submission::new(session, lang, back.clone(), fields);
    let outline = match Catalogue::load(db, Some(&slug), None).await {
        Ok(c) => c,
        Err(error) => return internal(error),
    };
    let Some(row) = outline.rows.first() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let steps = outline.steps.get(&row.id).cloned().unwrap_or_default();
    let Some(current) = steps.get(n as usize - 1).cloned() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let action = form.raw("action").to_string();
    if action != "done" && action != "quiz" {
        return form.back().await;
    }
    if action == "done" && current.kind == "quiz" {
        form.reject(FORM_ERROR, Message::new("pathways-error-quiz-only"));
        return form.back().await;
    }
    let learner = match learner::ensure(db, &form.session, context.viewer.as_ref()).await {
        Ok(l) => l,
        Err(error) => return internal(error),
    };
    let done_ids = match super::catalogue::done_steps(db, learner.id).await {
        Ok(done) => done,
        Err(error) => return internal(error),
    };
    if let Some(first) = missing_before(&steps, n as usize - 1, &done_ids) {
        form.reject(
            FORM_ERROR,
            Message::new("pathways-error-earlier-step").with("step", i64::from(first)),
        );
        return form.back().await;
    }
    let original = Lang::parse(&row.original_lang).unwrap_or(Lang::En);
    let mut notice = "pathways-notice-step-done";
    if action == "quiz" {
        let questions = match super::steps::questions(db, lang, original, current.id).await {
            Ok(q) => q,
            Err(error) => return internal(error),
        };
        let graded = match grade(&questions, current.pass_mark, |field| form.raw(field).to_string()) {
            Ok(graded) => graded,
            Err(errors) => {
                for (field, message) in errors {
                    form.reject(&field, message);
                }
                if form.is_valid() {
                    return StatusCode::NOT_FOUND.into_response();
                }
                return form.back().await;
            }
        };
        if let Err(error) = record_attempt(db, learner.id, current.id, &graded).await {
            return internal(error);
        }
        if !graded.passed {
            let message = Message::new("pathways-notice-quiz-failed")
                .with("correct", i64::from(graded.correct))
                .with("total", i64::from(graded.total));
            return done(&form.session, &format!("{back}#quiz-result"), message).await;
        }
        notice = "pathways-notice-quiz-passed";
    }
    let newly = match record_done(db, learner.id, current.id).await {
        Ok(newly) => newly,
        Err(error) => return internal(error),
    };
    if !newly && action == "done" {
        return done(&form.session, &back, Message::new("pathways-notice-already-done")).await;
    }
    let mut now_done = done_ids;
    now_done.insert(current.id);
    if super::detail::all_required_done(&steps, &now_done) {
        let to = format!("{}#badge", pathway_path(lang, &slug));
        return done(&form.session, &to, Message::new("pathways-notice-completed")).await;
    }
    if action == "quiz" {
        return done(
            &form.session,
            &format!("{back}#quiz-result"),
            Message::new(notice),
        )
        .await;
    }
    let to = match super::detail::next_step(&steps, &now_done) {
        Some(next) => format!("{}/steps/{next}", pathway_path(lang, &slug)),
        None => pathway_path(lang, &slug),
    };
    done(&form.session, &to, Message::new(notice)).await
}

async fn claim(
    State(state): State<AppState>,
    session: Session,
    Path((lang, slug)): Path<(String, String)>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    let db = &state.db;
    let back = pathway_path(lang, &slug);
    let mut form = Submission::new(session, lang, back.clone(), fields);
    form.anchor = "#badge";
    let name = form.text("name");
    if name.is_empty() {
        form.reject("name", Message::new("pathways-error-name-required"));
    } else if name.chars().count() > super::badges::MAX_NAME || name.chars().any(char::is_control) {
        form.reject("name", Message::new("pathways-error-name-too-long"));
    }
    if !form.is_valid() {
        return form.back().await;
    }
    let found = learner::current(db, context.viewer.as_ref(), context.learner.as_ref()).await;
    let Some(learner) = (match found {
        Ok(l) => l,
        Err(error) => return internal(error),
    }) else {
        form.reject(FORM_ERROR, Message::new("pathways-error-not-finished"));
        return form.back().await;
    };
    match super::badges::issue(db, &state.public_url, lang, &slug, learner.id, &name).await {
        Ok(Ok(id)) => {
            let to = format!("/{}/badges/{id}", lang.code());
            done(&form.session, &to, Message::new("pathways-notice-badge-issued")).await
        }
        Ok(Err(super::badges::Refusal::AlreadyIssued(id))) => {
            let to = format!("/{}/badges/{id}", lang.code());
            done(&form.session, &to, Message::new("pathways-notice-badge-exists")).await
        }
        Ok(Err(super::badges::Refusal::NotFinished)) => {
            form.reject(FORM_ERROR, Message::new("pathways-error-not-finished"));
            form.back().await
        }
        Err(crate::error::AppError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => internal(error),
    }
}

async fn resume(
    State(state): State<AppState>,
    session: Session,
    Path(lang): Path<String>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    let db = &state.db;
    let mut form = Submission::new(session, lang, format!("/{}/resume", lang.code()), fields);
    let next = safe_next(form.raw("next"))
        .filter(|n| n.starts_with(&format!("/{}/pathways", lang.code())))
        .unwrap_or_else(|| format!("/{}/pathways", lang.code()));
    // Wrong codes count like failed sign-ins: five per address in fifteen minutes.
    let account = format!("resume-code:{}", context.client_ip);
    match rate_limit::check(db, &account, &context.client_ip).await {
        Ok(Ok(())) => {}
        Ok(Err(minutes)) => {
            form.reject(
                "code",
                Message::new("accounts-rate-limited").with("minutes", minutes),
            );
            return form.back().await;
        }
        Err(error) => return internal(error),
    }
    let resumed = match normalise_code(form.raw("code")) {
        Some(code) => match learner::resume(db, &form.session, &code).await {
            Ok(found) => found,
            Err(error) => return internal(error),
        },
        None => false,
    };
    if !resumed {
        if let Err(error) = rate_limit::record_failure(db, &account, &context.client_ip).await {
            return internal(error);
        }
        let key = if form.text("code").is_empty() {
            "pathways-error-code-required"
        } else {
            "pathways-error-unknown-code"
        };
        form.reject("code", Message::new(key));
        return form.back().await;
    }
    if context.viewer.is_some() {
        // Signed in: the code's progress joins the account at once.
        if let Some(viewer) = &context.viewer {
            if let Err(error) = learner::adopt(db, &form.session, viewer.id).await {
                return internal(error);
            }
        }
    }
    done(&form.session, &next, Message::new("pathways-notice-resumed")).await
}

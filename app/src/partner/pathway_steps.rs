//! A pathway's steps from the partner space, without JavaScript: the outline form adds a step,
//! moves one up or down, removes one, or puts them in the order of the positions typed; a
//! step's form saves its fields, its quiz questions and their choices, or grows by a question.
//! Every change goes through `content::edit::save` (a draft in place; a published pathway's
//! change waits for review) with the version the form was opened at.

use super::pathway_model::{choice_slots, position_field};
use crate::auth::model::Viewer;
use crate::content::edit::{self, Saved};
use crate::content::ContentKind;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::pathways::codes::StepKind;
use crate::pathways::outline::{
    new_step, ChoiceDraft, Outline, QuestionDraft, StepDraft, MAX_CHOICES, MAX_QUESTIONS, MAX_STEPS,
};
use crate::pathways::step_checks::step_problems;
use crate::state::AppState;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Submission};
use crate::web::urls::Route;
use axum::response::Response;

/// A button of the outline form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutlineAction {
    Add,
    Reorder,
    Up(usize),
    Down(usize),
    Remove(usize),
}

impl OutlineAction {
    /// `add`, `reorder`, `up.3`, `down.3`, `remove.3`.
    pub fn parse(raw: &str) -> Option<OutlineAction> {
        match raw.split_once('.') {
            None => match raw {
                "add" => Some(OutlineAction::Add),
                "reorder" => Some(OutlineAction::Reorder),
                _ => None,
            },
            Some((verb, n)) => {
                let n = n.parse::<usize>().ok()?;
                match verb {
                    "up" => Some(OutlineAction::Up(n)),
                    "down" => Some(OutlineAction::Down(n)),
                    "remove" => Some(OutlineAction::Remove(n)),
                    _ => None,
                }
            }
        }
    }
}

fn version_of(form: &Submission) -> i32 {
    form.raw("version").trim().parse().unwrap_or(-1)
}

/// Saves `change` to pathway `id`; a save after someone else's gives the form back.
async fn save_outline(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    form: &mut Submission,
    change: impl FnOnce(&mut Outline, Lang),
) -> Result<Option<Saved>, AppError> {
    let saved = edit::save(
        &state.db,
        viewer,
        ContentKind::Pathway,
        id,
        version_of(form),
        |snapshot, original| {
            let mut outline = Outline::of(snapshot);
            change(&mut outline, original);
            outline.write(snapshot);
        },
    )
    .await;
    match saved {
        Ok(saved) => Ok(Some(saved)),
        Err(AppError::Conflict) => {
            form.reject(FORM_ERROR, Message::new("partner-error-changed"));
            Ok(None)
        }
        Err(error) => Err(error),
    }
}

fn notice(saved: Saved, in_place: &'static str) -> Message {
    Message::new(match saved {
        Saved::InPlace => in_place,
        Saved::Proposed => "partner-notice-change-proposed",
    })
}

/// `POST /{lang}/partner/pathways/{id}/steps`.
pub async fn outline(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    mut form: Submission,
) -> Result<Response, AppError> {
    super::editing::may_write(&state.db, viewer, ContentKind::Pathway, id).await?;
    // The outline's forms post beside the pathway's page; a refused one goes back to that page.
    form.path = Route::PartnerItem(ContentKind::Pathway, id).at(form.lang);
    form.anchor = "#steps";
    let Some(action) = OutlineAction::parse(form.raw("action")) else {
        return Ok(form.back().await);
    };
    let editing = edit::open(&state.db, ContentKind::Pathway, id).await?;
    let count = Outline::of(editing.working()).steps.len();
    let page = Route::PartnerItem(ContentKind::Pathway, id).at(form.lang);
    match action {
        OutlineAction::Add => {
            let kind = StepKind::parse(form.raw("step_kind"));
            if kind.is_none() {
                form.reject("step_kind", Message::new("form-error-invalid"));
            }
            let title = form.text("step_title");
            if let Err(e) = super::checks::required_text(&title, 300) {
                form.reject(
                    "step_title",
                    Message::new(e.code.to_string()).with("max", 300_i64),
                );
            }
            if count >= MAX_STEPS {
                form.reject(
                    "step_title",
                    Message::new("partner-error-steps-full").with("max", MAX_STEPS as i64),
                );
            }
            let (Some(kind), true) = (kind, form.is_valid()) else {
                return Ok(form.back().await);
            };
            let Some(saved) = save_outline(state, viewer, id, &mut form, |o, lang| {
                o.steps.push(new_step(kind, &title, lang))
            })
            .await?
            else {
                return Ok(form.back().await);
            };
            let to = Route::PartnerPathwayStep(id, count as u32 + 1).at(form.lang);
            Ok(done(&form.session, &to, notice(saved, "partner-notice-step-added")).await)
        }
        OutlineAction::Reorder => {
            let mut positions = Vec::with_capacity(count);
            for n in 1..=count {
                let field = position_field(n);
                match form.raw(&field).trim().parse::<usize>() {
                    Ok(p) if (1..=count).contains(&p) => positions.push(p),
                    Ok(_) => form.reject(
                        &field,
                        Message::new("partner-error-step-past-end").with("max", count as i64),
                    ),
                    Err(_) => form.reject(&field, Message::new("partner-error-position")),
                }
            }
            if !form.is_valid() {
                return Ok(form.back().await);
            }
            let Some(saved) = save_outline(state, viewer, id, &mut form, |o, _| {
                // Checked above against the same outline (the version says it did not change).
                let _ = o.reorder(&positions);
            })
            .await?
            else {
                return Ok(form.back().await);
            };
            Ok(done(
                &form.session,
                &format!("{page}#steps"),
                notice(saved, "partner-notice-steps-saved"),
            )
            .await)
        }
        OutlineAction::Up(n) | OutlineAction::Down(n) | OutlineAction::Remove(n) => {
            let to = match action {
                OutlineAction::Up(n) => n.checked_sub(1).filter(|&t| t >= 1),
                OutlineAction::Down(n) => Some(n + 1).filter(|&t| t <= count),
                _ => Some(n),
            };
            let (true, Some(to)) = ((1..=count).contains(&n), to) else {
                form.reject(
                    FORM_ERROR,
                    Message::new("partner-error-step-past-end").with("max", count as i64),
                );
                return Ok(form.back().await);
            };
            let Some(saved) = save_outline(state, viewer, id, &mut form, |o, _| {
                if matches!(action, OutlineAction::Remove(_)) {
                    o.steps.remove(n - 1);
                } else {
                    o.move_step(n, to);
                }
            })
            .await?
            else {
                return Ok(form.back().await);
            };
            let key = if matches!(action, OutlineAction::Remove(_)) {
                "partner-notice-step-removed"
            } else {
                "partner-notice-steps-saved"
            };
            Ok(done(&form.session, &format!("{page}#steps"), notice(saved, key)).await)
        }
    }
}

fn set_text(texts: &mut crate::pathways::outline::PartTexts, lang: Lang, name: &str, value: String) {
    texts.entry(lang).or_default().insert(name.to_string(), value);
}

/// The step as the form has it (`base`: as stored), and which questions are being taken out.
fn read_step(form: &Submission, base: &StepDraft, lang: Lang) -> (StepDraft, Vec<bool>) {
    let mut step = base.clone();
    step.kind = StepKind::parse(form.raw("kind")).unwrap_or(base.kind);
    step.minutes = form.raw("minutes").trim().parse().unwrap_or(0);
    step.required = form.raw("required") != "no";
    step.url = form.text("url");
    step.webinar = if step.kind == StepKind::Watch {
        form.text("webinar")
    } else {
        String::new()
    };
    step.pass_mark = (step.kind == StepKind::Quiz)
        .then(|| form.raw("pass_mark").trim().parse().ok())
        .flatten();
    for name in [
        "title",
        "content_md",
        "transcript_md",
        "checklist",
        "bring_back_md",
    ] {
        set_text(&mut step.texts, lang, name, form.text(name));
    }
    let mut removed = Vec::new();
    if step.kind == StepKind::Quiz {
        let count = form
            .raw("questions")
            .parse()
            .unwrap_or(base.questions.len())
            .min(MAX_QUESTIONS);
        step.questions = (0..count)
            .map(|j| {
                let q = format!("question.{:02}", j + 1);
                let stored = base.questions.get(j).cloned().unwrap_or_default();
                let mut question = QuestionDraft {
                    correct: form
                        .raw(&format!("{q}.correct"))
                        .parse::<usize>()
                        .ok()
                        .and_then(|c| c.checked_sub(1)),
                    ..stored.clone()
                };
                for name in ["prompt", "explanation"] {
                    set_text(&mut question.texts, lang, name, form.text(&format!("{q}.{name}")));
                }
                let slots = form
                    .raw(&format!("{q}.choices"))
                    .parse()
                    .unwrap_or_else(|_| choice_slots(stored.choices.len()))
                    .min(MAX_CHOICES);
                question.choices = (0..slots)
                    .map(|k| {
                        let mut choice = stored
                            .choices
                            .get(k)
                            .cloned()
                            .unwrap_or_else(ChoiceDraft::default);
                        for name in ["label", "feedback"] {
                            let text = form.text(&format!("{q}.choice.{:02}.{name}", k + 1));
                            set_text(&mut choice.texts, lang, name, text);
                        }
                        choice
                    })
                    .collect();
                removed.push(form.raw(&format!("{q}.remove")) == "yes");
                question
            })
            .collect();
    }
    (step, removed)
}

/// Takes out the questions being removed and the choices left blank (the right answer follows
/// its choice).
fn tidy(mut step: StepDraft, removed: &[bool], lang: Lang) -> StepDraft {
    let mut j = 0;
    step.questions.retain(|_| {
        j += 1;
        !removed.get(j - 1).copied().unwrap_or(false)
    });
    for question in &mut step.questions {
        let blank = |c: &ChoiceDraft| {
            c.texts
                .get(&lang)
                .and_then(|t| t.get("label"))
                .is_none_or(|l| l.trim().is_empty())
        };
        let right = question.correct;
        let mut kept = Vec::new();
        let mut correct = None;
        for (k, choice) in question.choices.drain(..).enumerate() {
            if blank(&choice) {
                continue;
            }
            if right == Some(k) {
                correct = Some(kept.len());
            }
            kept.push(choice);
        }
        question.choices = kept;
        question.correct = correct;
    }
    step
}

/// `POST /{lang}/partner/pathways/{id}/steps/{n}`.
pub async fn step(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    n: usize,
    mut form: Submission,
) -> Result<Response, AppError> {
    super::editing::may_write(&state.db, viewer, ContentKind::Pathway, id).await?;
    let editing = edit::open(&state.db, ContentKind::Pathway, id).await?;
    let lang = editing.original;
    let outline = Outline::of(editing.working());
    let base = outline.steps.get(n.wrapping_sub(1)).ok_or(AppError::NotFound)?;
    let action = form.raw("action").to_string();
    match action.as_str() {
        "add-question" => {
            let count: usize = form.raw("questions").parse().unwrap_or(base.questions.len());
            if count < MAX_QUESTIONS {
                form.set("questions", (count + 1).to_string());
            }
            return Ok(form.back().await);
        }
        "preview" => return Ok(form.preview().await),
        "save" => {}
        _ => return Ok(form.back().await),
    }
    if StepKind::parse(form.raw("kind")).is_none() {
        form.reject("kind", Message::new("form-error-invalid"));
    }
    let (draft, removed) = read_step(&form, base, lang);
    for problem in step_problems(&draft, lang, &|j| removed.get(j).copied().unwrap_or(false)) {
        let message = match problem.max {
            Some(max) => Message::new(problem.key).with("max", max as i64),
            None if problem.key == "partner-error-minutes" => {
                Message::new(problem.key).with("max", crate::pathways::step_checks::MAX_MINUTES as i64)
            }
            None => Message::new(problem.key),
        };
        form.reject(&problem.field, message);
    }
    if !form.is_valid() {
        return Ok(form.back().await);
    }
    let draft = tidy(draft, &removed, lang);
    let Some(saved) = save_outline(state, viewer, id, &mut form, |o, _| {
        if let Some(slot) = o.steps.get_mut(n - 1) {
            *slot = draft;
        }
    })
    .await?
    else {
        return Ok(form.back().await);
    };
    let page = Route::PartnerItem(ContentKind::Pathway, id).at(form.lang);
    Ok(done(
        &form.session,
        &format!("{page}#steps"),
        notice(saved, "partner-notice-step-saved"),
    )
    .await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_buttons_are_read_or_refused() {
        assert_eq!(OutlineAction::parse("up.3"), Some(OutlineAction::Up(3)));
        assert_eq!(OutlineAction::parse("remove.12"), Some(OutlineAction::Remove(12)));
        assert_eq!(OutlineAction::parse("reorder"), Some(OutlineAction::Reorder));
        assert_eq!(OutlineAction::parse("up.x"), None);
        assert_eq!(OutlineAction::parse("fly.2"), None);
        assert_eq!(choice_slots(2), 4);
        assert_eq!(choice_slots(5), 6);
        assert_eq!(choice_slots(8), 8);
    }

    #[test]
    fn blank_choices_leave_and_the_right_answer_follows() {
        let mut step = new_step(StepKind::Quiz, "Quiz", Lang::It);
        let mut q = QuestionDraft {
            correct: Some(2),
            ..Default::default()
        };
        for label in ["A", "", "C", ""] {
            let mut c = ChoiceDraft::default();
            set_text(&mut c.texts, Lang::It, "label", label.into());
            q.choices.push(c);
        }
        step.questions = vec![q.clone(), q];
        let tidy = tidy(step, &[true, false], Lang::It);
        assert_eq!(tidy.questions.len(), 1, "the first question was taken out");
        assert_eq!(tidy.questions[0].choices.len(), 2);
        assert_eq!(tidy.questions[0].correct, Some(1), "C is still the right one");
    }
}

//! One step of a pathway, by kind, with the learner's last quiz attempt.

use super::catalogue::Catalogue;
use super::codes::StepKind;
use super::model::{QuizChoice, QuizQuestion, QuizResult, StepPage};
use crate::catalogue::translation::by_owner;
use crate::content::text::Texts;
use crate::entities::{
    pathway_step, pathway_step_translation, quiz_attempt, quiz_choice, quiz_choice_translation,
    quiz_question, quiz_question_translation,
};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::ui::markdown::to_safe_html;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// A question with its choices, in `lang`, and which choice is right.
pub struct Question {
    pub id: i32,
    pub prompt: String,
    pub explanation: String,
    pub choices: Vec<(i32, String)>,
    pub correct: Option<i32>,
    /// Why each wrong choice is wrong, by choice id (when its writer said).
    pub feedback: HashMap<i32, String>,
}

/// The questions of a quiz step, in order.
pub async fn questions(
    db: &impl ConnectionTrait,
    lang: Lang,
    original: Lang,
    step_id: i32,
) -> Result<Vec<Question>, AppError> {
    let rows = quiz_question::Entity::find()
        .filter(quiz_question::Column::StepId.eq(step_id))
        .order_by_asc(quiz_question::Column::Position)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|q| q.id).collect();
    let texts = Texts::<quiz_question_translation::Model>::load(db, &ids).await?;
    let choices = by_owner(
        quiz_choice::Entity::find()
            .filter(quiz_choice::Column::QuestionId.is_in(ids))
            .order_by_asc(quiz_choice::Column::Position)
            .all(db)
            .await?,
        |c| c.question_id,
    );
    let choice_ids: Vec<i32> = choices.values().flatten().map(|c| c.id).collect();
    let labels = Texts::<quiz_choice_translation::Model>::load(db, &choice_ids).await?;
    Ok(rows
        .iter()
        .map(|q| {
            let text = texts.pick(q.id, original, lang).map(|(text, _)| text);
            let own = choices.get(&q.id).map(Vec::as_slice).unwrap_or(&[]);
            Question {
                id: q.id,
                prompt: text.map(|t| t.prompt.clone()).unwrap_or_default(),
                explanation: text.map(|t| t.explanation.clone()).unwrap_or_default(),
                choices: own
                    .iter()
                    .map(|c| {
                        let label = labels
                            .pick(c.id, original, lang)
                            .map(|(text, _)| text.label.clone())
                            .unwrap_or_default();
                        (c.id, label)
                    })
                    .collect(),
                correct: own.iter().find(|c| c.correct).map(|c| c.id),
                feedback: own
                    .iter()
                    .filter_map(|c| {
                        let (text, _) = labels.pick(c.id, original, lang)?;
                        let feedback = text.feedback.clone()?;
                        (!feedback.trim().is_empty()).then_some((c.id, feedback))
                    })
                    .collect(),
            }
        })
        .collect())
}

/// The learner's last attempt at `step_id`: the result and the choice per question.
pub async fn last_attempt(
    db: &impl ConnectionTrait,
    learner: i32,
    step_id: i32,
) -> Result<Option<(QuizResult, HashMap<i32, i32>)>, AppError> {
    let attempt = quiz_attempt::Entity::find()
        .filter(quiz_attempt::Column::LearnerId.eq(learner))
        .filter(quiz_attempt::Column::StepId.eq(step_id))
        .order_by_desc(quiz_attempt::Column::Id)
        .one(db)
        .await?;
    Ok(attempt.map(|a| {
        let answers: HashMap<i32, i32> = serde_json::from_str(&a.answers).unwrap_or_default();
        (
            QuizResult {
                correct: a.correct,
                total: a.total,
                passed: a.passed,
            },
            answers,
        )
    }))
}

/// Step `n` (from 1) of pathway `slug`, for `learner`.
pub async fn step_page(
    db: &impl ConnectionTrait,
    lang: Lang,
    slug: &str,
    n: u32,
    learner: Option<i32>,
) -> Result<StepPage, AppError> {
    let catalogue = Catalogue::load(db, Some(slug), learner).await?;
    let row = catalogue.rows.first().ok_or(AppError::NotFound)?;
    let steps: &[pathway_step::Model] = catalogue.steps.get(&row.id).map(Vec::as_slice).unwrap_or(&[]);
    let index = usize::try_from(n)
        .ok()
        .and_then(|n| n.checked_sub(1))
        .ok_or(AppError::NotFound)?;
    let step = steps.get(index).ok_or(AppError::NotFound)?;
    let original = row.original_lang;
    let texts = Texts::<pathway_step_translation::Model>::load(db, &[step.id]).await?;
    let (text, shown) = texts.pick(step.id, original, lang).ok_or(AppError::NotFound)?;
    let mut questions = Vec::new();
    let mut result = None;
    if step.kind == StepKind::Quiz {
        let attempt = match learner {
            Some(id) => last_attempt(db, id, step.id).await?,
            None => None,
        };
        for q in super::steps::questions(db, lang, original, step.id).await? {
            let chosen = attempt
                .as_ref()
                .and_then(|(_, answers)| answers.get(&q.id).copied());
            let passed = attempt.as_ref().is_some_and(|(r, _)| r.passed);
            questions.push(QuizQuestion {
                id: q.id,
                prompt: q.prompt,
                choices: q
                    .choices
                    .into_iter()
                    .map(|(id, label)| QuizChoice { id, label })
                    .collect(),
                // The right answers and their explanations once the quiz is passed; before, each
                // answer is only marked right or not, and a wrong one says why it is wrong, so a
                // retry is still a question.
                explanation: passed.then_some(q.explanation),
                correct_choice: if passed {
                    q.correct
                } else {
                    chosen.filter(|c| Some(*c) == q.correct)
                },
                hint: chosen
                    .filter(|c| !passed && Some(*c) != q.correct)
                    .and_then(|c| q.feedback.get(&c).cloned()),
                chosen,
            });
        }
        result = attempt.map(|(r, _)| r);
    }
    Ok(StepPage {
        pathway: catalogue.card(lang, row),
        n,
        total: steps.len() as u32,
        title: text.title.clone(),
        lang: shown,
        kind: step.kind,
        minutes: step.minutes,
        required: step.required,
        content_html: to_safe_html(&text.content_md),
        transcript_html: text.transcript_md.as_deref().map(to_safe_html),
        checklist: text
            .checklist
            .as_deref()
            .map(|c| {
                c.lines()
                    .map(str::to_string)
                    .filter(|l| !l.trim().is_empty())
                    .collect()
            })
            .unwrap_or_default(),
        bring_back_html: text.bring_back_md.as_deref().map(to_safe_html),
        url: step.url.clone(),
        webinar: match step.webinar_id {
            Some(id) => crate::webinars::names::title_of(db, id, lang).await?,
            None => None,
        },
        pass_mark: step.pass_mark,
        questions,
        result,
        done: catalogue.done.contains(&step.id),
        completed: super::detail::all_required_done(steps, &catalogue.done),
        resume_code: None,
    })
}

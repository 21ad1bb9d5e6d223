//! Storing a pathway's outline: each step, question and choice updates its stored row when it
//! has one (so learners' completions and attempts stay with it) or gets a new one; rows the
//! outline no longer has are deleted (their progress with them, by the tables' cascades); the
//! texts of each part are written again, language by language.

use super::editing::dropped;
use super::outline::{Outline, PartTexts};
use crate::entities::{
    pathway_step, pathway_step_translation, quiz_choice, quiz_choice_translation, quiz_question,
    quiz_question_translation, webinar,
};
use crate::i18n::Lang;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::HashSet;

/// The languages of `texts` with something written, and a reader of their fields.
fn written(texts: &PartTexts) -> Vec<(Lang, impl Fn(&str) -> String + '_)> {
    texts
        .iter()
        .filter(|(_, fields)| fields.values().any(|v| !v.trim().is_empty()))
        .map(|(&lang, fields)| {
            (lang, move |name: &str| {
                fields.get(name).map(|v| v.trim().to_string()).unwrap_or_default()
            })
        })
        .collect()
}

fn optional(value: String) -> Option<String> {
    (!value.is_empty()).then_some(value)
}

pub async fn store(txn: &DatabaseTransaction, pathway_id: i32, outline: &Outline) -> Result<(), DbErr> {
    let stored = pathway_step::Entity::find()
        .filter(pathway_step::Column::PathwayId.eq(pathway_id))
        .all(txn)
        .await?;
    let stored_ids: HashSet<i32> = stored.iter().map(|s| s.id).collect();
    let kept: HashSet<i32> = outline
        .steps
        .iter()
        .filter_map(|s| s.id)
        .filter(|i| stored_ids.contains(i))
        .collect();
    let gone = dropped(&stored, |s| s.id, &kept);
    if !gone.is_empty() {
        pathway_step::Entity::delete_many()
            .filter(pathway_step::Column::Id.is_in(gone))
            .exec(txn)
            .await?;
    }
    for (i, step) in outline.steps.iter().enumerate() {
        let webinar = match step.webinar.trim() {
            "" => None,
            slug => webinar::Entity::find()
                .filter(webinar::Column::Slug.eq(slug))
                .one(txn)
                .await?
                .map(|w| w.id),
        };
        let mut row = pathway_step::ActiveModel {
            pathway_id: Set(pathway_id),
            position: Set(i as i32 + 1),
            kind: Set(step.kind),
            minutes: Set(step.minutes),
            required: Set(step.required),
            url: Set(optional(step.url.trim().to_string())),
            webinar_id: Set(webinar),
            pass_mark: Set(step.pass_mark),
            ..Default::default()
        };
        let step_id = match step.id.filter(|id| kept.contains(id)) {
            Some(id) => {
                row.id = Set(id);
                row.update(txn).await?.id
            }
            None => row.insert(txn).await?.id,
        };
        pathway_step_translation::Entity::delete_many()
            .filter(pathway_step_translation::Column::StepId.eq(step_id))
            .exec(txn)
            .await?;
        for (lang, text) in written(&step.texts) {
            pathway_step_translation::ActiveModel {
                step_id: Set(step_id),
                lang: Set(lang.code().into()),
                title: Set(text("title")),
                content_md: Set(text("content_md")),
                transcript_md: Set(optional(text("transcript_md"))),
                checklist: Set(optional(text("checklist"))),
                bring_back_md: Set(optional(text("bring_back_md"))),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
        store_questions(txn, step_id, &step.questions).await?;
    }
    Ok(())
}

async fn store_questions(
    txn: &DatabaseTransaction,
    step_id: i32,
    questions: &[super::outline::QuestionDraft],
) -> Result<(), DbErr> {
    let stored = quiz_question::Entity::find()
        .filter(quiz_question::Column::StepId.eq(step_id))
        .all(txn)
        .await?;
    let stored_ids: HashSet<i32> = stored.iter().map(|q| q.id).collect();
    let kept: HashSet<i32> = questions
        .iter()
        .filter_map(|q| q.id)
        .filter(|i| stored_ids.contains(i))
        .collect();
    let gone = dropped(&stored, |q| q.id, &kept);
    if !gone.is_empty() {
        quiz_question::Entity::delete_many()
            .filter(quiz_question::Column::Id.is_in(gone))
            .exec(txn)
            .await?;
    }
    for (j, question) in questions.iter().enumerate() {
        let mut row = quiz_question::ActiveModel {
            step_id: Set(step_id),
            position: Set(j as i32 + 1),
            ..Default::default()
        };
        let question_id = match question.id.filter(|id| kept.contains(id)) {
            Some(id) => {
                row.id = Set(id);
                row.update(txn).await?.id
            }
            None => row.insert(txn).await?.id,
        };
        quiz_question_translation::Entity::delete_many()
            .filter(quiz_question_translation::Column::QuestionId.eq(question_id))
            .exec(txn)
            .await?;
        for (lang, text) in written(&question.texts) {
            quiz_question_translation::ActiveModel {
                question_id: Set(question_id),
                lang: Set(lang.code().into()),
                prompt: Set(text("prompt")),
                explanation: Set(text("explanation")),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
        let stored_choices = quiz_choice::Entity::find()
            .filter(quiz_choice::Column::QuestionId.eq(question_id))
            .all(txn)
            .await?;
        let stored_ids: HashSet<i32> = stored_choices.iter().map(|c| c.id).collect();
        let kept_choices: HashSet<i32> = question
            .choices
            .iter()
            .filter_map(|c| c.id)
            .filter(|i| stored_ids.contains(i))
            .collect();
        let gone = dropped(&stored_choices, |c| c.id, &kept_choices);
        if !gone.is_empty() {
            quiz_choice::Entity::delete_many()
                .filter(quiz_choice::Column::Id.is_in(gone))
                .exec(txn)
                .await?;
        }
        for (k, choice) in question.choices.iter().enumerate() {
            let mut row = quiz_choice::ActiveModel {
                question_id: Set(question_id),
                position: Set(k as i32 + 1),
                correct: Set(question.correct == Some(k)),
                ..Default::default()
            };
            let choice_id = match choice.id.filter(|id| kept_choices.contains(id)) {
                Some(id) => {
                    row.id = Set(id);
                    row.update(txn).await?.id
                }
                None => row.insert(txn).await?.id,
            };
            quiz_choice_translation::Entity::delete_many()
                .filter(quiz_choice_translation::Column::ChoiceId.eq(choice_id))
                .exec(txn)
                .await?;
            for (lang, text) in written(&choice.texts) {
                quiz_choice_translation::ActiveModel {
                    choice_id: Set(choice_id),
                    lang: Set(lang.code().into()),
                    label: Set(text("label")),
                    feedback: Set(Some(text("feedback")).filter(|f| !f.trim().is_empty())),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
            }
        }
    }
    Ok(())
}

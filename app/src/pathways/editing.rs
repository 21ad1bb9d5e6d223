//! A pathway as its editors write it (`content::edit`): its job profile (a slug) and
//! competences with their target levels (`1.1=4,3.4=5`), the title, goal and description of
//! each language, and its steps with their quiz questions and choices (`outline`). Stored rows
//! keep their ids, so a learner's progress and attempts stay with the steps they were made on.

use super::codes::StepKind;
use super::outline::{Outline, PartTexts};
use crate::catalogue::codes::{competence_pairs, competences_field};
use crate::catalogue::framework::{competence_codes, competence_ids};
use crate::content::edit::{Editable, TextSpec};
use crate::content::snapshot::Snapshot;
use crate::content::ContentKind;
use crate::entities::{
    job_profile, pathway, pathway_competence, pathway_step, pathway_step_translation, pathway_translation,
    quiz_choice, quiz_choice_translation, quiz_question, quiz_question_translation,
};
use crate::i18n::Lang;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::{HashMap, HashSet};

/// The text fields of one language of the pathway itself.
pub const TEXTS: [TextSpec; 3] = [
    TextSpec {
        name: "title",
        markdown: false,
        required: true,
        max: 300,
        rows: 0,
    },
    TextSpec {
        name: "goal",
        markdown: false,
        required: true,
        max: 600,
        rows: 2,
    },
    TextSpec {
        name: "description_md",
        markdown: true,
        required: true,
        max: 20_000,
        rows: 10,
    },
];

pub static EDITABLE: Editable = Editable {
    kind: ContentKind::Pathway,
    title_field: "title",
    texts: &TEXTS,
    read: |txn, id| read(txn, id).boxed(),
    apply: |txn, id, snapshot| apply(txn, id, snapshot).boxed(),
    describe,
    more_texts: |snapshot| Outline::of(snapshot).text_fields(),
};

fn describe(field: &str, value: &str, lang: Lang) -> Option<String> {
    use crate::i18n::{tr, tr_args};
    if field == "competences" {
        let words: Vec<String> = competence_pairs(value)
            .into_iter()
            .map(|(code, level)| {
                tr_args(
                    lang,
                    "partner-pathway-competence-at",
                    &[("code", code.into()), ("level", i64::from(level).into())],
                )
            })
            .collect();
        return Some(words.join(", "));
    }
    let last = field.rsplit('.').next()?;
    match last {
        "kind" => Some(tr(lang, &StepKind::parse(value)?.label_key())),
        "required" => Some(tr(
            lang,
            if value == "no" {
                "partner-step-optional"
            } else {
                "partner-step-required"
            },
        )),
        "correct" => Some(tr_args(
            lang,
            "content-field-choice-n",
            &[("n", value.parse::<i64>().ok()?.into())],
        )),
        _ => None,
    }
}

async fn read(txn: &DatabaseTransaction, id: i32) -> Result<Option<(Snapshot, Lang)>, DbErr> {
    let Some(row) = pathway::Entity::find_by_id(id).one(txn).await? else {
        return Ok(None);
    };
    let mut snapshot = Snapshot::default();
    let job = match row.job_profile_id {
        Some(job) => job_profile::Entity::find_by_id(job)
            .one(txn)
            .await?
            .map(|j| j.slug),
        None => None,
    };
    snapshot
        .fields
        .insert("job_profile".into(), job.unwrap_or_default());
    let codes = competence_codes(txn).await?;
    let pairs: Vec<(String, i32)> = pathway_competence::Entity::find()
        .filter(pathway_competence::Column::PathwayId.eq(id))
        .all(txn)
        .await?
        .into_iter()
        .filter_map(|c| Some((codes.get(&c.competence_id)?.clone(), c.level)))
        .collect();
    snapshot
        .fields
        .insert("competences".into(), competences_field(&pairs));
    for t in pathway_translation::Entity::find()
        .filter(pathway_translation::Column::PathwayId.eq(id))
        .all(txn)
        .await?
    {
        let Some(lang) = Lang::parse(&t.lang) else {
            continue;
        };
        let texts = snapshot.texts.entry(lang).or_default();
        texts.insert("title".into(), t.title);
        texts.insert("goal".into(), t.goal);
        texts.insert("description_md".into(), t.description_md);
    }
    read_outline(txn, id).await?.write(&mut snapshot);
    Ok(Some((snapshot, row.original_lang)))
}

fn texts_by_lang<T>(
    rows: Vec<T>,
    owner: impl Fn(&T) -> i32,
    fields: impl Fn(T) -> (String, Vec<(&'static str, String)>),
) -> HashMap<i32, PartTexts> {
    let mut all: HashMap<i32, PartTexts> = HashMap::new();
    for row in rows {
        let id = owner(&row);
        let (lang, values) = fields(row);
        let Some(lang) = Lang::parse(&lang) else {
            continue;
        };
        let texts = all.entry(id).or_default().entry(lang).or_default();
        for (name, value) in values {
            texts.insert(name.to_string(), value);
        }
    }
    all
}

async fn read_outline(txn: &DatabaseTransaction, id: i32) -> Result<Outline, DbErr> {
    let steps = pathway_step::Entity::find()
        .filter(pathway_step::Column::PathwayId.eq(id))
        .order_by_asc(pathway_step::Column::Position)
        .all(txn)
        .await?;
    let step_ids: Vec<i32> = steps.iter().map(|s| s.id).collect();
    let step_texts = texts_by_lang(
        pathway_step_translation::Entity::find()
            .filter(pathway_step_translation::Column::StepId.is_in(step_ids.clone()))
            .all(txn)
            .await?,
        |t| t.step_id,
        |t| {
            let mut values = vec![("title", t.title), ("content_md", t.content_md)];
            for (name, value) in [
                ("transcript_md", t.transcript_md),
                ("checklist", t.checklist),
                ("bring_back_md", t.bring_back_md),
            ] {
                if let Some(value) = value {
                    values.push((name, value));
                }
            }
            (t.lang, values)
        },
    );
    let questions = quiz_question::Entity::find()
        .filter(quiz_question::Column::StepId.is_in(step_ids))
        .order_by_asc(quiz_question::Column::Position)
        .all(txn)
        .await?;
    let question_ids: Vec<i32> = questions.iter().map(|q| q.id).collect();
    let question_texts = texts_by_lang(
        quiz_question_translation::Entity::find()
            .filter(quiz_question_translation::Column::QuestionId.is_in(question_ids.clone()))
            .all(txn)
            .await?,
        |t| t.question_id,
        |t| (t.lang, vec![("prompt", t.prompt), ("explanation", t.explanation)]),
    );
    let choices = quiz_choice::Entity::find()
        .filter(quiz_choice::Column::QuestionId.is_in(question_ids))
        .order_by_asc(quiz_choice::Column::Position)
        .all(txn)
        .await?;
    let choice_texts = texts_by_lang(
        quiz_choice_translation::Entity::find()
            .filter(quiz_choice_translation::Column::ChoiceId.is_in(choices.iter().map(|c| c.id)))
            .all(txn)
            .await?,
        |t| t.choice_id,
        |t| {
            (
                t.lang,
                vec![("label", t.label), ("feedback", t.feedback.unwrap_or_default())],
            )
        },
    );
    // A watch step's webinar, by slug (what the form and the snapshot name).
    let webinars: std::collections::HashMap<i32, String> = crate::entities::webinar::Entity::find()
        .filter(crate::entities::webinar::Column::Id.is_in(steps.iter().filter_map(|s| s.webinar_id)))
        .all(txn)
        .await?
        .into_iter()
        .map(|w| (w.id, w.slug))
        .collect();
    let mut outline = Outline::default();
    for step in steps {
        let mut draft = super::outline::new_step(step.kind, "", Lang::En);
        draft.id = Some(step.id);
        draft.minutes = step.minutes;
        draft.required = step.required;
        draft.url = step.url.unwrap_or_default();
        draft.webinar = step
            .webinar_id
            .and_then(|id| webinars.get(&id).cloned())
            .unwrap_or_default();
        draft.pass_mark = step.pass_mark;
        draft.texts = step_texts.get(&step.id).cloned().unwrap_or_default();
        for question in questions.iter().filter(|q| q.step_id == step.id) {
            let own: Vec<&quiz_choice::Model> =
                choices.iter().filter(|c| c.question_id == question.id).collect();
            draft.questions.push(super::outline::QuestionDraft {
                id: Some(question.id),
                correct: own.iter().position(|c| c.correct),
                texts: question_texts.get(&question.id).cloned().unwrap_or_default(),
                choices: own
                    .iter()
                    .map(|c| super::outline::ChoiceDraft {
                        id: Some(c.id),
                        texts: choice_texts.get(&c.id).cloned().unwrap_or_default(),
                    })
                    .collect(),
            });
        }
        outline.steps.push(draft);
    }
    Ok(outline)
}

async fn apply(txn: &DatabaseTransaction, id: i32, snapshot: &Snapshot) -> Result<(), DbErr> {
    let slug = snapshot.field("job_profile");
    let job = if slug.is_empty() {
        None
    } else {
        job_profile::Entity::find()
            .filter(job_profile::Column::Slug.eq(slug))
            .one(txn)
            .await?
            .map(|j| j.id)
    };
    pathway::ActiveModel {
        id: Set(id),
        job_profile_id: Set(job),
        ..Default::default()
    }
    .update(txn)
    .await?;
    pathway_competence::Entity::delete_many()
        .filter(pathway_competence::Column::PathwayId.eq(id))
        .exec(txn)
        .await?;
    for (competence, level) in competence_ids(txn, &competence_pairs(&snapshot.field("competences"))).await? {
        pathway_competence::ActiveModel {
            pathway_id: Set(id),
            competence_id: Set(competence),
            level: Set(level),
        }
        .insert(txn)
        .await?;
    }
    crate::content::text::save_texts(
        txn,
        id,
        snapshot,
        &TEXTS,
        |lang| pathway_translation::ActiveModel {
            pathway_id: Set(id),
            lang: Set(lang.code().into()),
            ..Default::default()
        },
        |row, text| {
            row.title = Set(text("title"));
            row.goal = Set(text("goal"));
            row.description_md = Set(text("description_md"));
        },
    )
    .await?;
    super::outline_store::store(txn, id, &Outline::of(snapshot)).await
}

/// Ids of `rows` not in `kept`: the stored parts the new outline no longer has.
pub(super) fn dropped<T>(rows: &[T], id: impl Fn(&T) -> i32, kept: &HashSet<i32>) -> Vec<i32> {
    rows.iter().map(id).filter(|i| !kept.contains(i)).collect()
}

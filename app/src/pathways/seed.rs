//! The demo pathways (`seed/pathways-*.toml`), loaded once after the rest of the demo content:
//! pathways with their competences, ordered steps, and quiz questions with their choices.

use crate::catalogue::seed::refs::{already_loaded, DemoRefs};
use crate::content::ContentStatus;
use crate::entities::{
    app_meta, pathway, pathway_competence, pathway_step, pathway_step_translation, pathway_translation,
    quiz_choice, quiz_choice_translation, quiz_question, quiz_question_translation,
};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, Set, TransactionTrait};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

const MARKER: &str = "demo-pathways";
const FILES: [&str; 3] = [
    include_str!("../../../seed/pathways-1.toml"),
    include_str!("../../../seed/pathways-2.toml"),
    include_str!("../../../seed/pathways-3.toml"),
];

#[derive(Deserialize)]
struct PathwayFile {
    pathway: Vec<PathwaySeed>,
}

#[derive(Deserialize)]
struct PathwaySeed {
    slug: String,
    organisation: Option<String>,
    job_profile: Option<String>,
    original_lang: crate::i18n::Lang,
    #[serde(default)]
    competences: Vec<CompetenceSeed>,
    translations: BTreeMap<String, PathwayText>,
    steps: Vec<StepSeed>,
}

#[derive(Deserialize)]
struct CompetenceSeed {
    code: String,
    level: i32,
}

#[derive(Deserialize)]
struct PathwayText {
    title: String,
    goal: String,
    description_md: String,
}

#[derive(Deserialize)]
struct StepSeed {
    kind: super::codes::StepKind,
    minutes: i32,
    #[serde(default = "yes")]
    required: bool,
    url: Option<String>,
    pass_mark: Option<i32>,
    translations: BTreeMap<String, StepText>,
    #[serde(default)]
    questions: Vec<QuestionSeed>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
struct StepText {
    title: String,
    content_md: String,
    transcript_md: Option<String>,
    #[serde(default)]
    checklist: Vec<String>,
    bring_back_md: Option<String>,
}

#[derive(Deserialize)]
struct QuestionSeed {
    prompt: BTreeMap<String, String>,
    explanation: BTreeMap<String, String>,
    choices: Vec<ChoiceSeed>,
}

#[derive(Deserialize)]
struct ChoiceSeed {
    correct: bool,
    label: BTreeMap<String, String>,
    /// Why a wrong answer is wrong, by language.
    #[serde(default)]
    feedback: BTreeMap<String, String>,
}

fn bad(what: String) -> DbErr {
    DbErr::Custom(format!("demo pathways: {what}"))
}

/// Loads the demo pathways unless done before; returns whether it loaded them.
pub async fn load_once(db: &DatabaseConnection) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    if already_loaded(&txn, MARKER).await? {
        return Ok(false);
    }
    let DemoRefs {
        organisations,
        profiles,
        competences,
    } = DemoRefs::load(&txn).await?;
    let now = Utc::now();
    for file in FILES {
        let parsed: PathwayFile = toml::from_str(file).map_err(|e| bad(e.to_string()))?;
        for seed in parsed.pathway {
            let lookup = |map: &HashMap<String, i32>, slug: &Option<String>| -> Result<Option<i32>, DbErr> {
                slug.as_ref()
                    .map(|s| map.get(s).copied().ok_or_else(|| bad(format!("unknown {s}"))))
                    .transpose()
            };
            let row = pathway::ActiveModel {
                slug: Set(seed.slug.clone()),
                organisation_id: Set(lookup(&organisations, &seed.organisation)?),
                job_profile_id: Set(lookup(&profiles, &seed.job_profile)?),
                original_lang: Set(seed.original_lang),
                status: Set(ContentStatus::Published),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            for (lang, text) in seed.translations {
                pathway_translation::ActiveModel {
                    pathway_id: Set(row.id),
                    lang: Set(lang),
                    title: Set(text.title),
                    goal: Set(text.goal),
                    description_md: Set(text.description_md),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
            for c in seed.competences {
                let id = *competences
                    .get(&c.code)
                    .ok_or_else(|| bad(format!("unknown competence {}", c.code)))?;
                pathway_competence::ActiveModel {
                    pathway_id: Set(row.id),
                    competence_id: Set(id),
                    level: Set(c.level),
                }
                .insert(&txn)
                .await?;
            }
            for (position, step) in seed.steps.into_iter().enumerate() {
                insert_step(&txn, row.id, position as i32 + 1, step).await?;
            }
        }
    }
    app_meta::ActiveModel {
        key: Set(MARKER.into()),
        value: Set(now.to_rfc3339()),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(true)
}

async fn insert_step(
    txn: &impl sea_orm::ConnectionTrait,
    pathway_id: i32,
    position: i32,
    step: StepSeed,
) -> Result<(), DbErr> {
    let row = pathway_step::ActiveModel {
        pathway_id: Set(pathway_id),
        position: Set(position),
        kind: Set(step.kind),
        minutes: Set(step.minutes),
        required: Set(step.required),
        url: Set(step.url),
        pass_mark: Set(step.pass_mark),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    for (lang, text) in step.translations {
        pathway_step_translation::ActiveModel {
            step_id: Set(row.id),
            lang: Set(lang),
            title: Set(text.title),
            content_md: Set(text.content_md),
            transcript_md: Set(text.transcript_md),
            checklist: Set((!text.checklist.is_empty()).then(|| text.checklist.join("\n"))),
            bring_back_md: Set(text.bring_back_md),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    for (q, question) in step.questions.into_iter().enumerate() {
        let qrow = quiz_question::ActiveModel {
            step_id: Set(row.id),
            position: Set(q as i32 + 1),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        for (lang, prompt) in question.prompt {
            quiz_question_translation::ActiveModel {
                question_id: Set(qrow.id),
                explanation: Set(question.explanation.get(&lang).cloned().unwrap_or_default()),
                lang: Set(lang),
                prompt: Set(prompt),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
        for (c, choice) in question.choices.into_iter().enumerate() {
            let crow = quiz_choice::ActiveModel {
                question_id: Set(qrow.id),
                position: Set(c as i32 + 1),
                correct: Set(choice.correct),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            for (lang, label) in choice.label {
                quiz_choice_translation::ActiveModel {
                    choice_id: Set(crow.id),
                    feedback: Set(choice.feedback.get(&lang).cloned()),
                    lang: Set(lang),
                    label: Set(label),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
            }
        }
    }
    Ok(())
}

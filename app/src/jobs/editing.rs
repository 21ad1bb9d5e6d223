//! A job profile as editors propose it (`content::edit`): the kinds of employer (codes,
//! comma-separated) and the competences it asks for with their levels (`1.1=5,3.4=4`), and the
//! title, summary, missions, employers and routes into it of each language. Job profiles belong
//! to the platform: any partner editor proposes a new one or a change, moderators decide.

use crate::catalogue::codes::{competence_pairs, competences_field};
use crate::catalogue::codes::{org_kind_key, ORG_KINDS};
use crate::catalogue::framework::{competence_codes, competence_ids};
use crate::content::edit::{no_more_texts, Editable, TextSpec};
use crate::content::snapshot::Snapshot;
use crate::content::ContentKind;
use crate::entities::{job_profile, job_profile_competence, job_profile_translation};
use crate::i18n::Lang;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::BTreeMap;

const fn text(name: &'static str, max: usize, rows: u8) -> TextSpec {
    TextSpec {
        name,
        markdown: false,
        required: true,
        max,
        rows,
    }
}

/// The text fields of one language of a job profile (missions and routes: one per line).
pub const TEXTS: [TextSpec; 5] = [
    text("title", 200, 0),
    text("summary", 2_000, 3),
    text("missions", 4_000, 6),
    text("employers", 2_000, 3),
    text("routes", 4_000, 5),
];

pub static EDITABLE: Editable = Editable {
    kind: ContentKind::JobProfile,
    title_field: "title",
    texts: &TEXTS,
    read: |txn, id| read(txn, id).boxed(),
    apply: |txn, id, snapshot| apply(txn, id, snapshot).boxed(),
    describe,
    more_texts: no_more_texts,
};

/// Employer kinds as one field: known codes, in the list's order, comma-separated.
pub fn employer_kinds_field<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    let chosen: Vec<&str> = codes.into_iter().collect();
    ORG_KINDS
        .iter()
        .filter(|k| chosen.contains(k))
        .copied()
        .collect::<Vec<_>>()
        .join(",")
}

fn describe(field: &str, value: &str, lang: Lang) -> Option<String> {
    use crate::i18n::{tr, tr_args};
    match field {
        "employer_kinds" => Some(
            value
                .split(',')
                .filter(|k| !k.is_empty())
                .map(|k| tr(lang, &org_kind_key(k)))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        "competences" => Some(
            competence_pairs(value)
                .into_iter()
                .map(|(code, level)| {
                    tr_args(
                        lang,
                        "partner-pathway-competence-at",
                        &[("code", code.into()), ("level", i64::from(level).into())],
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    }
}

async fn read(txn: &DatabaseTransaction, id: i32) -> Result<Option<(Snapshot, Lang)>, DbErr> {
    let Some(row) = job_profile::Entity::find_by_id(id).one(txn).await? else {
        return Ok(None);
    };
    let mut snapshot = Snapshot::default();
    snapshot.fields.insert(
        "employer_kinds".into(),
        employer_kinds_field(row.employer_kinds.split(',')),
    );
    let codes = competence_codes(txn).await?;
    let pairs: Vec<(String, i32)> = job_profile_competence::Entity::find()
        .filter(job_profile_competence::Column::JobProfileId.eq(id))
        .all(txn)
        .await?
        .into_iter()
        .filter_map(|c| Some((codes.get(&c.competence_id)?.clone(), c.target_level)))
        .collect();
    snapshot
        .fields
        .insert("competences".into(), competences_field(&pairs));
    for t in job_profile_translation::Entity::find()
        .filter(job_profile_translation::Column::JobProfileId.eq(id))
        .all(txn)
        .await?
    {
        let Some(lang) = Lang::parse(&t.lang) else {
            continue;
        };
        let texts: BTreeMap<String, String> = [
            ("title", t.title),
            ("summary", t.summary),
            ("missions", t.missions),
            ("employers", t.employers),
            ("routes", t.routes),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        snapshot.texts.insert(lang, texts);
    }
    Ok(Some((snapshot, row.original_lang)))
}

async fn apply(txn: &DatabaseTransaction, id: i32, snapshot: &Snapshot) -> Result<(), DbErr> {
    job_profile::ActiveModel {
        id: Set(id),
        employer_kinds: Set(snapshot.field("employer_kinds")),
        ..Default::default()
    }
    .update(txn)
    .await?;
    job_profile_competence::Entity::delete_many()
        .filter(job_profile_competence::Column::JobProfileId.eq(id))
        .exec(txn)
        .await?;
    for (competence, level) in competence_ids(txn, &competence_pairs(&snapshot.field("competences"))).await? {
        job_profile_competence::ActiveModel {
            job_profile_id: Set(id),
            competence_id: Set(competence),
            target_level: Set(level),
        }
        .insert(txn)
        .await?;
    }
    crate::content::text::save_texts(
        txn,
        id,
        snapshot,
        &TEXTS,
        |lang| job_profile_translation::ActiveModel {
            job_profile_id: Set(id),
            lang: Set(lang.code().into()),
            ..Default::default()
        },
        |row, text| {
            for (name, column) in [
                ("title", &mut row.title),
                ("summary", &mut row.summary),
                ("missions", &mut row.missions),
                ("employers", &mut row.employers),
                ("routes", &mut row.routes),
            ] {
                *column = Set(text(name));
            }
        },
    )
    .await?;
    Ok(())
}

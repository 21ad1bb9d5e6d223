//! An interview as its editors write it (`content::edit`): the person, their country and job
//! profile (a slug), and the title, role, quote and text of each language.

use crate::content::edit::{Editable, TextSpec};
use crate::content::snapshot::Snapshot;
use crate::content::ContentKind;
use crate::entities::{interview, interview_translation, job_profile};
use crate::i18n::Lang;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::BTreeMap;

/// The text fields of one language of an interview.
pub const TEXTS: [TextSpec; 4] = [
    TextSpec {
        name: "title",
        markdown: false,
        required: true,
        max: 300,
        rows: 0,
    },
    TextSpec {
        name: "role",
        markdown: false,
        required: true,
        max: 200,
        rows: 0,
    },
    TextSpec {
        name: "quote",
        markdown: false,
        required: true,
        max: 1000,
        rows: 3,
    },
    TextSpec {
        name: "body_md",
        markdown: true,
        required: true,
        max: 30_000,
        rows: 16,
    },
];

pub static EDITABLE: Editable = Editable {
    kind: ContentKind::Interview,
    title_field: "title",
    texts: &TEXTS,
    read: |txn, id| read(txn, id).boxed(),
    apply: |txn, id, snapshot| apply(txn, id, snapshot).boxed(),
    describe,
    more_texts: crate::content::edit::no_more_texts,
};

fn describe(field: &str, value: &str, lang: Lang) -> Option<String> {
    (field == "country").then(|| crate::i18n::tr(lang, &crate::catalogue::codes::country_key(value)))
}

async fn read(txn: &DatabaseTransaction, id: i32) -> Result<Option<(Snapshot, Lang)>, DbErr> {
    let Some(row) = interview::Entity::find_by_id(id).one(txn).await? else {
        return Ok(None);
    };
    let job = match row.job_profile_id {
        Some(job) => job_profile::Entity::find_by_id(job)
            .one(txn)
            .await?
            .map(|j| j.slug)
            .unwrap_or_default(),
        None => String::new(),
    };
    let mut snapshot = Snapshot::default();
    for (name, value) in [
        ("person_name", row.person_name.clone()),
        ("country", row.country.clone()),
        ("job_profile", job),
    ] {
        snapshot.fields.insert(name.into(), value);
    }
    for t in interview_translation::Entity::find()
        .filter(interview_translation::Column::InterviewId.eq(id))
        .all(txn)
        .await?
    {
        let Some(lang) = Lang::parse(&t.lang) else {
            continue;
        };
        let texts: BTreeMap<String, String> = [
            ("title", t.title),
            ("role", t.role),
            ("quote", t.quote),
            ("body_md", t.body_md),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        snapshot.texts.insert(lang, texts);
    }
    Ok(Some((snapshot, row.original_lang)))
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
    interview::ActiveModel {
        id: Set(id),
        person_name: Set(snapshot.field("person_name").trim().to_string()),
        country: Set(snapshot.field("country")),
        job_profile_id: Set(job),
        ..Default::default()
    }
    .update(txn)
    .await?;
    crate::content::text::save_texts(
        txn,
        id,
        snapshot,
        &TEXTS,
        |lang| interview_translation::ActiveModel {
            interview_id: Set(id),
            lang: Set(lang.code().into()),
            ..Default::default()
        },
        |row, text| {
            row.title = Set(text("title"));
            row.role = Set(text("role"));
            row.quote = Set(text("quote"));
            row.body_md = Set(text("body_md"));
        },
    )
    .await?;
    Ok(())
}

//! A resource as its editors write it (`content::edit`): kind, licence, link, the languages it
//! exists in, its audiences and competences (codes, comma-separated), and the title, summary
//! and body of each language.

use super::codes::{Audience, Licence, ResourceKind};
use crate::content::edit::{Editable, TextSpec};
use crate::content::snapshot::{joined, split, Snapshot};
use crate::content::ContentKind;
use crate::entities::{
    competence, resource, resource_audience, resource_competence, resource_language, resource_translation,
};
use crate::i18n::Lang;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::BTreeMap;

/// The text fields of one language of a resource.
pub const TEXTS: [TextSpec; 3] = [
    TextSpec {
        name: "title",
        markdown: false,
        required: true,
        max: 200,
        rows: 0,
    },
    TextSpec {
        name: "summary",
        markdown: false,
        required: true,
        max: 500,
        rows: 3,
    },
    TextSpec {
        name: "body_md",
        markdown: true,
        required: true,
        max: 20_000,
        rows: 12,
    },
];

pub static EDITABLE: Editable = Editable {
    kind: ContentKind::Resource,
    title_field: "title",
    texts: &TEXTS,
    read: |txn, id| read(txn, id).boxed(),
    apply: |txn, id, snapshot| apply(txn, id, snapshot).boxed(),
    describe,
    more_texts: crate::content::edit::no_more_texts,
};

/// The words for a stored value of a resource's field (lists: each code in words).
fn describe(field: &str, value: &str, lang: Lang) -> Option<String> {
    use crate::i18n::tr;
    let words = |keys: Vec<String>| keys.iter().map(|k| tr(lang, k)).collect::<Vec<_>>().join(", ");
    Some(match field {
        "kind" => tr(lang, &ResourceKind::parse(value)?.label_key()),
        "licence" => tr(lang, &Licence::parse(value)?.label_key()),
        "languages" => words(
            split(value)
                .into_iter()
                .filter_map(Lang::parse)
                .map(|l| l.endonym_key())
                .collect(),
        ),
        "audiences" => words(
            split(value)
                .into_iter()
                .filter_map(Audience::parse)
                .map(|a| a.label_key())
                .collect(),
        ),
        _ => return None,
    })
}

async fn read(txn: &DatabaseTransaction, id: i32) -> Result<Option<(Snapshot, Lang)>, DbErr> {
    let Some(row) = resource::Entity::find_by_id(id).one(txn).await? else {
        return Ok(None);
    };
    let mut snapshot = Snapshot::default();
    let languages = resource_language::Entity::find()
        .filter(resource_language::Column::ResourceId.eq(id))
        .all(txn)
        .await?;
    let audiences = resource_audience::Entity::find()
        .filter(resource_audience::Column::ResourceId.eq(id))
        .all(txn)
        .await?;
    let competence_ids: Vec<i32> = resource_competence::Entity::find()
        .filter(resource_competence::Column::ResourceId.eq(id))
        .all(txn)
        .await?
        .into_iter()
        .map(|c| c.competence_id)
        .collect();
    let competences = competence::Entity::find()
        .filter(competence::Column::Id.is_in(competence_ids))
        .all(txn)
        .await?;
    for (name, value) in [
        ("kind", row.kind.code().to_string()),
        ("licence", row.licence.code().to_string()),
        ("external_url", row.external_url.clone().unwrap_or_default()),
        ("languages", joined(languages.iter().map(|l| l.lang.code()))),
        ("audiences", joined(audiences.iter().map(|a| a.audience.code()))),
        ("competences", joined(competences.iter().map(|c| c.code.as_str()))),
    ] {
        snapshot.fields.insert(name.into(), value);
    }
    for t in resource_translation::Entity::find()
        .filter(resource_translation::Column::ResourceId.eq(id))
        .all(txn)
        .await?
    {
        let Some(lang) = Lang::parse(&t.lang) else {
            continue;
        };
        let texts: BTreeMap<String, String> =
            [("title", t.title), ("summary", t.summary), ("body_md", t.body_md)]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
        snapshot.texts.insert(lang, texts);
    }
    Ok(Some((snapshot, row.original_lang)))
}

async fn apply(txn: &DatabaseTransaction, id: i32, snapshot: &Snapshot) -> Result<(), DbErr> {
    let f = |name: &str| snapshot.field(name);
    let link = f("external_url").trim().to_string();
    resource::ActiveModel {
        id: Set(id),
        kind: Set(ResourceKind::parse(&f("kind")).unwrap_or(ResourceKind::Guide)),
        licence: Set(Licence::parse(&f("licence")).unwrap_or(Licence::DEFAULT)),
        external_url: Set(Some(link).filter(|l| !l.is_empty())),
        ..Default::default()
    }
    .update(txn)
    .await?;

    // The lists are replaced as a whole.
    resource_language::Entity::delete_many()
        .filter(resource_language::Column::ResourceId.eq(id))
        .exec(txn)
        .await?;
    for lang in split(&f("languages")).into_iter().filter_map(Lang::parse) {
        resource_language::ActiveModel {
            resource_id: Set(id),
            lang: Set(lang),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    resource_audience::Entity::delete_many()
        .filter(resource_audience::Column::ResourceId.eq(id))
        .exec(txn)
        .await?;
    for audience in split(&f("audiences")).into_iter().filter_map(Audience::parse) {
        resource_audience::ActiveModel {
            resource_id: Set(id),
            audience: Set(audience),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    resource_competence::Entity::delete_many()
        .filter(resource_competence::Column::ResourceId.eq(id))
        .exec(txn)
        .await?;
    let codes: Vec<String> = split(&f("competences")).into_iter().map(str::to_string).collect();
    for c in crate::catalogue::framework::Framework::current(txn)
        .await?
        .map(|fw| fw.competences)
        .unwrap_or_default()
        .into_iter()
        .filter(|c| codes.contains(&c.code))
    {
        resource_competence::ActiveModel {
            resource_id: Set(id),
            competence_id: Set(c.id),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }

    crate::content::text::save_texts(
        txn,
        id,
        snapshot,
        &TEXTS,
        |lang| resource_translation::ActiveModel {
            resource_id: Set(id),
            lang: Set(lang.code().into()),
            ..Default::default()
        },
        |row, text| {
            row.title = Set(text("title"));
            row.summary = Set(text("summary"));
            row.body_md = Set(text("body_md"));
        },
    )
    .await?;
    Ok(())
}

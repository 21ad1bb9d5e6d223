//! An organisation's profile as its editors write it (`content::edit`): its name, kind, city and
//! website, and its description in each language. The profile is published: every change is
//! reviewed by the moderators before it replaces the public one.

use crate::catalogue::codes::org_kind_key;
use crate::content::edit::{Editable, TextSpec};
use crate::content::snapshot::Snapshot;
use crate::content::ContentKind;
use crate::entities::{organisation, organisation_translation};
use crate::i18n::Lang;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::BTreeMap;

pub const TEXTS: [TextSpec; 1] = [TextSpec {
    name: "description",
    markdown: true,
    required: true,
    max: 8000,
    rows: 12,
}];

pub static EDITABLE: Editable = Editable {
    kind: ContentKind::Organisation,
    title_field: "name",
    texts: &TEXTS,
    read: |txn, id| read(txn, id).boxed(),
    apply: |txn, id, snapshot| apply(txn, id, snapshot).boxed(),
    describe,
    more_texts: crate::content::edit::no_more_texts,
};

fn describe(field: &str, value: &str, lang: Lang) -> Option<String> {
    (field == "kind").then(|| crate::i18n::tr(lang, &org_kind_key(value)))
}

async fn read(txn: &DatabaseTransaction, id: i32) -> Result<Option<(Snapshot, Lang)>, DbErr> {
    let Some(row) = organisation::Entity::find_by_id(id).one(txn).await? else {
        return Ok(None);
    };
    let mut snapshot = Snapshot::default();
    for (name, value) in [
        ("name", row.name.clone()),
        ("kind", row.kind.clone()),
        ("city", row.city.clone()),
        ("website", row.website.clone().unwrap_or_default()),
    ] {
        snapshot.fields.insert(name.into(), value);
    }
    for t in organisation_translation::Entity::find()
        .filter(organisation_translation::Column::OrganisationId.eq(id))
        .all(txn)
        .await?
    {
        if let Some(lang) = Lang::parse(&t.lang) {
            snapshot
                .texts
                .insert(lang, BTreeMap::from([("description".to_string(), t.description)]));
        }
    }
    Ok(Some((snapshot, row.original_lang)))
}

async fn apply(txn: &DatabaseTransaction, id: i32, snapshot: &Snapshot) -> Result<(), DbErr> {
    let website = snapshot.field("website").trim().to_string();
    organisation::ActiveModel {
        id: Set(id),
        name: Set(snapshot.field("name").trim().to_string()),
        kind: Set(snapshot.field("kind")),
        city: Set(snapshot.field("city").trim().to_string()),
        website: Set(Some(website).filter(|w| !w.is_empty())),
        ..Default::default()
    }
    .update(txn)
    .await?;
    crate::content::text::save_texts(
        txn,
        id,
        snapshot,
        &TEXTS,
        |lang| organisation_translation::ActiveModel {
            organisation_id: Set(id),
            lang: Set(lang.code().into()),
            ..Default::default()
        },
        |row, text| {
            row.description = Set(text("description"));
        },
    )
    .await?;
    Ok(())
}

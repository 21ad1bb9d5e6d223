//! An offer as its editors write it (`content::edit`): the language-neutral fields and the
//! text of each language, read and written as a `Snapshot`.

use crate::content::edit::{Editable, TextSpec};
use crate::content::snapshot::Snapshot;
use crate::content::ContentKind;
use crate::entities::{offer, offer_translation};
use crate::i18n::Lang;
use crate::offers::codes::{OfferKind, PayPeriod, WorkMode};
use chrono::NaiveDate;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::BTreeMap;

/// Longest title, in characters.
pub const TITLE_MAX: usize = 200;
/// Longest description, in characters.
pub const DESCRIPTION_MAX: usize = 20_000;

/// The text fields of one language of an offer.
pub const TEXTS: [TextSpec; 3] = [
    TextSpec {
        name: "title",
        markdown: false,
        required: true,
        max: TITLE_MAX,
        rows: 0,
    },
    TextSpec {
        name: "description_md",
        markdown: true,
        required: true,
        max: DESCRIPTION_MAX,
        rows: 12,
    },
    TextSpec {
        name: "how_to_apply",
        markdown: false,
        required: false,
        max: 2000,
        rows: 4,
    },
];

pub static EDITABLE: Editable = Editable {
    kind: ContentKind::Offer,
    title_field: "title",
    texts: &TEXTS,
    read: |txn, id| read(txn, id).boxed(),
    apply: |txn, id, snapshot| apply(txn, id, snapshot).boxed(),
    describe,
    more_texts: crate::content::edit::no_more_texts,
};

/// The words for a stored value of an offer's field.
fn describe(field: &str, value: &str, lang: Lang) -> Option<String> {
    use crate::i18n::tr;
    let key = match field {
        "country" => crate::catalogue::codes::country_key(value),
        "kind" => OfferKind::parse(value)?.label_key(),
        "work_mode" => WorkMode::parse(value)?.label_key(),
        "contract" => crate::offers::codes::key("contract", value),
        "salary_period" => crate::offers::codes::key("period", value),
        _ => return None,
    };
    Some(tr(lang, &key))
}

async fn read(txn: &DatabaseTransaction, id: i32) -> Result<Option<(Snapshot, Lang)>, DbErr> {
    let Some(row) = offer::Entity::find_by_id(id).one(txn).await? else {
        return Ok(None);
    };
    let mut snapshot = Snapshot::default();
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let date = |v: Option<NaiveDate>| v.map(|d| d.to_string()).unwrap_or_default();
    let number = |v: Option<i32>| v.map(|n| n.to_string()).unwrap_or_default();
    for (name, value) in [
        ("kind", row.kind.code().to_string()),
        ("work_mode", row.work_mode.code().to_string()),
        ("contract", text(&row.contract)),
        ("country", text(&row.country)),
        ("city", text(&row.city)),
        ("valid_until", date(row.valid_until)),
        ("starts_on", date(row.starts_on)),
        ("apply_url", text(&row.apply_url)),
        ("apply_email", text(&row.apply_email)),
        ("salary_min", number(row.salary_min)),
        ("salary_max", number(row.salary_max)),
        ("salary_currency", text(&row.salary_currency)),
        (
            "salary_period",
            row.salary_period
                .map(|p| p.code().to_string())
                .unwrap_or_default(),
        ),
        ("hours_per_week", number(row.hours_per_week)),
    ] {
        snapshot.fields.insert(name.into(), value);
    }
    for t in offer_translation::Entity::find()
        .filter(offer_translation::Column::OfferId.eq(id))
        .all(txn)
        .await?
    {
        let Some(lang) = Lang::parse(&t.lang) else {
            continue;
        };
        let texts: BTreeMap<String, String> = [
            ("title", t.title),
            ("description_md", t.description_md),
            ("how_to_apply", t.how_to_apply.unwrap_or_default()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        snapshot.texts.insert(lang, texts);
    }
    Ok(Some((snapshot, row.original_lang)))
}

/// A field as stored: trimmed, `None` when empty.
fn optional(value: String) -> Option<String> {
    Some(value.trim().to_string()).filter(|v| !v.is_empty())
}

fn whole(value: String) -> Option<i32> {
    value.trim().parse().ok()
}

fn date(value: String) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

async fn apply(txn: &DatabaseTransaction, id: i32, snapshot: &Snapshot) -> Result<(), DbErr> {
    let f = |name: &str| snapshot.field(name);
    offer::ActiveModel {
        id: Set(id),
        kind: Set(OfferKind::parse(&f("kind")).unwrap_or(OfferKind::Job)),
        work_mode: Set(WorkMode::parse(&f("work_mode")).unwrap_or(WorkMode::OnSite)),
        contract: Set(optional(f("contract"))),
        country: Set(optional(f("country"))),
        city: Set(optional(f("city"))),
        valid_until: Set(date(f("valid_until"))),
        starts_on: Set(date(f("starts_on"))),
        apply_url: Set(optional(f("apply_url"))),
        apply_email: Set(optional(f("apply_email"))),
        salary_min: Set(whole(f("salary_min"))),
        salary_max: Set(whole(f("salary_max"))),
        salary_currency: Set(optional(f("salary_currency"))),
        salary_period: Set(PayPeriod::parse(f("salary_period").trim())),
        hours_per_week: Set(whole(f("hours_per_week"))),
        ..Default::default()
    }
    .update(txn)
    .await?;
    crate::content::text::save_texts(
        txn,
        id,
        snapshot,
        &TEXTS,
        |lang| offer_translation::ActiveModel {
            offer_id: Set(id),
            lang: Set(lang.code().into()),
            ..Default::default()
        },
        |row, text| {
            row.title = Set(text("title"));
            row.description_md = Set(text("description_md"));
            row.how_to_apply = Set(optional(text("how_to_apply")));
        },
    )
    .await?;
    Ok(())
}

//! What the demo webinars bring beside themselves (`seed`): a pathway's watch step pointing to a
//! past webinar's replay, and the full webinar's participants and waiting list.

use super::codes::{MailKind, RegistrationStatus};
use crate::entities::{pathway, pathway_step, webinar, webinar_mail, webinar_registration};
use crate::i18n::Lang;
use crate::pathways::codes::StepKind;
use chrono::Duration;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, QueryOrder, Set,
};

/// The first watch step of pathway `slug` without a webinar points to webinar `id`'s replay.
pub async fn point_a_watch_step(txn: &DatabaseTransaction, slug: &str, id: i32) -> Result<(), DbErr> {
    let Some(found) = pathway::Entity::find()
        .filter(pathway::Column::Slug.eq(slug))
        .one(txn)
        .await?
    else {
        return Ok(());
    };
    let step = pathway_step::Entity::find()
        .filter(pathway_step::Column::PathwayId.eq(found.id))
        .filter(pathway_step::Column::Kind.eq(StepKind::Watch))
        .filter(pathway_step::Column::WebinarId.is_null())
        .order_by_asc(pathway_step::Column::Position)
        .one(txn)
        .await?;
    if let Some(step) = step {
        pathway_step::ActiveModel {
            id: Set(step.id),
            webinar_id: Set(Some(id)),
            ..Default::default()
        }
        .update(txn)
        .await?;
    }
    Ok(())
}

/// Every seat of `row` taken by demo participants, and two people waiting.
pub async fn fill(txn: &DatabaseTransaction, row: &webinar::Model, lang: Lang) -> Result<(), DbErr> {
    let seats = row.capacity.unwrap_or(0);
    for n in 1..=seats + 2 {
        let status = if n <= seats {
            RegistrationStatus::Confirmed
        } else {
            RegistrationStatus::Waiting
        };
        let reg = webinar_registration::ActiveModel {
            webinar_id: Set(row.id),
            user_id: Set(None),
            email: Set(format!("participant{n}.{}@example.org", row.slug)),
            lang: Set(lang),
            status: Set(status),
            token_hash: Set(crate::auth::secret::digest(&format!("demo-{}-{n}", row.slug))),
            created_at: Set(row.created_at + Duration::hours(i64::from(n))),
            confirmed_at: Set(Some(row.created_at + Duration::hours(i64::from(n)))),
            cancelled_at: Set(None),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        // Their confirmations count as sent: the demo does not write to its own participants.
        if status == RegistrationStatus::Confirmed {
            webinar_mail::ActiveModel {
                registration_id: Set(reg.id),
                kind: Set(MailKind::Confirmation),
                sent_at: Set(reg.created_at),
            }
            .insert(txn)
            .await?;
        }
    }
    webinar::ActiveModel {
        id: Set(row.id),
        seats_taken: Set(seats),
        ..Default::default()
    }
    .update(txn)
    .await?;
    Ok(())
}

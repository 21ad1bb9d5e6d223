//! What pictures keep about a person: the logos and portraits they sent, and the portraits
//! whose consent they noted. The pictures stay (they belong to the organisation and to the
//! interview) without the person's id once the account is deleted.

use crate::entities::{interview, picture, user};
use crate::legal::model::Period;
use crate::personal_data::PersonalData;
use futures::FutureExt;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use std::collections::BTreeSet;

pub const DATA: PersonalData = PersonalData {
    notice: "pictures",
    kept: &[Period::Content],
    exports: &[("pictures", "uploaded_by"), ("interviews", "portrait_consent_by")],
    erases: &[("pictures", "uploaded_by"), ("interviews", "portrait_consent_by")],
    export: |txn, user| export(txn, user).boxed(),
    erase: |txn, user| erase(txn, user).boxed(),
};

async fn export(db: &DatabaseTransaction, user: &user::Model) -> Result<Value, DbErr> {
    // One entry per picture sent, not per variant.
    let sent: BTreeSet<(String, i32, String, String)> = picture::Entity::find()
        .filter(picture::Column::UploadedBy.eq(user.id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.owner_kind, p.owner_id, p.version, p.uploaded_at.to_rfc3339()))
        .collect();
    let consents = interview::Entity::find()
        .filter(interview::Column::PortraitConsentBy.eq(user.id))
        .all(db)
        .await?;
    Ok(json!({
        "pictures_sent": sent.iter().map(|(owner, id, version, at)| json!({
            "owner": owner, "owner_id": id, "version": version, "uploaded_at": at,
        })).collect::<Vec<_>>(),
        "portrait_consents_noted": consents.iter().map(|i| json!({
            "interview": i.slug, "noted_at": i.portrait_consent_at,
        })).collect::<Vec<_>>(),
    }))
}

async fn erase(txn: &DatabaseTransaction, user: &user::Model) -> Result<(), DbErr> {
    picture::Entity::update_many()
        .col_expr(picture::Column::UploadedBy, Expr::value(Option::<i32>::None))
        .filter(picture::Column::UploadedBy.eq(user.id))
        .exec(txn)
        .await?;
    interview::Entity::update_many()
        .col_expr(
            interview::Column::PortraitConsentBy,
            Expr::value(Option::<i32>::None),
        )
        .filter(interview::Column::PortraitConsentBy.eq(user.id))
        .exec(txn)
        .await?;
    Ok(())
}

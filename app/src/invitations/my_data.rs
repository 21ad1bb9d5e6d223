//! What invitations keep about a person: the invitations they sent (as an administrator) and
//! the one they accepted. The invitations stay (they are the organisation's record) without the
//! person's id once the account is deleted.

use crate::entities::{invitation, user};
use crate::legal::model::Period;
use crate::personal_data::PersonalData;
use futures::FutureExt;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter};
use serde_json::{json, Value};

pub const DATA: PersonalData = PersonalData {
    notice: "invitations",
    kept: &[Period::Account],
    exports: &[("invitations", "invited_by"), ("invitations", "accepted_by")],
    erases: &[("invitations", "invited_by"), ("invitations", "accepted_by")],
    export: |txn, user| export(txn, user).boxed(),
    erase: |txn, user| erase(txn, user).boxed(),
};

async fn export(db: &DatabaseTransaction, user: &user::Model) -> Result<Value, DbErr> {
    let sent = invitation::Entity::find()
        .filter(invitation::Column::InvitedBy.eq(user.id))
        .all(db)
        .await?;
    let accepted = invitation::Entity::find()
        .filter(invitation::Column::AcceptedBy.eq(user.id))
        .all(db)
        .await?;
    let row = |i: &invitation::Model| json!({ "email": i.email, "created_at": i.created_at, "accepted_at": i.accepted_at });
    Ok(json!({
        "invitations_sent": sent.iter().map(row).collect::<Vec<_>>(),
        "invitations_accepted": accepted.iter().map(row).collect::<Vec<_>>(),
    }))
}

async fn erase(txn: &DatabaseTransaction, user: &user::Model) -> Result<(), DbErr> {
    for column in [invitation::Column::InvitedBy, invitation::Column::AcceptedBy] {
        invitation::Entity::update_many()
            .col_expr(column, Expr::value(Option::<i32>::None))
            .filter(column.eq(user.id))
            .exec(txn)
            .await?;
    }
    Ok(())
}

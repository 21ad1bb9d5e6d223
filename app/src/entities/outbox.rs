//! The `outbox` table: every e-mail the portal writes, sent or waiting.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: Option<i32>,
    pub to_address: String,
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub created_at: DateTimeUtc,
    pub claimed_at: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    pub attempts: i32,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    /// The one-click unsubscribe address (RFC 8058), for alert digests.
    pub list_unsubscribe: Option<String>,
    /// A file sent with the message (the webinar confirmation's `.ics`): name, media type, text.
    pub attachment_name: Option<String>,
    pub attachment_type: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub attachment: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

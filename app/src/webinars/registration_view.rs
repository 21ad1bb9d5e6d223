//! A person's registrations as they read them: their place on the waiting list, the one they
//! hold for a webinar (an address's registrations move into the account that has it), and the
//! personal page a registration's link opens (confirming it when it was pending).

use super::codes::{MailKind, RegistrationStatus};
use super::links::by_token;
use super::model::Mine;
use super::registrations::{confirm, Confirmed};
use crate::entities::{webinar, webinar_registration};
use crate::error::AppError;
use crate::i18n::Lang;
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// The place of waiting registration `reg` on the list (1: next to get a seat).
pub async fn place(db: &impl ConnectionTrait, reg: &webinar_registration::Model) -> Result<u64, AppError> {
    use sea_orm::PaginatorTrait;
    let ahead = webinar_registration::Entity::find()
        .filter(webinar_registration::Column::WebinarId.eq(reg.webinar_id))
        .filter(webinar_registration::Column::Status.eq(RegistrationStatus::Waiting))
        .filter(webinar_registration::Column::Id.lt(reg.id))
        .count(db)
        .await?;
    Ok(ahead + 1)
}

/// The join link of `row` for a registration in `status` at `now`: to a seat holder only, from
/// 15 minutes before the start to the end.
pub fn join_link(
    row: &webinar::Model,
    status: RegistrationStatus,
    now: chrono::DateTime<Utc>,
) -> Option<String> {
    let end = row.starts_at + Duration::minutes(i64::from(row.duration_minutes));
    let window = now >= row.starts_at - Duration::minutes(super::codes::JOIN_OPENS_MINUTES) && now <= end;
    (status == RegistrationStatus::Confirmed && window)
        .then(|| row.join_url.clone())
        .flatten()
}

/// The live registration of the signed-in person for webinar `slug` (theirs by account, or by
/// address: a registration made before they had an account moves into it now).
pub async fn mine(
    db: &impl ConnectionTrait,
    slug: &str,
    holder: Holder<'_>,
) -> Result<Option<Mine>, AppError> {
    let user_id = holder.user_id;
    let Some(row) = webinar::Entity::find()
        .filter(webinar::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    adopt(db, holder).await?;
    let Some(reg) = webinar_registration::Entity::find()
        .filter(webinar_registration::Column::WebinarId.eq(row.id))
        .filter(webinar_registration::Column::UserId.eq(user_id))
        .filter(webinar_registration::Column::Status.ne(RegistrationStatus::Cancelled))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let place = if reg.status == RegistrationStatus::Waiting {
        place(db, &reg).await?
    } else {
        0
    };
    Ok(Some(Mine {
        status: reg.status,
        place,
        join_url: join_link(&row, reg.status, Utc::now()),
    }))
}

/// The holder of account `person`.
pub fn holder(person: &crate::entities::user::Model) -> Holder<'_> {
    Holder {
        user_id: person.id,
        email: &person.email,
        verified: person.email_verified_at.is_some(),
    }
}

/// The person signed in: their account, its address, and whether they proved it is theirs.
#[derive(Clone, Copy, Debug)]
pub struct Holder<'a> {
    pub user_id: i32,
    pub email: &'a str,
    pub verified: bool,
}

/// Registrations made with the holder's address before they had an account become theirs —
/// once the address is confirmed: anyone may sign up with someone else's address, and must not
/// see or cancel that person's registrations.
pub async fn adopt(db: &impl ConnectionTrait, holder: Holder<'_>) -> Result<(), AppError> {
    let Holder {
        user_id,
        email,
        verified,
    } = holder;
    if !verified {
        return Ok(());
    }
    use sea_orm::PaginatorTrait;
    let email = email.trim().to_lowercase();
    // Read first: pages call this on every view, and a write only when there is one to move
    // (SQLite lets one writer at a time; a page's other reads must not wait for nothing).
    let waiting = webinar_registration::Entity::find()
        .filter(webinar_registration::Column::UserId.is_null())
        .filter(webinar_registration::Column::Email.eq(email.clone()))
        .count(db)
        .await?;
    if waiting == 0 {
        return Ok(());
    }
    webinar_registration::Entity::update_many()
        .col_expr(webinar_registration::Column::UserId, Expr::value(user_id))
        .filter(webinar_registration::Column::UserId.is_null())
        .filter(webinar_registration::Column::Email.eq(email))
        .exec(db)
        .await?;
    Ok(())
}

/// The personal page of registration `token`, confirming it when it was pending.
pub async fn page(
    db: &DatabaseConnection,
    origin: &str,
    lang: Lang,
    token: &str,
    zone: &str,
) -> Result<super::model::RegistrationPage, AppError> {
    let mut reg = by_token(db, token).await?;
    let mut expired = false;
    let row = webinar::Entity::find_by_id(reg.webinar_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if reg.status == RegistrationStatus::Pending {
        match confirm(db, &reg).await? {
            Confirmed::Now(status) => {
                reg.status = status;
                if status == RegistrationStatus::Confirmed {
                    super::mails::write_once(db, origin, &reg, &row, MailKind::Confirmation, false).await?;
                }
            }
            Confirmed::Expired => expired = true,
        }
    }
    let related = super::cards::Related::load(db, std::slice::from_ref(&row)).await?;
    let now = Utc::now();
    let card = super::cards::card(&row, &related, lang, zone, now);
    let join_url = join_link(&row, reg.status, now);
    let place = if reg.status == RegistrationStatus::Waiting {
        place(db, &reg).await?
    } else {
        0
    };
    Ok(super::model::RegistrationPage {
        card,
        status: reg.status,
        place,
        expired,
        join_url,
        token: token.to_string(),
        reminders: reg.reminders,
    })
}

//! "My webinars" on the account page: the ones the person holds a seat at, the ones they wait
//! for (with their place), the past ones with their replays, and their private calendar's
//! address once it has one.

use super::codes::RegistrationStatus;
use super::model::MyWebinars;
use crate::content::ContentStatus;
use crate::entities::{user, webinar, webinar_registration};
use crate::error::AppError;
use crate::i18n::Lang;
use chrono::Utc;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// `person`'s webinars, in `zone`.
pub async fn load(
    db: &impl ConnectionTrait,
    origin: &str,
    person: &user::Model,
    lang: Lang,
    zone: &str,
) -> Result<MyWebinars, AppError> {
    super::registration_view::adopt(db, super::registration_view::holder(person)).await?;
    let regs = webinar_registration::Entity::find()
        .filter(webinar_registration::Column::UserId.eq(person.id))
        .filter(
            webinar_registration::Column::Status
                .is_in([RegistrationStatus::Confirmed, RegistrationStatus::Waiting]),
        )
        .all(db)
        .await?;
    let rows = webinar::Entity::find()
        .filter(webinar::Column::Id.is_in(regs.iter().map(|r| r.webinar_id)))
        .filter(webinar::Column::Status.eq(ContentStatus::Published))
        .order_by_asc(webinar::Column::StartsAt)
        .all(db)
        .await?;
    let related = super::cards::Related::load(db, &rows).await?;
    let now = Utc::now();
    let mut mine = MyWebinars {
        upcoming: Vec::new(),
        waiting: Vec::new(),
        past: Vec::new(),
        // Made by the first confirmation mail or the page's button, not by viewing the page.
        calendar_url: person.calendar_token.as_ref().map(|token| {
            format!(
                "{}{}",
                origin.trim_end_matches('/'),
                super::my_calendar::path(lang, token)
            )
        }),
    };
    for row in &rows {
        let Some(reg) = regs.iter().find(|r| r.webinar_id == row.id) else {
            continue;
        };
        let card = super::cards::card(row, &related, lang, zone, now);
        match (card.upcoming, reg.status) {
            (false, _) => mine.past.insert(0, card),
            (true, RegistrationStatus::Waiting) => {
                let place = super::registration_view::place(db, reg).await?;
                mine.waiting.push((card, place));
            }
            (true, _) => mine.upcoming.push(card),
        }
    }
    Ok(mine)
}

//! Daily digests of saved searches: new matching offers since the last digest, written to the
//! outbox in the person's language, with a link to the search and a one-click unsubscribe.

use crate::accounts::mail::{letter, Mail};
use crate::entities::{saved_search, user};
use crate::i18n::{tr, tr_args, Lang};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};

/// Offers listed in one digest (the rest are one click away).
const LISTED: usize = 10;

/// Writes the digests that are due at `now` (alert on, nothing sent in the last 24 hours);
/// returns how many e-mails were written.
pub async fn send_digests(
    db: &DatabaseConnection,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let due = saved_search::Entity::find()
        .filter(saved_search::Column::Alert.eq(true))
        .all(db)
        .await?
        .into_iter()
        .filter(|s| {
            s.last_sent_at
                .is_none_or(|sent| sent <= now - Duration::hours(24))
        });
    let origin = public_url.trim_end_matches('/');
    let mut written = 0;
    // Its own index for this run (an hourly task; the app servers keep theirs).
    let offers = super::service::OfferSearch::default();
    for search in due {
        let Some(person) = user::Entity::find_by_id(search.user_id).one(db).await? else {
            continue;
        };
        let lang = Lang::parse(&search.lang).unwrap_or(Lang::En);
        let since = search.last_sent_at.unwrap_or(search.created_at);
        let page = super::service::list_since(db, &offers, lang, &search.query, Some(since))
            .await
            .map_err(|e| DbErr::Custom(e.to_string()))?;
        let total = page.page.total;
        if total > 0 {
            let search_url = format!("{origin}/{}/offers?{}", lang.code(), search.query);
            let mut lines: Vec<String> = page
                .items
                .iter()
                .take(LISTED)
                .map(|card| {
                    format!(
                        "- {}\n  {origin}/{}/offers/{}",
                        card.title,
                        lang.code(),
                        card.slug
                    )
                })
                .collect();
            lines.insert(
                0,
                tr_args(
                    lang,
                    "offers-alert-intro",
                    &[("count", i64::try_from(total).unwrap_or(0).into())],
                ),
            );
            let list = lines.join("\n");
            let body = letter(
                lang,
                &person.display_name,
                &[
                    list,
                    format!("{}\n{search_url}", tr(lang, "offers-alert-all")),
                    format!(
                        "{}\n{origin}/{}/offers/alerts/unsubscribe/{}",
                        tr(lang, "offers-alert-unsubscribe"),
                        lang.code(),
                        search.unsubscribe_token
                    ),
                ],
            );
            Mail {
                user_id: Some(person.id),
                to: person.email.clone(),
                subject: tr_args(
                    lang,
                    "offers-alert-subject",
                    &[("count", i64::try_from(total).unwrap_or(0).into())],
                ),
                body,
            }
            .enqueue(db)
            .await?;
            written += 1;
        }
        let mut active: saved_search::ActiveModel = search.into();
        active.last_sent_at = Set(Some(now));
        active.update(db).await?;
    }
    Ok(written)
}

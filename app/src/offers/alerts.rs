//! Daily digests of saved searches: new matching offers since the last digest, written to the
//! outbox in the person's language, with a link to the search and a one-click unsubscribe
//! (RFC 8058). Run by the job runner (`offer-digests`, hourly, once across app servers); each
//! search's digest is claimed with a conditional update in the transaction that writes it, so
//! it is written once even if two runs ever overlap.

use super::service::OfferSearch;
use crate::entities::{saved_search, user};
use crate::i18n::{tr, tr_args, Lang};
use crate::mail::{letter, Mail};
use crate::web::urls::Route;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, TransactionTrait,
};

/// Offers listed in one digest (the rest are one click away).
const LISTED: usize = 10;

/// Writes the digests that are due at `now` (alert on, address confirmed, nothing sent in the
/// last 24 hours), searching with this app server's index; returns how many were written.
pub async fn send_digests(
    db: &DatabaseConnection,
    offers: &OfferSearch,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let cutoff = now - Duration::hours(24);
    let due = saved_search::Entity::find()
        .filter(saved_search::Column::Alert.eq(true))
        .filter(
            Condition::any()
                .add(saved_search::Column::LastSentAt.is_null())
                .add(saved_search::Column::LastSentAt.lte(cutoff)),
        )
        .all(db)
        .await?;
    let origin = public_url.trim_end_matches('/');
    let mut written = 0;
    for search in due {
        let Some(person) = user::Entity::find_by_id(search.user_id).one(db).await? else {
            continue;
        };
        // Alerts start once the address is confirmed (the person was told so).
        if person.email_verified_at.is_none() {
            continue;
        }
        let lang = Lang::parse(&search.lang).unwrap_or(Lang::En);
        let since = search.last_sent_at.unwrap_or(search.created_at);
        let page = super::service::list_since(db, offers, lang, &search.query, Some(since))
            .await
            .map_err(|e| DbErr::Custom(e.to_string()))?;
        let txn = db.begin().await?;
        // The claim: only the run that moves `last_sent_at` writes this digest.
        let claimed = saved_search::Entity::update_many()
            .col_expr(saved_search::Column::LastSentAt, Expr::value(Some(now)))
            .filter(saved_search::Column::Id.eq(search.id))
            .filter(saved_search::Column::Alert.eq(true))
            .filter(match search.last_sent_at {
                None => Condition::all().add(saved_search::Column::LastSentAt.is_null()),
                Some(at) => Condition::all().add(saved_search::Column::LastSentAt.eq(at)),
            })
            .exec(&txn)
            .await?;
        if claimed.rows_affected != 1 {
            txn.rollback().await?;
            continue;
        }
        let total = page.page.total;
        if total > 0 {
            let count = i64::try_from(total).unwrap_or(0);
            let search_url = format!("{origin}{}", Route::OffersQuery(&search.query).at(lang));
            let unsubscribe_url = format!(
                "{origin}{}",
                Route::Unsubscribe(&search.unsubscribe_token).at(lang)
            );
            let mut lines: Vec<String> = page
                .items
                .iter()
                .take(LISTED)
                .map(|card| {
                    format!(
                        "- {}\n  {origin}{}",
                        card.title,
                        Route::Offer(&card.slug).at(lang)
                    )
                })
                .collect();
            lines.insert(0, tr_args(lang, "offers-alert-intro", &[("count", count.into())]));
            let body = letter(
                lang,
                &person.display_name,
                &[
                    lines.join("\n"),
                    format!("{}\n{search_url}", tr(lang, "offers-alert-all")),
                    format!("{}\n{unsubscribe_url}", tr(lang, "offers-alert-unsubscribe")),
                ],
            );
            Mail {
                user_id: Some(person.id),
                to: person.email.clone(),
                subject: tr_args(lang, "offers-alert-subject", &[("count", count.into())]),
                body,
                list_unsubscribe: Some(unsubscribe_url),
            }
            .enqueue(&txn)
            .await?;
            written += 1;
        }
        txn.commit().await?;
    }
    Ok(written)
}

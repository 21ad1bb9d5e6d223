//! The demo of the publishing workflow (`seed/workflow.toml`): for each demo organisation a
//! draft resource, an offer in review, an offer rejected with the moderator's comment, and a
//! pending change of one of its published offers — so the demo accounts show the whole loop at
//! once. Loaded after the demo accounts (the editors and the moderator are their authors), in
//! one transaction, once; each step is in the audit log as if it had been done by hand.

use crate::auth::permissions::Action;
use crate::catalogue::seed::refs::already_loaded;
use crate::content::audit::{record, Entry};
use crate::content::edit::mark_saved;
use crate::content::{ContentKind, ContentStatus, Owner};
use crate::entities::{
    app_meta, offer, offer_translation, organisation, resource, resource_audience, resource_language,
    resource_translation, user,
};
use crate::i18n::Lang;
use crate::offers::codes::{OfferKind, WorkMode};
use crate::resources::codes::{Audience, Licence, ResourceKind};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};
use serde::Deserialize;

const MARKER: &str = "demo-workflow";
const FILE: &str = include_str!("../../../seed/workflow.toml");

#[derive(Deserialize)]
struct WorkflowFile {
    organisation: Vec<OrganisationSeed>,
}

#[derive(Deserialize)]
struct OrganisationSeed {
    slug: String,
    lang: Lang,
    draft: DraftSeed,
    in_review: OfferSeed,
    rejected: OfferSeed,
    revision: RevisionSeed,
}

#[derive(Deserialize)]
struct DraftSeed {
    kind: ResourceKind,
    title: String,
    summary: String,
    body_md: String,
}

#[derive(Deserialize)]
struct OfferSeed {
    kind: OfferKind,
    work_mode: WorkMode,
    city: Option<String>,
    title: String,
    description_md: String,
    comment: Option<String>,
}

#[derive(Deserialize)]
struct RevisionSeed {
    offer: String,
    title: String,
}

fn bad(what: String) -> DbErr {
    DbErr::Custom(format!("demo workflow: {what}"))
}

async fn user_id(txn: &DatabaseTransaction, email: &str) -> Result<Option<i32>, DbErr> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(txn)
        .await?
        .map(|u| u.id))
}

/// One step of an item's demo history: who, what, the moderator's comment, what changed.
type Step<'a> = (Option<i32>, Action, Option<&'a str>, &'a [String]);

/// Records `actions` by `actor` on item `kind`/`id` of `org`, in order.
async fn log(
    txn: &DatabaseTransaction,
    actions: &[Step<'_>],
    kind: ContentKind,
    id: i32,
    org: i32,
) -> Result<(), DbErr> {
    for (actor, action, detail, changes) in actions {
        record(
            txn,
            Entry {
                actor: *actor,
                action: *action,
                kind,
                id,
                owner: Owner::Organisation(org),
                detail: detail.map(str::to_string),
                changes,
            },
        )
        .await?;
    }
    Ok(())
}

/// Loads the workflow demo unless done before (or without the demo accounts).
pub async fn load_once(db: &DatabaseConnection) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    if already_loaded(&txn, MARKER).await? {
        return Ok(false);
    }
    let Some(moderator) = user_id(&txn, crate::accounts::demo::MODERATOR_EMAIL).await? else {
        return Ok(false);
    };
    let parsed: WorkflowFile = toml::from_str(FILE).map_err(|e| bad(e.to_string()))?;
    let now = Utc::now();
    for seed in parsed.organisation {
        let org = organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(&seed.slug))
            .one(&txn)
            .await?
            .ok_or_else(|| bad(format!("unknown organisation {}", seed.slug)))?;
        let editor = user_id(&txn, &crate::accounts::demo::editor_email(&seed.slug)).await?;
        let lang = seed.lang;
        let texts: Vec<String> = ["title", "summary", "body_md"]
            .iter()
            .map(|f| format!("{f}:{}", lang.code()))
            .collect();

        // A draft resource.
        let draft = resource::ActiveModel {
            slug: Set(
                crate::content::write::free_slug(&txn, ContentKind::Resource, &seed.draft.title).await?,
            ),
            kind: Set(seed.draft.kind),
            organisation_id: Set(Some(org.id)),
            licence: Set(Licence::DEFAULT),
            original_lang: Set(lang),
            status: Set(ContentStatus::Draft),
            version: Set(1),
            external_url: Set(None),
            published_at: Set(now),
            created_by: Set(editor),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        resource_translation::ActiveModel {
            resource_id: Set(draft.id),
            lang: Set(lang.code().into()),
            title: Set(seed.draft.title),
            summary: Set(seed.draft.summary),
            body_md: Set(seed.draft.body_md),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        resource_language::ActiveModel {
            resource_id: Set(draft.id),
            lang: Set(lang),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        resource_audience::ActiveModel {
            resource_id: Set(draft.id),
            audience: Set(Audience::Organisation),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        mark_saved(&txn, ContentKind::Resource, draft.id, &[lang]).await?;
        log(
            &txn,
            &[(editor, Action::Create, None, &texts)],
            ContentKind::Resource,
            draft.id,
            org.id,
        )
        .await?;

        // An offer in review, and one rejected with the moderator's comment.
        for (offer_seed, status) in [
            (seed.in_review, ContentStatus::InReview),
            (seed.rejected, ContentStatus::Rejected),
        ] {
            let row = offer::ActiveModel {
                slug: Set(
                    crate::content::write::free_slug(&txn, ContentKind::Offer, &offer_seed.title).await?,
                ),
                kind: Set(offer_seed.kind),
                organisation_id: Set(org.id),
                job_profile_id: Set(None),
                city: Set(offer_seed.city),
                country: Set(Some(org.country.clone())),
                work_mode: Set(offer_seed.work_mode),
                contract: Set(None),
                original_lang: Set(lang),
                starts_on: Set(None),
                valid_until: Set(Some(now.date_naive() + chrono::Duration::days(60))),
                apply_url: Set(None),
                apply_email: Set(None),
                status: Set(status),
                posted_at: Set(now),
                created_by: Set(editor),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            offer_translation::ActiveModel {
                offer_id: Set(row.id),
                lang: Set(lang.code().into()),
                title: Set(offer_seed.title),
                description_md: Set(offer_seed.description_md),
                how_to_apply: Set(None),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            mark_saved(&txn, ContentKind::Offer, row.id, &[lang]).await?;
            let texts: Vec<String> = ["title", "description_md"]
                .iter()
                .map(|f| format!("{f}:{}", lang.code()))
                .collect();
            let mut steps: Vec<Step<'_>> = vec![
                (editor, Action::Create, None, &texts),
                (editor, Action::Submit, None, &[]),
            ];
            if status == ContentStatus::Rejected {
                steps.push((
                    Some(moderator),
                    Action::Reject,
                    offer_seed.comment.as_deref(),
                    &[],
                ));
            }
            log(&txn, &steps, ContentKind::Offer, row.id, org.id).await?;
        }

        // A change of a published offer, waiting for review.
        let published = offer::Entity::find()
            .filter(offer::Column::Slug.eq(&seed.revision.offer))
            .filter(offer::Column::OrganisationId.eq(org.id))
            .one(&txn)
            .await?
            .ok_or_else(|| bad(format!("unknown offer {}", seed.revision.offer)))?;
        let (mut snapshot, original) = (crate::offers::editing::EDITABLE.read)(&txn, published.id)
            .await?
            .ok_or_else(|| bad(format!("offer {}", published.slug)))?;
        snapshot
            .texts
            .entry(original)
            .or_default()
            .insert("title".into(), seed.revision.title);
        let data = serde_json::to_value(&snapshot).map_err(|e| bad(e.to_string()))?;
        crate::content::revisions::propose(&txn, ContentKind::Offer, published.id, editor, &data).await?;
        let changed = vec![format!("title:{}", original.code())];
        log(
            &txn,
            &[(editor, Action::Edit, None, &changed)],
            ContentKind::Offer,
            published.id,
            org.id,
        )
        .await?;
    }
    app_meta::ActiveModel {
        key: Set(MARKER.into()),
        value: Set(now.to_rfc3339()),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(true)
}

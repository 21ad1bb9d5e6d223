//! Administrators manage organisations: create one (published at once, logged), verify it,
//! archive it or publish it again, see and remove its editors, invite editors by e-mail.

use super::api::{OrganisationAdmin, OrganisationRow};
use crate::auth::model::Viewer;
use crate::auth::permissions::{Action, Item};
use crate::catalogue::codes::{COUNTRIES, ORG_KINDS};
use crate::content::write::{free_slug, Write};
use crate::content::{ContentKind, ContentStatus, Owner};
use crate::entities::{invitation, organisation, organisation_member, organisation_translation, user};
use crate::error::AppError;
use crate::i18n::Lang;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use std::collections::HashMap;

fn row(o: organisation::Model, editors: usize) -> OrganisationRow {
    OrganisationRow {
        id: o.id,
        slug: o.slug,
        name: o.name,
        country: o.country,
        status: o.status,
        verified: o.verified,
        editors,
    }
}

pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<OrganisationRow>, AppError> {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for m in organisation_member::Entity::find().all(db).await? {
        *counts.entry(m.organisation_id).or_default() += 1;
    }
    Ok(organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|o| {
            let n = counts.get(&o.id).copied().unwrap_or(0);
            row(o, n)
        })
        .collect())
}

pub async fn detail(db: &impl ConnectionTrait, id: i32) -> Result<OrganisationAdmin, AppError> {
    let org = organisation::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let member_ids: Vec<i32> = organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    let mut editors: Vec<(i32, String, String)> = user::Entity::find()
        .filter(user::Column::Id.is_in(member_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name, u.email))
        .collect();
    editors.sort_by_key(|e| e.1.to_lowercase());
    let invitations = invitation::Entity::find()
        .filter(invitation::Column::OrganisationId.eq(id))
        .order_by_desc(invitation::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|i| {
            (
                i.email,
                i.created_at.date_naive().to_string(),
                i.accepted_at.is_some(),
            )
        })
        .collect();
    let count = editors.len();
    Ok(OrganisationAdmin {
        row: row(org, count),
        editors,
        invitations,
    })
}

/// A new organisation as typed in the form.
pub struct NewOrganisation {
    pub name: String,
    pub kind: String,
    pub country: String,
    pub city: String,
    pub website: Option<String>,
    pub lang: Lang,
    pub description: String,
}

impl NewOrganisation {
    /// The problems of the form: (field, Fluent key).
    pub fn problems(&self) -> Vec<(&'static str, &'static str)> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push(("name", "form-error-missing"));
        } else if self.name.chars().count() > 200 {
            problems.push(("name", "form-error-invalid"));
        }
        if !ORG_KINDS.contains(&self.kind.as_str()) {
            problems.push(("kind", "form-error-invalid"));
        }
        if !COUNTRIES.contains(&self.country.as_str()) {
            problems.push(("country", "form-error-invalid"));
        }
        if self.city.trim().is_empty() {
            problems.push(("city", "form-error-missing"));
        }
        if let Some(site) = &self.website {
            if crate::partner::checks::valid_web_address(site).is_err() {
                problems.push(("website", "partner-error-url"));
            }
        }
        if self.description.chars().count() > 4000 {
            problems.push(("description", "form-error-invalid"));
        }
        problems
    }
}

/// Creates an organisation, published at once by the administrator (in the audit log).
pub async fn create(
    db: &DatabaseConnection,
    viewer: &Viewer,
    new: &NewOrganisation,
) -> Result<i32, AppError> {
    let item = Item {
        kind: ContentKind::Organisation,
        owner: Owner::Platform,
        status: ContentStatus::Published,
    };
    let mut write = Write::begin(db, Some(viewer), Action::Create, item, None).await?;
    let slug = free_slug(write.txn(), ContentKind::Organisation, &new.name).await?;
    let row = organisation::ActiveModel {
        slug: Set(slug),
        name: Set(new.name.trim().to_string()),
        kind: Set(new.kind.clone()),
        country: Set(new.country.clone()),
        city: Set(new.city.trim().to_string()),
        website: Set(new.website.clone()),
        verified: Set(false),
        original_lang: Set(new.lang),
        status: Set(ContentStatus::Published),
        version: Set(1),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(write.txn())
    .await?;
    if !new.description.trim().is_empty() {
        organisation_translation::ActiveModel {
            organisation_id: Set(row.id),
            lang: Set(new.lang.code().into()),
            description: Set(new.description.trim().to_string()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
    }
    write.created(row.id);
    write.commit().await?;
    Ok(row.id)
}

/// Sets or removes the verified mark.
pub async fn set_verified(db: &DatabaseConnection, id: i32, verified: bool) -> Result<(), AppError> {
    let org = organisation::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut active: organisation::ActiveModel = org.into();
    active.verified = Set(verified);
    active.update(db).await?;
    Ok(())
}

/// Removes `user_id` from the organisation's editors.
pub async fn remove_editor(db: &DatabaseConnection, id: i32, user_id: i32) -> Result<(), AppError> {
    organisation_member::Entity::delete_many()
        .filter(organisation_member::Column::OrganisationId.eq(id))
        .filter(organisation_member::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

//! Generated items of the other kinds for `make bench` (the site-wide search is measured on
//! 100,000 offers plus 10,000 of these): copies of the demo's published pathways, webinars,
//! resources, interviews, job profiles and organisations with their translations, each title
//! (an organisation's name) varied so that copies differ.

use super::VARIANTS;
use app::content::ContentStatus;
use app::entities::*;
use sea_orm::{
    ActiveValue::NotSet, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, TransactionTrait,
};

/// How many copies of each kind make the 10,000.
const SHARES: [usize; 6] = [1_500, 2_000, 2_000, 2_000, 1_500, 1_000];

/// Adds the copies the database does not hold yet (`gen-` slugs are copies); returns how many.
pub async fn generate(db: &DatabaseConnection) -> Result<usize, DbErr> {
    let mut added = 0;
    macro_rules! copies {
        ($share:expr, $entity:ident, $translation:ident, $owner:ident, $vary:expr, $vary_text:expr) => {{
            let existing = $entity::Entity::find()
                .filter($entity::Column::Slug.starts_with("gen-"))
                .count(db)
                .await? as usize;
            let templates = $entity::Entity::find()
                .filter($entity::Column::Status.eq(ContentStatus::Published))
                .filter($entity::Column::Slug.not_like("gen-%"))
                .order_by_asc($entity::Column::Id)
                .all(db)
                .await?;
            let texts = $translation::Entity::find().all(db).await?;
            let mut next = $entity::Entity::find()
                .order_by_desc($entity::Column::Id)
                .one(db)
                .await?
                .map(|r| r.id + 1)
                .unwrap_or(1);
            for start in (existing..$share).step_by(200) {
                let txn = db.begin().await?;
                for i in start..(start + 200).min($share) {
                    let template = &templates[i % templates.len()];
                    let variant = VARIANTS[(i / templates.len()) % VARIANTS.len()];
                    let mut row = template.clone();
                    row.id = next;
                    row.slug = format!("gen-{i}-{}", template.slug);
                    $vary(&mut row, variant, i);
                    $entity::Entity::insert(row.into_active_model())
                        .exec(&txn)
                        .await?;
                    for text in texts.iter().filter(|t| t.$owner == template.id) {
                        let mut text = text.clone();
                        text.$owner = next;
                        $vary_text(&mut text, variant, i);
                        let mut text = text.into_active_model();
                        text.id = NotSet;
                        $translation::Entity::insert(text).exec(&txn).await?;
                    }
                    next += 1;
                    added += 1;
                }
                txn.commit().await?;
            }
        }};
    }
    copies!(
        SHARES[0],
        pathway,
        pathway_translation,
        pathway_id,
        |_: &mut _, _, _| {},
        |t: &mut pathway_translation::Model, v, i| vary(&mut t.title, v, i)
    );
    copies!(
        SHARES[1],
        webinar,
        webinar_translation,
        webinar_id,
        |_: &mut _, _, _| {},
        |t: &mut webinar_translation::Model, v, i| vary(&mut t.title, v, i)
    );
    copies!(
        SHARES[2],
        resource,
        resource_translation,
        resource_id,
        |_: &mut _, _, _| {},
        |t: &mut resource_translation::Model, v, i| vary(&mut t.title, v, i)
    );
    copies!(
        SHARES[3],
        interview,
        interview_translation,
        interview_id,
        |_: &mut _, _, _| {},
        |t: &mut interview_translation::Model, v, i| vary(&mut t.title, v, i)
    );
    copies!(
        SHARES[4],
        job_profile,
        job_profile_translation,
        job_profile_id,
        |_: &mut _, _, _| {},
        |t: &mut job_profile_translation::Model, v, i| vary(&mut t.title, v, i)
    );
    copies!(
        SHARES[5],
        organisation,
        organisation_translation,
        organisation_id,
        |o: &mut organisation::Model, v, i| vary(&mut o.name, v, i),
        |_: &mut _, _, _| {}
    );
    Ok(added)
}

/// Makes a copy's title differ from its template's.
fn vary(title: &mut String, variant: &str, i: usize) {
    *title = format!("{title} ({variant} {})", i % 1000);
}

//! The gap box of a job profile or offer page: for a reader with a competence profile, each
//! required competence met or lacking (by how many levels), and for each gap the pathways and
//! upcoming webinars that close it. Read in a fixed number of queries whatever the catalogue's
//! size, inside the page's one server function.

use super::matching::{closers, fit, Course, Fit, Profile, Required};
use super::model::{GapBox, GapFit, GapRow, PathwayOffer, WebinarOffer};
use super::profile::{required, Stored};
use crate::catalogue::framework::Framework;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::pathways::catalogue::Catalogue;
use crate::pathways::model::PathwayCard;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;

/// Published pathways as the matching rules see them, with their cards.
pub struct Courses {
    pub courses: Vec<Course>,
    pub cards: HashMap<i32, PathwayCard>,
}

impl Courses {
    /// Every published pathway (the catalogue's fixed number of queries).
    pub async fn load(db: &impl ConnectionTrait, fw: &Framework, lang: Lang) -> Result<Courses, AppError> {
        let catalogue = Catalogue::load(db, None, None).await?;
        let ids: HashMap<&str, i32> = fw.competences.iter().map(|c| (c.code.as_str(), c.id)).collect();
        let mut cards = HashMap::new();
        let courses = catalogue
            .rows
            .iter()
            .map(|row| {
                let card = catalogue.card(lang, row);
                let course = Course {
                    id: row.id,
                    minutes: u32::try_from(card.minutes).unwrap_or(0),
                    raises: required(
                        catalogue
                            .competences
                            .iter()
                            .filter(|(p, _, _)| *p == row.id)
                            .filter_map(|(_, code, level)| Some((*ids.get(code.as_str())?, Some(*level)))),
                    ),
                };
                cards.insert(row.id, card);
                course
            })
            .collect();
        Ok(Courses { courses, cards })
    }

    /// The pathways closing the gap on `need`, shortest first.
    pub fn closing(&self, need: Required) -> Vec<PathwayOffer> {
        closers(need, &self.courses)
            .into_iter()
            .filter_map(|c| {
                let card = self.cards.get(&c.id)?;
                Some(PathwayOffer {
                    slug: card.slug.clone(),
                    title: card.title.clone(),
                    lang: card.lang,
                    minutes: c.minutes,
                    level: c.reaches(need.competence).unwrap_or(need.level),
                })
            })
            .collect()
    }
}

/// The gap box for requirements `rows` (competence id, level asked or none) for the reader of
/// this request.
pub async fn gap_box(
    db: &impl ConnectionTrait,
    lang: Lang,
    rows: &[(i32, Option<i32>)],
) -> Result<GapBox, AppError> {
    let Some(fw) = Framework::current(db).await? else {
        return Ok(GapBox::default());
    };
    let (learner, _) = crate::learners::of_request(db).await?;
    let stored = Stored::load(db, learner, &fw).await?;
    if stored.profile.is_empty() || rows.is_empty() {
        return Ok(GapBox {
            has_profile: !stored.profile.is_empty(),
            ..GapBox::default()
        });
    }
    let needs = required(rows.iter().copied());
    let courses = Courses::load(db, &fw, lang).await?;
    let zone = crate::web::context::reader_time_zone(lang);
    let competences: Vec<i32> = needs.iter().map(|n| n.competence).collect();
    let webinars = crate::webinars::related::on_competences(db, lang, &zone, &competences).await?;
    Ok(build(&fw, &stored.profile, &needs, &courses, &webinars, lang))
}

fn build(
    fw: &Framework,
    profile: &Profile,
    needs: &[Required],
    courses: &Courses,
    webinars: &[(crate::webinars::model::WebinarCard, Vec<i32>)],
    lang: Lang,
) -> GapBox {
    let mut rows: Vec<GapRow> = needs
        .iter()
        .filter_map(|need| {
            let competence = fw.competences.iter().find(|c| c.id == need.competence)?;
            let title = fw.label(&format!("competence:{}", competence.code), lang);
            let held = profile.held.get(&need.competence);
            let fit = match fit(profile, *need) {
                Fit::Meets { .. } => GapFit::Meets,
                Fit::Lacks { by, .. } => GapFit::Lacks(by),
                Fit::Unknown => GapFit::Unknown,
                Fit::Missing { .. } => GapFit::Missing,
            };
            let open = fit != GapFit::Meets;
            Some(GapRow {
                code: competence.code.clone(),
                title: title.text,
                title_lang: title.lang,
                required: need.level,
                held: held.map(|h| h.level),
                attested: held.is_some_and(|h| h.source == super::matching::Source::Attested),
                fit,
                pathways: if open { courses.closing(*need) } else { Vec::new() },
                webinars: if open {
                    webinars
                        .iter()
                        .filter(|(_, about)| about.contains(&need.competence))
                        .take(3)
                        .map(|(card, _)| WebinarOffer {
                            slug: card.slug.clone(),
                            title: card.title.clone(),
                            lang: card.lang,
                            when: card.when.clone(),
                            minutes: card.duration_minutes,
                        })
                        .collect()
                } else {
                    Vec::new()
                },
            })
        })
        .collect();
    rows.sort_by(|a, b| a.code.cmp(&b.code));
    GapBox {
        has_profile: true,
        meets: rows.iter().filter(|r| r.fit == GapFit::Meets).count(),
        rows,
    }
}

/// The gap box of job profile `id`.
pub async fn for_job_profile(db: &impl ConnectionTrait, lang: Lang, id: i32) -> Result<GapBox, AppError> {
    use crate::entities::job_profile_competence as jpc;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let rows: Vec<(i32, Option<i32>)> = jpc::Entity::find()
        .filter(jpc::Column::JobProfileId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.competence_id, Some(r.target_level)))
        .collect();
    gap_box(db, lang, &rows).await
}

/// The gap box of offer `id`.
pub async fn for_offer(db: &impl ConnectionTrait, lang: Lang, id: i32) -> Result<GapBox, AppError> {
    use crate::entities::offer_competence as oc;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let rows: Vec<(i32, Option<i32>)> = oc::Entity::find()
        .filter(oc::Column::OfferId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.competence_id, r.level))
        .collect();
    gap_box(db, lang, &rows).await
}

//! Resource cards and what they need besides their rows: the languages, competences, file facts
//! and organisations of a page of resources, one query each.

use super::model::{FileFacts, ResourceCard};
use crate::content::text::Texts;
use crate::entities::{
    organisation, resource, resource_competence, resource_file, resource_language, resource_translation,
};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// What the list needs besides the rows: languages, competences, files and organisations of
/// the resources, each in one query.
pub struct Related {
    pub languages: HashMap<i32, Vec<Lang>>,
    pub competences: HashMap<i32, Vec<i32>>,
    pub files: HashMap<i32, FileFacts>,
    pub organisations: HashMap<i32, organisation::Model>,
}

pub async fn related(db: &impl ConnectionTrait, rows: &[resource::Model]) -> Result<Related, AppError> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut languages: HashMap<i32, Vec<Lang>> = HashMap::new();
    for row in resource_language::Entity::find()
        .filter(resource_language::Column::ResourceId.is_in(ids.clone()))
        .all(db)
        .await?
    {
        languages.entry(row.resource_id).or_default().push(row.lang);
    }
    for langs in languages.values_mut() {
        langs.sort();
    }
    let mut competences: HashMap<i32, Vec<i32>> = HashMap::new();
    for row in resource_competence::Entity::find()
        .filter(resource_competence::Column::ResourceId.is_in(ids.clone()))
        .all(db)
        .await?
    {
        competences
            .entry(row.resource_id)
            .or_default()
            .push(row.competence_id);
    }
    // The facts of each file, without its bytes.
    let files = resource_file::Entity::find()
        .select_only()
        .columns([
            resource_file::Column::ResourceId,
            resource_file::Column::FileName,
            resource_file::Column::MediaType,
            resource_file::Column::SizeBytes,
        ])
        .filter(resource_file::Column::ResourceId.is_in(ids))
        .into_tuple::<(i32, String, String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, file_name, media_type, size_bytes)| {
            let format = super::files::format_name(&media_type).to_string();
            (
                id,
                FileFacts {
                    file_name,
                    format,
                    media_type,
                    size_bytes,
                },
            )
        })
        .collect();
    let org_ids: Vec<i32> = rows.iter().filter_map(|r| r.organisation_id).collect();
    let organisations = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(org_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    Ok(Related {
        languages,
        competences,
        files,
        organisations,
    })
}

pub fn card(
    row: &resource::Model,
    texts: &Texts<resource_translation::Model>,
    related: &Related,
    lang: Lang,
) -> ResourceCard {
    let (title, summary, shown) = texts
        .pick(row.id, row.original_lang, lang)
        .map(|(t, shown)| (t.title.clone(), t.summary.clone(), shown))
        .unwrap_or_else(|| (row.slug.clone(), String::new(), row.original_lang));
    ResourceCard {
        slug: row.slug.clone(),
        title,
        summary,
        lang: shown,
        kind: row.kind,
        licence: row.licence,
        organisation: row
            .organisation_id
            .and_then(|id| related.organisations.get(&id))
            .map(|o| (o.slug.clone(), o.name.clone())),
        logo: row
            .organisation_id
            .and_then(|id| related.organisations.get(&id))
            .map(crate::ui::picture::Logo::of),
        languages: related.languages.get(&row.id).cloned().unwrap_or_default(),
        file: related.files.get(&row.id).cloned(),
        external_url: row.external_url.clone(),
        published_on: row.published_at.date_naive().to_string(),
    }
}

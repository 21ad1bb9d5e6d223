//! `sitemap.xml`: every public page, with its alternates in the other languages.

use crate::content::ContentStatus;
use crate::entities::{interview, job_profile, offer, organisation, pathway, resource, webinar};
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

/// The slugs of the published rows of one content type.
async fn published_slugs<E: EntityTrait>(
    db: &impl ConnectionTrait,
    slug: E::Column,
    status: E::Column,
) -> Result<Vec<String>, DbErr> {
    E::find()
        .select_only()
        .column(slug)
        .filter(status.eq(ContentStatus::Published))
        .into_tuple()
        .all(db)
        .await
}

/// The paths (without language prefix) of every public page: one query per content type.
pub async fn public_paths(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    let mut paths: Vec<String> = [
        "",
        "jobs",
        "interviews",
        "organisations",
        "offers",
        "pathways",
        "resources",
        "webinars",
        "privacy",
        "accessibility",
        "legal",
    ]
    .iter()
    .map(|p| (*p).to_string())
    .collect();
    let sections = [
        (
            "jobs",
            published_slugs::<job_profile::Entity>(
                db,
                job_profile::Column::Slug,
                job_profile::Column::Status,
            )
            .await?,
        ),
        (
            "interviews",
            published_slugs::<interview::Entity>(db, interview::Column::Slug, interview::Column::Status)
                .await?,
        ),
        (
            "organisations",
            published_slugs::<organisation::Entity>(
                db,
                organisation::Column::Slug,
                organisation::Column::Status,
            )
            .await?,
        ),
        (
            "offers",
            published_slugs::<offer::Entity>(db, offer::Column::Slug, offer::Column::Status).await?,
        ),
        (
            "pathways",
            published_slugs::<pathway::Entity>(db, pathway::Column::Slug, pathway::Column::Status).await?,
        ),
        (
            "resources",
            published_slugs::<resource::Entity>(db, resource::Column::Slug, resource::Column::Status).await?,
        ),
        (
            "webinars",
            published_slugs::<webinar::Entity>(db, webinar::Column::Slug, webinar::Column::Status).await?,
        ),
    ];
    for (section, slugs) in sections {
        paths.extend(slugs.into_iter().map(|slug| format!("{section}/{slug}")));
    }
    Ok(paths)
}

/// Escapes text for XML.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The sitemap document: one `<url>` per page and language, each listing every alternate.
pub fn render(origin: &str, paths: &[String]) -> String {
    let origin = xml(origin.trim_end_matches('/'));
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for path in paths {
        let path = xml(path);
        for lang in Lang::ALL {
            out.push_str(&format!("<url><loc>{origin}/{}/{path}</loc>", lang.code()));
            for alt in Lang::ALL {
                out.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{origin}/{code}/{path}\"/>",
                    code = alt.code()
                ));
            }
            out.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{origin}/en/{path}\"/></url>\n"
            ));
        }
    }
    out.push_str("</urlset>\n");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_every_language_with_alternates() {
        let xml = super::render("https://a.test/", &["jobs/x".to_string()]);
        assert_eq!(xml.matches("<url>").count(), 4);
        assert_eq!(xml.matches("hreflang=").count(), 20);
        assert!(xml.contains("<loc>https://a.test/fr/jobs/x</loc>"));
    }
}

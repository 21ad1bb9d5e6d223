//! `sitemap.xml`: every public page, with its alternates in the other languages.

use crate::entities::{interview, job_profile, organisation};
use crate::i18n::Lang;
use crate::jobs::service::PUBLISHED;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

/// The paths (without language prefix) of every public page: 4 queries.
pub async fn public_paths(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    let mut paths: Vec<String> = ["", "jobs", "interviews", "organisations"]
        .iter()
        .map(|p| (*p).to_string())
        .collect();
    let jobs: Vec<String> = job_profile::Entity::find()
        .select_only()
        .column(job_profile::Column::Slug)
        .filter(job_profile::Column::Status.eq(PUBLISHED))
        .into_tuple()
        .all(db)
        .await?;
    paths.extend(jobs.into_iter().map(|s| format!("jobs/{s}")));
    let interviews: Vec<String> = interview::Entity::find()
        .select_only()
        .column(interview::Column::Slug)
        .filter(interview::Column::Status.eq(PUBLISHED))
        .into_tuple()
        .all(db)
        .await?;
    paths.extend(interviews.into_iter().map(|s| format!("interviews/{s}")));
    let organisations: Vec<String> = organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Slug)
        .filter(organisation::Column::Status.eq(PUBLISHED))
        .into_tuple()
        .all(db)
        .await?;
    paths.extend(organisations.into_iter().map(|s| format!("organisations/{s}")));
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

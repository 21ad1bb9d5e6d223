//! Publishing for partner organisations: today, the organisations an editor publishes for
//! (offers, webinars and interviews with moderation come with their issues).

use crate::error::AppError;
use crate::i18n::{t, use_lang};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

/// (slug, name) of the organisations the signed-in editor publishes for (all of them for an
/// administrator).
#[server(prefix = "/_server")]
pub async fn my_organisations() -> Result<Vec<(String, String)>, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    use crate::entities::organisation;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let db = crate::state::db()?;
    let mut query = organisation::Entity::find().order_by_asc(organisation::Column::Name);
    if viewer.role != crate::auth::model::Role::Admin {
        query = query.filter(organisation::Column::Id.is_in(viewer.organisation_ids));
    }
    Ok(query
        .all(&db)
        .await?
        .into_iter()
        .map(|o| (o.slug, o.name))
        .collect())
}

/// `/{lang}/publish`.
#[component]
pub fn PublishPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle title=t("publish-title")/>
        <h1>{t("publish-title")}</h1>
        <p>{t("publish-intro")}</p>
        {load_page(my_organisations, move |orgs| {
            if orgs.is_empty() {
                return view! { <p>{t("publish-none")}</p> }.into_any();
            }
            view! {
                <ul>
                    {orgs
                        .into_iter()
                        .map(|(slug, name)| {
                            view! { <li><a href=Route::Organisation(&slug).at(lang)>{name}</a></li> }
                        })
                        .collect_view()}
                </ul>
            }
                .into_any()
        })}
    }
}

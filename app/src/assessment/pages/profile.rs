//! `/{lang}/assessment/profile`: the competence profile per area and competence, as a chart
//! and as a table saying where each level comes from; printable and downloadable as JSON.

use super::chart::ProfileChart;
use crate::assessment::api::get_profile;
use crate::assessment::model::{LevelSource, ProfileArea, ProfilePage};
use crate::i18n::{t, t_args, use_lang};
use crate::pathways::pages::resume::ResumeCodeNote;
use crate::ui::dates::long_date;
use crate::ui::fallback_notice::lang_attr;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn AssessmentProfilePage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle title=t("assessment-profile-title")/>
        <h1>{t("assessment-profile-title")}</h1>
        {load_page(move || get_profile(lang), move |page| view! { <Profile page/> })}
    }
}

/// Where a level comes from, in words.
pub fn source_text(source: &LevelSource) -> AnyView {
    let lang = use_lang();
    match source {
        LevelSource::SelfAssessed(day) => {
            t_args("assessment-source-self", &[("date", long_date(day).into())]).into_any()
        }
        LevelSource::Unknown(day) => {
            t_args("assessment-source-unknown", &[("date", long_date(day).into())]).into_any()
        }
        LevelSource::Attested { badge, pathway } => view! {
            {t("assessment-source-badge")} " "
            <a href=Route::Badge(badge).at(lang)>{pathway.clone()}</a>
        }
        .into_any(),
        LevelSource::NotAnswered => t("assessment-source-none").into_any(),
    }
}

fn area_table(area: ProfileArea) -> impl IntoView {
    let rows = area
        .rows
        .into_iter()
        .map(|row| {
            let level = match (row.level, row.band.clone()) {
                (Some(l), Some(band)) => t_args("assessment-level-band", &[("n", i64::from(l).into()), ("band", band.into())]),
                (Some(l), None) => t_args("assessment-level", &[("n", i64::from(l).into())]),
                (None, _) => t("assessment-level-none"),
            };
            view! {
                <tr>
                    <th scope="row"><span class="code">{row.code.clone()}</span> " " <span lang=lang_attr(row.title_lang)>{row.title.clone()}</span></th>
                    <td>{level}</td>
                    <td>{source_text(&row.source)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="profile-table">
            <caption>{area.code.clone()} " " {area.title.clone()}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("assessment-col-competence")}</th>
                    <th scope="col">{t("assessment-col-level")}</th>
                    <th scope="col">{t("assessment-col-source")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[component]
fn Profile(page: ProfilePage) -> impl IntoView {
    let lang = use_lang();
    let replaced = page
        .replaced
        .then(|| view! { <p class="notice" role="note">{t("assessment-replaced-notice")}</p> });
    if !page.has_profile {
        return view! {
            {replaced}
            <div class="invitation">
                <p class="lead">{t("assessment-profile-empty")}</p>
                <p><a class="button" href=Route::Assessment.at(lang)>{t("assessment-start")}</a></p>
            </div>
        }
        .into_any();
    }
    let tables = page.areas.clone().into_iter().map(area_table).collect_view();
    view! {
        {replaced}
        <p class="lead">{t("assessment-profile-intro")}</p>
        <p class="small">{t_args("assessment-framework", &[("framework", page.framework.name.clone().into())])}</p>
        <ul class="actions-inline no-print">
            <li><a href=Route::AssessmentResults.at(lang)>{t("assessment-results-link")}</a></li>
            <li><a href=Route::Assessment.at(lang)>{t("assessment-change")}</a></li>
            <li><a href=Route::AssessmentProfileJson.at(lang) download="competence-profile.json">{t("assessment-download")}</a></li>
        </ul>
        <p class="small no-print">{t("assessment-print-hint")}</p>
        <ProfileChart areas=page.areas.clone() top_level=page.top_level/>
        <h2>{t("assessment-profile-table")}</h2>
        {tables}
        <div class="no-print">
            <ResumeCodeNote code=page.resume_code.clone() back=Route::AssessmentProfile.at(lang)/>
        </div>
    }
    .into_any()
}

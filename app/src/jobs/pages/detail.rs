//! `/{lang}/jobs/{slug}`: one job profile.

use crate::catalogue::codes::org_kind_key;
use crate::i18n::{t, t_args, use_lang};
use crate::interviews::pages::card::InterviewCardItem;
use crate::islands::copy_link::CopyLink;
use crate::jobs::api::get_job;
use crate::jobs::model::JobDetail;
use crate::jobs::pages::list::JobCardItem;
use crate::ui::fallback_notice::{lang_attr, FallbackNotice};
use crate::ui::json_ld::JsonLd;
use crate::ui::layout::public_origin;
use crate::ui::level::CompetenceItem;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The route component.
#[component]
pub fn JobPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    let lang = use_lang();
    load_page(move || get_job(lang, slug), |job| view! { <JobView job/> })
}

#[component]
fn JobView(job: JobDetail) -> impl IntoView {
    let lang = use_lang();
    let shown = lang_attr(job.lang);
    let base = format!("/{}", lang.code());
    let mut json_ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Occupation",
        "@id": format!("{}{base}/jobs/{}", public_origin(), job.slug),
        "name": job.title,
        "description": job.summary,
        "inLanguage": job.lang.code(),
        "responsibilities": job.missions,
        "skills": job.competences.iter().map(|c| format!("{} {}", c.code, c.label)).collect::<Vec<_>>(),
    });
    if let Some(uri) = &job.esco_uri {
        json_ld["sameAs"] = serde_json::Value::String(uri.clone());
    }
    view! {
        <JsonLd data=json_ld/>
        <PageTitle title=job.title.clone()/>
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=Route::Jobs.at(lang)>{t("nav-jobs")}</a>
        </nav>
        <FallbackNotice shown=job.lang propose=Some(Route::ProposeTranslation(crate::content::ContentKind::JobProfile, &job.slug).at(lang))/>
        <h1 lang=shown>{job.title.clone()}</h1>
        <p class="lead" lang=shown>{job.summary.clone()}</p>
        <CopyLink label=t("copy-link") done=t("copy-link-done")/>

        <section aria-labelledby="missions">
            <h2 id="missions">{t("jobs-missions")}</h2>
            <ul lang=shown>{job.missions.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
        </section>

        <section aria-labelledby="competences">
            <h2 id="competences">{t("jobs-competences")}</h2>
            <ul class="competence-list">
                {job
                    .competences
                    .into_iter()
                    .map(|c| view! { <CompetenceItem code=c.code label=c.label label_lang=c.label_lang area=c.area level=c.target/> })
                    .collect_view()}
            </ul>
            <p class="small">{t_args("jobs-framework-note", &[("framework", job.framework.clone().into())])}</p>
        </section>
        <crate::assessment::pages::gap_box::GapBoxSection gaps=job.gaps.clone()/>

        <section aria-labelledby="employers">
            <h2 id="employers">{t("jobs-employers")}</h2>
            <p lang=shown>{job.employers.clone()}</p>
            <ul class="tags">
                {job
                    .employer_kinds
                    .into_iter()
                    .map(|kind| {
                        view! {
                            <li>
                                <a class="tag" href=format!("{base}/organisations?kind={kind}")>{t(&org_kind_key(&kind))}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>

        <section aria-labelledby="routes">
            <h2 id="routes">{t("jobs-routes")}</h2>
            <ul lang=shown>{job.routes.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            {job.esco_uri.map(|uri| view! { <p><a href=uri>{t("jobs-esco")}</a></p> })}
        </section>

        <crate::pathways::pages::card::PathwaysTowards pathways=job.pathways.clone()/>
        <crate::offers::pages::card::OpenOffers offers=job.offers.clone()/>
        <crate::webinars::pages::card::NextWebinars webinars=job.webinars.clone()/>
        <section aria-labelledby="interviews">
            <h2 id="interviews">{t("jobs-interviews")}</h2>
            {if job.interviews.is_empty() {
                view! { <p>{t("jobs-no-interviews")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {job.interviews.into_iter().map(|card| view! { <InterviewCardItem card heading=3/> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>

        {(!job.related.is_empty()).then(|| view! {
            <section aria-labelledby="related">
                <h2 id="related">{t("jobs-related")}</h2>
                <ul class="cards">
                    {job.related.into_iter().map(|card| view! { <JobCardItem card heading=3/> }).collect_view()}
                </ul>
            </section>
        })}
    }
}

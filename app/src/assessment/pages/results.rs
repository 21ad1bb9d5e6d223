//! `/{lang}/assessment/results`: the closest job profiles, the open offers already matched
//! (with a GET filter form), and the pathways with the most gain for the least time — each
//! place explained in words.

use super::gap_box::duration;
use crate::assessment::api::get_results;
use crate::assessment::model::{Fit, ResultsPage};
use crate::catalogue::codes::country_key;
use crate::i18n::{t, t_args, use_lang};
use crate::offers::codes::key;
use crate::offers::pages::card::OfferCardItem;
use crate::ui::fallback_notice::lang_attr;
use crate::ui::filters::IgnoredNotice;
use crate::ui::layout::request_path_and_query;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn AssessmentResultsPage() -> impl IntoView {
    let (_, query) = request_path_and_query();
    let lang = use_lang();
    view! {
        <PageTitle title=t("assessment-results-title")/>
        <h1>{t("assessment-results-title")}</h1>
        {load_page(move || get_results(lang, query), move |page| view! { <Results page/> })}
    }
}

/// "You meet 5 of the 6 competences this job asks for (2 levels to go on the others)."
fn explained(key: &str, fit: &Fit) -> String {
    t_args(
        key,
        &[
            ("meets", (fit.meets as i64).into()),
            ("total", (fit.total as i64).into()),
            ("short", i64::from(fit.levels_short).into()),
        ],
    )
}

/// A select of the offer filters.
fn select(
    name: &'static str,
    label: String,
    options: Vec<(String, String)>,
    chosen: Option<String>,
) -> impl IntoView {
    let id = format!("results-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="" selected=chosen.is_none()>{t("offers-filter-any")}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let selected = chosen.as_deref() == Some(value.as_str());
                        view! { <option value=value selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn Results(page: ResultsPage) -> impl IntoView {
    let lang = use_lang();
    if !page.has_profile {
        return view! {
            <div class="invitation">
                <p class="lead">{t("assessment-results-empty")}</p>
                <p><a class="button" href=Route::Assessment.at(lang)>{t("assessment-start")}</a></p>
            </div>
        }
        .into_any();
    }
    let jobs = page
        .jobs
        .iter()
        .map(|job| {
            view! {
                <li>
                    <a lang=lang_attr(job.lang) href=Route::Job(&job.slug).at(lang)>{job.title.clone()}</a>
                    <p class="small">{explained("assessment-results-job-why", &job.fit)}</p>
                </li>
            }
        })
        .collect_view();
    let offers = page
        .offers
        .iter()
        .map(|o| {
            let why =
                view! { <p class="small fit-why">{explained("assessment-results-offer-why", &o.fit)}</p> };
            view! { <OfferCardItem card=o.card.clone() heading=3 footer=why.into_any()/> }
        })
        .collect_view();
    let pathways = page
        .pathways
        .iter()
        .map(|p| {
            view! {
                <li>
                    <a lang=lang_attr(p.lang) href=Route::Pathway(&p.slug).at(lang)>{p.title.clone()}</a>
                    <p class="small">{t_args(
                        "assessment-results-pathway-why",
                        &[("gain", i64::from(p.level).into()), ("duration", duration(p.minutes).into())],
                    )}</p>
                </li>
            }
        })
        .collect_view();
    let coded = |vocabulary: &str, codes: &[String]| -> Vec<(String, String)> {
        codes
            .iter()
            .map(|c| (c.clone(), t(&key(vocabulary, c))))
            .collect()
    };
    let countries: Vec<(String, String)> = page
        .countries
        .iter()
        .map(|c| (c.clone(), t(&country_key(c))))
        .collect();
    let search_all = Route::OffersQuery("fit=mine&sort=fit").at(lang);
    view! {
        <IgnoredNotice ignored=page.ignored.clone()/>
        <p class="lead">{t("assessment-results-intro")}</p>
        <p class="small">{t("assessment-results-how")}</p>
        <section aria-labelledby="results-jobs">
            <h2 id="results-jobs">{t("assessment-results-jobs")}</h2>
            {if page.jobs.is_empty() {
                view! { <p>{t("assessment-results-none")}</p> }.into_any()
            } else {
                view! { <ol class="ranked">{jobs}</ol> }.into_any()
            }}
        </section>
        <section aria-labelledby="results-offers">
            <h2 id="results-offers">{t("assessment-results-offers")}</h2>
            <form method="get" action=Route::AssessmentResults.at(lang) class="filters" role="search"
                aria-label=t("assessment-results-filter-label")>
                {select("kind", t("offers-filter-kind"), coded("kind", &page.kinds), page.kind.clone())}
                {select("mode", t("offers-filter-mode"), coded("mode", &page.modes), page.mode.clone())}
                {select("country", t("offers-filter-country"), countries, page.country.clone())}
                <div class="actions"><button type="submit">{t("assessment-results-filter")}</button></div>
            </form>
            <p role="status">{t_args("assessment-results-offers-count", &[("count", (page.offers_total as i64).into())])}</p>
            {if page.offers.is_empty() {
                view! { <p>{t("assessment-results-no-offer")}</p> }.into_any()
            } else {
                view! { <ol class="cards ranked">{offers}</ol> }.into_any()
            }}
            <p><a href=search_all>{t("assessment-results-offers-search")}</a></p>
        </section>
        <section aria-labelledby="results-pathways">
            <h2 id="results-pathways">{t("assessment-results-pathways")}</h2>
            {if page.pathways.is_empty() {
                view! { <p>{t("assessment-results-no-pathway")}</p> }.into_any()
            } else {
                view! { <ol class="ranked">{pathways}</ol> }.into_any()
            }}
        </section>
        <p><a href=Route::AssessmentProfile.at(lang)>{t("assessment-gap-profile-link")}</a></p>
    }
    .into_any()
}

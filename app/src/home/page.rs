//! The home page.

use super::api::{home_data, HomeSummary};
use crate::i18n::{t, t_args, use_lang};
use crate::interviews::pages::card::InterviewCardItem;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

/// The route component.
#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    load_page(move || home_data(lang), |data| view! { <HomeView data/> })
}

#[component]
fn HomeView(data: HomeSummary) -> impl IntoView {
    let lang = use_lang();
    let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    view! {
        <PageTitle title=t("home-title")/>
        <section class="hero" aria-labelledby="home-title">
            <h1 id="home-title">{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
            <p>{t("home-what")}</p>
        </section>
        <section aria-labelledby="home-who">
            <h2 id="home-who">{t("home-who-title")}</h2>
            <ul class="audience">
                <li>{t("home-who-learners")}</li>
                <li>{t("home-who-changers")}</li>
                <li>{t("home-who-partners")}</li>
            </ul>
        </section>
        <section aria-labelledby="home-explore">
            <h2 id="home-explore">{t("home-explore-title")}</h2>
            <ul class="cards entry-points">
                <li class="card">
                    <h3><a href=Route::Assessment.at(lang)>{t("nav-assessment")}</a></h3>
                    <p>{t("home-assessment-text")}</p>
                </li>
                <li class="card">
                    <h3><a href=Route::Pathways.at(lang)>{t("nav-pathways")}</a></h3>
                    <p>{t("home-pathways-text")}</p>
                    <p class="small"><a href=Route::Resume.at(lang)>{t("pathways-have-code")}</a></p>
                </li>
                <li class="card">
                    <h3><a href=Route::Offers.at(lang)>{t("nav-offers")}</a></h3>
                    <p>{t("home-offers-text")}</p>
                </li>
                <li class="card">
                    <h3><a href=Route::Jobs.at(lang)>{t("nav-jobs")}</a></h3>
                    <p>{t("home-jobs-text")}</p>
                    <p class="small">{t_args("jobs-count", &[("count", count(data.jobs).into())])}</p>
                </li>
                <li class="card">
                    <h3><a href=Route::Interviews.at(lang)>{t("nav-interviews")}</a></h3>
                    <p>{t("home-interviews-text")}</p>
                    <p class="small">{t_args("interviews-count", &[("count", count(data.interviews).into())])}</p>
                </li>
                <li class="card">
                    <h3><a href=Route::Organisations.at(lang)>{t("nav-organisations")}</a></h3>
                    <p>{t("home-organisations-text")}</p>
                    <p class="small">{t_args("organisations-count", &[("count", count(data.organisations).into())])}</p>
                </li>
            </ul>
        </section>
        <crate::webinars::pages::card::NextWebinars webinars=data.webinars.clone()/>
        {(!data.latest.is_empty()).then(|| view! {
            <section aria-labelledby="home-latest">
                <h2 id="home-latest">{t("home-latest-title")}</h2>
                <ul class="cards">
                    {data.latest.into_iter().map(|card| view! { <InterviewCardItem card heading=3/> }).collect_view()}
                </ul>
            </section>
        })}
    }
}

//! `/{lang}/webinars`: upcoming webinars first (soonest first), then past ones with their
//! replays; filters in a GET form (language spoken, competence, organisation, job profile,
//! upcoming or past, accessibility); times in the reader's zone, named.

use crate::i18n::{t, t_args, use_lang, Lang};
use crate::ui::alternatives::AlternativesNotice;
use crate::ui::filters::{
    chips_of, ActiveChips, Choice, FilterForm, IgnoredNotice, ResultCount, Results, SelectFilter,
};
use crate::ui::layout::request_path_and_query;
use crate::ui::list_frame::results_title;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use crate::webinars::api::list_webinars;
use crate::webinars::model::WebinarListPage;
use crate::webinars::pages::card::WebinarCardItem;
use leptos::prelude::*;

#[component]
pub fn WebinarsPage() -> impl IntoView {
    let (_, query) = request_path_and_query();
    let lang = use_lang();
    load_page(
        move || list_webinars(lang, query),
        |page| view! { <WebinarsList page/> },
    )
}

fn choice(value: &str, key: &str) -> Choice {
    Choice {
        value: value.to_string(),
        label: t(key),
    }
}

#[component]
fn WebinarsList(page: WebinarListPage) -> impl IntoView {
    let lang = use_lang();
    let filters = vec![
        SelectFilter {
            name: "when",
            label: t("webinars-filter-when"),
            any_label: t("webinars-filter-when-any"),
            options: vec![
                choice("upcoming", "webinars-upcoming"),
                choice("past", "webinars-past-title"),
            ],
            selected: page.when,
        },
        SelectFilter {
            name: "lang",
            label: t("webinars-filter-lang"),
            any_label: t("webinars-filter-lang-any"),
            options: Lang::ALL
                .iter()
                .map(|l| Choice {
                    value: l.code().into(),
                    label: t(&l.endonym_key()),
                })
                .collect(),
            selected: page.spoken,
        },
        SelectFilter {
            name: "competence",
            label: t("webinars-filter-competence"),
            any_label: t("webinars-filter-competence-any"),
            options: page.competences,
            selected: page.competence,
        },
        SelectFilter {
            name: "job",
            label: t("webinars-filter-job"),
            any_label: t("webinars-filter-job-any"),
            options: page.jobs,
            selected: page.job,
        },
        SelectFilter {
            name: "organisation",
            label: t("webinars-filter-organisation"),
            any_label: t("webinars-filter-organisation-any"),
            options: page.organisations,
            selected: page.organisation,
        },
        SelectFilter {
            name: "access",
            label: t("webinars-filter-access"),
            any_label: t("webinars-filter-access-any"),
            options: vec![
                choice("captions", "webinars-access-captions"),
                choice("sign_language", "webinars-access-sign-language"),
                choice("transcript", "webinars-access-transcript"),
            ],
            selected: page.access,
        },
    ];
    let path = Route::Webinars.at(lang);
    let feed_query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(page.applied.iter().filter(|(k, _)| k != "when"))
        .finish();
    let feed = if feed_query.is_empty() {
        Route::WebinarsFeed.at(lang)
    } else {
        format!("{}?{feed_query}", Route::WebinarsFeed.at(lang))
    };
    let title = t("webinars-title");
    let section = |heading: String,
                   id: &'static str,
                   cards: Vec<crate::webinars::model::WebinarCard>,
                   empty: String| {
        let count = cards.len() as i64;
        view! {
            <section aria-labelledby=id>
                <h2 id=id>{heading} " " <span class="count">{t_args("webinars-count", &[("count", count.into())])}</span></h2>
                {if cards.is_empty() {
                    view! { <p class="empty">{empty}</p> }.into_any()
                } else {
                    view! { <ul class="cards">{cards.into_iter().map(|card| view! { <WebinarCardItem card/> }).collect_view()}</ul> }.into_any()
                }}
            </section>
        }
    };
    let total = (page.upcoming.len() + page.past.len()) as u64;
    let info = crate::catalogue::query::PageInfo {
        page: 1,
        pages: 1,
        total,
    };
    let words = Some((t("webinars-search"), page.q.clone()));
    let chips = chips_of(&path, words.clone(), &filters, &page.applied);
    let document_title = results_title(
        &title,
        "webinars-count",
        &info,
        Some(page.q.as_str()),
        !page.applied.is_empty(),
    );
    view! {
        <PageTitle title=document_title/>
        <h1>{title}</h1>
        <p class="lead">{t("webinars-intro")}</p>
        <p class="small">{t_args("webinars-zone-note", &[("zone", page.zone.clone().into())])}</p>
        <IgnoredNotice ignored=page.ignored/>
        <FilterForm filters clear_href=path.clone() active=!page.applied.is_empty() search=words/>
        <ResultCount key="webinars-count" total/>
        <ActiveChips chips clear_href=path/>
        <AlternativesNotice alternatives=page.alternatives.clone()/>
        <Results>
            {section(t("webinars-upcoming"), "upcoming-title", page.upcoming, t("webinars-none-upcoming"))}
            {section(t("webinars-past-title"), "past-title", page.past, t("webinars-none-past"))}
        </Results>
        <p><a href=feed type="application/atom+xml">{t("webinars-feed")}</a></p>
    }
}

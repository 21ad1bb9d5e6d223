//! `/{lang}/interviews/{slug}`: one portrait.

use crate::catalogue::codes::country_key;
use crate::i18n::{t, t_args, use_lang};
use crate::interviews::api::get_interview;
use crate::interviews::model::InterviewDetail;
use crate::islands::copy_link::CopyLink;
use crate::ui::dates::long_date;
use crate::ui::fallback_notice::{lang_attr, FallbackNotice};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::ui::picture::Portrait;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The route component.
#[component]
pub fn InterviewPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    let lang = use_lang();
    load_page(
        move || get_interview(lang, slug),
        |interview| view! { <InterviewView interview/> },
    )
}

#[component]
fn InterviewView(interview: InterviewDetail) -> impl IntoView {
    let lang = use_lang();
    let card = interview.card;
    let shown = lang_attr(card.lang);
    let organisation = card.organisation.clone().map(|o| {
        view! { <a href=Route::Organisation(&o.slug).at(lang)>{o.title}</a> }
    });
    let job = card.job_profile.clone().map(|j| {
        view! {
            <p class="see-also">
                {t("interviews-job-link")}" "
                <a href=Route::Job(&j.slug).at(lang) lang=lang_attr(j.lang)>{j.title}</a>
            </p>
        }
    });
    view! {
        <PageTitle title=t_args(
            "interviews-page-title",
            &[("person", card.person_name.clone().into()), ("title", card.title.clone().into())],
        )/>
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=Route::Interviews.at(lang)>{t("nav-interviews")}</a>
        </nav>
        <FallbackNotice shown=card.lang propose=Some(Route::ProposeTranslation(crate::content::ContentKind::Interview, &card.slug).at(lang))/>
        <article class="interview">
            <h1 lang=shown>{card.title.clone()}</h1>
            {card.portrait.clone().map(|picture| view! {
                <Portrait picture name=card.person_name.clone() size=96 eager=true/>
            })}
            <p class="byline">
                <strong>{card.person_name.clone()}</strong>", "<span lang=shown>{card.role.clone()}</span>
                {organisation.map(|o| view! { " · " {o} })}" · "{t(&country_key(&card.country))}" · "
                <time datetime=card.published_on.clone()>{long_date(&card.published_on)}</time>
            </p>
            <CopyLink label=t("copy-link") done=t("copy-link-done")/>
            <blockquote class="pull-quote" lang=shown>
                <p>{card.quote.clone()}</p>
            </blockquote>
            <div class="prose" lang=shown inner_html=interview.body_html></div>
            {job}
        </article>
        <crate::webinars::pages::card::NextWebinars webinars=interview.webinars.clone()/>
    }
}

//! `/{lang}/webinars/{slug}`: when it takes place in the reader's zone (named; the organiser's
//! beside it when different; a GET form to pick another zone, remembered), what it is about,
//! who speaks (linked to their interview or organisation), seats, language, accessibility, the
//! competences, job profiles and pathway steps it relates to; once past, the replay and the
//! transcript on the page. The public calendar file never holds the join link.

use crate::i18n::{t, t_args, use_lang};
use crate::ui::fallback_notice::{lang_attr, FallbackNotice};
use crate::ui::json_ld::JsonLd;
use crate::ui::layout::public_origin;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use crate::webinars::api::get_webinar;
use crate::webinars::model::WebinarDetail;
use crate::webinars::pages::card::{provisions, seats_text};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn WebinarPage() -> impl IntoView {
    let lang = use_lang();
    let slug = use_params_map()
        .with_untracked(|p| p.get("slug"))
        .unwrap_or_default();
    load_page(
        move || get_webinar(lang, slug.clone()),
        |detail| view! { <WebinarView detail/> },
    )
}

#[component]
fn WebinarView(detail: WebinarDetail) -> impl IntoView {
    let lang = use_lang();
    let card = detail.card.clone();
    let shown = lang_attr(card.lang);
    let url = format!("{}{}", public_origin(), Route::Webinar(&card.slug).at(lang));
    let organiser_url = card
        .organisation
        .as_ref()
        .map(|(slug, _)| format!("{}{}", public_origin(), Route::Organisation(slug).at(lang)));
    let json_ld = crate::webinars::json_ld::of(&detail, &url, organiser_url.as_deref());
    let access = provisions(&card);
    let seats = card.upcoming.then(|| {
        let capacity = detail
            .capacity
            .map(|c| view! { " " {t_args("webinars-capacity", &[("count", i64::from(c).into())])} });
        view! { <dt>{t("webinars-seats")}</dt> <dd>{seats_text(card.seats)} {capacity}</dd> }
    });
    let zone_form = (!detail.zone_from_account).then(|| {
        let options = detail
            .zones
            .iter()
            .map(|(value, label)| {
                let selected = *value == detail.zone;
                view! { <option value=value.clone() selected=selected>{label.clone()}</option> }
            })
            .collect_view();
        view! {
            <form method="get" action=Route::Webinar(&card.slug).at(lang) class="zone-form">
                <label for="field-tz">{t("webinars-zone-pick")}</label>
                <select id="field-tz" name="tz">{options}</select>
                <button type="submit" class="button button-secondary">{t("webinars-zone-show")}</button>
            </form>
        }
    });
    let speakers = detail
        .speakers
        .iter()
        .map(|s| {
            let name = match &s.href {
                Some(href) => view! { <a href=href.clone()>{s.name.clone()}</a> }.into_any(),
                None => view! { <span>{s.name.clone()}</span> }.into_any(),
            };
            view! { <li>{name} ", " <span lang=lang_attr(s.role_lang)>{s.role.clone()}</span></li> }
        })
        .collect_view();
    let related = (!detail.competences.is_empty() || !detail.job_profiles.is_empty() || !detail.pathway_steps.is_empty()).then(|| {
        view! {
            <section aria-labelledby="related-title">
                <h2 id="related-title">{t("webinars-related")}</h2>
                <ul>
                    {detail.competences.iter().map(|(code, label)| view! { <li>{t("webinars-competence")} " " {code.clone()} " " {label.clone()}</li> }).collect_view()}
                    {detail.job_profiles.iter().map(|(slug, title)| view! { <li>{t("webinars-job")} " " <a href=Route::Job(slug).at(lang)>{title.clone()}</a></li> }).collect_view()}
                    {detail.pathway_steps.iter().map(|(slug, title, n)| view! {
                        <li><a href=Route::Step(slug, *n).at(lang)>{t_args("webinars-pathway-step", &[("pathway", title.clone().into()), ("n", i64::from(*n).into())])}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    let replay = detail.replay_url.clone().map(|href| {
        view! { <p><a class="button" href=href>{t("webinars-watch-replay")}</a></p> }
    });
    let transcript = detail.transcript_html.clone().map(|html| {
        view! {
            <section aria-labelledby="transcript-title">
                <h2 id="transcript-title">{t("webinars-transcript")}</h2>
                <div class="prose" inner_html=html></div>
            </section>
        }
    });
    let register = card.upcoming.then(|| view! { <Register detail=detail.clone()/> });
    view! {
        <JsonLd data=json_ld/>
        <PageTitle title=card.title.clone()/>
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=Route::Webinars.at(lang)>{t("nav-webinars")}</a>
        </nav>
        <h1 lang=shown>{card.title.clone()}</h1>
        <FallbackNotice shown=card.lang/>
        <p class="lead"><time datetime=card.starts_at.clone()>{card.when.clone()}</time></p>
        {card.own_when.clone().map(|own| view! { <p class="small">{t_args("webinars-own-zone", &[("when", own.into())])}</p> })}
        {zone_form}
        <dl class="facts">
            {card.organisation.clone().map(|(slug, name)| view! { <dt>{t("webinars-organiser")}</dt> <dd><a href=Route::Organisation(&slug).at(lang)>{name}</a></dd> })}
            <dt>{t("webinars-language")}</dt>
            <dd>{t(&format!("lang-name-{}", card.spoken.code()))}</dd>
            <dt>{t("webinars-length")}</dt>
            <dd>{t_args("webinars-minutes", &[("minutes", i64::from(card.duration_minutes).into())])}</dd>
            {seats}
            {(!access.is_empty()).then(|| view! { <dt>{t("webinars-access")}</dt> <dd>{access.join(", ")}</dd> })}
        </dl>
        {register}
        {replay}
        <p><a href=Route::WebinarCalendar(&card.slug).at(lang)>{t("webinars-add-to-calendar")}</a></p>
        <div class="prose" lang=shown inner_html=detail.description_html.clone()></div>
        {(!detail.speakers.is_empty()).then(|| view! {
            <section aria-labelledby="speakers-title">
                <h2 id="speakers-title">{t("webinars-speakers")}</h2>
                <ul>{speakers}</ul>
            </section>
        })}
        {related}
        {transcript}
    }
}

/// Registering: one click when signed in, an e-mail address otherwise; the reader's own
/// registration when they have one; nothing once registration closed.
#[component]
fn Register(detail: WebinarDetail) -> impl IntoView {
    use crate::ui::form::{FormErrors, FormState, PostForm, TextField};
    use crate::webinars::codes::RegistrationStatus;
    use crate::webinars::model::Seats;
    let lang = use_lang();
    let form = FormState::current();
    let action = format!("{}/register", Route::Webinar(&detail.card.slug).at(lang));
    let button = match detail.card.seats {
        Seats::WaitingList => t("webinars-join-waiting-list"),
        _ => t("webinars-register"),
    };
    let cancel_action = format!("{}/cancel", Route::Webinar(&detail.card.slug).at(lang));
    let cancel = move || {
        view! {
            <PostForm form=FormState::current() action=cancel_action.clone() fields=&[] class="actions">
                <button type="submit" class="button button-danger">{t("webinars-cancel")}</button>
            </PostForm>
        }
    };
    let upcoming = detail.card.upcoming;
    let body = match (detail.card.seats, detail.mine.clone()) {
        (_, Some(mine)) if mine.status == RegistrationStatus::Waiting => view! {
            <p class="notice" role="note">{t_args("webinars-your-place", &[("place", (mine.place as i64).into())])}</p>
            {upcoming.then(cancel)}
        }
        .into_any(),
        (_, Some(mine)) if mine.status != RegistrationStatus::Cancelled => {
            let join = match mine.join_url {
                Some(href) => view! { <p><a class="button" href=href>{t("webinars-join")}</a></p> }.into_any(),
                None if upcoming => view! { <p>{t("webinars-join-later")}</p> }.into_any(),
                None => ().into_any(),
            };
            view! {
                <p class="notice" role="note">{t("webinars-you-have-a-seat")} " " {t("webinars-mine-on-account")}</p>
                {join}
                {upcoming.then(cancel)}
            }
            .into_any()
        }
        (Seats::Closed, _) => view! {
            <FormErrors form=form.clone() fields=&[] form_errors=true/>
            <p>{t("webinars-seats-closed")}</p>
        }
        .into_any(),
        _ if detail.signed_in => view! {
            <PostForm form=form.clone() action=action fields=&["email"] form_errors=true>
                <p><button type="submit" class="button">{button}</button></p>
            </PostForm>
        }
        .into_any(),
        _ => view! {
            <PostForm form=form.clone() action=action fields=&["email"] form_errors=true class="stack-form">
                <TextField form=form.clone() name="email" kind="email" autocomplete="email" label=t("webinars-email") hint=t("webinars-email-hint") required=true/>
                <p><button type="submit" class="button">{button}</button></p>
            </PostForm>
        }
        .into_any(),
    };
    view! {
        <section id="register" aria-labelledby="register-title" class="register">
            <h2 id="register-title">{t("webinars-register-title")}</h2>
            {body}
        </section>
    }
}

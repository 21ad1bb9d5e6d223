//! `/{lang}/account/webinars`: the webinars with a seat, waiting (with the place), past (with
//! the replay), and the private calendar's address with a button to give it a new one.

use crate::accounts::api::account_webinars;
use crate::accounts::pages::AccountCrumb;
use crate::i18n::{t, t_args, use_lang};
use crate::ui::fallback_notice::lang_attr;
use crate::ui::form::{FormState, PostForm};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use crate::webinars::model::{MyWebinars, WebinarCard};
use leptos::prelude::*;

/// One webinar of the lists: its title linked to its page, when, and what it is for the person.
fn item(card: WebinarCard, note: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li>
            <a lang=lang_attr(card.lang) href=Route::Webinar(&card.slug).at(lang)>{card.title.clone()}</a>
            " — " <time datetime=card.starts_at.clone()>{card.when.clone()}</time>
            {(!note.is_empty()).then(|| view! { " · " <strong>{note}</strong> })}
        </li>
    }
}

#[component]
pub fn MyWebinarsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle title=t("webinars-mine-title")/>
        <AccountCrumb/>
        <h1>{t("webinars-mine-title")}</h1>
        {load_page(move || account_webinars(lang), |mine| view! { <MyWebinarsList mine/> })}
    }
}

#[component]
fn MyWebinarsList(mine: MyWebinars) -> impl IntoView {
    let lang = use_lang();
    let empty = mine.upcoming.is_empty() && mine.waiting.is_empty() && mine.past.is_empty();
    let list = |title: String, items: Vec<AnyView>| {
        (!items.is_empty()).then(|| view! { <h2>{title}</h2> <ul class="plain-list">{items}</ul> })
    };
    let upcoming = list(
        t("webinars-mine-upcoming"),
        mine.upcoming
            .into_iter()
            .map(|c| item(c, String::new()).into_any())
            .collect(),
    );
    let waiting = list(
        t("webinars-mine-waiting"),
        mine.waiting
            .into_iter()
            .map(|(c, place)| {
                item(
                    c,
                    t_args("webinars-your-place", &[("place", (place as i64).into())]),
                )
                .into_any()
            })
            .collect(),
    );
    let past = list(
        t("webinars-mine-past"),
        mine.past
            .into_iter()
            .map(|c| {
                let note = if c.replay {
                    t("webinars-replay-available")
                } else {
                    String::new()
                };
                item(c, note).into_any()
            })
            .collect(),
    );
    view! {
        <div class="my-webinars">
            {empty.then(|| view! {
                <p>{t("webinars-mine-none")} " " <a href=Route::Webinars.at(lang)>{t("webinars-mine-browse")}</a></p>
            })}
            {upcoming}
            {waiting}
            {past}
            <h2 id="my-calendar">{t("webinars-my-calendar-title")}</h2>
            <p>{t("webinars-my-calendar-intro")}</p>
            {mine.calendar_url.clone().map(|url| view! {
                <p><label for="my-calendar-url">{t("webinars-my-calendar-address")}</label></p>
                <p><input id="my-calendar-url" type="text" readonly value=url/></p>
            })}
            <PostForm form=FormState::current() action=format!("{}/my-calendar/reset", Route::Webinars.at(lang)) fields=&[]>
                <button type="submit" class="button button-secondary">
                    {t(if mine.calendar_url.is_some() { "webinars-my-calendar-reset" } else { "webinars-my-calendar-make" })}
                </button>
            </PostForm>
        </div>
    }
}

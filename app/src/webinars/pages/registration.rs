//! `/{lang}/webinars/registration/{token}`: a registration's personal page, reached from the
//! link in its e-mail (opening it confirms a registration made with an address only): where it
//! stands, the join link from 15 minutes before the start, the calendar file, and cancelling.

use crate::i18n::{t, t_args, use_lang};
use crate::ui::form::{FormState, PostForm};
use crate::ui::form_page::FormPage;
use crate::ui::load::load_page;
use crate::web::urls::Route;
use crate::webinars::api::registration_page;
use crate::webinars::codes::RegistrationStatus;
use crate::webinars::model::RegistrationPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn WebinarRegistrationPage() -> impl IntoView {
    let lang = use_lang();
    let token = use_params_map()
        .with_untracked(|p| p.get("token"))
        .unwrap_or_default();
    load_page(
        move || registration_page(lang, token.clone()),
        |page| view! { <RegistrationView page/> },
    )
}

#[component]
fn RegistrationView(page: RegistrationPage) -> impl IntoView {
    let lang = use_lang();
    let base = format!("{}/registration/{}", Route::Webinars.at(lang), page.token);
    let status = if page.expired {
        t("webinars-registration-expired")
    } else {
        match page.status {
            RegistrationStatus::Waiting => {
                t_args("webinars-your-place", &[("place", (page.place as i64).into())])
            }
            RegistrationStatus::Confirmed => t("webinars-you-have-a-seat"),
            RegistrationStatus::Cancelled => t("webinars-you-cancelled"),
            RegistrationStatus::Pending => t("webinars-registration-pending"),
        }
    };
    let join = match (&page.join_url, page.status, page.card.upcoming) {
        (Some(href), _, _) => {
            Some(view! { <p><a class="button" href=href.clone()>{t("webinars-join")}</a></p> }.into_any())
        }
        (None, RegistrationStatus::Confirmed, true) => {
            Some(view! { <p>{t("webinars-join-later")}</p> }.into_any())
        }
        _ => None,
    };
    let live = !page.expired && page.status != RegistrationStatus::Cancelled;
    let cancel = (live && page.card.upcoming).then(|| {
        view! {
            <PostForm form=FormState::current() action=format!("{base}/cancel") fields=&[] class="actions">
                <button type="submit" class="button button-danger">{t("webinars-cancel")}</button>
            </PostForm>
        }
    });
    let reminders = (live && page.card.upcoming).then(|| {
        let (text, action, button) = if page.reminders {
            (
                "webinars-reminders-on",
                "reminders-off",
                "webinars-reminders-stop",
            )
        } else {
            (
                "webinars-reminders-off",
                "reminders-on",
                "webinars-reminders-start",
            )
        };
        view! {
            <p>{t(text)}</p>
            <PostForm form=FormState::current() action=format!("{base}/{action}") fields=&[] class="actions">
                <button type="submit" class="button button-secondary">{t(button)}</button>
            </PostForm>
        }
    });
    view! {
        <FormPage title=t("webinars-registration-title")>
            <p class="lead"><a href=Route::Webinar(&page.card.slug).at(lang)>{page.card.title.clone()}</a></p>
            <p><time datetime=page.card.starts_at.clone()>{page.card.when.clone()}</time></p>
            <p class="notice" role="status">{status}</p>
            {join}
            {live.then(|| view! { <p><a href=format!("{base}/calendar.ics")>{t("webinars-add-to-calendar")}</a></p> })}
            {reminders}
            {cancel}
        </FormPage>
    }
}

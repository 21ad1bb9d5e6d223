//! `/{lang}/partner/webinars/{id}/registrations`: who registered for a webinar (name or address,
//! status, when), the attendee list as CSV, and registration closed or reopened at once.

use super::api::webinar_registrations;
use super::model::RegistrationsView;
use crate::content::ContentKind;
use crate::i18n::{t, t_args, use_lang};
use crate::ui::form::{FormState, PostForm};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn WebinarRegistrationsPage() -> impl IntoView {
    let lang = use_lang();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|raw| raw.parse::<i32>().ok())
        .unwrap_or(-1);
    load_page(
        move || webinar_registrations(lang, id),
        |view| view! { <Registrations view/> },
    )
}

#[component]
fn Registrations(view: RegistrationsView) -> impl IntoView {
    let lang = use_lang();
    let page = Route::PartnerWebinarRegistrations(view.id).at(lang);
    let title = t_args(
        "partner-registrations-title",
        &[("title", view.title.clone().into())],
    );
    let seats = match view.capacity {
        Some(capacity) => t_args(
            "partner-registrations-seats",
            &[
                ("taken", i64::from(view.seats_taken).into()),
                ("capacity", i64::from(capacity).into()),
            ],
        ),
        None => t_args(
            "partner-registrations-seats-open",
            &[("taken", i64::from(view.seats_taken).into())],
        ),
    };
    let (state, button, value) = if view.open {
        ("partner-registrations-open", "partner-registrations-close", "0")
    } else {
        (
            "partner-registrations-closed",
            "partner-registrations-reopen",
            "1",
        )
    };
    let rows = view
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{r.who.clone()}</td>
                    <td>{r.email.clone()}</td>
                    <td>{t(&r.status.label_key())}</td>
                    <td>{r.registered_at.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageTitle title=title.clone()/>
        <h1>{title}</h1>
        <p class="lead"><a href=Route::Webinar(&view.slug).at(lang)>{view.title.clone()}</a> " — " {view.when.clone()}</p>
        <p><a href=Route::PartnerItem(ContentKind::Webinar, view.id).at(lang)>{t("partner-registrations-back")}</a></p>
        <p role="status">{seats} " " {t(state)}</p>
        <PostForm form=FormState::current() action=format!("{page}/open") fields=&[] class="actions">
            <input type="hidden" name="open" value=value/>
            <button type="submit" class="button button-secondary">{t(button)}</button>
        </PostForm>
        <p><a class="button" href=format!("{page}.csv") download>{t("partner-registrations-csv")}</a></p>
        {if view.rows.is_empty() {
            view! { <p>{t("partner-registrations-none")}</p> }.into_any()
        } else {
            view! {
                // Wider than a phone: the region scrolls, and takes the focus to be scrolled by
                // keyboard.
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="registrations-caption">
                    <table>
                        <caption id="registrations-caption">{t_args("partner-registrations-count", &[("count", (view.rows.len() as i64).into())])}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("partner-registrations-column-who")}</th>
                                <th scope="col">{t("partner-registrations-column-email")}</th>
                                <th scope="col">{t("partner-registrations-column-status")}</th>
                                <th scope="col">{t("partner-registrations-column-registered-at")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
    }
}

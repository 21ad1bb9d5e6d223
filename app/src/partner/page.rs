//! `/{lang}/partner`: the organisation the reader acts for (a choice when they have several),
//! its items counted by status and by kind (each count a filter link), and the items.

use super::api::partner_overview;
use super::model::{PartnerHome, PartnerItem};
use crate::content::{ContentKind, ContentStatus};
use crate::i18n::{t, t_args, use_lang, Lang};
use crate::ui::fallback_notice::lang_attr;
use crate::ui::filters::IgnoredNotice;
use crate::ui::layout::request_path_and_query;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::ui::status_tag::StatusTag;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn PartnerPage() -> impl IntoView {
    let lang = use_lang();
    let (_, query) = request_path_and_query();
    view! {
        <PageTitle title=t("partner-title")/>
        <h1>{t("partner-title")}</h1>
        <p>{t("partner-intro")}</p>
        {load_page(move || partner_overview(lang, query), |home| view! { <PartnerSpace home/> })}
    }
}

/// The address of the partner space with these choices.
fn partner_link(lang: Lang, org: &str, status: Option<ContentStatus>, kind: Option<ContentKind>) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("org", org);
    if let Some(status) = status {
        query.append_pair("status", status.code());
    }
    if let Some(kind) = kind {
        query.append_pair("kind", kind.code());
    }
    Route::PartnerQuery(&query.finish()).at(lang)
}

#[component]
fn PartnerSpace(home: PartnerHome) -> impl IntoView {
    let lang = use_lang();
    let Some((slug, name)) = home.acting.clone() else {
        return view! { <p>{t("partner-none")}</p> }.into_any();
    };
    let (status, kind) = (home.status, home.kind);
    let chooser = (home.organisations.len() > 1).then(|| {
        let current = slug.clone();
        view! {
            <form method="get" action=Route::Partner.at(lang) class="search-form">
                <label for="partner-org">{t("partner-choose")}</label>
                <select id="partner-org" name="org">
                    {home
                        .organisations
                        .iter()
                        .map(|(s, n)| view! { <option value=s.clone() selected=*s == current>{n.clone()}</option> })
                        .collect_view()}
                </select>
                <button type="submit" class="button">{t("partner-choose-submit")}</button>
            </form>
        }
    });
    let status_links = home
        .by_status
        .iter()
        .map(|(s, count)| {
            let label = t_args(
                "partner-count",
                &[("name", t(&s.label_key()).into()), ("count", (*count as i64).into())],
            );
            let current = status == Some(*s);
            view! {
                <li>
                    <a href=partner_link(lang, &slug, Some(*s), kind) aria-current=current.then_some("page")>{label}</a>
                </li>
            }
        })
        .collect_view();
    let kind_links = home
        .by_kind
        .iter()
        .map(|(k, count)| {
            let label = t_args(
                "partner-count",
                &[("name", t(&k.plural_key()).into()), ("count", (*count as i64).into())],
            );
            let current = kind == Some(*k);
            view! {
                <li>
                    <a href=partner_link(lang, &slug, status, Some(*k)) aria-current=current.then_some("page")>{label}</a>
                </li>
            }
        })
        .collect_view();
    let filtered = status.is_some() || kind.is_some();
    let shown = t_args("partner-shown", &[("count", (home.items.len() as i64).into())]);
    view! {
        <IgnoredNotice ignored=home.ignored.clone()/>
        <p class="lead">{t_args("partner-acting-for", &[("name", name.clone().into())])}</p>
        {chooser}
        <p class="actions">
            <a class="button" href=Route::PartnerNewOffer(&slug).at(lang)>{t("partner-new-offer")}</a>
            <a class="button button-secondary" href=Route::PartnerNewResource(&slug).at(lang)>{t("partner-new-resource")}</a>
            <a class="button button-secondary" href=Route::PartnerNewWebinar(&slug).at(lang)>{t("partner-new-webinar")}</a>
            <a class="button button-secondary" href=Route::PartnerNewInterview(&slug).at(lang)>{t("partner-new-interview")}</a>
            <a class="button button-secondary" href=Route::PartnerNewPathway(&slug).at(lang)>{t("partner-new-pathway")}</a>
            <a class="button button-secondary" href=Route::PartnerJobProfiles.at(lang)>{t("partner-jobs-link")}</a>
        </p>
        <div class="partner-summary">
            <nav aria-labelledby="partner-by-status">
                <h2 id="partner-by-status">{t("partner-by-status")}</h2>
                <ul class="plain-list">{status_links}</ul>
            </nav>
            <nav aria-labelledby="partner-by-kind">
                <h2 id="partner-by-kind">{t("partner-by-kind")}</h2>
                <ul class="plain-list">{kind_links}</ul>
            </nav>
        </div>
        <h2 id="partner-items">{t("partner-items")}</h2>
        <p role="status">
            {shown}
            {filtered.then(|| view! { " " <a href=partner_link(lang, &slug, None, None)>{t("partner-show-all")}</a> })}
        </p>
        {if home.items.is_empty() {
            view! { <p>{t("partner-empty")}</p> }.into_any()
        } else {
            view! { <ItemTable items=home.items/> }.into_any()
        }}
    }
        .into_any()
}

#[component]
fn ItemTable(items: Vec<PartnerItem>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table aria-labelledby="partner-items" class="stack-table">
                <thead>
                    <tr>
                        <th scope="col">{t("partner-col-title")}</th>
                        <th scope="col">{t("partner-col-kind")}</th>
                        <th scope="col">{t("partner-col-status")}</th>
                    </tr>
                </thead>
                <tbody>{items.into_iter().map(|item| view! { <ItemRow item/> }).collect_view()}</tbody>
            </table>
        </div>
    }
}

/// One item: its title (a link to its public page once published), kind and status.
#[component]
fn ItemRow(item: PartnerItem) -> impl IntoView {
    let lang = use_lang();
    // An item with a form opens it; other kinds their public page once published.
    let public = match item.kind {
        ContentKind::Offer
        | ContentKind::Resource
        | ContentKind::Interview
        | ContentKind::Pathway
        | ContentKind::Webinar
        | ContentKind::Organisation => Some(Route::PartnerItem(item.kind, item.id).at(lang)),
        _ => item
            .status
            .is_public()
            .then(|| Route::Item(item.kind, &item.slug).at(lang)),
    };
    let title_lang = lang_attr(item.lang);
    let title = match public {
        Some(href) => view! { <a href=href lang=title_lang>{item.title}</a> }.into_any(),
        None => view! { <span lang=title_lang>{item.title}</span> }.into_any(),
    };
    view! {
        <tr>
            <th scope="row">{title}</th>
            <td>{t(&item.kind.label_key())}</td>
            <td><StatusTag status=item.status/></td>
        </tr>
    }
}

//! `/{lang}/resources/{slug}`: one resource — what it is, its licence stated, the download
//! (naming its format and size) or the link, its languages, audiences and competences.

use crate::i18n::{t, t_args, use_lang};
use crate::islands::copy_link::CopyLink;
use crate::resources::api::get_resource;
use crate::resources::model::ResourceDetail;
use crate::resources::pages::card::file_label;
use crate::ui::dates::long_date;
use crate::ui::fallback_notice::{lang_attr, FallbackNotice};
use crate::ui::json_ld::JsonLd;
use crate::ui::layout::public_origin;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ResourcePage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    let lang = use_lang();
    load_page(
        move || get_resource(lang, slug),
        |detail| view! { <ResourceView detail/> },
    )
}

#[component]
fn ResourceView(detail: ResourceDetail) -> impl IntoView {
    let lang = use_lang();
    let card = detail.card.clone();
    let shown = lang_attr(card.lang);
    let download = card
        .file
        .as_ref()
        .map(|_| Route::ResourceFile(&card.slug).at(lang));
    let url = format!("{}{}", public_origin(), Route::Resource(&card.slug).at(lang));
    let absolute_download = download.as_ref().map(|d| format!("{}{d}", public_origin()));
    let json_ld = crate::resources::json_ld::of(&detail, &url, absolute_download.as_deref());
    let get = match (&card.file, &download, &card.external_url) {
        (Some(file), Some(href), _) => Some(
            view! {
                <p>
                    <a class="button" href=href.clone() download=file.file_name.clone()>
                        {t("resources-download")}
                        <span class="sr-only">" — " {card.title.clone()}</span>
                    </a>
                    " " <span class="small">"(" {file_label(file)} ")"</span>
                </p>
            }
            .into_any(),
        ),
        (_, _, Some(link)) => Some(
            view! {
                <p>
                    <a class="button" href=link.clone() rel="external noopener">{t("resources-open-link")}</a>
                    " " <span class="small">{t("resources-external-link")}</span>
                </p>
            }
            .into_any(),
        ),
        _ => None,
    };
    let fact = |label: String, value: String| view! { <dt>{label}</dt><dd>{value}</dd> };
    let languages = card
        .languages
        .iter()
        .map(|l| t(&l.endonym_key()))
        .collect::<Vec<_>>()
        .join(", ");
    let audiences = detail
        .audiences
        .iter()
        .map(|a| t(&a.label_key()))
        .collect::<Vec<_>>()
        .join(", ");
    let organisation = card.organisation.clone().map(|(slug, name)| {
        view! { <dt>{t("resources-publisher")}</dt><dd><a href=Route::Organisation(&slug).at(lang)>{name}</a></dd> }
    });
    let competences = (!detail.competences.is_empty()).then(|| {
        view! {
            <h2>{t("resources-competences")}</h2>
            <ul>
                {detail
                    .competences
                    .iter()
                    .map(|(code, label, l)| view! { <li>{code.clone()} " " <span lang=lang_attr(*l)>{label.clone()}</span></li> })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <PageTitle title=card.title.clone()/>
        <JsonLd data=json_ld/>
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=Route::Resources.at(lang)>{t("nav-resources")}</a>
        </nav>
        <FallbackNotice shown=card.lang propose=Some(Route::ProposeTranslation(crate::content::ContentKind::Resource, &card.slug).at(lang))/>
        <article>
            <p class="card-kind">{t(&card.kind.label_key())}</p>
            <h1 lang=shown>{card.title.clone()}</h1>
            <p class="lead" lang=shown>{card.summary.clone()}</p>
            {get}
            <p class="licence">
                {t_args("resources-licence-statement", &[("licence", t(&card.licence.label_key()).into())])}
                " " <a href=card.licence.url() rel="license external">{t("resources-licence-read")}</a>
            </p>
            <dl class="facts">
                {organisation}
                {fact(t("resources-languages"), languages)}
                {(!audiences.is_empty()).then(|| fact(t("resources-audiences"), audiences.clone()))}
                {fact(t("resources-published"), long_date(&card.published_on))}
            </dl>
            <CopyLink label=t("copy-link") done=t("copy-link-done")/>
            <div class="prose" lang=shown inner_html=detail.body_html></div>
            {competences}
        </article>
    }
}

//! A resource card: kind, title, summary, publisher, languages, licence and what it links to.

use crate::i18n::{t, use_lang};
use crate::resources::model::{FileFacts, ResourceCard};
use crate::ui::fallback_notice::{lang_attr, FallbackBadge};
use crate::ui::numbers::file_size;
use crate::web::urls::Route;
use leptos::prelude::*;

/// "PDF, 1.2 MB" in the reader's language.
pub fn file_label(file: &FileFacts) -> String {
    format!("{}, {}", file.format, file_size(use_lang(), file.size_bytes))
}

#[component]
pub fn ResourceCardItem(card: ResourceCard) -> impl IntoView {
    let lang = use_lang();
    let shown = lang_attr(card.lang);
    let languages = card
        .languages
        .iter()
        .map(|l| t(&l.endonym_key()))
        .collect::<Vec<_>>()
        .join(", ");
    let what = match (&card.file, &card.external_url) {
        (Some(file), _) => Some(file_label(file)),
        (None, Some(_)) => Some(t("resources-external-link")),
        _ => None,
    };
    view! {
        <li class="card">
            <p class="card-kind">{t(&card.kind.label_key())}</p>
            <crate::ui::picture::CardHead logo=card.logo.clone()>
                <h2 lang=shown><a href=Route::Resource(&card.slug).at(lang)>{card.title.clone()}</a></h2>
            </crate::ui::picture::CardHead>
            <p lang=shown>{card.summary.clone()}</p>
            <p class="byline">
                {card.organisation.map(|(_, name)| view! { {name} " · " })}
                {languages} " · " {t(&card.licence.label_key())}
                {what.map(|w| view! { " · " {w} })}
            </p>
            <FallbackBadge shown=card.lang/>
        </li>
    }
}

//! The visible note shown when a text is not in the reader's language.

use crate::i18n::{t_args, tr, use_lang, Lang};
use leptos::prelude::*;

/// Says, in the reader's language, that the text that follows is shown in another language.
/// Renders nothing when the text is in the requested language.
/// With `propose` (the address of the translation form), it invites readers to write the
/// text in their language.
#[component]
pub fn FallbackNotice(shown: Lang, #[prop(optional_no_strip)] propose: Option<String>) -> impl IntoView {
    let lang = use_lang();
    (shown != lang).then(|| {
        let requested = tr(lang, &format!("lang-name-{}", lang.code()));
        let shown_name = tr(lang, &format!("lang-name-{}", shown.code()));
        let invite = propose.map(|href| {
            view! {
                " " <a href=href>{t_args("fallback-propose", &[("requested", requested.clone().into())])}</a>
            }
        });
        view! {
            <p class="notice notice-lang" role="note">
                {t_args(
                    "fallback-notice",
                    &[("requested", requested.clone().into()), ("shown", shown_name.into())],
                )}
                {invite}
            </p>
        }
    })
}

/// The `lang` attribute for an element holding a text in `shown`, only when it differs from
/// the page's language (the `<html lang>` covers the rest).
pub fn lang_attr(shown: Lang) -> Option<&'static str> {
    (shown != use_lang()).then_some(shown.code())
}

/// A short marker on a card whose text is in another language than the page.
#[component]
pub fn FallbackBadge(shown: Lang) -> impl IntoView {
    let lang = use_lang();
    (shown != lang).then(|| {
        let shown_name = tr(lang, &format!("lang-name-{}", shown.code()));
        view! {
            <p class="lang-badge">{t_args("fallback-badge", &[("shown", shown_name.into())])}</p>
        }
    })
}

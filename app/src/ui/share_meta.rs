//! Open Graph and Twitter card tags: what a link shared in a message or a post shows (a
//! title, a line, a picture).

use leptos::prelude::*;
use leptos_meta::Meta;

/// A picture for link previews: an absolute address, its size and its text alternative.
#[derive(Clone)]
pub struct SharedImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// The tags of a page worth sharing; `url` is its absolute address.
#[component]
pub fn ShareMeta(
    title: String,
    description: String,
    url: String,
    #[prop(optional)] image: Option<SharedImage>,
) -> impl IntoView {
    let card = if image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    let site = crate::i18n::t("site-name");
    let locale = match crate::i18n::use_lang() {
        crate::i18n::Lang::En => "en_GB",
        crate::i18n::Lang::Fr => "fr_FR",
        crate::i18n::Lang::Es => "es_ES",
        crate::i18n::Lang::It => "it_IT",
    };
    let picture = image.map(|image| {
        view! {
            <Meta property="og:image" content=image.url.clone()/>
            <Meta property="og:image:width" content=image.width.to_string()/>
            <Meta property="og:image:height" content=image.height.to_string()/>
            <Meta property="og:image:alt" content=image.alt.clone()/>
            <Meta name="twitter:image" content=image.url/>
            <Meta name="twitter:image:alt" content=image.alt/>
        }
    });
    view! {
        <Meta property="og:type" content="website"/>
        <Meta property="og:site_name" content=site/>
        <Meta property="og:locale" content=locale/>
        <Meta property="og:title" content=title.clone()/>
        <Meta property="og:description" content=description.clone()/>
        <Meta property="og:url" content=url/>
        <Meta name="twitter:card" content=card/>
        <Meta name="twitter:title" content=title/>
        <Meta name="twitter:description" content=description/>
        {picture}
    }
}

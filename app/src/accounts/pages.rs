//! The account pages: each renders on the server, with plain forms.

pub mod account;
pub mod account_profile;
pub mod delete;
pub mod forgot;
pub mod links;
pub mod sign_in;
pub mod sign_out;
pub mod sign_up;

use crate::i18n::{t, Lang};

/// (value, label) of every language of the site, in its own name.
pub fn language_options() -> Vec<(String, String)> {
    Lang::ALL
        .into_iter()
        .map(|l| (l.code().to_string(), t(&l.endonym_key())))
        .collect()
}

/// The time zones in two groups: the partner countries' (named in the reader's language with
/// their current offset: "Paris, France (UTC+01:00)"), then every zone.
pub fn time_zone_groups(lang: Lang) -> Vec<(String, Vec<(String, String)>)> {
    #[cfg(feature = "ssr")]
    {
        use crate::accounts::time_zone::{names, offset_label, PARTNER_ZONES};
        use crate::catalogue::codes::country_key;
        let partners = PARTNER_ZONES
            .iter()
            .map(|(country, zone)| {
                let city = crate::webinars::when::city_name(zone, lang);
                let label = crate::i18n::tr_args(
                    lang,
                    "accounts-time-zone-partner",
                    &[
                        ("city", city.into()),
                        ("country", crate::i18n::tr(lang, &country_key(country)).into()),
                        ("offset", offset_label(zone).into()),
                    ],
                );
                (zone.to_string(), label)
            })
            .collect();
        let all = names()
            .into_iter()
            .map(|z| {
                (
                    z.to_string(),
                    format!("{} ({})", z.replace('_', " "), offset_label(z)),
                )
            })
            .collect();
        vec![
            (t("accounts-time-zone-group-partners"), partners),
            (t("accounts-time-zone-group-all"), all),
        ]
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        Vec::new()
    }
}

/// The zone proposed to a reader of `lang`.
pub fn default_time_zone(lang: Lang) -> String {
    #[cfg(feature = "ssr")]
    {
        crate::accounts::time_zone::default_for(lang).to_string()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        String::new()
    }
}

pub use crate::ui::form_page::FormPage;

/// The way back to the account overview from one of its pages.
#[leptos::component]
pub fn AccountCrumb() -> impl leptos::IntoView {
    use leptos::prelude::*;
    let lang = crate::i18n::use_lang();
    view! {
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=crate::web::urls::Route::Account.at(lang)>{t("accounts-account-title")}</a>
        </nav>
    }
}

//! The account pages: each renders on the server, with plain forms.

pub mod account;
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

/// (value, label) of every time zone.
pub fn time_zone_options() -> Vec<(String, String)> {
    #[cfg(feature = "ssr")]
    {
        crate::accounts::time_zone::names()
            .into_iter()
            .map(|z| (z.to_string(), z.replace('_', " ")))
            .collect()
    }
    #[cfg(not(feature = "ssr"))]
    Vec::new()
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

//! Logos and portraits as pages show them: a `<picture>` offering WebP and PNG at 1× and 2×,
//! with its size set (no jump while it loads), lazy below the fold, its text from the name; and
//! an organisation without a logo gets a monogram of its initials.

use crate::i18n::t_args;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A stored picture: whose it is and its version (`crate::pictures`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Picture {
    /// `organisation` or `interview`.
    pub owner: String,
    pub id: i32,
    pub version: String,
}

impl Picture {
    /// The address of its variant `size` × `size` in `extension` (`webp`, `png`).
    pub fn url(&self, size: u32, extension: &str) -> String {
        format!(
            "/pictures/{}/{}/{}/{size}.{extension}",
            self.owner, self.id, self.version
        )
    }
}

/// An organisation's mark: its logo, or its name for a monogram.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Logo {
    pub name: String,
    pub picture: Option<Picture>,
}

#[cfg(feature = "ssr")]
impl Logo {
    pub fn of(org: &crate::entities::organisation::Model) -> Logo {
        Logo {
            name: org.name.clone(),
            picture: org.logo_version.clone().map(|version| Picture {
                owner: "organisation".into(),
                id: org.id,
                version,
            }),
        }
    }
}

#[cfg(feature = "ssr")]
impl Picture {
    /// The portrait of an interview, when it has one.
    pub fn portrait_of(interview: &crate::entities::interview::Model) -> Option<Picture> {
        interview.portrait_version.clone().map(|version| Picture {
            owner: "interview".into(),
            id: interview.id,
            version,
        })
    }
}

/// The `<picture>` of `picture` at `size` CSS pixels (48 or 96).
fn picture_view(
    picture: &Picture,
    size: u32,
    alt: String,
    eager: bool,
    class: &'static str,
) -> impl IntoView {
    let webp = format!(
        "{} 1x, {} 2x",
        picture.url(size, "webp"),
        picture.url(size * 2, "webp")
    );
    let png_2x = format!("{} 2x", picture.url(size * 2, "png"));
    view! {
        <picture class=class>
            <source type="image/webp" srcset=webp/>
            <img src=picture.url(size, "png") srcset=png_2x width=size height=size alt=alt
                loading=if eager { "eager" } else { "lazy" } decoding="async"/>
        </picture>
    }
}

/// Up to two initials of a name, from its capitalised words ("Conecta Mayores" → "CM"), or
/// its first letter.
pub fn initials(name: &str) -> String {
    let capitals: String = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_uppercase() || c.is_numeric())
        .take(2)
        .collect();
    if !capitals.is_empty() {
        return capitals;
    }
    name.chars()
        .find(|c| c.is_alphanumeric())
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default()
}

/// One of the monogram colours, the same for a name every time.
fn colour_of(name: &str) -> usize {
    name.bytes()
        .fold(0usize, |sum, b| sum.wrapping_mul(31).wrapping_add(usize::from(b)))
        % 6
}

/// An organisation's logo at `size` CSS pixels, or its monogram.
#[component]
pub fn OrgLogo(logo: Logo, #[prop(default = 48)] size: u32, #[prop(optional)] eager: bool) -> impl IntoView {
    match &logo.picture {
        Some(picture) => {
            let alt = t_args("pictures-logo-alt", &[("name", logo.name.clone().into())]);
            picture_view(picture, size, alt, eager, "logo").into_any()
        }
        None => view! {
            <span class=format!("monogram monogram-{} monogram-{size}", colour_of(&logo.name)) aria-hidden="true">
                {initials(&logo.name)}
            </span>
        }
        .into_any(),
    }
}

/// The portrait of the person `name` at `size` CSS pixels.
#[component]
pub fn Portrait(
    picture: Picture,
    name: String,
    #[prop(default = 48)] size: u32,
    #[prop(optional)] eager: bool,
) -> impl IntoView {
    let alt = t_args("pictures-portrait-alt", &[("name", name.into())]);
    picture_view(&picture, size, alt, eager, "portrait")
}

#[cfg(test)]
mod tests {
    #[test]
    fn initials_come_from_the_name() {
        assert_eq!(super::initials("Conecta Mayores"), "CM");
        assert_eq!(super::initials("Les Communs Numériques (SCIC)"), "LC");
        assert_eq!(super::initials("bitsociale cooperativa"), "B");
        assert_eq!(super::initials("Rete Civica Digitale"), "RC");
        assert_eq!(super::initials("Élan"), "É");
        assert_eq!(super::initials(""), "");
    }
}

/// A card's title with the organisation's mark before it (when the card has one).
#[component]
pub fn CardHead(logo: Option<Logo>, children: Children) -> impl IntoView {
    view! {
        <div class="card-head">
            {logo.map(|logo| view! { <OrgLogo logo/> })}
            {children()}
        </div>
    }
}

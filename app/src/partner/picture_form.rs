//! The logo of an organisation (on its profile page) and the portrait of the person an
//! interview is with (on the interview's page, with their consent confirmed): the current
//! picture, a file form to send a new one, and a button to remove it. Each is a plain
//! multipart form; the server makes the variants.

use crate::i18n::{t, t_args, use_lang};
use crate::ui::form::{field_id, message_text, FormState};
use crate::ui::picture::{OrgLogo, Picture, Portrait};
use crate::web::urls::Route;
use leptos::prelude::*;

/// What the form is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PictureKind {
    Logo,
    Portrait,
}

impl PictureKind {
    fn key(self, what: &str) -> String {
        match self {
            PictureKind::Logo => format!("pictures-logo-{what}"),
            PictureKind::Portrait => format!("pictures-portrait-{what}"),
        }
    }
}

/// The picture section of the item `kind`/`id`, named `name` (the organisation, the person).
#[component]
pub fn PictureSection(
    kind: PictureKind,
    item: crate::content::ContentKind,
    id: i32,
    name: String,
    current: Option<Picture>,
) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let action = format!(
        "{}/{}",
        Route::PartnerItem(item, id).at(lang),
        if kind == PictureKind::Logo {
            "logo"
        } else {
            "portrait"
        }
    );
    let shown = match (&current, kind) {
        (Some(picture), PictureKind::Logo) => view! {
            <OrgLogo logo=crate::ui::picture::Logo { name: name.clone(), picture: Some(picture.clone()) } size=96 eager=true/>
        }
        .into_any(),
        (Some(picture), PictureKind::Portrait) => {
            view! { <Portrait picture=picture.clone() name=name.clone() size=96 eager=true/> }.into_any()
        }
        (None, PictureKind::Logo) => view! {
            <p>
                <OrgLogo logo=crate::ui::picture::Logo { name: name.clone(), picture: None } size=96/>
                " " {t("pictures-logo-none")}
            </p>
        }
        .into_any(),
        (None, PictureKind::Portrait) => view! { <p>{t("pictures-portrait-none")}</p> }.into_any(),
    };
    let file_error = form.error("file");
    let consent_error = form.error("consent");
    let consent = (kind == PictureKind::Portrait).then(|| {
        let id = field_id("consent");
        let invalid = consent_error.is_some();
        view! {
            <div class="field field-check" class:field-invalid=invalid>
                {consent_error.clone().map(|e| view! { <p class="field-error" id="field-consent-error">{message_text(&e)}</p> })}
                <input type="checkbox" id=id.clone() name="consent" value="yes"
                    aria-describedby=invalid.then_some("field-consent-error")/>
                <label for=id>{t_args("pictures-portrait-consent", &[("name", name.clone().into())])}</label>
            </div>
        }
    });
    let remove = current.is_some().then(|| {
        view! {
            <form method="post" enctype="multipart/form-data" action=action.clone() class="inline-form">
                <input type="hidden" name="csrf_token" value=form.csrf()/>
                <input type="hidden" name="action" value="remove"/>
                <button type="submit" class="button button-secondary">{t(&kind.key("remove"))}</button>
            </form>
        }
    });
    view! {
        <section aria-labelledby="picture-title" class="picture-section">
            <h2 id="picture-title">{t(&kind.key("title"))}</h2>
            {shown}
            <form method="post" enctype="multipart/form-data" action=action.clone() class="stack-form">
                <input type="hidden" name="csrf_token" value=form.csrf()/>
                <input type="hidden" name="action" value="send"/>
                <div class="field" class:field-invalid=file_error.is_some()>
                    <label for=field_id("file")>{t(&kind.key("file"))}</label>
                    <p class="hint" id="field-file-hint">{t("pictures-file-hint")}</p>
                    {file_error.clone().map(|e| view! { <p class="field-error" id="field-file-error">{message_text(&e)}</p> })}
                    <input type="file" id=field_id("file") name="file" required=true
                        accept="image/png,image/jpeg,image/webp"
                        aria-describedby=if file_error.is_some() { "field-file-hint field-file-error" } else { "field-file-hint" }/>
                </div>
                {consent}
                <div class="actions">
                    <button type="submit" class="button">{t(&kind.key("send"))}</button>
                </div>
            </form>
            {remove}
        </section>
    }
}

//! `/{lang}/partner/organisations/{id}`: the organisation's profile as its editors change it —
//! every change waits for the moderators while the published profile stays.

use super::api::profile_form;
use super::item_frame::{ItemActions, ItemFrame};
use super::model::ItemEditor;
use super::picture_form::{PictureKind, PictureSection};
use crate::catalogue::codes::{org_kind_key, ORG_KINDS};
use crate::content::ContentKind;
use crate::i18n::{t, t_args, use_lang};
use crate::ui::form::{FormState, MarkdownField, PostForm, SelectField, TextField};
use crate::ui::load::load_page;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

const FIELDS: [&str; 5] = ["name", "kind", "city", "website", "description"];

#[component]
pub fn ProfileEditPage() -> impl IntoView {
    let id =
        use_params_map().with_untracked(|p| p.get("id").and_then(|id| id.parse::<i32>().ok()).unwrap_or(-1));
    load_page(
        move || profile_form(id),
        |editor| view! { <ProfileEditor editor/> },
    )
}

#[component]
fn ProfileEditor(editor: ItemEditor) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let values = editor.values.clone();
    let stored = move |name: &str| values.get(name).cloned().unwrap_or_default();
    let title = t_args("partner-profile-edit", &[("name", stored("name").into())]);
    let id = editor.id.unwrap_or(-1);
    let kinds: Vec<(String, String)> = ORG_KINDS
        .iter()
        .map(|k| (k.to_string(), t(&org_kind_key(k))))
        .collect();
    let public = editor
        .slug
        .as_deref()
        .map(|slug| Route::Organisation(slug).at(lang));
    let logo = editor.editable.then(|| {
        view! {
            <PictureSection kind=PictureKind::Logo item=ContentKind::Organisation id
                name=stored("name") current=editor.picture.clone()/>
        }
    });
    view! {
        <ItemFrame editor=editor.clone() title=title public=public>
            <PostForm form=form.clone() action=Route::PartnerItem(ContentKind::Organisation, id).at(lang) fields=&FIELDS form_errors=true class="stack-form">
                <input type="hidden" name="version" value=editor.version.to_string()/>
                <TextField form=form.clone() name="name" label=t("content-field-name") required=true default=stored("name")/>
                <SelectField form=form.clone() name="kind" label=t("content-field-kind") options=kinds default=stored("kind")/>
                <TextField form=form.clone() name="city" label=t("content-field-city") required=true default=stored("city")/>
                <TextField form=form.clone() name="website" kind="url" label=t("content-field-website") hint=t("partner-url-hint") default=stored("website")/>
                <MarkdownField form=form.clone() name="description" label=t("content-field-description") required=true default=stored("description") rows=12/>
                <ItemActions editor=editor.clone()/>
            </PostForm>
            {logo}
        </ItemFrame>
    }
}

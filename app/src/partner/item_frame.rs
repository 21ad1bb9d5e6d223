//! The page around every item form of the partner space: the way back, the status, the
//! moderator's comment on a rejected item, what happens to a published item's changes, the
//! form (or why it cannot be changed), the translations and the history.

use super::model::ItemEditor;
use crate::content::history::last_rejection;
use crate::content::{ContentKind, ContentStatus};
use crate::i18n::{t, t_args, use_lang};
use crate::ui::form::{FormState, PostForm};
use crate::ui::form_page::FormPage;
use crate::ui::history::History;
use crate::ui::layout::request_path_and_query;
use crate::ui::status_tag::StatusTag;
use crate::ui::translations::Translations;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// What an item form's page is about: the item id in its address (`:id`; not a number gives -1,
/// the same answer as an item that does not exist) and, for a new item, the organisation named
/// by `?org=` — or by the form itself when it came back rejected, without its query.
pub fn page_item() -> (Option<i32>, Option<String>) {
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .map(|raw| raw.parse::<i32>().unwrap_or(-1));
    let (_, query) = request_path_and_query();
    let named = form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "org")
        .map(|(_, v)| v.into_owned());
    let org = Some(FormState::current().value("org", &named.unwrap_or_default())).filter(|o| !o.is_empty());
    (id, org)
}

/// The buttons of an item form: create (new), save and submit (draft, rejected), send the
/// change (published), and the Markdown preview.
#[component]
pub fn ItemActions(editor: ItemEditor) -> impl IntoView {
    let main = match (editor.id, editor.status) {
        (None, _) => view! { <button type="submit" name="action" value="save" class="button">{t("partner-create")}</button> }.into_any(),
        (Some(_), Some(ContentStatus::Published)) => {
            view! { <button type="submit" name="action" value="save" class="button">{t("partner-propose")}</button> }.into_any()
        }
        _ => view! {
            <button type="submit" name="action" value="save" class="button">{t("partner-save")}</button>
            <button type="submit" name="action" value="submit" class="button button-secondary">{t("partner-submit")}</button>
        }
        .into_any(),
    };
    let publish = editor.can_publish.then(|| {
        view! { <button type="submit" name="action" value="publish" class="button button-secondary">{t("partner-publish-directly")}</button> }
    });
    view! {
        <div class="actions">
            {main}
            <button type="submit" name="action" value="preview" class="button button-secondary">{t("form-preview")}</button>
            {publish}
        </div>
    }
}

/// `children` is the form, shown when the item may be changed now; `public` is the item's
/// public page, linked while it is published.
#[component]
pub fn ItemFrame(
    editor: ItemEditor,
    #[prop(into)] title: String,
    #[prop(optional_no_strip)] public: Option<String>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let back = Route::PartnerQuery(&format!("org={}", editor.org.0)).at(lang);
    let status = editor.status.map(|s| {
        view! {
            <p>
                {t("partner-col-status")} ": "
                <StatusTag status=s/>
            </p>
        }
    });
    // A rejected item says why, where the editor will fix it.
    let rejection = (editor.status == Some(ContentStatus::Rejected))
        .then(|| last_rejection(&editor.history))
        .flatten()
        .map(|comment| {
            view! {
                <div class="notice notice-warning" role="note">
                    <p>{t("partner-rejected-comment")}</p>
                    <blockquote>{comment}</blockquote>
                </div>
            }
        });
    let published = editor.status == Some(ContentStatus::Published);
    let public = public
        .filter(|_| published)
        .map(|href| view! { <p><a href=href>{t("partner-public")}</a></p> });
    let body = if editor.editable {
        view! {
            {published.then(|| view! { <p class="notice" role="note">{t("partner-published-note")}</p> })}
            {editor.pending.then(|| view! { <p class="notice notice-warning" role="note">{t("partner-pending")}</p> })}
            {children()}
        }
        .into_any()
    } else {
        view! { <p>{t("partner-locked")}</p> }.into_any()
    };
    // Withdrawing a published item: its own small form, after the one that changes it.
    let withdrawable = published
        && editor.editable
        && editor.kind != ContentKind::Organisation
        && !editor.kind.is_platform_owned();
    let archive = editor.id.filter(|_| withdrawable).map(|id| {
        let form = FormState::current();
        view! {
            <h2>{t("partner-archive-title")}</h2>
            <p>{t("partner-archive-help")}</p>
            <PostForm form=form action=Route::PartnerArchive(editor.kind, id).at(lang) fields=&[] class="actions">
                <button type="submit" class="button button-danger">{t("partner-archive")}</button>
            </PostForm>
        }
    });
    let translations = editor.id.filter(|_| !editor.translations.is_empty()).map(|id| {
        view! { <Translations kind=editor.kind id=id states=editor.translations.clone() editable=editor.editable/> }
    });
    let history = (!editor.history.is_empty()).then(|| {
        view! {
            <h2>{t("moderation-history")}</h2>
            <History entries=editor.history.clone()/>
        }
    });
    view! {
        <FormPage title=title>
            <p><a href=back>{t_args("partner-back", &[("name", editor.org.1.clone().into())])}</a></p>
            {status}
            {public}
            {rejection}
            {body}
            {translations}
            {archive}
            {history}
        </FormPage>
    }
}

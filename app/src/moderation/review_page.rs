//! `/{lang}/moderation/{kind}/{id}`: an item as the moderator reviews it — what changed since
//! the published version, its text as readers will see it, its history, and the decision
//! (approve, or reject with a comment for the editors).

use super::api::review_item;
use super::model::ItemReview;
use crate::i18n::{t, use_lang};
use crate::ui::changes::Changes;
use crate::ui::fallback_notice::lang_attr;
use crate::ui::form::{FormState, PostForm, TextArea};
use crate::ui::history::History;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::ui::status_tag::StatusTag;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ReviewPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let get = move |name: &str| params.with_untracked(|p| p.get(name)).unwrap_or_default();
    let (kind, id) = (get("kind"), get("id"));
    load_page(
        move || review_item(lang, kind.clone(), id.clone()),
        |review| view! { <Review review/> },
    )
}

#[component]
fn Review(review: ItemReview) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let decision = review.can_decide.then(|| {
        view! {
            <h2 id="decision">{t("moderation-decision")}</h2>
            <PostForm form=form.clone() action=Route::Review(review.kind, review.id).at(lang) fields=&["comment"] form_errors=true>
                <TextArea form=form.clone() name="comment" label=t("moderation-comment") hint=t("moderation-comment-hint") rows=4/>
                <div class="actions">
                    <button type="submit" name="action" value="approve" class="button">{t("moderation-approve")}</button>
                    <button type="submit" name="action" value="reject" class="button button-secondary">{t("moderation-reject")}</button>
                </div>
            </PostForm>
        }
    });
    let changes_heading = if review.revision {
        "moderation-changes-revision"
    } else {
        "moderation-changes-new"
    };
    view! {
        <PageTitle title=review.title.clone()/>
        <p><a href=Route::Moderation.at(lang)>{t("moderation-back")}</a></p>
        <h1 lang=lang_attr(review.lang)>{review.title.clone()}</h1>
        <p>
            {t(&review.kind.label_key())} " · "
            {(!review.organisation.is_empty()).then(|| view! { {review.organisation.clone()} " · " })}
            <StatusTag status=review.status/>
        </p>
        <h2>{t(changes_heading)}</h2>
        <Changes changes=review.changes.clone()/>
        <h2>{t(if review.revision { "moderation-as-readers-see" } else { "moderation-as-readers-will-see" })}</h2>
        <div class="prose" lang=lang_attr(review.lang) inner_html=review.body_html></div>
        {decision}
        <h2>{t("moderation-history")}</h2>
        <History entries=review.history/>
    }
}

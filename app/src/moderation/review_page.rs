//! `/{lang}/moderation/offers/{id}`: an offer as the moderator reviews it — its text and facts,
//! its history, and the decision (approve, or reject with a comment for the editors).

use super::api::review_offer;
use super::model::OfferReview;
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
pub fn ReviewOfferPage() -> impl IntoView {
    let lang = use_lang();
    let id =
        use_params_map().with_untracked(|p| p.get("id").and_then(|id| id.parse::<i32>().ok()).unwrap_or(-1));
    load_page(
        move || review_offer(lang, id),
        |review| view! { <Review review/> },
    )
}

#[component]
fn Review(review: OfferReview) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let decision = review.can_decide.then(|| {
        view! {
            <h2 id="decision">{t("moderation-decision")}</h2>
            <PostForm form=form.clone() action=Route::ReviewOffer(review.id).at(lang) fields=&["comment"] form_errors=true>
                <TextArea form=form.clone() name="comment" label=t("moderation-comment") hint=t("moderation-comment-hint") rows=4/>
                <div class="actions">
                    <button type="submit" name="action" value="approve" class="button">{t("moderation-approve")}</button>
                    <button type="submit" name="action" value="reject" class="button button-secondary">{t("moderation-reject")}</button>
                </div>
            </PostForm>
        }
    });
    view! {
        <PageTitle title=review.title.clone()/>
        <p><a href=Route::Moderation.at(lang)>{t("moderation-back")}</a></p>
        <h1 lang=lang_attr(review.lang)>{review.title.clone()}</h1>
        <p>
            {review.organisation.clone()} " · "
            <StatusTag status=review.status/>
        </p>
        <dl class="facts">
            {review
                .facts
                .into_iter()
                .map(|(label, value)| view! { <dt>{t(&label)}</dt> <dd>{value}</dd> })
                .collect_view()}
        </dl>
        <h2>{t(if review.revision { "moderation-changes-revision" } else { "moderation-changes-new" })}</h2>
        <Changes changes=review.changes.clone()/>
        <h2>{t("moderation-as-readers-see")}</h2>
        <div class="prose" lang=lang_attr(review.lang) inner_html=review.description_html></div>
        {decision}
        <h2>{t("moderation-history")}</h2>
        <History entries=review.history/>
    }
}

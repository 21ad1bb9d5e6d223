//! "Continue where you left off" on the account page: the learner's pathways with progress.

use super::card::Progress;
use crate::i18n::{t, use_lang};
use crate::pathways::api::my_pathways;
use crate::pathways::model::LearnerProgress;
use crate::ui::fallback_notice::lang_attr;
use crate::ui::load::load_page;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn MyProgress() -> impl IntoView {
    let lang = use_lang();
    load_page(move || my_pathways(lang), |items| view! { <ProgressList items/> })
}

#[component]
fn ProgressList(items: Vec<LearnerProgress>) -> impl IntoView {
    let lang = use_lang();
    let body = if items.is_empty() {
        view! {
            <p>{t("pathways-account-none")} " " <a href=Route::Pathways.at(lang)>{t("pathways-account-browse")}</a></p>
        }
        .into_any()
    } else {
        view! {
            <ul class="progress-list">
                {items.into_iter().map(|item| {
                    let base = Route::Pathway(&item.card.slug).at(lang);
                    let next = item.next_step.map(|n| view! {
                        <a class="button" href=format!("{base}/steps/{n}")>{t("pathways-continue")}</a>
                    });
                    let badge = item.badge_id.map(|id| view! {
                        <a href=Route::Badge(&id).at(lang)>{t("pathways-badge-see")}</a>
                    });
                    view! {
                        <li class="card">
                            <h3 lang=lang_attr(item.card.lang)><a href=base.clone()>{item.card.title.clone()}</a></h3>
                            <Progress done=item.card.required_done total=item.card.required/>
                            <p>{next} " " {badge}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="learning-title" class="account-section">
            <h2 id="learning-title">{t("pathways-account-title")}</h2>
            {body}
        </section>
    }
}

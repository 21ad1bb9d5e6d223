//! `/{lang}/account/learning`: the learner's pathways with their progress, the next step and
//! the badge of each.

use super::card::Progress;
use crate::accounts::pages::AccountCrumb;
use crate::i18n::{t, use_lang};
use crate::pathways::api::my_pathways;
use crate::pathways::model::LearnerProgress;
use crate::ui::fallback_notice::lang_attr;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn MyLearningPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle title=t("accounts-part-learning")/>
        <AccountCrumb/>
        <h1>{t("accounts-part-learning")}</h1>
        {load_page(move || my_pathways(lang), |items| view! { <ProgressList items/> })}
    }
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
                            <h2 lang=lang_attr(item.card.lang)><a href=base.clone()>{item.card.title.clone()}</a></h2>
                            <Progress done=item.card.required_done total=item.card.required/>
                            <p>{next} " " {badge}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    body
}

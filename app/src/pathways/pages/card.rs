//! A pathway card (lists, job profile pages, the account page) and the progress bar.

use crate::i18n::{t, t_args, use_lang};
use crate::pathways::model::PathwayCard;
use crate::ui::fallback_notice::{lang_attr, FallbackBadge};
use crate::web::urls::Route;
use leptos::prelude::*;

/// Steps, minutes, who made it.
#[component]
pub fn PathwayCardItem(card: PathwayCard, heading: u8) -> impl IntoView {
    let lang = use_lang();
    let href = Route::Pathway(&card.slug).at(lang);
    let link = view! { <a href=href>{card.title.clone()}</a> };
    let title = if heading == 2 {
        view! { <h2 lang=lang_attr(card.lang)>{link}</h2> }.into_any()
    } else {
        view! { <h3 lang=lang_attr(card.lang)>{link}</h3> }.into_any()
    };
    let facts = t_args(
        "pathways-card-facts",
        &[
            ("steps", i64::from(card.steps).into()),
            ("minutes", i64::from(card.minutes).into()),
        ],
    );
    let by = card.organisation.clone().map(
        |(_, name)| view! { <p class="small">{t_args("pathways-by", &[("organisation", name.into())])}</p> },
    );
    let progress = (card.done > 0).then(|| view! { <Progress done=card.required_done total=card.required/> });
    view! {
        <li class="card">
            {title}
            <p lang=lang_attr(card.lang)>{card.goal.clone()}</p>
            <FallbackBadge shown=card.lang/>
            <p class="small">{facts}</p>
            {by}
            {progress}
        </li>
    }
}

/// An accessible progress bar: a `<progress>` element with its text beside it.
#[component]
pub fn Progress(done: u32, total: u32) -> impl IntoView {
    let text = t_args(
        "pathways-progress",
        &[
            ("done", i64::from(done).into()),
            ("total", i64::from(total).into()),
        ],
    );
    let label = t("pathways-progress-label");
    view! {
        <div class="progress">
            <progress max=total.max(1) value=done aria-label=label>{text.clone()}</progress>
            <span>{text}</span>
        </div>
    }
}

/// "Pathways towards this job" on job profile and offer pages.
#[component]
pub fn PathwaysTowards(pathways: Vec<PathwayCard>) -> impl IntoView {
    (!pathways.is_empty()).then(|| {
        view! {
            <section aria-labelledby="pathways-towards">
                <h2 id="pathways-towards">{t("pathways-towards-title")}</h2>
                <ul class="cards">
                    {pathways.into_iter().map(|card| view! { <PathwayCardItem card heading=3/> }).collect_view()}
                </ul>
            </section>
        }
    })
}

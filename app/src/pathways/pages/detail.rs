//! `/{lang}/pathways/{slug}`: the goal, the competences, the steps with this learner's
//! progress, the button to start or continue, the badge, and an anonymous learner's resume code.

use super::card::Progress;
use super::resume::ResumeCodeNote;
use crate::i18n::{t, t_args, use_lang};
use crate::pathways::api::get_pathway;
use crate::pathways::model::PathwayDetail;
use crate::ui::fallback_notice::{lang_attr, FallbackNotice};
use crate::ui::form::{FormErrors, FormState, PostForm, TextField};
use crate::ui::json_ld::JsonLd;
use crate::ui::layout::public_origin;
use crate::ui::level::CompetenceItem;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn PathwayPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    let lang = use_lang();
    load_page(
        move || get_pathway(lang, slug),
        |detail| view! { <PathwayView detail/> },
    )
}

#[component]
fn PathwayView(detail: PathwayDetail) -> impl IntoView {
    let lang = use_lang();
    let base = Route::Pathway(&detail.card.slug).at(lang);
    let url = format!("{}{base}", public_origin());
    let json_ld = crate::pathways::json_ld::of(&detail, &url, &public_origin(), lang.code());
    let card = detail.card.clone();
    let started = card.done > 0;
    let action = match (detail.next_step, started) {
        (Some(n), false) => Some((n, t("pathways-start"))),
        (Some(n), true) => Some((n, t("pathways-continue"))),
        (None, _) => None,
    }
    .map(|(n, label)| view! { <p><a class="button" href=format!("{base}/steps/{n}")>{label}</a></p> });
    let facts = t_args(
        "pathways-card-facts",
        &[
            ("steps", i64::from(card.steps).into()),
            ("minutes", i64::from(card.minutes).into()),
        ],
    );
    let profile = card.job_profile.clone().map(|(slug, title)| {
        view! { <p>{t("pathways-towards")} " " <a href=Route::Job(&slug).at(lang)>{title}</a></p> }
    });
    let by = card.organisation.clone().map(|(slug, name)| {
        view! { <p>{t("pathways-made-by")} " " <a href=Route::Organisation(&slug).at(lang)>{name}</a></p> }
    });
    let competences = (!detail.competences.is_empty()).then(|| {
        view! {
            <section aria-labelledby="competences-title">
                <h2 id="competences-title">{t("pathways-competences-title")}</h2>
                <ul class="competence-list">
                    {detail.competences.iter().map(|c| {
                        view! { <CompetenceItem code=c.code.clone() label=c.label.clone() level=c.target.clone()/> }
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    let steps = detail.steps.iter().map(|s| {
        let kind = t(&s.kind.label_key());
        let minutes = t_args("pathways-minutes", &[("minutes", i64::from(s.minutes).into())]);
        let status = if s.done { t("pathways-step-done") } else { t("pathways-step-todo") };
        let optional = (!s.required).then(|| view! { " · " {t("pathways-optional")} });
        view! {
            <li class=if s.done { "step step-done" } else { "step" }>
                <a href=format!("{base}/steps/{}", s.n) lang=lang_attr(s.lang)>{s.title.clone()}</a>
                <span class="small">" · " {kind} " · " {minutes} {optional} " · " <strong>{status}</strong></span>
                <crate::ui::fallback_notice::FallbackBadge shown=s.lang/>
            </li>
        }
    }).collect_view();
    view! {
        <JsonLd data=json_ld/>
        <PageTitle title=card.title.clone()/>
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=Route::Pathways.at(lang)>{t("nav-pathways")}</a>
        </nav>
        <h1 lang=lang_attr(card.lang)>{card.title.clone()}</h1>
        <FallbackNotice shown=card.lang propose=Some(Route::ProposeTranslation(crate::content::ContentKind::Pathway, &card.slug).at(lang))/>
        <p class="lead" lang=lang_attr(card.lang)>{card.goal.clone()}</p>
        <p class="small">{facts}</p>
        {by}
        {profile}
        <Progress done=card.required_done total=card.required/>
        <StepsInOtherLanguages detail=detail.clone()/>
        {action}
        <ResumeCodeNote code=detail.resume_code.clone() back=base.clone()/>
        <div class="prose" lang=lang_attr(card.lang) inner_html=detail.description_html.clone()></div>
        {competences}
        <section aria-labelledby="steps-title">
            <h2 id="steps-title">{t("pathways-steps-title")}</h2>
            <ol class="steps">{steps}</ol>
        </section>
        <BadgeSection detail=detail.clone() base/>
    }
}

/// Before starting: which steps are not yet in the reader's language, and in which language
/// they are shown ("Steps 3 and 5 are not yet in English: they are in French").
#[component]
fn StepsInOtherLanguages(detail: PathwayDetail) -> impl IntoView {
    let lang = use_lang();
    let mut by_lang: Vec<(crate::i18n::Lang, Vec<u32>)> = Vec::new();
    for step in detail.steps.iter().filter(|s| s.lang != lang) {
        match by_lang.iter_mut().find(|(l, _)| *l == step.lang) {
            Some((_, steps)) => steps.push(step.n),
            None => by_lang.push((step.lang, vec![step.n])),
        }
    }
    (!by_lang.is_empty()).then(|| {
        let reader = crate::i18n::tr(lang, &format!("lang-name-{}", lang.code()));
        view! {
            <div class="notice notice-info" role="note">
                {by_lang
                    .into_iter()
                    .map(|(shown, steps)| {
                        let numbers: Vec<String> = steps.iter().map(u32::to_string).collect();
                        let list = crate::i18n::tr_args(
                            lang,
                            "list-and",
                            &[("first", numbers[..numbers.len() - 1].join(", ").into()), ("last", numbers[numbers.len() - 1].clone().into())],
                        );
                        let list = if numbers.len() == 1 { numbers[0].clone() } else { list };
                        let count = i64::try_from(steps.len()).unwrap_or(0);
                        let shown = crate::i18n::tr(lang, &format!("lang-name-{}", shown.code()));
                        view! {
                            <p>{t_args("pathways-steps-other-lang", &[
                                ("count", count.into()),
                                ("steps", list.into()),
                                ("reader", reader.clone().into()),
                                ("shown", shown.into()),
                            ])}</p>
                        }
                    })
                    .collect_view()}
            </div>
        }
    })
}

/// The badge: a link once issued, the claim form once every required step is done.
#[component]
fn BadgeSection(detail: PathwayDetail, base: String) -> impl IntoView {
    let lang = use_lang();
    let body = match (&detail.badge_id, detail.completed) {
        (Some(id), _) => view! {
            <p>{t("pathways-badge-have")} " " <a href=Route::Badge(id).at(lang)>{t("pathways-badge-see")}</a></p>
        }
        .into_any(),
        (None, true) => {
            let form = FormState::current();
            view! {
                <p>{t("pathways-badge-ready")}</p>
                <PostForm form=form.clone() action=format!("{base}/badge") fields=&["name"] form_errors=true class="badge-form">
                    <TextField form=form.clone() name="name" label=t("pathways-badge-name") default=detail.proposed_name.clone() hint=t("pathways-badge-name-hint") autocomplete="name" required=true/>
                    <button type="submit">{t("pathways-badge-claim")}</button>
                </PostForm>
            }
            .into_any()
        }
        (None, false) => view! {
            <FormErrors form=FormState::current() fields=&["name"] form_errors=true/>
            <p>{t("pathways-badge-later")}</p>
        }
        .into_any(),
    };
    view! {
        <section aria-labelledby="badge" class="badge-box">
            <h2 id="badge">{t("pathways-badge-title")}</h2>
            {body}
        </section>
    }
}

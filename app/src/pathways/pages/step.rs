//! `/{lang}/pathways/{slug}/steps/{n}`: one step by kind (read, watch with its transcript,
//! practise with a checklist, quiz, external course), "mark as done", previous and next.

use super::card::Progress;
use super::quiz::QuizSection;
use super::resume::ResumeCodeNote;
use crate::i18n::{t, t_args, use_lang};
use crate::pathways::api::get_step;
use crate::pathways::codes::StepKind;
use crate::pathways::model::StepPage;
use crate::ui::fallback_notice::{lang_attr, FallbackNotice};
use crate::ui::form::{FormErrors, FormState, PostForm};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn StepRoute() -> impl IntoView {
    let (slug, n) = use_params_map()
        .with_untracked(|p| (p.get("slug").unwrap_or_default(), p.get("n").unwrap_or_default()));
    let lang = use_lang();
    load_page(move || get_step(lang, slug, n), |page| view! { <StepView page/> })
}

#[component]
fn StepView(page: StepPage) -> impl IntoView {
    let lang = use_lang();
    let base = Route::Pathway(&page.pathway.slug).at(lang);
    let here = format!("{base}/steps/{}", page.n);
    let shown = lang_attr(page.lang);
    let position = t_args(
        "pathways-step-of",
        &[
            ("n", i64::from(page.n).into()),
            ("total", i64::from(page.total).into()),
        ],
    );
    let meta = t_args("pathways-minutes", &[("minutes", i64::from(page.minutes).into())]);
    let kind = t(&page.kind.label_key());
    let body = match page.kind {
        StepKind::Watch => view! {
            <div class="prose" lang=shown inner_html=page.content_html.clone()></div>
            {page.webinar.clone().map(|(slug, title)| view! {
                <p><a class="button" href=Route::Webinar(&slug).at(lang)>{t_args("pathways-watch-webinar", &[("title", title.into())])}</a></p>
            })}
            {page.url.clone().map(|href| view! { <p><a class="button" href=href rel="external noopener">{t("pathways-watch-link")}</a></p> })}
            {page.transcript_html.clone().map(|html| view! {
                <section aria-labelledby="transcript-title">
                    <h2 id="transcript-title">{t("pathways-transcript")}</h2>
                    <div class="prose" lang=shown inner_html=html></div>
                </section>
            })}
        }
        .into_any(),
        StepKind::External => view! {
            <div class="prose" lang=shown inner_html=page.content_html.clone()></div>
            {page.url.clone().map(|href| view! { <p><a class="button" href=href rel="external noopener">{t("pathways-external-link")}</a></p> })}
            {page.bring_back_html.clone().map(|html| view! {
                <section aria-labelledby="bring-back-title">
                    <h2 id="bring-back-title">{t("pathways-bring-back")}</h2>
                    <div class="prose" lang=shown inner_html=html></div>
                </section>
            })}
        }
        .into_any(),
        StepKind::Quiz => view! {
            <div class="prose" lang=shown inner_html=page.content_html.clone()></div>
            <QuizSection page=page.clone() action=here.clone()/>
        }
        .into_any(),
        StepKind::Read | StepKind::Practise => {
            view! { <div class="prose" lang=shown inner_html=page.content_html.clone()></div> }.into_any()
        }
    };
    let done_part = if page.kind == StepKind::Quiz {
        None
    } else if page.done {
        Some(
            view! { <p class="notice notice-success" role="status">{t("pathways-step-marked")}</p> }
                .into_any(),
        )
    } else {
        let form = FormState::current();
        let checklist = (!page.checklist.is_empty()).then(|| {
            view! {
                <fieldset class="checklist">
                    <legend>{t("pathways-checklist")}</legend>
                    {page.checklist.iter().enumerate().map(|(i, item)| {
                        let id = format!("check-{i}");
                        view! {
                            <div class="check">
                                <input type="checkbox" id=id.clone() name="check" value=i.to_string()/>
                                <label for=id lang=shown>{item.clone()}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }
        });
        Some(
            view! {
                <PostForm form action=here.clone() fields=&[] class="done-form">
                    {checklist}
                    <input type="hidden" name="action" value="done"/>
                    <button type="submit">{t("pathways-mark-done")}</button>
                </PostForm>
            }
            .into_any(),
        )
    };
    let completed = page.completed.then(|| {
        view! {
            <p class="notice notice-success" role="status">
                {t("pathways-all-done")} " " <a href=format!("{base}#badge")>{t("pathways-get-badge")}</a>
            </p>
        }
    });
    let previous = (page.n > 1).then(
        || view! { <a rel="prev" href=format!("{base}/steps/{}", page.n - 1)>{t("pathways-previous")}</a> },
    );
    let next = (page.n < page.total).then(
        || view! { <a rel="next" href=format!("{base}/steps/{}", page.n + 1)>{t("pathways-next")}</a> },
    );
    let title = format!("{} · {}", page.title, page.pathway.title);
    view! {
        <PageTitle title/>
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=Route::Pathways.at(lang)>{t("nav-pathways")}</a>
            " › "
            <a href=base.clone() lang=lang_attr(page.pathway.lang)>{page.pathway.title.clone()}</a>
        </nav>
        <p class="small">{position}</p>
        <Progress done=page.pathway.required_done total=page.pathway.required/>
        <h1 lang=shown>{page.title.clone()}</h1>
        <FallbackNotice shown=page.lang/>
        // A refusal about the whole step (an earlier step first) is read before anything else.
        <FormErrors form=FormState::current() fields=&[] form_errors=true/>
        <p class="small">{kind} " · " {meta} {(!page.required).then(|| view! { " · " {t("pathways-optional")} })}</p>
        {completed}
        {body}
        {done_part}
        <ResumeCodeNote code=page.resume_code.clone() back=here.clone()/>
        <nav class="pager step-pager" aria-label=t("pathways-steps-nav")>
            {previous}
            <a href=base.clone()>{t("pathways-outline")}</a>
            {next}
        </nav>
    }
}

//! The gap box of job profile and offer pages: for a reader with a competence profile, what
//! they meet and lack, in words ("this offer asks for 3.4 at level 4; you are at 2; pathway X
//! takes you to 4 in 6 hours"); for a reader without one, an invitation to take the assessment.

use crate::assessment::model::{GapBox, GapFit, GapRow};
use crate::i18n::{t, t_args, use_lang, FluentArg};
use crate::ui::fallback_notice::lang_attr;
use crate::web::urls::Route;
use leptos::prelude::*;

/// "45 minutes", "6 hours", "1.5 hours" in the reader's language.
pub fn duration(minutes: u32) -> String {
    let lang = use_lang();
    if minutes < 60 {
        t_args("assessment-minutes", &[("n", i64::from(minutes).into())])
    } else {
        let hours = f64::from(minutes) / 60.0;
        let rounded = (hours * 2.0).round() / 2.0;
        t_args(
            "assessment-hours",
            &[
                // The plural form: one hour exactly, or more.
                ("n", if rounded <= 1.0 { 1_i64 } else { 2 }.into()),
                ("shown", crate::ui::numbers::decimal(lang, rounded).into()),
            ],
        )
    }
}

fn standing(row: &GapRow) -> String {
    let n = |v: u8| -> FluentArg { i64::from(v).into() };
    let asked: [(&str, FluentArg); 2] = [("code", row.code.clone().into()), ("required", n(row.required))];
    match (row.fit, row.held) {
        (GapFit::Meets, Some(held)) if row.attested => t_args(
            "assessment-gap-meets-attested",
            &[asked[0].clone(), asked[1].clone(), ("held", n(held))],
        ),
        (GapFit::Meets, held) => t_args(
            "assessment-gap-meets",
            &[
                asked[0].clone(),
                asked[1].clone(),
                ("held", n(held.unwrap_or(row.required))),
            ],
        ),
        (GapFit::Lacks(by), held) => t_args(
            "assessment-gap-lacks",
            &[
                asked[0].clone(),
                asked[1].clone(),
                ("held", n(held.unwrap_or(0))),
                ("by", n(by)),
            ],
        ),
        (GapFit::Unknown, _) => t_args("assessment-gap-unknown", &asked),
        (GapFit::Missing, _) => t_args("assessment-gap-missing", &asked),
    }
}

fn gap_row(row: GapRow) -> impl IntoView {
    let lang = use_lang();
    let meets = row.fit == GapFit::Meets;
    let pathways = row
        .pathways
        .iter()
        .map(|p| {
            view! {
                <li>
                    {t("assessment-gap-pathway")} " "
                    <a lang=lang_attr(p.lang) href=Route::Pathway(&p.slug).at(lang)>{p.title.clone()}</a> " "
                    {t_args(
                        "assessment-gap-pathway-reaches",
                        &[("level", i64::from(p.level).into()), ("duration", duration(p.minutes).into())],
                    )}
                </li>
            }
        })
        .collect_view();
    let webinars = row
        .webinars
        .iter()
        .map(|w| {
            view! {
                <li>
                    {t("assessment-gap-webinar")} " "
                    <a lang=lang_attr(w.lang) href=Route::Webinar(&w.slug).at(lang)>{w.title.clone()}</a>
                    " — " {w.when.clone()} " (" {duration(u32::try_from(w.minutes).unwrap_or(0))} ")"
                </li>
            }
        })
        .collect_view();
    let nothing = !meets && row.pathways.is_empty() && row.webinars.is_empty();
    view! {
        <li class=if meets { "gap gap-met" } else { "gap gap-open" }>
            <p>
                <strong>{if meets { t("assessment-gap-met-label") } else { t("assessment-gap-open-label") }}</strong>
                " " <span lang=lang_attr(row.title_lang)>{row.title.clone()}</span> " — " {standing(&row)}
            </p>
            {(!meets).then(|| view! { <ul class="closers">{pathways}{webinars}</ul> })}
            {nothing.then(|| view! { <p class="small">{t("assessment-gap-nothing-yet")}</p> })}
        </li>
    }
}

#[component]
pub fn GapBoxSection(gaps: GapBox) -> impl IntoView {
    let lang = use_lang();
    let body = if gaps.has_profile {
        let total = gaps.rows.len();
        view! {
            <p>{t_args(
                "assessment-gap-summary",
                &[("meets", (gaps.meets as i64).into()), ("total", (total as i64).into())],
            )}</p>
            <ul class="plain-list gaps">{gaps.rows.into_iter().map(gap_row).collect_view()}</ul>
            <p class="small"><a href=Route::AssessmentProfile.at(lang)>{t("assessment-gap-profile-link")}</a></p>
        }
        .into_any()
    } else {
        view! {
            <p>{t("assessment-gap-invitation")}</p>
            <p><a class="button" href=Route::Assessment.at(lang)>{t("assessment-start")}</a></p>
        }
        .into_any()
    };
    view! {
        <section class="gap-box" aria-labelledby="gap-box-title">
            <h2 id="gap-box-title">{t("assessment-gap-title")}</h2>
            {body}
        </section>
    }
}

//! A quiz: one fieldset of radio buttons per question, graded on the server; after an
//! attempt, the score and per-question feedback, and the form again for another try.

use crate::i18n::{t, t_args};
use crate::pathways::model::StepPage;
use crate::ui::fallback_notice::lang_attr;
use crate::ui::form::{field_id, message_text, ErrorSummary, FormState};
use crate::web::flash::CSRF_FIELD;
use leptos::prelude::*;

#[component]
pub fn QuizSection(page: StepPage, action: String) -> impl IntoView {
    let form = FormState::current();
    let shown = lang_attr(page.lang);
    let fields: Vec<String> = page.questions.iter().map(|q| format!("q{}", q.id)).collect();
    let errors = form.errors_of(&fields, false);
    let pass = page
        .pass_mark
        .unwrap_or(crate::pathways::codes::DEFAULT_PASS_MARK);
    let result = page.result.clone().map(|r| {
        let score = t_args(
            "pathways-quiz-score",
            &[("correct", i64::from(r.correct).into()), ("total", i64::from(r.total).into())],
        );
        let verdict = if r.passed { t("pathways-quiz-passed") } else { t("pathways-quiz-failed") };
        view! {
            <section id="quiz-result" aria-labelledby="quiz-result-title" class=if r.passed { "notice notice-success" } else { "notice notice-warning" }>
                <h2 id="quiz-result-title">{t("pathways-quiz-result")}</h2>
                <p><strong>{score}</strong> " " {verdict}</p>
            </section>
        }
    });
    let questions = page.questions.iter().enumerate().map(|(i, q)| {
        let name = format!("q{}", q.id);
        let error = form.error(&name);
        let error_id = format!("{}-error", field_id(&name));
        // After a rejected form, what was chosen then; otherwise the last attempt's answer.
        let chosen = form.value(&name, &q.chosen.map(|c| c.to_string()).unwrap_or_default());
        // After an attempt: each answer marked right or not; a wrong one says why (never which
        // is right) until the quiz is passed, then the right answer and the explanation.
        let feedback = page.result.as_ref().and(q.chosen).map(|_| {
            let right = q.chosen == q.correct_choice;
            let verdict = if right { t("pathways-answer-right") } else { t("pathways-answer-wrong") };
            let correct_label = (!right)
                .then(|| q.correct_choice.and_then(|c| q.choices.iter().find(|x| x.id == c)).map(|x| x.label.clone()))
                .flatten()
                .map(|label| view! { <p>{t("pathways-answer-correct-was")} " " <span lang=shown>{label}</span></p> });
            let why = match (&q.explanation, &q.hint, right) {
                (Some(explanation), _, _) => Some(view! { <p lang=shown>{explanation.clone()}</p> }.into_any()),
                (None, Some(hint), false) => Some(view! { <p lang=shown>{hint.clone()}</p> }.into_any()),
                (None, None, false) => Some(view! { <p>{t("pathways-answer-think-again")}</p> }.into_any()),
                _ => None,
            };
            view! {
                <div class=if right { "feedback feedback-right" } else { "feedback feedback-wrong" }>
                    <p><strong>{verdict}</strong></p>
                    {correct_label}
                    {why}
                </div>
            }
        });
        view! {
            <fieldset class="question" id=field_id(&name) aria-describedby=error.is_some().then(|| error_id.clone())>
                <legend lang=shown>{format!("{}. ", i + 1)} {q.prompt.clone()}</legend>
                {error.clone().map(|e| view! { <p class="field-error" id=error_id.clone()>{message_text(&e)}</p> })}
                {q.choices.iter().map(|c| {
                    let id = format!("choice-{}", c.id);
                    let value = c.id.to_string();
                    view! {
                        <div class="choice">
                            <input type="radio" id=id.clone() name=name.clone() value=value.clone() checked=chosen == value/>
                            <label for=id lang=shown>{c.label.clone()}</label>
                        </div>
                    }
                }).collect_view()}
                {feedback}
            </fieldset>
        }
    }).collect_view();
    let submit = match &page.result {
        Some(r) if r.passed => t("pathways-quiz-retake"),
        Some(_) => t("pathways-quiz-retry"),
        None => t("pathways-quiz-submit"),
    };
    view! {
        {result}
        <form method="post" action=action class="quiz-form" novalidate>
            <input type="hidden" name=CSRF_FIELD value=form.csrf()/>
            <input type="hidden" name="action" value="quiz"/>
            <ErrorSummary errors/>
            <p class="small">{t_args("pathways-quiz-pass-mark", &[("mark", i64::from(pass).into())])}</p>
            {questions}
            <button type="submit">{submit}</button>
        </form>
    }
}

//! What keeps a step from being ready, field by field (names as the step's form has them:
//! `title`, `question.02.correct`), each problem a Fluent key: the step form refuses a save
//! with them, and a pathway cannot go to review while one of its steps has any.

use super::codes::StepKind;
use super::outline::{step_texts, StepDraft, CHOICE_TEXTS, QUESTION_TEXTS};
use crate::i18n::Lang;
use validator::ValidateUrl;

/// One problem: the field, its Fluent key, the most characters allowed for a text too long.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub key: &'static str,
    pub max: Option<usize>,
}

fn problem(field: impl Into<String>, key: &'static str) -> Problem {
    Problem {
        field: field.into(),
        key,
        max: None,
    }
}

/// Longest step, in minutes.
pub const MAX_MINUTES: i32 = 600;

/// The problems of `step`, written in `lang`; questions for which `removed(j)` (0-based) is
/// true are not checked (the editor is taking them out).
pub fn step_problems(step: &StepDraft, lang: Lang, removed: &dyn Fn(usize) -> bool) -> Vec<Problem> {
    let mut problems = Vec::new();
    let text = |texts: &super::outline::PartTexts, name: &str| {
        texts
            .get(&lang)
            .and_then(|t| t.get(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    if !(1..=MAX_MINUTES).contains(&step.minutes) {
        problems.push(problem("minutes", "partner-error-minutes"));
    }
    for spec in step_texts(step.kind) {
        if let Some((key, max)) = spec.problem(&text(&step.texts, spec.name)) {
            problems.push(Problem {
                field: spec.name.into(),
                key,
                max,
            });
        }
    }
    let url = step.url.trim();
    // A watch step pointing at a webinar shows its replay: no address of its own needed.
    let needs_url = match step.kind {
        StepKind::External => true,
        StepKind::Watch => step.webinar.trim().is_empty(),
        _ => false,
    };
    if needs_url && url.is_empty() {
        problems.push(problem("url", "form-error-missing"));
    } else if !url.is_empty()
        && !(url.validate_url() && (url.starts_with("https://") || url.starts_with("http://")))
    {
        problems.push(problem("url", "partner-error-url"));
    }
    if step.kind != StepKind::Quiz {
        return problems;
    }
    if !step.pass_mark.is_some_and(|p| (1..=100).contains(&p)) {
        problems.push(problem("pass_mark", "partner-error-pass-mark"));
    }
    let live: Vec<usize> = (0..step.questions.len()).filter(|&j| !removed(j)).collect();
    if live.is_empty() {
        problems.push(problem("questions", "partner-error-no-questions"));
    }
    for j in live {
        let question = &step.questions[j];
        let prefix = format!("question.{:02}", j + 1);
        for spec in QUESTION_TEXTS {
            if let Some((key, max)) = spec.problem(&text(&question.texts, spec.name)) {
                problems.push(Problem {
                    field: format!("{prefix}.{}", spec.name),
                    key,
                    max,
                });
            }
        }
        let labels: Vec<String> = question.choices.iter().map(|c| text(&c.texts, "label")).collect();
        for (k, label) in labels.iter().enumerate() {
            if label.chars().count() > CHOICE_TEXTS[0].max {
                problems.push(Problem {
                    field: format!("{prefix}.choice.{:02}.label", k + 1),
                    key: "partner-error-too-long",
                    max: Some(CHOICE_TEXTS[0].max),
                });
            }
        }
        if labels.iter().filter(|l| !l.is_empty()).count() < 2 {
            problems.push(problem(
                format!("{prefix}.choice.01.label"),
                "partner-error-two-choices",
            ));
        }
        // A quiz without a right answer cannot be passed: the right choice must be one written.
        let right = question
            .correct
            .and_then(|c| labels.get(c))
            .is_some_and(|l| !l.is_empty());
        if !right {
            problems.push(problem(
                format!("{prefix}.correct"),
                "partner-error-no-right-answer",
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pathways::outline::{new_step, ChoiceDraft, QuestionDraft};

    fn choice(label: &str) -> ChoiceDraft {
        let mut c = ChoiceDraft::default();
        c.texts
            .entry(Lang::Fr)
            .or_default()
            .insert("label".into(), label.into());
        c
    }

    fn fields(step: &StepDraft) -> Vec<(String, &'static str)> {
        step_problems(step, Lang::Fr, &|_| false)
            .into_iter()
            .map(|p| (p.field, p.key))
            .collect()
    }

    #[test]
    fn a_quiz_needs_questions_with_a_right_answer() {
        let mut quiz = new_step(StepKind::Quiz, "Vérifier", Lang::Fr);
        assert_eq!(
            fields(&quiz),
            [("questions".to_string(), "partner-error-no-questions")]
        );
        let mut q = QuestionDraft::default();
        q.texts
            .entry(Lang::Fr)
            .or_default()
            .insert("prompt".into(), "Laquelle ?".into());
        q.choices = vec![choice("Celle-ci"), choice("Celle-là"), choice("")];
        quiz.questions.push(q);
        assert_eq!(
            fields(&quiz),
            [("question.01.correct".to_string(), "partner-error-no-right-answer")],
            "no right answer"
        );
        quiz.questions[0].correct = Some(2);
        assert_eq!(
            fields(&quiz),
            [("question.01.correct".to_string(), "partner-error-no-right-answer")],
            "the right answer is a blank choice"
        );
        quiz.questions[0].correct = Some(1);
        assert!(fields(&quiz).is_empty());
        assert!(
            step_problems(&quiz, Lang::Fr, &|_| true)
                .iter()
                .any(|p| p.key == "partner-error-no-questions"),
            "every question taken out"
        );
    }

    #[test]
    fn a_video_needs_its_address_and_transcript() {
        let mut watch = new_step(StepKind::Watch, "Regarder", Lang::Fr);
        watch.minutes = 0;
        let found = fields(&watch);
        for field in ["minutes", "transcript_md", "url"] {
            assert!(found.iter().any(|(f, _)| f == field), "{field}: {found:?}");
        }
        watch.url = "ftp://example.org/v".into();
        assert!(fields(&watch).contains(&("url".to_string(), "partner-error-url")));
    }
}

//! A pathway's steps, quiz questions and choices as its editors change them: read from and
//! written back into the pathway's `Snapshot`, where each part is named by its place
//! (`step.02.kind`, `step.02.question.01.choice.03.label`) and keeps the id of its stored row
//! (`step.02.id`, empty for a new part) so learners' progress stays with the step it was made on.

use super::codes::StepKind;
use crate::content::edit::TextSpec;
use crate::content::snapshot::Snapshot;
use crate::i18n::Lang;
use std::collections::BTreeMap;

/// Most steps of a pathway, questions of a quiz, choices of a question.
pub const MAX_STEPS: usize = 40;
pub const MAX_QUESTIONS: usize = 20;
pub const MAX_CHOICES: usize = 8;

/// Texts of one part, by language then field.
pub type PartTexts = BTreeMap<Lang, BTreeMap<String, String>>;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outline {
    pub steps: Vec<StepDraft>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StepDraft {
    pub id: Option<i32>,
    pub kind: StepKind,
    pub minutes: i32,
    pub required: bool,
    pub url: String,
    /// A watch step's webinar (its slug): the replay to watch, and its page.
    pub webinar: String,
    pub pass_mark: Option<i32>,
    pub texts: PartTexts,
    pub questions: Vec<QuestionDraft>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuestionDraft {
    pub id: Option<i32>,
    /// The right choice (0-based), if one is chosen.
    pub correct: Option<usize>,
    pub texts: PartTexts,
    pub choices: Vec<ChoiceDraft>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChoiceDraft {
    pub id: Option<i32>,
    pub texts: PartTexts,
}

/// `step.02`.
pub fn step_key(n: usize) -> String {
    format!("step.{n:02}")
}

/// `step.02.question.01`.
pub fn question_key(step: usize, n: usize) -> String {
    format!("{}.question.{n:02}", step_key(step))
}

/// `step.02.question.01.choice.03`.
pub fn choice_key(step: usize, question: usize, n: usize) -> String {
    format!("{}.choice.{n:02}", question_key(step, question))
}

const fn spec(name: &'static str, markdown: bool, required: bool, max: usize, rows: u8) -> TextSpec {
    TextSpec {
        name,
        markdown,
        required,
        max,
        rows,
    }
}

/// The text fields of a step of `kind` (the lesson is required for a reading step; a video's
/// transcript, a practice's checklist and what to bring back from a course, for their kinds).
pub fn step_texts(kind: StepKind) -> Vec<TextSpec> {
    let mut texts = vec![
        spec("title", false, true, 300, 0),
        spec("content_md", true, kind == StepKind::Read, 30_000, 10),
    ];
    match kind {
        StepKind::Watch => texts.push(spec("transcript_md", true, true, 60_000, 12)),
        StepKind::Practise => texts.push(spec("checklist", false, true, 4_000, 6)),
        StepKind::External => texts.push(spec("bring_back_md", true, true, 10_000, 5)),
        StepKind::Read | StepKind::Quiz => {}
    }
    texts
}

pub const QUESTION_TEXTS: [TextSpec; 2] = [
    spec("prompt", false, true, 1_000, 2),
    spec("explanation", false, false, 2_000, 2),
];
pub const CHOICE_TEXTS: [TextSpec; 2] = [
    spec("label", false, true, 300, 0),
    spec("feedback", false, false, 500, 0),
];

fn texts_of(snapshot: &Snapshot, prefix: &str) -> PartTexts {
    let start = format!("{prefix}.");
    snapshot
        .texts
        .iter()
        .map(|(&lang, fields)| {
            let own: BTreeMap<String, String> = fields
                .iter()
                .filter_map(|(k, v)| {
                    let rest = k.strip_prefix(&start)?;
                    // Only this part's own fields, not those of the parts inside it.
                    (!rest.contains('.')).then(|| (rest.to_string(), v.clone()))
                })
                .collect();
            (lang, own)
        })
        .filter(|(_, own)| !own.is_empty())
        .collect()
}

fn write_texts(snapshot: &mut Snapshot, prefix: &str, texts: &PartTexts) {
    for (&lang, fields) in texts {
        let into = snapshot.texts.entry(lang).or_default();
        for (name, value) in fields {
            into.insert(format!("{prefix}.{name}"), value.clone());
        }
    }
}

fn id_of(snapshot: &Snapshot, prefix: &str) -> Option<i32> {
    snapshot.field(&format!("{prefix}.id")).parse().ok()
}

impl Outline {
    /// The steps in `snapshot`, in order.
    pub fn of(snapshot: &Snapshot) -> Outline {
        let mut steps = Vec::new();
        for n in 1..=MAX_STEPS {
            let key = step_key(n);
            let Some(kind) = snapshot
                .fields
                .get(&format!("{key}.kind"))
                .and_then(|k| StepKind::parse(k))
            else {
                break;
            };
            let field = |name: &str| snapshot.field(&format!("{key}.{name}"));
            let mut questions = Vec::new();
            for m in 1..=MAX_QUESTIONS {
                let q = question_key(n, m);
                if !snapshot.fields.contains_key(&format!("{q}.id")) {
                    break;
                }
                let mut choices = Vec::new();
                for c in 1..=MAX_CHOICES {
                    let key = choice_key(n, m, c);
                    if !snapshot.fields.contains_key(&format!("{key}.id")) {
                        break;
                    }
                    choices.push(ChoiceDraft {
                        id: id_of(snapshot, &key),
                        texts: texts_of(snapshot, &key),
                    });
                }
                questions.push(QuestionDraft {
                    id: id_of(snapshot, &q),
                    correct: snapshot
                        .field(&format!("{q}.correct"))
                        .parse::<usize>()
                        .ok()
                        .and_then(|c| c.checked_sub(1)),
                    texts: texts_of(snapshot, &q),
                    choices,
                });
            }
            steps.push(StepDraft {
                id: id_of(snapshot, &key),
                kind,
                minutes: field("minutes").parse().unwrap_or(0),
                required: field("required") != "no",
                url: field("url"),
                webinar: field("webinar"),
                pass_mark: field("pass_mark").parse().ok(),
                texts: texts_of(snapshot, &key),
                questions,
            });
        }
        Outline { steps }
    }

    /// Writes the steps into `snapshot`, in place of the ones it had.
    pub fn write(&self, snapshot: &mut Snapshot) {
        snapshot.fields.retain(|k, _| !k.starts_with("step."));
        for texts in snapshot.texts.values_mut() {
            texts.retain(|k, _| !k.starts_with("step."));
        }
        let id = |id: Option<i32>| id.map(|i| i.to_string()).unwrap_or_default();
        for (i, step) in self.steps.iter().enumerate() {
            let key = step_key(i + 1);
            let fields = [
                ("id", id(step.id)),
                ("kind", step.kind.code().to_string()),
                ("minutes", step.minutes.to_string()),
                ("required", if step.required { "yes" } else { "no" }.to_string()),
                ("url", step.url.clone()),
                ("webinar", step.webinar.clone()),
                (
                    "pass_mark",
                    step.pass_mark.map(|p| p.to_string()).unwrap_or_default(),
                ),
            ];
            for (name, value) in fields {
                snapshot.fields.insert(format!("{key}.{name}"), value);
            }
            write_texts(snapshot, &key, &step.texts);
            for (j, question) in step.questions.iter().enumerate() {
                let q = question_key(i + 1, j + 1);
                snapshot.fields.insert(format!("{q}.id"), id(question.id));
                let correct = question
                    .correct
                    .map(|c| format!("{:02}", c + 1))
                    .unwrap_or_default();
                snapshot.fields.insert(format!("{q}.correct"), correct);
                write_texts(snapshot, &q, &question.texts);
                for (k, choice) in question.choices.iter().enumerate() {
                    let c = choice_key(i + 1, j + 1, k + 1);
                    snapshot.fields.insert(format!("{c}.id"), id(choice.id));
                    write_texts(snapshot, &c, &choice.texts);
                }
            }
        }
    }

    /// The text fields of every part, by name, in the order of the outline.
    pub fn text_fields(&self) -> Vec<(String, TextSpec)> {
        let mut all = Vec::new();
        for (i, step) in self.steps.iter().enumerate() {
            let key = step_key(i + 1);
            all.extend(
                step_texts(step.kind)
                    .into_iter()
                    .map(|t| (format!("{key}.{}", t.name), t)),
            );
            for (j, question) in step.questions.iter().enumerate() {
                let q = question_key(i + 1, j + 1);
                all.extend(QUESTION_TEXTS.iter().map(|t| (format!("{q}.{}", t.name), *t)));
                for k in 0..question.choices.len() {
                    let c = choice_key(i + 1, j + 1, k + 1);
                    all.extend(CHOICE_TEXTS.iter().map(|t| (format!("{c}.{}", t.name), *t)));
                }
            }
        }
        all
    }

    /// Moves step `from` to position `to` (both 1-based); `false` when either is not a step.
    pub fn move_step(&mut self, from: usize, to: usize) -> bool {
        let len = self.steps.len();
        if from == 0 || to == 0 || from > len || to > len {
            return false;
        }
        let step = self.steps.remove(from - 1);
        self.steps.insert(to - 1, step);
        true
    }

    /// Puts the steps in the order of the positions the editor typed (`positions[i]` for step
    /// i + 1); ties keep their order. `Err(i)`: step i + 1 was moved past the end (or before 1).
    pub fn reorder(&mut self, positions: &[usize]) -> Result<(), usize> {
        let len = self.steps.len();
        if let Some(bad) = positions.iter().position(|&p| p == 0 || p > len) {
            return Err(bad);
        }
        let mut order: Vec<(usize, usize)> = positions.iter().copied().zip(0..).collect();
        order.sort();
        let old = std::mem::take(&mut self.steps);
        let mut by_index: Vec<Option<StepDraft>> = old.into_iter().map(Some).collect();
        self.steps = order
            .into_iter()
            .filter_map(|(_, i)| by_index.get_mut(i).and_then(Option::take))
            .collect();
        // Steps the form did not mention keep their place at the end.
        self.steps.extend(by_index.into_iter().flatten());
        Ok(())
    }

    /// The total length of the required and optional steps, in minutes.
    pub fn minutes(&self) -> i32 {
        self.steps.iter().map(|s| s.minutes).sum()
    }
}

/// A new step of `kind` titled `title` in `lang`.
pub fn new_step(kind: StepKind, title: &str, lang: Lang) -> StepDraft {
    let mut texts = PartTexts::new();
    texts
        .entry(lang)
        .or_default()
        .insert("title".into(), title.trim().to_string());
    StepDraft {
        id: None,
        kind,
        minutes: 10,
        required: true,
        url: String::new(),
        webinar: String::new(),
        pass_mark: (kind == StepKind::Quiz).then_some(super::codes::DEFAULT_PASS_MARK),
        texts,
        questions: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline() -> Outline {
        let mut o = Outline::default();
        for (kind, title) in [
            (StepKind::Read, "Lire"),
            (StepKind::Quiz, "Quiz"),
            (StepKind::Practise, "Faire"),
        ] {
            o.steps.push(new_step(kind, title, Lang::Fr));
        }
        let mut q = QuestionDraft {
            id: Some(7),
            correct: Some(1),
            ..Default::default()
        };
        q.texts
            .entry(Lang::Fr)
            .or_default()
            .insert("prompt".into(), "Pourquoi ?".into());
        for (id, label) in [(Some(8), "A"), (None, "B")] {
            let mut c = ChoiceDraft {
                id,
                ..Default::default()
            };
            c.texts
                .entry(Lang::Fr)
                .or_default()
                .insert("label".into(), label.into());
            q.choices.push(c);
        }
        o.steps[1].questions.push(q);
        o
    }

    fn titles(o: &Outline) -> Vec<String> {
        o.steps
            .iter()
            .map(|s| s.texts[&Lang::Fr]["title"].clone())
            .collect()
    }

    #[test]
    fn an_outline_survives_its_snapshot() {
        let o = outline();
        let mut snapshot = Snapshot::default();
        snapshot
            .texts
            .entry(Lang::Fr)
            .or_default()
            .insert("title".into(), "Parcours".into());
        o.write(&mut snapshot);
        assert_eq!(snapshot.field("step.02.question.01.choice.01.id"), "8");
        assert_eq!(
            snapshot.text(Lang::Fr, "step.02.question.01.choice.02.label"),
            "B"
        );
        assert_eq!(Outline::of(&snapshot), o);
        assert_eq!(
            snapshot.text(Lang::Fr, "title"),
            "Parcours",
            "the pathway's own texts stay"
        );
        let names: Vec<String> = o.text_fields().into_iter().map(|(n, _)| n).collect();
        assert!(names.contains(&"step.03.checklist".to_string()));
        assert!(names.contains(&"step.02.question.01.choice.02.label".to_string()));
        // Fewer steps written: the others' fields leave the snapshot.
        let mut shorter = o.clone();
        shorter.steps.truncate(1);
        shorter.write(&mut snapshot);
        assert!(!snapshot.fields.keys().any(|k| k.starts_with("step.02")));
        assert!(!snapshot.texts[&Lang::Fr].keys().any(|k| k.starts_with("step.02")));
    }

    #[test]
    fn steps_move_and_reorder_but_not_past_the_end() {
        let mut o = outline();
        assert!(o.move_step(3, 1));
        assert_eq!(titles(&o), ["Faire", "Lire", "Quiz"]);
        assert!(!o.move_step(1, 4), "past the end");
        assert!(!o.move_step(0, 1));
        assert_eq!(o.reorder(&[2, 1, 3]), Ok(()));
        assert_eq!(titles(&o), ["Lire", "Faire", "Quiz"]);
        assert_eq!(
            o.reorder(&[1, 4, 2]),
            Err(1),
            "the second step moved past the end"
        );
        assert_eq!(titles(&o), ["Lire", "Faire", "Quiz"], "unchanged");
        assert_eq!(o.reorder(&[3, 3, 1]), Ok(()), "ties keep their order");
        assert_eq!(titles(&o), ["Quiz", "Lire", "Faire"]);
    }
}

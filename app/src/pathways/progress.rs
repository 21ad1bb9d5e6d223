//! The rules of progress, checked on the server whatever the form says: steps are done in
//! order (every earlier required step first), a quiz step is done only by passing its quiz,
//! a step is counted once, and answers must be among the question's choices.

use super::codes::DEFAULT_PASS_MARK;
use super::steps::Question;
use crate::entities::{pathway_step, quiz_attempt, step_completion};
use crate::web::flash::Message;
use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The first earlier required step not done yet (its number), if any.
pub fn missing_before(steps: &[pathway_step::Model], index: usize, done: &HashSet<i32>) -> Option<u32> {
    steps
        .iter()
        .take(index)
        .position(|s| s.required && !done.contains(&s.id))
        .map(|i| i as u32 + 1)
}

/// Records step `step_id` as done; false when it already was.
pub async fn record_done(db: &impl ConnectionTrait, learner: i32, step_id: i32) -> Result<bool, DbErr> {
    let inserted = step_completion::Entity::insert(step_completion::ActiveModel {
        learner_id: Set(learner),
        step_id: Set(step_id),
        completed_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            step_completion::Column::LearnerId,
            step_completion::Column::StepId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(inserted > 0)
}

/// The field of a question's answer.
pub fn answer_field(question_id: i32) -> String {
    format!("q{question_id}")
}

/// A graded quiz.
#[derive(Debug, PartialEq, Eq)]
pub struct Graded {
    pub correct: i32,
    pub total: i32,
    pub passed: bool,
    /// Chosen choice per question.
    pub answers: HashMap<i32, i32>,
}

/// Grades `fields` against `questions`; a message per unanswered or invalid question.
pub fn grade(
    questions: &[Question],
    pass_mark: Option<i32>,
    answer: impl Fn(&str) -> String,
) -> Result<Graded, BTreeMap<String, Message>> {
    let mut errors = BTreeMap::new();
    let mut answers = HashMap::new();
    for (i, q) in questions.iter().enumerate() {
        let field = answer_field(q.id);
        let sent = answer(&field);
        // The message names its question: in the summary at the top it stands alone.
        let number = i64::try_from(i + 1).unwrap_or(0);
        if sent.trim().is_empty() {
            errors.insert(
                field,
                Message::new("pathways-error-choose").with("number", number),
            );
            continue;
        }
        match sent.trim().parse::<i32>() {
            Ok(choice) if q.choices.iter().any(|(id, _)| *id == choice) => {
                answers.insert(q.id, choice);
            }
            _ => {
                errors.insert(
                    field,
                    Message::new("pathways-error-invalid-choice").with("number", number),
                );
            }
        }
    }
    if !errors.is_empty() || questions.is_empty() {
        return Err(errors);
    }
    let correct = questions
        .iter()
        .filter(|q| q.correct.is_some() && answers.get(&q.id) == q.correct.as_ref())
        .count() as i32;
    let total = questions.len() as i32;
    let mark = pass_mark.unwrap_or(DEFAULT_PASS_MARK).clamp(0, 100);
    Ok(Graded {
        correct,
        total,
        passed: correct * 100 >= mark * total,
        answers,
    })
}

/// Keeps an attempt (every attempt is kept: the last one is shown).
pub async fn record_attempt(
    db: &impl ConnectionTrait,
    learner: i32,
    step_id: i32,
    graded: &Graded,
) -> Result<(), DbErr> {
    quiz_attempt::ActiveModel {
        learner_id: Set(learner),
        step_id: Set(step_id),
        answers: Set(serde_json::to_string(&graded.answers).unwrap_or_default()),
        correct: Set(graded.correct),
        total: Set(graded.total),
        passed: Set(graded.passed),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(id: i32, correct: i32) -> Question {
        Question {
            id,
            prompt: String::new(),
            explanation: String::new(),
            choices: vec![(id * 10 + 1, "a".into()), (id * 10 + 2, "b".into())],
            correct: Some(correct),
            feedback: HashMap::new(),
        }
    }

    #[test]
    fn answers_are_checked_and_graded_on_the_server() {
        let questions = vec![question(1, 11), question(2, 22), question(3, 31)];
        let sent = |pairs: &'static [(&'static str, &'static str)]| {
            move |field: &str| {
                pairs
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, v)| v.to_string())
                    .unwrap_or_default()
            }
        };
        let graded = grade(
            &questions,
            Some(70),
            sent(&[("q1", "11"), ("q2", "22"), ("q3", "32")]),
        );
        assert_eq!(graded.as_ref().map(|g| (g.correct, g.passed)), Ok((2, false)));
        let graded = grade(
            &questions,
            Some(60),
            sent(&[("q1", "11"), ("q2", "22"), ("q3", "32")]),
        );
        assert_eq!(graded.map(|g| g.passed), Ok(true));
        let errors = grade(&questions, None, sent(&[("q1", "11"), ("q2", "99")]))
            .err()
            .unwrap_or_default();
        assert_eq!(errors.keys().collect::<Vec<_>>(), vec!["q2", "q3"]);
        assert_eq!(errors["q2"].key, "pathways-error-invalid-choice");
        assert_eq!(errors["q3"].key, "pathways-error-choose");
    }
}

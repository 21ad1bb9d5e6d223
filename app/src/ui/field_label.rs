//! The words for a field of an item, in forms, diffs and histories: `title` → "Title"; a part
//! of a pathway, named by where it is (`step.02.question.01.choice.03.label`), → "Step 2 ›
//! Question 1 › Choice 3 › Label".

use crate::i18n::{t, t_args};

/// The parts of a field name: the numbered ones (`("step", 2)`) and the field itself.
fn parts(name: &str) -> (Vec<(&str, i64)>, String) {
    let pieces: Vec<&str> = name.split('.').collect();
    let mut numbered = Vec::new();
    let mut i = 0;
    while i + 1 < pieces.len() {
        match pieces[i + 1].parse::<i64>() {
            Ok(n) => numbered.push((pieces[i], n)),
            Err(_) => break,
        }
        i += 2;
    }
    (numbered, pieces[i..].join("."))
}

fn numbered_word((part, n): (&str, i64)) -> String {
    t_args(&format!("content-field-{part}-n"), &[("n", n.into())])
}

/// The whole label of field `name`.
pub fn field_label(name: &str) -> String {
    let (numbered, field) = parts(name);
    let mut words: Vec<String> = numbered.into_iter().map(numbered_word).collect();
    if !field.is_empty() {
        words.push(t(&format!("content-field-{}", field.replace('_', "-"))));
    }
    words.join(" › ")
}

/// What a history line names for field `name`: the field, or for a part of a pathway only the
/// part it is in ("Step 2"), so a reordering does not list every text it moved.
pub fn field_group(name: &str) -> String {
    let (numbered, field) = parts(name);
    match numbered.first() {
        Some(&first) => numbered_word(first),
        None => t(&format!("content-field-{}", field.replace('_', "-"))),
    }
}

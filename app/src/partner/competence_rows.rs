//! Competences with the level each one asks for or reaches, as rows of two selects on an item
//! form (`competence_1` / `level_1`, …): the pathway and job-profile forms share them.

use crate::i18n::t_args;
use crate::ui::form::{FormState, SelectField};
use leptos::prelude::*;

/// The level a new row starts at (4 of 8: intermediate).
pub const DEFAULT_LEVEL: i32 = 4;

/// The (code, level) pairs of rows 1 to `rows` of a posted form; a competence chosen twice keeps
/// its higher level; a level that is not 1 to 8 takes the default.
pub fn pairs_from(field: impl Fn(&str) -> String, rows: usize) -> Vec<(String, i32)> {
    let mut pairs: Vec<(String, i32)> = Vec::new();
    for i in 1..=rows {
        let code = field(&format!("competence_{i}")).trim().to_string();
        if code.is_empty() || code.len() > 8 {
            continue;
        }
        let level = field(&format!("level_{i}"))
            .trim()
            .parse()
            .ok()
            .filter(|l| (1..=8).contains(l))
            .unwrap_or(DEFAULT_LEVEL);
        match pairs.iter_mut().find(|(c, _)| *c == code) {
            Some(found) => found.1 = found.1.max(level),
            None => pairs.push((code, level)),
        }
    }
    pairs
}

/// `rows` rows of (competence, level), starting from `pairs`; `options` are (code, label) with
/// the empty choice first.
#[component]
pub fn CompetenceRows(
    form: FormState,
    rows: usize,
    options: Vec<(String, String)>,
    pairs: Vec<(String, i32)>,
    /// The Fluent key of a row's level label (`partner-pathway-target-level-n`).
    level_key: &'static str,
) -> impl IntoView {
    let levels: Vec<(String, String)> = (1..=8)
        .map(|l: i64| {
            (
                l.to_string(),
                t_args("partner-pathway-level-n", &[("level", l.into())]),
            )
        })
        .collect();
    (1..=rows)
        .map(|i| {
            let (code, level) = pairs
                .get(i - 1)
                .map(|(c, l)| (c.clone(), l.to_string()))
                .unwrap_or_else(|| (String::new(), DEFAULT_LEVEL.to_string()));
            let n = || vec![("n", (i as i64).into())];
            view! {
                <div class="field-pair">
                    <SelectField form=form.clone() name=format!("competence_{i}") label=t_args("partner-pathway-competence-n", &n()) options=options.clone() default=code/>
                    <SelectField form=form.clone() name=format!("level_{i}") label=t_args(level_key, &n()) options=levels.clone() default=level/>
                </div>
            }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_become_pairs() {
        let form = |name: &str| {
            match name {
                "competence_1" => "3.4",
                "level_1" => "6",
                "competence_2" => "3.4",
                "level_2" => "2",
                "competence_3" => "1.1",
                "level_3" => "12",
                _ => "",
            }
            .to_string()
        };
        assert_eq!(
            pairs_from(form, 4),
            [("3.4".to_string(), 6), ("1.1".to_string(), DEFAULT_LEVEL)]
        );
    }
}

//! The profile as a bar chart drawn on the server (SVG: no JavaScript, prints, scales): one bar
//! per competence, its length the level; attested levels are marked. It is an image with a
//! title and a description; the table beside it gives every value as text.

use crate::assessment::model::{LevelSource, ProfileArea};
use crate::i18n::{t, t_args};
use leptos::prelude::*;

const ROW: u32 = 22;
const LABEL: u32 = 44;
const BAR: u32 = 440;
const WIDTH: u32 = LABEL + BAR + 60;

#[component]
pub fn ProfileChart(areas: Vec<ProfileArea>, top_level: u8) -> impl IntoView {
    let top = u32::from(top_level.max(1));
    let rows: Vec<_> = areas.iter().flat_map(|a| a.rows.iter()).collect();
    let height = ROW * rows.len() as u32 + 28;
    let answered = rows.iter().filter(|r| r.level.is_some()).count();
    let description = t_args(
        "assessment-chart-desc",
        &[
            ("answered", (answered as i64).into()),
            ("total", (rows.len() as i64).into()),
            ("top", i64::from(top_level).into()),
        ],
    );
    let grid = (0..=top)
        .map(|level| {
            let x = LABEL + BAR * level / top;
            view! {
                <line x1=x.to_string() x2=x.to_string() y1="0" y2=(height - 24).to_string() class="chart-grid"/>
                <text x=x.to_string() y=(height - 8).to_string() text-anchor="middle" class="chart-axis">{level.to_string()}</text>
            }
        })
        .collect_view();
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let y = ROW * i as u32;
            let level = u32::from(row.level.unwrap_or(0));
            let attested = matches!(row.source, LevelSource::Attested { .. });
            let value = match (row.level, attested) {
                (Some(l), true) => format!("{l} ✓"),
                (Some(l), false) => l.to_string(),
                (None, _) => "–".to_string(),
            };
            view! {
                <text x="0" y=(y + 15).to_string() class="chart-label">{row.code.clone()}</text>
                <rect x=LABEL.to_string() y=(y + 4).to_string() height=(ROW - 8).to_string()
                    width=(BAR * level / top).to_string()
                    class=if attested { "chart-bar chart-bar-attested" } else { "chart-bar" }/>
                <text x=(LABEL + BAR * level / top + 6).to_string() y=(y + 15).to_string() class="chart-value">{value}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="profile-chart">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby="chart-title chart-desc"
                xmlns="http://www.w3.org/2000/svg" width="100%">
                <title id="chart-title">{t("assessment-chart-title")}</title>
                <desc id="chart-desc">{description}</desc>
                {grid}
                {bars}
            </svg>
            <figcaption class="small">{t("assessment-chart-caption")}</figcaption>
        </figure>
    }
}

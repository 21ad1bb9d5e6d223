//! Where the output is a contract with other platforms, it is kept as a snapshot (`insta`):
//! the schema.org JSON-LD of each content type, the Atom feed, the sitemap and a badge
//! credential. Dates and generated ids are redacted (they change with every run), so a
//! snapshot changes only when the contract does. The same snapshot serves both databases.

use crate::support::{each_db, Page, TestApp};
use serde_json::Value;

/// Replaces what changes with every run: dates and times, UUIDs, signatures.
pub fn redact(value: Value) -> Value {
    match value {
        Value::String(s) => Value::String(redact_text(&s)),
        Value::Array(items) => Value::Array(items.into_iter().map(redact).collect()),
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, redact(v))).collect()),
        other => other,
    }
}

fn redact_text(text: &str) -> String {
    let bytes = text.as_bytes();
    let looks_dated = bytes.len() >= 10
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[7] == b'-';
    if looks_dated {
        return "[date]".into();
    }
    redact_ids(text)
}

/// UUIDs (badge ids) anywhere in a text.
fn redact_ids(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c.is_ascii_hexdigit()) {
        let candidate = &rest[at..];
        let is_uuid = candidate.len() >= 36
            && candidate.char_indices().take(36).all(|(i, c)| {
                if [8, 13, 18, 23].contains(&i) {
                    c == '-'
                } else {
                    c.is_ascii_hexdigit()
                }
            });
        if is_uuid {
            out.push_str(&rest[..at]);
            out.push_str("[uuid]");
            rest = &candidate[36..];
        } else {
            let step = at + candidate.chars().next().map(char::len_utf8).unwrap_or(1);
            out.push_str(&rest[..step]);
            rest = &rest[step..];
        }
    }
    out.push_str(rest);
    out
}

fn json_ld(page: &Page) -> Value {
    let text = page.texts("script[type='application/ld+json']").join("");
    redact(serde_json::from_str(&text).unwrap_or_else(|e| panic!("JSON-LD: {e}: {text}")))
}

/// Dates in XML (`<updated>…</updated>`, `<lastmod>…</lastmod>`) redacted.
fn redact_xml(xml: &str) -> String {
    let mut out = String::new();
    for line in xml.split_inclusive('>') {
        let dated = line.len() >= 10
            && line.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && line.as_bytes()[4] == b'-';
        if dated {
            let end = line.find('<').unwrap_or(line.len());
            out.push_str("[date]");
            out.push_str(&line[end..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

async fn each(f: impl AsyncFn(&TestApp)) {
    for app in each_db().await {
        f(&app).await;
    }
}

#[tokio::test]
async fn json_ld_of_each_content_type() {
    each(async |app| {
        let pages = [
            ("organisation", "/en/organisations/bitsociale-cooperativa"),
            ("job_profile", "/fr/jobs/civic-tech-developer"),
            (
                "offer_job",
                "/fr/offers/fr-developpeur-web-carnet-adherents-nantes",
            ),
            (
                "offer_training",
                "/en/offers/be-formation-open-data-associations-en-ligne",
            ),
            ("pathway", "/es/pathways/open-data-for-associations"),
            ("resource", "/fr/resources/checklist-rgpd-petite-association"),
            (
                "resource_talk",
                "/en/resources/volunteer-matching-platform-explained",
            ),
            ("webinar_past", "/en/webinars/une-journee-de-data-steward"),
        ];
        for (name, uri) in pages {
            let value = json_ld(&app.ok(uri).await);
            insta::assert_json_snapshot!(format!("json_ld_{name}"), value);
        }
    })
    .await;
}

#[tokio::test]
async fn the_atom_feed() {
    each(async |app| {
        let feed = app.ok("/it/offers/feed.atom?kind=training").await;
        insta::assert_snapshot!("atom_feed_training_it", redact_xml(&feed.body));
    })
    .await;
}

#[tokio::test]
async fn the_sitemap() {
    each(async |app| {
        let sitemap = app.ok("/sitemap.xml").await;
        // The first pages (home, lists, a few items) in every language: the shape of every entry.
        let head: String = sitemap
            .body
            .split("</url>")
            .take(12)
            .collect::<Vec<_>>()
            .join("</url>");
        insta::assert_snapshot!("sitemap_head", redact_xml(&head));
    })
    .await;
}

#[tokio::test]
async fn a_badge_credential() {
    each(async |app| {
        let mut client = app.client();
        crate::pathways_journey::finish(app, &mut client, crate::pathways_journey::SLUG).await;
        let sent = client
            .submit(
                &format!("/en/pathways/{}", crate::pathways_journey::SLUG),
                &format!("/en/pathways/{}/badge", crate::pathways_journey::SLUG),
                &[("name", "Ada Lovelace")],
            )
            .await;
        let id = crate::support::location(&sent)
            .trim_start_matches("/en/badges/")
            .to_string();
        let json: Value = serde_json::from_str(&app.ok(&format!("/badges/{id}.json")).await.body)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut credential = json["credential"].clone();
        // The time of issue, as a number of seconds.
        if let Some(nbf) = credential.get_mut("nbf") {
            *nbf = Value::String("[time]".into());
        }
        insta::assert_json_snapshot!("badge_credential", redact(credential));
        assert_eq!(json["verification"]["valid"], true);
    })
    .await;
}

/// A webinar's calendar across a clock change: it starts at 01:30 in Rome on the night the clocks
/// go back and lasts two hours, so it ends at 02:30 local time, three hours of clock later. As
/// UTC instants, the file says exactly that (23:30Z to 01:30Z). `DTSTAMP` is redacted.
#[tokio::test]
async fn a_webinar_calendar_across_a_clock_change() {
    each(async |app| {
        use sea_orm::{ActiveModelTrait, Set};
        let slug = "accessibilita-tastiera-e-lettore-di-schermo";
        let start = app::webinars::editing::instant("2027-10-31", "01:30", "Europe/Rome")
            .unwrap_or_else(|| panic!("a time of that night"));
        let row = crate::webinar_registrations::webinar(app, slug).await;
        app::entities::webinar::ActiveModel {
            id: Set(row.id),
            starts_at: Set(start),
            duration_minutes: Set(120),
            ..Default::default()
        }
        .update(&app.db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        let file = app.ok(&format!("/it/webinars/{slug}.ics")).await.body;
        let unfolded = icalendar::parser::unfold(&file);
        let calendar = icalendar::parser::read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}"));
        let event = calendar
            .components
            .iter()
            .find(|c| c.name == "VEVENT")
            .unwrap_or_else(|| panic!("no event"));
        let property = |name: &str| {
            event
                .properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.val.to_string())
                .unwrap_or_default()
        };
        assert_eq!(property("DTSTART"), "20271030T233000Z");
        assert_eq!(property("DTEND"), "20271031T013000Z");
        let redacted: String = file
            .lines()
            .map(|l| {
                if l.starts_with("DTSTAMP:") {
                    "DTSTAMP:[date]"
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        insta::assert_snapshot!("webinar_ics_clock_change", redacted);
    })
    .await;
}

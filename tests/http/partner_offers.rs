//! Writing an offer in the partner space: a draft created for the editor's organisation only,
//! every problem a message on its field with everything typed kept, a save after someone
//! else's refused without losing what was typed, and submitting for review; nothing of it
//! public, another organisation's editor kept out.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{each_db, location, Client, TestApp};
use axum::http::StatusCode;

const EDITOR: (&str, &str) = (
    "editor.bitsociale-cooperativa@example.org",
    "demo editor of the academy",
);
const OTHER_EDITOR: (&str, &str) = ("editor.conecta-mayores@example.org", "demo editor of the academy");
const NEW: &str = "/en/partner/offers/new?org=bitsociale-cooperativa";

fn offer_fields<'a>(title: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("org", "bitsociale-cooperativa"),
        ("action", "save"),
        ("title", title),
        (
            "description_md",
            "We look for someone to **run our digital workshops**.",
        ),
        ("kind", "job"),
        ("work_mode", "hybrid"),
        ("contract", "fixed_term"),
        ("country", "IT"),
        ("city", "Bologna"),
        ("valid_until", "2099-12-31"),
        ("apply_email", "jobs@bitsociale.example.org"),
        ("original_lang", "it"),
    ];
    fields.extend_from_slice(extra);
    fields
}

/// Creates a draft through the form; returns its form's address.
async fn create(editor: &mut Client<'_>, title: &str) -> String {
    let done = editor
        .submit(NEW, "/en/partner/offers/new", &offer_fields(title, &[]))
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let to = location(&done);
    assert!(to.starts_with("/en/partner/offers/"), "{to}");
    to
}

async fn id_of(app: &TestApp, title: &str) -> i64 {
    scalar(
        app,
        &format!("SELECT offer_id FROM offer_translations WHERE title = '{title}'"),
    )
    .await
}

#[tokio::test]
async fn an_editor_creates_a_draft_that_only_their_organisation_sees() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let form = editor.ok_page(NEW).await;
        assert_eq!(form.texts("h1"), vec!["New offer"]);
        let to = create(&mut editor, "Facilitatrice zibellina per il quartiere").await;
        let page = editor.ok_page(&to).await;
        assert!(page.body.contains("The draft is created"), "[{}]", app.name);
        assert_eq!(page.texts(".tag[class*='status-']"), vec!["Draft"]);
        assert_eq!(
            page.attrs("#field-title", "value"),
            vec!["Facilitatrice zibellina per il quartiere"]
        );
        let id = id_of(&app, "Facilitatrice zibellina per il quartiere").await;
        let slug = text(&app, &format!("SELECT slug FROM offers WHERE id = {id}")).await;
        assert_eq!(slug, "facilitatrice-zibellina-per-il-quartiere");
        assert_eq!(
            text(&app, &format!("SELECT original_lang FROM offers WHERE id = {id}")).await,
            "it"
        );
        // Listed as a draft in the partner space; nowhere public.
        let drafts = editor.ok_page("/en/partner?status=draft").await;
        assert!(drafts
            .texts("tbody th")
            .contains(&"Facilitatrice zibellina per il quartiere".to_string()));
        assert_eq!(
            app.get(&format!("/en/offers/{slug}")).await.status,
            StatusCode::NOT_FOUND
        );
        let search = app.ok("/en/offers?q=zibellina").await;
        assert!(search.texts(".offer-card h2").is_empty(), "[{}]", app.name);

        // Another organisation's editor: not found, cannot save or submit it.
        let mut other = person(&app, Some(OTHER_EDITOR)).await;
        assert_eq!(
            other.get(&to).await.status,
            StatusCode::NOT_FOUND,
            "[{}]",
            app.name
        );
        let token = crate::support::csrf_of(&other.ok_page("/en/partner").await);
        let mut forged = offer_fields("Taken over", &[("csrf_token", &token), ("version", "1")]);
        forged.retain(|(k, _)| *k != "action");
        forged.push(("action", "submit"));
        let refused = other.post(&to, &forged).await;
        assert_eq!(
            refused.status,
            StatusCode::FORBIDDEN,
            "[{}] {}",
            app.name,
            location(&refused)
        );
        // Nor create one for an organisation that is not theirs.
        let before = scalar(&app, "SELECT COUNT(*) FROM offers").await;
        let back = other
            .submit(
                "/en/partner/offers/new",
                "/en/partner/offers/new",
                &offer_fields("Not theirs", &[]),
            )
            .await;
        assert_eq!(back.status, StatusCode::SEE_OTHER);
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM offers").await,
            before,
            "[{}]",
            app.name
        );
        assert_eq!(
            text(&app, &format!("SELECT status FROM offers WHERE id = {id}")).await,
            "draft"
        );
    }
}

#[tokio::test]
async fn a_rejected_form_keeps_everything_typed_with_a_message_per_field() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let before = scalar(&app, "SELECT COUNT(*) FROM offers").await;
        let mut fields = offer_fields("", &[("apply_url", "www.example"), ("starts_on", "next week")]);
        fields.retain(|(k, _)| *k != "valid_until" && *k != "apply_email");
        fields.push(("valid_until", "2001-02-03"));
        fields.push(("apply_email", "jobs at bitsociale"));
        let done = editor.submit(NEW, "/en/partner/offers/new", &fields).await;
        assert_eq!(location(&done), "/en/partner/offers/new", "[{}]", app.name);
        let page = editor.follow(&done).await;
        let errors = page.texts(".field-error");
        for expected in [
            "Please fill in this field.",
            "Please enter a full web address, starting with https://",
            "This date has passed: choose today or a later day.",
            "Please enter a date as year-month-day, for example 2027-03-31.",
            "Please enter an e-mail address such as name@example.org.",
        ] {
            assert!(
                errors.iter().any(|e| e == expected),
                "[{}] {expected}: {errors:?}",
                app.name
            );
        }
        // Every value comes back, on the organisation it was typed for.
        assert_eq!(page.attrs("#field-city", "value"), vec!["Bologna"]);
        assert_eq!(page.attrs("#field-apply-url", "value"), vec!["www.example"]);
        assert!(page.texts("#field-description-md")[0].contains("digital workshops"));
        assert_eq!(
            page.attrs("input[name=org]", "value"),
            vec!["bitsociale-cooperativa"]
        );
        assert_eq!(page.attrs("#field-title", "aria-invalid"), vec!["true"]);
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM offers").await, before);

        // In French, the messages are French.
        let done = editor
            .submit("/fr/partner/offers/new", "/fr/partner/offers/new", &fields)
            .await;
        let page = editor.follow(&done).await;
        assert!(page
            .texts(".field-error")
            .contains(&"Cette date est passée : choisissez aujourd’hui ou un jour suivant.".to_string()));
    }
}

#[tokio::test]
async fn a_save_after_someone_elses_keeps_the_text_and_overwrites_nothing() {
    for app in each_db().await {
        let mut first = person(&app, Some(EDITOR)).await;
        let mut second = person(&app, Some(EDITOR)).await;
        let to = create(&mut first, "Animatrice di comunità digitale").await;
        // Both open the form at the same version.
        let a = first.ok_page(&to).await;
        let b = second.ok_page(&to).await;
        let version = a.attrs("input[name=version]", "value");
        assert_eq!(version, b.attrs("input[name=version]", "value"));
        let token_a = crate::support::csrf_of(&a);
        let token_b = crate::support::csrf_of(&b);
        let mut fields_a = offer_fields("Animatrice di comunità (versione A)", &[("version", &version[0])]);
        fields_a.push(("csrf_token", &token_a));
        let saved = first.post(&to, &fields_a).await;
        assert_eq!(location(&saved), to, "[{}]", app.name);
        assert!(first.follow(&saved).await.body.contains("The draft is saved"));

        let mut fields_b = offer_fields("Animatrice di comunità (versione B)", &[("version", &version[0])]);
        fields_b.push(("csrf_token", &token_b));
        let refused = second.post(&to, &fields_b).await;
        let page = second.follow(&refused).await;
        assert!(
            page.body.contains("Someone else saved this offer"),
            "[{}]",
            app.name
        );
        assert_eq!(
            page.attrs("#field-title", "value"),
            vec!["Animatrice di comunità (versione B)"],
            "[{}] what they typed is kept",
            app.name
        );
        let id = id_of(&app, "Animatrice di comunità (versione A)").await;
        assert!(id > 0, "[{}] the first save stays", app.name);

        // Submitted: in review, logged, and the form is closed.
        let page = first.ok_page(&to).await;
        let version = page.attrs("input[name=version]", "value");
        let token = crate::support::csrf_of(&page);
        let mut fields = offer_fields("Animatrice di comunità (versione A)", &[("version", &version[0])]);
        fields.retain(|(k, _)| *k != "action");
        fields.extend([("action", "submit"), ("csrf_token", token.as_str())]);
        let sent = first.post(&to, &fields).await;
        let page = first.follow(&sent).await;
        assert!(page.body.contains("sent to the moderators"), "[{}]", app.name);
        assert_eq!(page.texts(".tag[class*='status-']"), vec!["In review"]);
        assert!(
            page.texts("#field-title").is_empty(),
            "[{}] no form while in review",
            app.name
        );
        let log = crate::sql::texts(
            &app,
            &format!("SELECT action FROM audit_log WHERE item_kind = 'offer' AND item_id = {id} ORDER BY id"),
        )
        .await;
        assert_eq!(log, vec!["create", "edit", "edit", "submit"], "[{}]", app.name);
    }
}

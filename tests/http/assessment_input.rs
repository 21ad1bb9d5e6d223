//! Bad input to the self-assessment gets a clear message in the reader's language, never a
//! 500, and nothing is lost: a level outside the framework, a competence that does not exist,
//! a framework version replaced meanwhile, a tampered resume code, a form posted twice (and
//! at once); bad addresses show the first area.

use crate::assessment::{answer_area, answer_fields};
use crate::sql::scalar;
use crate::support::{csrf_of, each_db, location};
use axum::http::StatusCode;

#[tokio::test]
async fn bad_answers_come_back_with_a_message_and_every_value() {
    for app in each_db().await {
        let name = app.name;
        let mut client = app.client();
        // A level outside the framework: the field says which levels exist (in French), the
        // other answers are kept, nothing saved.
        let uri = "/fr/assessment?area=1";
        let page = client.ok_page(uri).await;
        let fields = answer_fields(&page);
        let sent = client
            .send_form(uri, &[(fields[0].as_str(), "9"), (fields[1].as_str(), "3")])
            .await;
        assert_eq!(location(&sent), uri, "[{name}]");
        let page = client.follow(&sent).await;
        let error = page.texts(".question .field-error").join(" ");
        assert!(error.contains("de 1 à 8"), "[{name}] {error}");
        assert_eq!(
            page.attrs(&format!("input[name='{}'][checked]", fields[1]), "value"),
            vec!["3"],
            "[{name}] kept"
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM assessment_answers").await, 0);
        // Nonsense levels too.
        for nonsense in ["-1", "0", "2.5", "deux", "99999999999"] {
            let sent = client.send_form(uri, &[(fields[0].as_str(), nonsense)]).await;
            assert_eq!(sent.status, StatusCode::SEE_OTHER, "[{name}] {nonsense}");
            assert_eq!(location(&sent), uri);
        }
        // A competence code that does not exist (or belongs to another area).
        for code in ["level-9.9", "level-2.1"] {
            let sent = client.send_form(uri, &[(code, "2")]).await;
            let page = client.follow(&sent).await;
            assert!(
                page.texts(".error-summary")
                    .join(" ")
                    .contains("ne fait pas partie"),
                "[{name}] {code}: {}",
                page.texts(".error-summary").join(" ")
            );
        }
        // A framework version replaced since the page was shown: nothing saved, the answers
        // come back to be sent again.
        let sent = client
            .send_form(uri, &[("framework", "digcomp-2.1"), (fields[0].as_str(), "4")])
            .await;
        let page = client.follow(&sent).await;
        assert!(
            page.texts(".error-summary").join(" ").contains("DigComp 2.2"),
            "[{name}] {}",
            page.texts(".error-summary").join(" ")
        );
        assert_eq!(
            page.attrs(&format!("input[name='{}'][checked]", fields[0]), "value"),
            vec!["4"]
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM assessment_answers").await, 0);
        // The same area sent again: the same answers, once.
        let sent = client.send_form(uri, &[(fields[0].as_str(), "4")]).await;
        assert_eq!(location(&sent), "/fr/assessment?area=2", "[{name}]");
        answer_area(&mut client, 1, "5").await;
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM assessment_answers").await, 3);
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM assessment_answers WHERE level = 5").await,
            3
        );
        // Bad addresses: the first area, never a 500.
        for bad in ["?area=abc", "?area=0", "?area=99", "?area=%FF", "?area=1&area=2"] {
            let page = client.get(&format!("/fr/assessment{bad}")).await;
            assert_eq!(page.status, StatusCode::OK, "[{name}] {bad}");
        }
        for bad in ["/fr/assessment/profile.json/x", "/xx/assessment"] {
            assert_eq!(
                client.get(bad).await.status,
                StatusCode::NOT_FOUND,
                "[{name}] {bad}"
            );
        }
    }
}

#[tokio::test]
async fn a_tampered_resume_code_is_refused_and_a_good_one_brings_the_answers_back() {
    for app in each_db().await {
        let name = app.name;
        let mut first = app.client();
        answer_area(&mut first, 1, "3").await;
        let page = first.ok_page("/en/assessment?area=2").await;
        let code = page
            .texts(".resume-code code")
            .into_iter()
            .next()
            .unwrap_or_default();
        assert_eq!(code.len(), 11, "[{name}] {code}");
        // Another device, a code with one character changed: refused, the code typed kept.
        let mut other = app.client();
        let tampered = format!("{}{}", &code[..10], if code.ends_with('Z') { 'Y' } else { 'Z' });
        let sent = other
            .submit(
                "/en/resume?next=/en/assessment",
                "/en/resume",
                &[("code", &tampered), ("next", "/en/assessment")],
            )
            .await;
        let page = other.follow(&sent).await;
        assert!(page.body.contains("does not match"), "[{name}]");
        assert_eq!(page.attrs("input[name=code]", "value"), vec![tampered]);
        // The right one: back to the assessment with the answers.
        let sent = other
            .submit(
                "/en/resume",
                "/en/resume",
                &[("code", &code), ("next", "/en/assessment")],
            )
            .await;
        assert_eq!(location(&sent), "/en/assessment", "[{name}]");
        let page = other.ok_page("/en/assessment").await;
        assert_eq!(page.attrs("input[name='level-1.1'][checked]", "value"), vec!["3"]);
    }
}

#[tokio::test]
async fn the_same_area_posted_at_once_keeps_one_answer_per_competence() {
    for app in each_db().await {
        let mut client = app.client();
        client
            .sign_in(
                "editor.civic-stack-studio@example.org",
                "demo editor of the academy",
            )
            .await;
        let uri = "/en/assessment?area=2";
        let page = client.ok_page(uri).await;
        let token = csrf_of(&page);
        let fields = answer_fields(&page);
        let cookie = client.cookie.clone();
        let tabs = (0..8).map(|i| {
            let mut tab = app.client();
            tab.cookie = cookie.clone();
            let level = (i % 4 + 1).to_string();
            let fields = fields.clone();
            let token = token.clone();
            async move {
                let mut sent: Vec<(String, String)> = vec![
                    ("csrf_token".into(), token),
                    ("framework".into(), "digcomp-2.2".into()),
                    ("area".into(), "2".into()),
                ];
                sent.extend(fields.iter().map(|f| (f.clone(), level.clone())));
                let pairs: Vec<(&str, &str)> = sent.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                tab.post("/en/assessment", &pairs).await.status
            }
        });
        let statuses = futures::future::join_all(tabs).await;
        assert!(
            statuses.iter().all(|s| *s == StatusCode::SEE_OTHER),
            "[{}] {statuses:?}",
            app.name
        );
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM assessment_answers").await,
            fields.len() as i64,
            "[{}]",
            app.name
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM learners").await, 1);
    }
}

/// Installs DigComp "2.3" (a copy of 2.2) as the current framework version.
async fn replace_framework(app: &crate::support::TestApp) {
    let old = "(SELECT id FROM frameworks WHERE version = '2.2')";
    let new = "(SELECT id FROM frameworks WHERE version = '2.3')";
    for sql in [
        "INSERT INTO frameworks (code, version, original_lang, is_current) VALUES ('digcomp', '2.3', 'en', false)".to_string(),
        format!(
            "INSERT INTO competence_areas (framework_id, code, position) \
             SELECT {new}, code, position FROM competence_areas WHERE framework_id = {old}"
        ),
        format!(
            "INSERT INTO competences (framework_id, area_id, code, position) \
             SELECT n.framework_id, n.id, c.code, c.position FROM competences c \
             JOIN competence_areas o ON o.id = c.area_id \
             JOIN competence_areas n ON n.code = o.code AND n.framework_id = {new} \
             WHERE c.framework_id = {old}"
        ),
        format!(
            "INSERT INTO proficiency_levels (framework_id, level, band) \
             SELECT {new}, level, band FROM proficiency_levels WHERE framework_id = {old}"
        ),
        format!(
            "INSERT INTO framework_translations (framework_id, element_key, lang, label) \
             SELECT {new}, element_key, lang, REPLACE(label, '2.2', '2.3') \
             FROM framework_translations WHERE framework_id = {old}"
        ),
        "UPDATE frameworks SET is_current = (version = '2.3')".to_string(),
    ] {
        app.exec(&sql).await;
    }
}

#[tokio::test]
async fn answers_for_a_replaced_framework_version_are_said_so_and_never_mixed_in() {
    for app in each_db().await {
        let name = app.name;
        let mut client = app.client();
        answer_area(&mut client, 1, "4").await;
        let open = client.ok_page("/en/assessment?area=2").await;
        let token = csrf_of(&open);
        replace_framework(&app).await;
        // The old page's form, sent after the change: refused, named, nothing saved.
        let sent = client
            .post(
                "/en/assessment",
                &[
                    ("csrf_token", &token),
                    ("framework", "digcomp-2.2"),
                    ("area", "2"),
                    ("level-2.1", "3"),
                ],
            )
            .await;
        assert_eq!(location(&sent), "/en/assessment?area=2", "[{name}]");
        let page = client.follow(&sent).await;
        let summary = page.texts(".error-summary").join(" ");
        assert!(summary.contains("DigComp 2.3"), "[{name}] {summary}");
        assert_eq!(page.attrs("input[name='level-2.1'][checked]", "value"), vec!["3"]);
        // The earlier answers are for 2.2: the pages say so, the profile does not use them.
        assert!(page.body.contains("older version of the framework"), "[{name}]");
        let profile = client.ok_page("/en/assessment/profile").await;
        assert!(
            profile.body.contains("older version of the framework"),
            "[{name}]"
        );
        assert!(
            profile.body.contains("You have no competence profile yet"),
            "[{name}]"
        );
        // Answered again on 2.3: one answer per competence, for the new version.
        answer_area(&mut client, 1, "5").await;
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM assessment_answers a JOIN frameworks f ON f.id = a.framework_id \
                 WHERE f.version = '2.3' AND a.level = 5"
            )
            .await,
            3,
            "[{name}]"
        );
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM assessment_answers").await,
            3,
            "[{name}] the new answers replace the old ones"
        );
    }
}

//! The self-assessment as a person lives it, without JavaScript: answered anonymously area by
//! area (back and forward keep the answers), the gaps it shows on an offer, the answers moved
//! into the account at sign-in, and a finished pathway's badge raising a level and closing a gap.

use crate::pathways_journey::finish;
use crate::sql::{scalar, text};
use crate::support::{each_db, location, Client, Page};
use axum::http::StatusCode;

/// An offer asking for 1.3 at level 4, which the pathway `PATHWAY` raises to 4.
pub const OFFER: &str = "fr-stage-ouverture-donnees-subventions-paris";
pub const PATHWAY: &str = "open-data-for-associations";

/// The answer fields of an area page (`level-1.1`, …), in order.
pub fn answer_fields(page: &Page) -> Vec<String> {
    let mut names = page.attrs("fieldset.question input[type=radio]", "name");
    names.dedup();
    names
}

/// Answers area `n` with `level` for every competence ("unknown" for "I don't know");
/// returns the form's answer (a redirect).
pub async fn answer_area(client: &mut Client<'_>, n: usize, level: &str) -> Page {
    let uri = format!("/en/assessment?area={n}");
    let page = client.ok_page(&uri).await;
    let fields = answer_fields(&page);
    assert!(!fields.is_empty(), "no question in area {n}: {}", page.body);
    let changes: Vec<(&str, &str)> = fields.iter().map(|f| (f.as_str(), level)).collect();
    client.send_form(&uri, &changes).await
}

/// Answers the five areas with `level`; returns the last answer (to the profile).
pub async fn assess(client: &mut Client<'_>, level: &str) -> Page {
    let mut last = None;
    for n in 1..=5 {
        last = Some(answer_area(client, n, level).await);
    }
    last.unwrap_or_else(|| panic!("no area"))
}

/// The gap box's text of an offer page.
async fn gap_box(client: &mut Client<'_>, offer: &str) -> String {
    client
        .ok_page(&format!("/en/offers/{offer}"))
        .await
        .texts(".gap-box")
        .join(" ")
}

#[tokio::test]
async fn assess_anonymously_see_the_gaps_sign_in_and_close_a_gap_with_a_badge() {
    for app in each_db().await {
        let name = app.name;
        let mut client = app.client();
        // Without a profile: an invitation, not an empty box.
        let box_text = gap_box(&mut client, OFFER).await;
        assert!(
            box_text.contains("Take the self-assessment"),
            "[{name}] {box_text}"
        );

        // Area 1, then back from area 2: the answers are kept.
        let page = client.ok_page("/en/assessment").await;
        assert!(page.body.contains("Area 1 of 5"), "[{name}]");
        assert!(page.body.contains("DigComp 2.2"), "[{name}] says the version");
        assert_eq!(page.texts("h1").len(), 1);
        let sent = answer_area(&mut client, 1, "2").await;
        assert_eq!(location(&sent), "/en/assessment?area=2", "[{name}]");
        let area_two = client.follow(&sent).await;
        assert!(area_two.body.contains("Area 2 of 5"), "[{name}]");
        let fields = answer_fields(&area_two);
        let mut back: Vec<(&str, &str)> = fields.iter().map(|f| (f.as_str(), "3")).collect();
        back.push(("action", "back"));
        let sent = client.send_form("/en/assessment?area=2", &back).await;
        assert_eq!(location(&sent), "/en/assessment?area=1", "[{name}]");
        let area_one = client.follow(&sent).await;
        assert_eq!(
            area_one.attrs("input[name='level-1.3'][checked]", "value"),
            vec!["2"],
            "[{name}] kept"
        );
        let area_two = client.ok_page("/en/assessment?area=2").await;
        assert_eq!(
            area_two.attrs("input[name='level-2.1'][checked]", "value"),
            vec!["3"]
        );
        // Resumable: the code is shown to a person without an account.
        assert_eq!(area_two.texts(".resume-code code").len(), 1, "[{name}]");

        // Every area, to the profile.
        let sent = assess(&mut client, "2").await;
        assert_eq!(location(&sent), "/en/assessment/profile", "[{name}]");
        let profile = client.follow(&sent).await;
        assert!(profile.body.contains("Your own answer"), "[{name}]");
        assert_eq!(
            profile.attrs("svg[role=img]", "aria-labelledby").len(),
            1,
            "[{name}] chart"
        );
        assert_eq!(
            profile.texts("table.profile-table").len(),
            5,
            "[{name}] a table per area"
        );
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM assessment_answers").await,
            21,
            "[{name}]"
        );

        // The offer asks for 1.3 at level 4: lacking by two levels, with the pathway closing it.
        let box_text = gap_box(&mut client, OFFER).await;
        assert!(
            box_text.contains("1.3 is asked at level 4; you are at 2, 2 levels to go."),
            "[{name}] {box_text}"
        );
        assert!(
            box_text.contains("takes you to level 4 in"),
            "[{name}] {box_text}"
        );

        // Signing up moves the answers into the new account.
        let password = "a long enough password for the test";
        let done = client
            .submit(
                "/en/account/sign-up",
                "/en/account/sign-up",
                &[
                    ("email", "assessed@example.org"),
                    ("display_name", "Ada"),
                    ("password", password),
                    ("password_confirm", password),
                    ("language", "en"),
                    ("time_zone", "UTC"),
                ],
            )
            .await;
        assert_eq!(location(&done), "/en/account", "[{name}]");
        let owner = text(
            &app,
            "SELECT CAST(l.user_id AS TEXT) FROM learners l JOIN assessment_answers a ON a.learner_id = l.id \
             GROUP BY l.user_id",
        )
        .await;
        assert!(!owner.is_empty(), "[{name}] answers in the account");
        let profile = client.ok_page("/en/assessment/profile").await;
        assert!(profile.body.contains("Your own answer"), "[{name}] still there");
        assert!(
            profile.texts(".resume-code").is_empty(),
            "[{name}] no code once signed in"
        );

        // The pathway's badge raises 1.3 to 4, marked as attested: the gap is closed.
        finish(&app, &mut client, PATHWAY).await;
        let token = crate::support::csrf_of(&client.ok_page(&format!("/en/pathways/{PATHWAY}")).await);
        let claim = client
            .post(
                &format!("/en/pathways/{PATHWAY}/badge"),
                &[("csrf_token", &token), ("name", "Ada")],
            )
            .await;
        assert_eq!(claim.status, StatusCode::SEE_OTHER, "[{name}]");
        let box_text = gap_box(&mut client, OFFER).await;
        assert!(
            box_text.contains("1.3 is asked at level 4; your badge shows level 4."),
            "[{name}] {box_text}"
        );
        let profile = client.ok_page("/en/assessment/profile").await;
        let row = profile
            .texts(".profile-table tr")
            .into_iter()
            .find(|r| r.contains("1.3"))
            .unwrap_or_default();
        assert!(
            row.contains("Level 4") && row.contains("Shown by your badge"),
            "[{name}] {row}"
        );
        let self_row = profile
            .texts(".profile-table tr")
            .into_iter()
            .find(|r| r.contains("5.1"))
            .unwrap_or_default();
        assert!(
            self_row.contains("Your own answer"),
            "[{name}] never attested: {self_row}"
        );
    }
}

//! The partner-space and moderation routes, item by item: every route (GET and POST) × every
//! role (anonymous, learner, editor of the item's organisation, editor of another, moderator,
//! administrator). Posts carry a form that would be refused on its content, so whoever may
//! write gets the form back (303 to the form) and nothing changes; whoever may not is refused
//! before the form is read.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{csrf_of, each_db, location, TestApp};
use axum::http::StatusCode;

const PEOPLE: [(&str, Option<(&str, &str)>); 6] = [
    ("anonymous", None),
    (
        "learner",
        Some(("learner@example.org", "learner's own long passphrase")),
    ),
    (
        "editor of own",
        Some((
            "editor.bitsociale-cooperativa@example.org",
            "demo editor of the academy",
        )),
    ),
    (
        "editor of other",
        Some(("editor.conecta-mayores@example.org", "demo editor of the academy")),
    ),
    (
        "moderator",
        Some(("moderator@example.org", "demo moderator of the academy")),
    ),
    ("admin", Some(("admin@example.org", "demo admin of the academy"))),
];

/// What a person gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expect {
    /// The page (GET) or the form back (POST).
    Ok,
    /// Sent to sign in.
    SignIn,
    Forbidden,
    NotFound,
    /// Allowed, but not in the item's state (409).
    Conflict,
}

use Expect::*;

/// The items of bitsociale-cooperativa the routes are about (from the demo workflow).
struct Items {
    draft_resource: i64,
    in_review_offer: i64,
    rejected_offer: i64,
    published_pathway: i64,
}

async fn items(app: &TestApp) -> Items {
    let of = |table: &str, status: &str| {
        format!(
            "SELECT t.id FROM {table} t JOIN organisations o ON o.id = t.organisation_id \
             WHERE o.slug = 'bitsociale-cooperativa' AND t.status = '{status}' ORDER BY t.id LIMIT 1"
        )
    };
    Items {
        draft_resource: scalar(app, &of("resources", "draft")).await,
        in_review_offer: scalar(app, &of("offers", "in_review")).await,
        rejected_offer: scalar(app, &of("offers", "rejected")).await,
        published_pathway: scalar(app, &of("pathways", "published")).await,
    }
}

/// For each role: anonymous, learner, editor of own, editor of other, moderator, admin.
type Row = (String, [Expect; 6]);

fn get_routes(i: &Items) -> Vec<Row> {
    let partner_item = [SignIn, Forbidden, Ok, NotFound, Forbidden, Ok];
    let review = [SignIn, Forbidden, Forbidden, Forbidden, Ok, Ok];
    vec![
        ("/en/partner".into(), [SignIn, Forbidden, Ok, Ok, Forbidden, Ok]),
        (
            "/en/partner/offers/new?org=bitsociale-cooperativa".into(),
            [SignIn, Forbidden, Ok, Ok, Forbidden, Ok],
        ),
        (
            "/en/partner/resources/new?org=bitsociale-cooperativa".into(),
            [SignIn, Forbidden, Ok, Ok, Forbidden, Ok],
        ),
        (format!("/en/partner/offers/{}", i.rejected_offer), partner_item),
        // Job profiles belong to the platform: every editor may propose.
        (
            "/en/partner/job-profiles".into(),
            [SignIn, Forbidden, Ok, Ok, Forbidden, Ok],
        ),
        (
            "/en/partner/job-profiles/new".into(),
            [SignIn, Forbidden, Ok, Ok, Forbidden, Ok],
        ),
        (
            "/en/partner/job-profiles/1".into(),
            [SignIn, Forbidden, Ok, Ok, Forbidden, Ok],
        ),
        (
            "/en/partner/pathways/new?org=bitsociale-cooperativa".into(),
            [SignIn, Forbidden, Ok, Ok, Forbidden, Ok],
        ),
        (
            format!("/en/partner/pathways/{}", i.published_pathway),
            partner_item,
        ),
        (
            format!("/en/partner/pathways/{}/steps/1", i.published_pathway),
            partner_item,
        ),
        (format!("/en/partner/offers/{}", i.in_review_offer), partner_item),
        (
            format!("/en/partner/resources/{}", i.draft_resource),
            partner_item,
        ),
        (
            format!("/en/partner/translate/offer/{}/fr", i.rejected_offer),
            partner_item,
        ),
        (
            format!("/en/partner/translate/resource/{}/es", i.draft_resource),
            partner_item,
        ),
        ("/en/moderation".into(), review),
        (format!("/en/moderation/offers/{}", i.in_review_offer), review),
        (format!("/en/moderation/resources/{}", i.draft_resource), review),
        (
            "/en/admin/organisations".into(),
            [SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok],
        ),
        (
            "/en/admin/organisations/1".into(),
            [SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok],
        ),
    ]
}

/// A post: its route, the fields beyond the token, and what each role gets.
type PostRow = (String, Vec<(&'static str, &'static str)>, [Expect; 6]);

fn post_routes(i: &Items) -> Vec<PostRow> {
    let partner_item = [SignIn, Forbidden, Ok, Forbidden, Forbidden, Ok];
    let empty_title = vec![("action", "save"), ("version", "1"), ("title", " ")];
    vec![
        (
            "/en/partner/offers/new".into(),
            vec![
                ("action", "save"),
                ("org", "bitsociale-cooperativa"),
                ("title", " "),
            ],
            // Another organisation's editor: the `org` field is not theirs, the form says so.
            [SignIn, Forbidden, Ok, Ok, Forbidden, Ok],
        ),
        (
            format!("/en/partner/offers/{}", i.rejected_offer),
            empty_title.clone(),
            partner_item,
        ),
        (
            format!("/en/partner/resources/{}", i.draft_resource),
            empty_title.clone(),
            partner_item,
        ),
        (
            format!("/en/partner/translate/offer/{}/fr", i.rejected_offer),
            empty_title.clone(),
            partner_item,
        ),
        (
            format!("/en/partner/pathways/{}/steps", i.published_pathway),
            // A step moved past the end: the form comes back.
            vec![("action", "reorder"), ("version", "1"), ("position.01", "99")],
            partner_item,
        ),
        (
            format!("/en/partner/pathways/{}/steps/1", i.published_pathway),
            vec![("action", "save"), ("version", "1"), ("title", " ")],
            partner_item,
        ),
        (
            "/en/partner/job-profiles/new".into(),
            vec![("action", "save"), ("title", " ")],
            [SignIn, Forbidden, Ok, Ok, Forbidden, Ok],
        ),
        (
            "/en/partner/job-profiles/1".into(),
            vec![("action", "save"), ("version", "1"), ("title", " ")],
            [SignIn, Forbidden, Ok, Ok, Forbidden, Ok],
        ),
        (
            "/en/partner/pathways/new".into(),
            vec![
                ("action", "save"),
                ("org", "bitsociale-cooperativa"),
                ("title", " "),
            ],
            [SignIn, Forbidden, Ok, Ok, Forbidden, Ok],
        ),
        (
            // Only a published item can be withdrawn.
            format!("/en/partner/offers/{}/archive", i.rejected_offer),
            vec![],
            [SignIn, Forbidden, Conflict, Forbidden, Forbidden, Conflict],
        ),
        (
            format!("/en/moderation/offers/{}", i.in_review_offer),
            // Rejecting needs a comment: the moderator gets the form back.
            vec![("action", "reject"), ("comment", " ")],
            [SignIn, Forbidden, Forbidden, Forbidden, Ok, Ok],
        ),
        (
            "/en/admin/organisations".into(),
            vec![("name", " ")],
            [SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok],
        ),
    ]
}

fn judge(status: StatusCode, to: &str, expect: Expect, what: &str) {
    match expect {
        Ok => {
            assert!(
                status == StatusCode::OK
                    || (status == StatusCode::SEE_OTHER && !to.contains("/account/sign-in")),
                "{what}: {status} {to}"
            );
        }
        SignIn => {
            assert_eq!(status, StatusCode::SEE_OTHER, "{what}");
            assert!(to.contains("/account/sign-in?next="), "{what}: {to}");
        }
        Forbidden => assert_eq!(status, StatusCode::FORBIDDEN, "{what}"),
        NotFound => assert_eq!(status, StatusCode::NOT_FOUND, "{what}"),
        Conflict => assert_eq!(status, StatusCode::CONFLICT, "{what}"),
    }
}

#[tokio::test]
async fn every_partner_and_moderation_route_for_every_role() {
    for app in each_db().await {
        let items = items(&app).await;
        let before = (
            text(
                &app,
                &format!("SELECT status FROM offers WHERE id = {}", items.in_review_offer),
            )
            .await,
            scalar(&app, "SELECT COUNT(*) FROM audit_log").await,
            scalar(&app, "SELECT COUNT(*) FROM offers").await,
        );
        for (n, (role, who)) in PEOPLE.into_iter().enumerate() {
            let mut client = person(&app, who).await;
            for (route, expected) in get_routes(&items) {
                let page = client.get(&route).await;
                judge(
                    page.status,
                    &location(&page),
                    expected[n],
                    &format!("[{}] {role} GET {route}", app.name),
                );
            }
            let token = csrf_of(&client.get("/en/account/sign-in").await);
            for (route, fields, expected) in post_routes(&items) {
                let mut all = vec![("csrf_token", token.as_str())];
                all.extend(fields.iter().copied());
                let page = client.post(&route, &all).await;
                judge(
                    page.status,
                    &location(&page),
                    expected[n],
                    &format!("[{}] {role} POST {route}", app.name),
                );
            }
        }
        let after = (
            text(
                &app,
                &format!("SELECT status FROM offers WHERE id = {}", items.in_review_offer),
            )
            .await,
            scalar(&app, "SELECT COUNT(*) FROM audit_log").await,
            scalar(&app, "SELECT COUNT(*) FROM offers").await,
        );
        assert_eq!(before, after, "[{}] nothing changed", app.name);
    }
}

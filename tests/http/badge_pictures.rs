//! A badge people can show: its picture (SVG and PNG, in the badge's language, baked with the
//! signed credential while it holds), the link previews of its page, "Add to LinkedIn" for its
//! owner, and the signature's details folded under plain words.

use crate::pathways_journey::{finish, SLUG};
use crate::sql::text;
use crate::support::location;
use app::pathways::badges::baking::{credential_in_svg, itxt_of, PNG_KEYWORD};
use axum::http::StatusCode;

#[tokio::test]
async fn a_badge_has_a_baked_picture_previews_and_a_linkedin_link_for_its_owner() {
    for app in crate::support::each_db().await {
        let name = app.name;
        let mut client = app.client();
        finish(&app, &mut client, SLUG).await;
        let sent = client
            .submit(
                &format!("/fr/pathways/{SLUG}"),
                &format!("/fr/pathways/{SLUG}/badge"),
                &[("name", "Léa Martin")],
            )
            .await;
        let page_path = location(&sent);
        let id = page_path.trim_start_matches("/fr/badges/").to_string();
        let stored = text(&app, &format!("SELECT credential FROM badges WHERE id = '{id}'")).await;

        // The owner's page: plain words first, the picture, ways to show it, details folded.
        let mine = client.ok_page(&page_path).await;
        let verdict = mine
            .body
            .find("ce badge est authentique")
            .unwrap_or_else(|| panic!("[{name}] verdict"));
        let details = mine
            .body
            .find("<details class=\"technical\"")
            .unwrap_or_else(|| panic!("[{name}] details"));
        assert!(
            verdict < details,
            "[{name}] plain words before the technical details"
        );
        assert!(
            mine.texts("details.technical").concat().contains("Ed25519"),
            "[{name}]"
        );
        assert_eq!(
            mine.attrs(".badge-picture img", "src"),
            vec![format!("/badges/{id}.svg")]
        );
        assert!(
            mine.attrs(".badge-picture img", "alt")[0].contains("Léa Martin"),
            "[{name}]"
        );
        let linkedin = mine.attrs("a[href^='https://www.linkedin.com/profile/add']", "href");
        assert_eq!(linkedin.len(), 1, "[{name}] Add to LinkedIn");
        let query = linkedin[0].split_once('?').map(|(_, q)| q).unwrap_or_default();
        let pairs: std::collections::HashMap<String, String> =
            form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        assert_eq!(pairs["startTask"], "CERTIFICATION_NAME");
        assert_eq!(pairs["organizationName"], "Social Tech Academy");
        assert_eq!(pairs["certId"], id);
        assert!(
            pairs["certUrl"].ends_with(&page_path),
            "[{name}] {}",
            pairs["certUrl"]
        );
        assert_eq!(pairs["issueYear"].len(), 4);
        assert!(!pairs["name"].is_empty());
        assert_eq!(
            mine.attrs(&format!("a[href='/badges/{id}.png']"), "download"),
            vec![format!("badge-{id}.png")]
        );

        // Anyone's view: previews, and no LinkedIn button for someone else's badge.
        let public = app.ok(&page_path).await;
        let meta = |property: &str| public.attrs(&format!("meta[property='{property}']"), "content");
        assert!(
            meta("og:image")[0].ends_with(&format!("/badges/{id}.png")),
            "[{name}]"
        );
        assert_eq!(meta("og:image:width"), vec!["1200"]);
        assert!(meta("og:title")[0].contains("Badge"), "[{name}]");
        assert!(meta("og:description")[0].contains("Léa Martin"), "[{name}]");
        assert!(meta("og:url")[0].ends_with(&page_path), "[{name}]");
        assert_eq!(
            public.attrs("meta[name='twitter:card']", "content"),
            vec!["summary_large_image"]
        );
        assert!(public.attrs("meta[name='twitter:image']", "content")[0].ends_with(".png"));
        assert!(
            public
                .attrs("a[href^='https://www.linkedin.com']", "href")
                .is_empty(),
            "[{name}]"
        );

        // The pictures, in the badge's language, carrying the credential.
        let svg = app.ok(&format!("/badges/{id}.svg")).await;
        assert_eq!(svg.headers["content-type"], "image/svg+xml");
        assert!(svg.body.contains("Obtenu par Léa Martin"), "[{name}]");
        assert_eq!(
            credential_in_svg(&svg.body),
            Some(stored.as_str()),
            "[{name}] baked SVG"
        );
        let png = app.ok(&format!("/badges/{id}.png")).await;
        assert_eq!(png.headers["content-type"], "image/png");
        assert_eq!(&png.bytes[1..4], b"PNG");
        assert_eq!(
            itxt_of(&png.bytes, PNG_KEYWORD).as_deref(),
            Some(stored.as_str()),
            "[{name}] baked PNG"
        );
        assert_eq!(
            app.get("/badges/no-such-badge.png").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/badges/no-such-badge.svg").await.status,
            StatusCode::NOT_FOUND
        );

        // Revoked: the picture says so and carries nothing any more.
        app.exec(&format!(
            "UPDATE badges SET revoked_at = CURRENT_TIMESTAMP, revoked_reason = 'test' WHERE id = '{id}'"
        ))
        .await;
        let svg = app.ok(&format!("/badges/{id}.svg")).await;
        assert!(svg.body.contains("Révoqué le"), "[{name}]");
        assert_eq!(credential_in_svg(&svg.body), None, "[{name}]");
        let png = app.ok(&format!("/badges/{id}.png")).await;
        assert_eq!(itxt_of(&png.bytes, PNG_KEYWORD), None, "[{name}]");
        let mine = client.ok_page(&page_path).await;
        assert!(
            mine.attrs("a[href^='https://www.linkedin.com']", "href")
                .is_empty(),
            "[{name}]"
        );
    }
}

//! A registration made with an address moves into the account with that address only once the
//! address is confirmed: anyone may sign up with someone else's address, and must then neither
//! see, export, cancel nor erase that person's registrations.

use crate::sql::scalar;
use crate::support::{each_db, location};
use crate::webinar_registrations::webinar;

#[tokio::test]
async fn an_unconfirmed_address_does_not_take_over_its_registrations() {
    for app in each_db().await {
        let row = webinar(&app, "inside-a-volunteer-matching-platform").await;
        app::webinars::registrations::register(
            &app.db,
            &row,
            None,
            "lea@example.org",
            app::i18n::Lang::En,
            true,
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|e| panic!("{e:?}"));
        let mut someone = app.client();
        let done = someone
            .submit(
                "/en/account/sign-up",
                "/en/account/sign-up",
                &[
                    ("email", "lea@example.org"),
                    ("display_name", "Not Léa"),
                    ("password", "a long enough passphrase"),
                    ("password_confirm", "a long enough passphrase"),
                    ("language", "en"),
                    ("time_zone", "UTC"),
                ],
            )
            .await;
        assert_eq!(location(&done), "/en/account", "[{}]", app.name);
        let page = format!("/en/webinars/{}", row.slug);
        let seen = someone.ok_page(&page).await;
        assert!(
            seen.texts("#register form[action$='/cancel']").is_empty(),
            "[{}]",
            app.name
        );
        let account = someone.ok_page("/en/account/webinars").await;
        assert!(account.texts(".my-webinars li").is_empty(), "[{}]", app.name);
        let data = someone.ok_page("/en/account/data.json").await;
        assert!(!data.body.contains(&row.slug), "[{}] not in my data", app.name);
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM webinar_registrations WHERE email = 'lea@example.org' AND user_id IS NULL").await,
            1,
            "[{}] still nobody's account's",
            app.name
        );

        // Once the address is confirmed, the registration is theirs.
        app.exec("UPDATE users SET email_verified_at = '2020-01-01T00:00:00+00:00' WHERE email = 'lea@example.org'")
            .await;
        let account = someone.ok_page("/en/account/webinars").await;
        assert_eq!(account.texts(".my-webinars li").len(), 1, "[{}]", app.name);
    }
}

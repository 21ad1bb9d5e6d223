//! `server create-admin <email> <name>`: the way to the first administrator of a production
//! database (demo administrators exist only with the demo content).

use app::accounts::email::Email;
use app::accounts::password;
use app::accounts::users::{self, CreateError, NewUser};
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

/// Printed at start-up when there is no administrator.
pub const HOW_TO: &str = "no administrator yet. Create one with: \
    ADMIN_PASSWORD='a long passphrase' ./target/release/server create-admin you@example.org 'Your Name' \
    (or type the password on standard input)";

/// Creates the administrator named by `args` (e-mail, display name) with `secret`; returns
/// the normalised address.
pub async fn create_admin(
    db: &DatabaseConnection,
    args: &[String],
    secret: &str,
) -> Result<String, Box<dyn std::error::Error>> {
    let (Some(email), Some(name)) = (args.first(), args.get(1)) else {
        return Err("usage: server create-admin <email> <display name>".into());
    };
    let email = Email::parse(email).map_err(|e| format!("e-mail: {}", e.code()))?;
    password::check_policy(secret).map_err(|e| format!("password: {}", e.code()))?;
    let hash = password::hash(secret).map_err(|e| e.to_string())?;
    let user = users::create(
        db,
        NewUser {
            email: email.as_str().to_string(),
            display_name: name.clone(),
            password_hash: hash,
            lang: "en".into(),
            time_zone: "UTC".into(),
            role: app::auth::model::Role::Admin,
        },
    )
    .await
    .map_err(|e| match e {
        CreateError::EmailTaken => "an account already uses this e-mail address".to_string(),
        CreateError::Db(e) => e.to_string(),
    })?;
    let mut active: app::entities::user::ActiveModel = user.into();
    active.email_verified_at = Set(Some(chrono::Utc::now()));
    active.update(db).await?;
    Ok(email.as_str().to_string())
}

//! The portal's Ed25519 key and compact JWS (the VC-JWT of a badge). The key comes from
//! `BADGE_SIGNING_KEY` (32 bytes, base64url) when set; otherwise the first start creates one
//! and keeps it in the database, so every app server signs with the same key.

use crate::entities::signing_key;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::Utc;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use rand::RngCore;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, QueryOrder, Set};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// The key that signs, with its id.
pub struct IssuerKey {
    pub kid: String,
    pub key: SigningKey,
}

impl IssuerKey {
    fn from_seed(seed: [u8; 32]) -> IssuerKey {
        let key = SigningKey::from_bytes(&seed);
        IssuerKey {
            kid: key_id(&key.verifying_key()),
            key,
        }
    }
}

/// A public key as a JSON Web Key (RFC 8037).
pub fn public_jwk(kid: &str, key: &VerifyingKey) -> Value {
    json!({
        "kty": "OKP",
        "crv": "Ed25519",
        "x": URL_SAFE_NO_PAD.encode(key.as_bytes()),
        "kid": kid,
        "use": "sig",
        "alg": "EdDSA",
    })
}

/// A key id derived from the public key (its SHA-256, first 16 bytes, base64url).
fn key_id(key: &VerifyingKey) -> String {
    URL_SAFE_NO_PAD.encode(&Sha256::digest(key.as_bytes())[..16])
}

fn decode_key(text: &str) -> Option<[u8; 32]> {
    URL_SAFE_NO_PAD.decode(text.trim()).ok()?.try_into().ok()
}

/// The signing key: from the environment, else from the database (created once).
pub async fn issuer_key(db: &impl ConnectionTrait) -> Result<IssuerKey, DbErr> {
    if let Some(seed) = std::env::var("BADGE_SIGNING_KEY")
        .ok()
        .as_deref()
        .and_then(decode_key)
    {
        return Ok(IssuerKey::from_seed(seed));
    }
    if let Some(found) = stored(db).await? {
        return Ok(found);
    }
    let mut seed = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut seed);
    let created = IssuerKey::from_seed(seed);
    // Two servers starting together: the first insert wins and both read it back.
    signing_key::Entity::insert(signing_key::ActiveModel {
        kid: Set(created.kid.clone()),
        public_key: Set(URL_SAFE_NO_PAD.encode(created.key.verifying_key().as_bytes())),
        secret_key: Set(URL_SAFE_NO_PAD.encode(seed)),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::column(signing_key::Column::Kid)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    stored(db)
        .await?
        .ok_or_else(|| DbErr::Custom("signing key missing".into()))
}

async fn stored(db: &impl ConnectionTrait) -> Result<Option<IssuerKey>, DbErr> {
    Ok(signing_key::Entity::find()
        .order_by_asc(signing_key::Column::CreatedAt)
        .one(db)
        .await?
        .and_then(|row| decode_key(&row.secret_key))
        .map(IssuerKey::from_seed))
}

/// Every public key a credential of this portal may be signed with.
pub async fn public_keys(db: &impl ConnectionTrait) -> Result<Vec<(String, VerifyingKey)>, DbErr> {
    let mut keys: Vec<(String, VerifyingKey)> = signing_key::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| {
            let bytes = decode_key(&row.public_key)?;
            Some((row.kid, VerifyingKey::from_bytes(&bytes).ok()?))
        })
        .collect();
    if let Some(seed) = std::env::var("BADGE_SIGNING_KEY")
        .ok()
        .as_deref()
        .and_then(decode_key)
    {
        let key = IssuerKey::from_seed(seed);
        keys.push((key.kid.clone(), key.key.verifying_key()));
    }
    Ok(keys)
}

/// `payload` signed as a compact JWS with EdDSA.
pub fn sign(key: &IssuerKey, payload: &Value) -> String {
    let header = json!({ "alg": "EdDSA", "typ": "JWT", "kid": key.kid });
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(payload.to_string())
    );
    let signature = key.key.sign(input.as_bytes());
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
}

/// The payload of a compact JWS, when its signature is valid for one of `keys`.
pub fn verify(token: &str, keys: &[(String, VerifyingKey)]) -> Option<Value> {
    let mut parts = token.trim().split('.');
    let (header, payload, signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
    if header.get("alg")?.as_str()? != "EdDSA" {
        return None;
    }
    let kid = header.get("kid")?.as_str()?;
    let (_, key) = keys.iter().find(|(id, _)| id == kid)?;
    let signature: [u8; 64] = URL_SAFE_NO_PAD.decode(signature).ok()?.try_into().ok()?;
    let input = format!("{}.{}", token.split('.').next()?, payload);
    key.verify(input.as_bytes(), &Signature::from_bytes(&signature))
        .ok()?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_payload_verifies_and_a_changed_one_does_not() {
        let key = IssuerKey::from_seed([7; 32]);
        let keys = vec![(key.kid.clone(), key.key.verifying_key())];
        let token = sign(&key, &json!({ "name": "Ada" }));
        assert_eq!(verify(&token, &keys), Some(json!({ "name": "Ada" })));
        let parts: Vec<&str> = token.split('.').collect();
        let forged = format!(
            "{}.{}.{}",
            parts[0],
            URL_SAFE_NO_PAD.encode(json!({ "name": "Eve" }).to_string()),
            parts[2]
        );
        assert_eq!(verify(&forged, &keys), None);
        let other = IssuerKey::from_seed([8; 32]);
        assert_eq!(
            verify(&token, &[(key.kid.clone(), other.key.verifying_key())]),
            None
        );
    }
}

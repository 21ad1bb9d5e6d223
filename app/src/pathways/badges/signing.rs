//! The portal's Ed25519 key and the compact JWS of a badge (its VC-JWT), signed and verified
//! with `jsonwebtoken`. The key comes from `BADGE_SIGNING_KEY` (32 bytes, base64url; read with
//! the other settings, a bad value stops the server) when set; otherwise the first start
//! creates one and keeps it in the database, so every app server signs with the same key.

use crate::entities::signing_key;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::Utc;
use ed25519_dalek::pkcs8::EncodePrivateKey;
use ed25519_dalek::{SigningKey, VerifyingKey};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, QueryOrder, Set};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// The key set by `BADGE_SIGNING_KEY`, given by the server at start-up (`configure`).
static CONFIGURED: OnceLock<[u8; 32]> = OnceLock::new();

/// Uses `seed` (from the settings) to sign badges instead of the key kept in the database.
pub fn configure(seed: [u8; 32]) {
    let _ = CONFIGURED.set(seed);
}

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

/// A 32-byte key written in base64url (how `BADGE_SIGNING_KEY` and the database hold it).
pub fn decode_key(text: &str) -> Option<[u8; 32]> {
    URL_SAFE_NO_PAD.decode(text.trim()).ok()?.try_into().ok()
}

/// The signing key: from the settings, else from the database (created once).
pub async fn issuer_key(db: &impl ConnectionTrait) -> Result<IssuerKey, DbErr> {
    if let Some(seed) = CONFIGURED.get() {
        return Ok(IssuerKey::from_seed(*seed));
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
    if let Some(seed) = CONFIGURED.get() {
        let key = IssuerKey::from_seed(*seed);
        keys.push((key.kid.clone(), key.key.verifying_key()));
    }
    Ok(keys)
}

/// `payload` signed as a compact JWS with EdDSA (header `alg`, `typ: JWT`, `kid`).
pub fn sign(key: &IssuerKey, payload: &Value) -> Result<String, DbErr> {
    let der = key
        .key
        .to_pkcs8_der()
        .map_err(|e| DbErr::Custom(format!("badge key: {e}")))?;
    let mut header = Header::new(Algorithm::EdDSA);
    header.kid = Some(key.kid.clone());
    jsonwebtoken::encode(&header, payload, &EncodingKey::from_ed_der(der.as_bytes()))
        .map_err(|e| DbErr::Custom(format!("signing a badge: {e}")))
}

/// The payload of a compact JWS, when its signature is valid for the key it names among `keys`.
/// Badges carry no expiry: a credential stays valid until it is revoked.
pub fn verify(token: &str, keys: &[(String, VerifyingKey)]) -> Option<Value> {
    let header = jsonwebtoken::decode_header(token.trim()).ok()?;
    if header.alg != Algorithm::EdDSA {
        return None;
    }
    let kid = header.kid?;
    let (_, key) = keys.iter().find(|(id, _)| *id == kid)?;
    let decoding = DecodingKey::from_ed_components(&URL_SAFE_NO_PAD.encode(key.as_bytes())).ok()?;
    let mut validation = Validation::new(Algorithm::EdDSA);
    validation.validate_exp = false;
    validation.validate_aud = false;
    validation.required_spec_claims.clear();
    jsonwebtoken::decode::<Value>(token.trim(), &decoding, &validation)
        .ok()
        .map(|data| data.claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_payload_verifies_and_a_changed_one_does_not() {
        let key = IssuerKey::from_seed([7; 32]);
        let keys = vec![(key.kid.clone(), key.key.verifying_key())];
        let token = sign(&key, &json!({ "name": "Ada" })).unwrap_or_default();
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

    /// A badge signed by the hand-written signer this portal used before `jsonwebtoken`
    /// (same key and payload) still verifies.
    #[test]
    fn badges_signed_before_still_verify() {
        const BEFORE: &str = "eyJhbGciOiJFZERTQSIsImtpZCI6Il9vRXNFdk9yVE9hc1hiYWF3MUw1QmciLCJ0eXAiOiJKV1QifQ.\
            eyJpc3MiOiJodHRwczovL2FjYWRlbXkudGVzdC9iYWRnZXMvaXNzdWVyLmpzb24iLCJqdGkiOiJ1cm46dXVpZDowMDAwIiwibmFtZSI6IkFkYSJ9.\
            290rasK_xasY61qJygRu4ExSGP83DVDqG_7DxHGRhgdfQIk48sebB0X9IpWNjseN1QfFz3CpBsij9nNWXIYPAw";
        let key = IssuerKey::from_seed([7; 32]);
        assert_eq!(key.kid, "_oEsEvOrTOasXbaaw1L5Bg");
        let keys = vec![(key.kid.clone(), key.key.verifying_key())];
        let payload = verify(BEFORE, &keys).unwrap_or_default();
        assert_eq!(payload["name"], "Ada");
        assert_eq!(payload["jti"], "urn:uuid:0000");
        // And what is signed now verifies the same way, with the same header fields.
        let now = sign(&key, &payload).unwrap_or_default();
        assert_eq!(verify(&now, &keys), Some(payload));
        let header = jsonwebtoken::decode_header(&now).ok();
        assert_eq!(header.and_then(|h| h.kid), Some(key.kid));
    }
}

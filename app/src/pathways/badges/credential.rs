//! The Open Badges 3.0 credential of a completed pathway (`OpenBadgeCredential`, a W3C
//! Verifiable Credential 2.0), and the issuer profile it points to. It is secured as a VC-JWT
//! (Open Badges 3.0 §8.2): the JWT's payload is the credential itself, with `iss`, `jti` and
//! `nbf` taken from it, signed with EdDSA (Ed25519). A JWT was chosen over a Data Integrity
//! proof because any JOSE library can check it without JSON-LD canonicalisation.

use serde_json::{json, Value};

pub const CONTEXTS: [&str; 2] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
];

/// What a credential says.
pub struct Claim<'a> {
    pub origin: &'a str,
    pub id: &'a str,
    pub issuer_name: &'a str,
    pub recipient: &'a str,
    pub lang: &'a str,
    pub pathway_slug: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub criteria: &'a str,
    /// e.g. "DigComp 2.2".
    pub framework: &'a str,
    /// (code, label, "target level" text).
    pub competences: Vec<(String, String, String)>,
    pub issued_at: chrono::DateTime<chrono::Utc>,
}

/// The issuer profile's id (and address).
pub fn issuer_id(origin: &str) -> String {
    format!("{origin}/badges/issuer.json")
}

/// The list of revoked credentials (`1EdTechRevocationList`).
pub fn revocation_list_id(origin: &str) -> String {
    format!("{origin}/badges/revocations.json")
}

/// The issuer profile (Open Badges `Profile`), with the public keys that sign.
pub fn issuer_profile(origin: &str, name: &str, description: &str, keys: Vec<Value>) -> Value {
    json!({
        "@context": CONTEXTS,
        "id": issuer_id(origin),
        "type": ["Profile"],
        "name": name,
        "url": format!("{origin}/"),
        "description": description,
        "publicKey": keys,
    })
}

/// The credential, ready to sign.
pub fn credential(claim: &Claim) -> Value {
    let origin = claim.origin;
    let page = format!("{origin}/{}/pathways/{}", claim.lang, claim.pathway_slug);
    let alignment: Vec<Value> = claim
        .competences
        .iter()
        .map(|(code, label, target)| {
            json!({
                "type": ["Alignment"],
                "targetName": format!("{code} {label}"),
                "targetDescription": target,
                "targetCode": code,
                "targetFramework": claim.framework,
                "targetType": "ceasn:Competency",
                "targetUrl": format!("{origin}/{}/pathways?competence={code}", claim.lang),
            })
        })
        .collect();
    let issued = claim.issued_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    json!({
        "@context": CONTEXTS,
        "id": format!("urn:uuid:{}", claim.id),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": issuer_id(origin),
            "type": ["Profile"],
            "name": claim.issuer_name,
            "url": format!("{origin}/"),
        },
        "validFrom": issued,
        "name": claim.name,
        // The picture of this credential, which itself carries the credential baked in.
        "image": {
            "id": format!("{origin}/badges/{}.png", claim.id),
            "type": "Image",
            "caption": claim.name,
        },
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "identityHash": claim.recipient,
                "identityType": "name",
                "hashed": false,
            }],
            "achievement": {
                "id": page,
                "type": ["Achievement"],
                "achievementType": "LearningProgram",
                "name": claim.name,
                "description": claim.description,
                "criteria": { "id": page, "narrative": claim.criteria },
                "inLanguage": claim.lang,
                "alignment": alignment,
            },
        },
        "credentialStatus": {
            "id": revocation_list_id(origin),
            "type": "1EdTechRevocationList",
        },
        // The JWT's registered claims (Open Badges 3.0 §8.2.4).
        "iss": issuer_id(origin),
        "jti": format!("urn:uuid:{}", claim.id),
        "nbf": claim.issued_at.timestamp(),
    })
}

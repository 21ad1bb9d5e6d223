//! Every message exists in every language; every key the code uses exists.

use app::error::AppError;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LANGS: [&str; 4] = ["en", "fr", "es", "it"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Message keys per file of one language.
fn keys(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = root().join("locales").join(lang);
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
            let set = text
                .lines()
                .filter_map(|line| {
                    let (key, _) = line.split_once('=')?;
                    let key = key.trim_end();
                    let ok = !line.starts_with([' ', '#', '\t'])
                        && key
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                    (ok && !key.is_empty()).then(|| key.to_string())
                })
                .collect();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.insert(name, set);
        }
    }
    out
}

fn all_keys(lang: &str) -> BTreeSet<String> {
    keys(lang).into_values().flatten().collect()
}

#[test]
fn every_language_has_the_same_files_and_keys() {
    let reference = keys("en");
    assert!(reference.len() >= 5);
    for lang in LANGS {
        let other = keys(lang);
        assert_eq!(
            other.keys().collect::<Vec<_>>(),
            reference.keys().collect::<Vec<_>>(),
            "files of {lang}"
        );
        for (file, expected) in &reference {
            let got = &other[file];
            let missing: Vec<_> = expected.difference(got).collect();
            let extra: Vec<_> = got.difference(expected).collect();
            assert!(missing.is_empty(), "{lang}/{file} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{lang}/{file} has keys English lacks: {extra:?}"
            );
        }
    }
}

#[test]
fn every_error_code_has_a_message() {
    for lang in LANGS {
        let keys = all_keys(lang);
        for code in AppError::CODES {
            assert!(keys.contains(&format!("error-{code}")), "{lang}: error-{code}");
            assert!(
                keys.contains(&format!("error-{code}-help")),
                "{lang}: error-{code}-help"
            );
        }
    }
}

#[test]
fn every_key_used_in_the_code_exists() {
    let keys = all_keys("en");
    let mut used = BTreeSet::new();
    let mut stack = vec![root().join("app/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{e}")) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
                for call in ["t(\"", "t_args(\"", "tr(lang, \"", "key=\""] {
                    for (at, _) in text.match_indices(call) {
                        // Only the function itself, not `get("…")` or `format!("…")`.
                        let before = text[..at].chars().next_back().unwrap_or(' ');
                        if before.is_ascii_alphanumeric() || before == '_' {
                            continue;
                        }
                        let rest = &text[at + call.len()..];
                        if let Some((key, _)) = rest.split_once('"') {
                            used.insert(key.to_string());
                        }
                    }
                }
            }
        }
    }
    assert!(used.len() > 40, "the scan found too few keys: {used:?}");
    let missing: Vec<_> = used.iter().filter(|k| !keys.contains(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys used in code but missing from en: {missing:?}"
    );
    // Keys built at run time.
    for code in app::catalogue::codes::COUNTRIES {
        assert!(keys.contains(&app::catalogue::codes::country_key(code)));
    }
    for kind in app::catalogue::codes::ORG_KINDS {
        assert!(
            keys.contains(&app::catalogue::codes::org_kind_key(kind)),
            "{kind}"
        );
    }
    for lang in LANGS {
        assert!(keys.contains(&format!("lang-name-{lang}")));
        assert!(keys.contains(&format!("lang-endonym-{lang}")));
    }
    for month in 1..=12 {
        assert!(keys.contains(&format!("month-{month}")));
    }
    for param in ["page", "area", "job", "country", "kind"] {
        assert!(keys.contains(&format!("param-{param}")));
    }
}

#[test]
fn every_account_validation_code_has_a_message() {
    use app::accounts::email::EmailError;
    use app::accounts::password::PasswordError;
    let emails = [EmailError::Empty, EmailError::TooLong, EmailError::Invalid]
        .map(|e| format!("accounts-email-{}", e.code()));
    let passwords = [
        PasswordError::TooShort,
        PasswordError::TooLong,
        PasswordError::Common,
    ]
    .map(|e| format!("accounts-password-{}", e.code()));
    for lang in LANGS {
        let keys = all_keys(lang);
        for key in emails.iter().chain(passwords.iter()) {
            assert!(keys.contains(key), "{lang}: {key}");
        }
    }
}

//! The pages the law asks for — the privacy notice, the accessibility statement and the legal
//! notice — and `security.txt`, from the operator's settings and from what the code declares
//! (every feature's personal data, the retention periods the housekeeping job applies).

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
pub mod model;
pub mod pages;

/// When the legal texts last changed (shown on the pages; `security.txt` is dated from it).
pub const TEXTS_UPDATED: &str = "2026-12-07";

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use crate::i18n::Lang;
    use crate::legal::model::Period;

    /// The notice's keys are built from the declarations: each must exist in every language.
    #[test]
    fn every_declared_part_and_period_is_written_in_every_language() {
        let mut keys = Vec::new();
        for feature in crate::personal_data_features() {
            let stem = format!("privacy-part-{}", feature.notice);
            keys.extend([format!("{stem}-what"), format!("{stem}-why"), stem]);
            for period in feature.kept {
                keys.push(format!("privacy-kept-{}", period.code()));
            }
        }
        for period in Period::SWEPT {
            keys.push(format!("privacy-retention-{}", period.code()));
        }
        for lang in Lang::ALL {
            let path = format!(
                "{}/../locales/{}/legal.ftl",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            for key in &keys {
                let defined = text.lines().any(|l| l.starts_with(&format!("{key} =")));
                assert!(defined, "{} lacks {key}", lang.code());
            }
        }
    }
}

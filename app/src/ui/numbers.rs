//! Numbers as each language writes them: the decimal separator, and file sizes with the units
//! of the language (`1.2 MB`, `1,2 Mo`).

use crate::i18n::{t_args, Lang};

/// `value` with one decimal, written the way `lang` writes it.
pub fn decimal(lang: Lang, value: f64) -> String {
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").map(str::to_string).unwrap_or(text);
    match lang {
        Lang::En => text,
        Lang::Fr | Lang::Es | Lang::It => text.replace('.', ","),
    }
}

/// A file's size in the reader's units (`resources-size-kb`, `resources-size-mb`).
pub fn file_size(lang: Lang, bytes: i64) -> String {
    let kb = bytes as f64 / 1024.0;
    if kb < 1024.0 {
        t_args("size-kb", &[("size", decimal(lang, kb.max(0.1)).into())])
    } else {
        t_args("size-mb", &[("size", decimal(lang, kb / 1024.0).into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(decimal(Lang::En, 1.25), "1.2");
        assert_eq!(decimal(Lang::Fr, 1.26), "1,3");
        assert_eq!(decimal(Lang::It, 3.0), "3");
    }
}

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

/// A whole number with the thousands grouped the way `lang` writes them: 32,000 (English),
/// 32 000 with a narrow no-break space (French), 32.000 (Spanish, Italian; Spanish leaves
/// four-digit numbers whole: 2500).
pub fn grouped(lang: Lang, value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let separator = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
        Lang::Es | Lang::It => ".",
    };
    let whole = lang == Lang::Es && digits.len() <= 4;
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) && !whole {
            out.push_str(separator);
        }
        out.push(digit);
    }
    if value < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// An amount of money as `lang` writes it: €32,000 (English), 32 000 € (French, Spanish,
/// Italian); a currency without a sign of its own keeps its code (CHF 5,000 / 5 000 CHF).
pub fn money(lang: Lang, amount: i64, currency: &str) -> String {
    let sign = match currency {
        "EUR" => "€",
        "GBP" => "£",
        other => other,
    };
    let number = grouped(lang, amount);
    match lang {
        Lang::En if sign.chars().count() == 1 => format!("{sign}{number}"),
        Lang::En => format!("{sign}\u{a0}{number}"),
        _ => format!("{number}\u{a0}{sign}"),
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

    #[test]
    fn thousands_and_money_follow_the_language() {
        assert_eq!(grouped(Lang::En, 32000), "32,000");
        assert_eq!(grouped(Lang::Fr, 1234567), "1\u{202f}234\u{202f}567");
        assert_eq!(grouped(Lang::Es, 2500), "2500");
        assert_eq!(grouped(Lang::Es, 25000), "25.000");
        assert_eq!(grouped(Lang::It, 650), "650");
        assert_eq!(money(Lang::En, 32000, "EUR"), "€32,000");
        assert_eq!(money(Lang::Fr, 32000, "EUR"), "32\u{202f}000\u{a0}€");
        assert_eq!(money(Lang::En, 5000, "CHF"), "CHF\u{a0}5,000");
    }
}

//! Text folding for matching only: the source text itself is never changed.

use unicode_normalization::UnicodeNormalization;

/// Folds typographic variants (NFKC, curly quotes, dashes, non-breaking spaces)
/// and case, so that "Xiaomi’s" and "xiaomi's" compare equal.
pub fn fold(s: &str) -> String {
    s.nfkc()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => {
                '\''
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
            | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            '\u{00A0}' | '\u{2007}' | '\u{202F}' => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds_quotes_dashes_spaces_and_case() {
        assert_eq!(
            super::fold("Xiaomi\u{2019}s \u{201C}A\u{201D}\u{00A0}\u{2014} ﬁne"),
            "xiaomi's \"a\" - fine"
        );
    }
}

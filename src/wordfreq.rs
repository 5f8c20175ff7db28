//! General-English word frequencies (Zipf scale), the prior for how informative a word
//! is and which words are ordinary English. Loaded once from `assets/wordfreq-en.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

fn table() -> &'static HashMap<&'static str, f32> {
    static TABLE: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../assets/wordfreq-en.tsv")
            .lines()
            .filter_map(|l| {
                let (w, z) = l.split_once('\t')?;
                Some((w, z.parse().ok()?))
            })
            .collect()
    })
}

/// The word's Zipf frequency (log10 of occurrences per billion words), if it is among the
/// ~39,000 most frequent English words; `word` is lower case.
pub fn zipf(word: &str) -> Option<f32> {
    table().get(word).copied()
}

#[cfg(test)]
mod tests {
    #[test]
    fn common_words_are_frequent_and_names_are_not_listed() {
        assert!(super::zipf("the").unwrap() > 7.0);
        assert!(super::zipf("government").unwrap() > 5.0);
        assert_eq!(super::zipf("qwzxv"), None);
    }
}

//! Passage → matching features: stemmed content terms (with names and numbers marked),
//! their weights, the word sequence used for order-aware alignment, and the WordNet senses
//! of its words (from the event [`lexicon`](super::lexicon)), so that paraphrases ("sued" /
//! "filed a lawsuit", "died" / "death") count as shared terms.

use std::collections::HashMap;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::ingest::normalize::fold;

/// Index of a term in the comparison's vocabulary.
pub type TermId = u32;

/// What kind of token a term is; numbers and names weigh more than common words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermKind {
    Word,
    Name,
    Number,
}

/// The features of one passage.
#[derive(Clone, Debug, Default)]
pub struct Features {
    /// Content terms in reading order (repeats kept), for sequence alignment.
    pub sequence: Vec<TermId>,
    /// Distinct terms, sorted.
    pub terms: Vec<TermId>,
    /// Distinct consecutive term pairs, sorted: phrasing and quoted phrases.
    pub bigrams: Vec<(TermId, TermId)>,
    /// (lexicon class, term) of its ordinary words, sorted: two terms sharing a class are
    /// synonyms, derivations or cause and effect.
    pub senses: Vec<(u32, TermId)>,
}

/// The vocabulary of a comparison: term ids, kinds, and general-English informativeness.
#[derive(Default)]
pub struct Vocabulary {
    ids: HashMap<String, TermId>,
    pub kinds: Vec<TermKind>,
    /// 0..=1: how rare the word is in general English (1 = not in the frequency list).
    pub general: Vec<f32>,
    /// A readable form of each term, for number and name comparisons.
    pub surface: Vec<String>,
}

/// A term of a passage before it is numbered in a [`Vocabulary`].
pub struct Scanned {
    key: String,
    kind: TermKind,
    surface: String,
    /// General-English informativeness of this form (1 for numbers).
    general: f32,
    /// Lexicon classes of an ordinary word.
    classes: Vec<u32>,
}

impl Vocabulary {
    fn intern(&mut self, t: Scanned) -> TermId {
        if let Some(&id) = self.ids.get(&t.key) {
            // A word seen once as a name ("Court" at a headline) and once lower case is a word.
            if t.kind == TermKind::Word && self.kinds[id as usize] == TermKind::Name {
                self.kinds[id as usize] = TermKind::Word;
            }
            // Forms sharing a stem may differ in rarity: the commonest counts, whatever the
            // input order showed first.
            let i = id as usize;
            if t.kind != TermKind::Number && t.general < self.general[i] {
                self.general[i] = t.general;
            }
            return id;
        }
        let id = self.kinds.len() as TermId;
        self.ids.insert(t.key, id);
        self.kinds.push(t.kind);
        self.general.push(t.general);
        self.surface.push(t.surface);
        id
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }
}

/// Function words that carry no claim on their own.
pub(crate) const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "via",
    "per",
    "among",
    "within",
    "without",
    "s",
    "t",
    "also",
    "yet",
    "still",
    "said",
    "says",
    "say",
    "according",
    "though",
    "although",
    "whether",
    "which",
    "since",
    "one",
    "would",
    "may",
    "many",
    "much",
    "well",
    "like",
];

pub(crate) const NUMBER_WORDS: &[(&str, &str)] = &[
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("twenty", "20"),
    ("hundred", "100"),
    ("thousand", "1000"),
    ("million", "1000000"),
    ("billion", "1000000000"),
];

/// Zipf frequency → 0..=1; words absent from the general-English list count as rare.
pub(crate) fn general_informativeness(word: &str) -> f32 {
    let zipf = crate::wordfreq::zipf(word).unwrap_or(0.0);
    ((6.5 - zipf) / 3.5).clamp(0.15, 1.0)
}

pub(crate) fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// A number in canonical form: "2,000" → "2000", "11th" → "11", "3.5%" stays "3.5%".
pub(crate) fn canonical_number(word: &str) -> Option<String> {
    if !word.chars().next()?.is_ascii_digit() {
        return None;
    }
    let w = word.trim_end_matches(['s', 't', 'h', 'n', 'd', 'r']);
    let w: String = w.chars().filter(|&c| c != ',').collect();
    w.chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '%')
        .then_some(w)
}

/// Extracts the features of `text`, adding new terms to `vocab`.
pub fn extract(text: &str, vocab: &mut Vocabulary) -> Features {
    number(scan(text), vocab)
}

/// The terms of `text` in reading order; needs no vocabulary, so passages can be scanned in
/// parallel and numbered ([`number`]) in order afterwards.
pub fn scan(text: &str) -> Vec<Scanned> {
    let mut out = Vec::new();
    let number = |n: String| Scanned {
        key: format!("#{n}"),
        kind: TermKind::Number,
        surface: n,
        general: 1.0,
        classes: Vec::new(),
    };
    let mut sentence_start = true;
    for word in text.split_word_bounds() {
        let first = word.chars().next().unwrap_or(' ');
        if !first.is_alphanumeric() {
            if matches!(word, "." | "!" | "?" | ":") {
                sentence_start = true;
            }
            continue;
        }
        let folded = fold(word);
        let folded = folded
            .strip_suffix("'s")
            .or_else(|| folded.strip_suffix('\''))
            .unwrap_or(&folded);
        let american = crate::segment::words::american(folded);
        let folded = american.as_deref().unwrap_or(folded);
        let at_start = std::mem::replace(&mut sentence_start, false);
        if let Some(n) = canonical_number(folded) {
            out.push(number(n));
            continue;
        }
        if let Some((_, n)) = NUMBER_WORDS.iter().find(|(w, _)| *w == folded) {
            out.push(number((*n).to_owned()));
            continue;
        }
        // Acronyms ("US", "U.S.", "EU") are names, even when they spell a stopword.
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && word.chars().all(|c| c.is_uppercase() || c == '.') {
            let acronym: String = folded.chars().filter(|&c| c != '.').collect();
            out.push(Scanned {
                key: format!("@{acronym}"),
                kind: TermKind::Name,
                general: general_informativeness(&acronym),
                surface: acronym,
                classes: Vec::new(),
            });
            continue;
        }
        if STOPWORDS.contains(&folded) || folded.chars().count() < 2 {
            continue;
        }
        let capitalised = first.is_uppercase();
        // At a sentence's start only a rare word is taken for a name.
        let rare = crate::wordfreq::zipf(folded).is_none_or(|z| z < 3.5);
        let kind = if capitalised && (!at_start || rare) {
            TermKind::Name
        } else {
            TermKind::Word
        };
        let classes = match kind {
            TermKind::Word => super::lexicon::lexicon()
                .lookup(folded)
                .map(|e| e.classes.clone())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        out.push(Scanned {
            key: stemmer().stem(folded).into_owned(),
            kind,
            general: general_informativeness(folded),
            surface: folded.to_owned(),
            classes,
        });
    }
    out
}

/// Numbers the terms of one passage in `vocab` and makes its features.
pub fn number(scanned: Vec<Scanned>, vocab: &mut Vocabulary) -> Features {
    let mut sequence = Vec::with_capacity(scanned.len());
    let mut senses = Vec::new();
    for mut t in scanned {
        let classes = std::mem::take(&mut t.classes);
        let id = vocab.intern(t);
        sequence.push(id);
        senses.extend(classes.into_iter().map(|c| (c, id)));
    }
    let mut terms = sequence.clone();
    terms.sort_unstable();
    terms.dedup();
    let mut bigrams: Vec<(TermId, TermId)> = sequence.windows(2).map(|w| (w[0], w[1])).collect();
    bigrams.sort_unstable();
    bigrams.dedup();
    senses.sort_unstable();
    senses.dedup();
    Features {
        sequence,
        terms,
        bigrams,
        senses,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_names_and_numbers() {
        let mut v = Vocabulary::default();
        let a = extract(
            "Xiaomi sued the U.S. government on the 11th of November, 2,000 times.",
            &mut v,
        );
        let b = extract(
            "The government was suing Xiaomi: 2000 suits by 11 November.",
            &mut v,
        );
        let shared: Vec<_> = a.terms.iter().filter(|t| b.terms.contains(t)).collect();
        let words: Vec<&str> = shared
            .iter()
            .map(|&&t| v.surface[t as usize].as_str())
            .collect();
        assert!(words.contains(&"xiaomi"), "{words:?}");
        assert!(words.contains(&"government"));
        assert!(words.contains(&"11"));
        assert!(words.contains(&"2000"));
        assert!(words.contains(&"sued") || words.contains(&"suing"));
        let x = v.ids["xiaomi"] as usize;
        assert_eq!(v.kinds[x], TermKind::Name);
        assert!(v.general[x] > v.general[v.ids["govern"] as usize]);
    }

    #[test]
    fn paraphrases_share_a_lexicon_sense() {
        let mut v = Vocabulary::default();
        let a = extract("The firm sued the agency.", &mut v);
        let b = extract("The firm filed a lawsuit against the agency.", &mut v);
        let classes = |f: &Features| f.senses.iter().map(|s| s.0).collect::<Vec<_>>();
        let (ca, cb) = (classes(&a), classes(&b));
        assert!(ca.iter().any(|c| cb.contains(c)), "{ca:?} {cb:?}");
        // Names carry no senses: "Rose" the person is not "rose" the verb.
        let n = extract("Yesterday Rose spoke.", &mut v);
        let rose = v.ids["rose"];
        assert!(n.senses.iter().all(|s| s.1 != rose));
    }
}

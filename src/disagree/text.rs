//! Word tokens with byte offsets, and the small word lists every extractor shares.
//!
//! Tokens keep numbers whole ("2,000", "5.8", "2.1bn") and hyphenated words whole
//! ("41-year-old", "5.8-magnitude"); currency signs and "%" are tokens of their own.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tk {
    Word,
    /// `$ € £ ¥ %`
    Sym,
    /// Any other punctuation, one character.
    Punct,
}

#[derive(Clone, Debug)]
pub struct Tok<'a> {
    pub s: &'a str,
    /// Lower case, curly apostrophes folded.
    pub lo: String,
    pub start: usize,
    pub end: usize,
    pub kind: Tk,
}

impl Tok<'_> {
    pub fn is(&self, w: &str) -> bool {
        self.lo == w
    }
    pub fn is_any(&self, ws: &[&str]) -> bool {
        ws.contains(&self.lo.as_str())
    }
    pub fn word(&self) -> bool {
        self.kind == Tk::Word
    }
    /// Starts with an upper-case letter.
    pub fn capital(&self) -> bool {
        self.kind == Tk::Word && self.s.chars().next().is_some_and(char::is_uppercase)
    }
    pub fn starts_digit(&self) -> bool {
        self.s.chars().next().is_some_and(|c| c.is_ascii_digit())
    }
    /// Ends a clause for the purpose of attaching a figure to its context.
    pub fn clause_break(&self) -> bool {
        self.kind == Tk::Punct
            && matches!(self.s, ";" | ":" | "." | "—" | "–" | "(" | ")" | "!" | "?")
    }
}

pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let cs: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let end_of = |k: usize| cs.get(k).map_or(text.len(), |c| c.0);
    while i < cs.len() {
        let (b, c) = cs[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < cs.len() {
                let d = cs[j].1;
                if d.is_alphanumeric() {
                    j += 1;
                    continue;
                }
                let prev = cs[j - 1].1;
                let next = cs.get(j + 1).map(|x| x.1);
                let joins = match d {
                    '.' | ',' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
                    '-' | '\'' | '’' => next.is_some_and(char::is_alphanumeric),
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            let e = end_of(j);
            let s = &text[b..e];
            out.push(Tok {
                s,
                lo: s.to_lowercase().replace('’', "'"),
                start: b,
                end: e,
                kind: Tk::Word,
            });
            i = j;
            continue;
        }
        let e = end_of(i + 1);
        let kind = if matches!(c, '$' | '€' | '£' | '¥' | '%') {
            Tk::Sym
        } else {
            Tk::Punct
        };
        out.push(Tok {
            s: &text[b..e],
            lo: text[b..e].to_string(),
            start: b,
            end: e,
            kind,
        });
        i += 1;
    }
    out
}

pub fn stem(w: &str) -> String {
    static S: OnceLock<Stemmer> = OnceLock::new();
    let w = w.trim_end_matches("'s");
    if let Some(l) = irregular(w) {
        return l.to_string();
    }
    S.get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(w)
        .into_owned()
}

/// Irregular English verb forms → the base form, so "struck" and "strikes" meet.
fn irregular(w: &str) -> Option<&'static str> {
    Some(match w {
        "struck" | "strike" | "strikes" | "striking" => "strike",
        "hit" | "hits" | "hitting" => "hit",
        "shot" | "shoot" | "shoots" | "shooting" => "shoot",
        "held" | "hold" | "holds" => "hold",
        "sold" | "sell" | "sells" | "selling" => "sell",
        "bought" | "buy" | "buys" | "buying" => "buy",
        "paid" | "pay" | "pays" | "paying" => "pay",
        "said" | "says" | "say" | "saying" => "say",
        "told" | "tell" | "tells" => "tell",
        "won" | "win" | "wins" => "win",
        "lost" | "lose" | "loses" => "lose",
        "left" | "leave" | "leaves" => "leave",
        "fled" | "flee" | "flees" => "flee",
        "took" | "taken" | "take" | "takes" => "take",
        "began" | "begun" | "begin" | "begins" => "begin",
        "fell" | "fallen" | "fall" | "falls" => "fall",
        "rose" | "risen" | "rise" | "rises" => "rise",
        "died" | "dies" | "die" | "dying" | "dead" | "death" | "deaths" => "die",
        "met" | "meet" | "meets" => "meet",
        "found" | "find" | "finds" => "find",
        "caught" | "catch" => "catch",
        "sent" | "send" | "sends" => "send",
        "sentenced" | "sentence" | "sentences" | "sentencing" => "sentence",
        _ => return None,
    })
}

pub const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "as",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "him",
    "them",
    "who",
    "which",
    "what",
    "when",
    "where",
    "there",
    "than",
    "then",
    "also",
    "not",
    "no",
    "into",
    "after",
    "before",
    "about",
    "over",
    "said",
    "says",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "should",
    "did",
    "do",
    "does",
    "so",
    "such",
    "some",
    "more",
    "most",
    "other",
    "all",
    "any",
    "up",
    "out",
    "if",
    "while",
    "during",
    "since",
    "until",
    "by",
    "per",
    "according",
    "near",
    "around",
    "just",
    "now",
    "only",
    "very",
    "her",
    "my",
    "me",
    "us",
    "one",
    "two",
    "new",
    "last",
    "first",
];

pub fn is_stop(w: &str) -> bool {
    STOP.contains(&w)
}

/// Month names and weekdays: the lists the sentence splitter and the fact aligner also read.
pub use crate::segment::words::{MONTHS, WEEKDAYS, month_number as month};

pub fn weekday(w: &str) -> Option<u32> {
    WEEKDAYS.iter().position(|d| *d == w).map(|p| p as u32)
}

/// A word naming someone's role, grouped so that different sources' wordings meet.
pub fn role(w: &str) -> Option<&'static str> {
    Some(match w.trim_end_matches("'s") {
        "suspect" | "gunman" | "shooter" | "attacker" | "assailant" | "accused" | "defendant" => {
            "suspect"
        }
        "victim" => "victim",
        "driver" | "motorist" => "driver",
        "pilot" => "pilot",
        "man" | "woman" | "boy" | "girl" | "teenager" | "teen" | "person" => "person",
        _ => return None,
    })
}

/// Nouns that name people in general: a count of them is a count of people.
pub fn people_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "persons"
            | "person"
            | "individuals"
            | "residents"
            | "victims"
            | "others"
            | "lives"
            | "bodies"
            | "body"
            | "human"
            | "humans"
            | "civilians"
            | "villagers"
            | "man"
            | "woman"
            | "child"
            | "boy"
            | "girl"
            | "baby"
            | "teenager"
            | "men"
            | "women"
            | "children"
            | "dead"
            | "casualties"
    )
}

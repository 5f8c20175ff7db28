//! Scoring against a labelled set (tests/data/disagreements/set.json): items of a few
//! sentences per source, each with the disagreements a careful reader expects (none for
//! look-alikes). A found disagreement matches an expected one of the same kind whose
//! every listed text is inside one of its values' text.

use serde::Deserialize;

use super::{Disagreement, Kind, Statement, find};

#[derive(Clone, Debug, Deserialize)]
pub struct Expect {
    pub kind: Kind,
    #[serde(default)]
    pub texts: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Item {
    pub id: String,
    /// Sentences (passages) per source.
    pub sources: Vec<Vec<String>>,
    pub expect: Vec<Expect>,
    #[serde(default)]
    pub published: Vec<Option<String>>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Labelled {
    pub positives: Vec<Item>,
    pub negatives: Vec<Item>,
}

pub fn load(path: &std::path::Path) -> Result<Labelled, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The disagreements found in one item (passages numbered across sources).
pub fn run(item: &Item) -> Vec<Disagreement> {
    let mut statements = Vec::new();
    let mut n = 0;
    for (s, passages) in item.sources.iter().enumerate() {
        for p in passages {
            statements.push(Statement {
                source: s as u32,
                passage: n,
                text: p,
            });
            n += 1;
        }
    }
    find(&statements, &item.published)
}

fn matches(d: &Disagreement, e: &Expect) -> bool {
    d.kind == e.kind
        && e.texts.iter().all(|t| {
            d.values
                .iter()
                .any(|v| v.text.to_lowercase().contains(&t.to_lowercase()))
        })
}

pub fn describe(d: &Disagreement) -> String {
    let kind = match d.kind {
        Kind::Number => "number",
        Kind::Date => "date",
        Kind::Quote => "quote",
        Kind::Attribution => "attribution",
    };
    let vals: Vec<String> = d
        .values
        .iter()
        .map(|v| format!("s{}:{:?}", v.source, v.text))
        .collect();
    format!("{kind} {:?}: {}", d.about, vals.join(" / "))
}

#[derive(Clone, Debug, Default)]
pub struct Score {
    /// Expected disagreements, and how many were found.
    pub expected: usize,
    pub found: usize,
    /// Disagreements reported, and how many match an expected one.
    pub predicted: usize,
    pub correct: usize,
    pub misses: Vec<String>,
    pub false_alarms: Vec<String>,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.correct as f64 / self.predicted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.found as f64 / self.expected as f64
        }
    }
}

pub fn score(set: &Labelled) -> Score {
    let mut s = Score::default();
    for item in set.positives.iter().chain(&set.negatives) {
        let got = run(item);
        for e in &item.expect {
            s.expected += 1;
            if got.iter().any(|d| matches(d, e)) {
                s.found += 1;
            } else {
                s.misses
                    .push(format!("{}: {:?} {:?}", item.id, e.kind, e.texts));
            }
        }
        for d in &got {
            s.predicted += 1;
            if item.expect.iter().any(|e| matches(d, e)) {
                s.correct += 1;
            } else {
                s.false_alarms.push(format!("{}: {}", item.id, describe(d)));
            }
        }
    }
    s
}

/// The non-boilerplate passages of some sources as statements, passages numbered across
/// sources in order (furniture included in the numbering, as in the report).
pub fn statements(sources: &[crate::ingest::Source]) -> Vec<Statement<'_>> {
    let mut out = Vec::new();
    let mut n = 0u32;
    for (si, s) in sources.iter().enumerate() {
        for seg in crate::segment::segment(&s.text) {
            if seg.furniture.is_none() {
                out.push(Statement {
                    source: si as u32,
                    passage: n,
                    text: &s.text[seg.start..seg.end],
                });
            }
            n += 1;
        }
    }
    out
}

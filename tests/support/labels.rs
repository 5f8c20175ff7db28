//! Hand-labelled facts (tests/data/*_labels.json, tests/data/heldout/*_labels.json) and the
//! precision/recall of a comparison's cross-source links against them.
//!
//! Labels are multi-label: a claim is one fact, listing a quote from every passage that
//! states it, so a sentence stating three facts is quoted in three claims. A labelled link
//! is any two passages of different sources that share at least one fact. A predicted link
//! is any two members of one claim from different sources.
//!
//! Scores are read from the JSON report, not from the engine's Rust types, so that they
//! work on version 1 (`claims[].members` as passage ids) and version 2 (members as
//! `{"passage": id, "span": [s, e]}`) alike.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use corroborate::{Settings, compare, ingest, report};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
pub struct Labels {
    pub files: Vec<String>,
    pub claims: Vec<LabelledClaim>,
}

#[derive(Deserialize)]
pub struct LabelledClaim {
    // `note` (what the fact is) and `conflict` are for people reading the file.
    pub passages: Vec<Quote>,
}

#[derive(Deserialize)]
pub struct Quote {
    pub source: u32,
    pub quote: String,
}

/// A link between two passages of different sources, by passage id ("2:7"), in order.
pub type Link = (String, String);

/// Precision, recall and F1 of cross-source passage links.
#[derive(Debug, Clone, Copy)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub predicted: usize,
    pub gold: usize,
}

/// A passage as the JSON report gives it.
pub struct Passage {
    pub id: String,
    pub source: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub boilerplate: bool,
}

/// What the scores need from a JSON report (version 1 or 2).
pub struct Report {
    pub texts: Vec<String>,
    pub passages: Vec<Passage>,
    /// Each claim's member passage ids.
    pub claims: Vec<Vec<String>>,
}

impl Report {
    pub fn from_json(json: &str) -> Report {
        let v: Value = serde_json::from_str(json).expect("the report is JSON");
        let mut texts = Vec::new();
        let mut passages = Vec::new();
        for (s, src) in v["sources"]
            .as_array()
            .expect("sources[]")
            .iter()
            .enumerate()
        {
            texts.push(src["text"].as_str().expect("sources[].text").to_owned());
            for p in src["passages"].as_array().expect("sources[].passages[]") {
                let num = |k: &str| p[k].as_u64().expect("passage offsets") as usize;
                passages.push(Passage {
                    id: p["id"].as_str().expect("passage id").to_owned(),
                    source: s,
                    start: num("start"),
                    end: num("end"),
                    text: p["text"].as_str().unwrap_or_default().to_owned(),
                    boilerplate: p["boilerplate"].as_bool().unwrap_or(false),
                });
            }
        }
        let claims = v["claims"]
            .as_array()
            .expect("claims[]")
            .iter()
            .map(|c| {
                c["members"]
                    .as_array()
                    .expect("claims[].members[]")
                    .iter()
                    .map(|m| match m {
                        Value::String(id) => id.clone(),
                        _ => m["passage"].as_str().expect("members[].passage").to_owned(),
                    })
                    .collect()
            })
            .collect();
        Report {
            texts,
            passages,
            claims,
        }
    }

    pub fn passage(&self, id: &str) -> Option<&Passage> {
        self.passages.iter().find(|p| p.id == id)
    }

    fn source_of(&self) -> BTreeMap<&str, usize> {
        self.passages
            .iter()
            .map(|p| (p.id.as_str(), p.source))
            .collect()
    }

    /// The passage holding the start of a labelled quote.
    fn locate(&self, q: &Quote) -> &Passage {
        let s = q.source as usize;
        let at = self.texts[s]
            .find(&q.quote)
            .unwrap_or_else(|| panic!("quote not found in source {s}: {}", q.quote));
        self.passages
            .iter()
            .find(|p| p.source == s && p.start <= at && at < p.end)
            .unwrap_or_else(|| panic!("no passage holds {:?}", q.quote))
    }
}

fn link(x: &str, y: &str) -> Link {
    if x < y {
        (x.to_owned(), y.to_owned())
    } else {
        (y.to_owned(), x.to_owned())
    }
}

pub fn load(labels: &Path, dir: &Path) -> (Labels, Vec<ingest::Source>) {
    let text =
        std::fs::read_to_string(labels).unwrap_or_else(|e| panic!("{}: {e}", labels.display()));
    let labels: Labels =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", labels.display()));
    let sources = labels
        .files
        .iter()
        .map(|f| ingest::load_path(&dir.join(f)).unwrap())
        .collect();
    (labels, sources)
}

/// Every pair of passages of different sources that share a labelled fact.
pub fn gold_pairs(r: &Report, labels: &Labels) -> BTreeSet<Link> {
    let mut gold = BTreeSet::new();
    for claim in &labels.claims {
        let ps: Vec<&Passage> = claim.passages.iter().map(|q| r.locate(q)).collect();
        for (i, x) in ps.iter().enumerate() {
            for y in &ps[i + 1..] {
                if x.source != y.source {
                    gold.insert(link(&x.id, &y.id));
                }
            }
        }
    }
    gold
}

/// Every pair of members of one claim from different sources.
pub fn predicted_pairs(r: &Report) -> BTreeSet<Link> {
    let source = r.source_of();
    let mut pred = BTreeSet::new();
    for members in &r.claims {
        for (i, x) in members.iter().enumerate() {
            for y in &members[i + 1..] {
                if source[x.as_str()] != source[y.as_str()] {
                    pred.insert(link(x, y));
                }
            }
        }
    }
    pred
}

pub fn score_links(pred: &BTreeSet<Link>, gold: &BTreeSet<Link>) -> Score {
    let hits = pred.intersection(gold).count() as f64;
    let precision = if pred.is_empty() {
        0.0
    } else {
        hits / pred.len() as f64
    };
    let recall = if gold.is_empty() {
        0.0
    } else {
        hits / gold.len() as f64
    };
    let f1 = if hits == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Score {
        precision,
        recall,
        f1,
        predicted: pred.len(),
        gold: gold.len(),
    }
}

/// Compares a labelled set's files at `threshold`; returns the labels and the report.
pub fn run(labels: &str, dir: &str, threshold: f32) -> (Labels, Report) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (labels, sources) = load(&root.join(labels), &root.join(dir));
    let c = compare::compare(sources, &Settings { threshold });
    (labels, Report::from_json(&report::json::to_string(&c)))
}

/// The engine's links scored against a labelled set.
pub fn evaluate(labels: &str, dir: &str, threshold: f32) -> Score {
    let (labels, r) = run(labels, dir, threshold);
    score_links(&predicted_pairs(&r), &gold_pairs(&r, &labels))
}

/// The baseline: TF-IDF cosine between every two non-boilerplate passages of different
/// sources (the engine's passages), linked when it reaches `threshold`. Terms are
/// lower-cased alphanumeric words; idf = ln((1 + n) / (1 + df)) + 1 over the set's
/// passages; no grouping, so each link stands alone.
pub fn tfidf_pairs(r: &Report, threshold: f64) -> BTreeSet<Link> {
    let ps: Vec<&Passage> = r.passages.iter().filter(|p| !p.boilerplate).collect();
    let terms: Vec<BTreeMap<String, f64>> = ps
        .iter()
        .map(|p| {
            let mut tf = BTreeMap::new();
            for w in p
                .text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                *tf.entry(w.to_lowercase()).or_insert(0.0) += 1.0;
            }
            tf
        })
        .collect();
    let mut df: BTreeMap<&str, f64> = BTreeMap::new();
    for tf in &terms {
        for w in tf.keys() {
            *df.entry(w.as_str()).or_insert(0.0) += 1.0;
        }
    }
    let n = ps.len() as f64;
    let vectors: Vec<BTreeMap<&str, f64>> = terms
        .iter()
        .map(|tf| {
            let mut v: BTreeMap<&str, f64> = tf
                .iter()
                .map(|(w, c)| {
                    (
                        w.as_str(),
                        c * (((1.0 + n) / (1.0 + df[w.as_str()])).ln() + 1.0),
                    )
                })
                .collect();
            let norm = v.values().map(|x| x * x).sum::<f64>().sqrt();
            v.values_mut()
                .for_each(|x| *x /= norm.max(f64::MIN_POSITIVE));
            v
        })
        .collect();
    let mut links = BTreeSet::new();
    for i in 0..ps.len() {
        for j in i + 1..ps.len() {
            if ps[i].source == ps[j].source {
                continue;
            }
            let (a, b) = (&vectors[i], &vectors[j]);
            let cos: f64 = a.iter().filter_map(|(w, x)| b.get(w).map(|y| x * y)).sum();
            if cos >= threshold {
                links.insert(link(&ps[i].id, &ps[j].id));
            }
        }
    }
    links
}

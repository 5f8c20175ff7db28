//! Hand-labelled claims (tests/data/*_labels.json) and the precision/recall of a
//! comparison's cross-source links against them.

use std::collections::BTreeSet;
use std::path::Path;

use corroborate::report::{Comparison, PassageId};
use corroborate::{Settings, compare, ingest};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Labels {
    pub files: Vec<String>,
    pub claims: Vec<LabelledClaim>,
}

#[derive(Deserialize)]
pub struct LabelledClaim {
    pub passages: Vec<Quote>,
}

#[derive(Deserialize)]
pub struct Quote {
    pub source: u32,
    pub quote: String,
}

/// Precision, recall and F1 of cross-source passage links.
#[derive(Debug, Clone, Copy)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub predicted: usize,
    pub gold: usize,
}

pub fn load(labels: &Path, dir: &Path) -> (Labels, Vec<ingest::Source>) {
    let labels: Labels = serde_json::from_str(&std::fs::read_to_string(labels).unwrap()).unwrap();
    let sources = labels
        .files
        .iter()
        .map(|f| ingest::load_path(&dir.join(f)).unwrap())
        .collect();
    (labels, sources)
}

fn locate(c: &Comparison, q: &Quote) -> PassageId {
    let src = &c.sources[q.source as usize];
    let at = src
        .text
        .find(&q.quote)
        .unwrap_or_else(|| panic!("quote not found in {}: {}", src.name, q.quote));
    src.passages
        .iter()
        .find(|p| p.start <= at && at < p.end)
        .unwrap_or_else(|| panic!("no passage holds {:?}", q.quote))
        .id
}

fn key(x: PassageId, y: PassageId) -> (PassageId, PassageId) {
    if x < y { (x, y) } else { (y, x) }
}

pub fn gold_pairs(c: &Comparison, labels: &Labels) -> BTreeSet<(PassageId, PassageId)> {
    let mut gold = BTreeSet::new();
    for claim in &labels.claims {
        let ids: Vec<PassageId> = claim.passages.iter().map(|q| locate(c, q)).collect();
        for (i, &x) in ids.iter().enumerate() {
            for &y in &ids[i + 1..] {
                if x.source != y.source {
                    gold.insert(key(x, y));
                }
            }
        }
    }
    gold
}

pub fn predicted_pairs(c: &Comparison) -> BTreeSet<(PassageId, PassageId)> {
    c.claims
        .iter()
        .flat_map(|cl| cl.pairs.iter().map(|p| key(p.a, p.b)))
        .collect()
}

pub fn score(c: &Comparison, labels: &Labels) -> Score {
    let gold = gold_pairs(c, labels);
    let pred = predicted_pairs(c);
    let hits = pred.intersection(&gold).count() as f64;
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

pub fn evaluate(labels: &str, dir: &str, threshold: f32) -> Score {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (labels, sources) = load(&root.join(labels), &root.join(dir));
    let c = compare::compare(sources, &Settings { threshold });
    score(&c, &labels)
}

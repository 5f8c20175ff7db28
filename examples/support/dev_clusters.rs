//! Scores claims on news clusters with human event links (`../shared/corpus/ecbplus-dev`:
//! 33 events × 4 outlets), the way `../shared/tools/score_clusters.py` does, so that
//! `evaluate` can print the per-cluster table next to the hand labels.
//!
//! Gold pair: two annotated sentences of different articles linked to one event; pairs of
//! strength "event+argument" count for recall (some passage of each in one claim); precision
//! is over links between annotated sentences only, a link being right when its sentences
//! form any gold pair.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use corroborate::{Settings, compare, ingest};
use serde_json::Value;

use super::labels::Report;

/// One cluster's counts.
pub struct ClusterScore {
    pub name: String,
    pub right: usize,
    pub wrong: usize,
    pub needed: usize,
    pub found: usize,
}

impl ClusterScore {
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.right + self.wrong)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.needed)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    /// The counts of all clusters together (precision and recall over every link, not a
    /// mean of the clusters'), as score_clusters.py sums them.
    pub fn total(scores: &[ClusterScore]) -> ClusterScore {
        let sum = |f: fn(&ClusterScore) -> usize| scores.iter().map(f).sum();
        ClusterScore {
            name: "all".to_owned(),
            right: sum(|c| c.right),
            wrong: sum(|c| c.wrong),
            needed: sum(|c| c.needed),
            found: sum(|c| c.found),
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

type Sentence = (String, u64);

/// Compares each cluster of `dir` at `threshold` and scores it; clusters in name order.
pub fn score_all(dir: &Path, threshold: f32) -> Vec<ClusterScore> {
    let mut clusters: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    clusters.retain(|p| p.join("gold.json").is_file());
    // By topic number, as the corpus numbers them (t2 before t10).
    let number = |p: &std::path::PathBuf| -> (u32, String) {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let digits: String = name
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit())
            .collect();
        (digits.parse().unwrap_or(u32::MAX), name)
    };
    clusters.sort_by_key(number);
    clusters.iter().map(|c| score(c, threshold)).collect()
}

fn score(cluster: &Path, threshold: f32) -> ClusterScore {
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(cluster.join("gold.json")).unwrap())
            .expect("gold.json is JSON");
    let docs = gold["documents"].as_array().expect("documents[]");
    let sources: Vec<ingest::Source> = docs
        .iter()
        .map(|d| ingest::load_path(&cluster.join(d["file"].as_str().unwrap())).unwrap())
        .collect();
    let settings = Settings { threshold };
    let c = compare::compare(sources, &settings);
    let r = Report::from_json(&corroborate::report::json::to_string(&c));

    // Sentence -> its passages (byte ranges overlapping the sentence's characters).
    let mut passages_of: BTreeMap<Sentence, Vec<&str>> = BTreeMap::new();
    let mut annotated: BTreeMap<&str, Vec<Sentence>> = BTreeMap::new();
    for (k, d) in docs.iter().enumerate() {
        let text = std::fs::read_to_string(cluster.join(d["file"].as_str().unwrap())).unwrap();
        let byte = |ch: u64| {
            text.char_indices()
                .nth(ch as usize)
                .map_or(text.len(), |(b, _)| b)
        };
        let doc = d["doc_id"].as_str().unwrap().to_owned();
        for s in d["sentences"].as_array().unwrap() {
            let (b0, b1) = (
                byte(s["start"].as_u64().unwrap()),
                byte(s["end"].as_u64().unwrap()),
            );
            let key = (doc.clone(), s["sid"].as_u64().unwrap());
            let ids: Vec<&str> = r
                .passages
                .iter()
                .filter(|p| p.source == k && p.start < b1 && p.end > b0 && !p.boilerplate)
                .map(|p| p.id.as_str())
                .collect();
            if s["annotated"].as_bool().unwrap_or(false) {
                for &id in &ids {
                    annotated.entry(id).or_default().push(key.clone());
                }
            }
            passages_of.insert(key, ids);
        }
    }
    let source: BTreeMap<&str, usize> = r
        .passages
        .iter()
        .map(|p| (p.id.as_str(), p.source))
        .collect();
    let mut links: BTreeSet<(&str, &str)> = BTreeSet::new();
    for members in &r.claims {
        for (i, x) in members.iter().enumerate() {
            for y in &members[i + 1..] {
                if source[x.as_str()] != source[y.as_str()] {
                    links.insert(if x < y { (x, y) } else { (y, x) });
                }
            }
        }
    }
    let linked = |x: &str, y: &str| links.contains(&if x < y { (x, y) } else { (y, x) });
    let mut any: HashSet<(Sentence, Sentence)> = HashSet::new();
    let (mut needed, mut found) = (0, 0);
    for p in gold["sentence_pairs"].as_array().unwrap() {
        let a = (
            p["doc_a"].as_str().unwrap().to_owned(),
            p["sid_a"].as_u64().unwrap(),
        );
        let b = (
            p["doc_b"].as_str().unwrap().to_owned(),
            p["sid_b"].as_u64().unwrap(),
        );
        any.insert((a.clone(), b.clone()));
        any.insert((b.clone(), a.clone()));
        if p["strength"] == "event+argument" {
            needed += 1;
            let none = Vec::new();
            let (pa, pb) = (
                passages_of.get(&a).unwrap_or(&none),
                passages_of.get(&b).unwrap_or(&none),
            );
            if pa.iter().any(|x| pb.iter().any(|y| linked(x, y))) {
                found += 1;
            }
        }
    }
    let (mut right, mut wrong) = (0, 0);
    for (x, y) in &links {
        let (Some(sx), Some(sy)) = (annotated.get(x), annotated.get(y)) else {
            continue;
        };
        if sx
            .iter()
            .any(|a| sy.iter().any(|b| any.contains(&(a.clone(), b.clone()))))
        {
            right += 1;
        } else {
            wrong += 1;
        }
    }
    ClusterScore {
        name: cluster.file_name().unwrap().to_string_lossy().into_owned(),
        right,
        wrong,
        needed,
        found,
    }
}

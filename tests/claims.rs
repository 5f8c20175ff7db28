//! Claims on real articles do not depend on the order of the sources, nor on an article
//! about another story being in the comparison.

use std::collections::BTreeSet;
use std::path::PathBuf;

use corroborate::ingest::{self, Source};
use corroborate::{Comparison, Settings, compare};

fn load(dir: &str) -> Vec<Source> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("readable")
        .map(|e| e.expect("an entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| ingest::load_path(p).expect("loads"))
        .collect()
}

/// Each claim as the set of (source name, words stating it): ids and positions aside.
fn claims(c: &Comparison, keep: impl Fn(&str) -> bool) -> BTreeSet<BTreeSet<(String, String)>> {
    c.claims
        .iter()
        .map(|cl| {
            cl.members
                .iter()
                .map(|m| {
                    let src = &c.sources[m.passage.source as usize];
                    let p = c.passage(m.passage).unwrap();
                    (src.name.clone(), p.text[m.start..m.end].to_owned())
                })
                .collect::<BTreeSet<_>>()
        })
        .filter(|members| members.iter().all(|(name, _)| keep(name)))
        .collect()
}

#[test]
fn the_samples_in_reverse_order_give_the_same_claims() {
    let forward = load("assets/samples");
    let mut backward = forward.clone();
    backward.reverse();
    let s = Settings::default();
    let (a, b) = (
        compare::compare(forward, &s),
        compare::compare(backward, &s),
    );
    assert_eq!(a.claims.len(), b.claims.len());
    assert_eq!(claims(&a, |_| true), claims(&b, |_| true));
}

#[test]
fn an_article_on_another_story_leaves_the_claims_among_the_samples_unchanged() {
    let samples = load("assets/samples");
    let names: Vec<String> = samples.iter().map(|s| s.name.clone()).collect();
    let mut more = samples.clone();
    more.push(load("tests/data/story2").remove(0));
    let s = Settings::default();
    let (a, b) = (compare::compare(samples, &s), compare::compare(more, &s));
    let among = |n: &str| names.iter().any(|m| m == n);
    assert_eq!(claims(&a, among), claims(&b, among));
}

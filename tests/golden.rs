//! The JSON report of the bundled samples, byte for byte. Refactors must leave it unchanged;
//! a deliberate change of the engine or the format regenerates it with
//! `UPDATE_GOLDEN=1 cargo test --test golden` and the diff is reviewed in the commit.

use std::path::{Path, PathBuf};

use corroborate::Settings;
use corroborate::compare::compare;
use corroborate::ingest;
use corroborate::report::json;

const GOLDEN: &str = "tests/data/golden/samples.json";

#[test]
fn samples_json_report_is_byte_identical_to_the_golden_file() {
    // Relative paths, so the report does not depend on where the project is checked out.
    let mut paths: Vec<PathBuf> = std::fs::read_dir("assets/samples")
        .expect("assets/samples is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    paths.sort();
    let sources = paths
        .iter()
        .map(|p| ingest::load_path(p).expect("a sample loads"))
        .collect();
    let got = json::to_string(&compare(sources, &Settings::default()));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &got).expect("the golden file is writable");
        return;
    }
    let want = std::fs::read_to_string(Path::new(GOLDEN)).expect("the golden file exists");
    if got != want {
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(g, w)| g != w)
            .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
        panic!(
            "the samples' JSON report changed from line {}:\n got: {:?}\nwant: {:?}",
            line + 1,
            got.lines().nth(line),
            want.lines().nth(line)
        );
    }
}

/// A version 1 report, as the release before version 2 saved the samples.
const V1: &str = "tests/data/v1-samples.json";

#[test]
fn a_version_1_report_reopens_as_version_2_with_the_same_claims() {
    let text = std::fs::read_to_string(V1).expect("the v1 file exists");
    let old: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(old["version"], 1);
    let c = json::from_str(&text).expect("a v1 report reopens");
    assert_eq!(c.version, 2);
    assert_eq!(c.sources.len(), old["sources"].as_array().unwrap().len());
    assert_eq!(c.claims.len(), old["claims"].as_array().unwrap().len());
    for key in ["claims", "shared", "shared_by_all", "unique"] {
        assert_eq!(
            serde_json::json!(match key {
                "claims" => c.summary.claims,
                "shared" => c.summary.shared,
                "shared_by_all" => c.summary.shared_by_all,
                _ => c.summary.unique,
            }),
            old["summary"][key],
            "{key}"
        );
    }
    // Each passage states its one old claim, over its whole text.
    for (src, old_src) in c.sources.iter().zip(old["sources"].as_array().unwrap()) {
        for (p, old_p) in src
            .passages
            .iter()
            .zip(old_src["passages"].as_array().unwrap())
        {
            assert_eq!(p.text, old_p["text"].as_str().unwrap());
            match old_p["claim"].as_str() {
                None => assert!(p.claims.is_empty()),
                Some(id) => {
                    assert_eq!(p.claims.len(), 1);
                    assert_eq!(p.claims[0].claim.to_string(), id);
                    assert_eq!((p.claims[0].start, p.claims[0].end), (0, p.text.len()));
                }
            }
        }
    }
    // Every old pair is kept, as two passages stating the same.
    let old_pairs: usize = old["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|cl| cl["pairs"].as_array().unwrap().len())
        .sum();
    assert_eq!(c.pairs.len(), old_pairs);
    assert!(
        c.pairs
            .iter()
            .all(|p| p.relation == corroborate::report::Relation::Same && p.a < p.b)
    );
    for claim in &c.claims {
        assert_eq!(claim.label, c.passage(claim.representative).unwrap().text);
    }
    // Saved again, it is a version 2 report that reads back unchanged.
    let again = json::to_string(&c);
    assert_eq!(json::from_str(&again).expect("reads back"), c);
}

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

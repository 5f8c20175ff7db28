//! The real binary, headless: reports, summaries, and clear errors with exit status 2.

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_corroborate"))
}

fn samples() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// Runs `corroborate compare <samples> --out <out>`.
fn compare_samples_to(out: &std::path::Path) -> std::process::Output {
    bin()
        .arg("compare")
        .args(samples())
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

#[test]
fn compare_writes_a_json_report_and_prints_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let run = compare_samples_to(&out);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8(run.stdout).unwrap();
    assert!(stdout.starts_with("5 sources,"), "{stdout}");
    assert!(stdout.contains("shared"));
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(report["format"], "corroborate-report");
    assert_eq!(report["version"], 1);
    assert_eq!(report["sources"].as_array().unwrap().len(), 5);
    // Offsets point into the file's own bytes for UTF-8 text files.
    let src = &report["sources"][1];
    let file = std::fs::read_to_string(&samples()[1]).unwrap();
    for p in src["passages"].as_array().unwrap() {
        let (s, e) = (
            p["start"].as_u64().unwrap() as usize,
            p["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&file[s..e], p["text"].as_str().unwrap());
    }
    let shared = report["summary"]["shared"].as_u64().unwrap();
    assert!(shared >= 8, "{shared}");
}

#[test]
fn same_inputs_give_byte_identical_reports() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    for out in [&a, &b] {
        let run = bin()
            .arg("compare")
            .args(samples())
            .arg("-o")
            .arg(out)
            .output()
            .unwrap();
        assert!(run.status.success());
    }
    assert_eq!(std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
}

#[test]
fn markdown_from_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.md");
    let run = compare_samples_to(&out);
    assert!(run.status.success());
    let md = std::fs::read_to_string(out).unwrap();
    assert!(md.starts_with("# Corroborate report"));
    assert!(md.contains("## Unique to one source"));
}

#[test]
fn a_missing_file_is_named_and_exits_2() {
    let run = bin()
        .args(["compare", "no/such/file.txt"])
        .args(&samples()[..1])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(err.contains("no/such/file.txt: no such file"), "{err}");
    assert!(err.contains("at least two"), "{err}");
}

#[test]
fn a_single_file_is_refused_with_a_reason() {
    let run = bin().arg("compare").args(&samples()[..1]).output().unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("at least two readable sources"));
}

#[test]
fn a_bad_threshold_is_a_usage_error() {
    let run = bin()
        .args(["compare", "a", "b", "--threshold", "3"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("outside 0..1"));
}

#[test]
fn a_binary_file_is_skipped_with_its_reason_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("photo.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let out = dir.path().join("r.json");
    let run = bin()
        .arg("compare")
        .arg(&png)
        .args(&samples()[..2])
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(
        err.contains("photo.png: looks like a PNG image, not text"),
        "{err}"
    );
    assert!(out.exists(), "the readable sources are still compared");
}

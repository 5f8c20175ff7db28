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
    assert_eq!(report["version"], 2);
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

// ---------------------------------------------------------------- --out onto an input (issue 13)

/// Two small articles in a fresh folder.
fn two_articles() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.md");
    std::fs::write(
        &a,
        "The council approved the budget on Tuesday after a long debate.\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "On Tuesday the council approved the budget after a long debate.\n",
    )
    .unwrap();
    (dir, a, b)
}

#[test]
fn out_onto_an_input_is_refused_by_any_name() {
    let (dir, a, b) = two_articles();
    let before = std::fs::read(&b).unwrap();
    let mut names = vec![b.clone(), dir.path().join(".").join("b.md")];
    #[cfg(unix)]
    {
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&b, &link).unwrap();
        let hard = dir.path().join("hard.md");
        std::fs::hard_link(&b, &hard).unwrap();
        names.extend([link, hard]);
    }
    for out in names {
        let run = bin()
            .arg("compare")
            .args([&a, &b])
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(2), "{}", out.display());
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(err.contains("one of the inputs"), "{err}");
        assert_eq!(std::fs::read(&b).unwrap(), before, "the article is intact");
    }
}

#[cfg(unix)]
#[test]
fn out_onto_dev_null_writes_through() {
    use std::os::unix::fs::FileTypeExt;
    let (_dir, a, b) = two_articles();
    let run = bin()
        .arg("compare")
        .args([&a, &b])
        .args(["--format", "json", "--out", "/dev/null"])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[cfg(unix)]
#[test]
fn a_newline_in_a_file_name_keeps_the_summary_one_line_per_source() {
    let (dir, a, _b) = two_articles();
    let odd = dir.path().join("two\nlines.txt");
    std::fs::write(
        &odd,
        "On Tuesday the council approved the budget after a long debate.\n",
    )
    .unwrap();
    let run = bin().arg("compare").arg(&a).arg(&odd).output().unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let out = String::from_utf8(run.stdout).unwrap();
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(out.contains("two\\nlines.txt"), "{out}");
}

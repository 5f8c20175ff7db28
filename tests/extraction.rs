//! Main-text extraction on pages written for this test (tests/fixtures/extraction): the
//! common layouts of article pages (a WordPress post with comments and related posts, a
//! news page with a newsletter box, share bar, tags and cookie banner, a magazine story
//! with an author box, an old table layout with captions and comments, a how-to with
//! lists and a table, an old blog engine's post whose comment thread follows a heading
//! in the post's own block, with a hidden copy of a paragraph, a "Related:" label and a
//! "filed under" line, and a news story with screen-reader labels, a video's fallback
//! text, a date stamp, a donation appeal, an author box and italic or bold notes closing
//! it). Each page lists snippets that must be in the text ("with") and
//! furniture that must not ("without"), scored like `examples/extraction.rs` scores
//! trafilatura's evaluation set; precision and recall must stay above their floors.

use std::path::Path;

use corroborate::ingest;

/// Floors over all the fixtures (today both are 1.0: every miss and leak is listed).
const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.95;

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn article_pages_keep_their_text_and_lose_their_furniture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extraction");
    let expected: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("expected.json")).unwrap()).unwrap();
    let (mut tp, mut fn_, mut fp, mut tn) = (0usize, 0usize, 0usize, 0usize);
    let mut report = Vec::new();
    for (file, want) in expected.as_object().unwrap() {
        let source = ingest::load_path(&dir.join(file)).unwrap();
        let text = norm(&source.text);
        let list = |key: &str| -> Vec<&str> {
            want[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect()
        };
        for w in list("with") {
            if text.contains(&norm(w)) {
                tp += 1;
            } else {
                fn_ += 1;
                report.push(format!("{file}: missed {w:?}"));
            }
        }
        for w in list("without") {
            if text.contains(&norm(w)) {
                fp += 1;
                report.push(format!("{file}: kept furniture {w:?}"));
            } else {
                tn += 1;
            }
        }
    }
    assert!(
        tp + fn_ >= 25 && fp + tn >= 45,
        "the fixtures lost snippets"
    );
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    eprintln!(
        "precision {precision:.3} recall {recall:.3}\n{}",
        report.join("\n")
    );
    assert!(
        precision >= MIN_PRECISION && recall >= MIN_RECALL,
        "precision {precision:.3} (floor {MIN_PRECISION}), recall {recall:.3} (floor {MIN_RECALL}):\n{}",
        report.join("\n")
    );
}

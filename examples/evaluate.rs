//! Prints precision/recall of claim links against the labelled sets, over thresholds,
//! and the errors at one threshold: `cargo run --release --example evaluate [-- 0.5]`.

#[path = "../tests/support/labels.rs"]
mod labels;

use std::path::Path;

use corroborate::{Settings, compare};

const SETS: &[(&str, &str)] = &[
    ("tests/data/xiaomi_labels.json", "assets/samples"),
    ("tests/data/story2_labels.json", "tests/data/story2"),
];

fn main() {
    let detail: Option<f32> = std::env::args().nth(1).and_then(|a| a.parse().ok());
    for &(l, d) in SETS {
        println!("{l}");
        for t in [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7] {
            let s = labels::evaluate(l, d, t);
            println!(
                "  t={t:.2}  P={:.3} R={:.3} F1={:.3}  (pred {}, gold {})",
                s.precision, s.recall, s.f1, s.predicted, s.gold
            );
        }
        if let Some(t) = detail {
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            let (lab, sources) = labels::load(&root.join(l), &root.join(d));
            let c = compare::compare(sources, &Settings { threshold: t });
            let gold = labels::gold_pairs(&c, &lab);
            let pred = labels::predicted_pairs(&c);
            let text = |id| c.passage(id).map(|p| p.text.clone()).unwrap_or_default();
            for (x, y) in pred.difference(&gold) {
                let sim = c.pair(*x, *y).map(|p| p.similarity).unwrap_or(0.0);
                println!(
                    "  FP {sim:.2} [{x}] {}\n          [{y}] {}",
                    text(*x),
                    text(*y)
                );
            }
            for (x, y) in gold.difference(&pred) {
                println!("  FN [{x}] {}\n     [{y}] {}", text(*x), text(*y));
            }
        }
    }
}

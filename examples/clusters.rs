//! Runs the fact aligner ([`corroborate::align::facts`]) on news clusters and on the
//! hand-labelled sets, and times it on large inputs.
//!
//! `cargo run --release --example clusters -- OUTDIR [THRESHOLD] [CLUSTERS_DIR]` writes
//! OUTDIR/<cluster>.json in the shape `score_clusters.py --reports OUTDIR` reads, prints
//! the hand-label precision/recall over thresholds, and the speed on 2 × ~100,000 words of
//! real news sentences (all cluster texts, concatenated and halved).
//! Environment: `TS=0.4,0.5` thresholds to score; `SHOW_ERRORS=1` lists the wrong and missed
//! passage pairs at THRESHOLD; `HELDOUT=1` adds the held-out story (report it, never tune on
//! it); `NO_SPEED=1` skips the timing; `PAIR="a|b"` explains two passages; `DIAG_DIR=1`
//! also writes OUTDIR/<cluster>.links.json, every span link with its passages, score and
//! passage agreement (for sorting missed gold pairs by cause).

#[allow(dead_code)]
#[path = "../tests/support/labels.rs"]
mod labels;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use corroborate::align::Item;
use corroborate::align::facts::{DEFAULT_THRESHOLD, FactGrouping, facts};
use corroborate::report::PassageId;
use corroborate::{Settings, compare, ingest, segment};
use serde_json::json;

const LABELS: &[(&str, &str)] = &[
    ("tests/data/xiaomi_labels.json", "assets/samples"),
    ("tests/data/story2_labels.json", "tests/data/story2"),
];

/// A passage: (source, index in source, start, end, boilerplate).
type Passage = (usize, usize, usize, usize, bool);

/// Passages of the sources as `compare` cuts them.
fn passages(sources: &[ingest::Source]) -> Vec<Passage> {
    let mut out = Vec::new();
    for (si, s) in sources.iter().enumerate() {
        for (pi, seg) in segment::segment(&s.text).iter().enumerate() {
            out.push((si, pi, seg.start, seg.end, seg.furniture.is_some()));
        }
    }
    out
}

fn run(sources: &[ingest::Source], threshold: f32) -> (Vec<Passage>, FactGrouping) {
    run_with(sources, threshold, None)
}

/// [`run`], writing every span link to `diag` (JSON) when given.
fn run_with(
    sources: &[ingest::Source],
    threshold: f32,
    diag: Option<&Path>,
) -> (Vec<Passage>, FactGrouping) {
    let ps = passages(sources);
    let items: Vec<Item> = ps
        .iter()
        .map(|&(si, _, a, b, boiler)| Item {
            source: si,
            text: &sources[si].text[a..b],
            eligible: !boiler,
        })
        .collect();
    let never = AtomicBool::new(false);
    let linkage: f32 = std::env::var("LINKAGE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(corroborate::align::facts::LINKAGE);
    let t0 = Instant::now();
    let f = facts(&items, &never).expect("not cancelled");
    let t1 = Instant::now();
    let g = f.group_with(threshold, linkage);
    if let Some(path) = diag {
        // Every span link with its passages, score and passage agreement, for error analysis.
        let rows: Vec<_> = f
            .links()
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let (ia, ra) = f.span(l.a);
                let (ib, rb) = f.span(l.b);
                let pa = ps[ia as usize];
                let pb = ps[ib as usize];
                json!([
                    format!("{}:{}", pa.0, pa.1),
                    format!("{}:{}", pb.0, pb.1),
                    l.score,
                    f.passage_agreement(i),
                    [ra.start, ra.end],
                    [rb.start, rb.end]
                ])
            })
            .collect();
        std::fs::write(path, serde_json::to_string(&rows).unwrap()).unwrap();
    }
    if std::env::var_os("TIMES").is_some() {
        eprintln!(
            "facts {:.2?} ({} spans, {} links), group {:.2?}",
            t1 - t0,
            f.span_count(),
            f.links().len(),
            t1.elapsed()
        );
    }
    (ps, g)
}

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// `PAIR="text one|text two"`: prints the spans of two one-passage sources and their links.
fn explain(pair: &str) {
    let (a, b) = pair.split_once('|').expect("PAIR=a|b");
    let items = [
        Item {
            source: 0,
            text: a,
            eligible: true,
        },
        Item {
            source: 1,
            text: b,
            eligible: true,
        },
    ];
    let f = facts(&items, &AtomicBool::new(false)).unwrap();
    for i in 0..f.span_count() as u32 {
        let (item, r) = f.span(i);
        println!(
            "span {i}: [{item}] {}",
            items[item as usize].text[r].to_owned()
        );
    }
    for l in f.links() {
        println!("link {} {} {:.3}", l.a, l.b, l.score);
    }
}

fn main() {
    if let Ok(p) = std::env::var("PAIR") {
        return explain(&p);
    }
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(
        args.next()
            .expect("usage: clusters OUTDIR [THRESHOLD] [DIR]"),
    );
    let threshold: f32 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(DEFAULT_THRESHOLD);
    let dir = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "/work/shared/corpus/ecbplus-dev".to_owned()),
    );
    std::fs::create_dir_all(&out).unwrap();
    let mut clusters: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    clusters.sort();
    let mut all_text = String::new();
    for cl in &clusters {
        let mut files: Vec<PathBuf> = std::fs::read_dir(cl)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let sources: Vec<ingest::Source> = files
            .iter()
            .map(|f| ingest::load_path(f).unwrap())
            .collect();
        for s in &sources {
            all_text.push_str(&s.text);
            all_text.push('\n');
        }
        let name = cl.file_name().unwrap().to_string_lossy().into_owned();
        let diag = std::env::var_os("DIAG_DIR")
            .is_some()
            .then(|| out.join(format!("{name}.links.json")));
        let (ps, g) = run_with(&sources, threshold, diag.as_deref());
        let id = |i: usize| format!("{}:{}", ps[i].0, ps[i].1);
        let report = json!({
            "sources": sources.iter().enumerate().map(|(si, s)| json!({
                "path": s.path,
                "passages": ps.iter().enumerate().filter(|(_, p)| p.0 == si).map(|(i, p)| json!({
                    "id": id(i), "start": p.2, "end": p.3, "boilerplate": p.4,
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "claims": g.claims.iter().map(|c| json!({
                "members": c.members.iter().map(|m| json!({
                    "passage": id(m.item as usize),
                    "start": m.span.start,
                    "end": m.span.end,
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        });
        std::fs::write(
            out.join(format!("{name}.json")),
            serde_json::to_string(&report).unwrap(),
        )
        .unwrap();
    }

    // Hand labels: the same passages as `compare` makes, linked by the fact aligner.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The held-out set is only read with HELDOUT=1, once, at the end of a tuning round.
    let heldout = [(
        "tests/data/heldout/story3_labels.json",
        "tests/data/heldout/story3",
    )];
    let sets: Vec<(&str, &str)> = if std::env::var_os("HELDOUT").is_some() {
        LABELS.iter().chain(&heldout).copied().collect()
    } else {
        LABELS.to_vec()
    };
    for (l, d) in sets {
        let (lab, sources) = labels::load(&root.join(l), &root.join(d));
        let c = compare::compare(sources.clone(), &Settings::default());
        let report = labels::Report::from_json(&corroborate::report::json::to_string(&c));
        let gold = labels::gold_pairs(&report, &lab);
        println!("{l}  (gold {})", gold.len());
        let ts: Vec<f32> = std::env::var("TS")
            .ok()
            .map(|v| v.split(',').filter_map(|x| x.parse().ok()).collect())
            .unwrap_or_else(|| vec![0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65]);
        for t in ts {
            let (ps, g) = run(&sources, t);
            let pid = |i: u32| {
                let p = ps[i as usize];
                PassageId {
                    source: p.0 as u32,
                    index: p.1 as u32,
                }
            };
            let pred: BTreeSet<labels::Link> = g
                .pairs
                .iter()
                .map(|p| {
                    let (x, y) = (pid(p.a).to_string(), pid(p.b).to_string());
                    if x < y { (x, y) } else { (y, x) }
                })
                .collect();
            let score_of: std::collections::BTreeMap<labels::Link, f32> = g
                .pairs
                .iter()
                .map(|p| {
                    let (x, y) = (pid(p.a).to_string(), pid(p.b).to_string());
                    (if x < y { (x, y) } else { (y, x) }, p.score)
                })
                .collect();
            let hits = pred.intersection(&gold).count() as f64;
            let p = hits / (pred.len().max(1)) as f64;
            let r = hits / (gold.len().max(1)) as f64;
            let f = if hits > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            println!(
                "  t={t:.2}  P={p:.3} R={r:.3} F1={f:.3}  (pred {})",
                pred.len()
            );
            if std::env::var_os("SHOW_ERRORS").is_some() && (t - threshold).abs() < 1e-6 {
                let text = |id: &str| {
                    report
                        .passage(id)
                        .map(|p| p.text.clone())
                        .unwrap_or_default()
                };
                for (x, y) in pred.difference(&gold) {
                    let sc = score_of[&(x.clone(), y.clone())];
                    println!("    FP {sc:.2} [{x}] {}\n       [{y}] {}", text(x), text(y));
                }
                for (x, y) in gold.difference(&pred) {
                    println!("    FN [{x}] {}\n       [{y}] {}", text(x), text(y));
                }
            }
        }
    }

    // Speed: the five samples, then two halves of all cluster text (~100,000 words each).
    let mut files: Vec<_> = std::fs::read_dir(root.join("assets/samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let samples: Vec<ingest::Source> = files
        .iter()
        .map(|f| ingest::load_path(f).unwrap())
        .collect();
    let t0 = Instant::now();
    let (_, g) = run(&samples, threshold);
    println!(
        "samples: {} claims in {:.1?} (segment + facts + group)",
        g.claims.len(),
        t0.elapsed()
    );
    if std::env::var_os("NO_SPEED").is_some() {
        return;
    }
    let mut big = all_text.clone();
    while big.split_whitespace().count() < 200_000 {
        big.push_str(&all_text);
    }
    let words: Vec<&str> = big.split_inclusive('\n').collect();
    let half = words.len() / 2;
    let a: String = words[..half].concat();
    let b: String = words[half..].concat();
    let books = vec![
        ingest::from_text("a", &a).unwrap(),
        ingest::from_text("b", &b).unwrap(),
    ];
    let t0 = Instant::now();
    let (ps, g) = run(&books, threshold);
    println!(
        "2 x {}k / {}k words: {} passages, {} claims in {:.2?}; peak memory {:.0} MB",
        a.split_whitespace().count() / 1000,
        b.split_whitespace().count() / 1000,
        ps.len(),
        g.claims.len(),
        t0.elapsed(),
        peak_memory_mb().unwrap_or(0.0)
    );
}

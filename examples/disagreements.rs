//! Measures the disagreement engine: precision/recall on the labelled set with every miss
//! and false alarm, the samples' ban date, every disagreement found in each ECB+ dev
//! cluster (for reading), and timings.
//! `cargo run --release --example disagreements [-- CORPUS_DIR]`

use std::path::{Path, PathBuf};
use std::time::Instant;

use corroborate::disagree::{dates::parse_published, find, measure};
use corroborate::ingest::{Source, load_path};

fn load_dir(dir: &Path) -> Vec<Source> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| {
            r.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            load_path(p)
                .map_err(|e| eprintln!("{}: {}", e.path, e.reason))
                .ok()
        })
        .collect()
}

/// ECB+ texts carry their date on one of the first lines; stand in for page metadata.
fn date_from_head(s: &mut Source) {
    if s.published.is_none() {
        s.published = s
            .text
            .lines()
            .take(3)
            .find_map(|l| parse_published(l).map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")));
    }
}

fn ms<F: FnMut()>(mut f: F) -> f64 {
    let mut t = Vec::new();
    for _ in 0..7 {
        let s = Instant::now();
        f();
        t.push(s.elapsed().as_secs_f64() * 1e3);
    }
    t.sort_by(f64::total_cmp);
    t[3]
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let set = measure::load(&root.join("tests/data/disagreements/set.json")).expect("labelled set");
    let s = measure::score(&set);
    println!(
        "labelled set: {} items with {} disagreements, {} look-alikes",
        set.positives.len(),
        set.positives.iter().map(|i| i.expect.len()).sum::<usize>(),
        set.negatives.len()
    );
    println!(
        "  precision {:.3} ({}/{})  recall {:.3} ({}/{})",
        s.precision(),
        s.correct,
        s.predicted,
        s.recall(),
        s.found,
        s.expected
    );
    for m in &s.misses {
        println!("  MISS  {m}");
    }
    for f in &s.false_alarms {
        println!("  FALSE {f}");
    }

    let samples = load_dir(&root.join("assets/samples"));
    let st = measure::statements(&samples);
    let published: Vec<Option<String>> = samples.iter().map(|s| s.published.clone()).collect();
    let found = find(&st, &published);
    println!("\nsamples: {} disagreements", found.len());
    for d in &found {
        println!("  {}", measure::describe(d));
    }
    let t = ms(|| {
        std::hint::black_box(find(&st, &published));
    });
    println!("  time: {t:.2} ms ({} passages)", st.len());

    let corpus = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/corpus/ecbplus-dev"));
    let mut clusters: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .map(|r| {
            r.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    clusters.sort_by_key(|p| {
        let n = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        n.trim_start_matches("ecbplus_t")
            .split('_')
            .next()
            .and_then(|x| x.parse::<u32>().ok())
            .unwrap_or(0)
    });
    let mut all: Vec<Source> = Vec::new();
    let mut total = 0;
    for c in &clusters {
        let mut srcs = load_dir(c);
        srcs.iter_mut().for_each(date_from_head);
        let st = measure::statements(&srcs);
        let published: Vec<Option<String>> = srcs.iter().map(|s| s.published.clone()).collect();
        let found = find(&st, &published);
        total += found.len();
        println!(
            "\n{}: {} disagreements",
            c.file_name().unwrap_or_default().to_string_lossy(),
            found.len()
        );
        for d in &found {
            println!("  {}", measure::describe(d));
            for v in &d.values {
                let p = st
                    .iter()
                    .find(|s| s.passage == v.passage)
                    .map_or("", |s| s.text);
                println!("      s{} [{}] {}", v.source, v.passage, p);
            }
        }
        all.extend(srcs);
    }
    if !clusters.is_empty() {
        println!(
            "\ndev clusters: {} clusters, {total} disagreements",
            clusters.len()
        );
        let st = measure::statements(&all);
        let published: Vec<Option<String>> = all.iter().map(|s| s.published.clone()).collect();
        let t = ms(|| {
            std::hint::black_box(find(&st, &published));
        });
        println!(
            "  all {} articles as one comparison: {t:.1} ms ({} passages)",
            all.len(),
            st.len()
        );
    }
}

//! Engine speed and memory on three input sizes: `cargo bench --bench engine`.
//!
//! 1. the five bundled samples, end to end (ingest → report JSON);
//! 2. 50 synthetic articles of ~1,000 words sharing a pool of claims;
//! 3. two synthetic book-length texts of 100,000 words each;
//! 4. two texts of real news (~112,000 words each: the development clusters' articles).
//!
//! Prints the median wall time of several runs and the process's peak resident memory.

use std::hint::black_box;
use std::time::{Duration, Instant};

use corroborate::{Settings, compare, ingest, report};

#[path = "support/synth.rs"]
mod synth;

use synth::{Rng, article, sentence, vocabulary};

fn median_time(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    // `cargo test --benches` passes --bench-less args; run fully only under `cargo bench`.
    let quick = !std::env::args().any(|a| a == "--bench");
    let settings = Settings::default();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));

    let mut files: Vec<_> = std::fs::read_dir(root.join("assets/samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let t = median_time(if quick { 1 } else { 21 }, || {
        let sources = files
            .iter()
            .map(|f| ingest::load_path(f).unwrap())
            .collect();
        let c = compare::compare(sources, &settings);
        black_box(report::json::to_string(&c));
    });
    println!("samples (5 articles, end to end to JSON): {t:.1?}");

    let vocab = vocabulary();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let pool: Vec<String> = (0..300).map(|_| sentence(&mut rng, &vocab)).collect();
    let articles: Vec<ingest::Source> = (0..50)
        .map(|i| {
            let text = article(&mut rng, &vocab, &pool, 1000, 0.4);
            ingest::from_text(&format!("article {i}"), &text).unwrap()
        })
        .collect();
    let t = median_time(if quick { 1 } else { 5 }, || {
        black_box(compare::compare(articles.clone(), &settings));
    });
    println!("50 articles x 1,000 words: {t:.1?}");

    if quick {
        return;
    }
    let book_pool: Vec<String> = (0..3000).map(|_| sentence(&mut rng, &vocab)).collect();
    let books: Vec<ingest::Source> = (0..2)
        .map(|i| {
            let text = article(&mut rng, &vocab, &book_pool, 100_000, 0.3);
            ingest::from_text(&format!("book {i}"), &text).unwrap()
        })
        .collect();
    let t = median_time(3, || {
        black_box(compare::compare(books.clone(), &settings));
    });
    println!("2 books x 100,000 words: {t:.1?}");

    // Real, varied news sentences: every article of the development clusters, concatenated
    // and cut into two halves (about 112,000 words each).
    let dir = std::env::var("CORROBORATE_NEWS_DIR")
        .unwrap_or_else(|_| "../shared/corpus/ecbplus-dev".to_owned());
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .flat_map(|e| std::fs::read_dir(e.path()).into_iter().flatten().flatten())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        println!("2 texts of real news: skipped ({dir} not found; set CORROBORATE_NEWS_DIR)");
    } else {
        let articles: Vec<String> = files
            .iter()
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .collect();
        let corpus_words: usize = articles.iter().map(|a| a.split_whitespace().count()).sum();
        // Each text takes the articles in turn (the second in reverse order) until it has
        // 100,000 words: the corpus holds fewer, so articles come back, in another company.
        let text = |order: &mut dyn Iterator<Item = &String>| {
            let mut out = String::new();
            let mut words = 0;
            for a in order {
                if words >= 100_000 {
                    break;
                }
                words += a.split_whitespace().count();
                out.push_str(a);
                out.push_str("\n\n");
            }
            out
        };
        let a = text(&mut articles.iter().cycle());
        let b = text(&mut articles.iter().rev().cycle());
        let news = vec![
            ingest::from_text("news a", &a).unwrap(),
            ingest::from_text("news b", &b).unwrap(),
        ];
        let t = median_time(3, || {
            black_box(compare::compare(news.clone(), &settings));
        });
        println!(
            "2 texts x 100,000 words of real news ({} articles, {corpus_words} words, cycled): {t:.1?}",
            articles.len()
        );
    }
    if let Some(mb) = peak_memory_mb() {
        println!("peak resident memory: {mb:.0} MB");
    }
}

//! Main-text extraction scored on three public development sets:
//! `cargo run --release --example extraction -- [TRAFILATURA] [--readability READABILITY]
//! [--dragnet DRAGNET] [--fundus FUNDUS [--held-out]] [--verbose] [--worst N] [--ngram N]
//! [--no-title] [--only SUBSTR] [--text] [--pages] [--dump DIR]`.
//!
//! - TRAFILATURA is a clone of github:adbar/trafilatura: its work tree, or only its git
//!   directory (files are then read from HEAD with `git cat-file`). `tests/evaldata.json`
//!   maps each page (under `tests/cache/` or `tests/eval/`) to snippets that must be in the
//!   main text ("with") and snippets of page furniture that must not ("without"), scored as
//!   trafilatura's `tests/evaluate.py` does: whitespace-normalised substring matching,
//!   TP = "with" found, FN = "with" missing, FP = "without" found, TN = "without" absent.
//! - READABILITY is a clone (work tree or git directory) of github:mozilla/readability:
//!   each `test/test-pages/NAME/source.html` against the text of its `expected.html`.
//! - DRAGNET is a directory holding the Dragnet data (github:seomoz/dragnet_data) unpacked:
//!   `HTML/X.html` and `Corrected/X.html.corrected.txt`, whose text before the
//!   `!@#$%^&*()  COMMENTS` line is the article.
//!
//! - FUNDUS is the git directory of a clone of github:flairNLP/fundus: its parser test
//!   pages (news of 2023-2026) against the article bodies its parsers read; every third
//!   outlet is held out (`--held-out` scores those; see [`fundus_pages`]).
//!
//! The last three are scored as article-extraction benchmarks score an article body: bags of
//! lower-case word tokens (or of `--ngram N` word shingles), precision = share of the
//! extracted tokens that are in the truth, recall = share of the truth's tokens extracted
//! (multiset overlap), per page, then the mean over pages. `--no-title` scores the text
//! without its first paragraph when that is the page's title (the app keeps the headline;
//! these truths mostly do not). `--verbose` lists every miss and leak of the snippet set
//! and the `--worst N` pages (10 by default) of the others with what leaked and what was
//! lost; `--only` scores the pages whose name contains SUBSTR (or is NAME: `--only =NAME`), `--text` prints their text,
//! `--pages` each page's score (to compare two builds), `--dump DIR` each page's HTML,
//! extracted text and truth (`NAME.page.html`, `NAME.out.txt`, `NAME.truth.txt`).
//! Each page goes through the same path as an `.html` file opened in the app
//! ([`corroborate::ingest::from_bytes`]). The pages are third-party: they are read in
//! place, never copied into this repository.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use rayon::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Item {
    file: String,
    with: Vec<String>,
    without: Vec<String>,
}

/// Reads files of the clone: from the work tree, or through one `git cat-file --batch`.
enum Files {
    Tree(PathBuf),
    Git {
        _child: Child,
        input: ChildStdin,
        output: BufReader<ChildStdout>,
        root: PathBuf,
    },
}

impl Files {
    /// `probe` is a file that only a work tree of that clone has.
    fn open(root: &Path, probe: &str) -> Files {
        if root.join(probe).is_file() {
            return Files::Tree(root.to_owned());
        }
        let mut child = Command::new("git")
            .arg("--git-dir")
            .arg(root)
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| fail(&format!("cannot run git: {e}")));
        let input = child.stdin.take().expect("piped stdin");
        let output = BufReader::new(child.stdout.take().expect("piped stdout"));
        Files::Git {
            _child: child,
            input,
            output,
            root: root.to_owned(),
        }
    }

    fn read(&mut self, path: &str) -> Option<Vec<u8>> {
        match self {
            Files::Tree(root) => std::fs::read(root.join(path)).ok(),
            Files::Git { input, output, .. } => {
                writeln!(input, "HEAD:{path}").ok()?;
                input.flush().ok()?;
                let mut header = String::new();
                output.read_line(&mut header).ok()?;
                // "<sha> blob <size>" or "<name> missing".
                let size: usize = header
                    .strip_suffix('\n')?
                    .rsplit(' ')
                    .next()?
                    .parse()
                    .ok()?;
                let mut body = vec![0; size + 1];
                output.read_exact(&mut body).ok()?;
                body.pop();
                Some(body)
            }
        }
    }

    /// The names of the entries of a directory of the clone, sorted.
    fn list(&self, dir: &str) -> Vec<String> {
        let mut names: Vec<String> = match self {
            Files::Tree(root) => std::fs::read_dir(root.join(dir))
                .unwrap_or_else(|e| fail(&format!("{dir}: {e}")))
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect(),
            Files::Git { root, .. } => {
                let out = Command::new("git")
                    .arg("--git-dir")
                    .arg(root)
                    .args(["ls-tree", "--name-only", "HEAD", &format!("{dir}/")])
                    .output()
                    .unwrap_or_else(|e| fail(&format!("cannot run git: {e}")));
                String::from_utf8_lossy(&out.stdout)
                    .lines()
                    .filter_map(|l| l.rsplit('/').next().map(str::to_owned))
                    .collect()
            }
        };
        names.sort();
        names
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("extraction: {msg}");
    std::process::exit(2);
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl Counts {
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    fn accuracy(&self) -> f64 {
        (self.tp + self.tn) as f64 / (self.tp + self.tn + self.fp + self.fn_).max(1) as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// What the command line asks for.
#[derive(Default)]
struct Opts {
    trafilatura: Option<PathBuf>,
    readability: Option<PathBuf>,
    dragnet: Option<PathBuf>,
    fundus: Option<PathBuf>,
    held_out: bool,
    dump: Option<PathBuf>,
    verbose: bool,
    worst: usize,
    ngram: usize,
    no_title: bool,
    only: Option<String>,
    show_text: bool,
    per_page: bool,
}

impl Opts {
    /// Whether `--only` lets a page through: its name contains SUBSTR, or is NAME for
    /// `--only =NAME`.
    fn wants(&self, name: &str) -> bool {
        match self.only.as_deref() {
            None => true,
            Some(o) => match o.strip_prefix('=') {
                Some(exact) => name == exact,
                None => name.contains(o),
            },
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut o = Opts {
        worst: 10,
        ngram: 1,
        ..Default::default()
    };
    let number = |v: Option<String>, what: &str| -> usize {
        v.and_then(|v| v.parse().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(|| fail(&format!("{what} takes a number above 0")))
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--verbose" | "-v" => o.verbose = true,
            "--only" => o.only = args.next(),
            "--text" => o.show_text = true,
            "--pages" => o.per_page = true,
            "--no-title" => o.no_title = true,
            "--readability" => o.readability = args.next().map(PathBuf::from),
            "--dragnet" => o.dragnet = args.next().map(PathBuf::from),
            "--fundus" => o.fundus = args.next().map(PathBuf::from),
            "--held-out" => o.held_out = true,
            "--dump" => o.dump = args.next().map(PathBuf::from),
            "--worst" => o.worst = number(args.next(), "--worst"),
            "--ngram" => o.ngram = number(args.next(), "--ngram"),
            _ if a.starts_with('-') => fail(&format!("unknown option {a}")),
            _ => o.trafilatura = Some(PathBuf::from(a)),
        }
    }
    if o.trafilatura.is_none()
        && o.readability.is_none()
        && o.dragnet.is_none()
        && o.fundus.is_none()
    {
        fail(
            "usage: extraction [TRAFILATURA] [--readability READABILITY] [--dragnet DRAGNET] \
             [--fundus FUNDUS [--held-out]] [--verbose] [--worst N] [--ngram N] [--no-title] \
             [--only SUBSTR] [--text] [--pages] [--dump DIR]",
        );
    }
    if let Some(root) = &o.trafilatura {
        snippets(root, &o);
    }
    if let Some(root) = &o.readability {
        let pages = readability_pages(root, &o);
        tokens_report("readability test pages", &pages, &o);
    }
    if let Some(root) = &o.dragnet {
        let pages = dragnet_pages(root, &o);
        tokens_report("Dragnet", &pages, &o);
    }
    if let Some(root) = &o.fundus {
        let pages = fundus_pages(root, &o);
        let set = if o.held_out {
            "fundus news pages (held out)"
        } else {
            "fundus news pages (tuning)"
        };
        tokens_report(set, &pages, &o);
    }
}

/// The app's path for an `.html` file (decoding, flattening, extraction), with its title.
/// A panic is a bug of ours, but it must not hide the other pages' scores.
fn extract(name: &str, bytes: &[u8]) -> Result<(String, Option<String>), String> {
    match std::panic::catch_unwind(|| corroborate::ingest::from_bytes("page.html", name, bytes)) {
        Ok(Ok(s)) => Ok((s.text, s.title)),
        Ok(Err(e)) => Err(format!("error: {}", e.reason)),
        Err(_) => Err("PANIC".to_owned()),
    }
}

/// trafilatura's snippet set, scored as its `tests/evaluate.py` does.
fn snippets(root: &Path, o: &Opts) {
    let mut files = Files::open(root, "tests/evaldata.json");
    let data = files
        .read("tests/evaldata.json")
        .unwrap_or_else(|| fail("no tests/evaldata.json in that clone"));
    let items: std::collections::BTreeMap<String, Item> =
        serde_json::from_slice(&data).unwrap_or_else(|e| fail(&format!("evaldata.json: {e}")));

    let mut total = Counts::default();
    let (mut pages, mut errors) = (0, 0);
    let start = std::time::Instant::now();
    for (url, item) in &items {
        if !o.wants(&item.file) {
            continue;
        }
        let Some(bytes) = ["tests/cache/", "tests/eval/"]
            .iter()
            .find_map(|d| files.read(&format!("{d}{}", item.file)))
        else {
            fail(&format!("{url}: page {} not found", item.file));
        };
        pages += 1;
        let text = match extract(&item.file, &bytes) {
            Ok((text, _)) => {
                if o.show_text {
                    println!("==== {}\n{text}", item.file);
                }
                norm(&text)
            }
            Err(e) => {
                errors += 1;
                println!("{}: {e}", item.file);
                String::new()
            }
        };
        let missed: Vec<&String> = item
            .with
            .iter()
            .filter(|w| !text.contains(&norm(w)))
            .collect();
        let leaked: Vec<&String> = item
            .without
            .iter()
            .filter(|w| text.contains(&norm(w)))
            .collect();
        total.tp += item.with.len() - missed.len();
        total.fn_ += missed.len();
        total.fp += leaked.len();
        total.tn += item.without.len() - leaked.len();
        if o.verbose && !(missed.is_empty() && leaked.is_empty()) {
            println!("{}  ({url})", item.file);
            for m in missed {
                println!("  missed: {m}");
            }
            for l in leaked {
                println!("  leaked: {l}");
            }
        }
    }
    println!(
        "trafilatura snippets: {pages} pages ({errors} unread), {} text & {} boilerplate \
         snippets, {:.1} s",
        total.tp + total.fn_,
        total.fp + total.tn,
        start.elapsed().as_secs_f64()
    );
    println!(
        "TP {} FN {} FP {} TN {}",
        total.tp, total.fn_, total.fp, total.tn
    );
    println!(
        "precision {:.3}  recall {:.3}  F1 {:.3}  accuracy {:.3}",
        total.precision(),
        total.recall(),
        total.f1(),
        total.accuracy()
    );
}

/// One page of a token-scored set: its name, its HTML and the text of its article.
struct Page {
    name: String,
    html: Vec<u8>,
    truth: String,
}

/// mozilla/readability's test pages: `source.html` against the text of `expected.html`.
fn readability_pages(root: &Path, o: &Opts) -> Vec<Page> {
    const DIR: &str = "test/test-pages";
    let mut files = Files::open(root, "test/test-pages/001/source.html");
    let mut pages = Vec::new();
    for name in files.list(DIR) {
        if !o.wants(&name) {
            continue;
        }
        let (Some(html), Some(expected)) = (
            files.read(&format!("{DIR}/{name}/source.html")),
            files.read(&format!("{DIR}/{name}/expected.html")),
        ) else {
            continue;
        };
        let truth = corroborate::ingest::page_text(&String::from_utf8_lossy(&expected)).0;
        pages.push(Page { name, html, truth });
    }
    if pages.is_empty() {
        fail(&format!("no test pages under {}", root.display()));
    }
    pages
}

/// The Dragnet data: `HTML/X.html` against the article part of
/// `Corrected/X.html.corrected.txt`.
fn dragnet_pages(root: &Path, o: &Opts) -> Vec<Page> {
    const COMMENTS: &str = "!@#$%^&*()  COMMENTS";
    let dir = root.join("HTML");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".html"))
        .collect();
    names.sort();
    let mut pages = Vec::new();
    for name in names {
        if !o.wants(&name) {
            continue;
        }
        let Ok(corrected) =
            std::fs::read(root.join("Corrected").join(format!("{name}.corrected.txt")))
        else {
            continue;
        };
        let corrected = decode_text(&corrected);
        let truth = corrected
            .split(COMMENTS)
            .next()
            .unwrap_or_default()
            .to_owned();
        let html = std::fs::read(dir.join(&name)).unwrap_or_else(|e| fail(&format!("{name}: {e}")));
        pages.push(Page { name, html, truth });
    }
    if pages.is_empty() {
        fail(&format!(
            "no HTML/*.html with Corrected/ text under {}",
            root.display()
        ));
    }
    pages
}

/// flairNLP/fundus's parser test pages: news articles of 2024-2026 from about 130
/// outlets, each `PUBLISHER_YYYY_MM_DD.html.gz` with the article its hand-written parser
/// for that publisher reads (`PUBLISHER.json`: per parser version, the body's summary
/// and its sections' headlines and paragraphs; captions, bylines and teasers are not in
/// it). Versions are matched to pages by date order. Every third publisher (sorted by
/// name) is held out: `--held-out` scores those, and nothing is tuned on them.
fn fundus_pages(root: &Path, o: &Opts) -> Vec<Page> {
    const DIR: &str = "tests/resources/parser/test_data";
    let mut files = Files::open(root, "tests/resources/parser/test_data/us/meta.info");
    let out = Command::new("git")
        .arg("--git-dir")
        .arg(root)
        .args(["ls-tree", "-r", "--name-only", "HEAD", &format!("{DIR}/")])
        .output()
        .unwrap_or_else(|e| fail(&format!("cannot run git: {e}")));
    let listing = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut by_publisher: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for path in listing.lines().filter(|p| p.ends_with(".html.gz")) {
        let name = path.rsplit('/').next().unwrap_or(path);
        let publisher = name.split("_20").next().unwrap_or(name);
        let dir = &path[..path.len() - name.len()];
        by_publisher
            .entry(format!("{dir}{publisher}"))
            .or_default()
            .push(path.to_owned());
    }
    let mut pages = Vec::new();
    for (i, (publisher, mut htmls)) in by_publisher.into_iter().enumerate() {
        if (i % 3 == 2) != o.held_out {
            continue;
        }
        let Some(json) = files.read(&format!("{publisher}.json")) else {
            continue;
        };
        let Ok(json) = serde_json::from_slice::<serde_json::Value>(&json) else {
            continue;
        };
        let Some(versions) = json.as_object() else {
            continue;
        };
        let mut keys: Vec<&String> = versions.keys().collect();
        // "V1" < "V1_1" < "V2" < "V10".
        keys.sort_by_key(|k| {
            k.trim_start_matches('V')
                .split('_')
                .map(|n| n.parse::<u32>().unwrap_or(0))
                .collect::<Vec<_>>()
        });
        htmls.sort();
        if keys.len() != htmls.len() {
            continue;
        }
        for (key, path) in keys.into_iter().zip(htmls) {
            let name = path.rsplit('/').next().unwrap_or(&path).to_owned();
            if !o.wants(&name) {
                continue;
            }
            let body = &versions[key]["body"];
            let mut truth = Vec::new();
            for p in body["summary"].as_array().into_iter().flatten() {
                truth.extend(p.as_str().map(str::to_owned));
            }
            for section in body["sections"].as_array().into_iter().flatten() {
                for field in ["headline", "paragraphs"] {
                    for p in section[field].as_array().into_iter().flatten() {
                        truth.extend(p.as_str().map(str::to_owned));
                    }
                }
            }
            let Some(gz) = files.read(&path) else {
                continue;
            };
            let mut html = Vec::new();
            if flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut html)
                .is_err()
                || truth.is_empty()
            {
                continue;
            }
            pages.push(Page {
                name,
                html,
                truth: truth.join("\n\n"),
            });
        }
    }
    if pages.is_empty() {
        fail(&format!("no fundus test pages under {}", root.display()));
    }
    pages
}

/// UTF-8, else Windows-1252 (the older pages' gold text).
fn decode_text(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// Lower-case word tokens: runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The bag of a text's tokens, or of its word n-grams.
fn bag(text: &str, n: usize) -> HashMap<String, usize> {
    let w = words(text);
    let mut bag = HashMap::new();
    for gram in w.windows(n.min(w.len().max(1))) {
        *bag.entry(gram.join(" ")).or_insert(0) += 1;
    }
    bag
}

fn size(bag: &HashMap<String, usize>) -> usize {
    bag.values().sum()
}

fn overlap(a: &HashMap<String, usize>, b: &HashMap<String, usize>) -> usize {
    a.iter()
        .map(|(k, &n)| n.min(b.get(k).copied().unwrap_or(0)))
        .sum()
}

/// One page's score.
struct Scored {
    name: String,
    precision: f64,
    recall: f64,
    text: String,
    truth: String,
    error: Option<String>,
}

/// The text without its first paragraph when that is the title.
fn without_title(text: &str, title: Option<&str>) -> String {
    let Some(title) = title.map(norm) else {
        return text.to_owned();
    };
    let mut paragraphs = text.trim_start().splitn(2, "\n\n");
    let first = paragraphs.next().unwrap_or_default();
    if !title.is_empty() && norm(first) == title {
        paragraphs.next().unwrap_or_default().to_owned()
    } else {
        text.to_owned()
    }
}

fn score(page: &Page, o: &Opts) -> Scored {
    let (text, error) = match extract(&page.name, &page.html) {
        Ok((text, title)) if o.no_title => (without_title(&text, title.as_deref()), None),
        Ok((text, _)) => (text, None),
        Err(e) => (String::new(), Some(e)),
    };
    if let Some(dir) = &o.dump {
        let stem = dir.join(&page.name);
        let written = std::fs::write(stem.with_extension("out.txt"), &text)
            .and_then(|()| std::fs::write(stem.with_extension("truth.txt"), &page.truth))
            .and_then(|()| std::fs::write(stem.with_extension("page.html"), &page.html));
        if let Err(e) = written {
            fail(&format!("{}: {e}", dir.display()));
        }
    }
    let (pred, truth) = (bag(&text, o.ngram), bag(&page.truth, o.ngram));
    let common = overlap(&pred, &truth) as f64;
    // Nothing extracted from a page with an article scores 0, not "no wrong tokens".
    let precision = match size(&pred) {
        0 if size(&truth) == 0 => 1.0,
        0 => 0.0,
        n => common / n as f64,
    };
    let recall = match size(&truth) {
        0 => 1.0,
        n => common / n as f64,
    };
    Scored {
        name: page.name.clone(),
        precision,
        recall,
        text,
        truth: page.truth.clone(),
        error,
    }
}

/// Paragraphs (lines) of `text` most of whose tokens are not in `other`.
fn unmatched<'a>(text: &'a str, other: &str) -> Vec<&'a str> {
    let known: std::collections::HashSet<String> = words(other).into_iter().collect();
    text.lines()
        .map(str::trim)
        .filter(|l| {
            let w = words(l);
            !w.is_empty() && w.iter().filter(|t| !known.contains(*t)).count() * 2 > w.len()
        })
        .collect()
}

fn tokens_report(set: &str, pages: &[Page], o: &Opts) {
    let start = std::time::Instant::now();
    let scored: Vec<Scored> = pages.par_iter().map(|p| score(p, o)).collect();
    let n = scored.len() as f64;
    let skipped = pages.iter().filter(|p| words(&p.truth).is_empty()).count();
    let mean = |f: &dyn Fn(&Scored) -> f64| scored.iter().map(f).sum::<f64>() / n;
    let (p, r) = (mean(&|s| s.precision), mean(&|s| s.recall));
    let f = mean(&|s| f1(s.precision, s.recall));
    for s in &scored {
        if let Some(e) = &s.error {
            println!("{}: {e}", s.name);
        }
        if o.show_text {
            println!("==== {}\n{}", s.name, s.text);
        }
        if o.per_page {
            println!(
                "page {}  P {:.3} R {:.3} F1 {:.3}",
                s.name,
                s.precision,
                s.recall,
                f1(s.precision, s.recall)
            );
        }
    }
    println!(
        "{set}: {} pages ({} unread, {skipped} with an empty truth), {}-gram tokens, {:.1} s",
        scored.len(),
        scored.iter().filter(|s| s.error.is_some()).count(),
        o.ngram,
        start.elapsed().as_secs_f64()
    );
    println!("mean over pages: precision {p:.3}  recall {r:.3}  F1 {f:.3}");
    if o.verbose {
        let mut worst: Vec<&Scored> = scored.iter().collect();
        worst.sort_by(|a, b| {
            f1(a.precision, a.recall)
                .total_cmp(&f1(b.precision, b.recall))
                .then_with(|| a.name.cmp(&b.name))
        });
        for s in worst.iter().take(o.worst) {
            println!(
                "-- {}  P {:.3} R {:.3} F1 {:.3}",
                s.name,
                s.precision,
                s.recall,
                f1(s.precision, s.recall)
            );
            for (what, lines) in [
                ("leaked", unmatched(&s.text, &s.truth)),
                ("lost  ", unmatched(&s.truth, &s.text)),
            ] {
                for l in lines.iter().take(LINES) {
                    println!("  {what}: {}", shorten(l));
                }
                if lines.len() > LINES {
                    println!("  {what}: … {} lines more", lines.len() - LINES);
                }
            }
        }
        // The furniture that leaks on many pages: leaked lines counted across the set,
        // their digits masked ("3 comments", "Posted 12 May").
        let mut common: HashMap<String, usize> = HashMap::new();
        for s in &scored {
            let lines: std::collections::BTreeSet<String> = unmatched(&s.text, &s.truth)
                .iter()
                .map(|l| shorten(&l.to_lowercase().replace(|c: char| c.is_ascii_digit(), "0")))
                .collect();
            for l in lines {
                *common.entry(l).or_insert(0) += 1;
            }
        }
        let mut common: Vec<(String, usize)> = common.into_iter().filter(|(_, n)| *n > 1).collect();
        common.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        println!("-- leaked lines seen on several pages:");
        for (l, n) in common.iter().take(o.worst * 3) {
            println!("  {n:4}  {l}");
        }
        let leaked: f64 = scored.iter().map(|s| 1.0 - s.precision).sum();
        let below = scored
            .iter()
            .filter(|s| s.precision < 0.8)
            .collect::<Vec<_>>();
        println!(
            "-- {} pages under precision 0.8 hold {:.0}% of the precision lost",
            below.len(),
            100.0 * below.iter().map(|s| 1.0 - s.precision).sum::<f64>() / leaked.max(1e-9)
        );
    }
}

/// Lines shown per page and kind with `--verbose`.
const LINES: usize = 12;

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(110).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

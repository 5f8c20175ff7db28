//! Main-text extraction scored on trafilatura's evaluation set:
//! `cargo run --release --example extraction -- TRAFILATURA [--verbose] [--only SUBSTR] [--text]`.
//!
//! TRAFILATURA is a clone of github:adbar/trafilatura: its work tree, or only its git
//! directory (files are then read from HEAD with `git cat-file`). `tests/evaldata.json`
//! maps each page (under `tests/cache/` or `tests/eval/`) to snippets that must be in the
//! main text ("with") and snippets of page furniture that must not ("without"). Each page
//! goes through the same path as an `.html` file opened in the app
//! ([`corroborate::ingest::from_bytes`]) and is scored as trafilatura's `tests/evaluate.py`
//! does: whitespace-normalised substring matching, TP = "with" found, FN = "with" missing,
//! FP = "without" found, TN = "without" absent. `--verbose` lists every miss and leak,
//! `--only` scores the pages whose file name contains SUBSTR, `--text` prints their text.
//! The pages are third-party: they are read in place, never copied into this repository.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

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
    },
}

impl Files {
    fn open(root: &Path) -> Files {
        if root.join("tests/evaldata.json").is_file() {
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
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn accuracy(&self) -> f64 {
        (self.tp + self.tn) as f64 / (self.tp + self.tn + self.fp + self.fn_).max(1) as f64
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut root = None;
    let mut verbose = false;
    let mut only = None;
    let mut show_text = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--verbose" | "-v" => verbose = true,
            "--only" => only = args.next(),
            "--text" => show_text = true,
            _ => root = Some(PathBuf::from(a)),
        }
    }
    let Some(root) = root else {
        fail("usage: extraction TRAFILATURA_CLONE_OR_GIT_DIR [--verbose] [--only SUBSTR]");
    };
    let mut files = Files::open(&root);
    let data = files
        .read("tests/evaldata.json")
        .unwrap_or_else(|| fail("no tests/evaldata.json in that clone"));
    let items: std::collections::BTreeMap<String, Item> =
        serde_json::from_slice(&data).unwrap_or_else(|e| fail(&format!("evaldata.json: {e}")));

    let mut total = Counts::default();
    let (mut pages, mut errors) = (0, 0);
    let start = std::time::Instant::now();
    for (url, item) in &items {
        if only.as_deref().is_some_and(|o| !item.file.contains(o)) {
            continue;
        }
        let Some(bytes) = ["tests/cache/", "tests/eval/"]
            .iter()
            .find_map(|d| files.read(&format!("{d}{}", item.file)))
        else {
            fail(&format!("{url}: page {} not found", item.file));
        };
        pages += 1;
        // The app's path for an .html file (decoding, flattening, extraction).
        // A panic is a bug of ours, but it must not hide the other pages' scores.
        let read = std::panic::catch_unwind(|| {
            corroborate::ingest::from_bytes("page.html", &item.file, &bytes)
        });
        let text = match read {
            Ok(Ok(s)) => {
                if show_text {
                    println!("==== {}\n{}", item.file, s.text);
                }
                norm(&s.text)
            }
            Ok(Err(e)) => {
                errors += 1;
                if verbose {
                    println!("{}: error: {}", item.file, e.reason);
                }
                String::new()
            }
            Err(_) => {
                errors += 1;
                println!("{}: PANIC", item.file);
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
        if verbose && !(missed.is_empty() && leaked.is_empty()) {
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
        "{pages} pages ({errors} unread), {} text & {} boilerplate snippets, {:.1} s",
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

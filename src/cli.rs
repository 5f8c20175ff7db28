//! The command line: `corroborate [FILE...]` opens the window; `corroborate compare` runs
//! headless and writes a report.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::compare::compare;
use crate::ingest::{self, Source};
use crate::report::{Comparison, ReportFormat, Settings, write_atomic};

#[derive(Parser, Debug)]
#[command(
    name = "corroborate",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles (.txt, .md, .html) or a saved .json report to open in the window.
    pub files: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Compare articles without opening the window and write a report.
    Compare(CompareArgs),
}

#[derive(Args, Debug)]
pub struct CompareArgs {
    /// Two or more articles: .txt, .md, .html.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Where to write the report; its extension chooses the format (.json, .html, .md, .csv).
    #[arg(short, long)]
    pub out: Option<PathBuf>,
    /// Report format (default: from --out's extension, else JSON).
    #[arg(short, long, value_enum)]
    pub format: Option<ReportFormat>,
    /// 0..1: how similar passages must be to count as the same claim (higher is stricter).
    #[arg(short, long, default_value_t = Settings::default().threshold, value_parser = parse_threshold)]
    pub threshold: f32,
}

fn parse_threshold(s: &str) -> Result<f32, String> {
    let x: f32 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{x} is outside 0..1"))
    }
}

/// Loads files, skipping duplicates; returns the sources and one message per failure.
pub fn load_all(paths: &[PathBuf]) -> (Vec<Source>, Vec<String>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    for path in paths {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        if seen.contains(&canonical) {
            errors.push(format!("{}: given twice; compared once", path.display()));
            continue;
        }
        seen.push(canonical);
        match ingest::load_path(path) {
            Ok(s) => sources.push(s),
            Err(e) => errors.push(e.to_string()),
        }
    }
    (sources, errors)
}

/// Runs `compare`; exit status 0 on success, 2 on a usage or input error.
pub fn run_compare(args: &CompareArgs) -> ExitCode {
    let format = args
        .format
        .or_else(|| args.out.as_deref().and_then(ReportFormat::from_path))
        .unwrap_or(ReportFormat::Json);
    if let Some(out) = &args.out
        && args.format.is_none()
        && ReportFormat::from_path(out).is_none()
    {
        eprintln!(
            "corroborate: {}: unknown report extension; use .json, .html, .md or .csv, or give --format",
            out.display()
        );
        return ExitCode::from(2);
    }
    let (sources, errors) = load_all(&args.files);
    for e in &errors {
        eprintln!("corroborate: {e}");
    }
    if sources.len() < 2 {
        eprintln!(
            "corroborate: comparing needs at least two readable sources; got {}",
            sources.len()
        );
        return ExitCode::from(2);
    }
    let settings = Settings {
        threshold: args.threshold,
    };
    let report = compare(sources, &settings);
    let rendered = format.render(&report);
    match &args.out {
        Some(out) => {
            if let Err(e) = write_atomic(out, rendered.as_bytes()) {
                eprintln!("corroborate: {e}");
                return ExitCode::from(2);
            }
            print!("{}", summary_text(&report));
            println!("report written to {}", out.display());
        }
        None if args.format.is_some() => {
            print!("{rendered}");
            eprint!("{}", summary_text(&report));
        }
        None => print!("{}", summary_text(&report)),
    }
    if errors.iter().any(|e| !e.ends_with("compared once")) {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// A few lines for the terminal: totals, then one line per source.
pub fn summary_text(c: &Comparison) -> String {
    let s = &c.summary;
    let mut out = format!(
        "{} sources, {} claims: {} shared ({} by all), {} unique, {} with differing numbers or dates\n",
        c.sources.len(),
        s.claims,
        s.shared,
        s.shared_by_all,
        s.unique,
        s.disagreements
    );
    for (src, sum) in c.sources.iter().zip(&s.per_source) {
        out.push_str(&format!(
            "  [{}] {:<28} {:>3} claims, {:>3} shared, {:>3} unique, {:>2} boilerplate\n",
            src.index,
            truncate(&src.name, 28),
            sum.claims,
            sum.shared,
            sum.unique,
            sum.boilerplate
        ));
    }
    out
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        s.chars().take(n - 1).chain(['…']).collect()
    }
}

/// Whether a path looks like a saved report rather than an article.
pub fn is_report(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

//! The command line: `corroborate [FILE...]` opens the window; `corroborate compare` runs
//! headless and writes a report.
//!
//! Parsing has two steps, as in difftastic's `options.rs`: clap reads the raw arguments
//! ([`CompareArgs`]), then [`CompareArgs::validate`] works everything out once into a typed
//! [`CompareOptions`]; running never looks at the raw arguments again. Failures are a
//! [`CliError`], whose kind (not its text) chooses the exit status.

use std::fmt;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::compare::compare;
use crate::ingest::{self, IngestError, Source};
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
    /// Articles or a saved .json report to open in the window.
    #[arg(
        value_name = "FILE|URL",
        help = files_help(
            "Articles ({}), http(s):// addresses or a saved .json report to open in the window"
        )
    )]
    pub files: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Compare articles without opening the window and write a report.
    Compare(CompareArgs),
}

/// The raw arguments of `corroborate compare`, as clap reads them.
#[derive(Args, Debug)]
pub struct CompareArgs {
    /// Two or more articles: files or web addresses.
    #[arg(
        required = true,
        value_name = "FILE|URL",
        help = files_help("Two or more articles: files ({}) or http(s):// addresses, mixed freely")
    )]
    pub files: Vec<PathBuf>,
    /// Where to write the report; its extension chooses the format (.json, .html, .md, .csv).
    #[arg(short, long)]
    pub out: Option<PathBuf>,
    /// Report format (default: from --out's extension, else JSON).
    #[arg(short, long, value_enum)]
    pub format: Option<ReportFormat>,
    /// 0..1: how similar passages must be to count as the same claim (higher is stricter).
    #[arg(short, long, default_value_t = Settings::DEFAULT_THRESHOLD, value_parser = parse_threshold)]
    pub threshold: f32,
}

/// `template` with its `{}` replaced by the article formats read
/// ([`crate::ingest::ARTICLE_FORMATS`]), so the help never lags behind the reader.
fn files_help(template: &str) -> String {
    template.replace("{}", &crate::ingest::article_extensions())
}

// The clap glue of the report formats lives here, so the library needs no clap.
impl ValueEnum for ReportFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[Self::Json, Self::Md, Self::Html, Self::Csv]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Self::Json => PossibleValue::new("json").help("The whole comparison, reopenable"),
            Self::Md => PossibleValue::new("md").help("Summary and claims for notes and tickets"),
            Self::Html => {
                PossibleValue::new("html").help("A self-contained page with the texts side by side")
            }
            Self::Csv => PossibleValue::new("csv").help("The claim × source matrix"),
        })
    }
}

fn parse_threshold(s: &str) -> Result<f32, String> {
    let x: f32 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    let range = Settings::THRESHOLD_RANGE;
    if range.contains(&x) {
        Ok(x)
    } else {
        Err(format!("{x} is outside {}..{}", range.start(), range.end()))
    }
}

/// `corroborate compare`, validated: what to read, how to compare, where the report goes.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareOptions {
    pub files: Vec<PathBuf>,
    pub settings: Settings,
    pub output: Output,
}

/// Where the report and the summary go.
#[derive(Clone, Debug, PartialEq)]
pub enum Output {
    /// No report: the summary on stdout.
    Summary,
    /// The report on stdout, the summary on stderr (so the report can be piped).
    Stdout(ReportFormat),
    /// The report into a file, the summary on stdout.
    File { path: PathBuf, format: ReportFormat },
}

/// Why `compare` failed, or finished with inputs missing.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(
        "{}: unknown report extension; use .json, .html, .md or .csv, or give --format",
        .0.display()
    )]
    UnknownExtension(PathBuf),
    #[error(
        "{}: --out is one of the inputs ({}); writing the report would destroy it",
        .out.display(),
        .input.display()
    )]
    OutIsInput { out: PathBuf, input: PathBuf },
    #[error("comparing needs at least two readable sources; got {0}")]
    TooFewSources(usize),
    /// The report could not be written (the message names the file).
    #[error("{0}")]
    Write(String),
    /// Some inputs could not be read; the rest were compared and reported.
    #[error("{0} of the inputs could not be read; the rest were compared")]
    Unreadable(usize),
}

impl CliError {
    /// The process's exit status for this failure: every failure is the user's to fix
    /// (usage or input), which is status 2.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Self::UnknownExtension(_)
            | Self::OutIsInput { .. }
            | Self::TooFewSources(_)
            | Self::Write(_)
            | Self::Unreadable(_) => ExitCode::from(2),
        }
    }
}

impl CompareArgs {
    /// Works the arguments out once: the format (from --format, else --out's extension,
    /// else JSON) and where the report goes.
    pub fn validate(&self) -> Result<CompareOptions, CliError> {
        let output = match (&self.out, self.format) {
            (Some(path), Some(format)) => Output::File {
                path: path.clone(),
                format,
            },
            (Some(path), None) => Output::File {
                path: path.clone(),
                format: ReportFormat::from_path(path)
                    .ok_or_else(|| CliError::UnknownExtension(path.clone()))?,
            },
            (None, Some(format)) => Output::Stdout(format),
            (None, None) => Output::Summary,
        };
        Ok(CompareOptions {
            files: self.files.clone(),
            settings: Settings::default().with_threshold(self.threshold),
            output,
        })
    }
}

/// An input that was not compared.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadProblem {
    /// The same file given twice: compared once, not a failure.
    Duplicate(PathBuf),
    Unreadable(IngestError),
}

impl LoadProblem {
    /// Whether this input is missing from the comparison.
    pub fn is_failure(&self) -> bool {
        matches!(self, Self::Unreadable(_))
    }
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Duplicate(path) => write!(f, "{}: given twice; compared once", path.display()),
            Self::Unreadable(e) => write!(f, "{e}"),
        }
    }
}

/// Loads files and fetches web addresses, skipping duplicates; returns the sources and one problem per input left out.
pub fn load_all(paths: &[PathBuf]) -> (Vec<Source>, Vec<LoadProblem>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    for path in paths {
        // An argument starting with http:// or https:// is a web address, fetched; so is
        // the address in a link file (.url, .desktop, .webloc).
        let link = ingest::link_target(path);
        if let Some(url) = link
            .as_deref()
            .or_else(|| path.to_str().filter(|p| ingest::web::is_url(p)))
        {
            if seen.contains(path) {
                problems.push(LoadProblem::Duplicate(path.clone()));
                continue;
            }
            seen.push(path.clone());
            match ingest::web::fetch(url) {
                Ok(s) => sources.push(s),
                Err(e) => problems.push(LoadProblem::Unreadable(e)),
            }
            continue;
        }
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        if seen.contains(&canonical) {
            problems.push(LoadProblem::Duplicate(path.clone()));
            continue;
        }
        seen.push(canonical);
        match ingest::load_path(path) {
            Ok(s) => sources.push(s),
            Err(e) => problems.push(LoadProblem::Unreadable(e)),
        }
    }
    (sources, problems)
}

/// Runs `compare`; exit status 0 on success, 2 on a usage or input error.
pub fn run_compare(args: &CompareArgs) -> ExitCode {
    match args.validate().and_then(|options| execute(&options)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corroborate: {e}");
            e.exit_code()
        }
    }
}

/// Reads, compares and writes as `options` say; problems with single inputs are printed
/// as they are met, and still fail the run once the rest is reported.
pub fn execute(options: &CompareOptions) -> Result<(), CliError> {
    if let Output::File { path, .. } = &options.output
        && let Some(input) = options.files.iter().find(|f| same_file(path, f))
    {
        return Err(CliError::OutIsInput {
            out: path.clone(),
            input: input.clone(),
        });
    }
    let (sources, problems) = load_all(&options.files);
    for p in &problems {
        eprintln!("corroborate: {p}");
    }
    if sources.len() < 2 {
        return Err(CliError::TooFewSources(sources.len()));
    }
    let report = compare(sources, &options.settings);
    match &options.output {
        Output::File { path, format } => {
            write_atomic(path, format.render(&report).as_bytes()).map_err(CliError::Write)?;
            print!("{}", summary_text(&report));
            println!(
                "report written to {}",
                shown_name(&path.display().to_string())
            );
        }
        Output::Stdout(format) => {
            print!("{}", format.render(&report));
            eprint!("{}", summary_text(&report));
        }
        Output::Summary => print!("{}", summary_text(&report)),
    }
    match problems.iter().filter(|p| p.is_failure()).count() {
        0 => Ok(()),
        n => Err(CliError::Unreadable(n)),
    }
}

/// Whether `a` and `b` name one file: through symlinks, `..` and hard links alike, so the
/// same node on the same device (on Unix), else the same canonical path. A name that does
/// not exist yet is no existing file.
pub fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

/// A few lines for the terminal: totals, then one line per source.
pub fn summary_text(c: &Comparison) -> String {
    let s = &c.summary;
    let mut out = format!(
        "{} sources, {} claims: {} shared ({} by all), {} unique; {} disagreement(s) across the sources (figures, dates, quotes)\n",
        c.sources.len(),
        s.claims,
        s.shared,
        s.shared_by_all,
        s.unique,
        s.disagreements,
    );
    for (src, sum) in c.sources.iter().zip(&s.per_source) {
        out.push_str(&format!(
            "  [{}] {:<28} {:>3} claims, {:>3} shared, {:>3} unique, {:>2} boilerplate\n",
            src.index,
            truncate(&shown_name(&src.name), 28),
            sum.claims,
            sum.shared,
            sum.unique,
            sum.boilerplate
        ));
    }
    out
}

/// A source name safe on one terminal line: a file name may hold line breaks, tabs or
/// escape sequences, which would break the table or drive the terminal; each control
/// character is shown as its Rust escape (`\n`, `\u{1b}`).
fn shown_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        s.chars().take(n - 1).chain(['…']).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(out: Option<&str>, format: Option<ReportFormat>) -> CompareArgs {
        CompareArgs {
            files: vec!["a.txt".into(), "b.txt".into()],
            out: out.map(PathBuf::from),
            format,
            threshold: Settings::DEFAULT_THRESHOLD,
        }
    }

    #[test]
    fn the_format_is_worked_out_once() {
        let file = |o, f| args(o, f).validate().unwrap().output;
        assert_eq!(
            file(Some("r.md"), None),
            Output::File {
                path: "r.md".into(),
                format: ReportFormat::Md
            }
        );
        assert_eq!(
            file(Some("r.md"), Some(ReportFormat::Csv)),
            Output::File {
                path: "r.md".into(),
                format: ReportFormat::Csv
            }
        );
        assert_eq!(
            file(None, Some(ReportFormat::Html)),
            Output::Stdout(ReportFormat::Html)
        );
        assert_eq!(file(None, None), Output::Summary);
        assert!(matches!(
            args(Some("r.pdf"), None).validate(),
            Err(CliError::UnknownExtension(_))
        ));
    }

    #[test]
    fn the_threshold_range_is_the_engines() {
        assert!(parse_threshold("0.5").is_ok());
        assert!(parse_threshold("-0.1").unwrap_err().contains("outside"));
        assert!(parse_threshold("x").is_err());
    }

    #[test]
    fn control_characters_in_names_are_shown_escaped() {
        assert_eq!(
            shown_name("a\nb\t\u{1b}[31m.txt"),
            "a\\nb\\t\\u{1b}[31m.txt"
        );
        assert_eq!(shown_name("Zürich.txt"), "Zürich.txt");
    }

    #[test]
    fn a_duplicate_is_not_a_failure() {
        assert!(!LoadProblem::Duplicate("a".into()).is_failure());
        assert!(LoadProblem::Unreadable(IngestError::new("a", "gone")).is_failure());
    }
}

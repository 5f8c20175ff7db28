//! The report formats on the real samples: the JSON round trip and its refusals, the HTML
//! page's structure and escaping, Markdown and CSV naming every claim, and atomic writes
//! that fail with a clear message and leave what was there.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use corroborate::Settings;
use corroborate::compare::compare;
use corroborate::disagree::Kind;
use corroborate::ingest::{self, Source};
use corroborate::report::{self, Comparison, ReportFormat, write_atomic};

fn sample_paths() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("assets/samples is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    files.sort();
    files
}

fn load_samples() -> Vec<Source> {
    sample_paths()
        .iter()
        .map(|p| ingest::load_path(p).expect("a sample loads"))
        .collect()
}

/// The five bundled articles, compared once for all tests.
fn samples() -> &'static Comparison {
    static CACHE: OnceLock<Comparison> = OnceLock::new();
    CACHE.get_or_init(|| compare(load_samples(), &Settings::default()))
}

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "<img src=x onerror=alert(1)>";
const QUOTED_NAME: &str = "Daily \"News\", Inc <b>'x'</b> & co.txt";

/// The second labelled story (tests/data/story2), compared once: it has disagreements.
fn story2() -> &'static Comparison {
    static CACHE: OnceLock<Comparison> = OnceLock::new();
    CACHE.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/story2");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("story2 is readable")
            .map(|e| e.expect("a directory entry").path())
            .collect();
        files.sort();
        let sources = files
            .iter()
            .map(|p| ingest::load_path(p).expect("loads"))
            .collect();
        compare(sources, &Settings::default())
    })
}

/// Two sources quoting markup, one with a hostile name, sharing a claim so the markup
/// also reaches the claims table, the matrix and the word diffs.
fn hostile() -> Comparison {
    let a = ingest::from_text(
        "<img src=x onerror=alert(1)>",
        "Mayor posts odd code on city site\n\nThe mayor posted <script>alert(1)</script> on the \
         city website on Monday morning. A second picture, <img src=x onerror=alert(1)>, was \
         removed an hour later by the council's web team.\n",
    )
    .expect("text source");
    let b = ingest::from_text(
        QUOTED_NAME,
        "Council site shows strange code\n\nOn Monday morning the mayor posted \
         <script>alert(1)</script> on the city website. Officials said 3 staff members \
         investigated the incident and found no harm.\n",
    )
    .expect("text source");
    compare(vec![a, b], &Settings::default())
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

// ---------------------------------------------------------------- JSON

#[test]
fn json_round_trip_gives_identical_bytes() {
    let c = samples();
    let first = report::json::to_string(c);
    let back = report::json::from_str(&first).expect("our own report reads back");
    assert_eq!(&back, c);
    let second = report::json::to_string(&back);
    assert!(first == second, "the round trip changed the bytes");
}

#[test]
fn json_refuses_a_newer_version_with_a_clear_message() {
    let mut value: serde_json::Value =
        serde_json::from_str(&report::json::to_string(samples())).expect("valid JSON");
    value["version"] = serde_json::json!(3);
    let text = serde_json::to_string(&value).expect("serialises");
    let err = report::json::from_str(&text).expect_err("a version 3 report is refused");
    assert!(err.contains("version 3"), "{err}");
    assert!(err.contains("newer"), "{err}");
}

#[test]
fn json_refuses_damaged_files_with_clear_messages() {
    let good = report::json::to_string(samples());
    // Cut short, as by a full disk.
    let err = report::json::from_str(&good[..good.len() / 2]).expect_err("truncated");
    assert!(err.contains("not a valid JSON"), "{err}");
    // Valid JSON, right header, broken body.
    let mut value: serde_json::Value = serde_json::from_str(&good).expect("valid JSON");
    value["claims"] = serde_json::json!("not a list");
    let err = report::json::from_str(&value.to_string()).expect_err("damaged body");
    assert!(err.contains("damaged report"), "{err}");
    // A bad passage id inside.
    let mut value: serde_json::Value = serde_json::from_str(&good).expect("valid JSON");
    value["claims"][0]["members"][0] = serde_json::json!("zero:one");
    let err = report::json::from_str(&value.to_string()).expect_err("bad passage id");
    assert!(
        err.contains("damaged report") && err.contains("zero:one"),
        "{err}"
    );
    // Some other JSON file.
    let err = report::json::from_str(r#"{"name": "package.json"}"#).expect_err("not ours");
    assert!(err.contains("not a Corroborate report"), "{err}");
}

// ---------------------------------------------------------------- HTML

#[test]
fn html_is_one_well_formed_enough_document() {
    let html = report::html::render(samples());
    assert!(html.starts_with("<!DOCTYPE html>\n"), "{}", &html[..40]);
    assert_eq!(count(&html, "<html"), 1);
    assert_eq!(count(&html, "</html>"), 1);
    assert!(html.trim_end().ends_with("</html>"));
    for tag in ["head", "body", "style", "main"] {
        assert_eq!(count(&html, &format!("<{tag}>")), 1, "<{tag}>");
        assert_eq!(count(&html, &format!("</{tag}>")), 1, "</{tag}>");
    }
    for tag in [
        "div", "span", "section", "table", "tr", "svg", "a", "p", "article",
    ] {
        let open = count(&html, &format!("<{tag} ")) + count(&html, &format!("<{tag}>"));
        let close = count(&html, &format!("</{tag}>"));
        assert_eq!(
            open, close,
            "<{tag}> opened {open} times, closed {close} times"
        );
    }
    assert!(count(&html, "<div") > 10);
    assert!(!html.to_ascii_lowercase().contains("<script"));
}

#[test]
fn html_is_self_contained() {
    let html = report::html::render(samples()).to_ascii_lowercase();
    for banned in [
        "<script",
        "<link",
        "<img",
        "<iframe",
        "<object",
        "@import",
        "url(",
        " src=",
        "@font-face",
    ] {
        assert!(!html.contains(banned), "the page contains {banned:?}");
    }
    // Links only to anchors on the page.
    for (i, _) in html.match_indices("href=\"") {
        let target = &html[i + 6..];
        assert!(
            target.starts_with('#'),
            "external link: {}",
            &target[..40.min(target.len())]
        );
    }
}

#[test]
fn html_is_deterministic() {
    let a = report::html::render(samples());
    let again = compare(load_samples(), &Settings::default());
    assert!(
        a == report::html::render(&again),
        "same inputs gave different HTML"
    );
}

#[test]
fn html_has_every_source_passage_and_claim() {
    let c = samples();
    let html = report::html::render(c);
    assert_eq!(count(&html, "class=\"col\""), c.sources.len());
    for src in &c.sources {
        assert!(html.contains(&src.name), "{}", src.name);
        for p in &src.passages {
            let id = format!("id=\"p-{}-{}\"", p.id.source, p.id.index);
            assert_eq!(count(&html, &id), 1, "{id}");
        }
    }
    for claim in &c.claims {
        assert!(
            html.contains(&format!("id=\"claim-{}\"", claim.id.0)),
            "{}",
            claim.id
        );
        assert_eq!(
            html.contains(&format!("id=\"diff-{}\"", claim.id.0)),
            claim.shared,
            "{}",
            claim.id
        );
    }
    // Each pair shows under every claim it shares.
    let pairs: usize = c.pairs.iter().map(|p| p.claims.len()).sum();
    assert_eq!(count(&html, "class=\"pair\""), pairs);
    assert!(html.contains("<del>") && html.contains("<ins>"));
    assert!(html.contains("@media print") && html.contains("print-color-adjust:exact"));
    // In grey-scale print, shared text is underlined (solid: by all, dashed: by some).
    assert!(html.contains(".col-body .ca{text-decoration:underline"));
    assert!(html.contains("@media (max-width:700px)"));
    // Every in-page link has its target, and no id is used twice.
    let ids: Vec<&str> = html
        .match_indices(" id=\"")
        .filter_map(|(i, m)| html[i + m.len()..].split('"').next())
        .collect();
    let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids");
    for (i, m) in html.match_indices("href=\"#") {
        let target = html[i + m.len()..].split('"').next().unwrap_or("");
        assert!(
            unique.contains(target),
            "a link to #{target}, which is not on the page"
        );
    }
}

#[test]
fn html_marks_every_disagreement_in_its_sentences() {
    let c = story2();
    assert!(!c.disagreements.is_empty(), "story2 has differing figures");
    let html = report::html::render(c);
    let section = html
        .split("<section id=\"differences\">")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("a disagreements section");
    let values: usize = c.disagreements.iter().map(|d| d.values.len()).sum();
    assert_eq!(count(section, "<mark>"), values);
    for v in c.disagreements.iter().flat_map(|d| &d.values) {
        let marked = format!("<mark>{}</mark>", report::text::Esc(&v.text));
        assert!(section.contains(&marked), "{marked}");
    }
}

#[test]
fn html_shows_hostile_text_as_text() {
    let c = hostile();
    assert!(c.summary.shared >= 1, "the two sources share a claim");
    let html = report::html::render(&c);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(
        html.contains("Daily &quot;News&quot;, Inc &lt;b&gt;&#39;x&#39;&lt;/b&gt; &amp; co.txt")
    );
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "a raw <script> got through");
    assert!(!lower.contains("<img"), "a raw <img> got through");
    assert!(!html.contains("<b>'x'</b>"));
    assert!(!html.contains(SCRIPT) && !html.contains(IMG));
}

// ---------------------------------------------------------------- Markdown and CSV

#[test]
fn markdown_names_every_claim() {
    let c = samples();
    let md = report::markdown::render(c);
    for claim in &c.claims {
        assert_eq!(count(&md, &format!("**{}**", claim.id)), 1, "{}", claim.id);
    }
}

/// A strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line
/// breaks; a quote anywhere else is an error.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(ch) = chars.next() {
        if quoted {
            if ch == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(ch);
            }
            continue;
        }
        match ch {
            '"' => {
                assert!(field.is_empty() && !was_quoted, "stray quote in {field:?}");
                quoted = true;
                was_quoted = true;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' | '\n' => {
                if ch == '\r' {
                    assert_eq!(chars.next(), Some('\n'), "a bare CR ends a record");
                }
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                was_quoted = false;
            }
            _ => {
                assert!(!was_quoted, "text after a closing quote");
                field.push(ch);
            }
        }
    }
    assert!(!quoted, "unterminated quoted field");
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

#[test]
fn csv_has_a_header_and_one_row_per_claim() {
    let c = samples();
    let csv = report::csv::render(c);
    assert!(csv.ends_with("\r\n"));
    let rows = parse_csv(&csv);
    assert_eq!(rows.len(), c.claims.len() + 1);
    let width = 4 + c.sources.len();
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row.len(), width, "row {i}: {row:?}");
    }
    let mut header = vec!["claim", "coverage", "sources", "text"];
    let names: Vec<String> = c.sources.iter().map(|s| s.short_name()).collect();
    header.extend(names.iter().map(String::as_str));
    assert_eq!(rows[0], header);
    for (claim, row) in c.claims.iter().zip(&rows[1..]) {
        assert_eq!(row[0], claim.id.to_string());
        assert_eq!(row[2], claim.sources.len().to_string());
        // The claim's label: words of its representative passage, on one line.
        let passage = c
            .passage(claim.representative)
            .expect("its label's passage");
        let one_line: Vec<&str> = passage.text.split_whitespace().collect();
        assert_eq!(row[3], claim.label);
        assert!(one_line.join(" ").contains(&row[3]), "{}", row[3]);
        for (src, cell) in c.sources.iter().zip(&row[4..]) {
            let expected = if claim.sources.contains(&src.index) {
                "1"
            } else {
                ""
            };
            assert_eq!(cell, expected, "{} × {}", claim.id, src.name);
        }
    }
    assert!(csv.contains('"'), "the samples have commas to quote");
}

#[test]
fn the_csv_report_lists_each_disagreement_value_after_the_matrix() {
    let c = story2();
    assert!(!c.disagreements.is_empty(), "story2 has differing figures");
    let text = ReportFormat::Csv.render(c);
    let (matrix, rest) = text.split_once("\r\n\r\n").expect("two tables");
    // First the claim × source matrix: a header, then a row per claim.
    let matrix = parse_csv(matrix);
    assert_eq!(matrix[0][..4], ["claim", "coverage", "sources", "text"]);
    assert_eq!(matrix.len(), c.claims.len() + 1);
    let rows = parse_csv(rest);
    assert_eq!(
        rows[0],
        [
            "disagreement",
            "kind",
            "about",
            "source",
            "passage",
            "value",
            "sentence"
        ]
    );
    let values: Vec<_> = c.disagreements.iter().flat_map(|d| &d.values).collect();
    assert_eq!(rows.len(), values.len() + 1);
    for (row, v) in rows[1..].iter().zip(values) {
        assert_eq!(row[4], format!("{}:{}", v.source, v.passage));
        assert_eq!(row[5], v.text);
        assert!(row[6].contains(&v.text), "{row:?}");
    }
}

#[test]
fn csv_quotes_names_and_text_per_rfc_4180() {
    let c = hostile();
    let csv = report::csv::render(&c);
    let rows = parse_csv(&csv);
    assert_eq!(rows.len(), c.claims.len() + 1);
    // Sources are named by their short name (here the title)…
    assert_eq!(rows[0][5], c.sources[1].short_name());
    // …and a name with quotes and a comma is quoted and read back whole.
    let mut named = c.clone();
    named.sources[1].source.site = Some(QUOTED_NAME.to_owned());
    let renamed = report::csv::render(&named);
    assert_eq!(parse_csv(&renamed)[0][5], named.sources[1].short_name());
    assert!(renamed.contains("\"Daily \"\"News\"\", Inc"));
    // Every label, markup and commas included, reads back whole.
    for (claim, row) in c.claims.iter().zip(&rows[1..]) {
        assert_eq!(row[3], claim.label);
    }
    assert!(rows.iter().any(|r| r[3].contains("<script>")));
}

#[test]
fn reports_are_deterministic() {
    // Two comparisons computed independently from freshly read files (the work is
    // parallel), rendered in every format: the same bytes.
    let again = compare(load_samples(), &Settings::default());
    for format in [
        ReportFormat::Json,
        ReportFormat::Md,
        ReportFormat::Html,
        ReportFormat::Csv,
    ] {
        assert!(
            format.render(samples()) == format.render(&again),
            "{format:?}"
        );
    }
}

#[test]
fn the_extension_chooses_the_format() {
    for (name, format) in [
        ("r.json", Some(ReportFormat::Json)),
        ("r.md", Some(ReportFormat::Md)),
        ("r.markdown", Some(ReportFormat::Md)),
        ("r.html", Some(ReportFormat::Html)),
        ("R.HTM", Some(ReportFormat::Html)),
        ("r.csv", Some(ReportFormat::Csv)),
        ("r.txt", None),
        ("report", None),
    ] {
        assert_eq!(ReportFormat::from_path(Path::new(name)), format, "{name}");
    }
}

#[test]
fn each_format_renders_its_own_kind_of_document() {
    // What each format's file must look like, checked on the rendering itself.
    let c = samples();
    let json: serde_json::Value =
        serde_json::from_str(&ReportFormat::Json.render(c)).expect("JSON parses");
    assert_eq!(json["format"], "corroborate-report");
    assert_eq!(json["sources"].as_array().map(Vec::len), Some(5));

    let html = ReportFormat::Html.render(c);
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..40]);
    assert!(html.trim_end().ends_with("</html>"));

    let text = ReportFormat::Csv.render(c);
    let matrix = text.split("\r\n\r\n").next().unwrap_or("");
    let csv = parse_csv(matrix);
    assert!(csv.len() > 1 && csv.iter().all(|r| r.len() == csv[0].len()));
    assert!(!csv[0].iter().any(|cell| cell.contains('<')), "not HTML");

    let md = ReportFormat::Md.render(c);
    assert!(md.starts_with("# "), "{}", &md[..40]);
    assert!(!md.contains("<!DOCTYPE") && !md.trim_start().starts_with('{'));
}

// ---------------------------------------------------------------- writes

#[test]
fn writing_where_the_folder_is_a_file_fails_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let not_a_folder = dir.path().join("notes");
    std::fs::write(&not_a_folder, "keep me").expect("write");
    let target = not_a_folder.join("report.html");
    let err = write_atomic(&target, b"<!DOCTYPE html>").expect_err("cannot write there");
    assert!(err.contains(&target.display().to_string()), "{err}");
    assert!(err.contains("cannot write in this folder"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&not_a_folder).expect("read"),
        "keep me"
    );
}

#[test]
fn writing_onto_a_folder_fails_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("report.csv");
    std::fs::create_dir(&target).expect("mkdir");
    std::fs::write(target.join("inside.txt"), "keep me").expect("write");
    let err = write_atomic(&target, b"claim\r\n").expect_err("a folder is not replaced");
    assert!(err.contains("cannot replace the file"), "{err}");
    assert_eq!(
        std::fs::read_to_string(target.join("inside.txt")).expect("read"),
        "keep me"
    );
    let entries: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(entries, vec![std::ffi::OsString::from("report.csv")]);
}

#[test]
fn writing_a_name_longer_than_the_file_system_allows_fails_and_leaves_no_temporary_file() {
    // Refused for root too: no file system takes a name of 300 bytes (NAME_MAX is 255).
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join(format!("{}.html", "r".repeat(300)));
    let err = write_atomic(&target, b"<!DOCTYPE html>").expect_err("the name is too long");
    assert!(err.contains(&target.display().to_string()), "{err}");
    assert!(err.contains("cannot replace the file"), "{err}");
    let left = std::fs::read_dir(dir.path()).expect("list").count();
    assert_eq!(left, 0, "no temporary file is left behind");
}

#[cfg(unix)]
#[test]
fn writing_into_a_read_only_folder_fails_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let folder = dir.path().join("locked");
    std::fs::create_dir(&folder).expect("mkdir");
    let target = folder.join("report.html");
    std::fs::write(&target, "old report").expect("write");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    // Root ignores permissions: find out by trying.
    let probe = folder.join("probe");
    let enforced = std::fs::File::create(&probe).is_err();
    let _ = std::fs::remove_file(&probe);
    let err = if enforced {
        write_atomic(&target, b"new report").expect_err("a read-only folder refuses the write")
    } else {
        // Root (as in CI): the save is made by the command line as the unprivileged user
        // `nobody` (65534), from inputs and a link to the binary it can reach.
        let a = dir.path().join("a.txt");
        let b = dir.path().join("b.txt");
        std::fs::write(&a, "The council approved the new bridge on Monday.").expect("write");
        std::fs::write(&b, "On Monday the council approved a new bridge.").expect("write");
        let exe = dir.path().join("corroborate");
        if std::fs::hard_link(env!("CARGO_BIN_EXE_corroborate"), &exe).is_err() {
            std::fs::copy(env!("CARGO_BIN_EXE_corroborate"), &exe).expect("copy the binary");
        }
        let run = std::process::Command::new(&exe)
            .uid(65534)
            .gid(65534)
            .arg("compare")
            .args([&a, &b])
            .arg("--out")
            .arg(&target)
            .output()
            .expect("run the binary as nobody");
        assert_eq!(run.status.code(), Some(2));
        String::from_utf8_lossy(&run.stderr).into_owned()
    };
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    assert!(err.contains(&target.display().to_string()), "{err}");
    assert!(err.contains("cannot write in this folder"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&target).expect("read"),
        "old report"
    );
    let entries = std::fs::read_dir(&folder).expect("list").count();
    assert_eq!(entries, 1, "no temporary file is left behind");
}

#[test]
fn a_successful_write_replaces_the_old_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("report.html");
    std::fs::write(&target, "old").expect("write");
    let html = report::html::render(samples());
    write_atomic(&target, html.as_bytes()).expect("writes");
    assert!(std::fs::read_to_string(&target).expect("read") == html);
}

#[cfg(unix)]
#[test]
fn a_saved_report_is_an_ordinary_readable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.html");
    corroborate::report::write_atomic(&path, b"<!DOCTYPE html>").unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644, "not the temporary file's private 0600");
}

// ---------------------------------------------------------------- hostile text (issue 13)

/// Two sources whose text and names carry formulas, markup, links and emphasis.
fn injected() -> Comparison {
    let text = "=HYPERLINK(\"http://evil.example\",\"click\") The mayor posted <script>alert(1)</script> \
                and <img src=x onerror=alert(1)> and [click](javascript:alert(1)) with **bold** \
                text on the city website on Monday morning.\n";
    let a = ingest::from_text("=cmd|' /C calc'!A0 <b>*x*</b>", text).expect("text source");
    let b = ingest::from_text("@SUM(1+1)", text).expect("text source");
    compare(vec![a, b], &Settings::default())
}

#[test]
fn csv_cells_never_start_a_formula() {
    let csv = parse_csv(&ReportFormat::Csv.render(&injected()));
    for cell in csv.iter().flatten() {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "a live formula: {cell:?}"
        );
    }
    assert!(csv[0].iter().any(|h| h == "'@SUM(1+1)"), "{:?}", csv[0]);
    // A label that opens a formula (when the aligner's span starts there) is neutralised.
    for claim in injected().claims.iter() {
        if claim.label.starts_with(['=', '+', '-', '@']) {
            assert!(
                csv.iter()
                    .flatten()
                    .any(|c| *c == format!("'{}", claim.label))
            );
        }
    }
}

#[test]
fn markdown_passes_no_markup_links_or_emphasis_from_articles() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let md = ReportFormat::Md.render(&injected());
    assert!(!md.contains("<script") && !md.contains("<img") && !md.contains("<b>"));
    assert!(md.contains("&lt;script&gt;"), "{md}");
    let mut emphasis = 0;
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML {h:?} in\n{md}"),
            Event::Start(Tag::Link { dest_url, .. }) => panic!("a link to {dest_url} in\n{md}"),
            Event::Start(Tag::Image { .. }) => panic!("an image in\n{md}"),
            Event::Start(Tag::Emphasis | Tag::Strong) => emphasis += 1,
            _ => {}
        }
    }
    // Ours only: the bold "shared" and "unique" figures and each claim's bold id.
    let claims = injected().claims.len();
    assert_eq!(emphasis, 2 + claims, "{md}");
    // The text is still all there, as literal characters.
    let text: String = Parser::new_ext(&md, Options::ENABLE_TABLES)
        .filter_map(|e| match e {
            Event::Text(t) => Some(t.into_string()),
            _ => None,
        })
        .collect();
    assert!(
        text.contains("[click](javascript:alert(1)) with **bold**"),
        "{text}"
    );
    // The source's (short) name, markup and all, as literal characters.
    let name = injected().sources[0].short_name();
    assert!(name.starts_with("=cmd|' /C calc'!A0"), "{name}");
    assert!(text.contains(&name), "{text}");
}

#[test]
fn write_errors_name_the_file_asked_for_not_the_temporary_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("report.csv");
    std::fs::create_dir(&target).expect("mkdir");
    let err = write_atomic(&target, b"x").expect_err("a folder");
    let named = target.display().to_string();
    assert!(err.starts_with(&named), "{err}");
    // (The test's own folder is a temporary one: look only past the name asked for.)
    assert!(!err[named.len()..].contains(".tmp"), "{err}");
}

#[cfg(unix)]
#[test]
fn writing_onto_a_character_device_writes_through() {
    use std::os::unix::fs::FileTypeExt;
    write_atomic(Path::new("/dev/null"), b"a report").expect("/dev/null takes a report");
    let kind = std::fs::metadata("/dev/null").expect("meta").file_type();
    assert!(kind.is_char_device(), "the device node is still there");
}

#[cfg(unix)]
#[test]
fn writing_onto_a_fifo_is_refused_without_blocking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("report.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here: nothing to test
    }
    let err = write_atomic(&fifo, b"{}").expect_err("a FIFO is no report file");
    assert!(err.contains("not a regular file"), "{err}");
    use std::os::unix::fs::FileTypeExt;
    let kind = std::fs::metadata(&fifo).expect("meta").file_type();
    assert!(kind.is_fifo(), "the FIFO was not renamed over");
}

/// Story2's comparison-wide disagreements are in the model, survive the JSON round trip,
/// and are listed in the Markdown report with each value in bold.
#[test]
fn disagreements_are_reported_in_json_and_markdown() {
    let c = story2();
    assert!(!c.disagreements.is_empty());
    let back = report::json::from_str(&report::json::to_string(c)).expect("reopens");
    assert_eq!(back.disagreements, c.disagreements);
    let md = report::markdown::render(c);
    assert!(
        md.contains(&format!("## Disagreements ({})", c.disagreements.len())),
        "{md}"
    );
    for d in &c.disagreements {
        for v in &d.values {
            // Each value is listed under its passage; figures and dates are set in bold.
            assert!(
                md.contains(&format!("[{}:{}]", v.source, v.passage)),
                "{md}"
            );
            if matches!(d.kind, Kind::Number | Kind::Date) {
                assert!(
                    md.contains(&format!("**{}**", v.text)),
                    "{} in {md}",
                    v.text
                );
            }
        }
    }
}

/// Two articles of one outlet are told apart by their titles wherever sources are named,
/// also after the report is saved and reopened.
#[test]
fn two_articles_of_one_outlet_have_different_names() {
    let article = |title: &str, text: &str| Source {
        name: format!("{title}.html"),
        site: Some("The Evening Courier".into()),
        title: Some(title.into()),
        text: text.into(),
        ..Source::default()
    };
    let c = compare(
        vec![
            article(
                "Storm floods the valley",
                "Rivers rose two metres overnight in the valley, officials said.",
            ),
            article(
                "Valley clean-up begins",
                "The clean-up of the valley began on Monday after the floods.",
            ),
            Source {
                name: "other.txt".into(),
                site: Some("Skyline Wire".into()),
                text: "Rivers in the valley rose two metres overnight.".into(),
                ..Source::default()
            },
        ],
        &Settings::default(),
    );
    let names: Vec<String> = c.sources.iter().map(|s| s.short_name()).collect();
    assert_eq!(
        names,
        [
            "Storm floods the valley",
            "Valley clean-up begins",
            "Skyline Wire"
        ]
    );
    let back = report::json::from_str(&report::json::to_string(&c)).expect("reopens");
    let reopened: Vec<String> = back.sources.iter().map(|s| s.short_name()).collect();
    assert_eq!(reopened, names);
    assert_eq!(
        c.sources[0].readable_name(),
        "The Evening Courier: Storm floods the valley"
    );
    assert!(report::markdown::render(&c).contains("| Storm floods the valley |"));
}

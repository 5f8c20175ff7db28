//! Real-world inputs: bad files give a clear message naming the file and the reason (or a
//! correct result), never a panic; saved web pages, DOCX and PDF yield their article text.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use corroborate::ingest::{self, MAX_INPUT_BYTES, Source};
use corroborate::segment::segment;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_corroborate"))
}

fn sample() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples/000_2c110ac3824b8891.txt")
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write a test file");
    path
}

fn compare_files(files: &[&Path]) -> Output {
    bin()
        .arg("compare")
        .args(files)
        .output()
        .expect("run the binary")
}

/// `load_path` refuses the file with a reason containing `reason`, naming the file; the
/// command line does the same on stderr, with exit status 2.
fn refused(path: &Path, reason: &str) {
    let err = ingest::load_path(path).expect_err("must be refused");
    assert_eq!(err.path, path.display().to_string());
    assert!(err.to_string().contains(reason), "{err}");
    let run = compare_files(&[path, &sample()]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains(&format!("{}: ", path.display())) && stderr.contains(reason),
        "{stderr}"
    );
}

/// Every passage lies inside the text, in order, on char boundaries.
fn assert_offsets(source: &Source) {
    let mut last = 0;
    for seg in segment(&source.text) {
        assert!(seg.start >= last && seg.start < seg.end && seg.end <= source.text.len());
        assert!(source.text.is_char_boundary(seg.start) && source.text.is_char_boundary(seg.end));
        last = seg.end;
    }
}

#[test]
fn an_empty_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    refused(&write(dir.path(), "empty.txt", b""), "is empty");
}

#[test]
fn a_whitespace_only_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    refused(
        &write(dir.path(), "blank.txt", b"  \n\t\r\n   \n"),
        "only white space",
    );
}

#[test]
fn a_png_is_refused_as_an_image() {
    let dir = tempfile::tempdir().unwrap();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    refused(&write(dir.path(), "photo.txt", png), "a PNG image");
}

#[test]
fn a_zip_is_refused_as_an_archive() {
    let dir = tempfile::tempdir().unwrap();
    // An empty ZIP archive is just its end-of-central-directory record; with one entry too.
    let mut zip = b"PK\x03\x04\x14\0\0\0\0\0\0\0!\0".to_vec();
    zip.extend_from_slice(&[0u8; 40]);
    refused(&write(dir.path(), "bundle.zip", &zip), "ZIP archive");
}

#[test]
fn an_executable_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut elf = b"\x7FELF\x02\x01\x01\0".to_vec();
    elf.extend_from_slice(&[0u8; 120]);
    refused(&write(dir.path(), "tool", &elf), "an executable");
    // The real thing, when there is one.
    let exe = PathBuf::from(env!("CARGO_BIN_EXE_corroborate"));
    let err = ingest::load_path(&exe).expect_err("the binary is not text");
    assert!(
        err.reason.contains("executable") || err.reason.contains("limit"),
        "{err}"
    );
}

#[test]
fn invalid_utf8_is_decoded_and_says_how() {
    // Mostly UTF-8 with one stray Latin-1 byte: keep the UTF-8, replace the stray byte.
    let mut bytes = "The caf\u{e9} \u{201C}Zur Post\u{201D} re-opened on Monday. "
        .as_bytes()
        .to_vec();
    bytes.extend_from_slice(b"Its owner said the \xE9t\xE9 menu was back. ");
    bytes.extend_from_slice("Guests paid \u{20AC}12 each.".as_bytes());
    let s = ingest::from_bytes("a.txt", "a.txt", &bytes).unwrap();
    assert!(
        s.text.contains("caf\u{e9} \u{201C}Zur Post\u{201D}"),
        "{}",
        s.text
    );
    assert!(s.text.contains("\u{20AC}12"), "{}", s.text);
    assert!(
        s.encoding.contains("UTF-8") && s.encoding.contains("invalid"),
        "{}",
        s.encoding
    );
    assert_offsets(&s);
    // No UTF-8 at all: a legacy encoding is detected and named.
    let s = ingest::from_bytes(
        "b.txt",
        "b.txt",
        b"Stra\xDFe und Caf\xE9 \xFCber alles, sagte er.",
    )
    .unwrap();
    assert_eq!(
        s.text,
        "Stra\u{df}e und Caf\u{e9} \u{fc}ber alles, sagte er."
    );
    assert_eq!(s.encoding, "windows-1252");
}

#[test]
fn latin1_and_windows_1252_give_the_right_characters() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "latin.txt",
        b"Le ministre a d\xE9clar\xE9 \xAB c\x92est fini \xBB \x96 lundi \xE0 Paris.\n\nLe caf\xE9 co\xFBte 2\x80.",
    );
    let s = ingest::load_path(&path).unwrap();
    assert_eq!(
        s.text,
        "Le ministre a d\u{e9}clar\u{e9} \u{ab} c\u{2019}est fini \u{bb} \u{2013} lundi \u{e0} Paris.\n\nLe caf\u{e9} co\u{fb}te 2\u{20ac}."
    );
    assert_eq!(s.encoding, "windows-1252");
}

#[test]
fn utf16_with_bom_both_byte_orders() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Stra\u{df}e bleibt gesperrt\n\nDie Stra\u{df}e bleibt bis Freitag gesperrt, sagte die Polizei.";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    for (name, bytes, enc) in [("le.txt", le, "UTF-16LE"), ("be.txt", be, "UTF-16BE")] {
        let s = ingest::load_path(&write(dir.path(), name, &bytes)).unwrap();
        assert_eq!(s.text, text);
        assert_eq!(s.encoding, enc);
        assert_eq!(s.title.as_deref(), Some("Stra\u{df}e bleibt gesperrt"));
    }
}

#[test]
fn a_50_mb_file_is_refused_stating_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap(); // sparse: cheap to make
    drop(file);
    refused(&path, "the limit is 32 MB");
    let err = ingest::from_bytes("x.txt", "x.txt", &vec![b'a'; MAX_INPUT_BYTES as usize + 1])
        .unwrap_err();
    assert!(err.reason.contains("32 MB"), "{err}");
}

/// 10 MB of words with no line break and no sentence punctuation.
fn one_huge_line() -> Vec<u8> {
    let words = [
        "harbour",
        "council",
        "ferry",
        "ticket",
        "price",
        "rise",
        "vote",
        "monday",
        "mayor",
        "budget",
        "island",
        "route",
        "winter",
        "timetable",
    ];
    let mut out = Vec::with_capacity(10 * 1024 * 1024 + 16);
    let mut i = 0usize;
    while out.len() < 10 * 1024 * 1024 {
        out.extend_from_slice(words[(i * 7 + i / 3) % words.len()].as_bytes());
        out.push(b' ');
        i += 1;
    }
    out
}

#[test]
fn a_10_mb_single_line_is_split_quickly() {
    let clock = Instant::now();
    let big = ingest::from_bytes("line.txt", "line.txt", &one_huge_line()).unwrap();
    let passages = segment(&big.text);
    assert!(passages.len() > 1000, "{}", passages.len());
    assert!(
        passages.iter().all(|p| p.end - p.start <= 2_100),
        "over-long passages are split"
    );
    assert_offsets(&big);
    let took = clock.elapsed();
    // Generous: unoptimised test builds on a busy 2-core machine; release takes ~1 s.
    assert!(took < Duration::from_secs(120), "took {took:?}");
    eprintln!("10 MB single line, in process: {took:?}");
}

#[test]
fn a_10_mb_single_line_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "line.txt", &one_huge_line());
    let clock = Instant::now();
    let run = compare_files(&[&path, &sample()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).starts_with("2 sources"));
    eprintln!("10 MB single line, CLI: {:?}", clock.elapsed());
}

#[test]
fn a_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    refused(dir.path(), "is a folder");
}

#[test]
fn a_missing_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    refused(&dir.path().join("nope.txt"), "no such file");
}

/// The binary, run as the unprivileged user `nobody` (65534): the tests run as root in CI,
/// and root reads any file, so a refusal for want of permission is tried as `nobody`.
/// It gets its own link (or copy) in `dir`, which `nobody` must be able to enter, since
/// the build folder may not be open to it.
#[cfg(unix)]
fn bin_as_nobody(dir: &Path) -> Command {
    use std::os::unix::process::CommandExt;
    let exe = dir.join("corroborate");
    if std::fs::hard_link(env!("CARGO_BIN_EXE_corroborate"), &exe).is_err() {
        std::fs::copy(env!("CARGO_BIN_EXE_corroborate"), &exe).expect("copy the binary");
    }
    let mut cmd = Command::new(exe);
    cmd.uid(65534).gid(65534);
    cmd
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    // Open to everyone, so that only the file's own permissions stand in the way.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = write(dir.path(), "secret.txt", b"Nobody may read this sentence.");
    let other = write(
        dir.path(),
        "other.txt",
        b"Anybody may read this other sentence.",
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_err() {
        // An ordinary user: the library and the command line both refuse it.
        refused(&path, "permission denied");
        return;
    }
    // Root: the command line as `nobody` is refused like any other reader.
    let run = bin_as_nobody(dir.path())
        .arg("compare")
        .arg(&path)
        .arg(&other)
        .output()
        .expect("run the binary as nobody");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("{}: permission denied", path.display())),
        "{stderr}"
    );
    assert!(
        !stderr.contains("other.txt"),
        "the readable file is read: {stderr}"
    );
}

#[test]
fn a_path_through_a_regular_file_is_refused() {
    // Refused for root too: a regular file has no entries.
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "notes.txt", b"A plain file, not a folder.");
    refused(&file.join("inside.txt"), "cannot be read");
    let err = ingest::load_path(&file.join("inside.txt")).unwrap_err();
    assert!(
        err.reason.to_lowercase().contains("not a directory"),
        "{err}"
    );
}

#[test]
fn a_name_longer_than_the_file_system_allows_is_refused() {
    // Refused for root too: no file system takes a name of 300 bytes (NAME_MAX is 255).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{}.txt", "n".repeat(300)));
    refused(&path, "cannot be read");
    let err = ingest::load_path(&path).unwrap_err();
    assert!(err.reason.to_lowercase().contains("too long"), "{err}");
}

#[test]
fn the_same_file_twice_is_compared_once() {
    let dir = tempfile::tempdir().unwrap();
    let other = write(
        dir.path(),
        "other.txt",
        b"Xiaomi announced a new phone on Monday. It costs less than last year's model.",
    );
    let run = compare_files(&[&sample(), &sample(), &other]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("given twice; compared once"), "{stderr}");
    assert!(String::from_utf8_lossy(&run.stdout).starts_with("2 sources"));
    // Given twice and nothing else: one source, which is not enough.
    let run = compare_files(&[&other, &other]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("given twice") && stderr.contains("at least two"),
        "{stderr}"
    );
}

#[test]
fn a_single_file_needs_a_second() {
    let run = compare_files(&[&sample()]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("at least two"), "{stderr}");
}

#[test]
fn a_hundred_files_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let places = ["harbour", "station", "airport", "bridge", "market"];
    let paths: Vec<PathBuf> = (0..100)
        .map(|i| {
            let text = format!(
                "Storm closes the {place}\n\nA storm closed the {place} on Monday, officials said. \
                 Report number {i} says {n} people were affected. Repairs will take a week.\n",
                place = places[i % places.len()],
                n = 10 + i,
            );
            write(dir.path(), &format!("{i:03}.txt"), text.as_bytes())
        })
        .collect();
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let run = compare_files(&refs);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.starts_with("100 sources"), "{stdout}");
}

/// Saved article pages (tests/fixtures/pages): title, byline, site and date from the page's
/// metadata, main text in, site furniture out, one paragraph a line.
#[test]
fn saved_web_pages_yield_the_article() {
    let dir = fixtures().join("pages");
    let expected: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("expected.json")).unwrap()).unwrap();
    let mut failures = Vec::new();
    for (file, want) in expected.as_object().unwrap() {
        let s = ingest::load_path(&dir.join(file)).unwrap();
        let mut fail = |what: String| failures.push(format!("{file}: {what}"));
        let field = |key: &str| want.get(key).and_then(|v| v.as_str());
        if s.title.as_deref() != field("title") {
            fail(format!("title {:?}, want {:?}", s.title, field("title")));
        }
        for (key, got) in [
            ("byline", &s.byline),
            ("site", &s.site),
            ("published", &s.published),
        ] {
            if let Some(w) = field(key)
                && !got.as_deref().is_some_and(|g| match key {
                    "published" => g.starts_with(w),
                    _ => g == w,
                })
            {
                fail(format!("{key} {got:?}, want {w:?}"));
            }
        }
        let list = |key: &str| {
            want.get(key)
                .and_then(|v| v.as_array())
                .map(|a| a.iter().filter_map(|x| x.as_str()).collect::<Vec<_>>())
                .unwrap_or_default()
        };
        for p in list("present") {
            if !s.text.lines().any(|l| l.contains(p)) {
                fail(format!("missing (on one line) {p:?}"));
            }
        }
        for a in list("absent") {
            if s.text.contains(a) {
                fail(format!("furniture kept: {a:?}"));
            }
        }
        for l in list("line_starts") {
            if !s.text.lines().any(|line| line.starts_with(l)) {
                fail(format!("no line starts with {l:?}"));
            }
        }
        // Body paragraphs are sentences, not headlines.
        for seg in segment(&s.text) {
            let t = &s.text[seg.start..seg.end];
            if t.len() > 150 && seg.kind != corroborate::segment::PassageKind::Sentence {
                fail(format!("{t:?} is a {:?}", seg.kind));
            }
        }
        assert_offsets(&s);
        if std::env::var_os("SHOW_PAGES").is_some() {
            eprintln!("==== {file}\n{s:#?}\n{}", s.text);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A minimal Word document: each paragraph's runs as separate `w:t` elements.
fn docx(paragraphs: &[&[&str]]) -> Vec<u8> {
    use std::io::Write;
    let mut body = String::new();
    for runs in paragraphs {
        body.push_str("<w:p>");
        for run in *runs {
            body.push_str(&format!(
                "<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>",
                run.replace('&', "&amp;")
            ));
        }
        body.push_str("</w:p>");
    }
    let xml = format!(
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", opts).unwrap();
    zip.write_all(b"<?xml version=\"1.0\"?><Types/>").unwrap();
    zip.start_file("word/document.xml", opts).unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap();
    buf.into_inner()
}

#[test]
fn docx_paragraphs_and_run_spaces() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = docx(&[
        &["Bridge ", "shut for ", "six weeks"],
        &[
            "The bridge will close on ",
            "Wednesday",
            ". Repairs cost $3.2 million & more.",
        ],
    ]);
    let path = write(dir.path(), "story.docx", &bytes);
    let s = ingest::load_path(&path).unwrap();
    assert_eq!(
        s.text,
        "Bridge shut for six weeks\n\nThe bridge will close on Wednesday. Repairs cost $3.2 million & more.\n"
    );
    assert_eq!(s.title.as_deref(), Some("Bridge shut for six weeks"));
    assert_eq!(s.format, ingest::Format::Docx);
    // Recognised by content even without the extension; the command line reads it too.
    let renamed = write(dir.path(), "story.bin", &bytes);
    assert_eq!(ingest::load_path(&renamed).unwrap().text, s.text);
    let run = compare_files(&[&path, &sample()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // A truncated one is refused with a reason.
    let broken = write(dir.path(), "broken.docx", &bytes[..bytes.len() / 2]);
    refused(&broken, "damaged");
}

mod fuzz {
    //! Property tests: any bytes or text through ingest → segment → compare never panic,
    //! and every passage's offsets are valid.

    use corroborate::ingest;
    use corroborate::segment::segment;
    use corroborate::{Comparison, Settings, compare};
    use proptest::prelude::*;

    /// Text made of the pieces that steer the segmenter: abbreviations, punctuation,
    /// quotes, list markers, line breaks, ellipses, numbers, markup.
    fn newsy() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "The ",
            "U.S. ",
            "Mr. ",
            "Jan. 14",
            "3.5% ",
            "said",
            ". ",
            "! ",
            "? ",
            "\n",
            "\n\n",
            "- ",
            "1. ",
            "• ",
            "“",
            "”",
            "\"",
            "'",
            "…",
            "...",
            "cookie ",
            "Read more",
            "|",
            "8 hours ago",
            "Xiaomi",
            "é",
            "ß",
            "\u{00A0}",
            "\t",
            "  ",
            "<p>",
            "</p>",
            "# ",
            "military.The",
            "a",
            "Z",
            "2,000",
            "—",
            "\u{1F600}",
            "\r\n",
            "(",
            ")",
            ": ",
        ]);
        prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
    }

    fn names() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec!["a.txt", "a.md", "a.html", "a.docx", "a", "a.htm"])
    }

    fn check_segments(text: &str) {
        let mut last = 0;
        for seg in segment(text) {
            assert!(seg.start >= last, "overlap or disorder at {}", seg.start);
            assert!(seg.start < seg.end && seg.end <= text.len());
            assert!(text.is_char_boundary(seg.start) && text.is_char_boundary(seg.end));
            last = seg.end;
        }
    }

    fn check_report(report: &Comparison) {
        for src in &report.sources {
            let mut last = 0;
            for p in &src.passages {
                assert!(p.start >= last && p.start < p.end && p.end <= src.text.len());
                assert!(src.text.is_char_boundary(p.start) && src.text.is_char_boundary(p.end));
                assert_eq!(p.text, src.text[p.start..p.end]);
                last = p.end;
            }
        }
    }

    fn pipeline(name: &str, bytes: &[u8]) {
        let Ok(source) = ingest::from_bytes(name, name, bytes) else {
            return;
        };
        check_segments(&source.text);
        let other = ingest::from_text(
            "b",
            "The U.S. court said on Jan. 14 that 2,000 people left.",
        )
        .expect("fixed text");
        let report = compare::compare(vec![source.clone(), other, source], &Settings::default());
        check_report(&report);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        #[test]
        fn any_text(text in any::<String>(), name in names()) {
            check_segments(&text);
            pipeline(name, text.as_bytes());
        }

        #[test]
        fn newsy_text(text in newsy(), name in names()) {
            check_segments(&text);
            pipeline(name, text.as_bytes());
        }

        #[test]
        fn any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600), name in names()) {
            pipeline(name, &bytes);
        }

        #[test]
        fn long_lines_are_split(word in "[a-zé]{1,12}", n in 150usize..900) {
            let text = vec![word.as_str(); n].join(" ");
            check_segments(&text);
            prop_assert!(segment(&text).iter().all(|s| s.end - s.start <= 2_000));
        }
    }
}

/// The passages of a source's text, as strings.
fn passages(source: &Source) -> Vec<&str> {
    segment(&source.text)
        .iter()
        .map(|p| &source.text[p.start..p.end])
        .collect()
}

#[test]
fn a_pdf_yields_its_article_in_whole_sentences() {
    let path = fixtures().join("harbour-bridge-report.pdf");
    let s = ingest::load_path(&path).unwrap();
    assert_eq!(s.format, ingest::Format::Pdf);
    assert_eq!(
        s.title.as_deref(),
        Some("Harbour bridge to close for six weeks of repairs")
    );
    assert!(s.encoding.contains("re-flowed"), "{}", s.encoding);
    assert_offsets(&s);
    let parts = passages(&s);
    assert_eq!(parts.len(), 1 + 3, "{parts:#?}");
    assert_eq!(parts[0], "Harbour bridge to close for six weeks of repairs");
    assert_eq!(
        parts[1],
        "The city council confirmed on Tuesday that the Old Harbour Bridge will close to all \
         traffic from 3 March for six weeks, after engineers found corrosion in two of the steel \
         cables that hold up its central span and warned that further delay could make the work \
         far more expensive."
    );
    assert!(parts[2].starts_with("The repairs are expected to cost about $3.2 million"));
    assert!(parts[3].ends_with("until the bridge reopens in April."));
    // Recognised by its magic number without the extension; the command line reads it too.
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let renamed = write(dir.path(), "download", &bytes);
    assert_eq!(ingest::load_path(&renamed).unwrap().text, s.text);
    let run = compare_files(&[&path, &sample()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn a_truncated_pdf_is_refused_never_a_panic() {
    let bytes = std::fs::read(fixtures().join("harbour-bridge-report.pdf")).unwrap();
    for cut in [
        5,
        9,
        64,
        500,
        bytes.len() / 4,
        bytes.len() / 2,
        bytes.len() - 40,
    ] {
        match ingest::from_bytes("cut.pdf", "cut.pdf", &bytes[..cut]) {
            Ok(s) => assert!(!s.text.trim().is_empty()),
            Err(e) => assert!(e.reason.contains("PDF"), "{cut}: {e}"),
        }
    }
    let dir = tempfile::tempdir().unwrap();
    refused(
        &write(dir.path(), "cut.pdf", &bytes[..bytes.len() / 2]),
        "damaged PDF",
    );
}

#[test]
fn a_corrupted_pdf_never_panics() {
    let bytes = std::fs::read(fixtures().join("harbour-bridge-report.pdf")).unwrap();
    // A fixed xorshift sequence: the same corruptions every run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..150 {
        let mut bad = bytes.clone();
        for _ in 0..1 + next() % 8 {
            let at = (next() % bad.len() as u64) as usize;
            bad[at] = next() as u8;
        }
        match ingest::from_bytes("bad.pdf", "bad.pdf", &bad) {
            Ok(s) => assert_offsets(&s),
            Err(e) => assert!(e.reason.contains("PDF"), "{e}"),
        }
    }
}

#[test]
fn an_encrypted_pdf_is_refused_saying_so() {
    refused(
        &fixtures().join("locked-notice.pdf"),
        "encrypted (password-protected) PDF",
    );
}

/// A one-page PDF whose page only paints a rectangle, as a scan paints its image.
fn pdf_without_text() -> Vec<u8> {
    let content = "0.5 g 50 50 400 600 re f";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        pdf.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

#[test]
fn a_pdf_without_text_is_refused_as_a_scan() {
    let dir = tempfile::tempdir().unwrap();
    refused(
        &write(dir.path(), "scan.pdf", &pdf_without_text()),
        "has no text layer (a scanned image?)",
    );
}

#[test]
fn a_file_named_pdf_that_is_not_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    refused(
        &write(dir.path(), "notes.pdf", b"Just some notes, not a PDF."),
        "is named .pdf but is not a PDF document",
    );
}

#[test]
fn a_hard_wrapped_hyphenated_txt_is_reflowed_into_whole_sentences() {
    let path = fixtures().join("hard-wrapped-report.txt");
    let s = ingest::load_path(&path).unwrap();
    assert_eq!(s.encoding, "UTF-8, re-flowed");
    assert_eq!(
        s.title.as_deref(),
        Some("Harbour bridge to close for six weeks of repairs")
    );
    assert_offsets(&s);
    let parts = passages(&s);
    assert_eq!(parts.len(), 1 + 3, "{parts:#?}");
    assert_eq!(
        parts[1],
        "The city council confirmed on Tuesday that the Old Harbour Bridge will close to all \
         traffic from 3 March for six weeks, after engineers found corrosion in two of the steel \
         cables that hold up its central span and warned that further delay would make the work \
         far more expensive for the local government."
    );
    assert!(
        parts[2].contains(" new borrowing, although "),
        "{}",
        parts[2]
    );
    assert!(
        parts[3].starts_with("Ferry operators said the well-known morning service would run"),
        "{}",
        parts[3]
    );
    // The JSON report embeds the re-flowed text, which its offsets point into.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let run = bin()
        .arg("compare")
        .arg(&path)
        .arg(sample())
        .arg("--out")
        .arg(&out)
        .output()
        .expect("run the binary");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let src = &json["sources"][0];
    let text = src["text"].as_str().unwrap();
    assert_eq!(text, s.text, "the embedded text is the re-flowed one");
    assert_ne!(
        text.as_bytes(),
        std::fs::read(&path).unwrap(),
        "not the file's bytes"
    );
    assert!(text.contains("from 3 March for six weeks, after engineers found corrosion"));
    let embedded: Vec<&str> = src["passages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let (start, end) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
            let slice = &text[start as usize..end as usize];
            assert_eq!(
                Some(slice),
                p["text"].as_str(),
                "offsets point at the passage"
            );
            slice
        })
        .collect();
    assert_eq!(
        embedded, parts,
        "the report's passages are the re-flowed sentences"
    );
}

#[test]
fn text_that_is_not_hard_wrapped_is_left_as_it_is() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let s = ingest::load_path(&path).unwrap();
            assert!(!s.encoding.contains("re-flowed"), "{}", path.display());
            assert_eq!(
                s.text.as_bytes(),
                std::fs::read(&path).unwrap(),
                "{}",
                path.display()
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_kept_exactly_and_shown_readably() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("temp dir");
    // Latin-1 "é", and a literal backslash-x that must not read as an escape.
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9 \\x41.txt");
    let path = dir.path().join(name);
    std::fs::write(&path, "The council approved the budget on Tuesday.").expect("written");
    let source = ingest::load_path(&path).expect("loads");
    assert!(source.name.contains("caf\u{FFFD}"), "{}", source.name);
    assert!(source.path_bytes.is_some());
    assert_eq!(source.file_path().as_deref(), Some(path.as_path()));
    // Through a saved report and back.
    let c = corroborate::compare::compare(
        vec![
            source,
            ingest::from_text("b", "The budget passed.").unwrap(),
        ],
        &corroborate::Settings::default(),
    );
    let back = corroborate::report::json::from_str(&corroborate::report::json::to_string(&c))
        .expect("reads back");
    assert_eq!(back.sources[0].file_path().as_deref(), Some(path.as_path()));
    // A UTF-8 path needs no second form.
    let plain = dir.path().join("plain.txt");
    std::fs::write(&plain, "Text.").unwrap();
    let s = ingest::load_path(&plain).unwrap();
    assert_eq!(
        (s.path_bytes.as_deref(), s.file_path()),
        (None, Some(plain.clone()))
    );
}

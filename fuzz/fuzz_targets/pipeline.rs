//! Fuzz target: bytes → ingest (under several file names) → segment → compare, or a saved
//! report read back and rendered; no panic,
//! and every passage's offsets valid, in order, on char boundaries, matching its text.
#![no_main]

use corroborate::{Settings, compare, ingest, segment};
use libfuzzer_sys::fuzz_target;

// The first byte picks the name; fuzz/seeds are written with the index of their format.
const NAMES: &[&str] = &["a.txt", "a.md", "a.html", "a.docx", "a", "a.pdf", "r.json"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[pick as usize % NAMES.len()];
    if name == "r.json" {
        // A damaged or hostile saved report: refused, or read and rendered in every format.
        if let Ok(c) = corroborate::report::json::from_str(&String::from_utf8_lossy(bytes)) {
            for f in [
                corroborate::report::ReportFormat::Json,
                corroborate::report::ReportFormat::Md,
                corroborate::report::ReportFormat::Html,
                corroborate::report::ReportFormat::Csv,
            ] {
                let _ = f.render(&c);
            }
        }
        return;
    }
    let Ok(source) = ingest::from_bytes(name, name, bytes) else {
        return;
    };
    let mut last = 0;
    for seg in segment::segment(&source.text) {
        assert!(seg.start >= last && seg.start < seg.end && seg.end <= source.text.len());
        assert!(source.text.is_char_boundary(seg.start) && source.text.is_char_boundary(seg.end));
        last = seg.end;
    }
    let other = ingest::from_text(
        "b",
        "The U.S. court said on Jan. 14 that 2,000 people left.",
    )
    .expect("a fixed text");
    let report = compare::compare(vec![source, other], &Settings::default());
    for src in &report.sources {
        let mut last = 0;
        for p in &src.passages {
            assert!(p.start >= last && p.start < p.end && p.end <= src.text.len());
            assert_eq!(p.text, src.text[p.start..p.end]);
            last = p.end;
        }
    }
});

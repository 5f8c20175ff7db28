//! Fuzz target: bytes → ingest (under several file names) → segment → compare; no panic,
//! and every passage's offsets valid, in order, on char boundaries, matching its text.
#![no_main]

use corroborate::{Settings, compare, ingest, segment};
use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &["a.txt", "a.md", "a.html", "a.docx", "a"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[pick as usize % NAMES.len()];
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

//! Text → passages: sentences, headlines and list items, each with byte offsets into
//! the source text, and site furniture (cookie notices, comment forms, teasers…) flagged.
//!
//! ```
//! use corroborate::segment::{segment, PassageKind};
//! let text = "Court halts ban\n\nThe U.S. judge ruled on Jan. 14. Mr. Lee said 3.5% was fine.";
//! let parts: Vec<&str> = segment(text).iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(parts, ["Court halts ban", "The U.S. judge ruled on Jan. 14.", "Mr. Lee said 3.5% was fine."]);
//! assert_eq!(segment(text)[0].kind, PassageKind::Heading);
//! ```
//!
//! Two jobs, one file each: [`sentences`] splits a block of text into sentences;
//! [`furniture`] recognises page furniture among the passages. This file cuts the text
//! into blocks (lines, headlines, list items) and runs both. Word lists that both use
//! live in [`words`], so neither reaches into the other.
//!
//! Sentence bounds start from Unicode's (UAX #29, via `unicode-segmentation`), which
//! splits after every "U.S." or "Mr."; a repair pass re-joins those with rules for
//! abbreviations, initials, acronyms and continuations in lower case or digits.

mod furniture;
mod sentences;
pub mod words;

pub use furniture::{Furniture, is_dateline, is_teaser_line, mark_site_names};
pub use sentences::MAX_PASSAGE_BYTES;
pub use words::MONTHS;

use serde::{Deserialize, Serialize};

/// What a passage is, structurally.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PassageKind {
    #[default]
    Sentence,
    /// A headline or sub-head: a short line without final punctuation.
    Heading,
    ListItem,
}

/// One passage of a source: `text[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub kind: PassageKind,
    pub furniture: Option<Furniture>,
}

/// Splits `text` into passages, in order, never overlapping, all on char boundaries.
pub fn segment(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    for block in blocks(text) {
        let first = out.len();
        let body = &text[block.start..block.end];
        for (s, e) in sentences::sentences(body) {
            out.push(Segment {
                start: block.start + s,
                end: block.start + e,
                kind: block.kind,
                furniture: None,
            });
        }
        let count = out.len() - first;
        if block.kind == PassageKind::Heading && count > 1 {
            // A one-line block without final punctuation that still holds sentences is prose.
            for seg in &mut out[first..] {
                seg.kind = PassageKind::Sentence;
            }
        }
        furniture::classify_block(text, &mut out[first..]);
    }
    furniture::classify_context(text, &mut out);
    out
}

/// The furniture a whole line is, if every passage of it is furniture: for picking a
/// title or a date out of the first lines of a text.
pub fn line_furniture(line: &str) -> Option<Furniture> {
    let segs = segment(line);
    if segs.iter().all(|s| s.furniture.is_some()) {
        segs.first().and_then(|s| s.furniture)
    } else {
        None
    }
}

struct Block {
    start: usize,
    end: usize,
    kind: PassageKind,
}

/// Lines → blocks. A line continues the previous one when that line has no final
/// punctuation and this one starts in lower case or with a digit ("January\n14, 2021").
fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut prev_blank = true;
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            prev_blank = true;
            continue;
        }
        let lead = raw.len() - raw.trim_start().len();
        let mut start = line_start + lead;
        let end = start + trimmed.len();
        let marker = list_marker(trimmed);
        if marker > 0 {
            start += marker;
            start += text[start..end].len() - text[start..end].trim_start().len();
            if start >= end {
                continue;
            }
        }
        let continues = !prev_blank
            && marker == 0
            && out.last().is_some_and(|b| {
                !ends_sentence(&text[b.start..b.end])
                    && trimmed
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
            });
        prev_blank = false;
        if continues {
            let last = out.last_mut().expect("checked above");
            last.end = end;
            last.kind = PassageKind::Sentence;
            continue;
        }
        let line = &text[start..end];
        let kind = if marker > 0 {
            PassageKind::ListItem
        } else if !ends_sentence(line) && line.split_whitespace().count() <= 25 {
            PassageKind::Heading
        } else {
            PassageKind::Sentence
        };
        out.push(Block { start, end, kind });
    }
    out
}

/// Length in bytes of a bullet or number marker opening a list item, or 0.
fn list_marker(line: &str) -> usize {
    for bullet in ["- ", "* ", "• ", "· ", "– ", "— ", "▪ ", "◦ "] {
        if line.starts_with(bullet) && line.len() > bullet.len() + 1 {
            return bullet.len();
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &line.as_bytes()[digits..];
        if rest.len() > 2 && (rest[0] == b'.' || rest[0] == b')') && rest[1] == b' ' {
            return digits + 2;
        }
    }
    0
}

/// Whether a passage ends like a sentence (final punctuation, maybe inside quotes).
pub(crate) fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*' | '_')
    });
    s.ends_with(['.', '!', '?', '…', ':', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_and_list_items() {
        let t = "Court halts the ban\n\nThe judge ruled.\n\n- first point here\n• second point\n1. third point";
        let segs = segment(t);
        let kinds: Vec<_> = segs.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                PassageKind::Heading,
                PassageKind::Sentence,
                PassageKind::ListItem,
                PassageKind::ListItem,
                PassageKind::ListItem
            ]
        );
        assert_eq!(&t[segs[2].start..segs[2].end], "first point here");
        assert_eq!(&t[segs[4].start..segs[4].end], "third point");
    }

    #[test]
    fn offsets_are_valid_and_ordered() {
        let t = "  Título: café\n\n¿Qué pasó? Nadie sabe… “Nada.”\r\nFin.  ";
        let segs = segment(t);
        let mut last = 0;
        for s in &segs {
            assert!(s.start >= last && s.start < s.end && t.is_char_boundary(s.start));
            assert!(t.is_char_boundary(s.end));
            last = s.end;
        }
    }
}

//! One block of text → sentence spans: Unicode's bounds (UAX #29), re-joined where they
//! split after an abbreviation, an initial or an acronym, then over-long spans cut.

use unicode_segmentation::UnicodeSegmentation;

use super::words::MONTH_ABBREVIATIONS;

/// Words after which a full stop does not end the sentence, whatever follows (with the
/// month abbreviations).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "st", "mt", "ft", "rev", "hon", "pres", "supt", "det", "insp", "vs", "v",
    "approx", "cf", "fig", "figs", "no", "nos", "vol", "art", "sec", "ch", "pp", "e.g", "i.e",
    "etc.,",
];

/// Words that usually open a sentence: after "U.S." they mean the sentence ended.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "in",
    "on",
    "at",
    "however",
    "meanwhile",
    "its",
    "his",
    "her",
    "their",
    "our",
    "there",
    "as",
    "after",
    "before",
    "when",
    "while",
    "if",
    "so",
    "yet",
    "for",
    "according",
];

/// Sentence spans inside one block, as byte ranges relative to it, trimmed.
pub(super) fn sentences(block: &str) -> Vec<(usize, usize)> {
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, piece) in block.split_sentence_bound_indices() {
        let end = start + piece.len();
        let Some(last) = merged.last_mut() else {
            merged.push((start, end));
            continue;
        };
        if should_join(&block[last.0..last.1], piece) {
            last.1 = end;
        } else {
            merged.push((start, end));
        }
    }
    merged
        .into_iter()
        .flat_map(|(s, e)| split_missing_space(block, s, e))
        .filter_map(|(s, e)| {
            let piece = &block[s..e];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            (!trimmed.is_empty()).then(|| (s + lead, s + lead + trimmed.len()))
        })
        .flat_map(|(s, e)| split_long(block, s, e))
        .collect()
}

/// Passages longer than this many bytes are cut at word boundaries: text without
/// sentence punctuation (a 10 MB line of words) must not become one giant passage.
pub const MAX_PASSAGE_BYTES: usize = 2_000;

/// Cuts a trimmed span longer than [`MAX_PASSAGE_BYTES`] into trimmed pieces no longer
/// than that, at the last white space of each window (or at a char boundary when a
/// window has none in its second half).
fn split_long(block: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    while end - from > MAX_PASSAGE_BYTES {
        let mut cut = from + MAX_PASSAGE_BYTES;
        while !block.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &block[from..cut];
        let at_space = window
            .char_indices()
            .rev()
            .take_while(|&(i, _)| i > MAX_PASSAGE_BYTES / 2)
            .find(|(_, c)| c.is_whitespace())
            .map(|(i, _)| from + i);
        let piece_end = at_space.unwrap_or(cut);
        let piece = block[from..piece_end].trim_end();
        if !piece.is_empty() {
            out.push((from, from + piece.len()));
        }
        let rest = &block[piece_end..end];
        from = piece_end + (rest.len() - rest.trim_start().len());
    }
    if from < end {
        out.push((from, end));
    }
    out
}

/// Splits "military.The US" (a full stop with no space after it), which UAX #29 keeps.
fn split_missing_space(block: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let bytes = block.as_bytes();
    let mut out = Vec::new();
    let mut from = start;
    for i in start + 2..end.saturating_sub(2) {
        if bytes[i] == b'.'
            && bytes[i - 1].is_ascii_lowercase()
            && bytes[i - 2].is_ascii_lowercase()
            && bytes[i + 1].is_ascii_uppercase()
            && bytes[i + 2].is_ascii_lowercase()
        {
            out.push((from, i + 1));
            from = i + 1;
        }
    }
    out.push((from, end));
    out
}

/// Whether UAX #29 split `prev | next` wrongly.
fn should_join(prev: &str, next: &str) -> bool {
    let next_t = next.trim_start();
    let Some(first) = next_t.chars().next() else {
        return true;
    };
    // Continuations: lower case, digits, or a stray closing mark.
    if first.is_lowercase() || first.is_ascii_digit() || !next_t.chars().any(char::is_alphanumeric)
    {
        return true;
    }
    let prev_t = prev.trim_end();
    if !prev_t.ends_with('.') {
        return false;
    }
    let last_word = prev_t[..prev_t.len() - 1]
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let lower = last_word.to_lowercase();
    if TITLES.contains(&lower.as_str()) || MONTH_ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // An initial: "Joe R. Biden".
    let mut chars = last_word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return true;
    }
    // An acronym with dots, "U.S." / "U.K.": ends the sentence only before a usual opener.
    if last_word.len() >= 3
        && last_word.contains('.')
        && last_word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_uppercase))
    {
        let next_word: String = next_t
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        return !OPENERS.contains(&next_word.as_str());
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn texts(text: &str) -> Vec<&str> {
        segment(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_decimals_and_initials_do_not_split() {
        let t = "The U.S. government fined Dr. Smith and Mr. J. Doe 3.5% of revenue, e.g. the fee. \
                 No. 5 ranked Sen. Lee (R.) agreed on Jan. 14. It ended.";
        assert_eq!(
            texts(t),
            [
                "The U.S. government fined Dr. Smith and Mr. J. Doe 3.5% of revenue, e.g. the fee.",
                "No. 5 ranked Sen. Lee (R.) agreed on Jan. 14.",
                "It ended."
            ]
        );
    }

    #[test]
    fn acronym_at_sentence_end_before_an_opener() {
        assert_eq!(
            texts("Xiaomi sued the U.S. The company says it is private."),
            ["Xiaomi sued the U.S.", "The company says it is private."]
        );
        assert_eq!(
            texts("Investors in the U.S. President Biden kept the order."),
            ["Investors in the U.S. President Biden kept the order."]
        );
    }

    #[test]
    fn quotes_line_breaks_and_missing_spaces() {
        let t = "He said “it is unlawful.” The firm agreed.\nIt was published on January\n14, 2021, \
                 by the agency. Ties with the military.The US denied it.";
        assert_eq!(
            texts(t),
            [
                "He said “it is unlawful.”",
                "The firm agreed.",
                "It was published on January\n14, 2021, by the agency.",
                "Ties with the military.",
                "The US denied it."
            ]
        );
    }

    #[test]
    fn over_long_passages_are_cut_at_words_and_char_boundaries() {
        let text = format!("{} {}", "\u{e9}".repeat(3000), "word ".repeat(1000));
        let segs = segment(&text);
        assert!(segs.len() >= 5, "{}", segs.len());
        let mut last = 0;
        for s in &segs {
            assert!(s.start >= last && s.end - s.start <= MAX_PASSAGE_BYTES);
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            last = s.end;
        }
        // Word text is cut between words, never inside one.
        for s in segs
            .iter()
            .filter(|s| text[s.start..s.end].starts_with('w'))
        {
            assert!(text[s.start..s.end].split(' ').all(|w| w == "word"));
        }
    }
}

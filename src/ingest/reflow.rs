//! Re-flow of hard-wrapped text (copied from a PDF, or a plain-text file wrapped at a fixed
//! width): lines of a paragraph are joined, words hyphenated at a line end are re-joined.
//!
//! The rules, applied line by line:
//!
//! - A blank line is a paragraph break and is kept (runs of blank lines become one).
//! - A line is joined to the next when it is *long*: at least 65% of the text's typical
//!   line width (the 80th percentile of its non-blank line lengths). A short line is kept
//!   as its own line, so a headline, a byline or the last line of a paragraph ends there.
//!   A line ending in a hyphenated word fragment ("gov-") is joined to a next line that
//!   starts in lower case whatever its length.
//! - A line that starts with a list marker ("• ", "- ", "1. ") is never joined to the one
//!   before it.
//! - Lines are joined with one space, except at a hyphenated word: when a line ends in
//!   "letter-" and the next starts with a lower-case letter, the halves are joined without
//!   a space. The hyphen is dropped ("gov-\nernment" → "government") unless the joined
//!   word is not in the English frequency list while both halves are ("well-\nknown" →
//!   "well-known"). When the next line starts otherwise ("COVID-\n19", "anti-\nEuropean"),
//!   the hyphen is kept and no space added. A soft hyphen (U+00AD) at a line end is
//!   always dropped.
//!
//! ```
//! use corroborate::ingest::reflow::reflow;
//! let text = "Council backs plan\n\nThe city gov-\nernment said the well-\nknown bridge will\nclose soon.\n";
//! assert_eq!(
//!     reflow(text),
//!     "Council backs plan\n\nThe city government said the well-known bridge will close soon.\n"
//! );
//! ```

/// A line at least this share of the typical width is taken as wrapped, not ended.
const LONG_LINE_SHARE: f64 = 0.65;

/// Re-flows `text`: see the module documentation for the rules. The result ends with a
/// line break when it has any text.
pub fn reflow(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{000C}'))
        .collect();
    let width = typical_width(&lines);
    let long = (width as f64 * LONG_LINE_SHARE).ceil() as usize;
    let mut out = String::with_capacity(text.len());
    // Whether the text so far ends inside a paragraph whose last line may be continued.
    let mut open: Option<&str> = None;
    let mut pending_break = false;
    for line in lines {
        if line.is_empty() {
            if open.is_some() {
                pending_break = true;
            }
            open = None;
            continue;
        }
        match open {
            Some(prev)
                if (prev.chars().count() >= long || broken_word(prev, line))
                    && !starts_list_item(line) =>
            {
                join_onto(&mut out, prev, line);
            }
            _ => {
                if !out.is_empty() {
                    out.push('\n');
                    if pending_break {
                        out.push('\n');
                    }
                }
                out.push_str(line);
            }
        }
        pending_break = false;
        open = Some(line);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// Whether a plain text looks hard-wrapped at a fixed width: at least eight non-blank
/// lines, most (60%) of them 50–90 characters long and within 25 characters of each
/// other, none over 100, and at least 40% ending without final punctuation.
pub fn looks_hard_wrapped(text: &str) -> bool {
    let lens: Vec<usize> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| l.chars().count())
        .collect();
    let n = lens.len();
    if n < 8 || lens.iter().any(|&l| l > 100) {
        return false;
    }
    let mut wrapped: Vec<usize> = lens
        .iter()
        .copied()
        .filter(|l| (50..=90).contains(l))
        .collect();
    if wrapped.len() * 10 < n * 6 {
        return false;
    }
    wrapped.sort_unstable();
    let (lo, hi) = (
        wrapped[wrapped.len() / 10],
        wrapped[(wrapped.len() * 9) / 10],
    );
    if hi - lo > 25 {
        return false;
    }
    let open_ended = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .filter(|l| !l.ends_with(['.', '!', '?', ':', ';', '"', '\'', '”', '’', ')', '…']))
        .count();
    open_ended * 10 >= n * 4
}

/// The 80th percentile of the non-blank line lengths, in characters.
fn typical_width(lines: &[&str]) -> usize {
    let mut lens: Vec<usize> = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.chars().count())
        .collect();
    if lens.is_empty() {
        return 0;
    }
    lens.sort_unstable();
    lens[((lens.len() - 1) * 8) / 10]
}

/// Whether `prev` ends in a word broken by a hyphen ("gov-", or a soft hyphen) and `line`
/// goes on in lower case: then the lines are joined whatever their length.
fn broken_word(prev: &str, line: &str) -> bool {
    let Some(stem) = prev
        .strip_suffix('-')
        .or_else(|| prev.strip_suffix('\u{00AD}'))
    else {
        return false;
    };
    stem.chars().next_back().is_some_and(char::is_alphabetic)
        && line.chars().next().is_some_and(char::is_lowercase)
}

/// "• ", "- ", "* ", "1. ", "2) " at the start of a line.
fn starts_list_item(line: &str) -> bool {
    if let Some(rest) = line.strip_prefix(['•', '-', '*', '–', '—', '▪', '◦']) {
        return rest.starts_with(' ');
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&digits) && {
        let rest = &line[digits..];
        rest.starts_with(". ") || rest.starts_with(") ")
    }
}

/// Appends `line` to `out`, which ends with `prev`, as the continuation of one paragraph.
fn join_onto(out: &mut String, prev: &str, line: &str) {
    if prev.ends_with('\u{00AD}') {
        out.truncate(out.len() - '\u{00AD}'.len_utf8());
        out.push_str(line);
        return;
    }
    let Some(stem) = prev.strip_suffix('-') else {
        out.push(' ');
        out.push_str(line);
        return;
    };
    let left: String = stem
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if left.is_empty() {
        // "word -" or "10-": a dash or a range, not a broken word.
        out.push(' ');
        out.push_str(line);
        return;
    }
    let right: String = line.chars().take_while(|c| c.is_alphabetic()).collect();
    let lower_start = line.chars().next().is_some_and(char::is_lowercase);
    if lower_start && !keeps_hyphen(&left, &right) {
        out.pop(); // the hyphen
    }
    out.push_str(line);
}

/// Whether "left-right" is a hyphenated compound rather than one word broken at the line
/// end: the joined word is unknown while both halves are known words.
fn keeps_hyphen(left: &str, right: &str) -> bool {
    let (left, right) = (left.to_lowercase(), right.to_lowercase());
    let known = |w: &str| crate::wordfreq::zipf(w).is_some();
    !known(&format!("{left}{right}")) && known(&left) && known(&right)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRAPPED: &str = "\
Ferry fares to rise in spring

The harbour authority said on Tuesday that fares on all routes would rise by
eight per cent from April, blaming higher fuel costs and the new shipping gov-
ernment levy.
Commuters said the well-known operator had promised to freeze prices until
next year.
";

    #[test]
    fn joins_paragraph_lines_and_keeps_headline() {
        assert_eq!(
            reflow(WRAPPED),
            "Ferry fares to rise in spring\n\nThe harbour authority said on Tuesday that fares on all routes would rise by eight per cent from April, blaming higher fuel costs and the new shipping government levy.\nCommuters said the well-known operator had promised to freeze prices until next year.\n"
        );
    }

    #[test]
    fn dehyphenates_words_broken_at_line_end() {
        let text = "The announcement from the regional gov-\nernment came after weeks of talks with the\nunions and the em-\nployers of the port.\n";
        assert_eq!(
            reflow(text),
            "The announcement from the regional government came after weeks of talks with the unions and the employers of the port.\n"
        );
    }

    #[test]
    fn keeps_hyphen_of_compounds() {
        let text = "The plan was backed by a well-\nknown engineer and a group of local business owners\nfrom the old town.\n";
        assert_eq!(
            reflow(text),
            "The plan was backed by a well-known engineer and a group of local business owners from the old town.\n"
        );
        let caps = "Cases of COVID-\n19 rose again in the northern districts of the city this week\naccording to officials.\n";
        assert!(reflow(caps).starts_with("Cases of COVID-19 rose"));
        let dash = "Prices rose sharply this year in most of the shops -\nbut not all of them, the survey found on Monday.\n";
        assert!(reflow(dash).contains("shops - but"));
    }

    #[test]
    fn soft_hyphen_is_dropped() {
        let text = "The committee will meet again after the sum\u{00AD}\nmer holidays to discuss it further.\n";
        assert!(reflow(text).contains("summer holidays"));
    }

    #[test]
    fn blank_lines_and_list_items_break() {
        let text = "First paragraph of the story that is long enough to be wrapped\nhere.\n\n\n\nSecond paragraph of the story that is long enough to be wrapped\n- a list item that follows\n";
        assert_eq!(
            reflow(text),
            "First paragraph of the story that is long enough to be wrapped here.\n\nSecond paragraph of the story that is long enough to be wrapped\n- a list item that follows\n"
        );
    }

    #[test]
    fn empty_and_blank_text() {
        assert_eq!(reflow(""), "");
        assert_eq!(reflow("\n \n\u{000C}\n"), "");
    }

    #[test]
    fn hard_wrapped_detection() {
        let wrapped = "The harbour authority said on Tuesday that fares on all routes\n".repeat(10);
        assert!(looks_hard_wrapped(&wrapped));
        // One paragraph per line: long lines.
        let unwrapped = "The harbour authority said on Tuesday that fares on all routes would rise by eight per cent from April.\n\n".repeat(10);
        assert!(!looks_hard_wrapped(&unwrapped));
        // One sentence per line, each with final punctuation.
        let sentences = "The harbour authority said on Tuesday that fares would rise.\n".repeat(10);
        assert!(!looks_hard_wrapped(&sentences));
        // Too short to tell.
        assert!(!looks_hard_wrapped(
            "a line without an end\n".repeat(3).as_str()
        ));
    }
}

//! Small text helpers every view and writer shares: shortening, one-lining and escaping.
//!
//! ```
//! use corroborate::report::text::{Esc, clip, one_line};
//! assert_eq!(clip("Corroborate", 6), "Corro…");
//! assert_eq!(one_line("two\n  lines"), "two lines");
//! assert_eq!(Esc("<b>'Tom' & \"Jerry\"</b>").to_string(),
//!            "&lt;b&gt;&#39;Tom&#39; &amp; &quot;Jerry&quot;&lt;/b&gt;");
//! ```

use std::fmt;

/// `s` cut to at most `n` characters, the last one an ellipsis when anything was cut.
pub fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        s.chars().take(n.saturating_sub(1)).chain(['…']).collect()
    }
}

/// `s` on one line: every run of whitespace, line breaks included, as one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text escaped for HTML and XML (SVG), safe both as element content and inside a quoted
/// attribute. quick-xml escapes the markup characters; on top of that an apostrophe is
/// written `&#39;`, which every HTML and XML reader knows (`&apos;` is not HTML 4), and a
/// control character other than tab and line breaks, which neither format allows, becomes
/// U+FFFD.
pub struct Esc<'a>(pub &'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut plain = 0;
        for (i, ch) in s.char_indices() {
            let replacement = match ch {
                '\'' => "&#39;",
                c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => "\u{FFFD}",
                _ => continue,
            };
            f.write_str(&quick_xml::escape::escape(&s[plain..i]))?;
            f.write_str(replacement)?;
            plain = i + ch.len_utf8();
        }
        f.write_str(&quick_xml::escape::escape(&s[plain..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_counts_characters_not_bytes() {
        assert_eq!(clip("ÄÖÜäöü", 6), "ÄÖÜäöü");
        assert_eq!(clip("ÄÖÜäöü", 4), "ÄÖÜ…");
        assert_eq!(clip("abc", 0), "…");
    }

    #[test]
    fn escaping_covers_markup_quotes_and_controls() {
        assert_eq!(
            Esc("a<b>&\"c\"'d'\u{7}\te\n").to_string(),
            "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;\u{FFFD}\te\n"
        );
        assert_eq!(Esc("plain ünïcode").to_string(), "plain ünïcode");
    }
}

//! The CSV report: the claim × source matrix, one row per claim, for spreadsheets.
//!
//! Columns: `claim` (its id, `c3`), `coverage` (`unique`, `some` or `all`), `sources` (how
//! many sources carry it), `text` (its label, the representative passage, on one line),
//! then one column per source, headed by the source's name, holding `1` where that source
//! carries the claim and nothing where it does not. A header row comes first. The `csv`
//! crate writes it per RFC 4180: a field with a comma, a double quote, CR or LF is put in
//! double quotes, inner quotes doubled; records end with CRLF. The same comparison always
//! gives the same bytes.

use super::text::one_line;
use super::{Comparison, Coverage};

/// Renders the claim × source matrix as CSV.
pub fn render(c: &Comparison) -> String {
    let mut out = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut header: Vec<&str> = vec!["claim", "coverage", "sources", "text"];
    header.extend(c.sources.iter().map(|s| s.name.as_str()));
    // Writing to memory cannot fail, and every record has the header's width.
    out.write_record(&header).expect("a CSV record in memory");
    for claim in &c.claims {
        let id = claim.id.to_string();
        let count = claim.sources.len().to_string();
        let text = one_line(c.label(claim));
        let mut fields: Vec<&str> = vec![&id, coverage_word(claim.coverage), &count, &text];
        fields.extend(c.sources.iter().map(|s| {
            if claim.sources.contains(&s.index) {
                "1"
            } else {
                ""
            }
        }));
        out.write_record(&fields).expect("a CSV record in memory");
    }
    let bytes = out.into_inner().expect("a CSV flushed to memory");
    String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8")
}

fn coverage_word(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::Unique => "unique",
        Coverage::Some => "some",
        Coverage::All => "all",
    }
}

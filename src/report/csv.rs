//! The CSV report: the claim × source matrix, one row per claim, for spreadsheets.
//!
//! Columns: `claim` (its id, `c3`), `coverage` (`unique`, `some` or `all`), `sources` (how
//! many sources carry it), `text` (its first passage, on one line), then one column per
//! source, headed by the source's name, holding `1` where that source carries the claim
//! and nothing where it does not. A header row comes first. Quoting follows RFC 4180:
//! a field with a comma, a double quote, CR or LF is put in double quotes, inner quotes
//! doubled; records end with CRLF. The same comparison always gives the same bytes.

use super::{Comparison, Coverage};

/// Renders the claim × source matrix as CSV.
pub fn render(c: &Comparison) -> String {
    let mut out = String::new();
    let mut header: Vec<&str> = vec!["claim", "coverage", "sources", "text"];
    header.extend(c.sources.iter().map(|s| s.name.as_str()));
    record(&mut out, header);
    for claim in &c.claims {
        let id = claim.id.to_string();
        let count = claim.sources.len().to_string();
        let text = claim
            .members
            .first()
            .and_then(|&m| c.passage(m))
            .map(|p| one_line(&p.text))
            .unwrap_or_default();
        let mut fields: Vec<&str> = vec![&id, coverage_word(claim.coverage), &count, &text];
        fields.extend(c.sources.iter().map(|s| {
            if claim.sources.contains(&s.index) {
                "1"
            } else {
                ""
            }
        }));
        record(&mut out, fields);
    }
    out
}

fn coverage_word(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::Unique => "unique",
        Coverage::Some => "some",
        Coverage::All => "all",
    }
}

/// Appends one record, CRLF-terminated.
fn record<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

//! The CSV report: the claim × source matrix, one row per claim, for spreadsheets; as a
//! report ([`report`]) it is followed, after an empty line, by the disagreements table.
//!
//! Columns: `claim` (its id, `c3`), `coverage` (`unique`, `some` or `all`), `sources` (how
//! many sources carry it), `text` (its label, the representative passage, on one line),
//! then one column per source, headed by the source's name, holding `1` where that source
//! carries the claim and nothing where it does not. A header row comes first. The `csv`
//! crate writes it per RFC 4180: a field with a comma, a double quote, CR or LF is put in
//! double quotes, inner quotes doubled; records end with CRLF. The same comparison always
//! gives the same bytes.
//!
//! Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, and tab or
//! CR can smuggle one in; article text and file names are not ours to trust, so such a
//! cell gets a leading `'` (OWASP's advice on CSV injection), which spreadsheets show as
//! text. The file is UTF-8 without a byte order mark: in Excel open it through Data → From
//! Text/CSV and pick "65001: Unicode (UTF-8)" (double-clicking may read it as the local
//! code page); LibreOffice and Numbers ask or detect it.

use super::text::one_line;
use super::{Comparison, Coverage};

/// Renders the claim × source matrix as CSV.
pub fn render(c: &Comparison) -> String {
    let mut out = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut header: Vec<&str> = vec!["claim", "coverage", "sources", "text"];
    let names: Vec<String> = c.sources.iter().map(|s| inert(&s.short_name())).collect();
    header.extend(names.iter().map(String::as_str));
    // Writing to memory cannot fail, and every record has the header's width.
    out.write_record(&header).expect("a CSV record in memory");
    for claim in &c.claims {
        let id = claim.id.to_string();
        let count = claim.sources.len().to_string();
        let text = inert(&one_line(claim.label.as_str()));
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

/// The CSV report: the matrix ([`render`]), then, when the sources disagree, an empty line
/// and one row per value of each disagreement: `disagreement` (its number, from 1),
/// `kind`, `about`, `source` (its name), `passage` (`2:7`), `value` (the words as
/// written) and `sentence` (the passage, on one line).
pub fn report(c: &Comparison) -> String {
    let mut out = render(c);
    if c.disagreements.is_empty() {
        return out;
    }
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record([
        "disagreement",
        "kind",
        "about",
        "source",
        "passage",
        "value",
        "sentence",
    ])
    .expect("a CSV record in memory");
    for (i, d) in c.disagreements.iter().enumerate() {
        let kind = format!("{:?}", d.kind).to_lowercase();
        for v in &d.values {
            let id = super::PassageId {
                source: v.source,
                index: v.passage,
            };
            let name = c
                .sources
                .get(v.source as usize)
                .map_or(String::new(), |s| inert(&s.short_name()));
            let sentence = c
                .passage(id)
                .map_or(String::new(), |p| inert(&one_line(&p.text)));
            w.write_record([
                (i + 1).to_string(),
                kind.clone(),
                inert(&one_line(&d.about)),
                name,
                id.to_string(),
                inert(&one_line(&v.text)),
                sentence,
            ])
            .expect("a CSV record in memory");
        }
    }
    let bytes = w.into_inner().expect("a CSV flushed to memory");
    out.push_str("\r\n");
    out.push_str(&String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8"));
    out
}

fn coverage_word(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::Unique => "unique",
        Coverage::Some => "some",
        Coverage::All => "all",
    }
}

/// `cell` as a spreadsheet will not run it: a leading `'` when it starts with a character
/// that opens a formula (`=`, `+`, `-`, `@`) or can hide one (tab, CR), per OWASP.
pub fn inert(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn formula_openers_are_neutralised() {
        for cell in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"] {
            assert_eq!(inert(cell), format!("'{cell}"));
        }
        assert_eq!(inert("a = b"), "a = b");
        assert_eq!(inert(""), "");
    }
}

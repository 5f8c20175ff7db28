//! The Markdown report: summary, per-source table and claims grouped by coverage, for
//! pasting into notes and tickets.
//!
//! Every text from an article or a file name goes through [`inline`]: article text is not
//! ours to trust, so none of it may turn into markup, a link or raw HTML in a viewer.

use std::fmt::Write;

use super::text::one_line;
use super::{Comparison, Coverage};

/// Renders the report as Markdown.
pub fn render(c: &Comparison) -> String {
    let mut out = String::new();
    let s = &c.summary;
    let _ = writeln!(out, "# Corroborate report\n");
    let _ = writeln!(
        out,
        "{} sources, {} claims: **{} shared** ({} by all sources), **{} unique**; {} disagreements (figures, dates, quotes). Threshold {}.\n",
        c.sources.len(),
        s.claims,
        s.shared,
        s.shared_by_all,
        s.unique,
        s.disagreements,
        c.settings.threshold
    );
    if s.by_hand > 0 {
        let _ = writeln!(
            out,
            "{} claims corrected by hand ({} corrections).\n",
            s.by_hand,
            c.corrections.len()
        );
    }
    let _ = writeln!(
        out,
        "| # | Source | Title | Claims | Shared | Unique | Boilerplate |"
    );
    let _ = writeln!(out, "|---|---|---|---:|---:|---:|---:|");
    for (src, sum) in c.sources.iter().zip(&s.per_source) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            src.index,
            cell(&src.short_name()),
            cell(src.title.as_deref().unwrap_or("")),
            sum.claims,
            sum.shared,
            sum.unique,
            sum.boilerplate
        );
    }
    // Where pages fetched from the web came from (files name themselves in the table).
    let fetched: Vec<_> = c.sources.iter().filter(|s| s.url.is_some()).collect();
    if !fetched.is_empty() {
        let _ = writeln!(out);
        for src in fetched {
            let url = one_line(
                src.final_url
                    .as_ref()
                    .or(src.url.as_ref())
                    .map_or("", |u| u),
            );
            // A link only to http(s): a report opened from elsewhere may hold anything here.
            if crate::ingest::web::is_url(&url) && !url.contains(char::is_whitespace) {
                let _ = write!(out, "- [{}] <{}>", src.index, url.replace('>', "%3E"));
            } else {
                let _ = write!(out, "- [{}] `{}`", src.index, url.replace('`', "'"));
            }
            if let Some(t) = &src.fetched {
                let _ = write!(out, ", fetched {}", one_line(t));
            }
            let _ = writeln!(out);
        }
    }
    for (heading, coverage) in [
        ("Shared by all sources", Coverage::All),
        ("Shared by some sources", Coverage::Some),
        ("Unique to one source", Coverage::Unique),
    ] {
        let claims: Vec<_> = c
            .claims
            .iter()
            .filter(|cl| cl.coverage == coverage)
            .collect();
        let _ = writeln!(out, "\n## {heading} ({})\n", claims.len());
        for claim in claims {
            let names: Vec<String> = claim.sources.iter().map(|&i| format!("[{i}]")).collect();
            let _ = writeln!(
                out,
                "- **{}** {}: {}",
                claim.id,
                names.join(" "),
                inline(claim.label.as_str())
            );
            // The label stands for the claim; the other passages' wordings of it follow.
            for m in claim
                .members
                .iter()
                .filter(|m| m.passage != claim.representative)
            {
                if let Some(p) = c.passage(m.passage) {
                    let words = p.span_of(claim.id);
                    let _ = writeln!(out, "  - [{}] {}", m.passage.source, inline(words));
                }
            }
        }
    }
    disagreements(&mut out, c);
    let _ = writeln!(out, "\n---\n{}", c.generator);
    out
}

/// Line breaks as spaces, nothing trimmed: the pieces around a highlighted figure keep
/// the spaces that separate them from it.
fn flat(s: &str) -> String {
    s.replace(['\n', '\r', '\t'], " ")
}

/// Every disagreement, one bullet per source's value with its passage id; the value is
/// in bold inside its sentence.
fn disagreements(out: &mut String, c: &Comparison) {
    if c.disagreements.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## Disagreements ({})\n", c.disagreements.len());
    for d in &c.disagreements {
        let kind = format!("{:?}", d.kind).to_lowercase();
        let _ = writeln!(out, "- **{kind}**: {}", inline(&one_line(&d.about)));
        for v in &d.values {
            let id = super::PassageId {
                source: v.source,
                index: v.passage,
            };
            let sentence = c
                .passage(id)
                .and_then(|p| {
                    let t = &p.text;
                    Some(format!(
                        "{}**{}**{}",
                        escaped(&flat(t.get(..v.span.start)?)),
                        escaped(&flat(t.get(v.span.clone())?)),
                        escaped(&flat(t.get(v.span.end..)?))
                    ))
                })
                .unwrap_or_else(|| inline(&one_line(&v.text)));
            let _ = writeln!(out, "  - [{id}] {sentence}");
        }
    }
}

fn cell(s: &str) -> String {
    inline(s)
}

/// `s` on one line as literal Markdown text, also safe in a table cell. The line always
/// follows a prefix of ours (`- `, `| `), so only inline syntax can fire: `&`, `<` and `>`
/// become entities (no raw HTML, autolinks or entity tricks), and the characters that open
/// emphasis, code, links, images (`[`), strikethrough or a table column get a backslash, which
/// CommonMark and GFM read as that character itself.
pub fn inline(s: &str) -> String {
    escaped(&one_line(s))
}

/// [`inline`]'s escaping alone, for pieces of one line (nothing trimmed).
fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '~' | '|' => {
                out.push('\\');
                out.push(ch);
            }
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

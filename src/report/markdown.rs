//! The Markdown report: summary, per-source table and claims grouped by coverage, for
//! pasting into notes and tickets.

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
        "{} sources, {} claims: **{} shared** ({} by all sources), **{} unique**, {} with differing numbers or dates. Threshold {}.\n",
        c.sources.len(),
        s.claims,
        s.shared,
        s.shared_by_all,
        s.unique,
        s.disagreements,
        c.settings.threshold
    );
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
            cell(&src.name),
            cell(src.title.as_deref().unwrap_or("")),
            sum.claims,
            sum.shared,
            sum.unique,
            sum.boilerplate
        );
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
                one_line(c.label(claim))
            );
            // The label stands for the claim; the other sources' wordings follow.
            for &m in claim.members.iter().filter(|&&m| m != claim.representative) {
                if let Some(p) = c.passage(m) {
                    let _ = writeln!(out, "  - [{}] {}", m.source, one_line(&p.text));
                }
            }
            for d in &claim.disagreements {
                let _ = writeln!(out, "  - {d}");
            }
        }
    }
    let _ = writeln!(out, "\n---\n{}", c.generator);
    out
}

fn cell(s: &str) -> String {
    one_line(s).replace('|', "\\|")
}

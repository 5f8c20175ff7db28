//! The side-by-side columns: each source's text as paragraphs, every passage tinted by
//! how many sources carry its claim, with a tooltip and links to its word diffs.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::overview::{share_bar, source_identity};
use super::{Esc, source_label, tint_class};
use crate::report::coverage::runs;
use crate::report::{Comparison, Passage, PassageId, SourceReport};
use crate::segment::PassageKind;

pub(super) fn texts(out: &mut String, c: &Comparison, differing: &BTreeSet<PassageId>) {
    out.push_str("<section id=\"texts\">\n<h2>Side by side</h2>\n");
    out.push_str(
        "<p class=\"note\">A sentence can state several claims: each part is tinted by how many \
         sources carry the claim it states; hover a passage for its claims and their sources. A \
         shared claim's number leads to its word diffs; <span class=\"dmark\">≠</span> marks a \
         figure, date or quote another source gives differently.</p>\n",
    );
    out.push_str("<div class=\"cols\">\n");
    for src in &c.sources {
        column(out, c, src, differing);
    }
    out.push_str("</div>\n</section>\n");
}

fn column(out: &mut String, c: &Comparison, src: &SourceReport, differing: &BTreeSet<PassageId>) {
    w!(
        out,
        "<div class=\"col\" id=\"src-{}\">\n<div class=\"col-head\">",
        src.index
    );
    source_identity(out, src, true);
    if let Some(s) = c.summary.per_source.iter().find(|s| s.source == src.index) {
        share_bar(out, s.shared_ratio, s.unique_ratio, s.boilerplate_ratio);
    }
    out.push_str("</div>\n<div class=\"col-body\">\n");
    let text = src.text.as_str();
    let mut prev_end = 0usize;
    let mut open = false;
    let mut prev_kind: Option<PassageKind> = None;
    for p in &src.passages {
        let gap = if p.start >= prev_end {
            text.get(prev_end..p.start).unwrap_or(" ")
        } else {
            " "
        };
        let breaks = gap.contains('\n')
            || p.kind == PassageKind::Heading
            || prev_kind == Some(PassageKind::Heading);
        if !open || breaks {
            if open {
                out.push_str("</p>\n");
            }
            let class = match p.kind {
                PassageKind::Heading => " class=\"h\"",
                PassageKind::ListItem => " class=\"li\"",
                PassageKind::Sentence => "",
            };
            w!(out, "<p{class}>");
            open = true;
        } else if !gap.is_empty() {
            out.push(' ');
        }
        // Text between passages is kept, except a list item's bullet or number.
        let visible = gap.trim();
        let bullet = p.kind == PassageKind::ListItem
            && visible.chars().all(|ch| {
                matches!(ch, '-' | '*' | '•' | '–' | '·' | '.' | ')') || ch.is_ascii_digit()
            });
        if !visible.is_empty() && !bullet {
            w!(out, "{} ", Esc(visible));
        }
        passage(out, c, p, differing.contains(&p.id));
        prev_end = p.end.max(prev_end);
        prev_kind = Some(p.kind);
    }
    let rest = text.get(prev_end..).unwrap_or("").trim();
    if !rest.is_empty() {
        if !open {
            out.push_str("<p>");
            open = true;
        }
        w!(out, " {}", Esc(rest));
    }
    if open {
        out.push_str("</p>\n");
    }
    if src.passages.is_empty() && rest.is_empty() {
        out.push_str("<p class=\"empty\">No text.</p>\n");
    }
    out.push_str("</div>\n</div>\n");
}

/// One passage, with an id `p-<source>-<index>`: each stretch tinted by the widest claim
/// stating it ([`runs`]), with a tooltip naming the passage's claims and their sources, and
/// links to the word diffs of its shared claims.
fn passage(out: &mut String, c: &Comparison, p: &Passage, differs: bool) {
    if p.claims.is_empty() {
        let (class, title) = if p.boilerplate {
            let reason = p.furniture.map_or("boilerplate", |f| f.label());
            (
                "p cb",
                format!("Boilerplate ({reason}): never counted as a claim"),
            )
        } else {
            ("p", String::new())
        };
        w!(
            out,
            "<span class=\"{class}\" id=\"p-{}-{}\" title=\"{}\">{}</span>",
            p.id.source,
            p.id.index,
            Esc(&title),
            Esc(&p.text)
        );
        return;
    }
    let claims = c.claims_of(p);
    let mut title: Vec<String> = claims
        .iter()
        .map(|cl| {
            if cl.shared {
                let names: Vec<String> = cl.sources.iter().map(|&i| source_label(c, i)).collect();
                format!(
                    "{} · carried by {} of {} sources: {}",
                    cl.id,
                    cl.sources.len(),
                    c.sources.len(),
                    names.join("; ")
                )
            } else {
                format!("{} · only this source says this", cl.id)
            }
        })
        .collect();
    if differs {
        title.push("a figure, date or quote here is given differently elsewhere".to_owned());
    }
    w!(
        out,
        "<span class=\"p\" id=\"p-{}-{}\" title=\"{}\">",
        p.id.source,
        p.id.index,
        Esc(&title.join("\n"))
    );
    for run in runs(c, p) {
        let Some(cl) = c.claim(run.claim) else {
            continue;
        };
        w!(
            out,
            "<span class=\"{}\">{}</span>",
            tint_class(cl),
            Esc(p.text.get(run.start..run.end).unwrap_or(""))
        );
    }
    for cl in claims.iter().filter(|cl| cl.shared) {
        w!(
            out,
            "<a class=\"ref\" href=\"#diff-{}\">{}</a>",
            cl.id.0,
            cl.id
        );
    }
    if differs {
        w!(
            out,
            "<a class=\"ref dmark\" href=\"#differences\" title=\"a figure, date or quote here is given differently elsewhere\">≠</a>"
        );
    }
    out.push_str("</span>");
}

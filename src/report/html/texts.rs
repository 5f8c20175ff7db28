//! The side-by-side columns: each source's text as paragraphs, every passage tinted by
//! how many sources carry its claim, with a tooltip and links to its word diffs.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::overview::{share_bar, source_identity};
use super::{Esc, source_label, tint_class};
use crate::report::{Comparison, Passage, PassageId, SourceReport};
use crate::segment::PassageKind;

pub(super) fn texts(out: &mut String, c: &Comparison, differing: &BTreeSet<PassageId>) {
    out.push_str("<section id=\"texts\">\n<h2>Side by side</h2>\n");
    out.push_str(
        "<p class=\"note\">Each passage is tinted by how many sources carry its claim; hover it for \
         the claim and its sources. A shared passage's claim number leads to its word diffs; \
         <span class=\"dmark\">≠</span> marks a number or date another source gives \
         differently.</p>\n",
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

/// One passage: tinted, with an id `p-<source>-<index>` and a tooltip naming its claim
/// and the sources carrying it.
fn passage(out: &mut String, c: &Comparison, p: &Passage, differs: bool) {
    let claim = p.claim.and_then(|id| c.claim(id));
    let (class, title) = match claim {
        Some(cl) => {
            let title = if cl.shared {
                let names: Vec<String> = cl.sources.iter().map(|&i| source_label(c, i)).collect();
                format!(
                    "{} · carried by {} of {} sources: {}{}",
                    cl.id,
                    cl.sources.len(),
                    c.sources.len(),
                    names.join("; "),
                    if differs {
                        " · numbers or dates differ"
                    } else {
                        ""
                    }
                )
            } else {
                format!("{} · only this source says this", cl.id)
            };
            (tint_class(cl), title)
        }
        None if p.boilerplate => {
            let reason = p.furniture.map_or("boilerplate", |f| f.label());
            (
                "cb".to_owned(),
                format!("Boilerplate ({reason}): never counted as a claim"),
            )
        }
        None => (String::new(), String::new()),
    };
    w!(
        out,
        "<span class=\"p {class}\" id=\"p-{}-{}\" title=\"{}\">{}",
        p.id.source,
        p.id.index,
        Esc(&title),
        Esc(&p.text)
    );
    if let Some(cl) = claim.filter(|cl| cl.shared) {
        w!(
            out,
            "<a class=\"ref\" href=\"#diff-{}\">{}</a>",
            cl.id.0,
            cl.id
        );
        if differs {
            w!(
                out,
                "<a class=\"ref dmark\" href=\"#diff-{}\" title=\"numbers or dates differ\">≠</a>",
                cl.id.0
            );
        }
    }
    out.push_str("</span>");
}

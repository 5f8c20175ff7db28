//! The claims: figures, dates and quotes given differently, the claims table, the coverage
//! matrix, the intersection and overlap charts, and every word diff of a shared claim.

use std::fmt::Write;

use std::collections::BTreeSet;

use super::{Esc, best_similarity, solid_class, source_label};
use crate::diff::Op;
use crate::disagree::{Disagreement, Value};
use crate::report::coverage::coverage_words;
use crate::report::{Claim, ClaimId, Comparison, Coverage, Pair, PassageId, svg};

/// Every disagreement of the comparison: what it is about, then each source's value
/// marked inside its sentence.
pub(super) fn disagreements(out: &mut String, c: &Comparison) {
    w!(
        out,
        "<section id=\"differences\">\n<h2>Where sources disagree ({})</h2>\n",
        c.disagreements.len()
    );
    if c.disagreements.is_empty() {
        out.push_str("<p class=\"note\">No figure, date or quote is given differently by two sources.</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<p class=\"note\">Figures, dates and quotes that several sources give about the same thing \
         with values that cannot all be true (or words that differ). Each value is marked in its \
         sentence; the source's name leads to it in the columns.</p>\n",
    );
    out.push_str(
        "<div class=\"scroll\"><table class=\"tbl stack dis\">\n<thead><tr><th>What</th>\
         <th>Who says what</th></tr></thead>\n<tbody>\n",
    );
    for d in &c.disagreements {
        w!(
            out,
            "<tr><td><b>{}</b> · {}</td><td>",
            d.kind.noun(),
            Esc(&d.about)
        );
        for v in &d.values {
            value_in_context(out, c, v);
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

/// The source, then its passage with the value marked.
fn value_in_context(out: &mut String, c: &Comparison, v: &Value) {
    w!(
        out,
        "<div class=\"ctx\"><a href=\"#p-{}-{}\">{}</a> ",
        v.source,
        v.passage,
        Esc(&source_label(c, v.source))
    );
    let id = PassageId {
        source: v.source,
        index: v.passage,
    };
    let text = c.passage(id).map_or("", |p| p.text.as_str());
    match (
        text.get(..v.span.start),
        text.get(v.span.clone()),
        text.get(v.span.end..),
    ) {
        (Some(before), Some(value), Some(after)) => w!(
            out,
            "{}<mark>{}</mark>{}",
            Esc(before),
            Esc(value),
            Esc(after)
        ),
        // A damaged report: the value as written.
        _ => w!(out, "<mark>{}</mark>", Esc(&v.text)),
    }
    out.push_str("</div>");
}

pub(super) fn claims_table(out: &mut String, c: &Comparison, differing: &BTreeSet<ClaimId>) {
    out.push_str("<section id=\"claims\">\n<h2>Claims</h2>\n");
    out.push_str(
        "<p class=\"note\">A claim's number leads to the passage that words it best (its label); the dots are the sources in \
         order, filled where the source carries the claim; similarity is its best pair's (0–1).</p>\n",
    );
    out.push_str(
        "<div class=\"scroll\"><table class=\"tbl stack claims\">\n<thead><tr><th>Claim</th><th>Sources</th>\
         <th>Coverage</th><th class=\"n\">Similarity</th><th>Text</th></tr></thead>\n<tbody>\n",
    );
    for cl in &c.claims {
        w!(out, "<tr id=\"claim-{}\"><td>", cl.id.0);
        claim_link(out, c, cl);
        out.push_str("</td><td class=\"dots\">");
        let solid = solid_class(cl.coverage);
        for src in &c.sources {
            if cl.sources.contains(&src.index) {
                w!(
                    out,
                    "<i class=\"dot {solid}\" title=\"{}\"></i>",
                    Esc(&source_label(c, src.index))
                );
            } else {
                out.push_str("<i class=\"dot\"></i>");
            }
        }
        w!(
            out,
            "</td><td><span class=\"badge {solid}\">{}</span></td><td class=\"n\">",
            coverage_words(c, cl)
        );
        match best_similarity(c, cl) {
            Some(s) if cl.shared => w!(out, "<a href=\"#diff-{}\">{s:.2}</a>", cl.id.0),
            _ => out.push('–'),
        }
        out.push_str("</td><td>");
        if differing.contains(&cl.id) {
            w!(
                out,
                "<a class=\"dmark\" href=\"#differences\" title=\"a source gives a figure, date or quote differently\">≠</a> "
            );
        }
        w!(out, "{}</td></tr>\n", Esc(cl.label.as_str()));
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

/// Rows = claims (grouped: by all, by some, unique), columns = sources.
pub(super) fn matrix(out: &mut String, c: &Comparison) {
    out.push_str("<section id=\"coverage\">\n<h2>Coverage matrix</h2>\n");
    out.push_str(
        "<p class=\"note\">One row per claim, one column per source; a filled cell is a source \
         carrying the claim. Shared claims come first, the most widely carried at the top.</p>\n",
    );
    out.push_str("<div class=\"scroll\"><table class=\"mx\">\n<thead><tr><th>Claim</th>");
    for src in &c.sources {
        w!(
            out,
            "<th class=\"m\" title=\"{}\">[{}]</th>",
            Esc(&src.full_name()),
            src.index
        );
    }
    out.push_str("<th class=\"n\">Sources</th><th class=\"txt\">Text</th></tr></thead>\n<tbody>\n");
    let mut some: Vec<&Claim> = c
        .claims
        .iter()
        .filter(|cl| cl.coverage == Coverage::Some)
        .collect();
    some.sort_by_key(|cl| (std::cmp::Reverse(cl.sources.len()), cl.id));
    let mut unique: Vec<&Claim> = c
        .claims
        .iter()
        .filter(|cl| cl.coverage == Coverage::Unique)
        .collect();
    unique.sort_by_key(|cl| (cl.sources.first().copied(), cl.id));
    let all: Vec<&Claim> = c
        .claims
        .iter()
        .filter(|cl| cl.coverage == Coverage::All)
        .collect();
    let span = c.sources.len() + 3;
    for (heading, group) in [
        ("Shared by all sources", all),
        ("Shared by some sources", some),
        ("Unique to one source", unique),
    ] {
        if group.is_empty() {
            continue;
        }
        w!(
            out,
            "<tr class=\"grp\"><th colspan=\"{span}\">{heading} ({})</th></tr>\n",
            group.len()
        );
        for cl in group {
            w!(out, "<tr><th class=\"cid\">");
            claim_link(out, c, cl);
            out.push_str("</th>");
            let solid = solid_class(cl.coverage);
            for src in &c.sources {
                if cl.sources.contains(&src.index) {
                    w!(
                        out,
                        "<td class=\"m {solid}\" title=\"{} · {}\"><span class=\"vh\">yes</span></td>",
                        cl.id,
                        Esc(&source_label(c, src.index))
                    );
                } else {
                    out.push_str("<td class=\"m\"></td>");
                }
            }
            w!(
                out,
                "<td class=\"n\">{}</td><td class=\"txt\">{}</td></tr>\n",
                cl.sources.len(),
                Esc(cl.label.as_str())
            );
        }
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

/// The UpSet chart of source combinations and the overlap heatmap, as inline SVG.
pub(super) fn charts(out: &mut String, c: &Comparison) {
    out.push_str("<section id=\"intersections\">\n<h2>Claims by combination of sources</h2>\n");
    out.push_str("<p class=\"note\">Each bar counts the claims carried by exactly the sources marked under it.</p>\n");
    w!(out, "<div class=\"scroll\">{}</div>\n", svg::upset_svg(c));
    out.push_str("<h2>Claims in common, source by source</h2>\n");
    w!(
        out,
        "<div class=\"scroll\">{}</div>\n</section>\n",
        svg::overlap_svg(c)
    );
}

/// Every shared claim with the word diff of each pair of its passages.
pub(super) fn diffs(out: &mut String, c: &Comparison) {
    out.push_str("<section id=\"diffs\">\n<h2>Word diffs of shared claims</h2>\n");
    out.push_str(
        "<p class=\"note\">For each pair of passages stating one claim: <del>struck</del> words are \
         only in the first, <ins>marked</ins> words only in the second.</p>\n",
    );
    let mut any = false;
    for cl in c.claims.iter().filter(|cl| cl.shared) {
        any = true;
        w!(
            out,
            "<article class=\"claim\" id=\"diff-{}\">\n<h3><a href=\"#claim-{}\">{}</a> \
             <span class=\"badge {}\">{}</span></h3>\n",
            cl.id.0,
            cl.id.0,
            cl.id,
            solid_class(cl.coverage),
            match cl.coverage {
                Coverage::All => format!("shared by all {}", c.sources.len()),
                _ => format!(
                    "shared by {} of {} sources",
                    cl.sources.len(),
                    c.sources.len()
                ),
            }
        );
        out.push_str("<div class=\"pairs\">\n");
        for pair in c.pairs_of(cl.id) {
            w!(
                out,
                "<div class=\"pair\"><div class=\"pair-head\"><span class=\"sim\">similarity {:.2}</span>",
                pair.similarity
            );
            for (i, side) in [pair.a, pair.b].into_iter().enumerate() {
                if i > 0 {
                    w!(
                        out,
                        " <span class=\"rel\">{}</span> ",
                        Esc(pair.relation.phrase())
                    );
                }
                w!(
                    out,
                    "<a href=\"#p-{}-{}\">[{}]</a> {}",
                    side.source,
                    side.index,
                    side.source,
                    Esc(&c
                        .sources
                        .get(side.source as usize)
                        .map_or(String::new(), |s| s.short_name()))
                );
            }
            out.push_str("</div>");
            for d in c.disagreements.iter().filter(|d| involves(d, pair)) {
                w!(
                    out,
                    "<div class=\"dis-note\"><b>{} differs</b> ({}):",
                    d.kind.noun(),
                    Esc(&d.about)
                );
                for v in d.values.iter().filter(|v| on(v, pair.a) || on(v, pair.b)) {
                    w!(out, " [{}] <mark>{}</mark>", v.source, Esc(&v.text));
                }
                out.push_str("</div>\n");
            }
            out.push_str("<div class=\"diff\">");
            for span in &pair.diff {
                match span.op {
                    Op::Equal => w!(out, "{}", Esc(&span.text)),
                    Op::Delete => w!(out, "<del>{}</del>", Esc(&span.text)),
                    Op::Insert => w!(out, "<ins>{}</ins>", Esc(&span.text)),
                }
            }
            out.push_str("</div></div>\n");
        }
        out.push_str("</div>\n</article>\n");
    }
    if !any {
        out.push_str("<p class=\"note\">No claim is shared by two sources.</p>\n");
    }
    out.push_str("</section>\n");
}

/// A value stated by passage `id`.
fn on(v: &Value, id: PassageId) -> bool {
    (v.source, v.passage) == (id.source, id.index)
}

/// A disagreement between the two passages of `pair`.
fn involves(d: &Disagreement, pair: &Pair) -> bool {
    d.values.iter().any(|v| on(v, pair.a)) && d.values.iter().any(|v| on(v, pair.b))
}

/// The claim's id, linked to its label passage in the columns (plain if a damaged report
/// lacks that passage).
fn claim_link(out: &mut String, c: &Comparison, cl: &Claim) {
    let m = cl.representative;
    if c.passage(m).is_some() {
        w!(out, "<a href=\"#p-{}-{}\">{}</a>", m.source, m.index, cl.id);
    } else {
        w!(out, "{}", cl.id);
    }
}

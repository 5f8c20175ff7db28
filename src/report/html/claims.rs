//! The claims: numbers and dates given differently, the claims table, the coverage
//! matrix, the intersection and overlap charts, and every word diff of a shared claim.

use std::fmt::Write;

use super::{Esc, best_similarity, coverage_words, solid_class, source_label};
use crate::diff::Op;
use crate::report::{
    Claim, Comparison, Coverage, Disagreement, DisagreementKind, Pair, PassageId, svg,
};

pub(super) fn disagreements(out: &mut String, c: &Comparison) {
    out.push_str("<section id=\"differences\">\n<h2>Numbers and dates given differently</h2>\n");
    let rows: Vec<(&Claim, &Disagreement)> = c
        .claims
        .iter()
        .flat_map(|cl| cl.disagreements.iter().map(move |d| (cl, d)))
        .collect();
    if rows.is_empty() {
        out.push_str("<p class=\"note\">No shared claim gives a number or date differently.</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<div class=\"scroll\"><table class=\"tbl stack dis\">\n<thead><tr><th>Claim</th><th>What</th>\
         <th>One source says</th><th>Another says</th></tr></thead>\n<tbody>\n",
    );
    for (cl, d) in rows {
        w!(
            out,
            "<tr><td><a href=\"#diff-{}\">{}</a></td><td>{}</td><td>",
            cl.id.0,
            cl.id,
            kind_word(d.kind)
        );
        says_in_context(out, c, d.a, &d.a_says);
        out.push_str("</td><td>");
        says_in_context(out, c, d.b, &d.b_says);
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

fn kind_word(kind: DisagreementKind) -> &'static str {
    match kind {
        DisagreementKind::Number => "number",
        DisagreementKind::Date => "date",
    }
}

/// "<a>[0] name</a> <mark>4</mark> <mark>11</mark>", or with only "[0]" when `short`.
fn says(out: &mut String, c: &Comparison, who: PassageId, values: &[String], short: bool) {
    let label = if short {
        format!("[{}]", who.source)
    } else {
        source_label(c, who.source)
    };
    w!(
        out,
        "<a href=\"#p-{}-{}\">{}</a> ",
        who.source,
        who.index,
        Esc(&label)
    );
    for v in values {
        w!(out, "<mark>{}</mark> ", Esc(v));
    }
}

/// The source, then its passage with the differing numbers marked; values the passage
/// does not spell in digits ("two") are listed after it.
fn says_in_context(out: &mut String, c: &Comparison, who: PassageId, values: &[String]) {
    w!(
        out,
        "<a href=\"#p-{}-{}\">{}</a><div class=\"ctx\">",
        who.source,
        who.index,
        Esc(&source_label(c, who.source))
    );
    let text = c.passage(who).map_or("", |p| p.text.as_str());
    let found = mark_numbers(out, text, values);
    let missing: Vec<&String> = values
        .iter()
        .zip(&found)
        .filter(|&(_, &f)| !f)
        .map(|(v, _)| v)
        .collect();
    if !missing.is_empty() {
        out.push_str(" <span class=\"says\">(says");
        for v in missing {
            w!(out, " <mark>{}</mark>", Esc(v));
        }
        out.push_str(")</span>");
    }
    out.push_str("</div>");
}

/// Writes `text` escaped, with each number among `values` (written with or without
/// thousands commas) in `<mark>`; returns which values were found.
fn mark_numbers(out: &mut String, text: &str, values: &[String]) -> Vec<bool> {
    let mut found = vec![false; values.len()];
    let bytes = text.as_bytes();
    let (mut i, mut plain) = (0, 0);
    while i < bytes.len() {
        let starts = bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < bytes.len() {
            let digit = bytes[end].is_ascii_digit();
            let separator = matches!(bytes[end], b',' | b'.')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            if !(digit || separator) {
                break;
            }
            end += 1;
        }
        // Only ASCII bytes were stepped over, so both ends are char boundaries.
        let token = &text[i..end];
        let canonical: String = token.chars().filter(|&ch| ch != ',').collect();
        if let Some(k) = values.iter().position(|v| *v == canonical) {
            found[k] = true;
            w!(out, "{}<mark>{}</mark>", Esc(&text[plain..i]), Esc(token));
            plain = end;
        }
        i = end;
    }
    w!(out, "{}", Esc(&text[plain..]));
    found
}

pub(super) fn claims_table(out: &mut String, c: &Comparison) {
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
        match best_similarity(cl) {
            Some(s) if cl.shared => w!(out, "<a href=\"#diff-{}\">{s:.2}</a>", cl.id.0),
            _ => out.push('–'),
        }
        out.push_str("</td><td>");
        if !cl.disagreements.is_empty() {
            w!(
                out,
                "<a class=\"dmark\" href=\"#diff-{}\" title=\"numbers or dates differ\">≠</a> ",
                cl.id.0
            );
        }
        w!(out, "{}</td></tr>\n", Esc(c.label(cl)));
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
            Esc(&src.name),
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
                Esc(c.label(cl))
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
        let same =
            |d: &Disagreement, p: &Pair| (d.a, d.b) == (p.a, p.b) || (d.a, d.b) == (p.b, p.a);
        // A disagreement shows in its pair's box; any without one, here.
        for d in cl
            .disagreements
            .iter()
            .filter(|d| !cl.pairs.iter().any(|p| same(d, p)))
        {
            dis_note(out, c, d, false);
        }
        out.push_str("<div class=\"pairs\">\n");
        for pair in &cl.pairs {
            w!(
                out,
                "<div class=\"pair\"><div class=\"pair-head\"><span class=\"sim\">similarity {:.2}</span>",
                pair.similarity
            );
            for (i, side) in [pair.a, pair.b].into_iter().enumerate() {
                if i > 0 {
                    out.push_str(" <span class=\"arrow\">→</span> ");
                }
                w!(
                    out,
                    "<a href=\"#p-{}-{}\">[{}]</a> {}",
                    side.source,
                    side.index,
                    side.source,
                    Esc(c
                        .sources
                        .get(side.source as usize)
                        .map_or("", |s| s.name.as_str()))
                );
            }
            out.push_str("</div>");
            for d in cl.disagreements.iter().filter(|d| same(d, pair)) {
                dis_note(out, c, d, true);
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

/// "Number differs: [0] 4 · [2] 38000"
fn dis_note(out: &mut String, c: &Comparison, d: &Disagreement, short: bool) {
    w!(
        out,
        "<div class=\"dis-note\"><b>{} differs:</b> ",
        d.kind.label()
    );
    says(out, c, d.a, &d.a_says, short);
    out.push_str("· ");
    says(out, c, d.b, &d.b_says, short);
    out.push_str("</div>\n");
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

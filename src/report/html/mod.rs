//! The HTML report: one self-contained page (inline CSS and SVG; no scripts, fonts, images
//! or links to anything outside the file) with the sources side by side, tinted like the
//! window, the claims, a coverage matrix, per-source shares, every word diff and the
//! figures, dates and quotes the sources give differently. It reads on a laptop or a phone and
//! prints as one section per source.
//!
//! Every piece of text from a source (its name, title, byline, passages) is escaped, so
//! an article quoting `<script>` shows it as text. The same comparison always gives the
//! same bytes: no dates, no randomness, no hash-map order.
//!
//! One file per part of the page: [`overview`] (summary, sources table), [`texts`] (the
//! side-by-side columns) and [`claims`] (differences, claims, matrix, charts, word diffs);
//! the stylesheet is `report.css`, its colours from [`crate::palette`].
use std::collections::BTreeSet;
use std::fmt::Write;

use super::text::Esc;
use super::{Claim, ClaimId, Comparison, Coverage, PassageId};
use crate::palette;

/// `write!` into a `String`, which cannot fail.
macro_rules! w {
    ($out:expr, $($arg:tt)*) => {{
        let _ = write!($out, $($arg)*);
    }};
}

mod claims;
mod overview;
mod texts;

use claims::{charts, claims_table, diffs, disagreements, matrix};
use overview::{sources, summary};
use texts::texts;

/// The stylesheet; its colours are CSS variables the page's head sets from the palette.
const CSS: &str = include_str!("report.css");

/// Renders the report as one HTML5 document.
pub fn render(c: &Comparison) -> String {
    let mut out = String::with_capacity(
        64 * 1024 + c.sources.iter().map(|s| s.text.len() * 3).sum::<usize>(),
    );
    let differing = differing_passages(c);
    let differing_claims: BTreeSet<ClaimId> = differing
        .iter()
        .filter_map(|&id| c.passage(id))
        .flat_map(|p| p.claims.iter().map(|s| s.claim))
        .collect();
    head(&mut out, c);
    out.push_str("<body>\n");
    header(&mut out, c);
    out.push_str("<main>\n");
    summary(&mut out, c);
    texts(&mut out, c, &differing);
    sources(&mut out, c);
    disagreements(&mut out, c);
    claims_table(&mut out, c, &differing_claims);
    matrix(&mut out, c);
    charts(&mut out, c);
    diffs(&mut out, c);
    out.push_str("</main>\n");
    w!(
        out,
        "<footer>Made by {} · threshold {} · a self-contained page: no scripts, nothing \
         loaded from elsewhere.</footer>\n",
        Esc(&c.generator),
        c.settings.threshold
    );
    out.push_str("</body>\n</html>\n");
    out
}

/// The passages that take part in a disagreement.
fn differing_passages(c: &Comparison) -> BTreeSet<PassageId> {
    c.disagreements
        .iter()
        .flat_map(|d| &d.values)
        .map(|v| PassageId {
            source: v.source,
            index: v.passage,
        })
        .collect()
}

/// "[2] name" for a source index, tolerating an index a damaged report does not have.
fn source_label(c: &Comparison, i: u32) -> String {
    match c.sources.get(i as usize) {
        Some(s) => format!("[{i}] {}", s.short_name()),
        None => format!("[{i}]"),
    }
}

/// The CSS class tinting a claim's passages: `cu` unique, `ca` all, `cs<n>` some.
fn tint_class(claim: &Claim) -> String {
    match claim.coverage {
        Coverage::Unique => "cu".to_owned(),
        Coverage::All => "ca".to_owned(),
        Coverage::Some => format!("cs{}", claim.sources.len()),
    }
}

/// The CSS class of a solid coverage colour (dots, matrix cells, badges).
fn solid_class(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::Unique => "ku",
        Coverage::Some => "ks",
        Coverage::All => "ka",
    }
}

/// A share 0..=1 as a whole percentage.
fn pct(x: f32) -> String {
    let x = if x.is_finite() {
        x.clamp(0.0, 1.0)
    } else {
        0.0
    };
    format!("{:.0}%", x * 100.0)
}

/// The best similarity among a claim's pairs.
fn best_similarity(c: &Comparison, claim: &Claim) -> Option<f32> {
    c.pairs_of(claim.id)
        .map(|p| p.similarity)
        .filter(|s| s.is_finite())
        .reduce(f32::max)
}

fn head(out: &mut String, c: &Comparison) {
    let story = c.sources.iter().find_map(|s| s.title.as_deref());
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    w!(
        out,
        "<meta name=\"generator\" content=\"{}\">\n",
        Esc(&c.generator)
    );
    match story {
        Some(t) => w!(out, "<title>Corroborate report: {}</title>\n", Esc(t)),
        None => w!(
            out,
            "<title>Corroborate report: {} sources</title>\n",
            c.sources.len()
        ),
    }
    out.push_str("<style>\n");
    out.push_str(":root{");
    for (name, colour) in [
        ("unique", palette::UNIQUE),
        ("some", palette::SHARED_SOME),
        ("all", palette::SHARED_ALL),
        ("boiler", palette::BOILERPLATE),
        ("sel", palette::SELECTED),
        ("del", palette::DELETED),
        ("ins", palette::INSERTED),
    ] {
        w!(out, "--{name}:{};", colour.triple());
    }
    out.push_str("}\n");
    out.push_str(CSS);
    // One tint per number of sources, as the window does: stronger the more carry it.
    let total = c.sources.len();
    w!(
        out,
        ".cu{{background:rgba(var(--unique),{:.3})}}\n.ca{{background:rgba(var(--all),{:.3})}}\n",
        palette::passage_opacity(Coverage::Unique, 1, total),
        palette::passage_opacity(Coverage::All, total, total)
    );
    for n in 2..=total.max(2) {
        w!(
            out,
            ".cs{n}{{background:rgba(var(--some),{:.3})}}\n",
            palette::passage_opacity(Coverage::Some, n, total)
        );
    }
    out.push_str("</style>\n</head>\n");
}

fn header(out: &mut String, c: &Comparison) {
    out.push_str("<header class=\"top\">\n<h1>Corroborate report</h1>\n");
    w!(
        out,
        "<p class=\"sub\">{} sources · {} claims · threshold {} (how alike passages must be to \
         count as one claim) · {}</p>\n",
        c.sources.len(),
        c.summary.claims,
        c.settings.threshold,
        Esc(&c.generator)
    );
    out.push_str("</header>\n<nav class=\"toc\" aria-label=\"Sections\">");
    for (id, name) in [
        ("summary", "Summary"),
        ("texts", "Side by side"),
        ("sources", "Sources"),
        ("differences", "Numbers &amp; dates"),
        ("claims", "Claims"),
        ("coverage", "Coverage matrix"),
        ("intersections", "Intersections"),
        ("diffs", "Word diffs"),
    ] {
        w!(out, "<a href=\"#{id}\">{name}</a>");
    }
    out.push_str("</nav>\n");
}

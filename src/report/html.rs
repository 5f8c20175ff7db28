//! The HTML report: one self-contained page (inline CSS and SVG; no scripts, fonts, images
//! or links to anything outside the file) with the sources side by side, tinted like the
//! window, the claims, a coverage matrix, per-source shares, every word diff and the
//! numbers or dates the sources give differently. It reads on a laptop or a phone and
//! prints as one section per source.
//!
//! Every piece of text from a source (its name, title, byline, passages) is escaped, so
//! an article quoting `<script>` shows it as text. The same comparison always gives the
//! same bytes: no dates, no randomness, no hash-map order.

use std::collections::BTreeSet;
use std::fmt::{self, Write};

use super::{
    Claim, Comparison, Coverage, Disagreement, DisagreementKind, Pair, Passage, PassageId,
    SourceReport,
};
use crate::diff::Op;
use crate::segment::PassageKind;

/// `write!` into a `String`, which cannot fail.
macro_rules! w {
    ($out:expr, $($arg:tt)*) => {{
        let _ = write!($out, $($arg)*);
    }};
}

/// The window's colours (`ui::theme`), as CSS `r,g,b` triples.
const UNIQUE: &str = "232,150,60";
const SHARED_SOME: &str = "70,140,230";
const SHARED_ALL: &str = "60,185,110";
const BOILERPLATE: &str = "130,130,130";
const SELECTED: &str = "255,210,40";
const DELETED: &str = "235,90,80";
const INSERTED: &str = "80,200,120";

/// Renders the report as one HTML5 document.
pub fn render(c: &Comparison) -> String {
    let mut out = String::with_capacity(
        64 * 1024 + c.sources.iter().map(|s| s.text.len() * 3).sum::<usize>(),
    );
    let differing = differing_passages(c);
    head(&mut out, c);
    out.push_str("<body>\n");
    header(&mut out, c);
    out.push_str("<main>\n");
    summary(&mut out, c);
    texts(&mut out, c, &differing);
    sources(&mut out, c);
    disagreements(&mut out, c);
    claims_table(&mut out, c);
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

/// Text with the five HTML-special characters as entities: safe both as element content
/// and inside a quoted attribute. Control characters other than tab and line breaks,
/// which HTML does not allow, become U+FFFD.
struct Esc<'a>(&'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut plain = 0;
        for (i, ch) in s.char_indices() {
            let entity = match ch {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => "\u{FFFD}",
                _ => continue,
            };
            f.write_str(&s[plain..i])?;
            f.write_str(entity)?;
            plain = i + ch.len_utf8();
        }
        f.write_str(&s[plain..])
    }
}

/// The passages that take part in a disagreement.
fn differing_passages(c: &Comparison) -> BTreeSet<PassageId> {
    c.claims
        .iter()
        .flat_map(|cl| &cl.disagreements)
        .flat_map(|d| [d.a, d.b])
        .collect()
}

/// "[2] name" for a source index, tolerating an index a damaged report does not have.
fn source_label(c: &Comparison, i: u32) -> String {
    match c.sources.get(i as usize) {
        Some(s) => format!("[{i}] {}", s.name),
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

/// How widely a claim is carried, in words.
fn coverage_words(c: &Comparison, claim: &Claim) -> String {
    match claim.coverage {
        Coverage::Unique => "unique".to_owned(),
        Coverage::All => format!("all {}", c.sources.len()),
        Coverage::Some => format!("{} of {}", claim.sources.len(), c.sources.len()),
    }
}

/// The passage alpha of the window (`ui::theme::passage_fill`), 0..=255.
fn tint_alpha(coverage: Coverage, n: usize, total: usize) -> u8 {
    match coverage {
        Coverage::Unique => 34,
        Coverage::All => 80,
        Coverage::Some => {
            let share = n.saturating_sub(1) as f32 / total.saturating_sub(1).max(1) as f32;
            (40.0 + 50.0 * share) as u8
        }
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
fn best_similarity(claim: &Claim) -> Option<f32> {
    claim
        .pairs
        .iter()
        .map(|p| p.similarity)
        .filter(|s| s.is_finite())
        .reduce(f32::max)
}

/// The text standing for a claim: its first member's.
fn representative<'a>(c: &'a Comparison, claim: &Claim) -> &'a str {
    claim
        .members
        .first()
        .and_then(|&m| c.passage(m))
        .map_or("", |p| p.text.as_str())
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
    out.push_str(
        &CSS.replace("$UNIQUE", UNIQUE)
            .replace("$SOME", SHARED_SOME)
            .replace("$ALL", SHARED_ALL)
            .replace("$BOILER", BOILERPLATE)
            .replace("$SEL", SELECTED)
            .replace("$DEL", DELETED)
            .replace("$INS", INSERTED),
    );
    // One tint per number of sources, as the window does: stronger the more carry it.
    let total = c.sources.len();
    w!(
        out,
        ".cu{{background:rgba({UNIQUE},{:.3})}}\n.ca{{background:rgba({SHARED_ALL},{:.3})}}\n",
        f32::from(tint_alpha(Coverage::Unique, 1, total)) / 255.0,
        f32::from(tint_alpha(Coverage::All, total, total)) / 255.0
    );
    for n in 2..=total.max(2) {
        w!(
            out,
            ".cs{n}{{background:rgba({SHARED_SOME},{:.3})}}\n",
            f32::from(tint_alpha(Coverage::Some, n, total)) / 255.0
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

fn summary(out: &mut String, c: &Comparison) {
    let s = &c.summary;
    let share = |n: usize| {
        if s.claims == 0 {
            String::new()
        } else {
            format!(" ({})", pct(n as f32 / s.claims as f32))
        }
    };
    out.push_str("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"overview\">\n<div class=\"cards\">\n");
    let cards = [
        ("", s.claims.to_string(), "claims".to_owned()),
        (
            "ks",
            s.shared.to_string(),
            format!("shared{}", share(s.shared)),
        ),
        (
            "ka",
            s.shared_by_all.to_string(),
            "shared by all".to_owned(),
        ),
        (
            "ku",
            s.unique.to_string(),
            format!("unique{}", share(s.unique)),
        ),
        (
            "kd",
            s.disagreements.to_string(),
            "with differing numbers or dates".to_owned(),
        ),
    ];
    for (class, number, label) in cards {
        w!(
            out,
            "<div class=\"card {class}\"><b>{number}</b><span>{label}</span></div>\n"
        );
    }
    out.push_str("</div>\n");
    histogram(out, c);
    out.push_str("</div>\n");
    legend(out);
    out.push_str("</section>\n");
}

/// An SVG bar chart: how many claims are carried by 1, 2, … sources.
fn histogram(out: &mut String, c: &Comparison) {
    let total = c.sources.len();
    if total == 0 {
        return;
    }
    let mut counts = vec![0usize; total];
    for cl in &c.claims {
        if let Some(n) = cl
            .sources
            .len()
            .checked_sub(1)
            .and_then(|k| counts.get_mut(k))
        {
            *n += 1;
        }
    }
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    // Narrower bars when there are many sources, so the chart stays readable unscaled.
    let (bar, gap) = if total <= 12 {
        (34.0_f32, 10.0_f32)
    } else {
        (18.0, 4.0)
    };
    let (plot, top) = (70.0_f32, 16.0_f32);
    let width = total as f32 * (bar + gap) + gap;
    let height = top + plot + 18.0;
    w!(
        out,
        "<figure class=\"hist\"><svg viewBox=\"0 0 {width} {height}\" width=\"{width}\" \
         height=\"{height}\" role=\"img\" aria-labelledby=\"hist-t\"><title id=\"hist-t\">Claims \
         by the number of sources carrying them</title>\n"
    );
    for (k, &n) in counts.iter().enumerate() {
        let sources = k + 1;
        let coverage = if sources == total {
            Coverage::All
        } else if sources == 1 {
            Coverage::Unique
        } else {
            Coverage::Some
        };
        let h = (n as f32 / max as f32 * plot).max(if n > 0 { 2.0 } else { 0.0 });
        let x = gap + k as f32 * (bar + gap);
        let y = top + plot - h;
        let colour = match coverage {
            Coverage::Unique => UNIQUE,
            Coverage::Some => SHARED_SOME,
            Coverage::All => SHARED_ALL,
        };
        w!(
            out,
            "<g><title>{n} claims carried by {sources} of {total} sources</title>\
             <rect x=\"{x}\" y=\"{y}\" width=\"{bar}\" height=\"{h}\" rx=\"2\" fill=\"rgb({colour})\"/>\
             <text x=\"{}\" y=\"{}\" class=\"v\">{n}</text>\
             <text x=\"{}\" y=\"{}\" class=\"k\">{sources}</text></g>\n",
            x + bar / 2.0,
            y - 4.0,
            x + bar / 2.0,
            top + plot + 14.0
        );
    }
    out.push_str(
        "</svg><figcaption>claims by number of sources carrying them</figcaption></figure>\n",
    );
}

fn legend(out: &mut String) {
    out.push_str("<div class=\"legend\">");
    for (class, text) in [
        ("cu", "Unique: only one source says it"),
        ("cs-l", "Shared by some (stronger the more sources)"),
        ("ca", "Shared by all"),
        ("cb", "Boilerplate: site furniture, never counted"),
    ] {
        w!(out, "<span><i class=\"sw {class}\"></i>{text}</span>");
    }
    out.push_str(
        "<span><del>only in the first</del> <ins>only in the second</ins> passage of a diff</span>",
    );
    out.push_str("</div>\n");
}

fn sources(out: &mut String, c: &Comparison) {
    out.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n");
    out.push_str(
        "<p class=\"note\">Shares are of each source's text: shared with another source, unique \
         to it, or boilerplate.</p>\n",
    );
    out.push_str(
        "<div class=\"scroll\"><table class=\"tbl stack src\">\n<thead><tr><th>#</th><th>Source</th>\
         <th class=\"n\">Passages</th><th class=\"n\">Claims</th><th class=\"n\">Shared</th>\
         <th class=\"n\">Unique</th><th class=\"n\">Boilerplate</th><th>Share of the text</th>\
         </tr></thead>\n<tbody>\n",
    );
    for src in &c.sources {
        let sum = c.summary.per_source.iter().find(|s| s.source == src.index);
        w!(
            out,
            "<tr><td class=\"idx\"><a href=\"#src-{0}\">[{0}]</a></td><td>",
            src.index
        );
        source_identity(out, src, false);
        out.push_str("</td>");
        match sum {
            Some(s) => {
                w!(
                    out,
                    "<td class=\"n\" data-l=\"passages\">{}</td><td class=\"n\" data-l=\"claims\">{}</td>\
                     <td class=\"n\" data-l=\"shared\">{}</td><td class=\"n\" data-l=\"unique\">{}</td>\
                     <td class=\"n\" data-l=\"boilerplate\" title=\"{} boilerplate passages\">{}</td><td class=\"bar-cell\">",
                    s.passages,
                    s.claims,
                    s.shared,
                    s.unique,
                    s.boilerplate,
                    pct(s.boilerplate_ratio)
                );
                share_bar(out, s.shared_ratio, s.unique_ratio, s.boilerplate_ratio);
                out.push_str("</td></tr>\n");
            }
            None => out.push_str("<td colspan=\"6\"></td></tr>\n"),
        }
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

/// A source's name (after its index, if asked), title and byline · site · date.
fn source_identity(out: &mut String, src: &SourceReport, index: bool) {
    out.push_str("<div class=\"name\"");
    if index {
        w!(
            out,
            " title=\"{}\"><span class=\"idx\">[{}]</span>",
            Esc(&src.name),
            src.index
        );
    } else {
        out.push('>');
    }
    w!(out, "{}</div>", Esc(&src.name));
    if let Some(t) = src.title.as_deref().filter(|t| !t.trim().is_empty()) {
        w!(out, "<div class=\"title\">{}</div>", Esc(t));
    }
    let meta: Vec<&str> = [&src.byline, &src.site, &src.published]
        .into_iter()
        .filter_map(|m| m.as_deref())
        .filter(|m| !m.trim().is_empty())
        .collect();
    if !meta.is_empty() {
        out.push_str("<div class=\"meta\">");
        for (i, m) in meta.iter().enumerate() {
            if i > 0 {
                out.push_str(" · ");
            }
            w!(out, "{}", Esc(m));
        }
        out.push_str("</div>");
    }
}

/// An SVG stacked bar of shared / unique / boilerplate shares, with the numbers beside it.
fn share_bar(out: &mut String, shared: f32, unique: f32, boilerplate: f32) {
    let clean = |x: f32| {
        if x.is_finite() {
            x.clamp(0.0, 1.0)
        } else {
            0.0
        }
    };
    let (s, u, b) = (clean(shared), clean(unique), clean(boilerplate));
    let label = format!(
        "{} shared, {} unique, {} boilerplate",
        pct(s),
        pct(u),
        pct(b)
    );
    w!(
        out,
        "<div class=\"share\"><svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" \
         role=\"img\" aria-label=\"{label}\"><title>{label}</title><rect width=\"100\" height=\"10\" class=\"track\"/>"
    );
    let mut x = 0.0_f32;
    for (value, colour) in [(s, SHARED_SOME), (u, UNIQUE), (b, BOILERPLATE)] {
        let width = value.min(1.0 - x).max(0.0) * 100.0;
        if width > 0.0 {
            w!(
                out,
                "<rect x=\"{:.1}\" width=\"{:.1}\" height=\"10\" fill=\"rgb({colour})\"/>",
                x * 100.0,
                width
            );
        }
        x += value;
    }
    w!(
        out,
        "</svg><span class=\"nums\"><b class=\"t-s\">{}</b> shared · <b class=\"t-u\">{}</b> unique · \
         <b class=\"t-b\">{}</b> boilerplate</span></div>",
        pct(s),
        pct(u),
        pct(b)
    );
}

fn texts(out: &mut String, c: &Comparison, differing: &BTreeSet<PassageId>) {
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

fn disagreements(out: &mut String, c: &Comparison) {
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

fn claims_table(out: &mut String, c: &Comparison) {
    out.push_str("<section id=\"claims\">\n<h2>Claims</h2>\n");
    out.push_str(
        "<p class=\"note\">A claim's number leads to its first passage; the dots are the sources in \
         order, filled where the source carries the claim; similarity is its best pair's (0–1).</p>\n",
    );
    out.push_str(
        "<div class=\"scroll\"><table class=\"tbl stack claims\">\n<thead><tr><th>Claim</th><th>Sources</th>\
         <th>Coverage</th><th class=\"n\">Similarity</th><th>Text</th></tr></thead>\n<tbody>\n",
    );
    for cl in &c.claims {
        w!(out, "<tr id=\"claim-{}\"><td>", cl.id.0);
        match cl.members.first() {
            Some(m) => w!(out, "<a href=\"#p-{}-{}\">{}</a>", m.source, m.index, cl.id),
            None => w!(out, "{}", cl.id),
        }
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
        w!(out, "{}</td></tr>\n", Esc(representative(c, cl)));
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

/// Rows = claims (grouped: by all, by some, unique), columns = sources.
fn matrix(out: &mut String, c: &Comparison) {
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
            match cl.members.first() {
                Some(m) => w!(out, "<a href=\"#p-{}-{}\">{}</a>", m.source, m.index, cl.id),
                None => w!(out, "{}", cl.id),
            }
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
                Esc(representative(c, cl))
            );
        }
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

/// The UpSet chart of source combinations and the overlap heatmap, as inline SVG.
fn charts(out: &mut String, c: &Comparison) {
    out.push_str("<section id=\"intersections\">\n<h2>Claims by combination of sources</h2>\n");
    out.push_str("<p class=\"note\">Each bar counts the claims carried by exactly the sources marked under it.</p>\n");
    w!(
        out,
        "<div class=\"scroll\">{}</div>\n",
        crate::charts::upset_svg(c)
    );
    out.push_str("<h2>Claims in common, source by source</h2>\n");
    w!(
        out,
        "<div class=\"scroll\">{}</div>\n</section>\n",
        crate::charts::overlap_svg(c)
    );
}

/// Every shared claim with the word diff of each pair of its passages.
fn diffs(out: &mut String, c: &Comparison) {
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

/// The stylesheet; `$NAME` stands for one of the colours above.
const CSS: &str = r#":root{--bg:#fff;--fg:#1e2430;--muted:#5f6877;--line:#e2e5eb;--panel:#f6f7f9;--head:#fbfbfc;--accent:#2b63c4;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#15171c;--fg:#e3e6eb;--muted:#9aa3b1;--line:#2d323c;--panel:#1c1f26;--head:#1a1d23;--accent:#86adf2}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans","DejaVu Sans",sans-serif}
a{color:var(--accent);text-decoration-thickness:1px;text-underline-offset:2px}
header.top{padding:18px 24px 10px}
h1{font-size:22px;margin:0 0 2px;letter-spacing:-.01em}
.sub{color:var(--muted);margin:0;font-size:13px}
nav.toc{display:flex;flex-wrap:wrap;gap:2px 18px;padding:7px 24px;border-top:1px solid var(--line);border-bottom:1px solid var(--line);background:var(--panel);font-size:13px}
nav.toc a{text-decoration:none;font-weight:500}
main{padding:0 24px 32px}
section{margin-top:26px}
h2{font-size:17px;margin:0 0 8px;padding-bottom:5px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:0 0 6px}
.note{color:var(--muted);font-size:13px;margin:0 0 10px;max-width:95ch}
.overview{display:flex;flex-wrap:wrap;align-items:flex-end;gap:14px 28px}
.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{border:1px solid var(--line);border-top:4px solid var(--line);border-radius:8px;padding:8px 14px 9px;min-width:118px;max-width:190px;background:var(--panel)}
.card b{display:block;font-size:26px;line-height:1.15;font-variant-numeric:tabular-nums}
.card span{font-size:12.5px;color:var(--muted);line-height:1.3;display:block}
.card.ks{border-top-color:rgb($SOME)}.card.ka{border-top-color:rgb($ALL)}.card.ku{border-top-color:rgb($UNIQUE)}.card.kd{border-top-color:rgb($DEL)}
figure.hist{margin:0;max-width:100%;overflow-x:auto}
figure.hist svg{display:block}
figure.hist text{font-size:11px;fill:var(--muted);text-anchor:middle}
figure.hist text.v{fill:var(--fg);font-weight:600}
figure.hist figcaption{font-size:12px;color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:6px 20px;font-size:13px;margin:14px 0 0;color:var(--muted)}
.legend span{white-space:nowrap}
.sw{display:inline-block;width:22px;height:14px;border-radius:3px;vertical-align:-2px;margin-right:6px;border:1px solid var(--line)}
.sw.cu{border-color:rgba($UNIQUE,.7)}.sw.ca{border-color:rgba($ALL,.8)}.sw.cs-l{border-color:rgba($SOME,.7)}
.sw.cb{background:var(--bg)}
.sw.cb::after{content:"Aa";display:block;font:italic 10px/12px sans-serif;text-align:center;color:rgb($BOILER);font-style:normal}
.sw.cs-l{background:linear-gradient(90deg,rgba($SOME,.16),rgba($SOME,.35))}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
.tbl{border-collapse:collapse;width:100%;font-size:14px}
.tbl th,.tbl td{border-bottom:1px solid var(--line);padding:6px 10px;text-align:left;vertical-align:top}
.tbl thead th{font-size:12px;color:var(--muted);font-weight:600;white-space:nowrap;border-bottom-width:2px}
.tbl .n,.mx .n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.tbl tbody tr:target{background:rgba($SEL,.25)}
.idx{color:var(--muted);font-variant-numeric:tabular-nums;white-space:nowrap}
.name{font-weight:600;overflow-wrap:anywhere}
.title{font-size:13.5px}
.meta{font-size:12.5px;color:var(--muted)}
.share{display:flex;align-items:center;gap:8px;flex-wrap:wrap;min-width:180px}
.bar-cell{width:1%}
.bar-cell .share{flex-wrap:nowrap}
svg.bar{width:140px;height:10px;border-radius:3px;flex:none}
svg.bar .track{fill:var(--line)}
.nums{font-size:12px;color:var(--muted);white-space:nowrap}
.nums b{font-weight:600}
.t-s{color:rgb($SOME)}.t-u{color:rgb(214,128,36)}.t-b{color:rgb($BOILER)}
.cols{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(260px,1fr);grid-template-rows:auto 1fr;overflow:auto;max-height:88vh;border:1px solid var(--line);border-radius:8px;overscroll-behavior-x:contain}
.col{display:contents}
.col-head,.col-body{border-left:1px solid var(--line);min-width:0}
.col:first-child>.col-head,.col:first-child>.col-body{border-left:0}
.col-head{position:sticky;top:0;z-index:1;background:var(--head);border-bottom:1px solid var(--line);padding:8px 12px 8px;font-size:14px;box-shadow:0 1px 0 var(--line)}
.col-head{display:flex;flex-direction:column}
.col-head .name{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.col-head .idx{margin-right:5px;color:var(--muted)}
.col-head .title{font-size:13px;line-height:1.35;margin-top:1px}
.col-head .share{margin-top:auto;padding-top:6px;min-width:0}
.col-head svg.bar{width:100%;flex:1 1 100%}
.col-head .nums{display:none}
.col-body{padding:10px 12px 16px;font-family:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,"Noto Serif","DejaVu Serif",serif;font-size:15px;line-height:1.62;overflow-wrap:break-word}
.col-body p{margin:0 0 .75em}
.col-body p.h{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,"Noto Sans","DejaVu Sans",sans-serif;font-weight:650;font-size:15.5px;line-height:1.45}
.col-body p.li{padding-left:1.1em;text-indent:-.8em}
.col-body p.li::before{content:"•";display:inline-block;width:.8em;text-indent:0;color:var(--muted)}
.col-body .empty{color:var(--muted)}
.p{border-radius:3px;padding:1px 1px;-webkit-box-decoration-break:clone;box-decoration-break:clone;scroll-margin:6em}
.p:target{outline:2px solid rgb($SEL);outline-offset:1px;background-image:linear-gradient(rgba($SEL,.25),rgba($SEL,.25))}
.p.cb{color:rgb($BOILER);font-size:.92em}
a.ref{font:600 10px/1 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;vertical-align:super;text-decoration:none;color:var(--muted);margin-left:3px;letter-spacing:.02em}
a.ref:hover{color:var(--accent)}
.dmark{color:rgb(215,60,50);font-weight:700;text-decoration:none}
a.ref.dmark{color:rgb(215,60,50);font-size:11px;margin-left:2px}
.dots{white-space:nowrap}
.dot{display:inline-block;width:11px;height:11px;border-radius:50%;border:1.5px solid var(--line);margin-right:3px;vertical-align:-1px}
.dot.ku{background:rgb($UNIQUE);border-color:rgb($UNIQUE)}.dot.ks{background:rgb($SOME);border-color:rgb($SOME)}.dot.ka{background:rgb($ALL);border-color:rgb($ALL)}
.badge{display:inline-block;font-size:11.5px;font-weight:600;padding:0 8px;border-radius:10px;white-space:nowrap;border:1px solid}
.badge.ku{color:rgb(176,98,14);background:rgba($UNIQUE,.13);border-color:rgba($UNIQUE,.45)}
.badge.ks{color:rgb(38,98,186);background:rgba($SOME,.12);border-color:rgba($SOME,.45)}
.badge.ka{color:rgb(30,128,70);background:rgba($ALL,.14);border-color:rgba($ALL,.5)}
.claims td:last-child{min-width:24ch}
.mx{border-collapse:separate;border-spacing:2px;font-size:12.5px}
.mx th,.mx td{padding:0 6px;text-align:left;font-weight:normal}
.mx thead th{font-size:12px;color:var(--muted);font-weight:600;padding-bottom:2px}
.mx th.m{text-align:center;padding:0 2px}
.mx td.m{width:30px;min-width:30px;height:16px;padding:0;background:var(--panel);border-radius:2px}
.mx td.m.ku{background:rgb($UNIQUE)}.mx td.m.ks{background:rgb($SOME)}.mx td.m.ka{background:rgb($ALL)}
.mx tr.grp th{padding:10px 0 3px;font-weight:600;font-size:12.5px;color:var(--muted)}
.mx th.cid{white-space:nowrap;font-variant-numeric:tabular-nums}
.mx td.txt{color:var(--muted);max-width:70ch;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.claim{margin:16px 0 20px;scroll-margin-top:1em}
.claim:target h3{background:rgba($SEL,.3);border-radius:4px}
.claim h3 .badge{vertical-align:1px;margin-left:4px}
.pairs{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,420px),1fr));gap:8px}
.pair{border:1px solid var(--line);border-radius:6px;padding:7px 11px 9px;background:var(--head)}
.pair-head{font-size:12.5px;color:var(--muted);margin-bottom:3px}
.pair-head a{font-weight:600}
.arrow{color:var(--muted)}
.sim{float:right;margin-left:10px;font-variant-numeric:tabular-nums}
.diff{font-size:14.5px;line-height:1.55;overflow-wrap:break-word}
del{background:rgba($DEL,.16);color:inherit;text-decoration:line-through;text-decoration-color:rgba(200,50,40,.85);border-radius:2px}
del+ins,ins+del{margin-left:.18em}
ins{background:rgba($INS,.22);color:inherit;text-decoration:underline;text-decoration-color:rgba(40,150,80,.8);text-underline-offset:2px;border-radius:2px}
.dis-note{border-left:3px solid rgb($DEL);background:rgba($DEL,.08);padding:5px 10px;margin:6px 0 8px;font-size:14px;border-radius:0 4px 4px 0}
mark{background:rgba($SEL,.55);color:inherit;padding:0 3px;border-radius:3px;font-weight:600;font-variant-numeric:tabular-nums}
.dis td{white-space:normal}
.dis .ctx{font-size:13px;color:var(--muted);margin-top:2px;max-width:70ch}
.dis .ctx mark{color:var(--fg)}
.pair .dis-note{font-size:13px;margin:4px 0 6px;padding:3px 8px}
footer{color:var(--muted);font-size:12px;padding:14px 24px 24px;border-top:1px solid var(--line)}
@media (max-width:700px){
body{font-size:14.5px}
header.top{padding:14px 14px 8px}
h1{font-size:20px}
nav.toc{padding:7px 14px;gap:2px 14px}
main{padding:0 14px 24px}
footer{padding:12px 14px 20px}
.card{min-width:0;max-width:none;flex:1 1 40%;padding:6px 10px}
.card b{font-size:22px}
.cols{grid-auto-flow:row;grid-auto-columns:auto;grid-template-columns:minmax(0,1fr);grid-template-rows:none;max-height:none;overflow:visible;border-radius:6px}
.col-head,.col-body{border-left:0}
.col-head{border-top:1px solid var(--line)}
.col:first-child>.col-head{border-top:0}
.col-head{box-shadow:0 1px 3px rgba(0,0,0,.08)}
.tbl{font-size:13px}
.tbl th,.tbl td{padding:5px 6px}
.tbl.stack,.tbl.stack tbody,.tbl.stack td{display:block;width:auto;min-width:0}
.tbl.stack thead{display:none}
.tbl.stack tr{display:flex;flex-wrap:wrap;align-items:baseline;gap:3px 12px;padding:8px 0;border-bottom:1px solid var(--line)}
.tbl.stack td{border:0;padding:0}
.tbl.src td:nth-child(2){flex:1 1 70%}
.tbl.src td.n{font-size:12.5px}
.tbl.src td.n::after{content:" " attr(data-l);color:var(--muted)}
.tbl.src td[data-l=boilerplate]{display:none}
.tbl.src td.bar-cell{flex:1 1 100%}
.tbl.claims td:last-child,.tbl.dis td:nth-child(n+3){flex:1 1 100%}
.tbl.claims td.n a::before{content:"similarity "}
.bar-cell .share{flex-wrap:wrap}
.mx td.txt{max-width:40ch}
.sim{float:none;margin-left:6px}
}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#444;--line:#ccc;--panel:#f4f4f4;--head:#fff;--accent:#1a3f80}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:10.5pt}
nav.toc{display:none}
a{text-decoration:none}
main,header.top,footer{padding-left:0;padding-right:0}
.scroll{overflow:visible}
.cols{display:block;overflow:visible;max-height:none;border:0}
.col{display:block;margin:0 0 14pt}
.col-body{border:0}
.col-head{position:static;box-shadow:none;border:1px solid var(--line);border-radius:4px;break-after:avoid;page-break-after:avoid}
.col-body{padding:6pt 2pt 0;font-size:10.5pt}
.col-body p{orphans:2;widows:2}
h2,h3,.pair-head{break-after:avoid;page-break-after:avoid}
.pair,.card,tr,.dis-note{break-inside:avoid;page-break-inside:avoid}
.pairs{display:block}
.pair{margin-bottom:6pt}
thead{display:table-header-group}
.mx td.txt{white-space:normal;max-width:none}
.p:target{outline:0}
a.ref{color:#555}
}
"#;

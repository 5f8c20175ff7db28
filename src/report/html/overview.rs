//! The top of the report: summary cards, the claims-by-sources histogram, the legend,
//! and the table of sources with their shares of shared, unique and boilerplate text.

use std::fmt::Write;

use super::{Esc, pct};
use crate::palette;
use crate::report::{Comparison, SourceReport};

pub(super) fn summary(out: &mut String, c: &Comparison) {
    let s = &c.summary;
    let share = |n: usize| {
        if s.claims == 0 {
            String::new()
        } else {
            format!(" ({})", pct(n as f32 / s.claims as f32))
        }
    };
    out.push_str("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"overview\">\n<div class=\"cards\">\n");
    let mut cards = vec![
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
            "disagreements (figures, dates, quotes)".to_owned(),
        ),
    ];
    if s.by_hand > 0 {
        cards.push(("", s.by_hand.to_string(), "corrected by hand".to_owned()));
    }
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
        let h = (n as f32 / max as f32 * plot).max(if n > 0 { 2.0 } else { 0.0 });
        let x = gap + k as f32 * (bar + gap);
        let y = top + plot - h;
        let colour = palette::carried_by(sources, total).hex();
        w!(
            out,
            "<g><title>{n} claims carried by {sources} of {total} sources</title>\
             <rect x=\"{x}\" y=\"{y}\" width=\"{bar}\" height=\"{h}\" rx=\"2\" fill=\"{colour}\"/>\
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

pub(super) fn sources(out: &mut String, c: &Comparison) {
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
pub(super) fn source_identity(out: &mut String, src: &SourceReport, index: bool) {
    out.push_str("<div class=\"name\"");
    if index {
        w!(
            out,
            " title=\"{}\"><span class=\"idx\">[{}]</span>",
            Esc(&src.full_name()),
            src.index
        );
    } else {
        out.push('>');
    }
    let name = src.readable_name();
    w!(out, "{}</div>", Esc(&src.short_name()));
    if let Some(t) = src
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty() && crate::report::text::one_line(t) != name)
    {
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
    // A page fetched from the web: where and when (a link only to http(s): a report
    // opened from elsewhere may hold anything in these fields).
    if let Some(url) = src.final_url.as_ref().or(src.url.as_ref()) {
        out.push_str("<div class=\"meta\">");
        if crate::ingest::web::is_url(url) {
            w!(out, "<a href=\"{}\">{}</a>", Esc(url), Esc(url));
        } else {
            w!(out, "{}", Esc(url));
        }
        if let Some(t) = &src.fetched {
            w!(out, " · fetched {}", Esc(t));
        }
        out.push_str("</div>");
    }
}

/// An SVG stacked bar of shared / unique / boilerplate shares, with the numbers beside it.
pub(super) fn share_bar(out: &mut String, shared: f32, unique: f32, boilerplate: f32) {
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
    for (value, colour) in [
        (s, palette::SHARED_SOME),
        (u, palette::UNIQUE),
        (b, palette::BOILERPLATE),
    ] {
        let width = value.min(1.0 - x).max(0.0) * 100.0;
        if width > 0.0 {
            w!(
                out,
                "<rect x=\"{:.1}\" width=\"{:.1}\" height=\"10\" fill=\"{}\"/>",
                x * 100.0,
                width,
                colour.hex()
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

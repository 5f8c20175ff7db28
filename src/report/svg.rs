//! Coverage charts as standalone SVG, for reports and for export from the window:
//! the claim × source matrix, the UpSet chart of source combinations, and the
//! source × source overlap heatmap. Colours from [`crate::palette`], as in the window.

use std::fmt::Write;

use super::Comparison;
use super::coverage::{self, RowOrder};
use super::text::{Esc, clip};
use crate::palette;

/// Follows the surrounding text colour when embedded in a page (black on its own).
const TEXT: &str = "currentColor";
const FONT: &str = "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\"";

/// The claim × source matrix: a row per claim (most widely carried first), a filled cell
/// where the source carries it, opacity by closeness of wording.
pub fn matrix_svg(c: &Comparison) -> String {
    let n = c.sources.len();
    let (cell, row, text_w) = (18.0, 20.0, 520.0);
    let rows = coverage::row_order(c, RowOrder::Coverage);
    let empty = palette::EMPTY.hex();
    let (w, h) = (
        cell * n as f64 + text_w + 60.0,
        row * (rows.len() as f64 + 1.5),
    );
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" {FONT} font-size=\"12\">\n<title>Which source carries which claim</title>\n"
    );
    for (k, src) in c.sources.iter().enumerate() {
        let x = 50.0 + cell * k as f64 + cell / 2.0;
        let _ = writeln!(
            s,
            "<text x=\"{x}\" y=\"14\" text-anchor=\"middle\" fill=\"{TEXT}\"><title>{}</title>{}</text>",
            Esc(&src.full_name()),
            src.index
        );
    }
    for (r, &ci) in rows.iter().enumerate() {
        let claim = &c.claims[ci];
        let y = row * (r as f64 + 1.0);
        let _ = writeln!(
            s,
            "<text x=\"0\" y=\"{}\" fill=\"{TEXT}\">{}</text>",
            y + 14.0,
            claim.id
        );
        for src in &c.sources {
            let x = 50.0 + cell * src.index as f64;
            match coverage::closeness(c, claim, src.index) {
                Some(close) => {
                    let _ = writeln!(
                        s,
                        "<rect x=\"{x}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\" fill-opacity=\"{:.2}\"><title>{} in [{}]</title></rect>",
                        y + 3.0,
                        cell - 4.0,
                        row - 6.0,
                        palette::coverage(claim.coverage).hex(),
                        palette::closeness_opacity(close),
                        claim.id,
                        src.index
                    );
                }
                None => {
                    let _ = writeln!(
                        s,
                        "<rect x=\"{x}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"none\" stroke=\"{empty}\"/>",
                        y + 3.0,
                        cell - 4.0,
                        row - 6.0
                    );
                }
            }
        }
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" fill=\"{TEXT}\">{}</text>",
            60.0 + cell * n as f64,
            y + 14.0,
            Esc(&clip(claim.label.as_str(), 90))
        );
    }
    s.push_str("</svg>\n");
    s
}

/// An UpSet chart: bars for each combination of sources, largest first, with the
/// combination as connected dots under each bar.
pub fn upset_svg(c: &Comparison) -> String {
    let combos = coverage::intersections(c);
    let n = c.sources.len();
    let (label_w, bar_w, bars_h, dot_row) = (200.0, 24.0, 160.0, 18.0);
    let w = label_w + bar_w * combos.len() as f64 + 10.0;
    let h = bars_h + 20.0 + dot_row * n as f64 + 4.0;
    let max = combos.first().map_or(1, |i| i.claims).max(1) as f64;
    let empty = palette::EMPTY.hex();
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" {FONT} font-size=\"11\">\n<title>Claims by combination of sources</title>\n"
    );
    let dots_top = bars_h + 20.0;
    for src in &c.sources {
        let y = dots_top + dot_row * (src.index as f64 + 0.5) + 4.0;
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{y}\" text-anchor=\"end\" fill=\"{TEXT}\">[{}] {}</text>",
            label_w - 8.0,
            src.index,
            Esc(&src.short_name())
        );
    }
    for (k, combo) in combos.iter().enumerate() {
        let x = label_w + bar_w * k as f64;
        let bh = (bars_h - 16.0) * combo.claims as f64 / max;
        let fill = palette::carried_by(combo.sources.len(), n).hex();
        let names: Vec<String> = combo.sources.iter().map(|s| format!("[{s}]")).collect();
        let _ = writeln!(
            s,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{bh}\" fill=\"{fill}\"><title>{} claims only in {}</title></rect>",
            x + 4.0,
            bars_h - bh,
            bar_w - 8.0,
            combo.claims,
            names.join(" ")
        );
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{TEXT}\">{}</text>",
            x + bar_w / 2.0,
            bars_h - bh - 3.0,
            combo.claims
        );
        let cx = x + bar_w / 2.0;
        let ys: Vec<f64> = combo
            .sources
            .iter()
            .map(|&s| dots_top + dot_row * (s as f64 + 0.5))
            .collect();
        if let (Some(a), Some(b)) = (ys.first(), ys.last()) {
            let _ = writeln!(
                s,
                "<line x1=\"{cx}\" y1=\"{a}\" x2=\"{cx}\" y2=\"{b}\" stroke=\"{TEXT}\" stroke-width=\"2\"/>"
            );
        }
        for src in 0..n {
            let y = dots_top + dot_row * (src as f64 + 0.5);
            let on = combo.sources.contains(&(src as u32));
            let _ = writeln!(
                s,
                "<circle cx=\"{cx}\" cy=\"{y}\" r=\"5\" fill=\"{}\"/>",
                if on { TEXT } else { &empty }
            );
        }
    }
    s.push_str("</svg>\n");
    s
}

/// The source × source heatmap of claims in common (diagonal: each source's claims).
pub fn overlap_svg(c: &Comparison) -> String {
    let m = coverage::overlap(c);
    let n = c.sources.len();
    let (cell, label_w) = (40.0, 200.0);
    let (w, h) = (
        label_w + cell * n as f64 + 4.0,
        cell * (n as f64 + 0.6) + 4.0,
    );
    let max = m
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            r.iter()
                .enumerate()
                .filter(move |(j, _)| *j != i)
                .map(|(_, &v)| v)
        })
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" {FONT} font-size=\"12\">\n<title>Claims in common between sources</title>\n"
    );
    for k in 0..n {
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"14\" text-anchor=\"middle\" fill=\"{TEXT}\">[{k}]</text>",
            label_w + cell * (k as f64 + 0.5)
        );
    }
    for (i, row) in m.iter().enumerate() {
        let y = 0.6 * cell + cell * i as f64;
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{TEXT}\">[{i}] {}</text>",
            label_w - 8.0,
            y + cell / 2.0 + 4.0,
            Esc(&c.sources[i].short_name())
        );
        for (j, &v) in row.iter().enumerate() {
            let x = label_w + cell * j as f64;
            let (fill, opacity) = if i == j {
                (palette::EMPTY, 0.35)
            } else {
                (
                    palette::SHARED_SOME,
                    palette::overlap_opacity(v as f32 / max as f32),
                )
            };
            let fill = fill.hex();
            let _ = writeln!(
                s,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{fill}\" fill-opacity=\"{opacity:.2}\"><title>[{i}] and [{j}]: {v} claims</title></rect>",
                x + 1.5,
                y + 1.5,
                cell - 3.0,
                cell - 3.0
            );
            let _ = writeln!(
                s,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{TEXT}\">{v}</text>",
                x + cell / 2.0,
                y + cell / 2.0 + 4.0
            );
        }
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Settings, compare, ingest};

    #[test]
    fn charts_are_svg_with_escaped_text() {
        let a = ingest::from_text(
            "<a&b>.txt",
            "The court halted the ban on Monday. Shares rose <script>x</script>.",
        )
        .unwrap();
        let b = ingest::from_text("b", "On Monday the court halted the ban. It rained.").unwrap();
        let c = compare::compare(vec![a, b], &Settings::default());
        for svg in [matrix_svg(&c), upset_svg(&c), overlap_svg(&c)] {
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            assert!(svg.trim_end().ends_with("</svg>"));
            assert!(!svg.contains("<script") && !svg.contains("<a&b>"));
        }
        let matrix = matrix_svg(&c);
        assert_eq!(matrix.matches("<rect").count(), c.claims.len() * 2);
        assert!(matrix.contains("&lt;script&gt;"));
        assert!(overlap_svg(&c).contains("[0] and [1]: 1 claims"));
        assert!(upset_svg(&c).contains("1 claims only in [0] [1]"));
    }
}

//! Colours: one meaning each, shared by the columns, the sidebar and the legend. The values
//! and the tint formulas are [`crate::palette`]'s, shared with the HTML and SVG reports;
//! this module only turns them into egui colours.

use egui::Color32;

use crate::palette::{self, Rgb};
use crate::report::Coverage;

const fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// `c` at `opacity` (0..=1).
pub fn with_opacity(c: Color32, opacity: f32) -> Color32 {
    let alpha = (opacity.clamp(0.0, 1.0) * 255.0).round() as u8;
    Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), alpha)
}

pub const UNIQUE: Color32 = color(palette::UNIQUE);
pub const SHARED_SOME: Color32 = color(palette::SHARED_SOME);
pub const SHARED_ALL: Color32 = color(palette::SHARED_ALL);
pub const BOILERPLATE: Color32 = color(palette::BOILERPLATE);
pub const SELECTED: Color32 = color(palette::SELECTED);
pub const DELETED: Color32 = color(palette::DELETED);
pub const INSERTED: Color32 = color(palette::INSERTED);

/// The solid colour of a claim's coverage.
pub fn coverage_color(coverage: Coverage) -> Color32 {
    color(palette::coverage(coverage))
}

/// The solid colour of a claim carried by `n` of `total` sources.
pub fn carried_by_color(n: usize, total: usize) -> Color32 {
    color(palette::carried_by(n, total))
}

/// The background tint of a passage: stronger the more sources carry its claim.
pub fn passage_fill(coverage: Coverage, n: usize, total: usize) -> Color32 {
    with_opacity(
        coverage_color(coverage),
        palette::passage_opacity(coverage, n, total),
    )
}

/// A source's text as one stacked bar: shared, unique and boilerplate shares.
pub fn share_bar_ui(
    ui: &mut egui::Ui,
    sum: &crate::report::SourceSummary,
    size: egui::Vec2,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let mut x = rect.left();
    for (share, color) in [
        (sum.shared_ratio, SHARED_SOME),
        (sum.unique_ratio, UNIQUE),
        (sum.boilerplate_ratio, BOILERPLATE),
    ] {
        let w = rect.width() * share;
        let r = egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(w, rect.height()));
        ui.painter().rect_filled(r, 0.0, color);
        x += w;
    }
    response
}

//! Colours: one meaning each, shared by the columns, the sidebar and the legend.

use egui::Color32;

use crate::report::Coverage;

pub const UNIQUE: Color32 = Color32::from_rgb(232, 150, 60);
pub const SHARED_SOME: Color32 = Color32::from_rgb(70, 140, 230);
pub const SHARED_ALL: Color32 = Color32::from_rgb(60, 185, 110);
pub const BOILERPLATE: Color32 = Color32::from_rgb(130, 130, 130);
pub const SELECTED: Color32 = Color32::from_rgb(255, 210, 40);
pub const DELETED: Color32 = Color32::from_rgb(235, 90, 80);
pub const INSERTED: Color32 = Color32::from_rgb(80, 200, 120);

/// The solid colour of a claim carried by `n` of `total` sources.
pub fn coverage_color(coverage: Coverage) -> Color32 {
    match coverage {
        Coverage::Unique => UNIQUE,
        Coverage::Some => SHARED_SOME,
        Coverage::All => SHARED_ALL,
    }
}

/// The background tint of a passage: stronger the more sources carry its claim.
pub fn passage_fill(coverage: Coverage, n: usize, total: usize) -> Color32 {
    let base = coverage_color(coverage);
    let alpha = match coverage {
        Coverage::Unique => 34,
        Coverage::All => 80,
        Coverage::Some => {
            let share = (n.saturating_sub(1)) as f32 / (total.saturating_sub(1)).max(1) as f32;
            (40.0 + 50.0 * share) as u8
        }
    };
    Color32::from_rgba_unmultiplied(base.r(), base.g(), base.b(), alpha)
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

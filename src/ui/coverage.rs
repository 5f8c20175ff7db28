//! Coverage at a glance: the claim × source matrix, an UpSet chart of source combinations,
//! and per-source summaries with a source × source overlap heatmap.

use egui::{
    Align2, FontId, Rect, RichText, Role, Sense, Stroke, StrokeKind, WidgetInfo, pos2, vec2,
};

use crate::app::state::{AppState, ClaimFilter, Command, Export, Tab};
use crate::palette;
use crate::report::Comparison;
use crate::report::coverage::{self, RowOrder};

use super::sidebar::claim_row_label;
use super::theme;

const CELL: f32 = 24.0;
const ROW: f32 = 22.0;
/// Height of the matrix's column heads, where the source names stand upright.
const HEAD: f32 = 150.0;

/// Names an interactive area for screen readers and UI tests.
fn describe(response: &egui::Response, kind: Role, label: String) {
    response.widget_info(move || WidgetInfo::labeled(kind, true, label.clone()));
}

/// One row per claim, one column per source; a filled cell where the source carries the
/// claim, its strength showing how close that source's wording is to the claim's most
/// representative passage.
pub fn matrix_ui(ui: &mut egui::Ui, c: &Comparison, state: &AppState) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        if ui.button("Export CSV…").clicked() {
            commands.push(Command::ExportDialog(Export::MatrixCsv));
        }
        if ui.button("Export SVG…").clicked() {
            commands.push(Command::ExportDialog(Export::MatrixSvg));
        }
        ui.separator();
        ui.label("Order rows by");
        let order = state.view.matrix_order;
        if ui
            .selectable_label(order == RowOrder::Coverage, "coverage")
            .clicked()
        {
            commands.push(Command::SetMatrixOrder(RowOrder::Coverage));
        }
        for src in &c.sources {
            let o = RowOrder::Source(src.index);
            if ui
                .selectable_label(order == o, format!("[{}]", src.index))
                .on_hover_text(format!("The order of {}", src.short_name()))
                .clicked()
            {
                commands.push(Command::SetMatrixOrder(o));
            }
        }
    });
    // Column heads: each source's short name, written upwards above its cells.
    ui.horizontal(|ui| {
        let color = ui.visuals().strong_text_color();
        for src in &c.sources {
            let (rect, resp) = ui.allocate_exact_size(vec2(CELL, HEAD), Sense::hover());
            let galley = ui.painter().layout_no_wrap(
                format!("{} {}", src.index, src.short_name()),
                FontId::proportional(12.0),
                color,
            );
            // Rotated a quarter turn about its top-left corner: its baseline runs up the cell.
            let pos = pos2(rect.center().x - galley.size().y / 2.0, rect.bottom() - 2.0);
            ui.painter_at(rect).add(
                egui::epaint::TextShape::new(pos, galley, color)
                    .with_angle(-std::f32::consts::FRAC_PI_2),
            );
            describe(&resp, Role::ColumnHeader, src.short_name());
            resp.on_hover_text(src.full_name());
        }
        ui.label(RichText::new("Claim (its most representative passage)").strong());
    });
    let rows = coverage::row_order(c, state.view.matrix_order);
    egui::ScrollArea::vertical()
        .id_salt("matrix")
        .auto_shrink([false, false])
        .show_rows(ui, ROW, rows.len(), |ui, range| {
            for &ci in &rows[range] {
                let claim = &c.claims[ci];
                ui.horizontal(|ui| {
                    for src in &c.sources {
                        let (rect, resp) = ui.allocate_exact_size(vec2(CELL, ROW), Sense::hover());
                        let cell = rect.shrink2(vec2(3.0, 3.0));
                        match coverage::closeness(c, claim, src.index) {
                            Some(close) => {
                                let fill = theme::with_opacity(
                                    theme::coverage_color(claim.coverage),
                                    palette::closeness_opacity(close),
                                );
                                ui.painter().rect_filled(cell, 2.0, fill);
                                let label = format!("{} carried by [{}]", claim.id, src.index);
                                describe(&resp, Role::Cell, label);
                                let passage = claim
                                    .member_of(src.index)
                                    .and_then(|m| c.passage(m.passage));
                                if let Some(p) = passage {
                                    resp.on_hover_ui(|ui| {
                                        ui.set_max_width(420.0);
                                        ui.label(
                                            RichText::new(format!(
                                                "[{}] {}",
                                                src.index,
                                                src.short_name()
                                            ))
                                            .strong(),
                                        );
                                        ui.label(p.span_of(claim.id));
                                        ui.weak(format!(
                                            "closeness to the claim's wording: {close:.2}"
                                        ));
                                    });
                                }
                            }
                            None => {
                                ui.painter().rect_stroke(
                                    cell,
                                    2.0,
                                    Stroke::new(
                                        1.0,
                                        ui.visuals().weak_text_color().gamma_multiply(0.4),
                                    ),
                                    StrokeKind::Inside,
                                );
                                describe(
                                    &resp,
                                    Role::Cell,
                                    format!("{} not in [{}]", claim.id, src.index),
                                );
                            }
                        }
                    }
                    let selected = state.view.selected == Some(claim.id);
                    let row = ui
                        .add(egui::Button::selectable(selected, claim_row_label(claim)).truncate());
                    if row.clicked() {
                        commands.push(Command::Select(Some(claim.id)));
                        commands.push(Command::SetTab(Tab::Columns));
                    }
                });
            }
        });
    commands
}

/// An UpSet chart: a bar per combination of sources (largest first), the combination shown
/// as connected dots beneath it. Clicking a bar filters the claims list to it.
pub fn intersections_ui(ui: &mut egui::Ui, c: &Comparison, state: &AppState) -> Vec<Command> {
    let mut commands = Vec::new();
    let combos = coverage::intersections(c);
    ui.horizontal(|ui| {
        if ui.button("Export SVG…").clicked() {
            commands.push(Command::ExportDialog(Export::IntersectionsSvg));
        }
        ui.label(format!(
            "{} claims fall into {} combinations of sources. Click a bar to list its claims in the sidebar.",
            c.claims.len(),
            combos.len()
        ));
    });
    let n = c.sources.len();
    let label_w = 190.0;
    let bar_w = 26.0;
    let bars_h = 180.0;
    let dot_row = 20.0;
    let max = combos.first().map_or(1, |i| i.claims).max(1) as f32;
    egui::ScrollArea::both()
        .id_salt("upset")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let size = vec2(
                label_w + bar_w * combos.len() as f32 + 10.0,
                bars_h + 20.0 + dot_row * n as f32,
            );
            let (area, _) = ui.allocate_exact_size(size, Sense::hover());
            let painter = ui.painter_at(area);
            let text_color = ui.visuals().text_color();
            let weak = ui.visuals().weak_text_color().gamma_multiply(0.35);
            let dots_top = area.top() + bars_h + 20.0;
            for src in &c.sources {
                let y = dots_top + dot_row * (src.index as f32 + 0.5);
                painter.text(
                    pos2(area.left() + label_w - 8.0, y),
                    Align2::RIGHT_CENTER,
                    format!("[{}] {}", src.index, src.short_name()),
                    FontId::proportional(12.0),
                    text_color,
                );
            }
            for (k, combo) in combos.iter().enumerate() {
                let x = area.left() + label_w + bar_w * k as f32;
                let h = (bars_h - 16.0) * combo.claims as f32 / max;
                let bar = Rect::from_min_max(
                    pos2(x + 4.0, area.top() + bars_h - h),
                    pos2(x + bar_w - 4.0, area.top() + bars_h),
                );
                let color = theme::carried_by_color(combo.sources.len(), n);
                let active = state.view.filter == ClaimFilter::Combination(combo.mask);
                painter.rect_filled(bar, 1.0, color);
                if active {
                    painter.rect_stroke(
                        bar.expand(2.0),
                        2.0,
                        Stroke::new(2.0, theme::SELECTED),
                        StrokeKind::Outside,
                    );
                }
                painter.text(
                    pos2(bar.center().x, bar.top() - 2.0),
                    Align2::CENTER_BOTTOM,
                    combo.claims.to_string(),
                    FontId::proportional(11.0),
                    text_color,
                );
                // The combination as dots, joined from its first to its last source.
                let ys: Vec<f32> = combo
                    .sources
                    .iter()
                    .map(|&s| dots_top + dot_row * (s as f32 + 0.5))
                    .collect();
                if let (Some(first), Some(last)) = (ys.first(), ys.last()) {
                    painter.line_segment(
                        [pos2(bar.center().x, *first), pos2(bar.center().x, *last)],
                        Stroke::new(2.0, text_color),
                    );
                }
                for s in 0..n {
                    let y = dots_top + dot_row * (s as f32 + 0.5);
                    let on = combo.sources.contains(&(s as u32));
                    painter.circle_filled(
                        pos2(bar.center().x, y),
                        5.0,
                        if on { text_color } else { weak },
                    );
                }
                let column =
                    Rect::from_min_max(pos2(x, area.top()), pos2(x + bar_w, area.bottom()));
                let resp = ui.interact(
                    column,
                    ui.scope_id().with(("combo", combo.mask)),
                    Sense::click(),
                );
                let names: Vec<String> = combo.sources.iter().map(|s| format!("[{s}]")).collect();
                let label = format!("{} claims only in {}", combo.claims, names.join(" "));
                describe(&resp, Role::Button, label.clone());
                if resp.on_hover_text(label).clicked() {
                    commands.push(Command::SetFilter(if active {
                        ClaimFilter::All
                    } else {
                        ClaimFilter::Combination(combo.mask)
                    }));
                }
            }
        });
    commands
}

/// Per source: its claims, what only it says, its boilerplate share; and how many claims
/// each pair of sources has in common.
pub fn sources_ui(ui: &mut egui::Ui, c: &Comparison, state: &AppState) -> Vec<Command> {
    let mut commands = Vec::new();
    let overlap = coverage::overlap(c);
    let n = c.sources.len();
    egui::ScrollArea::both()
        .id_salt("sources_view")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("per_source")
                .striped(true)
                .num_columns(6)
                .show(ui, |ui| {
                    for head in [
                        "Source",
                        "Claims",
                        "Shared",
                        "Unique",
                        "Boilerplate",
                        "Text",
                    ] {
                        ui.label(RichText::new(head).strong());
                    }
                    ui.end_row();
                    for (src, sum) in c.sources.iter().zip(&c.summary.per_source) {
                        ui.label(format!("[{}] {}", src.index, src.short_name()))
                            .on_hover_text(src.full_name());
                        ui.label(sum.claims.to_string());
                        ui.label(sum.shared.to_string());
                        ui.label(sum.unique.to_string());
                        ui.label(format!("{:.0}%", sum.boilerplate_ratio * 100.0));
                        theme::share_bar_ui(ui, sum, vec2(200.0, 10.0));
                        ui.end_row();
                    }
                });
            ui.add_space(16.0);
            ui.horizontal(|ui| {
                ui.heading("Claims in common, source by source");
                if ui.button("Export SVG…").clicked() {
                    commands.push(Command::ExportDialog(Export::OverlapSvg));
                }
            });
            let best = most_overlap(&overlap);
            let max_off = best.first().map_or(0, |&(_, _, v)| v);
            if max_off > 0 {
                let pairs: Vec<String> = best
                    .iter()
                    .map(|(i, j, _)| format!("[{i}] and [{j}]"))
                    .collect();
                ui.label(format!(
                    "Most overlap ({} in common): {}. Click a cell to list the claims two sources share.",
                    claims_word(max_off),
                    pairs.join(", ")
                ));
            }
            let max_off = max_off.max(1) as f32;
            let cell = 44.0;
            let label_w = 190.0;
            let (area, _) = ui.allocate_exact_size(
                vec2(label_w + cell * n as f32, cell * (n as f32 + 0.6)),
                Sense::hover(),
            );
            let text_color = ui.visuals().text_color();
            for k in 0..n {
                ui.painter().text(
                    pos2(
                        area.left() + label_w + cell * (k as f32 + 0.5),
                        area.top() + 8.0,
                    ),
                    Align2::CENTER_CENTER,
                    format!("[{k}]"),
                    FontId::proportional(12.0),
                    text_color,
                );
            }
            for (i, row) in overlap.iter().enumerate() {
                let y = area.top() + 0.6 * cell + cell * i as f32;
                ui.painter().text(
                    pos2(area.left() + label_w - 8.0, y + cell / 2.0),
                    Align2::RIGHT_CENTER,
                    format!("[{i}] {}", c.sources[i].short_name()),
                    FontId::proportional(12.0),
                    text_color,
                );
                for (j, &v) in row.iter().enumerate() {
                    let rect = Rect::from_min_size(
                        pos2(area.left() + label_w + cell * j as f32, y),
                        vec2(cell, cell),
                    )
                    .shrink(1.5);
                    let fill = if i == j {
                        ui.visuals().faint_bg_color
                    } else {
                        theme::with_opacity(
                            theme::SHARED_SOME,
                            palette::overlap_opacity(v as f32 / max_off),
                        )
                    };
                    ui.painter().rect_filled(rect, 2.0, fill);
                    if i != j
                        && overlap[i][j] as f32 == max_off
                        && best.iter().any(|b| (b.0, b.1) == (i.min(j), i.max(j)))
                    {
                        ui.painter().rect_stroke(
                            rect,
                            2.0,
                            Stroke::new(2.0, theme::SELECTED),
                            StrokeKind::Inside,
                        );
                    }
                    let strong = ui.visuals().strong_text_color();
                    ui.painter().text(
                        rect.center(),
                        Align2::CENTER_CENTER,
                        v.to_string(),
                        FontId::proportional(13.0),
                        strong,
                    );
                    let filter = ClaimFilter::AtLeast((1u64 << i.min(63)) | (1u64 << j.min(63)));
                    let active = state.view.filter == filter;
                    if active {
                        ui.painter().rect_stroke(
                            rect.expand(1.0),
                            2.0,
                            Stroke::new(2.5, ui.visuals().strong_text_color()),
                            StrokeKind::Outside,
                        );
                    }
                    let resp =
                        ui.interact(rect, ui.scope_id().with(("overlap", i, j)), Sense::click());
                    let label = if i == j {
                        format!("[{i}] has {}", claims_word(v))
                    } else {
                        format!("[{i}] and [{j}] share {}", claims_word(v))
                    };
                    describe(&resp, Role::Cell, label.clone());
                    let hint = if active {
                        "Click to list every claim again"
                    } else {
                        "Click to list these claims in the sidebar"
                    };
                    if resp.on_hover_text(format!("{label}. {hint}")).clicked() {
                        commands.push(Command::SetFilter(if active {
                            ClaimFilter::All
                        } else {
                            filter
                        }));
                    }
                }
            }
        });
    commands
}

/// "1 claim", "3 claims".
fn claims_word(n: usize) -> String {
    if n == 1 {
        "1 claim".to_owned()
    } else {
        format!("{n} claims")
    }
}

/// The pairs of different sources with most claims in common (ties all listed).
fn most_overlap(m: &[Vec<usize>]) -> Vec<(usize, usize, usize)> {
    let max = m
        .iter()
        .enumerate()
        .flat_map(|(i, row)| row.iter().skip(i + 1).copied())
        .max()
        .unwrap_or(0);
    m.iter()
        .enumerate()
        .flat_map(|(i, row)| {
            row.iter()
                .enumerate()
                .skip(i + 1)
                .map(move |(j, &v)| (i, j, v))
        })
        .filter(|&(_, _, v)| v == max && max > 0)
        .collect()
}

//! The sidebar: sources with their shared / unique / boilerplate bars, load errors, and the
//! searchable, filterable list of claims.

use egui::{RichText, Sense};

use crate::app::state::{AppState, ClaimFilter, Command};
use crate::report::{Claim, Comparison, Coverage};

use super::theme;

pub fn sidebar_ui(ui: &mut egui::Ui, c: &Comparison, state: &AppState) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.heading("Sources");
    let n = c.sources.len();
    for (src, sum) in c.sources.iter().zip(&c.summary.per_source) {
        let i = src.index as usize;
        // Commands name inputs, which include any that could not be read.
        let input = |k: usize| state.input_of(k);
        ui.horizontal(|ui| {
            if ui
                .small_button("Remove")
                .on_hover_text("Remove this source")
                .clicked()
            {
                commands.push(Command::RemoveSource(input(i)));
            }
            if ui
                .add_enabled(i > 0, egui::Button::new("Up").small())
                .on_hover_text("Move left")
                .clicked()
            {
                commands.push(Command::MoveSource {
                    from: input(i),
                    to: input(i - 1),
                });
            }
            if ui
                .add_enabled(i + 1 < n, egui::Button::new("Down").small())
                .on_hover_text("Move right")
                .clicked()
            {
                commands.push(Command::MoveSource {
                    from: input(i),
                    to: input(i + 1),
                });
            }
            ui.add(
                egui::Label::new(RichText::new(format!("[{i}] {}", src.short_name())).strong())
                    .truncate(),
            )
            .on_hover_text(src.full_name());
        });
        let response = theme::share_bar_ui(ui, sum, egui::vec2(ui.available_width(), 8.0));
        response.on_hover_text(format!(
            "{:.0}% shared · {:.0}% unique · {:.0}% boilerplate (share of the text)",
            sum.shared_ratio * 100.0,
            sum.unique_ratio * 100.0,
            sum.boilerplate_ratio * 100.0
        ));
    }
    errors_ui(ui, state, &mut commands);
    ui.separator();
    ui.heading(format!("Claims ({})", c.claims.len()));
    ui.horizontal_wrapped(|ui| {
        let s = &c.summary;
        let differing = c
            .claims
            .iter()
            .filter(|cl| ClaimFilter::Differing.accepts(c, cl))
            .count();
        for (filter, text) in [
            (ClaimFilter::All, format!("All {}", s.claims)),
            (
                ClaimFilter::SharedByAll,
                format!("Shared by all {}", s.shared_by_all),
            ),
            (
                ClaimFilter::SharedBySome,
                format!("Shared by some {}", s.shared - s.shared_by_all),
            ),
            (ClaimFilter::Unique, format!("Unique {}", s.unique)),
            (
                ClaimFilter::Differing,
                format!("With a disagreement {differing}"),
            ),
        ] {
            if ui
                .selectable_label(state.view.filter == filter, text)
                .clicked()
            {
                commands.push(Command::SetFilter(filter));
            }
        }
    });
    if let ClaimFilter::Combination(mask) | ClaimFilter::AtLeast(mask) = state.view.filter {
        ui.horizontal(|ui| {
            let names: Vec<String> = (0..n)
                .filter(|&s| mask & (1u64 << s.min(63)) != 0)
                .map(|s| {
                    let name = c.sources.get(s).map_or(String::new(), |x| x.short_name());
                    format!("[{s}] {name}")
                })
                .collect();
            ui.label(match state.view.filter {
                ClaimFilter::AtLeast(_) if names.len() == 1 => {
                    format!("The claims of {}", names[0])
                }
                ClaimFilter::AtLeast(_) => format!("The claims {} share", names.join(" and ")),
                _ => format!("Only the claims of exactly {}", names.join(" ")),
            });
            if ui.small_button("Show all").clicked() {
                commands.push(Command::SetFilter(ClaimFilter::All));
            }
        });
    }
    let mut search = state.view.search.clone();
    ui.horizontal(|ui| {
        let label = ui.label("Search");
        if ui
            .text_edit_singleline(&mut search)
            .labelled_by(label.id)
            .changed()
        {
            commands.push(Command::SetSearch(search.clone()));
        }
    });
    let needle = state.view.search.to_lowercase();
    let rows: Vec<&Claim> = c
        .claims
        .iter()
        .filter(|cl| state.view.filter.accepts(c, cl))
        .filter(|cl| needle.is_empty() || cl.label.to_lowercase().contains(&needle))
        .collect();
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical()
        .id_salt("claims")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for cl in &rows[range] {
                claim_row_ui(ui, c, cl, state, &mut commands);
            }
        });
    commands
}

/// The inputs that could not be read, each with why, and a way to drop it.
fn errors_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    for e in &state.errors {
        ui.horizontal_wrapped(|ui| {
            if ui
                .small_button("Remove")
                .on_hover_text("Remove this file from the sources")
                .clicked()
            {
                commands.push(Command::RemoveSource(e.input));
            }
            ui.label(
                RichText::new(format!("Could not read {}: {}", e.name, e.reason))
                    .color(theme::DELETED),
            );
        });
    }
}

/// The sources asked for while fewer than two could be compared: each can be removed.
pub fn inputs_ui(ui: &mut egui::Ui, state: &AppState) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.heading("Sources");
    for (i, input) in state.inputs.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui
                .small_button("Remove")
                .on_hover_text("Remove this source")
                .clicked()
            {
                commands.push(Command::RemoveSource(i));
            }
            ui.add(
                egui::Label::new(RichText::new(format!("[{i}] {}", input.name())).strong())
                    .truncate(),
            );
        });
    }
    if state.inputs.len() < 2 {
        ui.weak("Add at least one more source to compare.");
    }
    commands
}

/// What a claim's row says, in the sidebar and the coverage matrix alike: its id and its
/// label (the representative passage); the row elides what does not fit.
pub fn claim_row_label(claim: &Claim) -> String {
    format!("{} {}", claim.id, claim.label)
}

fn claim_row_ui(
    ui: &mut egui::Ui,
    c: &Comparison,
    cl: &Claim,
    state: &AppState,
    commands: &mut Vec<Command>,
) {
    let selected = state.view.selected == Some(cl.id);
    ui.horizontal(|ui| {
        // One mark per source: filled where the source carries the claim.
        let color = theme::coverage_color(cl.coverage);
        let (rect, marks) = ui.allocate_exact_size(
            egui::vec2(7.0 * c.sources.len() as f32, 10.0),
            Sense::hover(),
        );
        for s in 0..c.sources.len() {
            let r = egui::Rect::from_min_size(
                rect.min + egui::vec2(7.0 * s as f32, 2.0),
                egui::vec2(5.0, 6.0),
            );
            if cl.sources.contains(&(s as u32)) {
                ui.painter().rect_filled(r, 1.0, color);
            } else {
                ui.painter().rect_stroke(
                    r,
                    1.0,
                    (1.0, theme::BOILERPLATE),
                    egui::StrokeKind::Inside,
                );
            }
        }
        let names: Vec<String> = cl
            .sources
            .iter()
            .map(|&s| format!("[{s}] {}", c.sources[s as usize].short_name()))
            .collect();
        marks.on_hover_text(names.join("\n"));
        let label = claim_row_label(cl);
        let text = if cl.coverage == Coverage::Unique {
            RichText::new(label)
        } else {
            RichText::new(label).color(color)
        };
        let response = ui
            .add(egui::Button::selectable(selected, text).truncate())
            .on_hover_text(cl.label.as_str());
        if response.clicked() {
            commands.push(Command::Select(if selected { None } else { Some(cl.id) }));
        }
    });
}

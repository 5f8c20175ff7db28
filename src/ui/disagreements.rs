//! The disagreements view: every figure, date or quote the sources give differently, each
//! source's value marked inside its sentence, one click from the passage in the columns.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, RichText};

use crate::app::state::{Command, Tab};
use crate::disagree::{Disagreement, Kind, Value};
use crate::report::{Comparison, PassageId};

use super::columns::disagree_kind_word;
use super::diff_text::{diff_job, legend};
use super::theme;

pub fn disagreements_ui(ui: &mut egui::Ui, c: &Comparison) -> Vec<Command> {
    let mut commands = Vec::new();
    if c.disagreements.is_empty() {
        ui.label("No figure, date or quote is given differently by two sources.");
        return commands;
    }
    ui.label(
        "Figures, dates and quotes several sources give about the same thing, with values that \
         cannot all be true. Click a source to see its sentence in the columns.",
    );
    egui::ScrollArea::vertical()
        .id_salt("disagreements_view")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (i, d) in c.disagreements.iter().enumerate() {
                ui.push_id(i, |ui| disagreement_card(ui, c, d, &mut commands));
            }
        });
    commands
}

fn disagreement_card(ui: &mut egui::Ui, c: &Comparison, d: &Disagreement, out: &mut Vec<Command>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(format!("{} · {}", disagree_kind_word(d.kind), d.about))
                .strong()
                .color(theme::DELETED),
        );
        for v in &d.values {
            let id = PassageId {
                source: v.source,
                index: v.passage,
            };
            let name = c
                .sources
                .get(v.source as usize)
                .map_or(String::new(), |s| s.short_name());
            ui.horizontal_wrapped(|ui| {
                if ui
                    .link(format!("[{}] {name}", v.source))
                    .on_hover_text("Show this passage in the columns")
                    .clicked()
                {
                    out.push(Command::SetTab(Tab::Columns));
                    out.push(Command::SelectPassage(id));
                }
                ui.label(RichText::new(format!("says “{}”", v.text)).strong());
            });
            if let Some(p) = c.passage(id) {
                let width = ui.available_width();
                ui.label(marked(ui, &p.text, v, width));
            }
        }
        // Two wordings of one quote: what one has that the other lacks.
        if d.kind == Kind::Quote
            && let [a, b, ..] = d.values.as_slice()
        {
            let (na, nb) = (format!("[{}]", a.source), format!("[{}]", b.source));
            ui.label(RichText::new(format!("{na} against {nb}: {}", legend(&na, &nb))).weak());
            let diff = crate::diff::word_diff(&a.text, &b.text);
            ui.label(diff_job(
                &diff,
                true,
                ui.visuals().text_color(),
                ui.available_width(),
            ));
        }
    });
    ui.add_space(6.0);
}

/// The passage text with the value's bytes on a highlight.
fn marked(ui: &egui::Ui, text: &str, v: &Value, wrap: f32) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = TextFormat::simple(font.clone(), ui.visuals().weak_text_color());
    let mark = TextFormat {
        font_id: font,
        color: ui.visuals().strong_text_color(),
        background: theme::with_opacity(theme::SELECTED, 0.45),
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap;
    match (
        text.get(..v.span.start),
        text.get(v.span.clone()),
        text.get(v.span.end..),
    ) {
        (Some(before), Some(value), Some(after)) => {
            job.append(before, 0.0, plain.clone());
            job.append(value, 0.0, mark);
            job.append(after, 0.0, plain);
        }
        _ => job.append(
            text,
            0.0,
            TextFormat {
                background: Color32::TRANSPARENT,
                ..plain
            },
        ),
    }
    job
}

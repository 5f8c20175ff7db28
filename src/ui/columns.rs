//! The side-by-side view: one column per source, passages tinted by how many sources carry
//! their claim, and the selected claim's detail with word diffs.

use egui::{Align, Color32, RichText, Sense, Stroke};

use crate::app::state::{AppState, Command};
use egui::text::{LayoutJob, TextFormat};

use crate::disagree::Disagreement;
use crate::report::coverage::{self, Run};
use crate::report::{Claim, ClaimId, Comparison, Correction, Passage, PassageId, SourceReport};

use super::diff_text::{diff_job, legend};
use super::theme;

const MIN_COLUMN_WIDTH: f32 = 340.0;
/// The narrowest a column gets when every column is fitted into the window.
const FIT_MIN_WIDTH: f32 = 150.0;
/// The smallest text size, relative to the usual, of fitted columns.
const FIT_MIN_TEXT: f32 = 0.75;

/// Where the columns leave how many of them were fully in view, for the status line.
fn in_view_id() -> egui::Id {
    egui::Id::unique("columns_in_view")
}

/// How many columns were fully in view when last drawn (None before the first time).
pub fn columns_in_view(ctx: &egui::Context) -> Option<usize> {
    ctx.data(|d| d.get_temp(in_view_id()))
}

/// Width of the gap between columns, where the links are drawn and the resize handle sits.
const GAP: f32 = 30.0;
/// Width of the overview strip at a column's right edge.
const STRIP: f32 = 12.0;

/// What a column reports back for the links: its visible passages and their claims.
struct Drawn {
    /// Passages in view, screen coordinates, clipped to the column's viewport.
    visible: Vec<(ClaimId, egui::Rect)>,
    clip: egui::Rect,
}

/// All source columns, scrolling horizontally when they do not fit, with curves linking
/// the passages of a claim in adjacent columns.
pub fn columns_ui(ui: &mut egui::Ui, c: &Comparison, state: &AppState) -> Vec<Command> {
    let mut commands = Vec::new();
    let shown: Vec<&SourceReport> = match state.view.focus {
        None => c.sources.iter().collect(),
        Some((i, j)) => {
            focus_bar_ui(ui, c, i, j, &mut commands);
            c.sources
                .iter()
                .filter(|s| [i, j].contains(&(s.index as usize)))
                .collect()
        }
    };
    if shown.is_empty() {
        return commands;
    }
    let fit = state.prefs.fit_columns;
    let n = shown.len() as f32;
    let fitted = ((ui.available_width() - GAP * n) / n).max(FIT_MIN_WIDTH);
    let fair = if fit {
        fitted
    } else {
        fitted.max(MIN_COLUMN_WIDTH)
    };
    // The last frame's count of columns in full view (the scroll position decides it).
    let in_view_id = in_view_id();
    let in_view: Option<usize> = ui.data(|d| d.get_temp(in_view_id));
    ui.horizontal_wrapped(|ui| {
        let mut fit_now = fit;
        if ui
            .checkbox(&mut fit_now, "Fit all columns")
            .on_hover_text("Narrow every column, with smaller text, so that all fit the window")
            .changed()
        {
            commands.push(Command::SetFitColumns(fit_now));
        }
        let total = shown.len();
        match in_view {
            Some(k) if k < total => {
                ui.label(
                    RichText::new(format!(
                        "{k} of {total} sources in view: scroll sideways for the rest"
                    ))
                    .color(theme::DELETED),
                );
            }
            _ => {
                ui.weak(format!("All {total} sources in view"));
            }
        }
    });
    // Room under the scroll bar, so grabbing the claim panel's edge below does not grab it.
    let solid = egui::style::ScrollStyle::solid();
    let bar = solid.bar_width + solid.bar_inner_margin + solid.bar_outer_margin;
    let height = ui.available_height() - bar - 8.0;
    let mut fully_visible = 0;
    // A solid scroll bar, always drawn: columns beyond the edge must not go unnoticed.
    // (The columns' own vertical bars keep the usual style.)
    let usual_scroll = ui.spacing().scroll;
    ui.spacing_mut().scroll = solid;
    egui::ScrollArea::horizontal()
        .id_salt("columns")
        .auto_shrink([false, false])
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
        .max_height(height + bar)
        .show(ui, |ui| {
            ui.spacing_mut().scroll = usual_scroll;
            let outer = ui.clip_rect();
            if fit && fitted < MIN_COLUMN_WIDTH {
                let scale = (fitted / MIN_COLUMN_WIDTH).max(FIT_MIN_TEXT);
                for font in ui.style_mut().text_styles.values_mut() {
                    font.size = (font.size * scale).round().max(8.0);
                }
            }
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                let last = shown.len() - 1;
                let mut drawn: Vec<Drawn> = Vec::new();
                let mut gaps: Vec<egui::Rect> = Vec::new();
                for (k, src) in shown.into_iter().enumerate() {
                    let i = src.index as usize;
                    let width = state
                        .view
                        .column_widths
                        .get(i)
                        .copied()
                        .flatten()
                        .unwrap_or(fair);
                    let column = ui.allocate_ui(egui::vec2(width, height), |ui| {
                        ui.set_width(width);
                        ui.vertical(|ui| column_ui(ui, c, src, state, &mut commands))
                            .inner
                    });
                    let r = column.response.rect;
                    if outer.left() <= r.left() + 1.0 && r.right() <= outer.right() + 1.0 {
                        fully_visible += 1;
                    }
                    if k == last && state.view.reveal_last {
                        ui.scroll_to_rect(column.response.rect, Some(Align::Max));
                    }
                    drawn.push(column.inner);
                    // The gap: links are drawn in it; dragging it resizes the column on its left.
                    let (gap, drag) =
                        ui.allocate_exact_size(egui::vec2(GAP, height), Sense::drag());
                    let drag = drag.on_hover_cursor(egui::CursorIcon::ResizeHorizontal);
                    if drag.hovered() || drag.dragged() {
                        ui.painter()
                            .vline(gap.center().x, gap.y_range(), (1.0, theme::SELECTED));
                    }
                    if drag.dragged() {
                        let w = (width + drag.drag_delta().x).max(MIN_COLUMN_WIDTH * 0.6);
                        commands.push(Command::ResizeColumn {
                            source: i,
                            width: w,
                        });
                    }
                    gaps.push(gap);
                }
                for (k, pair) in drawn.windows(2).enumerate() {
                    links_ui(ui, c, state, &pair[0], &pair[1], gaps[k]);
                }
            });
        });
    if in_view != Some(fully_visible) {
        ui.data_mut(|d| d.insert_temp(in_view_id, fully_visible));
        ui.ctx().request_repaint();
    }
    commands
}

/// Above focused columns: which two are shown, a choice of the second, and the way back.
fn focus_bar_ui(
    ui: &mut egui::Ui,
    c: &Comparison,
    focused: usize,
    beside: usize,
    commands: &mut Vec<Command>,
) {
    let name = |k: usize| {
        c.sources
            .get(k)
            .map_or(String::new(), |s| format!("[{k}] {}", s.short_name()))
    };
    ui.horizontal(|ui| {
        let label = ui.label(format!("Focus: {} beside", name(focused)));
        egui::ComboBox::from_id_salt("focus_beside")
            .selected_text(name(beside))
            .show_ui(ui, |ui| {
                for k in (0..c.sources.len()).filter(|&k| k != focused) {
                    if ui.selectable_label(k == beside, name(k)).clicked() {
                        commands.push(Command::FocusBeside(k));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if ui.button("Show all sources").clicked() {
            commands.push(Command::Unfocus);
        }
    });
}

/// Curves between the passages of one claim in two adjacent columns, as Meld draws between
/// changed blocks; the selected claim's are emphasised.
fn links_ui(
    ui: &egui::Ui,
    c: &Comparison,
    state: &AppState,
    left: &Drawn,
    right: &Drawn,
    gap: egui::Rect,
) {
    let painter = ui.painter().with_clip_rect(
        gap.union(left.clip)
            .union(right.clip)
            .intersect(ui.clip_rect()),
    );
    for &(claim, a) in &left.visible {
        for &(other, b) in &right.visible {
            if claim != other {
                continue;
            }
            let selected = state.view.selected == Some(claim);
            let color = c
                .claim(claim)
                .map_or(theme::SHARED_SOME, |cl| theme::coverage_color(cl.coverage));
            let (width, color) = if selected {
                (3.0, theme::SELECTED)
            } else {
                (1.5, color.gamma_multiply(0.7))
            };
            let (ya, yb) = (
                a.center().y.clamp(left.clip.top(), left.clip.bottom()),
                b.center().y.clamp(right.clip.top(), right.clip.bottom()),
            );
            // From beyond the left column's overview strip.
            let from = egui::pos2(left.clip.right() + STRIP + 2.0, ya);
            let to = egui::pos2(right.clip.left(), yb);
            let bend = (to.x - from.x) * 0.5;
            let curve = egui::epaint::CubicBezierShape::from_points_stroke(
                [
                    from,
                    from + egui::vec2(bend, 0.0),
                    to - egui::vec2(bend, 0.0),
                    to,
                ],
                false,
                Color32::TRANSPARENT,
                Stroke::new(width, color),
            );
            painter.add(curve);
        }
    }
}

fn column_ui(
    ui: &mut egui::Ui,
    c: &Comparison,
    src: &SourceReport,
    state: &AppState,
    commands: &mut Vec<Command>,
) -> Drawn {
    let sum = &c.summary.per_source[src.index as usize];
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("[{}] {}", src.index, src.short_name())).strong(),
                )
                .truncate(),
            )
            .on_hover_text(src.full_name());
            ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
                let focused = state.view.focus.is_some_and(|f| f.0 == src.index as usize);
                if ui
                    .selectable_label(focused, "Focus")
                    .on_hover_text(
                        "Show this source and one other alone, side by side (the next; \
                         choose which above the columns). Again: show all.",
                    )
                    .clicked()
                {
                    commands.push(Command::Focus(src.index as usize));
                }
            });
        });
        if let Some(title) = &src.title {
            ui.label(RichText::new(title).italics());
        }
        let meta: Vec<&str> = [&src.byline, &src.site, &src.published]
            .into_iter()
            .filter_map(|m| m.as_deref())
            .collect();
        if !meta.is_empty() {
            ui.weak(meta.join(" · "));
        }
        ui.label(format!(
            "{} claims · {} shared · {} unique",
            sum.claims, sum.shared, sum.unique
        ));
    });
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        let text_width = ui.available_width() - STRIP - 2.0;
        let mut layout = Layout::default();
        let mut area = egui::ScrollArea::vertical()
            .id_salt(("column", src.index))
            .auto_shrink([false, false]);
        if let Some(offset) = state
            .view
            .jump
            .iter()
            .find(|(s, _)| *s == src.index as usize)
            .map(|j| j.1)
        {
            area = area.vertical_scroll_offset(offset);
        }
        let output = ui
            .allocate_ui(egui::vec2(text_width, ui.available_height()), |ui| {
                area.show_viewport(ui, |ui, viewport| {
                    layout = passages_ui(ui, viewport, c, src, state, commands)
                })
            })
            .inner;
        let view = output.inner_rect;
        strip_ui(
            ui,
            src,
            &layout,
            output.state.clamped_offset().y,
            view.height(),
            commands,
        );
        Drawn {
            visible: layout
                .visible
                .into_iter()
                .map(|(id, r)| (id, r.intersect(view)))
                .collect(),
            clip: view,
        }
    })
    .inner
}

/// Where each passage of a column lies, for the overview strip and the links.
#[derive(Default)]
struct Layout {
    /// (top, bottom, colour) of every passage, in content coordinates.
    marks: Vec<(f32, f32, Color32)>,
    total: f32,
    visible: Vec<(ClaimId, egui::Rect)>,
}

/// The whole column in miniature, its passages as coloured marks and the part in view
/// framed; clicking or dragging on it scrolls there (as Meld's overview does).
fn strip_ui(
    ui: &mut egui::Ui,
    src: &SourceReport,
    layout: &Layout,
    offset: f32,
    view_height: f32,
    commands: &mut Vec<Command>,
) {
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(STRIP, view_height), Sense::click_and_drag());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
    let total = layout.total.max(1.0);
    let scale = rect.height() / total;
    for &(top, bottom, color) in &layout.marks {
        let r = egui::Rect::from_x_y_ranges(
            rect.x_range(),
            (rect.top() + top * scale)
                ..=(rect.top() + bottom * scale).max(rect.top() + top * scale + 1.0),
        );
        painter.rect_filled(r.shrink2(egui::vec2(1.0, 0.0)), 0.0, color);
    }
    let frame = egui::Rect::from_x_y_ranges(
        rect.x_range(),
        (rect.top() + offset * scale)
            ..=(rect.top() + (offset + view_height) * scale).min(rect.bottom()),
    );
    painter.rect_stroke(
        frame,
        1.0,
        Stroke::new(1.5, ui.visuals().strong_text_color()),
        egui::StrokeKind::Inside,
    );
    if let Some(pos) = response.interact_pointer_pos()
        && (response.clicked() || response.dragged())
    {
        let target = ((pos.y - rect.top()) / scale - view_height / 2.0)
            .clamp(0.0, (total - view_height).max(0.0));
        commands.push(Command::JumpColumn {
            source: src.index as usize,
            offset: target,
        });
    }
    let label = format!("Overview of [{}]", src.index);
    response
        .widget_info(move || egui::WidgetInfo::labeled(egui::Role::ScrollBar, true, label.clone()));
    response.on_hover_text("Overview of the whole article: click to jump there");
}

/// Lays out the passages but builds widgets only for those in view, so a frame costs the
/// same however long the sources are. Heights come from egui's galley cache.
fn passages_ui(
    ui: &mut egui::Ui,
    viewport: egui::Rect,
    c: &Comparison,
    src: &SourceReport,
    state: &AppState,
    commands: &mut Vec<Command>,
) -> Layout {
    let width = ui.available_width();
    let origin = ui.min_rect().min;
    let text_width = width - 2.0 * PASSAGE_MARGIN.x - BADGE_WIDTH;
    let mut layout = Layout::default();
    let mut y = 0.0;
    for p in &src.passages {
        if p.boilerplate && state.prefs.hide_boilerplate {
            continue;
        }
        let runs = coverage::runs(c, p);
        let galley = egui::WidgetText::from(passage_job(ui, c, p, &runs)).into_galley(
            ui,
            Some(egui::TextWrapMode::Wrap),
            text_width,
            egui::TextStyle::Body,
        );
        let height = galley.size().y + 2.0 * PASSAGE_MARGIN.y + PASSAGE_GAP;
        let rect =
            egui::Rect::from_min_size(origin + egui::vec2(0.0, y), egui::vec2(width, height));
        let widest = c.widest_claim(p);
        let selected = state
            .view
            .selected
            .is_some_and(|id| p.claims.iter().any(|s| s.claim == id));
        let mark = match widest {
            Some(cl) => theme::coverage_color(cl.coverage),
            None => theme::BOILERPLATE.gamma_multiply(0.4),
        };
        layout.marks.push((
            y,
            y + height - PASSAGE_GAP,
            if selected { theme::SELECTED } else { mark },
        ));
        if selected && state.view.scroll_to_selection {
            ui.scroll_to_rect(rect, Some(Align::Center));
        }
        if rect.intersects(viewport.translate(origin.to_vec2())) {
            ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
                let shown = Shown {
                    runs: &runs,
                    galley,
                    widest,
                    selected,
                };
                passage_ui(ui, c, p, shown, state.view.selected, commands);
            });
            for s in &p.claims {
                if c.claim(s.claim).is_some_and(|cl| cl.shared) {
                    layout
                        .visible
                        .push((s.claim, rect.shrink2(egui::vec2(0.0, PASSAGE_GAP))));
                }
            }
        }
        y += height;
    }
    layout.total = y;
    ui.allocate_rect(
        egui::Rect::from_min_size(origin, egui::vec2(width, y)),
        Sense::hover(),
    );
    layout
}

const PASSAGE_MARGIN: egui::Vec2 = egui::vec2(6.0, 3.0);
/// Room at a passage's right for the badge saying how many sources carry its claim: a cue
/// that does not rely on colour (docs/palette.md).
const BADGE_WIDTH: f32 = 24.0;
const PASSAGE_GAP: f32 = 3.0;

/// The run that covers most of the passage: the frame is filled with its tint, and the
/// other runs are tinted behind their words.
fn main_run(runs: &[Run]) -> Option<&Run> {
    runs.iter()
        .max_by_key(|r| (r.end - r.start, std::cmp::Reverse(r.start)))
}

fn fill_of(c: &Comparison, claim: ClaimId) -> Color32 {
    c.claim(claim).map_or(Color32::TRANSPARENT, |cl| {
        theme::passage_fill(cl.coverage, cl.sources.len(), c.sources.len())
    })
}

/// The passage's text, each run of it tinted by the claim it states (see
/// [`coverage::runs`]); boilerplate greyed.
fn passage_job(ui: &egui::Ui, c: &Comparison, p: &Passage, runs: &[Run]) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = if p.claims.is_empty() {
        theme::BOILERPLATE
    } else if p.kind == crate::segment::PassageKind::Heading {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    let format = |background| TextFormat {
        font_id: font.clone(),
        color,
        background,
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    let main = main_run(runs).map(|r| r.claim);
    if runs.len() < 2 {
        job.append(&p.text, 0.0, format(Color32::TRANSPARENT));
        return job;
    }
    for run in runs {
        let background = if Some(run.claim) == main {
            Color32::TRANSPARENT
        } else {
            // Over the frame's own tint: the run's, strong enough to show through it.
            fill_of(c, run.claim).gamma_multiply(1.6)
        };
        job.append(
            p.text.get(run.start..run.end).unwrap_or(""),
            0.0,
            format(background),
        );
    }
    job
}

/// What a screen reader says for a passage: where it is, how widely its claim is carried,
/// then its words ("Passage 3 of Reuters: shared by 4 of 5 sources: …").
/// `widest` is the passage's widest claim ([`Comparison::widest_claim`]).
pub fn spoken_label(c: &Comparison, p: &Passage, widest: Option<&Claim>) -> String {
    let source = c
        .sources
        .get(p.id.source as usize)
        .map_or(String::new(), |s| s.short_name());
    let how = match widest {
        None => "boilerplate, not counted".to_owned(),
        Some(cl) if cl.shared => format!(
            "shared by {} of {} sources",
            cl.sources.len(),
            c.sources.len()
        ),
        Some(_) => "only this source".to_owned(),
    };
    let disagrees = if c.disagrees(p.id) {
        ", a figure here is given differently elsewhere"
    } else {
        ""
    };
    format!(
        "Passage {} of {source}: {how}{disagrees}: {}",
        p.id.index + 1,
        p.text
    )
}

/// The claim stated where the pointer is over a passage's text.
fn claim_at(runs: &[Run], p: &Passage, galley: &egui::Galley, pos: egui::Vec2) -> Option<ClaimId> {
    let char_index = galley.cursor_from_pos(pos).index.0;
    let byte = p
        .text
        .char_indices()
        .nth(char_index)
        .map_or(p.text.len(), |(b, _)| b);
    runs.iter()
        .find(|r| r.start <= byte && byte < r.end)
        .or(runs.last())
        .map(|r| r.claim)
}

/// What the layout pass worked out for a passage in view, so it is not worked out again.
struct Shown<'a> {
    runs: &'a [Run],
    galley: std::sync::Arc<egui::Galley>,
    /// The widest claim it states (its badge, its spoken label, a click with no position).
    widest: Option<&'a Claim>,
    /// It states the selected claim.
    selected: bool,
}

fn passage_ui(
    ui: &mut egui::Ui,
    c: &Comparison,
    p: &Passage,
    shown: Shown,
    selected_claim: Option<ClaimId>,
    commands: &mut Vec<Command>,
) {
    let Shown {
        runs,
        galley,
        widest,
        selected,
    } = shown;
    let fill = main_run(runs).map_or(Color32::TRANSPARENT, |r| fill_of(c, r.claim));
    let stroke = if selected {
        Stroke::new(2.0, theme::SELECTED)
    } else {
        Stroke::NONE
    };
    let inner = egui::Frame::new()
        .fill(fill)
        .stroke(stroke)
        .corner_radius(3.0)
        .inner_margin(egui::Margin {
            left: PASSAGE_MARGIN.x as i8,
            right: (PASSAGE_MARGIN.x + BADGE_WIDTH) as i8,
            top: PASSAGE_MARGIN.y as i8,
            bottom: PASSAGE_MARGIN.y as i8,
        })
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(galley.clone()).sense(Sense::click()))
        });
    let response = inner.inner;
    // Built only when a screen reader asks.
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, true, spoken_label(c, p, widest))
    });
    if let Some(cl) = widest.filter(|cl| cl.shared) {
        let r = inner.response.rect;
        ui.painter().text(
            r.right_top() + egui::vec2(-3.0, 2.0),
            egui::Align2::RIGHT_TOP,
            format!("{}/{}", cl.sources.len(), c.sources.len()),
            egui::FontId::proportional(10.0),
            ui.visuals().weak_text_color(),
        );
    }
    if c.disagrees(p.id) {
        // A red edge: another source gives a figure, date or quote of this passage differently.
        let r = inner.response.rect;
        ui.painter().vline(
            r.left() + 1.5,
            r.y_range(),
            Stroke::new(3.0, theme::DELETED),
        );
    }
    if p.claims.is_empty() {
        let reason = p.furniture.map(|f| f.label()).unwrap_or("boilerplate");
        response.on_hover_text(format!("Boilerplate ({reason}): never counted as a claim"));
        return;
    }
    // Hover and click follow the claim under the pointer.
    let under = |pos: egui::Pos2| claim_at(runs, p, &galley, pos - response.rect.min);
    let hovered = response
        .hover_pos()
        .and_then(under)
        .and_then(|id| c.claim(id));
    // A click from the keyboard or a screen reader has no position: the widest claim.
    let clicked = response.clicked().then(|| {
        response
            .interact_pointer_pos()
            .and_then(under)
            .or(widest.map(|cl| cl.id))
    });
    let clicked = clicked.flatten();
    let response = match hovered {
        Some(cl) => response.on_hover_ui(|ui| counterparts_ui(ui, c, p, cl)),
        None => response,
    };
    // Corrections by hand: the reader knows better than the aligner.
    response.context_menu(|ui| correction_menu(ui, c, p, selected_claim, commands));
    if let Some(id) = clicked {
        commands.push(Command::Select(if selected_claim == Some(id) {
            None
        } else {
            Some(id)
        }));
    }
}

/// A passage's right-click menu: join it to the selected claim, or split it from its own.
fn correction_menu(
    ui: &mut egui::Ui,
    c: &Comparison,
    p: &Passage,
    selected: Option<ClaimId>,
    commands: &mut Vec<Command>,
) {
    let states = |id: ClaimId| p.claims.iter().any(|s| s.claim == id);
    if let Some(claim) = selected
        .and_then(|id| c.claim(id))
        .filter(|cl| !states(cl.id))
        && ui
            .button(format!("Same claim as the selected {}", claim.id))
            .clicked()
    {
        commands.push(Command::Correct(Correction::Join {
            a: p.id,
            b: claim.representative,
        }));
        ui.close();
    }
    if let Some(claim) = c.widest_claim(p).filter(|cl| cl.members.len() > 1)
        && ui
            .button(format!("Not the same claim as the rest of {}", claim.id))
            .clicked()
    {
        commands.push(Command::Correct(Correction::Split { passage: p.id }));
        ui.close();
    }
    if selected.is_none() {
        ui.weak("Select a claim first to join this passage to it.");
    }
}

/// The tooltip of a passage: the claim under the pointer, who else carries it (with word
/// diffs), the passage's other claims, and any figure another source gives differently.
fn counterparts_ui(ui: &mut egui::Ui, c: &Comparison, p: &Passage, claim: &Claim) {
    ui.set_max_width(520.0);
    if p.claims.len() > 1 {
        ui.label(format!(
            "This sentence states {} claims; under the pointer: “{}”",
            p.claims.len(),
            p.span_of(claim.id).trim()
        ));
    }
    for d in c.disagreements_of(p.id) {
        disagreement_ui(ui, c, d, Some(p.id));
    }
    if !claim.shared {
        ui.label(RichText::new("Only this source says this.").color(theme::UNIQUE));
        return;
    }
    ui.label(format!(
        "Claim {} · carried by {} of {} sources",
        claim.id,
        claim.sources.len(),
        c.sources.len()
    ));
    for pair in c
        .pairs_with(p.id)
        .filter(|pr| pr.claims.contains(&claim.id))
    {
        let (other, relation) = if pair.a == p.id {
            (pair.b, pair.relation)
        } else {
            (pair.a, pair.relation.flip())
        };
        let name = c.sources[other.source as usize].short_name();
        ui.separator();
        ui.label(
            RichText::new(format!(
                "This {} [{}] {} · similarity {:.2}",
                relation.phrase(),
                other.source,
                name,
                pair.similarity
            ))
            .strong(),
        );
        let job = diff_job(&pair.diff, pair.a == p.id, ui.visuals().text_color(), 500.0);
        ui.label(job);
        ui.weak(legend("this passage", &format!("[{}]", other.source)));
    }
    ui.weak("Click to select this claim in every column.");
}

/// One disagreement: what it is about, and each source's value (this passage's first).
pub fn disagreement_ui(
    ui: &mut egui::Ui,
    c: &Comparison,
    d: &Disagreement,
    this: Option<PassageId>,
) {
    let values: Vec<String> = d
        .values
        .iter()
        .map(|v| {
            let who = if this.is_some_and(|id| (id.source, id.index) == (v.source, v.passage)) {
                "this".to_owned()
            } else {
                let name = c
                    .sources
                    .get(v.source as usize)
                    .map_or(String::new(), |s| s.short_name());
                format!("[{}] {name}", v.source)
            };
            format!("{who}: “{}”", v.text)
        })
        .collect();
    ui.label(
        RichText::new(format!(
            "{} differs ({}): {}",
            disagree_kind_word(d.kind),
            d.about,
            values.join(" · ")
        ))
        .color(theme::DELETED),
    );
}

/// What kind of detail a disagreement is about, capitalised for a heading: "Figure".
pub fn disagree_kind_word(kind: crate::disagree::Kind) -> String {
    let noun = kind.noun();
    noun[..1].to_uppercase() + &noun[1..]
}

/// The bottom panel for the selected claim: each source's passage, diffed against the
/// claim's label (its representative passage).
pub fn claim_detail_ui(ui: &mut egui::Ui, c: &Comparison, claim: &Claim) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        let what = match claim.coverage {
            crate::report::Coverage::Unique => "unique to one source".to_owned(),
            crate::report::Coverage::All => "shared by all sources".to_owned(),
            crate::report::Coverage::Some => {
                format!(
                    "shared by {} of {} sources",
                    claim.sources.len(),
                    c.sources.len()
                )
            }
        };
        let by_hand = if claim.by_hand {
            " · corrected by hand"
        } else {
            ""
        };
        ui.heading(format!("Claim {} · {what}{by_hand}", claim.id));
        if ui.button("Previous shared").on_hover_text("P").clicked() {
            commands.push(Command::NextClaim {
                shared: true,
                forward: false,
            });
        }
        if ui.button("Next shared").on_hover_text("N").clicked() {
            commands.push(Command::NextClaim {
                shared: true,
                forward: true,
            });
        }
        if ui.button("Next unique").on_hover_text("U").clicked() {
            commands.push(Command::NextClaim {
                shared: false,
                forward: true,
            });
        }
        if ui.button("Clear").on_hover_text("Esc").clicked() {
            commands.push(Command::Select(None));
        }
    });
    // Everything below the buttons scrolls, and fills the panel: the panel keeps the
    // height it was given (or dragged to) whatever the claim.
    egui::ScrollArea::vertical()
        .id_salt("claim_detail_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(RichText::new(&claim.label).strong());
            let mut shown = Vec::new();
            for m in &claim.members {
                for d in c.disagreements_of(m.passage) {
                    if !shown.contains(&d) {
                        shown.push(d);
                        disagreement_ui(ui, c, d, None);
                    }
                }
            }
            // A is the claim's wording (its representative passage), B each source's.
            let base = claim.representative;
            if claim.members.len() > 1 {
                ui.weak(legend(
                    &format!("[{}]", base.source),
                    "the source named above the line",
                ));
            }
            for m in claim.members.iter().map(|m| m.passage) {
                let Some(p) = c.passage(m) else { continue };
                let name = c.sources[m.source as usize].short_name();
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .link(format!("[{}] {}", m.source, name))
                        .on_hover_text("Scroll the columns to this passage")
                        .clicked()
                    {
                        commands.push(Command::SelectPassage(m));
                    }
                    if m == base && claim.members.len() > 1 {
                        ui.weak("(the claim's wording)");
                    }
                    if claim.members.len() > 1
                        && ui
                            .small_button("Not the same claim")
                            .on_hover_text(
                                "Take this passage out of the claim (a correction by hand; Ctrl+Z undoes it)",
                            )
                            .clicked()
                    {
                        commands.push(Command::Correct(Correction::Split { passage: m }));
                    }
                    // The passage's other claims, one click away.
                    for other in c.claims_of(p).into_iter().filter(|o| o.id != claim.id) {
                        let text = format!("also {} ({})", other.id, coverage::coverage_words(c, other));
                        if ui
                            .small_button(text)
                            .on_hover_text(p.span_of(other.id))
                            .clicked()
                        {
                            commands.push(Command::Select(Some(other.id)));
                        }
                    }
                });
                let width = ui.available_width();
                match c.pair(base, m) {
                    Some(pair) if m != base => {
                        ui.label(diff_job(
                            &pair.diff,
                            pair.a == base,
                            ui.visuals().text_color(),
                            width,
                        ));
                    }
                    _ => {
                        ui.add(egui::Label::new(&p.text).wrap());
                    }
                }
                ui.add_space(4.0);
            }
        });
    commands
}

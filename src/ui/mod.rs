//! Views: free functions over a read-only [`AppState`] that return [`Command`]s.

pub mod columns;
pub mod coverage;
pub mod diff_text;
pub mod disagreements;
pub mod sidebar;
pub mod theme;

use egui::{Key, RichText};

use crate::app::state::{AppState, Command, Input, Tab};

/// The part of [`crate::Settings::THRESHOLD_RANGE`] the Strictness slider covers, in steps of
/// [`STRICTNESS_STEP`]. Measured with the fact-level aligner on the samples and
/// tests/data/story2 (`corroborate compare -t`): below 0.2 no fact link is kept, so nothing
/// changes; from 0.2 to 0.9 the samples go from 89 claims (15 shared) to 146 (3 shared) and
/// every step changes the grouping; above 0.9 almost nothing is shared. The command line
/// still takes the whole range.
pub const STRICTNESS_RANGE: std::ops::RangeInclusive<f32> = 0.2..=0.9;
/// One step of the Strictness slider.
pub const STRICTNESS_STEP: f64 = 0.05;

/// The whole window.
pub fn app_ui(ui: &mut egui::Ui, state: &AppState) -> Vec<Command> {
    let busy = state.busy();
    let mut commands = Vec::new();
    egui::Panel::top("toolbar").show(ui, |ui| toolbar_ui(ui, state, busy, &mut commands));
    egui::Panel::bottom("status").show(ui, |ui| status_ui(ui, state, &mut commands));
    if state.view.paste_open {
        paste_window(ui, state, &mut commands);
    }
    if state.view.urls_open {
        urls_window(ui, &mut commands);
    }
    if state.view.keys_open {
        keys_window(ui, &mut commands);
    }
    match &state.comparison {
        Some(c) => {
            if !state.prefs.sidebar_hidden {
                egui::Panel::left("sidebar")
                    .resizable(true)
                    .default_size(300.0)
                    .show(ui, |ui| commands.extend(sidebar::sidebar_ui(ui, c, state)));
            }
            if let Some(claim) = state.view.selected.and_then(|id| c.claim(id)) {
                // egui keeps a dragged height (by this id) for the rest of the session.
                egui::Panel::bottom("claim_detail")
                    .resizable(true)
                    .default_size(220.0)
                    .min_size(80.0)
                    .show(ui, |ui| {
                        commands.extend(columns::claim_detail_ui(ui, c, claim))
                    });
            }
            egui::CentralPanel::default().show(ui, |ui| {
                tabs_ui(ui, c, state, &mut commands);
                commands.extend(match state.view.tab {
                    Tab::Columns => columns::columns_ui(ui, c, state),
                    Tab::Matrix => coverage::matrix_ui(ui, c, state),
                    Tab::Intersections => coverage::intersections_ui(ui, c, state),
                    Tab::Sources => coverage::sources_ui(ui, c, state),
                    Tab::Disagreements => disagreements::disagreements_ui(ui, c),
                });
            });
        }
        None => {
            if !state.inputs.is_empty() && !state.prefs.sidebar_hidden {
                // One source (or none readable): still listed, so it can be removed.
                egui::Panel::left("sidebar")
                    .resizable(true)
                    .default_size(300.0)
                    .show(ui, |ui| commands.extend(sidebar::inputs_ui(ui, state)));
            }
            egui::CentralPanel::default().show(ui, |ui| start_ui(ui, state, busy, &mut commands));
        }
    }
    keyboard(ui, state, &mut commands);
    let view = &state.view;
    if view.scroll_to_selection || !view.jump.is_empty() || view.reveal_last {
        // The columns scrolled this frame; let the reader scroll freely again.
        commands.insert(0, Command::SelectionShown);
    }
    commands
}

fn tabs_ui(
    ui: &mut egui::Ui,
    c: &crate::report::Comparison,
    state: &AppState,
    commands: &mut Vec<Command>,
) {
    // Wrapped: in a narrow window no tab may fall off the right edge.
    ui.horizontal_wrapped(|ui| {
        let disagreements = format!("Disagreements ({})", c.disagreements.len());
        for (tab, text) in [
            (Tab::Columns, "Side by side"),
            (Tab::Matrix, "Coverage matrix"),
            (Tab::Intersections, "Intersections"),
            (Tab::Sources, "Source overlap"),
            (Tab::Disagreements, disagreements.as_str()),
        ] {
            if ui.selectable_label(state.view.tab == tab, text).clicked() {
                commands.push(Command::SetTab(tab));
            }
        }
    });
    ui.separator();
}

fn keyboard(ui: &egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let new = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, Key::N);
    if ui.input_mut(|i| i.consume_shortcut(&new)) {
        commands.push(Command::NewComparison);
    }
    let undo = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, Key::Z);
    if !ui.ctx().egui_wants_keyboard_input() && ui.input_mut(|i| i.consume_shortcut(&undo)) {
        commands.push(Command::Undo);
    }
    if ui.ctx().egui_wants_keyboard_input() {
        return;
    }
    // (Read before `input`: the context is locked inside its closure.)
    let nothing_focused = ui.ctx().memory(|m| m.focused().is_none());
    ui.input(|i| {
        // Ctrl+V with no text field focused: the clipboard's text becomes a source.
        if !state.view.paste_open {
            for event in &i.events {
                if let egui::Event::Paste(text) = event
                    && !text.trim().is_empty()
                {
                    commands.push(Command::AddPasted {
                        name: String::new(),
                        text: text.clone(),
                    });
                }
            }
        }
        if i.modifiers.command {
            return;
        }
        // Arrow keys walk the passages while no widget has the keyboard (a focused slider
        // or button keeps its own use of them).
        if nothing_focused {
            for (key, dx, dy) in [
                (Key::ArrowDown, 0, 1),
                (Key::ArrowUp, 0, -1),
                (Key::ArrowRight, 1, 0),
                (Key::ArrowLeft, -1, 0),
            ] {
                if i.key_pressed(key) {
                    commands.push(Command::MoveCursor { dx, dy });
                }
            }
        }
        if i.key_pressed(Key::F1)
            || i.events
                .iter()
                .any(|e| matches!(e, egui::Event::Text(t) if t == "?"))
        {
            commands.push(Command::ShowKeys(!state.view.keys_open));
        }
        if i.key_pressed(Key::Escape) {
            commands.push(Command::Select(None));
        }
        let shift = i.modifiers.shift;
        if i.key_pressed(Key::N) {
            commands.push(Command::NextClaim {
                shared: true,
                forward: !shift,
            });
        }
        if i.key_pressed(Key::P) {
            commands.push(Command::NextClaim {
                shared: true,
                forward: false,
            });
        }
        if i.key_pressed(Key::U) {
            commands.push(Command::NextClaim {
                shared: false,
                forward: !shift,
            });
        }
    });
}

/// The hover text of "Open files…" and "Add files…": what they do and the formats read.
fn files_hint(what: &str) -> String {
    format!(
        "{what}: {} (a saved .json report reopens)",
        crate::ingest::article_extensions()
    )
}

/// Widths below which the toolbar folds: the file actions into a "File" menu, then the
/// legend into bare swatches (their names on hover).
const TOOLBAR_FULL: f32 = 1650.0;
const TOOLBAR_LEGEND: f32 = 1150.0;

fn toolbar_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    busy: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let width = ui.available_width();
    ui.horizontal_wrapped(|ui| {
        if state.comparison.is_some() || !state.inputs.is_empty() {
            let shown = !state.prefs.sidebar_hidden;
            if ui
                .selectable_label(shown, "Sidebar")
                .on_hover_text("Show or hide the list of sources and claims")
                .clicked()
            {
                commands.push(Command::ShowSidebar(!shown));
            }
        }
        if width >= TOOLBAR_FULL {
            file_actions_ui(ui, state, commands);
        } else {
            ui.menu_button("File", |ui| file_actions_ui(ui, state, commands));
        }
        ui.separator();
        strictness_ui(ui, state, commands);
        let mut hide = state.prefs.hide_boilerplate;
        if ui.checkbox(&mut hide, "Hide boilerplate").changed() {
            commands.push(Command::SetHideBoilerplate(hide));
        }
        ui.separator();
        legend_ui(ui, width >= TOOLBAR_LEGEND);
        ui.menu_button("View", view_menu_ui);
        if ui
            .button("Keys")
            .on_hover_text("Every keyboard shortcut (F1 or ?)")
            .clicked()
        {
            commands.push(Command::ShowKeys(!state.view.keys_open));
        }
        if let Some(stage) = busy {
            ui.separator();
            ui.spinner();
            ui.label(stage);
            // The start page has its own, under its spinner.
            if state.comparison.is_some() {
                stop_button(ui, state, commands);
            }
        }
    });
}

/// "Stop", while a job the reader waits for runs (not while files are saved).
fn stop_button(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    if state.stage.is_some()
        && ui
            .button("Stop")
            .on_hover_text("Stop reading and comparing: back to what was shown before")
            .clicked()
    {
        commands.push(Command::Stop);
    }
}

/// Every shortcut, in one window (F1, `?` or "Keys").
fn keys_window(ui: &egui::Ui, commands: &mut Vec<Command>) {
    const KEYS: &[(&str, &str)] = &[
        (
            "Tab / Shift+Tab",
            "move between buttons, fields, claims and passages",
        ),
        (
            "Enter or Space",
            "press the focused button; select the focused passage's claim",
        ),
        (
            "Down / Up arrow",
            "next / previous passage of the column (nothing focused)",
        ),
        (
            "Right / Left arrow",
            "the nearest passage of the next / previous column",
        ),
        ("N / Shift+N, P", "next / previous shared claim"),
        ("U / Shift+U", "next / previous unique claim"),
        ("Esc", "clear the selection"),
        ("Ctrl+Z", "undo the last correction by hand"),
        ("Ctrl+N", "new comparison"),
        ("Ctrl+V", "add the clipboard's text as a source"),
        ("Ctrl + / Ctrl - / Ctrl 0", "text size"),
        ("F1 or ?", "this list"),
    ];
    let mut open = true;
    egui::Window::new("Keyboard")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ui.ctx(), |ui| {
            egui::Grid::new("keys")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for (key, what) in KEYS {
                        ui.label(RichText::new(*key).strong());
                        ui.label(*what);
                        ui.end_row();
                    }
                });
        });
    if !open {
        commands.push(Command::ShowKeys(false));
    }
}

/// The "View" menu: the theme (as the system's by default, egui's own setting, which
/// eframe keeps with egui's memory) and the text size (kept in the preferences).
fn view_menu_ui(ui: &mut egui::Ui) {
    use egui::ThemePreference;
    let mut theme = ui.options(|o| o.theme_preference);
    ui.horizontal(|ui| {
        ui.label("Theme");
        ui.selectable_value(&mut theme, ThemePreference::System, "As the system")
            .on_hover_text("Light or dark as the desktop is");
        ui.selectable_value(&mut theme, ThemePreference::Light, "Light");
        ui.selectable_value(&mut theme, ThemePreference::Dark, "Dark");
    });
    if theme != ui.options(|o| o.theme_preference) {
        ui.ctx().set_theme(theme);
    }
    ui.horizontal(|ui| {
        ui.label(format!("Text size {:.0}%", ui.ctx().zoom_factor() * 100.0));
        if ui.button("Smaller").on_hover_text("Ctrl −").clicked() {
            egui::gui_zoom::zoom_out(ui.ctx());
        }
        if ui.button("Larger").on_hover_text("Ctrl +").clicked() {
            egui::gui_zoom::zoom_in(ui.ctx());
        }
        if ui.button("Reset").on_hover_text("Ctrl 0").clicked() {
            ui.ctx().set_zoom_factor(1.0);
        }
    });
}

/// New, open, add, paste, open and save a report: inline in a wide toolbar, else a menu.
fn file_actions_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    if ui
        .add_enabled(
            !state.inputs.is_empty(),
            egui::Button::new("New comparison"),
        )
        .on_hover_text("Close every source and start again (Ctrl+N)")
        .clicked()
    {
        commands.push(Command::NewComparison);
    }
    if ui
        .button("Open files…")
        .on_hover_text(files_hint("Start a new comparison of articles"))
        .clicked()
    {
        commands.push(Command::OpenDialog);
    }
    if ui
        .add_enabled(!state.inputs.is_empty(), egui::Button::new("Add files…"))
        .on_hover_text(files_hint("Add articles to this comparison"))
        .clicked()
    {
        commands.push(Command::AddDialog);
    }
    // ("Open the samples" is on the start page only: the toolbar must fit one line.)
    if ui
        .button("Paste…")
        .on_hover_text("Paste text as a source (Ctrl+V on the window does it at once)")
        .clicked()
    {
        commands.push(Command::ShowPaste(true));
    }
    if ui
        .button("Open URL…")
        .on_hover_text("Fetch articles from the web by their addresses")
        .clicked()
    {
        commands.push(Command::ShowUrls(true));
    }
    if ui
        .button("Open report…")
        .on_hover_text("Reopen a saved JSON report")
        .clicked()
    {
        commands.push(Command::OpenReportDialog);
    }
    if ui
        .add_enabled(
            state.comparison.is_some(),
            egui::Button::new("Save report…"),
        )
        .clicked()
    {
        commands.push(Command::SaveDialog);
    }
}

/// The Strictness slider between "looser" and "stricter", and what the current position
/// gives: the number of shared claims.
fn strictness_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let mut threshold = state.settings.threshold;
    let label = ui.label("Strictness");
    ui.weak("looser");
    let slider = ui
        .add(
            egui::Slider::new(&mut threshold, STRICTNESS_RANGE)
                .step_by(STRICTNESS_STEP)
                // A saved report's threshold outside the slider's part stays as it is
                // until the user moves the slider.
                .clamping(egui::SliderClamping::Edits)
                .show_value(false),
        )
        .labelled_by(label.id)
        .on_hover_text(format!(
            "How alike two passages must be to count as the same claim: {:.2}. Looser merges              more passages into shared claims; stricter keeps only close wordings together.",
            state.settings.threshold
        ));
    ui.weak("stricter");
    if slider.changed() {
        commands.push(Command::SetThreshold(threshold));
    }
    if let Some(c) = &state.comparison {
        ui.label(shared_claims(c.summary.shared))
            .on_hover_text(format!(
                "At strictness {:.2}: {} of {} claims are stated by two sources or more",
                c.settings.threshold, c.summary.shared, c.summary.claims
            ));
    }
}

/// "1 shared claim", "14 shared claims".
pub fn shared_claims(n: usize) -> String {
    if n == 1 {
        "1 shared claim".to_owned()
    } else {
        format!("{n} shared claims")
    }
}

/// The colour legend; `named`: each swatch with its name, else the names on hover.
pub fn legend_ui(ui: &mut egui::Ui, named: bool) {
    for (color, text) in [
        (theme::UNIQUE, "Unique"),
        (theme::SHARED_SOME, "Shared by some"),
        (theme::SHARED_ALL, "Shared by all"),
        (theme::BOILERPLATE, "Boilerplate"),
    ] {
        let (rect, swatch) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        ui.painter().rect_filled(rect, 2.0, color);
        if named {
            ui.label(text);
        } else {
            swatch.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
            swatch.on_hover_text(text);
        }
    }
}

/// How many sources the comparison has and how many of them the window shows.
fn sources_shown(ui: &egui::Ui, state: &AppState) -> Option<String> {
    let c = state.comparison.as_ref()?;
    let n = c.sources.len();
    let unread = if state.errors.is_empty() {
        String::new()
    } else {
        format!(" ({} more could not be read)", state.errors.len())
    };
    let shown = if state.view.focus.is_some() { 2 } else { n };
    let text = match columns::columns_in_view(ui.ctx()) {
        Some(k) if state.view.tab == Tab::Columns && k < shown => {
            format!("{k} of {n} sources in view{unread}")
        }
        _ if state.view.tab == Tab::Columns && shown < n => {
            format!("{shown} of {n} sources shown{unread}")
        }
        _ => format!("{n} sources compared{unread}"),
    };
    Some(text)
}

fn status_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if let Some(text) = sources_shown(ui, state) {
            ui.label(text);
            ui.separator();
        }
        if let Some(m) = &state.message {
            let color = if m.is_error { theme::DELETED } else { ui.visuals().text_color() };
            ui.label(RichText::new(&m.text).color(color));
            if ui.small_button("Dismiss").clicked() {
                commands.push(Command::DismissMessage);
            }
        } else if state.dialog_open {
            ui.weak("A file dialog is open");
        } else if state.comparison.is_some() {
            ui.weak("Click a passage to follow its claim · N / P: next / previous shared claim · U: next unique · Esc: clear");
        } else {
            ui.weak("Drop files on the window to add them · Ctrl+V adds the clipboard's text");
        }
    });
}

fn start_ui(ui: &mut egui::Ui, state: &AppState, busy: Option<&str>, commands: &mut Vec<Command>) {
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.heading(RichText::new("Corroborate").size(32.0));
        ui.label("Open two or more articles on one story to see what they agree on, what only one says, and where they differ.");
        ui.add_space(20.0);
        let (open, text, what) = if state.inputs.is_empty() {
            (Command::OpenDialog, "Open files…", "Open articles")
        } else {
            (Command::AddDialog, "Add files…", "Add articles to compare")
        };
        if ui
            .button(RichText::new(text).size(18.0))
            .on_hover_text(files_hint(what))
            .clicked()
        {
            commands.push(open);
        }
        ui.add_space(6.0);
        if ui.button(RichText::new("Open the samples").size(18.0)).clicked() {
            commands.push(Command::OpenSamples);
        }
        ui.add_space(6.0);
        if ui.button(RichText::new("Paste as source…").size(18.0)).clicked() {
            commands.push(Command::ShowPaste(true));
        }
        ui.add_space(6.0);
        if ui
            .button(RichText::new("Open URL…").size(18.0))
            .on_hover_text("Fetch articles from the web by their addresses")
            .clicked()
        {
            commands.push(Command::ShowUrls(true));
        }
        if !state.prefs.recent.is_empty() {
            ui.add_space(20.0);
            ui.label(RichText::new("Recent comparisons").strong());
            for files in &state.prefs.recent {
                recent_ui(ui, files, commands);
            }
        }
        ui.add_space(20.0);
        if let Some(stage) = busy {
            // One centred line each: a horizontal row would sit at the left edge.
            ui.spinner();
            ui.label(stage);
            stop_button(ui, state, commands);
        } else if state.inputs.len() == 1 {
            ui.label("One source open: add at least one more to compare.");
        }
        for e in &state.errors {
            ui.label(RichText::new(format!("Could not read {}: {}", e.name, e.reason)).color(theme::DELETED));
        }
    });
}

/// One recent comparison: its file names, one click to open them again.
fn recent_ui(ui: &mut egui::Ui, files: &[std::path::PathBuf], commands: &mut Vec<Command>) {
    let names: Vec<String> = files
        .iter()
        .map(|p| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
        .collect();
    let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let text = crate::report::text::clip(&names.join(", "), 90);
    if ui
        .add(egui::Button::new(text).truncate())
        .on_hover_text(paths.join("\n"))
        .clicked()
    {
        commands.push(Command::OpenInputs(
            files.iter().cloned().map(Input::File).collect(),
        ));
    }
}

/// The "Open URL…" window: addresses typed or pasted one a line, fetched on the worker
/// thread by "Fetch". The text lives in egui's memory until then, as the paste window's.
fn urls_window(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    let id = egui::Id::unique("urls_draft");
    let mut draft: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let mut open = true;
    let mut done = false;
    egui::Window::new("Open URL")
        .open(&mut open)
        .default_size([520.0, 220.0])
        .show(ui.ctx(), |ui| {
            let label = ui.label("Web addresses, one a line (http:// or https://)");
            let edit = egui::TextEdit::multiline(&mut draft)
                .desired_width(f32::INFINITY)
                .desired_rows(5)
                .hint_text("https://…");
            let response = ui.add(edit).labelled_by(label.id);
            // Typing goes to the box at once, as in the paste window.
            if ui.ctx().memory(|m| m.focused().is_none()) {
                response.request_focus();
            }
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(!draft.trim().is_empty(), egui::Button::new("Fetch"))
                    .clicked()
                {
                    // Kept until the state accepts it: a mistyped line stays to be fixed.
                    commands.push(Command::AddUrls(draft.clone()));
                    done = draft.split_whitespace().all(crate::ingest::web::is_url);
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::ShowUrls(false));
                    done = true;
                }
            });
        });
    if !open {
        commands.push(Command::ShowUrls(false));
        done = true;
    }
    ui.data_mut(|d| {
        if done {
            d.remove::<String>(id);
        } else {
            d.insert_temp(id, draft);
        }
    });
}

/// What is typed in the paste window. It lives in egui's memory, not in the app state:
/// the text goes to `handle` once, with "Add source", not on every keystroke.
#[derive(Clone, Default)]
struct PasteDraft {
    name: String,
    text: String,
}

fn paste_window(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let id = egui::Id::unique("paste_draft");
    let mut draft: PasteDraft = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let mut open = true;
    let mut done = false;
    egui::Window::new("Paste as source")
        .open(&mut open)
        .default_size([500.0, 400.0])
        .show(ui.ctx(), |ui| {
            ui.horizontal(|ui| {
                let label = ui.label("Name");
                ui.text_edit_singleline(&mut draft.name)
                    .labelled_by(label.id);
            });
            let label = ui.label("Text (paste with Ctrl+V)");
            egui::ScrollArea::vertical()
                .max_height(280.0)
                .show(ui, |ui| {
                    let edit = egui::TextEdit::multiline(&mut draft.text)
                        .desired_width(f32::INFINITY)
                        .desired_rows(12);
                    let response = ui.add(edit).labelled_by(label.id);
                    if state.view.paste_from_clipboard {
                        // Focus the box and have the platform paste the clipboard into it.
                        response.request_focus();
                        ui.ctx()
                            .send_viewport_cmd(egui::ViewportCommand::RequestPaste);
                        commands.push(Command::ClipboardRequested);
                    }
                });
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        !draft.text.trim().is_empty(),
                        egui::Button::new("Add source"),
                    )
                    .clicked()
                {
                    commands.push(Command::AddPasted {
                        name: std::mem::take(&mut draft.name),
                        text: std::mem::take(&mut draft.text),
                    });
                    done = true;
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::ShowPaste(false));
                    done = true;
                }
            });
        });
    if !open {
        commands.push(Command::ShowPaste(false));
        done = true;
    }
    ui.data_mut(|d| {
        if done {
            d.remove::<PasteDraft>(id);
        } else {
            d.insert_temp(id, draft);
        }
    });
}

//! The window: an eframe app around [`state::AppState`], with the analysis and file
//! writes on worker threads and dialogs at the edges. Every change of state goes through
//! `AppState::handle`: the views' commands and the worker's events alike.

pub mod dialogs;
pub mod state;
pub mod worker;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, Sender, channel};

use state::{AppState, Command, Effect, Input, Prefs};
use worker::{Job, Worker};

use crate::Settings;

// (Old versions stored the preferences under the settings key too; the threshold still
// reads from there, the rest starts afresh.)
const SETTINGS_KEY: &str = "corroborate-settings";
const PREFS_KEY: &str = "corroborate-prefs";

/// The five bundled sample articles, embedded so "Open the samples" works anywhere.
pub fn samples() -> Vec<Input> {
    macro_rules! sample {
        ($name:literal) => {
            Input::Text {
                name: $name.to_owned(),
                text: include_str!(concat!("../../assets/samples/", $name)).to_owned(),
            }
        };
    }
    vec![
        sample!("000_2c110ac3824b8891.txt"),
        sample!("001_cfde2cdaff71e91c.txt"),
        sample!("002_2143f653d0b32605.txt"),
        sample!("003_25ee93152a36c3be.txt"),
        sample!("004_e1a54378af9c5d33.txt"),
    ]
}

/// The eframe app: state, worker, and the per-frame loop.
pub struct CorroborateApp {
    /// Public so tests can read it; views never mutate it directly.
    pub state: AppState,
    worker: Worker,
    /// Builds a file dialog on the UI thread; tests put a stand-in here.
    show_dialog: fn(&state::Dialog) -> dialogs::Pending,
    /// Answers of the dialogs, each awaited on its own thread.
    dialog_answers: (Sender<Command>, Receiver<Command>),
    repaint: egui::Context,
    /// The window title last sent, so it is sent again only when it changes.
    title: String,
}

impl CorroborateApp {
    /// A window with `inputs` (maybe none), its settings restored from `storage`.
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        inputs: Vec<Input>,
    ) -> Self {
        let settings: Settings = storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        let prefs: Prefs = storage
            .and_then(|s| eframe::get_value(s, PREFS_KEY))
            .unwrap_or_default();
        if prefs.zoom > 0.0 {
            // (egui's memory may hold it too; the preference is the one kept for sure.)
            ctx.set_zoom_factor(prefs.zoom);
        }
        let repaint = ctx.clone();
        let mut app = Self {
            show_dialog: dialogs::show,
            dialog_answers: channel(),
            repaint: ctx.clone(),
            title: String::new(),
            state: AppState {
                settings: Settings::default().with_threshold(settings.threshold),
                prefs,
                ..Default::default()
            },
            worker: Worker::spawn(move || repaint.request_repaint()),
        };
        if !inputs.is_empty() {
            // A new comparison, shown from its first column.
            app.run_command(Command::OpenInputs(inputs));
        }
        app
    }

    /// What the worker is doing (an analysis stage, or saving), or None when idle.
    pub fn busy(&self) -> Option<&str> {
        self.state.busy()
    }

    /// Applies a command and carries out its effect.
    pub fn run_command(&mut self, command: Command) {
        match self.state.handle(command) {
            Effect::None => {}
            Effect::Analyse => self.worker.submit(Job::Analyse {
                inputs: self.state.inputs.clone(),
                settings: self.state.settings,
                corrections: self.state.corrections.clone(),
            }),
            Effect::Regroup => self.worker.submit(Job::Regroup {
                settings: self.state.settings,
                corrections: self.state.corrections.clone(),
            }),
            Effect::Write(job) => self.worker.write(job),
            Effect::OpenReport(path) => self.worker.submit(Job::OpenReport { path }),
            Effect::Cancel => self.worker.cancel(),
            Effect::Dialog(dialog) => {
                let pending = (self.show_dialog)(&dialog);
                let repaint = self.repaint.clone();
                dialogs::spawn(
                    dialog.kind,
                    pending,
                    self.dialog_answers.0.clone(),
                    move || repaint.request_repaint(),
                );
            }
        }
    }

    /// Puts `show` in place of the native file dialogs (for tests: a dialog that answers
    /// by itself, after a while).
    pub fn set_dialogs(&mut self, show: fn(&state::Dialog) -> dialogs::Pending) {
        self.show_dialog = show;
    }

    /// Hands the worker's results to `handle`; called once a frame before drawing.
    pub fn receive(&mut self) {
        for event in self.worker.poll() {
            self.run_command(Command::Worker(event));
        }
        while let Ok(answer) = self.dialog_answers.1.try_recv() {
            self.run_command(answer);
        }
    }

    /// One whole frame: receive results, draw, then apply the views' commands.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        self.receive();
        let dropped: Vec<Input> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| Input::File(f.path().to_owned()))
                .collect()
        });
        let mut commands = Vec::new();
        if !dropped.is_empty() {
            commands.push(Command::AddInputs(dropped));
        }
        commands.extend(crate::ui::app_ui(ui, &self.state));
        let title = self.state.window_title();
        if title != self.title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        // Ctrl + / − / 0 are egui's own: the text size it chose is remembered.
        let zoom = ui.ctx().zoom_factor();
        let kept = if self.state.prefs.zoom > 0.0 {
            self.state.prefs.zoom
        } else {
            1.0
        };
        if (zoom - kept).abs() > 1e-3 {
            commands.push(Command::SetZoom(zoom));
        }
        for command in commands {
            self.run_command(command);
        }
        if self.busy().is_some() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        let view = &self.state.view;
        if view.scroll_to_selection || !view.jump.is_empty() || view.reveal_last {
            // The columns scroll on the next frame.
            ui.ctx().request_repaint();
        }
    }
}

impl eframe::App for CorroborateApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.state.settings);
        eframe::set_value(storage, PREFS_KEY, &self.state.prefs);
    }
}

/// Opens the window with `files` (articles) compared.
pub fn run(files: Vec<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Corroborate")
            .with_app_id("corroborate")
            .with_icon(std::sync::Arc::new(
                eframe::icon_data::from_png_bytes(include_bytes!(
                    "../../assets/icons/corroborate-256.png"
                ))
                .expect("the bundled icon is a PNG"),
            ))
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([400.0, 280.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let inputs: Vec<Input> = files.into_iter().map(Input::from_arg).collect();
    let result = eframe::run_native(
        "Corroborate",
        options,
        Box::new(move |cc| {
            Ok(Box::new(CorroborateApp::new(
                &cc.egui_ctx,
                cc.storage,
                inputs,
            )))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corroborate: cannot open the window: {e}");
            ExitCode::from(1)
        }
    }
}

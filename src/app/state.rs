//! The app's state, the commands views send, and `handle`: the one place state changes.
//! The worker's results arrive as commands too ([`Command::Worker`]); `handle` never does
//! I/O itself but returns an [`Effect`] the shell carries out (dialogs, worker jobs).

use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::Settings;
use crate::report::{ClaimId, Comparison, Correction, Coverage, PassageId, ReportFormat};

/// What the window remembers between runs besides the engine's [`Settings`] (eframe
/// persistence). Kept small on purpose.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub hide_boilerplate: bool,
    pub last_dir: Option<PathBuf>,
    /// The latest comparisons of files, newest first, for the start page.
    pub recent: Vec<Vec<PathBuf>>,
    /// Every column narrowed (and its text made smaller) to fit the window.
    pub fit_columns: bool,
    /// The sidebar is collapsed (for small windows).
    pub sidebar_hidden: bool,
    /// Text size, egui's zoom factor (Ctrl + / − / 0); 0 in preferences from before it
    /// was kept reads as 1.
    pub zoom: f32,
}

impl Prefs {
    /// How many recent comparisons the start page offers.
    pub const RECENT: usize = 6;

    /// Puts `files` first among the recent comparisons.
    fn remember(&mut self, files: Vec<PathBuf>) {
        self.recent.retain(|r| *r != files);
        self.recent.insert(0, files);
        self.recent.truncate(Self::RECENT);
    }
}

/// One input the user asked for, in column order.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    File(PathBuf),
    /// A web address, fetched on the worker thread like a file is read.
    Url(String),
    Text {
        name: String,
        text: String,
    },
    /// A source already read, e.g. restored from a saved report.
    Source(Box<crate::ingest::Source>),
}

impl Input {
    /// A command-line argument or dropped path: a web address (http:// or https://) or
    /// a file.
    pub fn from_arg(arg: PathBuf) -> Self {
        match arg.to_str().filter(|a| crate::ingest::web::is_url(a)) {
            Some(url) => Self::Url(url.trim().to_owned()),
            None => Self::File(arg),
        }
    }

    pub fn name(&self) -> String {
        match self {
            Self::File(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
            Self::Url(url) => url.clone(),
            Self::Text { name, .. } => name.clone(),
            Self::Source(s) => s.name.clone(),
        }
    }
}

/// Which claims the sidebar lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClaimFilter {
    #[default]
    All,
    SharedByAll,
    SharedBySome,
    Unique,
    /// Exactly this set of sources (bit i = source i), from the intersections view.
    Combination(u64),
    /// Carried by at least these sources (and maybe others), from the overlap heatmap.
    AtLeast(u64),
    /// Claims stated by a passage that gives a figure, date or quote another source gives
    /// differently.
    Differing,
}

impl ClaimFilter {
    pub fn accepts(self, c: &Comparison, claim: &crate::report::Claim) -> bool {
        let (coverage, sources) = (claim.coverage, &claim.sources);
        match self {
            Self::Differing => claim.members.iter().any(|m| c.disagrees(m.passage)),
            Self::All => true,
            Self::SharedByAll => coverage == Coverage::All,
            Self::SharedBySome => coverage == Coverage::Some,
            Self::Unique => coverage == Coverage::Unique,
            Self::Combination(mask) => crate::report::coverage::mask_of(sources) == mask,
            Self::AtLeast(mask) => crate::report::coverage::mask_of(sources) & mask == mask,
        }
    }
}

/// A coverage view exported on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    MatrixCsv,
    MatrixSvg,
    IntersectionsSvg,
    OverlapSvg,
}

impl Export {
    /// The file name the save dialog proposes.
    pub fn file_name(self) -> &'static str {
        match self {
            Self::MatrixCsv => "coverage-matrix.csv",
            Self::MatrixSvg => "coverage-matrix.svg",
            Self::IntersectionsSvg => "intersections.svg",
            Self::OverlapSvg => "source-overlap.svg",
        }
    }

    pub fn render(self, c: &Comparison) -> String {
        match self {
            Self::MatrixCsv => crate::report::csv::render(c),
            Self::MatrixSvg => crate::report::svg::matrix_svg(c),
            Self::IntersectionsSvg => crate::report::svg::upset_svg(c),
            Self::OverlapSvg => crate::report::svg::overlap_svg(c),
        }
    }
}

/// The views of the central area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Columns,
    Matrix,
    Intersections,
    Sources,
    /// Figures, dates and quotes the sources give differently.
    Disagreements,
}

/// What the user is looking at; not persisted.
#[derive(Clone, Debug, Default)]
pub struct ViewState {
    pub tab: Tab,
    pub matrix_order: crate::report::coverage::RowOrder,
    pub selected: Option<ClaimId>,
    /// Set when the selection changes, so each column scrolls once to its counterpart.
    pub scroll_to_selection: bool,
    pub filter: ClaimFilter,
    pub search: String,
    /// Two sources shown alone side by side: the focused column and the one beside it.
    pub focus: Option<(usize, usize)>,
    /// Scroll offsets asked for from the overview strips, applied once: (source, offset).
    pub jump: Vec<(usize, f32)>,
    /// Widths the user dragged, by source index.
    pub column_widths: Vec<Option<f32>>,
    /// The paste window is open (its text stays in the window until "Add source").
    pub paste_open: bool,
    /// The "Open URL…" window is open.
    pub urls_open: bool,
    /// Scroll the columns once to show the last one: a source was just added.
    pub reveal_last: bool,
    /// The paste box has just opened: fill it from the clipboard once.
    pub paste_from_clipboard: bool,
    /// The passage the arrow keys are on (keyboard-only reading).
    pub cursor: Option<PassageId>,
    /// The "Keyboard" help is open.
    pub keys_open: bool,
}

/// Everything a view can ask for.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    /// Clears every source: the start page again.
    NewComparison,
    /// Asks for articles that start a new comparison.
    OpenDialog,
    /// Asks for articles to add to the current comparison.
    AddDialog,
    /// A file dialog closed; what it asked for, unless it was cancelled.
    DialogClosed(Option<Box<Command>>),
    OpenReportDialog,
    /// Restore a saved JSON report.
    OpenReport(PathBuf),
    OpenSamples,
    /// A new comparison of these inputs (the current sources are dropped).
    OpenInputs(Vec<Input>),
    AddInputs(Vec<Input>),
    RemoveSource(usize),
    MoveSource {
        from: usize,
        to: usize,
    },
    SetThreshold(f32),
    /// A correction of the grouping by hand; regroups.
    Correct(Correction),
    /// Takes back the last correction.
    Undo,
    /// Moves the keyboard's passage cursor: `dy` passages within the column, `dx` columns.
    MoveCursor {
        dx: i32,
        dy: i32,
    },
    /// Shows or hides the "Keyboard" help.
    ShowKeys(bool),
    SetHideBoilerplate(bool),
    SetFitColumns(bool),
    ShowSidebar(bool),
    /// The text size changed (egui's zoom factor, from Ctrl + / − / 0).
    SetZoom(f32),
    Select(Option<ClaimId>),
    SelectPassage(PassageId),
    NextClaim {
        shared: bool,
        forward: bool,
    },
    SetFilter(ClaimFilter),
    SetTab(Tab),
    SetMatrixOrder(crate::report::coverage::RowOrder),
    /// Shows this source and one other alone (again: shows all).
    Focus(usize),
    /// The source shown beside the focused one.
    FocusBeside(usize),
    /// Shows every source again.
    Unfocus,
    ResizeColumn {
        source: usize,
        width: f32,
    },
    /// The columns have scrolled to the selection (or a jump) once.
    SelectionShown,
    /// Scroll a column to this offset (from its overview strip).
    JumpColumn {
        source: usize,
        offset: f32,
    },
    SaveDialog,
    SaveReport(PathBuf),
    ExportDialog(Export),
    Export(Export, PathBuf),
    ShowPaste(bool),
    /// Opens or closes the "Open URL…" window.
    ShowUrls(bool),
    /// Fetches the web addresses typed (one a line) as sources.
    AddUrls(String),
    /// The clipboard's text was asked for, to land in the focused paste box.
    ClipboardRequested,
    /// Adds the paste window's text as a source (an empty name gets "Pasted text N").
    AddPasted {
        name: String,
        text: String,
    },
    SetSearch(String),
    DismissMessage,
    /// Stop the job under way (reading, fetching, comparing, opening): the window goes back
    /// to the comparison it showed before.
    Stop,
    /// What the worker reports back.
    Worker(WorkerEvent),
}

/// A result from the worker thread, handled like any command.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkerEvent {
    /// The running job reached a new stage.
    Progress(String),
    /// Inputs compared (or re-grouped: then `errors` is None, the inputs were not read).
    Compared {
        comparison: Option<Arc<Comparison>>,
        errors: Option<Vec<InputError>>,
    },
    /// A saved report, restored as it was saved; its sources become the inputs.
    Opened {
        comparison: Arc<Comparison>,
        inputs: Vec<Input>,
    },
    OpenFailed(String),
    /// A file written (or not) for [`Effect::Write`].
    Written {
        output: Output,
        path: PathBuf,
        result: Result<(), String>,
    },
}

/// What a written file holds: a whole report or one coverage view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Report(ReportFormat),
    View(Export),
}

impl Output {
    pub fn render(self, c: &Comparison) -> String {
        match self {
            Self::Report(format) => format.render(c),
            Self::View(kind) => kind.render(c),
        }
    }

    /// The status line once the file is written, or not.
    fn outcome(self, path: &std::path::Path, result: Result<(), String>) -> Message {
        let (done, failed) = match self {
            Self::Report(_) => ("Report saved to", "Could not save the report"),
            Self::View(_) => ("Exported to", "Could not export"),
        };
        match result {
            Ok(()) => Message::info(format!("{done} {}", path.display())),
            Err(e) => Message::error(format!("{failed}: {e}")),
        }
    }
}

/// A file for the worker to render and write.
#[derive(Clone, Debug, PartialEq)]
pub struct WriteJob {
    pub comparison: Arc<Comparison>,
    pub output: Output,
    pub path: PathBuf,
}

/// A failed input, shown beside the sources.
#[derive(Clone, Debug, PartialEq)]
pub struct InputError {
    /// Its place among the inputs (the sources compared skip it).
    pub input: usize,
    pub name: String,
    pub reason: String,
}

/// The whole state of the window.
#[derive(Default)]
pub struct AppState {
    /// The engine's settings, as the next comparison will use them.
    pub settings: Settings,
    /// The reader's corrections of the grouping, oldest first; the last is undone first.
    pub corrections: Vec<Correction>,
    pub prefs: Prefs,
    pub inputs: Vec<Input>,
    /// The latest result; kept while a newer one is computed.
    pub comparison: Option<Arc<Comparison>>,
    pub errors: Vec<InputError>,
    pub view: ViewState,
    /// A message for the status bar: a saved file, or why something failed.
    pub message: Option<Message>,
    /// The stage of the running analysis, or None when idle.
    pub stage: Option<String>,
    /// Files handed to the worker and not yet written.
    pub pending_writes: usize,
    /// A file dialog is open (on its own thread); a second one is not started.
    pub dialog_open: bool,
    /// Sources were added to the comparison: once compared, the columns show the last one.
    pub reveal_added: bool,
    /// The inputs, settings and corrections of the last job that finished, which Stop goes
    /// back to (None: none finished yet, and Stop leaves no sources).
    pub settled: Option<Settled>,
}

/// What the shown comparison was made from.
pub struct Settled {
    inputs: Vec<Input>,
    settings: Settings,
    corrections: Vec<Correction>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub text: String,
    pub is_error: bool,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_error: false,
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_error: true,
        }
    }
}

/// A file dialog to show, and where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Dialog {
    pub kind: DialogKind,
    pub dir: Option<PathBuf>,
}

/// What a file dialog asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogKind {
    /// Articles: a new comparison, or (`add`) more sources for this one.
    Sources {
        add: bool,
    },
    Report,
    Save,
    Export(Export),
}

impl DialogKind {
    /// The command for the files the user chose (none: cancelled).
    pub fn answer(self, paths: Vec<PathBuf>) -> Option<Command> {
        let first = paths.first()?.clone();
        Some(match self {
            Self::Sources { add } => {
                let inputs = paths.into_iter().map(Input::File).collect();
                if add {
                    Command::AddInputs(inputs)
                } else {
                    Command::OpenInputs(inputs)
                }
            }
            Self::Report => Command::OpenReport(first),
            Self::Save => Command::SaveReport(first),
            Self::Export(kind) => Command::Export(kind, first),
        })
    }
}

/// What `handle` asks the app shell to do next (I/O and threads stay at the edges).
#[derive(Debug, PartialEq)]
pub enum Effect {
    None,
    /// Load and compare the inputs again.
    Analyse,
    /// Re-group the current analysis at the new threshold.
    Regroup,
    /// Show a file dialog off the UI thread; its answer comes back as
    /// [`Command::DialogClosed`].
    Dialog(Dialog),
    /// Read a saved report on the worker.
    OpenReport(PathBuf),
    /// Render and write a file on the worker.
    Write(WriteJob),
    /// Drop the job under way: its answer, if it still comes, is stale.
    Stop,
}

impl AppState {
    /// What the worker is doing, for the spinner: the analysis stage, else saving.
    pub fn busy(&self) -> Option<&str> {
        self.stage
            .as_deref()
            .or((self.pending_writes > 0).then_some("Saving…"))
    }

    /// The selection, filters and focus refer to one set of sources: a different set
    /// starts with none of them (a strictness regroup keeps them).
    /// The window's title: the comparison's name (its first source, and how many others).
    pub fn window_title(&self) -> String {
        match self.comparison.as_deref() {
            Some(c) if !c.sources.is_empty() => {
                let first = c.sources[0].short_name();
                match c.sources.len() - 1 {
                    0 => format!("{first} — Corroborate"),
                    n => format!("{first} and {n} more — Corroborate"),
                }
            }
            _ => "Corroborate".to_owned(),
        }
    }

    /// The arrow keys: the first press lands on the first passage of the first column; then
    /// up/down step over the column's passages that state a claim, left/right go to the
    /// nearest such passage of the next column. The passage's widest claim is selected.
    fn move_cursor(&mut self, dx: i32, dy: i32) {
        let Some(c) = self.comparison.clone() else {
            return;
        };
        let counted = |s: usize| -> Vec<u32> {
            c.sources.get(s).map_or(Vec::new(), |src| {
                src.passages
                    .iter()
                    .filter(|p| !p.claims.is_empty())
                    .map(|p| p.id.index)
                    .collect()
            })
        };
        let n = c.sources.len() as i32;
        let next = match self.view.cursor {
            None => counted(0)
                .first()
                .map(|&index| PassageId { source: 0, index }),
            Some(at) => {
                let source = (at.source as i32 + dx).clamp(0, (n - 1).max(0)) as usize;
                let list = counted(source);
                // The nearest counted passage to where the cursor was, then `dy` steps.
                let here = list
                    .iter()
                    .position(|&i| i >= at.index)
                    .unwrap_or(list.len().saturating_sub(1));
                let k = (here as i32 + dy).clamp(0, (list.len() as i32 - 1).max(0)) as usize;
                list.get(k).map(|&index| PassageId {
                    source: source as u32,
                    index,
                })
            }
        };
        let Some(id) = next else { return };
        self.view.cursor = Some(id);
        self.view.selected = c
            .passage(id)
            .and_then(|p| c.widest_claim(p))
            .map(|cl| cl.id);
        self.view.scroll_to_selection = self.view.selected.is_some();
    }

    fn sources_changed(&mut self) {
        // Corrections name passages by position: they belong to the old set of sources.
        self.corrections.clear();
        self.view.cursor = None;
        let view = &mut self.view;
        view.selected = None;
        view.scroll_to_selection = false;
        view.filter = ClaimFilter::All;
        view.search.clear();
        view.focus = None;
        view.jump.clear();
        view.column_widths.clear();
        view.matrix_order = Default::default();
        view.reveal_last = false;
        // A note about the previous sources ("Opened a saved report of 4 sources") would
        // no longer be true; an error stays until dismissed.
        if self.message.as_ref().is_some_and(|m| !m.is_error) {
            self.message = None;
        }
    }

    /// A file dialog, unless one is open already.
    fn dialog(&mut self, kind: DialogKind) -> Effect {
        if self.dialog_open {
            return Effect::None;
        }
        self.dialog_open = true;
        Effect::Dialog(Dialog {
            kind,
            dir: self.prefs.last_dir.clone(),
        })
    }

    /// Applies one command; returns what the shell must do.
    pub fn handle(&mut self, command: Command) -> Effect {
        let effect = self.apply(command);
        // A job the worker will answer: busy until it does.
        match &effect {
            Effect::Analyse | Effect::Regroup | Effect::OpenReport(_) => {
                self.stage = Some("Starting…".to_owned());
            }
            Effect::Write(_) => self.pending_writes += 1,
            _ => {}
        }
        effect
    }

    fn apply(&mut self, command: Command) -> Effect {
        match command {
            Command::NewComparison => {
                self.inputs.clear();
                self.errors.clear();
                self.comparison = None;
                self.message = None;
                self.sources_changed();
                // Also cancels an analysis under way: its result would be stale.
                return Effect::Analyse;
            }
            Command::OpenDialog => return self.dialog(DialogKind::Sources { add: false }),
            Command::AddDialog => return self.dialog(DialogKind::Sources { add: true }),
            Command::DialogClosed(answer) => {
                self.dialog_open = false;
                if let Some(command) = answer {
                    return self.apply(*command);
                }
            }
            Command::OpenReportDialog => return self.dialog(DialogKind::Report),
            Command::OpenReport(path) => return Effect::OpenReport(path),
            Command::SaveDialog => return self.dialog(DialogKind::Save),
            Command::OpenSamples => {
                let samples = super::samples();
                self.inputs.retain(|i| !samples.contains(i));
                self.inputs.extend(samples);
                self.sources_changed();
                return Effect::Analyse;
            }
            Command::OpenInputs(inputs) => {
                if inputs
                    .iter()
                    .any(|i| matches!(i, Input::File(p) if is_report(p)))
                {
                    return self.apply(Command::AddInputs(inputs));
                }
                self.inputs.clear();
                self.errors.clear();
                self.message = None;
                let effect = self.apply(Command::AddInputs(inputs));
                // A new comparison starts at its first column.
                self.reveal_added = false;
                self.sources_changed();
                return if effect == Effect::None {
                    Effect::Analyse
                } else {
                    effect
                };
            }
            Command::AddInputs(inputs) => {
                // A saved report given like an article (command line, drop) is reopened.
                if let Some(Input::File(report)) = inputs
                    .iter()
                    .find(|i| matches!(i, Input::File(p) if is_report(p)))
                {
                    return Effect::OpenReport(report.clone());
                }
                let mut added = false;
                for input in inputs {
                    if let Input::File(p) = &input
                        && let Some(dir) = p.parent()
                    {
                        self.prefs.last_dir = Some(dir.to_owned());
                    }
                    if !self.inputs.contains(&input) {
                        self.inputs.push(input);
                        added = true;
                    }
                }
                if added {
                    self.sources_changed();
                    self.reveal_added = true;
                    return Effect::Analyse;
                }
            }
            Command::RemoveSource(i) => {
                if i < self.inputs.len() {
                    self.inputs.remove(i);
                    self.sources_changed();
                    return Effect::Analyse;
                }
            }
            Command::MoveSource { from, to } => {
                if from < self.inputs.len() && to < self.inputs.len() && from != to {
                    let input = self.inputs.remove(from);
                    self.inputs.insert(to, input);
                    self.sources_changed();
                    return Effect::Analyse;
                }
            }
            Command::Correct(correction) => {
                self.corrections.push(correction);
                self.message = Some(Message::info(
                    "Corrected by hand; Ctrl+Z undoes it".to_owned(),
                ));
                return Effect::Regroup;
            }
            Command::MoveCursor { dx, dy } => self.move_cursor(dx, dy),
            Command::ShowKeys(open) => self.view.keys_open = open,
            Command::Undo => {
                if self.corrections.pop().is_some() {
                    self.message = Some(Message::info("Correction undone".to_owned()));
                    return Effect::Regroup;
                }
            }
            Command::SetThreshold(t) => {
                self.settings = self.settings.with_threshold(t);
                return Effect::Regroup;
            }
            Command::SetHideBoilerplate(h) => self.prefs.hide_boilerplate = h,
            Command::SetFitColumns(fit) => self.prefs.fit_columns = fit,
            Command::ShowSidebar(shown) => self.prefs.sidebar_hidden = !shown,
            Command::SetZoom(zoom) => self.prefs.zoom = zoom,
            Command::Select(claim) => {
                self.view.selected = claim;
                self.view.scroll_to_selection = claim.is_some();
            }
            Command::SelectPassage(id) => {
                // The selected claim if the passage states it, else its widest.
                let current = self.view.selected;
                let claim = self.comparison.as_ref().and_then(|c| {
                    let p = c.passage(id)?;
                    current
                        .filter(|&s| p.claims.iter().any(|x| x.claim == s))
                        .or_else(|| c.widest_claim(p).map(|cl| cl.id))
                });
                self.view.selected = claim;
                self.view.scroll_to_selection = claim.is_some();
            }
            Command::NextClaim { shared, forward } => self.step_claim(shared, forward),
            Command::SetFilter(f) => self.view.filter = f,
            Command::SetTab(t) => self.view.tab = t,
            Command::SetMatrixOrder(o) => self.view.matrix_order = o,
            Command::Focus(i) => self.view.focus = self.focus_on(i),
            Command::FocusBeside(j) => {
                if let Some((i, _)) = self.view.focus
                    && i != j
                {
                    self.view.focus = Some((i, j));
                }
            }
            Command::Unfocus => self.view.focus = None,
            Command::SelectionShown => {
                self.view.scroll_to_selection = false;
                self.view.jump.clear();
                self.view.reveal_last = false;
            }
            Command::JumpColumn { source, offset } => {
                self.view.jump.retain(|(s, _)| *s != source);
                self.view.jump.push((source, offset));
            }
            Command::ResizeColumn { source, width } => {
                if self.view.column_widths.len() <= source {
                    self.view.column_widths.resize(source + 1, None);
                }
                self.view.column_widths[source] = Some(width);
            }
            Command::SaveReport(path) => {
                if let Some(dir) = path.parent() {
                    self.prefs.last_dir = Some(dir.to_owned());
                }
                let format = ReportFormat::from_path(&path).unwrap_or(ReportFormat::Json);
                return self.write(Output::Report(format), path);
            }
            Command::ExportDialog(kind) => return self.dialog(DialogKind::Export(kind)),
            Command::Export(kind, path) => return self.write(Output::View(kind), path),
            Command::ShowPaste(open) => {
                self.view.paste_from_clipboard = open && !self.view.paste_open;
                self.view.paste_open = open;
            }
            Command::ClipboardRequested => self.view.paste_from_clipboard = false,
            Command::ShowUrls(open) => self.view.urls_open = open,
            Command::AddUrls(text) => {
                let bad = text
                    .split_whitespace()
                    .find(|w| !crate::ingest::web::is_url(w));
                if let Some(bad) = bad {
                    // The window stays open with the text, to be corrected.
                    self.message = Some(Message::error(format!(
                        "{bad}: not a web address (give http:// or https:// addresses, one a line)"
                    )));
                    return Effect::None;
                }
                self.view.urls_open = false;
                if let Some(urls) = only_urls(&text) {
                    return self.handle(Command::AddInputs(urls));
                }
            }
            Command::AddPasted { name, text } => {
                self.view.paste_open = false;
                if text.trim().is_empty() {
                    return Effect::None;
                }
                // Pasted addresses (one a line, nothing else) are fetched, not compared as
                // text: the "Open URL…" window and Ctrl+V with a copied link come here.
                if let Some(urls) = only_urls(&text) {
                    return self.handle(Command::AddInputs(urls));
                }
                let pasted = self
                    .inputs
                    .iter()
                    .filter(|i| i.name().starts_with("Pasted text"))
                    .count();
                let name = if name.trim().is_empty() {
                    format!("Pasted text {}", pasted + 1)
                } else {
                    name.trim().to_owned()
                };
                return self.handle(Command::AddInputs(vec![Input::Text { name, text }]));
            }
            Command::SetSearch(s) => self.view.search = s,
            Command::DismissMessage => self.message = None,
            Command::Stop => {
                if self.stage.is_none() {
                    return Effect::None;
                }
                self.stage = None;
                self.reveal_added = false;
                match &self.settled {
                    Some(settled) => {
                        self.inputs = settled.inputs.clone();
                        self.settings = settled.settings;
                        self.corrections = settled.corrections.clone();
                    }
                    None => self.inputs.clear(),
                }
                self.message = Some(Message::info("Stopped"));
                return Effect::Stop;
            }
            Command::Worker(event) => self.receive(event),
        }
        Effect::None
    }

    /// The job just answered made what is shown: Stop comes back to it. A regroup read no
    /// inputs, so the ones kept stand (no copy of every text at each step of the slider).
    fn settle(&mut self, inputs_read: bool) {
        let inputs = match self.settled.take() {
            Some(settled) if !inputs_read => settled.inputs,
            _ => self.inputs.clone(),
        };
        self.settled = Some(Settled {
            inputs,
            settings: self.settings,
            corrections: self.corrections.clone(),
        });
    }

    /// Takes in one result of the worker.
    fn receive(&mut self, event: WorkerEvent) {
        match event {
            WorkerEvent::Progress(stage) => self.stage = Some(stage),
            WorkerEvent::Compared { comparison, errors } => {
                self.stage = None;
                let errors_read = errors.is_some();
                if let Some(errors) = errors {
                    self.errors = errors;
                }
                if comparison.is_none() || errors_read {
                    // A new set of sources (a regroup reads no inputs).
                    self.sources_changed();
                }
                if let Some(c) = comparison.as_ref().filter(|_| errors_read) {
                    // A page fetched is kept as read: regrouping or adding a source later
                    // does not fetch it again (the page may have changed, or gone).
                    for input in &mut self.inputs {
                        if let Input::Url(url) = input
                            && let Some(s) = c.sources.iter().find(|s| s.url.as_ref() == Some(url))
                        {
                            *input = Input::Source(Box::new(s.source.clone()));
                        }
                    }
                    self.remember_files();
                    self.view.reveal_last = std::mem::take(&mut self.reveal_added);
                }
                self.comparison = comparison;
                self.settle(errors_read);
            }
            WorkerEvent::Opened { comparison, inputs } => {
                self.stage = None;
                self.restore(comparison, inputs);
                self.settle(true);
            }
            WorkerEvent::OpenFailed(message) => {
                self.stage = None;
                self.message = Some(Message::error(format!(
                    "Could not open the report: {message}"
                )));
            }
            WorkerEvent::Written {
                output,
                path,
                result,
            } => {
                self.pending_writes = self.pending_writes.saturating_sub(1);
                self.message = Some(output.outcome(&path, result));
            }
        }
    }

    /// Where the comparison's source `source` sits among the inputs: inputs that could not
    /// be read have no source, so the two counts differ after a failed one.
    pub fn input_of(&self, source: usize) -> usize {
        (0..self.inputs.len())
            .filter(|i| !self.errors.iter().any(|e| e.input == *i))
            .nth(source)
            .unwrap_or(source)
    }

    /// Keeps the inputs among the recent comparisons, if they are all files (pasted text
    /// cannot be opened again).
    fn remember_files(&mut self) {
        let files: Option<Vec<PathBuf>> = self
            .inputs
            .iter()
            .map(|i| match i {
                Input::File(p) => Some(std::path::absolute(p).unwrap_or_else(|_| p.clone())),
                _ => None,
            })
            .collect();
        if let Some(files) = files.filter(|f| f.len() >= 2) {
            self.prefs.remember(files);
        }
    }

    /// Shows a reopened report exactly as saved, with its strictness.
    fn restore(&mut self, comparison: Arc<Comparison>, inputs: Vec<Input>) {
        self.settings = comparison.settings;
        self.corrections = comparison.corrections.clone();
        self.inputs = inputs;
        self.errors.clear();
        self.view = ViewState::default();
        self.message = Some(Message::info(format!(
            "Opened a saved report of {} sources",
            comparison.sources.len()
        )));
        self.comparison = Some(comparison);
    }

    /// The focus for a click on column `i`'s "Focus": `i` beside the next column (or the
    /// one already beside it); a second click shows all again.
    fn focus_on(&self, i: usize) -> Option<(usize, usize)> {
        let n = self.comparison.as_ref().map_or(0, |c| c.sources.len());
        match self.view.focus {
            Some((f, _)) if f == i => None,
            Some((f, b)) if b == i => Some((i, f)),
            _ if n < 2 || i >= n => None,
            _ => Some((i, if i + 1 < n { i + 1 } else { i - 1 })),
        }
    }

    /// Asks the worker to write the current comparison as `output`.
    fn write(&mut self, output: Output, path: PathBuf) -> Effect {
        match &self.comparison {
            Some(c) => Effect::Write(WriteJob {
                comparison: c.clone(),
                output,
                path,
            }),
            None => {
                self.message = Some(Message::error(
                    "Nothing to save yet: open two or more sources first.",
                ));
                Effect::None
            }
        }
    }

    /// Moves the selection to the next (or previous) shared or unique claim.
    fn step_claim(&mut self, shared: bool, forward: bool) {
        let Some(c) = &self.comparison else { return };
        let ids: Vec<ClaimId> = c
            .claims
            .iter()
            .filter(|cl| cl.shared == shared)
            .map(|cl| cl.id)
            .collect();
        if ids.is_empty() {
            return;
        }
        let next = match self
            .view
            .selected
            .and_then(|s| ids.iter().position(|&i| i == s))
        {
            Some(pos) if forward => ids[(pos + 1) % ids.len()],
            Some(pos) => ids[(pos + ids.len() - 1) % ids.len()],
            None => {
                let after = self.view.selected.unwrap_or(ClaimId(0));
                let found = if forward {
                    ids.iter().find(|&&i| i > after)
                } else {
                    ids.iter().rev().find(|&&i| i < after || after.0 == 0)
                };
                *found.unwrap_or(&ids[0])
            }
        };
        self.view.selected = Some(next);
        self.view.scroll_to_selection = true;
    }
}

/// Whether a path looks like a saved report rather than an article.
pub fn is_report(path: &std::path::Path) -> bool {
    ReportFormat::from_path(path) == Some(ReportFormat::Json)
}
/// The web addresses in `text` when it holds nothing else (one or more a line, blank
/// lines allowed); None when any word is not an address.
fn only_urls(text: &str) -> Option<Vec<Input>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (!words.is_empty() && words.iter().all(|w| crate::ingest::web::is_url(w)))
        .then(|| words.iter().map(|w| Input::Url((*w).to_owned())).collect())
}

//! Native file dialogs (rfd's async dialogs), kept at the edge so the state and views stay
//! testable. A dialog is built on the UI thread (macOS wants that) and awaited on a thread
//! of its own, so the window keeps painting while it is open; its answer comes back as a
//! [`Command::DialogClosed`] the app drains once a frame.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::task::{Context, Poll, Wake};

use super::state::{Command, Dialog, DialogKind};
use crate::ingest::ARTICLE_FORMATS;

/// A dialog under way: resolves to the chosen paths (none when cancelled).
pub type Pending = Pin<Box<dyn Future<Output = Vec<PathBuf>> + Send>>;

/// Builds the dialog `d` asks for (on the UI thread; it shows once awaited).
pub fn show(d: &Dialog) -> Pending {
    let dir = d.dir.as_deref();
    match d.kind {
        DialogKind::Sources { add } => pick_sources(dir, add),
        DialogKind::Report => pick_report_to_open(dir),
        DialogKind::Save => pick_report_path(dir),
        DialogKind::Export(kind) => pick_export_path(dir, kind.file_name()),
    }
}

/// Awaits `pending` on a named thread and sends its answer to `answers`, then `wake`s the UI.
pub fn spawn(
    kind: DialogKind,
    pending: Pending,
    answers: Sender<Command>,
    wake: impl Fn() + Send + 'static,
) {
    let failed = answers.clone();
    let run = move || {
        let paths = block_on(pending);
        let _ = answers.send(Command::DialogClosed(kind.answer(paths).map(Box::new)));
        wake();
    };
    if std::thread::Builder::new()
        .name("corroborate-dialog".to_owned())
        .spawn(run)
        .is_err()
    {
        // Nothing was shown: close it at once, or no dialog could open again.
        let _ = failed.send(Command::DialogClosed(None));
    }
}

/// Runs a future to completion on this thread (a dialog future needs no more executor).
fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Arc::new(Unpark(std::thread::current())).into();
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(out) => return out,
            Poll::Pending => std::thread::park(),
        }
    }
}

fn dialog(title: &str, dir: Option<&Path>) -> rfd::AsyncFileDialog {
    let dialog = rfd::AsyncFileDialog::new().set_title(title);
    match dir {
        Some(dir) => dialog.set_directory(dir),
        None => dialog,
    }
}

fn paths(handles: Option<Vec<rfd::FileHandle>>) -> Vec<PathBuf> {
    handles
        .unwrap_or_default()
        .iter()
        .map(|h| h.path().to_owned())
        .collect()
}

/// Asks for one or more articles, in every format the reader knows.
fn pick_sources(dir: Option<&Path>, add: bool) -> Pending {
    let title = if add { "Add sources" } else { "Open sources" };
    let all: Vec<&str> = ARTICLE_FORMATS
        .iter()
        .flat_map(|(_, exts)| exts.iter().copied())
        .collect();
    let mut d = dialog(title, dir).add_filter("Articles", &all);
    for (name, exts) in ARTICLE_FORMATS {
        d = d.add_filter(*name, exts);
    }
    let d = d.add_filter("All files", &["*"]);
    let pending = d.pick_files();
    Box::pin(async move { paths(pending.await) })
}

/// Asks where to save a report; the extension chooses the format.
fn pick_report_path(dir: Option<&Path>) -> Pending {
    let pending = dialog("Save report", dir)
        .set_file_name("comparison.corroborate.json")
        .add_filter("JSON report (reopens)", &["json"])
        .add_filter("HTML page", &["html"])
        .add_filter("Markdown", &["md"])
        .add_filter("CSV claim × source matrix", &["csv"])
        .save_file();
    Box::pin(async move { paths(pending.await.map(|h| vec![h])) })
}

/// Asks for a saved JSON report to reopen.
fn pick_report_to_open(dir: Option<&Path>) -> Pending {
    let pending = dialog("Open report", dir)
        .add_filter("Corroborate report", &["json"])
        .pick_file();
    Box::pin(async move { paths(pending.await.map(|h| vec![h])) })
}

/// Asks where to export one coverage view.
fn pick_export_path(dir: Option<&Path>, file_name: &str) -> Pending {
    let ext = Path::new(file_name)
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let pending = dialog("Export", dir)
        .set_file_name(file_name)
        .add_filter(ext.to_uppercase(), &[ext.as_str()])
        .save_file();
    Box::pin(async move { paths(pending.await.map(|h| vec![h])) })
}

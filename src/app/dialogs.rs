//! Native file dialogs (rfd), kept at the edge so the state and views stay testable.

use std::path::{Path, PathBuf};

/// Asks for one or more articles.
pub fn pick_sources(dir: Option<&Path>) -> Vec<PathBuf> {
    let mut dialog = rfd::FileDialog::new()
        .set_title("Open sources")
        .add_filter("Articles", &["txt", "md", "markdown", "html", "htm"])
        .add_filter("Text", &["txt"])
        .add_filter("Markdown", &["md", "markdown"])
        .add_filter("HTML", &["html", "htm"])
        .add_filter("All files", &["*"]);
    if let Some(dir) = dir {
        dialog = dialog.set_directory(dir);
    }
    dialog.pick_files().unwrap_or_default()
}

/// Asks where to save a report; the extension chooses the format.
pub fn pick_report_path(dir: Option<&Path>) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new()
        .set_title("Save report")
        .set_file_name("comparison.json")
        .add_filter("JSON report (reopens)", &["json"])
        .add_filter("HTML page", &["html"])
        .add_filter("Markdown", &["md"])
        .add_filter("CSV claim × source matrix", &["csv"]);
    if let Some(dir) = dir {
        dialog = dialog.set_directory(dir);
    }
    dialog.save_file()
}

/// Asks for a saved JSON report to reopen.
pub fn pick_report_to_open(dir: Option<&Path>) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new()
        .set_title("Open report")
        .add_filter("Corroborate report", &["json"]);
    if let Some(dir) = dir {
        dialog = dialog.set_directory(dir);
    }
    dialog.pick_file()
}

/// Asks where to export one coverage view.
pub fn pick_export_path(dir: Option<&Path>, file_name: &str) -> Option<PathBuf> {
    let ext = Path::new(file_name)
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut dialog = rfd::FileDialog::new()
        .set_title("Export")
        .set_file_name(file_name)
        .add_filter(ext.to_uppercase(), &[ext.as_str()]);
    if let Some(dir) = dir {
        dialog = dialog.set_directory(dir);
    }
    dialog.save_file()
}

//! The read side of a comparison: the model every view and report reads ([`Comparison`]),
//! figures derived from it ([`coverage`]), shared text helpers ([`text`]), and one module
//! per output: [`json`], [`markdown`], [`html`], [`csv`], [`svg`]. Arrows only point down:
//! writers read the model and `coverage`, never each other (except HTML embedding the SVG
//! charts), and the model reads none of them.

pub mod coverage;
pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
mod model;
pub mod svg;
pub mod text;

pub use model::*;

use std::path::Path;

/// Output formats of a saved report. (`cli` teaches clap to read them.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    /// The whole comparison, reopenable: `.json`.
    Json,
    /// Summary and claims for notes and tickets: `.md`, `.markdown`.
    Md,
    /// A self-contained page with the texts side by side: `.html`, `.htm`.
    Html,
    /// The claim × source matrix for spreadsheets, then the disagreements: `.csv`.
    Csv,
}

impl ReportFormat {
    /// The format a file name's extension asks for.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(Self::Json),
            "md" | "markdown" => Some(Self::Md),
            "html" | "htm" => Some(Self::Html),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }

    /// Renders `comparison` in this format.
    pub fn render(self, comparison: &Comparison) -> String {
        match self {
            Self::Json => json::to_string(comparison),
            Self::Md => markdown::render(comparison),
            Self::Html => html::render(comparison),
            Self::Csv => csv::report(comparison),
        }
    }
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder, then a
/// rename, so a failure never leaves a half-written file in place of a good one.
///
/// A character device (`/dev/null`, a terminal) is written through instead: renaming over
/// it would replace the device node itself. Other special files (FIFOs, sockets, block
/// devices) are refused: a FIFO without a reader would block forever, and the others are
/// never a report. Every message names `path`, never the temporary file.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), String> {
    use std::io::Write;
    let fail = |what: &str, e: std::io::Error| format!("{}: {what}: {e}", path.display());
    // `metadata` follows symlinks: what matters is the node the name leads to.
    if let Ok(meta) = std::fs::metadata(path) {
        let kind = meta.file_type();
        if kind.is_dir() {
            return Err(format!(
                "{}: cannot replace the file: it is a folder",
                path.display()
            ));
        }
        if !kind.is_file() {
            #[cfg(unix)]
            {
                use std::os::unix::fs::FileTypeExt;
                if kind.is_char_device() {
                    let mut dev = std::fs::OpenOptions::new()
                        .write(true)
                        .open(path)
                        .map_err(|e| fail("cannot open the device", e))?;
                    return dev
                        .write_all(contents)
                        .and_then(|()| dev.flush())
                        .map_err(|e| fail("write failed", e));
                }
            }
            return Err(format!(
                "{}: not a regular file (a pipe, socket or device); choose a file name",
                path.display()
            ));
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp =
        tempfile::NamedTempFile::new_in(dir).map_err(|e| fail("cannot write in this folder", e))?;
    // Through the plain `File`: `NamedTempFile`'s own writes add the temporary path to errors.
    tmp.as_file_mut()
        .write_all(contents)
        .map_err(|e| fail("write failed", e))?;
    // The temporary file is private (0600); a report is an ordinary file, so give it the
    // permissions of the file it replaces, or the usual 0644 for a new one.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o777);
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(|e| fail("write failed", e))?;
    }
    tmp.as_file()
        .sync_all()
        .map_err(|e| fail("write failed", e))?;
    tmp.persist(path)
        .map_err(|e| fail("cannot replace the file", e.error))?;
    Ok(())
}

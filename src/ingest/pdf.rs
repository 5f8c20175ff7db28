//! PDF → text: the text layer of every page, read by the `pdf-extract` crate (pure Rust,
//! on `lopdf`), then re-flowed (see [`super::reflow`]) since PDF text comes as wrapped
//! lines.
//!
//! A damaged, password-protected or scanned PDF (pages without a text layer) is refused
//! with a reason; the extractor runs under `catch_unwind`, so a PDF that makes it panic is
//! refused as damaged too (and its panic message is not printed).

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use pdf_extract::{Document, OutputError, PlainTextOutput};

/// Whether these bytes open like a PDF file (`%PDF-`, possibly after a little junk, as
/// readers accept it within the first kilobyte).
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// Extracts a PDF's text, as the extractor lays it out (lines, blank lines between
/// blocks), or says why it cannot.
pub fn extract(bytes: &[u8]) -> Result<String, String> {
    if !is_pdf(bytes) {
        return Err("is named .pdf but is not a PDF document".to_owned());
    }
    install_quiet_panic_hook();
    QUIET_PANICS.with(|q| q.set(true));
    let caught = catch_unwind(AssertUnwindSafe(|| extract_text(bytes)));
    QUIET_PANICS.with(|q| q.set(false));
    let text = caught.unwrap_or_else(|_| {
        Err("is a damaged PDF file (the PDF reader could not make sense of it)".to_owned())
    })?;
    let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
    if letters == 0 {
        return Err("is a PDF that has no text layer (a scanned image?)".to_owned());
    }
    Ok(text)
}

thread_local! {
    /// Set while this thread runs the extractor, whose panics are caught and reported.
    static QUIET_PANICS: Cell<bool> = const { Cell::new(false) };
}

/// Wraps the panic hook once so that a caught panic inside the extractor prints nothing;
/// every other panic goes to the hook that was there before.
fn install_quiet_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET_PANICS.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

fn extract_text(bytes: &[u8]) -> Result<String, String> {
    let mut doc = Document::load_mem(bytes).map_err(|e| format!("is a damaged PDF file ({e})"))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err("is an encrypted (password-protected) PDF; its text cannot be read".to_owned());
    }
    if doc.get_pages().is_empty() {
        return Err("is a damaged PDF file (it has no pages)".to_owned());
    }
    let mut text = String::new();
    {
        let mut output = PlainTextOutput::new(&mut text);
        pdf_extract::output_doc(&doc, &mut output).map_err(|e| match e {
            OutputError::PdfError(e) => format!("is a damaged PDF file ({e})"),
            e => format!("is a PDF whose text could not be read ({e})"),
        })?;
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_the_magic() {
        assert!(is_pdf(b"%PDF-1.7\n"));
        assert!(is_pdf(b"\r\n%PDF-1.4\n"));
        assert!(!is_pdf(b"A PDF- like text"));
    }

    #[test]
    fn junk_is_refused_not_a_panic() {
        assert!(
            extract(b"%PDF-1.4\ngarbage")
                .unwrap_err()
                .contains("damaged")
        );
        assert!(extract(b"hello").unwrap_err().contains("not a PDF"));
    }
}

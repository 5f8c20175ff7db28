//! Bytes → decoded text: one [`Source`] per input, whatever its encoding or format.
//!
//! ```
//! let src = corroborate::ingest::from_bytes("note.txt", "note.txt", b"Hello world.").unwrap();
//! assert_eq!(src.text, "Hello world.");
//! ```

mod boiler;
mod decode;
mod docx;
mod flatten;
mod html;
mod link;
mod markdown;
pub mod normalize;
mod pdf;
pub mod reflow;
pub mod web;

/// The whole visible text of an HTML page, blocks as paragraphs, and its `<title>`, with no
/// article extraction: what a page says in full (the expected text of an extraction test).
pub use flatten::plain_text as page_text;
pub use link::link_target;

use std::path::Path;

use serde::{Deserialize, Serialize};

/// Inputs larger than this are refused rather than freezing the window.
pub const MAX_INPUT_BYTES: u64 = 32 * 1024 * 1024;

/// The article formats read, each with its file extensions (the first is the usual one).
/// The one list behind the open dialog's filter, the command line's help and the window's
/// hints. (Other files are still tried as plain text.)
pub const ARTICLE_FORMATS: &[(&str, &[&str])] = &[
    ("Text", &["txt", "text"]),
    ("Markdown", &["md", "markdown"]),
    ("HTML", &["html", "htm"]),
    ("PDF", &["pdf"]),
    ("Word", &["docx"]),
    // A link dragged out of a browser onto the desktop: the page it points to is fetched.
    ("Web link", &["url", "desktop", "webloc"]),
];

/// ".txt, .md, .html, .pdf, .docx": the usual extension of each of [`ARTICLE_FORMATS`].
pub fn article_extensions() -> String {
    let usual: Vec<String> = ARTICLE_FORMATS
        .iter()
        .map(|(_, exts)| format!(".{}", exts[0]))
        .collect();
    usual.join(", ")
}

/// How a source's text was obtained.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Html,
    /// A Word document: the paragraphs of `word/document.xml`.
    Docx,
    /// A PDF document: the text layer of its pages, re-flowed.
    Pdf,
}

/// One decoded input: the text every passage offset points into.
///
/// A report's source record is this struct flattened (`report::SourceReport`), so the
/// field order here is the JSON v1 field order: keep it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Short display name (the file name, or "Pasted text 1").
    pub name: String,
    /// The path as given (shown; lossy if the file name is not UTF-8), or empty for pasted
    /// text.
    pub path: String,
    /// The path exactly, when it is not UTF-8 (a Unix file name can be any bytes): each byte
    /// that is not part of UTF-8 text written `\xNN`, backslashes doubled. See
    /// [`Source::file_path`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_bytes: Option<String>,
    /// The article's title, when the format carries one.
    pub title: Option<String>,
    // (Reports written before these two fields existed still open.)
    #[serde(default)]
    pub format: Format,
    /// The character encoding the bytes were decoded from; ", re-flowed" is added when
    /// hard-wrapped lines were joined (see [`reflow`]), so the text is not the file's bytes.
    #[serde(default)]
    pub encoding: String,
    /// Author, site name and date, when the page states them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// For a page fetched from the web ([`web::fetch`]): the address given, the address
    /// after redirects, and when it was fetched (UTC, RFC 3339). The text below is what
    /// was read then, so a saved report reopens offline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched: Option<String>,
    /// The full text; passage offsets are byte offsets into it.
    pub text: String,
}

/// Why an input could not be read, always naming the file.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[error("{path}: {reason}")]
pub struct IngestError {
    pub path: String,
    pub reason: String,
}

impl IngestError {
    pub fn new(path: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            reason: reason.into(),
        }
    }
}

/// Reads and decodes a file from disk.
///
/// Only regular files are read: a FIFO would block forever and a device such as
/// `/dev/zero` never ends. Even a regular file is read no further than the limit + 1
/// byte, since its size can change (or lie, as `/proc` files do) between the check and
/// the read.
pub fn load_path(path: &Path) -> Result<Source, IngestError> {
    use std::io::Read;
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| IngestError::new(&shown, io_reason(&e)))?;
    if meta.is_dir() {
        return Err(IngestError::new(
            &shown,
            "is a folder, not a file (give the files inside it)",
        ));
    }
    if !meta.is_file() {
        return Err(IngestError::new(&shown, special_file_reason(&meta)));
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(IngestError::new(&shown, too_large(meta.len())));
    }
    let file = std::fs::File::open(path).map_err(|e| IngestError::new(&shown, io_reason(&e)))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| IngestError::new(&shown, io_reason(&e)))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(IngestError::new(&shown, too_large(bytes.len() as u64)));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    let mut source = from_bytes(&name, &shown, &bytes)?;
    if path.to_str().is_none() {
        source.path_bytes = Some(escape_path(path));
    }
    Ok(source)
}

/// How many characters [`Source::short_name`] keeps.
pub const SHORT_NAME_CHARS: usize = 28;

/// How much of a text's opening words names a source that has no other readable name.
const OPENING_CHARS: usize = 60;

impl Source {
    /// What a reader calls this source: the outlet (the page's site name), else the
    /// article's title, else the file name without its extension and without a leading
    /// number or hash ("03_skyline-news.txt" → "skyline-news"), else the opening words of
    /// the text; the name as given when nothing readable is left. Not shortened: see [`Source::short_name`].
    pub fn readable_name(&self) -> String {
        let meta = [&self.site, &self.title]
            .into_iter()
            .flatten()
            .map(|m| crate::report::text::one_line(m))
            .find(|m| !m.is_empty());
        meta.or_else(|| {
            // (Not `Path::file_stem`: a pasted text's name may hold any '/'.)
            let stem = match self.name.rsplit_once('.') {
                Some((stem, ext))
                    if !stem.is_empty()
                        && (1..=5).contains(&ext.len())
                        && ext.chars().all(|c| c.is_ascii_alphanumeric()) =>
                {
                    stem
                }
                _ => self.name.as_str(),
            };
            let cleaned = strip_numbering(stem);
            (!cleaned.is_empty()).then(|| cleaned.to_owned())
        })
        .or_else(|| {
            // A name that is only numbers and hashes: the article's opening words say more.
            let first = self.text.lines().map(str::trim).find(|l| !l.is_empty())?;
            Some(shorten(
                &crate::report::text::one_line(first),
                OPENING_CHARS,
            ))
        })
        .unwrap_or_else(|| self.name.clone())
    }

    /// The names the outlet goes by, as far as the input tells: the site name from the page's
    /// metadata and the name in its web address ("eveningcourier" for
    /// `https://www.eveningcourier.co.uk/...`), so a masthead or footer that is only the
    /// name is recognised as furniture.
    pub fn site_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.site.iter().cloned().collect();
        for url in [&self.url, &self.final_url].into_iter().flatten() {
            if let Some(label) = host_name_label(url)
                && !names.contains(&label)
            {
                names.push(label);
            }
        }
        names
    }

    /// [`Source::readable_name`] shortened to [`SHORT_NAME_CHARS`] at a word, for
    /// column heads, legends and reports; [`Source::full_name`] goes on hover.
    pub fn short_name(&self) -> String {
        shorten(&self.readable_name(), SHORT_NAME_CHARS)
    }

    /// Everything that names the source, for a tooltip: its readable name, its title if
    /// that is not the name, the file name, and the address of a page fetched.
    pub fn full_name(&self) -> String {
        let readable = self.readable_name();
        let mut parts = vec![readable.clone()];
        if let Some(title) = self.title.as_deref().map(crate::report::text::one_line)
            && title != readable
            && !title.is_empty()
        {
            parts.push(title);
        }
        if self.name != readable {
            parts.push(self.name.clone());
        }
        // A page fetched: where it was read from, as the file name is for files.
        if let Some(url) = self.final_url.as_ref().or(self.url.as_ref()) {
            parts.push(url.clone());
        }
        parts.join("\n")
    }

    /// The file it was read from, byte for byte (None for pasted text and web pages).
    pub fn file_path(&self) -> Option<std::path::PathBuf> {
        if self.url.is_some() {
            return None;
        }
        match &self.path_bytes {
            Some(escaped) => unescape_path(escaped),
            None if self.path.is_empty() => None,
            None => Some(self.path.clone().into()),
        }
    }
}

/// A file stem without the numbering and hashes of exported or downloaded files:
/// "000_2c110ac3824b8891" → "", "01_harbour gazette" → "harbour gazette".
fn strip_numbering(stem: &str) -> &str {
    let is_sep = |c: char| matches!(c, '_' | '-' | '.' | ' ');
    let mut rest = stem.trim();
    loop {
        let token_end = rest.find(is_sep).unwrap_or(rest.len());
        let token = &rest[..token_end];
        let digits = !token.is_empty() && token.chars().all(|c| c.is_ascii_digit());
        // A hash: long, hexadecimal, with digits in it (a word like "deadbeef" has none).
        let hash = token.len() >= 8
            && token.chars().all(|c| c.is_ascii_hexdigit())
            && token.chars().any(|c| c.is_ascii_digit());
        if token.is_empty() || !(digits || hash) {
            return rest;
        }
        rest = rest[token_end..].trim_start_matches(is_sep);
    }
}

/// `s` cut to at most `n` characters at a word boundary where one is near, with an
/// ellipsis when anything was cut.
/// `s` cut to at most `n` characters at a word, with an ellipsis.
pub fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_owned();
    }
    let head: String = s.chars().take(n.saturating_sub(1)).collect();
    let cut = match head.rfind(' ') {
        Some(p) if head[..p].chars().count() >= n / 2 => {
            head[..p].trim_end_matches([',', ':', ';', ' ', '-', '–'])
        }
        _ => head.as_str(),
    };
    format!("{cut}…")
}

/// A path that is not UTF-8, losslessly as text: see [`Source::path_bytes`].
fn escape_path(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in path.as_os_str().as_bytes().utf8_chunks() {
            out.push_str(&chunk.valid().replace('\\', "\\\\"));
            for b in chunk.invalid() {
                out.push_str(&format!("\\x{b:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().into_owned()
    }
}

fn unescape_path(escaped: &str) -> Option<std::path::PathBuf> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        let mut bytes = Vec::with_capacity(escaped.len());
        let mut rest = escaped;
        while let Some(i) = rest.find('\\') {
            bytes.extend_from_slice(&rest.as_bytes()[..i]);
            let after = &rest[i + 1..];
            if let Some(tail) = after.strip_prefix('\\') {
                bytes.push(b'\\');
                rest = tail;
            } else {
                let hex = after.strip_prefix('x')?.get(..2)?;
                bytes.push(u8::from_str_radix(hex, 16).ok()?);
                rest = &after[3..];
            }
        }
        bytes.extend_from_slice(rest.as_bytes());
        Some(std::ffi::OsString::from_vec(bytes).into())
    }
    #[cfg(not(unix))]
    {
        Some(escaped.into())
    }
}

fn too_large(len: u64) -> String {
    format!(
        "is {} MB or more; the limit is {} MB per source",
        len / (1024 * 1024),
        MAX_INPUT_BYTES / (1024 * 1024)
    )
}

/// What a path that exists but is neither a folder nor a regular file is.
fn special_file_reason(meta: &std::fs::Metadata) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        let kind = if t.is_fifo() {
            "a named pipe (FIFO)"
        } else if t.is_char_device() || t.is_block_device() {
            "a device"
        } else if t.is_socket() {
            "a socket"
        } else {
            "a special file"
        };
        format!("is {kind}, not a regular file; only files can be read")
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        "is not a regular file; only files can be read".to_owned()
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied (cannot read it)".to_owned(),
        _ => format!("cannot be read ({e})"),
    }
}

/// Decodes bytes already in memory; the format comes from the name's extension,
/// or from the content when the extension says nothing.
pub fn from_bytes(name: &str, path: &str, bytes: &[u8]) -> Result<Source, IngestError> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(IngestError::new(
            path,
            format!(
                "is larger than the limit of {} MB per source",
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        ));
    }
    if bytes.is_empty() {
        return Err(IngestError::new(path, "is empty (0 bytes)"));
    }
    if bytes.starts_with(b"PK\x03\x04") && (has_extension(name, "docx") || docx::is_docx(bytes)) {
        return from_docx(name, path, bytes).and_then(within_text_limit);
    }
    if has_extension(name, "docx") {
        return Err(IngestError::new(
            path,
            format!(
                "is named .docx but is not a Word document: it is {}",
                what_it_is(name, bytes)
            ),
        ));
    }
    if bytes.starts_with(b"%PDF-") || (has_extension(name, "pdf") && pdf::is_pdf(bytes)) {
        return from_pdf(name, path, bytes).and_then(within_text_limit);
    }
    if has_extension(name, "pdf") {
        return Err(IngestError::new(
            path,
            format!(
                "is named .pdf but is not a PDF document: it is {}",
                what_it_is(name, bytes)
            ),
        ));
    }
    let decoded = decode::decode(bytes).map_err(|reason| IngestError::new(path, reason))?;
    // Legacy 8-bit and UTF-16 text grows when decoded to UTF-8: the limit is on the text.
    if decoded.text.len() as u64 > MAX_INPUT_BYTES {
        return Err(IngestError::new(path, text_too_large()));
    }
    if decoded.text.trim().is_empty() {
        return Err(IngestError::new(path, "contains only white space, no text"));
    }
    let format = detect_format(name, &decoded.text);
    let mut source = Source {
        name: name.to_owned(),
        path: path.to_owned(),
        path_bytes: None,
        encoding: decoded.encoding,
        format,
        ..Default::default()
    };
    match format {
        Format::Text if reflow::looks_hard_wrapped(&decoded.text) => {
            source.text = reflow::reflow(&decoded.text);
            source.encoding.push_str(", re-flowed");
        }
        Format::Text | Format::Docx | Format::Pdf => source.text = decoded.text,
        Format::Markdown => {
            let (text, title) = markdown::to_text(&decoded.text);
            source.text = text;
            source.title = title;
        }
        Format::Html => html::extract(&decoded.text, &mut source),
    }
    if source.title.is_none() {
        source.title = first_line_title(&source.text);
    }
    if source.published.is_none() {
        source.published = dateline_date(&source.text);
    }
    if source.text.trim().is_empty() {
        return Err(IngestError::new(path, "contains no text"));
    }
    within_text_limit(source)
}

fn text_too_large() -> String {
    format!(
        "has more than {} MB of text once decoded; the limit is {} MB per source",
        MAX_INPUT_BYTES / (1024 * 1024),
        MAX_INPUT_BYTES / (1024 * 1024)
    )
}

/// The limit holds for the text, whatever the format it came from.
fn within_text_limit(source: Source) -> Result<Source, IngestError> {
    if source.text.len() as u64 > MAX_INPUT_BYTES {
        return Err(IngestError::new(&source.path, text_too_large()));
    }
    Ok(source)
}

/// What a file really is, for a message about a misleading extension.
fn what_it_is(name: &str, bytes: &[u8]) -> String {
    if bytes.starts_with(b"PK\x03\x04") {
        return "a ZIP archive".to_owned();
    }
    if pdf::is_pdf(bytes) {
        return "a PDF document".to_owned();
    }
    match decode::decode(bytes) {
        Err(reason) => reason
            .strip_prefix("looks like ")
            .and_then(|r| r.strip_suffix(", not text"))
            .map_or_else(|| "not text".to_owned(), str::to_owned),
        Ok(d) if detect_format(name, &d.text) == Format::Html || looks_like_html(&d.text) => {
            "an HTML page (rename it to .html)".to_owned()
        }
        Ok(_) => "plain text (rename it to .txt)".to_owned(),
    }
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(200).collect();
    let head = head.to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

fn has_extension(name: &str, ext: &str) -> bool {
    Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

fn from_docx(name: &str, path: &str, bytes: &[u8]) -> Result<Source, IngestError> {
    let doc =
        docx::extract(bytes, MAX_INPUT_BYTES).map_err(|reason| IngestError::new(path, reason))?;
    if doc.text.trim().is_empty() {
        return Err(IngestError::new(path, "is a Word document with no text"));
    }
    let title = doc.title.or_else(|| first_line_title(&doc.text));
    let published = dateline_date(&doc.text);
    Ok(Source {
        name: name.to_owned(),
        path: path.to_owned(),
        path_bytes: None,
        title,
        text: doc.text,
        format: Format::Docx,
        encoding: "DOCX (UTF-8 XML)".to_owned(),
        byline: doc.author,
        published,
        ..Default::default()
    })
}

/// A PDF's text layer, re-flowed: the source's text is the re-flowed text.
fn from_pdf(name: &str, path: &str, bytes: &[u8]) -> Result<Source, IngestError> {
    let raw =
        pdf::extract(bytes, MAX_INPUT_BYTES).map_err(|reason| IngestError::new(path, reason))?;
    let text = reflow::reflow(&raw);
    Ok(Source {
        name: name.to_owned(),
        path: path.to_owned(),
        path_bytes: None,
        title: first_line_title(&text),
        published: dateline_date(&text),
        text,
        format: Format::Pdf,
        encoding: "PDF text layer, re-flowed".to_owned(),
        ..Default::default()
    })
}

/// A source made from pasted text.
pub fn from_text(name: &str, text: &str) -> Result<Source, IngestError> {
    from_bytes(name, "", text.as_bytes()).map(|mut s| {
        s.path.clear();
        s
    })
}

fn detect_format(name: &str, text: &str) -> Format {
    let ext = Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" | "xhtml" => Format::Html,
        "md" | "markdown" | "mdown" => Format::Markdown,
        "txt" | "text" => Format::Text,
        _ => {
            let head: String = text.trim_start().chars().take(200).collect::<String>();
            let head = head.to_ascii_lowercase();
            if head.starts_with("<!doctype html") || head.starts_with("<html") {
                Format::Html
            } else {
                Format::Text
            }
        }
    }
}

/// How many non-empty lines at the top of a text may hold its title or dateline.
const HEAD_LINES: usize = 12;

/// Plain text has no title field: a short first line without final punctuation serves,
/// after any page furniture above it (a dateline, a weather widget, "Categories: …").
fn first_line_title(text: &str) -> Option<String> {
    let line = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEAD_LINES)
        .find(|l| crate::segment::line_furniture(l).is_none())?;
    let words = line.split_whitespace().count();
    let ends_sentence = line.ends_with(['.', '!', '?', ':']);
    ((3..=25).contains(&words) && !ends_sentence).then(|| line.to_owned())
}

/// The article's date from a dateline or update stamp near the top ("Updated: March 04,
/// 2019 09:12 IST"), for a source whose metadata gives none. A "published" or "posted"
/// line wins over an "updated" one; the line must hold a whole date.
fn dateline_date(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEAD_LINES)
        .filter(|l| {
            l.len() <= 200
                && crate::segment::is_dateline(l)
                && crate::disagree::dates::parse_published(l).is_some()
        })
        .collect();
    let first_edition = |l: &&&str| {
        let l = l.to_lowercase();
        l.contains("published") || l.contains("posted")
    };
    lines
        .iter()
        .find(first_edition)
        .or(lines.first())
        .map(|l| (*l).to_owned())
}

/// The label of a web address's host that names the site: "www.eveningcourier.co.uk" →
/// "eveningcourier" (the first label after "www." or "m.").
fn host_name_label(url: &str) -> Option<String> {
    let mut labels = web::host(url)?.split('.').filter(|l| !l.is_empty());
    let first = labels.next()?;
    let label = if matches!(first, "www" | "m" | "amp" | "mobile") {
        labels.next()?
    } else {
        first
    };
    Some(label.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_extension_and_content() {
        assert_eq!(detect_format("a.HTM", ""), Format::Html);
        assert_eq!(detect_format("a.md", ""), Format::Markdown);
        assert_eq!(detect_format("a", "<!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(detect_format("a.txt", "<html>"), Format::Text);
    }

    #[test]
    fn empty_text_is_an_error_naming_the_file() {
        let err = from_bytes("e.txt", "dir/e.txt", b"  \n\t ").unwrap_err();
        assert_eq!(err.path, "dir/e.txt");
        assert!(err.to_string().contains("no text"));
    }

    #[test]
    fn a_dateline_dates_the_article_and_is_never_its_title() {
        let s = from_bytes(
            "a.txt",
            "a.txt",
            "4 March 2019 Last updated at 11:02 GMT\n\nFloods close the coast road\n\n\
             Rivers rose two metres overnight."
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(s.title.as_deref(), Some("Floods close the coast road"));
        assert_eq!(
            s.published.as_deref(),
            Some("4 March 2019 Last updated at 11:02 GMT")
        );
        // A published stamp wins over an update, wherever it is among the first lines.
        let s = from_bytes(
            "b.md",
            "b.md",
            "Updated: March 05, 2019 09:12 IST\n\nPublished 10:32 AM EST, Tue March 4, 2019\n\n\
             Text of the article."
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(
            s.published.as_deref(),
            Some("Published 10:32 AM EST, Tue March 4, 2019")
        );
        assert_eq!(s.title, None);
        // Metadata comes first: a page's own date is kept.
        let html = "<html><head><meta property=\"article:published_time\" \
                    content=\"2019-03-01T08:00:00Z\"></head><body><article>\
                    <p>Updated: March 04, 2019 09:12 IST</p><p>Rivers rose two metres overnight \
                    and the coast road closed.</p></article></body></html>";
        let s = from_bytes("c.html", "c.html", html.as_bytes()).unwrap();
        assert_eq!(s.published.as_deref(), Some("2019-03-01T08:00:00Z"));
    }

    #[test]
    fn short_names_come_from_the_outlet_the_title_or_a_cleaned_file_name() {
        let source = |name: &str, site: Option<&str>, title: Option<&str>| Source {
            name: name.to_owned(),
            site: site.map(str::to_owned),
            title: title.map(str::to_owned),
            ..Default::default()
        };
        let s = source("a.html", Some("The Harbour Gazette"), Some("Floods"));
        assert_eq!(s.short_name(), "The Harbour Gazette");
        assert_eq!(s.full_name(), "The Harbour Gazette\nFloods\na.html");
        let s = source(
            "x.txt",
            None,
            Some("Xiaomi files a complaint against the US after being banned"),
        );
        assert_eq!(s.short_name(), "Xiaomi files a complaint…");
        assert!(s.short_name().chars().count() <= SHORT_NAME_CHARS);
        assert_eq!(
            s.full_name(),
            format!("{}\nx.txt", s.title.as_deref().unwrap())
        );
        assert_eq!(
            source("03_skyline-news.txt", None, None).short_name(),
            "skyline-news"
        );
        assert_eq!(
            source("2c110ac3_bbc 2019.md", None, None).short_name(),
            "bbc 2019"
        );
        // A name of numbers and hashes: the opening words of the text.
        let s = Source {
            text: "\n  During the final days of the old council, the city closed two libraries.\n"
                .into(),
            ..source("000_2c110ac3824b8891.txt", None, None)
        };
        assert_eq!(s.short_name(), "During the final days of…");
        assert_eq!(
            s.full_name(),
            "During the final days of the old council, the city closed…\n000_2c110ac3824b8891.txt"
        );
        // Nothing readable left: the name as given.
        let s = source("000_2c110ac3824b8891.txt", None, None);
        assert_eq!(s.short_name(), "000_2c110ac3824b8891.txt");
        assert_eq!(s.full_name(), "000_2c110ac3824b8891.txt");
        assert_eq!(
            source("Pasted text 2", None, None).short_name(),
            "Pasted text 2"
        );
    }

    #[test]
    fn title_from_headline_line() {
        let s = from_bytes("a.txt", "a.txt", b"Big news today\n\nSomething happened.").unwrap();
        assert_eq!(s.title.as_deref(), Some("Big news today"));
    }

    #[test]
    fn site_names_come_from_metadata_and_the_address() {
        let s = Source {
            site: Some("The Evening Courier".into()),
            url: Some("https://www.eveningcourier.co.uk/news/1?a=b".into()),
            final_url: Some("http://m.eveningcourier.co.uk:8080/x".into()),
            ..Source::default()
        };
        assert_eq!(s.site_names(), ["The Evening Courier", "eveningcourier"]);
        assert!(Source::default().site_names().is_empty());
    }
}

//! DOCX → text: the paragraphs of `word/document.xml`, runs joined with their spaces kept.
//!
//! Each `w:p` becomes one line (a blank line between paragraphs), `w:t` runs are joined
//! as written (including leading and trailing spaces), `w:tab` is a tab and `w:br` a line
//! break; deleted text and field codes are skipped. The title and author come from
//! `docProps/core.xml` when set.

use std::io::{BufRead, BufReader, Cursor, Read};

use quick_xml::Reader;
use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::Event;

/// The text of a DOCX document, and its title and author when its properties name them.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Docx {
    pub text: String,
    pub title: Option<String>,
    pub author: Option<String>,
}

/// Largest uncompressed `word/document.xml` read: a "zip bomb" is refused, not expanded.
/// The XML is parsed as it is inflated, so this bounds the time, not the memory.
const MAX_PART_BYTES: u64 = 256 * 1024 * 1024;

/// Largest `docProps/core.xml` read (it holds a title and an author).
const MAX_PROPS_BYTES: u64 = 1024 * 1024;

/// Whether these ZIP bytes hold a Word document.
pub fn is_docx(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .is_ok_and(|mut z| z.by_name("word/document.xml").is_ok())
}

/// Extracts a DOCX document's text, or says why it cannot; the text is refused as soon
/// as it grows past `max_text` bytes, without inflating the rest.
pub fn extract(bytes: &[u8], max_text: u64) -> Result<Docx, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("is a damaged ZIP/DOCX file ({e})"))?;
    let text = {
        let file = match zip.by_name("word/document.xml") {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => {
                return Err("is a ZIP archive, not a Word (.docx) document".to_owned());
            }
            Err(e) => return Err(format!("is a damaged DOCX file ({e})")),
        };
        let capped = Capped {
            inner: file,
            left: MAX_PART_BYTES,
        };
        paragraphs(BufReader::new(capped), max_text)?
    };
    let core = read_props(&mut zip);
    let prop = |name: &str| core.as_deref().and_then(|xml| property(xml, name));
    Ok(Docx {
        text,
        title: prop("title"),
        author: prop("creator"),
    })
}

/// `docProps/core.xml`, when present, readable and small.
fn read_props(zip: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Option<String> {
    let file = zip.by_name("docProps/core.xml").ok()?;
    let mut raw = Vec::new();
    file.take(MAX_PROPS_BYTES + 1).read_to_end(&mut raw).ok()?;
    if raw.len() as u64 > MAX_PROPS_BYTES {
        return None;
    }
    String::from_utf8(raw).ok()
}

/// A reader that fails once more than `left` bytes come out of it, so that an
/// oversized part is refused rather than silently cut.
struct Capped<R> {
    inner: R,
    left: u64,
}

/// The error [`Capped`] returns; recognised to word the message.
const TOO_LARGE: &str = "part too large once decompressed";

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(std::io::Error::other(TOO_LARGE)),
            };
        }
        let want = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.left -= n as u64;
        Ok(n)
    }
}

fn xml_error(e: quick_xml::Error) -> String {
    if e.to_string().contains(TOO_LARGE) {
        format!(
            "is a DOCX whose word/document.xml is too large once decompressed (more than {} MB)",
            MAX_PART_BYTES / (1024 * 1024)
        )
    } else {
        format!("is a damaged DOCX file (word/document.xml: {e})")
    }
}

/// The text of `w:p` paragraphs, one a line, blank lines between them; refused once
/// it grows past `max_text` bytes.
fn paragraphs<R: BufRead>(xml: R, max_text: u64) -> Result<String, String> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = String::new();
    let mut para = String::new();
    let mut in_text = false;
    loop {
        buf.clear();
        let event = reader.read_event_into(&mut buf).map_err(xml_error)?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"p" => para.clear(),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" => para.push('\t'),
                b"br" | b"cr" => para.push('\n'),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => {
                    let line = para.trim();
                    if !line.is_empty() {
                        if !out.is_empty() {
                            out.push_str("\n\n");
                        }
                        out.push_str(line);
                    }
                    para.clear();
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                let s = t
                    .decode()
                    .map_err(|e| format!("is a damaged DOCX file ({e})"))?;
                para.push_str(&s);
            }
            Event::GeneralRef(r) if in_text => {
                let name = r
                    .decode()
                    .map_err(|e| format!("is a damaged DOCX file ({e})"))?;
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    para.push(c);
                } else if let Some(s) = resolve_xml_entity(&name) {
                    para.push_str(s);
                }
            }
            Event::CData(c) if in_text => para.push_str(&String::from_utf8_lossy(&c)),
            Event::Eof => break,
            _ => {}
        }
        // Checked as it grows: a small file can hold hundreds of MB of text.
        if (out.len() + para.len()) as u64 > max_text {
            return Err(format!(
                "is a Word document with more than {} MB of text; the limit is {} MB per source",
                max_text / (1024 * 1024),
                max_text / (1024 * 1024)
            ));
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    Ok(out)
}

/// The text of the first element named `local` (any namespace) in `xml`.
fn property(xml: &str, local: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut inside = false;
    let mut value = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == local.as_bytes() => inside = true,
            Event::End(e) if e.local_name().as_ref() == local.as_bytes() => break,
            Event::Text(t) if inside => value.push_str(&t.decode().ok()?),
            Event::GeneralRef(r) if inside => {
                let name = r.decode().ok()?;
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    value.push(c);
                } else if let Some(s) = resolve_xml_entity(&name) {
                    value.push_str(s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    (!value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a minimal DOCX from paragraphs of runs, for tests.
    pub fn build_for_tests(paragraphs: &[&[&str]], title: Option<&str>) -> Vec<u8> {
        use std::io::Write;
        let mut body = String::new();
        for runs in paragraphs {
            body.push_str("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>");
            for run in *runs {
                let escaped = run
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;");
                body.push_str(&format!(
                    "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{escaped}</w:t></w:r>"
                ));
            }
            body.push_str("</w:p>");
        }
        let document = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}<w:sectPr/></w:body></w:document>"
        );
        let mut buf = Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut buf);
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            let parts = [
                (
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types/>".to_owned(),
                ),
                ("word/document.xml", document),
                (
                    "docProps/core.xml",
                    format!(
                        "<?xml version=\"1.0\"?><cp:coreProperties \
                     xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
                     xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title>\
                     <dc:creator>Test Writer</dc:creator></cp:coreProperties>",
                        title.unwrap_or("")
                    ),
                ),
            ];
            for (name, content) in parts {
                // Writing to memory cannot fail short of allocation failure.
                let _ = zip.start_file(name, opts);
                let _ = zip.write_all(content.as_bytes());
            }
            let _ = zip.finish();
        }
        buf.into_inner()
    }

    #[test]
    fn runs_keep_their_spaces_and_paragraphs_are_lines() {
        let bytes = build_for_tests(
            &[
                &["Council ", "backs", " new timetable"],
                &[
                    "Fares rise by ",
                    "12%",
                    " from April & May. ",
                    "Critics <object>.",
                ],
            ],
            Some("Ferry fares"),
        );
        assert!(is_docx(&bytes));
        let d = extract(&bytes, u64::MAX).unwrap();
        assert_eq!(
            d.text,
            "Council backs new timetable\n\nFares rise by 12% from April & May. Critics <object>.\n"
        );
        assert_eq!(d.title.as_deref(), Some("Ferry fares"));
        assert_eq!(d.author.as_deref(), Some("Test Writer"));
    }

    #[test]
    fn damaged_or_foreign_zips_are_refused() {
        assert!(
            extract(b"PK\x03\x04garbage", u64::MAX)
                .unwrap_err()
                .contains("damaged")
        );
        let mut buf = Cursor::new(Vec::new());
        {
            use std::io::Write;
            let mut zip = zip::ZipWriter::new(&mut buf);
            zip.start_file("notes.txt", zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(b"hello").unwrap();
            zip.finish().unwrap();
        }
        let bytes = buf.into_inner();
        assert!(!is_docx(&bytes));
        assert!(
            extract(&bytes, u64::MAX)
                .unwrap_err()
                .contains("not a Word")
        );
    }
}

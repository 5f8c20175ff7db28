//! PDF → text: the text layer of every page, read by the `pdf-extract` crate (pure Rust,
//! on `lopdf`), then re-flowed (see [`super::reflow`]) since PDF text comes as wrapped
//! lines.
//!
//! A damaged, password-protected or scanned PDF (pages without a text layer) is refused
//! with a reason; the extractor runs under `catch_unwind`, so a PDF that makes it panic is
//! refused as damaged too (and its panic message is not printed).
//!
//! The extractor trusts its input: it inflates every stream whole, parses a page's
//! content into memory at once, and follows a page's drawings (form XObjects) and its
//! page tree recursively. An allocation failure or a stack overflow cannot be caught,
//! so the document is checked first, with budgets:
//! - every compressed stream is measured as it is inflated (a 3 MB file can inflate to
//!   gigabytes) and refused past [`MAX_STREAM`], before `lopdf` expands object streams;
//!   cross-reference streams, which `lopdf` inflates while opening the file, are
//!   measured on the raw bytes first;
//! - image data is dropped unread (only text is wanted);
//! - each page's content, drawings included as often as they are drawn, is bounded by
//!   [`MAX_PAGE_CONTENT`] (memory), the whole document's by [`MAX_CONTENT`] (time), the
//!   font data re-read on every page by [`MAX_FONT_BYTES`], the pages by [`MAX_PAGES`];
//! - loops in the page tree or in drawings are "damaged", not a crash;
//! - the text written is refused once past the text limit.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use pdf_extract::content::Content;
use pdf_extract::{
    ConvertToFmt, Dictionary, Document, LoadOptions, Object, ObjectId, OutputError,
    PlainTextOutput, Stream,
};

/// Largest decoded stream (content, font, object stream): refused past it.
const MAX_STREAM: u64 = 64 * 1024 * 1024;
/// All decoded streams together (they are held at once).
const MAX_DECODED: u64 = 256 * 1024 * 1024;
/// Content one page runs, its drawings counted each time they are drawn: its parsed
/// operators take ~60× its bytes of memory.
const MAX_PAGE_CONTENT: u64 = 4 * 1024 * 1024;
/// Content run over all pages: the extractor shows text at ~1 MB/s, so this bounds its
/// time (a 3,000-page book has less).
const MAX_CONTENT: u64 = 10 * 1024 * 1024;
/// Font data copied over all pages (the extractor re-reads each font on every page).
const MAX_FONT_BYTES: u64 = 1024 * 1024 * 1024;
/// Pages read.
pub const MAX_PAGES: usize = 20_000;

/// Keys written into stream dictionaries while loading: the decoded length, and a mark
/// for a stream past [`MAX_STREAM`].
const DECODED: &[u8] = b"CorroborateDecodedLength";
const OVERSIZE: &[u8] = b"CorroborateTooLarge";

/// Whether these bytes open like a PDF file (`%PDF-`, possibly after a little junk, as
/// readers accept it within the first kilobyte).
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// Extracts a PDF's text, as the extractor lays it out (lines, blank lines between
/// blocks), or says why it cannot; the text is refused once past `max_text` bytes.
pub fn extract(bytes: &[u8], max_text: u64) -> Result<String, String> {
    if !is_pdf(bytes) {
        return Err("is named .pdf but is not a PDF document".to_owned());
    }
    install_quiet_panic_hook();
    QUIET_PANICS.with(|q| q.set(true));
    let caught = catch_unwind(AssertUnwindSafe(|| extract_text(bytes, max_text)));
    QUIET_PANICS.with(|q| q.set(false));
    let text = caught.unwrap_or_else(|_| {
        Err("is a damaged PDF file (the PDF reader could not make sense of it)".to_owned())
    })?;
    // Damage (loops, references to themselves) was named above: what is left is a
    // readable PDF whose pages draw no text.
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

fn too_large() -> String {
    format!(
        "is a PDF too large once decompressed (a stream, a page or the whole document \
         expands past the reader's limits: {} MB per stream, {} MB of page content per \
         page and {} MB in all)",
        MAX_STREAM / (1024 * 1024),
        MAX_PAGE_CONTENT / (1024 * 1024),
        MAX_CONTENT / (1024 * 1024)
    )
}

fn damaged(why: &str) -> String {
    format!("is a damaged PDF file ({why})")
}

fn extract_text(bytes: &[u8], max_text: u64) -> Result<String, String> {
    if !xref_streams_bounded(bytes) {
        return Err(too_large());
    }
    let options = LoadOptions {
        filter: Some(guard_stream),
        ..Default::default()
    };
    let mut doc =
        Document::load_mem_with_options(bytes, options).map_err(|e| damaged(&e.to_string()))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err("is an encrypted (password-protected) PDF; its text cannot be read".to_owned());
    }
    prepare_streams(&mut doc)?;
    check_pages(&doc)?;
    let mut out = Limited {
        text: String::new(),
        max: max_text,
        over: false,
    };
    {
        let mut output = PlainTextOutput::new(&mut out);
        let result = pdf_extract::output_doc(&doc, &mut output);
        if let Err(e) = result {
            return Err(match e {
                _ if out.over => format!(
                    "is a PDF with more than {} MB of text; the limit is {} MB per source",
                    max_text / (1024 * 1024),
                    max_text / (1024 * 1024)
                ),
                OutputError::PdfError(e) => damaged(&e.to_string()),
                e => format!("is a PDF whose text could not be read ({e})"),
            });
        }
    }
    Ok(out.text)
}

/// A text sink that fails once past `max` bytes.
struct Limited {
    text: String,
    max: u64,
    over: bool,
}

impl std::fmt::Write for Limited {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if (self.text.len() + s.len()) as u64 > self.max {
            self.over = true;
            return Err(std::fmt::Error);
        }
        self.text.push_str(s);
        Ok(())
    }
}

impl<'a> ConvertToFmt for &'a mut Limited {
    type Writer = &'a mut Limited;
    fn convert(self) -> Self::Writer {
        self
    }
}

fn is_image(dict: &Dictionary) -> bool {
    dict.get(b"Subtype")
        .and_then(Object::as_name)
        .is_ok_and(|n| n == b"Image")
}

/// Called by `lopdf` on every object as it is read, before object streams are
/// expanded: drops image data and measures every compressed stream, marking those past
/// [`MAX_STREAM`] (refused once loading ends). A plain function: it cannot carry state.
fn guard_stream(id: ObjectId, obj: &mut Object) -> Option<(ObjectId, Object)> {
    if let Object::Stream(s) = obj {
        measure(s);
    }
    Some((id, obj.clone()))
}

fn measure(s: &mut Stream) {
    if is_image(&s.dict) {
        s.set_plain_content(Vec::new());
        return;
    }
    if s.dict.has(DECODED) || !s.filters().is_ok_and(|f| !f.is_empty()) {
        return;
    }
    match decoded_len(s, MAX_STREAM) {
        Some(n) => s.dict.set(DECODED, i64::try_from(n).unwrap_or(i64::MAX)),
        None => {
            // Keep nothing of it: not even its type, so an object stream is not expanded.
            let mut dict = Dictionary::new();
            dict.set(OVERSIZE, true);
            *s = Stream::new(dict, Vec::new());
        }
    }
}

/// Drops image data (also of images loaded without the guard, in encrypted files), the
/// colour profiles the extractor would copy on every colour change, checks the
/// decoded sizes, and decodes every stream once (the extractor re-reads fonts on every
/// page).
fn prepare_streams(doc: &mut Document) -> Result<(), String> {
    let mut icc = HashSet::new();
    for obj in doc.objects.values() {
        collect_icc(obj, &mut icc, 0);
    }
    let mut total = 0u64;
    for (id, obj) in doc.objects.iter_mut() {
        let Object::Stream(s) = obj else { continue };
        if icc.contains(id) {
            s.set_plain_content(Vec::new());
            continue;
        }
        measure(s);
        if s.dict.has(OVERSIZE) {
            return Err(too_large());
        }
        let len = s
            .dict
            .get(DECODED)
            .and_then(Object::as_i64)
            .map_or(s.content.len() as u64, |n| n.max(0) as u64);
        total = total.saturating_add(len);
        if total > MAX_DECODED {
            return Err(too_large());
        }
        if s.dict.has(DECODED) {
            // Bounded by the measure above; an undecodable stream stays as it is.
            let _ = s.decompress();
        }
    }
    Ok(())
}

/// Streams named by `[/ICCBased n 0 R]` colour spaces anywhere in the document.
fn collect_icc(obj: &Object, out: &mut HashSet<ObjectId>, depth: usize) {
    if depth > 32 {
        return;
    }
    match obj {
        Object::Array(items) => {
            if let [Object::Name(n), Object::Reference(r), ..] = items.as_slice()
                && n == b"ICCBased"
            {
                out.insert(*r);
            }
            for item in items {
                collect_icc(item, out, depth + 1);
            }
        }
        Object::Dictionary(d) => {
            for (_, v) in d.iter() {
                collect_icc(v, out, depth + 1);
            }
        }
        Object::Stream(s) => {
            for (_, v) in s.dict.iter() {
                collect_icc(v, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// The decoded length of a stream, or `None` past `cap`. Filters `lopdf` cannot decode
/// count as nothing (it refuses them without allocating).
fn decoded_len(s: &Stream, cap: u64) -> Option<u64> {
    let Ok(filters) = s.filters() else {
        return Some(s.content.len() as u64);
    };
    let mut data: std::borrow::Cow<[u8]> = std::borrow::Cow::Borrowed(&s.content);
    let last = filters.len().saturating_sub(1);
    for (i, f) in filters.iter().enumerate() {
        let keep = i < last;
        match *f {
            b"FlateDecode" => {
                let (n, out) = inflate(&data, cap, keep)?;
                if !keep {
                    return Some(n);
                }
                data = std::borrow::Cow::Owned(out);
            }
            b"LZWDecode" => {
                let early = s
                    .dict
                    .get(b"DecodeParms")
                    .and_then(Object::as_dict)
                    .and_then(|p| p.get(b"EarlyChange"))
                    .and_then(Object::as_i64)
                    .map_or(true, |v| v != 0);
                let n = lzw_len(&data, early, cap)?;
                // A later filter could expand its output further, unseen: refuse
                // unless even the worst case (inflate's 1032:1) fits.
                return (!keep || n.saturating_mul(1032) <= cap).then_some(n);
            }
            b"ASCII85Decode" => {
                // At most 4 bytes out per byte in ('z'), so decoding is bounded.
                let one = Stream::new(
                    {
                        let mut d = Dictionary::new();
                        d.set("Filter", Object::Name(b"ASCII85Decode".to_vec()));
                        d
                    },
                    data.to_vec(),
                );
                let out = one.decompressed_content().unwrap_or_default();
                if out.len() as u64 > cap {
                    return None;
                }
                if !keep {
                    return Some(out.len() as u64);
                }
                data = std::borrow::Cow::Owned(out);
            }
            _ => return Some(data.len() as u64),
        }
    }
    Some(data.len() as u64)
}

/// Inflates zlib data as `lopdf` does (raw deflate after the 2-byte header when the
/// zlib reading yields nothing), counting the bytes and keeping them when asked;
/// `None` past `cap`.
fn inflate(data: &[u8], cap: u64, keep: bool) -> Option<(u64, Vec<u8>)> {
    let (n, out, failed) = inflate_with(flate2::read::ZlibDecoder::new(data), cap, keep)?;
    if failed && n == 0 && data.len() > 2 {
        let (n, out, _) = inflate_with(flate2::read::DeflateDecoder::new(&data[2..]), cap, keep)?;
        return Some((n, out));
    }
    Some((n, out))
}

fn inflate_with(mut r: impl Read, cap: u64, keep: bool) -> Option<(u64, Vec<u8>, bool)> {
    let mut buf = vec![0u8; 64 * 1024];
    let mut out = Vec::new();
    let mut n = 0u64;
    loop {
        match r.read(&mut buf) {
            Ok(0) => return Some((n, out, false)),
            Ok(k) => {
                n += k as u64;
                if n > cap {
                    return None;
                }
                if keep {
                    out.extend_from_slice(&buf[..k]);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return Some((n, out, true)),
        }
    }
}

/// The decoded length of LZW data (MSB-first codes of 9 to 12 bits, as in PDF),
/// without producing the bytes; `None` past `cap`.
fn lzw_len(data: &[u8], early_change: bool, cap: u64) -> Option<u64> {
    let mut lens: Vec<u64> = Vec::with_capacity(4096);
    let reset = |lens: &mut Vec<u64>| {
        lens.clear();
        lens.extend(std::iter::repeat_n(1, 256));
        lens.extend([0, 0]);
    };
    reset(&mut lens);
    let (mut width, mut acc, mut bits) = (9u32, 0u64, 0u32);
    let mut prev: Option<usize> = None;
    let mut total = 0u64;
    for &b in data {
        acc = (acc << 8) | u64::from(b);
        bits += 8;
        while bits >= width {
            let code = ((acc >> (bits - width)) & ((1 << width) - 1)) as usize;
            bits -= width;
            if code == 256 {
                reset(&mut lens);
                width = 9;
                prev = None;
                continue;
            }
            if code == 257 {
                return Some(total);
            }
            let len = match (code < lens.len(), prev) {
                (true, _) => lens[code],
                (false, Some(p)) if code == lens.len() => lens[p] + 1,
                _ => return Some(total),
            };
            total += len;
            if total > cap {
                return None;
            }
            if let Some(p) = prev
                && lens.len() < 4096
            {
                lens.push(lens[p] + 1);
            }
            prev = Some(code);
            let next = lens.len() as u64 + u64::from(early_change);
            if next >= (1 << width) && width < 12 {
                width += 1;
            }
        }
    }
    Some(total)
}

/// Cross-reference streams are inflated by `lopdf` while it opens the file, before the
/// guard sees any object: measure the ones at the offsets the file points to.
fn xref_streams_bounded(bytes: &[u8]) -> bool {
    let mut offsets = Vec::new();
    let tail = &bytes[bytes.len().saturating_sub(2048)..];
    if let Some(p) = rfind(tail, b"startxref") {
        offsets.extend(int_after(&tail[p + 9..]));
    }
    for key in [&b"/Prev"[..], b"/XRefStm"] {
        let mut from = 0;
        while let Some(p) = find(&bytes[from..], key) {
            let at = from + p + key.len();
            offsets.extend(int_after(&bytes[at..]));
            from = at;
            if offsets.len() > 10_000 {
                return false;
            }
        }
    }
    let start = bytes.windows(5).position(|w| w == b"%PDF-").unwrap_or(0);
    offsets.sort_unstable();
    offsets.dedup();
    offsets.into_iter().all(|off| {
        let Some(region) = bytes.get(start.saturating_add(off)..) else {
            return true;
        };
        let window = &region[..region.len().min(64 * 1024)];
        let Some(p) = find(window, b"stream") else {
            return true;
        };
        let mut data = &region[p + 6..];
        if data.starts_with(b"\r") {
            data = &data[1..];
        }
        if data.starts_with(b"\n") {
            data = &data[1..];
        }
        inflate(data, MAX_STREAM, false).is_some()
    })
}

fn int_after(b: &[u8]) -> Option<usize> {
    let b = &b[b.iter().position(|c| !c.is_ascii_whitespace())?..];
    let end = b
        .iter()
        .position(|c| !c.is_ascii_digit())
        .unwrap_or(b.len());
    std::str::from_utf8(&b[..end.min(12)]).ok()?.parse().ok()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Checks the page tree (no loops, a bounded number of pages) and each page's work
/// (its content and drawings, bounded and without loops; the fonts it loads).
fn check_pages(doc: &Document) -> Result<(), String> {
    let catalog = doc.catalog().map_err(|e| damaged(&e.to_string()))?;
    let root = catalog
        .get(b"Pages")
        .and_then(Object::as_reference)
        .map_err(|_| damaged("it has no page tree"))?;
    // The extractor's page walk stops at loops silently: find them to name them.
    let mut seen = HashSet::new();
    let mut stack = vec![(root, 0usize)];
    let mut pages = 0usize;
    while let Some((id, depth)) = stack.pop() {
        if !seen.insert(id) {
            return Err(damaged("its page tree loops back on itself"));
        }
        if depth > 256 {
            return Err(damaged("its page tree is too deep"));
        }
        let dict = resolve_dict(doc, id)?;
        match dict.get(b"Kids").and_then(Object::as_array) {
            Ok(kids) if !dict.has_type(b"Page") => {
                for kid in kids.iter().rev() {
                    if let Ok(k) = kid.as_reference() {
                        stack.push((k, depth + 1));
                    }
                }
            }
            _ => {
                pages += 1;
                if pages > MAX_PAGES {
                    return Err(format!(
                        "is a PDF with more than {MAX_PAGES} pages; the limit is {MAX_PAGES}"
                    ));
                }
            }
        }
    }
    let page_ids = doc.get_pages();
    if page_ids.is_empty() {
        return Err(damaged("it has no pages"));
    }
    let mut work = Work::default();
    for id in page_ids.values() {
        let page = resolve_dict(doc, *id)?;
        // The extractor looks resources up through the parents, recursively.
        let mut chain = HashSet::new();
        let mut node = page;
        let mut resources = None;
        loop {
            if resources.is_none() {
                resources = node
                    .get(b"Resources")
                    .ok()
                    .and_then(|r| doc.dereference(r).ok())
                    .and_then(|(_, r)| r.as_dict().ok());
            }
            let Ok(parent) = node.get(b"Parent").and_then(Object::as_reference) else {
                break;
            };
            if !chain.insert(parent) || chain.len() > 256 {
                return Err(damaged("its page tree loops back on itself"));
            }
            node = resolve_dict(doc, parent)?;
        }
        // A content entry that leads back to itself reads as no content to the
        // extractor; name it.
        if let Ok(c) = page.get(b"Contents")
            && let Err(pdf_extract::Error::ReferenceLimit) = doc.dereference(c)
        {
            return Err(damaged("an object refers to itself"));
        }
        let mut content = 0u64;
        let mut ops = Vec::new();
        for sid in doc.get_page_contents(*id) {
            let s = match doc.get_object(sid) {
                Ok(Object::Stream(s)) => s,
                Ok(_) => continue,
                Err(e) => return Err(damaged(&e.to_string())),
            };
            content += s.content.len() as u64;
            ops.push(&s.content[..]);
        }
        if content > MAX_PAGE_CONTENT {
            return Err(too_large());
        }
        let mut drawn = content;
        let mut fonts = 0;
        if let Some(res) = resources {
            for data in ops {
                drawn = drawn.saturating_add(work.drawn(doc, data, res, 0)?);
            }
            fonts = work.fonts(doc, res);
        }
        if drawn > MAX_PAGE_CONTENT {
            return Err(too_large());
        }
        work.content = work.content.saturating_add(drawn);
        work.font_bytes = work.font_bytes.saturating_add(fonts);
        if work.content > MAX_CONTENT || work.font_bytes > MAX_FONT_BYTES {
            return Err(too_large());
        }
    }
    Ok(())
}

fn resolve_dict(doc: &Document, id: ObjectId) -> Result<&Dictionary, String> {
    match doc.get_object(id) {
        Ok(o) => o
            .as_dict()
            .map_err(|_| damaged("a page is not a dictionary")),
        Err(pdf_extract::Error::ReferenceLimit) => Err(damaged("an object refers to itself")),
        Err(e) => Err(damaged(&e.to_string())),
    }
}

/// Memos for the per-page work: the content each drawing (form XObject) runs, and the
/// font data each resource dictionary loads.
#[derive(Default)]
struct Work {
    forms: HashMap<(ObjectId, usize), u64>,
    fonts: HashMap<usize, u64>,
    on_stack: HashSet<ObjectId>,
    content: u64,
    font_bytes: u64,
}

impl Work {
    /// Content run by the drawings `data` draws with `Do`, each time drawn.
    fn drawn(
        &mut self,
        doc: &Document,
        data: &[u8],
        res: &Dictionary,
        depth: usize,
    ) -> Result<u64, String> {
        if depth > 64 {
            return Err(damaged("its drawings nest too deeply"));
        }
        if find(data, b"Do").is_none() {
            return Ok(0);
        }
        let Ok(xobjects) = res
            .get(b"XObject")
            .and_then(|x| doc.dereference(x))
            .and_then(|(_, x)| x.as_dict())
        else {
            return Ok(0);
        };
        // The extractor parses with this same parser; what it cannot parse it refuses.
        let Ok(content) = Content::decode(data) else {
            return Ok(0);
        };
        let mut sum = 0u64;
        for op in content.operations.iter().filter(|o| o.operator == "Do") {
            let Some(Ok(name)) = op.operands.first().map(Object::as_name) else {
                continue;
            };
            let Ok(target) = xobjects.get(name) else {
                continue;
            };
            let Ok((Some(fid), Object::Stream(form))) = doc.dereference(target) else {
                continue;
            };
            let form_res = form
                .dict
                .get(b"Resources")
                .ok()
                .and_then(|r| doc.dereference(r).ok())
                .and_then(|(_, r)| r.as_dict().ok())
                .unwrap_or(res);
            let key = (fid, std::ptr::from_ref(form_res) as usize);
            let size = match self.forms.get(&key) {
                Some(&n) => n,
                None => {
                    if !self.on_stack.insert(fid) {
                        return Err(damaged("a drawing on a page draws itself"));
                    }
                    let inner = self.drawn(doc, &form.content, form_res, depth + 1)?;
                    self.on_stack.remove(&fid);
                    let n = (form.content.len() as u64).saturating_add(inner);
                    self.forms.insert(key, n);
                    n
                }
            };
            sum = sum.saturating_add(size);
            if sum > MAX_PAGE_CONTENT {
                return Err(too_large());
            }
        }
        Ok(sum)
    }

    /// Bytes of the streams the fonts of `res` reach (font files, encodings, maps),
    /// which the extractor copies on every page that uses them.
    fn fonts(&mut self, doc: &Document, res: &Dictionary) -> u64 {
        let key = std::ptr::from_ref(res) as usize;
        if let Some(&n) = self.fonts.get(&key) {
            return n;
        }
        let mut seen = HashSet::new();
        let mut n = 0u64;
        if let Ok(font) = res.get(b"Font") {
            stream_bytes(doc, font, &mut seen, &mut n, 0);
        }
        self.fonts.insert(key, n);
        n
    }
}

/// Adds the lengths of the streams reachable from `obj` (not through `Parent`).
fn stream_bytes(
    doc: &Document,
    obj: &Object,
    seen: &mut HashSet<ObjectId>,
    n: &mut u64,
    depth: usize,
) {
    if depth > 32 {
        return;
    }
    let obj = match obj {
        Object::Reference(id) => {
            if !seen.insert(*id) {
                return;
            }
            match doc.get_object(*id) {
                Ok(o) => o,
                Err(_) => return,
            }
        }
        o => o,
    };
    match obj {
        Object::Array(items) => {
            for item in items {
                stream_bytes(doc, item, seen, n, depth + 1);
            }
        }
        Object::Dictionary(d) => {
            for (k, v) in d.iter() {
                if k != b"Parent" {
                    stream_bytes(doc, v, seen, n, depth + 1);
                }
            }
        }
        Object::Stream(s) => {
            *n = n.saturating_add(s.content.len() as u64);
            for (k, v) in s.dict.iter() {
                if k != b"Parent" {
                    stream_bytes(doc, v, seen, n, depth + 1);
                }
            }
        }
        _ => {}
    }
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
            extract(b"%PDF-1.4\ngarbage", u64::MAX)
                .unwrap_err()
                .contains("damaged")
        );
        assert!(
            extract(b"hello", u64::MAX)
                .unwrap_err()
                .contains("not a PDF")
        );
    }
}

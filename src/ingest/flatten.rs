//! Bounds the nesting depth of HTML before it is parsed.
//!
//! The HTML parser checks its stack of open elements on most tags, and the readability
//! pass measures the text under every node: both grow with the depth of the tree, so a
//! small page of deeply nested `<div>`s (or unclosed `<table><tr><td>`s) takes minutes.
//! Browsers cap the depth too (Blink at 512). Here one linear pass over the tags follows
//! the depth roughly as the parser will (void elements, raw-text elements, implied end
//! tags of `p`, `li`, table cells…); past [`MAX_DEPTH`] the start tags and their end
//! tags are dropped and only their text is kept, so the page's words all stay.

/// Deepest element nesting passed on to the parser. Real pages stay far below (a few
/// dozen levels); the readability pass is quick at this depth.
pub const MAX_DEPTH: usize = 128;

/// The HTML with its nesting capped at `max_depth`, or `None` when it is already
/// within it (the common case: nothing is copied).
pub fn flatten(html: &str, max_depth: usize) -> Option<String> {
    let mut deepest = 0;
    scan(html, max_depth, &mut |ev| {
        if let Piece::Start { depth, .. } = ev {
            deepest = deepest.max(depth);
        }
    });
    if deepest <= max_depth {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    scan(html, max_depth, &mut |ev| match ev {
        Piece::Keep(s) => out.push_str(s),
        Piece::Start { text, depth } if depth <= max_depth => out.push_str(text),
        Piece::End { text, kept: true } => out.push_str(text),
        _ => {}
    });
    Some(out)
}

/// What the scanner reports: text and markup kept as is, a start tag with the depth it
/// opens at, and an end tag with whether its start tag was kept.
enum Piece<'a> {
    Keep(&'a str),
    Start { text: &'a str, depth: usize },
    End { text: &'a str, kept: bool },
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
];

/// Elements whose content is text up to their end tag, not markup.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Start tags that close an open `p` (HTML's "close a p element").
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "section",
    "summary",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "listing",
    "form",
    "hr",
    "li",
    "dd",
    "dt",
    "table",
    "plaintext",
];

/// Elements that stop the search for an element to close implicitly.
const SCOPE: &[&str] = &[
    "html", "table", "td", "th", "caption", "marquee", "object", "applet", "template", "button",
    "svg", "math",
];

/// How far down the stack an end tag or an implied end is looked for. Past it the
/// element is left open, which only over-estimates the depth (safe) and keeps the
/// scan linear on hostile input.
const SEARCH: usize = 2 * MAX_DEPTH + 64;

/// One open element as the scanner sees it: its name (cut at 15 bytes; the stack can
/// hold millions of them) and whether its start tag was kept.
struct Open {
    name: [u8; 15],
    kept: bool,
}

impl Open {
    fn new(name: &str, kept: bool) -> Self {
        let mut n = [0u8; 15];
        let len = name.len().min(15);
        n[..len].copy_from_slice(&name.as_bytes()[..len]);
        Self { name: n, kept }
    }

    fn name(&self) -> &str {
        let len = self.name.iter().position(|&b| b == 0).unwrap_or(15);
        std::str::from_utf8(&self.name[..len]).unwrap_or("")
    }

    fn is(&self, name: &str) -> bool {
        self.name == Open::new(name, false).name
    }
}

/// Elements closed implicitly by a later start tag (see [`close_implied`]).
const IMPLIED: &[&str] = &[
    "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "svg", "math",
];

/// The open elements, with a count of each [`IMPLIED`] one so that the search for an
/// element to close is skipped when none is open.
#[derive(Default)]
struct Stack {
    items: Vec<Open>,
    counts: [usize; 13],
}

impl Stack {
    fn len(&self) -> usize {
        self.items.len()
    }

    fn push(&mut self, open: Open) {
        if let Some(k) = IMPLIED.iter().position(|n| open.is(n)) {
            self.counts[k] += 1;
        }
        self.items.push(open);
    }

    fn truncate(&mut self, at: usize) {
        for o in self.items.drain(at..) {
            if let Some(k) = IMPLIED.iter().position(|n| o.is(n)) {
                self.counts[k] -= 1;
            }
        }
    }

    fn any_open(&self, names: &[&str]) -> bool {
        names.iter().any(|n| {
            IMPLIED
                .iter()
                .position(|m| m == n)
                .is_some_and(|k| self.counts[k] > 0)
        })
    }

    /// Whether `/>` closes a tag here: inside svg or math.
    fn in_foreign(&self) -> bool {
        self.counts[11] + self.counts[12] > 0
    }
}

fn scan<'a>(html: &'a str, max_depth: usize, emit: &mut dyn FnMut(Piece<'a>)) {
    let bytes = html.as_bytes();
    let mut stack = Stack::default();
    let mut i = 0;
    let mut text_from = 0;
    while let Some(off) = memchr_lt(&bytes[i..]) {
        let lt = i + off;
        let rest = &bytes[lt..];
        // Comments, doctypes and processing instructions: markup without depth.
        let (end, kind) = if rest.starts_with(b"<!--") {
            (
                find(bytes, lt + 4, b"-->").map_or(bytes.len(), |p| p + 3),
                None,
            )
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            (find(bytes, lt, b">").map_or(bytes.len(), |p| p + 1), None)
        } else if rest.len() > 2 && rest[1] == b'/' && rest[2].is_ascii_alphabetic() {
            let tag_end = tag_end(bytes, lt + 2);
            (tag_end, Some((false, tag_name(&bytes[lt + 2..tag_end]))))
        } else if rest.len() > 1 && rest[1].is_ascii_alphabetic() {
            let tag_end = tag_end(bytes, lt + 1);
            (tag_end, Some((true, tag_name(&bytes[lt + 1..tag_end]))))
        } else {
            // A lone '<' is text.
            i = lt + 1;
            continue;
        };
        if text_from < lt {
            emit(Piece::Keep(&html[text_from..lt]));
        }
        let text = &html[lt..end];
        i = end;
        text_from = end;
        let Some((is_start, name)) = kind else {
            emit(Piece::Keep(text));
            continue;
        };
        if !is_start {
            // Close up to the nearest open element of that name; a stray end tag
            // closes nothing.
            let floor = stack.len().saturating_sub(SEARCH);
            let kept = match stack.items[floor..].iter().rposition(|o| o.is(&name)) {
                Some(at) => {
                    let kept = stack.items[floor + at].kept;
                    stack.truncate(floor + at);
                    kept
                }
                None => true,
            };
            emit(Piece::End { text, kept });
            continue;
        }
        if matches!(name.as_str(), "html" | "head" | "body") || VOID.contains(&name.as_str()) {
            emit(Piece::Keep(text));
            continue;
        }
        if stack.in_foreign() && text.ends_with("/>") {
            emit(Piece::Keep(text));
            continue;
        }
        close_implied(&mut stack, &name);
        let depth = stack.len() + 1;
        let kept = depth <= max_depth;
        emit(Piece::Start { text, depth });
        if RAW_TEXT.contains(&name.as_str()) {
            // Its content runs to the matching end tag, which is kept with it.
            let close = format!("</{name}");
            let stop = find_ci(bytes, end, close.as_bytes()).unwrap_or(bytes.len());
            let stop_end = if stop < bytes.len() {
                tag_end(bytes, stop + 2)
            } else {
                stop
            };
            if kept {
                emit(Piece::Keep(&html[end..stop_end]));
            }
            i = stop_end;
            text_from = stop_end;
            continue;
        }
        stack.push(Open::new(&name, kept));
    }
    if text_from < bytes.len() {
        emit(Piece::Keep(&html[text_from..]));
    }
}

/// Pops what the parser would close implicitly before opening `name`.
fn close_implied(stack: &mut Stack, name: &str) {
    let close_to = |stack: &mut Stack, targets: &[&str], stops: &[&str]| {
        if !stack.any_open(targets) {
            return;
        }
        for at in (stack.len().saturating_sub(SEARCH)..stack.len()).rev() {
            let n = stack.items[at].name();
            if targets.contains(&n) {
                stack.truncate(at);
                return;
            }
            if stops.contains(&n) || SCOPE.contains(&n) {
                return;
            }
        }
    };
    if CLOSES_P.contains(&name) {
        close_to(stack, &["p"], &[]);
    }
    match name {
        "li" => close_to(stack, &["li"], &["ul", "ol"]),
        "dt" | "dd" => close_to(stack, &["dt", "dd"], &["dl"]),
        "td" | "th" => close_to(stack, &["td", "th"], &["tr"]),
        // A new row ends the open cell first, then the row; a new section all three.
        "tr" => {
            close_to(stack, &["td", "th"], &["tr"]);
            close_to(stack, &["tr"], &["thead", "tbody", "tfoot"]);
        }
        "thead" | "tbody" | "tfoot" => {
            close_to(stack, &["td", "th"], &["tr"]);
            close_to(stack, &["tr"], &["thead", "tbody", "tfoot"]);
            close_to(stack, &["thead", "tbody", "tfoot"], &[]);
        }
        "option" | "optgroup" if stack.items.last().is_some_and(|o| o.is("option")) => {
            stack.truncate(stack.len() - 1);
        }
        _ => {}
    }
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

/// The index just past the `>` ending a tag whose name starts at `from`; quoted
/// attribute values may hold a `>`.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = None;
    let mut i = from;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => {
                // Only a quote right after `=` (spaces allowed) opens a value.
                let before = b[from..i].iter().rev().find(|c| !c.is_ascii_whitespace());
                if before == Some(&b'=') {
                    quote = Some(c);
                }
            }
            None if c == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    b.len()
}

fn tag_name(b: &[u8]) -> String {
    let end = b
        .iter()
        .position(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>')
        .unwrap_or(b.len());
    String::from_utf8_lossy(&b[..end]).to_ascii_lowercase()
}

/// Elements that start a new block of text (paragraph), in [`plain_text`] and in the
/// tree text writer of `boiler`.
pub(super) const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
    "caption",
];

/// List items, rows and cells: blocks of their own in [`plain_text`]'s linear pass, which
/// has no tree to tell a row from a paragraph.
const ROW_BLOCKS: &[&str] = &["li", "dd", "dt", "tr", "td", "th"];

/// The visible text of a page and its `<title>`, in one linear pass without a tree:
/// blocks become paragraphs, `<br>` a line break, scripts and styles are skipped, and
/// the common character references are decoded. Used for pages with megabytes of text,
/// on which the tree's text formatting is quadratic.
pub fn plain_text(html: &str) -> (String, Option<String>) {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut title = None;
    let mut i = 0;
    while i < bytes.len() {
        let Some(off) = memchr_lt(&bytes[i..]) else {
            push_text(&mut out, &html[i..]);
            break;
        };
        let lt = i + off;
        push_text(&mut out, &html[i..lt]);
        let rest = &bytes[lt..];
        if rest.starts_with(b"<!--") {
            i = find(bytes, lt + 4, b"-->").map_or(bytes.len(), |p| p + 3);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find(bytes, lt, b">").map_or(bytes.len(), |p| p + 1);
            continue;
        }
        let (name_at, closing) = match rest.get(1) {
            Some(b'/') if rest.get(2).is_some_and(u8::is_ascii_alphabetic) => (lt + 2, true),
            Some(c) if c.is_ascii_alphabetic() => (lt + 1, false),
            _ => {
                push_text(&mut out, "<");
                i = lt + 1;
                continue;
            }
        };
        let end = tag_end(bytes, name_at);
        let name = tag_name(&bytes[name_at..end]);
        i = end;
        if name == "br" {
            out.push('\n');
        } else if (BLOCKS.contains(&name.as_str()) || ROW_BLOCKS.contains(&name.as_str()))
            && !out.ends_with("\n\n")
            && !out.is_empty()
        {
            let trimmed = out.trim_end_matches([' ', '\n']).len();
            out.truncate(trimmed);
            out.push_str("\n\n");
        }
        if !closing && RAW_TEXT.contains(&name.as_str()) {
            let close = format!("</{name}");
            let stop = find_ci(bytes, end, close.as_bytes()).unwrap_or(bytes.len());
            if name == "title" && title.is_none() {
                let mut t = String::new();
                push_text(&mut t, &html[end..stop]);
                let t = t.trim();
                if !t.is_empty() {
                    title = Some(t.to_owned());
                }
            }
            i = if stop < bytes.len() {
                tag_end(bytes, stop + 2)
            } else {
                stop
            };
        }
    }
    let text = out
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    (text + "\n", title)
}

/// Appends text with its white space collapsed and its common references decoded.
fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while !rest.is_empty() {
        let (chunk, after) = match rest.find('&') {
            Some(p) => (&rest[..p], &rest[p..]),
            None => (rest, ""),
        };
        for (k, word) in chunk.split_ascii_whitespace().enumerate() {
            if (k > 0 || chunk.starts_with(|c: char| c.is_ascii_whitespace()))
                && !out.ends_with([' ', '\n'])
                && !out.is_empty()
            {
                out.push(' ');
            }
            out.push_str(word);
        }
        if chunk.ends_with(|c: char| c.is_ascii_whitespace()) && !out.ends_with([' ', '\n']) {
            out.push(' ');
        }
        if after.is_empty() {
            break;
        }
        // Bytes, not a slice: the 12th byte may fall inside a character ("&gt; 欲張り").
        let semi = after.bytes().take(12).position(|b| b == b';');
        let decoded = semi.and_then(|s| reference(&after[1..s]));
        match (semi, decoded) {
            (Some(s), Some(c)) => {
                out.push(c);
                rest = &after[s + 1..];
            }
            _ => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
}

fn reference(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(n);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201c}',
        "rdquo" => '\u{201d}',
        "hellip" => '\u{2026}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_left_alone() {
        let html = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul></div></body></html>";
        assert_eq!(flatten(html, 4), None);
    }

    #[test]
    fn deep_nesting_is_cut_and_text_kept() {
        let html = format!(
            "<body>{}<p>Deep text.</p>{}</body>",
            "<div>".repeat(50),
            "</div>".repeat(50)
        );
        let flat = flatten(&html, 10).unwrap();
        assert_eq!(flat.matches("<div>").count(), 10);
        assert_eq!(flat.matches("</div>").count(), 10);
        assert!(flat.contains("Deep text."));
        assert_eq!(flatten(&flat, 10), None);
    }

    #[test]
    fn unclosed_cells_count_as_siblings_not_nesting() {
        let rows = "<tr><td>x<td>y".repeat(100);
        assert_eq!(flatten(&format!("<table>{rows}</table>"), 5), None);
        assert!(flatten(&"<table><tr><td>".repeat(100), 30).is_some());
    }

    #[test]
    fn plain_text_of_blocks_and_references() {
        let (text, title) = plain_text(
            "<html><head><title>A &amp; B</title><style>p{}</style></head><body>\
             <p>One  <b>two</b>&nbsp;three &#233;t&eacute;.</p><div>Next<br>line</div></body>",
        );
        assert_eq!(title.as_deref(), Some("A & B"));
        assert_eq!(text, "One two\u{a0}three \u{e9}t&eacute;.\n\nNext\nline\n");
    }

    #[test]
    fn a_reference_before_wide_characters_never_splits_one() {
        let (text, _) = plain_text("<p>&gt; 欲張りなイヌ & 犬</p>");
        assert_eq!(text, "> 欲張りなイヌ & 犬\n");
    }

    #[test]
    fn scripts_are_raw_text() {
        let html = "<div><script>if (a<b) { x = '<div><div><div>'; }</script></div>";
        assert_eq!(flatten(html, 2), None);
    }
}

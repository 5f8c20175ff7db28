//! HTML → the article's main text: page furniture pruned ([`super::boiler`]), the article
//! found by a readability-style extractor (dom_smoothie), the furniture inside it removed,
//! and its text written one paragraph a block. Scored on trafilatura's evaluation set by
//! `examples/extraction.rs` (docs/method.md §6).

use crate::segment::Furniture;
use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

use super::{Source, boiler};

/// Pages larger than this are checked for their amount of text; past [`LARGE_TEXT`]
/// bytes of it they are read without the tree (see [`super::flatten::plain_text`]).
const LARGE_PAGE: usize = 1024 * 1024;
const LARGE_TEXT: usize = 512 * 1024;

/// Below this many characters, an extracted article is checked against the fallback.
const SHORT_ARTICLE: usize = 500;

/// Fills `source` with the page's main text, title and metadata; falls back to the
/// visible text of the page's blocks (without its furniture) when the page has no
/// recognisable article.
pub fn extract(html: &str, source: &mut Source) {
    // A page with megabytes of text is no article page, and the tree's text
    // formatting is quadratic in the text's length: read it in one linear pass.
    if html.len() > LARGE_PAGE {
        let (text, title) = super::flatten::plain_text(html);
        if text.len() > LARGE_TEXT {
            source.text = text;
            source.title = title;
            return;
        }
    }
    // Deep nesting makes parsing and readability scoring superlinear: cap it first.
    let flat = super::flatten::flatten(html, super::flatten::MAX_DEPTH);
    let html = flat.as_deref().unwrap_or(html);
    // The extractor's own text formatting is not used: classes are kept so that
    // furniture inside the article can be recognised by name (see `boiler`).
    let cfg = Config {
        text_mode: TextMode::Raw,
        keep_classes: true,
        ..Default::default()
    };
    let page = Document::from(html);
    boiler::prune(&page);
    let article = Readability::with_document(page, None, Some(cfg)).and_then(|mut r| r.parse());
    let doc = Document::from(html);
    let meta = Meta::read(&doc);
    // On a short page the extractor may take in a menu or a notice: there, trust the
    // page's blocks without their furniture, unless removing furniture lost most text.
    let (fallback, declared) = fallback_text(&doc);
    let article = article
        .ok()
        .map(|a| (article_text(&a.content), a))
        .filter(|(text, _)| {
            let len = text.trim().chars().count();
            len > 0
                && (len >= SHORT_ARTICLE || fallback.trim().chars().count() * 2 < len)
                // The extractor took another part than the page's own post: a sidebar
                // of long blurbs beside a short post.
                && !(declared && shares_little(&fallback, text))
        });
    match article {
        Some((text, article)) => {
            source.text = text;
            source.title = nonempty(&article.title);
            source.byline = article.byline.as_deref().and_then(clean_byline);
            source.site = article.site_name.as_deref().and_then(nonempty);
            source.published = article.published_time.as_deref().and_then(nonempty);
        }
        None => {
            source.text = fallback;
            source.title = meta
                .first(&["og:title", "twitter:title"])
                .or_else(|| nonempty(&doc.select("h1").first().text()))
                .or_else(|| nonempty(&doc.select("title").first().text()));
        }
    }
    // Only now: the choice between the article and the page's blocks measures them whole.
    let kept = drop_furniture_lines(&source.text);
    if !kept.trim().is_empty() {
        source.text = kept;
    }
    if source.text.trim().is_empty() {
        // Everything looked like furniture: the page's body without the furniture named
        // on the whole page (a photo post's page keeps its caption and sidebar, not its
        // comments), else the whole body (a forum whose posts are "comments"): better
        // than nothing.
        source.text = body_text(html, true);
        if source.text.trim().is_empty() {
            source.text = body_text(html, false);
        }
    }
    // The page's own metadata, when it names the author: cleaner than a byline's text.
    if let Some(author) = meta
        .first(&[
            "author",
            "byl",
            "dc.creator",
            "parsely-author",
            "article:author",
        ])
        .as_deref()
        .filter(|a| !a.starts_with("http"))
        .and_then(clean_byline)
    {
        source.byline = Some(author);
    }
    if source.site.is_none() {
        source.site = meta
            .first(&["og:site_name", "application-name", "publisher"])
            .or_else(|| site_from_title(&doc, source.title.as_deref()));
    }
    if source.published.is_none() {
        source.published = meta
            .first(&[
                "article:published_time",
                "date",
                "pubdate",
                "publishdate",
                "publish-date",
                "dc.date",
                "dc.date.issued",
                "dcterms.created",
                "datepublished",
            ])
            .or_else(|| {
                doc.select("time[datetime]")
                    .first()
                    .attr("datetime")
                    .as_deref()
                    .and_then(nonempty)
            });
    }
}

fn nonempty(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// `<meta>` values by lower-cased `name`, `property` or `itemprop`.
struct Meta(Vec<(String, String)>);

impl Meta {
    fn read(doc: &Document) -> Self {
        let mut pairs = Vec::new();
        for node in doc.select("meta[content]").nodes() {
            let Some(content) = node.attr("content") else {
                continue;
            };
            for key in ["name", "property", "itemprop"] {
                if let Some(k) = node.attr(key) {
                    pairs.push((k.trim().to_lowercase(), content.trim().to_owned()));
                }
            }
        }
        Self(pairs)
    }

    /// The first non-empty value among `keys`, in the order of `keys`.
    fn first(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.0
                .iter()
                .find(|(name, v)| name == k && !v.is_empty())
                .and_then(|(_, v)| nonempty(v))
        })
    }
}

/// "By Tomas Okafor | Staff writer" → "Tomas Okafor".
fn clean_byline(raw: &str) -> Option<String> {
    let first = raw
        .split(['\n', '|', '·', '•'])
        .map(str::trim)
        .find(|p| !p.is_empty())?;
    let name = ["by ", "by:", "By ", "By:", "BY ", "BY:"]
        .iter()
        .find_map(|p| first.strip_prefix(p))
        .unwrap_or(first);
    let name = nonempty(name)?;
    (name.chars().count() <= 100).then_some(name)
}

/// The site's name from a `<title>` such as "Headline | Site" or "Site - Headline".
fn site_from_title(doc: &Document, headline: Option<&str>) -> Option<String> {
    let headline = headline?;
    let title = nonempty(&doc.select("title").first().text())?;
    for sep in [
        " | ",
        " - ",
        " \u{2013} ",
        " \u{2014} ",
        " :: ",
        " \u{00bb} ",
    ] {
        if let Some(rest) = title
            .strip_prefix(headline)
            .and_then(|r| r.strip_prefix(sep))
        {
            return nonempty(rest);
        }
        if let Some(rest) = title
            .strip_suffix(headline)
            .and_then(|r| r.strip_suffix(sep))
        {
            return nonempty(rest);
        }
    }
    None
}

/// The text of the extractor's article (its HTML), without the furniture inside it.
fn article_text(content: &str) -> String {
    let doc = Document::from(content);
    let root = doc.select("#readability-page-1");
    let root = match root.nodes().first() {
        Some(r) => *r,
        None => doc.root(),
    };
    boiler::clean(&root);
    drop_trailing_labels(&tidy(&boiler::text(&root)))
}

/// The furniture a page's article loses (a teaser, a section label or a widget may be a
/// line of the story read alone: "Velvet & shine", a sentence ending in "…").
const DROPPED: &[Furniture] = &[
    Furniture::Timestamp,
    Furniture::Advertisement,
    Furniture::CookieNotice,
    Furniture::CommentForm,
    Furniture::SharePrompt,
];

/// The text without its one-line paragraphs that are page furniture: what the segmenter
/// reads as one of [`DROPPED`] (a timestamp, "Advertisement", a row of share buttons), a
/// pointer to another story ("Read more: …"), or a date stamp near the top or at the end.
/// In a page's article they are the site's, not the story's.
fn drop_furniture_lines(text: &str) -> String {
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let n = paragraphs.len();
    let kept: Vec<&str> = paragraphs
        .iter()
        .enumerate()
        .filter(|(i, p)| {
            // A date in the story's body may be its news ("Termin: 29.02.2020, 19 Uhr"):
            // a stamp is read as one only where pages print theirs.
            let edge = *i < STAMP_REACH || *i + 1 == n;
            let line = p.trim();
            p.contains('\n')
                || !((edge && is_numeric_stamp(line))
                    || crate::segment::is_teaser_line(line)
                    || crate::segment::line_furniture(line).is_some_and(|f| DROPPED.contains(&f)))
        })
        .map(|(_, p)| *p)
        .collect();
    let mut out = kept.join("\n\n").trim_end().to_owned();
    out.push('\n');
    out
}

/// Whether a line is a date stamp in any language: a numeric date ("28.04.2023",
/// "02/02/2025", "2024-05-03") or a clock time ("16:11"), with at most
/// [`STAMP_WORDS`] words of letters around it ("Stand: 28.04.2023 16:11 Uhr",
/// "Publicerad 22:31", "Actualizado Lunes, 2 diciembre 2024 - 02:24").
fn is_numeric_stamp(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let lettered = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let dated = words.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_ascii_digit());
        let parts: Vec<&str> = w.split(['.', '/', '-', ':']).collect();
        let digits =
            |p: &&str| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit());
        let clock = w.contains(':') && parts.len() == 2 && parts[1].len() == 2;
        let date = !w.contains(':') && parts.len() == 3 && parts.iter().any(|p| p.len() == 4);
        parts.iter().all(digits) && (clock || date)
    });
    dated && words.len() <= 10 && lettered <= STAMP_WORDS && !line.ends_with(['.', '!', '?'])
}

/// Paragraphs at the top of a text where a page prints its date stamps (and the last one).
const STAMP_REACH: usize = 2;

/// Words of letters a date stamp holds at most.
const STAMP_WORDS: usize = 3;

/// A closing paragraph shorter than this that ends without punctuation is a label
/// ("Contact", "More on this topic", a date, a source's name), not the article's end.
const LABEL: usize = 60;

/// The text without the short, unpunctuated paragraphs that close it.
fn drop_trailing_labels(text: &str) -> String {
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let mut keep = paragraphs.len();
    while keep > 1 {
        let p = paragraphs[keep - 1].trim();
        // A colon ending the text introduces nothing: "Read more:", "Related:".
        let punctuated = p.ends_with(|c: char| ".!?…;\"'”“»«)]".contains(c));
        // A list closing the article (ingredients, steps) is text.
        if p.chars().count() >= LABEL || punctuated || p.contains('\n') {
            break;
        }
        keep -= 1;
    }
    let mut out = paragraphs[..keep].join("\n\n").trim_end().to_owned();
    out.push('\n');
    out
}

/// The page's visible text without its furniture, one block a paragraph, and whether it
/// came from the page's own post container (see [`content_of`]) rather than its body.
fn fallback_text(doc: &Document) -> (String, bool) {
    boiler::prune(doc);
    let (root, declared) = match content_of(doc) {
        Some(part) => (part, true),
        None => (body_of(doc), false),
    };
    boiler::clean(&root);
    (tidy(&boiler::text(&root)), declared)
}

/// Whether less than half of the words of `text` are in `post`: the text is not from it.
fn shares_little(post: &str, text: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let known: std::collections::HashSet<String> = words(post).into_iter().collect();
    let text = words(text);
    !text.is_empty() && 2 * text.iter().filter(|w| known.contains(*w)).count() < text.len()
}

/// The part of the page that the page itself says is its content: its one article body
/// (schema.org's `articleBody`), post (the hAtom microformat's `hentry`, which blog
/// engines print) or `article`, else its `main`, else its body. (A blog's short post
/// sits beside a sidebar as long.)
fn content_of(doc: &Document) -> Option<dom_query::NodeRef<'_>> {
    for css in [
        "[itemprop~=articleBody]",
        ".hentry, .h-entry",
        "article",
        "main, [role=main]",
    ] {
        let found = doc.select(css);
        if let [one] = found.nodes()
            && boiler::text_len(one) >= POST_TEXT
        {
            return Some(*one);
        }
    }
    None
}

/// Characters a page part must hold to be taken for the post (not a "Pin it" box).
const POST_TEXT: usize = 80;

/// The text of the page's body, `pruned` of the furniture named on the whole page or not.
fn body_text(html: &str, pruned: bool) -> String {
    let doc = Document::from(html);
    if pruned {
        boiler::prune(&doc);
    }
    tidy(&boiler::text(&body_of(&doc)))
}

/// The page's `<body>`, or the whole document without one.
fn body_of(doc: &Document) -> dom_query::NodeRef<'_> {
    doc.select("body")
        .nodes()
        .first()
        .copied()
        .unwrap_or_else(|| doc.root())
}

/// Collapses runs of blank lines and trailing spaces left by the markup.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line.trim_start());
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_and_title_without_scripts() {
        let html = r#"<html><head><title>Quake hits the coast | Daily News</title>
            <script>var x = "do not show";</script></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Quake hits the coast</h1>
            <p>A strong earthquake struck the northern coast on Monday, officials said. Several buildings were damaged in the port town and hundreds of people spent the night outdoors.</p>
            <p>The quake had a magnitude of 6.1, according to the national seismology institute, which recorded more than twenty aftershocks during the following hours.</p>
            <p>Rescue teams from three neighbouring regions were sent to the area, and the government promised emergency funds for the families who lost their homes.</p>
            </article></body></html>"#;
        let mut s = Source::default();
        extract(html, &mut s);
        assert!(s.text.contains("magnitude of 6.1"), "{}", s.text);
        assert!(!s.text.contains("do not show"));
        assert!(s.title.unwrap().contains("Quake hits the coast"));
    }

    #[test]
    fn fallback_keeps_blocks_as_lines_and_drops_furniture() {
        let html = r#"<html><head><title>Storm brief - Valley Post</title>
            <meta name="byl" content="By Ann Lee | Staff"></head><body>
            <header><nav><a href="/">Home</a> | <a href="/local">Local</a></nav></header>
            <div class="cookie-bar">We use cookies. <button>OK</button></div>
            <h1>Storm brief</h1><p>Power is back.</p><p>Roads are open again.</p>
            <footer>All rights reserved.</footer></body></html>"#;
        let doc = Document::from(html);
        let text = fallback_text(&doc);
        assert_eq!(
            text,
            (
                "Storm brief\n\nPower is back.\n\nRoads are open again.\n".to_owned(),
                false
            )
        );
        let mut s = Source::default();
        extract(html, &mut s);
        assert!(s.text.contains("Roads are open again."), "{}", s.text);
        assert!(!s.text.contains("cookies"), "{}", s.text);
        assert_eq!(s.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(s.site.as_deref(), Some("Valley Post"));
    }

    #[test]
    fn closing_labels_go_a_closing_sentence_or_list_stays() {
        let body = "The bridge reopens on Friday after two years of works.";
        assert_eq!(
            drop_trailing_labels(&format!("{body}\n\nRelated stories:\n\nMay 4, 2021")),
            format!("{body}\n")
        );
        let list = "You will need:\n\nflour\n200 g sugar";
        assert_eq!(drop_trailing_labels(list), format!("{list}\n"));
        assert_eq!(
            drop_trailing_labels(&format!("{body}\n\nThat is all.")),
            format!("{body}\n\nThat is all.\n")
        );
    }

    #[test]
    fn a_page_of_furniture_keeps_its_body_without_the_comments_else_all_of_it() {
        let mut s = Source::default();
        extract(
            r#"<html><head><title>Photo</title></head><body>
               <div class="widget">The pier at dawn</div>
               <div id="comments"><p>Lovely!</p><p>Where is this?</p></div></body></html>"#,
            &mut s,
        );
        assert_eq!(s.text, "The pier at dawn\n");
        extract(
            r#"<html><head><title>Forum</title></head><body><div class="comments">
               <p>Has anyone fixed the hinge?</p><p>Yes, with a new pin.</p></div></body></html>"#,
            &mut s,
        );
        assert_eq!(
            s.text,
            "Has anyone fixed the hinge?\n\nYes, with a new pin.\n"
        );
    }

    #[test]
    fn bylines_are_cleaned() {
        assert_eq!(
            clean_byline("By Tomas Okafor\nStaff").as_deref(),
            Some("Tomas Okafor")
        );
        assert_eq!(
            clean_byline("by: Jo Ray | Reuters").as_deref(),
            Some("Jo Ray")
        );
        assert_eq!(clean_byline("  "), None);
    }

    #[test]
    fn numeric_date_stamps_in_any_language_but_not_sentences() {
        for stamp in [
            "Stand: 28.04.2023 16:11 Uhr",
            "Erstellt: 28.04.2023, 18:16 Uhr",
            "Publicerad 22:31",
            "02/02/2025 KL. 09:00",
            "Actualizado Lunes, 2 diciembre 2024 - 02:24",
            "2024-05-03",
        ] {
            assert!(is_numeric_stamp(stamp), "{stamp}");
        }
        for line in [
            "The hearing starts at 10:00 on the second floor of the town hall.",
            "Polls close at 20:00.",
            "Chapter 3: The return",
            "Score 21-14",
        ] {
            assert!(!is_numeric_stamp(line), "{line}");
        }
    }

    #[test]
    fn a_date_in_the_middle_of_a_story_stays() {
        let text = "Lead paragraph of the story.\n\nSecond paragraph.\n\nHearing: 14.05.2025, 10:00\n\nMore text.\n\nLast paragraph.\n";
        assert!(drop_furniture_lines(text).contains("Hearing: 14.05.2025"));
        let stamped =
            "Stand: 28.04.2023 16:11 Uhr\n\nLead paragraph.\n\nAdvertisement\n\nLast paragraph.\n";
        assert_eq!(
            drop_furniture_lines(stamped),
            "Lead paragraph.\n\nLast paragraph.\n"
        );
    }

    #[test]
    fn a_short_post_beside_a_long_sidebar_keeps_the_post_only() {
        let blurb = "<div class=box><p>Another long blurb about a different post of the same \
            blog, with enough words in it to look like a paragraph of prose to any reader.</p></div>";
        let html = format!(
            "<html><head><title>Autumn light</title></head><body>\
             <div id=page><div class=col><article class=post>\
             <h2>Autumn light</h2><p>Three photos from the lake this morning, just after sunrise.</p>\
             <p>The mist lifted by nine.</p></article></div>\
             <div class=col2>{}</div></div></body></html>",
            blurb.repeat(6)
        );
        let mut s = Source::default();
        extract(&html, &mut s);
        assert!(s.text.contains("Three photos from the lake"), "{}", s.text);
        assert!(!s.text.contains("Another long blurb"), "{}", s.text);
    }
}

//! Page furniture taken out of the HTML tree, around the readability pass of [`super::html`].
//!
//! The readability extractor finds the block holding the article, but keeps what sits
//! inside that block: related-post lists, share bars, tag lists, author boxes, newsletter
//! and comment sections, captions. Two general signs name them on any site:
//! - the class and id names that content systems and themes give them (`comments`,
//!   `related-posts`, `share-buttons`, `newsletter-signup`…), as whole words of the name,
//!   never a site's own name;
//! - their shape: blocks made mostly of link text (lists of teasers, tag clouds, menus).
//!
//! [`prune`] runs on the whole page before the extractor (so that furniture neither
//! scores nor gets carried along), [`clean`] on the extracted article, and [`text`]
//! turns what is left into one paragraph a block.

use std::collections::HashSet;

use dom_query::{Document, NodeId, NodeRef};

/// Words of class and id names given to furniture. A name matches when one of its words
/// (split at `-`, `_`, spaces and lower-to-upper case changes) is one of these, or one
/// of these with a plural `s`. These are removed from the whole page.
const FURNITURE_WORDS: &[&str] = &[
    "comment",
    "respond",
    "disqus",
    "related",
    "relatedposts",
    "recommended",
    "share",
    "sharing",
    "sharebar",
    "sharedaddy",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "cookie",
    "consent",
    "gdpr",
    "advert",
    "advertisement",
    "advertising",
    "advertorial",
    "ad",
    "ads",
    "sponsor",
    "sponsored",
    "breadcrumb",
    "outbrain",
    "taboola",
    "authorbox",
    "pullout",
    "cta",
    "donation",
    "donate",
    "trackback",
    "mailchimp",
    "typelist",
];

/// Names of page parts that themes also use for layout wrappers ("sidebar-layout",
/// "widget Blog", "main-menu-offset"): removed only inside the extracted article.
const WEAK_WORDS: &[&str] = &[
    "sidebar",
    "widget",
    "tags",
    "tagcloud",
    "taglist",
    "keywords",
    "pagination",
    "pager",
    "popular",
    "trending",
    "mostread",
    "bio",
    "footer",
    "nav",
    "navigation",
    "menu",
    "rating",
    "promo",
    "promotion",
    "promotional",
    "popup",
    "modal",
    "postmetadata",
    "tools",
    "toolbar",
    "notice",
    "articletools",
    "storytools",
    "pagetools",
    "teaser",
    "reply",
    "meta",
    "author",
    "date",
    "sidebox",
    "rightcol",
    "leftcol",
    "calendar",
    "archives",
    "powered",
];

/// Elements that never hold article text: a media element's content is the fallback shown
/// by browsers that cannot play it ("To view this video please enable JavaScript").
/// (Scripts stay: the extractor reads the page's JSON-LD metadata from them, and drops
/// them itself.)
const NOT_TEXT: &str = "noscript, template, iframe, svg, button, input, select, textarea, video, audio, object, canvas";

/// Elements that are furniture by their role, whatever their names (a page that wraps all
/// its content in one `<form>` keeps it: see [`MAX_SHARE`]).
const FURNITURE_ELEMENTS: &[&str] = &["form", "nav", "aside", "footer", "dialog"];
const FURNITURE_ROLES: &[&str] = &["navigation", "contentinfo", "complementary", "dialog"];

/// A furniture-named block holding more than this share of the page's text is kept: a
/// theme that calls its whole content column "…-sidebar-layout" has not named furniture.
const MAX_SHARE: f64 = 0.4;

/// The words of a class or id value, lower-cased.
fn name_words(value: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// Whether a node is furniture by its element, role, hiding or name (`weak`: with the
/// [`WEAK_WORDS`] too).
fn furniture(node: &NodeRef, weak: bool) -> bool {
    let name = node.node_name().unwrap_or_default();
    FURNITURE_ELEMENTS.contains(&name.as_ref())
        || node
            .attr("role")
            .is_some_and(|r| FURNITURE_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
        || node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
        || hidden(node)
        || (screen_reader_only(node) && !node.ancestors_it(None).any(|a| a.has_name("a")))
        || furniture_named(node, weak)
}

/// Class names of the hiding utilities of CSS frameworks (Bootstrap, Tailwind, Foundation
/// and the like): the block is not shown, as with an inline `display: none`.
const HIDING_CLASSES: &[&str] = &["hidden", "hide", "d-none", "is-hidden", "invisible"];

/// Class names of the screen-reader-only utilities (Bootstrap, Tailwind, WordPress,
/// Drupal, HTML5 Boilerplate): labels never shown ("Article content", "Advertisement",
/// a teaser link's title). Inside a link they stay in the tree, left out of the text
/// only: a teaser whose link holds its title for screen readers is a link, measured as
/// one (the extractor rewrites other small blocks without their classes, so those go
/// from the tree).
const SCREEN_READER_CLASSES: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "element-invisible",
];

/// Whether a node is only for screen readers (see [`SCREEN_READER_CLASSES`]).
fn screen_reader_only(node: &NodeRef) -> bool {
    has_class_of(node, SCREEN_READER_CLASSES)
}

/// Whether one of a node's classes, whole and in any case, is one of `classes`.
fn has_class_of(node: &NodeRef, classes: &[&str]) -> bool {
    node.class().is_some_and(|c| {
        c.split_whitespace()
            .any(|t| classes.contains(&t.to_ascii_lowercase().as_str()))
    })
}

/// Whether a node is not displayed: an inline `display: none` or `visibility: hidden`,
/// or a framework's hiding class (a page's second copy of its story, a collapsed menu).
fn hidden(node: &NodeRef) -> bool {
    let style = node
        .attr("style")
        .map(|s| s.to_ascii_lowercase().replace(char::is_whitespace, ""))
        .unwrap_or_default();
    style.contains("display:none")
        || style.contains("visibility:hidden")
        || has_class_of(node, HIDING_CLASSES)
}

/// Whether a node's class or id names it furniture.
fn furniture_named(node: &NodeRef, weak: bool) -> bool {
    let mut values = Vec::new();
    if let Some(c) = node.class() {
        values.push(c);
    }
    if let Some(i) = node.id_attr().filter(|i| !is_slug(node, i)) {
        values.push(i);
    }
    // A custom element's name is chosen as a class's is: `<inline-teaser>`, `<share-bar>`.
    if let Some(name) = node.node_name().filter(|n| n.contains('-')) {
        values.push(name);
    }
    values
        .iter()
        .flat_map(|v| v.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .any(|token| {
            if is_author_box(&token) {
                return true;
            }
            // A BEM modifier ("section--ads", "teaser--has-comments") says what a part
            // holds or how it looks, not what it is.
            let part = token.split("--").next().unwrap_or_default();
            let words = name_words(part);
            // "tag-election", "category-news": the taxonomy classes a CMS gives a post
            // (WordPress and others) name the post's tags, not a list of tags.
            if words.len() > 1 && TAXONOMY.contains(&words[0].as_str()) {
                return false;
            }
            let known = |w: &str| FURNITURE_WORDS.contains(&w) || (weak && WEAK_WORDS.contains(&w));
            // Two words may name the part together: "pull-quote", "share-bar", "story-tools".
            let pairs = words.windows(2).map(|w| w.concat());
            words.iter().cloned().chain(pairs).any(|word| {
                let singular = word.strip_suffix('s').unwrap_or(&word);
                known(&word) || known(singular) || is_thread_compound(&word)
            })
        })
}

/// Whether a name joins a thread word to another ("commentlist", "commentbody",
/// "commentform": WordPress and Blogger themes). "Commentary" is an opinion piece.
fn is_thread_compound(word: &str) -> bool {
    word.strip_prefix("comment")
        .is_some_and(|rest| rest.len() > 1 && !rest.starts_with("ar") && !rest.starts_with("at"))
}

/// Words naming who wrote a piece ("autor": German, Spanish, Polish, Portuguese…).
const WRITER_WORDS: &[&str] = &["author", "autor", "writer"];
/// Words naming a box about someone.
const ABOUT_WORDS: &[&str] = &["bio", "box", "profile", "info", "card", "details"];

/// Whether a class or id names a box about the writer ("author-bio", "authorprofile",
/// "about-the-author", "writerProfile"), however its words are joined.
fn is_author_box(token: &str) -> bool {
    let joined: String = token
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    joined.contains("aboutauthor")
        || joined.contains("abouttheauthor")
        || WRITER_WORDS.iter().any(|w| {
            joined.match_indices(w).any(|(i, _)| {
                ABOUT_WORDS
                    .iter()
                    .any(|a| joined[i + w.len()..].starts_with(a))
            })
        })
}

/// Words naming a discussion thread (see [`remove_named`]).
const THREAD_WORDS: &[&str] = &["comment", "comments", "respond", "disqus", "discussion"];

/// Whether a node's id is made from its heading's words ("sharing-with-a-single-developer"
/// on a section headed "Sharing with a single developer"): documentation generators and
/// editors name sections so, and a heading's words say nothing of furniture.
fn is_slug(node: &NodeRef, id: &str) -> bool {
    // "love-and-share" over "Love and share" names a share box: a section's slug is
    // longer than a box's label.
    let id_words = name_words(id);
    if id_words.len() < SLUG_WORDS {
        return false;
    }
    let heading = if HEADINGS.iter().any(|h| node.has_name(h)) {
        Some(*node)
    } else {
        root_select(node, "h1, h2, h3, h4, h5, h6")
            .nodes()
            .first()
            .copied()
    };
    heading.is_some_and(|h| {
        let words = name_words(&h.text());
        id_words.iter().all(|w| words.contains(w))
    })
}

/// Words of the shortest id taken for a heading's slug.
const SLUG_WORDS: usize = 4;

/// Whether a class or id word of `node` (as [`name_words`] splits them) is one of `words`.
fn named_as(node: &NodeRef, words: &[&str]) -> bool {
    let id = node.id_attr().filter(|i| !is_slug(node, i));
    [node.class(), id]
        .iter()
        .flatten()
        .any(|v| names_one_of(v, words))
}

/// Whether a class or id value has a word among `words`; a BEM modifier ("section--ads")
/// says what a block holds, not what it is, so only the part before "--" counts.
fn names_one_of(value: &str, words: &[&str]) -> bool {
    value.split_whitespace().any(|token| {
        let part = token.split("--").next().unwrap_or_default();
        name_words(part).iter().any(|w| words.contains(&w.as_str()))
    })
}

/// First words of the classes that name a post's tags rather than a part of the page
/// ("post-…", "type-…", "format-…" name nothing that is furniture anyway).
const TAXONOMY: &[&str] = &["tag", "category", "topic"];

/// Elements never removed by name: they are what the page says is its content.
fn is_content(node: &NodeRef) -> bool {
    let name = node.node_name().unwrap_or_default();
    matches!(name.as_ref(), "article" | "main" | "body" | "html")
        || node
            .attr("itemprop")
            .is_some_and(|v| v.contains("articleBody"))
        || dom_query::Selection::from(*node)
            .select("[itemprop~=articleBody]")
            .exists()
}

/// Characters of text under a node, white space not counted.
pub fn text_len(node: &NodeRef) -> usize {
    node.text().chars().filter(|c| !c.is_whitespace()).count()
}

/// Paragraphs at least this long are prose (furniture has short lines).
const PROSE: usize = 120;

/// Characters of prose under a node: the text of its long paragraphs.
fn prose_len(node: &NodeRef) -> usize {
    let sel = dom_query::Selection::from(*node);
    let own = if node.has_name("p") {
        text_len(node)
    } else {
        0
    };
    sel.select("p")
        .nodes()
        .iter()
        .map(text_len)
        .chain(std::iter::once(own))
        .filter(|&n| n >= PROSE)
        .sum()
}

/// Removes furniture from the whole page: elements that are furniture by their role,
/// and blocks named as furniture unless they hold much of the page's text.
pub fn prune(doc: &Document) {
    doc.select(NOT_TEXT).remove();
    let body = doc.select("body");
    let Some(body) = body.nodes().first().cloned() else {
        return;
    };
    cut_threads(&body);
    remove_named(&body, false);
}

/// Headings that may open a discussion thread.
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// Cuts the discussion threads that have no block of their own: older blog engines open
/// one with a heading or an empty anchor named "comments" and list the comments after it,
/// in the post's block. The marker and everything after it in that block go.
fn cut_threads(root: &NodeRef) {
    let markers: Vec<NodeRef> = root_select(root, "h1, h2, h3, h4, h5, h6, a")
        .nodes()
        .iter()
        .filter(|n| {
            let anchor = n.has_name("a");
            (!anchor || text_len(n) == 0)
                && (named_as(n, THREAD_WORDS)
                    || (anchor
                        && n.attr("name").is_some_and(|v| {
                            name_words(&v)
                                .iter()
                                .any(|w| THREAD_WORDS.contains(&w.as_str()))
                        })))
        })
        .cloned()
        .collect();
    for marker in markers {
        // An anchor inside a heading marks the heading.
        let start = match marker.parent() {
            Some(p) if marker.has_name("a") && HEADINGS.iter().any(|h| p.has_name(h)) => p,
            _ => marker,
        };
        if start.parent().is_none() {
            continue; // cut with an earlier marker
        }
        let mut next = start.next_sibling();
        while let Some(n) = next {
            next = n.next_sibling();
            n.remove_from_parent();
        }
        start.remove_from_parent();
    }
}

/// Removes the furniture-named blocks under `root` (outermost first), sparing any that
/// holds more than [`MAX_SHARE`] of the prose under `root` and the first paragraph of it.
fn remove_named(root: &NodeRef, weak: bool) {
    let total = prose_len(root);
    // The blocks holding the first prose paragraph. A wrapper named "post has-comments"
    // holds the article from its start; a blog's comment thread, longer than the post it
    // follows, does not, nor a sidebar (`aside`, `nav`, `footer`) of long blurbs after it.
    // (Other names keep the share rule alone: a page's first long paragraph may sit in a
    // header blurb before an "ad-skin" wrapper of everything.)
    let lead: Option<HashSet<NodeId>> = root_select(root, "p")
        .nodes()
        .iter()
        .find(|p| text_len(p) >= PROSE)
        .map(|p| {
            p.ancestors_it(None)
                .map(|a| a.id)
                .chain(std::iter::once(p.id))
                .collect()
        });
    let mut stack: Vec<NodeRef> = root.element_children();
    while let Some(node) = stack.pop() {
        // Labels go before the extractor, which rewrites small blocks as paragraphs
        // without their names.
        // The weaker names (`weak`) are the only difference of `furniture(node, true)`.
        let named = furniture(&node, false)
            || is_label(&node)
            || (weak
                && furniture_named(&node, true)
                && (!is_prose(&node) || named_as(&node, PROSE_FURNITURE)));
        // Measured only for named blocks: the prose under every node would be quadratic.
        let spared = || {
            (prose_len(&node) as f64) > MAX_SHARE * total as f64
                && (!(named_as(&node, THREAD_WORDS)
                    || ["aside", "nav", "footer"].iter().any(|e| node.has_name(e)))
                    || lead.as_ref().is_none_or(|l| l.contains(&node.id)))
        };
        if named && !is_content(&node) && !spared() {
            node.remove_from_parent();
            continue;
        }
        stack.extend(node.element_children());
    }
}

/// Weaker names of parts that are furniture even when written in long paragraphs: an
/// author's bio, a blog's "about me" in its sidebar or footer.
const PROSE_FURNITURE: &[&str] = &["author", "bio", "footer", "sidebar"];

/// Whether a block is mostly long paragraphs: the weaker names ("widget", "meta", "promo")
/// are layout names too, and a theme that sets each stretch of the story in an
/// "article-widget" has named no furniture; a sidebar's or a widget's lines are short.
/// (Not so a block named for the author or as a sidebar: see [`PROSE_FURNITURE`].)
fn is_prose(node: &NodeRef) -> bool {
    let prose = prose_len(node);
    prose >= 2 * PROSE && 2 * prose >= text_len(node)
}

/// Words of class names of the short labels around an article's text.
const LABEL_WORDS: &[&str] = &[
    "caption",
    "credit",
    "credits",
    "copyright",
    "rating",
    "byline",
];

/// A short block named as a caption, credit or byline (a long one is a gallery's text).
fn is_label(node: &NodeRef) -> bool {
    [node.class(), node.id_attr()]
        .iter()
        .flatten()
        .any(|v| names_one_of(v, LABEL_WORDS))
        && text_len(node) < LONG_CAPTION
}

/// Cleans the extracted article (`root` is its outermost element).
pub fn clean(root: &NodeRef) {
    cut_threads(root);
    remove_named(root, true);
    // A photo's figure goes whole, with its credit ("Getty Images") beside the caption; a
    // figure framing a quote, a table or a list is the story's. A slide show's long
    // captions are its text.
    for caption in root_select(root, "figcaption, figure").nodes() {
        let framed = caption.has_name("figure")
            && root_select(caption, "blockquote, table, pre, ul, ol").exists();
        if text_len(caption) < LONG_CAPTION && !framed {
            caption.remove_from_parent();
        }
    }
    remove_link_lists(root);
    remove_closing_notes(root);
}

/// Elements whose text is set apart by emphasis.
const EMPHASIS: &[&str] = &["em", "i", "strong", "b"];

/// Removes the paragraphs closing the article that are emphasised from end to end: the
/// italic or bold notes an editor appends after the story (a contributor's line, an
/// author's bio, "Got a story? Get in touch…", a copyright or translation notice), which
/// a reader does not take for the article's text.
fn remove_closing_notes(root: &NodeRef) {
    // Notes are short, and never most of the text (a post set in bold is its text).
    let mut budget = text_len(root) / 4;
    let blocks = root_select(
        root,
        "p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, table",
    );
    let blocks = blocks.nodes();
    for node in blocks.iter().rev() {
        let len = text_len(node);
        let leaf = || {
            !root_select(node, "p, div, li, blockquote, pre, table")
                .nodes()
                .iter()
                .any(|d| text_len(d) > 0)
        };
        if len == 0 || !leaf() {
            continue;
        }
        if !matches!(node.node_name().as_deref(), Some("p" | "div"))
            || plain_len(node) > 0
            || len > NOTE.min(budget)
        {
            break;
        }
        budget -= len;
        node.remove_from_parent();
    }
}

/// Characters (not white space) of the longest closing note: an author's bio of a few lines.
const NOTE: usize = 400;

/// Characters of text under `node` outside any emphasis.
fn plain_len(node: &NodeRef) -> usize {
    node.children_it(false)
        .map(|c| {
            if c.is_text() {
                c.text().chars().filter(|c| !c.is_whitespace()).count()
            } else if c.is_element() && !EMPHASIS.iter().any(|e| c.has_name(e)) {
                plain_len(&c)
            } else {
                0
            }
        })
        .sum()
}

/// Captions this long are the text of a gallery rather than a photo's label.
const LONG_CAPTION: usize = 250;

fn root_select<'a>(root: &NodeRef<'a>, css: &str) -> dom_query::Selection<'a> {
    dom_query::Selection::from(*root).select(css)
}

/// Blocks whose text is mostly link text: lists of teasers, "Read also: …" lines, tag
/// lists, menus. A block keeps its place when it also says something of its own.
const LINK_SHARE: f64 = 0.7;
/// Characters of text outside links that make a block more than a list of links.
const OWN_TEXT: usize = 80;

fn remove_link_lists(root: &NodeRef) {
    for node in root_select(
        root,
        "p, li, ul, ol, dl, div, section, table, h2, h3, h4, h5, h6",
    )
    .nodes()
    .iter()
    .rev()
    {
        let all = text_len(node);
        if all == 0 {
            continue;
        }
        let links: usize = dom_query::Selection::from(*node)
            .select("a")
            .nodes()
            .iter()
            .map(text_len)
            .sum();
        if links as f64 >= LINK_SHARE * all as f64 && all - links.min(all) < OWN_TEXT {
            node.remove_from_parent();
        }
    }
}

/// Elements after which a new line starts.
const LINES: &[&str] = &["br", "li", "tr", "dt", "dd"];

/// The visible text under `root`: a paragraph a block, a line a list item, row or
/// `<br>`, white space collapsed (kept inside `<pre>`).
pub fn text(root: &NodeRef) -> String {
    let mut out = String::new();
    // Walk with an explicit stack: (node, entering).
    let mut stack = vec![(*root, true)];
    let mut pre = 0usize;
    while let Some((node, enter)) = stack.pop() {
        if node.is_text() {
            let t = node.text();
            if pre > 0 {
                out.push_str(&t);
            } else {
                push_collapsed(&mut out, &t);
            }
            continue;
        }
        if !(node.is_element() || node.is_document() || node.is_fragment()) {
            continue;
        }
        let name = node.node_name().map(|n| n.to_string()).unwrap_or_default();
        let name = name.as_str();
        if matches!(name, "script" | "style" | "noscript" | "template") {
            continue;
        }
        if enter && screen_reader_only(&node) {
            continue;
        }
        if enter {
            if super::flatten::BLOCKS.contains(&name) {
                break_line(&mut out, "\n\n");
            } else if matches!(name, "td" | "th") && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
            if name == "pre" {
                pre += 1;
            }
            stack.push((node, false));
            let children: Vec<NodeRef> = node.children_it(true).collect();
            stack.extend(children.into_iter().map(|c| (c, true)));
        } else {
            if name == "pre" {
                pre -= 1;
            }
            if super::flatten::BLOCKS.contains(&name) {
                break_line(&mut out, "\n\n");
            } else if LINES.contains(&name) {
                break_line(&mut out, "\n");
            }
        }
    }
    out
}

/// Appends text with runs of white space made one space.
fn push_collapsed(out: &mut String, t: &str) {
    let starts_ws = t.starts_with(char::is_whitespace);
    let ends_ws = t.ends_with(char::is_whitespace);
    let mut words = t.split_whitespace().peekable();
    if words.peek().is_none() {
        if starts_ws && !out.is_empty() && !out.ends_with([' ', '\n']) {
            out.push(' ');
        }
        return;
    }
    if starts_ws && !out.is_empty() && !out.ends_with([' ', '\n']) {
        out.push(' ');
    }
    let mut first = true;
    for w in words {
        if !first {
            out.push(' ');
        }
        first = false;
        out.push_str(w);
    }
    if ends_ws {
        out.push(' ');
    }
}

/// Ends the current line or paragraph (`sep` is "\n" or "\n\n") unless one just ended.
fn break_line(out: &mut String, sep: &str) {
    let trimmed = out.trim_end_matches(' ').len();
    out.truncate(trimmed);
    if out.is_empty() || out.ends_with("\n\n") || (sep == "\n" && out.ends_with('\n')) {
        return;
    }
    if out.ends_with('\n') {
        out.push('\n');
    } else {
        out.push_str(sep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_into_words() {
        assert_eq!(
            name_words("post-Comments relatedPosts"),
            ["post", "comments", "related", "posts"]
        );
        let doc = Document::from(
            r#"<div class="entry-comments">x</div><div class="commentary">y</div>
               <div id="shareBar">z</div><div class="badge">w</div>
               <div class="pull-out">v</div><inline-teaser>u</inline-teaser>"#,
        );
        let named: Vec<bool> = doc
            .select("div, inline-teaser")
            .nodes()
            .iter()
            .map(|n| furniture_named(n, true))
            .collect();
        assert_eq!(named, [true, false, true, false, true, true]);
    }

    #[test]
    fn a_posts_taxonomy_classes_are_no_tag_list() {
        let doc = Document::from(
            r#"<article class="post tag-ferries category-news">x</article>
               <div class="post-tags">y</div><div class="widget_tagcloud">z</div>"#,
        );
        let named: Vec<bool> = doc
            .select("article, div")
            .nodes()
            .iter()
            .map(|n| furniture_named(n, true))
            .collect();
        assert_eq!(named, [false, true, true]);
    }

    #[test]
    fn the_article_loses_link_lists_and_short_captions_not_its_paragraphs() {
        let long = "The ferry resumed its crossings on Tuesday after three days of storms \
                    kept every boat in the harbour, the operator said in a statement.";
        let html = format!(
            r#"<div id="a"><p>{long}</p>
               <p>Read more: <a href="/x">Storm closes the harbour for a third day</a></p>
               <ul><li><a href="/1">Bridge works run late</a></li><li><a href="/2">New bus lane</a></li></ul>
               <p>See <a href="/r">the report</a> for the figures, which the council published on Monday.</p>
               <div class="image-caption">The harbour on Monday.</div>
               <figure><img src="x.jpg"><figcaption>Boats in the harbour.</figcaption></figure>
               <div class="post-share">Share</div></div>"#
        );
        let doc = Document::from(html.as_str());
        let root = *doc.select("#a").nodes().first().unwrap();
        clean(&root);
        let t = text(&root);
        assert!(t.contains("The ferry resumed"), "{t}");
        assert!(t.contains("See the report for the figures"), "{t}");
        for gone in [
            "Read more",
            "Bridge works",
            "The harbour on Monday",
            "Boats in",
            "Share",
        ] {
            assert!(!t.contains(gone), "{gone}: {t}");
        }
    }

    #[test]
    fn a_comment_thread_longer_than_the_post_goes_a_wrapper_holding_the_post_stays() {
        let post = "The council voted on Tuesday to reopen the old ferry line, which closed \
                    in 1998, and to fund two new boats from next year's budget after a long \
                    debate in the town hall.";
        let comment = "I used to take that ferry every morning when I was a student and I \
                       cannot wait to do it again with my own children next summer.";
        let comments = format!("<p>{comment}</p>").repeat(4);
        let html = format!(
            r#"<body><div class="post has-comments"><p>{post}</p>
               <div id="comments">{comments}</div></div></body>"#
        );
        let doc = Document::from(html.as_str());
        prune(&doc);
        let t = text(&doc.root());
        assert!(t.contains("The council voted"), "{t}");
        assert!(!t.contains("I used to take"), "{t}");
    }

    #[test]
    fn a_sidebar_of_blurbs_after_the_post_goes_however_long() {
        let post = "The ferry resumed its crossings on Tuesday after three days of storms \
                    kept every boat in the harbour, the operator said in a short statement.";
        let blurb = "A blog about boats, harbours and the people who keep them running, \
                     written from a small island in the north since the winter of 2009.";
        let blurbs = format!("<p>{blurb}</p>").repeat(3);
        let html = format!("<body><div><p>{post}</p></div><aside>{blurbs}</aside></body>");
        let doc = Document::from(html.as_str());
        prune(&doc);
        let t = text(&doc.root());
        assert!(t.contains("The ferry resumed"), "{t}");
        assert!(!t.contains("A blog about boats"), "{t}");
    }

    #[test]
    fn an_unwrapped_thread_is_cut_from_its_heading_on() {
        let html = r#"<body><div id="post"><p>The bridge opens on Friday.</p>
            <h2 id="comments">3 Comments</h2><div id="c1"><p>Finally!</p></div>
            <p class="posted">Posted by Ann</p></div>
            <div id="side"><p>Kept: before the marker.</p><a name="comments"></a><p>Cut too</p></div>
            </body>"#;
        let doc = Document::from(html);
        prune(&doc);
        let t = text(&doc.root());
        assert!(t.contains("The bridge opens on Friday."), "{t}");
        assert!(t.contains("Kept: before the marker."), "{t}");
        for gone in ["3 Comments", "Finally", "Posted by Ann", "Cut too"] {
            assert!(!t.contains(gone), "{gone}: {t}");
        }
    }

    #[test]
    fn blocks_not_displayed_go() {
        let html = r#"<body><p>Shown.</p><div class="teaser hidden"><p>Copy one.</p></div>
            <p style="display: none">Copy two.</p><p style="VISIBILITY:hidden">Copy three.</p>
            <p class="hidden-xs">Shown on large screens.</p></body>"#;
        let doc = Document::from(html);
        prune(&doc);
        let t = text(&doc.root());
        assert_eq!(t.trim(), "Shown.\n\nShown on large screens.");
    }

    #[test]
    fn a_sections_slug_names_no_furniture() {
        let doc = Document::from(
            r#"<div class="section" id="sharing-with-a-single-developer">
                 <h2>Sharing with a single developer</h2><p>Text.</p></div>
               <div id="love-and-share"><h3>Love and share</h3></div>
               <div id="dd-free-deals-newsletter"><h3>Deals</h3></div>"#,
        );
        let named: Vec<bool> = doc
            .select("div")
            .nodes()
            .iter()
            .map(|n| furniture_named(n, false))
            .collect();
        assert_eq!(named, [false, true, true]);
    }

    #[test]
    fn text_has_a_paragraph_a_block() {
        let doc = Document::from(
            "<div><h2>Head</h2><p>One  <b>two</b>\nthree</p><ul><li>a</li><li>b</li></ul>\
             <p>x<br>y</p><pre>  keep\n  this</pre></div>",
        );
        let root = doc.select("div").nodes().first().cloned().unwrap();
        assert_eq!(
            text(&root),
            "Head\n\nOne two three\n\na\nb\n\nx\ny\n\n  keep\n  this\n\n"
        );
    }

    #[test]
    fn thread_names_joined_to_another_word_but_not_commentary() {
        for name in ["commentlist", "commentbody", "commentform", "commentsblock"] {
            assert!(is_thread_compound(name), "{name}");
        }
        for name in ["comment", "commentary", "commentator", "commentaries"] {
            assert!(!is_thread_compound(name), "{name}");
        }
    }

    #[test]
    fn author_boxes_however_their_names_are_joined() {
        for name in [
            "author-bio",
            "authorprofile",
            "about-the-author",
            "writerProfile",
            "autor-info-card",
            "c-author__box",
        ] {
            assert!(is_author_box(name), "{name}");
        }
        for name in ["author", "byline-author", "authored-content", "story-body"] {
            assert!(!is_author_box(name), "{name}");
        }
    }

    #[test]
    fn emphasised_notes_closing_an_article_go_but_not_its_text() {
        let doc = Document::from(
            "<div id=a><p>The council voted on Tuesday to repair the bridge over the river, \
             which has been closed to lorries since a survey found cracks in two piers.</p>\
             <p>Engineers said the work would take fourteen months and the bridge would stay \
             open to cars and bicycles for most of that time.</p>\
             <p>Work starts in May, <em>the mayor said</em>.</p>\
             <p><em>Additional reporting by Tomas Varga.</em></p>\
             <p><strong>Got a story? Email our newsroom.</strong></p></div>",
        );
        let root = *doc.select("#a").nodes().first().unwrap();
        remove_closing_notes(&root);
        let t = text(&root);
        assert!(t.contains("the mayor said"), "{t}");
        assert!(
            !t.contains("Additional reporting") && !t.contains("Got a story"),
            "{t}"
        );
    }
}

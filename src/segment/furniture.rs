//! Page furniture: cookie notices, comment forms, share rows, teasers, timestamps,
//! credits, mastheads… recognised from general features of web pages (interface words,
//! shape, neighbours), never from the names of particular sites.

use serde::{Deserialize, Serialize};

use super::words::{MONTH_ABBREVIATIONS, MONTHS};
use super::{PassageKind, Segment, ends_sentence};
use crate::ingest::normalize::fold;

/// Why a passage is site furniture rather than part of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Furniture {
    CookieNotice,
    CommentForm,
    SharePrompt,
    Teaser,
    Timestamp,
    Credit,
    Advertisement,
    Navigation,
    SectionLabel,
    Widget,
    /// The site's name as a line of its own, near the top.
    Masthead,
}

impl Furniture {
    /// A short human label, for tooltips and reports.
    pub fn label(self) -> &'static str {
        match self {
            Self::CookieNotice => "cookie notice",
            Self::CommentForm => "comment form",
            Self::SharePrompt => "share or subscribe prompt",
            Self::Teaser => "related-post teaser",
            Self::Timestamp => "timestamp",
            Self::Credit => "source or credit line",
            Self::Advertisement => "advertisement",
            Self::Navigation => "navigation",
            Self::SectionLabel => "page section label",
            Self::Widget => "page widget",
            Self::Masthead => "site name",
        }
    }
}

/// Interface words of web pages. A short line made only of these is page furniture.
const UI_WORDS: &[&str] = &[
    "read",
    "more",
    "also",
    "related",
    "recent",
    "latest",
    "popular",
    "trending",
    "recommended",
    "must",
    "see",
    "articles",
    "article",
    "posts",
    "post",
    "stories",
    "story",
    "reading",
    "news",
    "previous",
    "next",
    "back",
    "top",
    "button",
    "home",
    "menu",
    "search",
    "login",
    "log",
    "in",
    "sign",
    "up",
    "subscribe",
    "newsletter",
    "share",
    "tweet",
    "email",
    "print",
    "comment",
    "comments",
    "reply",
    "replies",
    "leave",
    "advertisement",
    "advertisements",
    "ad",
    "ads",
    "sponsored",
    "continue",
    "continued",
    "click",
    "here",
    "link",
    "links",
    "categories",
    "category",
    "tags",
    "tag",
    "follow",
    "us",
    "load",
    "view",
    "all",
    "show",
    "page",
    "skip",
    "to",
    "content",
    "main",
    "navigation",
    "toggle",
    "close",
    "open",
    "cookie",
    "cookies",
    "accept",
    "privacy",
    "policy",
    "terms",
    "contact",
    "about",
    "copyright",
    "rights",
    "reserved",
    "you",
    "may",
    "like",
    "don't",
    "miss",
    "editor's",
    "picks",
    "watch",
    "video",
    "videos",
    "photo",
    "photos",
    "gallery",
    "a",
    "the",
    "of",
    "on",
    "this",
    "for",
    "your",
    "our",
    "and",
    "or",
    "with",
    "by",
    "from",
    "other",
    "similar",
    "recommended",
    "top",
    "most",
    "viewed",
    "headlines",
    "feed",
    "rss",
    "source",
    "sources",
    "credit",
    "credits",
    "image",
    "images",
    "caption",
    "back",
    "up",
    "go",
    "follow",
    "topics",
    "topic",
    "newer",
    "older",
    "first",
    "last",
    "page",
    "pages",
    "edition",
    "login",
    "register",
    "account",
];

fn words_of_owned(text: &str) -> Vec<String> {
    words_of(&fold(text))
        .into_iter()
        .map(str::to_owned)
        .collect()
}

fn words_of(folded: &str) -> Vec<&str> {
    folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Per-passage furniture rules, from general features of web pages.
fn furniture_of(text: &str, kind: PassageKind, whole_line: bool) -> Option<Furniture> {
    use Furniture::*;
    let folded = fold(text);
    let f = folded.trim();
    let words = words_of(f);
    let n = words.len();
    let has = |s: &str| f.contains(s);
    let any = |list: &[&str]| list.iter().any(|s| f.contains(s));
    let starts = |list: &[&str]| list.iter().any(|s| f.starts_with(s));

    if (has("privacy policy") || has("cookie policy") || has("cookie settings")) && n <= 20 {
        return Some(CookieNotice);
    }
    if has("cookie")
        && any(&[
            "use",
            "accept",
            "consent",
            "experience",
            "browsing",
            "site",
            "privacy",
            "setting",
        ])
    {
        return Some(CookieNotice);
    }
    if (has("comment")
        && any(&[
            "leave",
            "post a",
            "enter",
            "add a",
            "write",
            "data",
            "processed",
            "moderat",
            "required",
            "spam",
            "be the first",
            "your",
        ]))
        || (has("enter your") && any(&["name", "email", "e-mail", "comment", "message"]))
        || has("required fields")
        || has("will not be published")
        || (has("spam") && n <= 15)
        || (f.starts_with("leave a reply") || f.starts_with("reply"))
    {
        return Some(CommentForm);
    }
    if has("brought to you by") || has("sponsored by") || has("paid partnership") {
        return Some(Advertisement);
    }
    let stripped: String = f
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect();
    let stripped = stripped.split_whitespace().collect::<Vec<_>>().join(" ");
    if matches!(
        stripped.as_str(),
        "advertisement" | "ad" | "ads" | "advertising" | "sponsored" | "sponsored content"
    ) || stripped.starts_with("story continues below")
        || stripped.starts_with("article continues below")
    {
        return Some(Advertisement);
    }
    if starts(&[
        "share this",
        "share on",
        "share article",
        "tweet this",
        "subscribe",
        "follow us",
        "sign up",
        "join our",
        "get the latest",
        "download our app",
        "like us on",
    ]) || has("subscribe to our")
        || has("sign up for our")
        || (has("newsletter") && n <= 20)
    {
        return Some(SharePrompt);
    }
    if starts(TEASER_OPENINGS) {
        return Some(Teaser);
    }
    if is_timestamp(&words, f) {
        return Some(Timestamp);
    }
    // Bracketed buttons ("[Accept] [Reject]") and credits ("(J. Doe/Agency)", "[ SOURCE ]").
    if n <= 8 && f.starts_with('[') && f.ends_with(']') {
        let credit = any(&["source", "image", "photo", "credit", "via"]);
        return Some(if credit { Credit } else { Widget });
    }
    if n <= 8 && f.starts_with('(') && f.ends_with(')') && (whole_line || f.contains('/')) {
        return Some(Credit);
    }
    // A picture's caption: "Photo: …".
    if n <= 30
        && starts(&[
            "photo:",
            "image:",
            "picture:",
            "caption:",
            "photograph:",
            "pictured:",
        ])
    {
        return Some(Credit);
    }
    if n > 0 && n <= 8 && words.iter().all(|w| SOCIAL.contains(w)) {
        return Some(SharePrompt);
    }
    if whole_line
        && n <= 8
        && starts(&[
            "source",
            "sources",
            "via ",
            "photo",
            "photos",
            "image",
            "images",
            "picture",
            "credit",
            "credits",
            "courtesy",
            "caption",
            "file photo",
            "reporting by",
            "editing by",
            "written by",
            "additional reporting",
            "by ",
        ])
    {
        return Some(Credit);
    }
    if starts(&[
        "categories:",
        "category:",
        "tags:",
        "tag:",
        "filed under",
        "topics:",
        "posted in",
    ]) || has("all rights reserved")
        || f.starts_with('©')
        || f.starts_with("copyright")
    {
        return Some(Navigation);
    }
    let separators = f.matches(['|', '»', '›']).count();
    if separators >= 2 && n <= 4 * (separators + 1) {
        return Some(Navigation);
    }
    // A breadcrumb or a pair of links: "World › Disasters", "Accept | Manage settings".
    if separators == 1
        && n <= 8
        && !ends_sentence(f)
        && f.split(['|', '»', '›'])
            .all(|part| words_of(part).len() <= 3)
    {
        return Some(Navigation);
    }
    if kind == PassageKind::Heading || kind == PassageKind::ListItem {
        if !words
            .iter()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        {
            return Some(Widget);
        }
        if n <= 6 && words.iter().all(|w| UI_WORDS.contains(w)) {
            return Some(SectionLabel);
        }
    }
    None
}

/// How a line pointing to another story opens: "Read more: …", "See also …".
const TEASER_OPENINGS: &[&str] = &[
    "read also",
    "also read",
    "read more",
    "see also",
    "related:",
    "related -",
    "recommended:",
    "more on this",
    "don't miss",
    "you may also like",
    "you might also like",
    "watch:",
    "listen:",
    "more:",
    "read next",
    "read:",
];

/// Whether a line points to another story by its opening words ("Read more: …",
/// "Related: …"), as opposed to a teaser known only by its context (an excerpt ending
/// in "…").
pub fn is_teaser_line(line: &str) -> bool {
    let folded = fold(line);
    let f = folded.trim();
    TEASER_OPENINGS.iter().any(|t| f.starts_with(t))
}

/// Names of sharing services: a line of only these is a row of share buttons.
const SOCIAL: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "email",
    "e-mail",
    "reddit",
    "pinterest",
    "telegram",
    "instagram",
    "youtube",
    "tiktok",
    "threads",
    "bluesky",
    "mastodon",
    "print",
    "copy",
    "link",
    "share",
    "messenger",
];

/// Last words of the names of widely read English-language newspapers and news sites, a
/// general list (New York *Times*, Washington *Post*, Sky *News*, Miami *Herald*, Wall Street
/// *Journal*, Chicago *Tribune*, Montreal *Gazette*, The *Observer*, Daily *Telegraph*,
/// Houston *Chronicle*, Daily *Express*, Daily *Mail*, The *Guardian*, The *Independent*,
/// Evening *Standard*, Toronto *Star*, The *Sun*, Associated *Press*, USA *Today*, China
/// *Daily*, Business *Wire*, Christian Science *Monitor*, Hollywood *Reporter*…). For a page
/// with metadata or an address, [`mark_site_names`] knows the name itself.
const MASTHEAD_WORDS: &[&str] = &[
    "news",
    "daily",
    "times",
    "post",
    "wire",
    "observer",
    "gazette",
    "herald",
    "journal",
    "tribune",
    "telegraph",
    "chronicle",
    "express",
    "mail",
    "review",
    "today",
    "guardian",
    "independent",
    "courier",
    "standard",
    "star",
    "sun",
    "press",
    "weekly",
    "online",
    "digest",
    "reporter",
    "monitor",
    "insider",
    "magazine",
    "network",
    "media",
    "radio",
    "tv",
];

/// How many passages at each end of a text [`mark_site_names`] looks at: the site's name
/// is page furniture at the top (masthead) or the bottom (footer).
const SITE_NAME_REACH: usize = 8;

/// "The Evening Courier" → "eveningcourier": letters and digits only, without a leading
/// "the", so a name compares with a web address's host.
fn name_key(text: &str) -> String {
    let folded = fold(text);
    let words = words_of(&folded);
    let words = match words.first() {
        Some(&"the") if words.len() > 1 => &words[1..],
        _ => &words[..],
    };
    words
        .concat()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Marks as the site's name the passages near either end of `text` that say nothing but
/// one of `names` (the site name from the page's metadata, the name in its address: "The
/// Evening Courier" for eveningcourier.com), whatever words the name is made of.
pub fn mark_site_names(text: &str, segs: &mut [Segment], names: &[String]) {
    let keys: Vec<String> = names
        .iter()
        .map(|n| name_key(n))
        .filter(|k| k.len() >= 3)
        .collect();
    if keys.is_empty() {
        return;
    }
    let n = segs.len();
    for (i, seg) in segs.iter_mut().enumerate() {
        let near_an_end = i < SITE_NAME_REACH || i + SITE_NAME_REACH >= n;
        let short = seg.end - seg.start <= 80;
        if near_an_end
            && short
            && seg.furniture.is_none()
            && keys.contains(&name_key(&text[seg.start..seg.end]))
        {
            seg.furniture = Some(Furniture::Masthead);
        }
    }
}

#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
    "days", "week", "weeks", "month", "months", "year", "years", "ago", "yesterday", "today",
    "just", "now", "updated", "published", "posted", "on", "at", "am", "pm", "a", "an", "last",
    "gmt", "utc", "est", "edt", "bst", "cet", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "th",
    "st", "nd", "rd", "read", "time",
];

/// Words that mark a line of dates as the article's own dateline or update stamp.
const DATELINE_WORDS: &[&str] = &["updated", "published", "posted", "modified", "edited"];

/// Further words a dateline may hold ("First published", "Last modified").
const DATELINE_EXTRA: &[&str] = &["first", "modified", "originally", "edited"];

/// Common abbreviations of time zones, as datelines print them ("09:12 IST", "11:02 GMT").
#[rustfmt::skip]
const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "z", "bst", "ist", "cet", "cest", "eet", "eest", "wet", "west", "msk", "est",
    "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt", "hst", "ast", "adt", "nst",
    "ndt", "aest", "aedt", "acst", "acdt", "awst", "nzst", "nzdt", "jst", "kst", "hkt", "sgt",
    "pht", "wib", "wita", "wit", "ict", "pkt", "sast", "wat", "cat", "eat", "brt", "art",
];

fn is_time_word(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    TIME_WORDS.contains(&w)
        || MONTHS.contains(&w)
        || MONTH_ABBREVIATIONS.contains(&w)
        || (!digits.is_empty()
            && w.len() - digits.len() <= 2
            && digits.chars().all(|c| c.is_ascii_digit()))
}

/// A line made only of dates, times and "ago": "8 hours ago", "Wednesday, May 12, 2021",
/// or a dateline (see [`is_dateline_words`]), which may be longer.
fn is_timestamp(words: &[&str], folded: &str) -> bool {
    !words.is_empty()
        && words.len() <= 8
        && words.iter().any(|w| {
            w.chars().all(|c| c.is_ascii_digit())
                || matches!(*w, "ago" | "yesterday" | "today" | "updated" | "published")
        })
        && words.iter().all(|w| is_time_word(w))
        && words.iter().any(|w| !w.chars().all(|c| c.is_ascii_digit()))
        || is_dateline_words(words, folded)
}

/// A dateline or update stamp: only dates, times and time words, with a day of a month
/// and something that says it dates the article: "updated", "published", "posted", a time
/// zone or a clock time ("Updated: March 04, 2019 09:12 IST", "4 March 2019 Last updated
/// at 11:02 GMT", "Published 10:32 AM EST, Tue March 5, 2019").
fn is_dateline_words(words: &[&str], folded: &str) -> bool {
    let has_month = words
        .iter()
        .any(|w| MONTHS.contains(w) || MONTH_ABBREVIATIONS.contains(w));
    let has_day = words
        .iter()
        .any(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()));
    let marked = words
        .iter()
        .any(|w| DATELINE_WORDS.contains(w) || TIME_ZONES.contains(w))
        || has_clock_time(folded);
    (2..=16).contains(&words.len())
        && has_month
        && has_day
        && marked
        && words
            .iter()
            .all(|w| is_time_word(w) || TIME_ZONES.contains(w) || DATELINE_EXTRA.contains(w))
}

/// "09:12", "9.30 am": one or two digits, a colon, two digits.
fn has_clock_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(4).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit()
            && w[1] == b':'
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

/// Whether a whole line is an article's dateline or update stamp: metadata, not a claim
/// or a title. See the examples at [`is_dateline_words`].
pub fn is_dateline(line: &str) -> bool {
    let folded = fold(line);
    is_dateline_words(&words_of(&folded), &folded)
}

fn ends_with_ellipsis(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | ']' | ')'));
    s.ends_with('…') || s.ends_with("...")
}

pub(super) fn classify_block(text: &str, block: &mut [Segment]) {
    let whole_line = block.len() == 1;
    for seg in block.iter_mut() {
        seg.furniture = furniture_of(&text[seg.start..seg.end], seg.kind, whole_line);
    }
    // A consent banner: the short passages sharing a line with a cookie notice belong to it.
    if block
        .iter()
        .any(|s| s.furniture == Some(Furniture::CookieNotice))
    {
        for seg in block.iter_mut() {
            if text[seg.start..seg.end].split_whitespace().count() <= 15 {
                seg.furniture.get_or_insert(Furniture::CookieNotice);
            }
        }
    }
    // A teaser: a short block whose last passage trails off ("…cementing its…").
    if block.len() <= 3
        && let Some(last) = block.last()
        && ends_with_ellipsis(&text[last.start..last.end])
    {
        for seg in block.iter_mut() {
            seg.furniture.get_or_insert(Furniture::Teaser);
        }
    }
}

/// How far back [`classify_context`] looks for the start of a passage's line; a line
/// longer than this is not short.
const LINE_LOOKBACK: usize = 4_096;

/// A line this long is prose even without a final stop (copied text often loses it);
/// headlines and teaser titles are shorter.
const BODY_LINE_WORDS: usize = 20;

/// Rules that need neighbours: a headline directly above a teaser or a timestamp is a
/// teaser's headline; a short line after a "related posts" label is one too.
pub(super) fn classify_context(text: &str, segs: &mut [Segment]) {
    // The site's name near the top: a short line ending in a masthead word.
    for seg in segs.iter_mut().take(5) {
        let line = &text[seg.start..seg.end];
        let words = words_of_owned(line);
        if seg.furniture.is_none()
            && seg.kind == PassageKind::Heading
            && (1..=4).contains(&words.len())
            && words
                .last()
                .is_some_and(|w| MASTHEAD_WORDS.contains(&w.as_str()))
            && line
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
        {
            seg.furniture = Some(Furniture::Masthead);
        }
    }
    let trails = |seg: &Segment| {
        seg.furniture == Some(Furniture::Timestamp)
            || (seg.furniture == Some(Furniture::Teaser)
                && ends_with_ellipsis(&text[seg.start..seg.end]))
    };
    let listing: Vec<bool> = segs.iter().map(trails).collect();
    for i in (0..segs.len().saturating_sub(1)).rev() {
        let next = segs[i + 1];
        let line_break = text[segs[i].end..next.start].contains('\n');
        // The rest of a line that ends in a teaser, or the headline line above one.
        let after_teaser =
            listing[i + 1] || (!line_break && next.furniture == Some(Furniture::Teaser));
        if segs[i].furniture.is_some() || !after_teaser {
            continue;
        }
        // An article's own headline and dateline(s) are followed by its text, perhaps under
        // a one-line deck; a teaser's by the next teaser.
        let is_body = |s: &Segment| {
            let t = &text[s.start..s.end];
            s.furniture.is_none()
                && ((s.kind != PassageKind::Heading && ends_sentence(t))
                    || t.split_whitespace().count() >= BODY_LINE_WORDS)
        };
        let mut j = i + 1;
        while segs
            .get(j)
            .is_some_and(|s| s.furniture == Some(Furniture::Timestamp))
        {
            j += 1;
        }
        let body_follows = segs.get(j).is_some_and(|s| {
            is_body(s)
                || (s.furniture.is_none()
                    && s.kind == PassageKind::Heading
                    && segs.get(j + 1).is_some_and(is_body))
        });
        if next.furniture == Some(Furniture::Timestamp) && body_follows {
            continue;
        }
        // Look back a bounded distance only: a 10 MB line must not be rescanned per passage.
        let mut window_start = segs[i].start.saturating_sub(LINE_LOOKBACK);
        while !text.is_char_boundary(window_start) {
            window_start -= 1;
        }
        let short_line = match text[window_start..segs[i].start].rfind('\n') {
            Some(p) => {
                text[window_start + p + 1..segs[i].end]
                    .split_whitespace()
                    .count()
                    <= 30
            }
            None if window_start == 0 => text[..segs[i].end].split_whitespace().count() <= 30,
            None => false,
        };
        let unfinished = !ends_sentence(&text[segs[i].start..segs[i].end]);
        if segs[i].kind == PassageKind::Heading || (short_line && (unfinished || !line_break)) {
            segs[i].furniture = Some(Furniture::Teaser);
        }
    }
    let mut after_label = false;
    for seg in segs.iter_mut() {
        match seg.furniture {
            Some(Furniture::SectionLabel) => after_label = true,
            Some(_) => {}
            None if after_label
                && seg.kind == PassageKind::Heading
                && text[seg.start..seg.end].split_whitespace().count() <= 20 =>
            {
                seg.furniture = Some(Furniture::Teaser);
            }
            None => after_label = false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    #[test]
    fn an_articles_headline_above_its_dateline_is_not_a_teaser() {
        let article = "Floods hit the valley\n\nMarch 3, 2020\n\nRivers rose two metres overnight.";
        let segs = segment(article);
        assert_eq!(segs[0].furniture, None, "{segs:?}");
        assert_eq!(segs[1].furniture, Some(Furniture::Timestamp));
        let listing =
            "Floods hit the valley\n\n3 hours ago\n\nStorm season starts early\n\n5 hours ago";
        let segs = segment(listing);
        assert_eq!(segs[0].furniture, Some(Furniture::Teaser), "{segs:?}");
        assert_eq!(segs[2].furniture, Some(Furniture::Teaser), "{segs:?}");
        // Two stamps, a one-line deck, or a first paragraph that lost its final stop.
        for article in [
            "Floods hit the valley\nPosted on March 3, 2020 at 9:40 AM\nUpdated: March 4, 2020 10:02 GMT\nRivers rose two metres overnight.",
            "Floods hit the valley\nPublished: March 3, 2020 09:40\nThe worst in forty years for the farms of the lower valley\nRivers rose two metres overnight.",
            "Floods hit the valley\nMarch 3, 2020 09:40\nRivers rose two metres overnight in the lower valley, where the farms of forty families were cut off from the town",
        ] {
            let segs = segment(article);
            assert_eq!(segs[0].furniture, None, "{article}: {segs:?}");
        }
    }

    #[test]
    fn furniture_is_recognised_by_general_features() {
        let t = "Home | World | Sport | Tech\n\nFloods hit the valley\n\nRivers rose two metres overnight.\n\n\
                 Read also: Ten tips for a dry basement\n\nAdvertisement\n\nSource: AP\n\n\
                 Photo credit: J. Smith\n\nShare this article\n\nRelated stories\n\n\
                 Storm season starts early this year\n\nThe weather office said the season had begun, with…\n\n\
                 3 hours ago\n\nLeave a comment\n\nYour email address will not be published.\n\n\
                 We use cookies to improve your experience.\n\nTuesday, March 3, 2020\n\n21 °C";
        let segs = segment(t);
        let got: Vec<(&str, Option<Furniture>)> = segs
            .iter()
            .map(|s| (&t[s.start..s.end], s.furniture))
            .collect();
        use Furniture::*;
        let expect = [
            Some(Navigation),
            None,
            None,
            Some(Teaser),
            Some(Advertisement),
            Some(Credit),
            Some(Credit),
            Some(SharePrompt),
            Some(SectionLabel),
            Some(Teaser),
            Some(Teaser),
            Some(Timestamp),
            Some(CommentForm),
            Some(CommentForm),
            Some(CookieNotice),
            Some(Timestamp),
            Some(Widget),
        ];
        assert_eq!(got.len(), expect.len(), "{got:#?}");
        for ((text, f), e) in got.iter().zip(expect) {
            assert_eq!(*f, e, "{text}");
        }
    }

    #[test]
    fn datelines_and_update_stamps_are_timestamps_not_claims() {
        for line in [
            "Updated: March 04, 2019 09:12 IST",
            "4 March 2019 Last updated at 11:02 GMT",
            "Published 10:32 AM EST, Tue March 5, 2019",
            "Posted on 12 Jan 2021, 9:45 am",
            "First published on Mon 4 Mar 2019 06.00 GMT",
            "Last modified: Jan 14 2021 18:20",
            "Edited time: March 13, 2013 02:15",
        ] {
            assert!(is_dateline(line), "{line}");
            let segs = segment(line);
            assert!(
                segs.iter()
                    .all(|s| s.furniture == Some(Furniture::Timestamp)),
                "{line}: {segs:?}"
            );
        }
        for line in [
            "The storm hit on March 4, 2019 at 09:12.",
            "Updated rules take effect on March 4",
            "March 2019",
            "Published by the ministry on 4 March 2019 at 11:02 GMT",
            "Wednesday, May 12, 2021",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
    }

    #[test]
    fn real_prose_is_not_furniture() {
        let t = "Xiaomi put down\n\nThe company said it would appeal the ruling within 30 days.\n\n\
                 Shares fell 3% on the news, the steepest drop in two years.";
        assert!(segment(t).iter().all(|s| s.furniture.is_none()));
    }
}

#[cfg(test)]
mod banner_tests {
    use super::*;
    use crate::segment::segment;

    fn flags(t: &str) -> Vec<(String, Option<Furniture>)> {
        segment(t)
            .iter()
            .map(|s| (t[s.start..s.end].to_owned(), s.furniture))
            .collect()
    }

    #[test]
    fn consent_banners_buttons_breadcrumbs_captions_and_mastheads() {
        use Furniture::*;
        let t = "Storm floods the valley\nThe Evening Courier\nWorld › Weather\n\
                 This website uses cookies. Read our privacy policy to learn more. [Got it]\n\n\
                 Rivers rose two metres overnight, the agency said.\n\n\
                 Photo: Water covers the main square on Monday. (A. Diaz/Agency)\n\n\
                 Facebook Twitter LinkedIn\n\nAccept | Manage settings";
        let got = flags(t);
        let expect = [
            None,
            Some(Masthead),
            Some(Navigation),
            Some(CookieNotice),
            Some(CookieNotice),
            Some(Widget),
            None,
            Some(Credit),
            Some(Credit),
            Some(SharePrompt),
            Some(Navigation),
        ];
        assert_eq!(got.len(), expect.len(), "{got:#?}");
        for ((text, f), e) in got.iter().zip(expect) {
            assert_eq!(*f, e, "{text}");
        }
    }

    #[test]
    fn a_site_name_from_metadata_or_the_address_is_furniture_whatever_its_words() {
        let t = "Quarry fire contained after two days\nRiverbend Ledger\n\n\
                 Crews contained the fire on Sunday, officials said.\n\nThe Riverbend Ledger";
        let mut segs = segment(t);
        let before: Vec<_> = segs.iter().map(|s| s.furniture).collect();
        assert_eq!(
            before,
            [None, None, None, None],
            "no word list names a 'Ledger'"
        );
        mark_site_names(t, &mut segs, &["riverbendledger".to_owned()]);
        let after: Vec<_> = segs.iter().map(|s| s.furniture).collect();
        let m = Some(Furniture::Masthead);
        assert_eq!(after, [None, m, None, m]);
        // A sentence that mentions the outlet is not its name.
        let t = "The Riverbend Ledger reported the fire first.";
        let mut segs = segment(t);
        mark_site_names(t, &mut segs, &["Riverbend Ledger".to_owned()]);
        assert_eq!(segs[0].furniture, None);
    }

    #[test]
    fn real_newspaper_names_are_recognised_as_mastheads() {
        for name in [
            "The Seattle Times",
            "Toronto Star",
            "Chicago Tribune",
            "Sky News",
        ] {
            let t =
                format!("Bridge reopens after repairs\n{name}\n\nThe bridge reopened on Monday.");
            let segs = segment(&t);
            assert_eq!(segs[1].furniture, Some(Furniture::Masthead), "{name}");
        }
    }
}

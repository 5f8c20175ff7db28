//! Quoted words and who said them. A quote several sources carry is found through an
//! index of word trigrams; the same quote with other words (beyond punctuation and case,
//! and allowing a shorter excerpt or an elision "…") or with another speaker is a
//! disagreement of its own kind.

use super::text::{Tok, is_stop, month, tokenize, weekday};

/// Whom a speaker tells, not who speaks ("told reporters").
const AUDIENCE: &[&str] = &[
    "reporters",
    "journalists",
    "media",
    "press",
    "audience",
    "crowd",
    "supporters",
    "that",
    "on",
];

#[derive(Clone, Debug)]
pub struct QuoteMention {
    /// Byte range of the quoted words (inside the marks).
    pub span: std::ops::Range<usize>,
    /// Folded words; "…" kept as a gap marker.
    pub words: Vec<String>,
    /// Last word of the speaker's name ("smith"), or "the " and a role noun ("the spokesman"),
    /// if the passage says.
    pub speaker: Option<String>,
}

const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "stated",
    "states",
    "tweeted",
    "explained",
    "explains",
    "declared",
    "insisted",
    "insists",
    "warned",
    "warns",
    "argued",
    "argues",
    "remarked",
    "announced",
    "according",
    "noted",
    "notes",
    "claimed",
    "claims",
    "recalled",
    "asked",
    "acknowledged",
    "admitted",
    "replied",
    "continued",
    "conceded",
    "concedes",
];

const GAP: &str = "…";

/// British and American spellings meet: "realised" = "realized", "colour" = "color".
fn spelling(w: &str) -> String {
    for (a, b) in [
        ("isation", "ization"),
        ("ised", "ized"),
        ("ising", "izing"),
        ("ise", "ize"),
        ("ises", "izes"),
        ("yse", "yze"),
        ("our", "or"),
        ("ours", "ors"),
    ] {
        if let Some(stem) = w.strip_suffix(a).filter(|s| s.len() >= 3) {
            return format!("{stem}{b}");
        }
    }
    w.to_string()
}

fn fold(t: &[Tok]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut dots = 0;
    let mut glue = false;
    for (k, x) in t.iter().enumerate() {
        // "It ’ s", as some re-tokenised texts write it, is "It's".
        if matches!(x.s, "'" | "’")
            && k > 0
            && t[k - 1].word()
            && t.get(k + 1).is_some_and(|n| n.word())
        {
            glue = true;
            continue;
        }
        if glue && x.word() {
            glue = false;
            if let Some(last) = out.last_mut() {
                last.push_str(&x.lo.replace('\'', ""));
                continue;
            }
        }
        glue = false;
        if x.s == "." {
            dots += 1;
            if dots == 3 {
                out.push(GAP.to_string());
            }
            continue;
        }
        dots = 0;
        if x.s == GAP || x.s == "[" {
            out.push(GAP.to_string());
        }
        if x.word() {
            out.push(x.lo.replace('\'', ""));
        }
    }
    out.iter().map(|w| spelling(w)).collect()
}

/// Quotes of one passage (at least four words).
pub fn extract(text: &str) -> Vec<QuoteMention> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (b, c) in text.char_indices() {
        // A straight quote mark followed by a space closes a quote opened earlier.
        let spaced = text[b + c.len_utf8()..].starts_with(char::is_whitespace);
        match (open, c) {
            (None, '"') if spaced => {}
            (None, '“') | (None, '"') | (None, '«') => open = Some((b + c.len_utf8(), c)),
            (Some((s, o)), '”' | '"' | '»')
                if (o == '“' && c != '»') || (o == '"' && c == '"') || (o == '«' && c == '»') =>
            {
                spans.push(s..b);
                open = None;
            }
            // A quote left open at a paragraph's end: the words up to the end of the passage.
            _ => {}
        }
    }
    if let Some((s, _)) = open
        && text.len() - s > 20
    {
        spans.push(s..text.len());
    }
    if spans.is_empty() {
        return Vec::new();
    }
    let all = tokenize(text);
    spans
        .into_iter()
        .filter_map(|r| {
            let inner = tokenize(&text[r.clone()]);
            let words = fold(&inner);
            if words.iter().filter(|w| *w != GAP).count() < 4 {
                return None;
            }
            let speaker = speaker(&all, &r);
            Some(QuoteMention {
                span: r,
                words,
                speaker,
            })
        })
        .collect()
}

/// The speaker named next to a speech verb outside the quote.
fn speaker(t: &[Tok], q: &std::ops::Range<usize>) -> Option<String> {
    let outside = |x: &Tok| x.end <= q.start || x.start >= q.end;
    let name_or_role = |k: usize| -> Option<String> {
        let x = &t[k];
        if !outside(x) || !x.word() {
            return None;
        }
        if x.is_any(&["he", "she", "they", "it", "we", "i"]) {
            return Some(String::new());
        }
        if x.capital() && !is_stop(&x.lo) && month(&x.lo).is_none() && weekday(&x.lo).is_none() {
            // The whole name, and names joined by "and": "Craig Zadan and Neil Meron".
            let cap = |j: usize| t[j].capital() && outside(&t[j]);
            let mut a = k;
            loop {
                while a > 0 && cap(a - 1) {
                    a -= 1;
                }
                if a >= 2 && t[a - 1].is("and") && cap(a - 2) {
                    a -= 2;
                } else {
                    break;
                }
            }
            let mut names = Vec::new();
            let mut e = a;
            loop {
                while e + 1 < t.len() && cap(e + 1) {
                    e += 1;
                }
                names.push(t[e].lo.trim_end_matches("'s").to_string());
                if e + 2 < t.len() && t[e + 1].is("and") && cap(e + 2) {
                    e += 2;
                } else {
                    break;
                }
            }
            names.sort();
            names.dedup();
            return Some(names.join(" & "));
        }
        None
    };
    for (k, x) in t.iter().enumerate() {
        if !outside(x) || !x.is_any(SPEECH) {
            continue;
        }
        // "said Smith", "according to the mayor".
        let mut j = k + 1;
        if x.is("according") && t.get(j).is_some_and(|y| y.is("to")) {
            j += 1;
        }
        let mut role = None;
        for (m, y) in t.iter().enumerate().take(j + 4).skip(j) {
            if let Some(n) = name_or_role(m) {
                return (!n.is_empty()).then_some(n);
            }
            if !outside(y) || !y.word() || y.is_any(AUDIENCE) {
                break;
            }
            if !is_stop(&y.lo) && role.is_none() {
                role = Some(format!("the {}", y.lo));
            }
        }
        // "Smith said", "the mayor told reporters".
        for m in (k.saturating_sub(4)..k).rev() {
            if let Some(n) = name_or_role(m) {
                return (!n.is_empty()).then_some(n);
            }
            if !outside(&t[m]) || !t[m].word() {
                break;
            }
            if role.is_none() && !is_stop(&t[m].lo) && !t[m].is_any(SPEECH) {
                role = Some(format!("the {}", t[m].lo));
            }
        }
        if role.is_some() {
            return role;
        }
    }
    None
}

pub fn trigrams(words: &[String]) -> Vec<[&str; 3]> {
    let plain: Vec<&str> = words.iter().map(String::as_str).collect();
    plain
        .windows(3)
        .filter(|w| !w.contains(&GAP))
        .map(|w| [w[0], w[1], w[2]])
        .collect()
}

/// Whether `a` is `b` or an excerpt of it: each "…"-separated piece of the shorter one
/// appears in the longer one, in order.
pub fn same_words(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let long: Vec<&String> = long.iter().filter(|w| *w != GAP).collect();
    let mut from = 0;
    for piece in short.split(|w| w == GAP).filter(|p| !p.is_empty()) {
        let found = (from..=long.len().saturating_sub(piece.len())).find(|&s| {
            long[s..s + piece.len()]
                .iter()
                .zip(piece)
                .all(|(x, y)| *x == y)
        });
        match found {
            Some(s) => from = s + piece.len(),
            None => return false,
        }
    }
    true
}

/// Share of the shorter quote's words that the longer one carries in order (LCS).
pub fn overlap(a: &[String], b: &[String]) -> f64 {
    let a: Vec<&String> = a.iter().filter(|w| *w != GAP).collect();
    let b: Vec<&String> = b.iter().filter(|w| *w != GAP).collect();
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut prev = vec![0usize; b.len() + 1];
    for x in &a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        prev = cur;
    }
    prev[b.len()] as f64 / a.len().min(b.len()) as f64
}

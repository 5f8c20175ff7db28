//! Where sources disagree: figures, dates and quotes that several sources give about the
//! same thing, with values that cannot all be true (or words and speakers that differ).
//!
//! ```
//! use corroborate::disagree::{Kind, Statement, find};
//! let s = [
//!     Statement { source: 0, passage: 0, text: "The quake killed 17 people on Tuesday." },
//!     Statement { source: 1, passage: 5, text: "Twelve people died, officials said." },
//! ];
//! let d = find(&s, &[None, None]);
//! assert_eq!(d.len(), 1);
//! assert_eq!((d[0].kind, d[0].about.as_str()), (Kind::Number, "killed"));
//! ```
//!
//! Extraction is per passage ([`extract`]: [`quantity`], [`dates`], [`quotes`]); the
//! comparison indexes every statement by the key of its measure (measure + thing) or by
//! the word trigrams of its quotes, so only statements sharing a key are ever compared,
//! never all pairs of passages. The method is in docs/disagreements.md.

pub mod dates;
pub mod measure;
pub mod numbers;
pub mod quantity;
pub mod quotes;
pub mod text;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use dates::Day;
pub use numbers::Interval;

/// One non-boilerplate passage of one source.
#[derive(Clone, Copy, Debug)]
pub struct Statement<'a> {
    pub source: u32,
    pub passage: u32,
    pub text: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Number,
    Date,
    Quote,
    Attribution,
}

impl Kind {
    /// What the sources disagree on, as a reader would say it: "figure", "date", "quote",
    /// "speaker".
    pub fn noun(self) -> &'static str {
        match self {
            Self::Number => "figure",
            Self::Date => "date",
            Self::Quote => "quote",
            Self::Attribution => "speaker",
        }
    }
}

/// A statement's reading, normalised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Reading {
    /// A figure as an interval in the measure's canonical unit ("people", "km", "min",
    /// "km/h", "%", "years", a currency code, or the counted noun).
    Number {
        interval: Interval,
        unit: String,
    },
    Date(Day),
    /// Folded words of the quote, and its speaker if named.
    Quote {
        words: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        speaker: Option<String>,
    },
}

/// One source's statement in a disagreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Value {
    pub source: u32,
    pub passage: u32,
    /// Byte range of the figure, date or quote in the passage text.
    pub span: Range<usize>,
    /// The words as written.
    pub text: String,
    pub value: Reading,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    pub kind: Kind,
    /// Short label of the measure ("killed", "age", "depth", "price", "deadline"), or the
    /// opening words of the quote.
    pub about: String,
    /// One per statement, sorted by source, passage and position.
    pub values: Vec<Value>,
}

/// Everything read from one passage.
#[derive(Clone, Debug, Default)]
pub struct Extracted {
    pub quantities: Vec<quantity::Quantity>,
    pub dates: Vec<dates::DateMention>,
    pub quotes: Vec<quotes::QuoteMention>,
}

/// Figures, dates and quotes of one passage; `published` is the article's date (ISO
/// 8601 or a usual written form), which weekdays and "yesterday" are resolved against.
pub fn extract(text: &str, published: Option<&str>) -> Extracted {
    let pubd = published.and_then(dates::parse_published);
    let toks = text::tokenize(text);
    Extracted {
        quantities: quantity::extract(&toks, pubd.map(|d| d.0)),
        dates: dates::extract(&toks, pubd),
        quotes: quotes::extract(text),
    }
}

/// Two figures that could both be true, allowing for the rounding of each written
/// figure and, between different units, for the rounding of a conversion.
pub fn compatible(a: &quantity::Quantity, b: &quantity::Quantity) -> bool {
    let converted = !a.written_unit.is_empty()
        && !b.written_unit.is_empty()
        && a.written_unit != b.written_unit;
    let widen = |q: &quantity::Quantity, other: &quantity::Quantity| {
        if !converted {
            return q.value.widen(0.49 * q.step);
        }
        // Between units, the finer unit's rounding ("18 months" is not "two years" ± a year),
        // plus the rounding of a conversion.
        let step = if other.step > 0.0 {
            q.step.min(other.step)
        } else {
            q.step
        };
        let iv = q.value.widen(0.49 * step);
        let d = 0.03 * iv.hi.unwrap_or(iv.lo).abs();
        iv.widen(d)
    };
    widen(a, b).intersects(&widen(b, a))
}

/// Sources `a` and `b` each give values for one key and none of `a`'s is compatible with
/// any of `b`'s (an update "3 dead" → "17 dead" counts: the reader judges).
fn conflicting<T>(
    by_source: &BTreeMap<u32, Vec<T>>,
    ok: impl Fn(&T, &T) -> bool,
) -> Vec<(u32, u32)> {
    let keys: Vec<&u32> = by_source.keys().collect();
    let mut out = Vec::new();
    for (i, a) in keys.iter().enumerate() {
        for b in &keys[i + 1..] {
            let (va, vb) = (&by_source[a], &by_source[b]);
            if !va.iter().any(|x| vb.iter().any(|y| ok(x, y))) {
                out.push((**a, **b));
            }
        }
    }
    out
}

/// The disagreements of a comparison. `published[source]` is each source's published date
/// if known. Deterministic: the same statements give the same list, sorted.
pub fn find(statements: &[Statement], published: &[Option<String>]) -> Vec<Disagreement> {
    let pub_of = |s: u32| published.get(s as usize).and_then(|p| p.as_deref());
    let extracted: Vec<Extracted> = statements
        .iter()
        .map(|s| extract(s.text, pub_of(s.source)))
        .collect();
    let mut out = Vec::new();
    let value = |si: usize, span: &Range<usize>, reading: Reading| {
        let s = &statements[si];
        Value {
            source: s.source,
            passage: s.passage,
            span: span.clone(),
            text: s.text[span.clone()].to_string(),
            value: reading,
        }
    };

    // Figures, indexed by measure and thing.
    let mut by_key: BTreeMap<&str, Vec<(usize, &quantity::Quantity)>> = BTreeMap::new();
    for (si, e) in extracted.iter().enumerate() {
        for q in &e.quantities {
            by_key.entry(q.key.as_str()).or_default().push((si, q));
        }
    }
    for (_, ms) in by_key {
        let mut by_source: BTreeMap<u32, Vec<&quantity::Quantity>> = BTreeMap::new();
        for (si, q) in &ms {
            by_source.entry(statements[*si].source).or_default().push(q);
        }
        // A measure one source gives three different values for (a player's yards, several
        // offers) is not one fact; nor are figures known to be about different things.
        let many = by_source.values().any(|v| {
            let mut distinct: Vec<&quantity::Quantity> = Vec::new();
            for q in v {
                if !distinct.iter().any(|d| compatible(d, q)) {
                    distinct.push(q);
                }
            }
            distinct.len() >= 3
        });
        if by_source.len() < 2
            || many
            || conflicting(&by_source, |a, b| compatible(a, b) || a.different_thing(b)).is_empty()
        {
            continue;
        }
        let values = ms
            .iter()
            .map(|(si, q)| {
                value(
                    *si,
                    &q.span,
                    Reading::Number {
                        interval: q.value.clone(),
                        unit: q.unit.clone(),
                    },
                )
            })
            .collect();
        out.push(Disagreement {
            kind: Kind::Number,
            about: ms[0].1.about.clone(),
            values,
        });
    }

    // Dates, indexed by what they are the date of; two are about the same thing when
    // their passages also share content words.
    let mut by_key: BTreeMap<&str, Vec<(usize, &dates::DateMention)>> = BTreeMap::new();
    for (si, e) in extracted.iter().enumerate() {
        for d in &e.dates {
            by_key.entry(d.key.as_str()).or_default().push((si, d));
        }
    }
    for (_, ms) in by_key {
        let related = |a: &dates::DateMention, b: &dates::DateMention| {
            a.topic
                .iter()
                .filter(|w| b.topic.binary_search(w).is_ok())
                .count()
                >= 2
        };
        let mut involved = BTreeSet::new();
        for (i, (sa, a)) in ms.iter().enumerate() {
            for (j, (sb, b)) in ms.iter().enumerate().skip(i + 1) {
                let (ia, ib) = (statements[*sa].source, statements[*sb].source);
                if ia == ib || !related(a, b) || a.value.compatible(&b.value) {
                    continue;
                }
                // Conflicting unless some other related pair of these two sources agrees.
                let agrees = ms.iter().any(|(sx, x)| {
                    statements[*sx].source == ia
                        && ms.iter().any(|(sy, y)| {
                            statements[*sy].source == ib
                                && related(x, y)
                                && x.value.compatible(&y.value)
                        })
                });
                if !agrees {
                    involved.insert(i);
                    involved.insert(j);
                }
            }
        }
        if involved.is_empty() {
            continue;
        }
        let values = involved
            .iter()
            .map(|&i| value(ms[i].0, &ms[i].1.span, Reading::Date(ms[i].1.value.clone())))
            .collect();
        out.push(Disagreement {
            kind: Kind::Date,
            about: ms[*involved.first().unwrap_or(&0)].1.about.clone(),
            values,
        });
    }

    // Quotes, found again through shared word trigrams.
    let qs: Vec<(usize, &quotes::QuoteMention)> = extracted
        .iter()
        .enumerate()
        .flat_map(|(si, e)| e.quotes.iter().map(move |q| (si, q)))
        .collect();
    let mut index: HashMap<[&str; 3], Vec<usize>> = HashMap::new();
    for (qi, (_, q)) in qs.iter().enumerate() {
        let mut grams = quotes::trigrams(&q.words);
        grams.sort();
        grams.dedup();
        for g in grams {
            index.entry(g).or_default().push(qi);
        }
    }
    let mut parent: Vec<usize> = (0..qs.len()).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut pairs = BTreeSet::new();
    for list in index.values() {
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                if statements[qs[a].0].source != statements[qs[b].0].source {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    let mut edges = Vec::new();
    for &(a, b) in &pairs {
        let (x, y) = (&qs[a].1.words, &qs[b].1.words);
        let same = quotes::same_words(x, y);
        if same || quotes::overlap(x, y) >= 0.6 {
            edges.push((a, b, same));
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: BTreeMap<usize, (bool, bool, BTreeSet<usize>)> = BTreeMap::new();
    for &(a, b, same) in &edges {
        let r = root(&mut parent, a);
        let g = groups.entry(r).or_default();
        g.2.insert(a);
        g.2.insert(b);
        if !same {
            g.0 = true;
        }
        let (sa, sb) = (&qs[a].1.speaker, &qs[b].1.speaker);
        // Speakers conflict when both are named and share no name ("Zadan & Meron" vs "Meron").
        if let (Some(x), Some(y)) = (sa, sb)
            && !x.split(" & ").any(|n| y.split(" & ").any(|m| m == n))
            && !x.starts_with("the ")
            && !y.starts_with("the ")
        {
            g.1 = true;
        }
    }
    for (_, (altered, attributed, members)) in groups {
        let longest = members
            .iter()
            .max_by_key(|&&m| (qs[m].1.words.len(), std::cmp::Reverse(m)))
            .copied()
            .unwrap_or(0);
        let words: Vec<&str> = qs[longest]
            .1
            .words
            .iter()
            .map(String::as_str)
            .filter(|w| *w != "…")
            .collect();
        let about = words.iter().take(6).copied().collect::<Vec<_>>().join(" ")
            + if words.len() > 6 { " …" } else { "" };
        let values: Vec<Value> = members
            .iter()
            .map(|&m| {
                let q = qs[m].1;
                value(
                    qs[m].0,
                    &q.span,
                    Reading::Quote {
                        words: q.words.join(" "),
                        speaker: q.speaker.clone(),
                    },
                )
            })
            .collect();
        if altered {
            out.push(Disagreement {
                kind: Kind::Quote,
                about: about.clone(),
                values: values.clone(),
            });
        }
        if attributed {
            out.push(Disagreement {
                kind: Kind::Attribution,
                about,
                values,
            });
        }
    }

    for d in &mut out {
        d.values.sort_by(|a, b| {
            (a.source, a.passage, a.span.start, a.span.end).cmp(&(
                b.source,
                b.passage,
                b.span.start,
                b.span.end,
            ))
        });
        d.values
            .dedup_by(|a, b| a.source == b.source && a.passage == b.passage && a.span == b.span);
    }
    out.sort_by(|a, b| {
        let k = |d: &Disagreement| {
            (
                d.values[0].source,
                d.values[0].passage,
                d.values[0].span.start,
                d.kind,
            )
        };
        k(a).cmp(&k(b)).then_with(|| a.about.cmp(&b.about))
    });
    out
}

//! Figures as intervals: digits, number words, vague quantities ("dozens") and the
//! qualifiers news writing puts before them ("more than", "about", "up to").

use serde::{Deserialize, Serialize};

use super::text::Tok;

/// A closed or open interval of values; `hi: None` is unbounded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    pub lo: f64,
    pub hi: Option<f64>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lo_open: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hi_open: bool,
}

impl Interval {
    pub fn exact(x: f64) -> Self {
        Interval {
            lo: x,
            hi: Some(x),
            lo_open: false,
            hi_open: false,
        }
    }
    pub fn scale(&self, k: f64) -> Self {
        Interval {
            lo: self.lo * k,
            hi: self.hi.map(|h| h * k),
            ..self.clone()
        }
    }
    /// Widened by `d` on both sides (the rounding of a written figure), openness kept.
    pub fn widen(&self, d: f64) -> Self {
        Interval {
            lo: self.lo - d,
            hi: self.hi.map(|h| h + d),
            ..self.clone()
        }
    }
    pub fn intersects(&self, o: &Interval) -> bool {
        // a.lo <= b.hi and b.lo <= a.hi, strict where either bound is open.
        let below = |lo: f64, lo_open: bool, hi: Option<f64>, hi_open: bool| match hi {
            None => true,
            Some(h) if lo_open || hi_open => lo < h,
            Some(h) => lo <= h,
        };
        below(self.lo, self.lo_open, o.hi, o.hi_open)
            && below(o.lo, o.lo_open, self.hi, self.hi_open)
    }
}

/// A figure as written: its interval, the rounding step of its last written digit
/// (0 for vague words), and the token range it spans.
#[derive(Clone, Debug)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    pub value: Interval,
    pub step: f64,
    /// A unit glued to the digits ("10km", "2.1bn" gives "bn").
    pub suffix: String,
    /// Qualified ("about", "more than") or vague ("dozens").
    pub hedged: bool,
}

fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "none" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// "seven", "twenty-five".
pub fn word_number(w: &str) -> Option<f64> {
    if let Some(v) = unit_word(w) {
        return Some(v);
    }
    let (a, b) = w.split_once('-')?;
    let (a, b) = (unit_word(a)?, unit_word(b)?);
    (a >= 20.0 && a % 10.0 == 0.0 && b < 10.0 && b > 0.0).then_some(a + b)
}

pub fn multiplier(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "mln" | "mn" | "m" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

/// Digits with an optional glued suffix: "2,000" → (2000, 1, ""), "2.1bn" → (2.1, 0.1, "bn").
pub fn digits(s: &str) -> Option<(f64, f64, String)> {
    let n = s
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(s.len());
    let (num, suffix) = s.split_at(n);
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Thousands separators only in groups of three; otherwise a comma is not ours.
    let parts: Vec<&str> = num.split(',').collect();
    if parts.len() > 1
        && parts[1..]
            .iter()
            .any(|p| p.split('.').next().is_none_or(|g| g.len() != 3))
    {
        return None;
    }
    let clean = num.replace(',', "");
    let v: f64 = clean.parse().ok()?;
    let decimals = clean.split_once('.').map_or(0, |(_, d)| d.len());
    let suffix = suffix.trim_start_matches('-').to_lowercase();
    Some((v, 10f64.powi(-(decimals as i32)), suffix))
}

/// "seven" → 7; "two-year-old" → (2, "year-old"); "twenty-five-mile" → (25, "mile").
fn word_figure(w: &str) -> Option<(f64, String)> {
    if let Some(v) = word_number(w) {
        return Some((v, String::new()));
    }
    let parts: Vec<&str> = w.split('-').collect();
    if parts.len() >= 3
        && let Some(v) = word_number(&format!("{}-{}", parts[0], parts[1]))
    {
        return Some((v, parts[2..].join("-")));
    }
    if parts.len() >= 2
        && let Some(v) = word_number(parts[0])
    {
        return Some((v, parts[1..].join("-")));
    }
    None
}

/// Vague quantity words → interval (and how many tokens they take).
fn vague(t: &[Tok], i: usize) -> Option<(usize, Interval)> {
    let w = |k: usize| t.get(i + k).map_or("", |x| x.lo.as_str());
    let iv = |lo: f64, hi: f64| Interval {
        lo,
        hi: Some(hi),
        lo_open: false,
        hi_open: false,
    };
    Some(match (w(0), w(1), w(2)) {
        ("tens", "of", "thousands") => (3, iv(20_000.0, 99_999.0)),
        ("hundreds", "of", "thousands") => (3, iv(200_000.0, 999_999.0)),
        ("dozens", _, _) => (1, iv(24.0, 99.0)),
        ("scores", _, _) => (1, iv(40.0, 199.0)),
        ("hundreds", _, _) => (1, iv(200.0, 999.0)),
        ("thousands", _, _) => (1, iv(2000.0, 9999.0)),
        ("millions", _, _) => (1, iv(2e6, 9.99e6)),
        ("several", _, _) => (1, iv(3.0, 9.0)),
        ("a", "few", _) => (2, iv(2.0, 5.0)),
        ("a", "handful", _) => (2, iv(2.0, 6.0)),
        ("a", "couple", _) => (2, iv(2.0, 2.0)),
        ("a", "dozen", _) | ("one", "dozen", _) => (2, iv(12.0, 12.0)),
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Qual {
    None,
    Above,
    AtLeast,
    About,
    Nearly,
    UpTo,
    Below,
}

fn qualifier(t: &[Tok], i: usize) -> (usize, Qual) {
    let w = |k: usize| t.get(i + k).map_or("", |x| x.lo.as_str());
    match (w(0), w(1), w(2)) {
        ("more" | "greater" | "higher", "than", _) => (2, Qual::Above),
        ("upwards" | "excess", "of", _) => (2, Qual::Above),
        ("in", "excess", "of") => (3, Qual::Above),
        ("just", "over" | "above", _) => (2, Qual::Above),
        ("over" | "above" | "exceeding", _, _) => (1, Qual::Above),
        ("at", "least", _) => (2, Qual::AtLeast),
        ("no", "fewer" | "less", "than") => (3, Qual::AtLeast),
        ("a", "minimum", "of") => (3, Qual::AtLeast),
        ("an", "estimated", _) => (2, Qual::About),
        (
            "about" | "around" | "approximately" | "roughly" | "some" | "estimated" | "approx",
            _,
            _,
        ) => (1, Qual::About),
        ("nearly" | "almost" | "approaching", _, _) => (1, Qual::Nearly),
        ("close", "to", _) | ("just", "under" | "below", _) => (2, Qual::Nearly),
        ("up", "to", _) | ("as", "many", "as") => (if w(1) == "to" { 2 } else { 3 }, Qual::UpTo),
        ("at", "most", _) => (2, Qual::UpTo),
        ("no", "more", "than") => (3, Qual::UpTo),
        ("fewer" | "less", "than", _) => (2, Qual::Below),
        ("under" | "below", _, _) => (1, Qual::Below),
        _ => (0, Qual::None),
    }
}

/// The figure starting at token `i` (qualifier included), if any.
pub fn figure_at(t: &[Tok], i: usize) -> Option<Figure> {
    let (q, qual) = qualifier(t, i);
    let j = i + q;
    let (mut end, mut value, mut step, suffix, vague_word) = if let Some((n, iv)) = vague(t, j) {
        (j + n, iv, 0.0, String::new(), true)
    } else {
        let tok = t.get(j)?;
        if let Some((v, st, suf)) = digits(&tok.lo) {
            // "2.1bn", "5m": the suffix may be a multiplier.
            let (v, st, suf) = match multiplier(suf.as_str()) {
                Some(m) if !suf.is_empty() => (v * m, st * m, String::new()),
                _ => (v, st, suf),
            };
            (j + 1, Interval::exact(v), st, suf, false)
        } else if let Some((v, suf)) = word_figure(&tok.lo) {
            (j + 1, Interval::exact(v), 1.0, suf, false)
        } else {
            return None;
        }
    };
    // "two hundred", "1.5 million", "a dozen" handled above; "two dozen".
    if !vague_word
        && suffix.is_empty()
        && let Some(nx) = t.get(end)
    {
        // A lone "m", "b" or "k" after a space is a unit or a letter, not a multiplier.
        if let Some(m) = multiplier(&nx.lo).filter(|_| nx.lo.len() > 1) {
            value = value.scale(m);
            step *= m;
            end += 1;
        } else if nx.lo == "dozen" {
            value = value.scale(12.0);
            step *= 12.0;
            end += 1;
        }
    }
    let x = value.lo;
    let hedged = vague_word || qual != Qual::None;
    value = match qual {
        Qual::None => value,
        Qual::Above => Interval {
            lo: x,
            hi: None,
            lo_open: true,
            hi_open: false,
        },
        Qual::AtLeast => Interval {
            lo: x,
            hi: None,
            lo_open: false,
            hi_open: false,
        },
        Qual::About => {
            let hi = value.hi.unwrap_or(x);
            Interval {
                lo: x * 0.95,
                hi: Some(hi * 1.05),
                lo_open: false,
                hi_open: false,
            }
        }
        Qual::Nearly => Interval {
            lo: x * 0.9,
            hi: Some(x),
            lo_open: false,
            hi_open: true,
        },
        Qual::UpTo => Interval {
            lo: 0.0,
            hi: value.hi,
            lo_open: false,
            hi_open: false,
        },
        Qual::Below => Interval {
            lo: 0.0,
            hi: Some(x),
            lo_open: false,
            hi_open: true,
        },
    };
    if qual != Qual::None {
        step = 0.0;
    }
    Some(Figure {
        start: i,
        end,
        value,
        step,
        suffix,
        hedged,
    })
}

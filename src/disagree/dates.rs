//! Dates as values: "March 15", "15 March 2021", "the 11th of November", "Nov. 11",
//! weekdays, "yesterday", "last month", resolved against the article's own date when it
//! is known, with what each date is the date *of*: a deadline ("by", "until"), a start
//! ("from", "effective") or the nearest word of its clause ("struck on Tuesday").

use serde::{Deserialize, Serialize};

use super::text::{Tok, is_stop, month, stem, weekday};

/// A calendar date, as precise as the text: any part may be unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Day {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
    /// 0 = Monday; given when the text names only the weekday and no article date resolves it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u32>,
}

/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((yoe + era * 400 + i64::from(m <= 2)) as i32, m, d)
}

fn weekday_of(y: i32, m: u32, d: u32) -> u32 {
    (days_from_civil(y, m, d) + 3).rem_euclid(7) as u32
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && civil_from_days(days_from_civil(y, m, d)) == (y, m, d)
}

impl Day {
    /// Two readings that could name the same day.
    pub fn compatible(&self, o: &Day) -> bool {
        let eq = |a: Option<u32>, b: Option<u32>| a.is_none() || b.is_none() || a == b;
        if !(eq(self.month, o.month) && eq(self.day, o.day)) {
            return false;
        }
        if let (Some(a), Some(b)) = (self.year, o.year)
            && a != b
        {
            return false;
        }
        let wd = |x: &Day| {
            x.weekday.or_else(|| match (x.year, x.month, x.day) {
                (Some(y), Some(m), Some(d)) => Some(weekday_of(y, m, d)),
                _ => None,
            })
        };
        eq(wd(self), wd(o))
    }
}

/// An article's published date, as metadata gives it: ISO 8601 ("2021-02-10T08:00Z"),
/// "February 10, 2021", "10 Feb 2021", "May 03,2013", or "05/02/2013" (month first).
pub fn parse_published(s: &str) -> Option<(i32, u32, u32)> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        // `get`: a byte that is not ASCII may sit anywhere in metadata.
        let (y, m, d) = (
            s.get(..4)?.parse().ok()?,
            s.get(5..7)?.parse().ok()?,
            s.get(8..10)?.parse().ok()?,
        );
        return valid(y, m, d).then_some((y, m, d));
    }
    let parts: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/' || c == '-')
        .filter(|p| !p.is_empty())
        .collect();
    let num = |p: &str| {
        p.trim_end_matches(|c: char| c.is_alphabetic())
            .parse::<u32>()
            .ok()
    };
    for w in parts.windows(3) {
        let lw: Vec<String> = w.iter().map(|x| x.to_lowercase()).collect();
        let cand = if let Some(m) = month(&lw[0]) {
            num(w[1])
                .zip(w[2].parse::<i32>().ok())
                .map(|(d, y)| (y, m, d))
        } else if let Some(m) = month(&lw[1]) {
            num(w[0])
                .zip(w[2].parse::<i32>().ok())
                .map(|(d, y)| (y, m, d))
        } else if w.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) && w[2].len() == 4 {
            Some((w[2].parse().ok()?, num(w[0])?, num(w[1])?))
        } else {
            None
        };
        if let Some((y, m, d)) = cand.filter(|&(y, m, d)| valid(y, m, d)) {
            return Some((y, m, d));
        }
    }
    None
}

/// One date found in a passage.
#[derive(Clone, Debug)]
pub struct DateMention {
    pub about: String,
    pub key: String,
    pub span: std::ops::Range<usize>,
    pub value: Day,
    /// Content words of the passage (prefixes), for telling whether two deadlines are
    /// about the same thing.
    pub topic: Vec<String>,
}

fn day_num(w: &str) -> Option<u32> {
    let d = w
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    d.parse::<u32>()
        .ok()
        .filter(|d| (1..=31).contains(d) && w.len() <= 4)
}

fn year_num(w: &str) -> Option<i32> {
    (w.len() == 4)
        .then(|| w.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1800..=2100).contains(y))
}

/// Words that make the date that follows a deadline ("by 11 November", "no later than").
const DEADLINE: &[&str] = &["by", "until", "till", "before", "deadline"];

/// Words that make the date that follows a start ("from March 15", "effective 1 May"): the
/// day something begins is not the day it must be done by, so the two never compare.
const START: &[&str] = &["from", "starting", "effective", "beginning", "effect"];

/// Dates of one passage.
pub fn extract(t: &[Tok], published: Option<(i32, u32, u32)>) -> Vec<DateMention> {
    let w = |k: usize| t.get(k).map_or("", |x| x.lo.as_str());
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let mut found: Option<(usize, usize, Day)> = None;
        // Month day[, year]
        if let Some(m) = month(w(i)).filter(|_| t[i].capital()) {
            let mut k = i + 1;
            if w(k) == "." {
                k += 1;
            }
            if let Some(d) = day_num(w(k)) {
                let mut e = k + 1;
                let mut y = None;
                if w(e) == "," && year_num(w(e + 1)).is_some() {
                    y = year_num(w(e + 1));
                    e += 2;
                } else if let Some(yy) = year_num(w(e)) {
                    y = Some(yy);
                    e += 1;
                }
                found = Some((
                    i,
                    e,
                    Day {
                        year: y,
                        month: Some(m),
                        day: Some(d),
                        weekday: None,
                    },
                ));
            } else if matches!(
                i.checked_sub(1).map(w),
                Some("in" | "since" | "early" | "late" | "mid" | "last" | "next")
            ) && w(i) != "may"
            {
                let y = year_num(w(i + 1));
                found = Some((
                    i,
                    i + 1 + usize::from(y.is_some()),
                    Day {
                        year: y,
                        month: Some(m),
                        day: None,
                        weekday: None,
                    },
                ));
            }
        }
        // day [of] Month [year]
        if found.is_none()
            && let Some(d) = day_num(w(i))
        {
            let k = if w(i + 1) == "of" { i + 2 } else { i + 1 };
            if let Some(m) = month(w(k)).filter(|_| t.get(k).is_some_and(|x| x.capital())) {
                let y = year_num(w(k + 1));
                let e = k + 1 + usize::from(y.is_some());
                let s = if i > 0 && w(i - 1) == "the" { i - 1 } else { i };
                found = Some((
                    s,
                    e,
                    Day {
                        year: y,
                        month: Some(m),
                        day: Some(d),
                        weekday: None,
                    },
                ));
            }
        }
        // Weekdays and words relative to the article's date.
        if found.is_none() {
            if let Some(wd) = weekday(w(i)).filter(|_| t[i].capital()) {
                let s = if i > 0 && matches!(w(i - 1), "last" | "on" | "this") {
                    i - 1
                } else {
                    i
                };
                let day = match published {
                    Some((y, m, d)) => {
                        let base = days_from_civil(y, m, d);
                        let back = (i64::from(weekday_of(y, m, d)) - i64::from(wd)).rem_euclid(7);
                        let (y, m, d) = civil_from_days(base - back);
                        Day {
                            year: Some(y),
                            month: Some(m),
                            day: Some(d),
                            weekday: None,
                        }
                    }
                    None => Day {
                        weekday: Some(wd),
                        ..Day::default()
                    },
                };
                found = Some((s, i + 1, day));
            } else if let Some((y, m, d)) = published {
                let base = days_from_civil(y, m, d);
                let rel = match (w(i), w(i + 1)) {
                    ("yesterday", _) => Some((1, -1)),
                    ("today", _) => Some((1, 0)),
                    ("last", "month") => {
                        let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                        found = Some((
                            i,
                            i + 2,
                            Day {
                                year: Some(py),
                                month: Some(pm),
                                day: None,
                                weekday: None,
                            },
                        ));
                        None
                    }
                    _ => None,
                };
                if let Some((n, off)) = rel {
                    let (y, m, d) = civil_from_days(base + off);
                    found = Some((
                        i,
                        i + n,
                        Day {
                            year: Some(y),
                            month: Some(m),
                            day: Some(d),
                            weekday: None,
                        },
                    ));
                }
            }
        }
        let Some((s, e, mut day)) = found else {
            i += 1;
            continue;
        };
        // A month and day without a year: the article's year.
        if day.year.is_none()
            && day.month.is_some()
            && let Some((y, _, _)) = published
        {
            day.year = Some(y);
        }
        if let Some(m) = anchor(t, s, e) {
            out.push(DateMention {
                key: format!("date|{}", m.1),
                about: m.0,
                span: t[s].start..t[e - 1].end,
                value: day,
                topic: topic(t),
            });
        }
        i = e;
    }
    out
}

/// What the date is the date of: ("deadline", "deadline") after "by"/"until", ("start",
/// "start") after "from"/"effective", else the
/// nearest content word of its clause (as written, and stemmed for the key).
fn anchor(t: &[Tok], s: usize, e: usize) -> Option<(String, String)> {
    let mut k = s;
    while k > 0 && t[k - 1].is_any(&["the", "on"]) {
        k -= 1;
    }
    let p = |j: usize| if k >= j { t[k - j].lo.as_str() } else { "" };
    if DEADLINE.contains(&p(1)) || (p(1) == "than" && p(2) == "later") {
        return Some(("deadline".into(), "deadline".into()));
    }
    if START.contains(&p(1)) || (p(1) == "of" && p(2) == "as") {
        return Some(("start".into(), "start".into()));
    }
    // The day something was said is the reporting, not a fact of the story.
    let found = |x: &Tok| {
        (!x.is_any(&[
            "said",
            "says",
            "told",
            "announced",
            "reported",
            "confirmed",
            "stated",
            "added",
            "wrote",
            "tweeted",
            "declared",
            "say",
        ]))
        .then(|| (x.lo.clone(), stem(&x.lo)))
    };
    let skip = |x: &Tok| {
        !x.word()
            || is_stop(&x.lo)
            || month(&x.lo).is_some()
            || weekday(&x.lo).is_some()
            || x.starts_digit()
            || x.is_any(&[
                "morning",
                "afternoon",
                "evening",
                "night",
                "early",
                "late",
                "midnight",
                "noon",
                "local",
                "time",
                "am",
                "pm",
                "yesterday",
                "today",
            ])
            || x.capital()
    };
    let mut k = s;
    let mut n = 0;
    while k > 0 && n < 6 {
        k -= 1;
        n += 1;
        if t[k].clause_break() {
            break;
        }
        if !skip(&t[k]) {
            return found(&t[k]);
        }
    }
    let mut k = e;
    let mut n = 0;
    while k < t.len() && n < 6 {
        if t[k].clause_break() {
            break;
        }
        if !skip(&t[k]) {
            return found(&t[k]);
        }
        k += 1;
        n += 1;
    }
    None
}

fn topic(t: &[Tok]) -> Vec<String> {
    let mut v: Vec<String> = t
        .iter()
        .filter(|x| {
            x.word()
                && x.lo.len() >= 5
                && !is_stop(&x.lo)
                && month(&x.lo).is_none()
                && weekday(&x.lo).is_none()
                && !x.starts_digit()
        })
        .map(|x| x.lo.chars().take(5).collect())
        .collect();
    v.sort();
    v.dedup();
    v
}

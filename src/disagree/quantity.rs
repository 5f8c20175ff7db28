//! What a figure counts or measures: casualties, ages, money, percentages, magnitude,
//! depth, distance, duration, speed and counted things, each with a key naming the
//! measure *and the thing it belongs to*, so that only like is compared with like.
//!
//! The thing is read from general cues: the noun and verb the figure attaches to, a
//! person's name for an age, the place a distance is measured from, and markers of
//! another event in the same clause (a year, "last year", "previous", "another",
//! "aftershock") that move the figure to a key of its own.

use super::numbers::{Figure, Interval, figure_at};
use super::text::{Tok, is_stop, month, people_noun, role, stem, weekday};

/// One figure found in a passage.
#[derive(Clone, Debug)]
pub struct Quantity {
    /// Short label of the measure ("killed", "age", "price", "flights").
    pub about: String,
    /// The measure and the thing; only equal keys are compared.
    pub key: String,
    /// Byte range in the passage.
    pub span: std::ops::Range<usize>,
    /// In the canonical unit of the measure.
    pub value: Interval,
    /// Rounding step of the written figure, canonical unit (0 when hedged or vague).
    pub step: f64,
    /// Canonical unit ("people", "km", "min", "USD", "%").
    pub unit: String,
    /// The unit as written ("miles"): conversions between units earn a tolerance.
    pub written_unit: String,
    /// What else tells the thing apart, when the text says: the verb ("destroyed" vs
    /// "damaged"), the place ("in Marovia"), and for loosely named measures the content
    /// words of the clause (two figures are about different things if these share none).
    pub verb: String,
    pub place: String,
    pub context: Option<Vec<String>>,
}

impl Quantity {
    /// Known to be about different things, though under one key.
    pub fn different_thing(&self, o: &Quantity) -> bool {
        let differ = |a: &str, b: &str| !a.is_empty() && !b.is_empty() && a != b;
        differ(&self.verb, &o.verb)
            || differ(&self.place, &o.place)
            || matches!((&self.context, &o.context), (Some(a), Some(b)) if !a.iter().any(|w| b.contains(w)))
    }
}

/// Length, speed and time units → (dimension, factor to the canonical unit).
fn unit(w: &str) -> Option<(&'static str, f64)> {
    Some(match w.trim_end_matches('.') {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => ("km", 1.0),
        "mile" | "miles" | "mi" => ("km", 1.609_344),
        "m" | "metre" | "metres" | "meter" | "meters" => ("km", 0.001),
        "ft" | "foot" | "feet" => ("km", 0.000_304_8),
        "kph" | "kmh" | "km/h" => ("km/h", 1.0),
        "mph" => ("km/h", 1.609_344),
        "knot" | "knots" => ("km/h", 1.852),
        "second" | "seconds" | "sec" | "secs" => ("min", 1.0 / 60.0),
        "minute" | "minutes" | "min" | "mins" => ("min", 1.0),
        "hour" | "hours" | "hr" | "hrs" => ("min", 60.0),
        "day" | "days" => ("min", 1440.0),
        "week" | "weeks" => ("min", 10_080.0),
        "month" | "months" => ("min", 43_830.0),
        "year" | "years" => ("min", 525_960.0),
        "hectare" | "hectares" | "ha" => ("ha", 1.0),
        "acre" | "acres" => ("ha", 0.404_686),
        _ => return None,
    })
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "pound" | "pounds" | "sterling" | "gbp" => "GBP",
        "yuan" | "renminbi" | "cny" | "rmb" => "CNY",
        "yen" | "jpy" => "JPY",
        "rupee" | "rupees" | "inr" => "INR",
        "franc" | "francs" | "chf" => "CHF",
        "rand" => "ZAR",
        "peso" | "pesos" => "PESO",
        _ => return None,
    })
}

fn currency_sym(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        _ => return None,
    })
}

/// Casualty and enforcement words → the measure they name.
fn casualty(w: &str) -> Option<&'static str> {
    Some(match w {
        "killed" | "kill" | "killing" | "kills" | "dead" | "died" | "die" | "deaths" | "death"
        | "fatalities" | "perished" | "toll" | "drowned" | "lives" => "killed",
        "injured" | "injuring" | "injuries" | "wounded" | "wounding" | "hurt" | "hospitalised"
        | "hospitalized" => "injured",
        "missing" | "unaccounted" => "missing",
        "arrested" | "arresting" | "arrests" | "detained" | "detaining" => "arrested",
        "evacuated" | "evacuating" | "evacuees" => "evacuated",
        "displaced" | "homeless" => "displaced",
        "rescued" | "rescuing" => "rescued",
        "trapped" => "trapped",
        _ => return None,
    })
}

/// Words that may sit between a figure and its casualty word ("17 people were reportedly killed").
const AFTER_FILL: &[&str] = &[
    "were",
    "was",
    "have",
    "has",
    "had",
    "been",
    "are",
    "is",
    "be",
    "being",
    "reportedly",
    "confirmed",
    "believed",
    "feared",
    "thought",
    "presumed",
    "now",
    "already",
    "also",
    "later",
    "more",
    "other",
    "others",
    "to",
    "people",
    "persons",
    "still",
    "left",
    "remain",
    "remained",
    "remains",
    "are",
    "now",
    "all",
    "as",
    "listed",
    "reported",
    "officially",
];
/// Words that may sit between a casualty word and a later figure ("the toll rose to 17").
const BEFORE_FILL: &[&str] = &[
    "at", "to", "rose", "risen", "climbed", "jumped", "reached", "stood", "stands", "is", "was",
    "has", "had", "now", "hit", "of", "the", "toll", "death", "killing", "leaving", "left",
];

fn money_cue(w: &str) -> Option<&'static str> {
    Some(match w {
        "deal" | "acquisition" | "acquire" | "acquires" | "acquired" | "acquiring" | "buy"
        | "buys" | "bought" | "sells" | "pays" | "buying" | "purchase" | "purchased"
        | "takeover" | "bid" | "offer" | "price" | "paid" | "pay" | "paying" | "valued"
        | "valuing" | "worth" | "sold" | "sell" | "selling" | "merger" | "transaction" => "price",
        "fine" | "fined" | "penalty" | "penalties" => "fine",
        "damages" | "compensation" | "settlement" | "settle" | "settled" | "awarded" => "damages",
        "bail" | "bond" => "bail",
        "revenue" | "revenues" | "sales" | "turnover" => "revenue",
        "profit" | "profits" | "earnings" | "income" => "profit",
        "loss" | "losses" => "loss",
        "cost" | "costs" | "damage" => "cost",
        "aid" | "donation" | "donated" | "pledged" | "pledge" | "grant" => "aid",
        "reward" => "reward",
        "ransom" => "ransom",
        "salary" | "wage" | "wages" | "pay-out" | "payout" => "salary",
        "budget" => "budget",
        "debt" | "debts" | "loan" | "loans" => "debt",
        "investment" | "investments" | "invest" | "invested" => "investment",
        "prize" | "award" => "prize",
        _ => return None,
    })
}

fn is_year(f: &Figure, t: &[Tok]) -> bool {
    let tok = &t[f.start];
    f.end == f.start + 1
        && tok.lo.len() == 4
        && tok.lo.chars().all(|c| c.is_ascii_digit())
        && (1800.0..=2100.0).contains(&f.value.lo)
}

/// Token range of the clause holding token `i`: bounded by clause punctuation, commas and
/// relative words that open another clause ("when", "which").
fn clause(t: &[Tok], i: usize) -> (usize, usize) {
    let stop = |k: usize| {
        t[k].clause_break()
            || t[k].s == ","
            || t[k].is_any(&["when", "which", "while", "whereas", "but"])
    };
    let mut a = i;
    while a > 0 && !stop(a - 1) {
        a -= 1;
    }
    let mut b = i;
    while b + 1 < t.len() && !stop(b + 1) {
        b += 1;
    }
    (a, b + 1)
}

/// "y1999", "other", "aftershock" or "" (this event), from the figure's clause and a
/// sentence-opening "In 1999," / "Last year,".
fn marker(t: &[Tok], i: usize, article_year: Option<i32>) -> String {
    let (a, b) = clause(t, i);
    let mut ranges = vec![(a, b)];
    // "the 1999 floods, which killed 300": a relative clause is about the noun before it.
    if a >= 2 && t[a - 1].is_any(&["which", "when", "who"]) {
        let (pa, _) = clause(t, a - 2);
        ranges.push((pa, a - 1));
    }
    if let Some(c) = t
        .iter()
        .position(|x| x.s == ",")
        .filter(|&c| c < a && c <= 4)
    {
        ranges.push((0, c));
    }
    for (a, b) in ranges {
        for k in a..b {
            let w = t[k].lo.as_str();
            let prev = if k > 0 { t[k - 1].lo.as_str() } else { "" };
            let next = t.get(k + 1).map_or("", |x| x.lo.as_str());
            if w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) {
                let y: i32 = w.parse().unwrap_or(0);
                let in_date =
                    month(prev).is_some() || prev.chars().all(|c| c.is_ascii_digit() || c == ',');
                if (1800..=2100).contains(&y) && !in_date && Some(y) != article_year && k != i {
                    return format!("y{y}");
                }
            }
            // "in February" with no day: another, earlier event's month.
            if w == "in"
                && month(next).is_some()
                && next != "may"
                && t.get(k + 2).is_none_or(|x| !x.starts_digit())
            {
                return "other".into();
            }
            if w.starts_with("aftershock") {
                return "aftershock".into();
            }
            if matches!(
                w,
                "previous" | "previously" | "another" | "ago" | "prior" | "former"
            ) || (w == "last" && matches!(next, "year" | "decade" | "century"))
                || (w == "this" && next == "year")
                || (matches!(w, "earlier" | "similar") && matches!(prev, "an" | "the" | "a"))
            {
                return "other".into();
            }
        }
    }
    String::new()
}

fn is_name(t: &[Tok], k: usize) -> bool {
    let x = &t[k];
    if !x.capital()
        || x.s.len() < 2
        || is_stop(&x.lo)
        || month(&x.lo).is_some()
        || weekday(&x.lo).is_some()
    {
        return false;
    }
    if matches!(
        x.lo.trim_end_matches("'s"),
        "police"
            | "officials"
            | "authorities"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "president"
            | "judge"
            | "officers"
    ) {
        return false;
    }
    // A capital at the start of the sentence is a name when another follows it, or when
    // the word is rare in general English ("Okafor", not "Airlines").
    k > 0 && !t[k - 1].clause_break()
        || t.get(k + 1).is_some_and(|n| n.capital())
        || crate::wordfreq::zipf(&x.lo).is_none()
}

/// The last word of the nearest personal or place name in the clause of token `i`.
fn nearest_name(t: &[Tok], i: usize, before_only: bool) -> Option<String> {
    let (a, b) = clause(t, i);
    let name_at = |k: usize| {
        let mut e = k;
        while e + 1 < b && t[e + 1].capital() {
            e += 1;
        }
        t[e].lo.trim_end_matches("'s").to_string()
    };
    for k in (a..i).rev() {
        if is_name(t, k) {
            return Some(name_at(k));
        }
    }
    if before_only {
        return None;
    }
    (i + 1..b).find(|&k| is_name(t, k)).map(name_at)
}

fn plural_noun(w: &str) -> bool {
    w.chars().all(|c| c.is_alphabetic())
        && (matches!(
            w,
            "people"
                | "children"
                | "men"
                | "women"
                | "police"
                | "cattle"
                | "staff"
                | "personnel"
                | "crew"
                | "livestock"
        ) || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")))
        && !is_stop(w)
        && unit(w).is_none()
        && currency_word(w).is_none()
        && !matches!(
            w,
            "times" | "was" | "has" | "is" | "percent" | "years" | "its" | "this" | "thus" | "ones"
        )
}

fn participle(w: &str) -> bool {
    w.chars().all(|c| c.is_alphabetic())
        && (w.ends_with("ed")
            || matches!(
                w,
                "cut"
                    | "lost"
                    | "sold"
                    | "shut"
                    | "built"
                    | "hit"
                    | "left"
                    | "held"
                    | "taken"
                    | "shot"
                    | "struck"
                    | "made"
                    | "set"
            ))
}

/// All figures of one passage.
pub fn extract(t: &[Tok], article_year: Option<i32>) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match read(t, i, article_year) {
            Some((q, next)) => {
                out.push(q);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

fn read(t: &[Tok], i: usize, article_year: Option<i32>) -> Option<(Quantity, usize)> {
    let w = |k: usize| t.get(k).map_or("", |x| x.lo.as_str());
    // Currency before the figure: "$", "US$", "€", "USD".
    let (cur, fstart) = if let Some(c) = currency_sym(&t[i].lo) {
        (Some(c), i + 1)
    } else if t[i].is_any(&["us", "a", "c", "hk", "nz", "s"])
        && t.get(i + 1)
            .is_some_and(|x| x.s == "$" && x.start == t[i].end)
    {
        (Some(if t[i].lo == "us" { "USD" } else { "XD" }), i + 2)
    } else if let Some(c) =
        currency_word(&t[i].lo).filter(|_| t[i].s.chars().all(|c| c.is_ascii_uppercase()))
    {
        (Some(c), i + 1)
    } else {
        (None, i)
    };
    // "a woman was killed": an article before a person counts one.
    if cur.is_none() && t[i].is_any(&["a", "an"]) {
        let n = w(i + 1);
        if matches!(
            n,
            "man"
                | "woman"
                | "child"
                | "boy"
                | "girl"
                | "baby"
                | "teenager"
                | "person"
                | "toddler"
                | "pedestrian"
                | "resident"
                | "passenger"
                | "worker"
        ) && let Some((about, _)) = casualty_after(t, i + 2)
        {
            let thing = marker(t, i, article_year);
            return Some((
                Quantity {
                    about: about.into(),
                    key: format!("{about}|people|{thing}"),
                    span: t[i].start..t[i + 1].end,
                    value: Interval::exact(1.0),
                    step: 1.0,
                    unit: "people".into(),
                    written_unit: String::new(),
                    verb: String::new(),
                    place: place(t, i),
                    context: None,
                },
                i + 2,
            ));
        }
        return None;
    }
    // "magnitude-6.9" is one token.
    if let Some(rest) = t[i].lo.strip_prefix("magnitude-") {
        let (v, step, _) = super::numbers::digits(rest)?;
        let q = Quantity {
            about: "magnitude".into(),
            key: format!("magnitude||{}", marker(t, i, article_year)),
            span: t[i].start..t[i].end,
            value: Interval::exact(v),
            step,
            unit: String::new(),
            written_unit: String::new(),
            verb: String::new(),
            place: String::new(),
            context: None,
        };
        return Some((q, i + 1));
    }
    let f = figure_at(t, fstart)?;
    // "two of the three victims": the three is the whole a part is taken from.
    if f.start >= 2 && t[f.start - 1].is_any(&["the", "its", "their"]) && t[f.start - 2].is("of") {
        return None;
    }
    if cur.is_none() && is_year(&f, t) {
        return None;
    }
    // Parts of dates, times, names and codes are not quantities.
    let prevw = if f.start > 0 { w(f.start - 1) } else { "" };
    let nextw = w(f.end);
    // "4 1/2", "41/2": parts of fractions and dates written with slashes.
    let glued_slash =
        f.start > 0 && t[f.start - 1].s == "/" && t[f.start - 1].end == t[f.start].start;
    let glued_time = glued_slash
        || t.get(f.end).is_some_and(|x| {
            x.start == t[f.end - 1].end
                && (x.s == ":" || x.s == "/" && t.get(f.end + 1).is_some_and(|y| y.starts_digit()))
        });
    // "Flight 370", "Route 66"; a capital opening the sentence ("Magnitude 5.8") is not a name.
    let code = f.start > 0
        && t[f.start - 1].capital()
        && t[f.start - 1].word()
        && f.start >= 2
        && !t[f.start - 2].clause_break();
    if cur.is_none()
        && (month(prevw).is_some()
            || month(nextw).is_some()
            || matches!(nextw, "am" | "pm" | "a.m" | "p.m" | "gmt" | "utc")
            || glued_time
            || code)
    {
        return None;
    }
    let mk = |about: &str,
              thing: String,
              end_tok: usize,
              value: Interval,
              step: f64,
              unit: &str,
              written: &str| {
        let start = t[i].start;
        let end = t[end_tok.max(f.end) - 1].end;
        let marker = marker(t, f.start, article_year);
        (
            Quantity {
                about: about.to_string(),
                key: format!("{about}|{thing}|{marker}"),
                span: start..end,
                value,
                step,
                unit: unit.to_string(),
                written_unit: written.to_string(),
                verb: String::new(),
                place: String::new(),
                context: None,
            },
            end_tok.max(f.end),
        )
    };
    let with = |(mut q, e): (Quantity, usize),
                verb: String,
                place: String,
                context: Option<Vec<String>>| {
        q.verb = verb;
        q.place = place;
        q.context = context;
        (q, e)
    };
    let mut end = f.end;
    // Money.
    let mut cur = cur;
    if cur.is_none()
        && let Some(c) = currency_word(&f.suffix).or_else(|| currency_word(nextw))
    {
        cur = Some(c);
        if currency_word(&f.suffix).is_none() {
            end += 1;
        }
    }
    if let Some(c) = cur {
        let (mut value, mut step) = (f.value.clone(), f.step);
        // "$5m" read as metres by the suffix rule: with a currency it is a million.
        if let Some(m) = super::numbers::multiplier(&f.suffix).filter(|_| !f.suffix.is_empty()) {
            value = value.scale(m);
            step *= m;
        }
        let (a, b) = clause(t, f.start);
        let cue = (a..b)
            .filter_map(|k| {
                // "pay", "worth" say little about what the money is: a nearer specific word wins.
                let generic = t[k].is_any(&["pay", "paid", "paying", "pays", "worth", "valued"]);
                money_cue(&t[k].lo).map(|c| (k.abs_diff(f.start) + if generic { 3 } else { 0 }, c))
            })
            .min()
            .map(|x| x.1);
        // An amount whose purpose the clause does not say is not compared.
        let cue = cue?;
        // "$1.6 billion in cash" is a part of "$2.1 billion in cash and stock".
        let part = if w(end) == "in"
            && matches!(w(end + 1), "cash" | "stock" | "shares")
            && w(end + 2) != "and"
        {
            w(end + 1).to_string()
        } else {
            "total".into()
        };
        return Some(mk(cue, format!("{c}|{part}"), end, value, step, c, c));
    }
    // Percentages.
    if nextw == "%"
        || nextw == "percent"
        || (nextw == "per" && w(f.end + 1) == "cent")
        || f.suffix == "%"
        || f.suffix == "percent"
    {
        end = if nextw == "per" {
            f.end + 2
        } else if f.suffix.is_empty() {
            f.end + 1
        } else {
            f.end
        };
        let mut k = end;
        if w(k) == "of" {
            k += 1;
            while matches!(w(k), "the" | "its" | "their" | "his" | "her" | "all") {
                k += 1;
            }
            if t.get(k).is_some_and(|x| x.word()) {
                let name = nearest_name(t, f.start, true).unwrap_or_default();
                return Some(mk(
                    "percent",
                    format!("{}|{name}", stem(w(k))),
                    end,
                    f.value.clone(),
                    f.step,
                    "%",
                    "%",
                ));
            }
        }
        // What rose or stood at the figure: the clause's content words before it.
        let ctx = context(t, f.start, f.end);
        if ctx.is_empty() {
            return None;
        }
        let name = nearest_name(t, f.start, true).unwrap_or_default();
        return Some(with(
            mk(
                "percent",
                format!("|{name}"),
                end,
                f.value.clone(),
                f.step,
                "%",
                "%",
            ),
            String::new(),
            String::new(),
            Some(ctx),
        ));
    }
    // Ages.
    let age_word = f.suffix.starts_with("year-old")
        || f.suffix.starts_with("years-old")
        || (matches!(nextw, "year" | "years") && w(f.end + 1) == "old")
        || nextw == "year-old";
    let aged = matches!(prevw, "aged" | "age");
    if (age_word || aged || is_name_age(t, &f)) && (0.0..=120.0).contains(&f.value.lo) {
        if age_word && !f.suffix.is_empty() {
            end = f.end;
        } else if nextw == "year-old" {
            end = f.end + 1;
        } else if age_word {
            end = f.end + 2;
        }
        let person = if is_name_age(t, &f) {
            t[f.start - 2].lo.trim_end_matches("'s").to_string()
        } else if let Some(n) = nearest_name(t, f.start, false) {
            n
        } else {
            let noun = f
                .suffix
                .split('-')
                .nth(2)
                .map(str::to_string)
                .unwrap_or_else(|| w(end).to_string());
            let near_role = (f.start.saturating_sub(6)..(end + 6).min(t.len()))
                .filter_map(|k| role(&t[k].lo).map(|r| (k.abs_diff(f.start), r)))
                .min()
                .map(|x| x.1);
            role(&noun).or(near_role).map_or("person".to_string(), |r| {
                if r == "person" {
                    r.to_string()
                } else {
                    format!("r:{r}")
                }
            })
        };
        return Some(mk(
            "age",
            person,
            end,
            f.value.clone(),
            f.step,
            "years",
            "years",
        ));
    }
    // Magnitude.
    let near = |words: &[&str], back: usize, fwd: usize| {
        (f.start.saturating_sub(back)..(f.end + fwd).min(t.len()))
            .any(|k| words.iter().any(|x| t[k].lo.starts_with(x)))
    };
    if (f.suffix.starts_with("magnitude") || near(&["magnitude", "richter"], 3, 3) || prevw == "m")
        && f.value.lo < 11.0
    {
        return Some(mk(
            "magnitude",
            String::new(),
            end,
            f.value.clone(),
            f.step,
            "",
            "",
        ));
    }
    // Units of length, speed, time.
    let (uname, uend) = if !f.suffix.is_empty() {
        (f.suffix.split('-').next().unwrap_or("").to_string(), f.end)
    } else if matches!(w(f.end + 1), "per" | "an" | "/")
        && matches!(w(f.end + 2), "hour" | "h")
        && unit(nextw).is_some_and(|u| u.0 == "km")
    {
        (
            format!(
                "{}/h",
                if unit(nextw).is_some_and(|u| u.1 > 1.0) {
                    "mph"
                } else {
                    "km"
                }
            ),
            f.end + 3,
        )
    } else {
        (nextw.to_string(), f.end + 1)
    };
    let uname = if uname == "mph/h" {
        "mph".to_string()
    } else {
        uname
    };
    if let Some((dim, factor)) = unit(&uname) {
        end = uend;
        let value = f.value.scale(factor);
        let step = f.step * factor;
        // "a 90-minute standoff", "a 12-mile stretch": the noun after a hyphenated figure.
        let hyphenated =
            t[f.end - 1].s.contains('-') || t.get(f.end).is_some_and(|x| x.lo.contains('-'));
        let hyphen_noun = if !hyphenated {
            None
        } else if let Some(n) = uname_tail(&f.suffix).or_else(|| uname_tail(nextw)) {
            Some(n)
        } else {
            t.get(end)
                .filter(|x| x.word() && !is_stop(&x.lo))
                .map(|x| x.lo.clone())
        }
        .filter(|n| {
            !matches!(
                n.as_str(),
                "long" | "old" | "wide" | "high" | "deep" | "year-old"
            )
        });
        match dim {
            "km" => {
                if near(&["depth"], 4, 0)
                    || matches!(
                        w(end),
                        "deep" | "below" | "beneath" | "underground" | "down"
                    )
                {
                    return Some(mk("depth", String::new(), end, value, step, "km", &uname));
                }
                // Measured from a place: "120 km north of Capital".
                let mut k = end;
                // A conversion in brackets: "40 km (25 miles) north of".
                if t.get(k).is_some_and(|x| x.s == "(")
                    && let Some(c) = (k..(k + 5).min(t.len())).find(|&c| t[c].s == ")")
                {
                    k = c + 1;
                }
                while k < t.len()
                    && k < end + 6
                    && (t[k].lo.contains("north")
                        || t[k].lo.contains("south")
                        || t[k].lo.contains("east")
                        || t[k].lo.contains("west")
                        || t[k].is_any(&[
                            "away", "outside", "off", "the", "-", "(", ")", "inland", "offshore",
                            "due", "short", "about", "some", "roughly", "around", "just",
                        ]))
                {
                    k += 1;
                }
                if t.get(k).is_some_and(|x| x.is_any(&["of", "from"])) {
                    let mut p = k + 1;
                    while t
                        .get(p)
                        .is_some_and(|x| x.is_any(&["the", "downtown", "central"]))
                    {
                        p += 1;
                    }
                    if t.get(p).is_some_and(|x| x.capital()) {
                        let mut e = p;
                        while t.get(e + 1).is_some_and(|x| x.capital()) {
                            e += 1;
                        }
                        // What lies there: the building, or a motorist seen there, are two
                        // things; told apart by the sentence's words before the figure.
                        let before: Vec<String> = {
                            let mut v: Vec<String> = t[..f.start]
                                .iter()
                                .filter(|x| {
                                    x.word()
                                        && !is_stop(&x.lo)
                                        && !x.starts_digit()
                                        && x.lo.len() > 2
                                })
                                .map(|x| stem(&x.lo))
                                .collect();
                            v.sort();
                            v.dedup();
                            v
                        };
                        let place = t[e].lo.trim_end_matches("'s").to_string();
                        let q = mk("distance", place, end, value, step, "km", &uname);
                        return Some(with(
                            q,
                            String::new(),
                            String::new(),
                            (!before.is_empty()).then_some(before),
                        ));
                    }
                }
                let noun = hyphen_noun?;
                return Some(mk("distance", stem(&noun), end, value, step, "km", &uname));
            }
            "ha" => {
                return Some(mk("area", String::new(), end, value, step, "ha", &uname));
            }
            "km/h" => {
                let wind = near(&["wind", "gust"], 6, 3);
                return Some(mk(
                    "speed",
                    if wind { "wind".into() } else { String::new() },
                    end,
                    value,
                    step,
                    "km/h",
                    &uname,
                ));
            }
            _ => {
                let lasted =
                    i > 0 && t[i - 1].is_any(&["lasted", "lasting", "lasts", "took", "last"]);
                if !lasted
                    && matches!(
                        w(end),
                        "ago" | "later" | "earlier" | "after" | "before" | "old" | "since" | "into"
                    )
                    || matches!(
                        prevw,
                        "past"
                            | "last"
                            | "next"
                            | "previous"
                            | "within"
                            | "first"
                            | "coming"
                            | "recent"
                            | "every"
                            | "each"
                    )
                {
                    return None;
                }
                let (a, b) = clause(t, f.start);
                if (a..b).any(|k| {
                    t[k].is_any(&[
                        "sentenced",
                        "jail",
                        "jailed",
                        "prison",
                        "imprisonment",
                        "imprisoned",
                        "sentence",
                    ])
                }) {
                    // Time served is not the sentence handed down.
                    let served =
                        (a..b).any(|k| t[k].is_any(&["served", "serving", "serve", "serves"]));
                    let verb = if served { "serve" } else { "sentence" };
                    let q = mk("sentence", String::new(), end, value, step, "min", &uname);
                    return Some(with(q, verb.into(), String::new(), None));
                }
                if let Some(n) = hyphen_noun {
                    return Some(mk("duration", stem(&n), end, value, step, "min", &uname));
                }
                // "six hours of deliberation".
                if w(end) == "of" && t.get(end + 1).is_some_and(|x| x.word() && !is_stop(&x.lo)) {
                    return Some(mk(
                        "duration",
                        stem(w(end + 1)),
                        end,
                        value,
                        step,
                        "min",
                        &uname,
                    ));
                }
                let mut k = i;
                while k > a
                    && t[k - 1].is_any(&[
                        "for", "about", "nearly", "some", "around", "over", "more", "than",
                        "almost", "at", "least", "the",
                    ])
                {
                    k -= 1;
                }
                if k > a && t[k - 1].is_any(&["lasted", "lasting", "lasts", "took", "last"]) {
                    // "The siege lasted three hours": the thing is the subject.
                    let subj = (a..k - 1).rev().find(|&j| {
                        t[j].word() && !is_stop(&t[j].lo) && !t[j].capital() && !t[j].starts_digit()
                    })?;
                    return Some(mk(
                        "duration",
                        stem(&t[subj].lo),
                        end,
                        value,
                        step,
                        "min",
                        &uname,
                    ));
                }
                if k > a
                    && t[k - 1].word()
                    && !is_stop(&t[k - 1].lo)
                    && !t[k - 1].capital()
                    && !t[k - 1].starts_digit()
                    && k < i + 1
                    && t[k].is("for")
                {
                    // "trapped for two days", "deliberated for 11 hours".
                    return Some(mk(
                        "duration",
                        stem(&t[k - 1].lo),
                        end,
                        value,
                        step,
                        "min",
                        &uname,
                    ));
                }
                return None;
            }
        }
    }
    if !f.suffix.is_empty() {
        return None;
    }
    // Casualties: "17 people were killed", "killing 17", "the toll rose to 17".
    let after = casualty_after(t, f.end);
    let before = || {
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < 5 {
            k -= 1;
            steps += 1;
            if let Some(c) = casualty(&t[k].lo) {
                return Some(c);
            }
            if !t[k].is_any(BEFORE_FILL) {
                return None;
            }
        }
        None
    };
    let noun_after =
        (f.end < t.len() && t[f.end].word() && !is_stop(nextw) && casualty(nextw).is_none())
            .then_some(nextw);
    // "The death toll from the collapse rose to 14": "toll" anywhere earlier in the clause.
    let toll = || {
        let (a, _) = clause(t, f.start);
        (a..i).any(|k| t[k].is("toll"))
            && !(a..i).any(|k| t[k].starts_digit())
            && !t[i..f.end].is_empty()
    };
    let casualty_found = after
        .map(|(c, n)| (c, n.or(noun_after)))
        .or_else(|| before().map(|c| (c, noun_after)))
        .or_else(|| toll().then_some(("killed", noun_after)));
    if let Some((about, noun)) = casualty_found {
        let noun = noun.unwrap_or("people");
        if unit(noun).is_some()
            || currency_word(noun).is_some()
            || noun.starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        // People in general, or a group counted apart: the fighting sides, or a part named
        // as such ("including five children").
        let part = i > 0 && t[i - 1].is_any(&["including", "among"]);
        let side = matches!(
            noun,
            "soldiers"
                | "troops"
                | "police"
                | "policemen"
                | "officers"
                | "militants"
                | "rebels"
                | "attackers"
                | "gunmen"
                | "insurgents"
                | "fighters"
                | "suspects"
        );
        // "arrested four times" counts occasions; a bare "one" is a pronoun ("when one is
        // killed").
        if noun == "times" || (t[f.end - 1].is("one") && noun_after.is_none() && !f.hedged) {
            return None;
        }
        let thing = if !part
            && !side
            && (people_noun(noun)
                || human_noun(noun)
                || AFTER_FILL.contains(&noun)
                || !plural_noun(noun))
        {
            "people".to_string()
        } else {
            stem(noun)
        };
        if noun_after.is_some() && noun_after == Some(noun) {
            end = f.end + 1;
        }
        if f.value.lo > 1e6 {
            return None;
        }
        return Some(with(
            mk(about, thing, end, f.value.clone(), f.step, "people", ""),
            String::new(),
            place(t, f.start),
            None,
        ));
    }
    // Counted things: "340 flights were cancelled", "cut 1,000 jobs".
    // Counts of people that no casualty word qualifies ("about 100 people were at work")
    // say too little about what is counted.
    if let Some(noun) = noun_after.filter(|n| plural_noun(n) && !people_noun(n)) {
        if f.value.lo < 2.0 && !f.hedged {
            return None;
        }
        let mut k = f.end + 1;
        while t.get(k).is_some_and(|x| {
            x.is_any(&[
                "were",
                "was",
                "have",
                "has",
                "had",
                "been",
                "are",
                "is",
                "be",
                "being",
                "reportedly",
                "already",
                "also",
            ])
        }) {
            k += 1;
        }
        let verb = if t.get(k).is_some_and(|x| participle(&x.lo)) {
            stem(w(k))
        } else if let Some(v) = (i.saturating_sub(3)..i)
            .rev()
            .take_while(|&k| t[k].word())
            .find(|&k| !is_stop(&t[k].lo) && !t[k].capital() && participle(&t[k].lo))
        {
            // "destroyed 200 homes", "loaded with four bullets"; "won 112 seats" and
            // "secured 98 seats" say the same, so only participles count.
            stem(&t[v].lo)
        } else {
            String::new()
        };
        let name = nearest_name(t, f.start, true).unwrap_or_default();
        let ctx = context(t, f.start, f.end + 1);
        let class = noun_class(noun);
        let q = mk(
            &class,
            format!("|{name}"),
            f.end + 1,
            f.value.clone(),
            f.step,
            noun,
            noun,
        );
        return Some(with(q, verb, String::new(), Some(ctx)));
    }
    None
}

/// "mile-long" → "long": what follows the unit inside a hyphenated token.
fn uname_tail(s: &str) -> Option<String> {
    let mut parts = s.split('-');
    parts.next()?;
    let rest: Vec<&str> = parts.collect();
    (!rest.is_empty()).then(|| rest.join("-"))
}

/// Plural nouns of people, counted as people in a toll ("four fishermen are missing").
fn human_noun(w: &str) -> bool {
    matches!(
        w,
        "children"
            | "women"
            | "men"
            | "students"
            | "pupils"
            | "workers"
            | "passengers"
            | "tourists"
            | "pilgrims"
            | "migrants"
            | "fishermen"
            | "miners"
            | "firefighters"
            | "crew"
            | "sailors"
            | "climbers"
            | "hikers"
            | "protesters"
            | "demonstrators"
            | "worshippers"
            | "patients"
            | "guests"
            | "spectators"
            | "fans"
            | "villagers"
            | "residents"
            | "employees"
            | "staff"
            | "teenagers"
            | "babies"
            | "infants"
            | "refugees"
            | "drivers"
            | "pedestrians"
            | "shoppers"
            | "holidaymakers"
            | "visitors"
            | "inmates"
            | "prisoners"
            | "hostages"
            | "journalists"
    )
}

/// Counted nouns that news writing uses interchangeably.
fn noun_class(w: &str) -> String {
    match w {
        "houses" | "homes" | "dwellings" | "residences" => "homes".into(),
        "cars" | "vehicles" => "vehicles".into(),
        "employees" | "workers" | "staff" => "workers".into(),
        _ => w.to_string(),
    }
}

/// Content words (stemmed) of the clause around a figure, the figure's own tokens excluded.
fn context(t: &[Tok], fs: usize, fe: usize) -> Vec<String> {
    let (a, b) = clause(t, fs);
    let mut v: Vec<String> = (a..b)
        .filter(|&k| {
            (k < fs || k >= fe)
                && t[k].word()
                && !is_stop(&t[k].lo)
                && !t[k].starts_digit()
                && t[k].lo.len() > 2
        })
        .filter(|&k| {
            !t[k].is_any(&[
                "percent", "per", "cent", "more", "said", "says", "about", "nearly", "least",
                "than",
            ])
        })
        .map(|k| stem(&t[k].lo))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// "in Marovia", "near Ostra": the place named in the figure's clause or a sentence opener.
fn place(t: &[Tok], i: usize) -> String {
    let (a, b) = clause(t, i);
    let mut ranges = vec![(a, b)];
    if let Some(c) = t
        .iter()
        .position(|x| x.s == ",")
        .filter(|&c| c < a && c <= 4)
    {
        ranges.push((0, c));
    }
    for (a, b) in ranges {
        for k in a..b {
            if t[k].is_any(&["in", "near", "at"]) {
                let mut p = k + 1;
                while p < b && t[p].word() && !t[p].capital() && !is_stop(&t[p].lo) && p < k + 3 {
                    p += 1;
                }
                if p < b && is_name(t, p) {
                    let mut e = p;
                    while e + 1 < b && t[e + 1].capital() {
                        e += 1;
                    }
                    return t[e].lo.trim_end_matches("'s").to_string();
                }
            }
        }
    }
    String::new()
}

/// "Smith, 42," or "Smith (42)": a name, then a bare small number in commas or brackets.
fn is_name_age(t: &[Tok], f: &Figure) -> bool {
    f.start >= 2
        && f.end == f.start + 1
        && f.suffix.is_empty()
        && t[f.start].starts_digit()
        && (1.0..=110.0).contains(&f.value.lo)
        && f.value.lo.fract() == 0.0
        && matches!(t[f.start - 1].s, "," | "(")
        && t[f.start - 2].capital()
        && t.get(f.end)
            .is_none_or(|x| matches!(x.s, "," | ")" | "." | ";"))
        && !(t[f.start - 1].s == ","
            && t.get(f.end).is_some_and(|x| x.s == ",")
            && f.start >= 3
            && month(&t[f.start - 2].lo).is_some())
}

/// A casualty word after the figure, over filler words and at most one noun.
fn casualty_after<'t>(t: &'t [Tok], from: usize) -> Option<(&'static str, Option<&'t str>)> {
    let mut noun: Option<&str> = None;
    for k in from..(from + 7).min(t.len()) {
        let x = &t[k];
        if !x.word() {
            return None;
        }
        if let Some(c) = casualty(&x.lo) {
            // "lives" only with "lost": "17 lost their lives".
            if c == "killed" && x.lo == "lives" {
                return (k >= 2 && t[k - 2].is("lost")).then_some((c, noun));
            }
            if x.lo == "toll" || x.lo == "death" {
                return None;
            }
            return Some((c, noun));
        }
        if x.is("lost") {
            continue;
        }
        if AFTER_FILL.contains(&x.lo.as_str())
            || matches!(x.lo.as_str(), "their" | "more" | "confirmed")
        {
            continue;
        }
        if noun.is_none()
            && !is_stop(&x.lo)
            && !x.capital()
            && x.lo.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            noun = Some(x.lo.as_str());
            continue;
        }
        return None;
    }
    None
}

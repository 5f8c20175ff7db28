//! Disagreements (numbers, dates, quotes, attribution): how values are read and compared,
//! and the bundled samples' ban date. Precision and recall on the labelled set are asserted
//! in tests/quality.rs.

use corroborate::disagree::{self, Kind, Reading, Statement, compatible, extract, find, measure};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn samples_start_of_the_ban_and_deadline_to_sell_are_two_dates_not_a_disagreement() {
    // "investments … considered illegal from March 15" is when the ban on buying starts;
    // "sell their stock … by 11 November" is the deadline to sell: both true at once.
    let mut paths: Vec<_> = std::fs::read_dir(root().join("assets/samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let sources: Vec<_> = paths
        .iter()
        .map(|p| corroborate::ingest::load_path(p).unwrap())
        .collect();
    let st = measure::statements(&sources);
    let published: Vec<Option<String>> = sources.iter().map(|s| s.published.clone()).collect();
    let found = find(&st, &published);
    assert!(
        !found.iter().any(|d| d.kind == Kind::Date
            && d.values.iter().any(|v| v.text.contains("March 15"))
            && d.values.iter().any(|v| v.text.contains("November"))),
        "{found:#?}"
    );
    // Two sources do give the deadline, the same one: read, and agreeing.
    let deadlines: Vec<_> = st
        .iter()
        .filter_map(|s| {
            let e = extract(s.text, None);
            let d = e.dates.into_iter().find(|d| d.about == "deadline")?;
            Some((s.source, d.value))
        })
        .collect();
    let sources_named: std::collections::BTreeSet<u32> =
        deadlines.iter().map(|(s, _)| *s).collect();
    assert!(sources_named.len() >= 2, "{deadlines:?}");
    assert!(
        deadlines
            .iter()
            .all(|(_, d)| d.month == Some(11) && d.day == Some(11))
    );
    let start = st
        .iter()
        .flat_map(|s| extract(s.text, None).dates)
        .find(|d| d.value.month == Some(3) && d.value.day == Some(15))
        .expect("the start of the ban is read");
    assert_eq!(start.about, "start");
}

fn one(text: &str) -> disagree::quantity::Quantity {
    let e = extract(text, None);
    assert_eq!(e.quantities.len(), 1, "{text}: {:#?}", e.quantities);
    e.quantities[0].clone()
}

#[test]
fn figures_read_as_intervals() {
    let q = one("More than 150 people were killed.");
    assert_eq!(
        (q.about.as_str(), q.value.lo, q.value.hi, q.value.lo_open),
        ("killed", 150.0, None, true)
    );
    let q = one("Dozens were injured.");
    assert_eq!(
        (q.about.as_str(), q.value.lo, q.value.hi),
        ("injured", 24.0, Some(99.0))
    );
    let q = one("A child was killed in the storm.");
    assert_eq!((q.value.lo, q.value.hi), (1.0, Some(1.0)));
    let q = one("The quake killed seventeen people.");
    assert_eq!(q.value.lo, 17.0);
    let q = one("The group agreed to buy the firm for US$2.1bn.");
    assert_eq!(
        (q.about.as_str(), q.unit.as_str(), q.value.lo),
        ("price", "USD", 2.1e9)
    );
    let q = one("The 41-year-old was charged.");
    assert_eq!((q.about.as_str(), q.value.lo), ("age", 41.0));
    let q = one("The siege lasted three hours.");
    assert_eq!(
        (q.about.as_str(), q.unit.as_str(), q.value.lo),
        ("duration", "min", 180.0)
    );
}

#[test]
fn compatible_values_and_conversions() {
    let a = one("More than 150 people were killed.");
    let b = one("The cyclone killed 163 people.");
    assert!(compatible(&a, &b));
    let a = one("The village lies 120 km north of Harlow.");
    let b = one("The village lies 75 miles north of Harlow.");
    assert_eq!(a.key, b.key);
    assert!(compatible(&a, &b));
    let c = one("The village lies 95 miles north of Harlow.");
    assert!(!compatible(&a, &c));
    let a = one("The quake killed 17 people.");
    let b = one("Officials said 18 people were killed.");
    assert!(!compatible(&a, &b));
}

#[test]
fn another_event_is_another_thing() {
    let this = one("The floods killed 43 people.");
    let then = one("In 1999, floods killed 300 people.");
    assert_ne!(this.key, then.key);
    let after = one("A strong aftershock injured 15 people.");
    assert!(after.key.contains("aftershock"));
    let last = one("Last year a magnitude 7.2 quake hit the region.");
    assert!(last.key.ends_with("other"), "{}", last.key);
}

#[test]
fn weekdays_resolve_against_the_article_date() {
    let e = extract("The ferry capsized on Tuesday.", Some("2024-06-14"));
    let d = &e.dates[0].value;
    assert_eq!((d.year, d.month, d.day), (Some(2024), Some(6), Some(11)));
    let e = extract("The ferry capsized on Tuesday.", None);
    assert_eq!(e.dates[0].value.weekday, Some(1));
}

#[test]
fn deterministic_sorted_and_serialisable() {
    let s = [
        Statement {
            source: 1,
            passage: 9,
            text: "“We will rebuild every house we lost,” Lind said. The storm killed 12 people.",
        },
        Statement {
            source: 0,
            passage: 2,
            text: "Mayor Rita Lind said: “We will rebuild every home that was lost.”",
        },
        Statement {
            source: 0,
            passage: 3,
            text: "The storm killed 15 people on Monday.",
        },
    ];
    let a = find(&s, &[None, None]);
    let b = find(&s, &[None, None]);
    assert_eq!(a, b);
    assert_eq!(a.len(), 2);
    assert_eq!(a[0].values[0].source, 0);
    for d in &a {
        assert!(
            d.values
                .windows(2)
                .all(|w| (w[0].source, w[0].passage) <= (w[1].source, w[1].passage))
        );
    }
    let json = serde_json::to_string(&a).unwrap();
    let back: Vec<disagree::Disagreement> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
    assert!(
        matches!(a[1].values[0].value, Reading::Quote { .. })
            || matches!(a[0].values[0].value, Reading::Quote { .. })
    );
}

#[test]
fn odd_input_never_panics() {
    for t in [
        "",
        "$",
        "%%",
        "“",
        "” “ ”",
        "1,2,3,4",
        "the 1-year-old-",
        "magnitude-",
        "US$",
        "…",
        "a",
        "12th of",
        "€€€ 5 5 5 bn bn",
        "\u{feff}é",
    ] {
        let _ = extract(t, Some("not a date"));
        let st = [
            Statement {
                source: 0,
                passage: 0,
                text: t,
            },
            Statement {
                source: 1,
                passage: 1,
                text: t,
            },
        ];
        let _ = find(&st, &[]);
    }
}

#[test]
fn a_published_date_with_bytes_that_are_not_ascii_is_no_date_not_a_panic() {
    // Found by the fuzzer: ISO-shaped metadata with a multi-byte character inside.
    assert_eq!(
        disagree::dates::parse_published("2024-08-1\u{FFFD}9\u{FFFD}"),
        None
    );
    assert_eq!(disagree::dates::parse_published("20é4-08-19"), None);
    assert_eq!(
        disagree::dates::parse_published("2024-08-19T10:00Z"),
        Some((2024, 8, 19))
    );
}

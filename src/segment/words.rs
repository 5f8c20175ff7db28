//! Word lists the sentence splitter, the furniture rules and the comparison of figures
//! share.

/// Month names, for dates here and in the comparison of figures.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Abbreviated month names ("Jan. 14", "Sept 3"): a full stop after one does not end a
/// sentence, and a line of them and digits is a timestamp.
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Days of the week, for datelines here, weekdays in the comparison of figures and the
/// times a fact names.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The number (1–12) of a month named in full or abbreviated ("Jan.", "Sept"), folded to
/// lower case.
pub fn month_number(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    if let Some(p) = MONTHS.iter().position(|m| *m == w) {
        return Some(p as u32 + 1);
    }
    if w == "sept" {
        return Some(9);
    }
    // The abbreviations are the names' first three letters.
    MONTHS
        .iter()
        .position(|m| m.len() > 3 && m[..3] == *w)
        .map(|p| p as u32 + 1)
}

/// The American spelling of a British one, so that "Defence Department" and "Department of
/// Defense", "centre" and "center", "organised" and "organized" compare equal. General
/// patterns of the two spellings (-our, -tre/-bre, -ise, -ence) and a few words of their
/// own; a word with no such pattern, or whose American form is not a known English word
/// ("promise" is not "promize"), gives `None`. Lower-case input.
pub fn american(word: &str) -> Option<String> {
    british_to_american(word).filter(|us| crate::wordfreq::zipf(us).is_some())
}

fn british_to_american(word: &str) -> Option<String> {
    const WORDS: &[(&str, &str)] = &[
        ("jewellery", "jewelry"),
        ("programme", "program"),
        ("programmes", "programs"),
        ("aluminium", "aluminum"),
        ("grey", "gray"),
        ("ageing", "aging"),
        ("judgement", "judgment"),
        ("judgements", "judgments"),
        ("sceptical", "skeptical"),
        ("sceptic", "skeptic"),
        ("sceptics", "skeptics"),
        ("manoeuvre", "maneuver"),
        ("manoeuvres", "maneuvers"),
        ("plough", "plow"),
        ("mould", "mold"),
        ("defence", "defense"),
        ("defences", "defenses"),
        ("offence", "offense"),
        ("offences", "offenses"),
        ("licence", "license"),
        ("licences", "licenses"),
        ("pretence", "pretense"),
        ("catalogue", "catalog"),
        ("catalogues", "catalogs"),
    ];
    if let Some((_, us)) = WORDS.iter().find(|(uk, _)| *uk == word) {
        return Some((*us).to_owned());
    }
    let letters = |s: &str| s.len() >= 3 && s.bytes().all(|b| b.is_ascii_lowercase());
    // colour, neighbours, favourite, honoured, labour (not "hour", "four", "your").
    for end in [
        "our", "ours", "oured", "ouring", "ourite", "ourites", "ourable", "ourer", "ourers",
        "ourful", "ourhood",
    ] {
        if let Some(stem) = word.strip_suffix(end)
            && letters(stem)
        {
            return Some(format!("{stem}o{}", &end[2..]));
        }
    }
    // centre, kilometres, theatre, fibre, sombre ("timbre" is another word than "timber").
    for (uk, us) in [
        ("tre", "ter"),
        ("tres", "ters"),
        ("bre", "ber"),
        ("bres", "bers"),
    ] {
        if let Some(stem) = word.strip_suffix(uk)
            && letters(stem)
            && word != "timbre"
        {
            return Some(format!("{stem}{us}"));
        }
    }
    // organise, recognised, criticising, organisation, analyse: -ise/-yse → -ize/-yze. Words
    // spelt -ise in both ("advertise", "promise") map alike, so they still match each other.
    for (uk, us) in [
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("isation", "ization"),
        ("isations", "izations"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
    ] {
        if let Some(stem) = word.strip_suffix(uk)
            && letters(stem)
        {
            return Some(format!("{stem}{us}"));
        }
    }
    None
}

#[cfg(test)]
mod spelling_tests {
    use super::american;

    #[test]
    fn british_spellings_meet_american_ones() {
        for (uk, us) in [
            ("defence", "defense"),
            ("colour", "color"),
            ("neighbours", "neighbors"),
            ("favourite", "favorite"),
            ("centre", "center"),
            ("kilometres", "kilometers"),
            ("organised", "organized"),
            ("organisation", "organization"),
            ("analyse", "analyze"),
            ("jewellery", "jewelry"),
        ] {
            assert_eq!(american(uk).as_deref(), Some(us), "{uk}");
            // The American spelling is left alone (or mapped to itself).
            assert!(american(us).is_none_or(|x| x == us), "{us}");
        }
        for word in [
            "hour", "four", "your", "tour", "rise", "timbre", "police", "xiaomi", "promise",
        ] {
            assert_eq!(american(word), None, "{word}");
        }
    }
}

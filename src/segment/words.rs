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

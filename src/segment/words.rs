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

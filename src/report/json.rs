//! The JSON report: the whole [`Comparison`], embedding the sources' texts, so it reopens
//! without the original files.

use super::{Comparison, FORMAT_NAME, FORMAT_VERSION, representative};

/// Pretty JSON; the same comparison always gives the same bytes.
pub fn to_string(comparison: &Comparison) -> String {
    let mut s = serde_json::to_string_pretty(comparison).expect("the model serialises");
    s.push('\n');
    s
}

/// Reads a report back, with a clear message for other files, damaged or newer reports.
pub fn from_str(text: &str) -> Result<Comparison, String> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("is not a valid JSON file ({e})"))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
        return Err("is JSON but not a Corroborate report".to_owned());
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(FORMAT_VERSION) => {}
        Some(v) if v > u64::from(FORMAT_VERSION) => {
            return Err(format!(
                "is a version {v} report, made by a newer Corroborate; this one reads version {FORMAT_VERSION}"
            ));
        }
        _ => return Err("has an unknown report version".to_owned()),
    }
    let mut comparison: Comparison =
        serde_json::from_value(value).map_err(|e| format!("is a damaged report ({e})"))?;
    // Version 1 does not store a claim's label: work it out as the comparison did.
    for claim in &mut comparison.claims {
        claim.representative = representative(&claim.members, &claim.pairs);
    }
    Ok(comparison)
}

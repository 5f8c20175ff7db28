//! The JSON report: the whole [`Comparison`], embedding the sources' texts, so it reopens
//! without the original files.

use super::{Comparison, FORMAT_NAME, FORMAT_VERSION};

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
        Some(1) => {
            let old: v1::Comparison =
                serde_json::from_value(value).map_err(|e| format!("is a damaged report ({e})"))?;
            return checked(old.upgrade());
        }
        Some(v) if v > u64::from(FORMAT_VERSION) => {
            return Err(format!(
                "is a version {v} report, made by a newer Corroborate; this one reads version {FORMAT_VERSION}"
            ));
        }
        _ => return Err("has an unknown report version".to_owned()),
    }
    let comparison: Comparison =
        serde_json::from_value(value).map_err(|e| format!("is a damaged report ({e})"))?;
    checked(comparison)
}

/// The largest report read back: sources of up to 32 MB each embed their text twice (whole
/// and by passage) plus diffs, so a real report of several large sources stays below this.
pub const MAX_REPORT_BYTES: u64 = 256 * 1024 * 1024;

/// Reads the report at `path`, no more than [`MAX_REPORT_BYTES`] of it.
pub fn read(path: &std::path::Path) -> Result<Comparison, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| format!("cannot be read ({e})"))?;
    let mut bytes = Vec::new();
    file.take(MAX_REPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot be read ({e})"))?;
    if bytes.len() as u64 > MAX_REPORT_BYTES {
        return Err(format!(
            "is larger than the {} MB a report may be",
            MAX_REPORT_BYTES / (1024 * 1024)
        ));
    }
    let text =
        String::from_utf8(bytes).map_err(|_| "is not UTF-8 text, so not a report".to_owned())?;
    from_str(&text)
}

/// A report read from disk may have been edited by hand or damaged: every reference in it
/// is checked, so that the views can index sources, passages and claims freely, and the
/// summary (derived data) is worked out again rather than trusted.
fn checked(mut c: Comparison) -> Result<Comparison, String> {
    validate(&c).map_err(|what| format!("is a damaged report: {what}"))?;
    c.summary = super::Summary::of(&c.sources, &c.claims, c.disagreements.len());
    super::model::name_sources(&mut c.sources);
    Ok(c)
}

fn validate(c: &Comparison) -> Result<(), String> {
    let span_ok = |text: &str, start: usize, end: usize| {
        start <= end && text.is_char_boundary(start) && text.is_char_boundary(end)
    };
    if !c.settings.threshold.is_finite() {
        return Err("settings.threshold is not a number".to_owned());
    }
    for (si, src) in c.sources.iter().enumerate() {
        if src.index as usize != si {
            return Err(format!("sources[{si}].index is {}", src.index));
        }
        for (pi, p) in src.passages.iter().enumerate() {
            let at = format!("sources[{si}].passages[{pi}]");
            if (p.id.source as usize, p.id.index as usize) != (si, pi) {
                return Err(format!("{at}.id is {}", p.id));
            }
            if !span_ok(&src.text, p.start, p.end) || src.text.get(p.start..p.end) != Some(&p.text)
            {
                return Err(format!("{at}: its offsets do not hold its text"));
            }
        }
    }
    for (ci, claim) in c.claims.iter().enumerate() {
        let at = format!("claims[{ci}]");
        if claim.id.0 as usize != ci + 1 {
            return Err(format!("{at}.id is {}", claim.id));
        }
        if claim.members.is_empty() {
            return Err(format!("{at} has no members"));
        }
        let mut sources = Vec::new();
        for (k, m) in claim.members.iter().enumerate() {
            let p = c.passage(m.passage).ok_or_else(|| {
                format!(
                    "{at}.members[{k}] names passage {}, which does not exist",
                    m.passage
                )
            })?;
            if !span_ok(&p.text, m.start, m.end) {
                return Err(format!("{at}.members[{k}] is not a span of its passage"));
            }
            if !p.claims.iter().any(|s| s.claim == claim.id) {
                return Err(format!(
                    "{at}.members[{k}]: passage {} does not state it",
                    m.passage
                ));
            }
            sources.push(m.passage.source);
        }
        sources.sort_unstable();
        sources.dedup();
        if sources != claim.sources {
            return Err(format!("{at}.sources do not match its members"));
        }
        if claim.shared != (sources.len() > 1)
            || claim.coverage != super::Coverage::of(sources.len(), c.sources.len())
        {
            return Err(format!("{at}: its coverage does not match its sources"));
        }
        if c.passage(claim.representative).is_none() {
            return Err(format!("{at}.representative does not exist"));
        }
    }
    for (si, src) in c.sources.iter().enumerate() {
        for (pi, p) in src.passages.iter().enumerate() {
            let at = format!("sources[{si}].passages[{pi}]");
            for (k, s) in p.claims.iter().enumerate() {
                let claim = c.claim(s.claim).ok_or_else(|| {
                    format!("{at}.claims[{k}] names {}, which does not exist", s.claim)
                })?;
                if !span_ok(&p.text, s.start, s.end) {
                    return Err(format!("{at}.claims[{k}] is not a span of the passage"));
                }
                if !claim.members.iter().any(|m| m.passage == p.id) {
                    return Err(format!("{at} states {}, which does not list it", s.claim));
                }
            }
        }
    }
    for (k, pair) in c.pairs.iter().enumerate() {
        let at = format!("pairs[{k}]");
        if c.passage(pair.a).is_none() || c.passage(pair.b).is_none() {
            return Err(format!("{at} names a passage that does not exist"));
        }
        if k > 0 && (c.pairs[k - 1].a, c.pairs[k - 1].b) >= (pair.a, pair.b) || pair.a >= pair.b {
            return Err(format!("{at} is out of order"));
        }
        if let Some(id) = pair.claims.iter().find(|&&id| c.claim(id).is_none()) {
            return Err(format!("{at} names {id}, which does not exist"));
        }
        if !pair.similarity.is_finite() {
            return Err(format!("{at}.similarity is not a number"));
        }
    }
    for (k, correction) in c.corrections.iter().enumerate() {
        let ids = match *correction {
            super::Correction::Split { passage } => vec![passage],
            super::Correction::Join { a, b } => vec![a, b],
        };
        if let Some(id) = ids.iter().find(|&&id| c.passage(id).is_none()) {
            return Err(format!(
                "corrections[{k}] names passage {id}, which does not exist"
            ));
        }
    }
    for (k, d) in c.disagreements.iter().enumerate() {
        for (j, v) in d.values.iter().enumerate() {
            let id = super::PassageId {
                source: v.source,
                index: v.passage,
            };
            let ok = c
                .passage(id)
                .is_some_and(|p| span_ok(&p.text, v.span.start, v.span.end));
            if !ok {
                return Err(format!(
                    "disagreements[{k}].values[{j}] does not point into a passage"
                ));
            }
        }
    }
    Ok(())
}

/// Version 1 reports: a passage belonged to one claim, whole, and each claim listed its own
/// pairs and per-claim figure differences. They read as version 2 with every claim span
/// being its whole passage; the per-claim differences are left out (the comparison-wide
/// list, when the file has one, is kept).
mod v1 {
    use serde::Deserialize;

    use crate::diff::DiffSpan;
    use crate::disagree::Disagreement;
    use crate::report::{
        self as v2, ClaimId, ClaimSpan, Coverage, Member, PassageId, Relation, Settings,
        SourceReport, Summary,
    };
    use crate::segment::{Furniture, PassageKind};

    #[derive(Deserialize)]
    pub struct Comparison {
        format: String,
        generator: String,
        settings: Settings,
        sources: Vec<Source>,
        claims: Vec<Claim>,
        #[serde(default)]
        disagreements: Vec<Disagreement>,
    }

    #[derive(Deserialize)]
    struct Source {
        #[serde(flatten)]
        source: crate::ingest::Source,
        index: u32,
        passages: Vec<Passage>,
    }

    #[derive(Deserialize)]
    struct Passage {
        id: PassageId,
        start: usize,
        end: usize,
        text: String,
        #[serde(default)]
        kind: PassageKind,
        boilerplate: bool,
        #[serde(default)]
        furniture: Option<Furniture>,
        claim: Option<ClaimId>,
    }

    #[derive(Deserialize)]
    struct Claim {
        id: ClaimId,
        members: Vec<PassageId>,
        sources: Vec<u32>,
        shared: bool,
        coverage: Coverage,
        pairs: Vec<Pair>,
    }

    #[derive(Deserialize)]
    struct Pair {
        a: PassageId,
        b: PassageId,
        similarity: f32,
        diff: Vec<DiffSpan>,
    }

    impl Comparison {
        pub fn upgrade(self) -> v2::Comparison {
            let sources: Vec<SourceReport> = self
                .sources
                .into_iter()
                .map(|s| SourceReport {
                    index: s.index,
                    source: s.source,
                    passages: s
                        .passages
                        .into_iter()
                        .map(|p| v2::Passage {
                            claims: p
                                .claim
                                .map(|claim| ClaimSpan {
                                    claim,
                                    start: 0,
                                    end: p.text.len(),
                                })
                                .into_iter()
                                .collect(),
                            id: p.id,
                            start: p.start,
                            end: p.end,
                            text: p.text,
                            kind: p.kind,
                            boilerplate: p.boilerplate,
                            furniture: p.furniture,
                        })
                        .collect(),
                    shown_name: String::new(),
                })
                .collect();
            let text_of = |id: PassageId| {
                sources
                    .get(id.source as usize)
                    .and_then(|s| s.passages.get(id.index as usize))
                    .map_or("", |p| p.text.as_str())
            };
            let mut pairs = Vec::new();
            let claims: Vec<v2::Claim> = self
                .claims
                .into_iter()
                .map(|c| {
                    // As version 1 chose it: the member closest to the others, the
                    // earlier one on a tie.
                    let score = |m: PassageId| -> f32 {
                        c.pairs
                            .iter()
                            .filter(|p| p.a == m || p.b == m)
                            .map(|p| p.similarity)
                            .sum()
                    };
                    let rep = c
                        .members
                        .iter()
                        .copied()
                        .max_by(|&x, &y| score(x).total_cmp(&score(y)).then(y.cmp(&x)))
                        .unwrap_or_default();
                    // One claim per passage: two passages of one claim state the same.
                    pairs.extend(c.pairs.into_iter().map(|p| v2::Pair {
                        a: p.a.min(p.b),
                        b: p.a.max(p.b),
                        relation: Relation::Same,
                        claims: vec![c.id],
                        similarity: p.similarity,
                        diff: p.diff,
                    }));
                    v2::Claim {
                        id: c.id,
                        label: text_of(rep).to_owned(),
                        representative: rep,
                        members: c
                            .members
                            .iter()
                            .map(|&passage| Member {
                                passage,
                                start: 0,
                                end: text_of(passage).len(),
                            })
                            .collect(),
                        sources: c.sources,
                        shared: c.shared,
                        coverage: c.coverage,
                        by_hand: false,
                    }
                })
                .collect();
            pairs.sort_by_key(|p| (p.a, p.b));
            let summary = Summary::of(&sources, &claims, self.disagreements.len());
            v2::Comparison {
                format: self.format,
                version: v2::FORMAT_VERSION,
                generator: self.generator,
                settings: self.settings,
                sources,
                claims,
                pairs,
                summary,
                disagreements: self.disagreements,
                corrections: Vec::new(),
            }
        }
    }
}

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
            return Ok(old.upgrade());
        }
        Some(v) if v > u64::from(FORMAT_VERSION) => {
            return Err(format!(
                "is a version {v} report, made by a newer Corroborate; this one reads version {FORMAT_VERSION}"
            ));
        }
        _ => return Err("has an unknown report version".to_owned()),
    }
    serde_json::from_value(value).map_err(|e| format!("is a damaged report ({e})"))
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
            }
        }
    }
}

//! The one seam: sources in, [`Comparison`] out.
//!
//! ```
//! use corroborate::{compare, ingest, Settings};
//! let a = ingest::from_text("a", "The court halted the ban on Monday. Shares rose.").unwrap();
//! let b = ingest::from_text("b", "On Monday the court halted the ban. It rained.").unwrap();
//! let report = compare::compare(vec![a, b], &Settings::default());
//! assert_eq!(report.summary.shared, 1, "{:?}", report.claims);
//! ```

use std::collections::HashMap;
use std::sync::atomic::AtomicBool;

use rayon::prelude::*;

use crate::align::features::TermKind;
use crate::align::{self, Cancelled, Item, Linked, group};
use crate::diff::word_diff;
use crate::ingest::Source;
use crate::report::*;
use crate::segment::{self, Segment};

/// The threshold-independent part of a comparison: passages and scored links.
/// Re-grouping at another threshold ([`Analysis::comparison`]) is fast.
pub struct Analysis {
    sources: Vec<Source>,
    segments: Vec<Vec<Segment>>,
    /// Item index of each source's first passage.
    offsets: Vec<usize>,
    item_source: Vec<usize>,
    eligible: Vec<bool>,
    linked: Linked,
    scores: HashMap<(u32, u32), f32>,
}

/// Segments and links the sources; checks `cancel` between stages.
pub fn analyse(sources: Vec<Source>, cancel: &AtomicBool) -> Result<Analysis, Cancelled> {
    let segments: Vec<Vec<Segment>> = sources
        .par_iter()
        .map(|s| segment::segment(&s.text))
        .collect();
    let mut offsets = Vec::with_capacity(sources.len());
    let mut items = Vec::new();
    for (si, (source, segs)) in sources.iter().zip(&segments).enumerate() {
        offsets.push(items.len());
        items.extend(segs.iter().map(|seg| Item {
            source: si,
            text: &source.text[seg.start..seg.end],
            eligible: seg.furniture.is_none(),
        }));
    }
    let linked = align::link(&items, cancel)?;
    let scores = linked.links.iter().map(|l| ((l.a, l.b), l.score)).collect();
    Ok(Analysis {
        item_source: items.iter().map(|i| i.source).collect(),
        eligible: items.iter().map(|i| i.eligible).collect(),
        sources,
        segments,
        offsets,
        linked,
        scores,
    })
}

/// Compares `sources` in one go.
pub fn compare(sources: Vec<Source>, settings: &Settings) -> Comparison {
    let never = AtomicBool::new(false);
    analyse(sources, &never)
        .expect("not cancelled")
        .comparison(settings)
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

const MONTHS: &[&str] = &[
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

impl Analysis {
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    fn id_of(&self, item: u32) -> PassageId {
        let source = self.item_source[item as usize];
        PassageId {
            source: source as u32,
            index: (item as usize - self.offsets[source]) as u32,
        }
    }

    fn similarity(&self, x: u32, y: u32) -> f32 {
        let key = (x.min(y), x.max(y));
        self.scores.get(&key).copied().unwrap_or_else(|| {
            let f = &self.linked.features;
            align::score::similarity(
                &f[x as usize],
                &f[y as usize],
                &self.linked.weights,
                &self.linked.vocab,
            )
        })
    }

    /// Numbers and month names of an item, as readable strings.
    fn details(&self, item: u32) -> (Vec<&str>, Vec<&str>) {
        let vocab = &self.linked.vocab;
        let mut numbers = Vec::new();
        let mut months = Vec::new();
        for &t in &self.linked.features[item as usize].terms {
            let surface = vocab.surface[t as usize].as_str();
            if vocab.kinds[t as usize] == TermKind::Number {
                numbers.push(surface);
            } else if MONTHS.contains(&surface) {
                months.push(surface);
            }
        }
        (numbers, months)
    }

    fn disagreement(&self, x: u32, y: u32) -> Option<Disagreement> {
        let (nx, mx) = self.details(x);
        let (ny, my) = self.details(y);
        let only = |a: &[&str], b: &[&str]| -> Vec<String> {
            a.iter()
                .filter(|v| !b.contains(v))
                .map(|v| v.to_string())
                .collect()
        };
        let is_year =
            |v: &String| v.len() == 4 && v.parse::<u32>().is_ok_and(|y| (1800..=2200).contains(&y));
        let (months_x, months_y) = (only(&mx, &my), only(&my, &mx));
        let (mut a_says, mut b_says) = (only(&nx, &ny), only(&ny, &nx));
        let kind;
        if !months_x.is_empty() && !months_y.is_empty() {
            kind = DisagreementKind::Date;
            a_says.extend(months_x);
            b_says.extend(months_y);
        } else if !a_says.is_empty() && !b_says.is_empty() {
            kind = if a_says.iter().chain(&b_says).any(is_year) || !mx.is_empty() {
                DisagreementKind::Date
            } else {
                DisagreementKind::Number
            };
        } else {
            return None;
        }
        Some(Disagreement {
            kind,
            a: self.id_of(x),
            b: self.id_of(y),
            a_says,
            b_says,
        })
    }

    /// Groups the passages into claims at `settings.threshold` and builds the report model.
    pub fn comparison(&self, settings: &Settings) -> Comparison {
        let grouping = group::group(
            &self.item_source,
            &self.eligible,
            &self.linked.links,
            settings.threshold,
        );
        let n_sources = self.sources.len();
        let claims: Vec<Claim> = grouping
            .claims
            .par_iter()
            .enumerate()
            .map(|(ci, members)| {
                let mut sources: Vec<u32> = members
                    .iter()
                    .map(|&m| self.item_source[m as usize] as u32)
                    .collect();
                sources.dedup();
                let mut pairs = Vec::new();
                let mut disagreements = Vec::new();
                for (i, &x) in members.iter().enumerate() {
                    for &y in &members[i + 1..] {
                        if self.item_source[x as usize] == self.item_source[y as usize] {
                            continue;
                        }
                        let (a, b) = (self.id_of(x), self.id_of(y));
                        let ta = self.text_of(a);
                        let tb = self.text_of(b);
                        pairs.push(Pair {
                            a,
                            b,
                            similarity: round3(self.similarity(x, y)),
                            diff: word_diff(ta, tb),
                        });
                        disagreements.extend(self.disagreement(x, y));
                    }
                }
                let coverage = match sources.len() {
                    1 => Coverage::Unique,
                    n if n == n_sources => Coverage::All,
                    _ => Coverage::Some,
                };
                Claim {
                    id: ClaimId(ci as u32 + 1),
                    members: members.iter().map(|&m| self.id_of(m)).collect(),
                    shared: sources.len() > 1,
                    sources,
                    coverage,
                    pairs,
                    disagreements,
                }
            })
            .collect();

        let sources: Vec<SourceReport> = self
            .sources
            .iter()
            .enumerate()
            .map(|(si, src)| SourceReport {
                index: si as u32,
                name: src.name.clone(),
                path: src.path.clone(),
                title: src.title.clone(),
                format: src.format,
                encoding: src.encoding.clone(),
                byline: src.byline.clone(),
                site: src.site.clone(),
                published: src.published.clone(),
                text: src.text.clone(),
                passages: self.segments[si]
                    .iter()
                    .enumerate()
                    .map(|(pi, seg)| Passage {
                        id: PassageId {
                            source: si as u32,
                            index: pi as u32,
                        },
                        start: seg.start,
                        end: seg.end,
                        text: src.text[seg.start..seg.end].to_owned(),
                        kind: seg.kind,
                        boilerplate: seg.furniture.is_some(),
                        furniture: seg.furniture,
                        claim: grouping.claim_of[self.offsets[si] + pi].map(|c| ClaimId(c + 1)),
                    })
                    .collect(),
            })
            .collect();
        let summary = summarise(&sources, &claims);
        Comparison {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            generator: format!("corroborate {}", env!("CARGO_PKG_VERSION")),
            settings: *settings,
            sources,
            claims,
            summary,
        }
    }

    fn text_of(&self, id: PassageId) -> &str {
        let seg = &self.segments[id.source as usize][id.index as usize];
        &self.sources[id.source as usize].text[seg.start..seg.end]
    }
}

fn summarise(sources: &[SourceReport], claims: &[Claim]) -> Summary {
    let per_source = sources
        .iter()
        .map(|src| {
            let mut s = SourceSummary {
                source: src.index,
                passages: src.passages.len(),
                ..Default::default()
            };
            let (mut shared_b, mut unique_b, mut boiler_b) = (0usize, 0usize, 0usize);
            let mut seen: Vec<ClaimId> = Vec::new();
            for p in &src.passages {
                let len = p.end - p.start;
                match p.claim.and_then(|c| claims.get(c.0 as usize - 1)) {
                    None => {
                        s.boilerplate += 1;
                        boiler_b += len;
                    }
                    Some(c) => {
                        if c.shared {
                            shared_b += len;
                        } else {
                            unique_b += len;
                        }
                        if !seen.contains(&c.id) {
                            seen.push(c.id);
                            s.claims += 1;
                            if c.shared {
                                s.shared += 1;
                            } else {
                                s.unique += 1;
                            }
                        }
                    }
                }
            }
            let total = (shared_b + unique_b + boiler_b).max(1) as f32;
            s.shared_ratio = round3(shared_b as f32 / total);
            s.unique_ratio = round3(unique_b as f32 / total);
            s.boilerplate_ratio = round3(boiler_b as f32 / total);
            s
        })
        .collect();
    Summary {
        claims: claims.len(),
        shared: claims.iter().filter(|c| c.shared).count(),
        shared_by_all: claims
            .iter()
            .filter(|c| c.coverage == Coverage::All)
            .count(),
        unique: claims.iter().filter(|c| !c.shared).count(),
        disagreements: claims
            .iter()
            .filter(|c| !c.disagreements.is_empty())
            .count(),
        per_source,
    }
}

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
use crate::segment::{self, MONTHS, Segment};

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
    /// Figures, dates and quotes the sources give differently: threshold-independent.
    disagreements: Vec<crate::disagree::Disagreement>,
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
    let statements: Vec<crate::disagree::Statement> = items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.eligible)
        .map(|(i, it)| crate::disagree::Statement {
            source: it.source as u32,
            passage: (i - offsets[it.source]) as u32,
            text: it.text,
        })
        .collect();
    let published: Vec<Option<String>> = sources.iter().map(|s| s.published.clone()).collect();
    let disagreements = crate::disagree::find(&statements, &published);
    Ok(Analysis {
        disagreements,
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

/// What a figure counts, so only like is compared with like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum FactKey {
    Year,
    Date,
    /// A number followed by this term ("340 flights").
    Unit(u32),
}

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

    /// The figures of an item, each with what it counts: "340 flights" is (340, flight);
    /// years, months and "Jan. 14" are dates. Bare numbers are left out: too ambiguous.
    fn facts(&self, item: u32) -> Vec<(FactKey, String)> {
        let vocab = &self.linked.vocab;
        let seq = &self.linked.features[item as usize].sequence;
        let surface = |t: u32| vocab.surface[t as usize].as_str();
        let is_number = |t: u32| vocab.kinds[t as usize] == TermKind::Number;
        let is_month = |t: u32| MONTHS.contains(&surface(t));
        let mut facts = Vec::new();
        for (i, &t) in seq.iter().enumerate() {
            let prev = i.checked_sub(1).map(|p| seq[p]);
            let next = seq.get(i + 1).copied();
            if is_month(t) {
                if !next.is_some_and(is_number) {
                    facts.push((FactKey::Date, surface(t).to_owned()));
                }
            } else if is_number(t) && !prev.is_some_and(is_number) {
                // (A number right after another is part of it: "4:12 a.m.", "1, 2".)
                let v = surface(t);
                let year =
                    v.len() == 4 && v.parse::<u32>().is_ok_and(|y| (1800..=2200).contains(&y));
                if year {
                    facts.push((FactKey::Year, v.to_owned()));
                } else if let Some(m) = prev.filter(|&p| is_month(p)) {
                    facts.push((FactKey::Date, format!("{} {v}", surface(m))));
                } else if let Some(unit) = next.filter(|&n| !is_number(n) && !is_month(n)) {
                    facts.push((FactKey::Unit(unit), format!("{v} {}", surface(unit))));
                }
            }
        }
        facts.sort();
        facts.dedup();
        facts
    }

    /// Figures of the same kind that the two passages give differently.
    fn disagreement(&self, x: u32, y: u32) -> Option<Disagreement> {
        let (fx, fy) = (self.facts(x), self.facts(y));
        let mut keys: Vec<FactKey> = fx
            .iter()
            .map(|f| f.0)
            .filter(|k| fy.iter().any(|g| g.0 == *k))
            .collect();
        keys.dedup();
        let (mut a_says, mut b_says, mut date) = (Vec::new(), Vec::new(), false);
        for key in keys {
            let vx: Vec<&String> = fx.iter().filter(|f| f.0 == key).map(|f| &f.1).collect();
            let vy: Vec<&String> = fy.iter().filter(|f| f.0 == key).map(|f| &f.1).collect();
            // Both give this kind of figure and agree on none of its values.
            if vx.iter().all(|v| !vy.contains(v)) {
                a_says.extend(vx.into_iter().cloned());
                b_says.extend(vy.into_iter().cloned());
                date |= !matches!(key, FactKey::Unit(_));
            }
        }
        if a_says.is_empty() {
            return None;
        }
        Some(Disagreement {
            kind: if date {
                DisagreementKind::Date
            } else {
                DisagreementKind::Number
            },
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
                let members: Vec<PassageId> = members.iter().map(|&m| self.id_of(m)).collect();
                Claim {
                    id: ClaimId(ci as u32 + 1),
                    representative: crate::report::representative(&members, &pairs),
                    members,
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
                source: src.clone(),
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
            disagreements: self.disagreements.clone(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::from_text;

    fn pair(a: &str, b: &str) -> Comparison {
        let sources = vec![from_text("a", a).unwrap(), from_text("b", b).unwrap()];
        compare(sources, &Settings::default())
    }

    #[test]
    fn figures_of_the_same_kind_that_differ_are_flagged() {
        let c = pair(
            "About 260 flights were cancelled at the airport on Tuesday.",
            "Some 340 flights were cancelled at the airport on Tuesday, and 2,000 people waited.",
        );
        let claim = c
            .claims
            .iter()
            .find(|cl| cl.shared)
            .expect("one shared claim");
        let d = &claim.disagreements[0];
        assert_eq!(d.kind, DisagreementKind::Number);
        assert_eq!(
            (d.a_says.as_slice(), d.b_says.as_slice()),
            (
                &["260 flights".to_owned()][..],
                &["340 flights".to_owned()][..]
            )
        );
    }

    #[test]
    fn figures_only_one_side_gives_are_not_a_disagreement() {
        let c = pair(
            "The volcano erupted and 2,400 residents were evacuated from the zone.",
            "The volcano erupted, 340 flights were cancelled and 2,400 residents were evacuated from the zone.",
        );
        assert!(c.claims.iter().any(|cl| cl.shared));
        assert!(c.claims.iter().all(|cl| cl.disagreements.is_empty()));
    }

    #[test]
    fn different_years_are_a_date_disagreement() {
        let c = pair(
            "The volcano last erupted in 1987, destroying two villages nearby.",
            "The volcano last erupted in 1991, destroying two villages nearby.",
        );
        let d = &c.claims.iter().find(|cl| cl.shared).unwrap().disagreements[0];
        assert_eq!(d.kind, DisagreementKind::Date);
        assert_eq!(d.a_says, ["1987"]);
    }
}

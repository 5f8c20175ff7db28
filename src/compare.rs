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

use crate::align::{self, Cancelled, Item, Linked, group};
use crate::diff::word_diff;
use crate::disagree::{self, Disagreement, Statement};
use crate::ingest::Source;
use crate::report::*;
use crate::segment::{self, Segment};

/// The threshold-independent part of a comparison: passages, scored links, disagreements.
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
    disagreements: Vec<Disagreement>,
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
    let statements: Vec<Statement> = items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.eligible)
        .map(|(i, it)| Statement {
            source: it.source as u32,
            passage: (i - offsets[it.source]) as u32,
            text: it.text,
        })
        .collect();
    let published: Vec<Option<String>> = sources.iter().map(|s| s.published.clone()).collect();
    let disagreements = disagree::find(&statements, &published);
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

    fn text_of(&self, item: u32) -> &str {
        let id = self.id_of(item);
        let seg = &self.segments[id.source as usize][id.index as usize];
        &self.sources[id.source as usize].text[seg.start..seg.end]
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

    /// Groups the passages into claims at `settings.threshold` and builds the report model.
    ///
    /// Today's aligner puts each passage in one claim, whole: every span is its whole
    /// passage and two passages of one claim state the same. The model is many-to-many
    /// already, for the fact-level aligner (`align::facts`) to fill in once it is as
    /// precise (docs/method-facts.md).
    pub fn comparison(&self, settings: &Settings) -> Comparison {
        self.corrected(settings, &[])
    }

    /// [`comparison`](Self::comparison), then the reader's corrections applied in order
    /// (those naming a passage that does not exist or is boilerplate are skipped).
    pub fn corrected(&self, settings: &Settings, corrections: &[Correction]) -> Comparison {
        let grouping = group::group(
            &self.item_source,
            &self.eligible,
            &self.linked.links,
            settings.threshold,
        );
        let (groups, by_hand) = self.apply(grouping.claims, corrections);
        let mut claim_of: Vec<Option<u32>> = vec![None; self.item_source.len()];
        for (ci, g) in groups.iter().enumerate() {
            for &m in g {
                claim_of[m as usize] = Some(ci as u32);
            }
        }
        let n_sources = self.sources.len();
        let claim_id = |c: u32| ClaimId(c + 1);
        let grouped: Vec<(Claim, Vec<Pair>)> = groups
            .par_iter()
            .enumerate()
            .map(|(ci, members)| {
                let id = claim_id(ci as u32);
                let mut sources: Vec<u32> = members
                    .iter()
                    .map(|&m| self.item_source[m as usize] as u32)
                    .collect();
                sources.dedup();
                let mut pairs = Vec::new();
                for (i, &x) in members.iter().enumerate() {
                    for &y in &members[i + 1..] {
                        if self.item_source[x as usize] == self.item_source[y as usize] {
                            continue;
                        }
                        pairs.push(Pair {
                            a: self.id_of(x),
                            b: self.id_of(y),
                            relation: Relation::Same,
                            claims: vec![id],
                            similarity: round3(self.similarity(x, y)),
                            diff: word_diff(self.text_of(x), self.text_of(y)),
                        });
                    }
                }
                let rep = representative(members, &pairs, |m| self.id_of(m));
                let claim = Claim {
                    id,
                    label: label(self.text_of(rep)),
                    representative: self.id_of(rep),
                    members: members
                        .iter()
                        .map(|&m| Member {
                            passage: self.id_of(m),
                            start: 0,
                            end: self.text_of(m).len(),
                        })
                        .collect(),
                    shared: sources.len() > 1,
                    coverage: Coverage::of(sources.len(), n_sources),
                    sources,
                    by_hand: by_hand[ci],
                };
                (claim, pairs)
            })
            .collect();
        let mut claims = Vec::with_capacity(grouped.len());
        let mut pairs = Vec::new();
        for (claim, p) in grouped {
            claims.push(claim);
            pairs.extend(p);
        }
        pairs.sort_by_key(|p| (p.a, p.b));

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
                        claims: claim_of[self.offsets[si] + pi]
                            .map(|c| ClaimSpan {
                                claim: claim_id(c),
                                start: 0,
                                end: seg.end - seg.start,
                            })
                            .into_iter()
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let summary = Summary::of(&sources, &claims, self.disagreements.len());
        Comparison {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            generator: format!("corroborate {}", env!("CARGO_PKG_VERSION")),
            settings: *settings,
            sources,
            claims,
            pairs,
            summary,
            disagreements: self.disagreements.clone(),
            corrections: corrections.to_vec(),
        }
    }

    /// The item of a passage that can take part in a claim.
    fn item_of(&self, id: PassageId) -> Option<u32> {
        let item = self.offsets.get(id.source as usize)? + id.index as usize;
        let in_source = self.segments[id.source as usize].len() > id.index as usize;
        (in_source && self.eligible[item]).then_some(item as u32)
    }

    /// The groups after the corrections, ordered by first member again (so ids follow the
    /// input order), and which of them a correction changed.
    fn apply(
        &self,
        mut groups: Vec<Vec<u32>>,
        corrections: &[Correction],
    ) -> (Vec<Vec<u32>>, Vec<bool>) {
        let mut touched: Vec<bool> = vec![false; groups.len()];
        let find = |groups: &[Vec<u32>], item: u32| groups.iter().position(|g| g.contains(&item));
        for c in corrections {
            match *c {
                Correction::Split { passage } => {
                    let Some(item) = self.item_of(passage) else {
                        continue;
                    };
                    let Some(g) = find(&groups, item) else {
                        continue;
                    };
                    if groups[g].len() > 1 {
                        groups[g].retain(|&m| m != item);
                        touched[g] = true;
                        groups.push(vec![item]);
                        touched.push(true);
                    }
                }
                Correction::Join { a, b } => {
                    let (Some(x), Some(y)) = (self.item_of(a), self.item_of(b)) else {
                        continue;
                    };
                    let (Some(gx), Some(gy)) = (find(&groups, x), find(&groups, y)) else {
                        continue;
                    };
                    if gx != gy {
                        let moved = std::mem::take(&mut groups[gy]);
                        groups[gx].extend(moved);
                        groups[gx].sort_unstable();
                        touched[gx] = true;
                    }
                }
            }
        }
        let mut kept: Vec<(Vec<u32>, bool)> = groups
            .into_iter()
            .zip(touched)
            .filter(|(g, _)| !g.is_empty())
            .collect();
        kept.sort_by_key(|(g, _)| g[0]);
        kept.into_iter().unzip()
    }
}

/// A claim's most representative member: the one most similar to the others (the sum of
/// its pairs' similarities), the earlier passage on a tie, so the label is stable.
fn representative(members: &[u32], pairs: &[Pair], id_of: impl Fn(u32) -> PassageId) -> u32 {
    let score = |m: PassageId| -> f32 {
        pairs
            .iter()
            .filter(|p| p.a == m || p.b == m)
            .map(|p| p.similarity)
            .sum()
    };
    members
        .iter()
        .copied()
        .max_by(|&x, &y| {
            let (ix, iy) = (id_of(x), id_of(y));
            score(ix).total_cmp(&score(iy)).then(iy.cmp(&ix))
        })
        .unwrap_or_default()
}

/// A claim's label from the words that state it, on one line.
fn label(words: &str) -> String {
    words.split_whitespace().collect::<Vec<_>>().join(" ")
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
    fn every_passage_that_is_not_boilerplate_states_a_claim_within_its_text() {
        let c = pair(
            "The council approved the budget on Tuesday. Critics said it cuts libraries.",
            "On Tuesday the budget was approved by the council. Rain is expected tomorrow.",
        );
        for p in c.sources.iter().flat_map(|s| &s.passages) {
            assert_eq!(p.claims.is_empty(), p.boilerplate, "{p:?}");
            for s in &p.claims {
                assert!(s.start < s.end && s.end <= p.text.len(), "{s:?} in {p:?}");
                let claim = c.claim(s.claim).expect("the claim exists");
                assert!(claim.members.iter().any(|m| m.passage == p.id));
            }
        }
    }

    #[test]
    fn figures_that_differ_are_a_disagreement_of_the_whole_comparison() {
        let c = pair(
            "About 260 flights were cancelled at the airport on Tuesday.",
            "Some 340 flights were cancelled at the airport on Tuesday, and 2,000 people waited.",
        );
        assert_eq!(c.summary.disagreements, 1, "{:#?}", c.disagreements);
        assert_eq!(c.disagreements[0].kind, disagree::Kind::Number);
        assert!(c.claims.iter().any(|cl| cl.shared));
    }

    #[test]
    fn corrections_split_and_join_claims_and_survive_a_regroup() {
        let sources = vec![
            from_text("a", "The court halted the ban on Monday. Shares rose.").unwrap(),
            from_text(
                "b",
                "On Monday the court halted the ban. It rained all day.",
            )
            .unwrap(),
        ];
        let a = analyse(sources, &AtomicBool::new(false)).unwrap();
        let plain = a.comparison(&Settings::default());
        let p = |s, i| PassageId {
            source: s,
            index: i,
        };
        assert!(
            plain.pair(p(0, 0), p(1, 0)).is_some(),
            "{:#?}",
            plain.claims
        );
        assert!(plain.pair(p(0, 1), p(1, 1)).is_none());
        let corrections = [
            Correction::Split { passage: p(1, 0) },
            Correction::Join {
                a: p(0, 1),
                b: p(1, 1),
            },
            // Skipped: no such passage.
            Correction::Split { passage: p(7, 7) },
        ];
        for threshold in [0.2, 0.3, 0.5] {
            let c = a.corrected(&Settings::default().with_threshold(threshold), &corrections);
            assert!(c.pair(p(0, 0), p(1, 0)).is_none());
            let joined = c.pair(p(0, 1), p(1, 1)).expect("joined by hand");
            assert!(c.claim(joined.claims[0]).unwrap().by_hand);
            assert_eq!(c.corrections, corrections);
            assert_eq!(
                c.summary.by_hand,
                c.claims.iter().filter(|cl| cl.by_hand).count()
            );
            assert!(c.summary.by_hand >= 2);
        }
    }
}

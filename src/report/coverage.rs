//! Coverage figures derived from a [`Comparison`]: which sources carry which claims, the
//! combinations of sources (for an UpSet chart), and source × source overlap.
//!
//! ```
//! use corroborate::{compare, ingest, Settings};
//! use corroborate::report::coverage;
//! let a = ingest::from_text("a", "The court halted the ban on Monday. Shares rose.").unwrap();
//! let b = ingest::from_text("b", "On Monday the court halted the ban. It rained.").unwrap();
//! let c = compare::compare(vec![a, b], &Settings::default());
//! let combos = coverage::intersections(&c);
//! // One claim each: both sources, a alone ("Shares rose."), b alone ("It rained.").
//! assert_eq!(combos.iter().map(|i| i.sources.clone()).collect::<Vec<_>>(), [vec![0, 1], vec![0], vec![1]]);
//! assert_eq!(coverage::overlap(&c)[0][1], 1);
//! ```

use super::{Claim, ClaimId, Comparison, Coverage, Passage};

/// Claims carried by exactly one combination of sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intersection {
    /// Sorted source indices.
    pub sources: Vec<u32>,
    /// Bit i set for source i (sources past 63 share bit 63).
    pub mask: u64,
    pub claims: usize,
}

/// The bit mask of a set of sources.
pub fn mask_of(sources: &[u32]) -> u64 {
    sources.iter().fold(0, |m, &s| m | (1u64 << s.min(63)))
}

/// Every combination of sources that carries at least one claim, largest first
/// (ties: more sources first, then by source order).
pub fn intersections(c: &Comparison) -> Vec<Intersection> {
    let mut out: Vec<Intersection> = Vec::new();
    for claim in &c.claims {
        match out.iter_mut().find(|i| i.sources == claim.sources) {
            Some(i) => i.claims += 1,
            None => out.push(Intersection {
                sources: claim.sources.clone(),
                mask: mask_of(&claim.sources),
                claims: 1,
            }),
        }
    }
    out.sort_by(|a, b| {
        b.claims
            .cmp(&a.claims)
            .then(b.sources.len().cmp(&a.sources.len()))
            .then(a.sources.cmp(&b.sources))
    });
    out
}

/// `overlap[i][j]`: claims carried by both source i and source j (`[i][i]`: claims of i).
pub fn overlap(c: &Comparison) -> Vec<Vec<usize>> {
    let n = c.sources.len();
    let mut m = vec![vec![0usize; n]; n];
    for claim in &c.claims {
        for &i in &claim.sources {
            for &j in &claim.sources {
                m[i as usize][j as usize] += 1;
            }
        }
    }
    m
}

/// How close `source`'s wording of the claim is to its label (the representative passage):
/// 1.0 for the representative itself, the pair's similarity otherwise; None if the source
/// lacks it.
pub fn closeness(c: &Comparison, claim: &Claim, source: u32) -> Option<f32> {
    let rep = claim.representative;
    let member = claim.member_of(source)?.passage;
    if member == rep || rep.source == source {
        return Some(1.0);
    }
    c.pair(member, rep).map(|p| p.similarity)
}

/// How widely a claim is carried, in words: "unique", "3 of 5", "all 5".
pub fn coverage_words(c: &Comparison, claim: &Claim) -> String {
    match claim.coverage {
        Coverage::Unique => "unique".to_owned(),
        Coverage::All => format!("all {}", c.sources.len()),
        Coverage::Some => format!("{} of {}", claim.sources.len(), c.sources.len()),
    }
}

/// A stretch of a passage's text and the claim its tint follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// Bytes of the passage's text.
    pub start: usize,
    pub end: usize,
    pub claim: ClaimId,
}

/// A passage cut into stretches, each tinted by the widest claim whose span covers it, so
/// the part of a sentence other sources corroborate reads as shared and the rest as its
/// own. Words no span covers (an attribution, the comma between two facts) join the
/// stretch before them (the one after, at the start). Empty for boilerplate.
pub fn runs(c: &Comparison, p: &Passage) -> Vec<Run> {
    let len = p.text.len();
    let width = |id: ClaimId| c.claim(id).map_or(0, |cl| cl.sources.len());
    let mut cuts: Vec<usize> = p
        .claims
        .iter()
        .flat_map(|s| [s.start.min(len), s.end.min(len)])
        .chain([0, len])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut runs: Vec<Run> = Vec::new();
    let mut pending: Option<usize> = None;
    for w in cuts.windows(2) {
        let (start, end) = (w[0], w[1]);
        let widest = p
            .claims
            .iter()
            .filter(|s| s.start <= start && end <= s.end)
            .max_by_key(|s| (width(s.claim), std::cmp::Reverse(s.claim)))
            .map(|s| s.claim);
        match (widest, runs.last_mut()) {
            (Some(claim), Some(last)) if last.claim == claim => last.end = end,
            (Some(claim), _) => runs.push(Run {
                start: pending.take().unwrap_or(start),
                end,
                claim,
            }),
            (None, Some(last)) => last.end = end,
            (None, None) => pending = pending.or(Some(start)),
        }
    }
    runs
}

/// How matrix rows are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RowOrder {
    /// Most widely carried first, then by first appearance.
    #[default]
    Coverage,
    /// In the order the claims appear in this source; claims it lacks follow.
    Source(u32),
}

/// Claim indices in matrix order.
pub fn row_order(c: &Comparison, order: RowOrder) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..c.claims.len()).collect();
    match order {
        RowOrder::Coverage => {
            rows.sort_by_key(|&i| (std::cmp::Reverse(c.claims[i].sources.len()), i))
        }
        RowOrder::Source(s) => rows.sort_by_key(|&i| {
            let first = c.claims[i]
                .members
                .iter()
                .find(|m| m.passage.source == s)
                .map(|m| m.passage.index);
            (first.is_none(), first, i)
        }),
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Settings, compare, ingest};

    fn samples() -> Comparison {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let sources = files
            .iter()
            .map(|f| ingest::load_path(f).unwrap())
            .collect();
        compare::compare(sources, &Settings::default())
    }

    #[test]
    fn intersections_partition_the_claims() {
        let c = samples();
        let combos = intersections(&c);
        assert_eq!(
            combos.iter().map(|i| i.claims).sum::<usize>(),
            c.claims.len()
        );
        assert!(combos.windows(2).all(|w| w[0].claims >= w[1].claims));
        let unique_of_0 = c.claims.iter().filter(|cl| cl.sources == [0]).count();
        assert_eq!(
            combos.iter().find(|i| i.sources == [0]).unwrap().claims,
            unique_of_0
        );
    }

    #[test]
    fn overlap_diagonal_is_each_sources_claims() {
        let c = samples();
        let m = overlap(&c);
        for (i, row) in m.iter().enumerate() {
            assert_eq!(row[i], c.summary.per_source[i].claims);
            for (j, &v) in row.iter().enumerate() {
                assert_eq!(v, m[j][i]);
            }
        }
    }

    #[test]
    fn runs_cover_each_passage_with_claims_it_states() {
        let c = samples();
        for p in c.sources.iter().flat_map(|s| &s.passages) {
            let r = runs(&c, p);
            if p.claims.is_empty() {
                assert!(r.is_empty());
                continue;
            }
            assert_eq!((r[0].start, r[r.len() - 1].end), (0, p.text.len()), "{p:?}");
            assert!(
                r.windows(2)
                    .all(|w| w[0].end == w[1].start && w[0].claim != w[1].claim)
            );
            assert!(
                r.iter()
                    .all(|run| p.claims.iter().any(|s| s.claim == run.claim))
            );
        }
    }

    #[test]
    fn rows_by_coverage_then_appearance() {
        let c = samples();
        let rows = row_order(&c, RowOrder::Coverage);
        assert!(
            rows.windows(2)
                .all(|w| c.claims[w[0]].sources.len() >= c.claims[w[1]].sources.len())
        );
        let by_2 = row_order(&c, RowOrder::Source(2));
        let firsts: Vec<u32> = by_2
            .iter()
            .filter_map(|&i| {
                c.claims[i]
                    .members
                    .iter()
                    .find(|m| m.passage.source == 2)
                    .map(|m| m.passage.index)
            })
            .collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]));
        for claim in &c.claims {
            assert_eq!(closeness(&c, claim, claim.representative.source), Some(1.0));
        }
    }
}

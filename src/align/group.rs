//! Links above a threshold → claims, by average-linkage clustering: two groups merge
//! only when their passages are similar *on average*, so unrelated passages are never
//! chained together through an intermediate one.

use std::collections::HashMap;

use super::Link;

/// Share of the threshold the average similarity between two groups must reach to merge.
pub const LINKAGE: f32 = 1.0;

/// Claims as lists of item indices, ordered by their first member.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grouping {
    pub claims: Vec<Vec<u32>>,
    /// For each item, the index of its claim (None for boilerplate).
    pub claim_of: Vec<Option<u32>>,
}

/// Groups eligible items; every eligible item ends in exactly one claim.
pub fn group(sources: &[usize], eligible: &[bool], links: &[Link], threshold: f32) -> Grouping {
    let n = sources.len();
    let sim: HashMap<(u32, u32), f32> = links.iter().map(|l| ((l.a, l.b), l.score)).collect();
    let lookup = |x: u32, y: u32| {
        let key = if x < y { (x, y) } else { (y, x) };
        sim.get(&key).copied().unwrap_or(0.0)
    };
    let mut strong: Vec<&Link> = links.iter().filter(|l| l.score >= threshold).collect();
    strong.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });

    let mut root: Vec<u32> = (0..n as u32).collect();
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|i| vec![i]).collect();
    for link in strong {
        let (ra, rb) = (root[link.a as usize], root[link.b as usize]);
        if ra == rb {
            continue;
        }
        let (mut total, mut count) = (0.0f32, 0u32);
        for &x in &members[ra as usize] {
            for &y in &members[rb as usize] {
                if sources[x as usize] != sources[y as usize] {
                    total += lookup(x, y);
                    count += 1;
                }
            }
        }
        if count == 0 || total / (count as f32) < threshold * LINKAGE {
            continue;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        let moved = std::mem::take(&mut members[gone as usize]);
        for &m in &moved {
            root[m as usize] = keep;
        }
        members[keep as usize].extend(moved);
    }

    let mut grouping = Grouping {
        claims: Vec::new(),
        claim_of: vec![None; n],
    };
    for i in 0..n {
        if !eligible[i] || root[i] != i as u32 {
            continue;
        }
        let mut m = std::mem::take(&mut members[i]);
        m.sort_unstable();
        let id = grouping.claims.len() as u32;
        for &x in &m {
            grouping.claim_of[x as usize] = Some(id);
        }
        grouping.claims.push(m);
    }
    grouping
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(a: u32, b: u32, score: f32) -> Link {
        Link { a, b, score }
    }

    #[test]
    fn no_chaining_through_an_intermediate() {
        // 0~1 strong, 1~2 strong, but 0 and 2 unrelated: 2 must not join {0, 1}.
        let g = group(&[0, 1, 2], &[true; 3], &[l(0, 1, 0.9), l(1, 2, 0.6)], 0.5);
        assert_eq!(g.claims, vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn a_claim_all_agree_on_forms_one_group() {
        let links = [l(0, 1, 0.8), l(1, 2, 0.7), l(0, 2, 0.6)];
        let g = group(&[0, 1, 2], &[true; 3], &links, 0.5);
        assert_eq!(g.claims, vec![vec![0, 1, 2]]);
        assert_eq!(g.claim_of, vec![Some(0); 3]);
    }

    #[test]
    fn boilerplate_gets_no_claim() {
        let g = group(&[0, 1], &[true, false], &[], 0.5);
        assert_eq!(g.claims, vec![vec![0]]);
        assert_eq!(g.claim_of, vec![Some(0), None]);
    }
}

//! The one seam: sources in, [`Comparison`] out.
//!
//! ```
//! use corroborate::{compare, ingest, Settings};
//! let a = ingest::from_text("a", "The court halted the ban on Monday. Shares rose.").unwrap();
//! let b = ingest::from_text("b", "On Monday the court halted the ban. It rained.").unwrap();
//! let report = compare::compare(vec![a, b], &Settings::default());
//! assert_eq!(report.summary.shared, 1, "{:?}", report.claims);
//! ```

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::atomic::AtomicBool;

use rayon::prelude::*;

use crate::align::facts::{self, FactAnalysis};
use crate::align::{Cancelled, Item};
use crate::diff::word_diff;
use crate::disagree::{self, Disagreement, Statement};
use crate::ingest::Source;
use crate::report::*;
use crate::segment::{self, Segment};

/// The threshold-independent part of a comparison: passages, their fact spans and scored
/// links, disagreements. Re-grouping at another threshold ([`Analysis::comparison`]) is fast.
pub struct Analysis {
    sources: Vec<Source>,
    segments: Vec<Vec<Segment>>,
    /// Item index of each source's first passage.
    offsets: Vec<usize>,
    item_source: Vec<usize>,
    eligible: Vec<bool>,
    facts: FactAnalysis,
    /// Figures, dates and quotes the sources give differently: threshold-independent.
    disagreements: Vec<Disagreement>,
}

/// Segments the sources, finds and links their facts; checks `cancel` between stages.
pub fn analyse(sources: Vec<Source>, cancel: &AtomicBool) -> Result<Analysis, Cancelled> {
    let segments: Vec<Vec<Segment>> = sources
        .par_iter()
        .map(|s| {
            let mut segs = segment::segment(&s.text);
            segment::mark_site_names(&s.text, &mut segs, &s.site_names());
            segs
        })
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
    let facts = facts::facts(&items, cancel)?;
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
        facts,
    })
}

/// Compares `sources` in one go.
pub fn compare(sources: Vec<Source>, settings: &Settings) -> Comparison {
    let never = AtomicBool::new(false);
    analyse(sources, &never)
        .expect("not cancelled")
        .comparison(settings)
}

/// A claim being built: its members (item, span), sorted, one per passage; the member
/// that words it best; whether a correction changed it.
struct Draft {
    members: Vec<(u32, Range<usize>)>,
    representative: (u32, Range<usize>),
    by_hand: bool,
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

    /// Groups the fact spans into claims at `settings.threshold` and builds the report
    /// model: see `align::facts` and docs/method-facts.md.
    pub fn comparison(&self, settings: &Settings) -> Comparison {
        self.corrected(settings, &[])
    }

    /// [`comparison`](Self::comparison), then the reader's corrections applied in order
    /// (those naming a passage that does not exist or is boilerplate are skipped).
    pub fn corrected(&self, settings: &Settings, corrections: &[Correction]) -> Comparison {
        let grouping = self.facts.group(settings.threshold);
        let scores: HashMap<(u32, u32), f32> = grouping
            .pairs
            .iter()
            .map(|p| ((p.a, p.b), p.score))
            .collect();
        let mut drafts: Vec<Draft> = grouping
            .claims
            .into_iter()
            .map(|c| Draft {
                members: c.members.into_iter().map(|m| (m.item, m.span)).collect(),
                representative: (c.representative.item, c.representative.span),
                by_hand: false,
            })
            .collect();
        self.apply(&mut drafts, corrections);
        drafts.retain(|d| !d.members.is_empty());
        drafts.sort_by(|x, y| {
            let key = |d: &Draft| (d.members[0].0, d.members[0].1.start, d.members[0].1.end);
            key(x).cmp(&key(y))
        });

        let n_sources = self.sources.len();
        let claim_id = |c: usize| ClaimId(c as u32 + 1);
        // For each item, the claims it states and the span of each.
        let mut claims_of: Vec<Vec<ClaimSpan>> = vec![Vec::new(); self.item_source.len()];
        // Passage pairs of different sources and the claims they share.
        let mut shared: BTreeMap<(u32, u32), Vec<ClaimId>> = BTreeMap::new();
        let claims: Vec<Claim> = drafts
            .iter()
            .enumerate()
            .map(|(ci, d)| {
                let id = claim_id(ci);
                for (item, span) in &d.members {
                    claims_of[*item as usize].push(ClaimSpan {
                        claim: id,
                        start: span.start,
                        end: span.end,
                    });
                }
                for (k, (x, _)) in d.members.iter().enumerate() {
                    for (y, _) in &d.members[k + 1..] {
                        if self.item_source[*x as usize] != self.item_source[*y as usize] {
                            shared
                                .entry(((*x).min(*y), (*x).max(*y)))
                                .or_default()
                                .push(id);
                        }
                    }
                }
                let mut sources: Vec<u32> = d
                    .members
                    .iter()
                    .map(|(m, _)| self.item_source[*m as usize] as u32)
                    .collect();
                sources.sort_unstable();
                sources.dedup();
                // The wording shown for the claim: the most typical member's, unless it is a
                // fragment ("the company X to its list") and another member's reads as a
                // statement of its own (a capital to start, a few words).
                let reads_whole = |(item, span): &(u32, std::ops::Range<usize>)| {
                    reads_as_statement(self.text_of(*item).get(span.clone()).unwrap_or(""))
                };
                let (rep, span) = if reads_whole(&d.representative) {
                    &d.representative
                } else {
                    d.members
                        .iter()
                        .find(|m| reads_whole(m))
                        .unwrap_or(&d.representative)
                };
                Claim {
                    id,
                    label: label(self.text_of(*rep), span.clone()),
                    representative: self.id_of(*rep),
                    members: d
                        .members
                        .iter()
                        .map(|(m, span)| Member {
                            passage: self.id_of(*m),
                            start: span.start,
                            end: span.end,
                        })
                        .collect(),
                    shared: sources.len() > 1,
                    coverage: Coverage::of(sources.len(), n_sources),
                    sources,
                    by_hand: d.by_hand,
                }
            })
            .collect();
        let shared: Vec<((u32, u32), Vec<ClaimId>)> = shared.into_iter().collect();
        let pairs: Vec<Pair> = shared
            .par_iter()
            .map(|((a, b), ids)| {
                let (na, nb) = (claims_of[*a as usize].len(), claims_of[*b as usize].len());
                let relation = match (ids.len() == na, ids.len() == nb) {
                    (true, true) => Relation::Same,
                    (false, true) => Relation::AContainsB,
                    (true, false) => Relation::BContainsA,
                    (false, false) => Relation::Overlap,
                };
                Pair {
                    a: self.id_of(*a),
                    b: self.id_of(*b),
                    relation,
                    claims: ids.clone(),
                    // Linked by hand where the aligner saw no link: 0.
                    similarity: round3(scores.get(&(*a, *b)).copied().unwrap_or(0.0)),
                    diff: word_diff(self.text_of(*a), self.text_of(*b)),
                }
            })
            .collect();

        let mut sources: Vec<SourceReport> = self
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
                        claims: std::mem::take(&mut claims_of[self.offsets[si] + pi]),
                    })
                    .collect(),
                shown_name: String::new(),
            })
            .collect();
        crate::report::name_sources(&mut sources);
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

    /// Applies the corrections in order. A split takes the passage out of every claim it
    /// shares, each of its spans then a claim of its own; a join adds the passage (whole)
    /// to the widest claim of the other.
    fn apply(&self, drafts: &mut Vec<Draft>, corrections: &[Correction]) {
        let width = |d: &Draft| {
            let mut s: Vec<usize> = d
                .members
                .iter()
                .map(|(m, _)| self.item_source[*m as usize])
                .collect();
            s.sort_unstable();
            s.dedup();
            s.len()
        };
        for c in corrections {
            match *c {
                Correction::Split { passage } => {
                    let Some(item) = self.item_of(passage) else {
                        continue;
                    };
                    let mut alone = Vec::new();
                    for d in drafts.iter_mut().filter(|d| d.members.len() > 1) {
                        let Some(k) = d.members.iter().position(|(m, _)| *m == item) else {
                            continue;
                        };
                        let member = d.members.remove(k);
                        if d.representative.0 == item {
                            d.representative = d.members[0].clone();
                        }
                        d.by_hand = true;
                        alone.push(member);
                    }
                    drafts.extend(alone.into_iter().map(|m| Draft {
                        members: vec![m.clone()],
                        representative: m,
                        by_hand: true,
                    }));
                }
                Correction::Join { a, b } => {
                    let (Some(x), Some(y)) = (self.item_of(a), self.item_of(b)) else {
                        continue;
                    };
                    let target = drafts
                        .iter_mut()
                        .filter(|d| d.members.iter().any(|(m, _)| *m == y))
                        .max_by_key(|d| (width(d), std::cmp::Reverse(d.members[0].0)));
                    let Some(d) = target else { continue };
                    if d.members.iter().all(|(m, _)| *m != x) {
                        let whole = 0..self.text_of(x).len();
                        let at = d.members.partition_point(|(m, _)| *m < x);
                        d.members.insert(at, (x, whole));
                        d.by_hand = true;
                    }
                }
            }
        }
    }
}

/// Words that read as a statement of their own in a list of claims: a capital to start and
/// four words or more ("Xiaomi sues the U.S. government", not "the company Xiaomi to its").
fn reads_as_statement(words: &str) -> bool {
    words.chars().next().is_some_and(char::is_uppercase) && words.split_whitespace().count() >= 4
}

/// A claim's label from the words that state it (`text[span]`): one line, without the
/// punctuation that joined it to the rest of its sentence, with the closing quotation mark
/// that directly follows a quotation the span opened ("being a “Military Company”").
fn label(text: &str, span: std::ops::Range<usize>) -> String {
    let words = text.get(span.clone()).unwrap_or("");
    let line = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut label = line
        .trim_matches(|c: char| {
            matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '|') || c.is_whitespace()
        })
        .to_owned();
    let (open, close) = (label.rfind('\u{201C}'), label.rfind('\u{201D}'));
    let opened = (open.is_some() && close < open) || label.matches('"').count() % 2 == 1;
    let next = text.get(span.end..).and_then(|rest| rest.chars().next());
    if opened && label.len() == line.len() && matches!(next, Some('\u{201D}' | '"')) {
        label.extend(next);
    }
    label
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
    fn a_label_is_taken_from_a_member_that_reads_as_a_statement() {
        assert!(reads_as_statement("Xiaomi sues the U.S. government"));
        assert!(!reads_as_statement("the company Xiaomi to its blacklist"));
        assert!(!reads_as_statement("Dozens hurt"));
        // Every claim's label is its representative's wording.
        let c = pair(
            "The council approved the budget on Tuesday. Critics said it cuts libraries.",
            "On Tuesday the budget was approved by the council. Rain is expected tomorrow.",
        );
        for cl in &c.claims {
            let rep = c.passage(cl.representative).expect("a passage");
            let one_line = rep.text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(one_line.contains(&cl.label), "{} / {}", cl.label, one_line);
        }
    }

    #[test]
    fn a_label_closes_the_quotation_its_span_opened() {
        let t = "being a \u{201C}Military Company\u{201D}, it sued";
        let end = t.find('\u{201D}').unwrap();
        assert_eq!(label(t, 0..end), "being a \u{201C}Military Company\u{201D}");
        // Only a mark that follows at once: the quotation may go on after the span.
        let t = "said the \"best move was to wait\"";
        assert_eq!(label(t, 0..19), "said the \"best move");
        assert_eq!(label("a b, c", 0..4), "a b");
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

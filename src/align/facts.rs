//! Claims at the level of facts: passages → fact spans → scored span links → claims.
//!
//! A passage states one or more facts. Each is a *span* of it: a clause, a participial
//! phrase (", killing two people"), a headline segment ("Dozens hurt" | "as storm lashes
//! coast"). A span's fact is what happens (its predicates: verbs and event nouns from the
//! WordNet-derived [`lexicon`](super::lexicon), with negation and habitual aspect) and who or
//! what it involves (its arguments: names, nouns, numbers, plus the rest of the passage as
//! weaker context). Two spans of different sources state the same fact only when a predicate
//! matches (same word, WordNet synonym or derivation, same stem), no cue sets them apart
//! (negation, habitual vs. one-off, modal vs. stated, different years/days/months, antonyms
//! such as rose/fell), and some argument is shared. Attributions ("…, the lawyer said") take
//! no part in matching. A span link only counts when the two passages also agree as wholes
//! (the passage-level `score::similarity`, topic terms discounted): one predicate and the
//! story's main actor are shared by many facts of one story.
//!
//! [`facts`] finds and scores spans once (threshold-independent); [`FactAnalysis::group`]
//! clusters spans into claims at a threshold by average linkage, so no claim chains unrelated
//! spans through an intermediate one; two passages are paired only through a direct span
//! link. A passage's claims are those of its spans (many-to-many). Everything is order- and
//! context-stable: span term weights come from general English only, the passage agreement
//! discounts a term by its share of the passages of the sources that name it (so an
//! unrelated article changes nothing), candidate pairs are exact (no per-passage caps), span
//! scores are sums of integer weights, and ties are broken by the spans' content, not by
//! input order.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

use super::features::{
    Features, NUMBER_WORDS, STOPWORDS, TermKind, Vocabulary, canonical_number,
    general_informativeness, stemmer,
};
use super::lexicon::{HABITUAL, NEGATIONS, lexicon};
use super::{Cancelled, Item};
use crate::segment::words::{WEEKDAYS, month_number};

/// Span links weaker than this are not kept: no threshold setting can use them.
pub const MIN_FACT_LINK: f32 = 0.2;

/// Default strictness of fact grouping.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// Share of the threshold the mean similarity between two groups must reach to merge.
pub const LINKAGE: f32 = 0.5;

/// Share of the threshold the two passages as wholes must agree to (`score::similarity`,
/// topic terms discounted) for a span link between them to count: a shared predicate and
/// a shared name are often two facts of one story, not one fact.
pub const PASSAGE_AGREEMENT: f32 = 0.6;

/// A span link this strong (the same predicate word and most of the arguments of the
/// shorter span, or a synonym and nearly all of them) needs no passage agreement: its two
/// spans state one fact whatever else their passages say.
pub const SURE_LINK: f32 = 0.8;

/// Passages at the top of each source (headline, standfirst, lead) whose span links need no
/// passage agreement with each other: news puts the main event first, so two articles'
/// leads restating it share mostly topic terms, which the agreement check discounts.
pub const LEAD_PASSAGES: u32 = 4;

/// Weight of the argument terms two sources' leads must share for them to be on one story
/// (a name or a rare word; an ordinary word such as "police" weighs less).
const SAME_STORY: u64 = 1000;

/// Score of a link between two leads on a verb alone, no argument shared: the default
/// strictness takes it, a stricter one asks for shared names or numbers too.
pub const LEAD_PREDICATE_ONLY: f32 = DEFAULT_THRESHOLD;

/// Strength of the discount of topic terms in the passage agreement: weight ×
/// (1 − share of passages naming the term)^this.
const TOPIC_DISCOUNT: f32 = 3.0;

/// Passages added to each source's count when taking a term's share, so that a source of a
/// few passages does not make every term look like its topic.
const TOPIC_SMOOTHING: f32 = 4.0;

/// Term weights are integers (1/1000) so sums do not depend on summation order.
type Weight = u32;

/// One fact a passage states.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Member {
    /// Index of the passage (item).
    pub item: u32,
    /// Bytes of the passage text stating the fact (relative to the passage).
    pub span: Range<usize>,
}

/// One claim: a fact and the spans stating it.
#[derive(Clone, Debug, PartialEq)]
pub struct FactClaim {
    /// Sorted by item, then span.
    pub members: Vec<Member>,
    /// The member whose wording best stands for the claim (most similar to the others).
    pub representative: Member,
}

/// How two passages of different sources relate through the claims they share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// They state the same claims.
    Same,
    /// `a` states all `b` does, and more.
    AContainsB,
    /// `b` states all `a` does, and more.
    BContainsA,
    /// They share some claims and each states others.
    Overlap,
}

/// Two passages of different sources that share claims.
#[derive(Clone, Debug, PartialEq)]
pub struct PairRelation {
    /// Item indices, a < b.
    pub a: u32,
    pub b: u32,
    pub relation: Relation,
    /// Indices of the claims they share.
    pub claims: Vec<u32>,
    /// The best span similarity between them, 0..=1.
    pub score: f32,
}

/// Claims at one threshold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FactGrouping {
    /// Ordered by their first member (so ids follow input order).
    pub claims: Vec<FactClaim>,
    /// For each item, the claims it states, sorted (empty for boilerplate).
    pub claims_of: Vec<Vec<u32>>,
    /// Sorted by (a, b).
    pub pairs: Vec<PairRelation>,
}

/// A fact span as the aligner sees it.
#[derive(Clone, Debug, Default)]
struct Span {
    item: u32,
    range: Range<usize>,
    /// Lexicon word ids of its predicates, sorted.
    lemmas: Vec<u32>,
    /// Those used as verbs, sorted, and their classes.
    verbs: Vec<u32>,
    verb_classes: Vec<u32>,
    /// WordNet classes of its predicates, sorted.
    classes: Vec<u32>,
    /// Classes of every lexicon word in it (adjectives too), sorted, and their opposites.
    polar: Vec<u32>,
    anti: Vec<u32>,
    negated: bool,
    habitual: bool,
    /// Stated as possible, future or wished (a modal verb), not as having happened.
    modal: bool,
    /// Times it names (years, weekdays, months), sorted.
    times: Vec<String>,
    /// Argument terms of the span, sorted, and of the rest of its passage.
    own: Vec<u32>,
    context: Vec<u32>,
}

impl Span {
    fn has_predicate(&self) -> bool {
        !self.lemmas.is_empty()
    }
}

/// A scored link between two spans of different sources (a < b).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpanLink {
    pub a: u32,
    pub b: u32,
    pub score: f32,
}

/// Fact spans and their links, computed once per set of passages.
pub struct FactAnalysis {
    sources: Vec<usize>,
    /// Rank of each item among the eligible items of its source (headline and lead first).
    rank: Vec<u32>,
    eligible: Vec<bool>,
    spans: Vec<Span>,
    /// Content key of each span: breaks ties independently of input order.
    keys: Vec<u64>,
    links: Vec<SpanLink>,
    passage: PassageAgreement,
}

/// How much the two passages of each span link agree as wholes, 0..=1, worked out when a
/// grouping first needs it.
struct PassageAgreement {
    features: Vec<Features>,
    weights: Vec<f32>,
    vocab: Vocabulary,
    /// Distinct (item, item) pairs joined by a link, sorted.
    pairs: Vec<(u32, u32)>,
    /// For each link, its index in `pairs`.
    link_pair: Vec<u32>,
    /// For each pair, bounds of its agreement that need no word alignment: most pairs are
    /// decided by them.
    bounds: Vec<(f32, f32)>,
    agreement: Vec<OnceLock<f32>>,
}

impl PassageAgreement {
    /// Scores, in parallel, the pairs of `links` (indices) whose bounds do not tell
    /// whether they reach `need` and that are not scored yet.
    fn prepare(&self, links: &[usize], need: f32) {
        let mut todo: Vec<u32> = links
            .iter()
            .map(|&l| self.link_pair[l])
            .filter(|&p| {
                let (lo, hi) = self.bounds[p as usize];
                lo < need && need <= hi && self.agreement[p as usize].get().is_none()
            })
            .collect();
        todo.sort_unstable();
        todo.dedup();
        todo.par_iter().for_each(|&p| {
            self.exact(p as usize);
        });
    }

    fn exact(&self, p: usize) -> f32 {
        *self.agreement[p].get_or_init(|| {
            let (a, b) = self.pairs[p];
            super::score::similarity(
                &self.features[a as usize],
                &self.features[b as usize],
                &self.weights,
                &self.vocab,
            )
        })
    }

    /// Whether the passages of link `l` agree at least `need`.
    fn reaches(&self, l: usize, need: f32) -> bool {
        let p = self.link_pair[l] as usize;
        let (lo, hi) = self.bounds[p];
        if hi < need {
            false
        } else if lo >= need {
            true
        } else {
            self.exact(p) >= need
        }
    }
}

/// Finds the fact spans of eligible items and scores every pair of spans of different
/// sources that shares a predicate class; checks `cancel` between stages.
pub fn facts(items: &[Item], cancel: &AtomicBool) -> Result<FactAnalysis, Cancelled> {
    let parsed: Vec<Vec<RawSpan>> = items
        .par_iter()
        .map(|it| {
            if it.eligible {
                spans_of(it.text)
            } else {
                Vec::new()
            }
        })
        .collect();
    if cancel.load(Ordering::Relaxed) {
        return Err(Cancelled);
    }
    let mut terms = Terms::default();
    let mut spans = Vec::new();
    let mut keys = Vec::new();
    for (i, raw) in parsed.into_iter().enumerate() {
        let all: Vec<u32> = {
            let mut v: Vec<u32> = Vec::new();
            for a in raw.iter().flat_map(|r| &r.args) {
                v.push(terms.intern(a));
            }
            v.sort_unstable();
            v.dedup();
            v
        };
        for r in raw {
            let mut own: Vec<u32> = r.args.iter().map(|a| terms.intern(a)).collect();
            own.sort_unstable();
            own.dedup();
            let context: Vec<u32> = all
                .iter()
                .copied()
                .filter(|t| own.binary_search(t).is_err())
                .collect();
            let mut h = std::hash::DefaultHasher::new();
            items[i].text.hash(&mut h);
            r.range.hash(&mut h);
            keys.push(h.finish());
            let mut anti: Vec<u32> = r
                .polar
                .iter()
                .flat_map(|&c| lexicon().opposites_of(c).iter().copied())
                .collect();
            anti.sort_unstable();
            anti.dedup();
            spans.push(Span {
                item: i as u32,
                range: r.range,
                lemmas: r.lemmas,
                verbs: r.verbs,
                verb_classes: r.verb_classes,
                classes: r.classes,
                polar: r.polar,
                anti,
                negated: r.negated,
                habitual: r.habitual,
                modal: r.modal,
                times: r.times,
                own,
                context,
            });
        }
    }
    let weights = terms.weights;
    let sources: Vec<usize> = items.iter().map(|it| it.source).collect();
    let mut seen = vec![0u32; sources.iter().map(|&s| s + 1).max().unwrap_or(0)];
    let rank: Vec<u32> = items
        .iter()
        .map(|it| {
            let r = seen[it.source];
            if it.eligible {
                seen[it.source] += 1;
            }
            r
        })
        .collect();
    // What each source's lead names: two leads link on a verb alone only when their sources
    // are on one story, naming something in common there.
    let mut lead_terms: Vec<Vec<u32>> = vec![Vec::new(); seen.len()];
    for sp in &spans {
        if rank[sp.item as usize] < LEAD_PASSAGES {
            lead_terms[sources[sp.item as usize]].extend(&sp.own);
        }
    }
    for t in &mut lead_terms {
        t.sort_unstable();
        t.dedup();
    }
    let same_story =
        |a: usize, b: usize| shared_weight(&lead_terms[a], &lead_terms[b], &weights) >= SAME_STORY;
    let links = span_links(&spans, &sources, &rank, &same_story, &weights, cancel);
    if cancel.load(Ordering::Relaxed) {
        return Err(Cancelled);
    }
    let mut vocab = Vocabulary::default();
    let scanned: Vec<Option<Vec<super::features::Scanned>>> = items
        .par_iter()
        .map(|it| it.eligible.then(|| super::features::scan(it.text)))
        .collect();
    let features: Vec<Features> = scanned
        .into_iter()
        .map(|sc| {
            sc.map_or_else(Features::default, |sc| {
                super::features::number(sc, &mut vocab)
            })
        })
        .collect();
    let pweights = passage_weights(&vocab, &features, items);
    // Many span links join the same two passages, and most links never reach a threshold
    // anyone uses: each pair of passages is scored once, when a grouping first needs it.
    let item_pair = |l: &SpanLink| (spans[l.a as usize].item, spans[l.b as usize].item);
    let mut passage_pairs: Vec<(u32, u32)> = links.iter().map(item_pair).collect();
    passage_pairs.par_sort_unstable();
    passage_pairs.dedup();
    let link_pair: Vec<u32> = links
        .iter()
        .map(|l| {
            passage_pairs
                .binary_search(&item_pair(l))
                .expect("every link's passages are listed") as u32
        })
        .collect();
    let pair_agreement = (0..passage_pairs.len()).map(|_| OnceLock::new()).collect();
    let bounds: Vec<(f32, f32)> = passage_pairs
        .par_iter()
        .map(|&(a, b)| {
            super::score::similarity_bounds(&features[a as usize], &features[b as usize], &pweights)
        })
        .collect();
    Ok(FactAnalysis {
        sources,
        rank,
        eligible: items.iter().map(|it| it.eligible).collect(),
        spans,
        keys,
        links,
        passage: PassageAgreement {
            features,
            weights: pweights,
            vocab,
            pairs: passage_pairs,
            link_pair,
            bounds,
            agreement: pair_agreement,
        },
    })
}

/// Weights of the whole-passage terms: general-English rarity (as `score::term_weights`,
/// names ×1.3, numbers ≥ 0.6), discounted for the story's topic terms. A term's share is
/// the mean, over the sources naming it, of the share of their passages naming it: an
/// unrelated article, which does not name it, changes nothing.
fn passage_weights(vocab: &Vocabulary, features: &[Features], items: &[Item]) -> Vec<f32> {
    let n_src = items.iter().map(|it| it.source + 1).max().unwrap_or(0);
    let mut passages = vec![0u32; n_src];
    for it in items.iter().filter(|it| it.eligible) {
        passages[it.source] += 1;
    }
    let mut counts: HashMap<(u32, usize), u32> = HashMap::new();
    for (f, it) in features.iter().zip(items) {
        for &t in &f.terms {
            *counts.entry((t, it.source)).or_default() += 1;
        }
    }
    // Shares in 1/1000, summed as integers so the result does not depend on hash order.
    let mut sum = vec![0u64; vocab.len()];
    let mut num = vec![0u64; vocab.len()];
    for (&(t, s), &c) in &counts {
        let share = c as f32 / (passages[s] as f32 + TOPIC_SMOOTHING);
        sum[t as usize] += (share * 1000.0).round() as u64;
        num[t as usize] += 1;
    }
    // Synonyms count as one term for the topic: "closed" and "shut" in many passages are one
    // topic word, as they match each other (`score::similarity`). A term's share is at least
    // that of each of its lexicon classes.
    let mut class_counts: HashMap<(u32, usize), u32> = HashMap::new();
    for (f, it) in features.iter().zip(items) {
        let mut last = None;
        for &(c, _) in &f.senses {
            if last != Some(c) {
                *class_counts.entry((c, it.source)).or_default() += 1;
                last = Some(c);
            }
        }
    }
    let mut class_share: HashMap<u32, (u64, u64)> = HashMap::new();
    for (&(c, s), &n) in &class_counts {
        let share = n as f32 / (passages[s] as f32 + TOPIC_SMOOTHING);
        let e = class_share.entry(c).or_default();
        e.0 += (share * 1000.0).round() as u64;
        e.1 += 1;
    }
    let mut share_of: Vec<u64> = (0..vocab.len()).map(|t| sum[t] / num[t].max(1)).collect();
    for f in features {
        for &(c, t) in &f.senses {
            let (cs, cn) = class_share[&c];
            let x = &mut share_of[t as usize];
            *x = (*x).max(cs / cn.max(1));
        }
    }
    (0..vocab.len())
        .map(|t| {
            let general = vocab.general[t];
            let base = match vocab.kinds[t] {
                TermKind::Word => general,
                TermKind::Name => general * 1.3,
                TermKind::Number => general.max(0.6),
            };
            let share = share_of[t] as f32 / 1000.0;
            let w = base * (1.0 - share).clamp(0.0, 1.0).powf(TOPIC_DISCOUNT);
            // Whole 1/1024ths add up exactly in f32, so a passage's total weight does not
            // depend on the order its terms were numbered in.
            (w * 1024.0).round() / 1024.0
        })
        .collect()
}

/// Argument terms of the comparison and their weights.
#[derive(Default)]
struct Terms {
    ids: HashMap<String, u32>,
    weights: Vec<Weight>,
}

impl Terms {
    fn intern(&mut self, arg: &Arg) -> u32 {
        if let Some(&id) = self.ids.get(&arg.key) {
            // Word forms sharing a key may weigh differently: the lightest counts, whichever
            // the input order showed first.
            let w = &mut self.weights[id as usize];
            *w = (*w).min(arg.weight);
            return id;
        }
        let id = self.weights.len() as u32;
        self.ids.insert(arg.key.clone(), id);
        self.weights.push(arg.weight);
        id
    }
}

/// Every link of at least [`MIN_FACT_LINK`] between spans of different sources (a < b),
/// sorted. Candidates are the spans sharing a predicate class or word, or, for spans with
/// no predicate, an argument: exact (no caps), so adding passages never removes a pair. Each
/// span gathers its partners from the postings of its keys once (a stamp per partner
/// instead of a global list of candidate pairs to sort) and scores them.
fn span_links(
    spans: &[Span],
    sources: &[usize],
    rank: &[u32],
    same_story: &(dyn Fn(usize, usize) -> bool + Sync),
    weights: &[Weight],
    cancel: &AtomicBool,
) -> Vec<SpanLink> {
    let keys_of = |s: &Span| -> Vec<u64> {
        if s.has_predicate() {
            let classes = s.classes.iter().map(|&c| c as u64);
            classes
                .chain(s.lemmas.iter().map(|&l| (1 << 40) | l as u64))
                .collect()
        } else {
            s.own.iter().map(|&t| (2 << 40) | t as u64).collect()
        }
    };
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
    let keys: Vec<Vec<u64>> = spans.iter().map(keys_of).collect();
    for (i, ks) in keys.iter().enumerate() {
        for &k in ks {
            postings.entry(k).or_default().push(i as u32);
        }
    }
    let source = |i: u32| sources[spans[i as usize].item as usize];
    let per_span: Vec<Vec<SpanLink>> = (0..spans.len() as u32)
        .into_par_iter()
        .map_init(
            || (vec![u32::MAX; spans.len()], Vec::new()),
            |(seen, partners), a| {
                if cancel.load(Ordering::Relaxed) {
                    return Vec::new();
                }
                let src = source(a);
                partners.clear();
                for k in &keys[a as usize] {
                    let list = &postings[k];
                    // Postings are in span order: only the part after `a` is needed.
                    let from = list.partition_point(|&b| b <= a);
                    for &b in &list[from..] {
                        if seen[b as usize] != a && source(b) != src {
                            seen[b as usize] = a;
                            partners.push(b);
                        }
                    }
                }
                partners.sort_unstable();
                partners
                    .iter()
                    .filter_map(|&b| {
                        let (sa, sb) = (&spans[a as usize], &spans[b as usize]);
                        let leads = rank[sa.item as usize] < LEAD_PASSAGES
                            && rank[sb.item as usize] < LEAD_PASSAGES
                            && same_story(source(a), source(b));
                        let s = similarity(sa, sb, weights, leads);
                        (s >= MIN_FACT_LINK).then_some(SpanLink { a, b, score: s })
                    })
                    .collect()
            },
        )
        .collect();
    per_span.into_iter().flatten().collect()
}

fn intersects(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

fn shared_weight(a: &[u32], b: &[u32], w: &[Weight]) -> u64 {
    let (mut i, mut j, mut sum) = (0, 0, 0u64);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += w[a[i] as usize] as u64;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

fn total_weight(a: &[u32], w: &[Weight]) -> u64 {
    a.iter().map(|&t| w[t as usize] as u64).sum()
}

/// Least argument weight a span is credited with, so that a bare "Dozens hurt" is not
/// fully "contained" in every sentence that mentions a crowd.
const ARG_FLOOR: u64 = 1500;

/// Weight of the rest of the passage's arguments next to the span's own.
const CONTEXT: f32 = 0.5;

/// 0..=1: how likely two spans state the same fact.
fn similarity(s: &Span, t: &Span, w: &[Weight], leads: bool) -> f32 {
    match (s.has_predicate(), t.has_predicate()) {
        (true, true) => {
            let same_word = intersects(&s.lemmas, &t.lemmas);
            if !same_word && !intersects(&s.classes, &t.classes) {
                return 0.0;
            }
            if s.negated != t.negated || s.habitual != t.habitual || opposite(s, t) {
                return 0.0;
            }
            // "Will stay closed" is not "closed"; "erupted in 1987" is not "erupted on Tuesday".
            if s.modal != t.modal
                || (!s.times.is_empty() && !t.times.is_empty() && !shares(&s.times, &t.times))
            {
                return 0.0;
            }
            let own = shared_weight(&s.own, &t.own, w);
            // Context shared with the other span's own words or context counts half.
            let ctx = shared_weight(&s.own, &t.context, w)
                + shared_weight(&s.context, &t.own, w)
                + shared_weight(&s.context, &t.context, w);
            let shared = own as f32 + CONTEXT * ctx as f32;
            if shared <= 0.0 {
                // Two leads stating the same or a synonymous verb ("Volcano erupts" / "…
                // erupted at 4 a.m.") report the main event even in other words for its
                // actors ("woman" / "mother"); not an event noun ("before the eruption").
                let verb =
                    intersects(&s.verbs, &t.verbs) || intersects(&s.verb_classes, &t.verb_classes);
                return if leads && verb {
                    LEAD_PREDICATE_ONLY
                } else {
                    0.0
                };
            }
            let ws = total_weight(&s.own, w) as f32 + CONTEXT * total_weight(&s.context, w) as f32;
            let wt = total_weight(&t.own, w) as f32 + CONTEXT * total_weight(&t.context, w) as f32;
            let args = (shared / ws.min(wt).max(ARG_FLOOR as f32)).min(1.0);
            let pred = if same_word { 1.0 } else { 0.8 };
            0.5 * pred + 0.5 * args
        }
        (false, false) => {
            if s.negated != t.negated || s.habitual != t.habitual || opposite(s, t) {
                return 0.0;
            }
            // No predicate on either side: only near-identical wording counts.
            let shared = shared_weight(&s.own, &t.own, w) as f32;
            let ws = total_weight(&s.own, w) as f32;
            let wt = total_weight(&t.own, w) as f32;
            if ws + wt == 0.0 {
                return 0.0;
            }
            2.0 * shared / (ws + wt).max(2.0 * ARG_FLOOR as f32)
        }
        _ => 0.0,
    }
}

fn shares(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.binary_search(x).is_ok())
}

fn opposite(s: &Span, t: &Span) -> bool {
    intersects(&s.anti, &t.polar)
}

impl FactAnalysis {
    /// All span links kept, sorted by (a, b).
    pub fn links(&self) -> &[SpanLink] {
        &self.links
    }

    /// The item and byte range of span `i` (as in [`SpanLink`]).
    pub fn span(&self, i: u32) -> (u32, Range<usize>) {
        let s = &self.spans[i as usize];
        (s.item, s.range.clone())
    }

    /// How much the two passages of link `l` (an index into [`links`](Self::links)) agree
    /// as wholes, topic terms discounted: for diagnostics.
    pub fn passage_agreement(&self, l: usize) -> f32 {
        self.passage.exact(self.passage.link_pair[l] as usize)
    }

    /// Number of fact spans found.
    pub fn span_count(&self) -> usize {
        self.spans.len()
    }

    /// Groups fact spans into claims at `threshold` (higher = stricter).
    pub fn group(&self, threshold: f32) -> FactGrouping {
        self.group_with(threshold, LINKAGE)
    }

    /// [`group`](Self::group) with another share of the threshold that the mean similarity
    /// of two groups must reach to merge (1 = strict average linkage, 0 = single linkage).
    pub fn group_with(&self, threshold: f32, linkage: f32) -> FactGrouping {
        let n = self.spans.len();
        let sim: HashMap<(u32, u32), f32> =
            self.links.iter().map(|l| ((l.a, l.b), l.score)).collect();
        let lookup = |x: u32, y: u32| {
            let key = (x.min(y), x.max(y));
            sim.get(&key).copied().unwrap_or(0.0)
        };
        let span_key = |i: u32| (self.keys[i as usize], i);
        let above: Vec<usize> = (0..self.links.len())
            .filter(|&i| self.links[i].score >= threshold)
            .collect();
        let need = PASSAGE_AGREEMENT * threshold;
        // Headline and lead of two articles on one story state its main event in the
        // story's own words, which the topic discount weighs down: no passage check there.
        let in_lead = |i: u32| self.rank[self.spans[i as usize].item as usize] < LEAD_PASSAGES;
        let (certain, checked): (Vec<usize>, Vec<usize>) = above.into_iter().partition(|&i| {
            let l = &self.links[i];
            l.score >= SURE_LINK || (in_lead(l.a) && in_lead(l.b))
        });
        self.passage.prepare(&checked, need);
        let mut strong: Vec<&SpanLink> = checked
            .into_iter()
            .filter(|&i| self.passage.reaches(i, need))
            .chain(certain)
            .map(|i| &self.links[i])
            .collect();
        // Strongest first; ties by content, so the input order never decides a merge.
        strong.sort_by(|x, y| {
            let kx = ordered(span_key(x.a), span_key(x.b));
            let ky = ordered(span_key(y.a), span_key(y.b));
            y.score.total_cmp(&x.score).then(kx.cmp(&ky))
        });
        let item_of = |i: u32| self.spans[i as usize].item;
        let source_of = |i: u32| self.sources[item_of(i) as usize];
        let mut root: Vec<u32> = (0..n as u32).collect();
        let mut members: Vec<Vec<u32>> = (0..n as u32).map(|i| vec![i]).collect();
        // Groups only grow: a merge refused at these sizes stays refused until one grows.
        let mut refused: HashMap<(u32, u32), (usize, usize)> = HashMap::new();
        for link in strong {
            let (ra, rb) = ordered(root[link.a as usize], root[link.b as usize]);
            if ra == rb {
                continue;
            }
            let (ga, gb) = (&members[ra as usize], &members[rb as usize]);
            let sizes = (ga.len(), gb.len());
            if refused.get(&(ra, rb)) == Some(&sizes) {
                continue;
            }
            let (mut total, mut count) = (0.0f64, 0u32);
            for &x in ga {
                for &y in gb {
                    if source_of(x) != source_of(y) {
                        total += lookup(x, y) as f64;
                        count += 1;
                    }
                }
            }
            if count == 0 || total / (count as f64) < (threshold * linkage) as f64 {
                refused.insert((ra, rb), sizes);
                continue;
            }
            let (keep, gone) = (ra, rb);
            let moved = std::mem::take(&mut members[gone as usize]);
            for &m in &moved {
                root[m as usize] = keep;
            }
            members[keep as usize].extend(moved);
        }

        let mut groups: Vec<Vec<u32>> = (0..n)
            .filter(|&i| root[i] == i as u32)
            .map(|i| {
                let mut m = std::mem::take(&mut members[i]);
                m.sort_unstable();
                m
            })
            .collect();
        groups.sort_unstable_by_key(|g| g[0]);
        let member = |i: u32| Member {
            item: item_of(i),
            span: self.spans[i as usize].range.clone(),
        };
        let mut claims_of: Vec<Vec<u32>> = vec![Vec::new(); self.sources.len()];
        let claims: Vec<FactClaim> = groups
            .iter()
            .enumerate()
            .map(|(ci, g)| {
                for &s in g {
                    claims_of[item_of(s) as usize].push(ci as u32);
                }
                // The member most similar to the others; ties by content.
                let rep = *g
                    .iter()
                    .max_by(|&&x, &&y| {
                        let sx: f64 = g.iter().map(|&o| lookup(x, o) as f64).sum();
                        let sy: f64 = g.iter().map(|&o| lookup(y, o) as f64).sum();
                        sx.total_cmp(&sy).then(span_key(y).cmp(&span_key(x)))
                    })
                    .expect("a group has members");
                // Two spans of one passage in a claim: the passage states it once, over both.
                let mut members: Vec<Member> = Vec::with_capacity(g.len());
                for &s in g {
                    let m = member(s);
                    match members.last_mut() {
                        Some(last) if last.item == m.item => {
                            last.span =
                                last.span.start.min(m.span.start)..last.span.end.max(m.span.end);
                        }
                        _ => members.push(m),
                    }
                }
                FactClaim {
                    members,
                    representative: member(rep),
                }
            })
            .collect();
        for c in &mut claims_of {
            c.sort_unstable();
            c.dedup();
        }
        debug_assert!(
            claims_of
                .iter()
                .zip(&self.eligible)
                .all(|(c, &e)| !e || !c.is_empty())
        );
        let mut pairs = self.pairs(&groups, &claims_of, &lookup);
        // Two passages are paired only when some span of each states the fact of the other
        // directly, not only through a third member of a large claim.
        pairs.retain(|p| p.score >= threshold);
        FactGrouping {
            claims,
            claims_of,
            pairs,
        }
    }

    fn pairs(
        &self,
        groups: &[Vec<u32>],
        claims_of: &[Vec<u32>],
        lookup: &dyn Fn(u32, u32) -> f32,
    ) -> Vec<PairRelation> {
        let mut best: HashMap<(u32, u32), f32> = HashMap::new();
        for g in groups {
            for (k, &x) in g.iter().enumerate() {
                for &y in &g[k + 1..] {
                    let (ix, iy) = (self.spans[x as usize].item, self.spans[y as usize].item);
                    if self.sources[ix as usize] == self.sources[iy as usize] {
                        continue;
                    }
                    let e = best.entry((ix.min(iy), ix.max(iy))).or_insert(0.0);
                    *e = e.max(lookup(x, y));
                }
            }
        }
        let mut pairs: Vec<PairRelation> = best
            .into_iter()
            .map(|((a, b), score)| {
                let (ca, cb) = (&claims_of[a as usize], &claims_of[b as usize]);
                let claims: Vec<u32> = ca.iter().copied().filter(|c| cb.contains(c)).collect();
                let relation = match (claims.len() == ca.len(), claims.len() == cb.len()) {
                    (true, true) => Relation::Same,
                    (false, true) => Relation::AContainsB,
                    (true, false) => Relation::BContainsA,
                    (false, false) => Relation::Overlap,
                };
                PairRelation {
                    a,
                    b,
                    relation,
                    claims,
                    score: score.clamp(0.0, 1.0),
                }
            })
            .collect();
        pairs.sort_unstable_by_key(|p| (p.a, p.b));
        pairs
    }
}

fn ordered<T: Ord>(x: T, y: T) -> (T, T) {
    if x <= y { (x, y) } else { (y, x) }
}

// ---------------------------------------------------------------------------------------
// Passage → fact spans

/// An argument term of a span: its matching key and weight.
#[derive(Clone, Debug)]
struct Arg {
    key: String,
    weight: Weight,
}

/// A span before its terms are interned.
#[derive(Debug, Default)]
struct RawSpan {
    range: Range<usize>,
    lemmas: Vec<u32>,
    /// Lexicon ids of the predicates used as verbs ("erupted", "kills"; not "the eruption").
    verbs: Vec<u32>,
    verb_classes: Vec<u32>,
    classes: Vec<u32>,
    polar: Vec<u32>,
    negated: bool,
    habitual: bool,
    modal: bool,
    times: Vec<String>,
    args: Vec<Arg>,
}

#[derive(Debug)]
struct Token {
    range: Range<usize>,
    /// Folded (lower case, typographic variants unified), possessive stripped.
    word: String,
    /// Punctuation (one token per mark).
    punct: bool,
    capitalised: bool,
}

fn tokens(text: &str) -> Vec<Token> {
    text.split_word_bound_indices()
        .filter(|(_, w)| !w.trim().is_empty())
        .map(|(at, w)| {
            let first = w.chars().next().unwrap_or(' ');
            let folded = crate::ingest::normalize::fold(w);
            let word = folded
                .strip_suffix("'s")
                .or_else(|| folded.strip_suffix('\''))
                .unwrap_or(&folded);
            let word = crate::segment::words::american(word).unwrap_or_else(|| word.to_owned());
            Token {
                range: at..at + w.len(),
                word,
                punct: !first.is_alphanumeric(),
                capitalised: first.is_uppercase(),
            }
        })
        .collect()
}

/// Prepositions that open a phrase put before its clause ("Without X, …").
const FRONTED: &[&str] = &[
    "without", "with", "for", "in", "on", "at", "of", "under", "despite", "amid", "during",
    "through", "by", "from", "to", "against", "among", "beyond", "unlike", "like",
];

/// Words that open a subordinate or coordinate clause.
const OPENERS: &[&str] = &[
    "after",
    "before",
    "when",
    "because",
    "since",
    "while",
    "whereas",
    "although",
    "though",
    "amid",
    "following",
    "until",
    "unless",
    "if",
    "as",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "but",
    "and",
    "or",
    "so",
    "then",
    "despite",
    "once",
];

/// What a token contributes to a clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Event,
    Reporting,
    Other,
}

/// A class shared by the derivations of one stem ("erupted", "eruption") that WordNet's
/// derivation links miss; set apart from WordNet's class ids by the top bit.
fn stem_class(word: &str) -> u32 {
    let mut h = std::hash::DefaultHasher::new();
    stemmer().stem(word).hash(&mut h);
    (h.finish() as u32) | (1 << 31)
}

/// Verbs that present a fact as possible, future or wished rather than as having happened.
const MODALS: &[&str] = &[
    "will", "would", "could", "may", "might", "should", "shall", "must", "can", "cannot",
];

/// The time a word names, if any: a year, a weekday or a month.
fn time_of(w: &str) -> Option<String> {
    if w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
    {
        return Some(w.to_owned());
    }
    if WEEKDAYS.contains(&w) {
        return Some(w.to_owned());
    }
    // "may" and "march" (and "mar") are mostly a modal and a verb.
    if matches!(w, "may" | "march" | "mar") {
        return None;
    }
    month_number(w).map(|n| format!("month {n}"))
}

/// Words after which a verb mostly used as a noun is a verb: "to host", "will host".
const VERB_CUES: &[&str] = &[
    "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not",
    "never",
];

fn role(t: &Token, at_start: bool, prev: Option<&Token>) -> Role {
    if t.punct {
        return Role::Other;
    }
    // A capitalised word inside a sentence is a name unless it is an ordinary word (title
    // case headlines capitalise every word; telling names apart there costs more than it helps).
    if t.capitalised && !at_start && crate::wordfreq::zipf(&t.word).is_none_or(|z| z < 3.0) {
        return Role::Other;
    }
    let Some(e) = lexicon().lookup(&t.word) else {
        return Role::Other;
    };
    if lexicon().is_reporting(e) {
        return Role::Reporting;
    }
    let verb_cue = prev.is_some_and(|p| VERB_CUES.contains(&p.word.as_str()));
    let verb_form = is_verb_form(&t.word) && !t.word.ends_with("ing");
    if e.event || (e.weak_verb && (verb_form || verb_cue)) {
        Role::Event
    } else {
        Role::Other
    }
}

/// "not", "never", "no"… or a contraction ("didn't").
fn is_negation(word: &str) -> bool {
    NEGATIONS.contains(&word) || word.ends_with("n't")
}

/// Words before a noun: an event word after one names the event ("the eruption") rather
/// than stating it.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your",
];

/// Whether the event word at `k` is used as a verb: inflected as one ("erupted", "kills"),
/// not named after a determiner ("the eruption").
fn used_as_verb(toks: &[Token], k: usize) -> bool {
    let w = toks[k].word.as_str();
    (is_verb_form(w) || !lexicon().is_listed(w))
        && !(k > 0 && DETERMINERS.contains(&toks[k - 1].word.as_str()))
}

fn is_verb_form(word: &str) -> bool {
    word.ends_with("ed") || word.ends_with("ing") || super::lexicon::is_irregular_form(word)
}

/// Cuts a passage into clauses (token index ranges).
fn clauses(toks: &[Token], roles: &[Role], headline: bool) -> Vec<Range<usize>> {
    let mut cuts = vec![0];
    let n = toks.len();
    // Whether a predicate follows before the next punctuation mark.
    let event_ahead = |k: usize| {
        toks[k..]
            .iter()
            .zip(&roles[k..])
            .take_while(|(t, _)| !t.punct)
            .take(8)
            .any(|(_, &r)| r == Role::Event)
    };
    // Quote marks that enclose a few words without a predicate ("a “Communist Chinese
    // Military Company”", an “unlawful” decision) name or scare-quote a term: no cut.
    let quotes: Vec<usize> = (0..n).filter(|&k| toks[k].word == "\"").collect();
    let mut term_quote = vec![false; n];
    for pair in quotes.chunks_exact(2) {
        let (a, b) = (pair[0], pair[1]);
        let words = toks[a + 1..b].iter().filter(|t| !t.punct).count();
        if words <= 6 && !roles[a + 1..b].contains(&Role::Event) {
            term_quote[a] = true;
            term_quote[b] = true;
        }
    }
    for k in 1..n {
        let t = &toks[k];
        let prev = &toks[k - 1];
        if t.punct && term_quote[k] {
            continue;
        }
        if t.punct {
            // A hyphen inside a word ("high-tech", "41-year-old") joins; one between
            // spaces is a dash.
            let dash = t.word == "-"
                && toks
                    .get(k + 1)
                    .is_some_and(|nx| nx.range.start > t.range.end)
                && prev.range.end < t.range.start;
            if dash
                || matches!(
                    t.word.as_str(),
                    ";" | ":" | "," | "\"" | "(" | ")" | "|" | "[" | "]"
                )
            {
                cuts.push(k);
            }
            continue;
        }
        if prev.punct {
            continue;
        }
        let w = t.word.as_str();
        if matches!(w, "and" | "but" | "or") {
            // "not owned, controlled, or affiliated with": a negation carries over "or".
            let negated_list = w == "or" && toks[..k].iter().any(|t| is_negation(&t.word));
            // Only a clause with a predicate is coordinated with another: in "drones and
            // connected speakers" the participle describes a noun of a list.
            let from = *cuts.last().unwrap_or(&0);
            let after_fact = (from..k).any(|j| roles[j] == Role::Event && used_as_verb(toks, j));
            if !negated_list
                && after_fact
                && toks
                    .get(k + 1)
                    .is_some_and(|nx| roles[k + 1] == Role::Event && is_verb_form(&nx.word))
            {
                cuts.push(k);
            }
        } else if OPENERS.contains(&w) && event_ahead(k + 1) {
            // In running text "as" and "that" are too often not clause openers.
            if headline || !matches!(w, "as" | "that" | "so" | "then" | "once") {
                cuts.push(k);
            }
        } else if roles[k - 1] == Role::Reporting
            && roles[k] != Role::Reporting
            // "According to X, …": the attribution runs on to the comma.
            && prev.word != "according"
        {
            // "X said Thursday the actress checked in": what was said is its own clause.
            cuts.push(k);
        }
    }
    cuts.push(n);
    cuts.windows(2)
        .map(|w| w[0]..w[1])
        .filter(|r| toks[r.clone()].iter().any(|t| !t.punct))
        .collect()
}

/// The fact spans of one passage; at least one for any passage with a word.
fn spans_of(text: &str) -> Vec<RawSpan> {
    let toks = tokens(text);
    if !toks.iter().any(|t| !t.punct) {
        return vec![RawSpan {
            range: 0..text.len(),
            ..Default::default()
        }];
    }
    let trimmed = text.trim_end();
    let headline = !trimmed.ends_with(['.', '!', '?', '"', '\'', '\u{201D}', '\u{2019}']);
    // Title case ("Court Blocks Ban On App") capitalises every word: there, capitals say
    // nothing about names.
    let long: Vec<&Token> = toks
        .iter()
        .filter(|t| !t.punct && t.word.chars().count() >= 4)
        .collect();
    let title =
        long.len() >= 3 && long.iter().filter(|t| t.capitalised).count() * 5 >= long.len() * 3;
    let word_at = |k: usize| toks.get(k).filter(|t| !t.punct);
    let mut at_start = true;
    let roles: Vec<Role> = toks
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let prev = k.checked_sub(1).map(|p| &toks[p]);
            // A capital next to another is part of a name ("Mount Etna", "Civil Protection"),
            // even at the start of a sentence, not a predicate.
            let in_name = !title
                && t.capitalised
                && (word_at(k + 1).is_some_and(|n| n.capitalised)
                    || (!at_start && k > 0 && word_at(k - 1).is_some_and(|p| p.capitalised)));
            let r = if in_name {
                Role::Other
            } else {
                // In title case a capital says nothing about a name ("President Nominates X").
                role(t, at_start || title, prev)
            };
            at_start = t.punct && matches!(t.word.as_str(), "." | "!" | "?" | ":" | "\"");
            r
        })
        .collect();
    // In title case a reporting verb right after a participle is the end of a name ("the
    // United States Defense"), not an attribution: two verbs do not follow each other.
    let mut roles = roles;
    if title {
        for k in 1..roles.len() {
            if roles[k] == Role::Reporting
                && roles[k - 1] == Role::Event
                && is_verb_form(&toks[k - 1].word)
            {
                roles[k] = Role::Other;
            }
        }
    }
    let cl = clauses(&toks, &roles, headline);
    // Clause kinds: facts (a predicate), attributions (only a reporting verb), bare (neither).
    let kind: Vec<Role> = cl
        .iter()
        .map(|r| {
            let rs = &roles[r.clone()];
            // A fronted phrase ("Without the support of its investors, …", "For the
            // administration, …") names an event but states none: it belongs to its clause.
            let first = toks[r.clone()].iter().find(|t| !t.punct);
            let fronted = first.is_some_and(|t| FRONTED.contains(&t.word.as_str()))
                && !toks[r.clone()]
                    .iter()
                    .zip(rs)
                    .any(|(t, &role)| role == Role::Event && is_verb_form(&t.word));
            if rs.contains(&Role::Event) && fronted {
                Role::Other
            } else if rs.contains(&Role::Event) {
                Role::Event
            } else if rs.contains(&Role::Reporting) {
                Role::Reporting
            } else {
                Role::Other
            }
        })
        .collect();
    // A word or two after a comma ending on a past participle ("not owned, controlled, or
    // affiliated with …", "a widely held, publicly traded company") describes, it states no
    // fact of its own: it stays with the clause before it.
    let describing: Vec<bool> = cl
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let words: Vec<(&Token, Role)> = toks[r.clone()]
                .iter()
                .zip(&roles[r.clone()])
                .filter(|(t, _)| !t.punct)
                .map(|(t, &role)| (t, role))
                .collect();
            let negated_before = toks[..r.start].iter().any(|t| is_negation(&t.word));
            // "…, or affiliated with the army" after "not": the negation carries over.
            let negated_list = negated_before
                && words.len() >= 2
                && matches!(words[0].0.word.as_str(), "or" | "nor")
                && words[1].1 == Role::Event
                && is_verb_form(&words[1].0.word);
            let short = words.len() <= 2
                // It ends on the participle: ", injured dozens" has an object, a fact.
                && words.last().is_some_and(|(t, role)| {
                    *role == Role::Event && is_verb_form(&t.word) && !t.word.ends_with("ing")
                });
            i > 0 && kind[i] == Role::Event && toks[r.start].word == "," && (short || negated_list)
        })
        .collect();
    let kind: Vec<Role> = kind
        .iter()
        .zip(&describing)
        .map(|(&k, &d)| if d { Role::Other } else { k })
        .collect();
    let facts: Vec<usize> = (0..cl.len()).filter(|&i| kind[i] == Role::Event).collect();
    // Each bare clause joins the next fact clause (a subject joins its verb), else the last;
    // a describing one joins the fact before it.
    let mut parts: Vec<Vec<usize>> = facts.iter().map(|&i| vec![i]).collect();
    if parts.is_empty() {
        // No predicate anywhere: the whole passage, less its attributions, is one span.
        parts.push(
            (0..cl.len())
                .filter(|&i| kind[i] != Role::Reporting)
                .collect(),
        );
        if parts[0].is_empty() {
            parts[0] = (0..cl.len()).collect();
        }
    } else {
        for (i, &k) in kind.iter().enumerate() {
            if k != Role::Other {
                continue;
            }
            let before = facts.iter().rposition(|&f| f < i);
            let p = match before {
                Some(b) if describing[i] => b,
                _ => facts.iter().position(|&f| f > i).unwrap_or(facts.len() - 1),
            };
            parts[p].push(i);
        }
    }
    let lex = lexicon();
    let mut first_word = true;
    let word_starts: Vec<bool> = toks
        .iter()
        .map(|t| {
            let s = first_word;
            if !t.punct {
                first_word = false;
            }
            if t.punct && matches!(t.word.as_str(), "." | "!" | "?" | ":") {
                first_word = true;
            }
            s
        })
        .collect();
    parts
        .into_iter()
        .map(|mut idx| {
            idx.sort_unstable();
            let mut span = RawSpan::default();
            let (mut lo, mut hi) = (usize::MAX, 0);
            for &ci in &idx {
                for k in cl[ci].clone() {
                    let t = &toks[k];
                    if t.punct {
                        continue;
                    }
                    let w = t.word.as_str();
                    // A span starts at its clause, not at the "and" joining it.
                    if lo != usize::MAX || !matches!(w, "and" | "but" | "or") {
                        lo = lo.min(t.range.start);
                    }
                    hi = hi.max(t.range.end);
                    if is_negation(w) {
                        span.negated = true;
                        continue;
                    }
                    // "last erupted in 1987": an earlier occurrence, not the one reported.
                    let earlier = w == "last"
                        && roles.get(k + 1) == Some(&Role::Event)
                        && toks.get(k + 1).is_some_and(|n| is_verb_form(&n.word));
                    if HABITUAL.contains(&w) || earlier {
                        span.habitual = true;
                        continue;
                    }
                    if MODALS.contains(&w) || w.ends_with("'ll") {
                        span.modal = true;
                    }
                    if let Some(t) = time_of(w) {
                        span.times.push(t);
                    }
                    match roles[k] {
                        Role::Event => {
                            let e = lex.lookup(w).expect("events are in the lexicon");
                            span.lemmas.push(e.id);
                            if used_as_verb(&toks, k) {
                                span.verbs.push(e.id);
                                span.verb_classes.extend(&e.classes);
                            }
                            span.classes.extend(&e.classes);
                            span.classes.push(stem_class(w));
                            span.polar.extend(&e.classes);
                        }
                        Role::Reporting => {}
                        Role::Other => {
                            if let Some(e) = lex.lookup(w)
                                && !t.capitalised
                            {
                                span.polar.extend(&e.classes);
                            }
                            if kind[ci] != Role::Reporting {
                                span.args.extend(arg(t, word_starts[k]));
                            }
                        }
                    }
                }
            }
            span.times.sort_unstable();
            span.times.dedup();
            for v in [
                &mut span.lemmas,
                &mut span.verbs,
                &mut span.verb_classes,
                &mut span.classes,
                &mut span.polar,
            ] {
                v.sort_unstable();
                v.dedup();
            }
            span.range = if lo < hi { lo..hi } else { 0..text.len() };
            span
        })
        .collect()
}

/// The argument term of a word, if it carries one.
fn arg(t: &Token, at_start: bool) -> Option<Arg> {
    let w = t.word.as_str();
    if let Some(n) = canonical_number(w) {
        return Some(Arg {
            key: format!("#{n}"),
            weight: 600,
        });
    }
    if let Some((_, n)) = NUMBER_WORDS.iter().find(|(x, _)| *x == w) {
        return Some(Arg {
            key: format!("#{n}"),
            weight: 600,
        });
    }
    if STOPWORDS.contains(&w) || w.chars().count() < 2 || !w.chars().any(char::is_alphabetic) {
        return None;
    }
    let zipf = crate::wordfreq::zipf(w);
    let name = t.capitalised && (!at_start || zipf.is_none_or(|z| z < 3.5));
    let base = general_informativeness(w) * if name { 1.3 } else { 1.0 };
    let key: String = w.chars().filter(|&c| c != '.').collect();
    Some(Arg {
        key: stemmer().stem(&key).into_owned(),
        weight: (base * 1000.0).round() as Weight,
    })
}

#[cfg(test)]
mod hyphen_tests {
    use super::*;

    #[test]
    fn a_hyphen_inside_a_word_does_not_cut_a_clause_and_a_spaced_dash_does() {
        let text = "Xiaomi is multiplying high-tech products and the company must now count.";
        let spans = spans_of(text);
        assert!(
            spans
                .iter()
                .all(|s| !text[s.range.clone()].ends_with("high")),
            "{:?}",
            spans
                .iter()
                .map(|s| &text[s.range.clone()])
                .collect::<Vec<_>>()
        );
        let dashed = "The storm hit the coast - two people died.";
        assert!(spans_of(dashed).len() >= 2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items<'a>(texts: &[(usize, &'a str)]) -> Vec<Item<'a>> {
        texts
            .iter()
            .map(|&(source, text)| Item {
                source,
                text,
                eligible: true,
            })
            .collect()
    }

    fn grouping(texts: &[(usize, &str)]) -> FactGrouping {
        let never = AtomicBool::new(false);
        facts(&items(texts), &never)
            .unwrap()
            .group(DEFAULT_THRESHOLD)
    }

    /// Whether two one-passage sources are linked.
    fn linked(a: &str, b: &str) -> bool {
        !grouping(&[(0, a), (1, b)]).pairs.is_empty()
    }

    fn span_texts(text: &str) -> Vec<&str> {
        spans_of(text).into_iter().map(|s| &text[s.range]).collect()
    }

    #[test]
    fn british_and_american_spellings_are_one_word() {
        assert!(linked(
            "Jewellery worth millions stolen in Paris",
            "Thieves stole jewelry from a shop on Friday."
        ));
    }

    #[test]
    fn two_leads_on_one_verb_link_without_shared_names_but_not_further_down() {
        let a = "Woman killed in hit-and-run crash";
        let b = "A mother was killed by a car outside her home.";
        // The two leads are on one story: they name Kellby.
        let story = [
            (0, a),
            (0, "The crash happened in Kellby on Friday."),
            (1, b),
            (1, "Police in Kellby arrested the driver."),
        ];
        let pair = |g: &FactGrouping| g.pairs.iter().any(|p| (p.a, p.b) == (0, 2));
        assert!(pair(&grouping(&story)), "leads");
        // Not at a stricter setting, which asks for shared names or numbers too.
        let never = AtomicBool::new(false);
        let f = facts(&items(&story), &never).unwrap();
        assert!(!pair(&f.group(DEFAULT_THRESHOLD + 0.1)));
        // Nor when nothing says the two articles are on one story.
        assert!(!linked(a, b));
        // Under four other passages of each, the same two sentences are not leads.
        let filler = [
            "The council met on Monday.",
            "Rain is expected later.",
            "Tickets went on sale.",
            "The museum opened a new wing.",
        ];
        let other = [
            "Shares rose in early trading.",
            "A new bridge was approved.",
            "The school fair drew crowds.",
            "Traffic was light.",
        ];
        let mut texts: Vec<(usize, &str)> = filler.iter().map(|t| (0, *t)).collect();
        texts.extend([story[0], story[1]]);
        texts.extend(other.iter().map(|t| (1, *t)));
        texts.extend([story[2], story[3]]);
        let g = grouping(&texts);
        assert!(
            !g.pairs.iter().any(|p| p.a == 4 && p.b == 10),
            "{:?}",
            g.pairs
        );
        // Two stories: leads that only share a verb are not one fact.
        assert!(!linked(
            "Rovers won the cup final at Hampden",
            "The senator won a third term in Ohio."
        ));
        assert!(linked(
            "Rovers won the cup final at Hampden",
            "Glasgow Rovers won on Saturday, their first cup since 1990."
        ));
        // An event named by a noun ("before the eruption") is not a lead's verb.
        assert!(!linked(
            "Residents fled before the eruption",
            "Ash fell for hours after the eruption."
        ));
    }

    #[test]
    fn a_multi_fact_sentence_is_cut_into_its_facts() {
        let s = "A storm that hit the coast on Sunday killed two people, injured dozens and \
                 cut power to 40,000 homes";
        let spans = span_texts(s);
        assert!(spans.contains(&"injured dozens"), "{spans:?}");
        assert!(
            spans.iter().any(|x| x.starts_with("cut power")),
            "{spans:?}"
        );
        assert_eq!(span_texts("Dozens hurt as storm lashes coast").len(), 2);
        // A title-case name that ends in a reporting verb's form is no attribution.
        let s = "A Complaint Against The United States Defense Department";
        assert_eq!(span_texts(s), [s]);
        assert_eq!(span_texts("Mayor Says Bridge Will Close").len(), 1);
        // "and" before a participle coordinates facts only after one.
        let s = "Phones, scooters and connected speakers, the firm is selling more products";
        assert!(
            !span_texts(s).contains(&"connected speakers"),
            "{:?}",
            span_texts(s)
        );
    }

    #[test]
    fn phrases_that_state_no_fact_of_their_own_stay_with_their_clause() {
        // An attribution runs to its comma; what was said is the span.
        let s = "According to the agency, the restriction imposed by the government is illegal.";
        assert_eq!(
            span_texts(s),
            ["the restriction imposed by the government is illegal"]
        );
        // A fronted phrase naming an event belongs to its clause.
        let s = "Without the support of its investors, the company would be undermined.";
        assert_eq!(span_texts(s), [s.trim_end_matches('.')]);
        // Participles listed after a comma describe.
        let s = "The firm says it is not owned, controlled, or affiliated with the army.";
        assert_eq!(span_texts(s).len(), 1, "{:?}", span_texts(s));
    }

    #[test]
    fn a_quoted_name_is_part_of_its_clause_and_a_quoted_statement_is_not() {
        let s = "After being blacklisted for allegedly being a \u{201C}Communist Chinese \
                 Military Company\u{201D}, the firm sued.";
        let spans = span_texts(s);
        assert!(
            spans.contains(&"After being blacklisted for allegedly being a \u{201C}Communist Chinese Military Company"),
            "{spans:?}"
        );
        let s = "\"We have recorded 24 dead,\" agency spokesman Tan told reporters.";
        assert_eq!(span_texts(s)[0], "We have recorded 24 dead");
    }

    #[test]
    fn a_headline_links_to_the_one_fact_it_shares() {
        let sentence = "A storm that hit the coast on Sunday killed two people, injured dozens \
                        and cut power to 40,000 homes.";
        let g = grouping(&[(0, sentence), (1, "Dozens hurt as storm lashes coast")]);
        let pair = g.pairs.first().expect("linked");
        let stated: Vec<&str> = pair
            .claims
            .iter()
            .flat_map(|&c| &g.claims[c as usize].members)
            .filter(|m| m.item == 0)
            .map(|m| &sentence[m.span.clone()])
            .collect();
        assert!(stated.contains(&"injured dozens"), "{stated:?}");
    }

    #[test]
    fn look_alikes_do_not_link() {
        let cases = [
            (
                "The man was found guilty of two counts of murder.",
                "The man has pleaded not guilty to two murder charges.",
            ),
            (
                "\"We have recorded 24 dead,\" agency spokesman N. told reporters.",
                "\"People panicked and ran outside,\" agency spokesman N. said.",
            ),
            (
                "The region is regularly hit by floods.",
                "At least 12 people died in the floods that hit the region on Monday.",
            ),
            // Polarity of the predicate.
            (
                "Shares of the carmaker rose 5% on Tuesday.",
                "Shares of the carmaker fell 5% on Tuesday.",
            ),
            // Negation.
            (
                "The governor signed the bill on Friday.",
                "The governor did not sign the bill on Friday.",
            ),
            // Same subject, different predicate.
            (
                "The senator resigned on Monday.",
                "The senator was born in Ohio.",
            ),
            // Only the attribution matches.
            (
                "The bridge will reopen in May, the mayor told AFP.",
                "Two suspects were arrested, the mayor told AFP.",
            ),
            // Same numbers about different things.
            (
                "Police arrested 12 people in the city.",
                "The storm destroyed 12 homes in the city.",
            ),
            // A shared name alone.
            (
                "Xavier Ruiz won the race.",
                "Xavier Ruiz lost his passport.",
            ),
            // A past event and the one the story is about.
            (
                "Mount Etna erupted on Tuesday, sending ash into the sky.",
                "Mount Etna last erupted in 1987, when ash closed the airport.",
            ),
            // An earlier occurrence and the one reported.
            (
                "The volcano erupted on the island, witnesses said.",
                "The volcano last erupted on the island, witnesses said.",
            ),
            // What will happen and what happened.
            (
                "The airport will stay closed until Thursday.",
                "The airport was closed after the storm.",
            ),
        ];
        for (a, b) in cases {
            assert!(!linked(a, b), "linked:\n  {a}\n  {b}");
        }
    }

    #[test]
    fn paraphrases_link_and_differing_numbers_do_not_stop_them() {
        let cases = [
            (
                "About 260 flights were cancelled at the airport on Tuesday.",
                "Some 340 flights were cancelled at the airport on Tuesday.",
            ),
            (
                "The quake killed at least 30 people in the province.",
                "At least 30 people died in the province after the earthquake.",
            ),
            (
                "Xiaomi sued the Defense Department on Friday.",
                "On Friday Xiaomi filed a lawsuit against the Defense Department.",
            ),
            // A title-case headline's verb is a verb, not part of a name.
            (
                "President Nominates Regina Benjamin As Surgeon General",
                "The president nominated Regina Benjamin as surgeon general on Monday.",
            ),
            // A derivation WordNet does not link.
            (
                "The volcano erupted early on Tuesday, forcing hundreds from their homes.",
                "Hundreds forced from their homes by Tuesday's volcano eruption",
            ),
        ];
        for (a, b) in cases {
            assert!(linked(a, b), "not linked:\n  {a}\n  {b}");
        }
    }

    #[test]
    fn every_passage_states_a_claim() {
        let g = grouping(&[
            (0, "Lindsay Lohan"),
            (1, "Breaking news: 2021."),
            (1, "Hello"),
        ]);
        assert!(g.claims_of.iter().all(|c| !c.is_empty()));
    }

    const STORY: &[&str] = &[
        "A 6.1 earthquake struck the island on Monday, killing 12 people.",
        "The quake destroyed hundreds of homes in the north of the island.",
        "At least 12 people were killed when the earthquake hit on Monday.",
        "Hundreds of homes were destroyed by the quake, officials said.",
        "Rescuers searched the rubble for survivors through the night.",
        "Rescue teams searched through rubble overnight for survivors.",
    ];

    fn claim_sets(texts: &[(usize, &str)]) -> Vec<Vec<(usize, String)>> {
        let g = grouping(texts);
        let mut sets: Vec<Vec<(usize, String)>> = g
            .claims
            .iter()
            .map(|c| {
                let mut v: Vec<(usize, String)> = c
                    .members
                    .iter()
                    .map(|m| {
                        let (src, text) = texts[m.item as usize];
                        (src, text[m.span.clone()].to_owned())
                    })
                    .collect();
                v.sort();
                v
            })
            .collect();
        sets.sort();
        sets
    }

    #[test]
    fn claims_do_not_depend_on_input_order() {
        let forward: Vec<(usize, &str)> =
            STORY.iter().enumerate().map(|(i, &t)| (i % 2, t)).collect();
        let mut backward = forward.clone();
        backward.reverse();
        assert_eq!(claim_sets(&forward), claim_sets(&backward));
        let c = claim_sets(&forward);
        assert!(c.iter().any(|m| m.len() > 1), "{c:?}");
    }

    #[test]
    fn an_unrelated_article_does_not_change_the_others() {
        let base: Vec<(usize, &str)> = STORY.iter().enumerate().map(|(i, &t)| (i % 2, t)).collect();
        let mut more = base.clone();
        for t in [
            "The central bank raised interest rates by a quarter point.",
            "Inflation slowed for a third month in March.",
            "The bank's governor said more increases may follow.",
        ] {
            more.push((2, t));
        }
        let only_base = |sets: Vec<Vec<(usize, String)>>| -> Vec<Vec<(usize, String)>> {
            sets.into_iter()
                .filter(|m| m.iter().all(|(s, _)| *s < 2))
                .collect()
        };
        assert_eq!(claim_sets(&base), only_base(claim_sets(&more)));
    }
}

//! The serde model of a comparison (JSON report format, version 2; version 1 is read by
//! [`json::from_str`](super::json::from_str)).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::diff::DiffSpan;
use crate::disagree::Disagreement;
use crate::ingest::Source;
use crate::segment::{Furniture, PassageKind};

pub const FORMAT_NAME: &str = "corroborate-report";
pub const FORMAT_VERSION: u32 = 2;

/// The settings a comparison was made with: the engine's only knob. The window, the
/// command line and saved reports all hold this one struct.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// How similar two passages must be to count as the same claim, within
    /// [`Settings::THRESHOLD_RANGE`]. Higher is stricter.
    pub threshold: f32,
}

impl Settings {
    /// Every threshold the engine accepts: a similarity score's own range. The slider, the
    /// command line and [`Settings::with_threshold`] all use this one range.
    pub const THRESHOLD_RANGE: std::ops::RangeInclusive<f32> = 0.0..=1.0;
    /// What a new window and a bare `corroborate compare` use.
    pub const DEFAULT_THRESHOLD: f32 = crate::align::facts::DEFAULT_THRESHOLD;

    /// These settings with `threshold`, brought into range (NaN becomes the default).
    pub fn with_threshold(self, threshold: f32) -> Self {
        let (lo, hi) = (*Self::THRESHOLD_RANGE.start(), *Self::THRESHOLD_RANGE.end());
        let threshold = if threshold.is_nan() {
            Self::DEFAULT_THRESHOLD
        } else {
            threshold.clamp(lo, hi)
        };
        Self { threshold }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            threshold: Self::DEFAULT_THRESHOLD,
        }
    }
}

/// A passage's id: source index and passage index, written "2:7".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PassageId {
    pub source: u32,
    pub index: u32,
}

/// A claim's id, written "c3".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimId(pub u32);

impl fmt::Display for PassageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.source, self.index)
    }
}

impl fmt::Display for ClaimId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "c{}", self.0)
    }
}

impl Serialize for PassageId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PassageId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let parse = || {
            let (a, b) = s.split_once(':')?;
            Some(PassageId {
                source: a.parse().ok()?,
                index: b.parse().ok()?,
            })
        };
        parse().ok_or_else(|| serde::de::Error::custom(format!("bad passage id {s:?}")))
    }
}

impl Serialize for ClaimId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClaimId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.strip_prefix('c')
            .and_then(|n| n.parse().ok())
            .map(ClaimId)
            .ok_or_else(|| serde::de::Error::custom(format!("bad claim id {s:?}")))
    }
}

/// The whole comparison: the only hand-off between the engine, the window and the reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub format: String,
    pub version: u32,
    pub generator: String,
    pub settings: Settings,
    pub sources: Vec<SourceReport>,
    pub claims: Vec<Claim>,
    /// Every two passages of different sources that state a claim in common, sorted by
    /// (a, b) with a < b.
    pub pairs: Vec<Pair>,
    pub summary: Summary,
    /// Figures, dates and quotes that sources give differently, across the whole
    /// comparison (not only within a claim); each value's `span` is a byte range into its
    /// passage's text. Absent from reports written before it existed.
    #[serde(default)]
    pub disagreements: Vec<Disagreement>,
    /// The reader's corrections, in the order made; applied again after every regroup.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// A correction of the grouping made by hand: the reader knows better than the aligner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Correction {
    /// This passage does not state the claim it was grouped in: it stands alone.
    Split { passage: PassageId },
    /// These two passages state the same claim.
    Join { a: PassageId, b: PassageId },
}

/// One source with its passages: the ingested [`Source`] (flattened, so the JSON keeps
/// one flat record per source) plus what the comparison adds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceReport {
    pub index: u32,
    #[serde(flatten)]
    pub source: Source,
    pub passages: Vec<Passage>,
    /// What the views call it, worked out among all the sources ([`name_sources`]); not
    /// saved. Empty: its own [`Source::readable_name`].
    #[serde(skip)]
    pub shown_name: String,
}

impl SourceReport {
    /// Its readable name, told apart from another source of the same outlet by its title
    /// ("BBC News: Storm hits coast"): see [`name_sources`].
    pub fn readable_name(&self) -> String {
        if self.shown_name.is_empty() {
            self.source.readable_name()
        } else {
            self.shown_name.clone()
        }
    }

    /// For column heads, legends and reports: [`Source::short_name`], or the title alone
    /// when another source has the same outlet (the outlet is in the readable name).
    pub fn short_name(&self) -> String {
        match self.source.title.as_deref() {
            Some(title) if !self.shown_name.is_empty() => crate::ingest::shorten(
                &crate::report::text::one_line(title),
                crate::ingest::SHORT_NAME_CHARS,
            ),
            _ => self.source.short_name(),
        }
    }
}

/// Names the sources so that no two read alike where that can be helped: two articles of
/// one outlet (the same site name) are told apart by their titles.
pub fn name_sources(sources: &mut [SourceReport]) {
    let names: Vec<String> = sources.iter().map(|s| s.source.readable_name()).collect();
    for (i, s) in sources.iter_mut().enumerate() {
        let clash = names
            .iter()
            .enumerate()
            .any(|(j, n)| j != i && *n == names[i]);
        s.shown_name = match s.source.title.as_deref().map(crate::report::text::one_line) {
            Some(title) if clash && !title.is_empty() && title != names[i] => {
                format!("{}: {title}", names[i])
            }
            _ => String::new(),
        };
    }
}

/// A source record reads as its source (`src.name`, `src.text`): the metadata has one
/// home, and views need not care whether they hold a `Source` or a `SourceReport`.
impl std::ops::Deref for SourceReport {
    type Target = Source;
    fn deref(&self) -> &Source {
        &self.source
    }
}

/// A sentence, headline or list item: `text[start..end]` of its source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    pub id: PassageId,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default)]
    pub kind: PassageKind,
    pub boilerplate: bool,
    /// Why it is boilerplate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub furniture: Option<Furniture>,
    /// The claims it states, by claim id, each with the bytes of `text` that state it;
    /// empty for boilerplate, at least one otherwise.
    pub claims: Vec<ClaimSpan>,
}

/// A claim a passage states, and the bytes of the passage's `text` that state it (the
/// whole passage when no narrower part can be told).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimSpan {
    pub claim: ClaimId,
    pub start: usize,
    pub end: usize,
}

/// A passage stating a claim, and the bytes of its `text` that state it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub passage: PassageId,
    pub start: usize,
    pub end: usize,
}

/// How widely a claim is carried.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// One source only.
    Unique,
    /// Several sources, not all.
    Some,
    /// Every source.
    All,
}

impl Coverage {
    /// The coverage of a claim carried by `n` of `total` sources.
    pub fn of(n: usize, total: usize) -> Self {
        match n {
            0 | 1 => Self::Unique,
            n if n >= total => Self::All,
            _ => Self::Some,
        }
    }
}

/// A claim: one fact, stated by passages of one or more sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: ClaimId,
    /// The wording that stands for the claim wherever it is named in one line: the part of
    /// its most representative member that states it, chosen once by the engine.
    pub label: String,
    /// The passage `label` comes from.
    pub representative: PassageId,
    /// Sorted by passage; one per passage.
    pub members: Vec<Member>,
    /// Sorted, distinct.
    pub sources: Vec<u32>,
    pub shared: bool,
    pub coverage: Coverage,
    /// Its members were changed by a correction made by hand.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_hand: bool,
}

impl Claim {
    /// The member of this claim from `source` (the first, if it states it twice).
    pub fn member_of(&self, source: u32) -> Option<&Member> {
        self.members.iter().find(|m| m.passage.source == source)
    }
}

/// How two passages relate through the claims they state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// They state the same claims.
    Same,
    /// `a` states every claim `b` does, and more.
    AContainsB,
    /// `b` states every claim `a` does, and more.
    BContainsA,
    /// They share some claims and each states others.
    Overlap,
}

impl Relation {
    /// How `a` relates to `b`, in words: "states the same as", "says more than"...
    pub fn phrase(self) -> &'static str {
        match self {
            Self::Same => "states the same as",
            Self::AContainsB => "says all this and more than",
            Self::BContainsA => "says part of what is in",
            Self::Overlap => "shares part of what is in",
        }
    }

    /// The same relation seen from `b`.
    pub fn flip(self) -> Self {
        match self {
            Self::AContainsB => Self::BContainsA,
            Self::BContainsA => Self::AContainsB,
            r => r,
        }
    }
}

/// Two passages of different sources that state a claim in common, with the word diff of
/// their texts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    pub a: PassageId,
    pub b: PassageId,
    pub relation: Relation,
    /// The claims both state, sorted.
    pub claims: Vec<ClaimId>,
    /// How close their closest statements of a shared claim are, 0..=1.
    pub similarity: f32,
    pub diff: Vec<DiffSpan>,
}

/// Counts for the whole comparison.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub claims: usize,
    pub shared: usize,
    pub shared_by_all: usize,
    pub unique: usize,
    /// Figures, dates and quotes the sources give differently: `Comparison::disagreements`.
    pub disagreements: usize,
    /// Claims changed by a correction made by hand.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub by_hand: usize,
    pub per_source: Vec<SourceSummary>,
}

/// Counts for one source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceSummary {
    pub source: u32,
    pub passages: usize,
    pub boilerplate: usize,
    pub claims: usize,
    pub shared: usize,
    pub unique: usize,
    /// Shares of the source's text (bytes of its passages): stating a shared claim, the
    /// rest of its claims' passages, boilerplate.
    pub shared_ratio: f32,
    pub unique_ratio: f32,
    pub boilerplate_ratio: f32,
}

impl Comparison {
    /// The passage with this id.
    pub fn passage(&self, id: PassageId) -> Option<&Passage> {
        self.sources
            .get(id.source as usize)?
            .passages
            .get(id.index as usize)
    }

    /// The claim with this id.
    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        self.claims
            .get(id.0.checked_sub(1)? as usize)
            .filter(|c| c.id == id)
    }

    /// The claims a passage states, widest first (most sources; then by id): the first is
    /// the one its colour follows.
    pub fn claims_of(&self, p: &Passage) -> Vec<&Claim> {
        let mut claims: Vec<&Claim> = p
            .claims
            .iter()
            .filter_map(|s| self.claim(s.claim))
            .collect();
        claims.sort_by_key(|c| (std::cmp::Reverse(c.sources.len()), c.id));
        claims
    }

    /// The widest claim a passage states: see [`Comparison::claims_of`].
    pub fn widest_claim(&self, p: &Passage) -> Option<&Claim> {
        self.claims_of(p).into_iter().next()
    }

    /// The pair of two passages, in either order.
    pub fn pair(&self, x: PassageId, y: PassageId) -> Option<&Pair> {
        let key = (x.min(y), x.max(y));
        self.pairs
            .binary_search_by(|p| (p.a, p.b).cmp(&key))
            .ok()
            .map(|i| &self.pairs[i])
    }

    /// The pairs of passages that both state `claim`.
    pub fn pairs_of(&self, claim: ClaimId) -> impl Iterator<Item = &Pair> {
        self.pairs.iter().filter(move |p| p.claims.contains(&claim))
    }

    /// The disagreements a passage gives a value of.
    pub fn disagreements_of(&self, id: PassageId) -> impl Iterator<Item = &Disagreement> {
        self.disagreements.iter().filter(move |d| {
            d.values
                .iter()
                .any(|v| (v.source, v.passage) == (id.source, id.index))
        })
    }

    /// Whether a passage gives a value another source gives differently.
    pub fn disagrees(&self, id: PassageId) -> bool {
        self.disagreements_of(id).next().is_some()
    }

    /// The pairs a passage takes part in.
    pub fn pairs_with(&self, id: PassageId) -> impl Iterator<Item = &Pair> {
        self.pairs.iter().filter(move |p| p.a == id || p.b == id)
    }
}

impl Passage {
    /// The part of the text that states `claim` (the whole text if it does not).
    pub fn span_of(&self, claim: ClaimId) -> &str {
        self.claims
            .iter()
            .find(|s| s.claim == claim)
            .and_then(|s| self.text.get(s.start..s.end))
            .unwrap_or(&self.text)
    }
}

impl Summary {
    /// The counts of a comparison's sources, claims and disagreements.
    pub fn of(sources: &[SourceReport], claims: &[Claim], disagreements: usize) -> Self {
        let claim = |id: ClaimId| claims.get((id.0 as usize).wrapping_sub(1));
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
                    if p.claims.is_empty() {
                        s.boilerplate += 1;
                        boiler_b += len;
                        continue;
                    }
                    // Bytes inside a shared claim's span are shared; the rest is unique.
                    let mut shared: Vec<(usize, usize)> = p
                        .claims
                        .iter()
                        .filter(|cs| claim(cs.claim).is_some_and(|c| c.shared))
                        .map(|cs| (cs.start.min(len), cs.end.min(len)))
                        .collect();
                    shared.sort_unstable();
                    let (mut covered, mut reach) = (0usize, 0usize);
                    for (a, b) in shared {
                        let a = a.max(reach);
                        if b > a {
                            covered += b - a;
                            reach = b;
                        }
                    }
                    shared_b += covered;
                    unique_b += len - covered.min(len);
                    for cs in &p.claims {
                        let Some(c) = claim(cs.claim) else { continue };
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
            disagreements,
            by_hand: claims.iter().filter(|c| c.by_hand).count(),
            per_source,
        }
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Rounds to three decimals, so reports do not carry float noise.
pub fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

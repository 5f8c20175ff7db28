//! The serde model of a comparison (JSON report format, version 1).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::diff::DiffSpan;
use crate::ingest::Source;
use crate::segment::{Furniture, PassageKind};

pub const FORMAT_NAME: &str = "corroborate-report";
pub const FORMAT_VERSION: u32 = 1;

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
    pub const DEFAULT_THRESHOLD: f32 = 0.3;

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
    pub summary: Summary,
    /// Figures, dates and quotes that sources give differently, across the whole
    /// comparison (not only within a claim); each value's `span` is a byte range into its
    /// passage's text. Absent from reports written before it existed.
    #[serde(default)]
    pub disagreements: Vec<crate::disagree::Disagreement>,
}

/// One source with its passages: the ingested [`Source`] (flattened, so the JSON keeps
/// one flat record per source) plus what the comparison adds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceReport {
    pub index: u32,
    #[serde(flatten)]
    pub source: Source,
    pub passages: Vec<Passage>,
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
    /// None for boilerplate.
    pub claim: Option<ClaimId>,
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

/// A claim: passages of one or more sources stating the same thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: ClaimId,
    pub members: Vec<PassageId>,
    /// The member that stands for the claim wherever it is named in one line (its label):
    /// see [`representative`]. Not written in a version 1 report: reading one works it out
    /// again from the members and pairs.
    #[serde(skip)]
    pub representative: PassageId,
    /// Sorted, distinct.
    pub sources: Vec<u32>,
    pub shared: bool,
    pub coverage: Coverage,
    /// Every pair of members from different sources, with its word diff.
    pub pairs: Vec<Pair>,
    /// Numbers or dates the sources give differently.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disagreements: Vec<Disagreement>,
}

/// Two passages of one claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    pub a: PassageId,
    pub b: PassageId,
    pub similarity: f32,
    pub diff: Vec<DiffSpan>,
}

/// What kind of detail two sources disagree on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DisagreementKind {
    Number,
    Date,
}

impl DisagreementKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Number => "Number",
            Self::Date => "Date",
        }
    }
}

/// A detail stated differently by two passages of the same claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    pub kind: DisagreementKind,
    pub a: PassageId,
    pub b: PassageId,
    /// What `a` says that `b` does not, and the reverse.
    pub a_says: Vec<String>,
    pub b_says: Vec<String>,
}

/// "Number differs: [0] says 4 · [2] says 38000".
impl fmt::Display for Disagreement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} differs: [{}] says {} · [{}] says {}",
            self.kind.label(),
            self.a.source,
            self.a_says.join(", "),
            self.b.source,
            self.b_says.join(", ")
        )
    }
}

/// A claim's most representative member: the one most similar to the others (the sum of
/// its pairs' similarities), the earlier passage on a tie, so the label is stable.
pub fn representative(members: &[PassageId], pairs: &[Pair]) -> PassageId {
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
        .max_by(|&x, &y| score(x).total_cmp(&score(y)).then(y.cmp(&x)))
        .unwrap_or_default()
}

/// Counts for the whole comparison.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub claims: usize,
    pub shared: usize,
    pub shared_by_all: usize,
    pub unique: usize,
    pub disagreements: usize,
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
    /// Shares of the source's text (bytes of its passages): shared, unique, boilerplate.
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

    /// The claim's label: the text of its representative passage ("" if a damaged report
    /// lacks it). Every view names a claim by this one text.
    pub fn label(&self, claim: &Claim) -> &str {
        self.passage(claim.representative)
            .map_or("", |p| p.text.as_str())
    }

    /// The pair of two passages of one claim, in either order.
    pub fn pair(&self, x: PassageId, y: PassageId) -> Option<&Pair> {
        let claim = self.claim(self.passage(x)?.claim?)?;
        claim
            .pairs
            .iter()
            .find(|p| (p.a == x && p.b == y) || (p.a == y && p.b == x))
    }
}

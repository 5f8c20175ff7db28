//! Corroborate compares several articles on one story: what they agree on, what only one
//! of them says, and where they differ.
//!
//! The pipeline, one module each:
//! [`ingest`] (bytes → text) → [`segment`] (text → passages, boilerplate flagged) →
//! [`align`] (passages → scored links → claims) → [`diff`] (word diffs) → all tied together
//! by [`compare`], the one seam, whose [`report::Comparison`] every view and [`report`] reads.

pub mod align;
pub mod compare;
pub mod diff;
pub mod disagree;
pub mod ingest;
pub mod palette;
pub mod report;
pub mod segment;
pub mod wordfreq;

pub use report::{Comparison, Settings};

/// The command line's glue (clap); the library proper never needs it.
#[cfg(feature = "cli")]
pub mod cli;

#[cfg(feature = "gui")]
pub mod app;
#[cfg(feature = "gui")]
pub mod ui;

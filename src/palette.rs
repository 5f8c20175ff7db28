//! The one palette: the colours that mean "unique", "shared by some", "shared by all" and
//! the rest, and how strongly a claim's coverage tints its passages. The window
//! (`ui::theme`), the HTML report and the SVG charts all read it, so they never drift apart.
//!
//! Colours are plain RGB triples and strengths plain opacities (0..=1), so the engine side
//! stays free of any UI crate; each view converts them to its own colour type.
//!
//! ```
//! use corroborate::palette::{self, Rgb};
//! use corroborate::report::Coverage;
//! assert_eq!(palette::coverage(Coverage::All), palette::SHARED_ALL);
//! assert_eq!(Rgb(213, 94, 0).hex(), "#d55e00");
//! // A claim carried by more sources tints its passages more strongly.
//! assert!(palette::passage_opacity(Coverage::Some, 3, 5) > palette::passage_opacity(Coverage::Some, 2, 5));
//! ```

use crate::report::Coverage;

/// A colour as red, green, blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for SVG and CSS.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// `r,g,b`, to use inside CSS `rgb()` and `rgba()`.
    pub fn triple(self) -> String {
        format!("{},{},{}", self.0, self.1, self.2)
    }
}

// The coverage colours stay apart for readers with any common colour-vision deficiency:
// vermilion (Okabe & Ito) against two blues (Paul Tol's cyan, a deep blue) that differ in
// lightness, so "more sources" also reads as "darker" in grey scale. tests/palette.rs checks
// every two of them (and the selection and boilerplate colours) under simulated protanopia,
// deuteranopia and tritanopia; docs/palette.md has the figures.

/// Said by one source only.
pub const UNIQUE: Rgb = Rgb(213, 94, 0);
/// Said by several sources, not all.
pub const SHARED_SOME: Rgb = Rgb(102, 204, 238);
/// Said by every source.
pub const SHARED_ALL: Rgb = Rgb(0, 119, 187);
/// Site furniture, never counted.
pub const BOILERPLATE: Rgb = Rgb(130, 130, 130);
/// The selected claim.
pub const SELECTED: Rgb = Rgb(255, 210, 40);
/// Words only in this passage of a diff; figures that differ; errors.
pub const DELETED: Rgb = Rgb(235, 90, 80);
/// Words only in the other passage of a diff.
pub const INSERTED: Rgb = Rgb(80, 200, 120);
/// An empty cell or mark in a chart on a light background.
pub const EMPTY: Rgb = Rgb(217, 217, 217);

/// The solid colour of a claim's coverage.
pub fn coverage(coverage: Coverage) -> Rgb {
    match coverage {
        Coverage::Unique => UNIQUE,
        Coverage::Some => SHARED_SOME,
        Coverage::All => SHARED_ALL,
    }
}

/// The solid colour of a claim carried by `n` of `total` sources.
pub fn carried_by(n: usize, total: usize) -> Rgb {
    coverage(Coverage::of(n, total))
}

/// How strongly a passage is tinted: stronger the more sources carry its claim, so that
/// what many sources say stands out while a unique passage stays readable.
pub fn passage_opacity(coverage: Coverage, n: usize, total: usize) -> f32 {
    match coverage {
        Coverage::Unique => 34.0 / 255.0,
        Coverage::All => 80.0 / 255.0,
        Coverage::Some => {
            let share = n.saturating_sub(1) as f32 / total.saturating_sub(1).max(1) as f32;
            (40.0 + 50.0 * share) / 255.0
        }
    }
}

/// How strongly a matrix cell is filled, by how close (0..=1) the source's wording is to
/// the claim's label: never so faint that a carried claim looks absent.
pub fn closeness_opacity(closeness: f32) -> f32 {
    0.35 + 0.65 * clamp01(closeness)
}

/// How strongly an overlap heatmap cell is filled, by its share (0..=1) of the largest
/// overlap between two different sources.
pub fn overlap_opacity(share: f32) -> f32 {
    0.1 + 0.9 * clamp01(share)
}

fn clamp01(x: f32) -> f32 {
    if x.is_finite() {
        x.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opacities_stay_in_range_and_grow_with_coverage() {
        for total in 1..8 {
            let mut last = 0.0;
            for n in 2..total {
                let o = passage_opacity(Coverage::Some, n, total);
                assert!(o > last && o < 1.0);
                last = o;
            }
        }
        assert!(passage_opacity(Coverage::Unique, 1, 5) < passage_opacity(Coverage::All, 5, 5));
        assert_eq!(closeness_opacity(f32::NAN), 0.35);
        assert_eq!(closeness_opacity(2.0), 1.0);
        assert_eq!(overlap_opacity(-1.0), 0.1);
    }

    #[test]
    fn counts_map_to_coverage_colours() {
        assert_eq!(carried_by(1, 4), UNIQUE);
        assert_eq!(carried_by(2, 4), SHARED_SOME);
        assert_eq!(carried_by(4, 4), SHARED_ALL);
        assert_eq!(SHARED_SOME.triple(), "102,204,238");
        assert_eq!(EMPTY.hex(), "#d9d9d9");
    }
}

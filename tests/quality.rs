//! Claim alignment measured against hand-labelled cross-source links, on the bundled
//! samples and on a second, independently written story.

mod support {
    pub mod labels;
}

use corroborate::Settings;
use support::labels::evaluate;

#[test]
fn samples_precision_and_recall() {
    let s = evaluate(
        "tests/data/xiaomi_labels.json",
        "assets/samples",
        Settings::default().threshold,
    );
    eprintln!("samples: {s:?}");
    assert_eq!(s.gold, 65, "every labelled quote maps to a passage");
    assert!(s.predicted > 0);
    assert!(s.precision >= 0.60, "{s:?}");
    assert!(s.recall >= 0.30, "{s:?}");
    assert!(s.f1 >= 0.40, "{s:?}");
}

#[test]
fn second_story_precision_and_recall() {
    let s = evaluate(
        "tests/data/story2_labels.json",
        "tests/data/story2",
        Settings::default().threshold,
    );
    eprintln!("story2: {s:?}");
    assert_eq!(s.gold, 128, "every labelled quote maps to a passage");
    assert!(s.predicted > 0);
    assert!(s.precision >= 0.75, "{s:?}");
    assert!(s.recall >= 0.37, "{s:?}");
    assert!(s.f1 >= 0.50, "{s:?}");
}

//! The window, driven headless through egui_kittest and queried through AccessKit.

use std::time::{Duration, Instant};

use corroborate::Settings;
use corroborate::app::CorroborateApp;
use corroborate::app::state::{Command, Input};
use corroborate::report::Coverage;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn harness(inputs: Vec<Input>) -> Harness<'static, CorroborateApp> {
    tall_harness(inputs, 1000.0)
}

fn tall_harness(inputs: Vec<Input>, height: f32) -> Harness<'static, CorroborateApp> {
    Harness::builder()
        .with_size([1600.0, height])
        .build_eframe(move |cc| CorroborateApp::new(&cc.egui_ctx, None, inputs))
}

/// Steps the window until the worker has delivered its result.
fn settle(h: &mut Harness<'_, CorroborateApp>) {
    let start = Instant::now();
    h.step();
    while h.state().busy().is_some() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "analysis never finished"
        );
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    h.run_ok();
}

/// The accessible label of a claim's row in the sidebar list (and in the coverage matrix).
use corroborate::ui::columns::spoken_label;

/// What a screen reader hears for a passage.
fn spoken(c: &corroborate::Comparison, p: &corroborate::report::Passage) -> String {
    spoken_label(c, p, c.widest_claim(p))
}

fn sidebar_row(cl: &corroborate::report::Claim) -> String {
    format!("{} {}", cl.id, cl.label)
}

/// The window with the second labelled story (tests/data/story2, which has disagreements).
fn with_story2() -> Harness<'static, CorroborateApp> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/story2");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| Input::File(e.unwrap().path()))
        .collect();
    files.sort_by_key(|i| i.name());
    let mut h = harness(files);
    settle(&mut h);
    h
}

fn with_samples() -> Harness<'static, CorroborateApp> {
    samples_in(harness(Vec::new()))
}

fn samples_in(mut h: Harness<'static, CorroborateApp>) -> Harness<'static, CorroborateApp> {
    h.state_mut().run_command(Command::OpenSamples);
    settle(&mut h);
    h
}

#[test]
fn start_page_offers_files_and_samples() {
    let mut h = harness(Vec::new());
    h.run_ok();
    assert!(h.query_all_by_label("Open files…").count() >= 1);
    h.get_all_by_label("Open the samples")
        .last()
        .unwrap()
        .click();
    h.step();
    settle(&mut h);
    let c = h
        .state()
        .state
        .comparison
        .clone()
        .expect("samples compared");
    assert_eq!(c.sources.len(), 5);
    assert!(
        h.query_all_by_label_contains("[4] During the final days of…")
            .count()
            >= 2,
        "column and sidebar"
    );
}

#[test]
fn a_shared_claim_shows_in_two_columns_and_clicking_selects_it() {
    let mut h = with_samples();
    let c = h.state().state.comparison.clone().unwrap();
    let claim = c
        .claims
        .iter()
        .find(|cl| {
            let first = c.passage(cl.members[0].passage).unwrap();
            cl.shared
                && cl.members.iter().all(|m| m.passage.index < 10)
                && c.widest_claim(first).map(|w| w.id) == Some(cl.id)
        })
        .expect("a shared claim near the top of its columns");
    // What a screen reader says for each member passage.
    let texts: Vec<String> = claim
        .members
        .iter()
        .map(|m| spoken(&c, c.passage(m.passage).unwrap()))
        .collect();
    // (A headline may also be its column's title: the passage is the last match.)
    for t in &texts {
        assert!(
            h.query_all_by_label(t).count() >= 1,
            "passage not shown: {t}"
        );
    }
    h.get_all_by_label(&texts[0]).last().unwrap().click();
    h.run_ok();
    assert_eq!(h.state().state.view.selected, Some(claim.id));
    let heading = format!("Claim {} · shared by", claim.id);
    assert!(
        h.query_by_label_contains(&heading).is_some(),
        "no detail for {heading}"
    );
    // Every member is listed in the detail panel, by source.
    for m in claim.members.iter().map(|m| m.passage) {
        let name = format!(
            "[{}] {}",
            m.source,
            c.sources[m.source as usize].short_name()
        );
        assert!(
            h.query_all_by_label(&name).count() >= 2,
            "{name} not in the detail"
        );
    }
    h.key_press(egui::Key::Escape);
    h.run_ok();
    assert_eq!(h.state().state.view.selected, None);
}

#[test]
fn the_unique_filter_lists_only_unique_claims() {
    let mut h = with_samples();
    let c = h.state().state.comparison.clone().unwrap();
    h.get_by_label(&format!("Unique {}", c.summary.unique))
        .click();
    h.run_ok();
    let row = |cl: &corroborate::report::Claim| sidebar_row(cl);
    for cl in &c.claims {
        if cl.coverage != Coverage::Unique {
            assert!(
                h.query_by_label(&row(cl)).is_none(),
                "shared claim listed: {}",
                cl.id
            );
        }
    }
    let first_unique = c.claims.iter().find(|cl| !cl.shared).unwrap();
    assert!(h.query_by_label(&row(first_unique)).is_some());
}

#[test]
fn a_file_that_cannot_be_read_shows_its_error_and_the_rest_load() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("gone.txt");
    let binary = dir.path().join("photo.png");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    let samples = corroborate::app::samples();
    let inputs = vec![
        samples[0].clone(),
        Input::File(missing),
        Input::File(binary),
        samples[1].clone(),
    ];
    let mut h = harness(inputs);
    settle(&mut h);
    assert_eq!(
        h.state().state.comparison.as_ref().unwrap().sources.len(),
        2
    );
    assert!(
        h.query_by_label_contains("Could not read gone.txt: no such file")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Could not read photo.png: looks like a PNG image")
            .is_some()
    );

    // A file that failed can be removed, and the sidebar's buttons still name the right
    // inputs although the failed ones have no column.
    let names = |h: &Harness<'_, CorroborateApp>| -> Vec<String> {
        h.state().state.inputs.iter().map(|i| i.name()).collect()
    };
    // The Remove buttons: the two sources', then the two failed files'.
    h.get_all_by_label("Remove").nth(2).unwrap().click();
    h.step();
    settle(&mut h);
    assert_eq!(
        names(&h),
        [
            "000_2c110ac3824b8891.txt",
            "photo.png",
            "001_cfde2cdaff71e91c.txt"
        ]
    );
    assert!(
        h.query_by_label_contains("Could not read gone.txt")
            .is_none()
    );
    h.get_all_by_label("Remove").nth(1).unwrap().click();
    h.step();
    settle(&mut h);
    assert_eq!(names(&h), ["000_2c110ac3824b8891.txt", "photo.png"]);
}

#[test]
fn saving_writes_the_report_to_the_chosen_path() {
    let mut h = with_samples();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("saved.json");
    h.state_mut().run_command(Command::SaveReport(path.clone()));
    settle(&mut h);
    let saved =
        corroborate::report::json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(&saved, h.state().state.comparison.as_deref().unwrap());
    assert!(h.query_by_label_contains("Report saved to").is_some());

    let bad = dir.path().join("no/such/folder/r.json");
    h.state_mut().run_command(Command::SaveReport(bad));
    settle(&mut h);
    assert!(
        h.query_by_label_contains("Could not save the report")
            .is_some()
    );
}

/// The counts the sidebar's filter buttons show: (shared by all, shared by some).
fn shown_shared(h: &Harness<'_, CorroborateApp>) -> (usize, usize) {
    let count = |prefix: &str| -> usize {
        let label = h
            .get_by_label_contains(prefix)
            .accesskit_node()
            .label()
            .unwrap_or_default();
        label[prefix.len()..]
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{label:?}"))
    };
    (count("Shared by all "), count("Shared by some "))
}

/// The value the Strictness slider shows.
fn shown_strictness(h: &Harness<'_, CorroborateApp>) -> f64 {
    h.get_by_role_and_label(Role::Slider, "Strictness")
        .accesskit_node()
        .numeric_value()
        .expect("the slider has a value")
}

#[test]
fn strictness_regroups_and_keys_walk_the_shared_claims() {
    let mut h = with_samples();
    let default = f64::from(Settings::DEFAULT_THRESHOLD);
    assert!((shown_strictness(&h) - default).abs() < 1e-6);
    let loose = shown_shared(&h);

    // The user drags the slider's handle from the default 0.5 to about 0.8.
    let rail = h.get_by_role_and_label(Role::Slider, "Strictness").rect();
    let range = corroborate::ui::STRICTNESS_RANGE;
    let (lo, hi) = (*range.start(), *range.end());
    let at = |v: f32| {
        egui::pos2(
            rail.left() + (v - lo) / (hi - lo) * rail.width(),
            rail.center().y,
        )
    };
    h.hover_at(at(0.5));
    h.drag_at(at(0.5));
    h.step();
    h.hover_at(at(0.65));
    h.step();
    h.hover_at(at(0.8));
    h.step();
    h.drop_at(at(0.8));
    settle(&mut h);

    // What the user sees: the slider at the new value, and fewer claims shared.
    let value = shown_strictness(&h);
    let c = h.state().state.comparison.clone().unwrap();
    assert!(
        h.query_by_label(&format!("{} shared claims", c.summary.shared))
            .is_some(),
        "the toolbar says how many claims this position shares"
    );
    assert!((0.75..=0.9).contains(&value), "slider shows {value}");
    let strict = shown_shared(&h);
    assert!(
        strict.0 + strict.1 < loose.0 + loose.1,
        "shared at the default: {loose:?}, at {value}: {strict:?}"
    );
    // ... and that is the comparison regrouped at the value the slider shows.
    let c = h.state().state.comparison.clone().unwrap();
    assert!((f64::from(c.settings.threshold) - value).abs() < 1e-6);
    assert_eq!(
        strict,
        (
            c.summary.shared_by_all,
            c.summary.shared - c.summary.shared_by_all
        )
    );

    h.key_press(egui::Key::N);
    h.run_ok();
    let first_shared = c.claims.iter().find(|c| c.shared).unwrap().id;
    assert_eq!(h.state().state.view.selected, Some(first_shared));
}

#[test]
fn removing_a_source_compares_the_rest() {
    let mut h = with_samples();
    h.get_all_by_label("Remove").next().unwrap().click();
    h.step();
    settle(&mut h);
    let c = h.state().state.comparison.clone().unwrap();
    assert_eq!(c.sources.len(), 4);
    assert_eq!(c.sources[0].name, "001_cfde2cdaff71e91c.txt");
}

#[test]
fn a_saved_report_reopens_exactly_with_its_strictness() {
    let mut h = with_samples();
    h.state_mut().run_command(Command::SetThreshold(0.45));
    settle(&mut h);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kept.json");
    h.state_mut().run_command(Command::SaveReport(path.clone()));
    settle(&mut h);
    let saved = h.state().state.comparison.clone().unwrap();

    // As `corroborate kept.json` does: the report is given like a file.
    let mut reopened = harness(vec![Input::File(path.clone())]);
    settle(&mut reopened);
    let state = &reopened.state().state;
    assert_eq!(state.comparison.as_deref(), Some(&*saved));
    assert_eq!(state.settings.threshold, 0.45);
    assert_eq!(state.inputs.len(), 5);
    assert!(
        reopened
            .query_by_label_contains("Opened a saved report of 5 sources")
            .is_some()
    );

    // The strictness still works on a reopened report: the texts are embedded.
    reopened.state_mut().run_command(Command::SetThreshold(0.3));
    settle(&mut reopened);
    assert_eq!(
        reopened
            .state()
            .state
            .comparison
            .as_ref()
            .unwrap()
            .settings
            .threshold,
        0.3
    );

    let damaged = dir.path().join("damaged.json");
    std::fs::write(&damaged, &std::fs::read_to_string(&path).unwrap()[..500]).unwrap();
    reopened
        .state_mut()
        .run_command(Command::OpenReport(damaged));
    settle(&mut reopened);
    assert!(
        reopened
            .query_by_label_contains("Could not open the report")
            .is_some()
    );
    assert_eq!(
        reopened
            .state()
            .state
            .comparison
            .as_ref()
            .unwrap()
            .sources
            .len(),
        5,
        "the previous comparison stays"
    );
}

#[test]
fn the_matrix_has_a_row_per_claim_with_cells_where_the_report_says() {
    // Tall enough for every row of the samples to be laid out.
    let mut h = samples_in(tall_harness(Vec::new(), 3600.0));
    h.get_by_label("Coverage matrix").click();
    h.run_ok();
    let c = h.state().state.comparison.clone().unwrap();
    for claim in &c.claims {
        let row = h
            .query_all_by_label_contains(&format!("{} ", claim.id))
            .count();
        assert!(row >= 1, "no row for {}", claim.id);
        for s in 0..c.sources.len() as u32 {
            let carried = h
                .query_by_label(&format!("{} carried by [{s}]", claim.id))
                .is_some();
            let absent = h
                .query_by_label(&format!("{} not in [{s}]", claim.id))
                .is_some();
            assert_eq!(carried, claim.sources.contains(&s), "{} / [{s}]", claim.id);
            assert_eq!(absent, !carried);
        }
    }
    // Clicking a row selects its claim in the side-by-side view.
    let shared = c.claims.iter().find(|cl| cl.shared).unwrap();
    // (The sidebar lists the claim with the same text: the matrix row comes last.)
    h.get_all_by_label(&sidebar_row(shared))
        .last()
        .unwrap()
        .click();
    h.run_ok();
    assert_eq!(h.state().state.view.selected, Some(shared.id));
    assert_eq!(
        h.state().state.view.tab,
        corroborate::app::state::Tab::Columns
    );
}

#[test]
fn a_claims_sidebar_row_and_matrix_row_show_the_same_label() {
    let mut h = samples_in(tall_harness(Vec::new(), 2200.0));
    h.get_by_label("Coverage matrix").click();
    h.run_ok();
    let c = h.state().state.comparison.clone().unwrap();
    // A shared claim whose label is not its first member's text: the two used to differ.
    let claim = c
        .claims
        .iter()
        .find(|cl| cl.shared && cl.representative != cl.members[0].passage)
        .expect("a shared claim best worded by a later member");
    let label = sidebar_row(claim);
    assert_eq!(
        h.query_all_by_label(&label).count(),
        2,
        "the sidebar row and the matrix row both read {label:?}"
    );
    let first = format!(
        "{} {}",
        claim.id,
        c.passage(claim.members[0].passage).unwrap().text
    );
    assert!(h.query_by_label(&first).is_none(), "a row reads {first:?}");
}

#[test]
fn an_intersection_bar_filters_the_claims_list_to_its_combination() {
    let mut h = with_samples();
    h.get_by_label("Intersections").click();
    h.run_ok();
    let c = h.state().state.comparison.clone().unwrap();
    let combo = corroborate::report::coverage::intersections(&c)
        .into_iter()
        .find(|i| i.sources.len() >= 2)
        .expect("a shared combination");
    let names: Vec<String> = combo.sources.iter().map(|s| format!("[{s}]")).collect();
    h.get_by_label(&format!(
        "{} claims only in {}",
        combo.claims,
        names.join(" ")
    ))
    .click();
    h.run_ok();
    assert_eq!(
        h.state().state.view.filter,
        corroborate::app::state::ClaimFilter::Combination(combo.mask)
    );
    let row = |cl: &corroborate::report::Claim| sidebar_row(cl);
    let mut listed = 0;
    for cl in &c.claims {
        let shown = h.query_by_label(&row(cl)).is_some();
        assert_eq!(shown, cl.sources == combo.sources, "{}", cl.id);
        listed += usize::from(shown);
    }
    assert_eq!(listed, combo.claims);
}

#[test]
fn the_overlap_heatmap_matches_the_report() {
    let mut h = with_samples();
    h.get_by_label("Source overlap").click();
    h.run_ok();
    let c = h.state().state.comparison.clone().unwrap();
    let n = c.sources.len() as u32;
    for i in 0..n {
        for j in 0..n {
            if i == j {
                continue;
            }
            let both = c
                .claims
                .iter()
                .filter(|cl| cl.sources.contains(&i) && cl.sources.contains(&j))
                .count();
            let plural = if both == 1 { "" } else { "s" };
            let label = format!("[{i}] and [{j}] share {both} claim{plural}");
            assert!(h.query_by_label(&label).is_some(), "missing {label}");
        }
    }
}

#[test]
fn only_visible_passages_are_built_and_the_overview_strip_jumps() {
    let mut h = with_samples();
    let c = h.state().state.comparison.clone().unwrap();
    let passages = &c.sources[1].passages;
    let shown = |h: &Harness<'_, CorroborateApp>| -> Vec<usize> {
        (0..passages.len())
            .filter(|&i| h.query_all_by_label(&spoken(&c, &passages[i])).count() > 0)
            .collect()
    };
    let before = shown(&h);
    assert!(before.contains(&0));
    assert!(
        !before.contains(&(passages.len() - 1)),
        "the end of a long column is not built"
    );
    // Clicking the middle of the overview strip scrolls the column there.
    h.get_by_label("Overview of [1]").click();
    h.run_ok();
    let after = shown(&h);
    assert!(!after.contains(&0), "{after:?}");
    assert!(after.iter().any(|&i| i > passages.len() / 3), "{after:?}");
    assert!(h.state().state.view.jump.is_empty(), "a jump applies once");
}

#[test]
fn coverage_views_export_csv_and_svg() {
    use corroborate::app::state::Export;
    let mut h = with_samples();
    let c = h.state().state.comparison.clone().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for kind in [
        Export::MatrixCsv,
        Export::MatrixSvg,
        Export::IntersectionsSvg,
        Export::OverlapSvg,
    ] {
        let path = dir.path().join(kind.file_name());
        h.state_mut()
            .run_command(Command::Export(kind, path.clone()));
        settle(&mut h);
        let text = std::fs::read_to_string(&path).unwrap();
        if kind == Export::MatrixCsv {
            assert!(
                text.lines().count() > c.claims.len(),
                "a header and a row per claim"
            );
        } else {
            assert!(text.starts_with("<svg"), "{kind:?}");
        }
    }
    h.run_ok();
    assert!(h.query_by_label_contains("Exported to").is_some());
}

#[test]
fn claims_whose_sources_disagree_can_be_listed() {
    let mut h = with_story2();
    let c = h.state().state.comparison.clone().unwrap();
    assert!(
        c.summary.disagreements > 0,
        "the second story has differing figures"
    );
    let differing =
        |cl: &corroborate::report::Claim| cl.members.iter().any(|m| c.disagrees(m.passage));
    let n = c.claims.iter().filter(|cl| differing(cl)).count();
    assert!(n > 0);
    h.get_by_label(&format!("With a disagreement {n}")).click();
    h.run_ok();
    for cl in &c.claims {
        let shown = h.query_all_by_label(&sidebar_row(cl)).count() > 0;
        assert_eq!(shown, differing(cl), "{}", cl.id);
    }
}

#[test]
fn pasted_text_becomes_a_source() {
    let mut h = harness(vec![corroborate::app::samples()[0].clone()]);
    settle(&mut h);
    h.get_all_by_label("Paste as source…")
        .next()
        .unwrap()
        .click();
    h.run_ok();
    h.get_by_label("Text (paste with Ctrl+V)").type_text(
        "Xiaomi has filed a complaint against the US Department of Defense and the Treasury.",
    );
    h.run_ok();
    h.get_by_label("Add source").click();
    h.step();
    settle(&mut h);
    let state = &h.state().state;
    assert_eq!(state.inputs.len(), 2);
    assert_eq!(state.inputs[1].name(), "Pasted text 1");
    let c = state.comparison.as_ref().expect("two sources compared");
    assert!(
        c.summary.shared >= 1,
        "the pasted sentence matches the article"
    );
}

#[test]
fn the_disagreements_tab_lists_each_value_and_leads_to_its_passage() {
    let mut h = with_story2();
    let c = h.state().state.comparison.clone().unwrap();
    assert!(!c.disagreements.is_empty(), "story2 has differing figures");
    h.get_by_label(&format!("Disagreements ({})", c.disagreements.len()))
        .click();
    h.run_ok();
    let v = &c.disagreements[0].values[0];
    assert!(
        h.query_by_label_contains(&format!("says “{}”", v.text))
            .is_some(),
        "the first value is listed"
    );
    let name = format!(
        "[{}] {}",
        v.source,
        c.sources[v.source as usize].short_name()
    );
    // (The sidebar lists the sources too: the link is the last match.)
    h.get_all_by_label(&name).last().unwrap().click();
    h.run_ok();
    let state = &h.state().state;
    assert_eq!(state.view.tab, corroborate::app::state::Tab::Columns);
    // The link of one of that source's values (the source may give several).
    let expected: Vec<_> = c
        .disagreements
        .iter()
        .flat_map(|d| &d.values)
        .filter(|w| w.source == v.source)
        .map(|w| {
            let id = corroborate::report::PassageId {
                source: w.source,
                index: w.passage,
            };
            c.widest_claim(c.passage(id).unwrap()).map(|cl| cl.id)
        })
        .collect();
    assert!(state.view.selected.is_some());
    assert!(
        expected.contains(&state.view.selected),
        "{:?}",
        state.view.selected
    );
}

/// Hand-edited or damaged reports: any one mutation of a valid report is either refused
/// with a message, or loads, renders in every report format and draws in the window
/// (every tab, a claim selected) without a panic.
mod damaged_reports {
    use std::sync::{Arc, OnceLock};

    use corroborate::app::state::{AppState, Tab};
    use corroborate::report::{self, ReportFormat};
    use proptest::prelude::*;
    use serde_json::Value;

    fn valid() -> &'static Value {
        static V: OnceLock<Value> = OnceLock::new();
        V.get_or_init(|| {
            let c = corroborate::compare::compare(
                corroborate::app::samples()
                    .iter()
                    .take(3)
                    .map(|i| match i {
                        corroborate::app::state::Input::Text { name, text } => {
                            corroborate::ingest::from_text(name, text).unwrap()
                        }
                        _ => unreachable!("the samples are bundled texts"),
                    })
                    .collect(),
                &corroborate::Settings::default(),
            );
            serde_json::from_str(&report::json::to_string(&c)).unwrap()
        })
    }

    /// Every node of the tree, as a path of keys and indices.
    fn paths(v: &Value, here: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
        out.push(here.clone());
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    here.push(Value::String(k.clone()));
                    paths(child, here, out);
                    here.pop();
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    here.push(Value::from(i));
                    paths(child, here, out);
                    here.pop();
                }
            }
            _ => {}
        }
    }

    fn node<'a>(v: &'a mut Value, path: &[Value]) -> &'a mut Value {
        path.iter().fold(v, |v, step| match step {
            Value::String(k) => &mut v[k.as_str()],
            Value::Number(i) => &mut v[i.as_u64().unwrap() as usize],
            _ => unreachable!(),
        })
    }

    fn mutate(pick: usize, op: u8, n: i64) -> Value {
        let mut v = valid().clone();
        let mut all = Vec::new();
        paths(&v, &mut Vec::new(), &mut all);
        let path = &all[pick % all.len()];
        let target = node(&mut v, path);
        *target = match op % 8 {
            0 => Value::from(n),
            1 => Value::from(-n.abs() - 1),
            2 => Value::from(u64::MAX),
            3 => Value::String(String::new()),
            4 => Value::String(format!("{}:{}", n % 7, n)),
            5 => Value::String(format!("c{n}")),
            6 => Value::Array(Vec::new()),
            _ => Value::Null,
        };
        v
    }

    fn draw(c: report::Comparison) {
        let mut state = AppState {
            comparison: Some(Arc::new(c)),
            ..Default::default()
        };
        state.view.selected = state
            .comparison
            .as_ref()
            .and_then(|c| c.claims.first())
            .map(|cl| cl.id);
        for tab in [
            Tab::Columns,
            Tab::Matrix,
            Tab::Intersections,
            Tab::Sources,
            Tab::Disagreements,
        ] {
            state.view.tab = tab;
            let mut h = egui_kittest::Harness::builder()
                .with_size([1200.0, 800.0])
                .build_ui(|ui| {
                    corroborate::ui::app_ui(ui, &state);
                });
            h.run_steps(2);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]
        #[test]
        fn a_mutated_report_is_refused_or_shown_never_a_panic(
            pick in 0usize..1_000_000, op in 0u8..8, n in 0i64..100_000
        ) {
            let text = serde_json::to_string(&mutate(pick, op, n)).unwrap();
            if let Ok(c) = report::json::from_str(&text) {
                for f in [ReportFormat::Json, ReportFormat::Md, ReportFormat::Html, ReportFormat::Csv] {
                    let _ = f.render(&c);
                }
                let _ = report::svg::matrix_svg(&c);
                draw(c);
            }
        }
    }

    #[test]
    fn a_report_naming_a_passage_that_does_not_exist_is_refused_by_name() {
        let mut v = valid().clone();
        v["claims"][0]["members"][0]["passage"] = Value::String("0:99999".to_owned());
        let err = report::json::from_str(&v.to_string()).expect_err("refused");
        assert!(err.contains("claims[0].members[0]"), "{err}");
        assert!(err.contains("0:99999"), "{err}");
        let mut v = valid().clone();
        v["sources"][1]["passages"][2]["end"] = Value::from(10_000_000);
        let err = report::json::from_str(&v.to_string()).expect_err("refused");
        assert!(err.contains("sources[1].passages[2]"), "{err}");
    }
}

/// Steps the window until an open file dialog has answered and its work is done.
fn settle_dialog(h: &mut Harness<'_, CorroborateApp>) {
    let start = Instant::now();
    while h.state().state.dialog_open {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the dialog never answered"
        );
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    settle(h);
}

fn sample_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name)
}

/// A stand-in for the native dialog: takes a while, then picks two samples to open, or
/// one more to add.
fn slow_dialog(d: &corroborate::app::state::Dialog) -> corroborate::app::dialogs::Pending {
    use corroborate::app::state::DialogKind;
    let names: &[&str] = match d.kind {
        DialogKind::Sources { add: false } => {
            &["000_2c110ac3824b8891.txt", "001_cfde2cdaff71e91c.txt"]
        }
        DialogKind::Sources { add: true } => &["002_2143f653d0b32605.txt"],
        _ => &[],
    };
    let paths: Vec<_> = names.iter().map(|n| sample_path(n)).collect();
    Box::pin(async move {
        std::thread::sleep(Duration::from_millis(300));
        paths
    })
}

/// Opens the toolbar's File menu (the file actions of a window under 1,650 px).
fn file_menu(h: &mut Harness<'_, CorroborateApp>) {
    h.get_by_label("File").click();
    h.run_ok();
}

#[test]
fn open_starts_a_new_comparison_add_adds_and_the_window_paints_meanwhile() {
    let mut h = with_samples();
    h.state_mut().set_dialogs(slow_dialog);
    // (At 1,600 px the file actions are in the File menu.)
    file_menu(&mut h);
    h.get_by_label("Open files…").click();
    h.step();
    // The dialog is open on its own thread: the window keeps drawing frames.
    assert!(h.state().state.dialog_open);
    let start = Instant::now();
    h.step();
    assert!(
        start.elapsed() < Duration::from_millis(250),
        "a frame waited for the dialog"
    );
    h.run_ok();
    assert!(h.query_by_label("A file dialog is open").is_some());
    settle_dialog(&mut h);
    let names = |h: &Harness<'_, CorroborateApp>| -> Vec<String> {
        let c = h.state().state.comparison.clone().expect("compared");
        c.sources.iter().map(|s| s.name.clone()).collect()
    };
    assert_eq!(
        names(&h),
        ["000_2c110ac3824b8891.txt", "001_cfde2cdaff71e91c.txt"],
        "Open files… replaced the five samples"
    );

    file_menu(&mut h);
    h.get_by_label("Add files…").click();
    h.step();
    settle_dialog(&mut h);
    assert_eq!(names(&h).len(), 3, "Add files… added to them");
    assert_eq!(names(&h)[2], "002_2143f653d0b32605.txt");
}

#[test]
fn new_comparison_clears_everything_and_a_last_source_stays_removable() {
    let mut h = with_samples();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.step();
    settle(&mut h);
    let state = &h.state().state;
    assert!(state.inputs.is_empty() && state.comparison.is_none());
    assert_eq!(state.view.selected, None, "Ctrl+N is not the N key");
    assert!(
        h.query_all_by_label("Open the samples").count() >= 1,
        "the start page"
    );

    // With one source left the start page shows, and the sidebar still lists it.
    let mut h = with_samples();
    for _ in 0..4 {
        h.get_all_by_label("Remove").next().unwrap().click();
        h.step();
        settle(&mut h);
    }
    assert!(h.state().state.comparison.is_none());
    assert!(h.query_by_label("[0] 004_e1a54378af9c5d33.txt").is_some());
    h.get_by_label("Remove").click();
    h.step();
    settle(&mut h);
    assert!(h.state().state.inputs.is_empty());
    assert!(h.query_by_label("Remove").is_none());
}

#[test]
fn filters_and_selection_reset_when_the_sources_change_not_on_a_regroup() {
    use corroborate::app::state::ClaimFilter;
    let mut h = with_samples();
    h.get_by_label("Intersections").click();
    h.run_ok();
    let c = h.state().state.comparison.clone().unwrap();
    let combo = corroborate::report::coverage::intersections(&c)
        .into_iter()
        .find(|i| i.sources.len() >= 2)
        .unwrap();
    let names: Vec<String> = combo.sources.iter().map(|s| format!("[{s}]")).collect();
    h.get_by_label(&format!(
        "{} claims only in {}",
        combo.claims,
        names.join(" ")
    ))
    .click();
    h.run_ok();
    h.state_mut().run_command(Command::Focus(1));
    h.state_mut()
        .run_command(Command::Select(Some(c.claims[0].id)));
    h.run_ok();

    // A regroup keeps them...
    h.state_mut().run_command(Command::SetThreshold(0.35));
    settle(&mut h);
    let view = &h.state().state.view;
    assert_eq!(view.filter, ClaimFilter::Combination(combo.mask));
    assert_eq!(view.focus, Some((1, 2)));
    assert!(
        h.query_by_label_contains("Only the claims of exactly")
            .is_some()
    );

    // ... another set of sources does not.
    h.get_all_by_label("Remove").next().unwrap().click();
    h.step();
    settle(&mut h);
    let view = &h.state().state.view;
    assert_eq!(view.filter, ClaimFilter::All);
    assert_eq!(view.selected, None);
    assert_eq!(view.focus, None);
    assert!(
        h.query_by_label_contains("Only the claims of exactly")
            .is_none()
    );
}

#[test]
fn clicking_an_overlap_cell_lists_the_claims_the_two_share() {
    use corroborate::app::state::ClaimFilter;
    let mut h = with_samples();
    h.get_by_label("Source overlap").click();
    h.run_ok();
    let c = h.state().state.comparison.clone().unwrap();
    let both = |cl: &corroborate::report::Claim| cl.sources.contains(&0) && cl.sources.contains(&2);
    let n = c.claims.iter().filter(|cl| both(cl)).count();
    assert!(n > 1);
    h.get_by_label(&format!("[0] and [2] share {n} claims"))
        .click();
    h.run_ok();
    assert_eq!(h.state().state.view.filter, ClaimFilter::AtLeast(0b101));
    let named = format!(
        "The claims [0] {} and [2] {} share",
        c.sources[0].short_name(),
        c.sources[2].short_name()
    );
    assert!(h.query_by_label(&named).is_some(), "{named}");
    for cl in &c.claims {
        let shown = h.query_by_label(&sidebar_row(cl)).is_some();
        assert_eq!(shown, both(cl), "{}", cl.id);
    }
    // A second click lists every claim again.
    h.get_by_label(&format!("[0] and [2] share {n} claims"))
        .click();
    h.run_ok();
    assert_eq!(h.state().state.view.filter, ClaimFilter::All);

    // One claim in common reads "1 claim".
    let text = |t: &str| Input::Text {
        name: t.to_owned(),
        text: format!("The new bridge over the river opened to traffic on Monday morning. {t}"),
    };
    let mut h = harness(vec![
        text("Rain fell on the town for three days."),
        text("Elephants remember faces for decades."),
    ]);
    settle(&mut h);
    h.get_by_label("Source overlap").click();
    h.run_ok();
    assert!(h.query_by_label("[0] and [1] share 1 claim").is_some());
}

/// The sources whose columns are drawn (each has an overview strip).
fn shown_columns(h: &Harness<'_, CorroborateApp>) -> Vec<usize> {
    (0..5)
        .filter(|k| h.query_by_label(&format!("Overview of [{k}]")).is_some())
        .collect()
}

#[test]
fn focus_shows_a_column_beside_one_other() {
    let mut h = with_samples();
    assert_eq!(shown_columns(&h), [0, 1, 2, 3, 4]);
    h.get_all_by_label("Focus").nth(2).unwrap().click();
    h.run_ok();
    assert_eq!(shown_columns(&h), [2, 3], "the column and the next");
    assert!(h.query_by_label_contains("Focus: [2]").is_some());
    h.get_by_role(Role::ComboBox).click();
    h.run_ok();
    let first = h.state().state.comparison.clone().unwrap().sources[0].short_name();
    h.get_all_by_label(&format!("[0] {first}"))
        .last()
        .unwrap()
        .click();
    h.run_ok();
    assert_eq!(shown_columns(&h), [0, 2], "the column and the one chosen");
    h.get_by_label("Show all sources").click();
    h.run_ok();
    assert_eq!(shown_columns(&h), [0, 1, 2, 3, 4]);
    // The last column has no next: the one before it. (Its button lies beyond the
    // window's right edge at this width, so the command stands in for the click.)
    h.state_mut().run_command(Command::Focus(4));
    h.run_ok();
    assert_eq!(shown_columns(&h), [3, 4]);
    // Focus again on the focused column: all again.
    h.state_mut().run_command(Command::Focus(4));
    h.run_ok();
    assert_eq!(shown_columns(&h), [0, 1, 2, 3, 4]);
}

#[test]
fn word_diffs_strike_the_passage_read_and_underline_the_other_with_a_legend() {
    use corroborate::ui::diff_text::diff_job;
    let diff = corroborate::diff::word_diff("the red car stopped", "the blue car stopped");
    let marks = |this_is_old: bool| -> (String, String) {
        let job = diff_job(&diff, this_is_old, egui::Color32::WHITE, 500.0);
        let pick = |f: &dyn Fn(&egui::text::TextFormat) -> bool| -> String {
            job.sections
                .iter()
                .filter(|s| f(&s.format))
                .map(|s| {
                    job.text[s.byte_range.start.0..s.byte_range.end.0]
                        .trim()
                        .to_owned()
                })
                .collect()
        };
        (
            pick(&|f| f.strikethrough.width > 0.0),
            pick(&|f| f.underline.width > 0.0),
        )
    };
    assert_eq!(marks(true), ("red".to_owned(), "blue".to_owned()));
    assert_eq!(marks(false), ("blue".to_owned(), "red".to_owned()));

    // The claim panel says which is which.
    let mut h = with_samples();
    let c = h.state().state.comparison.clone().unwrap();
    let claim = c.claims.iter().find(|cl| cl.members.len() > 2).unwrap();
    h.state_mut().run_command(Command::Select(Some(claim.id)));
    h.run_ok();
    let legend = format!(
        "struck: only in [{}] · underlined: only in the source named above the line",
        claim.representative.source
    );
    assert!(h.query_by_label(&legend).is_some(), "no legend {legend:?}");
}

/// The top of the claim panel: its heading, just under the panel's edge.
fn panel_top(h: &Harness<'_, CorroborateApp>) -> f32 {
    h.get_by_label_contains("Claim c").rect().top()
}

#[test]
fn the_claim_panel_keeps_its_height_across_selections_and_a_dragged_one() {
    let mut h = with_samples();
    let c = h.state().state.comparison.clone().unwrap();
    let short = c.claims.iter().find(|cl| !cl.shared).unwrap().id;
    let long = c.claims.iter().find(|cl| cl.members.len() > 3).unwrap().id;
    h.state_mut().run_command(Command::Select(Some(short)));
    h.run_ok();
    let status = h
        .get_by_label_contains("Click a passage to follow its claim")
        .rect()
        .top();
    let top = panel_top(&h);
    let height = status - top;
    assert!(
        (190.0..=250.0).contains(&height),
        "the panel is {height} px tall"
    );
    h.state_mut().run_command(Command::Select(Some(long)));
    h.run_ok();
    assert!(
        (panel_top(&h) - top).abs() < 1.0,
        "the height changed with the claim"
    );

    // Dragged 150 px taller, it stays so after the selection is cleared and made again.
    let edge = egui::pos2(800.0, top - 3.0);
    h.hover_at(edge);
    h.drag_at(edge);
    h.step();
    h.hover_at(edge - egui::vec2(0.0, 75.0));
    h.step();
    h.hover_at(edge - egui::vec2(0.0, 150.0));
    h.step();
    h.drop_at(edge - egui::vec2(0.0, 150.0));
    h.run_ok();
    let dragged = panel_top(&h);
    assert!((dragged - (top - 150.0)).abs() < 8.0, "{top} -> {dragged}");
    h.key_press(egui::Key::Escape);
    h.run_ok();
    assert!(h.query_by_label_contains("Claim c").is_none());
    h.state_mut().run_command(Command::Select(Some(short)));
    h.run_ok();
    assert!((panel_top(&h) - dragged).abs() < 1.0);
}

#[test]
fn ctrl_v_on_the_window_adds_the_clipboard_text_as_a_source() {
    let mut h = harness(vec![corroborate::app::samples()[0].clone()]);
    settle(&mut h);
    let text =
        "Xiaomi has filed a complaint against the US Department of Defense and the Treasury.";
    h.event(egui::Event::Paste(text.to_owned()));
    h.step();
    settle(&mut h);
    let state = &h.state().state;
    assert_eq!(state.inputs.len(), 2);
    assert_eq!(state.inputs[1].name(), "Pasted text 1");
    assert!(state.comparison.is_some());

    // Into a focused text field, a paste is only typing.
    h.get_by_label("Search").click();
    h.run_ok();
    h.event(egui::Event::Paste("Treasury".to_owned()));
    h.step();
    settle(&mut h);
    assert_eq!(h.state().state.inputs.len(), 2);
    assert_eq!(h.state().state.view.search, "Treasury");
}

#[test]
fn every_article_format_is_listed_alike_in_the_window_and_the_help() {
    use clap::CommandFactory as _;
    let listed = corroborate::ingest::article_extensions();
    for ext in ["txt", "md", "html", "pdf", "docx"] {
        assert!(listed.contains(&format!(".{ext}")), "{listed}");
    }
    let help = corroborate::cli::Cli::command().render_help().to_string();
    assert!(help.contains(&listed), "{help}");
    let mut compare = corroborate::cli::Cli::command();
    let compare = compare.find_subcommand_mut("compare").unwrap();
    assert!(compare.render_help().to_string().contains(&listed));

    let mut h = with_samples();
    file_menu(&mut h);
    let button = h.get_by_label("Open files…").rect().center();
    h.hover_at(button);
    h.run_ok();
    assert!(
        h.query_by_label_contains(&listed).is_some(),
        "not in the hover text"
    );
}

#[test]
fn the_start_page_offers_the_recent_comparisons() {
    let files = vec![
        Input::File(sample_path("000_2c110ac3824b8891.txt")),
        Input::File(sample_path("001_cfde2cdaff71e91c.txt")),
    ];
    let mut h = harness(files);
    settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.step();
    settle(&mut h);
    assert!(h.state().state.comparison.is_none());
    assert_eq!(h.state().state.prefs.recent.len(), 1);
    h.get_by_label("000_2c110ac3824b8891.txt, 001_cfde2cdaff71e91c.txt")
        .click();
    h.step();
    settle(&mut h);
    let c = h.state().state.comparison.clone().expect("reopened");
    assert_eq!(c.sources.len(), 2);
    assert_eq!(
        h.state().state.prefs.recent.len(),
        1,
        "the same comparison, once"
    );
}

#[test]
fn a_correction_by_hand_survives_a_regroup_and_a_saved_report_and_undoes() {
    let mut h = with_samples();
    let c = h.state().state.comparison.clone().unwrap();
    let claim = c
        .claims
        .iter()
        .find(|cl| cl.shared && cl.members.len() == 2)
        .expect("a claim of two passages");
    let (kept, taken) = (claim.members[0].passage, claim.members[1].passage);
    h.state_mut().run_command(Command::Select(Some(claim.id)));
    h.run_ok();
    // The detail panel's button on the second member.
    h.get_all_by_label("Not the same claim")
        .nth(1)
        .expect("one button per member")
        .click();
    h.run_ok();
    settle(&mut h);
    let apart = |c: &corroborate::report::Comparison| c.pair(kept, taken).is_none();
    let state = &h.state().state;
    assert_eq!(state.corrections.len(), 1);
    let c = state.comparison.clone().unwrap();
    assert!(apart(&c), "split by hand");
    assert!(c.summary.by_hand >= 1);

    // A regroup at another strictness keeps it.
    h.state_mut().run_command(Command::SetThreshold(0.25));
    settle(&mut h);
    assert!(apart(h.state().state.comparison.as_ref().unwrap()));

    // Saved and reopened: the correction is in the report and applied again.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corrected.json");
    h.state_mut().run_command(Command::SaveReport(path.clone()));
    settle(&mut h);
    let json = std::fs::read_to_string(&path).unwrap();
    assert!(json.contains("\"corrections\""), "saved with the report");
    let mut reopened = harness(vec![Input::File(path)]);
    settle(&mut reopened);
    assert_eq!(reopened.state().state.corrections.len(), 1);
    reopened.state_mut().run_command(Command::SetThreshold(0.3));
    settle(&mut reopened);
    assert!(apart(reopened.state().state.comparison.as_ref().unwrap()));

    // Ctrl+Z takes it back.
    reopened.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    reopened.run_ok();
    settle(&mut reopened);
    let state = &reopened.state().state;
    assert!(state.corrections.is_empty());
    assert!(!apart(state.comparison.as_ref().unwrap()), "joined again");
}

#[test]
fn a_passage_joins_the_selected_claim_from_its_menu() {
    let mut h = with_samples();
    let c = h.state().state.comparison.clone().unwrap();
    // A unique passage near the top of a column in view, and a shared claim without it.
    let lone = c
        .sources
        .iter()
        .take(3)
        .flat_map(|s| s.passages.iter().take(8))
        .find(|p| c.widest_claim(p).is_some_and(|cl| !cl.shared))
        .expect("a unique passage near the top of a column in view")
        .clone();
    let target = c
        .claims
        .iter()
        .find(|cl| cl.shared && !cl.sources.contains(&lone.id.source))
        .expect("a shared claim without that source");
    h.state_mut().run_command(Command::Select(Some(target.id)));
    h.run_ok();
    h.get_all_by_label(&spoken(&c, &lone))
        .last()
        .unwrap()
        .click_secondary();
    h.run_ok();
    h.get_by_label(&format!("Same claim as the selected {}", target.id))
        .click();
    h.run_ok();
    settle(&mut h);
    let c = h.state().state.comparison.clone().unwrap();
    assert!(
        c.pair(lone.id, target.representative).is_some(),
        "joined by hand"
    );
}

#[test]
fn sources_are_named_by_a_short_title_everywhere_with_the_full_name_on_hover() {
    use corroborate::app::state::Tab;
    use corroborate::report::ReportFormat;
    let mut h = with_samples();
    let c = h.state().state.comparison.clone().unwrap();
    // The second sample's title sits below a "Categories:" line; its file name is a hash.
    let src = &c.sources[1];
    let short = src.short_name();
    assert!(short.starts_with("In response to"), "{short}");
    assert!(short.chars().count() <= corroborate::ingest::SHORT_NAME_CHARS);
    assert!(
        src.full_name().contains(&src.name),
        "the file name on hover"
    );
    let head = format!("[1] {short}");
    assert!(
        h.query_all_by_label(&head).count() >= 2,
        "the column head and the sidebar"
    );
    assert_eq!(h.query_all_by_label_contains("cfde2cdaff71e91c").count(), 0);
    h.state_mut().run_command(Command::SetTab(Tab::Matrix));
    h.run_ok();
    for s in &c.sources {
        assert!(
            h.query_by_role_and_label(Role::ColumnHeader, &s.short_name())
                .is_some(),
            "matrix head of {}",
            s.name
        );
    }
    h.state_mut()
        .run_command(Command::SetTab(Tab::Intersections));
    h.run_ok();
    for format in [ReportFormat::Md, ReportFormat::Html, ReportFormat::Csv] {
        let report = format.render(&c);
        assert!(report.contains("In response to"), "{format:?}");
    }
    assert!(corroborate::report::svg::upset_svg(&c).contains(&short));
}

#[test]
fn fit_all_columns_shows_every_source_and_an_added_one_is_scrolled_into_view() {
    let mut h = samples_in(
        Harness::builder()
            .with_size([1400.0, 900.0])
            .build_eframe(|cc| CorroborateApp::new(&cc.egui_ctx, None, Vec::new())),
    );
    h.run_ok();
    let right = |h: &Harness<'_, CorroborateApp>, k: usize| {
        h.get_by_label(&format!("Overview of [{k}]")).rect().right()
    };
    // Five columns at their usual width do not fit 1,400 px: the window says so.
    assert!(right(&h, 4) > 1400.0);
    let partly = h
        .query_all_by_label_contains("of 5 sources in view")
        .count();
    assert!(partly >= 2, "above the columns and in the status line");
    h.get_by_label("Fit all columns").click();
    h.run_ok();
    assert!(h.state().state.prefs.fit_columns, "remembered");
    assert!(right(&h, 4) <= 1400.0, "every column fits");
    assert!(h.query_by_label("All 5 sources in view").is_some());
    assert!(h.query_by_label("5 sources compared").is_some());
    assert_eq!(
        h.query_all_by_label_contains("of 5 sources in view")
            .count(),
        0
    );
    // Back to full widths; a source added lands off-screen and is scrolled to.
    h.get_by_label("Fit all columns").click();
    h.run_ok();
    let text = match &corroborate::app::samples()[1] {
        Input::Text { text, .. } => text.clone(),
        _ => unreachable!(),
    };
    h.state_mut().run_command(Command::AddPasted {
        name: "Another copy".to_owned(),
        text,
    });
    settle(&mut h);
    h.run_ok();
    let r = h.get_by_label("Overview of [5]").rect();
    assert!(r.right() <= 1400.0 && r.left() >= 0.0, "{r:?}");
    assert!(
        h.query_all_by_label_contains("of 6 sources in view")
            .count()
            >= 2,
        "the status line counts the new source"
    );
}

#[test]
fn the_strictness_slider_runs_from_looser_to_stricter_and_every_step_regroups() {
    let mut h = with_samples();
    assert!(h.query_by_label("looser").is_some() && h.query_by_label("stricter").is_some());
    let range = corroborate::ui::STRICTNESS_RANGE;
    assert!(Settings::THRESHOLD_RANGE.contains(range.start()));
    assert!(Settings::THRESHOLD_RANGE.contains(range.end()));
    // Walk the slider from its looser end with the arrow keys: each step is one
    // STRICTNESS_STEP, and nearly each gives the samples a different grouping.
    h.get_by_role_and_label(Role::Slider, "Strictness").focus();
    h.run_ok();
    h.state_mut()
        .run_command(Command::SetThreshold(*range.start()));
    settle(&mut h);
    let mut seen = Vec::new();
    loop {
        let c = h.state().state.comparison.clone().unwrap();
        let shown = shown_strictness(&h);
        assert!((f64::from(c.settings.threshold) - shown).abs() < 1e-6);
        assert!(
            h.query_by_label(&format!("{} shared claims", c.summary.shared))
                .is_some()
        );
        // The grouping itself: every claim's members.
        let grouping: Vec<String> = c
            .claims
            .iter()
            .map(|cl| format!("{:?}", cl.members))
            .collect();
        seen.push((c.summary.shared, grouping));
        if shown >= f64::from(*range.end()) - 1e-6 {
            break;
        }
        h.get_by_role_and_label(Role::Slider, "Strictness").focus();
        h.key_press(egui::Key::ArrowRight);
        h.step();
        settle(&mut h);
        let next = shown_strictness(&h);
        assert!(
            (next - shown - corroborate::ui::STRICTNESS_STEP).abs() < 1e-4,
            "{shown} -> {next}"
        );
    }
    let steps = ((range.end() - range.start()) / corroborate::ui::STRICTNESS_STEP as f32).round();
    assert_eq!(seen.len(), steps as usize + 1, "{seen:?}");
    // Nearly every step regroups the samples (a step between two claims' scores moves none).
    let dead: Vec<usize> = seen
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| pair[0].1 == pair[1].1)
        .map(|(k, _)| k)
        .collect();
    assert!(dead.len() <= 1, "steps that change nothing: {dead:?}");
    assert!(
        seen[0].0 > seen[seen.len() - 1].0,
        "looser shares more: {:?}",
        seen.iter().map(|s| s.0).collect::<Vec<_>>()
    );
}

fn sized(width: f32, height: f32) -> Harness<'static, CorroborateApp> {
    Harness::builder()
        .with_size([width, height])
        .build_eframe(|cc| CorroborateApp::new(&cc.egui_ctx, None, Vec::new()))
}

/// Whether `r` lies wholly within a window of `size`.
fn inside(r: egui::Rect, size: egui::Vec2) -> bool {
    r.left() >= 0.0 && r.top() >= 0.0 && r.right() <= size.x + 0.5 && r.bottom() <= size.y + 0.5
}

#[test]
fn small_windows_keep_the_toolbar_the_slider_and_a_collapsible_sidebar() {
    // 900 × 600: the file actions fold into a menu; nothing essential is cut off.
    let size = egui::vec2(900.0, 600.0);
    let mut h = samples_in(sized(size.x, size.y));
    h.run_ok();
    for label in [
        "File",
        "Sidebar",
        "Hide boilerplate",
        "Fit all columns",
        "Unique",
        "Shared by some",
        "Shared by all",
        "Boilerplate",
    ] {
        let r = h.get_by_label(label).rect();
        assert!(inside(r, size), "{label} at {r:?}");
    }
    let slider = h.get_by_role_and_label(Role::Slider, "Strictness").rect();
    assert!(inside(slider, size), "{slider:?}");
    h.get_by_label("File").click();
    h.run_ok();
    assert!(
        h.query_by_label("Open files…").is_some(),
        "in the File menu"
    );
    h.key_press(egui::Key::Escape);
    h.run_ok();

    // 640 × 420: the slider is whole and moves.
    let size = egui::vec2(640.0, 420.0);
    h.set_size(size);
    h.run_ok();
    let rail = h.get_by_role_and_label(Role::Slider, "Strictness").rect();
    assert!(inside(rail, size), "{rail:?}");
    let right = egui::pos2(rail.right() - 2.0, rail.center().y);
    h.hover_at(right);
    h.drag_at(right);
    h.step();
    h.drop_at(right);
    settle(&mut h);
    let end = f64::from(*corroborate::ui::STRICTNESS_RANGE.end());
    assert!((shown_strictness(&h) - end).abs() < 1e-6);
    // Every tab is still there to click: the row wraps rather than running off the edge.
    let disagreements = format!(
        "Disagreements ({})",
        h.state()
            .state
            .comparison
            .as_ref()
            .unwrap()
            .disagreements
            .len()
    );
    for tab in ["Side by side", "Source overlap", disagreements.as_str()] {
        let r = h.get_by_label(tab).rect();
        assert!(inside(r, size), "{tab} at {r:?}");
    }

    // 420 × 300: the sidebar collapses, and stays collapsed.
    h.set_size(egui::vec2(420.0, 300.0));
    h.run_ok();
    assert!(
        h.query_by_label("Sources").is_some(),
        "the sidebar's heading"
    );
    h.get_by_label("Sidebar").click();
    h.run_ok();
    assert!(h.state().state.prefs.sidebar_hidden);
    assert!(h.query_by_label("Sources").is_none());
    h.get_by_label("Sidebar").click();
    h.run_ok();
    assert!(h.query_by_label("Sources").is_some());
}

/// Preferences kept in memory, as eframe keeps them on disk.
#[derive(Clone, Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn text_size_follows_ctrl_plus_minus_and_zero_and_is_remembered() {
    use eframe::App as _;
    let mut h = sized(1000.0, 700.0);
    h.run_ok();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run_ok();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run_ok();
    assert!((h.ctx.zoom_factor() - 1.2).abs() < 1e-3);
    assert!((h.state().state.prefs.zoom - 1.2).abs() < 1e-3);
    let mut storage = MemoryStorage::default();
    h.state_mut().save(&mut storage);
    let again = Harness::builder()
        .with_size([1000.0, 700.0])
        .build_eframe(move |cc| CorroborateApp::new(&cc.egui_ctx, Some(&storage), Vec::new()));
    assert!((again.ctx.zoom_factor() - 1.2).abs() < 1e-3, "restored");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    h.run_ok();
    assert!((h.state().state.prefs.zoom - 1.0).abs() < 1e-3);
    // The theme follows the system (egui's default; kittest fixes it to dark) unless
    // chosen in the View menu.
    h.get_by_label("View").click();
    h.run_ok();
    h.get_by_label("Light").click();
    h.run_ok();
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Light
    );
}

#[test]
fn the_window_title_names_the_comparison() {
    let mut h = harness(Vec::new());
    h.run_ok();
    assert_eq!(h.state().state.window_title(), "Corroborate");
    h.state_mut().run_command(Command::OpenSamples);
    settle(&mut h);
    let c = h.state().state.comparison.clone().unwrap();
    assert_eq!(
        h.state().state.window_title(),
        format!("{} and 4 more — Corroborate", c.sources[0].short_name())
    );
}

#[test]
fn the_keyboard_alone_selects_the_second_claim_of_the_third_column() {
    let mut h = with_samples();
    let c = h.state().state.comparison.clone().unwrap();
    for key in [
        egui::Key::ArrowDown,
        egui::Key::ArrowRight,
        egui::Key::ArrowRight,
        egui::Key::ArrowDown,
    ] {
        h.key_press(key);
        h.run_ok();
    }
    // The third column's second passage that states a claim.
    let second = c.sources[2]
        .passages
        .iter()
        .filter(|p| !p.claims.is_empty())
        .nth(1)
        .unwrap();
    let state = &h.state().state;
    assert_eq!(state.view.cursor, Some(second.id));
    assert_eq!(state.view.selected, c.widest_claim(second).map(|cl| cl.id));
    // The detail panel says so, and F1 lists the keys.
    let heading = format!("Claim {}", state.view.selected.unwrap());
    assert!(h.query_by_label_contains(&heading).is_some());
    h.key_press(egui::Key::F1);
    h.run_ok();
    assert!(
        h.query_by_label("next / previous passage of the column (nothing focused)")
            .is_some()
    );
}

#[test]
fn a_screen_reader_hears_where_a_passage_is_and_how_widely_it_is_carried() {
    let h = with_samples();
    let c = h.state().state.comparison.clone().unwrap();
    let p = c.sources[0]
        .passages
        .iter()
        .find(|p| c.widest_claim(p).is_some_and(|cl| cl.shared))
        .unwrap();
    let cl = c.widest_claim(p).unwrap();
    let spoken = spoken(&c, p);
    assert!(
        spoken.starts_with(&format!(
            "Passage {} of {}: shared by {} of 5 sources",
            p.id.index + 1,
            c.sources[0].short_name(),
            cl.sources.len()
        )),
        "{spoken}"
    );
    assert!(spoken.ends_with(&p.text));
    assert!(h.query_by_label(&spoken).is_some());
    // A matrix cell and an intersection bar have labels of their own (see their tests).
}

#[cfg(feature = "web")]
/// A local HTTP server on 127.0.0.1 answering every request with `page` (the path is
/// ignored): two fetches of different paths are two sources. Never the internet.
fn serve_page(page: &'static str) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                line.clear();
            }
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n{page}",
                page.len()
            );
        }
    });
    base
}

#[cfg(feature = "web")]
#[test]
fn open_url_fetches_the_addresses_typed() {
    let base = serve_page(
        "<html><head><title>Ferry service resumes</title></head><body><article>\
         <p>The island ferry resumed its regular crossings on Tuesday morning after three \
         days of storms kept every boat in the harbour, the operator said.</p>\
         <p>About 400 passengers were waiting at the mainland terminal when the first boat \
         left at seven o'clock, and extra sailings were added.</p></article></body></html>",
    );
    let mut h = harness(Vec::new());
    h.run_ok();
    h.get_all_by_label("Open URL…").last().unwrap().click();
    h.run_ok();
    h.get_by_label("Web addresses, one a line (http:// or https://)")
        .type_text(&format!("{base}/one\n{base}/two"));
    h.run_ok();
    assert!(h.state().state.view.urls_open, "the window opened");
    h.get_by_label("Fetch").click();
    h.step();
    settle(&mut h);
    let s = &h.state().state;
    let c = s.comparison.clone().unwrap_or_else(|| {
        panic!(
            "not compared: {:?} {:?} {:?}",
            s.inputs, s.errors, s.message
        )
    });
    assert_eq!(c.sources.len(), 2);
    assert!(
        s.inputs.iter().all(|i| matches!(i, Input::Source(_))),
        "a page fetched is kept as read, not fetched again: {:?}",
        s.inputs
    );
    assert_eq!(
        c.sources[1].url.as_deref(),
        Some(format!("{base}/two").as_str())
    );
    assert!(!h.state().state.view.urls_open, "the window closes");
    assert_eq!(
        h.query_all_by_label("Web addresses, one a line (http:// or https://)")
            .count(),
        0
    );
    // An address pasted (Ctrl+V, or the paste box) is fetched, not compared as text.
    h.state_mut().run_command(Command::AddPasted {
        name: String::new(),
        text: format!("  {base}/three\n"),
    });
    settle(&mut h);
    let s = &h.state().state;
    let c = s.comparison.clone().expect("compared again");
    assert_eq!(c.sources.len(), 3);
    assert_eq!(
        c.sources[2].url.as_deref(),
        Some(format!("{base}/three").as_str())
    );
    // A line that is no address keeps the window open and says which.
    h.state_mut().run_command(Command::ShowUrls(true));
    h.state_mut()
        .run_command(Command::AddUrls("notes.txt".to_owned()));
    let s = &h.state().state;
    assert!(s.view.urls_open);
    let msg = format!("{:?}", s.message);
    assert!(msg.contains("notes.txt: not a web address"), "{msg}");
}

#[cfg(feature = "web")]
/// A local server that takes connections and never answers: a fetch waits on it.
fn serve_nothing() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    base
}

#[cfg(feature = "web")]
#[test]
fn stop_abandons_a_slow_fetch_and_goes_back_to_the_comparison_shown() {
    let base = serve_nothing();
    let mut h = with_samples();
    let before = h.state().state.comparison.clone().unwrap();
    h.state_mut()
        .run_command(Command::AddUrls(format!("{base}/slow")));
    h.run_ok();
    assert!(
        h.state()
            .state
            .busy()
            .is_some_and(|s| s.contains("Fetching")),
        "{:?}",
        h.state().state.busy()
    );
    assert_eq!(h.state().state.inputs.len(), 6);
    h.get_by_label("Stop").click();
    h.run_ok();
    let s = &h.state().state;
    assert_eq!(s.busy(), None, "idle again");
    assert_eq!(s.inputs.len(), 5, "the address added is dropped");
    assert!(std::sync::Arc::ptr_eq(
        s.comparison.as_ref().unwrap(),
        &before
    ));
    assert!(h.query_by_label("Stop").is_none());
    assert!(h.query_by_label_contains("Stopped").is_some());
    // The window works on: a strictness change regroups the comparison shown.
    h.state_mut().run_command(Command::SetThreshold(0.7));
    settle(&mut h);
    let c = h.state().state.comparison.clone().unwrap();
    assert_eq!(c.sources.len(), 5);
    assert!((c.settings.threshold - 0.7).abs() < 1e-6);
}

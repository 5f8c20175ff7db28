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
fn sidebar_row(c: &corroborate::Comparison, cl: &corroborate::report::Claim) -> String {
    format!("{} {}", cl.id, c.passage(cl.representative).unwrap().text)
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
        h.query_all_by_label_contains("[4] 004_e1a54378af9c5d33.txt")
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
                && cl.members.iter().all(|m| m.passage.index < 3)
                && c.widest_claim(first).map(|w| w.id) == Some(cl.id)
        })
        .expect("a shared claim near the top of its columns");
    let texts: Vec<String> = claim
        .members
        .iter()
        .map(|m| c.passage(m.passage).unwrap().text.clone())
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
        let name = format!("[{}] {}", m.source, c.sources[m.source as usize].name);
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
    let row = |cl: &corroborate::report::Claim| sidebar_row(&c, cl);
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
    assert!((shown_strictness(&h) - 0.3).abs() < 1e-6);
    let loose = shown_shared(&h);

    // The user drags the slider's handle from the default 0.3 to about 0.6.
    let rail = h.get_by_role_and_label(Role::Slider, "Strictness").rect();
    let (lo, hi) = (
        *Settings::THRESHOLD_RANGE.start(),
        *Settings::THRESHOLD_RANGE.end(),
    );
    let at = |v: f32| {
        egui::pos2(
            rail.left() + (v - lo) / (hi - lo) * rail.width(),
            rail.center().y,
        )
    };
    h.hover_at(at(0.3));
    h.drag_at(at(0.3));
    h.step();
    h.hover_at(at(0.45));
    h.step();
    h.hover_at(at(0.6));
    h.step();
    h.drop_at(at(0.6));
    settle(&mut h);

    // What the user sees: the slider at the new value, and fewer claims shared.
    let value = shown_strictness(&h);
    assert!((0.55..=0.65).contains(&value), "slider shows {value}");
    let strict = shown_shared(&h);
    assert!(
        strict.0 + strict.1 < loose.0 + loose.1,
        "shared at 0.3: {loose:?}, at {value}: {strict:?}"
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
    let mut h = samples_in(tall_harness(Vec::new(), 2200.0));
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
    let text = &c.passage(shared.representative).unwrap().text;
    // (The sidebar may list the claim with the same text: the matrix row comes last.)
    h.get_all_by_label(&format!("{} {text}", shared.id))
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
    let label = sidebar_row(&c, claim);
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
    let row = |cl: &corroborate::report::Claim| sidebar_row(&c, cl);
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
            let label = format!("[{i}] and [{j}] share {both} claims");
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
            .filter(|&i| h.query_all_by_label(&passages[i].text).count() > 0)
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
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/story2");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| Input::File(e.unwrap().path()))
        .collect();
    files.sort_by_key(|i| i.name());
    let mut h = harness(files);
    settle(&mut h);
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
        let shown = h.query_all_by_label(&sidebar_row(&c, cl)).count() > 0;
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
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/story2");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| Input::File(e.unwrap().path()))
        .collect();
    files.sort_by_key(|i| i.name());
    let mut h = harness(files);
    settle(&mut h);
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
    let name = format!("[{}] {}", v.source, c.sources[v.source as usize].name);
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

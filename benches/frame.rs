//! CPU time of one frame of the window (layout + tessellation, no GPU), with 20 sources of
//! ~2,000 words each: `cargo bench --bench frame`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use corroborate::app::CorroborateApp;
use corroborate::app::state::{Command, Input, Tab};

#[path = "support/synth.rs"]
mod synth;

fn frame(ctx: &egui::Context, app: &mut CorroborateApp, input: egui::RawInput) -> Duration {
    let t = Instant::now();
    let output = ctx.run_ui(input, |ui| app.frame_ui(ui));
    black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
    t.elapsed()
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let vocab = synth::vocabulary();
    let mut rng = synth::Rng(0x2545_F491_4F6C_DD1D);
    let pool: Vec<String> = (0..400)
        .map(|_| synth::sentence(&mut rng, &vocab))
        .collect();
    let inputs: Vec<Input> = (0..20)
        .map(|i| Input::Text {
            name: format!("source {i:02}.txt"),
            text: synth::article(&mut rng, &vocab, &pool, 2000, 0.4),
        })
        .collect();

    let ctx = egui::Context::default();
    let raw = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1600.0, 1000.0),
        )),
        ..Default::default()
    };
    let mut app = CorroborateApp::new(&ctx, None, inputs);
    let start = Instant::now();
    while app.busy().is_some() || app.state.comparison.is_none() {
        frame(&ctx, &mut app, raw());
        std::thread::sleep(Duration::from_millis(5));
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "analysis did not finish"
        );
    }
    println!("analysis of 20 x 2,000 words: {:.0?}", start.elapsed());

    // Warm the galley cache, then measure steady frames, with a claim selected.
    for _ in 0..5 {
        frame(&ctx, &mut app, raw());
    }
    let runs = if quick { 5 } else { 100 };
    let mut times: Vec<Duration> = (0..runs).map(|_| frame(&ctx, &mut app, raw())).collect();
    times.sort();
    println!(
        "frame, 20 sources side by side: median {:.2?}, p90 {:.2?}",
        times[runs / 2],
        times[runs * 9 / 10]
    );

    app.run_command(Command::NextClaim {
        shared: true,
        forward: true,
    });
    let mut times: Vec<Duration> = (0..runs).map(|_| frame(&ctx, &mut app, raw())).collect();
    times.sort();
    println!(
        "frame, with a claim selected: median {:.2?}, p90 {:.2?}",
        times[runs / 2],
        times[runs * 9 / 10]
    );

    let claims = app.state.comparison.as_ref().map_or(0, |c| c.claims.len());
    for (tab, name) in [
        (Tab::Matrix, "coverage matrix"),
        (Tab::Intersections, "intersections"),
        (Tab::Sources, "source overlap"),
    ] {
        app.run_command(Command::SetTab(tab));
        for _ in 0..3 {
            frame(&ctx, &mut app, raw());
        }
        let mut times: Vec<Duration> = (0..runs).map(|_| frame(&ctx, &mut app, raw())).collect();
        times.sort();
        println!(
            "frame, {name} ({claims} claims): median {:.2?}, p90 {:.2?}",
            times[runs / 2],
            times[runs * 9 / 10]
        );
    }
}

//! The palette stays readable with colour-vision deficiencies: every two coverage colours
//! (with the boilerplate grey and the selection yellow) and each against the window's dark
//! and the report's white background, compared in CIEDE2000 after simulating protanopia,
//! deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1). Figures in
//! docs/palette.md.

use corroborate::palette::{self, Rgb};

const MACHADO: [(&str, [[f64; 3]; 3]); 3] = [
    (
        "protanopia",
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ],
    ),
    (
        "deuteranopia",
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ],
    ),
    (
        "tritanopia",
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ],
    ),
];

fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// Linear RGB of a colour, as a person with this deficiency sees it (None: normal vision).
fn seen(c: Rgb, m: Option<&[[f64; 3]; 3]>) -> [f64; 3] {
    let l = [linear(c.0), linear(c.1), linear(c.2)];
    match m {
        None => l,
        Some(m) => {
            let row = |r: &[f64; 3]| (r[0] * l[0] + r[1] * l[1] + r[2] * l[2]).clamp(0.0, 1.0);
            [row(&m[0]), row(&m[1]), row(&m[2])]
        }
    }
}

/// CIELAB (D65) of linear RGB.
fn lab([r, g, b]: [f64; 3]) -> [f64; 3] {
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIEDE2000 colour difference (Sharma, Wu & Dalal 2005).
fn ciede2000([l1, a1, b1]: [f64; 3], [l2, a2, b2]: [f64; 3]) -> f64 {
    let (c1, c2) = (a1.hypot(b1), a2.hypot(b2));
    let cb7 = ((c1 + c2) / 2.0).powi(7);
    let g = 0.5 * (1.0 - (cb7 / (cb7 + 25f64.powi(7))).sqrt());
    let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |b: f64, a: f64| b.atan2(a).to_degrees().rem_euclid(360.0);
    let (h1, h2) = (hue(b1, a1p), hue(b2, a2p));
    let dh = if c1p * c2p == 0.0 {
        0.0
    } else if (h2 - h1).abs() <= 180.0 {
        h2 - h1
    } else if h2 - h1 > 180.0 {
        h2 - h1 - 360.0
    } else {
        h2 - h1 + 360.0
    };
    let (dl, dc) = (l2 - l1, c2p - c1p);
    let dhh = 2.0 * (c1p * c2p).sqrt() * (dh / 2.0).to_radians().sin();
    let (lb, cb) = ((l1 + l2) / 2.0, (c1p + c2p) / 2.0);
    let hb = if c1p * c2p == 0.0 {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let cos = |d: f64| d.to_radians().cos();
    let t = 1.0 - 0.17 * cos(hb - 30.0) + 0.24 * cos(2.0 * hb) + 0.32 * cos(3.0 * hb + 6.0)
        - 0.20 * cos(4.0 * hb - 63.0);
    let theta = 30.0 * (-((hb - 275.0) / 25.0).powi(2)).exp();
    let rc = 2.0 * (cb.powi(7) / (cb.powi(7) + 25f64.powi(7))).sqrt();
    let sl = 1.0 + 0.015 * (lb - 50.0).powi(2) / (20.0 + (lb - 50.0).powi(2)).sqrt();
    let sc = 1.0 + 0.045 * cb;
    let sh = 1.0 + 0.015 * cb * t;
    let rt = -(2.0 * theta).to_radians().sin() * rc;
    ((dl / sl).powi(2) + (dc / sc).powi(2) + (dhh / sh).powi(2) + rt * (dc / sc) * (dhh / sh))
        .sqrt()
}

const TINTS: [(&str, Rgb); 5] = [
    ("unique", palette::UNIQUE),
    ("shared by some", palette::SHARED_SOME),
    ("shared by all", palette::SHARED_ALL),
    ("boilerplate", palette::BOILERPLATE),
    ("selected", palette::SELECTED),
];

/// The window's dark panel and the report's page.
const BACKGROUNDS: [(&str, Rgb); 2] = [("dark", Rgb(27, 27, 27)), ("white", Rgb(255, 255, 255))];

fn visions() -> Vec<(&'static str, Option<&'static [[f64; 3]; 3]>)> {
    let mut v = vec![("normal vision", None)];
    v.extend(MACHADO.iter().map(|(n, m)| (*n, Some(m))));
    v
}

#[test]
fn every_two_tints_stay_apart_under_each_colour_vision_deficiency() {
    let mut worst = (f64::MAX, String::new());
    for (vision, m) in visions() {
        for (i, (na, a)) in TINTS.iter().enumerate() {
            for (nb, b) in &TINTS[i + 1..] {
                let d = ciede2000(lab(seen(*a, m)), lab(seen(*b, m)));
                eprintln!("{vision:>13}: {na} / {nb}: {d:.1}");
                if d < worst.0 {
                    worst = (d, format!("{na} / {nb} under {vision}"));
                }
            }
        }
    }
    eprintln!("closest: {:.1} ({})", worst.0, worst.1);
    assert!(worst.0 >= 20.0, "too close: {:.1} ({})", worst.0, worst.1);
}

#[test]
fn each_tint_stands_out_from_both_backgrounds_under_each_deficiency() {
    for (vision, m) in visions() {
        for (bg, b) in BACKGROUNDS {
            for (name, c) in TINTS.iter().filter(|(n, _)| *n != "boilerplate") {
                let d = ciede2000(lab(seen(*c, m)), lab(seen(b, m)));
                assert!(d >= 15.0, "{name} on {bg} under {vision}: {d:.1}");
            }
        }
    }
}

#[test]
fn the_difference_formula_matches_published_test_data() {
    // Sharma, Wu & Dalal (2005), pairs 1 and 17.
    let d = ciede2000([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485]);
    assert!((d - 2.0425).abs() < 1e-3, "{d}");
    let d = ciede2000([50.0, 2.5, 0.0], [73.0, 25.0, -18.0]);
    assert!((d - 27.1492).abs() < 1e-3, "{d}");
}

//! A word diff as one wrapped text, read the same way everywhere (tooltip, claim panel,
//! disagreements): the passage being read is "A"; words only in A are struck through in
//! red, words only in the other passage ("B") underlined in green.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Stroke};

use crate::diff::{DiffSpan, Op};

use super::theme;

/// The one-line key to [`diff_job`]'s marks, naming A and B.
pub fn legend(a: &str, b: &str) -> String {
    format!("struck: only in {a} · underlined: only in {b}")
}

/// Lays out `diff`; `this_is_old` says whether the passage being read (A, struck) is the
/// diff's first side.
pub fn diff_job(diff: &[DiffSpan], this_is_old: bool, text_color: Color32, wrap: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap;
    let font = FontId::proportional(13.0);
    for span in diff {
        let mine = match span.op {
            Op::Equal => None,
            Op::Delete => Some(this_is_old),
            Op::Insert => Some(!this_is_old),
        };
        let format = match mine {
            None => TextFormat::simple(font.clone(), text_color),
            Some(true) => TextFormat {
                font_id: font.clone(),
                color: theme::DELETED,
                strikethrough: Stroke::new(1.0, theme::DELETED),
                ..Default::default()
            },
            Some(false) => TextFormat {
                font_id: font.clone(),
                color: theme::INSERTED,
                underline: Stroke::new(1.0, theme::INSERTED),
                ..Default::default()
            },
        };
        job.append(&span.text, 0.0, format);
    }
    job
}

//! Markdown → plain text with one block per paragraph, heading or list item.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// Returns the text and the first level-1 heading as the title.
pub fn to_text(markdown: &str) -> (String, Option<String>) {
    let mut out = String::with_capacity(markdown.len());
    let mut title: Option<String> = None;
    let mut in_h1 = false;
    let mut h1 = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                in_h1 = level == HeadingLevel::H1 && title.is_none();
            }
            Event::End(TagEnd::Heading(_)) => {
                if in_h1 {
                    title = Some(h1.trim().to_owned());
                    in_h1 = false;
                }
                out.push_str("\n\n");
            }
            Event::Start(Tag::Item) => out.push_str("- "),
            Event::End(TagEnd::Item) if !out.ends_with('\n') => out.push('\n'),
            // Paragraphs inside a tight list item end the item's line only.
            Event::End(
                TagEnd::Paragraph | TagEnd::List(_) | TagEnd::BlockQuote(_) | TagEnd::CodeBlock,
            ) if !out.ends_with("\n\n") && (!in_item(&out) || out.ends_with('\n')) => {
                out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
            }
            Event::Text(t) | Event::Code(t) => {
                if in_h1 {
                    h1.push_str(&t);
                }
                out.push_str(&t);
            }
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak => out.push('\n'),
            _ => {}
        }
    }
    (
        out.trim_end().to_owned() + "\n",
        title.filter(|t| !t.is_empty()),
    )
}

/// Whether the text being written is a list item's line.
fn in_item(out: &str) -> bool {
    out.rsplit('\n').next().is_some_and(|l| l.starts_with("- "))
}

#[cfg(test)]
mod tests {
    #[test]
    fn headings_paragraphs_and_items_become_blocks() {
        let (text, title) = super::to_text("# Title here\n\nSome *bold* text.\n\n- one\n- two\n");
        assert_eq!(title.as_deref(), Some("Title here"));
        assert_eq!(text, "Title here\n\nSome bold text.\n\n- one\n- two\n");
    }
}

//! HTML → the article's main text, by a readability-style extractor (dom_smoothie).

use dom_smoothie::{Config, Readability, TextMode};

use super::Source;

/// Fills `source` with the page's main text, title and metadata; falls back to all
/// visible text when the page has no recognisable article.
pub fn extract(html: &str, source: &mut Source) {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let article = Readability::new(html, None, Some(cfg)).and_then(|mut r| r.parse());
    match article {
        Ok(article) => {
            source.text = tidy(&article.text_content);
            let title = article.title.trim();
            source.title = (!title.is_empty()).then(|| title.to_owned());
            source.byline = article.byline.filter(|s| !s.trim().is_empty());
            source.site = article.site_name.filter(|s| !s.trim().is_empty());
            source.published = article.published_time.filter(|s| !s.trim().is_empty());
        }
        Err(_) => {
            let doc = dom_query::Document::from(html);
            doc.select("script, style, noscript, template").remove();
            source.text = tidy(&doc.select("body").text());
            let title = doc.select("title").text();
            let title = title.trim();
            source.title = (!title.is_empty()).then(|| title.to_owned());
        }
    }
}

/// Collapses runs of blank lines and trailing spaces left by the markup.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line.trim_start());
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_and_title_without_scripts() {
        let html = r#"<html><head><title>Quake hits the coast | Daily News</title>
            <script>var x = "do not show";</script></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Quake hits the coast</h1>
            <p>A strong earthquake struck the northern coast on Monday, officials said. Several buildings were damaged in the port town and hundreds of people spent the night outdoors.</p>
            <p>The quake had a magnitude of 6.1, according to the national seismology institute, which recorded more than twenty aftershocks during the following hours.</p>
            <p>Rescue teams from three neighbouring regions were sent to the area, and the government promised emergency funds for the families who lost their homes.</p>
            </article></body></html>"#;
        let mut s = Source::default();
        extract(html, &mut s);
        assert!(s.text.contains("magnitude of 6.1"), "{}", s.text);
        assert!(!s.text.contains("do not show"));
        assert!(s.title.unwrap().contains("Quake hits the coast"));
    }
}

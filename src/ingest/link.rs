//! Link files: what a desktop makes when a link is dragged out of a browser onto it (a
//! Windows `.url` shortcut, a Linux `.desktop` entry of type Link, a macOS `.webloc`).
//! Opened or dropped on the window, they stand for the page they point to, which is how a
//! web address reaches a window that can only receive files (winit hands over dropped
//! files, never dropped addresses).
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("Storm.url");
//! std::fs::write(&path, "[InternetShortcut]\r\nURL=https://example.org/storm\r\n").unwrap();
//! assert_eq!(
//!     corroborate::ingest::link_target(&path).as_deref(),
//!     Some("https://example.org/storm")
//! );
//! ```

use std::path::Path;

/// A link file is a few lines; anything larger is not one.
const MAX_LINK_FILE_BYTES: u64 = 64 * 1024;

/// The web address a link file points to, when `path` is one (by its extension) and the
/// address is http or https; None for every other file, which is read as an article.
pub fn link_target(path: &Path) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if !matches!(ext.as_str(), "url" | "desktop" | "webloc") {
        return None;
    }
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_LINK_FILE_BYTES {
        return None;
    }
    let text = String::from_utf8_lossy(&std::fs::read(path).ok()?).into_owned();
    let url = match ext.as_str() {
        "webloc" => webloc_url(&text),
        _ => ini_url(&text),
    }?;
    super::web::is_url(&url).then_some(url)
}

/// `URL=…` of a `.url` shortcut or a `.desktop` entry ("URL[$e]=…" in KDE's).
fn ini_url(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        let key = key.trim();
        (key == "URL" || key.starts_with("URL[")).then(|| value.trim().to_owned())
    })
}

/// The string after `<key>URL</key>` in a `.webloc` property list.
fn webloc_url(text: &str) -> Option<String> {
    let after = &text[text.find("<key>URL</key>")? + "<key>URL</key>".len()..];
    let start = after.find("<string>")? + "<string>".len();
    let end = after[start..].find("</string>")? + start;
    Some(
        after[start..end]
            .trim()
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(name: &str, body: &str) -> Option<String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, body).unwrap();
        link_target(&path)
    }

    #[test]
    fn the_three_desktop_link_formats_give_their_address() {
        assert_eq!(
            target(
                "a.desktop",
                "[Desktop Entry]\nType=Link\nName=Storm\nURL[$e]=https://example.org/a?x=1\n"
            )
            .as_deref(),
            Some("https://example.org/a?x=1")
        );
        let plist = r#"<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict><key>URL</key><string>http://example.org/b?x=1&amp;y=2</string></dict></plist>"#;
        assert_eq!(
            target("b.webloc", plist).as_deref(),
            Some("http://example.org/b?x=1&y=2")
        );
        assert_eq!(
            target(
                "C.URL",
                "[InternetShortcut]\r\nURL=https://example.org/c\r\n"
            )
            .as_deref(),
            Some("https://example.org/c")
        );
    }

    #[test]
    fn other_files_and_other_schemes_are_not_links() {
        assert_eq!(target("a.txt", "URL=https://example.org/a"), None);
        assert_eq!(
            target("a.url", "[InternetShortcut]\nURL=file:///etc/passwd"),
            None
        );
        assert_eq!(
            target("a.desktop", "[Desktop Entry]\nType=Application\nExec=x"),
            None
        );
        assert_eq!(link_target(Path::new("/nonexistent/a.url")), None);
    }
}

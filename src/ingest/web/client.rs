//! The fetching behind [`super::fetch`]: ureq with rustls, redirects checked hop by hop,
//! the body capped while read, and each failure put in words.

use std::io::Read;
use std::time::{Instant, SystemTime};

use super::{Limits, MAX_REDIRECTS, host, is_url};
use crate::ingest::{IngestError, MAX_INPUT_BYTES, Source};

/// Pages whose article has fewer words than this are reported as having no article
/// (a cookie wall, a log-in page, a bare index) rather than compared.
const MIN_ARTICLE_WORDS: usize = 20;

/// See [`super::fetch_with`].
pub(super) fn fetch_with(url: &str, limits: Limits) -> Result<Source, IngestError> {
    let url = url.trim();
    let err = |reason: String| IngestError::new(url, reason);
    if !is_url(url) {
        return Err(err(
            "is not a web address (only http:// and https:// are fetched)".into(),
        ));
    }
    let page = get(url, limits)?;
    let name = format_name(&page.final_url, page.mime.as_deref())?;
    // A declared charset (header, else the page's meta tag) wins over detection; the
    // text is then handed on as UTF-8.
    // (Not for a PDF or Word file served under a text type: their bytes are no text.)
    let binary = page.bytes.starts_with(b"%PDF-") || page.bytes.starts_with(b"PK\x03\x04");
    let declared = page
        .charset
        .as_ref()
        .filter(|_| is_textual(page.mime.as_deref()) && !binary)
        .and_then(|(label, from)| {
            Some((encoding_rs::Encoding::for_label(label.as_bytes())?, from))
        });
    let mut source = match declared {
        Some((enc, from)) => {
            let text = enc.decode_with_bom_removal(&page.bytes).0;
            let mut source = crate::ingest::from_bytes(&name, url, text.as_bytes())?;
            source.encoding = format!("{} (declared in the {from})", enc.name());
            source
        }
        None => crate::ingest::from_bytes(&name, url, &page.bytes)?,
    };
    let words = source.text.split_whitespace().count();
    if source.format == crate::ingest::Format::Html && words < MIN_ARTICLE_WORDS {
        return Err(err(format!(
            "the page has no article text (only {words} words found); it may need a \
             browser: save the page from your browser and open the file"
        )));
    }
    source.name = host(&page.final_url).unwrap_or(url).to_owned();
    source.url = Some(url.to_owned());
    source.final_url = Some(page.final_url);
    source.fetched = Some(rfc3339(SystemTime::now()));
    Ok(source)
}

/// A fetched body and what the server said about it.
struct Page {
    final_url: String,
    mime: Option<String>,
    /// The declared charset and where it was declared.
    charset: Option<(String, &'static str)>,
    bytes: Vec<u8>,
}

fn agent(limits: Limits) -> ureq::Agent {
    let config = ureq::Agent::config_builder()
        // Redirects are followed by `get`, which checks each hop.
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_connect(Some(limits.connect_timeout))
        .timeout_global(Some(limits.total_timeout))
        .user_agent(concat!("corroborate/", env!("CARGO_PKG_VERSION")))
        .accept("text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5")
        .accept_encoding("gzip, br, deflate")
        .build();
    ureq::Agent::new_with_config(config)
}

fn get(url: &str, limits: Limits) -> Result<Page, IngestError> {
    let agent = agent(limits);
    let start = Instant::now();
    let mut current = url.to_owned();
    let mut hops = 0;
    loop {
        let err = |reason: String| IngestError::new(url, reason);
        let left = limits.total_timeout.saturating_sub(start.elapsed());
        if left.is_zero() {
            return Err(err(timeout_reason(limits)));
        }
        let mut response = agent
            .get(&current)
            .config()
            .timeout_global(Some(left))
            .build()
            .call()
            .map_err(|e| err(error_reason(&e, limits)))?;
        let status = response.status().as_u16();
        if response.status().is_redirection() {
            let location = response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| err(format!("redirected (HTTP {status}) without saying where")))?;
            let next = resolve(&current, location.trim());
            if !is_url(&next) {
                return Err(err(format!(
                    "redirected to {next}, which is not an http or https address; refused"
                )));
            }
            hops += 1;
            if hops > MAX_REDIRECTS {
                return Err(err(format!(
                    "redirected more than {MAX_REDIRECTS} times (a redirect loop?)"
                )));
            }
            current = next;
            continue;
        }
        if status >= 400 {
            return Err(err(status_reason(status)));
        }
        let mime = response.body().mime_type().map(str::to_ascii_lowercase);
        let charset = response
            .body()
            .charset()
            .map(|c| (c.to_owned(), "Content-Type header"));
        let encoding = response
            .headers()
            .get("content-encoding")
            .and_then(|v| v.to_str().ok())
            .map(|v| v.trim().to_ascii_lowercase());
        let mut bytes = Vec::new();
        response
            .body_mut()
            .as_reader()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| err(io_reason(&e, limits)))?;
        if encoding.as_deref() == Some("deflate") {
            // ureq decodes gzip and brotli itself; deflate is done here.
            bytes = inflate(&bytes).map_err(|e| err(io_reason(&e, limits)))?;
        }
        if bytes.len() as u64 > MAX_INPUT_BYTES {
            return Err(err(format!(
                "is too large: more than {} MB; the limit is {} MB per source",
                MAX_INPUT_BYTES / (1024 * 1024),
                MAX_INPUT_BYTES / (1024 * 1024)
            )));
        }
        if bytes.is_empty() {
            return Err(err("the page is empty (the server sent no content)".into()));
        }
        let charset = charset.or_else(|| {
            matches!(
                mime.as_deref(),
                Some("text/html" | "application/xhtml+xml") | None
            )
            .then(|| meta_charset(&bytes))
            .flatten()
            .map(|c| (c, "page's meta tag"))
        });
        return Ok(Page {
            final_url: current,
            mime,
            charset,
            bytes,
        });
    }
}

/// A `Content-Encoding: deflate` body: zlib-wrapped as the standard says, or raw deflate
/// as some servers send it; never more than the limit + 1 byte.
fn inflate(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let zlib = flate2::read::ZlibDecoder::new(bytes)
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut out);
    if zlib.is_ok() {
        return Ok(out);
    }
    out.clear();
    flate2::read::DeflateDecoder::new(bytes)
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut out)?;
    Ok(out)
}

/// The charset a page declares in a `<meta>` tag near its start.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let lower = String::from_utf8_lossy(&lower);
    let mut rest = lower.as_ref();
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(c) = tag.find("charset=") {
            let value: String = tag[c + 8..]
                .trim_start_matches(['"', '\'', ' '])
                .chars()
                .take_while(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '-' | '_' | ':' | '.'))
                .collect();
            if encoding_rs::Encoding::for_label(value.as_bytes()).is_some() {
                return Some(value);
            }
        }
    }
    None
}

/// Whether a content type is text whose charset matters (PDF and DOCX carry their own).
fn is_textual(mime: Option<&str>) -> bool {
    match mime {
        None => true,
        Some(m) => m.starts_with("text/") || m.ends_with("+xml") || m.ends_with("/xml"),
    }
}

/// A file name for [`crate::ingest::from_bytes`] whose extension says what the content type
/// says; refuses types that are no article (images, audio, video).
fn format_name(final_url: &str, mime: Option<&str>) -> Result<String, IngestError> {
    let ext = match mime {
        Some("text/html" | "application/xhtml+xml") => "html",
        Some("application/pdf") => "pdf",
        Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document") => "docx",
        Some("text/markdown" | "text/x-markdown") => "md",
        Some("text/plain") => "txt",
        Some(m)
            if ["image/", "audio/", "video/", "font/"]
                .iter()
                .any(|p| m.starts_with(p)) =>
        {
            return Err(IngestError::new(
                final_url,
                format!("is not an article page: the server sent {m}"),
            ));
        }
        // Unknown or missing: the address's own extension, else the content decides.
        _ => {
            let path = final_url.split(['?', '#']).next().unwrap_or("");
            let last = path.rsplit('/').next().unwrap_or("");
            return Ok(if last.contains('.') {
                last.to_owned()
            } else {
                "page".to_owned()
            });
        }
    };
    Ok(format!("page.{ext}"))
}

/// `location` resolved against `base` (RFC 3986 §5.2, enough for redirects: absolute,
/// scheme-relative, absolute-path and relative-path references).
fn resolve(base: &str, location: &str) -> String {
    let has_scheme = location.split_once(':').is_some_and(|(s, _)| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if has_scheme {
        return location.to_owned();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("http", base));
    if let Some(net) = location.strip_prefix("//") {
        return format!("{scheme}://{net}");
    }
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let origin = format!("{scheme}://{}", &rest[..authority_end]);
    if location.starts_with('/') {
        return format!("{origin}{location}");
    }
    let path = rest[authority_end..].split(['?', '#']).next().unwrap_or("");
    if location.starts_with('?') {
        return format!("{origin}{path}{location}");
    }
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    let dir = if dir.is_empty() { "/" } else { dir };
    format!("{origin}{dir}{location}")
}

fn timeout_reason(limits: Limits) -> String {
    format!(
        "timed out: the site did not answer within {} s",
        limits.total_timeout.as_secs_f32()
    )
}

fn status_reason(status: u16) -> String {
    match status {
        404 | 410 => format!("not found (HTTP {status}): check the address"),
        401 | 403 | 451 => format!(
            "the site refused (HTTP {status}); save the page from your browser and open the file"
        ),
        429 => "the site is limiting requests (HTTP 429); try again later".into(),
        500..=599 => format!("the site failed (HTTP {status}); try again later"),
        _ => format!("the site answered HTTP {status}, not a page"),
    }
}

fn error_reason(e: &ureq::Error, limits: Limits) -> String {
    use ureq::Error as E;
    match e {
        E::HostNotFound => "no such host (check the address, or the network)".into(),
        E::Timeout(_) => timeout_reason(limits),
        E::Io(io) => io_reason(io, limits),
        E::Tls(why) => tls_reason(why),
        E::Rustls(why) => tls_reason(why),
        E::BadUri(why) => format!("is not a valid address ({why})"),
        E::ConnectionFailed => "the connection failed".into(),
        E::StatusCode(status) => status_reason(*status),
        other => format!("could not be fetched ({other})"),
    }
}

fn tls_reason(why: &dyn std::fmt::Display) -> String {
    format!("TLS failure: no secure connection could be made ({why})")
}

fn io_reason(e: &std::io::Error, limits: Limits) -> String {
    use std::io::ErrorKind as K;
    // The body reader wraps the client's own errors (a timeout mid-body) in io::Error,
    // and the TLS handshake its own.
    if let Some(inner) = e.get_ref().and_then(|i| i.downcast_ref::<ureq::Error>()) {
        return error_reason(inner, limits);
    }
    if let Some(tls) = e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
        return tls_reason(tls);
    }
    match e.kind() {
        K::ConnectionRefused => "the connection was refused (is the address right?)".into(),
        K::TimedOut | K::WouldBlock => timeout_reason(limits),
        K::ConnectionReset | K::ConnectionAborted | K::UnexpectedEof => {
            "the site closed the connection before the page was complete".into()
        }
        _ => format!("could not be fetched ({e})"),
    }
}

/// `t` as RFC 3339 in UTC, to the second: "2026-11-24T00:44:02Z".
fn rfc3339(t: SystemTime) -> String {
    let secs = t
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Days since the epoch → civil date (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn redirects_resolve_against_the_page() {
        let base = "http://h:8/a/b/c.html?q=1";
        assert_eq!(resolve(base, "https://x.org/y"), "https://x.org/y");
        assert_eq!(resolve(base, "//x.org/y"), "http://x.org/y");
        assert_eq!(resolve(base, "/z"), "http://h:8/z");
        assert_eq!(resolve(base, "d.html"), "http://h:8/a/b/d.html");
        assert_eq!(resolve("http://h", "d"), "http://h/d");
        assert_eq!(resolve(base, "file:///etc/passwd"), "file:///etc/passwd");
    }

    #[test]
    fn times_are_rfc3339_utc() {
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_999_442);
        assert_eq!(rfc3339(t), "2026-11-30T00:44:02Z");
        assert_eq!(rfc3339(SystemTime::UNIX_EPOCH), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn client_errors_are_told_apart() {
        // (No test may look up a real host, so the resolver's answer is given here.)
        let l = Limits::default();
        assert!(error_reason(&ureq::Error::HostNotFound, l).starts_with("no such host"));
        assert!(error_reason(&ureq::Error::Tls("bad certificate"), l).starts_with("TLS failure"));
        assert!(status_reason(404).starts_with("not found"));
        assert!(status_reason(503).contains("try again later"));
    }

    #[test]
    fn meta_charsets_are_read() {
        assert_eq!(
            meta_charset(b"<html><head><meta charset=\"windows-1252\">").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(
            meta_charset(b"<META http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>")
                .as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(meta_charset(b"<meta name=x>"), None);
    }
}

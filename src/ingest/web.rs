//! An address → a [`Source`]: fetches an http(s) page or document and hands the bytes to
//! the same readers as files ([`super::from_bytes`]).
//!
//! The client is `ureq` (blocking, rustls; no OpenSSL, no cookies, no scripts). Redirects
//! are followed here rather than by the client, so that every hop is checked: at most
//! [`MAX_REDIRECTS`], and only to http or https (a page must not send us to `file:`).
//! The body is read no further than [`super::MAX_INPUT_BYTES`] + 1 byte, so an endless body
//! stops at the limit. Every failure is an [`IngestError`] naming the address.
//!
//! The fetching itself is behind the default `web` feature (`client.rs`): a library built
//! without it still tells addresses from files, and says it cannot fetch them.

use std::time::Duration;

use super::{IngestError, Source};

#[cfg(feature = "web")]
mod client;

/// Redirects followed before giving up.
pub const MAX_REDIRECTS: usize = 5;
/// How long to wait for a connection to open.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one address may take altogether, redirects and body included.
pub const TOTAL_TIMEOUT: Duration = Duration::from_secs(30);

/// Whether a command-line argument or typed line is a web address rather than a file.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.trim_start().get(..8).unwrap_or("").to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// How long fetching may take; [`Limits::default`] is what the app and the command line use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub connect_timeout: Duration,
    pub total_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            connect_timeout: CONNECT_TIMEOUT,
            total_timeout: TOTAL_TIMEOUT,
        }
    }
}

/// Fetches `url` and reads the article in it.
pub fn fetch(url: &str) -> Result<Source, IngestError> {
    fetch_with(url, Limits::default())
}

/// [`fetch`] with other time limits (tests use short ones).
pub fn fetch_with(url: &str, limits: Limits) -> Result<Source, IngestError> {
    #[cfg(feature = "web")]
    {
        client::fetch_with(url, limits)
    }
    #[cfg(not(feature = "web"))]
    {
        let _ = limits;
        Err(IngestError::new(
            url.trim(),
            "cannot be fetched: this build has no web support (the `web` feature)",
        ))
    }
}

/// The host of an http(s) address, without user, port or path.
pub fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') {
        &host[..host.find(']').map_or(host.len(), |i| i + 1)]
    } else {
        host.split(':').next()?
    };
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_files() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("file:///etc/passwd"));
        assert!(!is_url("http.txt"));
        assert!(!is_url("notes/https.md"));
    }

    #[test]
    fn hosts_lose_user_port_and_path() {
        assert_eq!(
            host("https://u@news.example.org:8443/x?y"),
            Some("news.example.org")
        );
        assert_eq!(host("http://[::1]:80/"), Some("[::1]"));
        assert_eq!(host("http:///x"), None);
    }
}

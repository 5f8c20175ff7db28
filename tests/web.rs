//! Articles fetched from the web, against a local HTTP server started by each test on
//! 127.0.0.1 (a std `TcpListener` thread writing canned HTTP/1.1 answers): nothing here
//! contacts the internet.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Command;

use corroborate::ingest::web::{Limits, fetch, fetch_with};
use corroborate::ingest::{Format, MAX_INPUT_BYTES};

const ARTICLE: &str = "<!doctype html><html><head><title>Ferry service resumes after storm \
    | Coastal Herald</title></head><body><nav>Home | World | Sport</nav><article>\
    <h1>Ferry service resumes after storm</h1>\
    <p>The island ferry resumed its regular crossings on Tuesday morning after three days \
    of storms kept every boat in the harbour, the operator said.</p>\
    <p>About 400 passengers were waiting at the mainland terminal when the first boat left \
    at seven o'clock, and extra sailings were added for the afternoon.</p>\
    <p>The operator said repairs to the damaged pier would take another two weeks, and \
    asked travellers to book ahead while the timetable returns to normal.</p>\
    </article><footer>Contact us</footer></body></html>";

/// A canned answer: status line, headers, body.
struct Reply {
    status: &'static str,
    headers: Vec<(String, String)>,
    body: Body,
}

enum Body {
    Bytes(Vec<u8>),
    /// This many bytes of text, without a Content-Length (the connection closes after).
    Endless(usize),
    /// A few bytes every 100 ms, for ever (until the client goes).
    Trickle,
}

fn reply(status: &'static str, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
    Reply {
        status,
        headers: vec![("Content-Type".into(), content_type.into())],
        body: Body::Bytes(body.into()),
    }
}

fn redirect(to: &str) -> Reply {
    Reply {
        status: "302 Found",
        headers: vec![("Location".into(), to.into())],
        body: Body::Bytes(Vec::new()),
    }
}

/// The answer for each path; `base` is "http://127.0.0.1:PORT".
fn route(path: &str, base: &str) -> Reply {
    match path {
        "/article" => reply("200 OK", "text/html; charset=utf-8", ARTICLE),
        "/old" => redirect("/older"),
        "/older" => redirect(&format!("{base}/article")),
        "/loop" => redirect("/loop"),
        "/missing" => reply("404 Not Found", "text/html", "<h1>Not here</h1>"),
        "/forbidden" => reply("403 Forbidden", "text/html", "<h1>Go away</h1>"),
        "/to-file" => redirect("file:///etc/passwd"),
        "/huge" => Reply {
            status: "200 OK",
            headers: vec![("Content-Type".into(), "text/plain".into())],
            body: Body::Endless(MAX_INPUT_BYTES as usize + 4096),
        },
        "/cp1252" => {
            // The charset is only in the header; the bytes are not UTF-8.
            let html = ARTICLE.replace("storm", "storm at the caf\u{e9} \u{201c}Marée\u{201d}");
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&html);
            reply(
                "200 OK",
                "text/html; charset=windows-1252",
                bytes.into_owned(),
            )
        }
        "/meta-latin1" => {
            // No charset in the header: the page's meta tag says it.
            let html = ARTICLE
                .replace("<head>", "<head><meta charset=\"iso-8859-1\">")
                .replace("storm", "storm, said Ren\u{e9}e");
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&html);
            reply("200 OK", "text/html", bytes.into_owned())
        }
        "/gzip" => {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            enc.write_all(ARTICLE.as_bytes()).unwrap();
            let mut r = reply("200 OK", "text/html", enc.finish().unwrap());
            r.headers.push(("Content-Encoding".into(), "gzip".into()));
            r
        }
        "/deflate" => {
            let mut enc =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            enc.write_all(ARTICLE.as_bytes()).unwrap();
            let mut r = reply("200 OK", "text/html", enc.finish().unwrap());
            r.headers
                .push(("Content-Encoding".into(), "deflate".into()));
            r
        }
        "/report.pdf" => reply(
            "200 OK",
            "application/pdf",
            std::fs::read("tests/fixtures/harbour-bridge-report.pdf").unwrap(),
        ),
        "/mislabelled.pdf" => reply(
            "200 OK",
            "text/html; charset=utf-8",
            std::fs::read("tests/fixtures/harbour-bridge-report.pdf").unwrap(),
        ),
        "/empty" => reply(
            "200 OK",
            "text/html",
            "<html><body><p>Log in</p></body></html>",
        ),
        "/slow" => {
            // Thinks for longer than the client waits.
            std::thread::sleep(std::time::Duration::from_secs(3));
            reply("200 OK", "text/html", ARTICLE)
        }
        "/trickle" => Reply {
            status: "200 OK",
            headers: vec![("Content-Type".into(), "text/html".into())],
            body: Body::Trickle,
        },
        "/picture" => reply("200 OK", "image/png", b"\x89PNG\r\n\x1a\nxxxx".to_vec()),
        _ => reply("404 Not Found", "text/plain", "no"),
    }
}

/// Starts the server; returns its base address. The thread lives as long as the test.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let b = base.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let b = b.clone();
            std::thread::spawn(move || answer(stream, &b));
        }
    });
    base
}

fn answer(mut stream: TcpStream, base: &str) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Skip the headers.
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line == "\r\n" => break,
            Ok(_) => {}
        }
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/");
    let r = route(path, base);
    let mut head = format!("HTTP/1.1 {}\r\nConnection: close\r\n", r.status);
    for (k, v) in &r.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    match r.body {
        Body::Bytes(bytes) => {
            head.push_str(&format!("Content-Length: {}\r\n\r\n", bytes.len()));
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&bytes);
        }
        Body::Trickle => {
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            while stream.write_all(b"<p>more ").is_ok() {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        }
        Body::Endless(n) => {
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            let chunk = b"words and more words ".repeat(3277);
            let mut sent = 0;
            while sent < n {
                if stream.write_all(&chunk).is_err() {
                    return; // The client stopped reading: as it should.
                }
                sent += chunk.len();
            }
        }
    }
}

#[test]
fn an_html_article_becomes_a_source_with_its_address() {
    let base = serve();
    let url = format!("{base}/article");
    let s = fetch(&url).unwrap();
    assert_eq!(s.format, Format::Html);
    assert!(s.text.contains("About 400 passengers"), "{}", s.text);
    assert!(!s.text.contains("Contact us"));
    assert_eq!(s.url.as_deref(), Some(url.as_str()));
    assert_eq!(s.final_url.as_deref(), Some(url.as_str()));
    assert_eq!(s.name, "127.0.0.1");
    assert_eq!(s.path, url);
    assert!(s.file_path().is_none(), "a page is no file");
    assert!(
        s.full_name().ends_with(&format!("\n{url}")),
        "{}",
        s.full_name()
    );
    let fetched = s.fetched.as_deref().unwrap();
    assert!(fetched.ends_with('Z') && fetched.len() == 20, "{fetched}");
}

#[test]
fn a_report_keeps_the_address_and_the_text() {
    let base = serve();
    let s = fetch(&format!("{base}/article")).unwrap();
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["url"], format!("{base}/article"));
    assert_eq!(json["final_url"], format!("{base}/article"));
    assert!(json["fetched"].is_string());
    assert!(
        json["text"]
            .as_str()
            .unwrap()
            .contains("About 400 passengers")
    );
    let back: corroborate::ingest::Source = serde_json::from_value(json).unwrap();
    assert_eq!(back, s);
    // A file's source writes none of the three.
    let file = corroborate::ingest::from_text("a.txt", "Some text here.").unwrap();
    let json = serde_json::to_string(&file).unwrap();
    assert!(!json.contains("url") && !json.contains("fetched"), "{json}");
}

#[test]
fn redirects_are_followed_to_the_final_address() {
    let base = serve();
    let s = fetch(&format!("{base}/old")).unwrap();
    assert_eq!(s.url.as_deref(), Some(format!("{base}/old").as_str()));
    assert_eq!(
        s.final_url.as_deref(),
        Some(format!("{base}/article").as_str())
    );
    assert!(s.text.contains("Ferry service resumes"));
}

#[test]
fn a_redirect_loop_stops() {
    let base = serve();
    let e = fetch(&format!("{base}/loop")).unwrap_err();
    assert!(
        e.to_string().contains("redirected more than 5 times"),
        "{e}"
    );
    assert!(e.to_string().starts_with(&format!("{base}/loop: ")), "{e}");
}

#[test]
fn a_redirect_to_a_file_is_refused() {
    let base = serve();
    let e = fetch(&format!("{base}/to-file")).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("file:///etc/passwd") && msg.contains("refused"),
        "{msg}"
    );
    assert!(!msg.contains("root:"), "{msg}");
}

#[test]
fn http_errors_say_what_happened_and_name_the_address() {
    let base = serve();
    let url = format!("{base}/missing");
    let e = fetch(&url).unwrap_err();
    assert_eq!(e.path, url);
    assert!(
        e.reason.contains("not found") && e.reason.contains("404"),
        "{e}"
    );
    let url = format!("{base}/forbidden");
    let e = fetch(&url).unwrap_err();
    assert_eq!(e.path, url);
    assert!(
        e.reason.contains(
            "the site refused (HTTP 403); save the page from your browser and open the file"
        ),
        "{e}"
    );
}

#[test]
fn a_body_over_the_limit_is_refused() {
    let base = serve();
    let e = fetch(&format!("{base}/huge")).unwrap_err();
    assert!(e.reason.contains("too large"), "{e}");
}

#[test]
fn the_header_charset_decodes_a_legacy_page() {
    let base = serve();
    let s = fetch(&format!("{base}/cp1252")).unwrap();
    assert!(s.text.contains("café “Marée”"), "{}", s.text);
    assert!(s.encoding.contains("windows-1252"), "{}", s.encoding);
    assert!(s.encoding.contains("Content-Type header"), "{}", s.encoding);
    let s = fetch(&format!("{base}/meta-latin1")).unwrap();
    assert!(s.text.contains("said Renée"), "{}", s.text);
    assert!(s.encoding.contains("meta tag"), "{}", s.encoding);
}

#[test]
fn compressed_bodies_are_decoded() {
    let base = serve();
    for path in ["/gzip", "/deflate"] {
        let s = fetch(&format!("{base}{path}")).unwrap();
        assert!(
            s.text.contains("About 400 passengers"),
            "{path}: {}",
            s.text
        );
    }
}

#[test]
fn a_pdf_by_address_is_read_as_a_pdf() {
    let base = serve();
    let s = fetch(&format!("{base}/report.pdf")).unwrap();
    assert_eq!(s.format, Format::Pdf);
    assert!(!s.text.trim().is_empty());
    // Served as a text page: its bytes still say PDF, and are read as one.
    let mislabelled = fetch(&format!("{base}/mislabelled.pdf")).unwrap();
    assert_eq!(mislabelled.format, Format::Pdf);
    assert_eq!(mislabelled.text, s.text);
}

#[test]
fn pages_without_an_article_are_refused() {
    let base = serve();
    let e = fetch(&format!("{base}/empty")).unwrap_err();
    assert!(e.reason.contains("no article text"), "{e}");
    let e = fetch(&format!("{base}/picture")).unwrap_err();
    assert!(
        e.reason.contains("not an article") && e.reason.contains("image/png"),
        "{e}"
    );
}

#[test]
fn a_refused_connection_is_told() {
    // A port just freed: nothing listens on it.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let e = fetch(&format!("http://127.0.0.1:{port}/x")).unwrap_err();
    assert!(e.reason.contains("connection was refused"), "{e}");
}

/// Runs `corroborate compare INPUTS --out DIR/r.json`, which must succeed, and reads the report.
fn compare_to_json(inputs: &[std::ffi::OsString], dir: &std::path::Path) -> serde_json::Value {
    let out = dir.join("r.json");
    let run = Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .arg("compare")
        .args(inputs)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap()
}

#[test]
fn the_command_line_compares_an_address_with_a_file() {
    let base = serve();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("other.txt");
    std::fs::write(
        &file,
        "Ferry crossings restart\n\nThe island ferry resumed its regular crossings on \
         Tuesday morning after three days of storms kept every boat in the harbour.\n\n\
         The operator said repairs to the damaged pier would take another two weeks.\n",
    )
    .unwrap();
    let report = compare_to_json(
        &[
            std::ffi::OsString::from(format!("{base}/article")),
            file.clone().into(),
        ],
        dir.path(),
    );
    let sources = report["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 2);
    assert_eq!(sources[0]["url"], format!("{base}/article"));
    assert!(sources[1].get("url").is_none());
    assert!(report["summary"].is_object() || report["claims"].is_array());

    // A failing address is named; the rest is still compared.
    let run = Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .arg("compare")
        .arg(format!("{base}/article"))
        .arg(&file)
        .arg(format!("{base}/missing"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains(&format!("{base}/missing: not found")),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("2 sources"));
}

#[test]
fn a_link_file_dragged_from_a_browser_stands_for_its_page() {
    let base = serve();
    let dir = tempfile::tempdir().unwrap();
    // What a desktop makes of a link dropped on it, on Windows and on Linux.
    let shortcut = dir.path().join("Article.url");
    std::fs::write(
        &shortcut,
        format!("[InternetShortcut]\r\nURL={base}/article\r\n"),
    )
    .unwrap();
    let entry = dir.path().join("Other.desktop");
    std::fs::write(
        &entry,
        format!("[Desktop Entry]\nType=Link\nName=Other\nURL={base}/cp1252\n"),
    )
    .unwrap();
    let report = compare_to_json(&[shortcut.into(), entry.into()], dir.path());
    let sources = report["sources"].as_array().unwrap();
    assert_eq!(sources[0]["url"], format!("{base}/article"));
    assert_eq!(sources[1]["url"], format!("{base}/cp1252"));
}

#[test]
fn a_slow_site_times_out() {
    let base = serve();
    let limits = Limits {
        connect_timeout: std::time::Duration::from_secs(1),
        total_timeout: std::time::Duration::from_secs(1),
    };
    for path in ["/slow", "/trickle"] {
        let start = std::time::Instant::now();
        let e = fetch_with(&format!("{base}{path}"), limits).unwrap_err();
        assert!(e.reason.contains("timed out"), "{path}: {e}");
        // (Generous: the point is that it stops, not how fast.)
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "{path}"
        );
    }
}

#[test]
fn reports_say_where_a_page_came_from() {
    let base = serve();
    let page = fetch(&format!("{base}/old")).unwrap();
    let file = corroborate::ingest::from_text(
        "other.txt",
        "The island ferry resumed its regular crossings on Tuesday morning after storms.",
    )
    .unwrap();
    let c = corroborate::compare::compare(vec![page, file], &corroborate::Settings::default());
    let html = corroborate::report::ReportFormat::Html.render(&c);
    assert!(
        html.contains(&format!(
            "<a href=\"{base}/article\">{base}/article</a> · fetched 20"
        )),
        "the final address, linked, and when"
    );
    let md = corroborate::report::ReportFormat::Md.render(&c);
    assert!(
        md.contains(&format!("- [0] <{base}/article>, fetched 20")),
        "{md}"
    );
    // The JSON reopens with the address and the text, offline.
    let json = corroborate::report::ReportFormat::Json.render(&c);
    let back = corroborate::report::json::from_str(&json).unwrap();
    assert_eq!(back.sources[0].url, c.sources[0].url);
    assert_eq!(
        back.sources[0].final_url.as_deref(),
        Some(format!("{base}/article").as_str())
    );
    assert_eq!(back.sources[0].fetched, c.sources[0].fetched);
    assert_eq!(back.sources[0].text, c.sources[0].text);
}

#[test]
fn a_failed_secure_connection_is_a_tls_failure() {
    // https:// to a server that answers in plain HTTP at once: the handshake fails.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("https://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            std::thread::sleep(std::time::Duration::from_secs(2));
        }
    });
    let e = fetch(&format!("{base}/article")).unwrap_err();
    assert!(e.reason.starts_with("TLS failure"), "{e}");
}

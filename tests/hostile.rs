//! Hostile inputs (issue 13, input side): each finishes quickly with a text or a clear
//! refusal naming the file, never a hang, an abort or gigabytes of memory. Inputs are
//! made here; the big ones are `#[ignore]`d (run them with `--ignored --release` and
//! `/usr/bin/time -v` to measure).

use std::io::Write;

use corroborate::ingest::{self, MAX_INPUT_BYTES};

/// A PDF from numbered object bodies (object 1 is the catalog), with a valid xref.
fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// Zlib data inflating to `text` followed by `spaces` spaces, made without holding
/// the spaces in memory.
fn zlib_bomb(text: &[u8], spaces: u64) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(text).unwrap();
    let block = vec![b' '; 1 << 20];
    let mut left = spaces;
    while left > 0 {
        let n = left.min(block.len() as u64) as usize;
        e.write_all(&block[..n]).unwrap();
        left -= n as u64;
    }
    e.finish().unwrap()
}

const FONT: &str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

/// A one-page PDF whose page draws `content` (object 4), with `extra` objects from 6 on.
fn one_page(content: Vec<u8>, resources: &str, extra: &[Vec<u8>]) -> Vec<u8> {
    let mut objs = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
             /Resources << /Font << /F1 5 0 R >> {resources} >> >>"
        )
        .into_bytes(),
        content,
        FONT.as_bytes().to_vec(),
    ];
    objs.extend_from_slice(extra);
    pdf(&objs)
}

fn load(name: &str, bytes: &[u8]) -> Result<ingest::Source, String> {
    ingest::from_bytes(name, name, bytes).map_err(|e| e.to_string())
}

#[test]
fn a_plain_pdf_still_reads() {
    let text = b"BT /F1 12 Tf 72 700 Td (The council approved the budget on Tuesday.) Tj ET";
    let s = load("a.pdf", &one_page(stream("", text), "", &[])).unwrap();
    assert!(s.text.contains("council approved the budget"), "{}", s.text);
    let s = load(
        "b.pdf",
        &one_page(stream("/Filter /FlateDecode", &zlib(text)), "", &[]),
    )
    .unwrap();
    assert!(s.text.contains("council approved the budget"), "{}", s.text);
}

#[test]
fn deeply_nested_html_is_read_quickly() {
    let sentence = "<p>The council approved the budget on Tuesday after a long debate.</p>";
    let html = format!(
        "<html><body>{}{sentence}{}</body></html>",
        "<div>".repeat(2000),
        "</div>".repeat(2000)
    );
    let s = load("deep.html", html.as_bytes()).unwrap();
    assert!(s.text.contains("approved the budget"), "{}", s.text);
    let tables = format!(
        "<html><body>{}{sentence}</body></html>",
        "<table><tr><td>".repeat(50_000)
    );
    let s = load("tables.html", tables.as_bytes()).unwrap();
    assert!(s.text.contains("approved the budget"), "{}", s.text);
}

#[test]
#[ignore = "32 MB input: run with --release to measure"]
fn html_32mb_nested_divs() {
    let n = (MAX_INPUT_BYTES as usize - 200) / 11;
    let html = format!(
        "<html><body>{}<p>The council approved the budget.</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let s = load("deep.html", html.as_bytes()).unwrap();
    assert!(s.text.contains("approved the budget"));
}

#[test]
#[ignore = "32 MB input: run with --release to measure"]
fn html_32mb_of_paragraphs() {
    let p = "<div class=\"story\"><p>The council approved the budget on Tuesday after a long debate, officials said.</p></div>\n";
    let html = format!(
        "<html><body><article>{}</article></body></html>",
        p.repeat((MAX_INPUT_BYTES as usize - 100) / p.len())
    );
    let _ = load("wide.html", html.as_bytes());
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_are_refused_without_reading() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("f.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let err = ingest::load_path(&fifo).unwrap_err();
        assert!(err.to_string().contains("named pipe"), "{err}");
        assert!(err.to_string().contains("f.txt"), "{err}");
    }
    let err = ingest::load_path(std::path::Path::new("/dev/zero")).unwrap_err();
    assert!(err.to_string().contains("device"), "{err}");
}

#[test]
fn pdf_inflate_bomb_is_refused() {
    // 100 MB of spaces after the text, from a ~100 KB file.
    let data = zlib_bomb(b"BT /F1 12 Tf (Hello) Tj ET", 100 << 20);
    let bytes = one_page(stream("/Filter /FlateDecode", &data), "", &[]);
    let err = load("bomb.pdf", &bytes).unwrap_err();
    assert!(err.contains("too large once decompressed"), "{err}");
    assert!(err.starts_with("bomb.pdf: "), "{err}");
}

#[test]
#[ignore = "a 3 GiB bomb (3 MB file): run with --release to measure"]
fn pdf_3gib_inflate_bomb_is_refused() {
    let data = zlib_bomb(b"BT /F1 12 Tf (Hello) Tj ET", 3 << 30);
    let bytes = one_page(stream("/Filter /FlateDecode", &data), "", &[]);
    let err = load("bomb.pdf", &bytes).unwrap_err();
    assert!(err.contains("too large once decompressed"), "{err}");
}

#[test]
fn pdf_operator_bomb_is_refused() {
    // 2 million show-text operators: 14 MB of content from a ~40 KB file.
    let ops = b"(word) Tj\n".repeat(2_000_000);
    let mut content = b"BT /F1 12 Tf ".to_vec();
    content.extend_from_slice(&ops);
    content.extend_from_slice(b"ET");
    let bytes = one_page(stream("/Filter /FlateDecode", &zlib(&content)), "", &[]);
    let err = load("ops.pdf", &bytes).unwrap_err();
    assert!(err.contains("too large once decompressed"), "{err}");
}

#[test]
#[ignore = "largest accepted page content: run with --release to measure"]
fn pdf_largest_page_content_is_read() {
    let ops = b"(word) Tj\n".repeat(400_000);
    let mut content = b"BT /F1 12 Tf ".to_vec();
    content.extend_from_slice(&ops);
    content.extend_from_slice(b"ET");
    let bytes = one_page(stream("/Filter /FlateDecode", &zlib(&content)), "", &[]);
    let s = load("ops.pdf", &bytes).unwrap();
    assert!(s.text.contains("word"));
}

#[test]
fn pdf_drawing_that_draws_itself_is_damaged() {
    let form = stream(
        "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X1 6 0 R >> >>",
        b"/X1 Do",
    );
    let bytes = one_page(
        stream("", b"BT /F1 12 Tf (Hello there) Tj ET /X1 Do"),
        "/XObject << /X1 6 0 R >>",
        &[form],
    );
    let err = load("loop.pdf", &bytes).unwrap_err();
    assert!(err.contains("damaged PDF"), "{err}");
}

#[test]
fn pdf_drawings_drawn_exponentially_are_refused() {
    // Each drawing draws the next ten times: 10^7 copies of the last one's text.
    let mut extra = Vec::new();
    for i in 0..8 {
        let id = 6 + i;
        let body = if i == 7 {
            b"BT /F1 12 Tf (lol) Tj ET".to_vec()
        } else {
            b"/X Do ".repeat(10)
        };
        extra.push(stream(
            &format!(
                "/Type /XObject /Subtype /Form /BBox [0 0 10 10] \
                 /Resources << /Font << /F1 5 0 R >> /XObject << /X {} 0 R >> >>",
                id + 1
            ),
            &body,
        ));
    }
    let bytes = one_page(stream("", b"/X Do"), "/XObject << /X 6 0 R >>", &extra);
    let err = load("laughs.pdf", &bytes).unwrap_err();
    assert!(err.contains("too large once decompressed"), "{err}");
}

#[test]
fn pdf_looped_page_tree_is_damaged() {
    let bytes = pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
          /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_vec(),
        stream("", b"BT /F1 12 Tf (Hello there) Tj ET"),
        FONT.as_bytes().to_vec(),
    ]);
    let err = load("tree.pdf", &bytes).unwrap_err();
    assert!(err.contains("damaged PDF"), "{err}");
    assert!(err.contains("loops"), "{err}");
}

#[test]
fn pdf_self_referencing_objects_are_damaged() {
    // The page's content is an object that is a reference to itself.
    let bytes = pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>".to_vec(),
        b"4 0 R".to_vec(),
    ]);
    let err = load("self.pdf", &bytes).unwrap_err();
    assert!(err.contains("damaged PDF"), "{err}");
    assert!(!err.contains("scanned"), "{err}");
}

/// A DOCX whose document.xml holds `paragraphs` copies of `para`, zipped as it goes.
fn docx_with(para: &str, paragraphs: usize) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("[Content_Types].xml", opts).unwrap();
        zip.write_all(b"<?xml version=\"1.0\"?><Types/>").unwrap();
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(
            b"<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
        )
        .unwrap();
        let p = format!("<w:p><w:r><w:t>{para}</w:t></w:r></w:p>");
        for _ in 0..paragraphs {
            zip.write_all(p.as_bytes()).unwrap();
        }
        zip.write_all(b"</w:body></w:document>").unwrap();
        zip.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn docx_text_past_the_limit_is_refused_while_reading() {
    // 40 MB of one letter in a file of a few hundred KB.
    let bytes = docx_with(&"a".repeat(1 << 20), 40);
    assert!(bytes.len() < 1 << 20);
    let err = load("big.docx", &bytes).unwrap_err();
    assert!(err.contains("more than 32 MB of text"), "{err}");
}

#[test]
#[ignore = "200 MB of sentences in a small DOCX: run with --release to measure"]
fn docx_200mb_of_sentences_is_refused() {
    let bytes = docx_with(
        "The council approved the budget on Tuesday after a long debate.",
        3_000_000,
    );
    let err = load("big.docx", &bytes).unwrap_err();
    assert!(err.contains("more than 32 MB of text"), "{err}");
}

#[test]
fn decoded_text_past_the_limit_is_refused() {
    // 24 MB of Latin-1 text: 36 MB once decoded to UTF-8.
    let bytes = b"\xe9t\xe9 ".repeat(6 << 20);
    assert!(bytes.len() as u64 <= MAX_INPUT_BYTES);
    let err = match load("latin.txt", &bytes) {
        Ok(s) => panic!("accepted {} bytes of text", s.text.len()),
        Err(e) => e,
    };
    assert!(err.contains("more than 32 MB of text"), "{err}");
}

#[test]
fn a_text_file_named_docx_says_what_it_is() {
    let err = load("story.docx", b"The council approved the budget.").unwrap_err();
    assert!(err.contains("not a Word document"), "{err}");
    assert!(err.contains("plain text"), "{err}");
    let err = load("page.docx", b"<!DOCTYPE html><html><p>Hi</p></html>").unwrap_err();
    assert!(err.contains("HTML page"), "{err}");
    let err = load("story.pdf", b"The council approved the budget.").unwrap_err();
    assert!(err.contains("plain text"), "{err}");
}

/// For measuring: `HOSTILE_FILE=path target/release/deps/hostile-* --ignored
/// --exact ingest_a_file --nocapture` under `/usr/bin/time -v`.
#[test]
#[ignore = "measuring helper: reads the file named by HOSTILE_FILE"]
fn ingest_a_file() {
    let Ok(path) = std::env::var("HOSTILE_FILE") else {
        return;
    };
    let start = std::time::Instant::now();
    match ingest::load_path(std::path::Path::new(&path)) {
        Ok(s) => println!("ok: {} bytes of text", s.text.len()),
        Err(e) => println!("refused: {e}"),
    }
    println!("took {:.2} s", start.elapsed().as_secs_f64());
}

/// The same kind of bomb inside an encrypted PDF (empty user password, AES-128, made with
/// `qpdf --stream-data=preserve --encrypt "" owner 128 --use-aes=y`): the streams are
/// measured again once decrypted.
#[test]
fn an_encrypted_pdf_inflate_bomb_is_refused() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/encrypted-bomb.pdf");
    let bytes = std::fs::read(path).unwrap();
    let err = load("encrypted-bomb.pdf", &bytes).unwrap_err();
    assert!(err.contains("too large once decompressed"), "{err}");
}

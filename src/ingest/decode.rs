//! Bytes → UTF-8 text: BOMs, UTF-16, and detection of legacy encodings.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Text decoded from bytes, and what it was decoded from.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// The encoding's name, with a note when bytes had to be replaced.
    pub encoding: String,
}

/// Decodes `bytes`, or says why they are not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == UTF_8 {
            return Ok(utf8_lossy(body));
        }
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors {
            return Err(format!(
                "starts with a {} byte-order mark but is not valid {} text",
                encoding.name(),
                encoding.name()
            ));
        }
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: encoding.name().to_owned(),
        });
    }
    if let Some(encoding) = bomless_utf16(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: format!("{} (no byte-order mark; detected)", encoding.name()),
        });
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(format!("looks like {kind}, not text"));
    }
    if mostly_utf8(bytes) {
        return Ok(utf8_lossy(bytes));
    }
    // Not UTF-8: guess the legacy encoding from the byte statistics.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, _) = encoding.decode(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name().to_owned(),
    })
}

/// Whether bytes are UTF-8, or UTF-8 with a few stray bytes: at least as many valid
/// multi-byte characters as invalid sequences. Legacy 8-bit text almost never forms
/// valid multi-byte sequences, so it fails this and goes to detection.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    invalid == 0 || multibyte >= invalid
}

/// UTF-8, replacing invalid bytes with U+FFFD and saying how many were replaced.
fn utf8_lossy(bytes: &[u8]) -> Decoded {
    let invalid: usize = bytes.utf8_chunks().map(|c| c.invalid().len()).sum();
    let encoding = match invalid {
        0 => UTF_8.name().to_owned(),
        1 => "UTF-8 (1 invalid byte replaced by U+FFFD)".to_owned(),
        n => format!("UTF-8 ({n} invalid bytes replaced by U+FFFD)"),
    };
    Decoded {
        text: String::from_utf8_lossy(bytes).into_owned(),
        encoding,
    }
}

/// UTF-16 without a BOM shows as every other byte being NUL in ASCII-heavy text.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nul * 10 > pairs * 7 && even_nul * 10 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 > pairs * 7 && odd_nul * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Recognises common binary files by their magic numbers, or by NUL bytes.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (
            b"PK\x03\x04",
            "a ZIP archive (of which only Word .docx files are read)",
        ),
        (b"%PDF", "a PDF document"),
        (b"\x7FELF", "an executable"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"BZh", "a bzip2 archive"),
        (b"\xFD7zXZ\0", "an xz archive"),
        (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
        (b"Rar!\x1A\x07", "a RAR archive"),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "an old Office document (.doc/.xls)",
        ),
        (b"OggS", "a media file"),
        (b"fLaC", "a media file"),
        (b"ID3", "an MP3 file"),
        (b"\x00\x00\x00\x18ftyp", "a media file"),
        (b"\x00\x00\x00\x20ftyp", "a media file"),
        (b"\x1A\x45\xDF\xA3", "a media file"),
        (b"SQLite format 3\0", "an SQLite database"),
        (b"\xCA\xFE\xBA\xBE", "an executable"),
        (b"\xCF\xFA\xED\xFE", "an executable"),
        (b"\0asm", "a WebAssembly module"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(kind);
    }
    // Short magic numbers that could open a text ("MZ Motors said…", "RIFF…"): check more.
    if bytes.starts_with(b"MZ") && bytes.len() >= 64 && bytes[2..64].contains(&0) {
        return Some("a Windows executable");
    }
    if bytes.starts_with(b"RIFF") && bytes.len() >= 12 && bytes[4..8].contains(&0) {
        return Some("a media file");
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b == 0 || (b < 0x09) || (0x0E..0x20).contains(&b) && b != 0x1B)
        .count();
    (sample.contains(&0) || controls * 20 > sample.len().max(1)).then_some("a binary file")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("café".as_bytes()).unwrap().text, "café");
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("café".as_bytes());
        assert_eq!(decode(&b).unwrap().text, "café");
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Hé".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&le).unwrap().text, "Hé");
        let mut be = vec![0xFE, 0xFF];
        be.extend("Hé".encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(&be).unwrap().text, "Hé");
    }

    #[test]
    fn windows_1252_is_detected() {
        let bytes = b"The \x93caf\xE9\x94 opened on Monday \x96 and it\x92s busy.";
        let d = decode(bytes).unwrap();
        assert_eq!(
            d.text,
            "The \u{201C}café\u{201D} opened on Monday \u{2013} and it\u{2019}s busy."
        );
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn binary_is_refused() {
        assert!(
            decode(b"\x89PNG\r\n\x1a\n\0\0")
                .unwrap_err()
                .contains("PNG")
        );
        assert!(decode(b"abc\0\0\x01def").unwrap_err().contains("binary"));
    }
}

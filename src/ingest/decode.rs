//! Bytes → UTF-8 text: BOMs, UTF-16, and detection of legacy encodings.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decodes `bytes`, or says why they are not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors && encoding != UTF_8 {
            return Err(format!("is not valid {} text", encoding.name()));
        }
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
        });
    }
    if let Some(encoding) = bomless_utf16(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
        });
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(format!("looks like {kind}, not text"));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
        });
    }
    // Not UTF-8: guess the legacy encoding from the byte statistics.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, _) = encoding.decode(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
    })
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
        (b"PK\x03\x04", "a ZIP archive (or DOCX/EPUB)"),
        (b"%PDF", "a PDF document"),
        (b"\x7FELF", "an executable"),
        (b"MZ", "a Windows executable"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"RIFF", "a media file"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(kind);
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

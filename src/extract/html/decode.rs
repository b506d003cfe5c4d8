//! Bytes to text: finds a page's character encoding and decodes it. The order
//! is the HTML standard's: a byte-order mark, then the HTTP `Content-Type`
//! charset, then a `<meta charset>` or `http-equiv` declaration in the first
//! 1024 bytes, then a guess by `chardetng` (with the `.id` top-level domain as
//! its hint). Decoding never fails: bad sequences become U+FFFD.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};

/// How many leading bytes are searched for a `<meta>` charset declaration.
const PRESCAN_BYTES: usize = 1024;

/// Decodes a page, the HTTP `Content-Type` header (when known) taking
/// precedence over the page's own declaration.
pub fn decode_page<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Cow<'a, str> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom_len..]).0;
    }
    let encoding = content_type
        .and_then(charset_of_content_type)
        .or_else(|| meta_charset(&bytes[..bytes.len().min(PRESCAN_BYTES)]).map(|declared| trust_utf8(bytes, declared)))
        .unwrap_or_else(|| sniff(bytes));
    encoding.decode_without_bom_handling(bytes).0
}

/// Decodes a plain-text file as [`decode_page`] decodes a page that
/// declares nothing: a byte-order mark decides (and is dropped), valid UTF-8
/// is UTF-8, anything else is `chardetng`'s guess. Returns the encoding
/// too, so that the caller can say which was assumed.
pub fn decode_text(bytes: &[u8]) -> (Cow<'_, str>, &'static Encoding) {
    let (encoding, start) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => (encoding, bom_len),
        None => (sniff(bytes), 0),
    };
    (encoding.decode_without_bom_handling(&bytes[start..]).0, encoding)
}

/// The encoding named by a `Content-Type` value's `charset` parameter.
fn charset_of_content_type(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim().eq_ignore_ascii_case("charset").then(|| label(value.trim().trim_matches(['"', '\''])))?
    })
}

/// The charset of the first `<meta charset=...>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">` in `head`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(at) = tag.find("charset") {
            let value = tag[at + 7..].trim_start().strip_prefix('=').unwrap_or("").trim_start();
            let value = value.trim_start_matches(['"', '\'']);
            let end = value.find(|c: char| c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace());
            if let Some(encoding) = label(&value[..end.unwrap_or(value.len())]) {
                return Some(encoding);
            }
        }
    }
    None
}

/// An encoding label resolved the way browsers do; a declared UTF-16 means
/// UTF-8 (the bytes were read as ASCII to find the declaration at all).
fn label(name: &str) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(name.as_bytes())?;
    Some(if encoding.is_single_byte() || encoding == UTF_8 { encoding } else { encoding.output_encoding() })
}

/// A page that declares a single-byte charset in its markup but is valid
/// UTF-8 with multi-byte sequences was re-saved as UTF-8 (scrapers and
/// editors do this): real Latin-1 text is almost never valid UTF-8.
fn trust_utf8(bytes: &[u8], declared: &'static Encoding) -> &'static Encoding {
    if declared.is_single_byte() && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() { UTF_8 } else { declared }
}

/// Guesses the encoding of an undeclared page.
fn sniff(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(Some(b"id"), chardetng::Utf8Detection::Allow)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_drops_its_bom_and_guesses_an_undeclared_encoding() {
        let (text, encoding) = decode_text(b"\xEF\xBB\xBFKota Madiun");
        assert_eq!((text.as_ref(), encoding), ("Kota Madiun", UTF_8));
        let (text, encoding) = decode_text(b"\xFF\xFEK\x00o\x00t\x00a\x00");
        assert_eq!((text.as_ref(), encoding.name()), ("Kota", "UTF-16LE"));
        let (text, encoding) = decode_text(b"Caf\xe9 di Jalan Merdeka, nilai 95,5 untuk Kota Madiun");
        assert_eq!(
            (text.as_ref(), encoding.name()),
            ("Caf\u{e9} di Jalan Merdeka, nilai 95,5 untuk Kota Madiun", "windows-1252")
        );
        assert_eq!(decode_text("Wali Kota \u{2013} Madiun".as_bytes()).1, UTF_8);
    }

    #[test]
    fn decode_follows_bom_then_header_then_meta_then_sniffing() {
        let latin1 = b"<meta charset=\"iso-8859-1\"><p>Caf\xe9 di Jalan Merdeka</p>";
        let cases: [(&[u8], Option<&str>, &str); 7] = [
            (b"\xEF\xBB\xBF<p>Kota Madiun</p>", Some("text/html; charset=iso-8859-1"), "<p>Kota Madiun</p>"),
            (b"<p>Caf\xe9 baru dibuka</p>", Some("text/html; charset=\"ISO-8859-1\""), "<p>Caf\u{e9} baru dibuka</p>"),
            (latin1, None, "<meta charset=\"iso-8859-1\"><p>Caf\u{e9} di Jalan Merdeka</p>"),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\x93Kami siap\x94</p>",
                None,
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\u{201c}Kami siap\u{201d}</p>",
            ),
            (
                "<meta charset=\"iso-8859-1\"><p>\u{a9}KapanLagi.com</p>".as_bytes(),
                None,
                "<meta charset=\"iso-8859-1\"><p>\u{a9}KapanLagi.com</p>",
            ),
            ("<p>Wali Kota \u{2013} Madiun</p>".as_bytes(), None, "<p>Wali Kota \u{2013} Madiun</p>"),
            (b"<p>Pemerintah Kota Madiun menerima penghargaan \xe9lite</p>", None, "penghargaan \u{e9}lite</p>"),
        ];
        for (bytes, header, expected) in cases {
            let text = decode_page(bytes, header);
            assert!(text.ends_with(expected) || text == expected, "{text:?} for {header:?}");
        }
    }
}

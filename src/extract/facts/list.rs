//! Lists and tables in article text, and the lines that introduce them.
//! Numbered (`1. Kota Blitar`), bulleted (`- Desa Janti: 0,8236`) and table
//! (`1 | Jawa Tengah | 96,42`) rows, blank lines and short lines with a
//! number belong to a list; a short line ending with a colon (`Kategori
//! kabupaten:`) is a heading inside it; the first other line above is the
//! prose that opens it (`Berikut daftar peraih IGA 2024 beserta skornya.`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::floor_boundary;

/// A numbered row, its number in group `n`: `1. Kabupaten Banyuwangi ...`,
/// `1) ...`, `1 | Kota Blitar | ...`, and a number glued to a capital
/// (`10.Pemerintah Kabupaten Seram Bagian Barat`, group `glued`).
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\ \t]*(?P<n>[0-9]{1,2})[\ \t]*(?:[.)]|\|)(?:[\ \t]+|(?P<glued>\p{Lu}))")
        .expect("static numbered row regex")
});

/// The number of a numbered row and where its content starts in `line`
/// (see [`NUMBERED`]).
pub fn numbered(line: &str) -> Option<(u32, usize)> {
    let caps = NUMBERED.captures(line)?;
    let n = caps.name("n")?.as_str().parse().ok()?;
    let start = caps.name("glued").map_or(caps.get(0)?.end(), |glued| glued.start());
    Some((n, start))
}

/// How many lines above a row its introduction may stand.
const MAX_LINES_ABOVE: usize = 40;

/// How long a row of a list may be, in bytes.
pub const MAX_ROW_LEN: usize = 120;

/// How long a heading inside a list may be, in bytes.
const MAX_HEADING_LEN: usize = 60;

/// How far back the start of an introducing line is looked for, in bytes:
/// a longer line is read from there (its end is what introduces the list).
const MAX_LINE_LEN: usize = 2_000;

/// The introduction of the list holding the line that starts at byte
/// `row`, nearest first: the headings above it, then the line of prose
/// that opens the list. Empty when nothing but rows stands above it, or
/// when `row` does not start a line.
pub fn introduction(body: &str, row: usize) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut end = body[..row].trim_end_matches([' ', '\t']).len();
    if end > 0 && !body[..end].ends_with('\n') {
        return lines;
    }
    for _ in 0..MAX_LINES_ABOVE {
        if end == 0 {
            break;
        }
        let above = &body[..end - usize::from(body[..end].ends_with('\n'))];
        let window = floor_boundary(above, above.len().saturating_sub(MAX_LINE_LEN));
        let start = above[window..].rfind('\n').map_or(window, |p| window + p + 1);
        let line = above[start..].trim();
        end = start;
        if line.is_empty() || is_row(line) {
            continue;
        }
        let trimmed = start + (above[start..].len() - above[start..].trim_start().len());
        lines.push(trimmed..trimmed + line.len());
        if !(line.ends_with(':') && line.len() <= MAX_HEADING_LEN) {
            break;
        }
    }
    lines
}

/// The marks that open a bulleted row: `- Kota Blitar`, `• Kota Depok`.
const BULLETS: [char; 6] = ['-', '•', '*', '·', '–', '—'];

/// Where the content of a numbered or bulleted row starts in `line`, past
/// its number or bullet (and any bullet or space after them); None when the
/// line is neither.
pub fn row_content(line: &str) -> Option<usize> {
    let marker = match numbered(line) {
        Some((_, start)) => start,
        None => {
            let trimmed = line.trim_start();
            if !trimmed.starts_with(BULLETS) {
                return None;
            }
            line.len() - trimmed.len()
        }
    };
    let content = line[marker..].trim_start_matches(|c: char| BULLETS.contains(&c) || c == ' ' || c == '\t');
    Some(line.len() - content.len())
}

/// Whether a line is a table's row: two cell borders at least (`Kota Batu | 92,5 |`).
pub fn is_table_row(line: &str) -> bool {
    line.matches('|').count() >= 2
}

/// Whether a line (trimmed) is a row of a list or table.
pub fn is_row(line: &str) -> bool {
    let numbered = numbered(line).is_some();
    let bulleted = line.starts_with(BULLETS);
    let table = is_table_row(line);
    // `Desa Janti 0,8236`, not a short sentence (`Kota Madiun meraih 95,5.`).
    let short_number = line.len() <= MAX_ROW_LEN
        && line.bytes().any(|b| b.is_ascii_digit())
        && !line.ends_with([':', '.', '!', '?', '"', '”']);
    numbered || bulleted || table || short_number
}

/// A row's words before its value, without the dash or colon that may
/// part the value from a listed party (`Kota Surabaya – 97,85`, `Kota
/// Samarinda – Adipura`).
pub fn before_row_value(lead: &str) -> &str {
    lead.trim_end_matches(['–', '—', '-', ':']).trim_end()
}

/// How many fields a record may hold under the row that names its party.
const MAX_RECORD_FIELDS: usize = 8;

/// How many words the label of a record's field may have.
const MAX_LABEL_WORDS: usize = 3;

/// Whether a line (trimmed) is a field of a record: a short label of
/// words, a colon and a value (`Nilai kepatuhan: 92,5`, `Opini: kualitas
/// tertinggi`, `Kategori: A`; a semicolon typed for the colon counts).
pub fn is_field(line: &str) -> bool {
    line.len() <= MAX_HEADING_LEN
        && line.split_once([':', ';']).is_some_and(|(label, value)| {
            let words = label.split_whitespace().count();
            (1..=MAX_LABEL_WORDS).contains(&words)
                && !label.contains(|c: char| c.is_ascii_digit())
                && !value.trim().is_empty()
        })
}

/// The line (trimmed) that heads the record holding the field line that
/// starts at byte `line_start`: the nearest line above that is no field,
/// when only fields stand between (`1. Kabupaten Tebo` over `Nilai
/// kepatuhan: 92,5` and `Opini: kualitas tertinggi`). None when the line
/// is no field or no line stands above its fields.
pub fn record_head(body: &str, line_start: usize) -> Option<Range<usize>> {
    let line_end = body[line_start..].find('\n').map_or(body.len(), |p| line_start + p);
    if !is_field(body[line_start..line_end].trim()) {
        return None;
    }
    let mut end = line_start.checked_sub(1)?;
    for _ in 0..=MAX_RECORD_FIELDS {
        let start = body[..end].rfind('\n').map_or(0, |p| p + 1);
        let line = body[start..end].trim();
        if !is_field(line) {
            let trimmed = start + (body[start..end].len() - body[start..end].trim_start().len());
            return (!line.is_empty()).then_some(trimmed..trimmed + line.len());
        }
        end = start.checked_sub(1)?;
    }
    None
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&NUMBERED);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intro(body: &str, row: &str) -> Vec<String> {
        let at = body.find(row).unwrap();
        introduction(body, at).into_iter().map(|r| body[r].to_string()).collect()
    }

    #[test]
    fn introductions_reach_past_rows_and_headings_to_the_prose() {
        let body = "Judul\n\nBerikut daftar peraih IGA beserta skornya.\n\nKategori provinsi:\n1. Provinsi Jawa Timur – 84,36\n\
                    2. Provinsi Bali – 81,92\n\nKategori kabupaten:\n1. Kabupaten Sumedang – 86,71\n";
        assert_eq!(
            intro(body, "1. Kabupaten"),
            ["Kategori kabupaten:", "Kategori provinsi:", "Berikut daftar peraih IGA beserta skornya."]
        );
        let body = "Berikut nilai tertinggi:\n\nNo | Provinsi | Nilai\n1 | Jawa Tengah | 96,42\n2 | Bali | 92,94\n";
        assert_eq!(intro(body, "2 | Bali"), ["Berikut nilai tertinggi:"]);
        let body = "Kota Madiun meraih nilai 95,5 tahun ini, tertinggi di Jawa Timur sejak penilaian dimulai.\n- Kota Blitar 93,2\n";
        assert_eq!(
            intro(body, "- Kota Blitar"),
            ["Kota Madiun meraih nilai 95,5 tahun ini, tertinggi di Jawa Timur sejak penilaian dimulai."]
        );
        assert!(intro("1. Kota Blitar\n2. Kota Batu\n", "2. Kota").is_empty());
    }

    #[test]
    fn rows_are_numbered_with_or_without_a_space() {
        assert_eq!(numbered("10.Pemerintah Kabupaten Buru, 59.86"), Some((10, 3)));
        assert_eq!(numbered("  2) Kota Batu"), Some((2, 5)));
        assert_eq!(numbered("1 | Jawa Tengah | 96,42"), Some((1, 4)));
        assert_eq!(numbered("1.234 orang hadir"), None);
    }

    #[test]
    fn a_record_is_headed_by_the_line_above_its_fields() {
        let body =
            "Berikut daftarnya:\n1. Kabupaten Tebo\nNilai kepatuhan: 92,5\nOpini: kualitas tertinggi\n2. Kota Jambi\n";
        let head = |field: &str| record_head(body, body.find(field).unwrap()).map(|r| &body[r]);
        assert_eq!(head("Nilai"), Some("1. Kabupaten Tebo"));
        assert_eq!(head("Opini"), Some("1. Kabupaten Tebo"));
        assert_eq!(head("2. Kota"), None);
        assert!(is_field("Nilai kepatuhan; 87,31") && is_field("Kategori: A"));
        assert!(!is_field("Kategori Informatif (nilai 90–100):") && !is_field("Pukul 10:30 WIB"));
        assert!(!is_field("Menurut Kepala Dinas Kominfo Kota Jambi: kami bangga"));
    }
}

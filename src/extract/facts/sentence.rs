//! Sentence splitting for Indonesian news text: a line break ends a
//! sentence, unless it only wraps a list of names after a comma; `.`, `!`
//! and `?` end one unless the dot closes an abbreviation
//! (`No.`, `Kab.`, `Prov.`, `dr.`, `H.`, `Rp.`, `dll.` before a lower-case
//! word, initials, `S.Pd.`) or the next word starts with a lower-case letter
//! or a digit, or the dot closes a list number at a line's start (`1. Kota
//! Blitar`) or after a colon or comma (`Pratama: 1. Kabupaten Ciamis, 2. ...`). Decimal marks (`95,5`, `4.67`) never have a space after them.

use std::ops::Range;

use super::lexicon::{ABBREVIATIONS, GRADE_NOUNS, in_list};

/// How long a sentence may run, in bytes, before the next space ends it:
/// a table flattened without stops is no sentence, and every look at a
/// fact's sentence stays bounded however long the body.
const MAX_SENTENCE_LEN: usize = 1_000;

/// The byte ranges of the sentences of `text`, trimmed of surrounding
/// whitespace, in order; empty sentences are left out.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ends = match b {
            b'\n' => (!list_wraps(text, start, i)).then_some(i),
            b'.' | b'!' | b'?' => sentence_end(text, i),
            b' ' | b'\t' if i - start >= MAX_SENTENCE_LEN => Some(i),
            _ => None,
        };
        if let Some(end) = ends.filter(|end| *end > start) {
            push_trimmed(text, start..end, &mut sentences);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut sentences);
    sentences
}

/// Whether the line break at byte `i` only wraps a list of names run on
/// past it: the line so far ends with a comma and the next starts with a
/// capital (`..., Kabupaten Lembata,` then `Kabupaten Sumba Barat Daya,
/// ...`). A table's rows (`|` cells) are lines of their own.
fn list_wraps(text: &str, start: usize, i: usize) -> bool {
    let line = &text[start..i];
    line.trim_end().ends_with(',')
        && !line.contains('|')
        && text[i + 1..].trim_start_matches([' ', '\t']).starts_with(char::is_uppercase)
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let trimmed = slice.trim_start();
    let start = range.start + (slice.len() - trimmed.len());
    let end = start + trimmed.trim_end().len();
    if end > start {
        out.push(start..end);
    }
}

/// Where the sentence ends if the mark at byte `i` ends it: just past the
/// mark and any closing quotes or brackets after it.
fn sentence_end(text: &str, i: usize) -> Option<usize> {
    let after = &text[i + 1..];
    // Closing quotes and brackets belong to the sentence they close.
    let rest = after.trim_start_matches(['"', '\'', ')', '”', '’', '.', '!', '?']);
    let end = text.len() - rest.len();
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let next = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    let Some(first) = next.chars().next() else { return Some(end) };
    if first == '\n' || first == '\r' {
        return Some(end);
    }
    if first.is_lowercase() || first.is_ascii_digit() {
        return None;
    }
    (text.as_bytes()[i] != b'.' || !closes_abbreviation(&text[..i])).then_some(end)
}

/// Whether the word just before a dot is an abbreviation or an initial.
fn closes_abbreviation(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace() || *c == '(' || *c == '"')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    // A list number at the start of a line (`1. Kabupaten Banyuwangi`) or
    // of an item of a list run on (`Kategori Pratama: 1. Kabupaten Ciamis,
    // 2. Kabupaten Cirebon`).
    let lead = before[..word_start].trim_end_matches([' ', '\t']);
    let item_start = lead.is_empty() || lead.ends_with(['\n', ':', ',', ';']);
    if item_start && !word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    // A number with a decimal point (`nilai 60.29. Sedangkan`) abbreviates nothing.
    if word.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return false;
    }
    let mut chars = word.chars();
    // `dengan mutu A. Survei ...`: a letter grade, not an initial.
    let graded = || before[..word_start].split_whitespace().next_back().is_some_and(|w| in_list(GRADE_NOUNS, w));
    match (chars.next(), chars.next()) {
        (None, _) => false,
        (Some(c), None) => c.is_uppercase() && !(('A'..='E').contains(&c) && graded()),
        _ => word.contains('.') || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_sentence_without_stops_ends_at_a_space_past_its_length() {
        let text = "kata ".repeat(500);
        let sentences = split_sentences(&text);
        assert_eq!(sentences.len(), 3);
        assert!(sentences.iter().all(|s| s.len() < MAX_SENTENCE_LEN + 5 && !text[s.clone()].ends_with(' ')));
    }

    #[test]
    fn abbreviations_and_decimals_do_not_split() {
        let cases: &[(&str, &[&str])] = &[
            ("Kota Madiun meraih nilai 95,5. Nilai itu naik.", &["Kota Madiun meraih nilai 95,5.", "Nilai itu naik."]),
            ("Sesuai SK No. 252/2024 yang terbit.", &["Sesuai SK No. 252/2024 yang terbit."]),
            ("Bupati Kab. Madiun hadir. Ia senang.", &["Bupati Kab. Madiun hadir.", "Ia senang."]),
            ("Oleh dr. Budi dan H. Maidi, S.Pd. Mereka hadir.", &["Oleh dr. Budi dan H. Maidi, S.Pd. Mereka hadir."]),
            ("Biaya Rp. 5 juta. Lunas.", &["Biaya Rp. 5 juta.", "Lunas."]),
            ("Buku, pena, dll. yang dibagikan habis.", &["Buku, pena, dll. yang dibagikan habis."]),
            ("Skornya 4.67 tahun ini.\nJudul kedua", &["Skornya 4.67 tahun ini.", "Judul kedua"]),
            ("Ia berkata, \"Kami bangga.\" Lalu pergi.", &["Ia berkata, \"Kami bangga.\"", "Lalu pergi."]),
            ("Di Prov. Jawa Timur, Kota Blitar (ketiga).", &["Di Prov. Jawa Timur, Kota Blitar (ketiga)."]),
            ("Nilai\u{a0}H. Maidi naik.", &["Nilai\u{a0}H. Maidi naik."]),
            (
                "Kategori Pratama: 1. Kabupaten Ciamis, 2. Kota Banjar. Selesai.",
                &["Kategori Pratama: 1. Kabupaten Ciamis, 2. Kota Banjar.", "Selesai."],
            ),
            // Near miss: a number ending a sentence is no list number.
            ("Kota Banjar di urutan 2. Kota Bogor 3.", &["Kota Banjar di urutan 2.", "Kota Bogor 3."]),
            (
                "Nilainya 88,65 dengan mutu A. Survei itu rampung.",
                &["Nilainya 88,65 dengan mutu A.", "Survei itu rampung."],
            ),
            (
                "Berikut daftarnya:\n1. Kota Madiun 95,5\n2. Kota Blitar",
                &["Berikut daftarnya:", "1. Kota Madiun 95,5", "2. Kota Blitar"],
            ),
            ("Nilainya naik pada 2023. Kota Madiun senang.", &["Nilainya naik pada 2023.", "Kota Madiun senang."]),
            ("Kota Malang 60.29. Sedangkan Kota Batu 57.77.", &["Kota Malang 60.29.", "Sedangkan Kota Batu 57.77."]),
            // A list of names wrapped after a comma runs on; a table's row or a lower-case line does not.
            (
                "Yaitu Kabupaten Alor, Kabupaten Lembata,\nKabupaten Malaka dan Kabupaten Ende.\nJudul",
                &["Yaitu Kabupaten Alor, Kabupaten Lembata,\nKabupaten Malaka dan Kabupaten Ende.", "Judul"],
            ),
            ("| Kota Blitar | 95,5 |,\n| Kota Batu | 90 |", &["| Kota Blitar | 95,5 |,", "| Kota Batu | 90 |"]),
            ("Ia berkata,\nlalu pergi.", &["Ia berkata,", "lalu pergi."]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text}");
        }
    }
}

//! Region names in running text: every official name (with or without its
//! head word) and alias that stands as a whole word, printed as a name, with
//! the government head word before it when there is one. Names start with a
//! capital, so only words that do are tried: from each, one automaton over
//! every printed form walks as far as some form goes on, and the rules then
//! sort out which forms are names. It decides nothing about the article: a
//! bare `Madiun` keeps both its candidates.

use std::cmp::Reverse;
use std::ops::Range;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, BuildError, MatchKind, StartKind};

use super::{HEADS, Region, RegionKind, Table, table};

/// A region named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The bytes of the whole printed form, head word included (`Pemkot Madiun`).
    pub span: Range<usize>,
    /// The bytes of the name without its head word (`Madiun`).
    pub name: Range<usize>,
    /// The regions it may stand for, in code order; never empty. The same
    /// as [`lookup`](super::lookup) gives for the text of `span`.
    pub candidates: Vec<&'static Region>,
}

/// The automaton over every printed form (lower case, ASCII case ignored),
/// anchored at a word start, and its start state. Every form that starts
/// there is reported, so that a longer one the rules reject (`Batu bara`)
/// hides no shorter one (`Batu`).
pub(super) fn matcher(patterns: &[String]) -> Result<(DFA, StateID), String> {
    let dfa = DFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .start_kind(StartKind::Anchored)
        .build(patterns)
        .map_err(|error: BuildError| error.to_string())?;
    let start = dfa.start_state(Anchored::Yes).map_err(|error| error.to_string())?;
    Ok((dfa, start))
}

/// Every region named in `text`, in order, none overlapping another; where
/// two overlap, the one that starts first wins, then the longer
/// (`Tangerang Selatan` over `Tangerang`, `Kota Madiun` over `Madiun`).
///
/// A name counts where it stands as a whole word (`Sibatu` holds no Batu)
/// and is printed as a name: each word starting with a capital (a compass word after the first may not: `Jawa timur`), `dan`
/// aside (`batu` is a stone, `Batu` the city), and an alias in capitals
/// printed in capitals (`PALI`, not `Pali`). A head word before it (`Kota`,
/// `Pemkab`, `Prov.`, any case) joins the mention and keeps only regions of
/// its kind, unless the name has none of that kind (`kota Jakarta`). Words
/// of one name must be one space apart (`Jawa  Timur` is not found); a
/// hyphen may join repeated words (`Bau-Bau`).
pub fn scan(text: &str) -> Vec<Mention> {
    let table = table();
    let bytes = text.as_bytes();
    let mut hits = Vec::new();
    for (step, chunk) in bytes.chunks(STEP).enumerate() {
        let mut capitals = capitals(chunk);
        while capitals != 0 {
            let start = step * STEP + capitals.trailing_zeros() as usize;
            capitals &= capitals - 1;
            if !word_starts(text, start) {
                continue;
            }
            forms_at(table, bytes, start, |end, form| {
                let name = start..end;
                let after = text[end..].chars().next();
                if after.is_some_and(char::is_alphanumeric)
                    || !printed_as_name(&text[name.clone()], table.forms.list[form].capitals)
                {
                    return;
                }
                let head = head_before(text, start, |kind| table.entries(form, Some(kind)).next().is_some());
                if head.is_none() && table.entries(form, None).next().is_none() {
                    return;
                }
                let span_start = head.map_or(start, |(at, _)| at);
                hits.push((span_start..end, name, form, head.map(|(_, kind)| kind)));
            });
        }
    }
    hits.sort_by_key(|(span, ..)| (span.start, Reverse(span.end)));
    let mut end = 0;
    hits.into_iter()
        .filter(|(span, ..)| {
            let free = span.start >= end;
            if free {
                end = span.end;
            }
            free
        })
        .map(|(span, name, form, head)| Mention { span, name, candidates: table.candidates(form, head) })
        .collect()
}

/// How many bytes [`capitals`] looks at in one go.
const STEP: usize = 32;

/// A bit for each ASCII capital in `chunk` (at most [`STEP`] bytes). On a
/// whole chunk the compiler turns this into a few vector compares: most
/// bytes are no capital, and the scan spends most of its time finding those
/// that are.
fn capitals(chunk: &[u8]) -> u32 {
    fn mask(chunk: &[u8]) -> u32 {
        chunk.iter().enumerate().fold(0, |mask, (bit, byte)| mask | u32::from(byte.is_ascii_uppercase()) << bit)
    }
    match <&[u8; STEP]>::try_from(chunk) {
        Ok(full) => mask(full),
        Err(_) => mask(chunk),
    }
}

/// Whether a word starts at byte `at`: nothing alphanumeric right before.
fn word_starts(text: &str, at: usize) -> bool {
    !text[..at].chars().next_back().is_some_and(char::is_alphanumeric)
}

/// Calls `each(end, form)` for every printed form that starts at `start`.
fn forms_at(table: &Table, bytes: &[u8], start: usize, mut each: impl FnMut(usize, usize)) {
    let dfa = &table.matcher;
    let mut state = table.start;
    for (walked, &byte) in bytes[start..].iter().enumerate() {
        state = dfa.next_state(Anchored::Yes, state, byte);
        if !dfa.is_special(state) {
            continue;
        }
        if dfa.is_dead(state) {
            return;
        }
        if dfa.is_match(state) {
            // A state also holds the forms that end here but start later.
            for index in 0..dfa.match_len(state) {
                let pattern = dfa.match_pattern(state, index);
                if dfa.pattern_len(pattern) == walked + 1 {
                    each(start + walked + 1, table.pattern_form[pattern.as_usize()]);
                }
            }
        }
    }
}

/// Whether a hit is printed as a name: in capitals for a form that is an
/// alias in capitals, else every word (`dan` aside) starting with no
/// lower-case letter.
fn printed_as_name(printed: &str, capitals: bool) -> bool {
    if capitals {
        return !printed.bytes().any(|b| b.is_ascii_lowercase());
    }
    // A compass word after the first may be printed in lower case (`Jawa timur`, `Sumatera utara`).
    printed.split(' ').enumerate().all(|(at, word)| {
        word.eq_ignore_ascii_case("dan")
            || !word.starts_with(|c: char| c.is_lowercase())
            || (at > 0 && LOWER_COMPASS.contains(&word))
    })
}

/// Compass words that may follow a region's first word in lower case.
const LOWER_COMPASS: &[&str] = &["utara", "selatan", "barat", "timur", "tengah", "tenggara", "daya"];

/// The longest head word right before `start` (white space between) whose
/// kind `accepts`, as where it starts and its kind.
fn head_before(text: &str, start: usize, accepts: impl Fn(RegionKind) -> bool) -> Option<(usize, RegionKind)> {
    const MOST_WORDS: usize = 3;
    let mut words: [(usize, &str); MOST_WORDS] = [(0, ""); MOST_WORDS];
    let mut count = 0;
    let mut end = start;
    while count < MOST_WORDS {
        let before = &text[..end];
        let trimmed = before.trim_end();
        if trimmed.len() == before.len() {
            break;
        }
        let word_start =
            trimmed.char_indices().rev().take_while(|&(_, c)| c.is_alphanumeric() || c == '.').last().map(|(at, _)| at);
        let Some(word_start) = word_start else { break };
        words[count] = (word_start, &trimmed[word_start..]);
        count += 1;
        end = word_start;
    }
    let words = &words[..count];
    HEADS.iter().find_map(|&(head, kind)| {
        let matches = head.len() <= words.len()
            && head.iter().rev().zip(words).all(|(head_word, (_, word))| word.eq_ignore_ascii_case(head_word));
        (matches && accepts(kind)).then(|| (words[head.len() - 1].0, kind))
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::lookup;
    use super::*;

    /// A text and the mentions expected in it: printed text, candidate codes.
    type Case = (&'static str, &'static [(&'static str, &'static [&'static str])]);

    /// Each mention as its printed text and candidate codes.
    fn found(text: &str) -> Vec<(&str, Vec<&'static str>)> {
        scan(text).into_iter().map(|m| (&text[m.span], m.candidates.iter().map(|r| r.code).collect())).collect()
    }

    #[test]
    fn scan_finds_regions_as_news_prints_them() {
        let cases: &[Case] = &[
            ("Pemkot Madiun meraih nilai 95,5.", &[("Pemkot Madiun", &["35.77"])]),
            ("Provinsi Jawa timur dan DI Jogjakarta", &[("Provinsi Jawa timur", &["35"]), ("DI Jogjakarta", &["34"])]),
            (
                "Kota Madiun dan Kabupaten Madiun sama-sama di zona hijau.",
                &[("Kota Madiun", &["35.77"]), ("Kabupaten Madiun", &["35.19"])],
            ),
            ("Bupati Madiun hadir.", &[("Madiun", &["35.19", "35.77"])]),
            ("Wali Kota Batu menerima penghargaan.", &[("Kota Batu", &["35.79"])]),
            ("Adapun Padanglawas dan Serdangbedagai", &[("Padanglawas", &["12.21"]), ("Serdangbedagai", &["12.18"])]),
            (
                "Way Kanan, Tulangbawang Barat, Lampung Utara",
                &[("Way Kanan", &["18.08"]), ("Tulangbawang Barat", &["18.12"]), ("Lampung Utara", &["18.03"])],
            ),
            (
                "Selanjutnya Sukabumi 3,12, Cianjur 3,08, Karawang 2,91 dan Kota Tasikmalaya 2,77.",
                &[
                    ("Sukabumi", &["32.02", "32.72"]),
                    ("Cianjur", &["32.03"]),
                    ("Karawang", &["32.15"]),
                    ("Kota Tasikmalaya", &["32.78"]),
                ],
            ),
            ("dengan rincian Pemprov Riau 78,10%, Kampar 84,30%", &[("Pemprov Riau", &["14"]), ("Kampar", &["14.01"])]),
            ("Pemprov Jatim dan Prov. Kalbar", &[("Pemprov Jatim", &["35"]), ("Prov. Kalbar", &["61"])]),
            ("Pemerintah Provinsi Jawa Timur", &[("Pemerintah Provinsi Jawa Timur", &["35"])]),
            ("di Kab. Inhil dan Muba", &[("Kab. Inhil", &["14.04"]), ("Muba", &["16.06"])]),
            ("Kota Tangerang Selatan", &[("Kota Tangerang Selatan", &["36.74"])]),
            (
                "Kabupaten Aceh Barat Daya, Papua Barat Daya",
                &[("Kabupaten Aceh Barat Daya", &["11.12"]), ("Papua Barat Daya", &["96"])],
            ),
            ("Kota Administrasi Jakarta Selatan", &[("Kota Administrasi Jakarta Selatan", &["31.74"])]),
            ("di kota Jakarta", &[("Jakarta", &["31"])]),
            (
                "Kabupaten Pontianak kini Mempawah; Kota Pontianak",
                &[("Kabupaten Pontianak", &["61.02"]), ("Mempawah", &["61.02"]), ("Kota Pontianak", &["61.71"])],
            ),
            (
                "Kota Bau-Bau, Tojo Una-Una dan Toli-Toli",
                &[("Kota Bau-Bau", &["74.72"]), ("Tojo Una-Una", &["72.09"]), ("Toli-Toli", &["72.04"])],
            ),
            ("Kabupaten Pangkajene dan Kepulauan", &[("Kabupaten Pangkajene dan Kepulauan", &["73.10"])]),
            ("KOTA MADIUN RAIH PREDIKAT", &[("KOTA MADIUN", &["35.77"])]),
            (
                "Kabupaten PALI, OKU Timur dan OKU",
                &[("Kabupaten PALI", &["16.12"]), ("OKU Timur", &["16.08"]), ("OKU", &["16.01"])],
            ),
            ("Bima dan Kota Bima", &[("Bima", &["52.06", "52.72"]), ("Kota Bima", &["52.72"])]),
            ("(Pemkab Kendal), “Sleman”", &[("Pemkab Kendal", &["33.24"]), ("Sleman", &["34.04"])]),
            (
                "Kep. Riau dan Provinsi Kepulauan Bangka Belitung",
                &[("Kep. Riau", &["21"]), ("Provinsi Kepulauan Bangka Belitung", &["19"])],
            ),
        ];
        for (text, expected) in cases {
            let expected: Vec<(&str, Vec<&str>)> = expected.iter().map(|(s, c)| (*s, c.to_vec())).collect();
            assert_eq!(found(text), expected, "{text}");
        }
    }

    #[test]
    fn scan_skips_words_that_are_no_region() {
        for text in [
            "batu dan pasir",
            "Kota Layak Anak",
            "Pulau Jawa",
            "Sibatu, Malangnya, Madiunan",
            "bahasa Pali",
            "Kabupaten/Kota se-Indonesia",
            "Pasir putih",
            "madiunkota.go.id",
            "harga batubara naik",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }

    #[test]
    fn scan_spans_are_printed_where_they_stand() {
        let text = "Kota Madiun (35.77) dan Pemkab  Ngawi";
        let mentions = scan(text);
        assert_eq!(mentions.len(), 2);
        assert_eq!((mentions[0].span.clone(), mentions[0].name.clone()), (0..11, 5..11));
        assert_eq!(&text[mentions[1].span.clone()], "Pemkab  Ngawi");
        assert_eq!(&text[mentions[1].name.clone()], "Ngawi");
    }

    proptest! {
        #[test]
        fn scan_spans_are_ordered_whole_and_agree_with_lookup(
            text in "((Kota|kab\\.|Pemprov|Madiun|Jawa Timur|Bau-Bau|PALI|batu|é|“| |\\n|,|[a-zA-Z]{1,4}) ?){0,12}"
        ) {
            let mut end = 0;
            for mention in scan(&text) {
                prop_assert!(mention.span.start >= end);
                prop_assert!(mention.span.start <= mention.name.start && mention.name.end == mention.span.end);
                end = mention.span.end;
                let printed = &text[mention.span.clone()];
                prop_assert!(!mention.candidates.is_empty());
                prop_assert_eq!(&mention.candidates, &lookup(printed), "{}", printed);
            }
        }
    }
}

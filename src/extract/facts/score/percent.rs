//! Percent results printed without a trigger right before them: `Skor MCP
//! Kabupaten X turun dari tahun 2022 93,10 persen, tahun 2023 90,55
//! persen`, `Cakupan kepesertaan JKN di Kabupaten X 98,40%`. A percentage
//! counts when it follows an assessment index (MCP, SPI, UHC, IPM...) of a
//! named party, or a period in a sentence whose earlier percentage did, or
//! a party's name in a list whose earlier percentage did or, in an article
//! about an assessment, in a sentence giving two or more parties theirs.
//! Statistics (inflation, poverty, stunting, budgets, votes, growth),
//! shares, changes and bounds are no score.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::super::document::Document;
use super::super::lexicon::{
    CHANGE_VERBS, COUNTED_PARTIES, PERCENT_INDEXES, PERCENT_NON_RESULTS, PERIOD_FILLERS, PERIOD_WORDS, REMAINDER_WORDS,
    SCORE_BLOCKERS, SCORE_STOPS, SHARE_FOLLOWERS, STATISTIC_WORDS, change_verb, in_list,
};
use super::super::number::{is_year, parse_decimal};
use super::super::{Found, alternation};
use super::{MAX_GAP, blocked_before, is_comparison, read_spans};
use crate::model::FactDetail;

/// A percentage: `98,40%`, `90,55 persen`, `77 persen`.
static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<number>[0-9]{1,3}(?:,[0-9]{1,2})?)\s?(?:%|(?i:persen)(?-u:\b))")
        .expect("static percent regex")
});

/// An assessment index whose percentage is a result: `MCP`, `UHC`, `skor`.
static INDEX: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(PERCENT_INDEXES.iter().copied());
    Regex::new(&format!(r"(?-u:\b)(?i:{words})(?-u:\b)")).expect("static percent index regex")
});

/// Words of statistics that are no assessment: `inflasi`, `stunting`, `suara`.
static STATISTIC: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(STATISTIC_WORDS.iter().copied());
    Regex::new(&format!(r"(?-u:\b)(?i:{words})(?-u:\b)")).expect("static statistic regex")
});

/// Adds the percent results of `body` to `scores`, which holds the scores
/// read so far (a period's percentage needs one earlier in its sentence).
pub(super) fn find_percent_scores(doc: &Document<'_>, scores: &mut Vec<Found>) {
    let body = doc.text;
    let mut read = read_spans(scores);
    for caps in PERCENT.captures_iter(body) {
        let (Some(whole), Some(number)) = (caps.get(0), caps.name("number")) else { continue };
        let covered = read.cover(&number.range());
        let Some(value) = parse_decimal(number.as_str()) else { continue };
        let Some(index) = doc.sentence_index(number.start()) else { continue };
        let sentence = doc.sentences[index].clone();
        let lead = &body[sentence.start..number.start()];
        if covered
            || speaks_of_statistics(&body[sentence.clone()])
            || !result_position(body, number.start(), whole.end())
            || amount_of_change(lead).is_some()
        {
            continue;
        }
        let start = index_start(body, sentence.start, lead).or_else(|| {
            let earlier = read.any_within(sentence.start..number.start());
            period_start(lead).filter(|_| earlier).map(|p| sentence.start + p)
        });
        // `Sementara Kota Prabumulih 69 persen, Kabupaten OKI 68 persen`: a
        // party's value going on with the list of the sentence before.
        let start = start.or_else(|| {
            // (A rule of dashes between them is no sentence.)
            let previous = (0..index).rev().find(|&i| body[doc.sentences[i].clone()].contains(char::is_alphanumeric));
            let listed = || {
                previous.is_some_and(|i| read.any_within(doc.sentences[i].clone()))
                    || read.any_within(sentence.start..number.start())
                    || (doc.assessed && several_named_percentages(doc, sentence.clone()))
            };
            // (A list of changes is read where the values bound to parties are.)
            named_right_before(doc, sentence.clone(), number.start())
                .filter(|_| listed() && !lists_changes(&body[sentence.start..number.start()]))
        });
        let Some(start) = start else { continue };
        // The party is named in the sentence or the one before (`Pemkab X
        // bertahan di zona hijau. Meskipun skor MCP turun dari ...`).
        let before = index.checked_sub(1).map_or(sentence.clone(), |i| doc.sentences[i].clone());
        if doc.names_party(sentence) || doc.names_party(before) {
            read.add(start..number.end());
            scores.push(Found { span: start..number.end(), detail: FactDetail::Score { value, subject: None } });
        }
    }
    scores.sort_by_key(|s| s.span.start);
}

/// Whether `lead` gives a percentage as the amount of a change (`menurun
/// 8,3%`, `penurunan sebesar 13,7%`): the list it opens is of changes.
fn lists_changes(lead: &str) -> bool {
    PERCENT.find_iter(lead).any(|m| {
        lead[..m.start()]
            .split_whitespace()
            .rev()
            .take(2)
            .any(|w| change_verb(w.trim_matches(|c: char| !c.is_alphanumeric())).is_some())
    })
}

/// How many percentages a sentence must give right after parties' names to
/// be a list of results on its own (`Pemerintah Kota Pontianak dengan angka
/// 84 persen serta Pemerintah Kabupaten Boyolali dengan 93 persen`).
const MIN_NAMED_PERCENTAGES: usize = 2;

/// Whether [`MIN_NAMED_PERCENTAGES`] percentages of `sentence` stand
/// right after a party's name.
fn several_named_percentages(doc: &Document<'_>, sentence: Range<usize>) -> bool {
    PERCENT
        .find_iter(&doc.text[sentence.clone()])
        .filter(|m| named_right_before(doc, sentence.clone(), sentence.start + m.start()).is_some())
        .nth(MIN_NAMED_PERCENTAGES - 1)
        .is_some()
}

/// Where the party named right before byte `at` starts (`Kabupaten OKI 68
/// persen`, `Kota Pontianak dengan angka 84 persen`), when only a space, a
/// colon or a linking `dengan` stands between.
fn named_right_before(doc: &Document<'_>, sentence: Range<usize>, at: usize) -> Option<usize> {
    let mention = doc.mentions_in(sentence.start..at).into_iter().next_back()?;
    let between = doc.text[mention.span.end..at].trim().to_lowercase();
    matches!(between.as_str(), "" | ":" | "dengan" | "dengan angka" | "dengan nilai" | "dengan skor")
        .then_some(mention.span.start)
}

/// Whether `text` speaks of statistics that are no assessment (`inflasi`,
/// `kemiskinan`, `suara`): its percentages are no results. A word of
/// statistics that an assessment's index follows speaks of that index
/// (`realisasi MCP 38 persen`).
/// The rest of a group of parties is no share (`dua daerah sisanya yakni
/// Kota Bukittinggi 77,33`).
pub(super) fn speaks_of_statistics(text: &str) -> bool {
    STATISTIC.find_iter(text).any(|m| {
        let next = text[m.end()..].split_whitespace().next().unwrap_or("");
        let previous = text[..m.start()].split_whitespace().next_back().unwrap_or("");
        let rest_of_parties = in_list(REMAINDER_WORDS, m.as_str()) && in_list(COUNTED_PARTIES, previous);
        INDEX.find(next).is_none_or(|index| index.start() != 0) && !rest_of_parties
    })
}

/// Whether the words around a percentage leave it a result: not a change
/// (`naik 0,79 persen`), a bound (`di atas 90 persen`), a share (`sebanyak
/// 41%`, `41% dari`) or an approximation.
fn result_position(body: &str, start: usize, end: usize) -> bool {
    let before = body[..start].split_whitespace().next_back().unwrap_or("");
    let after = body[end..].split_whitespace().next().unwrap_or("");
    let changed = CHANGE_VERBS.iter().any(|(verb, _)| in_list(&[verb], before));
    !(changed
        || in_list(SCORE_BLOCKERS, before)
        || in_list(PERCENT_NON_RESULTS, before)
        || is_comparison(before)
        || before.ends_with('(')
        || in_list(SHARE_FOLLOWERS, after))
}

/// Whether a number after `lead` is the amount of a change its clause
/// opens with (`Penurunan prevalensi stunting di Mamuju sebesar 13,3
/// persen`), not a level: then whether the change is a fall.
/// A word of time or of a new value between (`naik pada tahun 2023
/// sebesar 2,69`) makes it the new level.
pub(super) fn amount_of_change(lead: &str) -> Option<bool> {
    let clause = lead.rsplit([',', ';']).next().unwrap_or(lead);
    let mut words = clause.split_whitespace();
    let first = words.next()?;
    let falls = CHANGE_VERBS.iter().find(|(verb, _)| in_list(&[verb], first)).map(|(_, falls)| *falls)?;
    let last = words.next_back()?;
    let level = words.any(|w| in_list(&["menjadi", "jadi", "ke", "dari", "pada", "tahun"], w));
    (last.eq_ignore_ascii_case("sebesar") && !level).then_some(falls)
}

/// Where the index that introduces a percentage starts, when a few words
/// of its clause with no number, bound or ranking stand between them
/// (`skor MCP mengalami penurunan dari tahun 2022 94,19`, `JKN di
/// Kabupaten X 98,40`).
fn index_start(body: &str, sentence: usize, lead: &str) -> Option<usize> {
    let index = INDEX.find_iter(lead).last()?;
    let gap: Vec<&str> = lead[index.end()..].split_whitespace().collect();
    let clean = gap.iter().all(|word| {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let change = change_verb(bare).is_some();
        (change || !in_list(SCORE_BLOCKERS, word))
            && !in_list(SCORE_STOPS, word)
            && (is_year(bare) || !(bare.bytes().any(|b| b.is_ascii_digit()) || word.ends_with([',', ';', ':'])))
    });
    (gap.len() <= MAX_GAP && clean && !blocked_before(body, sentence + index.start()))
        .then_some(sentence + index.start())
}

/// Where the period right before a percentage starts (`tahun 2023,`,
/// `2022 lalu`, `tahun sebelumnya`), as a byte offset into `lead`.
fn period_start(lead: &str) -> Option<usize> {
    let mut rest = lead.trim_end().trim_end_matches(',').trim_end();
    while let Some(word) = rest.rsplit(char::is_whitespace).next().filter(|w| in_list(PERIOD_FILLERS, w)) {
        rest = rest[..rest.len() - word.len()].trim_end();
    }
    // ASCII lower case keeps `lower`'s bytes those of `rest`, whose length the offset is taken from.
    let lower = rest.to_ascii_lowercase();
    if let Some(period) = PERIOD_WORDS.iter().chain(&["tahun ini"]).find(|p| lower.ends_with(*p)) {
        return Some(rest.len() - period.len());
    }
    let rest = rest.strip_suffix("lalu").map_or(rest, str::trim_end);
    let year = rest.rsplit(char::is_whitespace).next().filter(|w| is_year(w))?;
    let start = rest.len() - year.len();
    let head = rest[..start].trim_end();
    Some(head.strip_suffix("tahun").or(head.strip_suffix("Tahun")).map_or(start, str::len))
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&PERCENT);
    LazyLock::force(&INDEX);
    LazyLock::force(&STATISTIC);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn percents(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        find_percent_scores(&Document::new(text), &mut out);
        out.iter()
            .map(|f| match &f.detail {
                FactDetail::Score { value, .. } => format!("{value} {}", &text[f.span.clone()]),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn percent_results_of_an_index_are_read() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Skor MCP Kabupaten Kudus turun dari tahun 2021 92,40 persen, tahun 2022 89,75 persen.",
                &["92.4 MCP Kabupaten Kudus turun dari tahun 2021 92,40", "89.75 tahun 2022 89,75"],
            ),
            (
                "Cakupan kepesertaan JKN di Kabupaten Pati 97,15% pada akhir tahun.",
                &["97.15 JKN di Kabupaten Pati 97,15"],
            ),
            (
                "IPM Kota Kediri tahun ini sebesar 79,20 persen sementara 2023 lalu 78,64 persen.",
                &["79.2 IPM Kota Kediri tahun ini sebesar 79,20", "78.64 2023 lalu 78,64"],
            ),
            (
                "Kabupaten Demak bertahan di zona hijau. Meskipun skor SPI turun dari 2023 80,5 persen.",
                &["80.5 SPI turun dari 2023 80,5"],
            ),
            (
                "Hasil penilaian MCP diumumkan. Kabupaten Tangerang berada di bawah Pemerintah Kota Pontianak dengan angka 84 persen serta Pemerintah Kabupaten Boyolali dengan 93 persen.",
                &["84 Pemerintah Kota Pontianak dengan angka 84", "93 Pemerintah Kabupaten Boyolali dengan 93"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(percents(text), *want, "{text}");
        }
    }

    #[test]
    fn statistics_shares_changes_and_bounds_are_no_percent_result() {
        for text in [
            "Inflasi Kota Kediri tahun 2023 tercatat 2,8 persen.",
            "Kabupaten Supiori dengan realisasi anggaran MCP 38 persen.",
            "Prevalensi stunting Kabupaten Pati tahun 2023 21,6 persen.",
            "IPM Kota Kediri naik 0,79 persen dari tahun lalu.",
            "Skor MCP Kabupaten Kudus di atas 90 persen.",
            "Dari 38 provinsi, baru 41% yang indeks SPBE-nya baik, termasuk Provinsi Jambi.",
            "Skor MCP Kabupaten Kudus 2024 mencapai 95 persen dari target.",
            "Target IPM Kota Kediri 2025 sebesar 81 persen.",
            "Rata-rata skor MCP kabupaten di Provinsi Jawa Tengah 86 persen.",
            "Realisasi anggaran IPM Kota Kediri tahun 2023 92 persen.",
            "Skor MCP Kota Kediri naik, sementara pengunjung 40 persen.",
            "Nilai tukar petani Kabupaten Pati 2023 98 persen.",
            "Skor MCP tahun ini 93 persen.",
            "Hasil penilaian diumumkan. Kabupaten Tangerang dengan 84 persen warga.",
            "Prevalensi stunting Kabupaten Mamuju 30,3 persen. Penurunan prevalensi stunting di Mamuju sebesar 13,3 persen.",
            "Hasil penilaian diumumkan. Setelah Bali, disusul NTB 5,89 persen, NTT 5,25 persen dan sisanya 26,57 persen.",
            "Skor MCP Malut. Kabupaten Sula menurun 8,3%, Kabupaten Halmahera Utara 6,2%.",
        ] {
            assert_eq!(percents(text), Vec::<String>::new(), "{text}");
        }
    }
}

//! Values bound to a party in a sentence about an assessment. Where the
//! sentence, its paragraph or the lead names an assessment of the
//! catalogue, a decimal or a percentage printed after a party named in the
//! sentence (or in the sentence before) is a result, however the reporter
//! lists it: `Sukabumi 3,12, Cianjur 3,08`, `Kota Dumai (71,40)`, `Kab.
//! Temanggung 64 persen`, `Gorontalo dengan tingkat malaadministrasi 4,05`,
//! `pada tahun 2022 sebesar 2,62 naik ... menjadi 2,77`, `(33,8% menjadi
//! 35%)`. The amount right after a verb of change is a change (`peningkatan
//! sebesar 0,15`, `turun 2,8%`). Counts, money, positions, intervals,
//! bounds, shares and statistics are none.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::super::document::Document;
use super::super::lexicon::{
    COUNTED_PARTIES, MONEY_WORDS, PERCENT_NON_RESULTS, POINTS, RANK_NOUNS, SCORE_BLOCKERS, SHARE_FOLLOWERS,
    TARGET_NOUNS, change_verb, in_list,
};
use super::super::list;
use super::super::number::{one_digit_point_three, parse_decimal};
use super::super::party::assessor;
use super::super::spans::Spans;
use super::super::{Found, floor_boundary};
use super::{counts_things, is_comparison};
use crate::model::FactDetail;

/// A value as results are printed: a decimal with a comma (`3,12`), a
/// decimal with a point and one, two or four places (`3.24`, `0.8236`) or
/// below one with five or six (`0.632381`, an index of villages), a
/// one-digit number with a point and three places, which a result on a
/// small scale is (`Singkawang 6.513`, an index of 1 to 7), or a whole
/// percentage (`64 persen`, `35%`). Group `n` is the number, `pct` the
/// percent sign or word.
static VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)(?-u:\b)(?P<n>[0-9]{1,3}(?:,[0-9]{1,4}) | [0-9]{1,3}\.(?:[0-9]{1,2}|[0-9]{4}) | 0\.[0-9]{5,6} | [0-9]\.[0-9]{3} | [0-9]{1,3})
        (?-u:\b)(?P<pct>\s?(?:%|(?i:persen)(?-u:\b)))?",
    )
    .expect("static bound value regex")
});

/// Adds the bound values of `doc` as scores and changes to `out`, leaving
/// alone the numbers `read` already covers.
pub(super) fn find_bound_values(doc: &Document<'_>, read: &Spans, out: &mut Vec<Found>) {
    let body = doc.text;
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let text = &body[sentence.clone()];
        if !text.bytes().any(|b| b.is_ascii_digit()) || !doc.speaks_of_named_assessment(sentence.clone()) {
            continue;
        }
        let has_money =
            text.split_whitespace().any(|w| in_list(MONEY_WORDS, w.trim_matches(|c: char| !c.is_alphanumeric())));
        // The parts of a score broken down (`Capaian 92,92 persen itu
        // tersusun dari ... Perizinan 95,71 persen`) are its party's results,
        // whatever the parts are named and wherever the party stands.
        let breakdown = super::breaks_down(text);
        if has_money || (super::percent::speaks_of_statistics(text) && !breakdown) {
            continue;
        }
        // The party a value is bound to stands before it: in its sentence,
        // or, when the sentence names none, in the sentence before.
        let mentions = doc.sentence_mentions(index);
        let before = index.checked_sub(1).is_some_and(|i| !doc.sentence_mentions(i).is_empty());
        if mentions.is_empty() && !before && !breakdown {
            continue;
        }
        // Whether the sentence's last value was a change, and a fall: a list
        // of changes goes on with parties and their values alone.
        let mut listed_change = None;
        for caps in VALUE.captures_iter(text) {
            let (Some(whole), Some(number)) = (caps.get(0), caps.name("n")) else { continue };
            let span = sentence.start + whole.start()..sentence.start + whole.end();
            let given = given_to(body, mentions, span.end);
            if !mentions.is_empty() && !breakdown && !given && !mentions.iter().any(|m| m.span.end <= span.start) {
                continue;
            }
            let percent = caps.name("pct").is_some();
            let decimal = number.as_str().contains([',', '.']);
            // `Kota Metro dengan 58 poin`: points count as a decimal does,
            // but not a difference (`sebesar 2 poin dari tahun sebelumnya`).
            let mut after = text[whole.end()..].split_whitespace();
            let points = !percent
                && after.next().is_some_and(|w| in_list(POINTS, w.trim_end_matches([',', '.', ';'])))
                && !after.next().is_some_and(|w| in_list(SHARE_FOLLOWERS, w));
            if !(decimal || percent || points || given) || read.overlap(&span) {
                continue;
            }
            // `6.513` read as a decimal: a result, not six thousand.
            let printed = number.as_str();
            // Only the value ending a list's row: `1.360 Kampung` is a
            // count, and so is `yang hanya 2.485` after `skor 3.120`.
            let grouped = one_digit_point_three(printed);
            if grouped && !(list::is_row(text) && ends_line(&text[whole.end()..])) {
                continue;
            }
            let parsed = if grouped { parse_decimal(&printed.replace('.', ",")) } else { parse_decimal(printed) };
            let Some(value) = parsed else { continue };
            if let Some(detail) = bound(doc, span.clone(), value, percent, breakdown, listed_change) {
                listed_change = match detail {
                    FactDetail::ScoreChange { value, .. } => Some(value < 0.0),
                    _ => None,
                };
                out.push(Found { span, detail });
            }
        }
    }
}

/// What the value at `span` is, read from the words around it: a score, a
/// change, or nothing. In a score broken down, words of budgets and
/// assets name its parts (`Manajemen Aset Daerah 82,60 persen`).
fn bound(
    doc: &Document<'_>,
    span: Range<usize>,
    value: f64,
    percent: bool,
    breakdown: bool,
    listed_change: Option<bool>,
) -> Option<FactDetail> {
    let body = doc.text;
    let clause = clause_before(doc, span.start);
    let before: Vec<&str> = body[clause.clone()].split_whitespace().rev().map(bare).collect();
    // (A value ends its line's words: `Pemkot Mataram 91,68` over `Pemkab Dompu 88,25` counts no Pemkab.)
    let rest = &body[span.end..];
    let after: Vec<&str> = rest[..rest.find('\n').unwrap_or(rest.len())].split_whitespace().take(3).map(bare).collect();
    let next = after.first().copied().unwrap_or("");
    // Part of a longer number or code: `2.553.935`, `1.234,5`, `0,49-0,56`.
    let glued = body[..span.start].ends_with(['-', '–', '/', '.', '+'])
        || body[span.end..].starts_with(['-', '–', '/'])
        || body[span.end..].strip_prefix(['.', ',']).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    let previous = before.first().copied().unwrap_or("");
    // A position (`posisi ke 4`), money, a count, a bound, an interval, a share, a difference.
    if glued
        || in_list(&["ke", "ke-", "nomor", "no", "rp", "tahun", "total", "skala", "pukul", "jam", "rt", "rw"], previous)
        || in_list(&["wib", "wita", "wit"], next)
        || body[span.clone()].starts_with('0') && body[span.clone()].as_bytes().get(1).is_some_and(u8::is_ascii_digit)
        || in_list(RANK_NOUNS, previous)
        || in_list(PERCENT_NON_RESULTS, previous)
        || is_comparison(previous)
        || (!percent && counts_things(next))
        || in_list(&["hingga", "sampai", "s.d.", "s/d", "-", "–"], next)
        || (next == "ke" && after.get(1).is_some_and(|w| in_list(&["atas", "bawah"], w)))
        || in_list(COUNTED_PARTIES, next)
        || (percent
            && (next == "yang" || (next == "di" && after.get(1) == Some(&"antaranya")) || shares_a_count(&before)))
        || (next == "dari" && !after.get(1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())))
        // A difference: `40 persen lebih tinggi dari rerata nasional`.
        || next == "lebih"
        || counted_before(body, span.start)
        || aimed_or_averaged(doc, clause.clone(), &before, breakdown)
    {
        return None;
    }
    // The amount of a change: a verb of change a few words before, with
    // nothing that makes the value the new one or the old one between
    // (`turun menjadi 24,6%`, `naik dari 2,62`, `naik pada angka 30,8`).
    let verb = before.iter().take(3).take_while(|w| !in_list(NEW_VALUE_WORDS, w)).find_map(|w| change_verb(w));
    // `Penurunan prevalensi stunting di Mamuju sebesar 13,3 persen`: the
    // amount of the change its clause opens with (not when the change
    // follows in brackets: `sebesar 19,7 persen (turun 9 poin)`).
    let opened = || {
        let bracketed_change = body[span.end..]
            .trim_start()
            .strip_prefix('(')
            .is_some_and(|inner| inner.split_whitespace().next().is_some_and(|w| change_verb(w).is_some()));
        let sentence = doc.sentence_or_point(span.start);
        super::percent::amount_of_change(&body[sentence.start.min(span.start)..span.start])
            .filter(|_| !bracketed_change)
    };
    // `penurunan terbesar, yakni 19,5%, ..., Kabupaten Halmahera Utara
    // 6,2%`: a value whose clause only lists its party is of the kind of
    // the list it goes on, or of the clause that opens it.
    let listed = || {
        names_only(doc, clause.clone()).then(|| listed_change.or_else(|| opening_change(doc, clause.start))).flatten()
    };
    if let Some(falls) = verb.or_else(opened).or_else(listed) {
        // A whole percentage after a verb of change is a growth of counts
        // (`naik 18 persen`), unless the new value follows (`naik 3 persen
        // menjadi 29 persen`).
        let new_value = next == "menjadi" && after.get(1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        if percent && value.fract() == 0.0 && !new_value {
            return None;
        }
        return Some(FactDetail::ScoreChange { value: if falls { -value } else { value }, subject: None });
    }
    Some(FactDetail::Score { value, subject: None })
}

/// Whether the value ending at byte `end` is given to the party named
/// right after `untuk` (`nilai 107 untuk Polres Kota Jayapura, 105 untuk
/// Polres Keerom`): a whole number is then a result too.
fn given_to(body: &str, mentions: &[super::super::party::Mention], end: usize) -> bool {
    body[end..].trim_start().strip_prefix("untuk ").is_some_and(|after| {
        // Where the name after `untuk` starts: the rest of the body is its suffix.
        let at = body.len() - after.trim_start().len();
        mentions.iter().any(|m| m.span.start == at)
    })
}

/// Words between a change and a value that make the value a level it
/// starts from, ends at or is compared with (`penurunan dari 23 persen`,
/// `penurunan di banding SPI 2022 sebesar 78,17`).
const LEVEL_WORDS: &[&str] = &["dari", "menjadi", "jadi", "banding", "dibanding", "dibandingkan"];

/// Words that make the value after them a level, not the amount of a change.
const NEW_VALUE_WORDS: &[&str] = &["menjadi", "jadi", "ke", "dari", "pada", "angka", "di", "diangka"];

/// Whether nothing but punctuation follows until the line's end.
fn ends_line(rest: &str) -> bool {
    rest.split('\n').next().is_some_and(|line| line.trim().trim_matches([',', '.', ';', ')']).is_empty())
}

/// A word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '.' | ';' | ':' | '"' | '“' | '”'))
}

/// The clause that leads to byte `pos`: from the last semicolon, or comma
/// that is no decimal mark, in its sentence.
fn clause_before(doc: &Document<'_>, pos: usize) -> Range<usize> {
    let sentence = doc.sentence_or_point(pos);
    let lead = &doc.text[sentence.start..pos];
    let cut = lead
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            c == ';'
                || (c == ','
                    && !(lead[..i].ends_with(|d: char| d.is_ascii_digit())
                        && lead[i + 1..].starts_with(|d: char| d.is_ascii_digit())))
        })
        .map_or(0, |(i, _)| i + 1);
    sentence.start + cut..pos
}

/// Whether `clause` holds nothing but names of parties and words that list them.
fn names_only(doc: &Document<'_>, clause: Range<usize>) -> bool {
    let mentions = doc.mentions_in(clause.clone());
    // The gaps between the names, from the clause's start to its end.
    let gap_starts = std::iter::once(clause.start).chain(mentions.iter().map(|m| m.span.end));
    let gap_ends = mentions.iter().map(|m| m.span.start).chain(std::iter::once(clause.end));
    gap_starts
        .zip(gap_ends)
        .all(|(from, to)| doc.text[from..to].split_whitespace().all(|w| in_list(LIST_WORDS, bare(w))))
}

/// Words that list parties in a clause of names: `yakni Kabupaten A`.
const LIST_WORDS: &[&str] = &["yakni", "yaitu", "ialah", "adalah", "dan", "serta"];

/// Whether the clause before the one starting at `start` ends with a
/// change a few words back (`mencatat penurunan terbesar,`), and a fall.
fn opening_change(doc: &Document<'_>, start: usize) -> Option<bool> {
    let previous = clause_before(doc, floor_boundary(doc.text, start.checked_sub(1)?));
    if previous.start >= start.saturating_sub(1) {
        return None;
    }
    doc.text[previous].split_whitespace().rev().take(3).map(bare).find_map(change_verb)
}

/// Whether the words before a percentage make it a share of all or of a
/// count (`Semua kabupaten/kota di Jatim atau 100 persen`).
fn shares_a_count(before: &[&str]) -> bool {
    before.iter().any(|w| in_list(&["semua", "seluruh", "sebagian", "jumlah", "sebanyak", "total"], w))
}

/// Whether a count opens a bracket right before byte `pos` (`337 instansi (57,41`).
fn counted_before(body: &str, pos: usize) -> bool {
    body[..pos].trim_end().strip_suffix('(').is_some_and(|lead| {
        let mut words = lead.split_whitespace().rev();
        words.next().is_some_and(|w| in_list(COUNTED_PARTIES, w) || counts_things(w))
            && words.next().is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Whether the clause is about a target, an average, a threshold or a
/// weight (`Pemkab menargetkan IPP bisa menembus 4,50`, `rata-rata IPP
/// kabupaten/kota ... 3,98`, `bobot 30 persen`), with no party named after
/// that word.
fn aimed_or_averaged(doc: &Document<'_>, clause: Range<usize>, before: &[&str], breakdown: bool) -> bool {
    let blocks = |w: &&str| (!breakdown && in_list(SCORE_BLOCKERS, w)) || in_list(TARGET_NOUNS, w);
    let Some(distance) = before.iter().position(blocks) else {
        return false;
    };
    // `mengalami penurunan dari 23 persen`: the level a change starts from
    // or ends at is a result.
    if change_verb(before[distance]).is_some() && before[..distance].iter().any(|w| in_list(LEVEL_WORDS, w)) {
        return false;
    }
    // The byte where that word stands, counting words back from the clause's end.
    let text = &doc.text[clause.clone()];
    let at = text
        .split_whitespace()
        .rev()
        .nth(distance)
        .map_or(clause.start, |w| clause.start + (w.as_ptr() as usize - text.as_ptr() as usize));
    !doc.mentions_in(at..clause.end).iter().any(|m| !assessor(doc, m.span.clone()))
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&VALUE);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        find_bound_values(&Document::new(text), &Spans::default(), &mut out);
        out.iter()
            .map(|f| match &f.detail {
                FactDetail::Score { value, .. } => format!("score {value}"),
                FactDetail::ScoreChange { value, .. } => format!("change {value}"),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn values_after_parties_in_a_sentence_about_an_assessment_are_read() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Capaian MCP Jawa Tengah\nKota Surakarta 66 persen, Kab. Kebumen 66 persen, Kab. Temanggung 64 persen.",
                &["score 66", "score 66", "score 64"],
            ),
            // A word of statistics that the index follows speaks of the
            // index (the percent reader takes the 38 after it).
            (
                "Capaian MCP Papua\nKabupaten Supiori dengan realisasi MCP 38 persen, kabupaten Biak Numfor 37 persen.",
                &["score 37"],
            ),
            // A whole percentage of change counts when the new value follows.
            ("Hasil SSGI 2022\nKabupaten Fakfak naik 3 persen menjadi 29 persen.", &["change 3", "score 29"]),
            // Coverage counts those enrolled against a population estimate: it may pass 100.
            (
                "Cakupan UHC di Riau\nKabupaten Kepulauan Meranti mencatat kepesertaan 103,44 persen dan keaktifan 98,44 persen.",
                &["score 103.44", "score 98.44"],
            ),
            (
                "Survei Ombudsman: Indeks Persepsi Malaadministrasi\nLalu ada Gorontalo dengan 4,05. Sulawesi Utara 4,19.",
                &["score 4.05", "score 4.19"],
            ),
            (
                "Hasil evaluasi SPBE naik. Kabupaten Lombok Tengah tahun 2022 sebesar 2,08, naik pada tahun 2023 \
                 sebesar 2,69 atau mengalami peningkatan sebesar 0,61.",
                &["score 2.08", "score 2.69", "change 0.61"],
            ),
            (
                "Prevalensi stunting (SSGI)\nRinciannya, Sulawesi Barat (33,8% menjadi 35%), Papua (29,5% menjadi 34,6%).",
                &["score 33.8", "score 35", "score 29.5", "score 34.6"],
            ),
            ("Angka stunting SSGI\nKalimantan Utara turun 2,8% dari 27%.", &["change -2.8", "score 27"]),
            ("Angka stunting SSGI\nMusi Banyuasin mengalami penurunan dari 23 persen di tahun 2021.", &["score 23"]),
            (
                "Survei SPI 2023\nProvinsi Jawa Tengah memperoleh skor 77,91, mengalami penurunan di banding SPI \
                 2022 sebesar 78,17.",
                &["score 77.91", "score 78.17"],
            ),
            (
                "Stunting SKI 2023\nKabupaten Pulau Morotai mencatat penurunan terbesar, yakni 19,5%, diikuti \
                 Kabupaten Halmahera Timur menurun 13,7%, Kabupaten Halmahera Utara 6,2%.",
                &["change -19.5", "change -13.7", "change -6.2"],
            ),
            ("Indeks Kota Toleran (IKT) 2018\n1. Singkawang 6.513\n2. Salatiga 6.447", &["score 6.513", "score 6.447"]),
            (
                "Skor IDM 2017\nDiraih Desa Lamanggau (0.632381) dan Desa Langge (0.62683).",
                &["score 0.632381", "score 0.62683"],
            ),
            (
                "Capaian MCP Kalteng 92,92 persen itu tersusun dari Perizinan 95,71 persen, hingga Manajemen Aset Daerah 82,60 persen.",
                &["score 92.92", "score 95.71", "score 82.6"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(values(text), *want, "{text}");
        }
    }

    #[test]
    fn counts_shares_targets_averages_and_statistics_are_no_values() {
        for text in [
            "Capaian MCP naik. Jumlah penduduk Kota Tegal 250,5 ribu.",
            "Indeks SPBE naik\nKota Tegal menargetkan indeks bisa menembus 4,50 tahun depan.",
            "Indeks SPBE naik\nRata-rata indeks SPBE kabupaten/kota di Jawa Tengah tercatat 2,79.",
            "Penilaian kepatuhan Ombudsman\nKota Tegal mengukur empat dimensi: input (bobot 30 persen).",
            "Adipura 2023\nDi Kota Balikpapan, baru 38 persen yang tertangani dan sekitar 65 persen di antaranya terkelola.",
            "Indeks Desa Membangun (IDM)\nDesa Tertinggal dengan IDM 0,49 ke bawah, Desa Berkembang 0,56-0,70.",
            "Evaluasi KIP 2024\nKota Bandung mencatat 214 badan publik, naik 18 persen dibanding tahun lalu.",
            "Inflasi di Kota Tegal mencapai 2,5 persen menurut penilaian SPBE.",
            "Hasil SSGI 2022\nDKI Jakarta mampu memangkas angka stunting sebesar 2 poin dari tahun sebelumnya.",
            "Capaian MCP Papua\nKabupaten Supiori dengan realisasi anggaran 38 persen, Kabupaten Biak Numfor 37 persen.",
            "Indeks Kota Layak Anak\nDi Kota Surabaya ada 1.360 Kampung Ramah Anak.",
            "Cakupan JKN (UHC)\nPeserta JKN di Sultra mencapai 2.553.935 orang.",
            "Evaluasi KLA\nKota Jambi memperoleh 812,5 dari skala 1.000.",
            "Indeks Inovasi Daerah\nBanyumas meraih skor 3.120, tahun lalu hanya 2.485.",
            "Evaluasi SAKIP Kota Tegal\nRapat di Kota Tegal dimulai pukul 15.00 WIB.",
            "Indeks Kota Toleran (IKT)\nSantunan untuk warga Kota Tegal di RW 08,09 dan 010.",
            "Survei IPP\nPengusaha dengan nilai 5,32 dan ormas dengan nilai 5,11, kata Ali di Jakarta Pusat.",
            "Kota Madiun meraih 95,5 dalam lomba yang tak punya nama.",
        ] {
            assert_eq!(values(text), Vec::<String>::new(), "{text}");
        }
    }
}

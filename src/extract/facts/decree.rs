//! Decrees: numbered legal and administrative instruments
//! (`Keputusan Ketua Ombudsman Republik Indonesia No. 252/2024`, `Surat
//! Keputusan MenPAN RB Nomor 659 Tahun 2024`, `Perpres 76 Tahun 2013`,
//! `UU Nomor 25/2009`). One instrument listing several numbers gives one fact
//! per number; an unnumbered mention or a street address gives none.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::lexicon::{INSTRUMENT_CONNECTORS, INSTRUMENT_HEADS, INSTRUMENT_PREFIXES, INSTRUMENT_SHORT};
use super::{Found, alternation};
use crate::model::FactDetail;

/// The identifier after `Nomor`, and an optional `Tahun YYYY`. A hyphen or
/// slash printed with spaces inside it is part of it (`100.2.1.7 - 2109`,
/// `561 / 57`).
const NUMBER: &str = concat!(
    r"(?i:nomor|nomer|no)(?-u:\b)\.?\s*:?\s*",
    r"(?P<number>[0-9A-Za-z][0-9A-Za-z./]*(?:-[0-9A-Za-z][0-9A-Za-z./]*|\ ?[-–/]\ ?[0-9][0-9A-Za-z./]*)*)",
);
const YEAR: &str = r"(?:\s+(?i:tahun)\s+(?P<year>[0-9]{4})(?-u:\b))?";

/// An instrument name, then `Nomor` and the identifier, or (for any
/// instrument) a bare number with `Tahun YYYY` or `/YYYY`.
static DECREE: LazyLock<Regex> = LazyLock::new(|| {
    let heads = alternation(INSTRUMENT_HEADS.iter().copied());
    let short = alternation(INSTRUMENT_SHORT.iter().copied());
    let prefixes = alternation(INSTRUMENT_PREFIXES.iter().copied());
    let connectors = alternation(INSTRUMENT_CONNECTORS.iter().copied());
    Regex::new(&format!(
        r"(?x)
        (?-u:\b)(?P<instrument>
            (?:(?i:{heads}) | {short} | (?:{prefixes})[A-Za-z\-]* )
            (?: (?:\s*,)? \s+ (?: [A-Z][A-Za-z0-9\-/]*\.? | {connectors} | \([A-Za-z][A-Za-z0-9\-]*(?:\s[A-Za-z\-]+){{0,3}}\) ) ){{0,16}}?
        )
        \s*,?\s*
        (?: {NUMBER} | (?P<bare>[0-9]+(?:/[0-9]{{4}})?)(?-u:\b) )
        {YEAR}"
    ))
    .expect("static decree regex")
});

/// A further number of the same instrument: `, Nomor 3 Tahun 2023 dan ...`.
static MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?x)^\s*(?:,\s*dan|,\s*serta|,|dan|serta)\s*{NUMBER}{YEAR}"))
        .expect("static decree list regex")
});

/// Every decree in `body`.
pub fn find_decrees(body: &str, out: &mut Vec<Found>) {
    for caps in DECREE.captures_iter(body) {
        let Some(instrument) = caps.name("instrument") else { continue };
        let instrument = instrument.as_str().trim().to_string();
        let Some(whole) = caps.get(0) else { continue };
        let Some(detail) = decree_detail(&instrument, &caps) else { continue };
        out.push(Found { span: whole.start()..trimmed_end(&caps, whole.end()), detail });
        let mut end = whole.end();
        while let Some(more) = MORE.captures(&body[end..]) {
            let Some(m) = more.get(0) else { break };
            let number_start = more.name("number").map_or(0, |n| n.start());
            let span =
                Range { start: end + keyword_start(m.as_str(), number_start), end: end + trimmed_end(&more, m.end()) };
            if let Some(detail) = decree_detail(&instrument, &more) {
                out.push(Found { span, detail });
            }
            end += m.end();
        }
    }
}

/// Where a decree's words end: after the year, else after the number
/// without its trailing punctuation (`No. 252/2024.`).
fn trimmed_end(caps: &Captures<'_>, end: usize) -> usize {
    match (caps.name("year"), caps.name("number")) {
        (None, Some(number)) => number.start() + number.as_str().trim_end_matches(['.', '-', '/', ',']).len(),
        _ => end,
    }
}

/// Where `Nomor` starts in a list continuation (after the comma or `dan`).
fn keyword_start(text: &str, number_start: usize) -> usize {
    let lower = text[..number_start].to_ascii_lowercase();
    lower.rfind("no").unwrap_or(0)
}

fn decree_detail(instrument: &str, caps: &Captures<'_>) -> Option<FactDetail> {
    let year_word = caps.name("year").and_then(|y| y.as_str().parse().ok());
    let (number, numbered) = match (caps.name("number"), caps.name("bare")) {
        (Some(n), _) => (n.as_str().trim_end_matches(['.', '-', '/', ',']), true),
        (None, Some(b)) => (b.as_str(), false),
        (None, None) => return None,
    };
    if !number.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let year_suffix = number
        .rsplit_once('/')
        .and_then(|(_, y)| (y.len() == 4 && y.starts_with(['1', '2'])).then(|| y.parse().ok()).flatten());
    // A bare number is a decree only with its year: `Perpres 76 Tahun 2013`.
    if !numbered && year_word.is_none() && year_suffix.is_none() {
        return None;
    }
    Some(FactDetail::Decree {
        instrument: instrument.to_string(),
        number: number.to_string(),
        year: year_word.or(year_suffix),
    })
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&DECREE);
    LazyLock::force(&MORE);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decrees(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        find_decrees(text, &mut out);
        out.iter()
            .map(|f| match &f.detail {
                FactDetail::Decree { instrument, number, year } => {
                    format!("{instrument} | {number} | {year:?} | {}", &text[f.span.clone()])
                }
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn numbered_instruments_are_read() {
        let cases: &[(&str, &[&str])] = &[
            (
                "dijerat Undang- Undang Nomor 31 Tahun 1999 tentang",
                &["Undang- Undang | 31 | Some(1999) | Undang- Undang Nomor 31 Tahun 1999"],
            ),
            (
                "Junto Pasal 132 ayat (1) UURI No. 35 tahun 2009 tentang",
                &["UURI | 35 | Some(2009) | UURI No. 35 tahun 2009"],
            ),
            (
                "sesuai Peraturan Menteri P3A (P3A) RI Nomor 12 Tahun 2011 tentang",
                &[
                    "Peraturan Menteri P3A (P3A) RI | 12 | Some(2011) | Peraturan Menteri P3A (P3A) RI Nomor 12 Tahun 2011",
                ],
            ),
            (
                "sesuai Keputusan Mendagri Nomor 100.2.1.7 - 2109 Tahun 2025 tentang",
                &[
                    "Keputusan Mendagri | 100.2.1.7 - 2109 | Some(2025) | Keputusan Mendagri Nomor 100.2.1.7 - 2109 Tahun 2025",
                ],
            ),
            (
                "dalam Surat Keputusan Gubernur Jawa Tengah Nomor 561 / 57 Tahun 2023 tanggal",
                &[
                    "Surat Keputusan Gubernur Jawa Tengah | 561 / 57 | Some(2023) | Surat Keputusan Gubernur Jawa Tengah Nomor 561 / 57 Tahun 2023",
                ],
            ),
            (
                "dalam Keputusan Menteri Dalam negeri Nomor 100.2.1.3-1109 tahun 2023 tentang",
                &[
                    "Keputusan Menteri Dalam negeri | 100.2.1.3-1109 | Some(2023) | Keputusan Menteri Dalam negeri Nomor 100.2.1.3-1109 tahun 2023",
                ],
            ),
            (
                "Lewat Keputusan menteri Dalam negeri (Kepmendagri) Nomor: 102.2.1.3- 109 Tahun 2023, evaluasi",
                &[
                    "Keputusan menteri Dalam negeri (Kepmendagri) | 102.2.1.3- 109 | Some(2023) | Keputusan menteri Dalam negeri (Kepmendagri) Nomor: 102.2.1.3- 109 Tahun 2023",
                ],
            ),
            (
                "melalui Keputusan Ketua Ombudsman Republik Indonesia No. 252/2024. Dalam",
                &[
                    "Keputusan Ketua Ombudsman Republik Indonesia | 252/2024 | Some(2024) | Keputusan Ketua Ombudsman Republik Indonesia No. 252/2024",
                ],
            ),
            (
                "melalui Surat Keputusan MenPAN RB Nomor 659 Tahun 2024 pada",
                &["Surat Keputusan MenPAN RB | 659 | Some(2024) | Surat Keputusan MenPAN RB Nomor 659 Tahun 2024"],
            ),
            (
                "sesuai Undang-Undang Nomor 25 Tahun 2009 tentang",
                &["Undang-Undang | 25 | Some(2009) | Undang-Undang Nomor 25 Tahun 2009"],
            ),
            ("amanat UU Nomor 25/2009 tentang", &["UU | 25/2009 | Some(2009) | UU Nomor 25/2009"]),
            (
                "dalam Keputusan Menteri PPN/Kepala Bappenas Nomor KEP.62/M.PPN/HK/05/2024.",
                &[
                    "Keputusan Menteri PPN/Kepala Bappenas | KEP.62/M.PPN/HK/05/2024 | Some(2024) | Keputusan Menteri PPN/Kepala Bappenas Nomor KEP.62/M.PPN/HK/05/2024",
                ],
            ),
            ("sesuai Perpres 76 Tahun 2013 tentang", &["Perpres | 76 | Some(2013) | Perpres 76 Tahun 2013"]),
            (
                "berdasarkan Permenkumham Nomor 23 Tahun 2018.",
                &["Permenkumham | 23 | Some(2018) | Permenkumham Nomor 23 Tahun 2018"],
            ),
            (
                "SK Bupati Madiun Nomor: 188.45/123/KPTS/405.12/2024 tentang",
                &[
                    "SK Bupati Madiun | 188.45/123/KPTS/405.12/2024 | Some(2024) | SK Bupati Madiun Nomor: 188.45/123/KPTS/405.12/2024",
                ],
            ),
            (
                "sesuai Keputusan Menteri Dalam Negeri (Mendagri RI) Nomor 100 Tahun 2023 tentang",
                &[
                    "Keputusan Menteri Dalam Negeri (Mendagri RI) | 100 | Some(2023) | Keputusan Menteri Dalam Negeri (Mendagri RI) Nomor 100 Tahun 2023",
                ],
            ),
            (
                "Peraturan Daerah (Perda) Nomor 19 Tahun 2022 tentang",
                &["Peraturan Daerah (Perda) | 19 | Some(2022) | Peraturan Daerah (Perda) Nomor 19 Tahun 2022"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(decrees(text), *want, "{text}");
        }
    }

    #[test]
    fn one_instrument_with_several_numbers_gives_one_fact_each() {
        let text = "Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 855 Tahun 2023, \
                    Nomor 3 Tahun 2023 dan Nomor 4 Tahun 2023 tentang";
        let instrument = "Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB";
        assert_eq!(
            decrees(text),
            [
                format!("{instrument} | 855 | Some(2023) | {instrument} Nomor 855 Tahun 2023"),
                format!("{instrument} | 3 | Some(2023) | Nomor 3 Tahun 2023"),
                format!("{instrument} | 4 | Some(2023) | Nomor 4 Tahun 2023"),
            ]
        );
    }

    #[test]
    fn addresses_and_unnumbered_mentions_are_no_decree() {
        for text in [
            "kantornya di Jl. Merdeka No. 5 Madiun",
            "sesuai peraturan yang berlaku.",
            "Keputusan tersebut diumumkan pada 25 November 2024",
            "nomor telepon 0812345678 bisa dihubungi",
            "SK 5 tahun lalu sudah terbit",
            "UU Cipta Kerja disahkan",
        ] {
            assert_eq!(decrees(text), Vec::<String>::new(), "{text}");
        }
    }
}

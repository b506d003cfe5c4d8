//! Which assessment a result belongs to: the catalogue of `FACTS.md`
//! (`ombudsman_kepatuhan`, `ipp`, `sakip`...), found by any of its names in
//! the body (`Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik (KPPP)`,
//! `Indeks SPBE`, `LHE SAKIP`, `prevalensi stunting (SSGI)`). A result takes
//! the name nearest to it in its sentence, else in its paragraph, else in
//! the article's lead (headline and first paragraph), else the one its own
//! grade implies (`zona hijau`, `opini WTP`); a result of an assessment
//! outside the catalogue is `other`, named by the words that open with an
//! assessing noun (`Rencana Aksi Pemberantasan Korupsi KPK`). The names
//! live in the lexicon.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{
    ASSESSMENT_GRADES, ASSESSMENT_NAMES, AWARD_PRIZES, OTHER_ASSESSMENT_NOUNS, OTHER_ASSESSMENT_STOPS, SCORE_NOUNS,
    in_list,
};

/// Every name of every assessment, each in a group `a<index>` of its id's
/// index in [`ASSESSMENT_NAMES`]. Acronyms (`IGA`, `SKI`) match in capitals
/// only: `iga bakar` is food.
static NAMES: LazyLock<Regex> = LazyLock::new(|| {
    let groups: Vec<String> = ASSESSMENT_NAMES
        .iter()
        .enumerate()
        .map(|(index, (_, names))| {
            let names: Vec<String> = names
                .iter()
                .map(|name| {
                    let name = name.replace(' ', r"\s+");
                    let acronym = name.chars().all(|c| c.is_ascii_uppercase() || c == '-');
                    if acronym { format!("(?-i:{name})") } else { name }
                })
                .collect();
            format!("(?P<a{index}>{})", names.join("|"))
        })
        .collect();
    Regex::new(&format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", groups.join("|"))).expect("static assessment names regex")
});

/// An assessment named in the body.
/// An assessing noun and the words after it (`Pemetaan Penyelenggaraan
/// Pemda`), an index's acronym in capitals (`IPLM`, group `acronym`), or
/// an award's proper name (`Paritrana Award`, group `award`).
static OTHER: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = OTHER_ASSESSMENT_NOUNS.iter().map(|n| n.replace(' ', r"\s+")).collect::<Vec<_>>().join("|");
    let acronyms = SCORE_NOUNS.iter().filter(|n| is_acronym(n)).copied().collect::<Vec<_>>().join("|");
    Regex::new(&format!(
        r"(?-u:\b)(?:(?P<noun>(?i:{nouns}))(?:[ \t]+[A-Za-z][A-Za-z\-]*){{1,6}}|(?P<acronym>{acronyms})(?-u:\b)|(?P<award>(?:[A-Z][A-Za-z\-]*[ \t]+){{1,4}}Awards?)(?-u:\b))"
    ))
    .expect("static other regex")
});

/// Whether a word is an acronym: three capitals or more.
fn is_acronym(word: &str) -> bool {
    word.len() >= 3 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Where `text[scope]` names an assessment outside the catalogue: an
/// assessing noun and the words after it up to a word that ends a name
/// (`Rencana Aksi KPK 2018` is `Rencana Aksi KPK`); at least one word
/// must follow the noun.
pub fn find_other(text: &str, scope: Range<usize>) -> Option<Range<usize>> {
    OTHER.captures_iter(&text[scope.clone()]).find_map(|caps| {
        if let Some(whole) = caps.name("acronym").or_else(|| caps.name("award")) {
            return Some(scope.start + whole.start()..scope.start + whole.end());
        }
        let (m, noun) = (caps.get(0)?, caps.name("noun")?);
        let found = m.as_str();
        let noun_words = noun.as_str().split_whitespace().count();
        let (mut offset, mut end) = (0, None);
        for (i, word) in found.split_whitespace().enumerate() {
            offset += found[offset..].find(word)? + word.len();
            if i >= noun_words {
                if in_list(OTHER_ASSESSMENT_STOPS, word) {
                    break;
                }
                end = Some(offset);
            }
        }
        end.map(|end| scope.start + m.start()..scope.start + m.start() + end)
    })
}

/// Whether the words of an assessment outside the catalogue are a proper
/// name: an acronym (`IPLM`), or a noun followed by a capitalised word
/// (`indeks Smart City`, `Rencana Aksi KPK`), not everyday words
/// (`penilaian kualitas tertinggi`).
pub fn is_proper(words: &str) -> bool {
    let mut split = words.split_whitespace();
    let first = split.next().unwrap_or("");
    is_acronym(first) || split.next().is_some_and(|w| w.starts_with(char::is_uppercase))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// The catalogue id.
    pub id: &'static str,
    /// Where its name stands.
    pub span: Range<usize>,
}

/// Every assessment name in `text`, in order.
pub fn find_names(text: &str) -> Vec<Named> {
    NAMES
        .captures_iter(text)
        .filter_map(|caps| {
            let index = (0..ASSESSMENT_NAMES.len()).find(|i| caps.name(&format!("a{i}")).is_some())?;
            let whole = caps.get(0)?;
            Some(Named { id: ASSESSMENT_NAMES[index].0, span: whole.range() })
        })
        .collect()
}

/// The name nearest to `at` among `names` lying inside `scope`: the last
/// before it, else the first after it.
pub fn nearest(names: &[Named], scope: Range<usize>, at: usize) -> Option<&Named> {
    let inside = |n: &&Named| n.span.start >= scope.start && n.span.end <= scope.end;
    let first = names.partition_point(|n| n.span.start < scope.start);
    let within: Vec<&Named> = names[first..].iter().take_while(|n| n.span.start < scope.end).filter(inside).collect();
    within.iter().rev().find(|n| n.span.start <= at).or_else(|| within.iter().find(|n| n.span.start > at)).copied()
}

/// The assessment a grade's own value implies (`zona hijau` is the
/// Ombudsman's, `opini wtp` the BPK's).
pub fn implied_by_grade(value: &str) -> Option<&'static str> {
    // An award keeps the prize it came as (`piala adipura`).
    let award = AWARD_PRIZES.iter().find_map(|prize| value.strip_prefix(prize)?.strip_prefix(' ')).unwrap_or(value);
    ASSESSMENT_GRADES.iter().find(|(_, grades)| grades.contains(&award)).map(|(id, _)| *id)
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&NAMES);
    LazyLock::force(&OTHER);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<(&'static str, &str)> {
        find_names(text).into_iter().map(|n| (n.id, &text[n.span])).collect()
    }

    #[test]
    fn catalogue_names_are_found_with_their_words() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik (KPPP) 2024",
                &[("ombudsman_kepatuhan", "Penilaian Kepatuhan"), ("ombudsman_kepatuhan", "KPPP")],
            ),
            ("hasil Indeks SPBE Kabupaten Dompu", &[("spbe", "SPBE")]),
            ("berdasarkan LHE SAKIP tahun 2023", &[("sakip", "SAKIP")]),
            ("nilai SAKIP memperoleh 74,54 dan nilai RB memperoleh 59,42", &[("sakip", "SAKIP"), ("rb", "nilai RB")]),
            ("capaian MCP Kota Tegal", &[("mcp", "MCP")]),
            ("Skor IID tercatat naik dari 47,21", &[("iga", "IID")]),
            (
                "nilai Evaluasi Kinerja Pemerintah Daerah (EKPPD)",
                &[("eppd", "Evaluasi Kinerja Pemerintah Daerah"), ("eppd", "EKPPD")],
            ),
            ("Berikut data hasil survei SSGBI Tahun 2022", &[("stunting", "SSGBI")]),
            ("rapot merah dari KPK dalam penilaian integritas tahun 2024", &[("spi", "penilaian integritas")]),
            ("capaian Korsupgah tahun 2021", &[("mcp", "Korsupgah")]),
            ("ajang KI Awards Jawa Timur 2025", &[("kip", "KI Awards")]),
            ("Koordinasi Supervisi Pencegahan KPK", &[("mcp", "Koordinasi Supervisi Pencegahan")]),
            ("prevalensi stunting (SSGI) turun", &[("stunting", "prevalensi stunting"), ("stunting", "SSGI")]),
            (
                "Indeks Keterbukaan Informasi Publik (IKIP)",
                &[("ikip", "Indeks Keterbukaan Informasi Publik"), ("ikip", "IKIP")],
            ),
            (
                "hasil Indeks Keterbukaan Informasi (IKIP) 2021",
                &[("ikip", "Indeks Keterbukaan Informasi"), ("ikip", "IKIP")],
            ),
            (
                "Indeks Persepsi Malaadministrasi Gorontalo",
                &[("ombudsman_maladministrasi", "Indeks Persepsi Malaadministrasi")],
            ),
            ("opini Wajar Tanpa Pengecualian dari BPK", &[("bpk_opini", "Wajar Tanpa Pengecualian")]),
            ("Kabupaten Layak Anak kategori Madya", &[("kla", "Layak Anak")]),
        ];
        for (text, want) in cases {
            assert_eq!(ids(text), *want, "{text}");
        }
    }

    #[test]
    fn assessments_outside_the_catalogue_are_named_by_their_words() {
        fn other(text: &str) -> Option<&str> {
            find_other(text, 0..text.len()).map(|r| &text[r])
        }
        assert_eq!(other("Rencana Aksi KPK 2018: Kabupaten Musi Rawas"), Some("Rencana Aksi KPK"));
        assert_eq!(
            other("Pemetaan Penyelenggaraan Pemda se-Sumut: Humbahas"),
            Some("Pemetaan Penyelenggaraan Pemda se-Sumut")
        );
        assert_eq!(other("hasil monitoring Korsupgah KPK RI pada 2018"), Some("monitoring Korsupgah KPK RI"));
        assert_eq!(other("skor IPLM Kabupaten Soppeng 82,95"), Some("IPLM"));
        assert_eq!(other("menyabet juara pertama Paritrana Award 2024"), Some("Paritrana Award"));
        assert_eq!(other("Kota Madiun meraih award dari majalah"), None);
        assert_eq!(other("mahasiswa IPB dan ITB"), None);
        assert!(is_proper("IPLM") && is_proper("indeks Smart City") && is_proper("Rencana Aksi KPK"));
        assert!(!is_proper("penilaian kualitas tertinggi") && !is_proper("penghargaan predikat hijau"));
        assert_eq!(other("penilaian yang dilakukan"), None);
        assert_eq!(other("Kota Madiun meraih nilai 95,5"), None);
    }

    #[test]
    fn everyday_words_and_lower_case_acronyms_name_no_assessment() {
        for text in ["makan iga bakar di warung", "atlet ski air", "Kepatuhan membayar zakat", "skor akhir 2-1"] {
            assert_eq!(ids(text), [], "{text}");
        }
    }

    #[test]
    fn the_nearest_name_in_scope_wins_and_grades_imply_their_assessment() {
        let text = "Indeks RB naik. Nilai SAKIP 80,1 dan indeks RB 70.";
        let names = find_names(text);
        let at = text.find("80,1").unwrap();
        let sentence = text.find("Nilai").unwrap()..text.len();
        assert_eq!(nearest(&names, sentence.clone(), at).map(|n| n.id), Some("sakip"));
        assert_eq!(nearest(&names, sentence, text.find("70").unwrap()).map(|n| n.id), Some("rb"));
        assert_eq!(nearest(&names, 0..3, 0), None);
        assert_eq!(implied_by_grade("zona hijau"), Some("ombudsman_kepatuhan"));
        assert_eq!(implied_by_grade("kualitas tertinggi"), Some("ombudsman_kepatuhan"));
        assert_eq!(implied_by_grade("sangat baik"), None);
    }
}

//! Facts from Indonesian news text: scores, score changes, decrees, dates,
//! rankings and grades, as `FACTS.md` defines them. The data flows once:
//! the body is read into a [`Document`] (sentences, party mentions, main
//! subject); one recogniser per kind reads the document and finds
//! candidates by byte range; this module drops the overlaps between kinds;
//! the binder (`subject`) gives each score, ranking and grade its subjects,
//! one fact per party; the byte ranges become the character offsets
//! `FACTS.md` wants. Lists are read in `list`, subjects chosen in `subject`.
//! Pure: no I/O, no clock; what cannot be read is simply no fact.

mod assessment;
mod context;
mod date;
mod decree;
mod document;
mod grade;
mod lexicon;
mod list;
mod main_subject;
mod number;
mod party;
mod period;
mod ranking;
mod score;
mod sentence;
mod spans;
mod subject;

use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::model::{Fact, FactDetail, FactKind};
use document::Document;
use lexicon::{NON_ASSESSMENT_WORDS, SMALL_SCALE_ASSESSMENTS, SPORT_WORDS};

pub use date::month_number;
pub use party::party_key;

/// The ids of `FACTS.md`'s assessment catalogue (`ombudsman_kepatuhan`,
/// `ipp`...), in the lexicon's order; a fact's `assessment` is one of them
/// or `other`.
pub fn assessment_ids() -> impl Iterator<Item = &'static str> {
    lexicon::ASSESSMENT_NAMES.iter().map(|(id, _)| *id)
}

/// A fact candidate: its detail and the byte range of its words.
#[derive(Debug, Clone)]
struct Found {
    span: Range<usize>,
    detail: FactDetail,
}

/// Reads every fact in `body`. `published` completes day-month dates that
/// have no year. Offsets in the facts are character offsets into `body`.
/// Scores, changes, rankings and grades carry their [`Context`](crate::model::Context)
/// (assessment, period, region).
pub fn extract_facts(body: &str, published: Option<Date>) -> Vec<Fact> {
    read_facts(body, published, true)
}

/// [`extract_facts`] without the dataset fields: every [`Context`](crate::model::Context) empty.
/// warta always reads them; the benchmarks use this to show what they cost.
pub fn extract_facts_without_context(body: &str, published: Option<Date>) -> Vec<Fact> {
    read_facts(body, published, false)
}

fn read_facts(body: &str, published: Option<Date>, with_context: bool) -> Vec<Fact> {
    let doc = Document::new(body);
    let mut found = Vec::new();
    date::find_dates(body, published, &mut found);
    decree::find_decrees(body, &mut found);
    score::find_scores(&doc, &mut found);
    // A body that nowhere speaks of an assessment, an index or an award
    // and states no score holds no ranking (see `drop_outside_assessments`).
    if found.iter().any(|f| f.detail.kind() == FactKind::Score) || doc.anywhere_speaks_of_ranking_assessment() {
        ranking::find_rankings(&doc, &mut found);
    }
    grade::find_grades(&doc, &mut found);
    drop_overlaps(&mut found);
    drop_outside_assessments(&doc, &mut found);
    rescale_small_scores(&doc, &mut found);
    if found.is_empty() {
        return Vec::new();
    }
    let found = subject::bind_subjects(&doc, found);
    let context = with_context.then(|| {
        let taken = spans::Spans::new(
            found
                .iter()
                .filter(|f| matches!(f.detail.kind(), FactKind::Date | FactKind::Decree))
                .map(|f| f.span.clone()),
        );
        context::Reader::new(&doc, &taken, &found)
    });
    let offsets = CharOffsets::new(body, found.iter().flat_map(|f| [f.span.start, f.span.end]));
    found
        .into_iter()
        .map(|f| {
            let sentence =
                doc.sentence_at(f.span.start).filter(|s| s.end >= f.span.end).unwrap_or_else(|| f.span.clone());
            Fact {
                text: body[f.span.clone()].to_string(),
                start: offsets.get(f.span.start),
                end: offsets.get(f.span.end),
                sentence: body[sentence].to_string(),
                context: context.as_ref().map(|context| context.context_of(&f)).unwrap_or_default(),
                detail: f.detail,
            }
        })
        .collect()
}

/// Drops candidates that another kind explains better (a date inside a
/// decree number, a score or ranking overlapping a decree) and exact duplicates. Leaves the rest in body order.
fn drop_overlaps(found: &mut Vec<Found>) {
    let decrees =
        spans::Spans::new(found.iter().filter(|f| f.detail.kind() == FactKind::Decree).map(|f| f.span.clone()));
    let keep: Vec<bool> = found
        .iter()
        .map(|f| match f.detail.kind() {
            FactKind::Date => !decrees.cover(&f.span),
            FactKind::Score | FactKind::Ranking => !decrees.overlap(&f.span),
            _ => true,
        })
        .collect();
    let mut index = 0;
    found.retain(|_| {
        index += 1;
        keep[index - 1]
    });
    found.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.span.end.cmp(&b.span.end)));
    found.dedup_by(|a, b| a.span == b.span && a.detail == b.detail);
}

/// Words of markets, taxes and disasters.
static NON_ASSESSMENT: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(NON_ASSESSMENT_WORDS.iter().copied());
    Regex::new(&format!(r"(?-u:\b)(?:{words})")).expect("static non-assessment regex")
});

/// Words of sport, any case.
static SPORT: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(SPORT_WORDS.iter().copied());
    Regex::new(&format!(r"(?i)(?-u:\b)(?:{words})(?-u:\b)")).expect("static sport regex")
});

/// How many words of sport make an article a sports report.
const SPORT_ARTICLE_WORDS: usize = 3;

/// Drops scores, changes and grades in sentences about markets, taxes or
/// disasters (`indeks LQ45 naik 2,73 poin`), rankings where nothing near
/// speaks of an assessment, an index or an award (`posisi pertama` in
/// car sales), and every result of a sentence
/// about sport (`posisi ketiga klasemen sementara`) or, in a sports report,
/// of a paragraph that names no assessment.
fn drop_outside_assessments(doc: &Document<'_>, found: &mut Vec<Found>) {
    if found.iter().all(|f| matches!(f.detail.kind(), FactKind::Date | FactKind::Decree)) {
        return;
    }
    let sports_report = SPORT.find_iter(doc.text).take(SPORT_ARTICLE_WORDS).count() == SPORT_ARTICLE_WORDS;
    let scored_paragraphs: Vec<Range<usize>> =
        found.iter().filter(|f| f.detail.kind() == FactKind::Score).map(|f| doc.paragraph_at(f.span.start)).collect();
    // A position is a ranking in an assessment, an index or an award: one
    // its paragraph or the lead speaks of, or one whose scores it states.
    let assessed = |span: &Range<usize>| {
        doc.speaks_of_ranking_assessment(span.clone()) || scored_paragraphs.iter().any(|p| p.contains(&span.start))
    };
    found.retain(|f| {
        let kind = f.detail.kind();
        if matches!(kind, FactKind::Date | FactKind::Decree) {
            return true;
        }
        let sentence = &doc.text[doc.sentence_at(f.span.start).unwrap_or_else(|| f.span.clone())];
        let sport = SPORT.is_match(sentence)
            || (sports_report
                && assessment::nearest(doc.assessments(), doc.paragraph_at(f.span.start), f.span.start).is_none());
        let outside = match kind {
            FactKind::Ranking => !assessed(&f.span) || NON_ASSESSMENT.is_match(sentence),
            _ => NON_ASSESSMENT.is_match(sentence) && !score::breaks_down(sentence),
        };
        !sport && !outside
    });
}

/// Reads `6.200` as 6.2 in a score of an assessment whose scale stops
/// below 10 ([`SMALL_SCALE_ASSESSMENTS`]: `Manado ... dengan skor 6.200` in
/// the tolerant city index), where the point is a decimal point.
fn rescale_small_scores(doc: &Document<'_>, found: &mut [Found]) {
    for f in found.iter_mut() {
        let FactDetail::Score { value, .. } = &mut f.detail else { continue };
        let printed = doc.text[f.span.clone()].split_whitespace().any(number::one_digit_point_three);
        let small = || doc.assessment_near(f.span.clone()).is_some_and(|n| SMALL_SCALE_ASSESSMENTS.contains(&n.id));
        if printed && (1000.0..10000.0).contains(value) && value.fract() == 0.0 && small() {
            *value /= 1000.0;
        }
    }
}

/// Byte-to-character offset conversion for a known set of byte positions,
/// computed in one pass over the body.
struct CharOffsets {
    /// Sorted byte positions and their character offsets.
    table: Vec<(usize, usize)>,
}

impl CharOffsets {
    fn new(body: &str, positions: impl Iterator<Item = usize>) -> Self {
        let mut bytes: Vec<usize> = positions.collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut table = Vec::with_capacity(bytes.len());
        let (mut byte, mut chars) = (0, 0);
        for position in bytes {
            chars += body[byte..position].chars().count();
            byte = position;
            table.push((position, chars));
        }
        CharOffsets { table }
    }

    fn get(&self, byte: usize) -> usize {
        self.table.binary_search_by_key(&byte, |(b, _)| *b).map_or(0, |i| self.table[i].1)
    }
}

/// The largest char boundary of `text` at or below `index`.
fn floor_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// A regex alternation of literal words, longest first so that the longer
/// of two overlapping words wins (`Surat Keputusan` before `Keputusan`).
fn alternation<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.collect();
    words.sort_by_key(|word| std::cmp::Reverse(word.len()));
    // Spaces become `\s+`: the patterns are `(?x)`, where a bare space is ignored.
    words.iter().map(|word| regex::escape(word).replace(' ', r"\s+")).collect::<Vec<_>>().join("|")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval;

    #[test]
    fn every_static_pattern_compiles() {
        assessment::force_statics();
        date::force_statics();
        decree::force_statics();
        document::force_statics();
        period::force_statics();
        list::force_statics();
        grade::force_statics();
        ranking::force_statics();
        score::force_statics();
        party::force_statics();
        LazyLock::force(&NON_ASSESSMENT);
        LazyLock::force(&SPORT);
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let body = "Kota Madiun – “meraih nilai 95,5” pada 25 November 2024.";
        let facts = extract_facts(body, None);
        assert!(!facts.is_empty());
        for fact in &facts {
            let text: String = body.chars().skip(fact.start).take(fact.end - fact.start).collect();
            assert_eq!(text, fact.text);
        }
    }

    #[test]
    fn markets_sports_and_hotels_give_no_scores() {
        for body in [
            "Tingkat Penghunian Kamar (TPK) hotel berbintang pada Maret naik 2,13 poin.",
            "Macron diprediksi mendapat 62 persen suara di putaran kedua, meningkat tiga poin.",
            "Barito Putera naik ke posisi delapan dengan nilai 38,5 di babak kedua.",
        ] {
            let kinds: Vec<FactKind> = extract_facts(body, None).iter().map(Fact::kind).collect();
            assert!(!kinds.iter().any(|k| matches!(k, FactKind::Score | FactKind::ScoreChange)), "{body}: {kinds:?}");
        }
    }

    #[test]
    fn a_position_is_a_ranking_only_in_an_assessment_an_index_or_an_award() {
        let rankings = |body: &str| extract_facts(body, None).iter().filter(|f| f.kind() == FactKind::Ranking).count();
        for body in [
            "Kota Madiun meraih peringkat pertama dalam penilaian kepatuhan Ombudsman.",
            "Menurut Indeks Keamanan Pangan, Indonesia menempati peringkat ke-71.",
            "Kota Baubau berada di peringkat kedua dengan IPM 80,12.",
            "SMPN 6 Bogor meraih juara kedua Lomba Kantin Sehat.",
            "Kabupaten Malinau menempati peringkat tertinggi se-Kaltara dengan skor 82,10.",
        ] {
            assert_eq!(rankings(body), 1, "{body}");
        }
        for body in [
            "Saat ini, low MPV Suzuki itu berada di posisi empat.",
            "Garmin menempati posisi kedua terbesar di pasar jam pintar.",
            "Marquez ada di posisi keempat pada 15 lap jelang finis.",
            "Posisi Indonesia berada di peringkat kelima SEA Games 2017.",
            "Masalah kesehatan menempati rangking pertama aduan warga.",
            "Indonesia menempati urutan teratas pada pemungutan suara pertama penghargaan kostum nasional.",
            "Dalam penilaian penjualan, low MPV Suzuki itu berada di posisi empat.",
            "Dalam survei itu, kehilangan foto digital berada di peringkat kedua.",
        ] {
            assert_eq!(rankings(body), 0, "{body}");
        }
    }

    /// `words: subject` for each fact of `body` whose kind `keep` accepts.
    /// Each kept fact's key and one field of it (its subject, assessment, region...).
    fn keyed(
        body: &str,
        keep: impl Fn(FactKind) -> bool,
        field: impl Fn(&Fact) -> Option<String>,
    ) -> Vec<(String, Option<String>)> {
        extract_facts(body, None)
            .iter()
            .filter(|f| keep(f.kind()))
            .map(|f| (eval::fact_key(&f.detail), field(f)))
            .collect()
    }

    fn subject(f: &Fact) -> Option<String> {
        f.detail.subject().map(str::to_string)
    }

    /// A key and the field expected of it.
    fn held(key: &str, field: &str) -> (String, Option<String>) {
        (key.to_string(), Some(field.to_string()))
    }

    fn texts_and_subjects(body: &str, keep: impl Fn(FactKind) -> bool) -> Vec<String> {
        extract_facts(body, None)
            .iter()
            .filter(|f| keep(f.kind()))
            .map(|f| format!("{}: {}", f.text, f.detail.subject().unwrap_or("-")))
            .collect()
    }

    #[test]
    fn a_sentence_naming_no_party_goes_on_about_the_last_one_bound() {
        let body = "Stunting Labura terendah menurut SSGI 2022.\nKabupaten Padang Lawas dengan angka 35,8 persen. \
                    Turun 6,2 poin dari 42,0 persen di tahun 2021.";
        assert_eq!(
            texts_and_subjects(body, |kind| kind != FactKind::Date),
            [
                "35,8 persen: Kabupaten Padang Lawas",
                "Turun 6,2 poin: Kabupaten Padang Lawas",
                "42,0 persen: Kabupaten Padang Lawas"
            ]
        );
    }

    #[test]
    fn a_place_whose_own_value_follows_is_its_party() {
        let body = "Stunting Kalbar menurut SKI 2023\nKalbar menurut SKI.\n\
                    Seperti di Singkawang dari 23,5 persen turun menjadi 20,1 persen.";
        assert_eq!(
            texts_and_subjects(body, |kind| kind == FactKind::Score),
            ["23,5 persen: Singkawang", "20,1 persen: Singkawang"]
        );
        // A venue stays no party: `Ombudsman di Kota Madiun` is where it speaks.
        let body = "Kepatuhan\nOmbudsman di Kota Kediri menyebut Kota Madiun meraih nilai 95,5.";
        assert_eq!(texts_and_subjects(body, |kind| kind == FactKind::Score), ["nilai 95,5: Kota Madiun"]);
    }

    #[test]
    fn a_colour_zone_makes_values_after_parties_results() {
        let body = "Pelayanan Publik Sumsel\nPembuka.\nEmpat daerah berada di zona kuning. \
                    Yakni Pemkot Pagaralam 76,74, OKU Selatan 75,88.";
        assert_eq!(
            texts_and_subjects(body, |kind| kind == FactKind::Score),
            ["76,74: Pemkot Pagaralam", "75,88: OKU Selatan"]
        );
        let body =
            "Pelayanan Publik Sumsel\nPembuka.\nEmpat daerah dinilai. Yakni Pemkot Pagaralam 76,74, OKU Selatan 75,88.";
        assert!(texts_and_subjects(body, |kind| kind == FactKind::Score).is_empty());
    }

    #[test]
    fn a_point_is_a_decimal_point_on_an_index_below_ten() {
        let scores = |body: &str| -> Vec<f64> {
            extract_facts(body, None)
                .into_iter()
                .filter_map(|f| match f.detail {
                    FactDetail::Score { value, .. } => Some(value),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(scores("Indeks Kota Toleran 2020\nManado menempati urutan ketiga dengan skor 6.200."), [6.2]);
        assert_eq!(scores("Innovative Government Award\nKabupaten Banyumas meraih skor 3.120."), [3120.0]);
    }

    #[test]
    fn a_list_goes_on_past_a_link_to_another_article() {
        let body = "BPK NTT\nEntitas yang meraih opini WTP yaitu Provinsi NTT, Kota Kupang, dan Belu.\n\
                    Baca juga: Bupati Flores Timur Siap Hadapi Gugatan\nBerikutnya, Kabupaten Nagekeo dan Ende.";
        let facts = extract_facts(body, None);
        let subjects: Vec<Option<&str>> = facts.iter().map(|f| f.detail.subject()).collect();
        assert_eq!(
            subjects,
            [Some("Provinsi NTT"), Some("Kota Kupang"), Some("Belu"), Some("Kabupaten Nagekeo"), Some("Ende")]
        );
    }

    #[test]
    fn the_parts_of_a_score_broken_down_are_its_partys() {
        let body = "Capaian MCP Kalteng 2021\nMCP adalah aplikasi buatan KPK.\nCapaian 92,92 persen itu antara lain \
                    tersusun dari Pengadaan Barang dan Jasa 93,64 persen, Perizinan 95,71 persen, dan Optimalisasi \
                    Pajak Daerah 99,56 persen.";
        assert_eq!(
            texts_and_subjects(body, |kind| kind == FactKind::Score),
            ["Capaian 92,92: Kalteng", "93,64 persen: Kalteng", "95,71 persen: Kalteng", "99,56 persen: Kalteng"]
        );
        // Without the breakdown, taxes are no results.
        let body = "Capaian MCP Kalteng 2021\nRealisasi Pajak Daerah Kalteng 99,56 persen.";
        assert!(extract_facts(body, None).is_empty());
    }

    #[test]
    fn disasters_and_species_give_no_grades() {
        for body in [
            "Kabupaten Karangasem mencatat ternak dari empat kecamatan terdampak (zona merah) sekitar 17.000 ekor.",
            "Di NTT, IUCN memasukkan pari manta dalam kategori \"rentan\" karena terancam punah.",
        ] {
            assert!(extract_facts(body, None).iter().all(|f| f.kind() != FactKind::Grade), "{body}");
        }
    }

    #[test]
    fn a_grade_of_no_party_is_no_fact() {
        assert!(extract_facts("Mengenal Penilaian Kepatuhan: Dari Zona Hijau Sampai Zona Merah", None).is_empty());
        let facts = extract_facts("Kota Madiun kembali masuk zona hijau.", None);
        assert_eq!(facts.iter().map(|f| f.detail.subject()).collect::<Vec<_>>(), [Some("Kota Madiun")]);
        // The rest of a group of parties is those parties, no share of a total.
        let body = "Ombudsman 2022 Sumbar\n\nAdapun dua daerah sisanya yakni Pemerintah Kota Bukittinggi 77,33 dan \
                    Pemerintah Kabupaten Pasaman Barat 65,59 atau berada pada zona kuning.";
        let scores = keyed(body, |kind| kind == FactKind::Score, subject);
        assert_eq!(
            scores,
            [held("77.33", "Pemerintah Kota Bukittinggi"), held("65.59", "Pemerintah Kabupaten Pasaman Barat")]
        );
        // The whole a place is out of is no group holding the grade.
        let body = "Provinsi NTT menempati urutan ke 28 dari 34 provinsi dan berada pada zona kuning.";
        assert_eq!(keyed(body, |kind| kind == FactKind::Grade, subject), [held("zona kuning", "Provinsi NTT")]);
    }

    #[test]
    fn a_sentence_pointing_back_takes_the_last_scores_party() {
        let body = "Jawa Barat meraih nilai 82,34. IKIP nasional sebesar 75,65. Angka tersebut naik 0,25 poin.";
        let change = extract_facts(body, None).into_iter().find(|f| f.kind() == FactKind::ScoreChange);
        assert_eq!(
            change.and_then(|f| f.detail.subject().map(str::to_string)).as_deref(),
            Some("Indonesia (IKIP nasional)")
        );
        // A grade pointing back grades every party of the sentence that gave the scores.
        let body = "Hasil IKIP 2023 mencatat provinsi dengan skor tertinggi, yakni Jawa Barat 84,43 poin; Riau 82,43 poin dan Bali 81,86 \
                    poin. Skor ini masuk pada kategori baik.";
        let grades = keyed(body, |kind| kind == FactKind::Grade, subject);
        assert_eq!(grades, [held("baik", "Jawa Barat"), held("baik", "Riau"), held("baik", "Bali")]);
        // A collective later in the clause points back to as many parties.
        // (A venue named between is no party of it.)
        let body = "Kabupaten Muna, Wakatobi dan Kota Bau-Bau meraih opini WDP. Hal itu disampaikan di Kantor BPK \
                    RI Perwakilan Sultra. Ia mengucapkan selamat kepada ketiga daerah tersebut yang berhasil \
                    mempertahankan opini WTP.";
        let grades = keyed(body, |kind| kind == FactKind::Grade, subject);
        assert_eq!(
            grades[3..],
            [held("opini wtp", "Kabupaten Muna"), held("opini wtp", "Wakatobi"), held("opini wtp", "Kota Bau-Bau")]
        );
    }

    #[test]
    fn a_rows_value_ends_its_line_whatever_the_next_row_opens_with() {
        let body = "Skor MCP KPK 2021\n\nBerikut capaian skor MCP seluruh Pemkab dan Pemkot se NTB\n\
                    Pemkot Mataram 91,68\nPemkab Dompu 88,25\nPemkab Bima 80,79\n";
        let scores = keyed(body, |kind| kind == FactKind::Score, subject);
        assert_eq!(
            scores,
            [held("91.68", "Pemkot Mataram"), held("88.25", "Pemkab Dompu"), held("80.79", "Pemkab Bima")]
        );
        // Near miss: on the same line a group counted after the number is a count.
        let body = "Skor MCP KPK 2021\n\nDi Kota Mataram tercatat 45,5 persen desa sudah terlayani.";
        assert_eq!(keyed(body, |kind| kind == FactKind::Score, subject), []);
    }

    #[test]
    fn a_ranked_list_of_bare_names_gives_each_row_its_rank_score_and_party() {
        let body = "Berikut 3 kota dengan peringkat teratas IKT 2023:\n1. Singkawang – 6,500\n2. Salatiga – 6,450\n\
                    3. Tanjung Jabung Barat 6,34\n\nBerikut nilai IDM desa:\n- Desa Janti: 0,8236 (Desa Mandiri)\n";
        let facts: Vec<String> = extract_facts(body, None)
            .iter()
            .map(|f| {
                format!("{:?} {} {} {}", f.kind(), eval::fact_key(&f.detail), f.detail.subject().unwrap_or("-"), f.text)
            })
            .collect();
        assert_eq!(
            facts,
            [
                "Ranking rank:1 Singkawang 1. Singkawang",
                "Score 6.50 Singkawang Singkawang – 6,500",
                "Ranking rank:2 Salatiga 2. Salatiga",
                "Score 6.45 Salatiga Salatiga – 6,450",
                "Ranking rank:3 Tanjung Jabung Barat 3. Tanjung Jabung Barat",
                "Score 6.34 Tanjung Jabung Barat Tanjung Jabung Barat 6,34",
                "Score 0.82 Desa Janti Desa Janti: 0,8236",
                "Grade desa mandiri Desa Janti Desa Mandiri",
            ]
        );
    }

    #[test]
    fn a_list_of_records_gives_each_records_fields_to_its_party() {
        let body = "Kota Jambi - Berikut daftar hasil penilaian kepatuhan tahun 2022:\n1. Kabupaten Tebo\n\
                    Nilai kepatuhan: 92,5\nOpini: kualitas tertinggi\nKategori: A\n2. Kabupaten Kerinci\n\
                    Nilai kepatuhan; 87,31\nKategori: B\n3. Kota Sungai Penuh\nNilai kepatuhan: 86,05\n";
        let facts: Vec<String> = extract_facts(body, None)
            .iter()
            .map(|f| format!("{} {}", eval::fact_key(&f.detail), f.detail.subject().unwrap_or("-")))
            .collect();
        assert_eq!(
            facts,
            [
                "rank:1 Kabupaten Tebo",
                "92.50 Kabupaten Tebo",
                "kualitas tertinggi Kabupaten Tebo",
                "kategori a Kabupaten Tebo",
                "rank:2 Kabupaten Kerinci",
                "87.31 Kabupaten Kerinci",
                "kategori b Kabupaten Kerinci",
                "rank:3 Kota Sungai Penuh",
                "86.05 Kota Sungai Penuh",
            ]
        );
    }

    #[test]
    fn a_party_set_apart_or_scored_on_its_own_leaves_the_grade_to_the_list() {
        let grades = |body: &str| {
            keyed(body, |kind| kind == FactKind::Grade, subject).into_iter().filter_map(|(_, s)| s).collect::<Vec<_>>()
        };
        // A party set apart (`di luar ...,`) is no subject; nor is a
        // province's name inside a regency's with a mistyped head.
        let body = "Menurut dia, di luar Pemprov Lampung, pemerintah kabupaten/kota yang memperoleh opini WTP, \
                    yakni Kabupataen Lampung Barat, Lampung Selatan, Kota Metro dan Mesuji.";
        assert_eq!(grades(body), ["Lampung Selatan", "Kota Metro", "Mesuji"]);
        // `dengan 72,95,`: the comma after a party's score joins the list.
        let body = "Pemprov Kalbar memperoleh nilai 78,63 diikuti Kabupaten Landak dengan nilai 76,17, Kabupaten \
                    Melawi dengan 72,95, dan Kabupaten Kayong Utara dengan nilai 52,93 yang berada pada zona kuning.";
        assert_eq!(grades(body), ["Kabupaten Landak", "Kabupaten Melawi", "Kabupaten Kayong Utara"]);
        // A group counted in the grade's clause is the list after it; one
        // counted after `dan` opens a clause of its own.
        let body = "Pemerintah Daerah Kalimantan Barat yang memperoleh predikat zona hijau sebanyak 3 pemerintah \
                    daerah yaitu Pemerintah Kabupaten Sekadau dengan nilai 85,10, Kabupaten Sintang dengan nilai \
                    82,03 dan Kabupaten Kapuas Hulu dengan nilai 81,65.";
        assert_eq!(grades(body), ["Pemerintah Kabupaten Sekadau", "Kabupaten Sintang", "Kabupaten Kapuas Hulu"]);
        // A value in brackets right after a party's name stays its own.
        let body = "Penilaian Kepatuhan Ombudsman 2024. Kategori A ditempati oleh Kabupaten Timor Tengah Utara \
                    (TTU) (91,82) dan Kabupaten Manggarai Barat (89,62), serta 10 Pemda zona hijau dengan kategori B. \
                    Kesepuluh Pemda itu ialah Kota Kupang (86,62), Kabupaten Belu (83,33).";
        let scores = keyed(body, |kind| kind == FactKind::Score, subject);
        assert_eq!(
            scores,
            [
                held("91.82", "Kabupaten Timor Tengah Utara (TTU)"),
                held("89.62", "Kabupaten Manggarai Barat"),
                held("86.62", "Kota Kupang"),
                held("83.33", "Kabupaten Belu")
            ]
        );
        // So is a group counted as the sentence opens, whoever stands beside it.
        let body = "Penilaian Kepatuhan Ombudsman. Adapun empat Pemprov lain di atas Pemprov Sumut yang juga meraih \
                    Predikat Zona Hijau yakni Pemprov DI Yogyakarta dengan nilai 91,15, Pemprov Bali dengan nilai 94,01.";
        assert_eq!(grades(body), ["Pemprov DI Yogyakarta", "Pemprov Bali"]);
        let body = "Kota Singkawang dan Kabupaten Sambas mendapatkan opini WDP dan dua entitas yakni Kabupaten \
                    Kayong Utara dan Kota Pontianak memperoleh opini disclaimer.";
        assert_eq!(grades(body)[..2], ["Kota Singkawang", "Kabupaten Sambas"]);
    }

    #[test]
    fn a_rows_values_are_its_opening_partys_placed_by_the_names_after_it() {
        let body = "Berikut daftar desa dengan IDM tertinggi tahun 2022.\n\
                    - Desa Peliatan, Gianyar – Bali: nilai IDM 0.9981\n\
                    - Desa Oro-Oro Ombo, Kota Batu – Jawa Timur: nilai IDM 0.9962\n\
                    - Kota Blitar 93,2, Kota Batu 90,1\n";
        let subjects = keyed(body, |kind| kind == FactKind::Score, subject);
        let regions = keyed(body, |kind| kind == FactKind::Score, |f| f.context.region.clone());
        assert_eq!(
            subjects,
            [
                held("1.00", "Desa Peliatan"),
                held("1.00", "Desa Oro-Oro Ombo"),
                held("93.20", "Kota Blitar"),
                held("90.10", "Kota Batu")
            ]
        );
        assert_eq!(regions[..2], [held("1.00", "51.04"), held("1.00", "35.79")]);
        // A village's bare name in a list is the village's, not the regency it sounds like.
        let body = "Indeks Desa 2025 di Kabupaten Gunungkidul.\n\nDelapan desa yang berstatus Maju masing-masing \
                    yakni Desa Gombang, Karangasem, dan Kulur.";
        let regions = keyed(body, |kind| kind == FactKind::Grade, |f| f.context.region.clone());
        assert_eq!(regions, [held("maju", "34.03"), held("maju", "34.03"), held("maju", "34.03")]);
        // `hanya` may stand between a result and its only party.
        let body = "Predikat Madya diraih Kota Batu. Predikat Nindya hanya Kabupaten Muba.";
        assert_eq!(keyed(body, |kind| kind == FactKind::Grade, subject)[1], held("nindya", "Kabupaten Muba"));
    }

    #[test]
    fn rows_numbered_without_a_space_rank_and_a_bracketed_colour_is_the_zone() {
        let body = "Hasil penilaian kepatuhan: empat daerah masuk zona hijau.\n1.Kota Ambon, 91.01 (Hijau)\n\
                    2.Kota Tual, 79.31 (Kuning)\n3.Kabupaten Buru, 59.86 (Kuning)\n";
        let facts: Vec<String> = extract_facts(body, None)
            .iter()
            .filter(|f| f.kind() != FactKind::Score)
            .map(|f| format!("{} {}", eval::fact_key(&f.detail), f.detail.subject().unwrap_or("-")))
            .collect();
        assert_eq!(
            facts,
            [
                "rank:1 Kota Ambon",
                "hijau Kota Ambon",
                "rank:2 Kota Tual",
                "kuning Kota Tual",
                "rank:3 Kabupaten Buru",
                "kuning Kabupaten Buru",
            ]
        );
        assert!(
            extract_facts("Kota Ambon meraih 91,01 (hijau) dalam lomba mewarnai.", None)
                .iter()
                .all(|f| f.kind() != FactKind::Grade)
        );
    }

    #[test]
    fn the_amount_a_clause_of_change_opens_with_is_a_change_not_a_level() {
        let facts = |body: &str| keyed(body, |kind| matches!(kind, FactKind::Score | FactKind::ScoreChange), subject);
        let body = "Prevalensi stunting Kabupaten Mamuju 2021 sebesar 30,3 persen. Penurunan prevalensi stunting di \
                    Kabupaten Mamuju sebesar 13,3 persen.";
        assert_eq!(facts(body), [held("30.30", "Kabupaten Mamuju"), held("-13.30", "Kabupaten Mamuju")]);
        // A year or a change in brackets after it make it the new level.
        let body = "Indeks SPBE Kabupaten Lombok Tengah tahun 2022 sebesar 2,08, naik pada tahun 2023 sebesar 2,69.";
        assert_eq!(facts(body), [held("2.08", "Kabupaten Lombok Tengah"), held("2.69", "Kabupaten Lombok Tengah")]);
        let body = "Prevalensi stunting 2022 turun. Penurunan terjadi di Kabupaten Halmahera Tengah sebesar 19,7 persen \
                    (turun 9 poin).";
        assert!(facts(body).contains(&held("19.70", "Kabupaten Halmahera Tengah")), "{:?}", facts(body));
    }

    #[test]
    fn a_decimal_change_before_the_value_it_moved_from_needs_no_unit() {
        let changes = |body: &str| keyed(body, |kind| kind == FactKind::ScoreChange, subject);
        let body = "Pemkot Makassar meraih nilai SAKIP 67,92. Nilai ini mengalami peningkatan sekitar 3,42 dari nilai \
                    SAKIP tahun 2017 yang hanya 64,50.";
        assert_eq!(changes(body), [held("3.42", "Pemkot Makassar")]);
        // A whole number is a move in a table.
        let body = "Penilaian SAKIP: Pemkot Makassar naik 3 dari peringkat tahun lalu.";
        assert!(changes(body).is_empty());
    }

    #[test]
    fn a_change_in_percent_is_a_change_where_two_scores_differ_by_it() {
        let changes = |body: &str| keyed(body, |kind| kind == FactKind::ScoreChange, subject);
        let body = "Prevalensi stunting Provinsi Kaltim mengalami kenaikan sebesar 1,1 persen, dari 22,8 persen \
                    pada 2021 menjadi 23,9 persen pada 2022.";
        assert_eq!(changes(body), [held("1.10", "Provinsi Kaltim")]);
        let body = "Prevalensi stunting Provinsi Jambi meningkat dari 13,5% menjadi 17,1% (kenaikan 3,6%).";
        assert_eq!(changes(body), [held("3.60", "Provinsi Jambi")]);
        for body in [
            "Inflasi Kota Samarinda naik 0,5 persen, dari 3,2 persen menjadi 3,7 persen.",
            "Pendapatan Kota Samarinda naik 4,2 persen, dari Rp 2,1 triliun menjadi Rp 6,3 triliun.",
        ] {
            assert!(changes(body).is_empty(), "{body}");
        }
    }

    #[test]
    fn a_province_scoping_a_superlative_is_no_party_of_the_value_after_it() {
        let body = "Skor MCP Kabupaten Jember 2023 naik. Meski skor indeks MCP di 38 Kabupaten/kota di Jawa Timur bukan \
                    yang tertinggi, Jember mencatat kenaikan tertinggi di Jawa Timur 5,56 poin. Sementara Kabupaten \
                    Banyuwangi progresnya minus 4,2 poin.";
        let facts = keyed(body, |kind| matches!(kind, FactKind::Score | FactKind::ScoreChange), subject);
        assert_eq!(facts, [held("5.56", "Jember"), held("-4.20", "Kabupaten Banyuwangi")]);
    }

    #[test]
    fn a_giver_with_a_short_form_of_two_words_is_no_holder() {
        let body = "Deputi Kementerian Pemberdayaan Aparatur Negara dan Reformasi Birokrasi (Kemenpan RB) memberikan \
                    nilai A atau sangat baik untuk Mall Pelayanan Publik (MPP) Kota Sawahlunto.";
        let grades = keyed(body, |kind| kind == FactKind::Grade, subject);
        assert_eq!(
            grades,
            [
                held("nilai a", "Mall Pelayanan Publik (MPP) Kota Sawahlunto"),
                held("sangat baik", "Mall Pelayanan Publik (MPP) Kota Sawahlunto")
            ]
        );
    }

    #[test]
    fn a_place_after_dari_whose_value_follows_holds_it() {
        let body =
            "Rincian data prevalensi stunting Papua Barat dari kabupaten Manokwari 9,64 persen, Fakfak 20,18 persen.";
        let scores = keyed(body, |kind| kind == FactKind::Score, subject);
        assert_eq!(scores, [held("9.64", "kabupaten Manokwari"), held("20.18", "Fakfak")]);
        // A giver named before a year stays the giver.
        let body = "Kota Madiun meraih nilai 95,5 dalam penghargaan dari Pemprov Jawa Timur 2024.";
        assert_eq!(keyed(body, |kind| kind == FactKind::Score, subject), [held("95.50", "Kota Madiun")]);
    }

    #[test]
    fn seluruhnya_gives_a_grade_to_every_party_of_the_sentence_before() {
        let body = "Hasil pemantauan SPBE 2022. Seperti Kabupaten Mesuji 2,59, Metro 2,49 dan Pringsewu 2,00. \
                    Seluruhnya mendapatkan predikat cukup.";
        let grades = keyed(body, |kind| kind == FactKind::Grade, subject);
        assert_eq!(grades, [held("cukup", "Kabupaten Mesuji"), held("cukup", "Metro"), held("cukup", "Pringsewu")]);
        // So does all of a group named as a clause opens.
        let body = "LHP diterima oleh Kabupaten Kampar, Pelalawan dan Siak. Dari hasil pemeriksaan itu, seluruh \
                    pemerintah daerah yang menerima LHP meraih opini WTP.";
        let grades = keyed(body, |kind| kind == FactKind::Grade, subject);
        let holders =
            [held("opini wtp", "Kabupaten Kampar"), held("opini wtp", "Pelalawan"), held("opini wtp", "Siak")];
        assert_eq!(grades, holders);
        // All of those named before in the same sentence, when it names several.
        let body = "Hasil monev KIP 2021. Urutan pertama diraih Kabupaten Lombok Tengah dengan nilai 97,94, diikuti \
                    Kota Mataram dengan nilai 97,37, semuanya berada pada kualifikasi Informatif.";
        let grades = keyed(body, |kind| kind == FactKind::Grade, subject);
        assert_eq!(grades, [held("informatif", "Kabupaten Lombok Tengah"), held("informatif", "Kota Mataram")]);
        // Near miss: all of something else is no group of parties.
        let body = "LHP diterima oleh Kabupaten Kampar, Pelalawan dan Siak. Dari hasil pemeriksaan itu, seluruh \
                    temuan ditindaklanjuti dan Kabupaten Kampar meraih opini WTP.";
        let grades = keyed(body, |kind| kind == FactKind::Grade, subject);
        assert_eq!(grades, [held("opini wtp", "Kabupaten Kampar")]);
    }

    #[test]
    fn a_grade_of_a_group_goes_to_the_parties_its_details_list() {
        let body = "Hasil SPI 2025 di Riau. Dari 12 kabupaten/kota, mayoritas masih berada dalam kategori rentan. Rinciannya, Rohil \
                    mencatat skor 64,86 poin, Bengkalis 68,03 poin serta Kota Pekanbaru 67,74 poin.";
        let grades = keyed(body, |kind| kind == FactKind::Grade, subject);
        assert_eq!(grades, [held("rentan", "Rohil"), held("rentan", "Bengkalis"), held("rentan", "Kota Pekanbaru")]);
        // Head words alone name a kind of party, not one.
        let body = "LPPD 20 Kabupaten Kota di Jabar masuk zona hijau.";
        assert!(keyed(body, |kind| kind == FactKind::Grade, subject).is_empty());
    }

    #[test]
    fn a_grade_goes_to_the_parties_a_colon_or_a_counted_clause_lists_and_to_its_gloss() {
        let grades = |body: &str| keyed(body, |kind| kind == FactKind::Grade, subject);
        // A colon after the grade lists its holders, past the party that scopes them.
        let body = "Adapun OPD di lingkungan Pemerintah Provinsi Jawa Barat yang masuk kategori informatif: Dinas \
                    Pendidikan, Dinas Kesehatan dan Dinas Sosial.";
        assert_eq!(
            grades(body),
            [
                held("informatif", "Dinas Pendidikan"),
                held("informatif", "Dinas Kesehatan"),
                held("informatif", "Dinas Sosial")
            ]
        );
        // Near miss: with no colon the scoping party keeps it.
        let body = "Pemerintah Provinsi Jawa Barat masuk kategori informatif bersama warga.";
        assert_eq!(grades(body), [held("informatif", "Pemerintah Provinsi Jawa Barat")]);
        // A group counted as its clause opens is the list after the grade; a
        // grade glossed in brackets is said of the same parties; the counted
        // group itself is none of them.
        let body = "Kanwil BPN Aceh meraih nilai 83,17, berikutnya 9 Kantor Pertanahan lainnya yang meraih predikat \
                    kepatuhan tinggi (zona hijau) itu adalah Kantor Pertanahan Aceh Jaya dengan nilai 97,26, Aceh \
                    Timur (97,26) dan Nagan Raya (97,26).";
        // Each grade, then each of its holders.
        let each_held = |grades: &[&str], holders: &[&str]| -> Vec<_> {
            grades.iter().flat_map(|grade| holders.iter().map(move |party| held(grade, party))).collect()
        };
        let holders = ["Kantor Pertanahan Aceh Jaya", "Aceh Timur", "Nagan Raya"];
        assert_eq!(grades(body), each_held(&["kepatuhan tinggi", "zona hijau"], &holders));
        let body = "Adapun yang meraih predikat kepatuhan sedang (zona kuning ada 12 Kantor Pertanahan masing-masing \
                    Kantor Pertanahan Aceh Tenggara (80,19), Lhokseumawe (77,19) dan Pidie (74,22).";
        let holders = ["Kantor Pertanahan Aceh Tenggara", "Lhokseumawe", "Pidie"];
        assert_eq!(grades(body), each_held(&["kepatuhan sedang", "zona kuning"], &holders));
        // Near miss: a number after a rank word is a place, not a count.
        let body = "Terendah ke 4 Kota Pematangsiantar dengan prevalensi 14,3 persen.";
        assert_eq!(keyed(body, |kind| kind == FactKind::Score, subject), [held("14.30", "Kota Pematangsiantar")]);
    }

    #[test]
    fn counted_groups_in_one_sentence_each_keep_their_own_list() {
        let grades = |body: &str| keyed(body, |kind| kind == FactKind::Grade, subject);
        // A bare count before each grade, the English spelling of the KIP
        // ratings, and each list ending where the next group's grade stands.
        let body = "Hasil monev KI 2023: dari 11 daerah, hanya 4 yang informative yakni Kota Jambi dan Kabupaten \
                    Muaro Jambi, 3 cukup informative yakni Sarolangun, Merangin, Kerinci dan 3 lainnya masih kurang \
                    informatif yakni Batang Hari dan Bungo.";
        assert_eq!(
            grades(body),
            [
                held("informative", "Kota Jambi"),
                held("informative", "Kabupaten Muaro Jambi"),
                held("cukup informative", "Sarolangun"),
                held("cukup informative", "Merangin"),
                held("cukup informative", "Kerinci"),
                held("kurang informatif", "Batang Hari"),
                held("kurang informatif", "Bungo"),
            ]
        );
        // Near miss: the same grade said again of the first party goes on to the next sentence's.
        let body = "Peraih penghargaan Adipura 2022 adalah Penajam Paser Utara pada kategori Adipura Kota Kecil. \
                    Kemudian Kabupaten Paser dengan kategori yang sama.";
        let holders: Vec<_> = grades(body).into_iter().filter(|(value, _)| value == "adipura").collect();
        assert!(holders.contains(&held("adipura", "Kabupaten Paser")), "{holders:?}");
    }

    #[test]
    fn a_group_pointed_back_at_or_joined_by_count_stands_for_the_parties_it_lists() {
        let grades = |body: &str| keyed(body, |kind| kind == FactKind::Grade, subject);
        let body = "Kedelapan Pemerintah Daerah yang menerima LHP itu adalah Kabupaten Garut, Kabupaten Subang dan \
                    Kabupaten Bandung. Sejumlah permasalahan masih ditemukan. Atas permasalahan yang ditemukan pada \
                    Pemerintah Daerah tersebut, BPK memberikan opini WTP.";
        assert_eq!(
            grades(body),
            [
                held("opini wtp", "Kabupaten Garut"),
                held("opini wtp", "Kabupaten Subang"),
                held("opini wtp", "Kabupaten Bandung")
            ]
        );
        // Near miss: a group noun listed under another noun is not the one pointed at.
        let body = "Tiga kota yang menerima LHP adalah Kota Bogor, Kota Depok dan Kota Bekasi. Atas permasalahan pada \
                    entitas tersebut, BPK memberikan opini WTP kepada Kabupaten Garut.";
        assert_eq!(grades(body), [held("opini wtp", "Kabupaten Garut")]);
        let body = "Untuk kategori Madya ada Kota Banjarbaru serta lima Kabupaten yaitu Tanah Bumbu, Barito Kuala dan \
                    Balangan.";
        assert_eq!(
            grades(body),
            [
                held("madya", "Kota Banjarbaru"),
                held("madya", "Tanah Bumbu"),
                held("madya", "Barito Kuala"),
                held("madya", "Balangan")
            ]
        );
        // A later sentence that counts the group again, says what it took and lists it.
        let body = "Sebanyak tiga pemerintah daerah di Sumatera Barat meraih zona hijau dari Ombudsman. \
                    Ia menyebut tiga daerah yang memperoleh kategori A tersebut yaitu Kota Payakumbuh 89,45, \
                    Kabupaten Solok 88,73 dan Kabupaten Agam 88,11.";
        let zoned: Vec<_> = grades(body).into_iter().filter(|(value, _)| value == "zona hijau").collect();
        assert_eq!(
            zoned,
            [
                held("zona hijau", "Kota Payakumbuh"),
                held("zona hijau", "Kabupaten Solok"),
                held("zona hijau", "Kabupaten Agam")
            ]
        );
        // A group counted and pointed at with `ini`.
        let body = "Tujuh entitas pada sesi pertama yakni Kabupaten Seruyan, Kabupaten Sukamara dan Kota Palangka \
                    Raya. Kepada tiga daerah ini, BPK RI memberikan opini WTP.";
        let holders = ["Kabupaten Seruyan", "Kabupaten Sukamara", "Kota Palangka Raya"];
        assert_eq!(grades(body), holders.map(|party| held("opini wtp", party)));
        // Near miss: a count listed with no clause of what it took is another group.
        let body = "Pemprov Sumut dan 3 kabupaten meraih opini WTP, serta Pemprov Sumut. Adapun 3 kabupaten \
                    masing-masing, Asahan, Dairi dan Samosir.";
        assert!(!grades(body).iter().any(|(_, party)| party.as_deref() == Some("Asahan")), "{:?}", grades(body));
    }

    #[test]
    fn whole_percentages_ending_rows_of_a_list_of_results_are_scores() {
        let scores = |body: &str| keyed(body, |kind| kind == FactKind::Score, subject);
        let body = "Hasil Korsupgah KPK di Sulsel diumumkan.\nBerikut persentase hasil penilaian Korsupgah KPK:\nPemkab \
                    Maros 77%\nPemkab Jeneponto 74%\nPemkot Parepare 59 persen";
        assert_eq!(
            scores(body),
            [held("77.00", "Pemkab Maros"), held("74.00", "Pemkab Jeneponto"), held("59.00", "Pemkot Parepare")]
        );
        // Near misses: a list of statistics, and a decimal's last digit.
        let body = "Inflasi di Sulsel.\nBerikut tingkat inflasi kabupaten:\nPemkab Maros 7%\nPemkab Jeneponto 4%";
        assert!(scores(body).is_empty());
        let body = "Berikut persentase hasil penilaian Korsupgah KPK:\nPemkab Maros 77,5%\nPemkab Gowa 70,25%";
        assert_eq!(scores(body), [held("77.50", "Pemkab Maros"), held("70.25", "Pemkab Gowa")]);
    }

    #[test]
    fn a_grade_given_to_parties_that_carry_their_own_scores_is_each_ones() {
        let body = "Penganugerahan Keterbukaan Informasi Badan Publik DIY 2025 kategori OPD dengan kualifikasi \
                    informatif untuk Dinas Pemadam Kebakaran skor 92,25, Kemantren Wirobrajan skor 92,65 dan \
                    Kemantren Gondomanan skor 90,15.";
        let facts = keyed(body, |kind| matches!(kind, FactKind::Grade | FactKind::Score), subject);
        assert_eq!(
            facts,
            [
                held("informatif", "Dinas Pemadam Kebakaran"),
                held("informatif", "Kemantren Wirobrajan"),
                held("informatif", "Kemantren Gondomanan"),
                held("92.25", "Dinas Pemadam Kebakaran"),
                held("92.65", "Kemantren Wirobrajan"),
                held("90.15", "Kemantren Gondomanan"),
            ]
        );
    }

    #[test]
    fn those_who_follow_a_place_hold_the_next_ones_but_share_a_band() {
        let rankings = |body: &str| keyed(body, |kind| kind == FactKind::Ranking, subject);
        let body = "Skor MCP 2023. Posisi kedua ditempati Pemerintah Provinsi Papua Barat sebesar 50, disusul \
                    Pemkab Fakfak 49 dan Pemkab Manokwari 47.";
        assert_eq!(rankings(body), [held("rank:2", "Pemerintah Provinsi Papua Barat")]);
        let body = "Hasil IKIP 2021. Posisi tiga besar terbaik ditempati oleh Provinsi Bali dengan nilai 83,15, \
                    disusul Provinsi Aceh dengan nilai 79,51.";
        assert_eq!(rankings(body), [held("top:3", "Provinsi Bali"), held("top:3", "Provinsi Aceh")]);
    }

    #[test]
    fn a_numbered_list_of_things_names_no_party() {
        let body = "Berikut capaian per unsur pelayanan:\n1. Persyaratan – 3,52\n2. Waktu layanan – 3,48\n";
        assert!(extract_facts(body, None).iter().all(|f| f.kind() != FactKind::Ranking));
        let body = "Empat tahapan seleksi:\n1. Administrasi\n2. Wawancara\n";
        assert!(extract_facts(body, None).is_empty());
    }

    #[test]
    fn a_sentence_naming_no_party_goes_on_about_the_one_before() {
        let body = "Prevalensi stunting SSGI 2022\nPosisi kelima ditempati Kota Sibolga, 14,5 persen. \
                    Turun 11,3 poin dari 25,8 persen di tahun 2021.";
        let sibolga = "Kota Sibolga";
        assert_eq!(
            keyed(body, |_| true, subject),
            [held("rank:5", sibolga), held("14.50", sibolga), held("-11.30", sibolga), held("25.80", sibolga)]
        );
    }

    #[test]
    fn a_grade_listing_its_parties_holds_for_the_sentences_that_go_on_with_the_list() {
        let body = "Penilaian Ombudsman 2024\nDaerah yang memperoleh kategori A meliputi Pemkab Solok dengan nilai \
                    97,73 dan Pemkab Agam dengan nilai 95,48. Berikutnya, Pemkot Padang dengan nilai 93,67. \
                    Menurut Adel, Kota Solok juga hadir.";
        let graded: Vec<String> = extract_facts(body, None)
            .iter()
            .filter(|f| f.kind() == FactKind::Grade)
            .filter_map(|f| f.detail.subject().map(str::to_string))
            .collect();
        assert_eq!(graded, ["Pemkab Solok", "Pemkab Agam", "Pemkot Padang"]);
        // A sentence naming the kind of the parties it goes on with.
        let body = "Rapor SAKIP 2018\nAdapun pemda yang mendapatkan predikat BB yakni Provinsi DKI Jakarta dan Bali. \
                    Untuk kabupaten/kota meliputi Kabupaten Badung dan Pasuruan. Untuk kota meliputi Kota Batu \
                    dengan predikat A.";
        let graded: Vec<String> = extract_facts(body, None)
            .iter()
            .filter(|f| matches!(&f.detail, FactDetail::Grade { value, .. } if value == "predikat bb"))
            .filter_map(|f| f.detail.subject().map(str::to_string))
            .collect();
        assert_eq!(graded, ["Provinsi DKI Jakarta", "Bali", "Kabupaten Badung", "Pasuruan"]);
        // Sentences of parties and their values are rows of the list.
        let body = "Evaluasi SAKIP 2018\nHanya tiga wilayah yang mendapat predikat B. Masing-masing diantaranya \
                    adalah Provinsi Sulawesi Selatan mendapatkan nilai 64,28. Kabupaten Gowa dengan nilai 62,80.\n\n\
                    Kabupaten Sinjai dengan nilai 62,12. Kota Makassar mendapat predikat A dengan nilai 80,1.";
        let graded: Vec<String> = extract_facts(body, None)
            .iter()
            .filter(|f| matches!(&f.detail, FactDetail::Grade { value, .. } if value == "predikat b"))
            .filter_map(|f| f.detail.subject().map(str::to_string))
            .collect();
        assert_eq!(graded, ["Provinsi Sulawesi Selatan", "Kabupaten Gowa", "Kabupaten Sinjai"]);
    }

    #[test]
    fn an_assessment_named_in_the_facts_sentence_beats_the_catalogues_in_the_lead() {
        let body = "Kota Jambi Raih Indeks SPBE 4,32\n\nPemerintah Kota Jambi meraih indeks Smart City di angka 3,48. \
                    Pemerintah Kota Jambi juga meraih penilaian kualitas tertinggi dengan nilai 4,10.";
        let assessments = keyed(body, |kind| kind == FactKind::Score, |f| f.context.assessment.clone());
        assert_eq!(assessments, [held("4.32", "spbe"), held("3.48", "other"), held("4.10", "spbe")]);
    }

    #[test]
    fn a_link_to_another_article_gives_its_words_only_to_facts_read_in_it() {
        let body = "Kaur Raih Zona Hijau\n\nPemda di Bengkulu dinilai dalam kepatuhan penyelenggara pelayanan publik 2023.\n\
                    BACA JUGA: 9 Desa Jadi Lokus Stunting Tahun 2025\n\
                    Lalu Kabupaten Lebong 92,00 dengan zona hijau.\n\
                    Baca juga: Kabupaten Seluma raih SAKIP predikat BB tahun 2024";
        let facts = extract_facts(body, None);
        let context = |subject: &str| {
            let fact = facts.iter().find(|f| f.detail.subject() == Some(subject)).expect(subject);
            (fact.context.assessment.clone(), fact.context.period)
        };
        assert_eq!(context("Kabupaten Lebong"), (Some("ombudsman_kepatuhan".to_string()), Some(2023)));
        assert_eq!(context("Kabupaten Seluma"), (Some("sakip".to_string()), Some(2024)));
    }

    #[test]
    fn a_value_at_the_level_of_the_province_is_the_provinces_the_article_names() {
        let scores = |body: &str| keyed(body, |kind| kind == FactKind::Score, subject);
        let body = "Stunting Kota Batam naik\n\nPrevalensi stunting di Provinsi Kepulauan Riau menurun. Menurut data \
                    terbaru, angka prevalensi stunting di tingkat provinsi turun menjadi 15,4% pada tahun 2022.";
        assert_eq!(scores(body), [held("15.40", "Provinsi Kepulauan Riau")]);
        // Near miss: without the level the article's main subject keeps it.
        let body = "Stunting Kota Batam naik\n\nPrevalensi stunting di Provinsi Kepulauan Riau menurun. Menurut data \
                    terbaru, angka prevalensi stunting turun menjadi 15,4% pada tahun 2022.";
        assert_ne!(scores(body), [held("15.40", "Provinsi Kepulauan Riau")]);
    }

    #[test]
    fn serta_after_a_comma_opens_a_clause_with_its_own_party() {
        let body = "IDSD 2023\n\nPada kategori Ekosistem Inovasi juara pertama adalah Kabupaten Wonogiri, juara kedua \
                    Kabupaten Banyumas, serta juara ketiga Kabupaten Rembang.";
        let ranks = keyed(body, |kind| kind == FactKind::Ranking, subject);
        assert_eq!(ranks[2], held("rank:3", "Kabupaten Rembang"));
        // Near miss: `serta` joining parties keeps them one list.
        let body = "IDSD 2023\n\nJuara pertama diraih Kabupaten Wonogiri serta Kabupaten Banyumas.";
        let ranks = keyed(body, |kind| kind == FactKind::Ranking, subject);
        assert_eq!(ranks, [held("rank:1", "Kabupaten Wonogiri"), held("rank:1", "Kabupaten Banyumas")]);
    }

    #[test]
    fn a_year_after_setelah_inside_a_clause_dates_nothing_past_its_sentence() {
        let periods =
            |body: &str| keyed(body, |kind| kind == FactKind::Grade, |f| f.context.period.map(|p| p.to_string()));
        let body = "Semua daerah di Bali meraih opini WTP atas LKPD tahun anggaran 2016.\n\nKhusus Klungkung dan \
                    Karangasem, mereka mendapat opini WTP kedua secara beruntun dari BPK setelah audit LKPD tahun \
                    anggaran 2015. Sedangkan bagi Buleleng dan Badung, ini opini WTP ketiga secara beruntun.";
        assert!(periods(body).iter().all(|(_, period)| period.as_deref() == Some("2016")), "{:?}", periods(body));
        // Near miss: in its own sentence it dates what follows it (`setelah pada TA 2015 turun opini menjadi WDP`).
        let body = "Hasil LKPD 2016.\n\nKabupaten Situbondo meraih kembali opini WTP setelah pada TA 2015 turun \
                    opini menjadi Wajar Dengan Pengecualian (WDP).";
        let wdp: Vec<_> = periods(body).into_iter().filter(|(value, _)| value == "wdp").collect();
        assert_eq!(wdp, [held("wdp", "2015")]);
    }

    #[test]
    fn scores_take_the_assessment_the_articles_grades_imply_when_it_names_none() {
        let body =
            "Pemkab Kepahiang memperoleh 92,72.\nPemkab Kaur masuk zona hijau kualitas tertinggi dengan nilai 96,14.";
        let assessments = keyed(body, |kind| kind == FactKind::Score, |f| f.context.assessment.clone());
        assert_eq!(assessments, [held("92.72", "ombudsman_kepatuhan"), held("96.14", "ombudsman_kepatuhan")]);
        // Grades of two assessments imply none.
        let body = "Pemkab Kepahiang memperoleh 92,72 dan opini WTP.\nPemkab Kaur masuk zona hijau dengan nilai 96,14.";
        let assessments = keyed(body, |kind| kind == FactKind::Score, |f| f.context.assessment.clone());
        assert!(assessments.iter().all(|(_, a)| a.as_deref() != Some("ombudsman_kepatuhan")), "{assessments:?}");
    }

    #[test]
    fn a_performance_evaluation_named_loosely_still_names_it_and_its_scope_is_no_party() {
        let body = "Provinsi Gorontalo menorehkan prestasi kinerja penyelenggaraan pemerintah daerah. Pemprov \
                    Gorontalo memperoleh kategori nilai ‘tinggi’ dengan skor 2.9663. Pemkot Gorontalo berada di \
                    peringkat lima besar kategori pemerintah kota se Indonesia dengan skor 3.4196.";
        let facts: Vec<String> = extract_facts(body, None)
            .iter()
            .map(|f| {
                let assessment = f.context.assessment.as_deref().unwrap_or("-");
                format!("{} {} {assessment}", eval::fact_key(&f.detail), f.detail.subject().unwrap_or("-"))
            })
            .collect();
        assert_eq!(
            facts,
            [
                "2.97 Pemprov Gorontalo eppd",
                "tinggi Pemprov Gorontalo eppd",
                "top:5 Pemkot Gorontalo eppd",
                "3.42 Pemkot Gorontalo eppd",
            ]
        );
    }

    #[test]
    fn whole_numbers_given_to_the_party_after_untuk_are_its_scores() {
        let body = "Penilaian kepatuhan Ombudsman 2018 dengan hasil nilai 107 untuk Polres Kota Jayapura, \
                    105 untuk Polres Keerom, dan 98 untuk Polres Jayawijaya. Rapat digelar untuk 3 hari.";
        assert_eq!(
            keyed(body, |kind| kind == FactKind::Score, subject),
            [
                held("107.00", "Polres Kota Jayapura"),
                held("105.00", "Polres Keerom"),
                held("98.00", "Polres Jayawijaya")
            ]
        );
    }

    #[test]
    fn a_whole_number_right_after_its_noun_may_belong_to_the_party_of_the_sentence_before() {
        let scores = |body: &str| keyed(body, |kind| kind == FactKind::Score, subject);
        let body = "Penilaian indeks inovasi daerah Kabupaten Deli Serdang naik. Tahun 2023, IID berada di skor 59.";
        assert_eq!(scores(body), [held("59.00", "Kabupaten Deli Serdang")]);
        // A count a few words after the noun is none.
        let body =
            "Penilaian SAKIP Kabupaten Deli Serdang diumumkan. Penyerahan SAKIP itu mencakup 190 pemerintah daerah.";
        assert!(scores(body).is_empty());
    }

    #[test]
    fn masing_masing_gives_one_fact_per_subject() {
        let body = "Dinas Sosial serta RSUD Kota Madiun, masing-masing dengan nilai 4,63.";
        let subjects: Vec<_> =
            extract_facts(body, None).iter().map(|f| f.detail.subject().map(str::to_string)).collect();
        assert_eq!(subjects, [Some("Dinas Sosial".to_string()), Some("RSUD Kota Madiun".to_string())]);
    }

    #[test]
    fn a_bare_name_is_the_city_only_where_the_assessment_ranks_cities() {
        let regions = |body: &str| keyed(body, |kind| kind == FactKind::Score, |f| f.context.region.clone());
        let tolerant = "Indeks Kota Toleran 2021 dari Setara Institute menempatkan Bekasi (5,83) dan Kediri (5,73).";
        assert_eq!(regions(tolerant), [held("5.83", "32.75"), held("5.73", "35.71")]);
        let stunting = "Prevalensi stunting SSGI 2021 di Bekasi 19,8 persen dan Kediri 21,5 persen.";
        assert_eq!(regions(stunting), [("19.80".to_string(), None), ("21.50".to_string(), None)]);
        // So is one in the rows of a list introduced as of cities.
        let listed = "Hasil EKPPD 2018\n\nPenilaian diumumkan.\n10 pemerintahan Kota terbaik adalah sebagai berikut:\n\
                      1. Bekasi (3,4404)\n2. Kediri (3,4142)\n";
        assert_eq!(regions(listed), [held("3.44", "32.75"), held("3.41", "35.71")]);
        // Near miss: a list of regencies and cities leaves them ambiguous.
        let mixed = listed.replace("pemerintahan Kota", "Kabupaten dan Kota");
        assert_eq!(regions(&mixed), [("3.44".to_string(), None), ("3.41".to_string(), None)]);
    }

    #[test]
    fn rankings_handed_on_after_an_award_paragraph_keep_their_own_parties() {
        // The award is named in the paragraph before, not in the lead.
        let body = "Pariaman Juara\n\nKota Pariaman sukses tahun ini.\n\nAnugerah itu diserahkan di Padang.\n\n\
                    Peringkat pertama -di luar dugaan - diraih oleh Kabupaten Pesisir Selatan dan peringkat kedua \
                    - yang tidak mengejutkan - jatuh pada Kota Bukittinggi.";
        assert_eq!(
            keyed(body, |kind| kind == FactKind::Ranking, subject),
            [held("rank:1", "Kabupaten Pesisir Selatan"), held("rank:2", "Kota Bukittinggi")]
        );
    }

    #[test]
    fn a_national_index_is_the_countrys_wherever_a_region_stands_before() {
        let subjects = |body: &str| keyed(body, |kind| kind == FactKind::Score, subject);
        let body = "Skor SPI Provinsi Kalsel tahun 2023 sebesar 74,92 dan skor SPI Nasional sebesar 70,79.";
        assert_eq!(subjects(body), [held("74.92", "Provinsi Kalsel"), held("70.79", "Indonesia (SPI nasional)")]);
        let body =
            "Kota Palopo mencatat skor SPI 68,27. Secara nasional, KPK mengumumkan skor SPI 2025 mencapai 72,32 poin.";
        assert_eq!(subjects(body), [held("68.27", "Kota Palopo"), held("72.32", "Indonesia (SPI nasional)")]);
        // A national index's value said of nobody: the country's in an
        // article across the country, the region's in an article about it.
        let body = "Skor IKIP 2024: Jawa Barat 85,22, Jawa Timur 83,83, Kalimantan Timur 82,25, Sulawesi Tengah \
                    82,16 dan Sumatera Utara 82,07. Menurut Donny, skor IKIP 2024 berada pada angka 75,65.";
        assert_eq!(subjects(body).last(), Some(&held("75.65", "Indonesia (IKIP nasional)")));
        let body = "Provinsi Jawa Barat meraih skor IKIP 85,22. Menurut Donny, skor IKIP 2024 berada pada angka 75,65.";
        assert_eq!(subjects(body).last(), Some(&held("75.65", "Provinsi Jawa Barat")));
        let body =
            "Kabupaten Lombok Timur meraih UHC setelah cakupan Jaminan Kesehatan Nasional (JKN) mencapai 98,71 persen.";
        assert_eq!(subjects(body), [held("98.71", "Kabupaten Lombok Timur")]);
    }

    #[test]
    fn values_listed_respectively_go_to_the_parties_in_order() {
        let body = "Penilaian kepatuhan Ombudsman 2022.\n\nKota Madiun, Kota Blitar dan Kota Kediri \
                    masing-masing meraih nilai 95,5, 90,1 dan 88,2. Kabupaten Keerom dan Kabupaten Sarmi \
                    masing-masing berada di zona merah dengan opini kualitas rendah.";
        assert_eq!(
            keyed(body, |_| true, subject),
            [
                held("95.50", "Kota Madiun"),
                held("90.10", "Kota Blitar"),
                held("88.20", "Kota Kediri"),
                held("zona merah", "Kabupaten Keerom"),
                held("zona merah", "Kabupaten Sarmi"),
                held("kualitas rendah", "Kabupaten Keerom"),
                held("kualitas rendah", "Kabupaten Sarmi"),
            ]
        );
    }
}

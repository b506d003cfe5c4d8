//! Integration tests: the fact extractor on the seed articles (every key and
//! subject of the gold, nothing extra), on the four development sets (each
//! scored apart by the rules of FACTS.md), on the IndoSum corpus (no panic, valid offsets) and on
//! arbitrary text (proptest).

use std::collections::BTreeMap;
use std::io::BufRead as _;

use proptest::prelude::*;
use warta::eval::{Field, Report, evaluate_dirs};
use warta::extract::extract_text;
use warta::extract::facts::extract_facts;
use warta::model::{Fact, FactKind};

use crate::util::{extracted_keys, fixture, seed_gold_keys};

/// The least precision and recall the development set must reach.
const DEV_FLOOR: f64 = 0.95;
/// The least subject accuracy the development set must reach.
const DEV_SUBJECT_FLOOR: f64 = 0.85;
/// The least precision, recall and subject accuracy the second set must
/// reach: what it scores after the work it guided (1.000, 0.997, 0.996),
/// rounded down to 0.05.
const HOLDOUT_FLOOR: f64 = 0.95;
/// The least precision, recall and subject accuracy the third set must
/// reach: what it scores after the work it guided (0.989, 0.978, 0.960),
/// rounded down to 0.05.
const HOLDOUT2_FLOOR: f64 = 0.95;
/// The least precision, recall and subject accuracy the fourth set must
/// reach: what it scores after the work it guided (1.000, 1.000, 0.968),
/// rounded down to 0.05.
const HOLDOUT3_FLOOR: f64 = 0.95;
/// The least precision and recall of the tuning sets: what they score
/// after the work they guided (holdout4 0.980 / 0.993, holdout6 0.989 /
/// 0.981, holdout7 0.989 / 0.982, holdout8 0.988 / 0.958), rounded down to
/// 0.05 (holdout8's recall to 0.90).
const TUNING_FLOOR: f64 = 0.90;
/// Their least subject accuracy (0.894, 0.874, 0.8496 and 0.925 now),
/// rounded down to 0.05.
const TUNING_SUBJECT_FLOOR: f64 = 0.80;

/// The real sets (`fixtures/facts/real*`: real regional news, prose
/// reworded around fact phrases kept as printed, gold annotated blind) with
/// their least article count, floors of precision, recall and subject
/// accuracy, and floors of the dataset fields' accuracy (assessment,
/// period, region). The first is the measure of how warta does on the
/// news; floors only go up: each is the set's figure at the end of
/// 2026-12-06's second session rounded down to 0.05, never below an
/// earlier floor (real: 0.984 / 0.990 /
/// 0.903, fields 0.901 / 0.874 / 0.906; real1: 0.968 / 0.908 / 0.960,
/// fields 0.945 / 0.933 / 0.951; real2: 0.980 / 0.958 / 0.941, fields
/// 0.939 / 0.934 / 0.912; real3: 0.979 / 0.922 / 0.972, fields 0.970 /
/// 0.956 / 0.957; real5: 0.975 / 0.921 / 0.942, fields 0.922 / 0.876 /
/// 0.918; on 2026-12-07: real1 0.969 / 0.943 / 0.963, fields 0.953 /
/// 0.934 / 0.955; real6 0.955 / 0.903 / 0.946, fields 0.826 / 0.861 /
/// 0.939; real7 0.995 / 0.927 / 0.947, fields 0.889 / 0.865 / 0.951; in
/// the day's second session: real5 0.976 / 0.954 / 0.943, fields 0.925 /
/// 0.885 / 0.933; real8 0.995 / 0.923 / 0.947, fields 0.925 / 0.927 /
/// 0.931; real9 0.935 / 0.895 / 0.861, fields 0.823 / 0.806 / 0.854),
/// the first set's at issue 10's and 11's targets; real4, held out until
/// 2026-12-07, then 0.987 / 0.890 / 0.823, fields 0.745 / 0.755 / 0.840;
/// real11 at its first measure 0.981 / 0.907 / 0.810, fields 0.812 /
/// 0.771 / 0.812; on 2026-12-07's third session real6's assessment field
/// 0.876, real12 (first measure 0.946 / 0.833 / 0.900, fields 0.894 /
/// 0.824 / 0.887) 0.958 / 0.952 / 0.947, fields 0.931 / 0.874 / 0.936,
/// real13 (first measure 0.964 / 0.874 / 0.867, fields 0.818 / 0.744 /
/// 0.868) 0.972 / 0.934 / 0.977, fields 0.969 / 0.926 / 0.977; on
/// 2026-12-07's fourth session real14 at its first measure 0.988 / 0.927 /
/// 0.888, fields 0.867 / 0.859 / 0.867, real15 at its first measure 0.955 /
/// 0.890 / 0.874, fields 0.860 / 0.859 / 0.888, real16 at its first
/// measure 0.954 / 0.880 / 0.924, fields 0.895 / 0.725 / 0.969). One floor
/// went down: real1's assessment, 0.95 -> 0.90, when KPK's coordination and
/// supervision of prevention (`Korsupgah`) came to name the MCP, as the
/// annotators of real4 and real6 read it and real1's did not (real1 004).
/// At that session's end: real4 0.990 / 0.920 / 0.960, fields 0.960 / 0.939
/// / 0.959; real5's period 0.912; real6's assessment 0.944; real12 0.958 /
/// 0.958 / 0.983, fields 0.966 / 0.926 / 0.971; real14 0.988 / 0.960 /
/// 0.953, fields 0.932 / 0.928 / 0.931; real15 0.973 / 0.911 / 0.951,
/// fields 0.937 / 0.921 / 0.951; real16 0.955 / 0.904 / 0.971, fields 0.942
/// / 0.821 / 0.969.
/// On 2026-12-07's sixth session real10, held out until then (first read
/// at 0.987 / 0.855 / 0.724, fields 0.701 / 0.705 / 0.716), and real18
/// (first measure 0.944 / 0.918 / 0.810, fields 0.786 / 0.779 / 0.804)
/// joined, at 0.987 / 0.866 / 0.990, fields 0.971 / 0.931 / 0.980, and
/// 0.971 / 0.918 / 0.938, fields 0.913 / 0.814 / 0.928; real6's period
/// 0.915 (a meeting's year no longer dates its results).
/// On 2026-12-07's seventh session real19 (first measure 0.874 / 0.889 /
/// 0.898, fields 0.899 / 0.873 / 0.899) joined at 0.891 / 0.911 / 0.964,
/// fields 0.964 / 0.942 / 0.964 (its precision floor is low: a table's
/// row numbers, read as ranks, are ambiguous to its annotator, who listed
/// only the header); real7's period 0.916, real16's 0.896.
/// On 2026-12-07's eighth session real20, held out until then (0.985 /
/// 0.847 / 0.717, fields 0.670 / 0.579 / 0.700 at its last measure as
/// such), and real22 (first measure 0.963 / 0.925 / 0.859, fields 0.801 /
/// 0.708 / 0.848) joined, at 0.986 / 0.934 / 0.885, fields 0.831 / 0.773 /
/// 0.866, and 0.963 / 0.925 / 0.957, fields 0.934 / 0.852 / 0.941; real16's
/// period 0.915.
/// On 2026-12-07's ninth session real23, held out until then (0.951 / 0.850
/// / 0.828, fields 0.830 / 0.762 / 0.815 at its last measure as such), and
/// real24 (first measure 0.950 / 0.910 / 0.910, fields 0.905 / 0.876 /
/// 0.915) joined, at 0.959 / 0.913 / 0.954, fields 0.955 / 0.945 / 0.948,
/// and 0.951 / 0.933 / 0.954, fields 0.954 / 0.957 / 0.962; real9's
/// assessment 0.877 (an award's proper name names its results).
/// On 2026-12-08's tenth session real25, held out until then (0.989 / 0.897
/// / 0.919, fields 0.771 / 0.764 / 0.888 at its last measure as such), and
/// real26 (first measure 0.980 / 0.807 / 0.741, fields 0.730 / 0.684 /
/// 0.740) joined, at 0.989 / 0.907 / 0.933, fields 0.933 / 0.917 / 0.903,
/// and 0.981 / 0.851 / 0.946, fields 0.943 / 0.931 / 0.943.
/// `real17`, `real21` and `real27` are held out and only measured (`warta eval`).
const REAL_SETS: &[(&str, usize, [f64; 3], [f64; 3])] = &[
    ("real", 30, [0.97, 0.95, 0.90], [0.90, 0.85, 0.90]),
    ("real1", 38, [0.95, 0.90, 0.95], [0.90, 0.90, 0.95]),
    ("real2", 33, [0.95, 0.95, 0.90], [0.90, 0.90, 0.90]),
    ("real3", 38, [0.95, 0.90, 0.95], [0.95, 0.95, 0.95]),
    ("real4", 33, [0.95, 0.90, 0.95], [0.95, 0.90, 0.95]),
    ("real5", 33, [0.95, 0.95, 0.90], [0.90, 0.90, 0.90]),
    ("real6", 33, [0.95, 0.90, 0.90], [0.90, 0.90, 0.90]),
    ("real7", 33, [0.95, 0.90, 0.90], [0.85, 0.90, 0.95]),
    ("real8", 33, [0.95, 0.90, 0.90], [0.90, 0.90, 0.90]),
    ("real9", 33, [0.90, 0.85, 0.85], [0.85, 0.80, 0.85]),
    ("real11", 33, [0.95, 0.90, 0.90], [0.90, 0.85, 0.90]),
    ("real12", 32, [0.95, 0.95, 0.95], [0.95, 0.90, 0.95]),
    ("real13", 33, [0.95, 0.90, 0.95], [0.95, 0.90, 0.95]),
    ("real14", 33, [0.95, 0.95, 0.95], [0.90, 0.90, 0.90]),
    ("real15", 33, [0.95, 0.90, 0.95], [0.90, 0.90, 0.95]),
    ("real16", 33, [0.95, 0.90, 0.95], [0.90, 0.90, 0.95]),
    ("real10", 33, [0.95, 0.85, 0.95], [0.95, 0.90, 0.95]),
    ("real18", 33, [0.95, 0.90, 0.95], [0.90, 0.80, 0.90]),
    ("real19", 33, [0.85, 0.90, 0.95], [0.95, 0.90, 0.95]),
    ("real20", 33, [0.95, 0.90, 0.85], [0.80, 0.75, 0.85]),
    ("real22", 33, [0.95, 0.90, 0.95], [0.90, 0.85, 0.90]),
    ("real23", 33, [0.95, 0.90, 0.95], [0.95, 0.90, 0.90]),
    ("real24", 33, [0.95, 0.90, 0.95], [0.95, 0.95, 0.95]),
    ("real25", 33, [0.95, 0.90, 0.90], [0.90, 0.90, 0.90]),
    ("real26", 33, [0.95, 0.85, 0.90], [0.90, 0.90, 0.90]),
    ("seeds", 2, [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]),
];

#[test]
fn real_sets_meet_their_floors() {
    for (set, articles, [precision, recall, subjects], fields) in REAL_SETS {
        let report = assert_set_floors(set, *articles, *precision, *recall, *subjects);
        let overall = report.overall();
        for (field, floor) in Field::ALL.into_iter().zip(fields) {
            let accuracy = overall.field(field).accuracy();
            assert!(accuracy >= *floor, "{set} {} {accuracy:.3}", field.as_str());
        }
    }
}

#[test]
fn seeds_match_gold_exactly() {
    for id in ["000_d868f3940f091378", "001_fc454a40b7aae329"] {
        let text = std::fs::read_to_string(fixture(&format!("facts/seeds/text/{id}.txt"))).unwrap();
        assert_eq!(extracted_keys(&extract_text(&text, None).facts), seed_gold_keys(id), "{id}");
    }
}

/// Scores the gold set in `fixtures/facts/<set>/`, prints its table and
/// every mismatch, and checks it has at least `articles` articles and
/// reaches the floors.
fn assert_set_meets(set: &str, articles: usize, floor: f64, subject_floor: f64) {
    assert_set_floors(set, articles, floor, floor, subject_floor);
}

/// [`assert_set_meets`] with a floor of its own for precision and for
/// recall; returns the set's report.
fn assert_set_floors(set: &str, articles: usize, precision: f64, recall: f64, subject_floor: f64) -> Report {
    let report = evaluate_dirs(&fixture(&format!("facts/{set}/gold")), &fixture(&format!("facts/{set}/text"))).unwrap();
    println!("{set}:\n{}", warta::output::eval::table(&report));
    for (label, list) in [
        ("missed", &report.misses),
        ("extra", &report.extras),
        ("subject", &report.wrong_subjects),
        ("field", &report.wrong_fields),
    ] {
        for m in list {
            println!("{label}: {} {} {} gold={:?} got={:?}", m.article, m.kind, m.key, m.expected, m.got);
        }
    }
    let overall = report.overall();
    assert!(report.articles >= articles, "only {} {set} articles", report.articles);
    assert!(overall.precision() >= precision, "{set} precision {:.3}", overall.precision());
    assert!(overall.recall() >= recall, "{set} recall {:.3}", overall.recall());
    assert!(overall.subject_accuracy() >= subject_floor, "{set} subjects {:.3}", overall.subject_accuracy());
    report
}

#[test]
fn dev_set_meets_precision_and_recall() {
    assert_set_meets("dev", 40, DEV_FLOOR, DEV_SUBJECT_FLOOR);
}

/// The second set (`fixtures/facts/holdout/`), written by someone who never
/// saw the extractor, was held out and only measured until the extractor
/// was generalised with its misses (the `facts2` work); it is a development
/// set now, scored apart from the first so that each keeps its own floor.
#[test]
fn holdout_set_meets_precision_and_recall() {
    assert_set_meets("holdout", 50, HOLDOUT_FLOOR, HOLDOUT_FLOOR);
}

/// The third set (`fixtures/facts/holdout2/`: roundups, `.go.id` releases,
/// flattened tables, typographic noise), written by someone who never saw
/// the extractor, was held out and only measured until the extractor was
/// generalised with its misses (the `facts3` work); it is a development set
/// now, scored apart with its own floor.
#[test]
fn holdout2_set_meets_precision_and_recall() {
    assert_set_meets("holdout2", 45, HOLDOUT2_FLOOR, HOLDOUT2_FLOOR);
}

/// The fourth set (`fixtures/facts/holdout3/`: single-region Humas and
/// portal stories, roundups, OPD lists, Q&A, near-miss articles), written by
/// someone who never saw the extractor, was held out and only measured until
/// the extractor was generalised with its misses (the `facts4` work); it is
/// a development set now, scored apart with its own floor.
#[test]
fn holdout3_set_meets_precision_and_recall() {
    assert_set_meets("holdout3", 34, HOLDOUT3_FLOOR, HOLDOUT3_FLOOR);
}

/// The tuning sets of the last blind pairs (`holdout4`, `holdout6`,
/// `holdout8`, and `holdout7` once it had been measured: Humas and portal
/// stories from across Indonesia, ranked lists and tables, facts said in
/// passing, near-miss articles); `holdout5` and `holdout9` are held out and
/// only measured (`warta eval`), never tested, so that nobody tunes on them.
#[test]
fn tuning_sets_meet_precision_and_recall() {
    for set in ["holdout4", "holdout6", "holdout7", "holdout8"] {
        assert_set_meets(set, 30, TUNING_FLOOR, TUNING_SUBJECT_FLOOR);
    }
}

/// Checks what must hold of every fact: `text` is the body's characters
/// `start..end`, and the sentence holds the text.
fn assert_offsets(body: &str, facts: &[Fact]) {
    let chars: Vec<char> = body.chars().collect();
    for fact in facts {
        assert!(fact.start <= fact.end && fact.end <= chars.len(), "{fact:?}");
        let text: String = chars[fact.start..fact.end].iter().collect();
        assert_eq!(text, fact.text, "{fact:?}");
        assert!(fact.sentence.contains(&fact.text), "{fact:?}");
    }
}

#[test]
fn corpus_extraction_never_panics_and_offsets_hold() {
    let mut articles = 0;
    let mut counts: BTreeMap<FactKind, usize> = BTreeMap::new();
    for body in corpus_texts() {
        let facts = extract_facts(&body, None);
        assert_offsets(&body, &facts);
        for fact in &facts {
            *counts.entry(fact.kind()).or_default() += 1;
        }
        articles += 1;
    }
    println!("corpus: {articles} articles, facts per kind: {counts:?}");
    assert_eq!(articles, 3463);
    // The corpus prints ~590 bracketed dates and 229 numbered instruments.
    assert!(counts.get(&FactKind::Date).copied().unwrap_or(0) > 500, "{counts:?}");
    assert!(counts.get(&FactKind::Decree).copied().unwrap_or(0) > 100, "{counts:?}");
}

/// The whole corpus as one body (as the 10 MB benchmark builds it): mentions
/// from one article's end and the next one's start meet, which once made the
/// apposition check slice backwards and panic.
#[test]
fn corpus_joined_into_one_body_never_panics() {
    let body = corpus_texts().join("\n\n");
    let facts = extract_facts(&body, None);
    assert_offsets(&body, &facts);
    assert!(facts.len() > 1000, "{} facts", facts.len());
}

/// The IndoSum texts of `benches/data/corpus/`, one article each.
fn corpus_texts() -> Vec<String> {
    let file = std::fs::File::open(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/corpus/indosum_dev_detok.jsonl.gz"),
    )
    .unwrap();
    let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(file));
    reader
        .lines()
        .map(|line| {
            let record: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
            record["text"].as_str().unwrap().to_string()
        })
        .collect()
}

/// Words from which token soup is made: fact triggers, numbers in every
/// printed form, party heads, punctuation and multi-byte characters.
const SOUP: &[&str] = &[
    "nilai",
    "95,5",
    "1.234,5",
    "4.67",
    "Kota",
    "Madiun",
    "Dinas",
    "Sosial",
    ",",
    ".",
    "dan",
    "serta",
    "masing-masing",
    "peringkat",
    "ke-3",
    "ketiga",
    "juara",
    "II",
    "25",
    "besar",
    "top",
    "zona",
    "hijau",
    "kategori",
    "A",
    "(",
    ")",
    "sangat",
    "baik",
    "Nomor",
    "No.",
    "252/2024",
    "Tahun",
    "2024",
    "UU",
    "Perpres",
    "Keputusan",
    "Januari",
    "Sept.",
    "14/11/2024",
    "(15/11)",
    "Jumat",
    "meningkat",
    "turun",
    "poin",
    "persen",
    "Rp",
    "—",
    "“",
    "”",
    "é",
    "\n",
    "\n\n",
    "Kab.",
    "dr.",
    "H.",
    "oleh",
    "tercatat",
    "sebesar",
    "dari",
    "menjadi",
    "🙂",
    "ke",
    "-",
    "/",
    ":",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics_and_offsets_hold(body in any::<String>(), day in 1u8..=28) {
        let published = jiff::civil::Date::new(2024, 11, i8::try_from(day).unwrap()).ok();
        assert_offsets(&body, &extract_facts(&body, published));
    }

    #[test]
    fn token_soup_never_panics_and_offsets_hold(
        tokens in proptest::collection::vec(proptest::sample::select(SOUP), 0..80),
        spaces in proptest::collection::vec(proptest::sample::select(&[" ", "", "  ", "\u{a0}"][..]), 80),
    ) {
        let body: String = tokens.iter().zip(&spaces).flat_map(|(token, space)| [*token, *space]).collect();
        assert_offsets(&body, &extract_facts(&body, jiff::civil::Date::new(2024, 11, 20).ok()));
    }
}

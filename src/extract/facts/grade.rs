//! Grades: categorical ratings. A colour zone keeps its noun (`zona hijau`),
//! a letter or acronym keeps the word before it (`kategori a`, `opini wtp`),
//! a rating in words is those words alone (`sangat baik`, `kualitas
//! tertinggi`, `informatif`). A grade of a counted group is no fact.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::assessment;
use super::document::Document;
use super::lexicon::{
    AWARD_HOLDERS, AWARD_PRIZES, AWARD_TAKERS, COLOUR_CLASSIFIERS, CONDITIONALS, COUNTED_PARTIES, ENUMERATION_WORDS,
    GRADE_BLOCKERS, GRADE_LETTERS, GRADE_NOUNS, GRADE_WORD_NOUNS, GRADE_WORDS, GRADE_WORDS_CAPITALISED, GROUP_PRONOUNS,
    GROUP_WORDS, INTEGRITY_LEVELS, JOINING_WORDS, KLA_TIERS, NUMBER_WORDS, NUMBERED_NAME_WORDS, OPINIONS, PARTY_KINDS,
    PERIOD_WORDS, PLACING_WORDS, POINTERS, PURPOSE_WORDS, RANGE_WORDS, RANK_NOUNS, RATED_WORDS, SCORE_NOUNS,
    SCORE_VERBS, SUPERLATIVES, VILLAGE_TIERS, ZONE_COLOURS, ZONE_LEVELS, ZONE_NOUNS, in_list,
};
use super::list;
use super::number::{is_year, parse_cardinal, parse_collective, parse_ordinal};
use super::{Found, alternation, floor_boundary};
use crate::model::FactDetail;

/// `zona hijau`, `zonasi kuning`, `zona kepatuhan tinggi`.
static ZONE: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(ZONE_NOUNS.iter().copied());
    let colours = alternation(ZONE_COLOURS.iter().chain(ZONE_LEVELS).copied());
    Regex::new(&format!(r"(?x)(?-u:\b)(?i:(?:{nouns})\s+(?:{colours}))(?-u:\b)")).expect("static zone regex")
});

/// A village's status in the village index as a title: `Desa
/// Berkembang`; the status in group `tier` (a grade only after a word that
/// gives it, see [`VILLAGE_STATUS_GIVERS`]). Anchored on `Desa`, so that
/// the search stays cheap.
static VILLAGE_STATUS: LazyLock<Regex> = LazyLock::new(|| {
    let tiers = alternation(VILLAGE_TIERS.iter().copied());
    Regex::new(&format!(r"(?-u:\b)Desa\s+(?P<tier>(?i:{tiers}))(?-u:\b)")).expect("static village status regex")
});

/// Words before `Desa Berkembang` that give the village that status.
const VILLAGE_STATUS_GIVERS: &[&str] = &["sebagai", "menjadi", "berstatus", "status", "kategori", "katagori"];

/// A level of the integrity survey as a zone: `Zona Waspada`.
static INTEGRITY_ZONE: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(ZONE_NOUNS.iter().copied());
    let levels = alternation(INTEGRITY_LEVELS.iter().copied());
    Regex::new(&format!(r"(?-u:\b)(?i:(?:{nouns})\s+(?:{levels}))(?-u:\b)")).expect("static integrity zone regex")
});

/// A colour after a classifier (`kategori merah`, `berstatus kuning`, `kategori “merah”`):
/// the classifier without `ber-` in group `noun`, the colour in `colour`.
static COLOURED: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(COLOUR_CLASSIFIERS.iter().copied());
    let colours = alternation(ZONE_COLOURS.iter().copied());
    Regex::new(&format!(r#"(?x)(?-u:\b)(?i:(?:ber)?(?P<noun>{nouns})\s+["“'‘]?(?P<colour>{colours}))(?-u:\b)"#))
        .expect("static coloured regex")
});

/// A rating in words glossing the grade before it: `zona hijau atau
/// baik`, `kategori kuning (kurang baik)`, `Zona Hijau/Terjaga`. Anchored
/// at the grade's end.
static GLOSS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(GRADE_WORDS.iter().copied());
    Regex::new(&format!(r#"(?x)^["”'’]?(?:\s+(?i:atau)\s+|\s*[(/]\s*)["“'‘]?(?P<words>(?i:{words}))(?-u:\b)"#))
        .expect("static gloss-after regex")
});

/// A rating in words that the grade after it glosses: `kepatuhan
/// pelayanan rendah (zona merah)`, `kepatuhan pelayanan sedang atau zona
/// kuning`. Anchored at the grade's start.
static GLOSS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(GRADE_WORDS.iter().copied());
    Regex::new(&format!(r#"(?x)(?-u:\b)(?P<words>(?i:{words}))["”'’]?(?:\s+(?i:atau)\s+|\s*\()["“'‘]?$"#))
        .expect("static gloss-before regex")
});

/// `kategori A`, `predikat BB`, `opini WTP`, `predikat "A"`, a record's
/// field `Kategori: A`, the verb `berpredikat A` and `predikatnya A`
/// (both valued as `predikat a`), then an
/// optional rating in words: `kategori A (sangat baik)`, `predikat A atau
/// Memuaskan`.
static LETTER: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(GRADE_NOUNS.iter().copied());
    let letters = alternation(GRADE_LETTERS.iter().copied());
    let words = alternation(GRADE_WORDS.iter().copied());
    Regex::new(&format!(
        r#"(?x)(?-u:\b)(?i:ber)?(?P<noun>(?i:{nouns}))(?i:-?nya)?(?:\s*:)?\s+["“'‘]?(?P<letter>{letters})(?:$|[^A-Za-z0-9+\-])["”'’]?
        (?: \s*\(["“'‘]?(?P<words>(?i:{words}))["”'’]?\) | \s+(?i:atau)\s+["“'‘]?(?P<or>(?i:{words}))(?-u:\b) )?"#
    ))
    .expect("static letter grade regex")
});

/// `predikat sangat baik`, `opini kualitas tertinggi`, `kategori Madya`, `Opini: kualitas tertinggi`,
/// `predikat LKPPD sangat tinggi` (an assessment's acronym between),
/// `predikat yang diraih adalah "Nindya"`, `predikat Kabupaten Sangat Inovatif`, and a move between two ratings:
/// `predikat dari "Baik" menjadi "Sangat Baik"` (group `then`).
static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(GRADE_WORD_NOUNS.iter().copied());
    let words = alternation(GRADE_WORDS.iter().copied());
    let kinds = alternation(PARTY_KINDS.iter().copied());
    Regex::new(&format!(
        r#"(?x)(?-u:\b)(?P<noun>(?i:{nouns}))(?:\s*:)?(?:\s+(?:(?i:yang|diraih|diperoleh|adalah|yaitu|yakni|ialah|berupa|akreditasi|kinerja|nilai|dari|sebelumnya|{kinds})|[A-Z]{{2,}}(?:-?nya|\s+nya)?)(?-u:\b)){{0,3}}\s+["“'‘]?
        (?P<words>(?i:{words}))(?-u:\b)
        (?:["”'’]?\s+(?i:menjadi)\s+["“'‘]?(?P<then>(?i:{words}))(?-u:\b))?"#
    ))
    .expect("static word grade regex")
});

/// What follows a rating in words held by those who took it, no noun
/// before it: `Pratama diraih 9 daerah yakni Gowa, ...`, a word that lists
/// them (group `listed`: `yang cukup informatif yaitu PDAM ...`), or its letter in
/// brackets, as a heading of the parties it holds for: `Baik (B): 2
/// kabupaten (Kabupaten Sintang, ...)` (group `letter`). The rating itself
/// is read back with [`RATING_BEFORE`]: the rare words lead the search.
static TAKEN: LazyLock<Regex> = LazyLock::new(|| {
    let letters = alternation(GRADE_LETTERS.iter().copied());
    let taking = alternation(TAKING_WORDS.iter().copied());
    Regex::new(&format!(
        r"(?x)(?: \s+(?i:{taking})(?-u:\b) | \s*\((?P<letter>{letters})\)
        | \s+(?P<listed>(?i:yaitu|yakni|ialah))(?-u:\b) )"
    ))
    .expect("static taken grade regex")
});

/// A rating in words that is no everyday word, ending the text it is
/// matched against (group `words`).
static RATING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(GRADE_WORDS.iter().copied().filter(|w| !GRADE_WORDS_CAPITALISED.contains(w)));
    Regex::new(&format!(r"(?-u:\b)(?P<words>(?i:{words}))$")).expect("static rating-before regex")
});

/// Passive verbs of taking a rating: `Predikat sedang diraih oleh ...`.
const TAKING_WORDS: &[&str] = &["diraih", "diperoleh", "disandang", "disabet"];

/// A KLA tier after `peringkat` or `tingkat` (`peringkat Nindya diraih
/// Kota Batu`, `Anugerah KLA Tingkat Madya`), the tier in group `words`:
/// elsewhere `peringkat` is a ranking's.
static TIER: LazyLock<Regex> = LazyLock::new(|| {
    let tiers = alternation(KLA_TIERS.iter().copied());
    Regex::new(&format!(r"(?-u:\b)(?i:peringkat|tingkat)\s+(?P<words>(?i:{tiers}))(?-u:\b)"))
        .expect("static tier regex")
});

/// A rating that carries its own noun (`kualitas rendah`), a grade when
/// placed on a party beside a zone: `masuk zona merah dengan kualitas rendah`.
static QUALITY: LazyLock<Regex> = LazyLock::new(|| {
    let words =
        alternation(GRADE_WORDS.iter().copied().filter(|w| w.starts_with("kualitas ") || w.starts_with("kepatuhan ")));
    Regex::new(&format!(r"(?x)(?-u:\b)(?P<words>(?i:{words}))(?-u:\b)")).expect("static quality regex")
});

/// A zone's colour alone in brackets after a score: `91.01 (Hijau)`.
static COLOUR_AFTER_SCORE: LazyLock<Regex> = LazyLock::new(|| {
    let colours = alternation(ZONE_COLOURS.iter().copied());
    Regex::new(&format!(r"[0-9]\s*\((?P<colour>(?i:{colours}))\)")).expect("static colour-after-score regex")
});

/// A rating in words in brackets after a score, alone or last of several:
/// `indeks 3,65 (Sangat Baik)`, `97,85 (Zona Hijau, Kualitas Tertinggi)`.
static AFTER_SCORE: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(GRADE_WORDS.iter().copied());
    Regex::new(&format!(r#"(?x)[0-9]\s*\((?:[^(),\n]{{1,30}},\s*)?["“'‘]?(?P<words>(?i:{words}))["”'’]?\)"#))
        .expect("static after-score regex")
});

/// An award that rates the party given it, with the prize it came as:
/// `Adipura`, `Adipura Kencana`, `Piala Adipura`, `Sertifikat Adipura`.
static AWARD: LazyLock<Regex> = LazyLock::new(|| {
    let prizes = alternation(AWARD_PRIZES.iter().copied());
    Regex::new(&format!(r"(?i)(?-u:\b)(?:(?:{prizes})\s+)?adipura(?:\s+kencana)?(?-u:\b)")).expect("static award regex")
});

/// How many words may stand between a word of receiving and the award
/// (`mendapatkan anugerah penghargaan Adipura`).
const AWARD_REACH: usize = 3;

/// `opini Wajar Tanpa Pengecualian (WTP)`, `opini disclaimer`, `predikat
/// disclaimer`, a gloss after `atau` (`(TMP) atau disclaimer`, group
/// `or`), and without
/// `opini` only the long forms that name nothing else (`mendapat penilaian
/// wajar dengan pengecualian`): the words in group `words` or `long`, the
/// acronym in brackets in group `acronym`. (`Tidak Wajar` alone is prose.)
static OPINION: LazyLock<Regex> = LazyLock::new(|| {
    let opinions = alternation(OPINIONS.iter().map(|(words, _)| *words));
    let acronyms = alternation(OPINIONS.iter().map(|(_, acronym)| *acronym).filter(|a| !a.is_empty()));
    Regex::new(&format!(
        r"(?x)(?-u:\b)(?: (?i:opini|predikat)\s+(?P<words>(?i:{opinions})) | (?P<long>(?i:wajar\s+(?:tanpa|dengan)\s+pengecualian)) )
        (?-u:\b)(?:\s*\((?P<acronym>(?i:{acronyms}))\))?(?:\s+(?i:atau)\s+(?P<or>(?i:disclaimer))(?-u:\b))?"
    ))
    .expect("static opinion regex")
});

/// A move between two letter ratings, each with its words in brackets:
/// `dari B (Baik) menjadi BB (Sangat Baik)`, `dari CC ke B`. Read only
/// after a grade noun in the sentence (`predikat SAKIP ... dari B`).
static MOVE: LazyLock<Regex> = LazyLock::new(|| {
    let letters = alternation(GRADE_LETTERS.iter().copied());
    let words = alternation(GRADE_WORDS.iter().copied());
    Regex::new(&format!(
        r#"(?x)(?-u:\b)(?i:dari)\s+(?P<from>{letters})(?:\s*\((?P<from_words>(?i:{words}))\))?
        \s+(?i:menjadi|ke)\s+(?P<to>{letters})(?:\s*\((?P<to_words>(?i:{words}))\))?(?:$|[^A-Za-z0-9+\-])"#
    ))
    .expect("static grade move regex")
});

/// An audit opinion's acronym printed alone (`berhasil mempertahankan
/// WTP`): only the two that name nothing else (`TMP` is also a heroes'
/// cemetery, `TW` a quarter).
static BARE_OPINION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:WTP|WDP)(?-u:\b)").expect("static bare opinion regex"));

/// A count of parties before a grade: `42 pemkot`, `tiga kabupaten`, or a
/// count right before it (`11 zona kuning`). The count is group `count`.
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    let parties = alternation(COUNTED_PARTIES.iter().copied());
    let words = alternation(NUMBER_WORDS.iter().map(|(word, _)| *word));
    Regex::new(&format!(
        r"(?x)(?:^|[^0-9,.])(?P<count>[0-9]+|(?-u:\b)(?i:{words}))\s+(?i:{parties})(?-u:\b)
        | (?:^|[^0-9,.])(?P<count2>[0-9]+)\s*$"
    ))
    .expect("static counted regex")
});

/// A rating in words alone in a table cell: `| 97,80 | Zona Hijau | Kualitas Tertinggi`.
static TABLE_CELL: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(GRADE_WORDS.iter().copied());
    Regex::new(&format!(r"(?mx)\|[\ \t]*(?P<words>(?i:{words}))[\ \t]*(?:\||$)")).expect("static table cell regex")
});

/// An interval of values: `88 hingga 100`, `60-70`; see [`has_interval`].
static INTERVAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[0-9](?:\s*(?:-|–)\s*|\s+(?:hingga|sampai|s\.d\.?|s/d)\s+)[0-9]+").expect("static interval regex")
});

/// Whether `text` holds an interval of values, a date's dashes
/// (`26-01-2024`) and a span of years (`tahun 2012 sampai 2015`) aside.
fn has_interval(text: &str) -> bool {
    INTERVAL.find_iter(text).any(|m| {
        // The match starts at the first number's last digit: read the whole number back.
        let first = text[..m.start() + 1].rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
        let last = m.as_str().rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
        let years = is_year(first) && is_year(last);
        !years && !text[m.end()..].starts_with('-') && !text[..m.start()].ends_with('-')
    })
}

/// Where `text` names a colour zone (`zona kuning`, `zonasi hijau`), in order.
pub(super) fn zones(text: &str) -> Vec<Range<usize>> {
    ZONE.find_iter(text).map(|m| m.range()).collect()
}

/// Every grade in `body` (subjects are added later).
pub fn find_grades(doc: &Document<'_>, out: &mut Vec<Found>) {
    let body = doc.text;
    let mut grades: Vec<(Range<usize>, String)> = Vec::new();
    for m in ZONE.find_iter(body) {
        grades.push((m.range(), lower_words(m.as_str())));
    }
    // Printed as a title (`Desa Berkembang`) after a word that gives it:
    // `desa tertinggal sebanyak 333` counts villages.
    for caps in VILLAGE_STATUS.captures_iter(body) {
        let given = caps.get(0).is_some_and(|whole| {
            let before = body[..whole.start()].split_whitespace().next_back().unwrap_or("");
            in_list(VILLAGE_STATUS_GIVERS, before)
        });
        if let Some(tier) = caps.name("tier").filter(|t| given && t.as_str().starts_with(char::is_uppercase)) {
            grades.push((tier.range(), lower_words(tier.as_str())));
        }
    }
    // Only in an article about an assessment: `status merah` is also a volcano's or a flood's.
    let assessed = doc.about_an_assessment();
    for m in INTEGRITY_ZONE.find_iter(if assessed { body } else { "" }) {
        if held_by_party(doc, m.range()) {
            grades.push((m.range(), lower_words(m.as_str())));
        }
    }
    for caps in COLOURED.captures_iter(if assessed { body } else { "" }) {
        let (Some(whole), Some(noun), Some(colour)) = (caps.get(0), caps.name("noun"), caps.name("colour")) else {
            continue;
        };
        if held_by_party(doc, whole.range()) {
            let value = format!("{} {}", noun.as_str().to_lowercase(), colour.as_str().to_lowercase());
            grades.push((whole.range(), value));
        }
    }
    for caps in LETTER.captures_iter(body) {
        let (Some(noun), Some(letter)) = (caps.name("noun"), caps.name("letter")) else { continue };
        grades.push((
            noun.start()..letter.end(),
            format!("{} {}", noun.as_str().to_lowercase(), letter.as_str().to_lowercase()),
        ));
        if let Some(words) = caps.name("words").or(caps.name("or")) {
            grades.push((words.range(), lower_words(words.as_str())));
        }
    }
    for caps in WORDS.captures_iter(body).chain(AFTER_SCORE.captures_iter(body)) {
        if let Some(words) = caps.name("words").filter(|w| !names_with_acronym(body, w.end())).filter(|w| {
            let capitalised = w.as_str().starts_with(char::is_uppercase);
            let everyday = GRADE_WORDS_CAPITALISED.iter().any(|c| c.eq_ignore_ascii_case(w.as_str()));
            // `predikat Kabupaten Sangat Inovatif`, but `kategori Kota Sedang` is a city's size.
            let kind_between = caps
                .name("noun")
                .is_some_and(|noun| body[noun.end()..w.start()].split_whitespace().any(|b| in_list(PARTY_KINDS, b)));
            if kind_between && everyday {
                return false;
            }
            match caps.name("noun") {
                // `status Mandiri` of an index (`berstatus maju dengan skor
                // 0,79`) or `status akreditasi Paripurna`, never `status baik`
                // of a thing or `berstatus Waspada` of a volcano.
                Some(noun) if ["status", "berstatus"].iter().any(|s| noun.as_str().eq_ignore_ascii_case(s)) => {
                    let sentence = doc.sentence_or_point(noun.start());
                    let scored = body[sentence.clone()]
                        .split_whitespace()
                        .any(|w| in_list(SCORE_NOUNS, w.trim_matches(|c: char| !c.is_alphanumeric())));
                    // `Kota Balikpapan berstatus Sangat Tinggi`: a named party.
                    let named = || !doc.mentions_in(sentence.clone()).is_empty();
                    let lower = caps[0].to_lowercase();
                    // In a scored sentence, an everyday level counts as `status
                    // kinerja tinggi` (a level of performance, however printed) or
                    // placed on a named party (`Pemkot Bandarlampung mendapat
                    // status rendah ... dengan skor 2,5452`).
                    let level = || lower.contains("kinerja") || placed(doc, noun.start());
                    // `status menuju informatif ialah, Pemkot Blitar, ...`: its parties listed.
                    let listed = || opens_with_listing(&body[w.end()..].trim_start().to_ascii_lowercase());
                    (capitalised && (lower.contains("akreditasi") || named()))
                        || (scored && (capitalised || !everyday || level()))
                        || (!everyday && listed())
                }
                // `NTB tetap berada pada kategori tinggi`: an everyday word
                // placing a named party in a category, or quoted as a term
                // or taken (`Predikat "sedang" diraih oleh ...`).
                Some(noun) => {
                    let quoted = body[..w.start()].ends_with(['"', '“', '\'', '‘']);
                    let taken = body[w.end()..]
                        .trim_start_matches(['"', '”', '\'', '’'])
                        .split_whitespace()
                        .next()
                        .is_some_and(|next| in_list(TAKING_WORDS, next));
                    capitalised || !everyday || quoted || taken || placed(doc, noun.start())
                }
                None => capitalised || !everyday,
            }
        }) {
            grades.push((words.range(), lower_words(words.as_str())));
            if let Some(then) = caps.name("then") {
                grades.push((then.range(), lower_words(then.as_str())));
            }
        }
    }
    // Only in an article about an assessment: `dari` starts many a phrase.
    for caps in MOVE.captures_iter(if doc.assessed { body } else { "" }) {
        let Some(whole) = caps.get(0) else { continue };
        let sentence = doc.sentence_or_point(whole.start());
        let lead = &body[sentence.start.min(whole.start())..whole.start()];
        if !lead.split_whitespace().any(|w| in_list(GRADE_NOUNS, w)) {
            continue;
        }
        for name in ["from", "from_words", "to", "to_words"] {
            if let Some(m) = caps.name(name) {
                grades.push((m.range(), lower_words(m.as_str())));
            }
        }
    }
    // Only where the article names colour zones: `91.01 (Hijau)` is the zone's colour.
    for caps in COLOUR_AFTER_SCORE.captures_iter(if doc.names_zone() { body } else { "" }) {
        if let Some(colour) = caps.name("colour") {
            grades.push((colour.range(), colour.as_str().to_lowercase()));
        }
    }
    for caps in QUALITY.captures_iter(body) {
        let Some(words) = caps.name("words") else { continue };
        let previous = body[..words.start()].split_whitespace().next_back().unwrap_or("");
        let zoned = || doc.names_zone_in(doc.sentence_or_point(words.start()));
        // `masuk zona merah dengan kualitas rendah`, `Kategori B Zona Hijau
        // kualitas tinggi`, and in an article about zones `memperoleh
        // penilaian kualitas tertinggi` or `berada pada nilai kualitas tinggi`.
        let placed = ((in_list(PLACING_WORDS, previous) || in_list(ZONE_COLOURS, previous)) && zoned())
            || (in_list(RATED_WORDS, previous) && doc.names_zone());
        if placed && !grades.iter().any(|(read, _)| *read == words.range()) {
            grades.push((words.range(), lower_words(words.as_str())));
        }
    }
    // Only where the award is named at all: the pattern is costly to run.
    let named_award = doc.assessments().iter().any(|named| named.id == "adipura");
    for m in AWARD.find_iter(if named_award { body } else { "" }) {
        if awarded(doc, m.range()) {
            grades.push((m.range(), lower_words(m.as_str())));
        }
    }
    // An opinion in words is those words (`wajar dengan pengecualian`), and
    // its acronym in brackets a grade of its own (`wdp`), as one printed alone is.
    let mut opinions = Vec::new();
    for caps in OPINION.captures_iter(body) {
        let Some(words) = caps.name("words").or(caps.name("long")) else { continue };
        grades.push((words.range(), lower_words(words.as_str())));
        if let Some(acronym) = caps.name("acronym") {
            opinions.push(acronym.range());
            grades.push((acronym.range(), acronym.as_str().to_lowercase()));
        }
        if let Some(or) = caps.name("or") {
            grades.push((or.range(), or.as_str().to_lowercase()));
        }
    }
    for m in BARE_OPINION.find_iter(body) {
        let noun = body[..m.start()].split_whitespace().next_back().is_some_and(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            in_list(GRADE_NOUNS, w)
        });
        if !noun && !opinions.contains(&m.range()) {
            grades.push((m.range(), m.as_str().to_lowercase()));
        }
    }
    // Only capitalised and in an article about an assessment: `baik
    // diraih` is everyday prose. Before a word that lists parties, the
    // parties must follow, and a rating of two words or more holds in
    // lower case too (`tiga BUMD di Banten yang cukup informatif yaitu
    // PDAM Tirta Benteng, ...`).
    for caps in TAKEN.captures_iter(if doc.assessed { body } else { "" }) {
        let Some(whole) = caps.get(0) else { continue };
        let Some(words) = words_before(&RATING_BEFORE, body, whole.start(), RATING_REACH) else { continue };
        let capitalised = body[words.clone()].starts_with(char::is_uppercase);
        let kept = match caps.name("listed") {
            // (A rating only one assessment gives is no everyday word: `4 yang informative yakni ...`.)
            Some(_) => {
                let rare = || assessment::implied_by_grade(&lower_words(&body[words.clone()])).is_some();
                (capitalised || body[words.clone()].contains(' ') || rare())
                    && enumeration_after(doc, words.end, true).is_some()
            }
            None => capitalised,
        };
        if !kept {
            continue;
        }
        if !read_within(&grades, &words) {
            grades.push((words.clone(), lower_words(&body[words])));
        }
        if let Some(letter) = caps.name("letter") {
            grades.push((letter.range(), letter.as_str().to_lowercase()));
        }
    }
    for caps in TIER.captures_iter(body) {
        if let Some(words) = caps.name("words") {
            grades.push((words.range(), lower_words(words.as_str())));
        }
    }
    for caps in TABLE_CELL.captures_iter(body) {
        if let Some(words) = caps.name("words") {
            grades.push((words.range(), lower_words(words.as_str())));
        }
    }
    column_grades(body, &mut grades);
    // A counted group whose parties are then named holds for each of them.
    // A band (`zona kuning ada di rentang 50-80`) is no result unless its
    // parties are named (`berstatus kuning atau di kisaran 20 hingga 30
    // persen meliputi Samosir, ...`).
    let scales = scale_sentences(doc, &grades);
    grades.retain(|(span, _)| {
        let listed = || enumeration_after(doc, span.end, true).is_some();
        (!counted_group(doc, span.start) || listed())
            && !rule_or_wish(body, span.clone())
            && !valued_superlative(body, span.clone())
            && (!band(body, span.end) || listed())
            && (!scales.iter().any(|s| s.contains(&span.start)) || listed())
    });
    glosses(body, &mut grades);
    out.extend(
        grades.into_iter().map(|(span, value)| Found { span, detail: FactDetail::Grade { value, subject: None } }),
    );
}

/// The sentences that lay out a scale rather than give results: three
/// grades or more of one noun and different values, with no party and no
/// year named (`Hasilnya dipilah ke dalam tiga Kategori; Tingkat Kepatuhan
/// Tinggi (Zona Hijau), Tingkat Kepatuhan Sedang (Zona Kuning), dan ...`).
fn scale_sentences(doc: &Document<'_>, grades: &[(Range<usize>, String)]) -> Vec<Range<usize>> {
    let mut scales: Vec<Range<usize>> = Vec::new();
    for (span, _) in grades {
        let sentence = doc.sentence_or_point(span.start);
        let text = &doc.text[sentence.clone()];
        if scales.contains(&sentence)
            || !doc.mentions_in(sentence.clone()).is_empty()
            || text.split_whitespace().any(|w| is_year(w.trim_matches(|c: char| !c.is_ascii_digit())))
        {
            continue;
        }
        let mut values: Vec<&str> =
            grades.iter().filter(|(s, _)| sentence.contains(&s.start)).map(|(_, v)| v.as_str()).collect();
        values.sort_unstable();
        values.dedup();
        // Grades of one noun: `zona hijau`, `zona kuning`, `zona merah`.
        if values.iter().any(|v| {
            values.iter().filter(|w| w.contains(' ') && first_word(w) == first_word(v)).count() >= SCALE_GRADES
        }) {
            scales.push(sentence);
        }
    }
    scales
}

/// A grade's first word: its noun when it has one (`zona` of `zona hijau`).
fn first_word(value: &str) -> &str {
    value.split(' ').next().unwrap_or("")
}

/// How many different grades of one noun in a sentence that names no party lay out a scale.
const SCALE_GRADES: usize = 3;

/// Ratings in words that gloss a grade read, before or after it, as
/// grades of their own: `zona hijau atau baik` is `zona hijau` and `baik`,
/// as FACTS.md has `kategori B (baik)` give two grades.
fn glosses(body: &str, grades: &mut Vec<(Range<usize>, String)>) {
    const REACH: usize = 60;
    let mut glossed = Vec::new();
    for (span, _) in grades.iter() {
        let after = &body[span.end..floor_boundary(body, span.end + REACH)];
        let found =
            GLOSS_AFTER.captures(after).and_then(|c| c.name("words")).map(|w| span.end + w.start()..span.end + w.end());
        for words in found.into_iter().chain(words_before(&GLOSS_BEFORE, body, span.start, REACH)) {
            if !read_within(grades, &words) && !read_within(&glossed, &words) {
                glossed.push((words.clone(), lower_words(&body[words])));
            }
        }
    }
    grades.extend(glossed);
}

/// Where `pattern` (anchored at its end) finds its group `words` in the
/// `reach` bytes of `body` before byte `end`.
fn words_before(pattern: &Regex, body: &str, end: usize, reach: usize) -> Option<Range<usize>> {
    let start = floor_boundary(body, end.saturating_sub(reach));
    let words = pattern.captures(&body[start..end])?.name("words")?;
    Some(start + words.start()..start + words.end())
}

/// Whether `span` lies within a grade of `grades` already read.
fn read_within(grades: &[(Range<usize>, String)], span: &Range<usize>) -> bool {
    grades.iter().any(|(read, _)| read.start <= span.start && span.end <= read.end)
}

/// Letter grades in a table's column headed by a grade noun: under `Pemda
/// | Nilai | Kategori |`, the row `Kab. Kaur | 42,81 | C |` gives
/// `kategori c` (the row's party is its subject).
fn column_grades(body: &str, grades: &mut Vec<(Range<usize>, String)>) {
    if !body.contains('|') {
        return;
    }
    // The grade column's index and noun, while a table goes on.
    let mut column: Option<(usize, String)> = None;
    let mut start = 0;
    for line in body.split_inclusive('\n') {
        let line_start = start;
        start += line.len();
        if !list::is_table_row(line) {
            column = None;
            continue;
        }
        let mut cells = Vec::new();
        let mut cell_start = line_start;
        for (i, _) in line.match_indices('|') {
            cells.push(cell_start..line_start + i);
            cell_start = line_start + i + 1;
        }
        let trimmed = |cell: &Range<usize>| body[cell.clone()].trim();
        if let Some(at) = cells
            .iter()
            .position(|cell| in_list(GRADE_NOUNS, trimmed(cell)) && !trimmed(cell).eq_ignore_ascii_case("nilai"))
        {
            column = Some((at, trimmed(&cells[at]).to_lowercase()));
            continue;
        }
        let Some((at, noun)) = &column else { continue };
        let Some(cell) = cells.get(*at) else { continue };
        let letter = trimmed(cell);
        if GRADE_LETTERS.contains(&letter) {
            let offset = body[cell.clone()].find(letter).unwrap_or(0);
            let span = cell.start + offset..cell.start + offset + letter.len();
            grades.push((span, format!("{noun} {}", letter.to_lowercase())));
        }
    }
}

/// Whether a grade at `span` is said of a party: its sentence names one,
/// names a party noun before it (`ketika daerah ini masuk kategori
/// hijau`), or is followed by the list of those it holds for. (`Pasien
/// dengan kategori merah` is triage.)
fn held_by_party(doc: &Document<'_>, span: Range<usize>) -> bool {
    let sentence = doc.sentence_or_point(span.start);
    doc.names_party(sentence.clone())
        || doc.text[sentence.start.min(span.start)..span.start]
            .split_whitespace()
            .any(|w| in_list(COUNTED_PARTIES, w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/')))
        || enumeration_after(doc, span.end, true).is_some()
}

/// Whether the word before a grade noun places a party in it (`pada`,
/// `masuk`) and the sentence names that party.
fn placed(doc: &Document<'_>, noun: usize) -> bool {
    let placing = doc.text[..noun].split_whitespace().next_back().is_some_and(|w| in_list(PLACING_WORDS, w));
    placing && !doc.mentions_in(doc.sentence_or_point(noun)).is_empty()
}

/// Lower case with single spaces: `Zona  Hijau` is `zona hijau`.
fn lower_words(text: &str) -> String {
    text.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// Whether an interval in the clause after a grade ending at `end`, after
/// a word of range, makes the grade a band: `zona kuning atau kepatuhan
/// sedang ada di rentang 50-80`.
fn band(body: &str, end: usize) -> bool {
    let rest = &body[end..floor_boundary(body, end + 80)];
    let clause = &rest[..rest.find(['.', ';', ',', '\n']).unwrap_or(rest.len())];
    has_interval(clause) && clause.split_whitespace().any(|w| in_list(RANGE_WORDS, w))
}

/// Whether the clause around a grade makes it a rule or a wish, not a
/// party's result: an interval before it (`nilai 88 hingga 100 masuk
/// kategori A`) or after it (`predikat A untuk nilai 80 hingga 90`), a
/// target (`target kami tahun depan predikat A`) or a purpose (`Untuk
/// meraih predikat A`).
fn rule_or_wish(body: &str, span: Range<usize>) -> bool {
    let window = floor_boundary(body, span.start.saturating_sub(120));
    let sentence_start = body[window..span.start].rfind(['.', ';', '\n']).map_or(window, |p| window + p + 1);
    let Some(lead) = body.get(sentence_start..span.start) else { return false };
    let clause = &lead[lead.rfind(',').map_or(0, |p| p + 1)..];
    let rest = &body[span.end..floor_boundary(body, (span.end + 80).min(body.len()))];
    let after = &rest[..rest.find(['.', ';', ',', '\n']).unwrap_or(rest.len())];
    let last: Vec<&str> = clause.split_whitespace().rev().take(2).collect();
    let purpose = last.len() == 2 && in_list(SCORE_VERBS, last[0]) && in_list(PURPOSE_WORDS, last[1]);
    // `Kalau bisa tembus 88,31, kita masuk kategori A`: a condition opening
    // the sentence; `Jika tahun lalu Jember masuk zona hijau, ...` compares
    // with the past instead.
    let lower = lead.to_lowercase();
    let conditional = lead.split_whitespace().next().is_some_and(|w| in_list(CONDITIONALS, w))
        && !PERIOD_WORDS.iter().any(|period| lower.contains(period));
    has_interval(lead)
        || conditional
        || (has_interval(after) && after.split_whitespace().any(|w| in_list(PURPOSE_WORDS, w)))
        || clause.split_whitespace().any(|w| in_list(GRADE_BLOCKERS, w))
        || purpose
}

/// Whether a rating that is a superlative describes values, a value's noun
/// right before it (`sepuluh kabupaten dengan nilai kepatuhan tertinggi`),
/// not a grade given (`kategori kepatuhan tertinggi`).
fn valued_superlative(body: &str, span: Range<usize>) -> bool {
    let superlative = body[span.clone()].split_whitespace().next_back().is_some_and(|w| in_list(SUPERLATIVES, w));
    superlative && body[..span.start].split_whitespace().next_back().is_some_and(|w| in_list(SCORE_NOUNS, w))
}

/// Whether the words of a rating at `end` are part of a name: closed by
/// its acronym (`Lembaga Akreditasi Mandiri (LAM)`) or going on into an
/// award's name (`Predikat Kepatuhan Tinggi Standar Pelayanan Publik`).
fn names_with_acronym(body: &str, end: usize) -> bool {
    let rest = body[end..].trim_start_matches(' ');
    let acronym = rest
        .strip_prefix('(')
        .and_then(|inner| inner.split_once(')'))
        .is_some_and(|(acronym, _)| acronym.len() >= 2 && acronym.chars().all(|c| c.is_ascii_uppercase() || c == '-'));
    let award = rest.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("standar"));
    acronym || award
}

/// Whether a count of parties or an unnamed group (`sisanya`, `tidak ada
/// yang`) stands in the clause before a grade, and no named party joined
/// to it holds the grade too (`Provinsi Kaltim beserta 9 Kabupaten dan
/// Kota mendapatkan predikat WTP` is Kaltim's) nor names it (`satu daerah
/// yakni Kota Baubau meraih`).
fn counted_group(doc: &Document<'_>, start: usize) -> bool {
    let body = doc.text;
    let window = floor_boundary(body, start.saturating_sub(80));
    // A comma inside a number (`4,61 kategori A`) ends no clause.
    let lead = &body[window..start];
    let clause_start = lead
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '.' | ',' | ';' | '\n')
                && !(lead[..i].ends_with(|d: char| d.is_ascii_digit())
                    && lead[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        })
        .map_or(window, |(i, _)| window + i + 1);
    body.get(clause_start..start).is_some_and(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        let joined_to_party = |count: usize| {
            let sentence = doc.sentence_or_point(start).start;
            doc.mentions_in(sentence.min(clause_start)..clause_start + count).last().is_some_and(|party| {
                let between = &body[party.span.end..clause_start + count];
                between.split_whitespace().count() == 1 && in_list(JOINING_WORDS, between.trim())
            })
        };
        // `satu daerah di Sultra yakni Kota Baubau berhasil meraih`: the group named.
        let named_after = |count: usize| {
            let lower = clause[count..].to_ascii_lowercase();
            let listing = lower.match_indices(' ').any(|(at, _)| opens_with_listing(&lower[at + 1..]));
            listing && !doc.mentions_in(clause_start + count..start).is_empty()
        };
        COUNTED.captures_iter(clause).any(|caps| {
            let Some(number) = caps.name("count").or(caps.name("count2")) else { return false };
            let count = number.start();
            // `SMA Negeri 1 Kota Madiun`: a number inside a name counts
            // nothing, nor does a year (`pada tahun 2021 Pemprov DKI mendapat`)
            // or the whole a place is out of (`urutan ke 28 dari 34 provinsi`,
            // but `9 dari 23 daerah` counts the nine).
            let mut before = clause[..count].split_whitespace().rev();
            let previous = before.next();
            let out_of = previous.is_some_and(|w| w.eq_ignore_ascii_case("dari")) && {
                let (place, noun) = (before.next().unwrap_or(""), before.next().unwrap_or(""));
                parse_ordinal(place).is_some()
                    || (parse_cardinal(place).is_some()
                        && (in_list(RANK_NOUNS, noun) || noun.eq_ignore_ascii_case("ke")))
            };
            !previous.is_some_and(|w| in_list(NUMBERED_NAME_WORDS, w))
                && !out_of
                && !is_year(number.as_str())
                && !joined_to_party(count)
                && !named_after(count)
        }) || words.iter().any(|w| in_list(GROUP_WORDS, w))
            || words.windows(2).any(|pair| in_list(GROUP_WORDS, &format!("{} {}", pair[0], pair[1])))
    })
}

/// Where the parties of a grade named after it are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Listing {
    /// From the word that lists them to the sentence's end (`, yakni Kabupaten Blora`).
    RestOfSentence,
    /// Inside the brackets that follow the grade, closed at this byte
    /// (`Zona kuning (Pemrov Malut, Pemkab Halsel, ...)`).
    Bracketed(usize),
    /// The next sentence, which opens by listing them (`Yakni, Pemkab
    /// Ponorogo ...`, `Empat polres itu adalah ...`) and starts at this byte.
    NextSentence(usize),
}

/// Where the parties a grade holds for are listed, when they are named
/// after it, a few words on: in its sentence from the word that lists them
/// (`, yakni Kabupaten Blora`, `antara lain Kabupaten Sampang`, `pada tahun
/// 2021 yaitu Provinsi NTT`, `sesuai urutan adalah Kota Tebing Tinggi`,
/// `dengan kategori B di tempati Luwu Utara`), in the brackets that follow
/// it (`Zona kuning opini kualitas Sedang (Pemrov Malut, Pemkab Halsel,
/// ...)`), or in the next sentence when it opens by listing named parties
/// (`... masuk zona hijau. Yakni, Pemkab Ponorogo (nilai 87,88), ...`),
/// or in a later sentence that points back to the counted group (see
/// [`pointed_listing_after`]). Brackets of other words (`kategori B (kualitas tinggi)`) are passed over.
/// With `valued`, parties named each with its value list them too (see
/// [`valued_rows`]): a grade's holders, where a value's would each hold its own.
pub(super) fn enumeration_after(doc: &Document<'_>, end: usize, valued: bool) -> Option<Listing> {
    listing_after(doc, end, valued).or_else(|| pointed_listing_after(doc, end).map(Listing::NextSentence))
}

/// [`enumeration_after`] but for a later sentence that points back to a counted group.
fn listing_after(doc: &Document<'_>, end: usize, valued: bool) -> Option<Listing> {
    let body = doc.text;
    let rest = &body[end..floor_boundary(body, (end + ENUMERATION_REACH).min(body.len()))];
    // ASCII lower case keeps every byte where it was: offsets into `lower` are offsets into `rest`.
    let lower = rest.to_ascii_lowercase();
    let mut at = 0;
    for words in 0..=MAX_WORDS_TO_UNNAMED_LISTING {
        // `masuk kategori informatif: Badan ..., Dinas ...`: a colon lists.
        if words <= MAX_WORDS_BEFORE_ENUMERATION && lower[at..].trim_start().starts_with(':') {
            return Some(Listing::RestOfSentence);
        }
        let from = lower[at..].trim_start_matches([',', ':', ' ', '\u{a0}', '\t']);
        // A line break ends the sentence, and with it the search.
        if from.starts_with(['\n', '\r']) {
            return None;
        }
        let here = lower.len() - from.len();
        // Farther on when nobody is named on the way (`yang berstatus
        // kuning atau prevalensi stuntingnya berada di kisaran 20 hingga 30
        // persen meliputi Samosir, ...`).
        let near = || {
            let listed = end + here..doc.sentence_or_point(end + here).end;
            words <= MAX_WORDS_BEFORE_ENUMERATION
                || (doc.mentions_in(end..end + here).is_empty() && doc.names_party(listed))
        };
        if (opens_with_listing(from) || (valued && valued_rows(doc, end + here))) && near() {
            return Some(Listing::RestOfSentence);
        }
        // A list of names in brackets: `(Pemrov Malut, Pemkab Halsel, ...)`.
        if from.starts_with('(') {
            let open = end + here + 1;
            let close = body[open..].find([')', '\n']).map(|p| open + p)?;
            let inner = &body[open..close];
            if inner.starts_with(char::is_uppercase) && inner.contains(", ") {
                return Some(Listing::Bracketed(close));
            }
            if inner.contains(|c: char| c.is_ascii_digit()) || body[close..].starts_with('\n') {
                return None;
            }
            at = close + 1 - end;
            if at > lower.len() {
                return None;
            }
            continue;
        }
        let word = from.split_whitespace().next()?;
        // A value (`nilai 87,5`) is a party's own: whole numbers (years,
        // counts, bounds) are passed.
        let bare = word.trim_end_matches([',', ':', '.']);
        if bare.contains(|c: char| c.is_ascii_digit()) && bare.contains([',', '.', '%']) {
            return None;
        }
        // `Peringkat 10 besar kota toleran tertinggi: Salatiga, Singkawang, ...`.
        if words <= MAX_WORDS_BEFORE_ENUMERATION && word.ends_with(':') {
            return Some(Listing::RestOfSentence);
        }
        let word_end = end + here + word.len();
        // A stop that ends the sentence (not `Kab.`): the next may list the parties.
        if word.trim_end_matches(['"', '\'', '”', '’']).ends_with('.') && doc.ends_sentence(word_end) {
            return (words <= MAX_WORDS_TO_SENTENCE_END)
                .then(|| listing_sentence_after(doc, word_end).map(Listing::NextSentence))
                .flatten();
        }
        if word.ends_with(';') {
            return None;
        }
        at = here + word.len();
    }
    None
}

/// Whether parties named each with its value open at `at` and go on in
/// the sentence (`dengan perolehan nilai Kabupaten Lingga 87,27, Provinsi
/// Kepulauan Riau 85,97, ...`): the holders of the grade before, listed.
fn valued_rows(doc: &Document<'_>, at: usize) -> bool {
    let mentions = doc.mentions_in(at..doc.sentence_or_point(at).end);
    let valued = |end: usize| {
        let rest = doc.text[end..].trim_start_matches([' ', '(', '\u{a0}']);
        let number = rest.split_whitespace().next().unwrap_or_default().trim_end_matches([',', ')', ';', '.']);
        is_decimal(number)
    };
    mentions.first().is_some_and(|m| m.span.start == at)
        && mentions.iter().filter(|m| valued(m.span.end)).count() >= MIN_VALUED_ROWS
}

/// How many parties with their values make a list of a grade's holders.
const MIN_VALUED_ROWS: usize = 2;

/// Whether `word` is a decimal as printed (`87,27`, `85.97`).
fn is_decimal(word: &str) -> bool {
    word.contains([',', '.'])
        && word.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && word.starts_with(|c: char| c.is_ascii_digit())
        && word.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether `text` (ASCII lower-cased) opens with a word that lists parties.
pub(super) fn opens_with_listing(text: &str) -> bool {
    ENUMERATION_WORDS.iter().any(|word| {
        text.strip_prefix(word)
            .is_some_and(|after| after.starts_with(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | ';')))
    })
}

/// How many words may open a sentence before `itu` and the word that
/// lists (`Empat polres itu adalah`, `Kelima daerah tersebut yakni`).
const MAX_POINTER_WORDS: usize = 3;

/// The start of the sentence after the one ending at byte `end`, when it
/// opens by listing parties it names: a word that lists (`Yakni, ...`) or a
/// pointer to the group then one (`Empat polres itu adalah ...`).
fn listing_sentence_after(doc: &Document<'_>, end: usize) -> Option<usize> {
    let sentence = doc.sentences.get(doc.sentences.partition_point(|s| s.end <= end))?.clone();
    // The next sentence, in the same paragraph or the next: never past a blank line.
    if doc.text[end..sentence.start].matches('\n').count() > 1 {
        return None;
    }
    let lower = doc.text[sentence.clone()].to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().take(MAX_POINTER_WORDS + 3).collect();
    // `Empat polres itu adalah`, `Keenam daerah itu ialah`, or a
    // collective or a pronoun alone: `Kelimanya ialah`, `Mereka adalah`.
    let collective = words.first().is_some_and(|w| parse_collective(w).is_some() || in_list(GROUP_PRONOUNS, w));
    let pointed =
        words.iter().take(MAX_POINTER_WORDS + 1).position(|w| in_list(POINTERS, w)).or(collective.then_some(0));
    let opening = format!("{} ", words[pointed.map_or(0, |i| i + 1)..].join(" "));
    (opens_with_listing(&opening) && doc.names_party(sentence.clone())).then_some(sentence.start)
}

/// The start of a sentence, one of the few after the one ending at byte
/// `end`, that points back to the group counted there and lists it: `NTT
/// masih memiliki 15 kabupaten berkategori merah.` ... `Hasto menyebut, 15
/// kabupaten tersebut adalah Timor Tengah Selatan, ...`; `... ada 6
/// daerah. Keenam daerah itu ialah ...`. The count must be the same.
fn pointed_listing_after(doc: &Document<'_>, end: usize) -> Option<usize> {
    let here = doc.sentence_index(end.saturating_sub(1))?;
    let counts: Vec<u32> = doc.text[doc.sentences[here].clone()]
        .split_whitespace()
        .filter_map(|w| parse_cardinal(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    let count = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        parse_cardinal(w).or_else(|| parse_ordinal(w))
    };
    doc.sentences[here + 1..].iter().take(POINTED_SENTENCES).find_map(|sentence| {
        let lower = doc.text[sentence.clone()].to_ascii_lowercase();
        let words: Vec<&str> =
            lower.split_whitespace().take(MAX_POINTED_WORDS + MAX_WORDS_TO_UNNAMED_LISTING).collect();
        // The words joined by single spaces, each followed by one, and where
        // each starts there, built once when first asked: whether the words
        // from the `from`-th on open with one that lists is read from one string.
        let joined: std::cell::OnceCell<(String, Vec<usize>)> = std::cell::OnceCell::new();
        let listing = |from: usize| {
            let (joined, starts) = joined.get_or_init(|| {
                let starts = words.iter().scan(0, |at, w| Some(std::mem::replace(at, *at + w.len() + 1))).collect();
                (words.iter().flat_map(|w| [*w, " "]).collect(), starts)
            });
            starts.get(from).is_some_and(|&at| opens_with_listing(&joined[at..]))
        };
        let pointer = words.iter().take(MAX_POINTED_WORDS).position(|w| in_list(POINTERS, w));
        let listed = match pointer {
            // `15 kabupaten tersebut`, `Keenam daerah itu`, `Enam kabupaten atau kota tersebut`: a count before.
            Some(pointer) => words[..pointer].iter().find_map(|w| count(w)).filter(|_| listing(pointer + 1)),
            // `Ia menyebut lima daerah yang memperoleh kualitas tertinggi ... yaitu`:
            // a count of parties, a clause saying what they took, then a word
            // that lists them (not `Adapun 11 pemerintah kabupaten masing-masing`).
            None => {
                let at = (0..words.len().min(MAX_POINTED_WORDS)).find(|&i| {
                    count(words[i]).is_some() && words.get(i + 1).is_some_and(|noun| in_list(COUNTED_PARTIES, noun))
                })?;
                let listed = (at + 2..words.len()).find(|&i| listing(i))?;
                count(words[at]).filter(|_| words[at + 2..listed].contains(&"yang"))
            }
        };
        listed.filter(|n| counts.contains(n) && doc.names_party(sentence.clone())).map(|_| sentence.start)
    })
}

/// How many sentences after a counted group's may point back to it.
const POINTED_SENTENCES: usize = 2;

/// How many words may open a sentence before the pointer to a counted
/// group (`Hasto menyebut, 15 kabupaten tersebut`).
const MAX_POINTED_WORDS: usize = 6;

/// How far before what follows it a rating taken is read back, in bytes.
const RATING_REACH: usize = 40;

/// How many words may stand between a grade and the word that lists its
/// parties (`opini WTP pada tahun 2021 yaitu`).
const MAX_WORDS_BEFORE_ENUMERATION: usize = 5;

/// How many words may stand between a grade and its sentence's end when
/// the next sentence lists its parties (`masuk zona hijau atau dengan
/// kategori B (kualitas tinggi) atau di bawah rata-rata. Yakni, ...`).
const MAX_WORDS_TO_SENTENCE_END: usize = 9;

/// How many words may stand between a grade and the word that lists its
/// parties when none of them names a party.
const MAX_WORDS_TO_UNNAMED_LISTING: usize = 14;

/// How far after a grade the word that lists its parties is looked for, in bytes.
const ENUMERATION_REACH: usize = 160;

/// Whether the award at `span` is given to a party: taken a few words
/// after a word of receiving (`Kota Bontang meraih Adipura Kencana`,
/// `meraih penghargaan piala Adipura`, `predikat Adipura`), given `untuk`
/// or `kepada` a party named right after, or a list row's (`Kota Samarinda
/// – Adipura`). A name of the assessment alone (`penilaian Adipura 2023`)
/// is none.
fn awarded(doc: &Document<'_>, span: Range<usize>) -> bool {
    let body = doc.text;
    let sentence = doc.sentence_or_point(span.start);
    let lead = &body[sentence.start.min(span.start)..span.start];
    // (`daerah penerima Adipura Kencana` is a kind of party, unless they are listed.)
    let taken = lead.split_whitespace().rev().take(AWARD_REACH).any(|w| {
        in_list(AWARD_TAKERS, w) || (in_list(AWARD_HOLDERS, w) && enumeration_after(doc, span.end, true).is_some())
    });
    let given = || {
        let rest = body[span.end..].trim_start();
        let to = ["untuk ", "kepada "].iter().find_map(|w| rest.strip_prefix(w)).map(|r| r.trim_start());
        to.is_some_and(|r| {
            let at = body.len() - r.len();
            doc.mentions_in(at..sentence.end.max(at)).first().is_some_and(|m| m.span.start == at)
        })
    };
    let row = || {
        let line = body[..span.start].rfind('\n').map_or(0, |p| p + 1);
        let lead = body[line..span.start].trim_end();
        let named = list::before_row_value(lead);
        named.len() < lead.len()
            && doc.mentions_in(line..span.start).last().is_some_and(|m| m.span.end == line + named.len())
    };
    taken || given() || row()
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&ZONE);
    LazyLock::force(&LETTER);
    LazyLock::force(&WORDS);
    LazyLock::force(&AFTER_SCORE);
    LazyLock::force(&COLOUR_AFTER_SCORE);
    LazyLock::force(&AWARD);
    LazyLock::force(&VILLAGE_STATUS);
    LazyLock::force(&OPINION);
    LazyLock::force(&BARE_OPINION);
    LazyLock::force(&COUNTED);
    LazyLock::force(&INTERVAL);
    LazyLock::force(&TABLE_CELL);
    LazyLock::force(&TIER);
    LazyLock::force(&INTEGRITY_ZONE);
    LazyLock::force(&TAKEN);
    LazyLock::force(&RATING_BEFORE);
    LazyLock::force(&QUALITY);
    LazyLock::force(&MOVE);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grades(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        find_grades(&Document::new(text), &mut out);
        out.iter()
            .map(|f| match &f.detail {
                FactDetail::Grade { value, .. } => format!("{value} | {}", &text[f.span.clone()]),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn zones_letters_and_words_are_read() {
        let cases: &[(&str, &[&str])] = &[
            (
                "masuk dalam zona hijau kategori A, meraih opini kualitas tertinggi",
                &["zona hijau | zona hijau", "kategori a | kategori A", "kualitas tertinggi | kualitas tertinggi"],
            ),
            ("dengan kategori A (sangat baik).", &["kategori a | kategori A", "sangat baik | sangat baik"]),
            ("meraih predikat AA dari KemenPAN", &["predikat aa | predikat AA"]),
            (
                "Untuk memperoleh kategori kepatuhan tertinggi atau opini A yakni Kota Ternate",
                &["opini a | opini A", "kepatuhan tertinggi | kepatuhan tertinggi"],
            ),
            ("Raih Kategori A- dalam Evaluasi", &["kategori a- | Kategori A-"]),
            ("meraih predikat WBBM tahun ini", &["predikat wbbm | predikat WBBM"]),
            (
                "Lalu Pemkot Lubuklinggau 86,2 Kategori B Zona Hijau kualitas tinggi, Pemkab OKI 85,81",
                &["zona hijau | Zona Hijau", "kategori b | Kategori B", "kualitas tinggi | kualitas tinggi"],
            ),
            (
                "menaikkan predikat SAKIP dari B (Baik) menjadi BB (Sangat Baik) pada 2025",
                &["b | B", "baik | Baik", "bb | BB", "sangat baik | Sangat Baik"],
            ),
            ("meraih status akreditasi A (Unggul) dari BAN-S/M", &["akreditasi a | akreditasi A", "unggul | Unggul"]),
            ("dengan skor 3,6791 dan status kinerja tinggi.", &["tinggi | tinggi"]),
            ("Pemkot Bandarlampung mendapat status rendah dengan skor 2,5452.", &["rendah | rendah"]),
            (
                "Provinsi Kaltim beserta 9 Kabupaten dan Kota mendapatkan predikat Wajar Tanpa Pengecualian (WTP).",
                &["wajar tanpa pengecualian | Wajar Tanpa Pengecualian", "wtp | WTP"],
            ),
            ("Kabupaten Badung mendapatkan Penghargaan KLA katagori Nindya.", &["nindya | Nindya"]),
            ("Kota Dumai mendapat Anugerah KLA Tingkat Madya.", &["madya | Madya"]),
            (
                "Hasil monev KIP: tiga BUMD di Banten yang cukup informatif yaitu PDAM Tirta Benteng Kota Tangerang.",
                &["cukup informatif | cukup informatif"],
            ),
            ("Kabupaten Lebong menyandang predikat kurang dengan indeks 1,55.", &["kurang | kurang"]),
            ("Hasil SPI 2025: Pemkab Sambas berada di Zona Waspada.", &["zona waspada | Zona Waspada"]),
            (
                "Kabupaten Soppeng menembus Zona Hijau/Terjaga dalam SPI 2025.",
                &["zona hijau | Zona Hijau", "terjaga | Terjaga"],
            ),
            ("mendapat opini WTP kesepuluh kalinya", &["opini wtp | opini WTP"]),
            ("mendapat peringkat B dari BPK", &["peringkat b | peringkat B"]),
            ("meraih predikat Informatif", &["informatif | Informatif"]),
            ("Kota Layak Anak kategori Madya", &["madya | Madya"]),
            ("Tahun ini, predikat yang diraih adalah Nindya.", &["nindya | Nindya"]),
            ("meraih predikat “A” atau Memuaskan", &["predikat a | predikat “A", "memuaskan | Memuaskan"]),
            ("dengan predikat 'Sangat Baik' tahun ini", &["sangat baik | Sangat Baik"]),
            ("memperoleh indeks 3,65 (Sangat Baik).", &["sangat baik | Sangat Baik"]),
            ("masuk Zonasi Kuning", &["zonasi kuning | Zonasi Kuning"]),
            (
                "opini Wajar Tanpa Pengecualian (WTP) dari BPK",
                &["wajar tanpa pengecualian | Wajar Tanpa Pengecualian", "wtp | WTP"],
            ),
            ("Kota Depok berhasil mempertahankan WTP", &["wtp | WTP"]),
            ("memperoleh opini disclaimer dari BPK", &["disclaimer | disclaimer"]),
            ("Morut harus puas dengan predikat disclaimer atau", &["disclaimer | disclaimer"]),
            ("Desa Sandi (0.6504), masing-masing sebagai Desa Berkembang.", &["berkembang | Berkembang"]),
            ("Menyusul desa dengan status desa tertinggal sebanyak 333 desa.", &[]),
            (
                "Pandeglang mendapatkan opini Tidak Memberikan Pendapat (TMP) atau disclaimer.",
                &["tidak memberikan pendapat | Tidak Memberikan Pendapat", "tmp | TMP", "disclaimer | disclaimer"],
            ),
            ("menempatkan Sleman pada kategori sangat tinggi", &["sangat tinggi | sangat tinggi"]),
            ("status pembangunan manusia NTB tetap berada pada kategori tinggi", &["tinggi | tinggi"]),
            ("memiliki Indeks Desa Membangun 0,8712 dengan status Mandiri", &["mandiri | Mandiri"]),
            ("Tahun lalu desa ini masih berstatus maju dengan skor 0,7903.", &["maju | maju"]),
            ("Kabupaten Mahakam Ulu masih berstatus Sedang.", &["sedang | Sedang"]),
            ("nilai IKM tercatat 88.65, juga dengan mutu A.", &["mutu a | mutu A"]),
            (
                "sekaligus mengubah predikat dari \"Baik\" menjadi \"Sangat Baik\".",
                &["baik | Baik", "sangat baik | Sangat Baik"],
            ),
            (
                "Jika tahun lalu Jember meraih 89,10 poin dan masuk zona hijau, kini turun.",
                &["zona hijau | zona hijau"],
            ),
            (
                "Prodi itu meraih predikat Baik Sekali dari Lembaga Akreditasi Mandiri (LAM).",
                &["baik sekali | Baik Sekali"],
            ),
            ("Puskesmas Demangan memperoleh akreditasi Utama.", &["utama | Utama"]),
            ("RSUD Sidoarjo kini terakreditasi Paripurna dari KARS.", &["paripurna | Paripurna"]),
            ("meraih kategori Swasti Saba Wistara tahun ini", &["swasti saba wistara | Swasti Saba Wistara"]),
            (
                "Madiun, 26-01-2024 — SMA Negeri 1 Kota Madiun meraih nilai 96 dan predikat A (Unggul).",
                &["predikat a | predikat A", "unggul | Unggul"],
            ),
            ("masing-masing meraih status akreditasi Paripurna", &["paripurna | Paripurna"]),
            ("Predikat \"sedang\" diraih oleh Kabupaten Intan Jaya", &["sedang | sedang"]),
            ("Predikat tinggi diraih Kabupaten Jayapura", &["tinggi | tinggi"]),
            (
                "Dan pada tahun 2021 Pemprov DKI mendapat predikat A (memuaskan).",
                &["predikat a | predikat A", "memuaskan | memuaskan"],
            ),
            (
                "masuk zona merah dengan kualitas rendah",
                &["zona merah | zona merah", "kualitas rendah | kualitas rendah"],
            ),
            ("dengan nilai 92,5, juga berkategori Informatif", &["informatif | Informatif"]),
            ("sedangkan Jawa Barat dan DKI Jakarta berpredikat A.", &["predikat a | predikat A"]),
            ("Meningkat kembali tahun 2017 predikatnya BB.", &["predikat bb | predikatnya BB"]),
            // A span of years is no band of values.
            ("Untuk tahun 2012 sampai 2015 mendapat predikat CC.", &["predikat cc | predikat CC"]),
            ("Kota Bontang meraih Adipura Kencana tahun ini.", &["adipura kencana | Adipura Kencana"]),
            (
                "mulai dari tahun 2015 dikategori PRATAMA, 2018 dikategori MADYA",
                &["pratama | PRATAMA", "madya | MADYA"],
            ),
            ("berhasil meraih penghargaan piala Adipura tahun 2013.", &["piala adipura | piala Adipura"]),
            ("Kota Baubau berhasil meraih tropi piagam adipura 2013.", &["piagam adipura | piagam adipura"]),
            ("Piala Adipura untuk Kota Kotamobagu diserahkan.", &["piala adipura | Piala Adipura"]),
            ("Daftar penerima:\nKota Samarinda – Sertifikat Adipura\n", &["sertifikat adipura | Sertifikat Adipura"]),
            (
                "mendapat nilai 4,61 kategori A (Pelayanan Prima).",
                &["kategori a | kategori A", "pelayanan prima | Pelayanan Prima"],
            ),
            (
                "1. Kota Surabaya – 97,85 (Zona Hijau, Kualitas Tertinggi)",
                &["zona hijau | Zona Hijau", "kualitas tertinggi | Kualitas Tertinggi"],
            ),
            ("Empat daerah yang masih di kategori B, yakni Kabupaten Blora (3,92)", &["kategori b | kategori B"]),
            ("Sementara, peringkat Nindya diraih Kota Batu", &["nindya | Nindya"]),
            (
                "Pemda | Nilai | Kategori |\nKab. Kaur | 42,81 | C |\nKota Bengkulu | 45,58 | CC |\n\nNilai | C |",
                &["kategori c | C", "kategori cc | CC"],
            ),
            (
                "1 | Kota Blitar | 97,80 | Zona Hijau | Kualitas Tertinggi",
                &["zona hijau | Zona Hijau", "kualitas tertinggi | Kualitas Tertinggi"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(grades(text), *want, "{text}");
        }
    }

    #[test]
    fn classified_colours_glosses_and_long_opinions_are_read() {
        let cases: &[(&str, &[&str])] = &[
            ("Penilaian Ombudsman: Kota Serang katagori kuning.", &["katagori kuning | katagori kuning"]),
            ("Survei SSGI 2021: Tanah Laut berstatus merah.", &["status merah | berstatus merah"]),
            ("Penilaian 2018: Banten masuk kategori hijau dengan nilai 80,74.", &["kategori hijau | kategori hijau"]),
            (
                "Penilaian: tiga daerah meraih zona hijau atau baik, yakni Kota Tangerang.",
                &["zona hijau | zona hijau", "baik | baik"],
            ),
            (
                "Penilaian: Kota Cilegon katagori kuning atau kurang baik.",
                &["katagori kuning | katagori kuning", "kurang baik | kurang baik"],
            ),
            (
                "Penilaian: kepatuhan pelayanan rendah (zona merah) terdapat di Kab Teluk Wondama.",
                &["zona merah | zona merah", "kepatuhan pelayanan rendah | kepatuhan pelayanan rendah"],
            ),
            (
                "semua Polres masuk dalam zona kepatuhan tinggi dari Ombudsman",
                &["zona kepatuhan tinggi | zona kepatuhan tinggi"],
            ),
            (
                "Kabupaten Konawe mendapat penilaian wajar dengan pengecualian dari BPK.",
                &["wajar dengan pengecualian | wajar dengan pengecualian"],
            ),
            ("Maluku meraih nilai 80,25 (kategori Tuntas Madya).", &["tuntas madya | Tuntas Madya"]),
            ("meraih IGA 2025 dengan predikat Kabupaten Sangat Inovatif.", &["sangat inovatif | Sangat Inovatif"]),
            ("Penghargaan KLA: Pratama diraih 9 daerah yakni Gowa, Maros.", &["pratama | Pratama"]),
            ("Penghargaan KLA: kinerja baik diraih berkat kerja keras.", &[]),
            (
                "Penilaian RB:\n• Baik dengan Catatan (B-): 3 kabupaten (Kabupaten Bengkayang, Kapuas Hulu)",
                &["baik dengan catatan | Baik dengan Catatan", "b- | B-"],
            ),
            ("Penilaian: Kota Madiun tumbuh sebagai kota yang maju.", &[]),
            ("Adipura untuk kategori Kota Sedang diraih Tarakan.", &[]),
            ("Dalam rangka penilaian Adipura 2023, Pemkot Jakarta Barat berbenah.", &[]),
            ("diserahkan bersama daerah penerima adipura kencana serta lainnya.", &[]),
            (
                "Kabupaten di Jatim yang menyandang status menuju informatif ialah, Pemkot Blitar, Pemkab Blitar.",
                &["menuju informatif | menuju informatif"],
            ),
            (
                "nilai IPKD Provinsi Sultra adalah 68,895 dengan predikat perlu perbaikan.",
                &["perlu perbaikan | perlu perbaikan"],
            ),
            (
                "Nagan Raya menaikkan predikat dari sebelumnya Madya menjadi Nindya",
                &["madya | Madya", "nindya | Nindya"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(grades(text), *expected, "{text}");
        }
    }

    #[test]
    fn parties_listed_a_few_words_after_a_grade_are_enumerated() {
        for (text, grade, listed) in [
            ("19 entitas yang meraih opini WTP pada tahun 2021 yaitu Provinsi NTT, Kota Kupang", "opini WTP", true),
            ("Kabupaten/kota yang berada di peringkat A sesuai urutan adalah Kota Tebing Tinggi", "peringkat A", true),
            ("di zona hijau predikat tinggi dengan kategori B di tempati Luwu Utara", "kategori B", true),
            ("meraih opini WTP, yakni Kabupaten Blora", "opini WTP", true),
            ("15 kabupaten/kota yang mendapat opini WTP, diantaranya Kabupaten Blitar", "opini WTP", true),
            ("Sejumlah wilayah yang masuk kategori rentan termasuk Kota Makassar", "kategori rentan", true),
            ("meraih opini WTP. Yakni Kabupaten Blora", "opini WTP", true),
            ("meraih opini WTP. Yakni sejak 2019.", "opini WTP", false),
            (
                "Empat daerah memperoleh predikat \"A\", yakni; Kabupaten Kulon Progo, Kabupaten Bantul",
                "predikat \"A\"",
                true,
            ),
            ("Peringkat 10 besar kota toleran tertinggi: Salatiga, Singkawang", "10 besar", true),
            ("5 pemda mendapatkan opini WTP. Kelimanya ialah Kota Tangerang, Kota Serang", "opini WTP", true),
            ("5 pemda mendapatkan opini WTP. Kenyataannya ialah Kota Tangerang unggul", "opini WTP", false),
            (
                "tujuh pemda juga meraih predikat kualitas tertinggi. Mereka adalah Pemkot Malang",
                "kualitas tertinggi",
                true,
            ),
            (
                "tujuh pemda juga meraih predikat kualitas tertinggi. Mereka menilai Pemkot Malang",
                "kualitas tertinggi",
                false,
            ),
            (
                "ada empat Polres yang masuk zona hijau, tutur Agus. Empat polres itu adalah Polres Blitar.",
                "zona hijau",
                true,
            ),
            (
                "masuk zona hijau atau kategori B (kualitas tinggi) atau di bawahnya. Yakni, Pemkab Ponorogo",
                "kategori B",
                true,
            ),
            ("meraih opini WTP.\nYakni Kabupaten Blora", "opini WTP", true),
            ("meraih opini WTP.\n\nYakni Kabupaten Blora", "opini WTP", false),
            ("meraih opini WTP. Kabupaten Blora adalah yang terbaik", "opini WTP", false),
            ("meraih opini WTP dengan nilai 87,5 yaitu Kabupaten Blora", "opini WTP", false),
            ("meraih opini WTP untuk ketujuh kalinya bersama seluruh jajaran daerah yaitu", "opini WTP", false),
            ("Zona kuning opini kualitas Sedang (Pemrov Malut, Pemkab Halsel) dan", "Zona kuning", true),
            ("meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK", "Wajar Tanpa Pengecualian", false),
            ("masuk Zona Hijau, masing masing Kabupaten Bulukumba dengan nilai 87,83", "Zona Hijau", true),
            ("predikat kepatuhan sedang dengan urutan, Manggarai Barat nilai 68,45", "kepatuhan sedang", true),
            ("predikat kepatuhan sedang dengan nilai tertinggi di NTT", "kepatuhan sedang", false),
            ("Peringkat B sesuai urutan Kabupaten Asahan, Kota Binjai", "Peringkat B", true),
            ("masuk zona kuning İİİİ (Pemkab Halsel, Pemkab Halut) tahun ini", "zona kuning", true),
            (
                "Sumut: yang berstatus kuning atau prevalensi stuntingnya berada di kisaran 20 hingga 30 persen meliputi Samosir, Simalungun.",
                "berstatus kuning",
                true,
            ),
            (
                "dibagi ke dalam kategori informatif, menuju informatif, cukup informatif dan tidak informatif, yaitu dengan nilai 90.",
                "kategori informatif",
                false,
            ),
            (
                "Kota Medan meraih zona hijau, sedangkan Kabupaten Karo dan Kabupaten Nias yang lain meliputi Asahan.",
                "zona hijau",
                false,
            ),
            (
                "Penilaian: zona hijau dengan nilai 10 hingga 20 ada 6 daerah. Keenam daerah itu ialah Kota Medan, Asahan.",
                "zona hijau",
                true,
            ),
            (
                "NTT memiliki 15 kabupaten berkategori merah. \"Itu karena prevalensi.\" Hasto menyebut, 15 kabupaten tersebut adalah Alor, Belu, Kabupaten Kupang.",
                "berkategori merah",
                true,
            ),
            (
                "hanya enam kabupaten/kota yang masuk dalam kategori informatif. “Enam kabupaten atau kota tersebut yakni, Pemkot Mojokerto, Pemkab Lumajang,” kata Edi.",
                "kategori informatif",
                true,
            ),
            (
                "NTT memiliki 15 kabupaten berkategori merah. Hasto menyebut, 12 kabupaten tersebut adalah Alor, Kabupaten Kupang.",
                "berkategori merah",
                false,
            ),
            (
                "NTT memiliki 15 kabupaten berkategori merah. Satu. Dua. Hasto menyebut, 15 kabupaten tersebut adalah Alor, Kabupaten Kupang.",
                "berkategori merah",
                false,
            ),
        ] {
            let end = text.find(grade).unwrap() + grade.len();
            assert_eq!(enumeration_after(&Document::new(text), end, true).is_some(), listed, "{text}");
        }
    }

    #[test]
    fn near_misses_are_no_grade() {
        for text in [
            "42 pemkot masuk zona kuning",
            "penilaian kendaraan dari B menjadi D di jalur itu",
            "penilaian kualitas tinggi bagi produk ekspor",
            "ibarat kalau nilai di sekolah sudah mendapat predikat A",
            "kategori kota dan kabupaten",
            "kategori Anak berkebutuhan",
            "zona waktu Indonesia",
            "warga kategori kurang mampu",
            "memenangkan tiga kategori utama",
            "berada dalam kategori rendah pada mereka",
            "kamera ini memotret dengan kualitas tinggi",
            "Berikut sepuluh kabupaten dengan nilai kepatuhan tertinggi tahun 2024:",
            "kondisi jalan dalam status baik",
            "Pegawai dengan status kinerja tinggi mendapat tunjangan.",
            "Sebanyak 9 Kabupaten dan Kota mendapatkan predikat WTP.",
            "Semua daerah lainnya berada di Zona Kuning.",
            "Penilaian ini memakai cara yang baik yaitu survei.",
            "Nilai ujian kategori kurang diulang pekan depan.",
            "Gunung Merapi masih di zona waspada.",
            "Status desa di Provinsi Maluku paling banyak berada pada katagori desa tertinggal.",
            "Saat Gunung Rinjani ditetapkan status Waspada, petugas mengevakuasi 1.113 wisatawan.",
            "Gunung Semeru masih berstatus Waspada sejak pekan lalu.",
            "Skor minimal untuk status Sangat Tinggi itu 3,0.",
            "Kalau bisa tembus 88,31, kita masuk kategori A.",
            "Sebanyak 19 perangkat daerah lainnya mendapat predikat B.",
            "Kami masih kurang sedikit dari batas predikat A.",
            "Sebanyak 145 desa kini berstatus mandiri dengan skor rata-rata 0,81.",
            "Dari jumlah itu, 41 badan publik Informatif, sedangkan 58 lainnya masuk kualifikasi Menuju Informatif.",
            "Kota Kupang masih berada di bawah ambang batas kategori Terjaga, yakni skor 78.",
            "tiga kabupaten masuk kategori tinggi",
            "hasil yang baik bagi warga",
            "nilai IKM 88,31 hingga 100 masuk kategori A",
            "Kepala Biro menargetkan predikat A pada evaluasi berikutnya",
            "Kami tidak berhenti di sini, target kami tahun depan predikat A.",
            "Hasilnya dipilah ke dalam tiga Kategori; Tingkat Kepatuhan Tinggi (Zona Hijau), Tingkat Kepatuhan Sedang (Zona Kuning), dan Tingkat Kepatuhan Rendah (Zona Merah).",
            "Predikat BB diberikan untuk nilai 70 hingga 80.",
            "Untuk meraih predikat A, Jember masih memerlukan tambahan poin.",
            "sementara sisanya tersebar di zona kuning",
            "Tidak ada yang di zona merah.",
            "Sisanya, tiga kabupaten masih di zona kuning.",
            "sebanyak 9 dari 23 daerah masuk zona hijau, 11 zona kuning",
            "Ombudsman berharap tahun ini Manado bisa naik ke zona hijau.",
            "Sebanyak 12 daerah memperoleh opini WTP, sementara satu daerah mendapat opini WDP.",
            "Tahun depan, Pemkot menargetkan kembali ke opini kualitas tertinggi.",
            "Ombudsman mengumumkan predikat kepatuhan tinggi standar pelayanan publik 2021.",
            "Tahun ini tak satu pun kabupaten/kota di Jatim yang masih berpredikat pratama.",
            "Gunung Merapi berstatus merah sejak pekan lalu.",
            "Pasien dengan kategori merah dirawat lebih dulu.",
            "Laporan itu dinilai wajar oleh auditor, tanpa pengecualian.",
            "Sementara penilaian zona kuning atau kepatuhan sedang ada di rentang 50-80.",
        ] {
            assert_eq!(grades(text), Vec::<String>::new(), "{text}");
        }
    }
}

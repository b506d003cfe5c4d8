//! The year a result is for (`FACTS.md`, `period`), as the article states
//! it: a year in the result's own clause (`pada tahun 2022 sebesar 2,62`,
//! `nilai 93,59 pada 2023`), else in its sentence, else in its paragraph,
//! else the year of the assessment the article names (`Penilaian Kepatuhan
//! 2024`, `LKPD Tahun Anggaran 2022`, `SSGI 2022`) in the lead, else the
//! lead's budget year or any year it gives, else a budget year anywhere
//! (`pada tahun 2022 atas anggaran tahun 2021`), else the year the article
//! names most often.
//! `tahun lalu` or `tahun sebelumnya` by the result is
//! the year before the one found so. Years of dates, decrees and spans of
//! years (`RPJMN 2020-2024`) are no period, unless values stand as of the
//! date (`hingga Agustus 2023 sebesar 15,17 persen`, `Sampai Desember
//! 2025, tingkat kepesertaan ... 98,65 persen`); never the publication
//! year by default.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::assessment::Named;
use super::document::Document;
use super::floor_boundary;
use super::lexicon::{
    AS_OF_ONLY_WORDS, AS_OF_WORDS, EARLIER_VALUE_WORDS, GRADE_WORD_NOUNS, MONTHS, PERIOD_WORDS, RESULT_WORDS,
    VALUE_LINKS, change_verb, in_list,
};
use super::list;
use super::number::is_year;
use super::spans::Spans;

/// A year as printed: `2023`, from 1990 to 2049.
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:199[0-9]|20[0-4][0-9])(?-u:\b)").expect("static year regex"));

/// How far back a list's first aside may give the year of the values in
/// brackets after it, in bytes (a list of some twenty regions).
const ASIDE_REACH: usize = 1_500;

/// How many bytes before a year `setelah` may stand (see [`AFTER`]).
const AFTER_REACH: usize = 64;

/// How many bytes before a year the value it dates may end (see [`DATED_VALUE`]).
const DATED_VALUE_REACH: usize = 30;

/// How many bytes after an assessment's name its year may stand.
const NAME_YEAR_REACH: usize = 70;

/// How many bytes after a result its clause may still give its year (`nilai 93,59 pada 2023`,
/// `89,65 persen peserta aktif pada 2025`).
const YEAR_AFTER: usize = 40;

/// The years of a body that may be periods, in order.
pub struct Years {
    years: Vec<Year>,
    /// The year the article names most often, the values it dates aside
    /// (see [`commonest_year`]).
    commonest: Option<i32>,
}

/// A year as printed, and whether it follows another value it dates (`dari
/// 25,3 persen di tahun 2021`): such a year is no period of a result
/// further away.
struct Year {
    span: Range<usize>,
    value: i32,
    dates_a_value: bool,
    /// Whether it is the year compared with (`dari tahun 2020`): no period
    /// of the results past the comma after it.
    compared: bool,
    /// Whether it closes a date that values may stand as of, up to which
    /// something may also have run (`Sampai Desember 2025, tingkat
    /// kepesertaan ... 98,65 persen`, `dijalankan KPK sampai Januari
    /// 2021.`): it dates the values of its own sentence only. A date
    /// with its value right after it dates on (`hingga Agustus 2023
    /// sebesar 15,17 persen. Kota Sorong 20,1`), and so does one that can
    /// only be an as-of date (`data per 1 Agustus 2024`).
    as_of: bool,
    /// Whether it follows `setelah` within a clause (`opini WTP ketiga
    /// secara beruntun setelah audit tahun anggaran 2014 dan 2015`): a
    /// year before the result, that dates nothing past its own sentence
    /// (`Setelah pada tahun 2019, ...` opening one is its time).
    earlier: bool,
}

impl Years {
    /// Every year of `doc` outside `taken` (the dates and decrees read) and
    /// outside spans of years and dates in words (`November 2024`); those
    /// in links to other articles (`BACA JUGA: Lokus Stunting Tahun 2025`)
    /// only `with_links`, for the facts read in such a link.
    pub fn new(doc: &Document<'_>, taken: &Spans, with_links: bool) -> Self {
        let text = doc.text;
        let years = YEAR
            .find_iter(text)
            .filter_map(|m| {
                let before = text[..m.start()].trim_end_matches([' ', '\u{a0}']);
                let as_of = as_of_word(before);
                // A month's year is no period, unless values stand as of it (see `Year::as_of`).
                let month = before.rsplit(char::is_whitespace).next().is_some_and(is_month) && as_of.is_none();
                let ranged = before.ends_with(['-', '–', '/']) || {
                    let after = text[m.end()..].trim_start_matches([' ', '\u{a0}']);
                    after
                        .strip_prefix(['-', '–', '/'])
                        .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
                };
                // `Visi Indonesia Emas 2045`: a vision's year is no result's.
                let vision = before.rsplit(char::is_whitespace).next().is_some_and(|w| in_list(VISION_WORDS, w));
                // `Rakor PKT Sulsel 2019`: a meeting's year, unless its name is the assessment's.
                let meeting = closes_event_name(before) && !follows_name(doc, m.start());
                let linked = !with_links && doc.links_elsewhere(m.start());
                if (taken.overlap(&m.range()) && as_of.is_none()) || month || ranged || vision || meeting || linked {
                    return None;
                }
                let window = &text[floor_boundary(text, m.start().saturating_sub(DATED_VALUE_REACH))..m.start()];
                Some(Year {
                    span: m.range(),
                    value: m.as_str().parse().ok()?,
                    dates_a_value: DATED_VALUE.is_match(window) || as_of.is_some_and(|word| dates_amount(before, word)),
                    compared: COMPARED.is_match(window),
                    earlier: AFTER
                        .is_match(&text[floor_boundary(text, m.start().saturating_sub(AFTER_REACH))..m.start()]),
                    // `per` makes a date only an as-of date; `hingga` or `sampai` may end a time something ran.
                    as_of: as_of.is_some_and(|word| !in_list(AS_OF_ONLY_WORDS, word))
                        && !value_follows(&text[m.end()..]),
                })
            })
            .collect::<Vec<Year>>();
        let commonest = commonest_year(&years);
        Years { years, commonest }
    }

    /// The years inside `range`.
    fn within(&self, range: Range<usize>) -> &[Year] {
        let first = self.years.partition_point(|y| y.span.start < range.start);
        let found = &self.years[first..];
        // Years do not overlap: their ends are in order too.
        let end = found.partition_point(|y| y.span.end <= range.end);
        &found[..end]
    }

    /// The period of the result at `span`, whose assessment's name (if
    /// any) stands at `named`: the year that dates its value right after it
    /// (`dari 25,3 persen di tahun 2021`), or the nearest year before it in
    /// its clause; else the nearest year before it in its sentence or
    /// paragraph that dates no other value; else the year printed after a
    /// name of its assessment (`Penilaian Kepatuhan 2024`); else the lead's;
    /// else the article's commonest year.
    /// A value that a result moved from (`dari 30%`, `33,8% menjadi 35%`)
    /// is of the year before, unless a year of its own dates it.
    pub fn period_of(&self, doc: &Document<'_>, span: Range<usize>, named: Option<&Named>) -> Option<i32> {
        let text = doc.text;
        if let Some(year) = self.parallel_aside(text, span.start) {
            return Some(year);
        }
        let sentence = doc.sentence_or_point(span.start);
        let clause = clause_around(doc, sentence.clone(), span.clone());
        // The text between a year before the result and the result.
        let since = |y: &Year| &text[y.span.end..span.start.max(y.span.end)];
        // Past the comma after it a year compared with (`dari tahun 2020,`) dates nothing.
        let before = |scope: Range<usize>| {
            self.within(scope.start..span.end.min(scope.end)).iter().rev().find(|y| {
                let between = since(y);
                let passed = (y.compared && past_comma(between)) || (y.earlier && !sentence.contains(&y.span.start));
                let elsewhere = y.as_of && !sentence.contains(&y.span.start);
                !(y.dates_a_value
                    || passed
                    || elsewhere
                    || moved_on(between)
                    || bracketed_aside(text, y.span.clone(), span.start))
            })
        };
        // A year right after the result, only words of time between,
        // dates it (`dari sebelumnya CC pada tahun 2019, menjadi B tahun 2020`,
        // `zona merah per 2018`).
        // (A rating given with the value may stand between: `57,49 dengan
        // kategori “CC” pada tahun 2018`.)
        let rated_end = span.end + rating_after(&text[span.end..]);
        // Another value between takes the year, unless it is the one this result moved to
        // (`Naik 0.02 Menjadi 69.83 pada 2022`).
        let dated_here = |y: &&Year| {
            let between = &text[rated_end.min(y.span.start)..y.span.start];
            let moved_to = between.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("menjadi"));
            if between.contains(|c: char| c.is_ascii_digit()) {
                moved_to && y.dates_a_value
            } else {
                y.dates_a_value || dates_before(between)
            }
        };
        // Of years joined after it (`zona kuning pada 2023 dan 2024`), the last.
        let after = self.within(span.end..clause.end);
        let own = after
            .first()
            .filter(dated_here)
            .map(|first| {
                let joined = after.windows(2).take_while(|pair| {
                    matches!(text[pair[0].span.end..pair[1].span.start].trim(), "dan" | "," | "serta" | ", dan")
                });
                joined.last().map_or(first.value, |pair| pair[1].value)
            })
            // `pada tahun 2022 sebesar 21,6% yang mana pada tahun sebelumnya sebesar 24,4 persen`.
            .or_else(|| before(clause.clone()).map(|y| y.value - i32::from(speaks_of_earlier(since(y)))));
        if own.is_some() {
            return own;
        }
        let paragraph = doc.paragraph_at(span.start);
        // A list's row goes by the year its introduction gives (`menurut
        // SSGI pada 2022 ... adalah sebagai berikut:` over `- Kabupaten
        // Tambraw 39,10 persen;`).
        let introduced = || {
            list::is_row(text[paragraph.clone()].trim())
                .then(|| list::introduction(text, paragraph.start).into_iter().find_map(&before))
                .flatten()
        };
        let found = before(sentence.clone())
            .or_else(|| before(paragraph.clone()))
            .or_else(introduced)
            .map(|y| y.value)
            .or_else(|| named.and_then(|name| self.named_year(doc, name)))
            .or_else(|| self.lead_year(doc))
            .or_else(|| self.years.iter().find(|y| !y.dates_a_value && budget_year(doc.text, y)).map(|y| y.value))
            .or(self.commonest)?;
        let lower = text[clause.start..span.start].to_lowercase();
        // (`naik 9,7 persen menjadi 36,6 persen`: an amount of change
        // before `menjadi` is the new value's, not one moved from.)
        let moved_from = {
            let lead: Vec<&str> = text[clause.start..span.start].split_whitespace().rev().take(2).collect();
            let amount = lead.first().is_some_and(|w| change_verb(w).is_some());
            lead.iter().any(|w| w.eq_ignore_ascii_case("dari"))
                || (!amount
                    && text[span.end..]
                        .trim_start_matches(|c: char| c == '%' || c.is_whitespace())
                        .starts_with("menjadi"))
        };
        // `Sebelumnya` opening the clause tells of earlier news, not of the year before.
        let lower = lower.trim_start().strip_prefix("sebelumnya").unwrap_or(&lower);
        Some(if speaks_of_earlier(lower) || moved_from { found - 1 } else { found })
    }

    /// The year of a value in brackets right after another value (`Empat
    /// Lawang 32,6% (18,5%)`) when a list's first such aside gave its year
    /// (`Muratara 33,1% (SSGI 2022 sebesar 20,2%)`): the asides go in
    /// parallel, each the party's value of that year.
    fn parallel_aside(&self, text: &str, pos: usize) -> Option<i32> {
        let lead = text[..pos].trim_end().strip_suffix('(')?.trim_end();
        if !lead.ends_with(|c: char| c.is_ascii_digit() || c == '%') {
            return None;
        }
        let window = floor_boundary(text, pos.saturating_sub(ASIDE_REACH))..pos;
        self.within(window).iter().rev().find(|y| bracketed_aside(text, y.span.clone(), pos)).map(|y| y.value)
    }

    /// The lead's year of a result: the budget year it names (see
    /// [`budget_year`]), else its first year that dates no other value,
    /// else the year of the lead's own result (`MCP Pemerintah Kabupaten
    /// Jayapura 71 persen pada 2022`), not of a value moved or compared from.
    fn lead_year(&self, doc: &Document<'_>) -> Option<i32> {
        let lead: Vec<&Year> = self.within(doc.lead()).iter().filter(|y| !y.as_of).collect();
        let years: Vec<&&Year> = lead.iter().filter(|y| !y.dates_a_value).collect();
        let result = || lead.iter().find(|y| y.dates_a_value && !y.compared && !dates_earlier_value(doc.text, y));
        years.iter().find(|y| budget_year(doc.text, y)).or(years.first()).copied().or_else(result).map(|y| y.value)
    }

    /// The year printed right after a name of this assessment anywhere
    /// (`Penilaian Kepatuhan 2024`, `SAKIP tahun 2023`, `LKPD Tahun
    /// Anggaran 2022`, `(PEKPPP) 2024`), the name given first.
    fn named_year(&self, doc: &Document<'_>, named: &Named) -> Option<i32> {
        let names = doc.assessments().iter().filter(|n| n.id == named.id);
        std::iter::once(named).chain(names).find_map(|name| self.after_name(doc.text, name.span.clone()))
    }

    /// The year printed after an assessment's name in the words that go
    /// on naming it (`Tahun Anggaran`, `pada Instansi Pusat dan Pemerintah
    /// Daerah tahun`): no number or stop between.
    fn after_name(&self, text: &str, name: Range<usize>) -> Option<i32> {
        let window = name.end..floor_boundary(text, (name.end + NAME_YEAR_REACH).min(text.len()));
        self.within(window)
            .first()
            .filter(|y| {
                !y.as_of
                    && !y.earlier
                    && !text[name.end..y.span.start]
                        .contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ';' | '\n'))
            })
            .map(|y| y.value)
    }
}

/// Whether the text between a year and a result gives a value of that
/// year the result moved on from (`pada Tahun 2021 tercatat 27,3 persen
/// turun menjadi 26,2 persen`): the year is the first value's. A value
/// moved from (`pada 2023 naik dari 3,5 menjadi 4,2`) or an amount of
/// change (`Pada tahun 2024, ... meningkat drastis 4,08 menjadi 55,79`)
/// leaves the year to the result.
fn moved_on(between: &str) -> bool {
    // Read from the end: most texts between a year and a result end otherwise.
    let mut words = between.split_whitespace().rev();
    if !words.next().is_some_and(|w| in_list(RESULT_WORDS, w)) {
        return false;
    }
    let mut before_value = words.skip_while(|w| !w.starts_with(|c: char| c.is_ascii_digit()));
    if before_value.next().is_none() {
        return false;
    }
    let lead: Vec<&str> = before_value.take(2).collect();
    let from = lead.first().is_some_and(|w| w.eq_ignore_ascii_case("dari"));
    let amount = lead.iter().any(|w| change_verb(w).is_some());
    !from && !amount
}

/// Whether the year at `year` stands in brackets with other words, closed
/// before byte `pos` (`33,1% (SSGI 2022 sebesar 20,2%). Berikutnya di Empat
/// Lawang 32,6%`): an aside, which dates nothing after it. A year alone in
/// brackets (`24,8% (2021)`) is another matter (see [`DATED_VALUE`]).
fn bracketed_aside(text: &str, year: Range<usize>, pos: usize) -> bool {
    let Some(close) = text.get(year.end..pos).and_then(|after| after.find(')')).map(|p| year.end + p) else {
        return false;
    };
    let before = &text[floor_boundary(text, year.start.saturating_sub(NAME_YEAR_REACH))..year.start];
    let Some(open) = before.rfind('(').filter(|&open| !before[open..].contains(')')) else { return false };
    let inside = &before[open + 1..];
    let aside = &text[year.end..close];
    // (`(2021)`: the year alone.)
    let alone = inside.trim().is_empty() && aside.trim().is_empty();
    !aside.contains('(') && !alone
}

/// Whether the value a year dates (`dari 25,3 persen di tahun 2021`) is
/// one moved or compared from, or an earlier one: a word of that stands
/// right before the value.
fn dates_earlier_value(text: &str, year: &Year) -> bool {
    let from = floor_boundary(text, year.span.start.saturating_sub(DATED_VALUE_REACH));
    let Some(dated) = DATED_VALUE.find(&text[from..year.span.start]) else { return false };
    // The words before the value's digits.
    let before = text[..from + dated.start()].trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.'));
    before.split_whitespace().rev().take(2).any(|w| in_list(EARLIER_VALUE_WORDS, w))
}

/// Whether the text between a year compared with and a result passes a
/// comma, so that the year dates nothing there; a clause of that time
/// after the comma goes on with it (`dibandingkan tahun 2024, ketika
/// cakupan UHC berada di angka 86,04 persen`).
fn past_comma(between: &str) -> bool {
    between.split_once(',').is_some_and(|(_, rest)| {
        !rest.split_whitespace().next().is_some_and(|w| in_list(&["ketika", "saat", "kala", "tatkala"], w))
    })
}

/// Whether the words between a value and a year after it let the year
/// date the value: words of time only (`zona merah per 2018`, `100,26
/// persen per Desember 2025`), perhaps after a few words that go on
/// naming what was measured (`89,65 persen peserta aktif pada 2025`; an
/// assessment's acronym anywhere: `Pratama pada KLA tahun 2019`), but
/// not past another phrase of time (`peringkat pertama pada penilaian pada 2024`).
fn dates_before(between: &str) -> bool {
    let time = |w: &str| in_list(TIME_WORDS, w) || in_list(AS_OF_WORDS, w) || is_month(w);
    // (An assessment's acronym in the phrase of time names what was measured: `Pratama pada KLA tahun 2019`.)
    let acronym = |w: &&str| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase());
    let mut words: Vec<&str> = between.split_whitespace().filter(|w| !acronym(w)).collect();
    let own = words.iter().rev().take_while(|w| time(w)).count();
    words.truncate(words.len() - own);
    own == 0 && words.is_empty()
        || own > 0
            && words.len() <= MEASURE_WORDS
            && words.iter().all(|w| w.chars().all(|c| c.is_lowercase()) && !in_list(NEW_VALUE_WORDS, w) && !time(w))
}

/// Words of time between a value and the year that dates it.
const TIME_WORDS: &[&str] = &["pada", "di", "dalam", "tahun", "sepanjang", "selama"];

/// How many words naming what was measured may stand between a value and
/// the words of time before its year.
const MEASURE_WORDS: usize = 3;

/// Words after a value that lead to another value or time, so that a
/// year after them dates that one (`80 dari target pada 2024`).
const NEW_VALUE_WORDS: &[&str] = &[
    "dari",
    "dibanding",
    "dibandingkan",
    "ketimbang",
    "sejak",
    "target",
    "ditargetkan",
    "menjadi",
    "naik",
    "turun",
    "meningkat",
    "menurun",
    "dan",
    "atau",
    "serta",
    "sedangkan",
    "sementara",
    "kemudian",
    "lalu",
    "lantas",
    "selanjutnya",
];

/// The as-of word of the date that the text before a year closes with, if
/// it closes with one that values stand as of: an as-of word, a day
/// perhaps, a month (`hingga` of `hingga Agustus`, `per` of `per 31 Desember`).
fn as_of_word(before: &str) -> Option<&str> {
    let mut words = before.rsplit(char::is_whitespace).filter(|w| !w.is_empty()).peekable();
    words.next().filter(|w| is_month(w))?;
    words.next_if(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()));
    words.next().filter(|w| in_list(AS_OF_WORDS, w))
}

/// Whether the as-of date whose as-of word `word` stands in `before`
/// dates the sum of money right before it (`Rp849,5 Miliar per Maret
/// 2025`): a value of its own, no result's.
fn dates_amount(before: &str, word: &str) -> bool {
    let head = &before[..word.as_ptr() as usize - before.as_ptr() as usize];
    head.split_whitespace().rev().take(2).any(|w| w.starts_with("Rp") || in_list(MONEY_UNITS, w))
}

/// Words of a sum of money after its number (`Rp849,5 Miliar`).
const MONEY_UNITS: &[&str] = &["ribu", "juta", "miliar", "milyar", "triliun"];

/// Whether `word` names a month (`Agustus`, `Desember,`).
fn is_month(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.']);
    MONTHS.iter().any(|(name, _)| name.eq_ignore_ascii_case(word))
}

/// Whether the words before a value say it is of the period before (`tahun
/// lalu`, `tahun sebelumnya`), not the value it moved to (`meningkat dari
/// tahun sebelumnya menjadi 80,13`).
fn speaks_of_earlier(before: &str) -> bool {
    let lower = before.to_lowercase();
    PERIOD_WORDS
        .iter()
        .any(|w| lower.rfind(w).is_some_and(|at| !lower[at..].split_whitespace().any(|v| in_list(RESULT_WORDS, v))))
}

/// Whether a value follows at once, or after a linking word (`sebesar
/// 15,17 persen`, `mencapai 98`).
fn value_follows(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    match words.next() {
        Some(first) if number(first) => true,
        Some(first) => in_list(VALUE_LINKS, first) && words.next().is_some_and(number),
        None => false,
    }
}

/// Whether `year` is a budget's (`anggaran tahun 2021`, `Tahun Anggaran
/// 2022`, `TA 2023`): the year the results of an audit or a financial
/// index are for.
fn budget_year(text: &str, year: &Year) -> bool {
    let before = &text[floor_boundary(text, year.span.start.saturating_sub(20))..year.span.start];
    let mut words = before.split_whitespace().rev().map(str::to_lowercase);
    let last = words.next().unwrap_or_default();
    last == "ta" || last == "anggaran" || (last == "tahun" && words.next().is_some_and(|w| w == "anggaran"))
}

/// The year an article names most often (the values it dates aside),
/// the latest of equals: the year its results are for, when nothing nearer
/// dates them (`Penilaian SETARA ini memakai indeks sepanjang tahun 2021`).
fn commonest_year(years: &[Year]) -> Option<i32> {
    let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
    for year in years.iter().filter(|y| !y.dates_a_value && !y.as_of) {
        *counts.entry(year.value).or_default() += 1;
    }
    counts.into_iter().max_by_key(|&(value, count)| (count, value)).map(|(value, _)| value)
}

/// Words right before a year that make it a vision's or a target's
/// (`Indonesia Emas 2045`, `Visi 2030`).
const VISION_WORDS: &[&str] = &["emas", "visi", "menuju", "target", "targetkan"];

/// Whether the text before a year ends with an event's name that the
/// year closes (`Rapat Koordinasi (Rakor) PKT Sulsel 2019`, `Sosialisasi
/// ... Provinsi Jawa Timur Tahun 2022`): the year the meeting is held, not
/// the one its results are for.
fn closes_event_name(before: &str) -> bool {
    let words = before.split_whitespace().rev().take(MAX_EVENT_NAME_WORDS);
    for word in words {
        let bare = word.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '"' | '“' | '”'));
        if in_list(EVENT_NOUNS, bare) {
            return true;
        }
        if !bare.starts_with(char::is_uppercase) || word.ends_with(',') {
            return false;
        }
    }
    false
}

/// Whether a year at `start` ends a name that goes on from an assessment's
/// (`Sosialisasi Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2024`).
fn follows_name(doc: &Document<'_>, start: usize) -> bool {
    doc.assessments().iter().any(|name| {
        doc.text.get(name.span.end..start).is_some_and(|between| {
            between.len() <= NAME_YEAR_REACH
                && between.split_whitespace().all(|w| {
                    (w.starts_with(char::is_uppercase) || w.starts_with('(')) && !in_list(EVENT_PLACE_HEADS, w)
                })
        })
    })
}

/// Head words of a region in an event's name: past one the year is the
/// event's (`Percepatan Penurunan Angka Stunting (PASTI) Provinsi Jawa Timur Tahun 2022`).
const EVENT_PLACE_HEADS: &[&str] = &["Provinsi", "Kabupaten", "Kota", "Prov."];

/// Nouns that open an event's name.
const EVENT_NOUNS: &[&str] = &[
    "Rapat",
    "Rakor",
    "Rakornas",
    "Rakorda",
    "Rakorwil",
    "Sosialisasi",
    "Seminar",
    "Lokakarya",
    "Workshop",
    "Musrenbang",
    "Konferensi",
    "Festival",
    "Peluncuran",
    "Launching",
    "Bimtek",
    "Pelatihan",
    "Diseminasi",
];

/// How many words an event's name before its year may hold.
const MAX_EVENT_NAME_WORDS: usize = 16;

/// Words before a year compared with: `dari tahun`, `dibandingkan tahun`.
static COMPARED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:dari|dibanding|dibandingkan|ketimbang)\s+(?:dengan\s+)?(?:tahun\s+)?$")
        .expect("static compared year regex")
});

/// `setelah` inside a clause and a few words of what came before, before
/// a year (and the years joined to it): `beruntun setelah audit tahun
/// anggaran `, `setelah audit tahun anggaran 2014 dan `.
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[^\s.]\s+setelah(?:\s+[^\s\d.,;]+){0,4}(?:\s+(?:[0-9]{4},?|dan))*\s+$").expect("static after regex")
});

/// The end of a value and the words that date it, before a year: `25,3
/// persen di tahun `, `94,19 pada `.
static DATED_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[0-9](?:\s*(?:%|persen|poin))?\s+(?:(?:di|pada|dalam)\s+)?(?:tahun\s+)?\(?$")
        .expect("static dated value regex")
});

/// The clause around a result: from the last semicolon or clause-opening
/// comma before it to the next one after it, within its sentence and a
/// few bytes past the result.
fn clause_around(doc: &Document<'_>, sentence: Range<usize>, span: Range<usize>) -> Range<usize> {
    let text = doc.text;
    let lead = &text[sentence.start..span.start];
    let start = lead.rfind([';', '.']).map_or(sentence.start, |p| sentence.start + p + 1);
    let start = lead
        .match_indices(", ")
        .map(|(p, _)| p)
        // (A year's comma opens no clause: `sementara tahun 2023, 91,02 persen`.)
        .filter(|p| !lead[..*p].rsplit(char::is_whitespace).next().is_some_and(is_year))
        .last()
        .map_or(start, |p| (sentence.start + p + 1).max(start));
    let reach = YEAR_AFTER + rating_after(&text[span.end..]);
    let limit = floor_boundary(text, (span.end + reach).min(sentence.end.max(span.end)));
    let rest = &text[span.end..limit];
    let end = rest.find([',', ';']).map_or(limit, |p| span.end + p);
    start..end
}

/// How many bytes of `rest` (what follows a value) give its rating:
/// ` dengan kategori “CC”` (a linking word, a rating's noun, one word), or 0.
fn rating_after(rest: &str) -> usize {
    let mut words = rest.split_whitespace();
    let rated = words.next() == Some("dengan") && words.next().is_some_and(|w| in_list(GRADE_WORD_NOUNS, w));
    match (rated, words.next()) {
        (true, Some(word)) => word.as_ptr() as usize + word.len() - rest.as_ptr() as usize,
        _ => 0,
    }
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&YEAR);
    LazyLock::force(&DATED_VALUE);
    LazyLock::force(&COMPARED);
    LazyLock::force(&AFTER);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(text: &str, value: &str) -> Option<i32> {
        period_past_dates(text, value, &[])
    }

    /// The period of `value` when the date reader took `dates`.
    fn period_past_dates(text: &str, value: &str, dates: &[&str]) -> Option<i32> {
        let doc = Document::new(text);
        let mut taken = Spans::default();
        for date in dates {
            let at = text.find(date).unwrap();
            taken.add(at..at + date.len());
        }
        let years = Years::new(&doc, &taken, false);
        let at = text.find(value).unwrap();
        let named = doc.assessment_for(at..at + value.len());
        years.period_of(&doc, at..at + value.len(), named)
    }

    #[test]
    fn the_year_nearest_in_the_clause_then_the_assessments_year_is_the_period() {
        let text = "Hasil SPBE\nKabupaten Lombok Barat pada tahun 2022 sebesar 2,62 naik pada tahun 2023 menjadi 2,77.";
        assert_eq!(period(text, "2,62"), Some(2022));
        assert_eq!(period(text, "2,77"), Some(2023));
        let text = "Kota Madiun raih nilai 95,5\nPenilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2024 selesai.";
        assert_eq!(period(text, "95,5"), Some(2024));
        let text = "Nilai SAKIP\nPada tahun 2023, Kota Madiun memperoleh nilai 93,59.";
        assert_eq!(period(text, "93,59"), Some(2023));
        let text = "Opini BPK atas LKPD Tahun Anggaran 2022\nKabupaten Bima meraih opini WTP.";
        assert_eq!(period(text, "opini WTP"), Some(2022));
        let text = "Evaluasi SAKIP 2023\nSkor Kota Tegal 80,1. Tahun lalu 70,5.";
        assert_eq!(period(text, "70,5"), Some(2022));
        let text = "SSGI 2022\nTapteng dengan 20,5 persen, naik dari 25,3 persen di tahun 2021.";
        assert_eq!(period(text, "20,5"), Some(2022));
        assert_eq!(period(text, "25,3"), Some(2021));
        let text = "SSGI 2022\nRinciannya, Papua (29,5% menjadi 34,6%).";
        assert_eq!(period(text, "29,5"), Some(2021));
        assert_eq!(period(text, "34,6"), Some(2022));
        let text = "Skor MCP turun dari tahun 2022 94,19 persen, sementara tahun 2023, 91,02 persen.";
        assert_eq!(period(text, "tahun 2023, 91,02"), Some(2023));
        let text = "SAKIP 2021\nPredikat Pangkep naik dari sebelumnya CC pada tahun 2019, menjadi B tahun 2020.";
        assert_eq!(period(text, "CC"), Some(2019));
        assert_eq!(period(text, "B"), Some(2020));
        let text = "Ombudsman 2024\nMaluku kembali merosot ke zona kuning pada 2023 dan 2024.";
        assert_eq!(period(text, "zona kuning"), Some(2024));
        let text = "SAKIP 2021\nPredikat Pangkep naik dari CC ke B, sesuai target 2022.";
        assert_eq!(period(text, "CC"), Some(2020));
        let text = "Survei kepatuhan 2019\nKeerom dan Merauke masuk dalam zona merah per 2018.";
        assert_eq!(period(text, "zona merah"), Some(2018));
        // A year compared with dates nothing past its clause.
        // A rating may stand between a value and its year; a vision's year dates nothing.
        let text = "Indeks RB Kota Tangerang naik\nDari nilai 57,49 dengan kategori “CC” pada tahun 2018 menjadi \
                    85,73 pada tahun 2024, menyambut Visi Indonesia Emas 2045.";
        assert_eq!(period(text, "57,49"), Some(2018));
        let text = "Indeks RB Kota Tangerang naik ke 85,73\nmenyambut Visi Indonesia Emas 2045.";
        assert_eq!(period(text, "85,73"), None);
        let text = "Indeks Kota Toleran 2021\nSalatiga turun dua peringkat dari tahun 2020, Kupang (6,337).";
        assert_eq!(period(text, "6,337"), Some(2021));
        // `Sebelumnya` opening a sentence is earlier news, not the year before.
        let text = "Opini WTP atas LKPD Tahun Anggaran 2018\nSebelumnya BPK memberikan opini WTP kepada Provinsi NTT.";
        assert_eq!(period(text, "opini WTP kepada"), Some(2018));
    }

    #[test]
    fn the_year_of_the_leads_result_dates_the_results_after_it() {
        let text =
            "MCP Kabupaten Jayapura 71 persen pada 2022\nPembuka.\nLalu Kabupaten Keerom dengan skor MCP 61 persen.";
        assert_eq!(period(text, "61"), Some(2022));
        // Near miss: the year of a value moved from is no year of the results.
        let text = "MCP Kabupaten Jayapura naik dari 61 persen pada 2021\nPembuka.\nLalu Kabupaten Keerom dengan skor MCP 61,5 persen.";
        assert_eq!(period(text, "61,5"), None);
    }

    #[test]
    fn a_lists_row_takes_the_year_its_introduction_gives() {
        let lead = "Stunting di Papua Barat Daya\nPada tahun 2021 prevalensi stunting di Maybrat 34,5 persen.\n";
        let text = format!(
            "{lead}Data tahun 2022 sebagai berikut:\n- Kabupaten Tambraw 39,10 persen;\n- Kota Sorong 27,20 persen."
        );
        assert_eq!(period(&text, "39,10"), Some(2022));
        assert_eq!(period(&text, "27,20"), Some(2022));
        // Near miss: a line that is no row keeps to the lead's year.
        let text = format!("{lead}Data tahun 2022 sebagai berikut:\nKabupaten Tambraw mencatat 39,10 persen.");
        assert_eq!(period(&text, "39,10"), Some(2021));
    }

    #[test]
    fn a_year_in_an_aside_dates_only_the_asides_that_follow_it() {
        let text = "Stunting Sumsel\nPembuka.\nDari data SKI pada 2023, angka tertinggi di Muratara 33,1% (SSGI 2022 \
                    sebesar 20,2%). Berikutnya Empat Lawang 32,6% (18,5%) dan Lahat 7,8% (19%).";
        assert_eq!(period(text, "20,2"), Some(2022));
        assert_eq!(period(text, "32,6"), Some(2023));
        assert_eq!(period(text, "18,5"), Some(2022));
        assert_eq!(period(text, "7,8"), Some(2023));
        assert_eq!(period(text, "19%"), Some(2022));
        // Near miss: a year alone in brackets dates the value before it, and no aside gives the year of the next.
        let text = "Stunting Sumsel\nPembuka.\nPada 2023 angkanya turun dari 24,8% (2021) menjadi 18,6% (17,1%).";
        assert_eq!(period(text, "17,1"), Some(2023));
    }

    #[test]
    fn a_year_of_the_value_moved_on_from_is_not_the_new_values() {
        let text = "Stunting Banten\nPembuka.\nBerikut data SSGBI Tahun 2022:\n1. Kabupaten Lebak pada Tahun 2021 \
                    tercatat 27,3 persen turun menjadi 26,2 persen.";
        assert_eq!(period(text, "27,3"), Some(2021));
        assert_eq!(period(text, "26,2"), Some(2022));
        // Near misses: a value moved from, and an amount of change, leave the year to the result.
        let text = "IPP\nPembuka.\nPada 2023, nilai IPP naik dari 3,5 menjadi 4,2.";
        assert_eq!(period(text, "4,2"), Some(2023));
        let text = "Indeks Inovasi\nPembuka.\nPada tahun 2024, indeksnya kembali meningkat drastis 4,08 menjadi 55,79.";
        assert_eq!(period(text, "55,79"), Some(2024));
        // An amount of change before `menjadi` is the new value's year, a value moved from the year before.
        let text = "SSGI 2022\nPembuka.\nKabupaten Manokwari naik 9,7 persen menjadi 36,6 persen, Pegaf 40,1 persen menjadi 51,5.";
        assert_eq!(period(text, "9,7 persen"), Some(2022));
        assert_eq!(period(text, "40,1 persen"), Some(2021));
    }

    #[test]
    fn dates_spans_and_unnamed_years_give_no_period() {
        assert_eq!(period("Kota Madiun meraih nilai 95,5 pada 25 November 2024.", "95,5"), None);
        assert_eq!(period("Sesuai RPJMN 2020-2024, Kota Madiun meraih nilai 95,5.", "95,5"), None);
        assert_eq!(period("Sesuai RPJMN 2020 – 2024, Kota Madiun meraih nilai 95,5.", "95,5"), None);
        assert_eq!(period("Penilaian MCP oleh KPK sampai Januari 2021. Kota Bekasi meraih nilai 95,5.", "95,5"), None);
        // The year of a meeting's name is the meeting's, unless the name is the assessment's.
        let text = "Nilai MCP Kota Makassar 71,5 dipaparkan dalam Rapat Koordinasi (Rakor) PKT Sulsel 2019.";
        assert_eq!(period(text, "71,5"), None);
        let text = "Sosialisasi Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2024. Kota Bekasi meraih nilai 95,5.";
        assert_eq!(period(text, "95,5"), Some(2024));
        // A budget year beats the year the measuring was done.
        let text = "IPKD\nTiga daerah meraih nilai tertinggi.\nPengukuran dilaksanakan pada tahun 2022 atas anggaran tahun \
                    2021.\nKabupaten Karawang dengan nilai 85,212.";
        assert_eq!(period(text, "85,212"), Some(2021));
        // A value as of a month is dated by its year.
        let text = "Stunting Papua Barat hingga Agustus 2023 sebesar 15,17 persen. Kota Sorong 20,1 persen.";
        assert_eq!(period(text, "15,17"), Some(2023));
        assert_eq!(period(text, "20,1"), Some(2023));
        assert_eq!(period("Kota Madiun meraih nilai 95,5.", "95,5"), None);
    }

    #[test]
    fn a_date_values_stand_as_of_dates_the_values_of_its_sentence() {
        let text =
            "UHC Award 2026\nPembuka.\nSampai Desember 2025, tingkat kepesertaan di Kota Ambon mencapai 98,65 persen.";
        assert_eq!(period(text, "98,65"), Some(2025));
        let text = "UHC Award 2026\nPembuka.\nNatuna dengan cakupan 100,26 persen per Desember 2025.";
        assert_eq!(period(text, "100,26"), Some(2025));
        let text = "UHC Award 2026\nPembuka.\nDari target 98 persen per Maret 2024, baru tercapai 95,95 persen.";
        assert_eq!(period(text, "95,95"), Some(2024));
        // A full date is the date reader's, and still dates its sentence.
        let text = "UHC Award 2026\nPembuka.\nHingga 31 Desember 2025, cakupan kepesertaan mencapai 100,18 persen.";
        assert_eq!(period_past_dates(text, "100,18", &["31 Desember 2025"]), Some(2025));
        // `per` makes a date only an as-of date, which dates on; a sum of money's dates only it.
        let text = "Kabupaten Belu 98 Persen\nPembuka.\nData per 1 Agustus 2024, cakupan Kabupaten Belu 98 persen.";
        assert_eq!(period_past_dates(text, "98 Persen", &["1 Agustus 2024"]), Some(2024));
        let text = "Zona hijau\nPembuka.\nKUR Tembus Rp849,5 Miliar per Maret 2025\nAceh masuk zona hijau.";
        assert_eq!(period(text, "zona hijau."), None);
        // A date of another time than the result's dates no later sentence.
        let text = "UHC Award 2026\nPembuka.\nData dihimpun hingga Juni 2025. Kota Ambon mencapai 98,65 persen.";
        assert_eq!(period(text, "98,65"), Some(2026));
        // So does `posisi`: `Ini posisinya Desember 2018.` dates the list after it.
        let text = "Korsupgah KPK di Sulsel\nPembuka.\nIni posisinya Desember 2018.\nBerikut persentasenya:\nPemkab Maros 77,5%";
        assert_eq!(period(text, "77,5"), Some(2018));
    }

    #[test]
    fn a_year_after_a_value_dates_it_past_the_words_naming_what_was_measured() {
        let text = "UHC Award 2026\nPembuka.\nCakupan UHC sebesar 89,65 persen peserta aktif pada 2025.";
        assert_eq!(period(text, "89,65"), Some(2025));
        let text = "UHC Award 2026\nPembuka.\nKepahiang 22,9% kemudian di tahun 2022 menjadi 24,9 persen.";
        assert_eq!(period(text, "22,9"), Some(2026));
        // An assessment's acronym in the phrase of time names what was measured.
        let text = "KLA 2021\nPembuka.\nKabupaten Garut dengan nilai 70,5 pada KLA tahun 2019.";
        assert_eq!(period(text, "70,5"), Some(2019));
        // Not past another phrase of time, nor past another value than the one moved to.
        let text = "Peringkat 2022\nPembuka.\nKita harus mempertahankan peringkat pertama pada penilaian pada 2024.";
        assert_eq!(period(text, "peringkat pertama"), Some(2022));
        let text = "IKIP\nPembuka.\nSecara nasional, turun 0,1 persen dari 21.6 persen pada tahun 2022 menjadi 21,5 persen \
                    pada 2023.";
        assert_eq!(period(text, "0,1 persen"), None);
        let text = "IKIP: Lampung 69.81 pada 2021, Naik 0.02 Menjadi 69.83 pada 2022\nPembuka.";
        assert_eq!(period(text, "0.02"), Some(2022));
        // A bracketed year dates the value before it; `tahun sebelumnya` after a year is the year before.
        let text = "Stunting\nPembuka.\nJembrana pada tahun 2022 turun 0,01 persen, dari 14,3 persen (2021) menjadi 14,2 persen.";
        assert_eq!(period(text, "14,3"), Some(2021));
        assert_eq!(period(text, "14,2"), Some(2022));
        let text = "Stunting\nPembuka.\nAngka nasional pada tahun 2022 sebesar 21,6% yang mana pada tahun sebelumnya sebesar \
                    24,4 persen.";
        assert_eq!(period(text, "21,6"), Some(2022));
        assert_eq!(period(text, "24,4"), Some(2021));
        // The value moved to from the year before is of the year found.
        let text = "Ombudsman 2019\nPembuka.\nKerinci mengalami peningkatan dari tahun sebelumnya menjadi 80,13.";
        assert_eq!(period(text, "80,13"), Some(2019));
        // A time clause after the year compared with is of that year.
        let text = "UHC Award 2026\nPembuka.\nCapaian naik dibandingkan tahun 2024, ketika cakupan berada di angka 86,04 \
                    persen.";
        assert_eq!(period(text, "86,04"), Some(2024));
    }

    #[test]
    fn the_year_an_article_names_most_often_is_the_last_resort() {
        let text = "Judul\nPembuka.\nKota Madiun masuk 25 besar. Pada tahun 2023, Kota Madiun memperoleh nilai 93,59.";
        assert_eq!(period(text, "25 besar"), Some(2023));
        let text = "Judul\nPembuka.\nKota Madiun 3,50. Survei digelar pada tahun 2019 dan 2020.";
        assert_eq!(period(text, "3,50"), Some(2020));
        let text = "Judul\nPembuka.\nKota Madiun 3,50. Survei 2019 dipakai. Survei 2019 dan 2020.";
        assert_eq!(period(text, "3,50"), Some(2019));
    }

    #[test]
    fn the_one_year_an_article_names_apart_from_any_value_is_the_period() {
        let text = "Indeks DI Yogyakarta 3,50\nPembuka.\nLalu Aceh 4,89.\nPenelitian berlangsung sepanjang tahun 2019.";
        assert_eq!(period(text, "4,89"), Some(2019));
        assert_eq!(period(text, "3,50"), Some(2019));
        let text = "Singkawang 6,483\nPembuka.\nPenilaian memakai indeks sepanjang tahun 2021.\n\
                    Skor Salatiga turun dari 2020 ke 6,367. Kota itu dinilai lagi pada tahun 2021.";
        assert_eq!(period(text, "6,483"), Some(2021));
    }
}

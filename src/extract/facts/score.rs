//! Scores and score changes: `nilai 95,5`, `IPP sebesar 4,67`, `memperoleh
//! 85,5 poin`, `meningkat dari 93,59 menjadi 95,5`; `meningkat 1,91 poin`,
//! `turun 0,8 poin`, `berkurang dua (2) poin`. Money, counts, durations,
//! years, targets, thresholds, intervals and averages are no score.

mod bound;
mod percent;

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::date::month_number;
use super::lexicon::{
    BREAKDOWN_WORDS, CHANGE_VERBS, CLAUSE_OPENERS, EACH_WORDS, GRADE_NOUNS, GRADE_WORDS, LEVEL_MARKS, MONEY_WORDS,
    NON_SCORE_UNITS, NOW_WORDS, NUMBER_WORDS, PERCENT_WORDS, PERIOD_FILLERS, PERIOD_WORDS, POINTS, RESULT_WORDS,
    SCORE_BLOCKERS, SCORE_LINKS, SCORE_NOUNS, SCORE_STOPS, SCORE_VERBS, TARGET_NOUNS, WEAK_SCORE_TRIGGERS, WISH_WORDS,
    ZONE_COLOURS, ZONE_NOUNS, change_verb, in_list,
};
use super::list;
use super::number::{DECIMAL, is_year, parse_cardinal, parse_decimal};

use super::document::{ASSESSMENT, Document};
use super::ranking::speaks_of_ranking;
use super::spans::Spans;
use super::{Found, alternation, floor_boundary};
use crate::model::FactDetail;

/// How many words may stand between a score noun and its number.
const MAX_GAP: usize = 7;

/// How many words a date in that gap may take (`30 November 2024`).
const DATE_WORDS: usize = 3;

/// How many words before a trigger may make it a target, threshold or average.
const BLOCKER_REACH: usize = 3;

/// How many words a row's label has at most (`Penanganan pengaduan`).
const MAX_LABEL_WORDS: usize = 3;

/// A score noun (`nilai`), a verb of obtaining (`meraih`) or a weak trigger (`tercatat`).
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(SCORE_NOUNS.iter().copied());
    let verbs = alternation(SCORE_VERBS.iter().copied());
    let weak = alternation(WEAK_SCORE_TRIGGERS.iter().copied());
    Regex::new(&format!(r"(?x)(?-u:\b)(?i:{nouns}|{verbs}|{weak})(?-u:\b)")).expect("static score regex")
});

/// A score noun alone, to tell whether a sentence speaks of scores.
static NOUN: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(SCORE_NOUNS.iter().copied());
    Regex::new(&format!(r"(?x)(?-u:\b)(?i:{nouns})(?-u:\b)")).expect("static score noun regex")
});

/// A decimal or a percentage alone in brackets: `Kota Blitar (93,2)`, `Kab. Bima (66%)`.
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?P<number>[0-9]{1,3}(?:,[0-9]{1,2})?)(?P<percent>\s?(?:%|persen))?\)")
        .expect("static listed score regex")
});

/// A decimal printed with a decimal comma: `73,55`, `1.245,75`, `0,8236`
/// (an index of villages), `6,500`; or with a point and one or two
/// decimals (`93.07`: three are thousands). A comma or point then more
/// digits after it (`1,500,000`, `12.10.2023`) is no decimal: see
/// [`bare_decimals`].
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[0-9]{1,3}(?:\.[0-9]{3})*,[0-9]{1,4}|[0-9]{1,3}\.[0-9]{1,2})(?-u:\b)")
        .expect("static bare score regex")
});

/// The decimals of `text` that [`BARE`] reads, without the groups of a
/// number written with thousands commas (`1,500,000`) or of a date or code
/// of points (`12.10.2023`).
fn bare_decimals(text: &str) -> impl Iterator<Item = regex::Match<'_>> {
    BARE.find_iter(text).filter(|m| {
        let rest = &text.as_bytes()[m.end()..];
        let before = &text.as_bytes()[..m.start()];
        let joined = |sep: Option<&u8>, digit: Option<&u8>| {
            sep.is_some_and(|s| matches!(s, b',' | b'.')) && digit.is_some_and(u8::is_ascii_digit)
        };
        !joined(rest.first(), rest.get(1)) && !joined(before.last(), before.len().checked_sub(2).map(|i| &before[i]))
    })
}

/// A whole number of up to three digits, as a table cell holds it.
static WHOLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[0-9]{1,3}").expect("static whole number regex"));

/// Whole numbers that fill a table's cell in a column whose other cells
/// hold decimals (`12 | Kota Bau-Bau | 26 |` under `1 | Kabupaten Buton
/// Tengah | 41,6 |`): values printed without their decimal part.
fn whole_table_values(text: &str) -> Vec<regex::Match<'_>> {
    let cells = |line: &str, at: usize| -> Vec<Range<usize>> {
        let mut start = at;
        line.split('|')
            .map(|cell| {
                let range = start..start + cell.len();
                start = range.end + 1;
                range
            })
            .collect()
    };
    let mut found = Vec::new();
    if !text.contains('|') {
        return found;
    }
    let mut table: Vec<Vec<Range<usize>>> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n').chain(std::iter::once("")) {
        let content = line.trim_end_matches(['\n', '\r']);
        if list::is_table_row(content) {
            table.push(cells(content, at));
        } else if !table.is_empty() {
            let columns = table.iter().map(Vec::len).max().unwrap_or(0);
            // The first column numbers the rows.
            for column in 1..columns {
                let cell = |row: &Vec<Range<usize>>| row.get(column).map(|r| text[r.clone()].trim());
                let decimal = |c: &str| BARE.find(c).is_some_and(|m| m.len() == c.len());
                if !table.iter().filter_map(cell).any(decimal) {
                    continue;
                }
                for row in &table {
                    let Some(range) = row.get(column) else { continue };
                    if let Some(m) = WHOLE
                        .find_at(text, range.start)
                        .filter(|m| m.end() <= range.end && text[range.clone()].trim() == m.as_str())
                    {
                        found.push(m);
                    }
                }
            }
            table.clear();
        }
        at += line.len();
    }
    found
}

/// Whole percentages that end a short line (`Pemkab Jeneponto 74%` under
/// `Berikut persentase hasil penilaian Korsupgah KPK:`): values printed
/// without a decimal part, when the list is one of results (which is asked
/// of them as of every percentage in a row).
fn whole_row_percents(text: &str) -> Vec<regex::Match<'_>> {
    let mut found = Vec::new();
    if !PERCENT_WORDS.iter().any(|unit| text.contains(unit)) {
        return found;
    }
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end().trim_end_matches([';', '.']).trim_end();
        let number = PERCENT_WORDS.iter().find_map(|unit| content.strip_suffix(unit)).map(str::trim_end);
        if let Some(number) = number.filter(|_| content.len() <= list::MAX_ROW_LEN) {
            let lead = number.trim_end_matches(|c: char| c.is_ascii_digit());
            if (1..=3).contains(&(number.len() - lead.len()))
                && lead.ends_with(char::is_whitespace)
                && let Some(m) = WHOLE.find_at(text, at + lead.len())
            {
                found.push(m);
            }
        }
        at += line.len();
    }
    found
}

/// How a trigger introduces its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// `nilai`: the number may follow a few words later.
    Noun,
    /// `meraih`: the number follows at once, with `poin` or a decimal part.
    Verb,
    /// `tercatat`: at once, in a sentence with a score noun.
    Weak,
    /// `di angka`: at once, any unit but a count's, in a sentence with a score noun.
    Level,
}

/// `meningkat 1,91 poin`, `peningkatan nilai IPP sebesar 3,2 poin`, `berkurang dua (2) poin`,
/// and a decimal without its unit before the value it moved from
/// (`peningkatan sekitar 3,42 dari nilai SAKIP tahun 2017`).
static CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = alternation(CHANGE_VERBS.iter().map(|(verb, _)| *verb));
    let words = alternation(NUMBER_WORDS.iter().map(|(word, _)| *word));
    Regex::new(&format!(
        r"(?x)
        (?-u:\b)(?i:(?P<verb>{verbs}))(?-u:\b)
        (?:\s+[^\s0-9]+){{0,4}}?
        \s+(?:sebesar\s+|sekitar\s+|mencapai\s+)?
        (?: (?P<number>{DECIMAL}) | (?P<words>(?i:(?:{words})(?:\s+(?:belas|puluh)(?:\s+(?:{words}))?)?)) )
        (?:\s*\((?P<paren>{DECIMAL})\))?
        \s+(?: (?i:poin|point|angka) | (?P<from>dari) )(?-u:\b)"
    ))
    .expect("static score change regex")
});

/// A change in percent: `mengalami kenaikan sebesar 1,1 persen`, `turun 2,8%`.
static PERCENT_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = alternation(CHANGE_VERBS.iter().map(|(verb, _)| *verb));
    Regex::new(&format!(
        r"(?x)(?-u:\b)(?i:(?P<verb>{verbs}))(?-u:\b)(?:\s+[^\s0-9]+){{0,3}}?\s+(?P<number>{DECIMAL})\s?(?:%|(?i:persen)(?-u:\b))"
    ))
    .expect("static percent change regex")
});

/// How far a change in percent may stand from the difference of two
/// scores of its sentence and still be it (their rounding).
const PERCENT_CHANGE_SLACK: f64 = 0.051;

/// Every score and score change in `body` (subjects are added later).
pub fn find_scores(doc: &Document<'_>, out: &mut Vec<Found>) {
    let body = doc.text;
    let mut scores = Vec::new();
    // A whole-number score needs an article about an assessment: `skor 885`
    // in a benchmark or `nilai 46` in a league table is none.
    // A trigger inside the words of a score already read (`nilai Indeks
    // Pelayanan Publik (IPP) sebesar 4,67`) adds nothing.
    let mut read_until = 0;
    // The word found tells its kind: no capture groups to resolve, on a
    // pass that meets every `dari` and `menjadi`.
    let listed = |list: &[&str], word: &str| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    for trigger in TRIGGER.find_iter(body) {
        if trigger.start() < read_until || blocked_before(body, trigger.start()) {
            continue;
        }
        let kind = if listed(SCORE_NOUNS, trigger.as_str()) {
            Trigger::Noun
        } else if listed(SCORE_VERBS, trigger.as_str()) {
            Trigger::Verb
        } else if at_level(body, trigger.range()) {
            Trigger::Level
        } else {
            Trigger::Weak
        };
        // The cheap test first: most weak triggers (`dari`, `menjadi`) have no number after them.
        if let Some((span, value, _)) = scan_after(body, trigger.range(), kind).filter(|(span, _, decimal)| {
            // A whole number needs a party named in its sentence, or in the
            // one before when it follows its trigger at once (`Kabupaten
            // Merauke meraih 64 poin`, `... di Deli Serdang. Tahun 2023, IID
            // berada di skor 59`; `diberi nilai 10` of a beach or `mendapat
            // 4.663 poin` of an athlete is none), in an article about an
            // assessment (`nilai 67 poin` under `MCSP 2025`).
            let adjacent = body[trigger.end()..span.end].split_whitespace().count() == 1;
            (*decimal
                || (doc.about_an_assessment()
                    && if adjacent {
                        doc.names_party_near(span.start)
                    } else {
                        doc.names_party(doc.sentence_or_point(span.start))
                    }))
                && (kind == Trigger::Noun || kind == Trigger::Verb || speaks_of_scores(doc, trigger.start()))
                && !target_clause(doc, trigger.start())
                && percent::amount_of_change(
                    &body[doc.sentence_or_point(trigger.start()).start.min(trigger.start())..trigger.end()],
                )
                .is_none()
        }) {
            read_until = span.end;
            // `indeks tertinggi diraih oleh Kabupaten Gianyar dengan angka
            // 83`: the words that state it start at the party the trigger's
            // words hand it to (not at `IPM Kota Kendari`, `capaian UHC Kabupaten Ngawi`).
            let start = doc
                .mentions_in(trigger.end()..span.end)
                .last()
                .filter(|m| body[trigger.end()..m.span.start].split_whitespace().any(|w| in_list(HANDING_WORDS, w)))
                .map_or(span.start, |m| m.span.start);
            scores.push(Found { span: start..span.end, detail: FactDetail::Score { value, subject: None } });
        }
    }
    // `Kota Madiun (95,5), Kota Blitar (93,2)`: bracketed decimals in a
    // sentence about scores.
    let triggered = read_spans(&scores);
    for caps in LISTED.captures_iter(body) {
        let (Some(whole), Some(number)) = (caps.get(0), caps.name("number")) else { continue };
        let read = triggered.cover(&number.range());
        // In an article about an assessment, a decimal in brackets right
        // after a party's name is that party's score (`kategori B, yakni
        // Kabupaten Blora (3,92), Kabupaten Grobogan (3,88)`).
        let after_party = || {
            let open = body[..number.start()].trim_end_matches('(').trim_end().len();
            let unit = words_after(body, whole.end()).next().is_some_and(|w| counts_things(w.bare));
            let sentence = doc.sentence_index(number.start()).map_or(0..0, |i| doc.sentences[i].clone());
            doc.assessed && !unit && doc.mentions_in(sentence).iter().any(|m| m.span.end == open)
        };
        // A percentage in brackets needs both: `progres MCP Kota Mataram
        // ... dengan nilai 63% di bawah Kab. Lombok Barat (69%) dan Kab. Bima (66%)`.
        let start = doc.sentence_index(number.start()).map_or(number.start(), |i| doc.sentences[i].start);
        // A whole number needs both too: `skor 83, serta ... Ogan Komering
        // Ilir (81), Palembang (80)`; `Budi (45)` is a man's age.
        let scored = || NOUN.is_match(&body[start..number.start()]) && after_party();
        let listed = if caps.name("percent").is_some() {
            scored()
        } else if number.as_str().contains(',') {
            speaks_of_scores(doc, number.start()) || after_party()
        } else {
            number.as_str().parse::<u32>().is_ok_and(|n| (10..=100).contains(&n)) && scored()
        };
        if !read
            && listed
            && !sentence_has_money(doc, number.start())
            && let Some(value) = parse_decimal(number.as_str())
        {
            scores.push(Found { span: number.range(), detail: FactDetail::Score { value, subject: None } });
        }
    }
    find_bare_scores(doc, &mut scores);
    percent::find_percent_scores(doc, &mut scores);
    // The changes' ranges, in order (their matches do not overlap).
    let mut changes: Vec<Range<usize>> = Vec::new();
    for caps in CHANGE.captures_iter(body) {
        let (Some(whole), Some(verb)) = (caps.get(0), caps.name("verb")) else { continue };
        let amount = caps
            .name("paren")
            .or(caps.name("number"))
            .and_then(|n| parse_decimal(n.as_str()))
            .or_else(|| caps.name("words").and_then(|w| parse_cardinal(w.as_str())).map(f64::from));
        let Some(amount) = amount else { continue };
        // Without its unit, only a decimal in an article about an assessment
        // is a change (`naik 3 dari 5 besar` is a move in a table); its
        // words end with the number.
        let whole = match (caps.name("from"), caps.name("number")) {
            (None, _) => whole.range(),
            (Some(_), Some(number)) if printed_decimal(number.as_str()) && doc.about_an_assessment() => {
                whole.start()..number.end()
            }
            (Some(_), _) => continue,
        };
        // `turun ke posisi kesebelas dengan 13 angka` is a move in a table.
        let gap = &body[verb.end()..caps.name("number").or(caps.name("words")).map_or(verb.end(), |n| n.start())];
        // `turun menjadi 620 poin` gives the new score, not a change of 620.
        if gap.split_whitespace().any(|word| in_list(SCORE_STOPS, word) || in_list(RESULT_WORDS, word)) {
            continue;
        }
        changes.push(whole.clone());
        out.push(change(whole, verb.as_str(), amount));
    }
    // The amount of a change is no score of its own.
    scores.retain(|score| {
        let at = changes.partition_point(|change| change.start <= score.span.end);
        at.checked_sub(1).is_none_or(|i| score.span.end > changes[i].end)
    });
    drop_unnamed_items(doc, &mut scores);
    let read = Spans::new(scores.iter().chain(out.iter()).map(|f| f.span.clone()));
    bound::find_bound_values(doc, &read, &mut scores);
    find_percent_changes(doc, &changes, &mut scores, out);
    scores.retain(|score| !wished(doc, score.span.start));
    out.append(&mut scores);
}

/// Whether the value at `pos` is hoped for: a word of wishing stands
/// before it in its sentence, and no word of the present after that one
/// (`Harapan kita turun di bawah 14 persen dan sekarang 15,17 persen`).
fn wished(doc: &Document<'_>, pos: usize) -> bool {
    let sentence = doc.sentence_or_point(pos);
    let words = doc.text[sentence.start.min(pos)..pos]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
    words.fold(false, |wished, w| (wished || in_list(WISH_WORDS, w)) && !in_list(NOW_WORDS, w))
}

/// A score change of `amount` stated by `verb` at `span`: negative after a
/// verb of falling (`turun`, `penurunan`).
fn change(span: Range<usize>, verb: &str, amount: f64) -> Found {
    let falls = change_verb(verb) == Some(true);
    Found { span, detail: FactDetail::ScoreChange { value: if falls { -amount } else { amount }, subject: None } }
}

/// Changes in percent that are a result's change: two scores of their
/// sentence, after or before them, differ by them (`kenaikan sebesar 1,1
/// persen, dari 22,8 persen pada 2021 menjadi 23,9 persen`, `dari 13,5%
/// menjadi 17,1% (kenaikan 3,6%)`), points of a prevalence, not a growth
/// rate. Only in an article about an assessment: elsewhere a percent
/// change is a rate. `changes` are the changes read already; a score inside
/// a change read here is dropped from `scores`.
fn find_percent_changes(doc: &Document<'_>, changes: &[Range<usize>], scores: &mut Vec<Found>, out: &mut Vec<Found>) {
    let body = doc.text;
    let mut read: Vec<Range<usize>> = Vec::new();
    for caps in PERCENT_CHANGE.captures_iter(if doc.about_an_assessment() { body } else { "" }) {
        let (Some(whole), Some(verb), Some(number)) = (caps.get(0), caps.name("verb"), caps.name("number")) else {
            continue;
        };
        let Some(amount) = parse_decimal(number.as_str()) else { continue };
        if changes.iter().any(|c| c.start < whole.end() && whole.start() < c.end) {
            continue;
        }
        let sentence = doc.sentence_or_point(whole.start());
        let values: Vec<f64> = scores
            .iter()
            .filter(|s| {
                sentence.contains(&s.span.start) && (s.span.start >= whole.end() || s.span.end <= whole.start())
            })
            .filter_map(|s| match s.detail {
                FactDetail::Score { value, .. } => Some(value),
                _ => None,
            })
            .collect();
        let differs_by = values
            .iter()
            .enumerate()
            .any(|(i, a)| values[i + 1..].iter().any(|b| ((a - b).abs() - amount).abs() <= PERCENT_CHANGE_SLACK));
        if differs_by {
            read.push(whole.range());
            out.push(change(whole.range(), verb.as_str(), amount));
        }
    }
    scores.retain(|score| !read.iter().any(|c| c.contains(&score.span.start)));
}

/// How far after a number its words are read, in bytes: a score's words
/// stand within it, and a huge line stays linear.
const MAX_SCORE_SPAN: usize = 1024;

/// The spans of `scores`, for quick tests against them.
fn read_spans(scores: &[Found]) -> Spans {
    Spans::new(scores.iter().map(|score| score.span.clone()))
}

/// Drops scores of a sentence that names no party and gives several
/// values each after a common noun and `dengan`: a survey's items
/// (`pengusaha atau wiraswasta dengan nilai 5,32, pengurus ormas dengan
/// nilai 5,11 ...`), not an assessed party's results.
fn drop_unnamed_items(doc: &Document<'_>, scores: &mut Vec<Found>) {
    let body = doc.text;
    let sentence_of = |f: &Found| doc.sentence_index(f.span.start);
    let item = |f: &Found| {
        let mut words = body[..f.span.start].split_whitespace().rev();
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("dengan"))
            && words.next().is_some_and(|w| {
                let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
                !bare.is_empty() && bare.chars().all(char::is_lowercase)
            })
    };
    // The sentence of each item, how many items it gives and where the first starts.
    let items: Vec<Option<usize>> = scores.iter().map(|f| sentence_of(f).filter(|_| item(f))).collect();
    let mut per_sentence: std::collections::HashMap<usize, (usize, usize)> = std::collections::HashMap::new();
    for (at, score) in items.iter().zip(scores.iter()) {
        if let Some(at) = at {
            let entry = per_sentence.entry(*at).or_insert((0, score.span.start));
            entry.0 += 1;
            entry.1 = entry.1.min(score.span.start);
        }
    }
    per_sentence.retain(|_, (count, _)| *count > 1);
    if per_sentence.is_empty() {
        return;
    }
    // A party named after the items (`kata ... di kantor PPATK, Jakarta Pusat`) is not theirs.
    per_sentence.retain(|at, (_, first)| !doc.names_party(doc.sentences[*at].start..*first));
    let mut index = 0;
    scores.retain(|_| {
        index += 1;
        !items[index - 1].is_some_and(|at| per_sentence.contains_key(&at))
    });
}

/// Scores printed without a trigger of their own: a decimal right after a
/// party's name or a previous period in a sentence about scores (`Kabupaten
/// Bengkalis mencatat skor 75,10 dan Kota Pekanbaru 73,55`, `Tahun
/// sebelumnya 71,20.` after `Skor kita 85,42.`), a row of a list or table
/// under an introduction naming a score, and a decimal given with its
/// rating (`Alhamdulillah 80,14, predikat A`).
fn find_bare_scores(doc: &Document<'_>, scores: &mut Vec<Found>) {
    let body = doc.text;
    let mut before = read_spans(scores);
    let mut numbers: Vec<regex::Match<'_>> = bare_decimals(body).collect();
    let whole: Vec<regex::Match<'_>> = whole_table_values(body).into_iter().chain(whole_row_percents(body)).collect();
    if !whole.is_empty() {
        numbers.extend(whole);
        numbers.sort_by_key(regex::Match::start);
    }
    for number in numbers {
        // A word in brackets is no unit: `0,8236 (Desa Mandiri)` gives a rating.
        let next = words_after(body, number.end())
            .next()
            .filter(|w| !body[number.end()..].starts_with([',', '.', ';']) && !body[..w.range.start].ends_with('('));
        let Some(index) = doc.sentence_index(number.start()) else { continue };
        let sentence = doc.sentences[index].clone();
        // A percentage is a row's result only in a list of results (`9.
        // Kabupaten Kaur - 65,30 persen` under `Skor MCP kabupaten:`), not
        // of statistics (`inflasi`, `kemiskinan`).
        let percent = next.as_ref().is_some_and(|w| in_list(PERCENT_WORDS, w.bare));
        let listed_percent = || {
            scored_list(doc, sentence.start)
                .is_some_and(|intro| !intro.iter().any(|line| percent::speaks_of_statistics(&body[line.clone()])))
        };
        if before.cover(&number.range())
            || next.is_some_and(|w| counts_things(w.bare))
            || (percent && !listed_percent())
        {
            continue;
        }
        let lead = body[sentence.start..number.start()].trim_end();
        let named = list::before_row_value(lead);
        // A decimal point is read only right after a name (`Pemkab Lebong
        // 93.76`), where a time (`pukul 10.30`) never stands.
        let pointed = number.as_str().contains('.') && !number.as_str().contains(',');
        let after_name = named
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) || w.ends_with(')'));
        if pointed && !after_name {
            continue;
        }
        let start = if lead.ends_with('|') {
            table_cell_start(doc, sentence.clone(), number.start())
        } else if let Some(party) =
            doc.mentions_in(sentence.clone()).into_iter().find(|m| m.span.end == sentence.start + named.len())
        {
            // Said in a sentence about scores or one whose earlier score it
            // follows (`Kota Pekalongan meraih 4,70, Kota Payakumbuh 4,67`), in
            // a list under a line introducing scores, or followed by its
            // rating (`Kota Bontang 77,05 (Waspada)`).
            let follows_score = before.any_within(sentence.start..party.span.start);
            // `Pemkab Kepahiang memperoleh 92,72. Pemkab Rejang Lebong 93.07.`:
            // a sentence of a party and its number going on from one that
            // gave a score.
            let goes_on = party.span.start == sentence.start
                && index.checked_sub(1).is_some_and(|i| before.any_within(doc.sentences[i].clone()));
            (speaks_of_scores(doc, number.start())
                || follows_score
                || goes_on
                || scored_list(doc, sentence.start).is_some()
                || rated_after(body, number.end()))
            .then_some(party.span.start)
        } else if row_label(lead) && ends_line(body, number.end()) && scored_list(doc, sentence.start).is_some() {
            // A labelled row of a list of sub-scores (`Persyaratan      3,52`).
            Some(sentence.start)
        } else if let Some(link) = linked_start(doc, sentence.clone(), number.start()) {
            // `Dinas Pendidikan menjadi yang terendah dengan 82,35`, `masing-masing 93,5`.
            Some(link)
        } else if let Some(word) = lead.rsplit(char::is_whitespace).next().filter(|w| in_list(SERIES_WORDS, w))
            && before.any_within(sentence.start..number.start())
        {
            // `2022 menjadi 1,71, kemudian 3,28`: a series of scores going on.
            Some(sentence.start + lead.len() - word.len())
        } else if doc.assessed && rated_after(body, number.end()) && !preceded_by_money(body, number.start()) {
            // A number given with its rating (`Alhamdulillah 80,14, predikat A.`).
            Some(number.start())
        } else {
            // `Tahun lalu masih 2,98`, `tahun 2023 yang hanya 88,26`, and the
            // value a score moved from (`Ini naik dari 84,20`).
            let lead = strip_fillers(lead);
            let period = PERIOD_WORDS.iter().find(|p| lead.to_lowercase().ends_with(*p)).copied().or_else(|| {
                let mut words = lead.rsplit(char::is_whitespace);
                let last = words.next()?;
                if is_year(last) {
                    return words
                        .next()
                        .filter(|w| w.eq_ignore_ascii_case("tahun"))
                        .map(|_| &lead[lead.len() - last.len() - 6..]);
                }
                let verb = words.next().filter(|w| last.eq_ignore_ascii_case("dari") && change_verb(w).is_some())?;
                Some(&lead[lead.len() - last.len() - verb.len() - 1..])
            });
            let previous = index.checked_sub(1).map(|i| doc.sentences[i].end).unwrap_or(sentence.start);
            period
                .filter(|_| {
                    speaks_of_scores(doc, number.start())
                        || (lead.len() <= 20 && speaks_of_scores(doc, previous.saturating_sub(1)))
                })
                .map(|p| sentence.start + lead.len() - p.len())
        };
        if let (Some(start), Some(value)) = (start, parse_decimal(number.as_str())) {
            // A list goes on from each score read (`... 93.07. Pemkab Lebong 93.76`).
            before.add(start..number.end());
            scores.push(Found { span: start..number.end(), detail: FactDetail::Score { value, subject: None } });
        }
    }
}

/// Words that hand a result to the party after them: `diraih oleh`, `ditempati`, `adalah`.
const HANDING_WORDS: &[&str] =
    &["diraih", "oleh", "ditempati", "diduduki", "dipegang", "adalah", "ialah", "yakni", "yaitu"];

/// Words that carry a series of one party's scores on (`menjadi 1,71,
/// kemudian 3,28`); `disusul` hands the next value to another party.
const SERIES_WORDS: &[&str] = &["kemudian", "lalu", "lantas", "selanjutnya", "berikutnya"];

/// Where a decimal led by a linking word starts (`dengan 82,35`,
/// `masing-masing 93,5`): after `masing-masing` in a sentence about scores,
/// after `dengan` in an article about an assessment when its clause names a
/// party (`Kabupaten Kudus (keempat) dengan 94,37`).
fn linked_start(doc: &Document<'_>, sentence: Range<usize>, number: usize) -> Option<usize> {
    let body = doc.text;
    let lead = body[sentence.start..number].trim_end();
    let word = lead.rsplit(char::is_whitespace).next()?;
    let start = sentence.start + lead.len() - word.len();
    let clause = body[sentence.start..start].rfind([',', ';']).map_or(sentence.start, |p| sentence.start + p + 1);
    let linked = if in_list(EACH_WORDS, word) {
        speaks_of_scores(doc, number)
    } else {
        word.eq_ignore_ascii_case("dengan")
            && doc.assessed
            && !preceded_by_money(body, number)
            && !doc.mentions_in(clause..start).is_empty()
            && !body[clause..start].split_whitespace().any(|w| in_list(SCORE_BLOCKERS, w))
    };
    linked.then_some(start)
}

/// A lead without the filler words before a previous period's value
/// (`Tahun lalu masih`, `tahun 2023 yang hanya`).
fn strip_fillers(lead: &str) -> &str {
    let mut lead = lead.trim_end();
    while let Some(word) = lead.rsplit(char::is_whitespace).next().filter(|w| in_list(PERIOD_FILLERS, w)) {
        lead = lead[..lead.len() - word.len()].trim_end();
    }
    lead
}

/// The introduction (see [`list::introduction`]) of the list whose row
/// starts at `row`, when it ends with a colon and names a score, an
/// assessment or a ranking, in a heading, the prose above or the sentence
/// before it (`Berikut urutan daerah dengan nilai tertinggi:`, `Berikut
/// hasil penilaian kepatuhan kabupaten/kota:`, `Hasil per unsur pelayanan:`
/// after `nilai IKM ...`, `Kategori kabupaten:` under `Berikut daftar
/// peraih IGA beserta skornya.`).
fn scored_list(doc: &Document<'_>, row: usize) -> Option<Vec<Range<usize>>> {
    let body = doc.text;
    let intro = list::introduction(body, row);
    let (nearest, first) = (intro.first()?, intro.last()?);
    if !body[nearest.clone()].ends_with(':') {
        return None;
    }
    let named = |line: &Range<usize>| {
        // The line's last sentence: `Penilaian selesai. Berikut harga cabai:` lists prices.
        let last = body[line.clone()].rsplit(". ").next().unwrap_or("");
        speaks_of_ranking(&body[line.clone()]) || ASSESSMENT.is_match(last) || speaks_of_scores(doc, line.end - 1)
    };
    let before = body[..first.start].trim_end().len();
    let scored = intro.iter().any(named)
        || (body[first.clone()].ends_with(':') && before > 0 && speaks_of_scores(doc, before - 1));
    scored.then_some(intro)
}

/// Whether a rating follows a number: in words in brackets (`77,05
/// (Waspada)`) or led by its noun (`80,14, predikat A`, `77,02 dengan
/// predikat BB`, `4,67 (kategori A)`).
fn rated_after(body: &str, end: usize) -> bool {
    let rest = body[end..].trim_start_matches([' ', '\t']);
    // `(Sangat Baik)`, `(Zona Hijau)`.
    let bracketed = rest.strip_prefix('(').and_then(|inner| inner.split([')', ',']).next()).is_some_and(|words| {
        let words = words.trim().to_lowercase();
        let zone = words
            .split_once(' ')
            .is_some_and(|(noun, colour)| ZONE_NOUNS.contains(&noun) && ZONE_COLOURS.contains(&colour));
        GRADE_WORDS.contains(&words.as_str()) || zone
    });
    let led = rest.trim_start_matches([',', '(', ' ']);
    let led = led.strip_prefix("dengan ").unwrap_or(led);
    let noun = led.split_whitespace().next().is_some_and(|word| in_list(GRADE_NOUNS, word) && word != "nilai");
    bracketed || noun
}

/// Whether a row's lead is a short label of capitalised words (`Waktu
/// penyelesaian`, `Biaya/tarif`), alone on its line.
fn row_label(lead: &str) -> bool {
    let words: Vec<&str> = lead.split_whitespace().collect();
    (1..=MAX_LABEL_WORDS).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && !lead.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | '|'))
}

/// Whether nothing but a bracketed rating follows byte `end` on its line.
fn ends_line(body: &str, end: usize) -> bool {
    let window = &body[end..floor_boundary(body, (end + list::MAX_ROW_LEN).min(body.len()))];
    let Some(line) =
        window.split('\n').next().filter(|line| line.len() < window.len() || end + window.len() == body.len())
    else {
        return false;
    };
    let rest = line.trim();
    rest.is_empty() || (rest.starts_with('(') && rest.ends_with(')'))
}

/// Where a table row's score cell reads from, when the row names a party
/// and the line introducing the table names a score: the row's start.
fn table_cell_start(doc: &Document<'_>, row: Range<usize>, number: usize) -> Option<usize> {
    let body = doc.text;
    let above = &body[..row.start];
    let is_row = |line: &str| list::is_table_row(line) && !line.trim_end().ends_with(':');
    let intro = above.lines().rev().find(|line| !line.trim().is_empty() && !is_row(line))?;
    (NOUN.is_match(intro) && !doc.mentions_in(row.start..number).is_empty()).then_some(row.start)
}

/// A word of the text after a trigger, with its byte range and the
/// punctuation stripped from its end.
struct Word<'a> {
    range: Range<usize>,
    bare: &'a str,
    stop: bool,
}

fn words_after(body: &str, from: usize) -> impl Iterator<Item = Word<'_>> {
    // Stop at the line's end: a score never runs over a line break.
    let rest = &body[from..floor_boundary(body, (from + MAX_SCORE_SPAN).min(body.len()))];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    line.split_whitespace().flat_map(split_glued).map(move |token| {
        let start = from + (token.as_ptr() as usize - rest.as_ptr() as usize);
        let trimmed = token.trim_end_matches([',', '.', ';', ':', ')', '"', '”', '!', '?']);
        let bare = trimmed.trim_start_matches(['(', '"', '“']);
        let offset = trimmed.len() - bare.len();
        let stop = token[trimmed.len()..].contains([',', '.', ';', ':', '!', '?']);
        Word { range: start + offset..start + offset + bare.len(), bare, stop }
    })
}

/// A token cut after each comma glued to a following letter: a missing
/// space (`72,15,Kabupaten`, `4,62,kategori`) still ends the number.
fn split_glued(token: &str) -> impl Iterator<Item = &str> {
    let mut rest = token;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let cut = (0..bytes.len().saturating_sub(1))
            .find(|&i| bytes[i] == b',' && bytes[i + 1].is_ascii_alphabetic())
            .map_or(rest.len(), |i| i + 1);
        let (head, tail) = rest.split_at(cut);
        rest = tail;
        Some(head)
    })
}

fn is_number(word: &str) -> bool {
    !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && parse_decimal(word).is_some()
}

/// The score a trigger introduces: the first acceptable number after it.
fn scan_after(body: &str, trigger: Range<usize>, kind: Trigger) -> Option<(Range<usize>, f64, bool)> {
    let max_gap = if kind == Trigger::Noun { MAX_GAP } else { 1 };
    let mut words: Vec<Word<'_>> = words_after(body, trigger.end).take(max_gap + 2 + DATE_WORDS).collect();
    drop_dates(&mut words);
    for (index, word) in words.iter().enumerate().take(max_gap + 1) {
        let lower = word.bare.to_lowercase();
        let digits = word.bare.strip_suffix('%').unwrap_or(word.bare);
        if is_number(digits) && !is_year(word.bare) {
            let next = if word.stop { None } else { words.get(index + 1).map(|w| w.bare) };
            let percent = digits.len() < word.bare.len() || next.is_some_and(|n| in_list(PERCENT_WORDS, n));
            let points = next.is_some_and(|n| in_list(POINTS, n));
            let decimal = printed_decimal(digits);
            let unit_ok = match kind {
                Trigger::Noun => percent || points || !next.is_some_and(counts_things),
                Trigger::Verb => points || (decimal && !percent && !next.is_some_and(counts_things)),
                Trigger::Weak => points || percent || (decimal && !next.is_some_and(counts_things)),
                Trigger::Level => points || percent || !next.is_some_and(counts_things),
            };
            // A bound of an interval or an inequality (`70 ≤ IPM < 80`,
            // `indeks 4,2 ke atas`) is no result.
            let interval = next
                .is_some_and(|n| ["hingga", "sampai", "-", "–", "s.d.", "s/d"].contains(&n) || is_comparison(n))
                || (next.is_some_and(|n| n.eq_ignore_ascii_case("ke"))
                    && next_is(&words, index + 1, &["atas", "bawah"]))
                || index.checked_sub(1).is_some_and(|i| is_comparison(words[i].bare))
                || body[word.range.end..].starts_with(['-', '–']);
            if !unit_ok || interval || preceded_by_money(body, word.range.start) {
                return None;
            }
            return parse_decimal(digits).map(|value| (trigger.start..word.range.end, value, decimal));
        }
        // A sports result or a code (`skor 13-6`, `U-18`) ends the search; a year does not.
        if word.bare.bytes().any(|b| b.is_ascii_digit()) && !is_year(word.bare) {
            return None;
        }
        let change = CHANGE_VERBS.iter().any(|(v, _)| *v == lower);
        if in_list(SCORE_BLOCKERS, &lower)
            || in_list(SCORE_STOPS, &lower)
            || (change && !next_is(&words, index, &["dari", "menjadi"]))
            || lower.starts_with("rp")
            || (word.stop && !in_list(SCORE_LINKS, &lower))
            || (kind != Trigger::Noun && !in_list(SCORE_LINKS, &lower))
        {
            return None;
        }
    }
    None
}

/// Whether a weak trigger stands as a level (`di angka 52`, `pada angka 90 poin`).
fn at_level(body: &str, trigger: Range<usize>) -> bool {
    body[trigger.clone()].eq_ignore_ascii_case("angka")
        && body[..trigger.start].split_whitespace().next_back().is_some_and(|w| in_list(LEVEL_MARKS, w))
}

/// Drops the dates among the words after a trigger: the day of `pada
/// tanggal 6 Desember 2022` or `per 30 November 2024 sebesar 91` is no
/// score, and a date does not count toward the gap to the number.
fn drop_dates(words: &mut Vec<Word<'_>>) {
    let month = |word: &Word<'_>| word.bare.starts_with(char::is_uppercase) && month_number(word.bare).is_some();
    let mut keep = vec![true; words.len()];
    for index in 1..words.len() {
        let day = &words[index - 1];
        if month(&words[index]) && !day.stop && day.bare.len() <= 2 && day.bare.bytes().all(|b| b.is_ascii_digit()) {
            keep[index - 1] = false;
            keep[index] = false;
            if !words[index].stop && words.get(index + 1).is_some_and(|w| is_year(w.bare)) {
                keep[index + 1] = false;
            }
        }
    }
    let mut index = 0;
    words.retain(|_| {
        index += 1;
        keep[index - 1]
    });
}

/// Whether the sentence around byte `pos` speaks of money.
fn sentence_has_money(doc: &Document<'_>, pos: usize) -> bool {
    let body = doc.text;
    let sentence = doc.sentence_index(pos).map_or(pos..pos, |i| doc.sentences[i].clone());
    body[sentence]
        .split_whitespace()
        .any(|word| in_list(MONEY_WORDS, word.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// Whether `sentence` breaks a score down into its parts: a score noun,
/// then a word of [`BREAKDOWN_WORDS`]. Words of budgets and taxes there
/// name the parts, not the sentence's subject.
pub(super) fn breaks_down(sentence: &str) -> bool {
    let lower = sentence.to_ascii_lowercase();
    BREAKDOWN_WORDS.iter().filter_map(|word| lower.find(word)).any(|at| NOUN.is_match(&sentence[..at]))
}

/// Whether the sentence before byte `pos` names a score and no target or
/// average in the clause that leads to `pos` (a byte inside a character
/// counts as that character's start).
fn speaks_of_scores(doc: &Document<'_>, pos: usize) -> bool {
    let body = doc.text;
    let pos = floor_boundary(body, pos);
    let start = doc.sentence_index(pos).map_or(pos, |i| doc.sentences[i].start);
    let lead = &body[start..pos];
    let clause = &lead[lead.rfind([',', ';']).map_or(0, |p| p + 1)..];
    let named = NOUN.find_iter(lead).any(|noun| {
        let mut words = lead[noun.end()..].split_whitespace();
        let next = words.next().unwrap_or("");
        !blocked_before(body, start + noun.start()) && !blocks(next, words.next().unwrap_or(""))
    });
    let words: Vec<&str> = clause.split_whitespace().collect();
    named && !(0..words.len()).any(|i| blocks(words[i], words.get(i + 1).unwrap_or(&"")))
}

/// Whether `word` makes a number after it no score; `hingga kini` (until
/// now) is time, not the bound of an interval.
fn blocks(word: &str, next: &str) -> bool {
    in_list(SCORE_BLOCKERS, word) && !(in_list(&["hingga", "sampai"], word) && in_list(NOW_WORDS, next))
}

/// Whether one of the words before a trigger makes it no score (`rata-rata
/// nilai`, `target nasional indeks SPBE`, `dimulai dari nilai`).
fn blocked_before(body: &str, start: usize) -> bool {
    let window = floor_boundary(body, start.saturating_sub(40));
    let before = &body[window..start];
    let clause = &before[before.rfind(['.', ',', ';', '\n']).map_or(0, |p| p + 1)..];
    let words: Vec<&str> = clause.split_whitespace().collect();
    for (index, word) in words.iter().enumerate().rev().take(BLOCKER_REACH) {
        if in_list(SCORE_BLOCKERS, word) {
            return true;
        }
        // A name ends the look-back: `Badan Pendapatan Daerah dengan nilai`.
        if index > 0 && word.starts_with(char::is_uppercase) && !in_list(SCORE_NOUNS, word) {
            return false;
        }
    }
    false
}

/// Whether the clause holding byte `pos` is about a target or an average:
/// it opens with one (`sedangkan target nasional dalam Perpres 95 Tahun
/// 2018 tentang SPBE adalah 2,6`) and names no party before `pos`.
fn target_clause(doc: &Document<'_>, pos: usize) -> bool {
    let body = doc.text;
    let start = doc.sentence_index(pos).map_or(pos, |i| doc.sentences[i].start);
    let clause = body[start..pos].rfind([',', ';', ':']).map_or(start, |p| start + p + 1);
    let mut words = body[clause..pos].split_whitespace().skip_while(|w| in_list(CLAUSE_OPENERS, w));
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    // `Target nasional ...`, `Nilai rata-rata rapor terendah ... mencapai 89,45`.
    let aimed = in_list(TARGET_NOUNS, first) || (in_list(SCORE_NOUNS, first) && in_list(TARGET_NOUNS, second));
    aimed && doc.mentions_in(clause..pos).is_empty()
}

/// Whether a word is a comparison sign (`<`, `≤`, `>=`).
fn is_comparison(word: &str) -> bool {
    ["<", ">", "≤", "≥", "<=", ">=", "=<", "=>"].contains(&word)
}

fn next_is(words: &[Word<'_>], index: usize, options: &[&str]) -> bool {
    words.get(index + 1).is_some_and(|w| options.iter().any(|o| w.bare.eq_ignore_ascii_case(o)))
}

/// Whether a word after a number makes it a count, a length or an amount
/// (`38 Kabupaten/kota`, `24 jam`, `Rp 8,3 miliar`).
pub(super) fn counts_things(word: &str) -> bool {
    in_list(NON_SCORE_UNITS, word) || word.split_once('/').is_some_and(|(first, _)| in_list(NON_SCORE_UNITS, first))
}

/// Whether a number is printed with a decimal part (`72,00`, `4.67`).
fn printed_decimal(digits: &str) -> bool {
    digits.contains(',') || parse_decimal(digits).is_some_and(|value| value.fract() != 0.0)
}

/// Whether a number is money: `Rp 8,3`, `Rp8,3`, `USD 5`.
fn preceded_by_money(body: &str, start: usize) -> bool {
    let before = body[..start].trim_end();
    ["Rp", "Rp.", "USD", "US$", "$"].iter().any(|mark| before.ends_with(mark))
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&TRIGGER);
    LazyLock::force(&NOUN);
    LazyLock::force(&CHANGE);
    LazyLock::force(&PERCENT_CHANGE);
    LazyLock::force(&LISTED);
    LazyLock::force(&BARE);
    LazyLock::force(&WHOLE);
    percent::force_statics();
    bound::force_statics();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        find_scores(&Document::new(text), &mut out);
        out.sort_by_key(|f| f.span.start);
        out.iter()
            .map(|f| match &f.detail {
                FactDetail::Score { value, .. } => format!("score {value} {}", &text[f.span.clone()]),
                FactDetail::ScoreChange { value, .. } => format!("change {value} {}", &text[f.span.clone()]),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn scores_and_changes_are_read() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Kota Madiun berhasil meraih nilai 95,5, meningkat 1,91 poin",
                &["score 95.5 nilai 95,5", "change 1.91 meningkat 1,91 poin"],
            ),
            (
                "memperoleh nilai Indeks Pelayanan Publik (IPP) sebesar 4,67 dengan",
                &["score 4.67 nilai Indeks Pelayanan Publik (IPP) sebesar 4,67"],
            ),
            ("nilai KPPP 2024 sebesar 88,12.", &["score 88.12 nilai KPPP 2024 sebesar 88,12"]),
            (
                "Pemkab Kepahiang memperoleh 92,72.\nPemkab Rejang Lebong 93.07.\nPemkab Lebong 93.76\nRapat pukul 10.30 selesai.",
                &[
                    "score 92.72 memperoleh 92,72",
                    "score 93.07 Pemkab Rejang Lebong 93.07",
                    "score 93.76 Pemkab Lebong 93.76",
                ],
            ),
            (
                "Penilaian MCP\nProvinsi Sumatera Selatan dengan skor 83, serta Ogan Komering Ilir (81) dan Palembang (80).",
                &["score 83 skor 83", "score 81 81", "score 80 80"],
            ),
            (
                "Provinsi NTB memperoleh nilai 89,46. Ini naik dari 84,20 pada tahun sebelumnya.",
                &["score 89.46 nilai 89,46", "score 84.2 naik dari 84,20"],
            ),
            (
                "Berikut hasil penilaian kepatuhan kabupaten/kota:\n- Kota Mataram: 91,83 (Zona Hijau)\n\
                 9. Kabupaten Kaur - 65,30 persen\n",
                &["score 91.83 Kota Mataram: 91,83", "score 65.3 Kabupaten Kaur - 65,30"],
            ),
            (
                "IPM Kota Kendari mencapai 85,37, tumbuh 0,64 poin.",
                &["score 85.37 IPM Kota Kendari mencapai 85,37", "change 0.64 tumbuh 0,64 poin"],
            ),
            ("Kabupaten Ngawi memperoleh 85,5 poin dalam", &["score 85.5 memperoleh 85,5"]),
            ("Penilaian MCP: Kabupaten Sidrap juga mengoleksi 85 poin.", &["score 85 mengoleksi 85"]),
            // An assessment named by the catalogue alone makes the article about one.
            (
                "MCSP 2025\nKabupaten Lampung Utara memperoleh nilai 67 poin, disusul Kota Metro dengan 58 poin. \
                 Kinerjanya 40 persen lebih tinggi dari rerata nasional.",
                &["score 67 nilai 67", "score 58 58"],
            ),
            ("Pebalap Marc Marquez mengoleksi 85 poin musim ini.", &[]),
            ("Desa Cibodas meraih 845 poin dalam penilaian lomba desa.", &["score 845 meraih 845"]),
            (
                "nilainya naik dari 93,59 menjadi 95,5.",
                &["score 93.59 nilainya naik dari 93,59", "score 95.5 menjadi 95,5"],
            ),
            ("Puskesmas Gilingan meraih 4,52.", &["score 4.52 meraih 4,52"]),
            (
                "Nilai tertinggi diraih Kota Madiun (95,5) dan Kota Blitar (93,2).",
                &["score 95.5 Kota Madiun (95,5", "score 93.2 93,2"],
            ),
            (
                "IPM Sleman 80,1, naik 0,6 poin dari sebelumnya sebesar 79,5.",
                &["score 80.1 IPM Sleman 80,1", "change 0.6 naik 0,6 poin", "score 79.5 sebesar 79,5"],
            ),
            (
                "capaian UHC Kabupaten Ngawi sebesar 98,5 persen",
                &["score 98.5 capaian UHC Kabupaten Ngawi sebesar 98,5"],
            ),
            ("nilai IKM turun 0,8 poin", &["change -0.8 turun 0,8 poin"]),
            ("skornya berkurang dua (2) poin", &["change -2 berkurang dua (2) poin"]),
            ("Persib turun ke posisi kesebelas dengan 13 angka", &[]),
            (
                "Peningkatan yang diraih tahun ini mencapai 7,48 poin.",
                &["change 7.48 Peningkatan yang diraih tahun ini mencapai 7,48 poin"],
            ),
            (
                "berhasil meningkatkan capaiannya sebesar 4,25 poin",
                &["change 4.25 meningkatkan capaiannya sebesar 4,25 poin"],
            ),
            ("peningkatan nilai IPP sebesar 3,2 poin", &["change 3.2 peningkatan nilai IPP sebesar 3,2 poin"]),
            (
                "Kabupaten Bengkalis mencatat skor 75,10 dan Kota Pekanbaru 73,55.",
                &["score 75.1 skor 75,10", "score 73.55 Kota Pekanbaru 73,55"],
            ),
            (
                "Skor kita 85,42. Tahun sebelumnya 71,20.",
                &["score 85.42 Skor kita 85,42", "score 71.2 Tahun sebelumnya 71,20"],
            ),
            (
                "Nilai IPP tertinggi diraih oleh Kota Madiun dengan angka 4,67.",
                &["score 4.67 Kota Madiun dengan angka 4,67"],
            ),
            (
                "Tahun 2021 kita mendapat nilai 1,60. 2022 menjadi 1,71, kemudian 3,28 dan naik kembali.",
                &["score 1.6 nilai 1,60", "score 1.71 menjadi 1,71", "score 3.28 kemudian 3,28"],
            ),
            ("Indeks SPI turun dari 72,00 pada tahun sebelumnya.", &["score 72 Indeks SPI turun dari 72,00"]),
            ("Nilai tersebut naik dari tahun sebelumnya yang berada di angka 3,75.", &["score 3.75 angka 3,75"]),
            (
                "Berikut nilai tertinggi (peringkat | daerah | nilai):\n1 | Kota Blitar | 97,80 | Zona Hijau",
                &["score 97.8 1 | Kota Blitar | 97,80"],
            ),
            // A count of parties or things after a score noun is no score.
            ("KPK mengumumkan hasil capaian MCP 16 Pemerintah Daerah di Sumatera Utara.", &[]),
            ("SPI menyasar 3 kelompok responden.", &[]),
            // A whole number in a column of decimals is a value; the row's number is none.
            (
                "Berikut prevalensi stunting:\nNo | Wilayah | Nilai |\n1 | Kota Bau-Bau | 26,5 |\n2 | Kota Kendari | 26 |",
                &["score 26.5 1 | Kota Bau-Bau | 26,5", "score 26 2 | Kota Kendari | 26"],
            ),
            ("Indeks Reformasi Birokrasi Berkurang Dua Poin", &["change -2 Berkurang Dua Poin"]),
            (
                "Kabupaten Sampang dengan nilai 72,15,Kabupaten Bangkalan 70,04.",
                &["score 72.15 nilai 72,15", "score 70.04 Kabupaten Bangkalan 70,04"],
            ),
            (
                "Berikut urutan daerah dengan nilai tertinggi:\n1. Kota Surabaya – 97,85 (Zona Hijau)",
                &["score 97.85 Kota Surabaya – 97,85"],
            ),
            (
                "Skor MCP Kota Bima 70% di bawah Kabupaten Dompu (74%) dan Kabupaten Sumbawa (72 persen).",
                &["score 70 Skor MCP Kota Bima 70%", "score 74 74", "score 72 72"],
            ),
            (
                "Empat daerah di kategori B, yakni Kabupaten Blora (3,92) dan Kabupaten Brebes (3,74).",
                &["score 3.92 3,92", "score 3.74 3,74"],
            ),
            ("Evaluasi SAKIP?\nJawab: Alhamdulillah 80,14, predikat A.", &["score 80.14 80,14"]),
            ("Hasilnya beragam: Kota Bontang 77,05 (Waspada).", &["score 77.05 Kota Bontang 77,05"]),
            (
                "Dalam penilaian itu, Dinas Pendidikan menjadi yang terendah dengan 82,35.",
                &["score 82.35 dengan 82,35"],
            ),
            (
                "Dinas Kesehatan dan Bappeda meraih nilai SAKIP tertinggi, masing-masing 93,5.",
                &["score 93.5 masing-masing 93,5"],
            ),
            (
                "Skor MCP kita naik 4,15 poin dibanding tahun 2023 yang hanya 88,26.",
                &["change 4.15 naik 4,15 poin", "score 88.26 tahun 2023 yang hanya 88,26"],
            ),
            (
                "Indeks SPBE kita 3,25. Tahun lalu masih 2,98.",
                &["score 3.25 Indeks SPBE kita 3,25", "score 2.98 Tahun lalu masih 2,98"],
            ),
            ("Kepatuhan Kabupaten Lebak terhadap indikator MCP hingga kini masih di angka 48.", &["score 48 angka 48"]),
            (
                "Adapun capaian terendah di Kabupaten Muratara 34 persen, OKU Timur 30 persen.\n---\nSementara Kota Prabumulih 69 persen, Banyuasin 64 Persen.",
                &[
                    "score 34 capaian terendah di Kabupaten Muratara 34",
                    "score 30 OKU Timur 30",
                    "score 69 Kota Prabumulih 69",
                    "score 64 Banyuasin 64",
                ],
            ),
            ("Skor SPI Kota Tegal dalam survei tahun lalu berada di angka 70 poin.", &["score 70 angka 70"]),
            (
                "Nilai SAKIP Kabupaten Lebak diumumkan pada tanggal 7 Desember 2022 sebesar 71,20.",
                &["score 71.2 Nilai SAKIP Kabupaten Lebak diumumkan pada tanggal 7 Desember 2022 sebesar 71,20"],
            ),
            (
                "Nilai KLA Kabupaten Blora turun menjadi 640 poin dalam verifikasi.",
                &["score 640 Nilai KLA Kabupaten Blora turun menjadi 640"],
            ),
            (
                "Nilai IKM tercatat 88,12.\nHasil per unsur pelayanan:\nPersyaratan      3,52\nBiaya/tarif      3,90",
                &[
                    "score 88.12 Nilai IKM tercatat 88,12",
                    "score 3.52 Persyaratan      3,52",
                    "score 3.9 Biaya/tarif      3,90",
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(scores(text), *want, "{text}");
        }
    }

    #[test]
    fn amounts_counts_and_targets_are_no_score() {
        for text in [
            "dengan Total Nilai 8,3 Miliar",
            "nilai proyek sebesar Rp 8,3 miliar",
            "Menurut harapan Hasto, prevalensi stunting Kota Malang di tahun 2024 nanti bisa turun menjadi 14,5 persen.",
            "diselesaikan dalam waktu 24 jam",
            "Survei itu rampung.\nSementara Kota Prabumulih 69 persen.",
            "Penilaian lomba\nSkor lomba diumumkan, Budi (45) dan Kota Madiun (8) hadir.",
            "memperoleh 3 penghargaan",
            "target sebesar 73 poin",
            "nilai minimal 60 untuk lulus",
            "nilai 88 hingga 100 masuk kategori A",
            "rata-rata nilai nasional 70,5",
            "selisih 3,62 poin dari target",
            "naik dua peringkat",
            "meraih 337 instansi (57,41 persen)",
            "Jumlah pengunjung Kota Madiun (12,5) ribu orang",
            "nilai tukar rupiah 15.000",
            "Nilai KPPP Kota Madiun menunjukkan komitmen Pemerintah Kota Madiun",
            "Capaian tersebut menempatkan Kota Semarang di peringkat ke 3",
            "rata-rata IPP nasional pada 2024 tercatat 3,94",
            "meraih nilai di atas 80 dalam evaluasi",
            "jumlah penduduk tercatat 1.234 jiwa",
            "Pasangan tersebut memperoleh 112.456 suara",
            "Napoli yang mengantongi 48 poin hanya berselisih satu poin",
            "Lazio masih berada di tempat ketiga dengan nilai 46.",
            "Nilai itu kalah dari Bayern (566 juta euro) dan Dortmund (376,3).",
            "menang dengan skor 13-6 di final U-18",
            "menyamakan skor menjadi 2-2 lewat Platte di menit 70",
            "menghapus pajak pertambahan nilai (PPN) 10 persen",
            "nilai transaksi terus meningkat, mencapai 900% dalam dua tahun",
            "IPM naik, dengan umur harapan hidup mencapai 75,12 tahun",
            "nilai itu jauh di atas target nasional indeks SPBE sebesar 2,6",
            "Rata-rata skor IPKD kabupaten/kota di Riau sebesar 64,2.",
            "Berikut angka kemiskinan kabupaten/kota:\n- Kabupaten Kaur: 15,30 persen\n",
            "Predikat Memuaskan diberikan untuk indeks 4,2 ke atas.",
            "Nilai rata-rata rapor terendah yang diterima di sekolah itu mencapai 89,45.",
            "Pemkot menganggarkan Rp1,500,000 untuk Kota Batu.",
            "Manado bisa naik ke zona hijau, yang dimulai dari nilai 78,01.",
            "Pada 2007, angka prevalensi 8,3 per seribu penduduk.",
            "Ketua Bawaslu mengungkapkan indeks kerawanan yang ada belum 100 persen selesai.",
            "Berikut peserta lomba:\n1 | Persib | 97,80 | Bandung",
            "Penilaian selesai. Berikut harga cabai hari ini:\nCabai rawit      80,50",
            "Dalam penilaian itu, pengunjung Kota Madiun 12,5 ribu orang.",
            "Pelaku utama adalah pengusaha dengan nilai 5,32 dan pengurus ormas dengan nilai 5,11.",
            "IPM NTB masuk kategori tinggi (70 ≤ IPM < 80) dalam penilaian BPS.",
            "Dalam penilaian itu, Kota Madiun tumbuh dengan 5,2 persen.",
            "Dalam penilaian itu, target Kota Madiun dipatok dengan 85,5.",
            "Rata-rata indeks SPBE nasional 2,79, sedangkan target nasional dalam Perpres 95 Tahun 2018 tentang SPBE adalah 2,6.",
            "Jawab: Kami targetkan indeks 3,5 pada evaluasi 2025.",
            "Sektor teknologi juga turut memperberat langkah indeks dengan penurunan sebesar 1,10%.",
            "Dalam penilaian itu, harga beras mengalami kenaikan sebesar 2,5 persen.",
            "Hasil evaluasi SAKIP Kabupaten Lebak diumumkan pada tanggal 7 Desember 2022 di Jakarta.",
            "Skor MCP Kabupaten Lebak diatas 90 persen.",
            "Dalam penilaian itu, 337 instansi (57,41 persen) dan Kabupaten Dompu (12) tercatat.",
            "Perolehan suara di Kabupaten Dompu (74%) dan Kabupaten Sumbawa (72%) dalam survei.",
            "Dalam survei itu, angka kemiskinan Kabupaten Lebak berada di angka 9 persen.",
            "Dalam penilaian itu, Kota Tegal berada di angka 12 kecamatan.",
        ] {
            assert_eq!(scores(text), Vec::<String>::new(), "{text}");
        }
    }
}

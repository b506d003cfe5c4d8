//! Rankings: `peringkat pertama`, `peringkat ke-3`, `urutan ke-24`, `posisi
//! kedua`, `juara I`, `terbaik kedua`, `peringkat tertinggi` (rank 1), bands
//! (`25 besar`, `sepuluh besar`, `top 5`) and bare ordinals in a ranking list
//! (`Aceh (ketiga)`), with their scope. A position counted from the bottom
//! (`peringkat 5 terendah`) is no ranking.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::document::Document;
use super::lexicon::{
    BAND_WORDS, COUNTED_PARTIES, DURATION_WORDS, FUTURE_PHRASES, LIST_OPENERS, NUMBER_WORDS, ORDINAL_WORDS,
    PLACE_PARTIES, PRIZE_WORDS, RANK_BLOCKERS, RANK_BOTTOM_WORDS, RANK_LIST_CONTEXT, RANK_MOVES, RANK_NEGATIONS,
    RANK_NOUNS, RANK_TOP_WORDS, ROUND_WORDS, SCOPE_WORDS, SCORE_NOUNS, SUPERLATIVES, TIER_NOUNS, in_list,
};
use super::list;
use super::number::{parse_cardinal, parse_decimal, parse_ordinal, parse_position};
use super::party;
use super::{Found, alternation, floor_boundary};
use crate::model::FactDetail;

/// A cardinal in words: `lima`, `dua belas`, `dua puluh lima`.
fn number_words() -> String {
    let words = alternation(NUMBER_WORDS.iter().map(|(word, _)| *word));
    format!(r"(?:{words})(?:\s+(?:belas|puluh)(?:\s+(?:{words}))?)?")
}

/// A ranking noun and the position after it, perhaps after `nomor`
/// (`posisi nomor satu`).
static POSITION: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(RANK_NOUNS.iter().copied());
    let tops = alternation(RANK_TOP_WORDS.iter().copied());
    let ordinals = alternation(ORDINAL_WORDS.iter().map(|(word, _)| *word));
    let words = number_words();
    Regex::new(&format!(
        r"(?x)
        (?-u:\b)(?i:{nouns})\s+(?i:nomor\s+)?
        (?P<position>
            (?i: ke\s?-?\s?[0-9]{{1,3}} | ke\s?-?\s?(?:{words}) | {ordinals} | {words} ) | [0-9]{{1,3}} | [IVX]{{1,5}}
            | (?P<top>(?i:{tops}))
        )(?-u:\b)"
    ))
    .expect("static ranking regex")
});

/// `25 besar`, `dua puluh lima besar`, `top 5`, `10 terbaik`.
static BAND: LazyLock<Regex> = LazyLock::new(|| {
    let bands = alternation(BAND_WORDS.iter().copied());
    let words = number_words();
    Regex::new(&format!(
        r"(?x)
        (?-u:\b)(?:
            (?P<n>[0-9]{{1,3}}|(?i:{words}))
            (?:\s*\((?:[0-9]{{1,3}}|(?i:{words}))\))?   # `3 (tiga) besar`, `tiga (3) besar`
            \s+(?i:{bands})
            | (?i:top)\s+(?P<top>[0-9]{{1,3}}) )(?-u:\b)"
    ))
    .expect("static band regex")
});

/// `Aceh (ketiga)`: a bare ordinal in brackets.
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    let ordinals = alternation(ORDINAL_WORDS.iter().map(|(word, _)| *word));
    Regex::new(&format!(r"(?x)\(\s*(?P<position>(?i:{ordinals}|ke[a-z]+(?:\s+belas)?|ke-[0-9]{{1,3}}))\s*\)"))
        .expect("static listed ranking regex")
});

/// A further ordinal coordinated with a position: `dan kedua`, `, ketiga`.
static COORDINATED: LazyLock<Regex> = LazyLock::new(|| {
    let ordinals = alternation(ORDINAL_WORDS.iter().map(|(word, _)| *word));
    let words = number_words();
    Regex::new(&format!(
        r"(?x)^(?:\s*,)?\s*(?i:dan|serta|atau)?\s+(?P<position>(?i:{ordinals}|ke(?:{words})|ke-[0-9]{{1,3}}))(?-u:\b)"
    ))
    .expect("static coordinated ranking regex")
});

/// A further number coordinated with a numeric position: `, 95`, `, dan 98`.
static COORDINATED_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*,)?\s*(?:(?i:dan|serta)\s+)?(?P<n>[0-9]{1,3})(?-u:\b)")
        .expect("static coordinated number regex")
});

/// The scope said right after a position, before a coordinated one
/// (`ke-4 tertinggi se-Jawa Tengah dan ke-12 nasional`).
static SCOPE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+(?i:tertinggi|terbaik|teratas))?\s+(?i:se-?|tingkat\s|nasional|secara\snasional)[^\s,.;]*(?:\s[A-Z][^\s,.;]*){0,3}")
        .expect("static scope lead regex")
});

/// A superlative then an ordinal: `tertinggi kedua se-Jatim`. Unlike
/// `terbaik`, a superlative takes no bare number (`tertinggi 93 persen` is
/// a value); counting from the bottom (`terendah ketiga`) and size
/// (`ekonomi terbesar keempat di dunia`) are none.
static SUPERLATIVE_POSITION: LazyLock<Regex> = LazyLock::new(|| {
    let ordinals = alternation(ORDINAL_WORDS.iter().map(|(word, _)| *word));
    let words = number_words();
    Regex::new(&format!(
        r"(?x)(?-u:\b)(?i:tertinggi|teratas)\s+(?P<position>(?i: ke-[0-9]{{1,3}} | ke(?:{words}) | {ordinals} ))(?-u:\b)"
    ))
    .expect("static superlative position regex")
});

/// An ordinal opening a sentence or a clause, then a comma: `Kedua, Kota
/// Banjarmasin.`, `Ke 5, Tapanuli Tengah`, `, kedua, Kota Padang Panjang`;
/// or without the comma (group `bare`), where a party may follow it
/// (`, lalu ketiga Kabupaten Keerom 61 persen`).
static ORDINAL_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)(?:^|[.,;]\s+|(?-u:\b)(?:dan|lalu|kemudian)\s+)
        (?P<position>(?i:ke[a-z]{3,9}|ke[\ -]?[0-9]{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh))
        (?:,|(?P<bare>))[\ \t]+",
    )
    .expect("static ordinal row regex")
});

/// A new position after a verb of change: `naik menjadi 6`, `turun ke 9`.
static NEW_POSITION: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = alternation(RANK_MOVES.iter().copied());
    Regex::new(&format!(
        r"(?x)(?-u:\b)(?i:{verbs})\s+(?i:menjadi|jadi|ke)\s+(?:(?i:urutan|peringkat|posisi)\s+)?(?P<n>[0-9]+(?:[.,][0-9]+)*)"
    ))
    .expect("static new position regex")
});

/// Every ranking in `body` (subjects are added later).
pub fn find_rankings(doc: &Document<'_>, out: &mut Vec<Found>) {
    let body = doc.text;
    let push = |span: Range<usize>, rank: Option<u32>, top: Option<u32>, out: &mut Vec<Found>| {
        if !prize_only(doc, span.start) {
            push(body, span, rank, top, out);
        }
    };
    for caps in POSITION.captures_iter(body) {
        let (Some(whole), Some(position)) = (caps.get(0), caps.name("position")) else { continue };
        let rank = if caps.name("top").is_some() { Some(1) } else { parse_position(position.as_str()) };
        let after = &body[whole.end()..];
        // `peringkat kesembilan tahun lalu` is a position in time; `juara
        // lima kali` and `terbaik 1 menit` are counts.
        let ordinal = parse_ordinal(position.as_str()).is_some();
        let from_bottom = RANK_BOTTOM_WORDS.iter().any(|w| starts_with_word(after, w))
            || (!ordinal && DURATION_WORDS.iter().any(|w| starts_with_word(after, w)) && !dated(after));
        // `peringkat lima daerah` ranks five regions; `juara III Desa Kalisari` names one.
        let count = !ordinal
            && after
                .split_whitespace()
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase) && in_list(COUNTED_PARTIES, w));
        // `peringkat 10 besar` is a band; `peringkat ke-3 terbaik` one place.
        let ordered = ordinal || position.as_str().get(..2).is_some_and(|ke| ke.eq_ignore_ascii_case("ke"));
        let band = !ordered && BAND_WORDS.iter().any(|w| starts_with_word(after, w));
        let continues_number =
            after.starts_with(['.', ',', '-', '/']) && after[1..].starts_with(|c: char| c.is_ascii_digit());
        // `ranking empat hingga 20` and `peringkat 1 - 3` are spans of
        // positions; `Peringkat pertama - di luar dugaan - diraih` is an aside.
        let dashed_position = after.trim_start().strip_prefix(['-', '–']).is_some_and(|rest| {
            rest.split_whitespace().next().is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit())
                    || parse_ordinal(w).is_some()
                    || NUMBER_WORDS.iter().any(|(word, _)| word.eq_ignore_ascii_case(w))
            })
        });
        let span_of_positions =
            dashed_position || ["hingga", "sampai", "s.d.", "s/d"].iter().any(|w| starts_with_word(after, w));
        // `20 posisi teratas` is a band of twenty, not first place.
        let counted = body[..whole.start()].trim_end_matches([' ', '\t']).ends_with(|c: char| c.is_ascii_digit());
        if from_bottom
            || band
            || continues_number
            || span_of_positions
            || counted
            || count
            || introduces_list(doc, whole.start())
        {
            continue;
        }
        if let Some(rank) = rank.filter(|r| *r <= 500) {
            push(whole.range(), Some(rank), None, out);
            find_further_ranks(doc, whole.end(), out);
        }
    }
    for caps in BAND.captures_iter(body) {
        let Some(whole) = caps.get(0) else { continue };
        let top = caps.name("n").or(caps.name("top")).and_then(|n| parse_cardinal(n.as_str()));
        let round = body[..whole.start()].split_whitespace().next_back().is_some_and(|w| in_list(ROUND_WORDS, w));
        // `urutan ke-3 terbaik`: an ordinal, one place, not a band.
        let ordinal =
            body.get(whole.start().saturating_sub(3)..whole.start()).is_some_and(|ke| ke.eq_ignore_ascii_case("ke-"));
        if let Some(top) = top.filter(|t| (2..=500).contains(t) && !round && !ordinal) {
            push(whole.range(), None, Some(top), out);
        }
    }
    for caps in LISTED.captures_iter(body) {
        let (Some(whole), Some(position)) = (caps.get(0), caps.name("position")) else { continue };
        let lead = body[..whole.start()].char_indices().rev().nth(200).map_or(0, |(i, _)| i);
        // A ranking word or a band (`masuk sepuluh besar nasional`) introduces the list.
        let context = &body[lead..whole.start()];
        if !speaks_of_ranking(context) && !BAND.is_match(&context.to_lowercase()) {
            continue;
        }
        if let Some(rank) = parse_ordinal(position.as_str()) {
            push(position.range(), Some(rank), None, out);
        }
    }
    for caps in SUPERLATIVE_POSITION.captures_iter(body) {
        let (Some(whole), Some(position)) = (caps.get(0), caps.name("position")) else { continue };
        let counted =
            starts_with_word(&body[whole.end()..], "kali") || starts_with_word(&body[whole.end()..], "kalinya");
        // `predikat Utama, tingkatan tertinggi kedua sebelum KLA`: a tier's place, not a party's.
        let tier = body[..whole.start()].split_whitespace().next_back().is_some_and(|w| in_list(TIER_NOUNS, w));
        if let Some(rank) = parse_ordinal(position.as_str()).filter(|r| *r > 1 && !counted && !tier) {
            push(whole.range(), Some(rank), None, out);
        }
    }
    find_list_ranks(doc, out);
    find_ordinal_rows(doc, out);
}

/// Ranks that go on a ranking with bare ordinals, each followed by a comma
/// and the party that holds it: `Peringkat pertama, diraih oleh Kabupaten
/// Banjar. Kedua, Kota Banjarmasin. Ketiga, dari Kabupaten Tapin.`, `skor
/// tertinggi diraih oleh Pemko Bukittinggi, kedua, Kota Padang Panjang dan
/// ketiga, Pemprov Sumbar`. A ranking or a superlative must stand before,
/// in the sentence or the one before it: `Kedua, pemerintah harus ...`
/// counts reasons.
///
/// A sentence that opens with the next place after the last one read, a
/// few sentences on, goes on with the ranking too, whoever it names later
/// and even as a cardinal (`Dengan menempati posisi empat, Pemkab Siak
/// ...` then `Kelima, hasil penilaian ... ditempati Pemkab Meranti`,
/// `diposisi tujuh ada Rohul ... Delapan, Rokan Hilir`); so does an ordinal
/// right before a party in a sentence (`, lalu ketiga Kabupaten Keerom`).
fn find_ordinal_rows(doc: &Document<'_>, out: &mut Vec<Found>) {
    let body = doc.text;
    for caps in ORDINAL_ROW.captures_iter(body) {
        let Some(position) = caps.name("position") else { continue };
        let ordinal = parse_ordinal(position.as_str());
        let Some(rank) = ordinal.or_else(|| parse_cardinal(position.as_str())).filter(|r| *r > 1) else { continue };
        let Some(index) = doc.sentence_index(position.start()) else { continue };
        let placed = |back: usize, rank: Option<u32>| {
            let from = doc.sentences[index.saturating_sub(back)].start;
            out.iter().any(|f| {
                matches!(f.detail, FactDetail::Ranking { rank: found, .. } if rank.is_none() || found == rank)
                    && f.span.start >= from
                    && f.span.end <= position.start()
            })
        };
        let follows_place = || placed(SEQUENCE_SENTENCES, Some(rank - 1));
        let mentions = doc.sentence_mentions(index);
        // `peringkat kedua oleh Pemkot Jayapura ..., lalu ketiga Kabupaten
        // Keerom 61 persen, dan keempat Pemprov Papua`: an ordinal right
        // before a party goes on with the places (`kedua kabupaten itu`,
        // both of them, names none).
        if caps.name("bare").is_some() {
            let named = caps.get(0).is_some_and(|whole| mentions.iter().any(|m| m.span.start == whole.end()));
            if ordinal.is_some() && named && follows_place() {
                push(body, position.range(), Some(rank), None, out);
            }
            continue;
        }
        let sentence_lead = &body[doc.sentences[index].start..position.start()];
        let superlative = sentence_lead.split_whitespace().any(|w| in_list(SUPERLATIVES, w));
        let held = party::after_ordinal(body, mentions, position.end()).is_some();
        let opens = sentence_lead.trim().is_empty() || sentence_lead.trim().eq_ignore_ascii_case("berikutnya");
        let next_place = opens && follows_place() && mentions.iter().any(|m| m.span.start > position.end());
        if (ordinal.is_some() && (placed(1, None) || superlative) && held) || next_place {
            push(body, position.range(), Some(rank), None, out);
        }
    }
}

/// How many sentences back the place before an ordinal that goes on with it may stand.
const SEQUENCE_SENTENCES: usize = 3;

/// Ranks of a numbered list or table that is a ranking: each line
/// numbered 1, 2, 3... that starts with a party ranks that party. A list is
/// a ranking when its introduction (see [`list::introduction`]) speaks of
/// one (`Berikut daftar kabupaten/kota dengan nilai tertinggi:`) or when
/// the values of its rows fall from row to row (`1. Kota Magelang –
/// 85,92`, `2. Kota Bitung – 84,07`, ...); a list of things gives no rank.
/// A row may be a record, its fields on the lines below it.
fn find_list_ranks(doc: &Document<'_>, out: &mut Vec<Found>) {
    let body = doc.text;
    // The rows of the list being read: the line, its number's range and
    // the number (a list of the last places may start at 85).
    let mut rows: Vec<(Range<usize>, Range<usize>, u32)> = Vec::new();
    let mut start = 0;
    for line in body.split_inclusive('\n') {
        let line_start = start;
        start += line.len();
        let numbered = list::numbered(line).map(|(n, content)| (n, line.len() - line.trim_start().len()..content));
        match numbered {
            Some((n, marker)) if rows.last().is_none_or(|(_, _, last)| n == last + 1) || n == 1 => {
                if n == 1 {
                    list_ranks(doc, &rows, out);
                    rows.clear();
                }
                let shift = |r: Range<usize>| line_start + r.start..line_start + r.end;
                rows.push((line_start..line_start + line.trim_end().len(), shift(marker), n));
            }
            // A record's fields (`Nilai kepatuhan: 92,5` under `1. Kabupaten Tebo`) belong to its row.
            _ if list::is_field(line.trim()) && !rows.is_empty() => {
                if let Some((row, _, _)) = rows.last_mut() {
                    row.end = line_start + line.trim_end().len();
                }
            }
            // Blank lines and a table's header (`No | Provinsi | Nilai`) stand inside a list.
            _ if line.trim().is_empty() || (line.contains('|') && !line.contains(|c: char| c.is_ascii_digit())) => {}
            _ => {
                list_ranks(doc, &rows, out);
                rows.clear();
            }
        }
    }
    list_ranks(doc, &rows, out);
}

/// How many rows a list needs before falling values alone make it a ranking.
const MIN_FALLING_ROWS: usize = 3;

/// The ranks of one numbered list (`rows`: each line and the range of its
/// number), if it is a ranking.
fn list_ranks(doc: &Document<'_>, rows: &[(Range<usize>, Range<usize>, u32)], out: &mut Vec<Found>) {
    let body = doc.text;
    let Some((first, _, number)) = rows.first() else { return };
    // A list of the last places (`85. Sabang`) needs two rows at least.
    if *number > 1 && rows.len() < 2 {
        return;
    }
    let introduced = list::introduction(body, first.start).into_iter().any(|line| speaks_of_ranking(&body[line]));
    let values: Vec<Option<f64>> =
        rows.iter().map(|(line, marker, _)| row_value(&body[marker.end..line.end])).collect();
    let falling = values.len() >= MIN_FALLING_ROWS
        && values.iter().all(Option::is_some)
        && values.windows(2).all(|pair| pair[0] >= pair[1])
        && values.first() > values.last();
    if !(introduced || falling) {
        return;
    }
    for (line, marker, n) in rows {
        let item = marker.end..line.end;
        if let Some(party) = doc.mentions_in(item.clone()).first().filter(|m| m.span.start == item.start) {
            push(body, marker.start..party.span.end, Some(*n), None, out);
        }
    }
}

/// Whether `text` holds a word of ranking (`peringkat`, `tertinggi`,
/// `berturut-turut`...), as the introduction of a ranked list does.
pub(super) fn speaks_of_ranking(text: &str) -> bool {
    let lower = text.to_lowercase();
    RANK_LIST_CONTEXT.iter().any(|word| lower.contains(word))
}

/// The first decimal of a row after its number, printed with a decimal
/// part (`Kota Bitung – 84,07`): a row's score.
fn row_value(row: &str) -> Option<f64> {
    row.split(|c: char| c.is_whitespace() || matches!(c, '|' | '(' | ')' | ':' | '–' | '—'))
        .map(|token| token.trim_end_matches([',', '.', ';']))
        .find(|token| token.contains([',', '.']) && token.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.'))
        .and_then(parse_decimal)
}

/// Whether the sentence holding byte `pos` introduces a list (`Berikut 10
/// kota dengan peringkat teratas:`): its positions describe the rows,
/// which carry their own ranks.
fn introduces_list(doc: &Document<'_>, pos: usize) -> bool {
    let body = doc.text;
    let Some(index) = doc.sentence_index(pos) else { return false };
    let sentence = &body[doc.sentences[index].clone()];
    let opener = sentence.split_whitespace().next().unwrap_or("");
    sentence.ends_with(':') && in_list(LIST_OPENERS, opener)
}

/// Ranks said after a ranking in its sentence: a coordinated ordinal
/// (`peringkat pertama dan kedua`, after the first one's scope: `ke-4
/// tertinggi se-Jawa Tengah dan ke-12 nasional`), a bare ordinal after a party
/// (`sedangkan Daerah Istimewa Yogyakarta (DIY) ketiga`) and a new position
/// after a verb of change (`di urutan 11 tahun 2022, tahun 2023 naik menjadi 6`).
fn find_further_ranks(doc: &Document<'_>, from: usize, out: &mut Vec<Found>) {
    let body = doc.text;
    let mut end = from;
    if let Some(scope) = SCOPE_LEAD.find(&body[from..])
        && COORDINATED.is_match(&body[from + scope.end()..])
    {
        end = from + scope.end();
    }
    while let Some(caps) = COORDINATED.captures(&body[end..]) {
        let (Some(whole), Some(position)) = (caps.get(0), caps.name("position")) else { break };
        if let Some(rank) = parse_ordinal(position.as_str()) {
            push(body, end + position.start()..end + position.end(), Some(rank), None, out);
        }
        end += whole.end();
    }
    // `posisi ke 94, 95, 96, 97, dan 98`: numbers listed after a number,
    // the list closing its clause (not `peringkat 3, 5 kabupaten lainnya`).
    if body[..from].ends_with(|c: char| c.is_ascii_digit()) {
        let mut numbers = Vec::new();
        let mut at = end;
        while let Some(caps) = COORDINATED_NUMBER.captures(&body[at..]) {
            let (Some(whole), Some(n)) = (caps.get(0), caps.name("n")) else { break };
            numbers.push(at + n.start()..at + n.end());
            at += whole.end();
        }
        let closed = body[at..].trim_start_matches([' ', '\t']).starts_with(['.', ';', ')', '\n']) || at == body.len();
        if closed && body[end..at].contains("dan") {
            for span in numbers {
                let rank = body[span.clone()].parse().ok();
                push(body, span, rank, None, out);
            }
            end = at;
        }
    }
    let sentence_end = doc.sentence_index(from).map_or(body.len(), |i| doc.sentences[i].end);
    for mention in doc.mentions_in(end..sentence_end) {
        let rest = body[mention.span.end..sentence_end].trim_start();
        let rest = rest.strip_prefix('(').and_then(|r| r.split_once(')')).map_or(rest, |(_, r)| r.trim_start());
        let mut words = rest.split_whitespace().map(|w| w.trim_end_matches([',', '.', ';']));
        let (word, next) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        // `Kota Madiun pertama kali meraih ...` is a first time, not a rank.
        if let Some(rank) = parse_ordinal(word).filter(|_| !in_list(&["kali", "kalinya"], next)) {
            let start = rest.as_ptr() as usize - body.as_ptr() as usize;
            push(body, start..start + word.len(), Some(rank), None, out);
        }
    }
    let Some(caps) = NEW_POSITION.captures(&body[end..sentence_end]) else { return };
    let (Some(whole), Some(n)) = (caps.get(0), caps.name("n")) else { return };
    // Only years and words of time stand between: no score or other number.
    let between = &body[end..end + whole.start()];
    let plain = between.split_whitespace().all(|word| {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let year = bare.len() == 4 && bare.starts_with(['1', '2']);
        (year || !bare.bytes().any(|b| b.is_ascii_digit())) && !in_list(SCORE_NOUNS, bare)
    });
    let unit = body[end + whole.end()..].split_whitespace().next().is_some_and(|w| {
        w.starts_with(|c: char| c.is_alphanumeric() || c == '%') && !in_list(&["pada", "di", "dari"], w)
    });
    if plain
        && !unit
        && let Some(rank) = parse_cardinal(n.as_str()).filter(|r| (1..=500).contains(r))
    {
        push(body, end + n.start()..end + n.end(), Some(rank), None, out);
    }
}

/// Whether the words after a position begin with a year (`urutan 11
/// tahun 2022`): a time, not a length of time.
fn dated(after: &str) -> bool {
    let mut words = after.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("tahun"))
        && words.next().is_some_and(|w| {
            let year = w.trim_end_matches([',', '.', ';']);
            year.len() == 4 && year.starts_with(['1', '2']) && year.bytes().all(|b| b.is_ascii_digit())
        })
}

/// Whether a position stands in a sentence about prizes that names no party
/// (`Hadiah untuk juara pertama sebesar Rp 15 juta, juara kedua ...`).
fn prize_only(doc: &Document<'_>, pos: usize) -> bool {
    let body = doc.text;
    let Some(index) = doc.sentence_index(pos) else { return false };
    let sentence = doc.sentences[index].clone();
    body[sentence.clone()].split_whitespace().any(|word| in_list(PRIZE_WORDS, word))
        && doc.mentions_in(sentence).is_empty()
}

fn push(body: &str, span: Range<usize>, rank: Option<u32>, top: Option<u32>, out: &mut Vec<Found>) {
    // A position aimed at (`menargetkan finis di lima besar`) or denied
    // (`berada di luar sepuluh besar`) is not held.
    let window = floor_boundary(body, span.start.saturating_sub(60));
    let clause = &body[window..span.start];
    let clause = &clause[clause.rfind(['.', ',', ';', '\n']).map_or(0, |p| p + 1)..];
    let lower = clause.to_lowercase();
    let aimed = clause.split_whitespace().any(|word| in_list(RANK_BLOCKERS, word))
        || FUTURE_PHRASES.iter().any(|phrase| lower.contains(phrase));
    let denied = clause.split_whitespace().rev().take(3).any(|word| in_list(RANK_NEGATIONS, word));
    if aimed || denied {
        return;
    }
    let scope = scope_after(&body[span.end..]);
    out.push(Found { span, detail: FactDetail::Ranking { rank, top, scope, subject: None } });
}

fn starts_with_word(text: &str, word: &str) -> bool {
    let text = text.trim_start();
    text.get(..word.len()).is_some_and(|head| head.eq_ignore_ascii_case(word))
        && !text[word.len()..].starts_with(|c: char| c.is_alphanumeric())
}

/// The scope said after a ranking, up to the end of its clause.
fn scope_after(after: &str) -> Option<String> {
    let mut end = after.find(['.', ',', ';', '\n']).unwrap_or(after.len()).min(120);
    while !after.is_char_boundary(end) {
        end -= 1;
    }
    let clause = &after[..end];
    let lower = clause.to_lowercase();
    for place in PLACE_PARTIES.iter().filter(|p| **p != "Indonesia") {
        for lead in ["se-", "tingkat ", "provinsi ", "di "] {
            if lower.contains(&format!("{lead}{}", place.to_lowercase())) {
                return Some(place.to_string());
            }
        }
    }
    SCOPE_WORDS.iter().find(|(words, _)| lower.contains(&words.to_lowercase())).map(|(_, scope)| scope.to_string())
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&POSITION);
    LazyLock::force(&BAND);
    LazyLock::force(&LISTED);
    LazyLock::force(&SCOPE_LEAD);
    LazyLock::force(&COORDINATED);
    LazyLock::force(&COORDINATED_NUMBER);
    LazyLock::force(&NEW_POSITION);
    LazyLock::force(&ORDINAL_ROW);
    LazyLock::force(&SUPERLATIVE_POSITION);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rankings(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        find_rankings(&Document::new(text), &mut out);
        out.iter()
            .map(|f| match &f.detail {
                FactDetail::Ranking { rank, top, scope, .. } => {
                    format!("{rank:?} {top:?} {scope:?} {}", &text[f.span.clone()])
                }
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn positions_and_bands_are_read() {
        let cases: &[(&str, &[&str])] = &[
            ("meraih peringkat pertama di tingkat Provinsi", &[r#"Some(1) None Some("provinsi") peringkat pertama"#]),
            (
                "peringkat ketiga secara nasional untuk kategori kota",
                &[r#"Some(3) None Some("nasional") peringkat ketiga"#],
            ),
            ("menempati urutan ke-24 dari 38 provinsi", &[r#"Some(24) None Some("provinsi") urutan ke-24"#]),
            ("berada di posisi kedua se-Jawa Timur", &[r#"Some(2) None Some("Jawa Timur") posisi kedua"#]),
            ("Pemkot Tangsel menduduki posisi nomor satu.", &["Some(1) None None posisi nomor satu"]),
            ("meraih Juara II lomba desa", &["Some(2) None None Juara II"]),
            (
                "sebagai peringkat ke-4 tertinggi se-Jawa Tengah dan ke-12 nasional, dari ratusan daerah",
                &[r#"Some(4) None Some("Jawa Tengah") peringkat ke-4"#, r#"Some(12) None Some("nasional") ke-12"#],
            ),
            ("berada diurutan ke tiga setelah Sulsel", &["Some(3) None None diurutan ke tiga"]),
            ("sedangkan juara III Desa Kalisari, Kabupaten Blitar", &["Some(3) None None juara III"]),
            ("juara 1 tingkat nasional", &[r#"Some(1) None Some("nasional") juara 1"#]),
            ("terbaik kedua", &["Some(2) None None terbaik kedua"]),
            // `ke-3 terbaik` is the third best; `10 terbaik` a band.
            ("menempatkan Bolsel pada urutan ke-3 terbaik", &["Some(3) None None urutan ke-3"]),
            ("masuk peringkat 10 terbaik", &["None Some(10) None 10 terbaik"]),
            ("Kabupaten Kepulauan Sula mendapat rengking 9 dari 10", &["Some(9) None None rengking 9"]),
            (
                "masing-masing berada di posisi ke 94, 95, dan 96.",
                &["Some(94) None None posisi ke 94", "Some(95) None None 95", "Some(96) None None 96"],
            ),
            ("meraih peringkat 3, 5 kabupaten lainnya menyusul", &["Some(3) None None peringkat 3"]),
            (
                "Peringkat pertama -di luar dugaan - diraih oleh Kabupaten Pesisir Selatan",
                &["Some(1) None None Peringkat pertama"],
            ),
            (
                "Jawa Timur di urutan kedua dengan 4,65, sedangkan Daerah Istimewa Yogyakarta (DIY) ketiga dengan 4,58. Lalu Bali.",
                &["Some(2) None None urutan kedua", "Some(3) None None ketiga"],
            ),
            ("meraih peringkat tertinggi", &["Some(1) None None peringkat tertinggi"]),
            ("peringkat ke 3 nasional", &[r#"Some(3) None Some("nasional") peringkat ke 3"#]),
            (
                "masuk 25 besar daerah dengan nilai tertinggi di Indonesia",
                &[r#"None Some(25) Some("nasional") 25 besar"#],
            ),
            ("masuk sepuluh besar", &["None Some(10) None sepuluh besar"]),
            ("masuk dua puluh lima besar", &["None Some(25) None dua puluh lima besar"]),
            ("masuk Top 5 nasional", &[r#"None Some(5) Some("nasional") Top 5"#]),
            (
                "Peringkatnya: Jatim (pertama), Aceh (ketiga).",
                &["Some(1) None None pertama", "Some(3) None None ketiga"],
            ),
            (
                "masuk sepuluh besar nasional. Ketiganya adalah Riau (kedua) dan Aceh (ketujuh).",
                &[
                    r#"None Some(10) Some("nasional") sepuluh besar"#,
                    "Some(2) None None kedua",
                    "Some(7) None None ketujuh",
                ],
            ),
            ("Aceh naik dari peringkat kesembilan tahun lalu", &["Some(9) None None peringkat kesembilan"]),
            ("dan diposisi ketiga ada Kabupaten Kolaka", &["Some(3) None None diposisi ketiga"]),
            (
                "Kabupaten Blora masuk nominasi 5 (lima) besar nasional",
                &[r#"None Some(5) Some("nasional") 5 (lima) besar"#],
            ),
            (
                "Kota Tegal di urutan 14 tahun 2023, tahun 2024 naik menjadi 8.",
                &["Some(14) None None urutan 14", "Some(8) None None 8"],
            ),
            ("di urutan 11 tahun 2022, nilainya naik menjadi 76 poin.", &["Some(11) None None urutan 11"]),
            ("di urutan 11 tahun 2022, jumlah desa naik menjadi 60 desa.", &["Some(11) None None urutan 11"]),
            ("di urutan 11 tahun 2022, skornya naik menjadi 7,5.", &["Some(11) None None urutan 11"]),
            ("di urutan 11 tahun 2022, skornya naik menjadi 76.", &["Some(11) None None urutan 11"]),
            (
                "Peringkat pertama dan kedua diraih Kota Blitar dan Kota Kediri.",
                &["Some(1) None None Peringkat pertama", "Some(2) None None kedua"],
            ),
            (
                "Posisi ketiga, keempat dan kelima ditempati Kabupaten Pati, Kudus dan Demak.",
                &["Some(3) None None Posisi ketiga", "Some(4) None None keempat", "Some(5) None None kelima"],
            ),
            (
                "Setara juga merilis 10 kota dengan skor terendah. Berikut daftarnya:\n85. Kota Sabang 3.757\n\
                 86. Kota Medan 3.710\n87. Kota Depok 2.490\n88. Kota Bogor 3.533",
                &[
                    "Some(85) None None 85. Kota Sabang",
                    "Some(86) None None 86. Kota Medan",
                    "Some(87) None None 87. Kota Depok",
                    "Some(88) None None 88. Kota Bogor",
                ],
            ),
            (
                "Berikut daftar kabupaten dengan nilai tertinggi:\n1. Kabupaten Banyuwangi dengan nilai 96,82\n2. Kota Surabaya",
                &["Some(1) None None 1. Kabupaten Banyuwangi", "Some(2) None None 2. Kota Surabaya"],
            ),
            (
                "Berikut peringkat daerah (peringkat | daerah):\n1 | Kota Blitar | 97,80",
                &["Some(1) None None 1 | Kota Blitar"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(rankings(text), *want, "{text}");
        }
    }

    #[test]
    fn bare_ordinals_going_on_with_a_ranking_are_ranks() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Skor MCP 2020. Peringkat pertama, diraih oleh Kabupaten Banjar. Kedua, Kota Banjarmasin. Ketiga, dari Kabupaten Tapin.",
                &["Some(1) None None Peringkat pertama", "Some(2) None None Kedua", "Some(3) None None Ketiga"],
            ),
            (
                "Skor MCP tertinggi diraih oleh Pemko Bukittinggi, kedua, Kota Padang Panjang dan ketiga, Pemprov Sumbar.",
                &["Some(2) None None kedua", "Some(3) None None ketiga"],
            ),
            ("Penilaian MCP. Pertama, anggaran. Kedua, Kota Padang harus berbenah.", &[]),
            ("Skor MCP naik. Kedua, pemerintah harus berbenah.", &[]),
            (
                "Penilaian MCP. Dengan menempati posisi empat, Pemkab Siak mendapat nilai 81. Padahal pada 2017 nilainya \
                 89. Kelima, hasil penilaian 2018 ditempati Pemkab Meranti. Delapan, Rokan Hilir dari 75.",
                &["Some(4) None None posisi empat", "Some(5) None None Kelima"],
            ),
            (
                "Penilaian MCP. Posisi empat Pemkab Siak. Kelima, Pemkab Meranti. Keenam, Pemprov Riau. Tujuh, Rohul.",
                &[
                    "Some(4) None None Posisi empat",
                    "Some(5) None None Kelima",
                    "Some(6) None None Keenam",
                    "Some(7) None None Tujuh",
                ],
            ),
            (
                "Skor MCP 2022. MCP pada peringkat kedua oleh Pemkot Jayapura sebesar 69 persen, lalu ketiga Kabupaten \
                 Keerom 61 persen, dan keempat Pemprov Papua mencapai 56 persen.",
                &["Some(2) None None peringkat kedua", "Some(3) None None ketiga", "Some(4) None None keempat"],
            ),
            // Near misses: `kedua` before a group is both of them; no place before, no sequence.
            (
                "Skor MCP 2022. Peringkat pertama Kabupaten Jayapura, dan kedua kabupaten itu naik.",
                &["Some(1) None None Peringkat pertama"],
            ),
            ("Skor MCP 2022. Kabupaten Jayapura naik, lalu ketiga Kabupaten Keerom turun.", &[]),
            // Near miss: counts after a place are no places.
            (
                "Penilaian MCP. Posisi empat Pemkab Siak. Lima, enam atau tujuh daerah lain belum dinilai.",
                &["Some(4) None None Posisi empat"],
            ),
            (
                "Indeks IPLM Kota Madiun 93,42 persen, tertinggi kedua se-Jatim.",
                &[r#"Some(2) None Some("Jatim") tertinggi kedua"#],
            ),
            ("Indeks IPLM Kota Madiun tertinggi 93 persen, terendah ketiga se-Jatim.", &[]),
            ("Penghargaan KLA: Kota Surakarta meraih predikat Utama, tingkatan tertinggi kedua sebelum KLA.", &[]),
            ("Penghargaan: kontes kecantikan terbesar ketiga di dunia.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(rankings(text), *want, "{text}");
        }
    }

    #[test]
    fn bottom_positions_and_grades_are_no_ranking() {
        for text in [
            "berada di peringkat 5 terendah",
            "mendapat peringkat B dari BPK",
            "naik dua peringkat dari tahun lalu",
            "juara harapan I lomba",
            "sebesar 4,67",
            "kota besar di Jawa",
            "Pelaku ditangkap (kedua) kalinya",
            "Juara lima kali NBA itu",
            "laga perebutan posisi 5-8",
            "masuk dalam 20 posisi teratas tangga lagu",
            "Pelatih menargetkan finis di lima besar musim ini",
            "mencetak putaran terbaik 1 menit 47,243 detik",
            "Tahun lalu, Ternate berada di luar sepuluh besar kota kecil.",
            "Targetnya tahun depan masuk sepuluh besar.",
            "\"Target kami tahun depan bisa naik ke posisi teratas,\" katanya.",
            "Berikut peringkat lima daerah dengan nilai tertinggi",
            "Hadiah untuk juara pertama sebesar Rp 15 juta, juara kedua Rp 10 juta.",
            "Berikut daftar peserta:\n1. Kota Blitar\n2. Kota Madiun",
            "Berikut daftar nilai tertinggi:\n1. Jalur zonasi 50 persen",
            "Kami harapkan tahun depan sudah di posisi 5 besar.",
            "Ditargetkan masuk 3 (tiga) besar pada 2025.",
            "berada di urutan 11 tahun lamanya",
            "Kedua tim bersaing memperebutkan tiket babak delapan besar.",
            "Targetnya jelas, tahun depan Lamongan harus masuk lima besar nasional.",
            "Berikut 10 kota dengan peringkat teratas IKT 2023:",
            "peraih honorable mentions yang berada di ranking empat hingga 20",
            "Hadiah diberikan bagi peringkat 1 - 3 lomba itu.",
            "Juara pertama akan mendapatkan uang senilai 30.000 lira.",
        ] {
            assert_eq!(rankings(text), Vec::<String>::new(), "{text}");
        }
    }
}

//! Party mentions: the scanner that finds the parties a sentence names.
//! A party is a name that starts with a head word (`Kota Madiun`, `Dinas
//! Sosial`, `RSUD Kota Madiun`, `SMPN 1 Kepanjen`) or a province's name;
//! regions in apposition, nicknames and programmes named like regions are
//! none. It also owns how party names compare (`party_key`, `core_name`) and
//! what the word before a name says of it (assessor, epithet). It knows
//! nothing of facts: the document reads each sentence's mentions with it
//! once, and `main_subject` and `subject` build on those.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::document::Document;
use super::lexicon::{
    ASSESSOR_MARKS, ASSESSOR_VERBS, CLAUSE_OPENERS, EPITHET_MARKS, GRADE_LETTERS, GRADE_WORD_NOUNS, GRADE_WORDS,
    HOLDING_VERBS, LISTED_REGIONS, NAME_ABBREVIATIONS, NAME_CONNECTORS, NAME_STOPS, NATIONAL_HEADS, NICKNAMES,
    NOT_PARTIES, PARTY_HEADS, PASSIVE_PLACINGS, PLACE_PARTIES, POINTERS, ROW_FILLERS, SCORE_NOUNS, SCORE_VERBS,
    STANDALONE_HEADS, SUPERLATIVES, TARGET_NOUNS, VALUE_LINKS, in_list, marks_recipient,
};
use super::number::parse_ordinal;
use super::{alternation, floor_boundary, list};
use crate::region;

/// Region heads, whose names are short (`Kota Madiun`, `Kabupaten Hulu Sungai Selatan`).
const REGION_HEADS: &[&str] =
    &["Kota", "Kabupaten", "Kab.", "Kab", "Provinsi", "Propinsi", "Prov.", "Pemkot", "Pemkab", "Pemprov", "Pemda"];

/// Head words of a village's name, whose bare name the article may use
/// later (`Desa Ngroto` ... `Ngroto menduduki peringkat pertama`).
const VILLAGE_HEADS: &[&str] = &["Desa", "Kelurahan", "Nagari", "Gampong"];

/// Head words of a province's name (`Provinsi Jambi`, the old spelling `Propinsi`, `Prov.`).
const PROVINCE_HEADS: &[&str] = &["Provinsi", "Propinsi", "Prov."];

/// The word that makes a region's bare name its government's (`Pemerintah Aceh`).
const GOVERNMENT: &str = "Pemerintah ";

/// Words ignored when parties are compared, as `FACTS.md` scores subjects
/// (`Kab.` and `Prov.` lose their dot first).
const IGNORED_WORDS: &[&str] =
    &["pemerintah", "pemkot", "pemkab", "pemprov", "kota", "kabupaten", "kab", "provinsi", "propinsi", "prov"];

/// A party's head word (`Kota`, `Dinas`, `Kab.`), ending a word (`MANADO`
/// holds no `MAN`), or a province's name.
static HEAD: LazyLock<Regex> = LazyLock::new(|| {
    let dotted = alternation(PARTY_HEADS.iter().copied().filter(|h| h.ends_with('.')));
    let heads = alternation(PARTY_HEADS.iter().copied().filter(|h| !h.ends_with('.')));
    let places = alternation(PLACE_PARTIES.iter().copied());
    Regex::new(&format!(r"(?-u:\b)(?:(?P<head>{dotted}|(?:{heads})(?-u:\b))|(?P<place>{places})(?-u:\b))"))
        .expect("static party regex")
});

/// A party named in the text, by byte range.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Where the name stands.
    pub span: Range<usize>,
    /// Whether it is a village's bare name in a list after a full one
    /// (`Sidorejo` in `Desa Gombang, Sidorejo dan Kulur`): no region's.
    pub listed_village: bool,
}

/// A place where a party's name may start: a head word (`Kota`, `Dinas`),
/// a province's name, or a region's bare name from the official list.
struct Candidate<'t> {
    /// Where the head word or name starts and ends, in the slice.
    whole: Range<usize>,
    /// The head word, when one opens the name.
    head: Option<&'t str>,
    /// Where a region's bare name ends, when the official list found it.
    listed_end: Option<usize>,
}

/// Every party named in `text[range]`, in order, none inside another, as
/// written: a region's short form in brackets after its name is part of it
/// (`Indragiri Hilir (Inhil)`). A region in apposition (`Desa Sukamaju,
/// Kabupaten Garut,`, `Kota Surakarta, Jawa Tengah,`) and a province inside
/// a longer name (`Survei Kesehatan Indonesia`) are no party of their own. `regions` are the regions the
/// official list finds in the text (any range): their bare names
/// (`Cianjur`, `Aceh Selatan`, `Jatim`) are parties too, unless they stand
/// inside a longer name (`Universitas Sumatera Utara`, `Bupati Madiun`,
/// `Bima Arya`), repeat the name before them in brackets (`(TTU)`) or open
/// a dateline (`MAKASSAR, KOMPAS.com -`).
pub fn find_mentions(text: &str, range: Range<usize>, regions: &[region::Mention]) -> Vec<Mention> {
    let slice = &text[range.clone()];
    let mut candidates: Vec<Candidate<'_>> = HEAD
        .captures_iter(slice)
        .filter_map(|caps| {
            let whole = caps.get(0)?.range();
            Some(Candidate { whole, head: caps.name("head").map(|h| h.as_str()), listed_end: None })
        })
        .collect();
    let first = regions.partition_point(|m| m.span.start < range.start);
    for mention in regions[first..].iter().take_while(|m| m.span.end <= range.end) {
        let (start, end) = (mention.span.start - range.start, mention.span.end - range.start);
        // A head word's name, or a province's that the pattern above found already.
        let headed = candidates.iter().any(|c| {
            (c.head.is_some() && c.whole.start < end && start < c.whole.end)
                || (c.head.is_none() && c.whole.start <= start && end <= c.whole.end)
        });
        // A bare name, or a regency's or city's after a head word the pattern
        // above does not know as one (`kabupaten Manokwari Selatan`, in lower
        // case; a province's name is a party of its own already).
        let province = mention.candidates.iter().all(|r| r.kind == region::RegionKind::Province);
        if (mention.name == mention.span || !province) && !headed && bare_region_stands_alone(slice, start..end) {
            candidates.push(Candidate { whole: start..end, head: None, listed_end: Some(end) });
        }
    }
    // A longer region name holds a province's (`Aceh Singkil`, `Banda Aceh`).
    let listed: Vec<Range<usize>> =
        candidates.iter().filter(|c| c.listed_end.is_some()).map(|c| c.whole.clone()).collect();
    candidates.retain(|c| {
        c.head.is_some()
            || c.listed_end.is_some()
            || !listed.iter().any(|l| l.start <= c.whole.start && c.whole.end <= l.end && l.len() > c.whole.len())
    });
    // Head words and provinces first where both start at one place.
    candidates.sort_by_key(|c| (c.whole.start, c.listed_end.is_some()));
    // In a headline in Title Case every word is capitalised: a capital
    // before a place says nothing of a longer name.
    let headline = title_case(slice);
    let mut mentions: Vec<Mention> = Vec::new();
    // The level of the last party and the end of the chain of larger
    // regions set beside it (`Desa A, Kecamatan B, Kabupaten C`).
    let mut previous_level = Level::Region;
    let mut previous_province = false;
    let mut chain_end = 0;
    for candidate in candidates {
        let whole = candidate.whole.clone();
        // `Pemerintah Aceh`, `Pemerintah Jawa Barat`: a region's government
        // named by the region alone, `Pemerintah` part of the name.
        let governed = candidate.head.is_none()
            && slice[..whole.start].ends_with(GOVERNMENT)
            && !NATIONAL_HEADS.contains(&&slice[whole.clone()]);
        let start = range.start + whole.start - if governed { GOVERNMENT.len() } else { 0 };
        if mentions.last().is_some_and(|last| start < last.span.end) || slice[..whole.start].ends_with('/') {
            continue;
        }
        // A province closing an event's name is its scope (`Anugerah
        // Keterbukaan Informasi Publik Provinsi Kalimantan Selatan`).
        if candidate.head.is_some_and(|head| PROVINCE_HEADS.contains(&head))
            && after_capitalised_word(&slice[..whole.start], headline)
        {
            continue;
        }
        let place = candidate.head.is_none();
        let region = candidate.head.is_none_or(|head| REGION_HEADS.contains(&head));
        let level = candidate.head.map_or(Level::Region, Level::of);
        let end = match (candidate.head, candidate.listed_end) {
            (Some(head), _) => match name_end(slice, whole.start + head.len(), level) {
                Some(end) => end,
                // An agency's acronym is a whole name: `Bappeda berada di posisi kedua`.
                None if STANDALONE_HEADS.contains(&head) => whole.start + head.len(),
                None => continue,
            },
            (None, _)
                if (after_capitalised_word(&slice[..whole.start], headline) && !governed)
                    || joined_to_scope(&slice[..whole.start]) =>
            {
                continue;
            }
            (None, Some(end)) => end,
            // `Lampung Selatan`, `Aceh Besar`: a regency named after its province.
            (None, None) => whole.end + compass_suffix(&slice[whole.end..]),
        };
        // `predikat Kabupaten Sangat Inovatif`, `18 Pemda WTP`: a rating, not
        // a name; `20 Kabupaten Kota di Jabar`: head words alone, a kind of party.
        if let Some(head) = candidate.head {
            let rest = slice[whole.start + head.len()..end].split_whitespace().collect::<Vec<_>>().join(" ");
            if in_list(GRADE_WORDS, &rest) || GRADE_LETTERS.contains(&rest.as_str()) || rest.split(' ').all(is_head) {
                continue;
            }
        }
        // `Provinsi Banten Nana Suryana`, `Diskominfo Provinsi Banten Nana
        // Suryana`: a name ends where the official name of its region does.
        let end = match candidate.head {
            Some(_) if region => lower_case_completion(slice, whole.start, official_end(slice, whole.start, end)),
            Some(_) => slice[whole.start..end]
                .rmatch_indices(' ')
                .map(|(p, _)| whole.start + p + 1)
                .find(|&p| slice[p..].split(' ').next().is_some_and(|w| REGION_HEADS.contains(&w)))
                .map_or(end, |inner| official_end(slice, inner, end)),
            None => end,
        };
        // `Indragiri Hilir (Inhil)`, `Provinsi Nusa Tenggara Barat (NTB)`: the
        // short form printed after a region's name is part of it, as written.
        let end = if region { with_short_form(slice, whole.start, end) } else { end };
        let closed = slice[end..].trim_start().starts_with([',', '.', ')', ':']) || end == slice.len();
        // `Pemkab Grobogan, Jawa Tengah (98,02)`: the province of a regency
        // or city, before the value in brackets that is the regency's.
        let province_of_last = place
            && slice[end..].trim_start().starts_with('(')
            && !previous_province
            && previous_level == Level::Region;
        let apposition = mentions.last().is_some_and(|last| {
            // `Desa Sukamaju, Kabupaten Garut,`, `Desa Tanjungrejo (Kabupaten
            // Malang)`, `Kabupaten Timor Tengah Utara (TTU), Nusa Tenggara Timur,`.
            let from = chain_end.max(last.span.end - range.start);
            // `from` passes this match when the last mention overlaps it.
            let between = slice.get(from..whole.start).map(|gap| without_acronym(gap.trim()));
            // `Desa Genteng Kulon Kecamatan Genteng Kabupaten Banyuwangi`: larger areas right after.
            let glued = between == Some("") && previous_level < level && previous_level > Level::Unit;
            glued
                || matches!(between, Some("," | "("))
                    && ((closed
                        && ((place && candidate.listed_end.is_none() && !previous_province)
                            || (region && previous_level == Level::Unit)))
                        || (previous_level < level && previous_level > Level::Unit)
                        || (province_of_last && between == Some(",")))
        });
        // A programme named like a region (`Kota Layak Anak`) or a nickname
        // (`berjuluk Kota Hujan`, `“Kota Kembang”`) is no party.
        let name = &slice[whole.start..end];
        let named = |list: &[&str]| list.iter().any(|not| starts_with_words(name, not));
        if apposition {
            chain_end = end;
            previous_level = level;
            continue;
        }
        if named(NOT_PARTIES) || named(NICKNAMES) || epithet_marked(&slice[..whole.start], &slice[end..]) {
            continue;
        }
        previous_level = level;
        previous_province = (place && candidate.listed_end.is_none())
            || candidate.head.is_some_and(|head| PROVINCE_HEADS.contains(&head) || head == "Pemprov");
        chain_end = 0;
        mentions.push(Mention { span: start..range.start + end, listed_village: false });
    }
    if let Some(row) = ranked_row_name(text, range.clone())
        && !mentions.iter().any(|m| m.span.start < row.end && row.start < m.span.end)
    {
        mentions.insert(0, Mention { span: row, listed_village: false });
    }
    let villages: Vec<Range<usize>> = mentions
        .iter()
        .filter(|m| text[m.span.clone()].split(' ').next().is_some_and(|head| Level::of(head) == Level::Village))
        .flat_map(|m| village_list(text, m.span.end, range.end))
        .collect();
    for name in villages {
        // (A village may bear a region's name: `Desa Gombang, Karangasem, dan Kulur`.)
        match mentions.iter_mut().find(|m| m.span.start < name.end && name.start < m.span.end) {
            Some(same) if same.span == name => same.listed_village = true,
            Some(_) => {}
            None => mentions.push(Mention { span: name, listed_village: true }),
        }
    }
    mentions.sort_by_key(|m| m.span.start);
    mentions
}

/// The bare names that go on a list of villages after a village's full
/// name at `from` (`Desa Gombang, Sidorejo, Karangasem dan Kulur`, `Nagari
/// Ampang Gadang, Biaro Gadang, ...`): names of a few capitalised words
/// between commas, up to the one after `dan`; nothing unless the list
/// closes so.
fn village_list(text: &str, from: usize, limit: usize) -> Vec<Range<usize>> {
    let mut names = Vec::new();
    let mut at = from;
    loop {
        let rest = &text[at..limit];
        let Some(separator) =
            [", dan ", ", serta ", " dan ", " serta ", ", "].into_iter().find(|s| rest.starts_with(s))
        else {
            return Vec::new();
        };
        let start = at + separator.len();
        let item = &text[start..limit];
        let len = item.find([',', '.', ';', ':', '(', ')', '\n']).unwrap_or(item.len());
        let words: Vec<&str> = item[..len].split(' ').collect();
        // The last name ends at ` dan ` too (`Sidorejo dan Kulur`).
        let words = match words.iter().position(|w| *w == "dan" || *w == "serta") {
            Some(p) => &words[..p],
            None => &words[..],
        };
        let is_name = |w: &&str| w.starts_with(char::is_uppercase) && !is_head(w) && !in_list(NAME_STOPS, w);
        if words.is_empty() || words.len() > MAX_VILLAGE_WORDS || !words.iter().all(is_name) {
            return Vec::new();
        }
        // The words and the single spaces between them.
        let end = start + words.iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        names.push(start..end);
        if separator.trim_start_matches(',').trim() != "" {
            // The name after `dan` closes the list.
            return if names.len() > 1 { names } else { Vec::new() };
        }
        at = end;
    }
}

/// How many words a village's bare name in a list may hold (`Canduang Koto Laweh`).
const MAX_VILLAGE_WORDS: usize = 3;

/// Whether a region's bare name at `name` in `text` names the region and
/// not part of a longer name: no capitalised name word after it (`Bima
/// Arya`, `Metro TV`), no title before it (`bupati Madiun`), and not the
/// place of a dateline (`MAKASSAR, KOMPAS.com -`, `Makassar (ANTARA) -`).
fn bare_region_stands_alone(text: &str, name: Range<usize>) -> bool {
    let rest = &text[name.end..];
    let next = rest.split_whitespace().next().unwrap_or("");
    let next_word = next.trim_matches(|c: char| !c.is_alphanumeric());
    // Part of a word, a web address or a code: `TRIBUN-MANADO.CO.ID`.
    let glued = rest.starts_with(|c: char| c.is_alphanumeric())
        || rest.strip_prefix(['.', '-']).is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
        || text[..name.start].ends_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '.' | '/' | '@'));
    // A short form in brackets after it (`Mandailing Natal (Madina)`) ends the name.
    let continues_name = !rest.trim_start().starts_with([',', '.', ';', ':', ')', '(']) && {
        next_word.starts_with(char::is_uppercase)
            && next_word.chars().any(char::is_lowercase)
            && !in_list(NAME_STOPS, next_word)
            && !in_list(CLAUSE_OPENERS, next_word)
            && !is_head(next_word)
            && !SCORE_NOUNS.iter().any(|noun| noun.eq_ignore_ascii_case(next_word))
    };
    let before = text[..name.start].split_whitespace().next_back().unwrap_or("");
    let titled = in_list(TITLES, before.trim_matches(|c: char| !c.is_alphanumeric()));
    let line_start = text[..name.start].rfind('\n').map_or(0, |p| p + 1);
    // (An outlet's name may open the line: `TELISIK | MEDAN –`.)
    let opening = text[line_start..name.start].trim();
    let dateline = (opening.is_empty() || (opening.len() <= OUTLET_LEN && opening.ends_with('|')))
        && DATELINE.is_match(&text[name.end..floor_boundary(text, (name.end + 40).min(text.len()))]);
    // `Kabupaten Timor Tengah Utara (TTU)`: a short form in brackets is the name before it.
    let bracketed = text[..name.start].ends_with('(') && rest.starts_with(')');
    !(glued || continues_name || titled || dateline || bracketed)
}

/// The longest outlet's name before a dateline's place, with its bar (`TELISIK |`).
const OUTLET_LEN: usize = 30;

/// What follows a dateline's place: `, KOMPAS.com -`, ` (ANTARA) -`.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:,\s*[\w.\-]+(?:\s[\w.]+)?)?\s*(?:\([^)\n]{1,30}\))?\s*[-–—|]").expect("static dateline regex")
});

/// Titles before a region's name that make it part of an office (`bupati Madiun`).
const TITLES: &[&str] = &[
    "bupati",
    "walikota",
    "gubernur",
    "wagub",
    "wabup",
    "sekda",
    "kapolres",
    "kapolda",
    "warga",
    "asal",
    "kota",
    "kabupaten",
    "provinsi",
    "jalan",
    "jl",
    "pulau",
    "selat",
    "gunung",
    "teluk",
    "sungai",
    "danau",
    "tanjung",
];

/// The bare name opening a numbered row of a list of regions (`1.
/// Singkawang – 6,500` under `Berikut 10 kota dengan skor tertinggi:`),
/// when `range` starts that row or its name: a row's name is a party
/// although it has no head word. Only a list introduced by a line naming
/// regions counts, and only a name of capitalised words ended by a dash,
/// colon, bar, bracket, tab or the line's end.
fn ranked_row_name(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    // A row's number stands within a few bytes of its line's start, and its
    // name within the line's first bytes: the work stays bounded on a huge line.
    let lead = &text[floor_boundary(text, range.start.saturating_sub(MAX_ROW_MARKER))..range.start];
    let line_start = match lead.rfind('\n') {
        Some(p) => range.start - lead.len() + p + 1,
        None if range.start <= MAX_ROW_MARKER => 0,
        None => return None,
    };
    let head_end = floor_boundary(text, (line_start + list::MAX_ROW_LEN).min(text.len()));
    let line_end = text[line_start..head_end].find('\n').map_or(head_end, |p| line_start + p);
    let caps = ROW.captures(&text[line_start..line_end])?;
    let name = caps.name("name")?;
    let name = line_start + name.start()..line_start + name.end();
    if range.start > name.start || name.end > range.end {
        return None;
    }
    let words = text[name.clone()].split_whitespace().count();
    let capitalised = text[name.clone()].split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    (words <= MAX_ROW_NAME_WORDS && capitalised && lists_regions(text, line_start)).then_some(name)
}

/// How many bytes a row's number and its marks take at most (`  10. `).
const MAX_ROW_MARKER: usize = 8;

/// How many words a list row's bare name has at most (`Kota Baru`, `Tanjung Jabung Barat`).
const MAX_ROW_NAME_WORDS: usize = 4;

/// A numbered row: its name, then a separator or the line's end.
static ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\ \t]*[0-9]{1,2}[.)][\ \t]*(?P<name>[^\s0-9(|:–—-][^0-9(|:–—\t]*?)[\ ]*(?:[:|(\t–—-]|\s[0-9]|$)")
        .expect("static row regex")
});

/// Whether the introduction of the list holding the row at `row` names
/// regions (`kota`, `kabupaten`, `daerah`...).
fn lists_regions(text: &str, row: usize) -> bool {
    list::introduction(text, row)
        .into_iter()
        .any(|line| text[line].split(|c: char| !c.is_alphanumeric() && c != '/').any(|w| in_list(LISTED_REGIONS, w)))
}

/// The length of the compass word (`Selatan`, `Barat Daya`) or `Besar`
/// that goes on a province's name to name a regency (`Lampung Selatan`),
/// at the start of `rest`; 0 when none does.
pub(super) fn compass_suffix(rest: &str) -> usize {
    REGION_SUFFIXES
        .iter()
        .find(|suffix| {
            rest.strip_prefix(' ')
                .and_then(|r| r.strip_prefix(**suffix))
                .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
        })
        .map_or(0, |suffix| suffix.len() + 1)
}

/// Words that make a province's name a regency's (`Lampung Selatan`), longest first.
const REGION_SUFFIXES: &[&str] =
    &["Barat Daya", "Tenggara", "Selatan", "Tengah", "Utara", "Barat", "Timur", "Besar", "Jaya", "Raya"];

/// Where an administrative unit stands among regions, smallest first; an
/// agency or school is a `Unit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Unit,
    Village,
    District,
    Region,
}

impl Level {
    fn of(head: &str) -> Self {
        match head {
            // The Yogyakarta names as well: `Kalurahan`, `Kemantren`,
            // `Kapanewon`; West Sumatra's `Nagari`, Aceh's `Gampong`.
            "Desa" | "Kelurahan" | "Kalurahan" | "Nagari" | "Gampong" => Level::Village,
            "Kecamatan" | "Kemantren" | "Kapanewon" => Level::District,
            _ if REGION_HEADS.contains(&head) => Level::Region,
            _ => Level::Unit,
        }
    }
}

/// Text between two names without a bracketed acronym at its start:
/// `(TTU),` is `,`.
fn without_acronym(between: &str) -> &str {
    between
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
        .filter(|(inner, _)| is_acronym(inner))
        .map_or(between, |(_, rest)| rest.trim())
}

/// A party's name without the bracketed acronym that ends it: `Kementerian
/// Kelautan dan Perikanan (KKP)` is `Kementerian Kelautan dan Perikanan`;
/// one inside (`Mal Pelayanan Publik (MPP) Kota Surakarta`) and a legal
/// form (`PT Semen Indonesia (Persero)`) stay.
fn without_trailing_acronym(name: &str) -> &str {
    name.strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
        .filter(|(_, acronym)| is_acronym(acronym) && !in_list(&["Persero", "Perseroda"], acronym))
        .map_or(name, |(head, _)| head.trim_end())
}

/// The end of the region's name `text[start..end]`, past the short form
/// in brackets right after it (`(Inhil)`, `(Pemprov Kaltim)`, `(NTB)`):
/// another name of the same region, or an acronym that names no other
/// (`Kota Surabaya (Jawa Timur)` ends before its province).
fn with_short_form(text: &str, start: usize, end: usize) -> usize {
    let Some(inner) = text[end..].strip_prefix(" (").and_then(|rest| rest.split_once(')')).map(|(inner, _)| inner)
    else {
        return end;
    };
    let theirs = if inner.split(' ').count() <= 3 { region::lookup(inner) } else { Vec::new() };
    let short = if theirs.is_empty() {
        is_acronym(inner)
    } else {
        let ours = region::lookup(without_trailing_acronym(&text[start..end]));
        theirs.iter().any(|r| ours.contains(r))
    };
    if short { end + inner.len() + 3 } else { end }
}

/// Whether a word is an acronym in letters (`TTU`, `DPMPTSP`, `Disdukcapil`).
fn is_acronym(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase()) && word.chars().all(|c| c.is_ascii_alphabetic())
}

/// Whether the text around a name marks it as an epithet: quotes around
/// it alone (`“Kota Kembang”`, not the opening of a quoted sentence), or a
/// word before it such as `berjuluk` or `dikenal sebagai`.
fn epithet_marked(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    if before.ends_with(['“', '"', '‘', '\'']) && after.starts_with(['”', '"', '’', '\'']) {
        return true;
    }
    let mut words = before.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let last = if last.eq_ignore_ascii_case("sebagai") { words.next().unwrap_or("") } else { last };
    in_list(EPITHET_MARKS, last)
}

/// Whether `name` is `words` or starts with them and a space.
fn starts_with_words(name: &str, words: &str) -> bool {
    name.get(..words.len()).is_some_and(|head| head.eq_ignore_ascii_case(words))
        && name[words.len()..].chars().next().is_none_or(char::is_whitespace)
}

/// Whether the text ends with a capitalised word and one space (`Survei Kesehatan `).
fn after_capitalised_word(before: &str, headline: bool) -> bool {
    let Some(rest) = before.strip_suffix(' ') else { return false };
    let word = rest.rsplit(char::is_whitespace).next().unwrap_or("");
    if headline {
        return in_list(INSTITUTION_WORDS, word);
    }
    // An index name before a province (`IPM Indonesia`, `Indeks SPI Aceh`)
    // is no longer name; a media name (`CNN Indonesia`) is.
    let acronym = SCORE_NOUNS.iter().any(|noun| noun.eq_ignore_ascii_case(word));
    // A clause opener or a verb is no part of a name (`Sementara Papua Pegunungan berada`).
    let opener = in_list(CLAUSE_OPENERS, word) || in_list(NAME_STOPS, word);
    word.starts_with(char::is_uppercase)
        && word.chars().last().is_some_and(char::is_alphanumeric)
        && !acronym
        && !opener
}

/// Words before a place that make it part of an institution's name even in
/// a headline in Title Case (`Universitas Sumatera Utara`, `Bank Jatim`).
const INSTITUTION_WORDS: &[&str] = &[
    "Universitas",
    "Institut",
    "Politeknik",
    "Bank",
    "Polda",
    "Polres",
    "Kodam",
    "Korem",
    "Pengadilan",
    "Kejati",
    "Kejaksaan",
    "Stadion",
    "Bandara",
    "Pelabuhan",
    "Radio",
    "Harian",
    "Tribun",
    "Pos",
    "Persatuan",
    "Festival",
    "Ombudsman",
    "Perwakilan",
    "BPK",
    "BPKP",
    "KPK",
    "BPS",
    "Komisi",
    "Kanwil",
    "Balai",
    "DPRD",
    "Dinas",
];

/// Whether a line is in Title Case, as headlines are: four words or more,
/// nearly all of them capitalised.
fn title_case(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().filter(|w| w.starts_with(char::is_alphabetic)).collect();
    let capitalised = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    words.len() >= 4 && capitalised * 10 >= words.len() * 8
}

/// Where a party's name ends, given the end of its head word and its
/// level; `None` when no name word follows the head (`Kota ini`). A
/// village's or district's name ends before the head of the larger region
/// that locates it (`Desa Oro Oro Ombo Kota Batu`).
fn name_end(text: &str, head_end: usize, level: Level) -> Option<usize> {
    // An acronym glued to the head with a hyphen is part of it (`Dinsos-PMD Bateng`).
    let glued = text[head_end..]
        .strip_prefix('-')
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
        .map_or(0, |rest| {
            1 + rest.find(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ')')).unwrap_or(rest.len())
        });
    let head_end = head_end + glued;
    let region = level == Level::Region;
    let area = matches!(level, Level::Village | Level::District);
    let limit = if region { 3 } else { 8 };
    let mut end = head_end;
    let mut words = 0;
    let mut tokens = tokens_from(text, head_end).peekable();
    while let Some((range, token)) = tokens.next() {
        if words >= limit {
            break;
        }
        let bare = token.trim_end_matches([',', '.', ';', ':', ')', '"', '”', '\'', '*']);
        // A comma or bracket printed without its space ends the name
        // (`Kabupaten Asahan,Tapsel,Labura`, `Timor Tengah Utara(TTU)`).
        let glued = bare.find([',', '(']).filter(|&p| p > 0 && !bare[..p].bytes().all(|b| b.is_ascii_digit()));
        let (bare, token) = match glued {
            Some(p) => (&bare[..p], &token[..=p]),
            None => (bare, token),
        };
        // A number in a name is a short one of a unit (`SMPN 1 Kepanjen`),
        // never a region's, a year or a score (`Kota Pekanbaru 73,55`).
        let is_name = |word: &str| {
            let number = !region && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit());
            (word.starts_with(char::is_uppercase) || number) && !in_list(NAME_STOPS, word)
        };
        // A region's name ends before `dan`, but for the one official name that holds it.
        let previous = text[head_end.min(end)..end].split_whitespace().next_back().unwrap_or("");
        if region && token == "dan" && !region::name_goes_on_with_dan(previous) {
            break;
        }
        // A village's or district's name holds no `dan`: `Desa A dan B` are two.
        if NAME_CONNECTORS.contains(&token) && !(area && matches!(token, "dan" | "&")) {
            match tokens.peek() {
                // (`Polres Jayawijaya, dan 100 untuk ...`: a number after `dan` is a value.)
                Some((_, next))
                    if is_name(next)
                        && next.starts_with(char::is_uppercase)
                        && !is_head(next)
                        && (words > 0 || token.ends_with('.')) =>
                {
                    continue;
                }
                _ => break,
            }
        }
        // An acronym in brackets inside a name (`Mal Pelayanan Publik (MPP)
        // Kota Surakarta`) or after an agency's name, which it ends (`Dinas
        // Penanaman Modal ... Satu Pintu (DPMPTSP) dengan`).
        let bracket = token.trim_end_matches([',', '.', ';', ':']);
        if bracket.starts_with('(') && bracket.ends_with(')') && bracket.len() > 2 {
            if !region && words > 0 && is_acronym(&bracket[1..bracket.len() - 1]) {
                end = range.start + bracket.len();
            }
            if bracket.len() != token.len() {
                break;
            }
            continue;
        }
        // A province's name opens with a word that may stop others (`Pemprov DI Yogyakarta`).
        let province = words == 0 && PLACE_PARTIES.iter().any(|place| text[range.start..].starts_with(place));
        // A rating's noun ends a name (`Pemerintah Provinsi Kualifikasi Informatif`).
        if !(is_name(bare) || province)
            || bare.is_empty()
            || (area && words > 0 && is_head(bare))
            || in_list(GRADE_WORD_NOUNS, bare)
        {
            break;
        }
        // `Pemda Kabupaten Timor Tengah Utara`: a region's head word after
        // the government's is no word of the name.
        if region && words == 0 && REGION_HEADS.contains(&bare) && bare.len() == token.len() {
            continue;
        }
        words += 1;
        end = range.start + bare.len();
        // `Polres Kep. Yapen`: an abbreviated word inside the name.
        let abbreviated = token.ends_with('.') && in_list(NAME_ABBREVIATIONS, bare);
        if bare.len() != token.len() && !abbreviated {
            // Punctuation after the word: only a comma inside a listed
            // agency name (`Dinas Sosial, Pemberdayaan Perempuan, dan ...`) goes on.
            let listed_agency = token.ends_with(',') && !(region || area) && comma_continues(text, range.end);
            if !listed_agency {
                break;
            }
        }
    }
    (words > 0).then_some(end)
}

/// Whether a place after `before` is joined to a scope (`tertinggi kedua
/// se-Jawa dan Bali`), and so part of it.
fn joined_to_scope(before: &str) -> bool {
    let mut back = before.split_whitespace().rev();
    back.next().is_some_and(|w| in_list(&["dan", "serta", "hingga"], w))
        && back.next().is_some_and(|w| w.get(..3).is_some_and(|se| se.eq_ignore_ascii_case("se-")))
}

/// Where a region's name `text[start..end]` ends: at the end of the
/// longest official name it starts with (head word included) when the
/// whole is none (`Provinsi Banten Nana Suryana`), else at `end`.
fn official_end(text: &str, start: usize, end: usize) -> usize {
    if !region::lookup(without_trailing_acronym(&text[start..end])).is_empty() {
        return end;
    }
    let mut cut = end;
    // Drop a word at a time, keeping the head and one name word.
    while let Some(space) = text[start..cut].trim_end().rfind(' ').map(|p| start + p) {
        if !text[start..space].contains(' ') {
            break;
        }
        cut = space;
        if !region::lookup(&text[start..cut]).is_empty() {
            return cut;
        }
    }
    end
}

/// Where a region's name `text[start..end]` ends when the lower-case word
/// after it completes an official name the words before it do not make
/// (`Kabupaten Labuhan batu`): there, else at `end`.
fn lower_case_completion(text: &str, start: usize, end: usize) -> usize {
    let Some(word) = text[end..].strip_prefix(' ').and_then(|rest| rest.split([' ', ',', '.', '(', ')']).next()) else {
        return end;
    };
    let completed = end + 1 + word.len();
    let lower = word.starts_with(|c: char| c.is_ascii_lowercase());
    if lower && region::lookup(&text[start..end]).is_empty() && !region::lookup(&text[start..completed]).is_empty() {
        completed
    } else {
        end
    }
}

/// Whether the words after a comma continue an agency name: capitalised
/// non-head words running into `dan` within a few words.
fn comma_continues(text: &str, from: usize) -> bool {
    for (_, token) in tokens_from(text, from).take(4) {
        if token == "dan" {
            return true;
        }
        if !token.starts_with(char::is_uppercase) || is_head(token) || in_list(NAME_STOPS, token) {
            return false;
        }
    }
    false
}

/// Whether a word opens a party's name (`Dinas`, `Kota`, `RSUD`).
pub(super) fn is_head(word: &str) -> bool {
    PARTY_HEADS.iter().any(|head| head.split(' ').next() == Some(word))
}

/// Whitespace-separated tokens of `text` from byte `from`, with their ranges.
fn tokens_from(text: &str, from: usize) -> impl Iterator<Item = (Range<usize>, &str)> {
    let rest = &text[from..];
    rest.split_whitespace().map(move |token| {
        let start = from + (token.as_ptr() as usize - rest.as_ptr() as usize);
        (start..start + token.len(), token)
    })
}

/// The key two party names share when they name the same party: lower case
/// without `Pemerintah`, `Pemkot`, `Pemkab`, `Pemprov`, `Kota`, `Kabupaten`,
/// `Kab.`, `Provinsi`, `Prov.`.
pub fn party_key(name: &str) -> String {
    name.split_whitespace()
        .map(|word| word.trim_matches([',', '.']).to_lowercase())
        .filter(|word| !word.is_empty() && !IGNORED_WORDS.contains(&word.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A party's name without its government words: `Pemerintah Kota
/// Surakarta` is `Surakarta`. Agencies keep their whole name.
pub(super) fn core_name(name: &str) -> &str {
    let mut rest = name;
    loop {
        let trimmed = rest.trim_start();
        let Some(word) = REGION_HEADS
            .iter()
            .chain(["Pemerintah"].iter())
            .find(|head| trimmed.starts_with(**head) && trimmed[head.len()..].starts_with(char::is_whitespace))
        else {
            break;
        };
        rest = &trimmed[word.len()..];
    }
    let core = rest.trim();
    if core.is_empty() { name } else { core }
}

/// The name a party may go by later in an article: its core name (see
/// [`core_name`]), or a village's name without its head (`Desa Ngroto` ...
/// `Ngroto menduduki peringkat pertama`; `Kelurahan Kota Baru` is `Kota Baru`).
pub(super) fn bare_name(name: &str) -> &str {
    VILLAGE_HEADS
        .iter()
        .find_map(|head| name.strip_prefix(head).filter(|rest| rest.starts_with(char::is_whitespace)))
        .map(str::trim)
        .filter(|rest| !rest.is_empty())
        .unwrap_or_else(|| core_name(name))
}

/// Where `word` stands in `text` as a whole word.
pub(super) fn word_positions<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(word).map(|(i, _)| i).filter(move |&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether the party named at `span` is an assessor: marked by the word
/// before it (`oleh`, `dari`) or giving by the verb after it (`Kementerian
/// PANRB menetapkan ...`, `Badan Pusat Statistik (BPS) merilis ...`), or
/// another party's owner (`RSUD Sidoarjo milik Pemerintah Provinsi Jawa
/// Timur`; the owner of a thing, `inovasi milik Dinas Sosial`, is no
/// assessor).
pub(super) fn assessor(doc: &Document<'_>, span: Range<usize>) -> bool {
    let text = doc.text;
    let before = text[..span.start].trim_end();
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    // The words after the name and its bracketed short form (`Kementerian
    // ... (Kemenpan RB) memberikan`).
    let rest = text[span.end..].trim_start();
    let rest = rest.strip_prefix('(').and_then(|r| r.split_once(')')).map_or(rest, |(_, r)| r);
    let mut after = rest.split_whitespace();
    let owner = word.eq_ignore_ascii_case("milik") && {
        let owned = before[..before.len() - word.len()].trim_end();
        let from = floor_boundary(text, owned.len().saturating_sub(OWNED_NAME_LEN));
        let lower = owned.to_lowercase();
        OWNED_UNITS.iter().any(|unit| lower.ends_with(unit))
            || doc.mentions_in(from..owned.len()).last().is_some_and(|m| m.span.end == owned.len())
    };
    // `diraih oleh Pemkab Sukoharjo`, `disusul oleh Pemkot Surakarta`: the
    // agent of a verb of receiving or following receives; so does the
    // party a place is held by (`peringkat kedua oleh Pemkot Jayapura`).
    let received = word.eq_ignore_ascii_case("oleh")
        && before[..before.len() - word.len()].split_whitespace().next_back().is_some_and(|verb| {
            marks_recipient(verb)
                || in_list(CLAUSE_OPENERS, verb)
                || in_list(PASSIVE_PLACINGS, verb)
                || parse_ordinal(verb).is_some()
        });
    // `Seperti di Singkawang dari 23,5 persen turun menjadi 20,1 persen`,
    // `Rincian data prevalensi stunting Papua Barat dari kabupaten
    // Manokwari 9,64 persen`: a place whose own value follows is the
    // value's party, not a venue or a giver; but the place of an average or
    // a target stays its scope (`Rata-rata skor IPKD kabupaten/kota di Riau
    // sebesar 64,2`).
    let valued = (word.eq_ignore_ascii_case("di") || word.eq_ignore_ascii_case("dari")) && {
        let mut words = after.clone();
        let number = |w: &str| {
            let digits = w.trim_end_matches(|c: char| !c.is_ascii_digit());
            w.starts_with(|c: char| c.is_ascii_digit())
                && !(digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        };
        let first = words.next().unwrap_or("");
        let sentence = doc.sentence_or_point(span.start);
        // (`kenaikan tertinggi di Jawa Timur 5,56 poin` after Jember: the
        // scope of a superlative, the province of a region named before.)
        let scope = before[..before.len() - word.len()]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| in_list(SUPERLATIVES, w))
            && holds_region_named_before(doc, span.clone());
        // (`terpaut dari Pemerintah Kabupaten Pesisir Selatan dengan skor indeks
        // 77,2975`; but `tertinggi kedua di Indonesia dengan skor 3,42` is a scope.)
        let linked = || {
            let mut rest = words.clone().skip_while(|w| word.eq_ignore_ascii_case("dari") && in_list(VALUE_NOUNS, w));
            rest.next().is_some_and(number)
        };
        (number(first) || (in_list(VALUE_LINKS, first) && linked()))
            && !scope
            && !text[sentence.start.min(span.start)..span.start].split_whitespace().any(|w| in_list(TARGET_NOUNS, w))
    };
    // `terpaut tipis 0,5 poin dari Kabupaten Bantul yang berada di posisi
    // pertama`: a relative clause of holding makes the name a holder.
    // (`di Sumbar yang masuk kategori A` is a scope.)
    let holding = word.eq_ignore_ascii_case("dari") && {
        let mut words = after.clone();
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("yang"))
            && words.next().is_some_and(|verb| in_list(HOLDING_VERBS, verb) || in_list(SCORE_VERBS, verb))
    };
    (ASSESSOR_MARKS.iter().any(|mark| mark.eq_ignore_ascii_case(word)) && !received && !valued && !holding)
        || owner
        || after.next().is_some_and(|verb| in_list(ASSESSOR_VERBS, verb))
}

/// Nouns of a value between its linking word and its number (`dengan skor indeks 77,29`).
const VALUE_NOUNS: &[&str] = &["skor", "nilai", "indeks", "angka", "capaian"];

/// Whether the region at `span` is a province that holds a regency or
/// city named before it.
fn holds_region_named_before(doc: &Document<'_>, span: Range<usize>) -> bool {
    let provinces: Vec<&str> =
        region::lookup(&doc.text[span.clone()]).iter().filter(|r| r.code == r.province).map(|r| r.code).collect();
    doc.region_mentions().iter().take_while(|m| m.span.end <= span.start).any(|m| match m.candidates.as_slice() {
        [one] => one.code != one.province && provinces.contains(&one.province),
        _ => false,
    })
}

/// How far before `milik` an owned party's name is looked for, in bytes.
const OWNED_NAME_LEN: usize = 80;

/// Units owned by a government, named by their common noun (`rumah sakit
/// milik Pemkab Karangasem`), lower-cased.
const OWNED_UNITS: &[&str] = &["rumah sakit", "puskesmas", "sekolah", "kantor", "perusahaan", "pasar", "bumd"];

/// The party a bare ordinal ending at byte `end` ranks, when it follows
/// right after it (`lalu ketiga Kabupaten Keerom`) or after a comma and at
/// most one of [`ROW_FILLERS`]: `Kedua, Kota Banjarmasin`, `Ketiga, dari
/// Kabupaten Tapin`, `..., kedua, Kota Padang Panjang`. `mentions` are in order.
pub(super) fn after_ordinal<'m>(text: &str, mentions: &'m [Mention], end: usize) -> Option<&'m Mention> {
    let next = mentions.iter().find(|m| m.span.start >= end)?;
    let gap = text[end..next.span.start].trim();
    if gap.is_empty() {
        return Some(next);
    }
    let gap = gap.strip_prefix(',')?.trim();
    (gap.is_empty() || in_list(ROW_FILLERS, gap)).then_some(next)
}

/// Whether a mention is an epithet pointed at (`Kota Seribu Taman itu`):
/// followed by `itu` or `tersebut`, its name said nowhere else.
pub(super) fn epithet(text: &str, span: Range<usize>) -> bool {
    let pointed = text[span.end..].split_whitespace().next().is_some_and(|w| in_list(POINTERS, w));
    pointed && word_positions(text, core_name(&text[span])).nth(1).is_none()
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&HEAD);
    LazyLock::force(&ROW);
    LazyLock::force(&DATELINE);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        find_mentions(text, 0..text.len(), &region::scan(text)).into_iter().map(|m| &text[m.span]).collect()
    }

    #[test]
    fn party_names_end_where_the_name_ends() {
        let cases: &[(&str, &[&str])] = &[
            ("Kota Madiun Raih Nilai 95,5 dalam Penilaian", &["Kota Madiun"]),
            (
                "Dinas Kependudukan dan Pencatatan Sipil menjadi yang terbaik",
                &["Dinas Kependudukan dan Pencatatan Sipil"],
            ),
            (
                "diikuti oleh Dinas Sosial, Pemberdayaan Perempuan, dan Perlindungan Anak serta RSUD Kota Madiun, masing-masing",
                &["Dinas Sosial, Pemberdayaan Perempuan, dan Perlindungan Anak", "RSUD Kota Madiun"],
            ),
            ("Pemerintah Kota Madiun dan Kabupaten Ngawi", &["Pemerintah Kota Madiun", "Kabupaten Ngawi"]),
            ("Kota ini siap menghadapi tantangan", &[]),
            ("Dinsos-PMD Bateng sukses meraih peringkat ketiga", &["Dinsos-PMD Bateng"]),
            ("kota-kota di Jawa Barat", &["Jawa Barat"]),
            ("sementara Lampung Selatan di posisi ketiga dan Aceh kelima", &["Lampung Selatan", "Aceh"]),
            ("Kinerja Pemkab Lamongan Berstatus Sangat Tinggi", &["Pemkab Lamongan"]),
            ("MANADO, TRIBUN-MANADO.CO.ID - Universitas Sam Ratulangi", &["Universitas Sam Ratulangi"]),
            ("Provinsi Jawa Timur berada di urutan", &["Provinsi Jawa Timur"]),
            ("Aceh (ketiga) dan Jawa Tengah", &["Aceh", "Jawa Tengah"]),
            ("Dinas Kesehatan, Budi Santoso, menjelaskan", &["Dinas Kesehatan"]),
            ("Pemerintah Kota Surakarta, Jawa Tengah, meraih", &["Pemerintah Kota Surakarta"]),
            ("Begitu juga dengan Pemerintah Aceh, jika", &["Pemerintah Aceh"]),
            ("yakni Pemprov DI Yogyakarta dengan nilai", &["Pemprov DI Yogyakarta"]),
            ("menerima Pemerintah Provinsi Kualifikasi Informatif tahun ini", &[]),
            ("TELISIK | MEDAN – Dalam survei, Pemprov Sumut meraih", &["Pemprov Sumut"]),
            ("capaian Pemerintah Jawa Barat naik", &["Pemerintah Jawa Barat"]),
            ("Pemerintah Indonesia menetapkan", &[]),
            ("- Depok, Jawa Barat: 3,610 poin", &["Depok"]),
            ("Diskominfo SP Provinsi Banten Nana Suryana menjelaskan", &["Diskominfo SP Provinsi Banten"]),
            ("Provinsi Banten Nana Suryana menjelaskan", &["Provinsi Banten"]),
            ("Kabupaten Mahakam Hulu meraih", &["Kabupaten Mahakam Hulu"]),
            (
                "yakni Desa Gombang, Sidorejo, Canduang Koto Laweh, dan Kulur.",
                &["Desa Gombang", "Sidorejo", "Canduang Koto Laweh", "Kulur"],
            ),
            (
                "seperti Nagari Ampang Gadang, Biaro Gadang dan Maninjau",
                &["Nagari Ampang Gadang", "Biaro Gadang", "Maninjau"],
            ),
            // A list that does not close with `dan` is no list of villages.
            ("Desa Sukamaju, Kecamatan Cibeber, meraih", &["Desa Sukamaju"]),
            ("Desa Sukamaju, Tarogong meraih status mandiri", &["Desa Sukamaju"]),
            ("Bahkan Provinsi Sulsel pun masih", &["Provinsi Sulsel"]),
            // A quoted sentence may open with a name; a name quoted alone is an epithet.
            ("“Pemkab Merangin memperoleh MCP 56,8,” lanjutnya.", &["Pemkab Merangin"]),
            ("Bogor dijuluki sebagai “Kota Hujan” oleh warganya", &["Bogor"]),
            ("Bogor, si “Kota Hujan”, meraih", &["Bogor"]),
            ("yakni Pemda Kabupaten Timor Tengah Utara(TTU) dengan", &["Pemda Kabupaten Timor Tengah Utara"]),
            ("tertinggi yakni kabupaten Manokwari Selatan mencapai", &["kabupaten Manokwari Selatan"]),
            ("Capaian MCP wilayah provinsi Jawa Tengah sebesar 87", &["Jawa Tengah"]),
            ("Pemprov Sumut Raih Opini WTP, Gubernur Dorong Seluruh Kabupaten/Kota Menyusul", &["Pemprov Sumut"]),
            (
                "meraih opini Wajar Tanpa Pengecualian (WTP) dari Badan Pemeriksa Keuangan (BPK).",
                &["Badan Pemeriksa Keuangan (BPK)"],
            ),
            ("Pada tahun 2017 ada 14 Pemda meraih WTP, 17 Pemda WDP dan 3 menerima opini.", &[]),
            ("predikat kurang. Seperti Tanggamus 1,60 dan Bandarlampung 1,50.", &["Tanggamus", "Bandarlampung"]),
            ("stunting Papua Barat dari kabupaten Manokwari 9,64 persen", &["Papua Barat", "kabupaten Manokwari"]),
            (
                "Kabupaten Karo, Kabupaten Labuhan batu (35.64), Kota Medan",
                &["Kabupaten Karo", "Kabupaten Labuhan batu", "Kota Medan"],
            ),
            ("Kabupaten Karo meraih", &["Kabupaten Karo"]),
            ("yakni Indragiri Hilir (Inhil), Kampar", &["Indragiri Hilir (Inhil)", "Kampar"]),
            ("Kota Surabaya (Jawa Timur) 5,82", &["Kota Surabaya"]),
            ("Pemerintah Kabupaten Musi Banyuasin (Muba) mencatat", &["Pemerintah Kabupaten Musi Banyuasin (Muba)"]),
            ("IKIP Provinsi Banten tertinggi kedua se-Jawa dan Bali", &["Provinsi Banten"]),
            ("Desa Oro Oro Ombo Kota Batu Rangking 1 Nasional", &["Desa Oro Oro Ombo"]),
            ("Desa Genteng Kulon Kecamatan Genteng Kabupaten Banyuwangi", &["Desa Genteng Kulon"]),
            ("Mal Pelayanan Publik (MPP) Kota Surakarta memperoleh", &["Mal Pelayanan Publik (MPP) Kota Surakarta"]),
            ("Juara II diraih Desa Sukamaju, Kabupaten Garut, dengan", &["Desa Sukamaju"]),
            (
                "Kabupaten Tabalong meraih peringkat pertama pada Anugerah Keterbukaan Informasi Publik Provinsi Kalimantan Selatan",
                &["Kabupaten Tabalong"],
            ),
            ("Desa Sendangduwur, Kecamatan Paciran, Kabupaten Lamongan, meraih", &["Desa Sendangduwur"]),
            ("Juara I diraih Desa Ketapanrame, Kabupaten Mojokerto dengan nilai", &["Desa Ketapanrame"]),
            ("Kabupaten Timor Tengah Utara (TTU), Nusa Tenggara Timur, turun", &["Kabupaten Timor Tengah Utara (TTU)"]),
            (
                "mencatat Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) dengan nilai",
                &["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)"],
            ),
            (
                "juara III diraih Dinas Kependudukan dan Pencatatan Sipil (82,76).",
                &["Dinas Kependudukan dan Pencatatan Sipil"],
            ),
            ("stunting Kabupaten Pringsewu berdasarkan Survei Kesehatan Indonesia turun", &["Kabupaten Pringsewu"]),
            ("penghargaan Kabupaten/Kota Sehat (KKS)", &[]),
            ("Menurut Dinas Pendidikan, Kota Madiun meraih", &["Dinas Pendidikan", "Kota Madiun"]),
            ("IPM Indonesia pada tahun yang sama", &["Indonesia"]),
            ("Jakarta, CNN Indonesia - Pemerintah mengumumkan hasil", &[]),
            ("Kota Madiun, Kabupaten Ngawi, dan Kota Blitar", &["Kota Madiun", "Kabupaten Ngawi", "Kota Blitar"]),
            ("RSUD dr. Soetomo meraih", &["RSUD dr. Soetomo"]),
            ("sedangkan Kota Pekanbaru 73,55.", &["Kota Pekanbaru"]),
            ("Pemprov Gorontalo Berkurang Dua Poin", &["Pemprov Gorontalo"]),
            (
                "Sekolah Menengah Pertama Negeri (SMPN) 1 Kepanjen meraih juara 1",
                &["Sekolah Menengah Pertama Negeri (SMPN) 1 Kepanjen"],
            ),
            ("sedangkan Bappeda berada di posisi kedua", &["Bappeda"]),
            ("penghargaan Kota Layak Anak (KLA) 2024", &[]),
            ("Kota Hujan kini meraih predikat A", &[]),
            ("Bogor yang berjuluk Kota Sejuta Angkot meraih predikat A", &["Bogor"]),
            ("dikenal sebagai Kota Seribu Masjid di Lombok", &[]),
            ("daerah bernama “Kota Seribu Bukit” itu", &[]),
            ("Sementara Papua Pegunungan berada di posisi terbawah", &["Papua Pegunungan"]),
            ("Desa Tanjungrejo (Kabupaten Malang) menjadi juara II", &["Desa Tanjungrejo"]),
            ("Lomba Desa dan Kelurahan Tingkat Provinsi Jawa Timur", &["Provinsi Jawa Timur"]),
            ("Hasilnya, RSUD Dr. Soetomo meraih indeks 4,81", &["RSUD Dr. Soetomo"]),
            ("1. Pemkab Grobogan, Jawa Tengah (98,02).", &["Pemkab Grobogan"]),
            ("Jawa Barat, Jawa Tengah (95,1) dan Bali", &["Jawa Barat", "Jawa Tengah", "Bali"]),
            (
                "yaitu Aceh Selatan, Bener Meriah, Nagan Raya, dan Pidie Jaya.",
                &["Aceh Selatan", "Bener Meriah", "Nagan Raya", "Pidie Jaya"],
            ),
            (
                "Selanjutnya Sukabumi 3,12, Cianjur 3,08 dan Kota Tasikmalaya 2,77",
                &["Sukabumi", "Cianjur", "Kota Tasikmalaya"],
            ),
            ("Desa Sukamaju, Garut, meraih juara", &["Desa Sukamaju"]),
            ("Bupati Madiun Ahmad Dawami dan Bima Arya hadir", &[]),
            ("diraih Kabupaten Rote Ndao dan Sabu Raijua", &["Kabupaten Rote Ndao", "Sabu Raijua"]),
            (
                "urutan Kabupaten Asahan,Kota Binjai, Kabupaten Dairi",
                &["Kabupaten Asahan", "Kota Binjai", "Kabupaten Dairi"],
            ),
            ("Kabupaten Pangkajene dan Kepulauan meraih", &["Kabupaten Pangkajene dan Kepulauan"]),
            ("Posisi ketiga tertinggi Mandailing Natal (Madina), 34,2 persen", &["Mandailing Natal (Madina)"]),
            ("MAKASSAR, KOMPAS.com - Kota Makassar meraih", &["Kota Makassar"]),
            ("Makassar (ANTARA) - Sinjai meraih", &["Sinjai"]),
            (
                "Survei Ombudsman: Indeks Persepsi Malaadministrasi DI Yogyakarta 3,50, Maluku 5,02",
                &["DI Yogyakarta", "Maluku"],
            ),
            ("Lulusan Universitas Sumatera Utara Raih Penghargaan", &["Universitas Sumatera Utara"]),
            ("Ombudsman Sumbar 2024: Pemkab Solok 97,73 Peringkat Pertama", &["Pemkab Solok"]),
            (
                "zona hijau yaitu Aceh Singkil, Banda Aceh dan Aceh Utara.",
                &["Aceh Singkil", "Banda Aceh", "Aceh Utara"],
            ),
            ("Kabupaten Sigi meraih predikat Kabupaten Sangat Inovatif", &["Kabupaten Sigi"]),
            (
                "107 untuk Polres Kep. Yapen, 98 untuk Polres Jayawijaya, dan 100 untuk Polres Merauke",
                &["Polres Kep. Yapen", "Polres Jayawijaya", "Polres Merauke"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn a_trailing_acronym_is_no_part_of_the_name() {
        assert_eq!(
            without_trailing_acronym("Kementerian Kelautan dan Perikanan (KKP)"),
            "Kementerian Kelautan dan Perikanan"
        );
        assert_eq!(
            without_trailing_acronym("Mal Pelayanan Publik (MPP) Kota Surakarta"),
            "Mal Pelayanan Publik (MPP) Kota Surakarta"
        );
        assert_eq!(without_trailing_acronym("PT Semen Indonesia (Persero)"), "PT Semen Indonesia (Persero)");
    }

    #[test]
    fn party_keys_ignore_government_words() {
        assert_eq!(party_key("Pemerintah Kota Madiun"), party_key("kota madiun"));
        assert_eq!(party_key("Pemkab Ngawi"), "ngawi");
        assert_eq!(party_key("Pemprov Jawa Timur"), party_key("Provinsi Jawa Timur"));
        assert_eq!(party_key("Kab. Bima"), party_key("Prov. Bima"));
    }
}

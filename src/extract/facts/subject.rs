//! Subjects: the party a score, change, ranking or grade belongs to. Parties
//! are names that start with a head word (`Kota Madiun`, `Dinas Sosial`,
//! `RSUD Kota Madiun`) or province names. A fact takes the nearest party
//! before it in its sentence (not the assessor after `dari`/`oleh`), else a
//! party after it, else the article's main subject; `masing-masing` gives
//! every party listed before it.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::alternation;
use super::lexicon::{
    ASSESSOR_MARKS, CLAUSE_OPENERS, EACH_WORDS, EPITHET_MARKS, NAME_CONNECTORS, NAME_STOPS, NICKNAMES, NOT_PARTIES,
    PARTY_HEADS, PLACE_PARTIES, POINTER_NOUNS, RECIPIENT_MARKS, SCORE_NOUNS, STANDALONE_HEADS, TITLE_MARKS, in_list,
};
use super::number::parse_ordinal;

/// Region heads, whose names are short (`Kota Madiun`, `Kabupaten Hulu Sungai Selatan`).
const REGION_HEADS: &[&str] =
    &["Kota", "Kabupaten", "Kab.", "Provinsi", "Prov.", "Pemkot", "Pemkab", "Pemprov", "Pemda"];

/// The country, subject of a national index.
const NATION: &str = "Indonesia";

/// How many opening sentences the main subject is chosen from.
const MAIN_SUBJECT_SENTENCES: usize = 12;

/// How many words a headline's bare subject has at most (`Hulu Sungai Selatan`).
const HEADLINE_NAME_WORDS: usize = 3;

/// How many party mentions are weighed as the main subject at most.
const MAIN_SUBJECT_CANDIDATES: usize = 12;

/// How long a region's bare name must be to be looked for on its own (`Solo`).
const MIN_BARE_NAME: usize = 4;

/// How many regions' bare names are looked for at most: a roundup names a
/// province's regencies, and the cap keeps a huge body linear.
const MAX_NAMED_REGIONS: usize = 40;

/// Words ignored when parties are compared, as `FACTS.md` scores subjects.
const IGNORED_WORDS: &[&str] = &["pemerintah", "pemkot", "pemkab", "kota", "kabupaten"];

static HEAD: LazyLock<Regex> = LazyLock::new(|| {
    let heads = alternation(PARTY_HEADS.iter().copied());
    let places = alternation(PLACE_PARTIES.iter().copied());
    Regex::new(&format!(r"(?-u:\b)(?:(?P<head>{heads})|(?P<place>{places})(?-u:\b))")).expect("static party regex")
});

/// A party named in the text, by byte range.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Where the name stands.
    pub span: Range<usize>,
}

/// Every party named in `text[range]`, in order, none inside another. A
/// region in apposition (`Desa Sukamaju, Kabupaten Garut,`, `Kota Surakarta,
/// Jawa Tengah,`) and a province inside a longer name (`Survei Kesehatan
/// Indonesia`) are no party of their own.
pub fn find_mentions(text: &str, range: Range<usize>) -> Vec<Mention> {
    let slice = &text[range.clone()];
    let mut mentions: Vec<Mention> = Vec::new();
    // The level of the last party and the end of the chain of larger
    // regions set beside it (`Desa A, Kecamatan B, Kabupaten C`).
    let mut previous_level = Level::Region;
    let mut chain_end = 0;
    for caps in HEAD.captures_iter(slice) {
        let Some(whole) = caps.get(0) else { continue };
        let start = range.start + whole.start();
        if mentions.last().is_some_and(|last| start < last.span.end) || slice[..whole.start()].ends_with('/') {
            continue;
        }
        // A province closing an event's name is its scope (`Anugerah
        // Keterbukaan Informasi Publik Provinsi Kalimantan Selatan`).
        if caps.name("head").is_some_and(|head| matches!(head.as_str(), "Provinsi" | "Prov."))
            && after_capitalised_word(&slice[..whole.start()])
        {
            continue;
        }
        let region = caps.name("head").is_none_or(|head| REGION_HEADS.contains(&head.as_str()));
        let level = caps.name("head").map_or(Level::Region, |head| Level::of(head.as_str()));
        let end = match caps.name("head") {
            Some(head) => match name_end(slice, head.end(), region) {
                Some(end) => end,
                // An agency's acronym is a whole name: `Bappeda berada di posisi kedua`.
                None if STANDALONE_HEADS.contains(&head.as_str()) => head.end(),
                None => continue,
            },
            None if after_capitalised_word(&slice[..whole.start()]) => continue,
            None => whole.end(),
        };
        let closed = slice[end..].trim_start().starts_with([',', '.', ')']) || end == slice.len();
        let apposition = mentions.last().is_some_and(|last| {
            // `Desa Sukamaju, Kabupaten Garut,`, `Desa Tanjungrejo (Kabupaten
            // Malang)`, `Kabupaten Timor Tengah Utara (TTU), Nusa Tenggara Timur,`.
            let from = chain_end.max(last.span.end - range.start);
            // `from` passes this match when the last mention overlaps it.
            let between = slice.get(from..whole.start()).map(|gap| without_acronym(gap.trim()));
            matches!(between, Some("," | "("))
                && ((closed && (caps.name("place").is_some() || (region && previous_level == Level::Unit)))
                    || (previous_level < level && previous_level > Level::Unit))
        });
        // A programme named like a region (`Kota Layak Anak`) or a nickname
        // (`berjuluk Kota Hujan`, `“Kota Kembang”`) is no party.
        let name = &slice[whole.start()..end];
        let named = |list: &[&str]| list.iter().any(|not| starts_with_words(name, not));
        if apposition {
            chain_end = end;
            previous_level = level;
            continue;
        }
        if named(NOT_PARTIES) || named(NICKNAMES) || epithet_marked(&slice[..whole.start()]) {
            continue;
        }
        previous_level = level;
        chain_end = 0;
        mentions.push(Mention { span: start..range.start + end });
    }
    mentions
}

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
            "Desa" | "Kelurahan" => Level::Village,
            "Kecamatan" => Level::District,
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

/// Whether the party at byte `pos` follows an index and `di`
/// (`prevalensi stunting di Kabupaten X`).
fn index_located(text: &str, pos: usize) -> bool {
    let mut words = text[..pos].split_whitespace().rev();
    words.next().is_some_and(|w| w == "di") && words.take(2).any(|w| in_list(SCORE_NOUNS, w))
}

/// Whether a word is an acronym in letters (`TTU`, `DPMPTSP`, `Disdukcapil`).
fn is_acronym(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase()) && word.chars().all(|c| c.is_ascii_alphabetic())
}

/// Whether the text before a name marks it as an epithet: an opening
/// quote, or a word such as `berjuluk` or `dikenal sebagai`.
fn epithet_marked(before: &str) -> bool {
    let before = before.trim_end();
    if before.ends_with(['“', '"', '‘', '\'']) {
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
fn after_capitalised_word(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(' ') else { return false };
    let word = rest.rsplit(char::is_whitespace).next().unwrap_or("");
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

/// Where a party's name ends, given the end of its head word; `None` when
/// no name word follows the head (`Kota ini`).
fn name_end(text: &str, head_end: usize, region: bool) -> Option<usize> {
    let limit = if region { 3 } else { 8 };
    let mut end = head_end;
    let mut words = 0;
    let mut tokens = tokens_from(text, head_end).peekable();
    while let Some((range, token)) = tokens.next() {
        if words >= limit {
            break;
        }
        let bare = token.trim_end_matches([',', '.', ';', ':', ')', '"', '”', '\'']);
        // A number in a name is a short one of a unit (`SMPN 1 Kepanjen`),
        // never a region's, a year or a score (`Kota Pekanbaru 73,55`).
        let is_name = |word: &str| {
            let number = !region && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit());
            (word.starts_with(char::is_uppercase) || number) && !in_list(NAME_STOPS, word)
        };
        if NAME_CONNECTORS.contains(&token) {
            match tokens.peek() {
                Some((_, next)) if is_name(next) && !is_head(next) && (words > 0 || token.ends_with('.')) => continue,
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
        if !is_name(bare) || bare.is_empty() {
            break;
        }
        words += 1;
        end = range.start + bare.len();
        if bare.len() != token.len() {
            // Punctuation after the word: only a comma inside a listed
            // agency name (`Dinas Sosial, Pemberdayaan Perempuan, dan ...`) goes on.
            if !(token.ends_with(',') && !region && comma_continues(text, range.end)) {
                break;
            }
        }
    }
    (words > 0).then_some(end)
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

fn is_head(word: &str) -> bool {
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
/// without `Pemerintah`, `Pemkot`, `Pemkab`, `Kota`, `Kabupaten`.
pub fn party_key(name: &str) -> String {
    name.split_whitespace()
        .map(|word| word.trim_matches([',', '.']).to_lowercase())
        .filter(|word| !word.is_empty() && !IGNORED_WORDS.contains(&word.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The article's main subject: the party whose name (without `Kota`,
/// `Pemerintah`...) the article repeats most, counting a bonus for a
/// mention in the headline or lead; assessors (`oleh`, `dari`) aside.
pub fn main_subject(text: &str, sentences: &[Range<usize>]) -> Option<String> {
    let lead_end = sentences.get(2).or(sentences.last()).map_or(0, |s| s.end);
    let mut best: Option<(usize, String)> = None;
    let mut seen: Vec<String> = Vec::new();
    // Candidates come from the article's opening; counting each over the
    // whole text keeps the work linear in its length.
    let opening = sentences.iter().take(MAIN_SUBJECT_SENTENCES);
    for mention in opening.flat_map(|s| find_mentions(text, s.clone())).take(MAIN_SUBJECT_CANDIDATES) {
        let name = &text[mention.span.clone()];
        let key = party_key(name);
        if assessor(text, mention.span.start) || seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let core = core_name(name);
        let count = word_positions(text, core).count() + if mention.span.start < lead_end { 2 } else { 0 };
        if best.as_ref().is_none_or(|(best_count, _)| count > *best_count) {
            best = Some((count, name.to_string()));
        }
    }
    let Some((_, name)) = best else { return headline_subject(text, sentences) };
    // The body's form of the name (`Pemerintah Provinsi Lampung`) over the
    // headline's (`Pemprov Lampung`).
    let core = core_name(&name);
    let body_form = sentences
        .iter()
        .take(MAIN_SUBJECT_SENTENCES)
        .skip(1)
        .flat_map(|s| find_mentions(text, s.clone()))
        .find(|m| core_name(&text[m.span.clone()]) == core && !assessor(text, m.span.start));
    Some(body_form.map_or(name, |m| text[m.span].to_string()))
}

/// The bare name a headline opens with before its verb (`Lamongan Raih
/// Predikat A`), when the text names it again.
fn headline_subject(text: &str, sentences: &[Range<usize>]) -> Option<String> {
    let headline = &text[sentences.first()?.clone()];
    let words: Vec<&str> = headline.split_whitespace().take(HEADLINE_NAME_WORDS + 1).collect();
    let verb = words.iter().position(|w| in_list(NAME_STOPS, w))?;
    let name = words[..verb].join(" ");
    let named = verb > 0 && words[..verb].iter().all(|w| w.starts_with(char::is_uppercase));
    (named && word_positions(text, &name).nth(1).is_some()).then_some(name)
}

/// A party's name without its government words: `Pemerintah Kota Surakarta`
/// is `Surakarta`. Agencies keep their whole name.
fn core_name(name: &str) -> &str {
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

/// The regions the article names in full (`Kota Bukittinggi`), whose bare
/// names it may use later; assessors aside.
pub fn named_regions(text: &str) -> Vec<String> {
    let mut regions: Vec<String> = Vec::new();
    for mention in find_mentions(text, 0..text.len()) {
        let name = &text[mention.span.clone()];
        let core = core_name(name);
        // A province's name is a party on its own already; an epithet
        // (`Kota Seribu Taman itu`) is no region.
        let place = PLACE_PARTIES.iter().any(|p| p.eq_ignore_ascii_case(core));
        if core != name
            && core.len() >= MIN_BARE_NAME
            && !place
            && !assessor(text, mention.span.start)
            && !epithet(text, mention.span.clone())
            && !regions.iter().any(|r| core_name(r) == core)
        {
            regions.push(name.to_string());
            if regions.len() == MAX_NAMED_REGIONS {
                break;
            }
        }
    }
    regions
}

/// Whether `text[sentence]` names a party, or the bare name of the article's
/// `main` subject (`Banyumas mengumpulkan total skor 3.120`).
pub fn names_party(text: &str, sentence: Range<usize>, main: Option<&str>) -> bool {
    main.map(core_name).is_some_and(|core| word_positions(&text[sentence.clone()], core).next().is_some())
        || !find_mentions(text, sentence).is_empty()
}

/// Where `word` stands in `text` as a whole word.
fn word_positions<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(word).map(|(i, _)| i).filter(move |&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether the word before byte `pos` marks an assessor (`oleh`, `dari`).
fn assessor(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end();
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    ASSESSOR_MARKS.iter().any(|mark| mark.eq_ignore_ascii_case(word))
}

/// The subjects of a fact at `fact` in `sentence`: every party listed
/// before `masing-masing` or in a list that is the clause's subject (`Kota
/// Medan, Kabupaten Deli Serdang dan Kota Binjai meraih opini WTP`), the
/// parties a collective (`Ketiga provinsi itu`) takes from the `earlier`
/// text, else the nearest party before the fact in its clause (the main
/// subject's bare name counts: `Surakarta menempati ...`), else a party
/// after it that receives it (`diraih oleh Kota X`, `ditempati Kabupaten
/// Sinjai`), else the nearest party before it in the sentence, else the
/// country for a national index (`prevalensi stunting nasional`), else
/// `main`. The bare names of `regions` the article names in full count as
/// parties (`sementara Bukittinggi berada di peringkat ke 3`).
pub fn subjects_for(
    text: &str,
    sentence: Range<usize>,
    earlier: Range<usize>,
    fact: Range<usize>,
    main: Option<&str>,
    regions: &[String],
) -> Vec<Option<String>> {
    let mut mentions = find_mentions(text, sentence.clone());
    // An epithet pointed at (`Kota Seribu Taman itu`) or a title given
    // (`ditetapkan sebagai Desa Antikorupsi`) names no party of its own.
    mentions.retain(|m| !epithet(text, m.span.clone()) && !title(text, m.span.start));
    for core in main.into_iter().chain(regions.iter().map(String::as_str)).map(core_name) {
        let slice = &text[sentence.clone()];
        for at in word_positions(slice, core) {
            let span = sentence.start + at..sentence.start + at + core.len();
            if !mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end) {
                mentions.push(Mention { span });
            }
        }
        mentions.sort_by_key(|m| m.span.start);
    }
    let name = |m: &Mention| Some(text[m.span.clone()].to_string());
    // `Kategori Informatif (nilai 90–100):` over a list of parties.
    let heading = listed_below(text, fact.end);
    if !heading.is_empty() {
        return heading.into_iter().map(Some).collect();
    }
    // `A dan B masing-masing memperoleh nilai 92,40 dan berada di zona hijau`:
    // every party listed before `masing-masing`, when no other party stands
    // between it and the fact.
    let lead = &text[sentence.start..fact.start];
    let each = EACH_WORDS.iter().filter_map(|word| lead.rfind(word)).max().map(|p| sentence.start + p);
    if let Some(each) = each.filter(|each| !mentions.iter().any(|m| m.span.start > *each && m.span.start < fact.start))
    {
        // The parties after the last number before `masing-masing`.
        let from = text[sentence.start..each]
            .rfind(|c: char| c.is_ascii_digit())
            .map_or(sentence.start, |p| sentence.start + p);
        let listed: Vec<Option<String>> =
            mentions.iter().filter(|m| m.span.start >= from && m.span.end <= each).map(name).collect();
        if listed.len() > 1 {
            return listed;
        }
    }
    let clause = clause_start(text, sentence.start, fact.start);
    let before_in = |from: usize| {
        mentions.iter().rposition(|m| m.span.start >= from && m.span.end <= fact.end && !assessor(text, m.span.start))
    };
    if let Some(index) = before_in(clause) {
        // Parties listed with their own scores share a grade said after
        // them all (`A dengan nilai 84,05 dan B dengan nilai 81,33 masuk
        // kualifikasi Menuju Informatif`), never one another's score.
        let scored = !text[fact.clone()].contains(|c: char| c.is_ascii_digit());
        return coordinated(text, &mentions, index, scored).into_iter().map(name).collect();
    }
    if let Some(count) = collective(lead) {
        let referents = last_parties(text, earlier, count);
        if referents.len() == count {
            return referents.into_iter().map(Some).collect();
        }
    }
    // `daerah di zona kuning antara lain A dengan nilai 72,15, B 70,04 dan C`: every party named.
    if super::grade::enumerates_after(text, fact.end) {
        let listed: Vec<Option<String>> =
            mentions.iter().filter(|m| m.span.start >= fact.end && !assessor(text, m.span.start)).map(name).collect();
        if !listed.is_empty() {
            return listed;
        }
    }
    // `diraih Kabupaten Magetan dan Kota Madiun`, `peringkat ketiga Kabupaten Musi Banyuasin`.
    let after = mentions.iter().position(|m| {
        m.span.start >= fact.end
            && !assessor(text, m.span.start)
            && (recipient(text, m.span.start) || text[fact.end..m.span.start].trim().is_empty())
    });
    if let Some(first) = after {
        let listed = following(text, &mentions, first);
        if listed.len() > 1 {
            return listed.into_iter().map(name).collect();
        }
    }
    let after = after.map(|i| &mentions[i]);
    // `Prevalensi stunting di Kabupaten Timor Tengah Utara ... turun`: the region of an index.
    let located = || mentions.iter().rev().find(|m| m.span.end <= fact.start && index_located(text, m.span.start));
    let chosen = after.or_else(|| before_in(sentence.start).map(|i| &mentions[i])).or_else(located).and_then(name);
    let national = || national(&text[clause..fact.end]).then(|| NATION.to_string());
    vec![chosen.or_else(national).or_else(|| main.map(str::to_string))]
}

/// The parties that open the rows of a list under the line holding byte
/// `end`, when that line introduces the list (ends with a colon):
/// `Kategori Menuju Informatif (nilai 80–89,9):` then `• Kota Depok, nilai 88,40`.
fn listed_below(text: &str, end: usize) -> Vec<String> {
    let line_end = text[end..].find('\n').map_or(text.len(), |p| end + p);
    if !text[end..line_end].trim_end().ends_with(':') {
        return Vec::new();
    }
    let mut parties = Vec::new();
    let mut start = line_end + 1;
    while start < text.len() {
        let row_end = text[start..].find('\n').map_or(text.len(), |p| start + p);
        let row = &text[start..row_end];
        let item = row.trim_start_matches(|c: char| c.is_whitespace() || "•-–—*·".contains(c) || c.is_ascii_digit());
        let item = item.trim_start_matches(['.', ')']).trim_start();
        let item_start = row_end - item.len();
        match find_mentions(text, item_start..row_end).first().filter(|m| m.span.start == item_start) {
            Some(m) => parties.push(text[m.span.clone()].to_string()),
            None => break,
        }
        start = row_end + 1;
    }
    parties
}

/// Where the clause holding byte `pos` starts: after a comma before a word
/// that opens a new clause (`, sedangkan juara III diraih ...`) or a semicolon.
fn clause_start(text: &str, sentence_start: usize, pos: usize) -> usize {
    let lead = &text[sentence_start..pos];
    let mut start = sentence_start;
    for (at, _) in lead.match_indices([',', ';']) {
        let next = lead[at + 1..].split_whitespace().next().unwrap_or("");
        if lead[at..].starts_with(';') || in_list(CLAUSE_OPENERS, next) {
            start = sentence_start + at + 1;
        }
    }
    start
}

/// The parties of a list that ends with `mentions[last]`, joined only by
/// commas, `dan` and `serta` (`Kota Medan, Kabupaten Deli Serdang dan Kota
/// Binjai`), assessors aside.
fn coordinated<'a>(text: &str, mentions: &'a [Mention], last: usize, scored: bool) -> Vec<&'a Mention> {
    let mut first = last;
    let mut joined = false;
    while first > 0 && !assessor(text, mentions[first - 1].span.start) {
        let between = text[mentions[first - 1].span.end..mentions[first].span.start].trim();
        let between = if scored { without_score(between) } else { between };
        if !matches!(between, "," | "dan" | ", dan" | "serta" | ", serta") {
            break;
        }
        joined |= between != ",";
        first -= 1;
    }
    // A list ends with `dan` or `serta`; a bare comma may end a clause
    // (`Menurut Dinas Pendidikan, Kota Madiun meraih`).
    if joined { mentions[first..=last].iter().collect() } else { vec![&mentions[last]] }
}

/// The parties of a list that starts with `mentions[first]`, joined only
/// by commas, `dan` and `serta` and ended by `dan` or `serta`.
fn following<'a>(text: &str, mentions: &'a [Mention], first: usize) -> Vec<&'a Mention> {
    let mut last = first;
    let mut joined = false;
    while last + 1 < mentions.len() {
        let between = text[mentions[last].span.end..mentions[last + 1].span.start].trim();
        if !matches!(between, "," | "dan" | ", dan" | "serta" | ", serta") {
            break;
        }
        joined |= between != ",";
        last += 1;
    }
    if joined { mentions[first..=last].iter().collect() } else { vec![&mentions[first]] }
}

/// Text between two listed parties without the first one's score at its
/// start: `dengan nilai 84,05 dan` is `dan`, `(3,92),` is `,`.
fn without_score(between: &str) -> &str {
    let rest = between.strip_prefix("dengan").map_or(between, str::trim_start);
    let rest = rest
        .split_once(char::is_whitespace)
        .filter(|(word, _)| in_list(SCORE_NOUNS, word))
        .map_or(rest, |(_, after)| after.trim_start());
    let rest = rest.strip_prefix('(').unwrap_or(rest);
    let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    if digits.len() == rest.len() || !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return between;
    }
    // The number's own comma or stop, then the list's joiner.
    let digits = digits.strip_prefix(')').unwrap_or(digits).trim_start();
    if digits.is_empty() { between } else { digits }
}

/// How many parties a collective at the start of a clause refers back to:
/// `Ketiga provinsi itu` (3), `Kelima daerah tersebut` (5), `Keduanya` (2).
fn collective(lead: &str) -> Option<usize> {
    let mut words = lead.split_whitespace();
    let first = words.next()?.to_lowercase();
    if let Some(count) = first.strip_suffix("nya").and_then(parse_ordinal) {
        return usize::try_from(count).ok().filter(|n| *n > 1);
    }
    let count = parse_ordinal(&first).filter(|n| *n > 1 && first != "pertama")?;
    let _noun = words.next()?;
    let pointer = words.next()?;
    in_list(&["itu", "tersebut", "ini"], pointer).then(|| usize::try_from(count).ok()).flatten()
}

/// The last `count` different parties named in `text[range]`, in order.
fn last_parties(text: &str, range: Range<usize>, count: usize) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for mention in find_mentions(text, range).iter().rev() {
        let name = text[mention.span.clone()].to_string();
        if !names.iter().any(|n| party_key(n) == party_key(&name)) {
            names.insert(0, name);
        }
        if names.len() == count {
            break;
        }
    }
    names
}

/// Whether a clause speaks of a national index (`prevalensi stunting
/// nasional sebesar`): an index noun, then `nasional`, no average.
fn national(clause: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some(at) = words.iter().position(|w| w.eq_ignore_ascii_case("nasional")) else { return false };
    words[..at].iter().any(|w| in_list(SCORE_NOUNS, w))
        && !words[..at].iter().any(|w| in_list(&["rata-rata", "rerata", "secara", "tingkat", "target"], w))
}

/// Whether a sentence opens by pointing back at a score (`Skor tersebut
/// naik`, `Angka itu`) and names no party of its own.
pub fn points_back(text: &str, sentence: Range<usize>, main: Option<&str>) -> bool {
    let mut words = text[sentence.clone()].split_whitespace();
    let (Some(noun), Some(pointer)) = (words.next(), words.next()) else { return false };
    (in_list(SCORE_NOUNS, noun) || in_list(POINTER_NOUNS, noun))
        && in_list(&["itu", "tersebut", "ini"], pointer)
        && !names_party(text, sentence, main)
}

/// Whether a mention is an epithet pointed at (`Kota Seribu Taman itu`):
/// followed by `itu` or `tersebut`, its name said nowhere else.
fn epithet(text: &str, span: Range<usize>) -> bool {
    let pointed = text[span.end..].split_whitespace().next().is_some_and(|w| in_list(&["itu", "tersebut"], w));
    pointed && word_positions(text, core_name(&text[span])).nth(1).is_none()
}

/// Whether the word before byte `pos` makes the name after it a title (`sebagai`).
fn title(text: &str, pos: usize) -> bool {
    text[..pos].split_whitespace().next_back().is_some_and(|word| in_list(TITLE_MARKS, word))
}

/// Whether one of the two words before byte `pos` marks the party that receives a fact.
fn recipient(text: &str, pos: usize) -> bool {
    text[..pos].split_whitespace().rev().take(2).any(|word| in_list(RECIPIENT_MARKS, word))
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&HEAD);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        find_mentions(text, 0..text.len()).into_iter().map(|m| &text[m.span]).collect()
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
            ("Provinsi Jawa Timur berada di urutan", &["Provinsi Jawa Timur"]),
            ("Aceh (ketiga) dan Jawa Tengah", &["Aceh", "Jawa Tengah"]),
            ("Dinas Kesehatan, Budi Santoso, menjelaskan", &["Dinas Kesehatan"]),
            ("Pemerintah Kota Surakarta, Jawa Tengah, meraih", &["Pemerintah Kota Surakarta"]),
            ("Mal Pelayanan Publik (MPP) Kota Surakarta memperoleh", &["Mal Pelayanan Publik (MPP) Kota Surakarta"]),
            ("Juara II diraih Desa Sukamaju, Kabupaten Garut, dengan", &["Desa Sukamaju"]),
            (
                "Kabupaten Tabalong meraih peringkat pertama pada Anugerah Keterbukaan Informasi Publik Provinsi Kalimantan Selatan",
                &["Kabupaten Tabalong"],
            ),
            ("Desa Sendangduwur, Kecamatan Paciran, Kabupaten Lamongan, meraih", &["Desa Sendangduwur"]),
            ("Juara I diraih Desa Ketapanrame, Kabupaten Mojokerto dengan nilai", &["Desa Ketapanrame"]),
            ("Kabupaten Timor Tengah Utara (TTU), Nusa Tenggara Timur, turun", &["Kabupaten Timor Tengah Utara"]),
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
            ("Jakarta, CNN Indonesia - Pemerintah", &[]),
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
            ("Bogor yang berjuluk Kota Sejuta Angkot meraih predikat A", &[]),
            ("dikenal sebagai Kota Seribu Masjid di Lombok", &[]),
            ("daerah bernama “Kota Seribu Bukit” itu", &[]),
            ("Sementara Papua Pegunungan berada di posisi terbawah", &["Papua Pegunungan"]),
            ("Desa Tanjungrejo (Kabupaten Malang) menjadi juara II", &["Desa Tanjungrejo"]),
            ("Lomba Desa dan Kelurahan Tingkat Provinsi Jawa Timur", &["Provinsi Jawa Timur"]),
            ("Hasilnya, RSUD Dr. Soetomo meraih indeks 4,81", &["RSUD Dr. Soetomo"]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn subjects_prefer_the_nearest_assessed_party() {
        let text = "Berdasarkan hasil dari Dinas Pendidikan, Kota Madiun berhasil meraih nilai 95,5.";
        let fact = text.find("nilai").unwrap()..text.find("95,5").unwrap() + 4;
        assert_eq!(subjects_for(text, 0..text.len(), 0..0, fact, None, &[]), [Some("Kota Madiun".to_string())]);
        let text = "Dengan hasil ini, daerah itu masuk zona hijau.";
        let fact = text.find("zona").unwrap()..text.find("hijau").unwrap() + 5;
        assert_eq!(
            subjects_for(text, 0..text.len(), 0..0, fact, Some("Kota Madiun"), &[]),
            [Some("Kota Madiun".to_string())]
        );
    }

    #[test]
    fn bare_names_of_regions_named_in_full_are_parties() {
        let text =
            "Kota Padang turun. Kota Bukittinggi 76,02. Tanah Datar kedua, sementara Bukittinggi di peringkat ke 3.";
        let regions = named_regions(text);
        assert_eq!(regions, ["Kota Padang", "Kota Bukittinggi"]);
        let at = text.find("peringkat ke 3").unwrap();
        let sentence = text.find("Tanah Datar").unwrap()..text.len();
        let got = subjects_for(text, sentence, 0..0, at..at + 14, Some("Kota Padang"), &regions);
        assert_eq!(got, [Some("Bukittinggi".to_string())]);
    }

    #[test]
    fn subjects_follow_clauses_lists_and_pointers() {
        let cases: &[(&str, &str, Option<&str>, &[&str])] = &[
            (
                "Juara II diraih Desa Sumberejo, sedangkan juara III diraih Desa Tulungrejo.",
                "juara III",
                None,
                &["Desa Tulungrejo"],
            ),
            (
                "Posisi pertama ditempati Kabupaten Sinjai dengan skor 94,02.",
                "Posisi pertama",
                Some("Kabupaten Bantaeng"),
                &["Kabupaten Sinjai"],
            ),
            (
                "Prevalensi stunting di Kabupaten Timor Tengah Utara (TTU), Nusa Tenggara Timur, turun 3,4 poin.",
                "turun 3,4 poin",
                Some("NTT"),
                &["Kabupaten Timor Tengah Utara"],
            ),
            (
                "Adapun Kabupaten Hulu Sungai Utara dengan nilai 84,05 dan Kabupaten Tanah Laut dengan nilai 81,33 masuk kualifikasi Menuju Informatif.",
                "Menuju Informatif",
                None,
                &["Kabupaten Hulu Sungai Utara", "Kabupaten Tanah Laut"],
            ),
            (
                "Adapun Kabupaten Hulu Sungai Utara dengan nilai 84,05 dan Kabupaten Tanah Laut dengan nilai 81,33 masuk kualifikasi Menuju Informatif.",
                "nilai 81,33",
                None,
                &["Kabupaten Tanah Laut"],
            ),
            (
                "Selain Ngawi, opini WTP juga diraih Kabupaten Magetan dan Kota Madiun.",
                "opini WTP",
                Some("Kabupaten Ngawi"),
                &["Kabupaten Magetan", "Kota Madiun"],
            ),
            (
                "Peringkat kedua diraih Kabupaten Banyuwangi, dan peringkat ketiga Kabupaten Musi Banyuasin.",
                "peringkat ketiga",
                None,
                &["Kabupaten Musi Banyuasin"],
            ),
            (
                "Desa itu tercatat memiliki Indeks Desa Membangun (IDM) 0,8712.",
                "0,8712",
                Some("Desa Sendangduwur"),
                &["Desa Sendangduwur"],
            ),
            (
                "Kota Medan, Kabupaten Deli Serdang dan Kota Binjai meraih opini WTP.",
                "opini WTP",
                None,
                &["Kota Medan", "Kabupaten Deli Serdang", "Kota Binjai"],
            ),
            (
                "Adapun prevalensi stunting nasional sebesar 21,5 persen.",
                "prevalensi stunting nasional sebesar 21,5",
                Some("Kabupaten Sikka"),
                &["Indonesia"],
            ),
            (
                "Setelah empat tahun, Kota Hujan kini meraih predikat A.",
                "predikat A",
                Some("Pemerintah Kota Bogor"),
                &["Pemerintah Kota Bogor"],
            ),
            (
                "Capaian itu menempatkan Kota Seribu Taman itu di urutan ke-9.",
                "urutan",
                Some("Kota Probolinggo"),
                &["Kota Probolinggo"],
            ),
            (
                "Disdukcapil menempati posisi teratas, sedangkan Bappeda berada di posisi kedua.",
                "posisi kedua",
                None,
                &["Bappeda"],
            ),
            (
                "Ketiganya adalah Sumatera Barat (kedua), Aceh (ketiga) dan Riau (ketujuh). Ketiga provinsi itu berada di zona hijau.",
                "zona hijau",
                None,
                &["Sumatera Barat", "Aceh", "Riau"],
            ),
            (
                "Daerah yang masuk zona kuning antara lain Kabupaten Sampang dengan nilai 72,15 dan Kabupaten Bangkalan 70,04.",
                "zona kuning",
                Some("Pemerintah Provinsi Jawa Timur"),
                &["Kabupaten Sampang", "Kabupaten Bangkalan"],
            ),
            (
                "Kategori Informatif (nilai 90–100):\n• Kabupaten Bogor, nilai 97,45\n• Kota Bandung, nilai 96,20\n\nLain.",
                "Informatif",
                Some("Kabupaten Sumedang"),
                &["Kabupaten Bogor", "Kota Bandung"],
            ),
        ];
        for (text, fact, main, want) in cases {
            let at = text.find(fact).unwrap();
            let sentence_start = text[..at].rfind(". ").map_or(0, |p| p + 2);
            let got =
                subjects_for(text, sentence_start..text.len(), 0..sentence_start, at..at + fact.len(), *main, &[]);
            let want: Vec<Option<String>> = want.iter().map(|w| Some(w.to_string())).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn main_subject_prefers_the_body_form_or_the_headline_name() {
        let cases = [
            (
                "Indeks RB Pemprov Lampung Naik\nPemerintah Provinsi Lampung memperoleh indeks 68,90.",
                "Pemerintah Provinsi Lampung",
            ),
            ("Lamongan Raih Predikat A\nBupati Lamongan menerima penghargaan dari KemenPAN.", "Lamongan"),
        ];
        for (text, want) in cases {
            let sentences = super::super::sentence::split_sentences(text);
            assert_eq!(main_subject(text, &sentences).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn party_keys_ignore_government_words() {
        assert_eq!(party_key("Pemerintah Kota Madiun"), party_key("kota madiun"));
        assert_eq!(party_key("Pemkab Ngawi"), "ngawi");
    }
}

//! The article's main subject: the party the article is about, which a
//! fact takes when its sentence names none, and the regions the article
//! names in full, whose bare names (`Bukittinggi`) later sentences may use.
//! Built on the party scanner; `subject` takes both as given.

use super::document::Document;
use super::floor_boundary;
use super::lexicon::{NAME_STOPS, PLACE_PARTIES, in_list};
use super::party::{assessor, bare_name, core_name, epithet, party_key, word_positions};

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

/// The article's main subject: the party whose name (without `Kota`,
/// `Pemerintah`...) the article repeats most, counting a bonus for a
/// mention in the headline or lead; assessors (`oleh`, `dari`) aside.
pub fn main_subject(doc: &Document<'_>) -> Option<String> {
    let (text, sentences) = (doc.text, &doc.sentences);
    let lead_end = sentences.get(2).or(sentences.last()).map_or(0, |s| s.end);
    let mut best: Option<(usize, String)> = None;
    let mut seen: Vec<String> = Vec::new();
    // Candidates come from the article's opening; counting each over the
    // whole text keeps the work linear in its length.
    let opening = (0..sentences.len()).take(MAIN_SUBJECT_SENTENCES);
    for mention in opening.flat_map(|i| doc.sentence_mentions(i)).take(MAIN_SUBJECT_CANDIDATES) {
        let name = &text[mention.span.clone()];
        let key = party_key(name);
        if assessor(doc, mention.span.clone()) || seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let core = core_name(name);
        let count = word_positions(text, core).count() + if mention.span.start < lead_end { 2 } else { 0 };
        if best.as_ref().is_none_or(|(best_count, _)| count > *best_count) {
            best = Some((count, name.to_string()));
        }
    }
    let Some((_, name)) = best else { return headline_subject(doc) };
    // The body's form of the name (`Pemerintah Provinsi Lampung`) over the
    // headline's (`Pemprov Lampung`).
    let core = core_name(&name);
    let body_form = (0..sentences.len())
        .take(MAIN_SUBJECT_SENTENCES)
        .skip(1)
        .flat_map(|i| doc.sentence_mentions(i))
        .find(|m| core_name(&text[m.span.clone()]) == core && !assessor(doc, m.span.clone()));
    Some(body_form.map_or(name, |m| text[m.span.clone()].to_string()))
}

/// The bare name a headline opens with before its verb (`Lamongan Raih
/// Predikat A`), when the text names it again.
fn headline_subject(doc: &Document<'_>) -> Option<String> {
    let text = doc.text;
    let headline = &text[doc.sentences.first()?.clone()];
    let words: Vec<&str> = headline.split_whitespace().take(HEADLINE_NAME_WORDS + 1).collect();
    let verb = words.iter().position(|w| in_list(NAME_STOPS, w))?;
    let name = words[..verb].join(" ");
    let named = verb > 0 && words[..verb].iter().all(|w| w.starts_with(char::is_uppercase));
    (named && word_positions(text, &name).nth(1).is_some()).then_some(name)
}

/// How far after a village's first mention its bare name is looked for, in bytes.
const BARE_NAME_REACH: usize = 10_000;

/// The regions the article names in full (`Kota Bukittinggi`), whose bare
/// names it may use later; assessors aside.
pub fn named_regions(doc: &Document<'_>) -> Vec<String> {
    let text = doc.text;
    let mut regions: Vec<String> = Vec::new();
    // Villages the article never calls by their bare name, read once each.
    let mut never_bare: Vec<&str> = Vec::new();
    for mention in (0..doc.sentences.len()).flat_map(|i| doc.sentence_mentions(i)) {
        let name = &text[mention.span.clone()];
        let core = bare_name(name);
        // A province's name is a party on its own already; an epithet
        // (`Kota Seribu Taman itu`) is no region.
        let place = PLACE_PARTIES.iter().any(|p| p.eq_ignore_ascii_case(core));
        // A village counts once the article calls it by its bare name.
        let village = core != core_name(name);
        let head = name[..name.len() - core.len()].trim_end();
        let mut called_bare = || {
            if never_bare.contains(&core) {
                return false;
            }
            let from = mention.span.end;
            let later = &text[from..floor_boundary(text, (from + BARE_NAME_REACH).min(text.len()))];
            let called = word_positions(later, core).any(|at| !text[..from + at].trim_end().ends_with(head));
            if !called {
                never_bare.push(core);
            }
            called
        };
        if core != name
            && core.len() >= MIN_BARE_NAME
            && !place
            && !regions.iter().any(|r| bare_name(r) == core)
            && !assessor(doc, mention.span.clone())
            && !epithet(text, mention.span.clone())
            && (!village || called_bare())
        {
            regions.push(name.to_string());
            if regions.len() == MAX_NAMED_REGIONS {
                break;
            }
        }
    }
    regions
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert_eq!(main_subject(&Document::new(text)).as_deref(), Some(want), "{text}");
        }
    }
}

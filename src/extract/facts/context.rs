//! The fields that make a result comparable across articles (`FACTS.md`,
//! "Fields that make the facts a dataset"): which assessment it belongs to,
//! the year it is for (`period`) and its subject's region. Read from the
//! document after subjects are bound; decrees and dates get none.

use std::cell::RefCell;
use std::collections::HashMap;

use super::Found;
use super::assessment;
use super::document::Document;
use super::lexicon::{CITY_ASSESSMENTS, NATIONAL_HEADS, PARTY_HEADS};
use super::list;
use super::period::Years;
use super::spans::Spans;
use crate::model::{Context, FactDetail, FactKind};
use crate::region::{self, Region, RegionKind};

/// Reads the context of a document's facts, each subject's region once.
pub struct Reader<'d, 'a> {
    doc: &'d Document<'a>,
    years: Years,
    /// The years with those in links to other articles, when a fact was
    /// read in such a link (see [`Document::links_elsewhere`]).
    linked_years: Option<Years>,
    /// The one assessment the article's grades imply, with the words of
    /// the first grade that implies it, when they imply one and the article
    /// names none of the catalogue (`Pemkab Rejang Lebong 93.07` beside
    /// `zona hijau kualitas tertinggi`, the Ombudsman's).
    graded: Option<(&'static str, std::ops::Range<usize>)>,
    /// Regions found per subject, and whether its assessment ranks cities only.
    regions: RefCell<HashMap<(String, bool), Option<&'static Region>>>,
}

impl<'d, 'a> Reader<'d, 'a> {
    /// A reader of `doc`'s context; `taken` holds the spans of its dates
    /// and decrees, whose years are no periods, and `found` its facts.
    pub fn new(doc: &'d Document<'a>, taken: &Spans, found: &[Found]) -> Self {
        let mut implied = found.iter().filter_map(|f| match &f.detail {
            FactDetail::Grade { value, .. } => assessment::implied_by_grade(value).map(|id| (id, f.span.clone())),
            _ => None,
        });
        let first = implied.next().filter(|_| doc.assessments().is_empty());
        let graded = first.filter(|(id, _)| implied.all(|(other, _)| other == *id));
        let linked = found.iter().any(|f| doc.links_elsewhere(f.span.start));
        let linked_years = linked.then(|| Years::new(doc, taken, true));
        Reader { doc, years: Years::new(doc, taken, false), linked_years, graded, regions: RefCell::default() }
    }

    /// The context of one bound fact.
    pub fn context_of(&self, fact: &Found) -> Context {
        let doc = self.doc;
        if matches!(fact.detail.kind(), FactKind::Decree | FactKind::Date) {
            return Context::default();
        }
        let named = doc.assessment_for(fact.span.clone());
        let implied = match &fact.detail {
            FactDetail::Grade { value, .. } => assessment::implied_by_grade(value),
            _ => None,
        };
        // The catalogue's name near, else the one the grade implies, else the
        // one the article's grades imply (see [`Reader::graded`]), else an
        // assessment outside the catalogue (`Rencana Aksi KPK 2018: Kabupaten
        // Musi Rawas Terbaik I`), with the words that name it. One outside
        // the catalogue named by a proper name in the fact's own sentence
        // beats a catalogue name farther off (`Pemkot Jambi meraih indeks
        // Smart City di angka 3,48` under a title on its SPBE index;
        // `penilaian kualitas tertinggi` names none).
        let sentence = doc.sentence_or_point(fact.span.start);
        let in_sentence = |span: &std::ops::Range<usize>| sentence.start <= span.start && span.end <= sentence.end;
        let other_here = || {
            assessment::find_other(doc.text, sentence.clone()).filter(|words| {
                assessment::is_proper(&doc.text[words.clone()]) && !named.is_some_and(|named| in_sentence(&named.span))
            })
        };
        let assessed = other_here()
            .map(|words| (OTHER, words))
            .or_else(|| named.map(|named| (named.id, named.span.clone())))
            .or_else(|| implied.map(|id| (id, fact.span.clone())))
            .or_else(|| self.graded.clone())
            .or_else(|| doc.other_assessment_for(fact.span.clone()).map(|words| (OTHER, words)));
        let assessment = assessed.as_ref().map(|(id, _)| id.to_string());
        let assessment_text = assessed.map(|(_, words)| doc.text[words].to_string());
        let ranks_cities = assessment.as_deref().is_some_and(|id| CITY_ASSESSMENTS.contains(&id));
        let region = fact.detail.subject().and_then(|subject| {
            // A name of a city and of another region is the city in a list of
            // cities (looked at only then: reading the list costs).
            let city_named = || {
                let candidates = region::lookup(subject);
                candidates.len() > 1 && candidates.iter().any(|c| c.kind == RegionKind::City)
            };
            let cities_only = ranks_cities || lists_cities(doc, fact.span.start, city_named);
            self.region(subject, cities_only)
        });
        let years = self.linked_years.as_ref().filter(|_| doc.links_elsewhere(fact.span.start)).unwrap_or(&self.years);
        let period = years.period_of(doc, fact.span.clone(), named);
        Context {
            assessment,
            assessment_text,
            period,
            region: region.map(|r| r.code.to_string()),
            region_name: region.map(|r| r.name.clone()),
        }
    }

    /// The region of `subject` (see [`region_of`]), read once per subject.
    fn region(&self, subject: &str, cities_only: bool) -> Option<&'static Region> {
        *self
            .regions
            .borrow_mut()
            .entry((subject.to_string(), cities_only))
            .or_insert_with(|| region_of(self.doc, subject, cities_only))
    }
}

/// Whether byte `pos` stands in a row of a list its introduction says is
/// of cities (`10 pemerintahan Kota terbaik ... adalah sebagai berikut:`
/// over `7. Madiun (3,3056)`), with no regency named there.
/// `city_named` is asked only of a row, before the list is read.
fn lists_cities(doc: &Document<'_>, pos: usize, city_named: impl Fn() -> bool) -> bool {
    let paragraph = doc.paragraph_at(pos);
    if !list::is_row(doc.text[paragraph.clone()].trim()) || !city_named() {
        return false;
    }
    list::introduction(doc.text, paragraph.start).into_iter().any(|line| {
        let words: Vec<&str> = doc.text[line].split_whitespace().collect();
        !words.iter().any(|w| w.to_lowercase().starts_with("kabupaten"))
            && words
                .windows(2)
                .any(|pair| pair[0].eq_ignore_ascii_case("kota") && pair[1].starts_with(char::is_lowercase))
    })
}

/// The region a subject is or belongs to: the region it names (`Pemkot
/// Madiun`, `Sumbar`, `RSUD Kota Madiun`), else, for a unit of a government
/// (`Dinas Sosial`, `Desa Sumberarum`), the region named as its place
/// right after it, else the region of the article's main subject; none for
/// national bodies, and none for a name the article leaves ambiguous
/// (`Madiun` alone, city or regency), unless the result's
/// assessment ranks cities only (`cities_only`: a bare `Bekasi` of the
/// tolerant city index is the city).
pub fn region_of(doc: &Document<'_>, subject: &str, cities_only: bool) -> Option<&'static Region> {
    // A village's bare name in a list (`Desa Gombang, Karangasem dan
    // Kulur`) is no region's, whatever region it sounds like.
    let village = doc.names_listed_village(subject);
    if !village && let Some(region) = named_region(doc, subject, cities_only) {
        return Some(region);
    }
    let head = subject.split_whitespace().next().unwrap_or("");
    let unit = village || (PARTY_HEADS.iter().any(|h| subject.starts_with(h)) && !REGION_HEADS.contains(&head));
    if NATIONAL_HEADS.iter().any(|h| h.eq_ignore_ascii_case(head)) || !unit {
        return None;
    }
    if let Some(region) = placed_region(doc, subject) {
        return Some(region);
    }
    doc.main().filter(|main| *main != subject).and_then(|main| named_region(doc, main, false)).or_else(|| {
        // The region the lead names, when the main subject names none.
        let lead = doc.lead();
        let named = doc.region_mentions().iter().filter(|m| m.span.start >= lead.start && m.span.end <= lead.end);
        named.filter_map(|m| choose(doc, &m.candidates)).find(|r| r.kind != RegionKind::Province)
    })
}

/// The region named right after a mention of a unit as its place:
/// `Desa Peliatan, Gianyar – Bali`, `Desa Janti (Klaten)`.
fn placed_region(doc: &Document<'_>, unit: &str) -> Option<&'static Region> {
    doc.text.match_indices(unit).find_map(|(at, _)| {
        let end = at + unit.len();
        let place = doc.region_mentions().iter().find(|m| m.span.start >= end)?;
        let between = &doc.text[end..place.span.start];
        // (`Desa Gombang, Karangasem, dan Kulur`: the next village of a list, no place.)
        let village = || doc.names_listed_village(&doc.text[place.span.clone()]);
        (between.chars().all(|c| matches!(c, ',' | '(' | ' ')) && !village())
            .then(|| choose(doc, &place.candidates))
            .flatten()
    })
}

/// The assessment id of a result outside the catalogue.
const OTHER: &str = "other";

/// Head words of a region's own name: a party they open is no unit of one.
const REGION_HEADS: &[&str] =
    &["Kota", "Kabupaten", "Kab.", "Kab", "Provinsi", "Prov.", "Pemkot", "Pemkab", "Pemprov", "Pemko"];

/// The region a name names, as a whole or in it (`RSUD Kota Madiun`), or
/// misspelt by one letter as a whole (`Kota Singkawan`); of a city and a
/// regency of one name, the city when `cities_only`.
fn named_region(doc: &Document<'_>, name: &str, cities_only: bool) -> Option<&'static Region> {
    let mut candidates = region::lookup(name);
    if candidates.is_empty() {
        candidates = region::scan(name).into_iter().next().map(|m| m.candidates).unwrap_or_default();
    }
    // `Kota Singkawan`, `Pemkot Makasssar`: a region misspelt by one letter.
    if candidates.is_empty() {
        candidates = region::lookup_misspelt(name);
    }
    if cities_only && candidates.iter().any(|c| c.kind == RegionKind::City) {
        candidates.retain(|c| c.kind == RegionKind::City);
    }
    choose(doc, &candidates)
}

/// One region out of a name's candidates: the only one; else the one the
/// article names unambiguously (`Kota Madiun` somewhere makes a bare
/// `Madiun` the city); else a province over its own capital city (a bare
/// `Jambi`); else none.
fn choose(doc: &Document<'_>, candidates: &[&'static Region]) -> Option<&'static Region> {
    match candidates {
        [] => None,
        [only] => Some(only),
        _ => {
            let named: Vec<&'static Region> = doc
                .region_mentions()
                .iter()
                .filter_map(|m| match m.candidates.as_slice() {
                    [one] if candidates.iter().any(|c| c.code == one.code) => Some(*one),
                    _ => None,
                })
                .collect();
            match named.first() {
                Some(first) if named.iter().all(|r| r.code == first.code) => Some(first),
                Some(_) => None,
                None => {
                    let province = candidates.iter().find(|c| c.kind == RegionKind::Province)?;
                    candidates
                        .iter()
                        .all(|c| c.kind == RegionKind::Province || c.province == province.code)
                        .then_some(*province)
                }
            }
        }
    }
}

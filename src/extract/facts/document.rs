//! The analysed document: one reading of a body that every recogniser and
//! the subject binder share, so that no step splits sentences or scans for
//! parties again. It holds the sentences (a line break ends one unless it
//! wraps a list), the party mentions of each sentence, the article's main subject and the
//! regions it names in full, and whether it speaks of an assessment at all.
//! Mentions and the main subject are read on first use and kept: a body
//! whose numbers are no facts never pays for them.

use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::assessment::{self, Named};
use super::grade;
use super::lexicon::{ASSESSMENT_ACTS, ASSESSMENT_WORDS, AWARD_WORDS, RANKING_CONTEXTS};
use super::main_subject;
use super::party::{self, Mention};
use super::sentence::split_sentences;
use super::{alternation, floor_boundary};
use crate::extract::html::is_related_link;
use crate::region;

/// Words of an assessment: `penilaian`, `evaluasi`, `zona`...
pub(super) static ASSESSMENT: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(ASSESSMENT_WORDS.iter().copied());
    Regex::new(&format!(r"(?-u:\b)(?i:{words})(?-u:\b)")).expect("static assessment regex")
});

/// Words of assessing: `penilaian`, `akreditasi`, `meraih`...
static ACTS: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(ASSESSMENT_ACTS.iter().copied());
    Regex::new(&format!(r"(?-u:\b)(?i:{words})(?-u:\b)")).expect("static assessment acts regex")
});

/// Words of an assessment, an index or an award: `penilaian`, `indeks`...
static RANKING_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(ASSESSMENT_WORDS.iter().chain(RANKING_CONTEXTS).copied());
    Regex::new(&format!(r"(?-u:\b)(?i:{words})(?-u:\b)")).expect("static ranking context regex")
});

/// A word of an award, whose paragraph may go on in the next one (`...
/// anugerah keterbukaan informasi publik ...` then `Peringkat pertama
/// diraih oleh ...`).
static AWARD: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(AWARD_WORDS.iter().copied());
    Regex::new(&format!(r"(?-u:\b)(?i:{words})(?-u:\b)")).expect("static award regex")
});

/// A body read once: its sentences and, on demand, the parties each names.
pub struct Document<'a> {
    /// The body text every byte range points into.
    pub text: &'a str,
    /// The sentences, trimmed, in order.
    pub sentences: Vec<Range<usize>>,
    /// Whether the body uses a word of assessment anywhere (`penilaian`,
    /// `zona`, `predikat`...): a whole number is a score only then.
    pub assessed: bool,
    /// The party mentions of each sentence, read on first use.
    mentions: Vec<OnceCell<Vec<Mention>>>,
    /// The main subject, read on first use.
    main: OnceCell<Option<String>>,
    /// The regions named in full, read on first use.
    regions: OnceCell<Vec<String>>,
    /// The assessments named, read on first use: those outside links to
    /// other articles, and all of them.
    assessments: OnceCell<(Vec<Named>, Vec<Named>)>,
    /// The regions named, by the official list, read on first use.
    region_mentions: OnceCell<Vec<region::Mention>>,
    /// Where the line breaks stand, found on first use.
    line_breaks: OnceCell<Vec<usize>>,
    /// Where the paragraphs that link to other articles start, found on first use.
    links: OnceCell<Vec<usize>>,
    /// Where colour zones are named (`zona kuning`), found on first use.
    zones: OnceCell<Vec<Range<usize>>>,
    /// The lead, found on first use.
    lead: OnceCell<Range<usize>>,
}

/// How far a paragraph reaches each side of a place in it, in bytes: a
/// body printed on one line is no one paragraph.
const MAX_PARAGRAPH: usize = 2_000;

impl<'a> Document<'a> {
    /// Reads `text` into sentences; everything else waits for its first use.
    pub fn new(text: &'a str) -> Self {
        let sentences = split_sentences(text);
        let mentions = sentences.iter().map(|_| OnceCell::new()).collect();
        Document {
            text,
            sentences,
            assessed: ASSESSMENT.is_match(text),
            mentions,
            main: OnceCell::new(),
            regions: OnceCell::new(),
            assessments: OnceCell::new(),
            region_mentions: OnceCell::new(),
            line_breaks: OnceCell::new(),
            links: OnceCell::new(),
            zones: OnceCell::new(),
            lead: OnceCell::new(),
        }
    }

    /// A document whose main subject is given, for tests of the binder.
    #[cfg(test)]
    pub fn with_main(text: &'a str, main: Option<&str>) -> Self {
        let doc = Document::new(text);
        let _ = doc.main.set(main.map(str::to_string));
        doc
    }

    /// The sentences that lie wholly inside `range`, in order.
    pub fn sentences_in(&self, range: Range<usize>) -> &[Range<usize>] {
        let first = self.sentences.partition_point(|s| s.start < range.start);
        let after = &self.sentences[first..];
        // Sentences do not overlap: their ends are in order too.
        &after[..after.partition_point(|s| s.end <= range.end)]
    }

    /// The index of the sentence holding byte `pos`.
    pub fn sentence_index(&self, pos: usize) -> Option<usize> {
        let index = self.sentences.partition_point(|range| range.end <= pos);
        self.sentences.get(index).filter(|range| range.start <= pos).map(|_| index)
    }

    /// Whether a sentence ends at byte `pos`.
    pub fn ends_sentence(&self, pos: usize) -> bool {
        self.sentences.binary_search_by_key(&pos, |s| s.end).is_ok()
    }

    /// The sentence holding byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<Range<usize>> {
        self.sentence_index(pos).map(|i| self.sentences[i].clone())
    }

    /// The sentence holding byte `pos`, or `pos..pos` between sentences.
    pub fn sentence_or_point(&self, pos: usize) -> Range<usize> {
        self.sentence_at(pos).unwrap_or(pos..pos)
    }

    /// The parties named in sentence `index`, in order.
    pub fn sentence_mentions(&self, index: usize) -> &[Mention] {
        self.mentions[index]
            .get_or_init(|| party::find_mentions(self.text, self.sentences[index].clone(), self.region_mentions()))
    }

    /// The parties named wholly inside `range`, in order.
    pub fn mentions_in(&self, range: Range<usize>) -> Vec<Mention> {
        let first = self.sentences.partition_point(|s| s.end <= range.start);
        let mut out = Vec::new();
        for index in first..self.sentences.len() {
            if self.sentences[index].start >= range.end {
                break;
            }
            out.extend(
                self.sentence_mentions(index)
                    .iter()
                    .filter(|m| m.span.start >= range.start && m.span.end <= range.end)
                    .cloned(),
            );
        }
        out
    }

    /// Whether `name` is a village's bare name in a list after a full one
    /// (see [`Mention::listed_village`]).
    pub fn names_listed_village(&self, name: &str) -> bool {
        (0..self.sentences.len())
            .any(|i| self.sentence_mentions(i).iter().any(|m| m.listed_village && &self.text[m.span.clone()] == name))
    }

    /// Whether `range` names a party, or the bare name of the main subject
    /// (`Banyumas mengumpulkan total skor 3.120`).
    pub fn names_party(&self, range: Range<usize>) -> bool {
        let core = self.main().map(party::core_name);
        core.is_some_and(|core| party::word_positions(&self.text[range.clone()], core).next().is_some())
            || !self.mentions_in(range).is_empty()
    }

    /// Whether the sentence holding byte `pos`, or the one before it,
    /// names a party (`... indeks inovasi daerah di Deli Serdang. Tahun
    /// 2023, IID berada di skor 59`).
    pub fn names_party_near(&self, pos: usize) -> bool {
        let Some(index) = self.sentence_index(pos) else { return self.names_party(pos..pos) };
        let from = index.checked_sub(1).unwrap_or(index);
        self.names_party(self.sentences[from].start..self.sentences[index].end)
    }

    /// The paragraph holding byte `pos`: its line (paragraphs are lines,
    /// with or without a blank line between them), at most
    /// [`MAX_PARAGRAPH`] bytes each side of `pos`, so that looking at it
    /// costs the same on a body without line breaks.
    pub fn paragraph_at(&self, pos: usize) -> Range<usize> {
        let breaks = self.line_breaks();
        let after = breaks.partition_point(|&b| b < pos);
        let start = after.checked_sub(1).map_or(0, |i| breaks[i] + 1);
        let end = breaks.get(after).copied().unwrap_or(self.text.len());
        let start = start.max(floor_boundary(self.text, pos.saturating_sub(MAX_PARAGRAPH)));
        let end = end.min(floor_boundary(self.text, (pos + MAX_PARAGRAPH).min(self.text.len())));
        start..end.max(start)
    }

    /// The article's lead: its first two lines that hold text (the
    /// headline and the first paragraph), each at most [`MAX_PARAGRAPH`]
    /// bytes.
    pub fn lead(&self) -> Range<usize> {
        self.lead
            .get_or_init(|| {
                let mut lines = self.sentences.iter().map(|s| self.paragraph_at(s.start));
                let first = lines.next().unwrap_or(0..0);
                let second = lines.find(|line| line.start >= first.end).unwrap_or(first.clone());
                first.start..second.end
            })
            .clone()
    }

    /// Where the body's line breaks stand, found on first use.
    fn line_breaks(&self) -> &[usize] {
        self.line_breaks
            .get_or_init(|| self.text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i).collect())
    }

    /// The assessments the body names, in order.
    /// A name in a link to another article (`BACA JUGA: 9 Desa Jadi Lokus
    /// Stunting`) names that article's assessment, not this one's.
    pub fn assessments(&self) -> &[Named] {
        &self.named_assessments().0
    }

    /// The assessments named outside links to other articles, and all of them.
    fn named_assessments(&self) -> &(Vec<Named>, Vec<Named>) {
        self.assessments.get_or_init(|| {
            let all = assessment::find_names(self.text);
            let own = all.iter().filter(|name| !self.links_elsewhere(name.span.start)).cloned().collect();
            (own, all)
        })
    }

    /// Whether byte `pos` stands in a paragraph that links to another
    /// article (`Baca juga: ...`): its words are that article's headline,
    /// and a fact read there takes its context from them alone.
    pub fn links_elsewhere(&self, pos: usize) -> bool {
        let links = self.links.get_or_init(|| {
            let starts = std::iter::once(0).chain(self.line_breaks().iter().map(|b| b + 1));
            starts.filter(|&start| is_related_link(&self.text[start..self.paragraph_at(start).end])).collect()
        });
        !links.is_empty() && links.binary_search(&self.paragraph_at(pos).start).is_ok()
    }

    /// The assessment named nearest to the fact at `span`: in its sentence,
    /// else its paragraph, else the lead, else anywhere before it (the
    /// assessment the article is about), else anywhere.
    pub fn assessment_for(&self, span: Range<usize>) -> Option<&Named> {
        self.assessment_near(span.clone())
            .or_else(|| assessment::nearest(self.assessments(), 0..self.text.len(), span.start))
    }

    /// Where an assessment outside the catalogue is named for the fact at
    /// `span` (`Rencana Aksi Pemberantasan Korupsi KPK`): in its sentence,
    /// else its paragraph, else the lead, else by a proper name anywhere
    /// before it (`Indeks Pembangunan Literasi Masyarakat (IPLM)` opening
    /// an article whose lead is a photo caption).
    pub fn other_assessment_for(&self, span: Range<usize>) -> Option<Range<usize>> {
        self.scopes_around(span.start).into_iter().find_map(|scope| assessment::find_other(self.text, scope)).or_else(
            || {
                let mut from = 0;
                while let Some(words) = assessment::find_other(self.text, from..span.start) {
                    if assessment::is_proper(&self.text[words.clone()]) {
                        return Some(words);
                    }
                    from = words.end;
                }
                None
            },
        )
    }

    /// Where an assessment is looked for around byte `pos`, nearest first:
    /// its sentence, its paragraph, the lead.
    fn scopes_around(&self, pos: usize) -> [Range<usize>; 3] {
        [self.sentence_or_point(pos), self.paragraph_at(pos), self.lead()]
    }

    /// The assessment named in `range`'s sentence, paragraph or the lead:
    /// whether the text there speaks of one.
    /// In a link to another article, only the link's own words count.
    pub fn assessment_near(&self, range: Range<usize>) -> Option<&Named> {
        if self.links_elsewhere(range.start) {
            return assessment::nearest(&self.named_assessments().1, self.paragraph_at(range.start), range.start);
        }
        let names = self.assessments();
        self.scopes_around(range.start).into_iter().find_map(|scope| assessment::nearest(names, scope, range.start))
    }

    /// Whether `range`'s sentence, paragraph or the lead names an assessment
    /// of the catalogue, or its paragraph or the lead a colour zone, which
    /// only the Ombudsman's gives
    /// (`berada pada kategori C zona kuning. Yakni Pemkot Pagaralam 76,74`).
    pub fn speaks_of_named_assessment(&self, range: Range<usize>) -> bool {
        self.assessment_near(range.clone()).is_some()
            || (self.names_zone()
                && (self.names_zone_in(self.paragraph_at(range.start)) || self.names_zone_in(self.lead())))
    }

    /// Where the body names colour zones (`zona kuning`), in order.
    fn zones(&self) -> &[Range<usize>] {
        // A zone's noun is a word of assessment: a body without one names none.
        self.zones.get_or_init(|| if self.assessed { grade::zones(self.text) } else { Vec::new() })
    }

    /// Whether the body names a colour zone anywhere.
    pub fn names_zone(&self) -> bool {
        !self.zones().is_empty()
    }

    /// Whether a colour zone is named wholly inside `scope`.
    pub fn names_zone_in(&self, scope: Range<usize>) -> bool {
        let zones = self.zones();
        let first = zones.partition_point(|zone| zone.start < scope.start);
        zones[first..].iter().take_while(|zone| zone.start < scope.end).any(|zone| zone.end <= scope.end)
    }

    /// Every region the body names, by the official list and the names
    /// news uses (`Kota Madiun`, `Jatim`, a bare `Madiun`).
    pub fn region_mentions(&self) -> &[region::Mention] {
        self.region_mentions.get_or_init(|| region::scan(self.text))
    }

    /// Whether `range`'s paragraph or the lead speaks of assessing (a word
    /// of [`ASSESSMENT_ACTS`]), or an assessment of the catalogue is named
    /// near it.
    pub fn speaks_of_assessing(&self, range: Range<usize>) -> bool {
        self.named_near_or_said(range, &ACTS)
    }

    /// Whether `range`'s paragraph or the lead speaks of an assessment, an
    /// index or an award (a word of [`ASSESSMENT_WORDS`] or
    /// [`RANKING_CONTEXTS`], or an assessment of the catalogue near), or the
    /// paragraph before names an award (`Peringkat pertama diraih oleh
    /// Kabupaten Pesisir Selatan` goes on from the paragraph of the
    /// `anugerah`).
    pub fn speaks_of_ranking_assessment(&self, range: Range<usize>) -> bool {
        self.named_near_or_said(range.clone(), &RANKING_CONTEXT)
            || self.paragraph_before(range.start).is_some_and(|before| AWARD.is_match(&self.text[before]))
    }

    /// The last paragraph holding text before the one at `pos`.
    fn paragraph_before(&self, pos: usize) -> Option<Range<usize>> {
        let mut end = self.paragraph_at(pos).start;
        while end > 0 {
            let before = self.paragraph_at(end - 1);
            if !self.text[before.clone()].trim().is_empty() {
                return Some(before);
            }
            end = before.start;
        }
        None
    }

    /// Whether an assessment of the catalogue is named near `range`, or
    /// `words` match in its paragraph or the lead.
    fn named_near_or_said(&self, range: Range<usize>, words: &Regex) -> bool {
        self.assessment_near(range.clone()).is_some()
            || [self.paragraph_at(range.start), self.lead()].into_iter().any(|scope| words.is_match(&self.text[scope]))
    }

    /// Whether the body is about an assessment, by its words (`penilaian`,
    /// `zona`...) or by a name of the catalogue (`SSGI`).
    pub fn about_an_assessment(&self) -> bool {
        self.assessed || !self.assessments().is_empty()
    }

    /// Whether the body anywhere speaks of an assessment, an index or an
    /// award, as [`Document::speaks_of_ranking_assessment`] asks of a place.
    pub fn anywhere_speaks_of_ranking_assessment(&self) -> bool {
        self.about_an_assessment() || RANKING_CONTEXT.is_match(self.text)
    }

    /// The article's main subject (see [`main_subject::main_subject`]).
    pub fn main(&self) -> Option<&str> {
        self.main.get_or_init(|| main_subject::main_subject(self)).as_deref()
    }

    /// The regions the article names in full (see [`main_subject::named_regions`]).
    pub fn regions(&self) -> &[String] {
        self.regions.get_or_init(|| main_subject::named_regions(self))
    }
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&ASSESSMENT);
    LazyLock::force(&ACTS);
    LazyLock::force(&RANKING_CONTEXT);
    LazyLock::force(&AWARD);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_read_per_sentence_and_filtered_by_range() {
        let text = "Kota Madiun meraih nilai 95,5. Kabupaten Ngawi dan Kota Blitar menyusul.";
        let doc = Document::new(text);
        let names =
            |range: Range<usize>| -> Vec<&str> { doc.mentions_in(range).into_iter().map(|m| &text[m.span]).collect() };
        assert_eq!(names(0..text.len()), ["Kota Madiun", "Kabupaten Ngawi", "Kota Blitar"]);
        let second = doc.sentences[1].clone();
        assert_eq!(names(second.start..second.start + 20), ["Kabupaten Ngawi"]);
        assert!(doc.names_party(doc.sentences[0].clone()));
        assert_eq!(doc.sentence_at(text.find("Blitar").unwrap()), Some(second));
        assert!(!doc.assessed);
        assert!(Document::new("Hasil penilaian diumumkan.").assessed);
    }
}

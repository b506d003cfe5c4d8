//! Scoring the fact extractor against a gold set, by the rules of
//! `FACTS.md`: per article, facts become sets of keys per kind (score and
//! change by value to 2 decimals, decree by number and year, date by value,
//! ranking by `rank:N`/`top:N`, grade by value); precision and recall count
//! keys, and subjects are checked apart for every matched score, change,
//! ranking and grade, once per gold subject. The dataset fields
//! (`assessment`, `period`, `region`) are checked the same way, each apart,
//! over the gold facts that have them. A fact whose words overlap a phrase
//! the gold set lists as ambiguous (`ambiguous.json`) is neither credited
//! nor counted. Reads files; prints nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::extract::extract_text;
use crate::extract::facts::party_key;
use crate::model::{Fact, FactDetail, FactKind};

/// Why a gold set could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A directory or file could not be read.
    #[error("cannot read {path}")]
    Read {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A gold file is not valid gold JSON.
    #[error("bad gold file {path}")]
    Gold {
        /// The gold file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: serde_json::Error,
    },
    /// An `ambiguous.json` that is not a map of article ids to phrases.
    #[error("bad ambiguous-phrase file {path} (expected {{\"<id>\": [\"phrase\", ...]}})")]
    Ambiguous {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: serde_json::Error,
    },
    /// A gold directory without any `.json` file.
    #[error("no gold .json files in {path}")]
    Empty {
        /// The directory.
        path: PathBuf,
    },
}

/// One gold article: its facts and, when the test must pass it, its publication date.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// The article id, which is also its text file's stem.
    pub id: String,
    /// The publication date to pass to the extractor.
    #[serde(default)]
    pub published: Option<Date>,
    /// The gold facts.
    pub facts: Vec<GoldFact>,
}

/// One gold fact: the fields its kind has in `FACTS.md` (others ignored).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldFact {
    /// The kind.
    pub kind: FactKind,
    /// Score, change, date or grade value.
    #[serde(default)]
    pub value: Option<serde_json::Value>,
    /// Ranking position.
    #[serde(default)]
    pub rank: Option<u32>,
    /// Ranking band.
    #[serde(default)]
    pub top: Option<u32>,
    /// Decree number.
    #[serde(default)]
    pub number: Option<String>,
    /// Decree year.
    #[serde(default)]
    pub year: Option<i32>,
    /// The assessed party.
    #[serde(default)]
    pub subject: Option<String>,
    /// The words of the article.
    #[serde(default)]
    pub text: Option<String>,
    /// The assessment's catalogue id.
    #[serde(default)]
    pub assessment: Option<String>,
    /// The year the result is for.
    #[serde(default)]
    pub period: Option<i32>,
    /// The subject's region code.
    #[serde(default)]
    pub region: Option<String>,
}

/// The dataset fields of `FACTS.md` that are scored, each apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The assessment's catalogue id.
    Assessment,
    /// The year the result is for.
    Period,
    /// The subject's region code.
    Region,
}

impl Field {
    /// Every scored field, in `FACTS.md` order.
    pub const ALL: [Field; 3] = [Field::Assessment, Field::Period, Field::Region];

    /// The field's name in `FACTS.md` and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Assessment => "assessment",
            Field::Period => "period",
            Field::Region => "region",
        }
    }

    fn of_gold(self, fact: &GoldFact) -> Option<String> {
        match self {
            Field::Assessment => fact.assessment.clone(),
            Field::Period => fact.period.map(|p| p.to_string()),
            Field::Region => fact.region.clone(),
        }
    }

    fn of_fact(self, fact: &Fact) -> Option<String> {
        match self {
            Field::Assessment => fact.context.assessment.clone(),
            Field::Period => fact.context.period.map(|p| p.to_string()),
            Field::Region => fact.context.region.clone(),
        }
    }
}

/// How many checks of one field were made and how many were right.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct FieldScore {
    /// Gold facts with the field, whose key the extractor found.
    pub checked: usize,
    /// Of those, the ones where the extractor's fact for that key and subject has the same value.
    pub right: usize,
}

impl FieldScore {
    /// Share of checks that were right (1 when none was made).
    pub fn accuracy(&self) -> f64 {
        ratio(self.right, self.checked)
    }
}

/// Counts for one kind.
#[derive(Debug, Clone, Default, Serialize)]
pub struct KindScore {
    /// Distinct gold keys, summed over articles.
    pub gold: usize,
    /// Distinct extracted keys, summed over articles.
    pub found: usize,
    /// Keys in both.
    pub matched: usize,
    /// Gold subjects of matched keys that were checked.
    pub subjects_checked: usize,
    /// Of those, the ones the extractor named too.
    pub subjects_right: usize,
    /// The dataset fields, checked per gold fact of a matched key.
    pub fields: BTreeMap<Field, FieldScore>,
}

impl KindScore {
    /// Share of extracted keys that are gold (1 when nothing was extracted).
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }

    /// Share of gold keys extracted (1 when there is no gold).
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Share of checked subjects that were right (1 when none was checked).
    pub fn subject_accuracy(&self) -> f64 {
        ratio(self.subjects_right, self.subjects_checked)
    }

    fn add(&mut self, other: &KindScore) {
        self.gold += other.gold;
        self.found += other.found;
        self.matched += other.matched;
        self.subjects_checked += other.subjects_checked;
        self.subjects_right += other.subjects_right;
        for (field, score) in &other.fields {
            let total = self.fields.entry(*field).or_default();
            total.checked += score.checked;
            total.right += score.right;
        }
    }

    /// The score of one dataset field (nothing checked when no gold fact had it).
    pub fn field(&self, field: Field) -> FieldScore {
        self.fields.get(&field).copied().unwrap_or_default()
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 { 1.0 } else { part as f64 / whole as f64 }
}

/// A key that was missed, extracted wrongly, or matched with a wrong subject.
#[derive(Debug, Clone, Serialize)]
pub struct Mismatch {
    /// The article id.
    pub article: String,
    /// The kind.
    pub kind: FactKind,
    /// The key.
    pub key: String,
    /// For a subject error: the gold subject; else the fact's words.
    pub expected: Option<String>,
    /// For a subject error: the extracted subjects; else the fact's words.
    pub got: Option<String>,
}

/// The scores of a whole gold set.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Articles scored.
    pub articles: usize,
    /// Counts per kind.
    pub kinds: BTreeMap<FactKind, KindScore>,
    /// Gold keys not extracted.
    pub misses: Vec<Mismatch>,
    /// Extracted keys not in the gold.
    pub extras: Vec<Mismatch>,
    /// Matched keys whose gold subject the extractor did not name.
    pub wrong_subjects: Vec<Mismatch>,
    /// Matched facts whose assessment, period or region differ from the gold.
    pub wrong_fields: Vec<Mismatch>,
}

impl Report {
    /// The counts over every kind.
    pub fn overall(&self) -> KindScore {
        let mut total = KindScore::default();
        for score in self.kinds.values() {
            total.add(score);
        }
        total
    }
}

/// The scoring key of an extracted fact.
pub fn fact_key(detail: &FactDetail) -> String {
    match detail {
        FactDetail::Score { value, .. } | FactDetail::ScoreChange { value, .. } => number_key(*value),
        FactDetail::Decree { number, year, .. } => decree_key(number, *year),
        FactDetail::Date { value } => value.to_string(),
        FactDetail::Ranking { rank, top, .. } => ranking_key(*rank, *top),
        FactDetail::Grade { value, .. } => value.to_lowercase(),
    }
}

fn number_key(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    format!("{:.2}", if rounded == 0.0 { 0.0 } else { rounded })
}

fn decree_key(number: &str, year: Option<i32>) -> String {
    let number: String = number.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    format!("{number} {}", year.map_or_else(|| "-".to_string(), |y| y.to_string()))
}

fn ranking_key(rank: Option<u32>, top: Option<u32>) -> String {
    match (rank, top) {
        (Some(rank), _) => format!("rank:{rank}"),
        (None, Some(top)) => format!("top:{top}"),
        (None, None) => "rank:?".to_string(),
    }
}

impl GoldFact {
    /// The scoring key of this gold fact.
    pub fn key(&self) -> String {
        let text_value = || match &self.value {
            Some(serde_json::Value::String(s)) => s.to_lowercase(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        match self.kind {
            FactKind::Score | FactKind::ScoreChange => {
                self.value.as_ref().and_then(serde_json::Value::as_f64).map_or_else(text_value, number_key)
            }
            FactKind::Decree => decree_key(self.number.as_deref().unwrap_or(""), self.year),
            FactKind::Ranking => ranking_key(self.rank, self.top),
            FactKind::Date | FactKind::Grade => text_value(),
        }
    }
}

/// Whether a kind's facts have subjects that are scored.
fn has_subject(kind: FactKind) -> bool {
    !matches!(kind, FactKind::Decree | FactKind::Date)
}

/// Scores extracted facts of one article against its gold, adding to
/// `report`. Facts whose words overlap one of the article's `ambiguous`
/// phrases in `body` are left out first.
pub fn score_article(report: &mut Report, gold: &GoldArticle, body: &str, ambiguous: &[String], facts: &[Fact]) {
    report.articles += 1;
    let unclear = ambiguous_spans(body, ambiguous);
    let facts: Vec<&Fact> =
        facts.iter().filter(|f| !unclear.iter().any(|(start, end)| f.start < *end && *start < f.end)).collect();
    // Per key: the gold subjects by party key, each with its words as
    // written (so a reported subject error names the subject it is about).
    type Wanted = BTreeMap<(FactKind, String), (BTreeMap<String, String>, Vec<String>)>;
    let mut want: Wanted = BTreeMap::new();
    for fact in &gold.facts {
        let entry = want.entry((fact.kind, fact.key())).or_default();
        if let Some(subject) = &fact.subject {
            entry.0.entry(party_key(subject)).or_insert_with(|| subject.clone());
        }
        entry.1.extend(fact.subject.clone().or_else(|| fact.text.clone()));
    }
    type Keyed<'a> = BTreeMap<(FactKind, String), (BTreeSet<String>, Vec<String>, Vec<&'a Fact>)>;
    let mut got: Keyed = BTreeMap::new();
    for fact in &facts {
        let entry = got.entry((fact.kind(), fact_key(&fact.detail))).or_default();
        entry.0.extend(fact.detail.subject().map(party_key));
        entry.1.push(fact.detail.subject().map_or_else(|| fact.text.clone(), str::to_string));
        entry.2.push(fact);
    }
    let mismatch = |(kind, key): &(FactKind, String), expected: Option<String>, got: Option<String>| Mismatch {
        article: gold.id.clone(),
        kind: *kind,
        key: key.clone(),
        expected,
        got,
    };
    for (id, (subjects, words)) in &want {
        let score = report.kinds.entry(id.0).or_default();
        score.gold += 1;
        let Some((got_subjects, got_words, _)) = got.get(id) else {
            report.misses.push(mismatch(id, words.first().cloned(), None));
            continue;
        };
        score.matched += 1;
        if has_subject(id.0) {
            for (subject, written) in subjects {
                score.subjects_checked += 1;
                if got_subjects.contains(subject) {
                    score.subjects_right += 1;
                } else {
                    report.wrong_subjects.push(mismatch(id, Some(written.clone()), Some(got_words.join(" / "))));
                }
            }
        }
    }
    // The dataset fields: per gold fact of a matched key, the extractor's
    // facts of that key and subject must carry the same value.
    for fact in &gold.facts {
        let id = (fact.kind, fact.key());
        let Some((_, _, found)) = got.get(&id) else { continue };
        let subject = fact.subject.as_deref().map(party_key);
        let same_party: Vec<&&Fact> =
            found.iter().filter(|f| subject.is_none() || f.detail.subject().map(party_key) == subject).collect();
        for field in Field::ALL {
            let Some(wanted) = field.of_gold(fact) else { continue };
            let score = report.kinds.entry(fact.kind).or_default().fields.entry(field).or_default();
            score.checked += 1;
            if same_party.iter().any(|f| field.of_fact(f).as_deref() == Some(wanted.as_str())) {
                score.right += 1;
            } else {
                let values: Vec<String> =
                    same_party.iter().map(|f| field.of_fact(f).unwrap_or_else(|| "null".into())).collect();
                let party = fact.subject.as_deref().unwrap_or("-");
                report.wrong_fields.push(mismatch(
                    &id,
                    Some(format!("{party} {}={wanted}", field.as_str())),
                    Some(if values.is_empty() { "no fact of that subject".into() } else { values.join(" / ") }),
                ));
            }
        }
    }
    for (id, (_, words, _)) in &got {
        report.kinds.entry(id.0).or_default().found += 1;
        if !want.contains_key(id) {
            report.extras.push(mismatch(id, None, words.first().cloned()));
        }
    }
}

/// The character ranges of every occurrence of the ambiguous phrases in `body`.
fn ambiguous_spans(body: &str, phrases: &[String]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for phrase in phrases.iter().filter(|p| !p.is_empty()) {
        for (at, _) in body.match_indices(phrase.as_str()) {
            let start = body[..at].chars().count();
            spans.push((start, start + phrase.chars().count()));
        }
    }
    spans
}

/// The name of the file of ambiguous phrases, looked for in the gold
/// folder and in the folder above it: `{"<id>": ["phrase", ...]}`.
pub const AMBIGUOUS_FILE: &str = "ambiguous.json";

/// Reads every `GOLD_DIR/*.json` and its `TEXT_DIR/<id>.txt`, extracts the
/// text and scores it.
pub fn evaluate_dirs(gold_dir: &Path, text_dir: &Path) -> Result<Report, EvalError> {
    let read_dir =
        |path: &Path| std::fs::read_dir(path).map_err(|source| EvalError::Read { path: path.into(), source });
    let mut gold_paths = Vec::new();
    for entry in read_dir(gold_dir)? {
        let path = entry.map_err(|source| EvalError::Read { path: gold_dir.into(), source })?.path();
        if path.extension().is_some_and(|ext| ext == "json") && !path.ends_with(AMBIGUOUS_FILE) {
            gold_paths.push(path);
        }
    }
    if gold_paths.is_empty() {
        return Err(EvalError::Empty { path: gold_dir.into() });
    }
    gold_paths.sort();
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|source| EvalError::Read { path: path.into(), source });
    let ambiguous_path = [gold_dir.join(AMBIGUOUS_FILE), gold_dir.join("..").join(AMBIGUOUS_FILE)]
        .into_iter()
        .find(|path| path.is_file());
    let ambiguous: BTreeMap<String, Vec<String>> = match ambiguous_path {
        Some(path) => serde_json::from_str(&read(&path)?).map_err(|source| EvalError::Ambiguous { path, source })?,
        None => BTreeMap::new(),
    };
    let mut report = Report::default();
    for path in gold_paths {
        let gold: GoldArticle =
            serde_json::from_str(&read(&path)?).map_err(|source| EvalError::Gold { path: path.clone(), source })?;
        let text = read(&text_dir.join(format!("{}.txt", gold.id)))?;
        let extraction = extract_text(&text, gold.published);
        let phrases = ambiguous.get(&gold.id).map_or(&[][..], Vec::as_slice);
        score_article(&mut report, &gold, &extraction.article.body, phrases, &extraction.facts);
    }
    Ok(report)
}

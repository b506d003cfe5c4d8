//! `warta query panel`: the results of one assessment as a panel, the table
//! an analyst pastes into a spreadsheet: one row per region and subject (and
//! kind, and a ranking's scope), one column per period, each cell the value
//! or values the articles give for it, with the articles behind each value.
//!
//! A row's subject is its region when the fact's subject names that region
//! (`Pemkot Madiun`, `Kota Madiun` and `Pemerintah Kota Madiun` are one row,
//! Kota Madiun), else the party as printed (`Dinas Sosial`, in its region's
//! rows), parties told apart as `FACTS.md` scores subjects (case and
//! government words aside). A score or a rank is one value per party and
//! year, so a cell with two is a disagreement; a party may hold several
//! grades of one assessment at once (`zona hijau`, `kualitas tertinggi`),
//! so a grade cell disagrees only when two articles give it no grade in
//! common. Facts without a period, or without a subject and a region, have
//! no cell: they are counted, not shown.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rusqlite::types::Value;
use serde::Serialize;

use super::{Result, Statement, sql_error};
use crate::extract::facts::party_key;
use crate::model::FactKind;
use crate::region::{self, Region};
use crate::store::Store;

/// The kinds a panel shows, in its order: the results that have a value per party and year.
pub const PANEL_KINDS: [FactKind; 3] = [FactKind::Score, FactKind::Ranking, FactKind::Grade];

/// The filters of `warta query panel`.
#[derive(Debug, Clone, Default)]
pub struct PanelFilter {
    /// The assessment: a catalogue id of `FACTS.md`, or `other`.
    pub assessment: String,
    /// Only this kind (one of [`PANEL_KINDS`]); all of them when `None`.
    pub kind: Option<FactKind>,
    /// Only parties of this region (a province's: also of its regencies and cities).
    pub region: Option<&'static Region>,
    /// Only periods from this year on.
    pub from: Option<i32>,
    /// Only periods up to this year.
    pub to: Option<i32>,
}

/// A panel: its periods, its rows, and what it left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Panel {
    /// Every year from the first period with a value to the last, ascending.
    pub periods: Vec<i32>,
    /// The rows: by region code (parties without a region last), the
    /// region's own row first, then its other parties by name.
    pub rows: Vec<PanelRow>,
    /// Facts of the assessment (and filters) whose article gives no period.
    pub without_period: u64,
    /// Facts with neither a subject nor a region.
    pub without_party: u64,
}

/// One party's results of one kind (and, for rankings, one scope), by period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PanelRow {
    /// The region code (`35.77`), when known.
    pub region: Option<String>,
    /// The region's official name.
    pub region_name: Option<String>,
    /// The party: the region's official name when the facts are about the
    /// region itself, else the subject as printed (its most frequent form).
    pub subject: String,
    /// Score, ranking or grade.
    pub kind: FactKind,
    /// A ranking's scope as printed (`nasional`), rankings of other scopes being other rows.
    pub scope: Option<String>,
    /// The values of each period that has any, most reported first.
    pub cells: BTreeMap<i32, Vec<PanelValue>>,
    /// The periods whose articles disagree (see the module doc).
    pub disagreement: Vec<i32>,
}

/// One value of a cell and the articles that give it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PanelValue {
    /// The score, rank (`3`, or `top 25`) or grade.
    pub value: CellValue,
    /// The URLs of the articles that give it (canonical, else as fetched), in article order.
    pub urls: Vec<String>,
}

/// A value as the panel shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum CellValue {
    /// A score, rounded to 2 decimals as `FACTS.md` compares them.
    Number(f64),
    /// A rank.
    Rank(i64),
    /// A grade, or a top-N band (`top 25`).
    Text(String),
}

impl std::fmt::Display for CellValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CellValue::Number(n) => write!(f, "{n}"),
            CellValue::Rank(r) => write!(f, "{r}"),
            CellValue::Text(t) => f.write_str(t),
        }
    }
}

/// The SQL of a panel's facts, and its parameters.
fn panel_statement(filter: &PanelFilter) -> (String, Vec<Value>) {
    let mut s = Statement::default();
    s.filter("assessment = ?", Some(filter.assessment.clone()));
    match filter.kind {
        Some(kind) => s.filter("kind = ?", Some(kind.as_str().to_string())),
        None => s.conditions.push("kind IN ('score', 'ranking', 'grade')".to_string()),
    }
    s.region("region", filter.region);
    s.filter("(period IS NULL OR period >= ?)", filter.from.map(i64::from));
    s.filter("(period IS NULL OR period <= ?)", filter.to.map(i64::from));
    let sql = format!(
        "SELECT kind, region, region_name, subject, scope, period, value_num, value_text, rank, top, article_id
         FROM fact {}",
        s.where_clause()
    );
    (sql, s.params)
}

/// One fact of a panel, as read.
struct PanelFact {
    kind: FactKind,
    region: Option<String>,
    region_name: Option<String>,
    subject: Option<String>,
    scope: Option<String>,
    period: Option<i32>,
    value: Option<CellValue>,
    article_id: i64,
}

/// What identifies a row: region code, party key (empty for the region
/// itself), kind and lower-cased scope.
type RowKey = (Option<String>, String, usize, String);

/// A row being gathered.
struct RowAcc {
    region: Option<String>,
    region_name: Option<String>,
    /// The printed forms of the party, with how often each was seen.
    forms: HashMap<String, usize>,
    kind: FactKind,
    scope: Option<String>,
    /// Per period: each value with the articles that give it, in first-seen order.
    cells: BTreeMap<i32, Vec<(CellValue, BTreeSet<i64>)>>,
}

/// The panel of `filter`'s facts.
pub fn panel(store: &Store, filter: &PanelFilter) -> Result<Panel> {
    let conn = store.connection();
    let (sql, params) = panel_statement(filter);
    let err = sql_error("querying the panel");
    let mut stmt = conn.prepare_cached(&sql).map_err(&err)?;
    let params: Vec<&dyn rusqlite::ToSql> = params.iter().map(|p| p as &dyn rusqlite::ToSql).collect();
    let mut rows = stmt.query(params.as_slice()).map_err(&err)?;
    let mut gathered = Gathered::default();
    while let Some(row) = rows.next().map_err(&err)? {
        let kind: String = row.get(0).map_err(&err)?;
        let Ok(kind) = kind.parse::<FactKind>() else { continue };
        let value = match kind {
            FactKind::Score => row.get::<_, Option<f64>>(6).map_err(&err)?.map(CellValue::Number),
            FactKind::Grade => row.get::<_, Option<String>>(7).map_err(&err)?.map(CellValue::Text),
            _ => match (row.get::<_, Option<i64>>(8).map_err(&err)?, row.get::<_, Option<i64>>(9).map_err(&err)?) {
                (Some(rank), _) => Some(CellValue::Rank(rank)),
                (None, Some(top)) => Some(CellValue::Text(format!("top {top}"))),
                (None, None) => None,
            },
        };
        gathered.add(PanelFact {
            kind,
            region: row.get(1).map_err(&err)?,
            region_name: row.get(2).map_err(&err)?,
            subject: row.get(3).map_err(&err)?,
            scope: row.get(4).map_err(&err)?,
            period: row.get(5).map_err(&err)?,
            value,
            article_id: row.get(10).map_err(&err)?,
        });
    }
    drop(rows);
    let urls = article_urls(store, &gathered.articles)?;
    Ok(gathered.finish(filter, &urls))
}

/// SQLite's plan for the panel query of `filter` (`EXPLAIN QUERY PLAN`), one step a line.
pub fn explain_panel(store: &Store, filter: &PanelFilter) -> Result<Vec<String>> {
    let (sql, params) = panel_statement(filter);
    super::explain(store, &sql, &params)
}

/// A score as the panel compares and shows it: 2 decimals.
fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// The facts read so far, by row.
#[derive(Default)]
struct Gathered {
    rows: HashMap<RowKey, RowAcc>,
    /// Whether a subject names its fact's region, by (subject, region code).
    names_region: HashMap<(String, String), bool>,
    articles: BTreeSet<i64>,
    without_period: u64,
    without_party: u64,
}

impl Gathered {
    fn add(&mut self, fact: PanelFact) {
        let (Some(period), Some(value)) = (fact.period, fact.value) else {
            self.without_period += u64::from(fact.period.is_none());
            return;
        };
        let value = match value {
            CellValue::Number(n) => CellValue::Number(round2(n)),
            other => other,
        };
        let party = match (&fact.subject, &fact.region) {
            (None, None) => {
                self.without_party += 1;
                return;
            }
            (None, Some(_)) => String::new(),
            (Some(subject), Some(code)) if self.names_region(subject, code) => String::new(),
            (Some(subject), _) => {
                let key = party_key(subject);
                if key.is_empty() { subject.to_lowercase() } else { key }
            }
        };
        let scope_key = fact.scope.as_deref().map(str::to_lowercase).unwrap_or_default();
        let kind_rank = PANEL_KINDS.iter().position(|k| *k == fact.kind).unwrap_or(PANEL_KINDS.len());
        let key = (fact.region.clone(), party.clone(), kind_rank, scope_key);
        let row = self.rows.entry(key).or_insert_with(|| RowAcc {
            region: fact.region.clone(),
            region_name: fact.region_name.clone(),
            forms: HashMap::new(),
            kind: fact.kind,
            scope: fact.scope.clone(),
            cells: BTreeMap::new(),
        });
        if !party.is_empty()
            && let Some(subject) = fact.subject
        {
            *row.forms.entry(subject).or_default() += 1;
        }
        let values = row.cells.entry(period).or_default();
        match values.iter_mut().find(|(v, _)| *v == value) {
            Some((_, articles)) => {
                articles.insert(fact.article_id);
            }
            None => values.push((value, BTreeSet::from([fact.article_id]))),
        }
        self.articles.insert(fact.article_id);
    }

    /// Whether `subject` names the region of code `code` itself (`Pemkot
    /// Madiun` for 35.77), not a party in it (`Dinas Sosial`).
    fn names_region(&mut self, subject: &str, code: &str) -> bool {
        if let Some(&known) = self.names_region.get(&(subject.to_string(), code.to_string())) {
            return known;
        }
        let names = region::lookup(subject).iter().any(|r| r.code == code);
        self.names_region.insert((subject.to_string(), code.to_string()), names);
        names
    }

    /// The panel: rows in order, cells with their URLs, disagreements marked.
    fn finish(self, filter: &PanelFilter, urls: &HashMap<i64, String>) -> Panel {
        let mut keyed: Vec<(RowKey, String, RowAcc)> =
            self.rows.into_iter().map(|(key, row)| (key, subject_of(&row), row)).collect();
        keyed.sort_by_cached_key(|((region, party, kind, scope), subject, _)| {
            (region.is_none(), region.clone(), !party.is_empty(), subject.to_lowercase(), *kind, scope.clone())
        });
        let mut periods = BTreeSet::new();
        let rows = keyed
            .into_iter()
            .map(|(_, subject, row)| {
                let mut disagreement = Vec::new();
                let cells = row
                    .cells
                    .into_iter()
                    .map(|(period, mut values)| {
                        periods.insert(period);
                        if disagree(row.kind, &values) {
                            disagreement.push(period);
                        }
                        values.sort_by_key(|(_, articles)| std::cmp::Reverse(articles.len()));
                        let values = values
                            .into_iter()
                            .map(|(value, articles)| PanelValue {
                                value,
                                urls: articles.iter().filter_map(|id| urls.get(id).cloned()).collect(),
                            })
                            .collect();
                        (period, values)
                    })
                    .collect();
                PanelRow {
                    region: row.region,
                    region_name: row.region_name,
                    subject,
                    kind: row.kind,
                    scope: row.scope,
                    cells,
                    disagreement,
                }
            })
            .collect();
        let span = periods.first().zip(periods.last()).map(|(&first, &last)| {
            (filter.from.map_or(first, |from| from.max(first)), filter.to.map_or(last, |to| to.min(last)))
        });
        Panel {
            periods: span.map(|(first, last)| (first..=last).collect()).unwrap_or_default(),
            rows,
            without_period: self.without_period,
            without_party: self.without_party,
        }
    }
}

/// A row's party as shown: its region's name for the region's own row,
/// else its most frequent printed form (the first in sort order on a tie).
fn subject_of(row: &RowAcc) -> String {
    let form = row.forms.iter().max_by(|(a, n), (b, m)| n.cmp(m).then_with(|| b.cmp(a))).map(|(form, _)| form.clone());
    form.or_else(|| row.region_name.clone()).unwrap_or_default()
}

/// Whether the values of one cell disagree: two scores or ranks, or grades
/// from two articles that have none in common.
fn disagree(kind: FactKind, values: &[(CellValue, BTreeSet<i64>)]) -> bool {
    if kind != FactKind::Grade {
        return values.len() > 1;
    }
    let mut by_article: BTreeMap<i64, BTreeSet<usize>> = BTreeMap::new();
    for (index, (_, articles)) in values.iter().enumerate() {
        for article in articles {
            by_article.entry(*article).or_default().insert(index);
        }
    }
    let sets: Vec<&BTreeSet<usize>> = by_article.values().collect();
    sets.iter().enumerate().any(|(i, a)| sets[i + 1..].iter().any(|b| a.is_disjoint(b)))
}

/// The URL of each article (canonical, else the page's).
fn article_urls(store: &Store, articles: &BTreeSet<i64>) -> Result<HashMap<i64, String>> {
    if articles.is_empty() {
        return Ok(HashMap::new());
    }
    let ids = serde_json::Value::from(articles.iter().copied().collect::<Vec<_>>()).to_string();
    let err = sql_error("reading the panel's article URLs");
    let mut stmt = store
        .connection()
        .prepare_cached(
            "SELECT a.id, coalesce(a.url, p.url) FROM article AS a JOIN page AS p ON p.id = a.page_id
             WHERE a.id IN (SELECT value FROM json_each(?1))",
        )
        .map_err(&err)?;
    let urls = stmt.query_map([ids], |row| Ok((row.get(0)?, row.get(1)?))).map_err(&err)?;
    urls.collect::<rusqlite::Result<_>>().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statement_filters_assessment_kinds_region_and_periods_keeping_undated_facts_to_count() {
        let (sql, params) = panel_statement(&PanelFilter { assessment: "ipp".into(), ..PanelFilter::default() });
        assert!(sql.ends_with("FROM fact WHERE assessment = ? AND kind IN ('score', 'ranking', 'grade')"), "{sql}");
        assert_eq!(params, [Value::Text("ipp".into())]);
        let filter = PanelFilter {
            assessment: "ombudsman_kepatuhan".into(),
            kind: Some(FactKind::Grade),
            region: region::by_code("35"),
            from: Some(2022),
            to: Some(2024),
        };
        let (sql, params) = panel_statement(&filter);
        assert!(
            sql.ends_with(
                "WHERE assessment = ? AND kind = ? AND region >= ? AND region < ? \
                 AND (period IS NULL OR period >= ?) AND (period IS NULL OR period <= ?)"
            ),
            "{sql}"
        );
        let text = |t: &str| Value::Text(t.into());
        assert_eq!(
            params,
            [
                text("ombudsman_kepatuhan"),
                text("grade"),
                text("35"),
                text("35/"),
                Value::Integer(2022),
                Value::Integer(2024)
            ]
        );
        let city = PanelFilter { region: region::by_code("35.77"), ..filter };
        let (sql, params) = panel_statement(&city);
        assert!(sql.contains("AND region = ? AND"), "{sql}");
        assert_eq!(params[2], text("35.77"));
    }

    fn fact(
        subject: Option<&str>,
        region: Option<&str>,
        period: Option<i32>,
        value: CellValue,
        article: i64,
    ) -> PanelFact {
        let kind = match value {
            CellValue::Number(_) => FactKind::Score,
            CellValue::Rank(_) => FactKind::Ranking,
            CellValue::Text(_) => FactKind::Grade,
        };
        PanelFact {
            kind,
            region: region.map(str::to_string),
            region_name: region.and_then(region::by_code).map(|r| r.name.clone()),
            subject: subject.map(str::to_string),
            scope: None,
            period,
            value: Some(value),
            article_id: article,
        }
    }

    fn built(facts: Vec<PanelFact>) -> Panel {
        let mut gathered = Gathered::default();
        for fact in facts {
            gathered.add(fact);
        }
        let urls = (1..10).map(|id| (id, format!("https://berita.id/{id}"))).collect();
        gathered.finish(&PanelFilter::default(), &urls)
    }

    #[test]
    fn names_of_a_region_make_one_row_and_its_offices_their_own() {
        let n = CellValue::Number;
        let panel = built(vec![
            fact(Some("Pemkot Madiun"), Some("35.77"), Some(2023), n(93.59), 1),
            fact(Some("Kota Madiun"), Some("35.77"), Some(2024), n(95.5), 2),
            fact(Some("Pemerintah Kota Madiun"), Some("35.77"), Some(2024), n(95.5), 3),
            fact(Some("Dinas Sosial"), Some("35.77"), Some(2024), n(4.63), 2),
            fact(Some("dinas sosial"), Some("35.77"), Some(2024), n(4.63), 3),
            fact(Some("Kabupaten Ngawi"), Some("35.21"), Some(2021), n(80.0), 4),
            fact(Some("Kemenkes"), None, Some(2024), n(70.0), 4),
            fact(None, None, Some(2024), n(1.0), 4),
            fact(Some("Kota Madiun"), Some("35.77"), None, n(90.0), 4),
        ]);
        let keys: Vec<(Option<&str>, &str)> =
            panel.rows.iter().map(|r| (r.region.as_deref(), r.subject.as_str())).collect();
        assert_eq!(
            keys,
            [
                (Some("35.21"), "Kabupaten Ngawi"),
                (Some("35.77"), "Kota Madiun"),
                (Some("35.77"), "Dinas Sosial"),
                (None, "Kemenkes")
            ]
        );
        assert_eq!(panel.periods, [2021, 2022, 2023, 2024]);
        let madiun = &panel.rows[1];
        assert_eq!(madiun.cells[&2023][0].value, n(93.59));
        assert_eq!(madiun.cells[&2024][0].urls, ["https://berita.id/2", "https://berita.id/3"]);
        assert!(madiun.disagreement.is_empty());
        assert_eq!((panel.without_period, panel.without_party), (1, 1));
    }

    #[test]
    fn two_scores_for_a_cell_disagree_and_are_both_shown_most_reported_first() {
        let n = CellValue::Number;
        let panel = built(vec![
            fact(Some("Kota Madiun"), Some("35.77"), Some(2024), n(95.05), 1),
            fact(Some("Kota Madiun"), Some("35.77"), Some(2024), n(95.5), 2),
            fact(Some("Kota Madiun"), Some("35.77"), Some(2024), n(95.504), 3),
            fact(Some("Kota Madiun"), Some("35.77"), Some(2023), n(93.59), 3),
        ]);
        let row = &panel.rows[0];
        let values: Vec<&CellValue> = row.cells[&2024].iter().map(|v| &v.value).collect();
        assert_eq!(values, [&n(95.5), &n(95.05)]);
        assert_eq!(row.disagreement, [2024]);
    }

    #[test]
    fn grades_disagree_only_when_two_articles_share_none() {
        let t = |s: &str| CellValue::Text(s.into());
        let agree = built(vec![
            fact(Some("Kota Madiun"), Some("35.77"), Some(2024), t("zona hijau"), 1),
            fact(Some("Kota Madiun"), Some("35.77"), Some(2024), t("kualitas tertinggi"), 1),
            fact(Some("Kota Madiun"), Some("35.77"), Some(2024), t("zona hijau"), 2),
        ]);
        assert_eq!(agree.rows[0].cells[&2024].len(), 2);
        assert!(agree.rows[0].disagreement.is_empty());
        let differ = built(vec![
            fact(Some("Kota Madiun"), Some("35.77"), Some(2024), t("zona hijau"), 1),
            fact(Some("Kota Madiun"), Some("35.77"), Some(2024), t("zona kuning"), 2),
        ]);
        assert_eq!(differ.rows[0].disagreement, [2024]);
    }

    #[test]
    fn a_period_range_bounds_the_columns() {
        let n = CellValue::Number;
        let mut gathered = Gathered::default();
        for (period, article) in [(2019, 1), (2024, 2)] {
            gathered.add(fact(Some("Kota Madiun"), Some("35.77"), Some(period), n(90.0), article));
        }
        let filter = PanelFilter { from: Some(2021), to: Some(2030), ..PanelFilter::default() };
        assert_eq!(gathered.finish(&filter, &HashMap::new()).periods, [2021, 2022, 2023, 2024]);
    }
}

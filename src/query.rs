//! Typed read-only queries over the store, shared by every front end (the
//! CLI today, a web API later): facts by kind, subject, year, assessment,
//! region, period, date range, source and full-text search; the panel of an
//! assessment (`panel`); region names and codes (`regions`); articles with
//! search snippets; any read-only SQL; and the counts of `warta stats`.
//! Rows stream, one at a time as SQLite steps, into a [`RowSink`] (the
//! printers of [`crate::output`], or [`Rows`], which collects them), so a
//! result of millions of rows takes no more memory than one; a panel is
//! grouped whole, one assessment's facts at a time. Nothing here writes.

use std::sync::mpsc;
use std::time::Duration;

use jiff::civil::Date;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, ErrorCode, ToSql};

use crate::model::FactKind;
use crate::region::{Region, RegionKind};
use crate::store::Store;

mod panel;
mod regions;

pub use panel::{CellValue, PANEL_KINDS, Panel, PanelFilter, PanelRow, PanelValue, explain_panel, panel};
pub use regions::{assessment_ids, find_region, regions};

/// How many rows a query returns unless told otherwise (Datasette's page size).
pub const DEFAULT_LIMIT: usize = 100;

/// Why a query failed.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// SQLite refused or failed the statement (malformed SQL, bad FTS syntax...).
    #[error("{what}")]
    Sql {
        /// What was being run.
        what: String,
        /// SQLite's cause, which names the problem.
        #[source]
        source: rusqlite::Error,
    },
    /// `query sql` was given a statement that writes.
    #[error("query sql runs read-only SQL only; this statement would write: {sql}")]
    Write {
        /// The statement.
        sql: String,
    },
    /// `query sql` was given no statement at all (nothing, or only a comment).
    #[error("no SQL statement given; try for example: SELECT kind, count(*) FROM fact GROUP BY kind")]
    Empty,
    /// A full-text search that FTS5 cannot read, with how to quote it.
    #[error(
        "full-text search {search:?}: {reason}; FTS5 reads : * ^ ( ) + - and AND OR NOT NEAR as syntax, \
         so to search the words as written, quote them: {quoted}"
    )]
    Search {
        /// The search as given.
        search: String,
        /// SQLite's reason.
        reason: String,
        /// The same words, each quoted as an FTS5 string.
        quoted: String,
    },
    /// A region name or code that the official list does not have.
    #[error("no region is named {name:?} in the official list{}", suggest(candidates))]
    UnknownRegion {
        /// The name as given.
        name: String,
        /// Regions whose name holds it (or whose code starts with it), as `35.77 Kota Madiun`.
        candidates: Vec<String>,
    },
    /// A region name that fits several regions.
    #[error("region {name:?} is ambiguous: it may be {}; give the code or a fuller name", candidates.join(", "))]
    AmbiguousRegion {
        /// The name as given.
        name: String,
        /// The regions it may be, as `35.77 Kota Madiun`.
        candidates: Vec<String>,
    },
    /// The statement was stopped by [`interrupt_after`].
    #[error("the query was interrupted")]
    Interrupted,
    /// A row could not be handed over (the output failed, or was closed).
    #[error("cannot write the rows")]
    Output {
        /// The output's error.
        #[source]
        source: std::io::Error,
    },
}

/// The end of an unknown-region error: near names, or where to find them.
fn suggest(candidates: &[String]) -> String {
    if candidates.is_empty() {
        "; `warta query regions` lists its names and codes".to_string()
    } else {
        format!("; did you mean: {}", candidates.join(", "))
    }
}

/// A shorthand for query results.
pub type Result<T, E = QueryError> = std::result::Result<T, E>;

/// One SQLite value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// NULL.
    Null,
    /// An INTEGER.
    Integer(i64),
    /// A REAL.
    Real(f64),
    /// TEXT.
    Text(String),
    /// A BLOB.
    Blob(Vec<u8>),
}

impl From<ValueRef<'_>> for Cell {
    fn from(value: ValueRef<'_>) -> Self {
        match value {
            ValueRef::Null => Cell::Null,
            ValueRef::Integer(i) => Cell::Integer(i),
            ValueRef::Real(r) => Cell::Real(r),
            ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Cell::Blob(b.to_vec()),
        }
    }
}

/// A query result: column names and rows of cells in that order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rows {
    /// The column names.
    pub columns: Vec<String>,
    /// The rows, each as long as `columns`.
    pub rows: Vec<Vec<Cell>>,
}

impl Rows {
    /// The cells of one column, by name (empty when there is no such column).
    pub fn column(&self, name: &str) -> Vec<&Cell> {
        match self.columns.iter().position(|c| c == name) {
            Some(index) => self.rows.iter().map(|row| &row[index]).collect(),
            None => Vec::new(),
        }
    }
}

/// Where a query's rows go, as SQLite steps: the column names once, then
/// each row. An error stops the query ([`QueryError::Output`]).
pub trait RowSink {
    /// Takes the column names, before any row.
    fn columns(&mut self, columns: &[String]) -> std::io::Result<()>;
    /// Takes one row, as long as the columns.
    fn row(&mut self, cells: Vec<Cell>) -> std::io::Result<()>;
}

/// Collects every row.
impl RowSink for Rows {
    fn columns(&mut self, columns: &[String]) -> std::io::Result<()> {
        self.columns = columns.to_vec();
        Ok(())
    }

    fn row(&mut self, cells: Vec<Cell>) -> std::io::Result<()> {
        self.rows.push(cells);
        Ok(())
    }
}

/// What a query handed to its sink.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delivered {
    /// Rows handed over.
    pub rows: u64,
    /// Whether the limit held back further rows.
    pub more: bool,
}

/// The filters of `warta query facts`; all optional, combined with AND.
#[derive(Debug, Clone, Default)]
pub struct FactFilter {
    /// Only this kind.
    pub kind: Option<FactKind>,
    /// Subjects matching this SQL LIKE pattern, case-insensitively
    /// (`Kota Madiun` exactly, `Kota%` by prefix, `%Madiun%` anywhere).
    pub subject: Option<String>,
    /// Facts of this year: a decree's or date's own year, else the year the
    /// article was published (`fact.fact_year`).
    pub year: Option<i32>,
    /// Results of this assessment: a catalogue id of `FACTS.md`, or `other`.
    pub assessment: Option<String>,
    /// Results of parties in this region; a province's include those of its
    /// regencies and cities.
    pub region: Option<&'static Region>,
    /// Results for this year, as the article states it (`fact.period`).
    pub period: Option<i32>,
    /// Articles published on or after this day.
    pub since: Option<Date>,
    /// Articles published on or before this day.
    pub until: Option<Date>,
    /// Pages of this source (its name in `config.toml`).
    pub source: Option<String>,
    /// Articles matching this FTS5 query (title and body).
    pub search: Option<String>,
    /// At most this many rows; `None` for all.
    pub limit: Option<usize>,
}

/// The filters of `warta query articles`.
#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    /// Articles matching this FTS5 query, best first, with a snippet.
    pub search: Option<String>,
    /// Published on or after this day.
    pub since: Option<Date>,
    /// Published on or before this day.
    pub until: Option<Date>,
    /// Pages of this source.
    pub source: Option<String>,
    /// At most this many rows; `None` for all.
    pub limit: Option<usize>,
}

/// An SQL text with its positional parameters, built clause by clause.
#[derive(Default)]
struct Statement {
    conditions: Vec<String>,
    params: Vec<Value>,
}

impl Statement {
    /// Adds `condition` (with `?` for `value`) when `value` is given.
    fn filter<T: Into<Value>>(&mut self, condition: &str, value: Option<T>) {
        if let Some(value) = value {
            self.conditions.push(condition.to_string());
            self.params.push(value.into());
        }
    }

    /// Adds the condition that `column` holds the code of `region` or, for a
    /// province, of a regency or city in it. A province's codes are its own
    /// (`35`) and its own followed by a dot (`35.77`), so they sort from
    /// `35` to just before `35/` (`/` follows `.`): one range of an index.
    fn region(&mut self, column: &str, region: Option<&Region>) {
        let Some(region) = region else { return };
        if region.kind == RegionKind::Province {
            self.conditions.push(format!("{column} >= ? AND {column} < ?"));
            self.params.push(region.code.to_string().into());
            self.params.push(format!("{}/", region.code).into());
        } else {
            self.filter(&format!("{column} = ?"), Some(region.code.to_string()));
        }
    }

    fn where_clause(&self) -> String {
        if self.conditions.is_empty() { String::new() } else { format!("WHERE {}", self.conditions.join(" AND ")) }
    }

    /// A `LIMIT` one row past `limit`, so that the caller learns whether
    /// the limit held rows back (see [`run`]).
    fn limit(&mut self, limit: Option<usize>) -> &'static str {
        match limit {
            Some(limit) => {
                self.params.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX).saturating_add(1)));
                "LIMIT ?"
            }
            None => "",
        }
    }
}

/// The order of `warta query facts`: newest publication first (undated
/// articles last), then article, then position in the body.
const FACT_ORDER: &str = "published_date DESC, article_id DESC, start, fact_id";

/// The conditions on `fact` of a facts filter.
fn fact_conditions(filter: &FactFilter) -> Statement {
    let mut s = Statement::default();
    s.filter("kind = ?", filter.kind.map(|k| k.as_str().to_string()));
    // Without a wildcard LIKE is a case-insensitive equality; said as `=`
    // (the column is NOCASE) it reads the subject index in the facts' order.
    let subject = match &filter.subject {
        Some(pattern) if !pattern.contains(['%', '_']) => "subject = ?",
        _ => "subject LIKE ?",
    };
    s.filter(subject, filter.subject.clone());
    s.filter("fact_year = ?", filter.year.map(i64::from));
    s.filter("assessment = ?", filter.assessment.clone());
    s.region("region", filter.region);
    s.filter("period = ?", filter.period.map(i64::from));
    s.filter("published_date >= ?", filter.since.map(|d| d.to_string()));
    s.filter("published_date <= ?", filter.until.map(|d| d.to_string()));
    s.filter(
        "article_id IN (SELECT a.id FROM article AS a JOIN page AS p ON p.id = a.page_id
                        JOIN source AS s ON s.id = p.source_id WHERE s.name = ?)",
        filter.source.clone(),
    );
    s.filter("article_id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)", filter.search.clone());
    s
}

/// The SQL of `warta query facts`, and its parameters.
fn facts_statement(filter: &FactFilter) -> (String, Vec<Value>) {
    let mut s = fact_conditions(filter);
    let where_clause = s.where_clause();
    let limit = s.limit(filter.limit);
    // A page of fact ids is chosen from `fact` alone first (every filter is
    // on its columns or a subquery), so that a filter whose index does not
    // give the order (a subject prefix, a source) sorts narrow index keys,
    // not every match joined to its article; the view's wide columns are
    // then read for that page only.
    let sql = format!(
        "SELECT fact_id, kind, subject, value, rank, top, scope, instrument, number, year, date_value, assessment,
                assessment_text, period, region, region_name, fact_year, text, sentence, start, \"end\",
                article_id, title, url, published_date, source
         FROM fact_view
         WHERE fact_id IN (SELECT id AS fact_id FROM fact {where_clause} ORDER BY {FACT_ORDER} {limit})
         ORDER BY {FACT_ORDER}"
    );
    (sql, s.params)
}

/// The facts matching `filter`, with their article's title, URL, publication date and source.
pub fn facts(store: &Store, filter: &FactFilter) -> Result<Rows> {
    collect(|rows| facts_into(store, filter, rows))
}

/// Streams the facts matching `filter` into `sink`, at most `filter.limit`.
pub fn facts_into(store: &Store, filter: &FactFilter, sink: &mut dyn RowSink) -> Result<Delivered> {
    check_search(store.connection(), filter.search.as_deref())?;
    let (sql, params) = facts_statement(filter);
    run(store.connection(), &sql, &params, "querying facts", filter.limit, sink)
}

/// How many facts match `filter`, whatever its limit.
pub fn count_facts(store: &Store, filter: &FactFilter) -> Result<u64> {
    let s = fact_conditions(filter);
    count(store.connection(), &format!("SELECT count(*) FROM fact {}", s.where_clause()), &s.params, "counting facts")
}

/// SQLite's plan for the facts query of `filter` (`EXPLAIN QUERY PLAN`), one step a line.
pub fn explain_facts(store: &Store, filter: &FactFilter) -> Result<Vec<String>> {
    let (sql, params) = facts_statement(filter);
    explain(store, &sql, &params)
}

/// SQLite's plan for `sql` (`EXPLAIN QUERY PLAN`), one step a line.
fn explain(store: &Store, sql: &str, params: &[Value]) -> Result<Vec<String>> {
    let explain = format!("EXPLAIN QUERY PLAN {sql}");
    let plan = collect(|rows| run(store.connection(), &explain, params, "explaining a query", None, rows))?;
    Ok(plan
        .column("detail")
        .into_iter()
        .map(|c| if let Cell::Text(t) = c { t.clone() } else { String::new() })
        .collect())
}

/// The conditions of an articles filter, and the joins they need.
fn article_conditions(filter: &ArticleFilter) -> (Statement, &'static str) {
    let mut s = Statement::default();
    s.filter("article_fts MATCH ?", filter.search.clone());
    s.filter("a.published_date >= ?", filter.since.map(|d| d.to_string()));
    s.filter("a.published_date <= ?", filter.until.map(|d| d.to_string()));
    s.filter("s.name = ?", filter.source.clone());
    let joins = match filter.search {
        Some(_) => {
            "JOIN page AS p ON p.id = a.page_id LEFT JOIN source AS s ON s.id = p.source_id
             JOIN article_fts ON article_fts.rowid = a.id"
        }
        None => "JOIN page AS p ON p.id = a.page_id LEFT JOIN source AS s ON s.id = p.source_id",
    };
    (s, joins)
}

/// The articles matching `filter`: newest first, or best match first with a
/// snippet when searching.
pub fn articles(store: &Store, filter: &ArticleFilter) -> Result<Rows> {
    collect(|rows| articles_into(store, filter, rows))
}

/// Every row a streaming query gives.
fn collect(query: impl FnOnce(&mut Rows) -> Result<Delivered>) -> Result<Rows> {
    let mut rows = Rows::default();
    query(&mut rows)?;
    Ok(rows)
}

/// Streams the articles matching `filter` into `sink`, at most `filter.limit`.
pub fn articles_into(store: &Store, filter: &ArticleFilter, sink: &mut dyn RowSink) -> Result<Delivered> {
    check_search(store.connection(), filter.search.as_deref())?;
    let (mut s, joins) = article_conditions(filter);
    let where_clause = s.where_clause();
    let limit = s.limit(filter.limit);
    let (snippet, order) = match filter.search {
        Some(_) => (
            ", snippet(article_fts, -1, '[', ']', '…', 16) AS snippet",
            "article_fts.rank, a.published_date DESC, a.id DESC",
        ),
        None => ("", "a.published_date DESC, a.id DESC"),
    };
    let sql = format!(
        "SELECT a.id AS article_id, a.title, coalesce(a.url, p.url) AS url, a.published_date, s.name AS source,
                (SELECT count(*) FROM fact AS f WHERE f.article_id = a.id) AS facts {snippet}
         FROM article AS a {joins} {where_clause} ORDER BY {order} {limit}"
    );
    run(store.connection(), &sql, &s.params, "querying articles", filter.limit, sink)
}

/// How many articles match `filter`, whatever its limit.
pub fn count_articles(store: &Store, filter: &ArticleFilter) -> Result<u64> {
    let (s, joins) = article_conditions(filter);
    let sql = format!("SELECT count(*) FROM article AS a {joins} {}", s.where_clause());
    count(store.connection(), &sql, &s.params, "counting articles")
}

/// The names of the sources the store knows, in order.
pub fn source_names(store: &Store) -> Result<Vec<String>> {
    let names = collect(|rows| {
        run(store.connection(), "SELECT name FROM source ORDER BY name", &[], "listing sources", None, rows)
    })?;
    Ok(names.rows.into_iter().filter_map(|row| row.into_iter().next()).map(|cell| cell_text(&cell)).collect())
}

/// Streams the rows of one read-only SQL statement into `sink`. A statement
/// that would write is refused before it runs (and the connection is
/// read-only besides).
pub fn sql_into(store: &Store, sql: &str, sink: &mut dyn RowSink) -> Result<Delivered> {
    let conn = store.connection();
    let stmt = conn.prepare(sql).map_err(sql_error("cannot run the SQL"))?;
    if stmt.column_count() == 0 && stmt.expanded_sql().is_none_or(|text| text.trim().is_empty()) {
        return Err(QueryError::Empty);
    }
    if !stmt.readonly() {
        return Err(QueryError::Write { sql: sql.trim().to_string() });
    }
    drop(stmt);
    run(conn, sql, &[], "cannot run the SQL", None, sink)
}

/// Stops whatever `store` runs once `after` has passed, until the returned
/// guard is dropped; the statement then fails with [`QueryError::Interrupted`].
pub fn interrupt_after(store: &Store, after: Duration) -> Deadline {
    let handle = store.connection().get_interrupt_handle();
    let (cancel, cancelled) = mpsc::channel::<()>();
    std::thread::spawn(move || {
        if let Err(mpsc::RecvTimeoutError::Timeout) = cancelled.recv_timeout(after) {
            handle.interrupt();
        }
    });
    Deadline { _cancel: cancel }
}

/// The guard of [`interrupt_after`]: dropping it cancels the interruption.
#[must_use = "the deadline is cancelled when this is dropped"]
pub struct Deadline {
    _cancel: mpsc::Sender<()>,
}

/// Checks a full-text search before it runs, so that FTS5 syntax errors
/// come with a way to quote the words.
fn check_search(conn: &Connection, search: Option<&str>) -> Result<()> {
    let Some(search) = search else { return Ok(()) };
    let probe = conn
        .prepare_cached("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 LIMIT 1")
        .and_then(|mut stmt| stmt.exists([search]));
    match probe {
        Ok(_) => Ok(()),
        Err(err) if err.sqlite_error_code() == Some(ErrorCode::OperationInterrupted) => Err(QueryError::Interrupted),
        Err(err @ rusqlite::Error::SqliteFailure(..)) => Err(QueryError::Search {
            search: search.to_string(),
            reason: err.to_string(),
            quoted: quote_search(search),
        }),
        Err(err) => Err(sql_error("checking the search")(err)),
    }
}

/// Each word of a search as an FTS5 string (`a:b AND` -> `"a:b" "AND"`),
/// which FTS5 matches as written.
fn quote_search(search: &str) -> String {
    search.split_whitespace().map(|word| format!("\"{}\"", word.replace('"', "\"\""))).collect::<Vec<_>>().join(" ")
}

/// One titled table of `warta stats`.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Its name: `sources`, `kinds`, `years` or `last_run`.
    pub title: &'static str,
    /// Its rows.
    pub rows: Rows,
    /// Whether it is one record (the last run) rather than a list.
    pub record: bool,
}

/// The counts of `warta stats`, each a titled table.
pub fn stats(store: &Store) -> Result<Vec<Section>> {
    let conn = store.connection();
    let sections = [
        (
            "sources",
            "SELECT coalesce(s.name, '(files)') AS source, count(DISTINCT p.id) AS pages,
                    count(DISTINCT a.id) AS articles, count(f.id) AS facts
             FROM page AS p LEFT JOIN source AS s ON s.id = p.source_id
             LEFT JOIN article AS a ON a.page_id = p.id LEFT JOIN fact AS f ON f.article_id = a.id
             GROUP BY s.name ORDER BY s.name",
        ),
        ("kinds", "SELECT kind, count(*) AS facts FROM fact GROUP BY kind ORDER BY kind"),
        (
            "years",
            "SELECT fact_year AS year, count(*) AS facts, count(DISTINCT article_id) AS articles
             FROM fact GROUP BY fact_year ORDER BY fact_year",
        ),
        (
            "last_run",
            "SELECT id AS run_id, kind, started_at, finished_at,
                    CASE WHEN interrupted THEN 'interrupted (Ctrl-C)'
                         WHEN finished_at IS NULL THEN 'running, or killed'
                         ELSE 'finished' END AS outcome,
                    pages_fetched, pages_failed, articles_added,
                    articles_changed, articles_unchanged, facts_added, facts_removed, facts_changed,
                    json_array_length(errors) AS errors
             FROM run ORDER BY id DESC LIMIT 1",
        ),
    ];
    sections
        .into_iter()
        .map(|(title, sql)| {
            let rows = collect(|rows| run(conn, sql, &[], "counting for stats", None, rows))?;
            Ok(Section { title, rows, record: title == "last_run" })
        })
        .collect()
}

/// The error of a failed statement: [`QueryError::Interrupted`] when
/// [`interrupt_after`] stopped it, else SQLite's cause with `what`.
fn sql_error(what: &str) -> impl Fn(rusqlite::Error) -> QueryError + '_ {
    move |source| {
        if source.sqlite_error_code() == Some(ErrorCode::OperationInterrupted) {
            QueryError::Interrupted
        } else {
            QueryError::Sql { what: what.to_string(), source }
        }
    }
}

/// Prepares and binds a statement, and streams its rows into `sink` as
/// SQLite steps, at most `limit` of them (the statement's own `LIMIT` may
/// allow one more, which only tells that there are more).
fn run(
    conn: &Connection,
    sql: &str,
    params: &[Value],
    what: &str,
    limit: Option<usize>,
    sink: &mut dyn RowSink,
) -> Result<Delivered> {
    let err = sql_error(what);
    let mut stmt = conn.prepare_cached(sql).map_err(&err)?;
    let columns: Vec<String> = stmt.column_names().into_iter().map(str::to_string).collect();
    sink.columns(&columns).map_err(|source| QueryError::Output { source })?;
    let params: Vec<&dyn ToSql> = params.iter().map(|p| p as &dyn ToSql).collect();
    let mut rows = stmt.query(params.as_slice()).map_err(&err)?;
    let mut delivered = Delivered::default();
    while let Some(row) = rows.next().map_err(&err)? {
        if limit.is_some_and(|limit| delivered.rows >= limit as u64) {
            delivered.more = true;
            break;
        }
        let cells = (0..columns.len())
            .map(|i| row.get_ref(i).map(Cell::from))
            .collect::<rusqlite::Result<_>>()
            .map_err(&err)?;
        sink.row(cells).map_err(|source| QueryError::Output { source })?;
        delivered.rows += 1;
    }
    Ok(delivered)
}

/// Runs a `SELECT count(*) ...`.
fn count(conn: &Connection, sql: &str, params: &[Value], what: &str) -> Result<u64> {
    let params: Vec<&dyn ToSql> = params.iter().map(|p| p as &dyn ToSql).collect();
    conn.prepare_cached(sql)
        .and_then(|mut stmt| stmt.query_row(params.as_slice(), |row| row.get::<_, i64>(0)))
        .map(|n| n.max(0) as u64)
        .map_err(sql_error(what))
}

/// A cell as plain text (NULL is empty).
fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => text.clone(),
        Cell::Integer(i) => i.to_string(),
        Cell::Real(r) => r.to_string(),
        Cell::Null | Cell::Blob(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dataset_filters_become_conditions_on_fact_a_province_a_range_of_codes() {
        let filter = FactFilter {
            assessment: Some("ombudsman_kepatuhan".into()),
            region: crate::region::by_code("35"),
            period: Some(2024),
            ..FactFilter::default()
        };
        let s = fact_conditions(&filter);
        assert_eq!(s.where_clause(), "WHERE assessment = ? AND region >= ? AND region < ? AND period = ?");
        let text = |t: &str| Value::Text(t.into());
        assert_eq!(s.params, [text("ombudsman_kepatuhan"), text("35"), text("35/"), Value::Integer(2024)]);
        let city = fact_conditions(&FactFilter { region: crate::region::by_code("35.77"), ..FactFilter::default() });
        assert_eq!((city.where_clause().as_str(), city.params.as_slice()), ("WHERE region = ?", &[text("35.77")][..]));
        // Every code of the province, and no other, falls in the range.
        for region in crate::region::all() {
            let inside = region.code >= "35" && region.code < "35/";
            assert_eq!(inside, region.province == "35", "{}", region.code);
        }
    }

    #[test]
    fn the_facts_query_shows_the_dataset_fields_fact_year_and_the_title() {
        let (sql, params) =
            facts_statement(&FactFilter { period: Some(2023), limit: Some(100), ..FactFilter::default() });
        for column in ["assessment,", "assessment_text,", "period,", "region,", "region_name,", "fact_year,", "title,"]
        {
            assert!(sql.contains(column), "{column} in {sql}");
        }
        assert!(sql.contains("FROM fact WHERE period = ? ORDER BY"), "{sql}");
        assert_eq!(params, [Value::Integer(2023), Value::Integer(101)]);
    }
}

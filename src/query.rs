//! Typed read-only queries over the store, shared by every front end (the
//! CLI today, a web API later): facts by kind, subject, year, date range,
//! source and full-text search; articles with search snippets; any read-only
//! SQL; and the counts of `warta stats`. Results are [`Rows`]: column names
//! and SQLite-typed cells, rendered by [`crate::output`]. Nothing here writes.

use jiff::civil::Date;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, ToSql};

use crate::model::FactKind;
use crate::store::Store;

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

    /// Only the named columns, in the order given (names it lacks are skipped).
    pub fn select(&self, names: &[&str]) -> Rows {
        let indexes: Vec<usize> = names.iter().filter_map(|name| self.columns.iter().position(|c| c == name)).collect();
        Rows {
            columns: indexes.iter().map(|&i| self.columns[i].clone()).collect(),
            rows: self.rows.iter().map(|row| indexes.iter().map(|&i| row[i].clone()).collect()).collect(),
        }
    }
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

    fn where_clause(&self) -> String {
        if self.conditions.is_empty() { String::new() } else { format!("WHERE {}", self.conditions.join(" AND ")) }
    }

    fn limit(&mut self, limit: Option<usize>) -> &'static str {
        match limit {
            Some(limit) => {
                self.params.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
                "LIMIT ?"
            }
            None => "",
        }
    }
}

/// The order of `warta query facts`: newest publication first (undated
/// articles last), then article, then position in the body.
const FACT_ORDER: &str = "published_date DESC, article_id DESC, start, fact_id";

/// The SQL of `warta query facts`, and its parameters.
fn facts_statement(filter: &FactFilter) -> (String, Vec<Value>) {
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
    s.filter("published_date >= ?", filter.since.map(|d| d.to_string()));
    s.filter("published_date <= ?", filter.until.map(|d| d.to_string()));
    s.filter(
        "article_id IN (SELECT a.id FROM article AS a JOIN page AS p ON p.id = a.page_id
                        JOIN source AS s ON s.id = p.source_id WHERE s.name = ?)",
        filter.source.clone(),
    );
    s.filter("article_id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)", filter.search.clone());
    let where_clause = s.where_clause();
    let limit = s.limit(filter.limit);
    // A page of fact ids is chosen from `fact` alone first (every filter is
    // on its columns or a subquery), so that a filter whose index does not
    // give the order (a subject prefix, a source) sorts narrow index keys,
    // not every match joined to its article; the view's wide columns are
    // then read for that page only.
    let sql = format!(
        "SELECT fact_id, kind, subject, value, rank, top, scope, instrument, number, year, date_value, text,
                sentence, start, \"end\", article_id, title, url, published_date, source
         FROM fact_view
         WHERE fact_id IN (SELECT id AS fact_id FROM fact {where_clause} ORDER BY {FACT_ORDER} {limit})
         ORDER BY {FACT_ORDER}"
    );
    (sql, s.params)
}

/// The facts matching `filter`, with their article's title, URL, publication date and source.
pub fn facts(store: &Store, filter: &FactFilter) -> Result<Rows> {
    let (sql, params) = facts_statement(filter);
    run(store.connection(), &sql, &params, "querying facts")
}

/// SQLite's plan for the facts query of `filter` (`EXPLAIN QUERY PLAN`), one step a line.
pub fn explain_facts(store: &Store, filter: &FactFilter) -> Result<Vec<String>> {
    let (sql, params) = facts_statement(filter);
    let plan = run(store.connection(), &format!("EXPLAIN QUERY PLAN {sql}"), &params, "explaining the facts query")?;
    Ok(plan
        .column("detail")
        .into_iter()
        .map(|c| if let Cell::Text(t) = c { t.clone() } else { String::new() })
        .collect())
}

/// The articles matching `filter`: newest first, or best match first with a
/// snippet when searching.
pub fn articles(store: &Store, filter: &ArticleFilter) -> Result<Rows> {
    let mut s = Statement::default();
    s.filter("article_fts MATCH ?", filter.search.clone());
    s.filter("a.published_date >= ?", filter.since.map(|d| d.to_string()));
    s.filter("a.published_date <= ?", filter.until.map(|d| d.to_string()));
    s.filter("s.name = ?", filter.source.clone());
    let where_clause = s.where_clause();
    let limit = s.limit(filter.limit);
    let (snippet, fts, order) = match filter.search {
        Some(_) => (
            ", snippet(article_fts, -1, '[', ']', '…', 16) AS snippet",
            "JOIN article_fts ON article_fts.rowid = a.id",
            "article_fts.rank, a.published_date DESC, a.id DESC",
        ),
        None => ("", "", "a.published_date DESC, a.id DESC"),
    };
    let sql = format!(
        "SELECT a.id AS article_id, a.title, coalesce(a.url, p.url) AS url, a.published_date, s.name AS source,
                (SELECT count(*) FROM fact AS f WHERE f.article_id = a.id) AS facts {snippet}
         FROM article AS a JOIN page AS p ON p.id = a.page_id LEFT JOIN source AS s ON s.id = p.source_id {fts}
         {where_clause} ORDER BY {order} {limit}"
    );
    run(store.connection(), &sql, &s.params, "querying articles")
}

/// Runs one read-only SQL statement. A statement that would write is
/// refused before it runs (and the connection is read-only besides).
pub fn sql(store: &Store, sql: &str) -> Result<Rows> {
    let conn = store.connection();
    let stmt = conn.prepare(sql).map_err(|source| QueryError::Sql { what: "cannot run the SQL".into(), source })?;
    if !stmt.readonly() {
        return Err(QueryError::Write { sql: sql.trim().to_string() });
    }
    drop(stmt);
    run(conn, sql, &[], "cannot run the SQL")
}

/// The counts of `warta stats`, each a titled table.
pub fn stats(store: &Store) -> Result<Vec<(&'static str, Rows)>> {
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
            "SELECT id AS run_id, kind, started_at, finished_at, pages_fetched, pages_failed, articles_added,
                    articles_changed, articles_unchanged, facts_added, facts_removed, json_array_length(errors) AS errors
             FROM run ORDER BY id DESC LIMIT 1",
        ),
    ];
    sections.into_iter().map(|(title, sql)| Ok((title, run(conn, sql, &[], "counting for stats")?))).collect()
}

/// Prepares, binds and collects a statement into [`Rows`].
fn run(conn: &Connection, sql: &str, params: &[Value], what: &str) -> Result<Rows> {
    let err = |source| QueryError::Sql { what: what.to_string(), source };
    let mut stmt = conn.prepare_cached(sql).map_err(err)?;
    let columns: Vec<String> = stmt.column_names().into_iter().map(str::to_string).collect();
    let params: Vec<&dyn ToSql> = params.iter().map(|p| p as &dyn ToSql).collect();
    let mut rows = stmt.query(params.as_slice()).map_err(err)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(err)? {
        out.push(
            (0..columns.len()).map(|i| row.get_ref(i).map(Cell::from)).collect::<rusqlite::Result<_>>().map_err(err)?,
        );
    }
    Ok(Rows { columns, rows: out })
}

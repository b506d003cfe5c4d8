//! The SQLite store: one file holding sources, fetched pages (raw HTML,
//! zstd-compressed), articles, their facts, runs and the crawler's frontier.
//!
//! [`Store::open`] checks a file before touching it: a file that is not a
//! warta database (wrong `application_id`, or not SQLite at all) or that a
//! newer warta wrote (`user_version` past our migrations) is refused and left
//! byte-for-byte as it was. Connections run in WAL mode with a busy timeout
//! and foreign keys on; every multi-row write is one transaction, so an
//! article and its facts appear together or not at all.
//!
//! This module knows SQL and nothing of HTML or HTTP: callers hand it bytes,
//! URLs and [`crate::model`] values. The schema is documented in
//! `docs/schema.md`; migrations live in `migrations/` and are never edited
//! once landed.

mod articles;
mod crawl_state;
mod pages;
mod regions;
mod runs;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};

pub use articles::{ArticleChange, ChangeKind};
pub use crawl_state::{Candidate, QueuedUrl, RevisitDue, UrlState, Via};
pub use pages::{PackedHtml, PageRecord, PageSaved, StoredPage, Validators, normalise_url};
pub use runs::{RunCounts, RunId, RunKind};

/// The `application_id` stamped in every warta database header ("WART").
pub const APPLICATION_ID: i32 = 0x5741_5254;

/// How long a connection waits for another writer before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The migrations, in order; the schema version is their count.
const MIGRATIONS: [&str; 7] = [
    include_str!("migrations/001_source_page.sql"),
    include_str!("migrations/002_article_fact.sql"),
    include_str!("migrations/003_run_frontier.sql"),
    include_str!("migrations/004_fact_order_fts_tuning.sql"),
    include_str!("migrations/005_run_revisit_counts.sql"),
    include_str!("migrations/006_run_interrupted.sql"),
    include_str!("migrations/007_fact_dataset.sql"),
];

/// The schema version this build writes and reads (`PRAGMA user_version`).
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A read-only open of a path where no file exists.
    #[error("database {path} does not exist")]
    NotFound {
        /// The database path.
        path: PathBuf,
    },
    /// SQLite could not open the file (a folder, no permission...).
    #[error("cannot open database {path}")]
    Open {
        /// The database path.
        path: PathBuf,
        /// SQLite's cause.
        #[source]
        source: rusqlite::Error,
    },
    /// The file is not SQLite, or is a SQLite database of another program.
    #[error("{path} is not a warta database ({reason}); it was left untouched")]
    NotWarta {
        /// The database path.
        path: PathBuf,
        /// What gave it away.
        reason: String,
    },
    /// A newer warta wrote the file.
    #[error(
        "database {path} has schema version {found}, newer than this warta's {SCHEMA_VERSION}; \
         upgrade warta (the file was left untouched)"
    )]
    TooNew {
        /// The database path.
        path: PathBuf,
        /// Its `user_version`.
        found: i32,
    },
    /// An older warta wrote the file and a read-only open cannot migrate it.
    #[error(
        "database {path} has schema version {found}, older than this warta's {SCHEMA_VERSION}; \
         run `warta reprocess` once to upgrade it"
    )]
    TooOld {
        /// The database path.
        path: PathBuf,
        /// Its `user_version`.
        found: i32,
    },
    /// A migration failed.
    #[error("cannot migrate database {path}")]
    Migrate {
        /// The database path.
        path: PathBuf,
        /// The migration cause.
        #[source]
        source: rusqlite_migration::Error,
    },
    /// A statement failed.
    #[error("{what}")]
    Sql {
        /// What was being done, with the URL or id it concerned.
        what: String,
        /// SQLite's cause.
        #[source]
        source: rusqlite::Error,
    },
    /// A URL that cannot be parsed, so cannot be normalised.
    #[error("bad URL {url:?}")]
    BadUrl {
        /// The URL as given.
        url: String,
        /// The parse error.
        #[source]
        source: url::ParseError,
    },
    /// Compressing or decompressing a page failed.
    #[error("cannot (de)compress the HTML of {url}")]
    Zstd {
        /// The page URL.
        url: String,
        /// zstd's cause.
        #[source]
        source: std::io::Error,
    },
    /// A value in the database that this warta does not know.
    #[error("unexpected value {value:?} in column {column}")]
    Corrupt {
        /// The table and column.
        column: &'static str,
        /// The stored value.
        value: String,
    },
}

/// A shorthand for store results.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Wraps a rusqlite error with what was being done.
fn sql(what: impl Into<String>) -> impl FnOnce(rusqlite::Error) -> StoreError {
    let what = what.into();
    move |source| StoreError::Sql { what, source }
}

/// The now, as stored in `*_at` columns: ISO 8601 UTC to the second.
fn now() -> String {
    jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// An open warta database. Writes go through one `Store` at a time (the
/// crawler's writer task, or reprocess's writer thread); readers open their own.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

/// What a read-only look at an existing file found.
enum Found {
    /// An empty SQLite file (or a zero-byte file): safe to initialise.
    Empty,
    /// A warta database at this schema version.
    Warta(i32),
}

impl Store {
    /// Opens (creating if needed) a database for writing, migrating it to
    /// [`SCHEMA_VERSION`] and filling its `region` table with the official
    /// list (see `regions.rs`). Foreign files and newer databases are
    /// refused unmodified.
    pub fn open(path: &Path) -> Result<Self> {
        if path.exists() {
            inspect(path)?;
        }
        let mut conn = Connection::open(path).map_err(|source| StoreError::Open { path: path.into(), source })?;
        configure(&conn, path)?;
        conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get::<_, String>(0))
            .map_err(|source| StoreError::Open { path: path.into(), source })?;
        for pragma in ["PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"] {
            conn.execute_batch(pragma).map_err(|source| StoreError::Open { path: path.into(), source })?;
        }
        let migrations = Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect());
        migrations.to_latest(&mut conn).map_err(|source| StoreError::Migrate { path: path.into(), source })?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(|source| StoreError::Open { path: path.into(), source })?;
        regions::sync(&mut conn)?;
        Ok(Self { conn })
    }

    /// Opens an existing database read-only (`query`, `stats`): a missing
    /// file is an error and nothing is created; writes fail.
    pub fn open_read_only(path: &Path) -> Result<Self> {
        if !path.exists() {
            return Err(StoreError::NotFound { path: path.into() });
        }
        match inspect(path)? {
            Found::Warta(SCHEMA_VERSION) => {}
            Found::Warta(found) => return Err(StoreError::TooOld { path: path.into(), found }),
            Found::Empty => {
                return Err(StoreError::NotWarta { path: path.into(), reason: "empty database".into() });
            }
        }
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|source| StoreError::Open { path: path.into(), source })?;
        configure(&conn, path)?;
        conn.execute_batch("PRAGMA query_only = ON")
            .map_err(|source| StoreError::Open { path: path.into(), source })?;
        Ok(Self { conn })
    }

    /// The connection, for the read-only queries of [`crate::query`].
    pub(crate) fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Refreshes the statistics the query planner uses, for every table whose
    /// size changed enough since the last time (`PRAGMA optimize=0x10002`,
    /// an approximate `ANALYZE`): cheap, and run at the end of every crawl
    /// and reprocess. Without statistics a fresh database can plan a query
    /// on a poor index (a combined `query facts` took 26 ms instead of 1).
    pub fn optimize(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA optimize = 0x10002").map_err(sql("optimizing the database"))
    }

    /// Runs `work` in one transaction (committed if it returns `Ok`): the
    /// writer's way to batch many saves. Saves inside join this transaction
    /// rather than open savepoints of their own (which would cost FTS5 a
    /// new index segment each), so `work` must return the error of any save
    /// that failed: the whole batch then rolls back, where swallowing the
    /// error would commit a half-saved article.
    pub fn batch<T, E: From<StoreError>>(&mut self, work: impl FnOnce(&mut Self) -> Result<T, E>) -> Result<T, E> {
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(sql("beginning a batch"))?;
        match work(self) {
            Ok(value) => {
                self.conn.execute_batch("COMMIT").map_err(sql("committing a batch"))?;
                Ok(value)
            }
            Err(err) => {
                // The batch's own error is the one worth reporting.
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(err)
            }
        }
    }

    /// Runs `work` so that its writes land all together or not at all: in a
    /// transaction of its own, or inside the open [`Store::batch`].
    fn atomically<T>(&mut self, work: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        if self.conn.is_autocommit() { self.batch(|store| work(&store.conn)) } else { work(&self.conn) }
    }
}

/// Settings every connection gets.
fn configure(conn: &Connection, path: &Path) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT).map_err(|source| StoreError::Open { path: path.into(), source })
}

/// Looks at an existing file through a read-only connection, so that a file
/// we refuse is never modified.
fn inspect(path: &Path) -> Result<Found> {
    let not_warta = |reason: String| StoreError::NotWarta { path: path.into(), reason };
    if path.is_dir() {
        return Err(not_warta("a folder".into()));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|source| StoreError::Open { path: path.into(), source })?;
    let header = |pragma: &str| conn.query_row(pragma, [], |row| row.get::<_, i32>(0));
    let read = (|| {
        Ok((header("PRAGMA application_id")?, header("PRAGMA user_version")?, {
            conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get::<_, i64>(0))?
        }))
    })();
    let (application_id, version, objects) = match read {
        Ok(found) => found,
        Err(rusqlite::Error::SqliteFailure(err, _)) if err.code == rusqlite::ErrorCode::NotADatabase => {
            return Err(not_warta("not an SQLite file".into()));
        }
        Err(source) => return Err(StoreError::Open { path: path.into(), source }),
    };
    match application_id {
        APPLICATION_ID if version > SCHEMA_VERSION => Err(StoreError::TooNew { path: path.into(), found: version }),
        APPLICATION_ID => Ok(Found::Warta(version)),
        0 if objects == 0 && version == 0 => Ok(Found::Empty),
        0 => Err(not_warta("an SQLite database of another program".into())),
        other => Err(not_warta(format!("application_id {other:#x}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid_and_versioned() {
        let migrations = Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect());
        assert!(migrations.validate().is_ok());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        let store = Store::open(&path).unwrap();
        let version: i32 = store.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let mode: String = store.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        let keys: i32 = store.conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
        assert_eq!(keys, 1);
    }

    /// How Datasette (`datasette.utils.detect_fts_sql`, 0.65) and
    /// sqlite-utils (`Table.detect_fts`, 4.2) find the full-text index of a
    /// table `:table`: by the text of the index's CREATE statement, or by the
    /// index's own name, which `article_fts` is not.
    const DETECT_FTS: &str = r#"
        select name from sqlite_master
            where rootpage = 0
            and (
                sql like '%VIRTUAL TABLE%USING FTS%content="' || :table || '"%'
                or sql like '%VIRTUAL TABLE%USING FTS%content=[' || :table || ']%'
                or (tbl_name = :table and sql like '%VIRTUAL TABLE%USING FTS%')
            )"#;

    #[test]
    fn datasette_and_sqlite_utils_find_the_article_search_index() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("w.db")).unwrap();
        let detect = |table: &str| -> Vec<String> {
            let mut stmt = store.conn.prepare(DETECT_FTS).unwrap();
            stmt.query_map(&[(":table", table)], |r| r.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap()
        };
        assert_eq!(detect("article"), ["article_fts"]);
        assert!(detect("fact").is_empty() && detect("page").is_empty());
        let declared: String =
            store.conn.query_row("SELECT sql FROM sqlite_schema WHERE name = 'article_fts'", [], |r| r.get(0)).unwrap();
        assert!(declared.contains(r#"content="article""#), "{declared}");
    }

    #[test]
    fn open_refuses_other_sqlite_databases_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        Connection::open(&path).unwrap().execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path).unwrap_err();
        assert!(matches!(err, StoreError::NotWarta { .. }), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn open_initialises_an_empty_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.db");
        std::fs::write(&path, b"").unwrap();
        assert!(Store::open(&path).is_ok());
        assert!(Store::open_read_only(&path).is_ok());
    }
}

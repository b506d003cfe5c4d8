//! Integration tests: `warta query` and `warta stats` as a person and a
//! program meet them: tables that fit 80 and 100 columns, what is said on
//! stderr (a limit that cut the output, no rows, an unknown source, a bad
//! search, no database), and SQL results that stream.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use crate::util::{fixture, run_warta, text, warta_in, write_pages};

/// A generous bound on a process that should end at once.
const PROMPT: Duration = Duration::from_secs(20);

/// Values this long or shorter are never split in a table.
const SHORT: usize = 16;

/// A query that never ends, yielding a row at every step.
const ENDLESS: &str =
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x, 'baris ' || x AS label FROM n";

/// A temporary folder with a database made by `warta reprocess` of `pages`.
struct Db {
    dir: tempfile::TempDir,
    path: PathBuf,
}

impl Db {
    /// The fixture pages: every kind of fact, real titles and dates.
    fn fixtures() -> Db {
        Self::of(|_| fixture("html"))
    }

    /// `count` generated pages, one score each.
    fn pages(count: usize) -> Db {
        Self::of(|dir| write_pages(dir, count))
    }

    fn of(pages: impl FnOnce(&Path) -> PathBuf) -> Db {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("warta.db");
        let pages = pages(dir.path());
        let made = run_warta(dir.path(), &["--db", path.to_str().unwrap(), "reprocess", pages.to_str().unwrap()]);
        assert!(made.status.success(), "{}", text(&made.stderr));
        Db { dir, path }
    }

    /// Runs `warta --db DB args`, tables `width` wide.
    fn run_at(&self, width: usize, args: &[&str]) -> Output {
        let mut command = warta_in(self.dir.path(), &["--db", self.path.to_str().unwrap()]);
        command.args(args).env("COLUMNS", width.to_string()).output().unwrap()
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_at(100, args)
    }
}

/// Asserts a failure (exit 1) with one `warta:` line on stderr holding every needle.
fn assert_one_line_error(output: &Output, needles: &[&str]) {
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("warta: ") && needles.iter().all(|n| stderr.contains(n)), "{stderr}");
}

/// The pieces of a table line between its borders.
fn cells(line: &str) -> Vec<&str> {
    line.split(['│', '┆']).map(str::trim).filter(|cell| !cell.is_empty()).collect()
}

#[test]
fn facts_tables_fit_80_and_100_columns_with_dates_and_values_whole() {
    let db = Db::fixtures();
    let all = db.run(&["query", "facts", "--format", "jsonl"]);
    let facts: Vec<serde_json::Value> = text(&all.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(facts.len() > 20, "{}", facts.len());
    let scalar = |value: &serde_json::Value| match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    for width in [80, 100] {
        let output = db.run_at(width, &["query", "facts", "--limit", "0"]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let table = text(&output.stdout);
        for line in table.lines() {
            assert!(line.chars().count() <= width, "a line longer than {width}:\n{line}");
            for cell in cells(line) {
                let split_date =
                    cell.len() < 10 && cell.chars().all(|c| c.is_ascii_digit() || c == '-') && cell.contains('-');
                assert!(!split_date, "a date split at {width}: {cell:?} in\n{line}");
            }
        }
        let shown: Vec<&str> = table.lines().flat_map(cells).collect();
        for fact in &facts {
            let published = scalar(&fact["published_date"]);
            assert!(fact["published_date"].is_null() || shown.contains(&published.as_str()), "{published}");
            let value = scalar(&fact["value"]);
            if !fact["value"].is_null() && value.chars().count() <= SHORT {
                assert!(shown.contains(&value.as_str()), "{value} not whole at {width}:\n{table}");
            }
        }
        let titles: Vec<&str> = table.lines().filter(|l| l.contains(" fact")).filter(|l| !l.starts_with('│')).collect();
        assert!(titles.len() >= 5, "one table per kind: {titles:?}");
    }
}

#[test]
fn a_limit_that_cuts_the_table_is_said_and_machine_formats_have_none() {
    let db = Db::pages(130);
    let table = db.run(&["query", "facts", "--kind", "score"]);
    assert!(table.status.success());
    assert_eq!(text(&table.stderr), "warta: showing 100 of 130 facts (use --limit 0 for all)\n");
    assert_eq!(text(&table.stdout).lines().filter(|l| l.starts_with('│') && l.contains("Berita")).count(), 100);
    let five = db.run(&["query", "articles", "--limit", "5"]);
    assert_eq!(text(&five.stderr), "warta: showing 5 of 130 articles (use --limit 0 for all)\n");
    for (format, rows) in [("jsonl", 130), ("csv", 131)] {
        let output = db.run(&["query", "facts", "--kind", "score", "--format", format]);
        assert_eq!(text(&output.stdout).lines().count(), rows, "{format}");
        assert_eq!(text(&output.stderr), "", "{format}");
    }
    let json = db.run(&["query", "articles", "--format", "json"]);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&json.stdout).unwrap().as_array().unwrap().len(), 130);
    let all = db.run(&["query", "facts", "--kind", "score", "--limit", "0"]);
    assert_eq!(text(&all.stderr), "", "nothing was cut");
    let csv_cut = db.run(&["query", "facts", "--kind", "score", "--format", "csv", "--limit", "7"]);
    assert_eq!(text(&csv_cut.stdout).lines().count(), 8);
    assert!(text(&csv_cut.stderr).contains("showing 7 of 130"), "{}", text(&csv_cut.stderr));
}

#[test]
fn no_rows_is_said_on_stderr() {
    let db = Db::pages(2);
    let table = db.run(&["query", "facts", "--subject", "Kabupaten Tidak Ada"]);
    assert!(table.status.success());
    assert_eq!((text(&table.stdout).as_str(), text(&table.stderr).as_str()), ("", "warta: no facts match\n"));
    let json = db.run(&["query", "articles", "--search", "tsunami", "--format", "json"]);
    assert_eq!((text(&json.stdout).as_str(), text(&json.stderr).as_str()), ("[]\n", "warta: no articles match\n"));
    let sql = db.run(&["query", "sql", "SELECT * FROM fact WHERE 0", "--format", "csv"]);
    assert!(text(&sql.stdout).starts_with("id,article_id,kind,"), "{}", text(&sql.stdout));
    assert_eq!(text(&sql.stderr), "warta: no rows match\n");
}

#[test]
fn an_unknown_source_is_warned_about_like_crawl_does() {
    let db = Db::pages(2);
    for command in ["facts", "articles"] {
        let output = db.run(&["query", command, "--source", "TIDAK-ADA"]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let stderr = text(&output.stderr);
        assert!(stderr.starts_with("warta: warning: no source is named \"TIDAK-ADA\" in this database"), "{stderr}");
        assert!(stderr.contains("pages from files carry no source"), "{stderr}");
    }
}

#[test]
fn a_search_fts5_cannot_read_says_how_to_quote_it() {
    let db = Db::pages(3);
    let cases = [("a:b", r#"quote them: "a:b""#), ("AND", r#"quote them: "AND""#), ("kota AND", r#""kota" "AND""#)];
    for (search, quoted) in cases {
        for command in ["facts", "articles"] {
            let output = db.run(&["query", command, "--search", search]);
            assert_one_line_error(&output, &[&format!("full-text search {search:?}"), "FTS5", quoted]);
        }
    }
    let quoted = db.run(&["query", "articles", "--search", "\"Kota:Madiun\"", "--format", "jsonl"]);
    assert!(quoted.status.success(), "{}", text(&quoted.stderr));
    assert_eq!(text(&quoted.stdout).lines().count(), 3, "the quoted words match as written");
}

#[test]
fn empty_sql_and_a_missing_database_are_named() {
    let db = Db::pages(1);
    for sql in ["", "   ", "/* hanya komentar */"] {
        assert_one_line_error(&db.run(&["query", "sql", sql]), &["no SQL statement given"]);
    }
    let dir = tempfile::tempdir().unwrap();
    for args in [&["query", "facts"][..], &["stats"], &["query", "sql", "SELECT 1"]] {
        let output = run_warta(dir.path(), &[&["--db", "tidak-ada.db"], args].concat());
        assert_one_line_error(&output, &["tidak-ada.db does not exist", "warta reprocess", "warta crawl", "--db"]);
    }
}

#[test]
fn stats_fit_80_columns_and_show_the_last_run_as_a_list() {
    let db = Db::fixtures();
    let output = db.run_at(80, &["stats"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stats = text(&output.stdout);
    assert!(stats.lines().all(|line| line.chars().count() <= 80), "{stats}");
    let last_run = stats.split("last_run\n").nth(1).unwrap();
    let fields: Vec<(&str, &str)> =
        last_run.lines().map(|l| l.trim().split_once("  ").map_or((l.trim(), ""), |(k, v)| (k, v.trim()))).collect();
    assert_eq!(fields[0].0, "run_id");
    assert!(fields.contains(&("kind", "reprocess")) && fields.contains(&("outcome", "finished")), "{stats}");
    let articles = text(&db.run(&["query", "sql", "SELECT count(*) AS n FROM article", "--format", "csv"]).stdout);
    let articles = articles.lines().nth(1).unwrap();
    assert!(fields.contains(&("articles_added", articles)), "{articles} articles:\n{stats}");
}

/// Spawns `warta query sql ENDLESS` with stdout piped.
fn endless(db: &Db, format: &str) -> std::process::Child {
    let mut command = warta_in(db.dir.path(), &["--db", db.path.to_str().unwrap(), "query", "sql", ENDLESS]);
    command.args(["--format", format]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
}

#[test]
fn sql_rows_stream_from_a_query_that_never_ends_and_a_closed_pipe_ends_it() {
    let db = Db::pages(1);
    for (format, first) in [("jsonl", r#"{"x":1,"label":"baris 1"}"#), ("csv", "x,label"), ("json", r#"[{"x":1,"#)] {
        let started = Instant::now();
        let mut child = endless(&db, format);
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        assert!(lines.next().unwrap().unwrap().starts_with(first), "{format}");
        for _ in 0..1000 {
            lines.next().unwrap().unwrap();
        }
        assert!(child.try_wait().unwrap().is_none(), "{format}: the query has no end, yet rows came");
        drop(lines); // `| head`: the reader goes away
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            assert!(started.elapsed() < PROMPT, "{format}: still running after its reader left");
            std::thread::sleep(Duration::from_millis(20));
        };
        assert!(status.success(), "{format}: a closed pipe is success");
    }
    let mut table = endless(&db, "table");
    let mut lines = BufReader::new(table.stdout.take().unwrap()).lines();
    let first_table: Vec<String> = lines.by_ref().take(3).map(Result::unwrap).collect();
    assert!(first_table[1].contains("label"), "{first_table:?}");
    table.kill().unwrap();
    table.wait().unwrap();
}

#[test]
fn timeout_stops_a_query_with_a_clear_error() {
    let db = Db::pages(1);
    let endless_count = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";
    let started = Instant::now();
    let output = db.run(&["query", "sql", endless_count, "--timeout", "1s"]);
    assert!(started.elapsed() < PROMPT);
    assert_one_line_error(&output, &["ran longer than --timeout 1s and was stopped"]);
    let quick = db.run(&["query", "sql", "SELECT count(*) AS n FROM article", "--timeout", "1m", "--format", "csv"]);
    assert_eq!(text(&quick.stdout), "n\n1\n");
}

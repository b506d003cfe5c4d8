//! Integration tests: the store (one story through the library API, atuin's
//! `db_story` style), and `warta reprocess`, `query` and `stats` end to end,
//! including a reprocess killed with SIGKILL and the bad-input cases.

use std::path::Path;
use std::process::{Command, Output};

use rusqlite::Connection;
use warta::model::{Article, Context, DateSource, Extraction, Fact, FactDetail, FactKind};
use warta::query::{self, Cell, FactFilter};
use warta::store::{ChangeKind, PackedHtml, PageRecord, Store};

use crate::util::{fixture, write_pages};

/// Runs `warta --db <db> <args>` in `dir`, away from any config.toml.
fn warta(dir: &Path, db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_warta"))
        .current_dir(dir)
        .env_remove("WARTA_CONFIG")
        .env_remove("WARTA_DB")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Asserts a failure with one clear `warta:` line on stderr mentioning `needle`.
fn assert_one_line_error(output: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "expected failure, got {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("warta: ") && stderr.contains(needle), "{stderr}");
}

fn fact(detail: FactDetail, text: &str, start: usize) -> Fact {
    Fact {
        detail,
        text: text.into(),
        start,
        end: start + text.chars().count(),
        sentence: text.into(),
        context: Default::default(),
    }
}

fn texts(cells: Vec<&Cell>) -> Vec<String> {
    cells
        .into_iter()
        .map(|cell| match cell {
            Cell::Text(t) => t.clone(),
            Cell::Real(r) => r.to_string(),
            Cell::Integer(i) => i.to_string(),
            other => format!("{other:?}"),
        })
        .collect()
}

#[test]
fn db_story_migrate_insert_reinsert_query() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("warta.db");
    let mut store = Store::open(&path).unwrap();
    let source = store.source_id("madiunkota").unwrap();
    let html = b"<html><p>Kota Madiun meraih nilai 95,5.</p></html>";
    let page = PageRecord {
        url: "https://madiunkota.go.id/berita/ombudsman",
        final_url: None,
        source_id: Some(source),
        http_status: Some(200),
        fetched_at: "2024-11-26T01:00:00Z".parse().unwrap(),
        etag: Some("\"abc\""),
        last_modified: None,
        content_type: Some("text/html"),
        html: &PackedHtml::new(html).unwrap(),
    };
    let saved = store.save_page(&page).unwrap();
    let body = "Kota Madiun meraih nilai 95,5 dan masuk 25 besar nasional sesuai Keputusan Nomor 252/2024.";
    let mut extraction = Extraction {
        article: Article {
            title: Some("Kota Madiun Raih Nilai 95,5".into()),
            published: Some("2024-11-25T10:15:00+07:00".parse().unwrap()),
            published_source: Some(DateSource::Meta),
            authors: vec!["Humas".into()],
            language: Some("id".into()),
            body: body.into(),
            ..Article::default()
        },
        facts: vec![
            Fact {
                context: Context {
                    assessment: Some("ombudsman_kepatuhan".into()),
                    assessment_text: Some("Ombudsman".into()),
                    period: Some(2024),
                    region: Some("35.77".into()),
                    region_name: Some("Kota Madiun".into()),
                },
                ..fact(FactDetail::Score { value: 95.5, subject: Some("Kota Madiun".into()) }, "nilai 95,5", 19)
            },
            fact(
                FactDetail::Ranking {
                    rank: None,
                    top: Some(25),
                    scope: Some("nasional".into()),
                    subject: Some("Kota Madiun".into()),
                },
                "25 besar",
                39,
            ),
            fact(
                FactDetail::Decree { instrument: "Keputusan".into(), number: "252/2024".into(), year: Some(2024) },
                "Keputusan Nomor 252/2024",
                65,
            ),
        ],
    };

    let first = store.save_extraction(saved.page_id, &extraction, "test-1").unwrap();
    assert_eq!((first.kind, first.facts_added, first.facts_removed), (ChangeKind::Added, 3, 0));
    let again = store.save_extraction(saved.page_id, &extraction, "test-1").unwrap();
    assert_eq!((again.kind, again.facts_added, again.facts_removed), (ChangeKind::Unchanged, 0, 0));
    assert!(!store.save_page(&page).unwrap().changed);

    extraction.facts.remove(1);
    extraction.facts.push(fact(FactDetail::Date { value: "2024-11-25".parse().unwrap() }, "25 November 2024", 0));
    let changed = store.save_extraction(saved.page_id, &extraction, "test-2").unwrap();
    assert_eq!((changed.kind, changed.facts_added, changed.facts_removed), (ChangeKind::Changed, 1, 1));
    drop(store);

    let reader = Store::open_read_only(&path).unwrap();
    let scores = query::facts(
        &reader,
        &FactFilter {
            kind: Some(FactKind::Score),
            subject: Some("kota madiun".into()),
            year: Some(2024),
            source: Some("madiunkota".into()),
            search: Some("ombudsman OR madiun".into()),
            since: Some("2024-11-25".parse().unwrap()),
            until: Some("2024-11-25".parse().unwrap()),
            assessment: Some("ombudsman_kepatuhan".into()),
            region: warta::region::by_code("35"),
            period: Some(2024),
            limit: Some(10),
        },
    )
    .unwrap();
    assert_eq!(texts(scores.column("value")), ["95.5"]);
    assert_eq!(texts(scores.column("title")), ["Kota Madiun Raih Nilai 95,5"]);
    assert_eq!(texts(scores.column("url")), ["https://madiunkota.go.id/berita/ombudsman"]);
    let of_2024 = query::facts(&reader, &FactFilter { year: Some(2024), ..FactFilter::default() }).unwrap();
    // One article: its facts in body order.
    assert_eq!(texts(of_2024.column("kind")), ["date", "score", "decree"]);
    let none =
        query::facts(&reader, &FactFilter { until: Some("2024-11-24".parse().unwrap()), ..FactFilter::default() });
    assert!(none.unwrap().rows.is_empty());

    let conn = Connection::open(&path).unwrap();
    let (fts_hits, version): (i64, String) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM article_fts WHERE article_fts MATCH 'keputusan'),
                    (SELECT extractor_version FROM article)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((fts_hits, version.as_str()), (1, "test-2"));
}

#[test]
fn query_facts_lists_newest_articles_first_then_body_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("warta.db");
    let mut store = Store::open(&path).unwrap();
    let html = PackedHtml::new(b"<p>isi</p>").unwrap();
    // Saved oldest first; one article has no date.
    for (slug, published) in [("lama", Some("2023-05-02")), ("tanpa-tanggal", None), ("baru", Some("2024-11-25"))] {
        let url = format!("https://madiunkota.go.id/berita/{slug}");
        let page = PageRecord {
            url: &url,
            final_url: None,
            source_id: None,
            http_status: Some(200),
            fetched_at: "2024-11-26T01:00:00Z".parse().unwrap(),
            etag: None,
            last_modified: None,
            content_type: None,
            html: &html,
        };
        let page_id = store.save_page(&page).unwrap().page_id;
        let body = format!("Berita {slug}: nilai 80 lalu nilai 90.");
        let extraction = Extraction {
            article: Article {
                title: Some(slug.into()),
                published: published.map(|d| d.parse().unwrap()),
                body,
                ..Article::default()
            },
            // Stated out of body order: the query puts them back in it.
            facts: vec![
                fact(FactDetail::Score { value: 90.0, subject: None }, "nilai 90", 30),
                fact(FactDetail::Score { value: 80.0, subject: None }, "nilai 80", 15),
            ],
        };
        store.save_extraction(page_id, &extraction, "test").unwrap();
    }
    drop(store);
    let reader = Store::open_read_only(&path).unwrap();
    for filter in [FactFilter::default(), FactFilter { kind: Some(FactKind::Score), ..FactFilter::default() }] {
        let rows = query::facts(&reader, &filter).unwrap();
        assert_eq!(texts(rows.column("title")), ["baru", "baru", "lama", "lama", "tanpa-tanggal", "tanpa-tanggal"]);
        assert_eq!(texts(rows.column("value")), ["80", "90", "80", "90", "80", "90"]);
    }
}

#[test]
fn reprocess_twice_changes_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let pages = write_pages(dir.path(), 12);
    std::fs::write(pages.join("catatan.txt"), "bukan halaman").unwrap();
    let db = dir.path().join("warta.db");
    let first = warta(dir.path(), &db, &["reprocess", pages.to_str().unwrap()]);
    assert!(first.status.success(), "{first:?}");
    assert!(stdout(&first).starts_with("articles: 12 added, 0 changed, 0 unchanged"), "{}", stdout(&first));
    for args in [vec!["reprocess", pages.to_str().unwrap()], vec!["reprocess"]] {
        let again = warta(dir.path(), &db, &args);
        assert!(again.status.success(), "{again:?}");
        let line = stdout(&again);
        assert!(
            line.contains("0 added, 0 changed, 12 unchanged; facts: 0 added, 0 removed, 0 changed (nothing changed)"),
            "{line}"
        );
    }
    let runs = warta(
        dir.path(),
        &db,
        &["query", "sql", "SELECT kind, articles_unchanged FROM run ORDER BY id", "--format", "csv"],
    );
    assert_eq!(stdout(&runs), "kind,articles_unchanged\nreprocess,0\nreprocess,12\nreprocess,12\n");
    let articles = warta(dir.path(), &db, &["query", "articles", "--search", "\"Berita 3\"", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&articles)).unwrap();
    assert_eq!(json[0]["title"], "Berita 3");
    assert!(json[0]["snippet"].as_str().unwrap().contains("[Berita 3]"), "{json}");
}

/// The whole offline pipeline: the seed pages under `fixtures/html/` give
/// their gold facts, found again by kind, subject and year.
#[test]
fn reprocess_fixtures_then_query_seed_facts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("warta.db");
    let run = warta(dir.path(), &db, &["reprocess", fixture("").to_str().unwrap()]);
    assert!(run.status.success(), "{run:?}");
    let query = |args: &[&str]| -> Vec<serde_json::Value> {
        let out = warta(dir.path(), &db, &[&["query", "facts", "--format", "jsonl", "--limit", "0"], args].concat());
        assert!(out.status.success(), "{out:?}");
        stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    let values = |rows: &[serde_json::Value]| -> Vec<String> { rows.iter().map(|r| r["value"].to_string()).collect() };
    // Seed 000 was published in November 2024; seed 001 reports a decree of 31 December 2024.
    let of_2024 = values(&query(&["--kind", "score", "--subject", "Kota Madiun", "--year", "2024"]));
    assert!(of_2024.contains(&"95.5".to_string()) && of_2024.contains(&"93.59".to_string()), "{of_2024:?}");
    let all = values(&query(&["--kind", "score", "--subject", "kota madiun"]));
    assert!(all.contains(&"4.67".to_string()), "{all:?}");
    let decrees = query(&["--kind", "decree", "--year", "2024"]);
    let numbers: Vec<&str> = decrees.iter().filter_map(|r| r["number"].as_str()).collect();
    assert!(numbers.contains(&"252/2024") && numbers.contains(&"659"), "{numbers:?}");
    let grades = query(&["--kind", "grade", "--subject", "%madiun%"]);
    assert!(values(&grades).contains(&"\"zona hijau\"".to_string()), "{:?}", values(&grades));
    let dinas = query(&["--kind", "score", "--subject", "Dinas Kependudukan%"]);
    assert_eq!(values(&dinas), ["4.73"]);
    let table = stdout(&warta(dir.path(), &db, &["query", "facts", "--subject", "Kota Madiun", "--kind", "score"]));
    assert!(table.starts_with("score: "), "{table}");
    let header = table.lines().nth(2).unwrap_or_default();
    assert!(header.contains("subject") && header.contains("value") && header.contains("published"), "{table}");
    assert!(
        !header.contains("sentence") && !header.contains("url"),
        "the table keeps to the readable columns: {table}"
    );
    assert!(table.contains("95.5"), "{table}");
    let again = warta(dir.path(), &db, &["reprocess", fixture("").to_str().unwrap()]);
    assert!(stdout(&again).contains("(nothing changed)"), "{}", stdout(&again));
}

#[cfg(unix)]
#[test]
fn reprocess_killed_midway_leaves_a_sound_database_and_reruns() {
    const PAGES: usize = 4000;
    let dir = tempfile::tempdir().unwrap();
    let pages = write_pages(dir.path(), PAGES);
    let db = dir.path().join("warta.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
        .current_dir(dir.path())
        .env_remove("WARTA_CONFIG")
        .arg("--db")
        .arg(&db)
        .args(["reprocess", pages.to_str().unwrap()])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill as soon as a first batch is committed: mid-run, with more batches in flight.
    let articles = |db: &Path| -> i64 {
        Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .and_then(|c| c.query_row("SELECT count(*) FROM article", [], |r| r.get(0)))
            .unwrap_or(0)
    };
    while articles(&db) == 0 {
        assert!(child.try_wait().unwrap().is_none(), "reprocess ended before it could be killed");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();

    let stored = articles(&db);
    assert!(stored > 0 && stored < PAGES as i64, "killed after {stored} articles");
    let conn = Connection::open(&db).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let orphans: i64 = conn
        .query_row("SELECT count(*) FROM page WHERE id NOT IN (SELECT page_id FROM article)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orphans, 0, "pages and their articles are committed together");
    let unfinished: i64 =
        conn.query_row("SELECT count(*) FROM run WHERE finished_at IS NULL", [], |r| r.get(0)).unwrap();
    assert_eq!(unfinished, 1);
    // No half article: each has exactly the facts its body gives.
    let mut stmt = conn
        .prepare("SELECT body, published_date, (SELECT count(*) FROM fact WHERE article_id = a.id) FROM article AS a")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, i64>(2)?)))
        .unwrap();
    for row in rows {
        let (body, published, facts) = row.unwrap();
        let published = published.map(|d| d.parse().unwrap());
        assert_eq!(facts, warta::extract::facts::extract_facts(&body, published).len() as i64);
    }
    drop(stmt);
    drop(conn);

    let rerun = warta(dir.path(), &db, &["reprocess", pages.to_str().unwrap()]);
    assert!(rerun.status.success(), "{rerun:?}");
    let line = stdout(&rerun);
    assert!(
        line.starts_with(&format!("articles: {} added, 0 changed, {stored} unchanged", PAGES as i64 - stored)),
        "{line}"
    );
}

#[test]
fn bad_database_inputs_fail_with_one_line_and_leave_files_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let pages = write_pages(dir.path(), 1);
    let missing = dir.path().join("tidak-ada.db");
    for args in [&["query", "facts"][..], &["stats"]] {
        assert_one_line_error(&warta(dir.path(), &missing, args), "does not exist");
        assert!(!missing.exists());
    }
    assert_one_line_error(&warta(dir.path(), dir.path(), &["stats"]), "is not a warta database (a folder)");

    let text = dir.path().join("catatan.txt");
    std::fs::write(&text, "Ini bukan basis data SQLite, hanya catatan.\n".repeat(40)).unwrap();
    let before = std::fs::read(&text).unwrap();
    for args in [&["query", "facts"][..], &["reprocess", pages.to_str().unwrap()]] {
        assert_one_line_error(&warta(dir.path(), &text, args), "is not a warta database");
        assert_eq!(std::fs::read(&text).unwrap(), before);
    }

    let newer = dir.path().join("newer.db");
    drop(Store::open(&newer).unwrap());
    Connection::open(&newer).unwrap().execute_batch("PRAGMA user_version = 99").unwrap();
    let before = std::fs::read(&newer).unwrap();
    for args in [&["query", "facts"][..], &["reprocess", pages.to_str().unwrap()]] {
        assert_one_line_error(&warta(dir.path(), &newer, args), "schema version 99, newer than");
        assert_eq!(std::fs::read(&newer).unwrap(), before);
    }
}

#[test]
fn bad_queries_fail_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let pages = write_pages(dir.path(), 2);
    let db = dir.path().join("warta.db");
    assert!(warta(dir.path(), &db, &["reprocess", pages.to_str().unwrap()]).status.success());
    let before = std::fs::read(&db).unwrap();
    assert_one_line_error(&warta(dir.path(), &db, &["query", "sql", "SELEC * FROM fact"]), "syntax error");
    assert_one_line_error(&warta(dir.path(), &db, &["query", "sql", "DELETE FROM article"]), "read-only SQL only");
    assert_one_line_error(
        &warta(dir.path(), &db, &["query", "articles", "--search", "\"tak ditutup"]),
        "unterminated string",
    );
    assert_one_line_error(&warta(dir.path(), &db, &["reprocess", "tidak-ada"]), "cannot read tidak-ada");
    assert_eq!(std::fs::read(&db).unwrap(), before);
    let count = warta(dir.path(), &db, &["query", "sql", "SELECT count(*) AS n FROM article", "--format", "json"]);
    assert_eq!(stdout(&count), "[{\"n\":2}]\n");
}

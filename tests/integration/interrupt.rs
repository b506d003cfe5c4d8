//! Integration tests: Ctrl-C (SIGINT sent to the real binary) during
//! `warta reprocess` and `warta crawl`: the run stops promptly, saves what
//! it has, prints its partial summary, marks its run row interrupted and
//! exits 130; the database stays whole and the next run does the rest.

#![cfg(unix)]

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags};
use wiremock::matchers::{path, path_regex};
use wiremock::{Mock, ResponseTemplate};

use crate::crawl_server::{Site, Workspace};
use crate::util::{interrupt, text, warta_in, write_pages};

/// A generous bound on how long a run takes to stop after Ctrl-C.
const STOPS_WITHIN: Duration = Duration::from_secs(15);

/// One integer from a query of the database, 0 while it cannot be read.
fn count(db: &Path, sql: &str) -> i64 {
    Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row(sql, [], |r| r.get(0)))
        .unwrap_or(0)
}

/// Waits until `ready` holds (the child still running), sends Ctrl-C, and
/// returns the child's exit code, stdout and stderr.
fn interrupt_when(mut child: Child, ready: impl Fn() -> bool) -> (Option<i32>, String, String) {
    while !ready() {
        assert!(child.try_wait().unwrap().is_none(), "the run ended before it could be interrupted");
        std::thread::sleep(Duration::from_millis(5));
    }
    interrupt(child.id());
    let sent = Instant::now();
    while child.try_wait().unwrap().is_none() {
        assert!(sent.elapsed() < STOPS_WITHIN, "still running {STOPS_WITHIN:?} after Ctrl-C");
        std::thread::sleep(Duration::from_millis(10));
    }
    let output = child.wait_with_output().unwrap();
    (output.status.code(), text(&output.stdout), text(&output.stderr))
}

/// The last run row: kind, whether finished_at is set, interrupted.
fn last_run(db: &Path) -> (String, bool, bool) {
    Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap()
        .query_row("SELECT kind, finished_at IS NOT NULL, interrupted FROM run ORDER BY id DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap()
}

#[test]
fn ctrl_c_during_reprocess_saves_a_partial_run_and_exits_130() {
    // Four chunks of 1,024: Ctrl-C comes once the first is saved, and the
    // chunk under way when it lands is never the last (with two, a fast
    // machine saved the second before the signal arrived).
    const PAGES: usize = 4000;
    let dir = tempfile::tempdir().unwrap();
    let pages = write_pages(dir.path(), PAGES);
    let db = dir.path().join("warta.db");
    let args = ["--db", db.to_str().unwrap(), "reprocess", pages.to_str().unwrap()];
    let child = warta_in(dir.path(), &args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let (code, stdout, stderr) = interrupt_when(child, || count(&db, "SELECT count(*) FROM article") > 0);
    assert_eq!(code, Some(130), "{stderr}");
    assert!(
        stdout.starts_with("articles: ") && stdout.contains("(interrupted by Ctrl-C; a rerun does the rest)"),
        "{stdout}"
    );
    assert!(stderr.contains("Ctrl-C: stopping after the current batch"), "{stderr}");
    let stored = count(&db, "SELECT count(*) FROM article");
    assert!(stored > 0 && stored < PAGES as i64, "stopped after {stored} articles");
    assert!(stdout.contains(&format!("articles: {stored} added")), "the summary counts what was saved: {stdout}");
    assert_eq!(last_run(&db), ("reprocess".into(), true, true));
    assert_eq!(count(&db, "SELECT count(*) FROM page WHERE id NOT IN (SELECT page_id FROM article)"), 0);

    let rerun = warta_in(dir.path(), &args).output().unwrap();
    assert!(rerun.status.success(), "{}", text(&rerun.stderr));
    let line = text(&rerun.stdout);
    assert!(
        line.starts_with(&format!("articles: {} added, 0 changed, {stored} unchanged", PAGES as i64 - stored)),
        "{line}"
    );
    assert_eq!(last_run(&db), ("reprocess".into(), true, false));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_during_crawl_keeps_the_rest_queued_and_exits_130() {
    const ARTICLES: usize = 60;
    let site = Site::empty().await;
    let links: String = (0..ARTICLES).map(|i| format!("<a href=\"/berita/{i}.html\">berita {i}</a>\n")).collect();
    Mock::given(path("/"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(format!("<html><body>{links}</body></html>"), "text/html"),
        )
        .mount(&site.server)
        .await;
    let page =
        std::fs::read(crate::util::fixture("sites/broken/berita/2024/11/nilai-ikm-dinas-kesehatan.html")).unwrap();
    Mock::given(path_regex(r"^/berita/\d+\.html$"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(page, "text/html").set_delay(Duration::from_millis(150)))
        .mount(&site.server)
        .await;
    let source =
        format!("[[source]]\nname = \"lambat\"\nstart_pages = [\"{}/\"]\narticle_pattern = '/berita/'\n", site.base);
    let ws = Workspace::new("per_host_delay_secs = 0.0\nretries = 0", &source);
    let db = ws.db();
    let child = ws.command(&[]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let (code, stdout, stderr) =
        tokio::task::spawn_blocking(move || interrupt_when(child, || count(&db, "SELECT count(*) FROM page") >= 2))
            .await
            .unwrap();
    assert_eq!(code, Some(130), "{stderr}");
    assert!(stdout.contains("crawl: interrupted by Ctrl-C; the next crawl resumes where this one stopped"), "{stdout}");
    let fetched = ws.count("SELECT count(*) FROM page");
    assert!(fetched >= 2 && fetched < ARTICLES as i64, "{fetched} pages");
    assert!(stdout.starts_with("crawl: found 60,"), "{stdout}");
    assert_eq!(last_run(&ws.db()), ("crawl".into(), true, true));
    assert!(ws.count("SELECT count(*) FROM frontier WHERE state = 'queued'") > 0, "the rest stays queued");
    assert_eq!(ws.count("SELECT count(*) FROM page WHERE id NOT IN (SELECT page_id FROM article)"), 0);
}

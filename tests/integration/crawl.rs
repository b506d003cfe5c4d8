//! `warta crawl` end to end: the binary against fixture sites served on
//! 127.0.0.1 (one port per host), checked through the database it writes
//! and the requests the servers saw.
//!
//! Facts: the crawler stores what `extract_page` returns for the stored
//! bytes and header; the full-crawl test checks every page's facts against it.

use std::time::Duration;

use wiremock::matchers::path;
use wiremock::{Mock, ResponseTemplate};

use crate::crawl_server::{
    FAST, REVISIT_EVERY_RUN, Site, TIMING_TOLERANCE, Workspace, article_bytes, mount_article, mount_failing_once,
    mount_index, mount_redirect, mount_robots, plain, stderr, summary_count,
};

fn madiunkota(site: &Site) -> String {
    format!(
        r#"[[source]]
name = "madiunkota"
feeds = ["{b}/feed/"]
sitemaps = ["{b}/sitemap_index.xml"]
start_pages = ["{b}/"]
follow_depth = 2
article_pattern = '/20\d\d/\d\d/\d\d/'
since = "2024-01-01"
"#,
        b = site.base
    )
}

fn gardajatim(site: &Site) -> String {
    format!(
        r#"[[source]]
name = "gardajatim"
feeds = ["{b}/feeds/posts/default?alt=rss"]
article_pattern = '/20\d\d/\d\d/[^/?]+\.html'
"#,
        b = site.base
    )
}

/// Every stored page's article has exactly the facts `extract_page` reads
/// from its stored bytes and header (so none was lost or added on the way).
fn assert_every_page_has_its_facts(ws: &Workspace) {
    let conn = ws.sql();
    let mut pages = conn
        .prepare("SELECT p.url, p.content_type, p.html_zstd, a.id FROM page p JOIN article a ON a.page_id = p.id")
        .unwrap();
    let rows: Vec<(String, Option<String>, Vec<u8>, i64)> = pages
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!rows.is_empty());
    for (url, content_type, zipped, article_id) in rows {
        let raw = zstd::decode_all(&zipped[..]).unwrap();
        let parsed = url::Url::parse(&url).unwrap();
        let input = warta::extract::PageInput {
            url: Some(&parsed),
            content_type: content_type.as_deref(),
            ..Default::default()
        };
        let extraction = warta::extract::extract_page(&raw, &input);
        let mut stored: Vec<String> = conn
            .prepare("SELECT text FROM fact WHERE article_id = ?1")
            .unwrap()
            .query_map([article_id], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut want: Vec<String> = extraction.facts.iter().map(|f| f.text.clone()).collect();
        assert!(!want.is_empty(), "{url}: the fixture article has facts");
        stored.sort();
        want.sort();
        assert_eq!(stored, want, "{url}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_crawl_stores_every_article_once_under_its_canonical_url() {
    let (m, g) = (Site::start("madiunkota").await, Site::start("gardajatim").await);
    let ws = Workspace::new(FAST, &format!("{}\n{}", madiunkota(&m), gardajatim(&g)));
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));

    let mut pages = ws.strings("SELECT url FROM page ORDER BY url");
    pages.sort();
    let mut want = vec![
        format!("{}/2024/10/14/sakip-kota-madiun-predikat-a/", m.base),
        format!("{}/2024/11/25/kota-madiun-raih-nilai-95-5/", m.base),
        format!("{}/2024/12/31/ipp-kota-madiun-4-67/", m.base),
        format!("{}/2024/01/sakip-kabupaten-madiun.html", g.base),
        format!("{}/2024/02/nilai-rb-ngawi.html", g.base),
        format!("{}/2024/12/ipp-kota-madiun.html", g.base),
    ];
    want.sort();
    assert_eq!(pages, want);
    assert_eq!(ws.count("SELECT count(*) FROM article"), 6);
    // Seven fetches for six pages: the feed's `?m=1` link and the sitemap's
    // canonical URL are both fetched once, and stored as one row.
    assert_eq!(summary_count(&output, "fetched"), 7);
    assert_eq!(summary_count(&output, "articles"), 6);
    assert_eq!(ws.count("SELECT count(*) FROM run WHERE kind = 'crawl' AND finished_at IS NOT NULL"), 1);
    assert_every_page_has_its_facts(&ws);
    let facts = ws.strings(
        "SELECT kind || ' ' || value FROM fact_view WHERE source = 'madiunkota' AND value IS NOT NULL ORDER BY fact_id",
    );
    for want in ["score 95.5", "score_change 1.91", "grade zona hijau", "date 2024-11-25"] {
        assert!(facts.iter().any(|f| f == want), "{want} missing from {facts:?}");
    }
    let decrees =
        ws.strings("SELECT instrument || ' ' || number FROM fact_view WHERE kind = 'decree' ORDER BY fact_id");
    assert!(decrees.contains(&"Keputusan Ketua Ombudsman Republik Indonesia 252/2024".to_string()), "{decrees:?}");
    // The headline and the body both say it: one rank, stated twice.
    let ranks = ws
        .strings("SELECT DISTINCT CAST(rank AS TEXT) FROM fact_view WHERE kind = 'ranking' AND source = 'gardajatim'");
    assert_eq!(ranks, ["3"]);
    assert_eq!(summary_count(&output, "facts") as i64, ws.count("SELECT count(*) FROM fact"));
    // Found via feed (with utm_*), sitemap and start page (with #respond): one fetch.
    assert_eq!(m.hits_on("/2024/11/25/").len(), 1);
    // Filtered by `since` (news sitemap date) and by the article pattern: never fetched.
    assert!(m.hits_on("/2023/").is_empty() && m.hits_on("/tentang/").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_txt_disallow_and_crawl_delay_are_obeyed() {
    let (m, g) = (Site::start("madiunkota").await, Site::start("gardajatim").await);
    let ws = Workspace::new("per_host_delay_secs = 0.0", &format!("{}\n{}", madiunkota(&m), gardajatim(&g)));
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(m.hits_on("/robots.txt").len(), 1, "robots.txt fetched once per host");
    assert_eq!(g.hits_on("/robots.txt").len(), 1);
    assert!(m.hits_on("/arsip-internal/").is_empty(), "disallowed path fetched");
    assert!(m.hits_on("/wp-admin/").is_empty());
    assert!(g.hits_on("/search").is_empty());
    assert_eq!(ws.count("SELECT count(*) FROM frontier WHERE url LIKE '%arsip-internal%'"), 0);
    // gardajatim's robots.txt says Crawl-delay: 0.3; the config says 0.
    let hits = g.hits();
    assert!(hits.len() >= 5, "{hits:?}");
    for pair in hits.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(gap + TIMING_TOLERANCE >= Duration::from_millis(300), "{} -> {}: {gap:?}", pair[0].path, pair[1].path);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn second_crawl_fetches_nothing_new_and_revisits_with_304s() {
    let (m, g) = (Site::start("madiunkota").await, Site::start("gardajatim").await);
    let ws =
        Workspace::new(&format!("{FAST}\n{REVISIT_EVERY_RUN}"), &format!("{}\n{}", madiunkota(&m), gardajatim(&g)));
    assert!(ws.crawl(&[]).await.status.success());
    let first_pages = ws.count("SELECT count(*) FROM page");
    let before = (m.hits().len(), g.hits().len());

    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(summary_count(&output, "new"), 0);
    assert_eq!(summary_count(&output, "fetched"), 0);
    // Every stored page is revisited under the URL it is stored under
    // (the `?m=1` feed variant is stored under its canonical URL, revisited
    // there) with If-None-Match, and answered 304.
    assert_eq!(summary_count(&output, "revisited"), 6);
    assert_eq!(summary_count(&output, "changed"), 0);
    assert_eq!(summary_count(&output, "not modified"), 0, "304s of revisits are counted apart");
    let not_modified = m.hits()[before.0..].iter().chain(&g.hits()[before.1..]).filter(|h| h.status == 304).count();
    assert_eq!(not_modified, 6);
    assert_eq!(ws.count("SELECT count(*) FROM page"), first_pages);
    assert_eq!(ws.count("SELECT count(*) FROM run WHERE finished_at IS NOT NULL"), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn windows_1252_page_is_stored_raw_with_its_header_charset() {
    let g = Site::start("gardajatim").await;
    let ws = Workspace::new(FAST, &gardajatim(&g));
    assert!(ws.crawl(&[]).await.status.success());
    let url = format!("{}/2024/02/nilai-rb-ngawi.html", g.base);
    let content_type: String =
        ws.sql().query_row("SELECT content_type FROM page WHERE url = ?1", [&url], |row| row.get(0)).unwrap();
    assert_eq!(content_type, "text/html; charset=windows-1252");
    let zipped: Vec<u8> =
        ws.sql().query_row("SELECT html_zstd FROM page WHERE url = ?1", [&url], |row| row.get(0)).unwrap();
    let raw = zstd::decode_all(&zipped[..]).unwrap();
    assert!(raw.windows(6).any(|w| w == b"Jum\x92at"), "raw windows-1252 bytes kept");
    // Decoding is the extractor's: it honours the stored header charset.
    let body: String = ws
        .sql()
        .query_row("SELECT a.body FROM article a JOIN page p ON p.id = a.page_id WHERE p.url = ?1", [&url], |row| {
            row.get(0)
        })
        .unwrap();
    assert!(body.contains("Jum’at (9/2/2024)") && body.contains("72,5 – naik"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_feed_and_sitemap_are_reported_and_the_rest_crawled() {
    let site = Site::start("broken").await;
    let source = format!(
        "[[source]]\nname = \"rusak\"\nfeeds = [\"{b}/feed/\"]\nsitemaps = [\"{b}/sitemap.xml\"]\nstart_pages = [\"{b}/\"]\narticle_pattern = '/berita/'\n",
        b = site.base
    );
    let ws = Workspace::new(FAST, &source);
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let log = stderr(&output);
    assert!(log.contains(&format!("{}/feed/: malformed feed", site.base)), "{log}");
    // The parser's reason comes with it.
    let reason = format!("{}/sitemap.xml: malformed sitemap: unexpected root element `html`", site.base);
    assert!(log.contains(&reason), "{log}");
    assert_eq!(ws.count("SELECT count(*) FROM article"), 1);
    let errors: String = ws.sql().query_row("SELECT errors FROM run", [], |row| row.get(0)).unwrap();
    assert!(errors.contains("malformed feed") && errors.contains("malformed sitemap"), "{errors}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_error_then_success_is_retried() {
    let site = Site::empty().await;
    mount_index(&site, &["/berita/satu.html"]).await;
    mount_failing_once(&site, "/berita/satu.html", 500, ResponseTemplate::new(500)).await;
    let ws = Workspace::new(FAST, &plain(&site, "ulang"));
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let statuses: Vec<u16> = site.hits_on("/berita/").iter().map(|h| h.status).collect();
    assert_eq!(statuses, [500, 200]);
    assert_eq!(ws.count("SELECT count(*) FROM article"), 1);
    assert_eq!(summary_count(&output, "failed"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_requests_waits_for_retry_after() {
    let site = Site::empty().await;
    mount_index(&site, &["/berita/dua.html"]).await;
    mount_failing_once(&site, "/berita/dua.html", 429, ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .await;
    // The backoff alone (0.05 s) would retry far sooner than Retry-After.
    let ws = Workspace::new(FAST, &plain(&site, "sabar"));
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let hits = site.hits_on("/berita/");
    assert_eq!(hits.iter().map(|h| h.status).collect::<Vec<_>>(), [429, 200]);
    let waited = hits[1].at - hits[0].at;
    assert!(waited + TIMING_TOLERANCE >= Duration::from_secs(1), "retried after {waited:?}");
    assert_eq!(ws.count("SELECT count(*) FROM article"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_server_times_out() {
    let site = Site::empty().await;
    mount_index(&site, &["/berita/lambat.html"]).await;
    Mock::given(path("/berita/lambat.html"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(article_bytes(), "text/html").set_delay(Duration::from_secs(3)),
        )
        .with_priority(1)
        .mount(&site.server)
        .await;
    let ws = Workspace::new("per_host_delay_secs = 0.0\nread_timeout_secs = 0.3\nretries = 0", &plain(&site, "lambat"));
    let started = std::time::Instant::now();
    let output = ws.crawl(&[]).await;
    assert!(started.elapsed() < Duration::from_secs(3), "waited for the slow body");
    assert_eq!(summary_count(&output, "failed"), 1);
    assert!(stderr(&output).contains("timed out"), "{}", stderr(&output));
    assert_eq!(ws.count("SELECT count(*) FROM frontier WHERE state = 'failed' AND last_error LIKE '%timed out%'"), 1);
    assert_eq!(output.status.code(), Some(4), "the only source failed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirect_loop_is_stopped() {
    let site = Site::empty().await;
    mount_index(&site, &["/berita/a.html"]).await;
    for (from, to) in [("/berita/a.html", "/berita/b.html"), ("/berita/b.html", "/berita/a.html")] {
        Mock::given(path(from))
            .respond_with(site.recorded(302, ResponseTemplate::new(302).insert_header("location", to)))
            .with_priority(1)
            .mount(&site.server)
            .await;
    }
    let ws = Workspace::new(FAST, &plain(&site, "putar"));
    let output = ws.crawl(&[]).await;
    assert_eq!(summary_count(&output, "failed"), 1);
    assert!(stderr(&output).contains("redirect"), "{}", stderr(&output));
    assert!(site.hits_on("/berita/").len() <= 3, "{:?}", site.hits_on("/berita/"));
    assert_eq!(ws.count("SELECT count(*) FROM page"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn huge_gzipped_body_is_cut_at_the_cap_counted_decompressed() {
    use std::io::Write as _;
    let site = Site::empty().await;
    mount_index(&site, &["/berita/besar.html"]).await;
    let mut page = b"<html><body><p>Nilai 95,5.</p>".to_vec();
    page.resize(4 * 1024 * 1024, b' ');
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&page).unwrap();
    let zipped = gz.finish().unwrap();
    assert!(zipped.len() < 64 * 1024, "the wire size is under the cap");
    Mock::given(path("/berita/besar.html"))
        .respond_with(
            ResponseTemplate::new(200).insert_header("content-encoding", "gzip").set_body_raw(zipped, "text/html"),
        )
        .with_priority(1)
        .mount(&site.server)
        .await;
    let ws = Workspace::new(&format!("{FAST}\nmax_body_bytes = 65536"), &plain(&site, "besar"));
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let zipped: Vec<u8> = ws.sql().query_row("SELECT html_zstd FROM page", [], |row| row.get(0)).unwrap();
    assert_eq!(zstd::decode_all(&zipped[..]).unwrap().len(), 65536);
    assert!(stderr(&output).contains("cut at the size cap"), "{}", stderr(&output));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_html_pages_are_skipped_and_counted() {
    let site = Site::empty().await;
    mount_index(&site, &["/berita/laporan.pdf", "/berita/satu.html"]).await;
    Mock::given(path("/berita/laporan.pdf"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(b"%PDF-1.7".to_vec(), "application/pdf"))
        .with_priority(1)
        .mount(&site.server)
        .await;
    Mock::given(path("/berita/satu.html"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(article_bytes(), "text/html; charset=utf-8"))
        .with_priority(1)
        .mount(&site.server)
        .await;
    let ws = Workspace::new(FAST, &plain(&site, "campur"));
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(summary_count(&output, "skipped"), 1);
    assert_eq!(ws.count("SELECT count(*) FROM page"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_crawl_resumes_without_loss_or_duplicates() {
    let site = Site::empty().await;
    let links: Vec<String> = (0..40).map(|i| format!("/berita/{i}.html")).collect();
    mount_index(&site, &links.iter().map(String::as_str).collect::<Vec<_>>()).await;
    Mock::given(wiremock::matchers::path_regex(r"^/berita/\d+\.html$"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(article_bytes(), "text/html"))
        .with_priority(1)
        .mount(&site.server)
        .await;
    let ws = Workspace::new("per_host_delay_secs = 0.05", &plain(&site, "panjang"));
    let mut child =
        ws.command(&[]).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap();
    // Wait until some pages are stored, then SIGKILL mid-crawl.
    let db = ws.db();
    let stored = move || {
        rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .and_then(|c| c.query_row("SELECT count(*) FROM page", [], |row| row.get::<_, i64>(0)))
            .unwrap_or(0)
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while stored() < 5 && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let at_kill = stored();
    assert!((5..40).contains(&at_kill), "killed after {at_kill} pages");

    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(ws.count("SELECT count(*) FROM page"), 40);
    assert_eq!(ws.count("SELECT count(DISTINCT url) FROM page"), 40);
    assert_eq!(ws.count("SELECT count(*) FROM article"), 40);
    assert_eq!(ws.count("SELECT count(*) FROM frontier WHERE state = 'fetched'"), 40);
    let fetched_twice =
        (0..40).filter(|i| site.hits().iter().filter(|h| h.path == format!("/berita/{i}.html")).count() > 1).count();
    assert!(fetched_twice <= 1, "only a page in flight at the kill may be fetched again: {fetched_twice}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn second_crawl_is_refused_while_one_runs() {
    let site = Site::empty().await;
    mount_index(&site, &["/berita/1.html", "/berita/2.html", "/berita/3.html"]).await;
    Mock::given(wiremock::matchers::path_regex(r"^/berita/"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(article_bytes(), "text/html"))
        .with_priority(1)
        .mount(&site.server)
        .await;
    let ws = Workspace::new("per_host_delay_secs = 0.5", &plain(&site, "kunci"));
    let mut first =
        ws.command(&[]).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap();
    let lock = ws.dir.path().join("warta.db.lock");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while site.hits().is_empty() && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(lock.exists());
    let second = ws.crawl(&[]).await;
    assert_eq!(second.status.code(), Some(3), "{}", stderr(&second));
    assert!(stderr(&second).contains("another warta crawl is running"), "{}", stderr(&second));
    let first = tokio::task::spawn_blocking(move || first.wait().unwrap()).await.unwrap();
    assert!(first.success());
    assert_eq!(ws.count("SELECT count(*) FROM run"), 1, "the refused crawl wrote no run");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dry_run_lists_new_articles_and_writes_nothing() {
    let m = Site::start("madiunkota").await;
    let ws = Workspace::new(FAST, &madiunkota(&m));
    let output = ws.crawl(&["--dry-run"]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains(&format!("madiunkota\t{}/2024/12/31/ipp-kota-madiun-4-67/", m.base)), "{stdout}");
    assert!(stdout.contains("3 pages would be fetched"), "{stdout}");
    assert!(!ws.db().exists(), "dry run created the database");
    assert!(m.hits_on("/2024/").is_empty(), "dry run fetched an article");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn max_pages_and_source_limit_the_run() {
    let (m, g) = (Site::start("madiunkota").await, Site::start("gardajatim").await);
    let ws = Workspace::new(FAST, &format!("{}\n{}", madiunkota(&m), gardajatim(&g)));
    let output = ws.crawl(&["--source", "madiunkota", "--max-pages", "2"]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(ws.count("SELECT count(*) FROM page"), 2);
    assert!(g.hits().is_empty(), "the other source was crawled");
    // No time left: nothing more is fetched, and the queued pages wait.
    let out_of_time = ws.crawl(&["--max-duration", "0s"]).await;
    assert!(out_of_time.status.success(), "{}", stderr(&out_of_time));
    assert_eq!(summary_count(&out_of_time, "fetched"), 0);
    assert_eq!(ws.count("SELECT count(*) FROM page"), 2);
    assert!(ws.count("SELECT count(*) FROM frontier WHERE state = 'queued'") > 0);
    let unknown = ws.crawl(&["--source", "tidak-ada"]).await;
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr(&unknown).contains("no enabled source named \"tidak-ada\""), "{}", stderr(&unknown));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_that_keeps_failing_is_given_up_and_reported() {
    let site = Site::empty().await;
    let links: Vec<String> = (0..6).map(|i| format!("/berita/{i}.html")).collect();
    mount_index(&site, &links.iter().map(String::as_str).collect::<Vec<_>>()).await;
    Mock::given(wiremock::matchers::path_regex(r"^/berita/"))
        .respond_with(site.recorded(503, ResponseTemplate::new(503)))
        .with_priority(1)
        .mount(&site.server)
        .await;
    let ws = Workspace::new(&format!("{FAST}\nhost_failure_limit = 2\nretries = 0"), &plain(&site, "mogok"));
    let output = ws.crawl(&[]).await;
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("hosts given up after repeated failures: 127.0.0.1:"), "{stdout}");
    assert!(site.hits_on("/berita/").len() < 6, "{:?}", site.hits_on("/berita/"));
    // The URLs not tried stay queued for the next run.
    assert!(ws.count("SELECT count(*) FROM frontier WHERE state = 'queued'") > 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_page_still_listed_is_tried_again_next_run() {
    let site = Site::empty().await;
    mount_index(&site, &["/berita/tiga.html"]).await;
    mount_failing_once(&site, "/berita/tiga.html", 500, ResponseTemplate::new(500)).await;
    let ws = Workspace::new(&format!("{FAST}\nretries = 0"), &plain(&site, "lagi"));
    let first = ws.crawl(&[]).await;
    assert_eq!(summary_count(&first, "failed"), 1);
    let second = ws.crawl(&[]).await;
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!(summary_count(&second, "new"), 0);
    assert_eq!(summary_count(&second, "fetched"), 1);
    assert_eq!(ws.count("SELECT count(*) FROM article"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirects_are_followed_only_where_robots_txt_allows() {
    let (a, b) = (Site::empty().await, Site::empty().await);
    mount_robots(&a, "User-agent: *\nDisallow: /rahasia/\n").await;
    mount_robots(&b, "User-agent: *\nDisallow: /internal/\nCrawl-delay: 0.3\n").await;
    mount_index(&a, &["/berita/satu.html", "/berita/dua.html", "/berita/tiga.html"]).await;
    mount_redirect(&a, "/berita/satu.html", "/rahasia/satu.html").await;
    mount_redirect(&a, "/berita/dua.html", &format!("{}/internal/dua.html", b.base)).await;
    mount_redirect(&a, "/berita/tiga.html", &format!("{}/berita/tiga.html", b.base)).await;
    mount_article(&a, "/rahasia/satu.html", 0).await;
    mount_article(&b, "/internal/dua.html", 0).await;
    mount_article(&b, "/berita/tiga.html", 1).await;
    // The other host is one of the source's: only then may a redirect go there.
    let ws = Workspace::new(FAST, &format!("{}hosts = [\"{}\"]\n", plain(&a, "pindah"), b.base));
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));

    // The disallowed targets were never requested, on the same host or another.
    a.server.verify().await;
    b.server.verify().await;
    assert!(a.hits_on("/rahasia/").is_empty() && b.hits_on("/internal/").is_empty());
    // Both refusals are recorded as robots.txt skips, in the frontier, the summary and the log.
    assert_eq!(summary_count(&output, "skipped"), 2);
    let skipped =
        ws.strings("SELECT url FROM frontier WHERE state = 'skipped' AND last_error LIKE '%robots.txt%' ORDER BY url");
    assert_eq!(skipped, [format!("{}/berita/dua.html", a.base), format!("{}/berita/satu.html", a.base)]);
    let log = stderr(&output);
    assert!(log.contains(&format!("{}/rahasia/satu.html: disallowed by robots.txt", a.base)), "{log}");
    // The allowed cross-host redirect is followed and stored with where it ended.
    assert_eq!(summary_count(&output, "fetched"), 1);
    assert_eq!(b.hits_on("/robots.txt").len(), 1, "the target host's robots.txt is read first");
    // The hop to the other host waited that host's Crawl-delay after its robots.txt.
    let hits = b.hits();
    assert_eq!(hits.iter().map(|h| h.path.as_str()).collect::<Vec<_>>(), ["/robots.txt", "/berita/tiga.html"]);
    let gap = hits[1].at - hits[0].at;
    assert!(gap + TIMING_TOLERANCE >= Duration::from_millis(300), "{gap:?}");
    let final_urls = ws.strings("SELECT final_url FROM page");
    assert_eq!(final_urls, [format!("{}/berita/tiga.html", b.base)]);
    assert_eq!(ws.count("SELECT count(*) FROM article"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn identical_bytes_refresh_fetch_time_and_validators_and_count_as_unchanged() {
    let site = Site::empty().await;
    let rss = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Dinkes</title>
        <item><title>Nilai IKM</title><link>{}/berita/sama.html</link></item></channel></rss>"#,
        site.base
    );
    Mock::given(path("/feed/"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(rss, "application/rss+xml"))
        .with_priority(1)
        .mount(&site.server)
        .await;
    // The same bytes every time, a new ETag the second time, and no 304:
    // the server ignores If-None-Match.
    for (etag, times) in [("\"v1\"", Some(1)), ("\"v2\"", None)] {
        let page = ResponseTemplate::new(200).insert_header("etag", etag).set_body_raw(article_bytes(), "text/html");
        let mock = Mock::given(path("/berita/sama.html")).respond_with(site.recorded(200, page));
        let mock = match times {
            Some(n) => mock.up_to_n_times(n).with_priority(1),
            None => mock.with_priority(2),
        };
        mock.mount(&site.server).await;
    }
    let ws = Workspace::new(
        &format!("{FAST}\n{REVISIT_EVERY_RUN}"),
        &format!("[[source]]\nname = \"sama\"\nfeeds = [\"{}/feed/\"]\narticle_pattern = '/berita/'\n", site.base),
    );
    let first = ws.crawl(&[]).await;
    assert_eq!(summary_count(&first, "articles"), 1, "{}", stderr(&first));
    let facts = ws.count("SELECT count(*) FROM fact");
    // Back-dated, so a rewrite within the same second would still show.
    rusqlite::Connection::open(ws.db())
        .unwrap()
        .execute_batch(
            "UPDATE page SET fetched_at = '2000-01-01T00:00:00Z';
             UPDATE article SET extracted_at = '2000-01-01T00:00:00Z';",
        )
        .unwrap();

    let second = ws.crawl(&[]).await;
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!(site.hits_on("/berita/").len(), 2, "the stored page is revisited");
    assert_eq!(summary_count(&second, "revisited"), 1);
    assert_eq!(summary_count(&second, "changed"), 0);
    assert_eq!(summary_count(&second, "fetched"), 0);
    assert_eq!(summary_count(&second, "articles"), 0);
    assert_eq!(summary_count(&second, "facts"), 0);
    let counts: (i64, i64, i64, i64) = ws
        .sql()
        .query_row(
            "SELECT pages_fetched, pages_unchanged, pages_revisited, pages_revisit_changed FROM run
             ORDER BY id DESC LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .unwrap();
    assert_eq!(counts, (0, 0, 1, 0));
    // No extraction and no article write, but the fetch is recorded.
    assert_eq!(ws.strings("SELECT extracted_at FROM article"), ["2000-01-01T00:00:00Z"]);
    assert_eq!(ws.count("SELECT count(*) FROM fact"), facts);
    assert_eq!(ws.strings("SELECT etag FROM page"), ["\"v2\""]);
    assert_eq!(ws.count("SELECT count(*) FROM page WHERE fetched_at > '2000-01-01T00:00:00Z'"), 1);
}

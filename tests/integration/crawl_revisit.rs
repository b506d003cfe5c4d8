//! Revisits: stored articles are fetched again with conditional GETs on
//! their source's schedule (recent ones every run, older ones monthly by
//! default), extracted again only when their bytes changed, and counted
//! apart in the summary line and the run row.

use wiremock::matchers::{header, path};
use wiremock::{Mock, ResponseTemplate};

use crate::crawl_server::{
    FAST, REVISIT_EVERY_RUN, Site, Workspace, article_bytes, mount_index, plain, stderr, summary_count,
};

/// The fixture article with its publication date moved to `date` (YYYY-MM-DD).
fn article_of(date: &str) -> Vec<u8> {
    String::from_utf8(article_bytes()).unwrap().replace("2024-11-12", date).into_bytes()
}

/// Serves `body` at `page` with an ETag, answering a matching `If-None-Match` with 304.
async fn mount_with_etag(site: &Site, page: &str, body: Vec<u8>) {
    Mock::given(path(page))
        .and(header("if-none-match", "\"v1\""))
        .respond_with(site.recorded(304, ResponseTemplate::new(304).insert_header("etag", "\"v1\"")))
        .with_priority(1)
        .mount(&site.server)
        .await;
    let ok = ResponseTemplate::new(200).insert_header("etag", "\"v1\"").set_body_raw(body, "text/html");
    Mock::given(path(page)).respond_with(site.recorded(200, ok)).with_priority(2).mount(&site.server).await;
}

/// The revisit counts of the last run row: revisited and changed.
fn run_revisits(ws: &Workspace) -> (i64, i64) {
    ws.sql()
        .query_row("SELECT pages_revisited, pages_revisit_changed FROM run ORDER BY id DESC LIMIT 1", [], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recent_articles_are_revisited_every_run_and_older_ones_monthly() {
    let (site, quiet) = (Site::empty().await, Site::empty().await);
    let today = jiff::Zoned::now().date().to_string();
    mount_index(&site, &["/berita/baru.html", "/berita/lama.html"]).await;
    mount_with_etag(&site, "/berita/baru.html", article_of(&today)).await;
    mount_with_etag(&site, "/berita/lama.html", article_bytes()).await;
    // A source that turns revisits off.
    mount_index(&quiet, &["/berita/baru.html"]).await;
    mount_with_etag(&quiet, "/berita/baru.html", article_of(&today)).await;
    let sources = format!("{}\n{}[source.revisit]\nenabled = false\n", plain(&site, "jadwal"), plain(&quiet, "diam"));
    let ws = Workspace::new(FAST, &sources);
    let first = ws.crawl(&[]).await;
    assert_eq!(summary_count(&first, "fetched"), 3, "{}", stderr(&first));

    // The default schedule: the article of today again, with a 304; the
    // 2024 one, fetched just now, not for a month.
    let second = ws.crawl(&[]).await;
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!((summary_count(&second, "revisited"), summary_count(&second, "changed")), (1, 0));
    assert_eq!(summary_count(&second, "fetched"), 0);
    let statuses = |page: &str| site.hits_on(page).iter().map(|h| h.status).collect::<Vec<_>>();
    assert_eq!(statuses("/berita/baru.html"), [200, 304]);
    assert_eq!(statuses("/berita/lama.html"), [200]);
    assert_eq!(quiet.hits_on("/berita/").len(), 1, "revisits are off for this source");
    assert_eq!(run_revisits(&ws), (1, 0));

    // A month later, the older one is due too.
    rusqlite::Connection::open(ws.db())
        .unwrap()
        .execute("UPDATE frontier SET updated_at = '2000-01-01T00:00:00Z' WHERE url LIKE '%/lama.html'", [])
        .unwrap();
    let third = ws.crawl(&[]).await;
    assert_eq!(summary_count(&third, "revisited"), 2, "{}", stderr(&third));
    assert_eq!(statuses("/berita/lama.html"), [200, 304]);
    assert_eq!(ws.count("SELECT count(*) FROM page"), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_corrected_article_is_extracted_again_on_its_revisit() {
    let site = Site::empty().await;
    mount_index(&site, &["/berita/ralat.html"]).await;
    let misprinted =
        ResponseTemplate::new(200).insert_header("etag", "\"v1\"").set_body_raw(article_bytes(), "text/html");
    Mock::given(path("/berita/ralat.html"))
        .respond_with(site.recorded(200, misprinted))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&site.server)
        .await;
    let fixed = String::from_utf8(article_bytes()).unwrap().replace("88,6", "89,6");
    let corrected = ResponseTemplate::new(200).insert_header("etag", "\"v2\"").set_body_raw(fixed, "text/html");
    Mock::given(path("/berita/ralat.html"))
        .and(header("if-none-match", "\"v1\""))
        .respond_with(site.recorded(200, corrected))
        .with_priority(2)
        .mount(&site.server)
        .await;
    let ws = Workspace::new(&format!("{FAST}\n{REVISIT_EVERY_RUN}"), &plain(&site, "ralat"));
    assert!(ws.crawl(&[]).await.status.success());
    let scores = || ws.strings("SELECT CAST(value AS TEXT) FROM fact_view WHERE kind = 'score'");
    assert_eq!(scores(), ["88.6"]);

    let second = ws.crawl(&[]).await;
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!((summary_count(&second, "revisited"), summary_count(&second, "changed")), (1, 1));
    assert_eq!(summary_count(&second, "articles"), 1);
    assert_eq!(scores(), ["89.6"], "the correction replaced the misprint");
    assert_eq!((ws.count("SELECT count(*) FROM page"), ws.count("SELECT count(*) FROM article")), (1, 1));
    assert_eq!(ws.strings("SELECT etag FROM page"), ["\"v2\""]);
    assert_eq!(run_revisits(&ws), (1, 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn revisits_count_against_max_pages() {
    let site = Site::empty().await;
    let pages: Vec<String> = (0..4).map(|i| format!("/berita/{i}.html")).collect();
    mount_index(&site, &pages.iter().map(String::as_str).collect::<Vec<_>>()).await;
    for page in &pages {
        mount_with_etag(&site, page, article_bytes()).await;
    }
    // max_pages = 6: the start page and 4 articles, then the start page and
    // 4 revisits; with max_pages = 3, the start page and 2 of the revisits.
    let ws =
        Workspace::new(&format!("{FAST}\n{REVISIT_EVERY_RUN}"), &format!("{}max_pages = 6\n", plain(&site, "hemat")));
    assert_eq!(summary_count(&ws.crawl(&[]).await, "fetched"), 4);
    let second = ws.crawl(&[]).await;
    assert_eq!(summary_count(&second, "revisited"), 4, "{}", stderr(&second));
    let limited =
        Workspace::new(&format!("{FAST}\n{REVISIT_EVERY_RUN}"), &format!("{}max_pages = 3\n", plain(&site, "hemat")));
    std::fs::copy(ws.db(), limited.db()).unwrap();
    let third = limited.crawl(&[]).await;
    assert_eq!(summary_count(&third, "revisited"), 2, "{}", stderr(&third));
    assert_eq!(limited.count("SELECT count(*) FROM frontier WHERE state = 'queued'"), 2, "the rest wait their turn");
}

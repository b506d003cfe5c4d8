//! The crawler against hostile servers on 127.0.0.1: it stays on the
//! configured sites (redirects, canonical links), keeps every delay
//! (retries, 429s, redirects, a saturated global limit), and bounds every
//! request (a trickled body, a deeply nested page) and every run (link
//! following, a sitemap over the protocol's limit).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use wiremock::matchers::{path, path_regex};
use wiremock::{Mock, ResponseTemplate};

use crate::crawl_server::{
    FAST, Site, TIMING_TOLERANCE, Workspace, article_bytes, mount_article, mount_failing_once, mount_index,
    mount_redirect, mount_robots, plain, stderr, summary_count,
};

/// Generous bound on a crawl that must finish "in a few seconds" (the
/// debug binary on a shared 2-core machine; the unbounded parse of the deep
/// page alone took about 30 s).
const FEW_SECONDS: Duration = Duration::from_secs(15);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirects_off_the_source_are_refused_and_recorded() {
    let (site, other) = (Site::empty().await, Site::empty().await);
    let port = site.server.address().port();
    mount_index(&site, &["/berita/satu.html", "/berita/dua.html", "/berita/tiga.html"]).await;
    // Another host name for the same server, and another port of the same host.
    let to_localhost = format!("http://localhost:{port}/rahasia/satu.html");
    let to_other_port = format!("{}/berita/dua.html", other.base);
    mount_redirect(&site, "/berita/satu.html", &to_localhost).await;
    mount_redirect(&site, "/berita/dua.html", &to_other_port).await;
    mount_redirect(&site, "/berita/tiga.html", "/berita/tiga-baru.html").await;
    mount_article(&site, "/rahasia/satu.html", 0).await;
    mount_article(&other, "/berita/dua.html", 0).await;
    mount_article(&site, "/berita/tiga-baru.html", 1).await;
    mount_redirect(&site, "/feed/", &format!("{}/feed/", other.base)).await;
    let source = format!("{}feeds = [\"{}/feed/\"]\n", plain(&site, "pindah"), site.base);
    let ws = Workspace::new(FAST, &source);
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));

    site.server.verify().await;
    other.server.verify().await;
    assert!(other.hits().is_empty(), "the other port was requested: {:?}", other.hits());
    assert_eq!(summary_count(&output, "skipped"), 2);
    let refused: HashMap<String, String> = ws
        .strings("SELECT url || ' ' || last_error FROM frontier WHERE state = 'skipped'")
        .into_iter()
        .map(|row| {
            let (url, why) = row.split_once(' ').unwrap();
            (url.to_string(), why.to_string())
        })
        .collect();
    let why = |page: &str| refused.get(&format!("{}{page}", site.base)).cloned().unwrap_or_default();
    assert!(why("/berita/satu.html").contains(&format!("redirect to {to_localhost} refused")), "{refused:?}");
    assert!(why("/berita/dua.html").contains(&format!("redirect to {to_other_port} refused")), "{refused:?}");
    assert!(why("/berita/dua.html").contains(&format!("not on source pindah's sites ({})", site.base)), "{refused:?}");
    // Nothing refused was stored; the redirect within the site was followed.
    assert_eq!(ws.strings("SELECT final_url FROM page"), [format!("{}/berita/tiga-baru.html", site.base)]);
    let errors: String = ws.sql().query_row("SELECT errors FROM run", [], |row| row.get(0)).unwrap();
    assert!(errors.contains(&format!("redirect to {}/feed/ refused", other.base)), "{errors}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_canonical_link_on_another_port_is_ignored() {
    let (site, other) = (Site::empty().await, Site::empty().await);
    mount_index(&site, &["/berita/satu.html", "/berita/dua.html"]).await;
    let page = |canonical: &str| {
        let html = String::from_utf8(article_bytes()).unwrap();
        html.replace("<head>", &format!("<head><link rel=\"canonical\" href=\"{canonical}\">"))
    };
    for (at, canonical) in [
        ("/berita/satu.html", format!("{}/berita/satu.html", other.base)),
        ("/berita/dua.html", "/berita/kanonik.html".into()),
    ] {
        Mock::given(path(at))
            .respond_with(ResponseTemplate::new(200).set_body_raw(page(&canonical), "text/html"))
            .with_priority(1)
            .mount(&site.server)
            .await;
    }
    let ws = Workspace::new(FAST, &plain(&site, "kanonik"));
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let mut stored = ws.strings("SELECT p.url || ' ' || a.url FROM page p JOIN article a ON a.page_id = p.id");
    stored.sort();
    let own = |page: &str| format!("{}{page}", site.base);
    assert_eq!(
        stored,
        [
            format!("{} {}", own("/berita/kanonik.html"), own("/berita/kanonik.html")),
            format!("{} {}", own("/berita/satu.html"), own("/berita/satu.html")),
        ]
    );
    assert!(other.hits().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_two_requests_to_one_host_come_closer_than_its_delay() {
    let (a, b) = (Site::empty().await, Site::empty().await);
    // Host a: Crawl-delay 0.3 s over a configured delay of 0.2 s, and every
    // kind of retry and redirect; retry backoff (0.01 s) far below the delay.
    mount_robots(&a, "User-agent: *\nCrawl-delay: 0.3\n").await;
    let pages = ["/berita/1.html", "/berita/2.html", "/berita/3.html", "/berita/4.html", "/berita/5.html"];
    mount_index(&a, &pages).await;
    mount_failing_once(&a, "/berita/1.html", 500, ResponseTemplate::new(500)).await;
    let busy = ResponseTemplate::new(429).insert_header("retry-after", "0");
    mount_failing_once(&a, "/berita/2.html", 429, busy).await;
    let slow = ResponseTemplate::new(200).set_body_raw(article_bytes(), "text/html").set_delay(Duration::from_secs(2));
    mount_failing_once(&a, "/berita/3.html", 200, slow).await;
    mount_redirect(&a, "/berita/4.html", "/berita/4-baru.html").await;
    mount_article(&a, "/berita/4-baru.html", 1).await;
    mount_article(&a, "/berita/5.html", 1).await;
    // Host b: slow answers keep the only global slot busy.
    let links: Vec<String> = (0..6).map(|i| format!("/berita/{i}.html")).collect();
    mount_index(&b, &links.iter().map(String::as_str).collect::<Vec<_>>()).await;
    let slow =
        ResponseTemplate::new(200).set_body_raw(article_bytes(), "text/html").set_delay(Duration::from_millis(150));
    Mock::given(path_regex(r"^/berita/")).respond_with(b.recorded(200, slow)).with_priority(1).mount(&b.server).await;
    let crawl =
        "concurrency = 1\nper_host_delay_secs = 0.2\nretry_delay_secs = 0.01\nread_timeout_secs = 0.5\nretries = 2";
    let ws = Workspace::new(crawl, &format!("{}\n{}", plain(&a, "a"), plain(&b, "b")));
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(ws.count("SELECT count(*) FROM article"), 11, "{}", stderr(&output));
    let statuses: Vec<u16> = a.hits_on("/berita/").iter().map(|h| h.status).collect();
    for status in [500, 429, 301] {
        assert!(statuses.contains(&status), "{statuses:?}");
    }
    assert!(stderr(&output).contains("timed out"), "the slow answer was retried after a timeout");
    for (site, delay) in [(&a, Duration::from_millis(300)), (&b, Duration::from_millis(200))] {
        let mut hits = site.hits();
        hits.sort_by_key(|h| h.at);
        assert!(hits.len() >= 7, "{hits:?}");
        for pair in hits.windows(2) {
            let gap = pair[1].at - pair[0].at;
            assert!(gap + TIMING_TOLERANCE >= delay, "{} -> {}: {gap:?} < {delay:?}", pair[0].path, pair[1].path);
        }
    }
}

/// A server that answers `/` with a link to `/berita/lambat.html`, and that
/// page with its headers at once and then one byte every 100 ms; it counts
/// the requests for the page.
async fn trickling_server() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let requests = std::sync::Arc::new(AtomicUsize::new(0));
    let counted = requests.clone();
    tokio::spawn(async move {
        loop {
            let (mut socket, _) = listener.accept().await.unwrap();
            let counted = counted.clone();
            tokio::spawn(async move {
                let mut head = vec![0; 4096];
                let n = socket.read(&mut head).await.unwrap_or(0);
                let head = String::from_utf8_lossy(&head[..n]).into_owned();
                if head.starts_with("GET / ") {
                    let body = "<html><body><a href=\"/berita/lambat.html\">lambat</a></body></html>";
                    let answer = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = socket.write_all(answer.as_bytes()).await;
                } else if head.starts_with("GET /berita/lambat.html ") {
                    counted.fetch_add(1, Ordering::SeqCst);
                    let headers = "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 100000\r\nconnection: close\r\n\r\n";
                    if socket.write_all(headers.as_bytes()).await.is_ok() {
                        while socket.write_all(b" ").await.is_ok() {
                            tokio::time::sleep(Duration::from_millis(100)).await;
                        }
                    }
                } else {
                    let _ = socket
                        .write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                        .await;
                }
            });
        }
    });
    (base, requests)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trickled_body_is_cut_off_at_the_request_deadline_and_not_retried() {
    let (base, requests) = trickling_server().await;
    // Each byte comes well within the read timeout; only the total deadline stops it.
    let crawl = "per_host_delay_secs = 0.0\nread_timeout_secs = 5.0\nrequest_timeout_secs = 1.0\nretries = 3";
    let source = format!("[[source]]\nname = \"lambat\"\nstart_pages = [\"{base}/\"]\narticle_pattern = '/berita/'\n");
    let ws = Workspace::new(crawl, &source);
    let started = Instant::now();
    let output = ws.crawl(&[]).await;
    assert!(started.elapsed() < FEW_SECONDS, "took {:?}", started.elapsed());
    assert_eq!(summary_count(&output, "failed"), 1, "{}", stderr(&output));
    assert_eq!(requests.load(std::sync::atomic::Ordering::SeqCst), 1, "a missed deadline is not retried");
    let why = ws.strings("SELECT last_error FROM frontier WHERE state = 'failed'");
    assert_eq!(why, [format!("{base}/berita/lambat.html: request took longer than its 1s deadline")]);
    assert_eq!(ws.count("SELECT count(*) FROM page"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deeply_nested_page_is_crawled_in_seconds() {
    let site = Site::empty().await;
    mount_index(&site, &["/berita/dalam.html"]).await;
    let levels = 100_000;
    let page = format!(
        "<html><head><title>Nilai IKM</title></head><body>{}<p>Indeks Kepuasan Masyarakat Dinas Kesehatan \
         mencapai nilai 88,6 dengan kategori baik pada 12 November 2024.</p>{}</body></html>",
        "<div>".repeat(levels),
        "</div>".repeat(levels)
    );
    assert!(page.len() > 1_000_000);
    Mock::given(path("/berita/dalam.html"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(page, "text/html"))
        .with_priority(1)
        .mount(&site.server)
        .await;
    let ws = Workspace::new(FAST, &plain(&site, "dalam"));
    let started = Instant::now();
    let output = ws.crawl(&[]).await;
    assert!(started.elapsed() < FEW_SECONDS, "took {:?}", started.elapsed());
    assert!(output.status.success(), "{}", stderr(&output));
    let body: String = ws.sql().query_row("SELECT body FROM article", [], |row| row.get(0)).unwrap();
    assert!(body.contains("mencapai nilai 88,6"), "{body}");
    assert_eq!(ws.count("SELECT count(*) FROM fact WHERE kind = 'score'"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn max_pages_bounds_link_following() {
    let site = Site::empty().await;
    let mut links: Vec<String> = (0..50_000).map(|i| format!("/kategori/{i}")).collect();
    links.extend((0..3).map(|i| format!("/berita/{i}.html")));
    mount_index(&site, &links.iter().map(String::as_str).collect::<Vec<_>>()).await;
    Mock::given(path_regex(r"^/kategori/"))
        .respond_with(site.recorded(200, ResponseTemplate::new(200).set_body_raw("<p>kosong</p>", "text/html")))
        .with_priority(1)
        .mount(&site.server)
        .await;
    Mock::given(path_regex(r"^/berita/"))
        .respond_with(site.recorded(200, ResponseTemplate::new(200).set_body_raw(article_bytes(), "text/html")))
        .with_priority(1)
        .mount(&site.server)
        .await;
    let source = format!("{}follow_depth = 2\nmax_pages = 30\n", plain(&site, "banyak"));
    let ws = Workspace::new("per_host_delay_secs = 0.0", &source);
    let started = Instant::now();
    let output = ws.crawl(&[]).await;
    assert!(started.elapsed() < FEW_SECONDS, "took {:?}", started.elapsed());
    assert!(output.status.success(), "{}", stderr(&output));
    let requests = site.hits().into_iter().filter(|h| h.path != "/robots.txt").count();
    assert!(requests <= 30, "{requests} requests for max_pages = 30");
    // Discovery took at most its half (the start page and 14 link pages);
    // the articles it found were all fetched from the rest.
    assert!(site.hits_on("/kategori/").len() <= 14, "{}", site.hits_on("/kategori/").len());
    assert_eq!(site.hits_on("/berita/").len(), 3);
    assert_eq!(ws.count("SELECT count(*) FROM article"), 3);
    assert!(stderr(&output).contains("discovery stopped"), "{}", stderr(&output));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sitemap_over_50000_urls_is_read_up_to_the_limit() {
    let site = Site::empty().await;
    let mut xml = String::from(r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#);
    for i in 0..50_001 {
        xml.push_str(&format!("<url><loc>{}/berita/{i}.html</loc></url>", site.base));
    }
    xml.push_str("</urlset>");
    Mock::given(path("/sitemap.xml"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(xml, "application/xml"))
        .with_priority(1)
        .mount(&site.server)
        .await;
    Mock::given(path_regex(r"^/berita/"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(article_bytes(), "text/html"))
        .with_priority(1)
        .mount(&site.server)
        .await;
    let source = format!(
        "[[source]]\nname = \"besar\"\nsitemaps = [\"{}/sitemap.xml\"]\narticle_pattern = '/berita/'\nmax_pages = 2\n",
        site.base
    );
    let ws = Workspace::new(FAST, &source);
    let output = ws.crawl(&[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(summary_count(&output, "found"), 50_000);
    assert_eq!(ws.count("SELECT count(*) FROM frontier"), 50_000);
    assert_eq!(ws.count(&format!("SELECT count(*) FROM frontier WHERE url = '{}/berita/50000.html'", site.base)), 0);
    let log = stderr(&output);
    assert!(log.contains("sitemap cut: sitemap has more than 50000 records"), "{log}");
    let errors: String = ws.sql().query_row("SELECT errors FROM run", [], |row| row.get(0)).unwrap();
    assert_eq!(errors, "[]", "a cut sitemap is no failure");
}

//! Crawl throughput against politeness, and memory as the frontier grows.
//!
//! Throughput: 20 local hosts (one wiremock server, one port each) answer
//! every request after a fixed delay; each host has a start page linking
//! its 10 articles, 5 of which are already stored (a database made once by
//! a first crawl), so each crawl fetches 5 new articles a host and revisits
//! 5 (conditional GETs answered 304). With a per-host delay D, politeness
//! allows at most hosts / D requests per second; the figure is the achieved
//! rate over that limit, measured from the servers' own arrival times:
//! sum over hosts of (requests - 1) / (hosts x span / D).
//!
//! Memory: peak resident memory (VmHWM) of a crawl whose sitemap index lists
//! 10,000 and then 100,000 article URLs (in sitemaps of 10,000 each), all
//! queued, with 100 fetched.
//!
//! Run: `cargo bench --bench crawl`.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use indicatif::ProgressBar;
use wiremock::matchers::{any, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use warta::config::Settings;
use warta::crawl::writer::Writer;
use warta::crawl::{CrawlOptions, Crawler, Summary};
use warta::store::Store;

const HOSTS: usize = 20;
const ARTICLES_PER_HOST: usize = 10;
/// Articles a host already has stored before each measured crawl, revisited by it.
const STORED_PER_HOST: usize = 5;
const POLITENESS_DELAY: Duration = Duration::from_millis(100);
const SERVER_DELAY: Duration = Duration::from_millis(20);

/// Serves a start page or an article after a delay, recording arrival
/// times; a request with the page's ETag gets a 304.
struct Page {
    hits: Arc<Mutex<Vec<Instant>>>,
    body: String,
}

impl Respond for Page {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        self.hits.lock().unwrap().push(Instant::now());
        const ETAG: &str = "\"v1\"";
        if request.headers.get("if-none-match").is_some_and(|tag| tag == ETAG) {
            return ResponseTemplate::new(304).insert_header("etag", ETAG).set_delay(SERVER_DELAY);
        }
        let page = ResponseTemplate::new(200).insert_header("etag", ETAG).set_body_raw(self.body.clone(), "text/html");
        page.set_delay(SERVER_DELAY)
    }
}

struct Host {
    _server: MockServer,
    base: String,
    hits: Arc<Mutex<Vec<Instant>>>,
}

async fn host() -> Host {
    let server = MockServer::builder().disable_request_recording().start().await;
    let hits = Arc::new(Mutex::new(Vec::new()));
    let links: String = (0..ARTICLES_PER_HOST).map(|i| format!("<a href=\"/berita/{i}.html\">{i}</a>")).collect();
    let article = "<html><head><title>Nilai SAKIP</title></head><body><p>Kota Madiun meraih nilai 95,5 pada 25 November 2024.</p></body></html>";
    Mock::given(path("/"))
        .respond_with(Page { hits: hits.clone(), body: format!("<html><body>{links}</body></html>") })
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(Page { hits: hits.clone(), body: article.to_string() })
        .with_priority(5)
        .mount(&server)
        .await;
    Host { base: server.uri(), _server: server, hits }
}

/// Runs one crawl over a config, with its database in `dir`.
async fn crawl(config: &str, dir: &Path, options: CrawlOptions) -> Summary {
    let mut settings = Settings::parse(config, Path::new("config.toml")).unwrap();
    settings.db_path = dir.join("warta.db");
    let settings = Arc::new(settings);
    let (writer, thread) = Writer::spawn(Store::open(&settings.db_path).unwrap(), settings.clone());
    let crawler = Arc::new(Crawler::new(settings, writer, &options, ProgressBar::hidden()).unwrap());
    let summary = crawler.run(None).await.unwrap();
    thread.join().unwrap();
    summary
}

/// The config of the throughput crawls: every host a source, every stored
/// article due for a revisit, and `extra` lines for each source.
fn hosts_config(hosts: &[Host], extra: &str) -> String {
    let mut config = format!(
        "[crawl]\nconcurrency = {HOSTS}\nper_host_delay_secs = {}\n[crawl.revisit]\nolder_every_days = 0\n",
        POLITENESS_DELAY.as_secs_f64()
    );
    for (i, host) in hosts.iter().enumerate() {
        config.push_str(&format!(
            "[[source]]\nname = \"h{i}\"\nstart_pages = [\"{}/\"]\narticle_pattern = '/berita/'\n{extra}",
            host.base
        ));
    }
    config
}

/// A database holding the first `STORED_PER_HOST` articles of every host:
/// a crawl whose budget (the start page, then the articles) stops there.
async fn stored_database(hosts: &[Host]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let config = hosts_config(hosts, &format!("max_pages = {}\n", STORED_PER_HOST + 1));
    let summary = crawl(&config, dir.path(), CrawlOptions::default()).await;
    assert_eq!(summary.fetched as usize, HOSTS * STORED_PER_HOST);
    dir
}

/// One crawl of all hosts over a copy of `stored`; returns the achieved
/// rate over the politeness limit.
async fn politeness_ratio(hosts: &[Host], stored: &Path) -> f64 {
    for host in hosts {
        host.hits.lock().unwrap().clear();
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(stored.join("warta.db"), dir.path().join("warta.db")).unwrap();
    let summary = crawl(&hosts_config(hosts, ""), dir.path(), CrawlOptions::default()).await;
    assert_eq!(summary.fetched as usize, HOSTS * (ARTICLES_PER_HOST - STORED_PER_HOST));
    assert_eq!(summary.revisited as usize, HOSTS * STORED_PER_HOST);
    assert_eq!(summary.revisit_changed, 0);
    let all: Vec<Vec<Instant>> = hosts.iter().map(|h| h.hits.lock().unwrap().clone()).collect();
    let first = all.iter().flatten().min().unwrap();
    let last = all.iter().flatten().max().unwrap();
    let intervals: usize = all.iter().map(|h| h.len() - 1).sum();
    let limit = HOSTS as f64 * (*last - *first).as_secs_f64() / POLITENESS_DELAY.as_secs_f64();
    intervals as f64 / limit
}

/// Peak resident memory of this process so far, in KiB.
fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Crawls a site whose sitemap index lists `urls` articles, fetching 100; returns peak KiB after.
async fn peak_with_queue(urls: usize) -> u64 {
    let server = MockServer::builder().disable_request_recording().start().await;
    let base = server.uri();
    // 10,000 URLs a sitemap document, so both runs parse same-sized documents
    // and the difference is the frontier's alone.
    let per_sitemap = 10_000;
    let sitemaps = urls.div_ceil(per_sitemap);
    let index: String = (0..sitemaps).map(|s| format!("<sitemap><loc>{base}/s{s}.xml</loc></sitemap>")).collect();
    Mock::given(path("/sitemap.xml"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            format!("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{index}</sitemapindex>"),
            "application/xml",
        ))
        .mount(&server)
        .await;
    for s in 0..sitemaps {
        let entries: String = (s * per_sitemap..((s + 1) * per_sitemap).min(urls))
            .map(|i| format!("<url><loc>{base}/berita/{i}.html</loc></url>"))
            .collect();
        Mock::given(path(format!("/s{s}.xml")))
            .respond_with(ResponseTemplate::new(200).set_body_raw(
                format!("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{entries}</urlset>"),
                "application/xml",
            ))
            .mount(&server)
            .await;
    }
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200).set_body_raw("<html><body><p>Nilai 95,5.</p></body></html>", "text/html"),
        )
        .with_priority(10)
        .mount(&server)
        .await;
    let config = format!(
        "[crawl]\nper_host_delay_secs = 0.0\n[[source]]\nname = \"besar\"\nsitemaps = [\"{base}/sitemap.xml\"]\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(&config, dir.path(), CrawlOptions { max_pages: Some(100), ..CrawlOptions::default() }).await;
    assert_eq!(summary.queued as usize, urls);
    peak_kib()
}

fn bench(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let hosts: Vec<Host> = runtime.block_on(async {
        let mut hosts = Vec::new();
        for _ in 0..HOSTS {
            hosts.push(host().await);
        }
        hosts
    });
    let stored = runtime.block_on(stored_database(&hosts));
    let ratios = Mutex::new(Vec::new());
    let mut group = c.benchmark_group("crawl");
    group.sample_size(10).measurement_time(Duration::from_secs(15)).warm_up_time(Duration::from_secs(1));
    group.bench_function("20_hosts_politeness_bound", |b| {
        b.iter_custom(|iterations| {
            let start = Instant::now();
            for _ in 0..iterations {
                ratios.lock().unwrap().push(runtime.block_on(politeness_ratio(&hosts, stored.path())));
            }
            start.elapsed()
        })
    });
    group.finish();
    let ratios = ratios.into_inner().unwrap();
    let mean = ratios.iter().sum::<f64>() / ratios.len() as f64;
    let min = ratios.iter().copied().fold(f64::INFINITY, f64::min);
    println!(
        "crawl throughput: {HOSTS} hosts, delay {POLITENESS_DELAY:?}, server {SERVER_DELAY:?}, \
         {STORED_PER_HOST} of {ARTICLES_PER_HOST} articles a host revisited: \
         rate / politeness limit = {mean:.3} mean, {min:.3} worst, over {} crawls",
        ratios.len()
    );
    let baseline = peak_kib();
    let ten_k = runtime.block_on(peak_with_queue(10_000));
    let hundred_k = runtime.block_on(peak_with_queue(100_000));
    println!("crawl memory (VmHWM): before {baseline} KiB, 10,000 queued {ten_k} KiB, 100,000 queued {hundred_k} KiB");
}

criterion_group!(benches, bench);
criterion_main!(benches);

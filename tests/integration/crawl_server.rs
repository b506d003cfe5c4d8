//! Fixture sites served on 127.0.0.1 by wiremock, one server (port) per
//! host, and a runner for the `warta` binary against them.
//!
//! Every file under `fixtures/sites/<name>/` is served at its path, with
//! `{{base}}` replaced by the server's address (inside `.gz` files too);
//! `dir/index.html` or `dir/index.xml` answer `dir/`; `x.cp1252.html` is
//! served as `x.html` with `charset=windows-1252`. Responses carry an ETag
//! and answer a matching `If-None-Match` with 304. Every request is
//! recorded with its arrival time, so tests can measure politeness.

use std::collections::HashMap;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use wiremock::matchers::{any, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::util::fixture;

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The path and query.
    pub path: String,
    /// When it arrived.
    pub at: Instant,
    /// The status answered.
    pub status: u16,
}

/// A fixture site on its own port.
pub struct Site {
    /// The server; mount extra mocks on it (priority below 5 wins over the files).
    pub server: MockServer,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    hits: Arc<Mutex<Vec<Hit>>>,
}

struct Files {
    files: HashMap<String, (Vec<u8>, String)>,
    hits: Arc<Mutex<Vec<Hit>>>,
}

impl Respond for Files {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let path = request.url.path().to_string();
        let query = request.url.query().map(|q| format!("?{q}")).unwrap_or_default();
        let (status, response) = match self.files.get(&path) {
            None => (404, ResponseTemplate::new(404).set_body_string("tidak ditemukan")),
            Some((body, content_type)) => {
                let etag = format!("\"{:016x}\"", fnv(body));
                let inm = request.headers.get("if-none-match").and_then(|v| v.to_str().ok());
                if inm == Some(etag.as_str()) {
                    (304, ResponseTemplate::new(304).insert_header("etag", etag.as_str()))
                } else {
                    let ok = ResponseTemplate::new(200).insert_header("etag", etag.as_str());
                    (200, ok.set_body_raw(body.clone(), content_type))
                }
            }
        };
        self.hits.lock().unwrap().push(Hit { path: format!("{path}{query}"), at: Instant::now(), status });
        response
    }
}

/// A stable hash for ETags.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x100000001b3))
}

/// Records requests that other mocks answer.
pub struct Recorded<R> {
    hits: Arc<Mutex<Vec<Hit>>>,
    status: u16,
    inner: R,
}

impl<R: Respond> Respond for Recorded<R> {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        self.hits.lock().unwrap().push(Hit {
            path: request.url.path().to_string(),
            at: Instant::now(),
            status: self.status,
        });
        self.inner.respond(request)
    }
}

impl Site {
    /// Serves `fixtures/sites/<name>/` on a new port.
    pub async fn start(name: &str) -> Site {
        Self::serve(Some(name)).await
    }

    /// A site with no files: every path is 404 until a test mounts mocks.
    pub async fn empty() -> Site {
        Self::serve(None).await
    }

    async fn serve(name: Option<&str>) -> Site {
        let server = MockServer::start().await;
        let base = server.uri();
        let hits = Arc::new(Mutex::new(Vec::new()));
        let mut files = HashMap::new();
        if let Some(name) = name {
            let root = fixture(&format!("sites/{name}"));
            for file in walk(&root) {
                let relative = file.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
                let raw = std::fs::read(&file).unwrap();
                let (route, body, content_type) = serve_as(&relative, &raw, &base);
                files.insert(route, (body, content_type));
            }
        }
        Mock::given(any()).respond_with(Files { files, hits: hits.clone() }).with_priority(10).mount(&server).await;
        Site { server, base, hits }
    }

    /// Wraps a responder so its requests are recorded like the files'.
    pub fn recorded<R: Respond>(&self, status: u16, inner: R) -> Recorded<R> {
        Recorded { hits: self.hits.clone(), status, inner }
    }

    /// Every request so far.
    pub fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }

    /// Requests so far whose path starts with `prefix`.
    pub fn hits_on(&self, prefix: &str) -> Vec<Hit> {
        self.hits().into_iter().filter(|h| h.path.starts_with(prefix)).collect()
    }
}

/// The route, body and content type of a fixture file.
fn serve_as(relative: &str, raw: &[u8], base: &str) -> (String, Vec<u8>, String) {
    let substitute = |bytes: &[u8]| -> Vec<u8> {
        let text = bytes.to_vec();
        let needle = b"{{base}}";
        let mut out = Vec::with_capacity(text.len());
        let mut i = 0;
        while i < text.len() {
            if text[i..].starts_with(needle) {
                out.extend_from_slice(base.as_bytes());
                i += needle.len();
            } else {
                out.push(text[i]);
                i += 1;
            }
        }
        out
    };
    let mut route = format!("/{relative}");
    let mut content_type = "text/html; charset=utf-8".to_string();
    let body = if relative.ends_with(".gz") {
        let mut xml = Vec::new();
        flate2::read::GzDecoder::new(raw).read_to_end(&mut xml).unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&substitute(&xml)).unwrap();
        content_type = "application/x-gzip".into();
        gz.finish().unwrap()
    } else {
        substitute(raw)
    };
    if let Some(stem) = route.strip_suffix(".cp1252.html") {
        route = format!("{stem}.html");
        content_type = "text/html; charset=windows-1252".into();
    } else if route.ends_with(".txt") {
        content_type = "text/plain".into();
    } else if route.ends_with(".xml") || body.starts_with(b"<?xml") {
        content_type = "application/xml".into();
    }
    for index in ["/index.html", "/index.xml"] {
        if let Some(dir) = route.strip_suffix(index) {
            route = format!("{dir}/");
        }
    }
    (route, body, content_type)
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// A temporary folder with a `config.toml` and the database path.
pub struct Workspace {
    /// The folder (deleted on drop).
    pub dir: tempfile::TempDir,
}

impl Workspace {
    /// Writes a config: a `[crawl]` section tuned for tests plus `extra_crawl` lines, then `sources`.
    pub fn new(extra_crawl: &str, sources: &str) -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        let config = format!(
            "[store]\npath = \"warta.db\"\n\n[crawl]\nuser_agent = \"warta-test/1.0 (+http://127.0.0.1/)\"\n{extra_crawl}\n\n{sources}\n"
        );
        std::fs::write(dir.path().join("config.toml"), config).unwrap();
        Workspace { dir }
    }

    /// The config file.
    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    /// The database file.
    pub fn db(&self) -> PathBuf {
        self.dir.path().join("warta.db")
    }

    /// The `warta crawl` command for this workspace.
    pub fn command(&self, extra: &[&str]) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_warta"));
        command.arg("--config").arg(self.config()).arg("-v").arg("crawl").args(extra);
        command
    }

    /// Runs `warta crawl` to the end off the async runtime (the servers keep serving).
    pub async fn crawl(&self, extra: &[&str]) -> Output {
        let mut command = self.command(extra);
        tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap()
    }

    /// A read-only connection to the database.
    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open_with_flags(self.db(), rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap()
    }

    /// One integer from a query.
    pub fn count(&self, query: &str) -> i64 {
        self.sql().query_row(query, [], |row| row.get(0)).unwrap()
    }

    /// A column of text from a query.
    pub fn strings(&self, query: &str) -> Vec<String> {
        let conn = self.sql();
        let mut stmt = conn.prepare(query).unwrap();
        stmt.query_map([], |row| row.get(0)).unwrap().map(Result::unwrap).collect()
    }
}

/// The summary line's number after `label` (`fetched 3`).
pub fn summary_count(output: &Output, label: &str) -> u64 {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line =
        stdout.lines().find(|l| l.starts_with("crawl: found")).unwrap_or_else(|| panic!("no summary in {stdout}"));
    let after = line.split(&format!("{label} ")).nth(1).unwrap_or_else(|| panic!("no {label} in {line}"));
    after.split(|c: char| !c.is_ascii_digit()).next().unwrap().parse().unwrap()
}

// Shared pieces of the crawl tests: config lines, fixture pages and mocks.

/// Slack allowed below a politeness delay when measuring request gaps
/// (timer granularity and scheduling on a loaded 2-core machine).
pub const TIMING_TOLERANCE: Duration = Duration::from_millis(40);

/// `[crawl]` lines for fast tests: short delays and backoff.
pub const FAST: &str = "per_host_delay_secs = 0.01\nretry_delay_secs = 0.05\nread_timeout_secs = 5.0";

/// `[crawl.revisit]` making every stored page due on every run (the
/// fixture articles are from 2024, "older", so monthly by default).
pub const REVISIT_EVERY_RUN: &str = "[crawl.revisit]\nolder_every_days = 0";

/// A source reading the site's start page, whose `/berita/` links are articles.
pub fn plain(site: &Site, name: &str) -> String {
    format!("[[source]]\nname = \"{name}\"\nstart_pages = [\"{}/\"]\narticle_pattern = '/berita/'\n", site.base)
}

/// An article page from the fixtures, for mocks that serve one.
pub fn article_bytes() -> Vec<u8> {
    std::fs::read(crate::util::fixture("sites/broken/berita/2024/11/nilai-ikm-dinas-kesehatan.html")).unwrap()
}

/// Mounts a start page linking the given paths.
pub async fn mount_index(site: &Site, links: &[&str]) {
    let html: String = links.iter().map(|l| format!("<a href=\"{l}\">{l}</a>\n")).collect();
    let index = ResponseTemplate::new(200).set_body_raw(format!("<html><body>{html}</body></html>"), "text/html");
    Mock::given(path("/")).respond_with(site.recorded(200, index)).with_priority(1).mount(&site.server).await;
}

/// Serves `page` once with `first` (recorded as `status`), then the fixture
/// article on every later request.
pub async fn mount_failing_once(site: &Site, page: &str, status: u16, first: ResponseTemplate) {
    Mock::given(path(page))
        .respond_with(site.recorded(status, first))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&site.server)
        .await;
    Mock::given(path(page))
        .respond_with(site.recorded(200, ResponseTemplate::new(200).set_body_raw(article_bytes(), "text/html")))
        .with_priority(2)
        .mount(&site.server)
        .await;
}

/// What a run logged.
pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Serves `robots.txt` on a site.
pub async fn mount_robots(site: &Site, robots: &str) {
    Mock::given(path("/robots.txt"))
        .respond_with(site.recorded(200, ResponseTemplate::new(200).set_body_raw(robots.to_string(), "text/plain")))
        .with_priority(1)
        .mount(&site.server)
        .await;
}

/// Answers `from` with a 301 to `to`.
pub async fn mount_redirect(site: &Site, from: &str, to: &str) {
    Mock::given(path(from))
        .respond_with(site.recorded(301, ResponseTemplate::new(301).insert_header("location", to)))
        .with_priority(1)
        .mount(&site.server)
        .await;
}

/// Serves the fixture article at `page`, expecting `requests` requests.
pub async fn mount_article(site: &Site, page: &str, requests: u64) {
    Mock::given(path(page))
        .respond_with(site.recorded(200, ResponseTemplate::new(200).set_body_raw(article_bytes(), "text/html")))
        .expect(requests)
        .with_priority(1)
        .mount(&site.server)
        .await;
}

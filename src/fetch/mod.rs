//! HTTP fetching: one shared [`reqwest::Client`] built from
//! [`CrawlSettings`], a streaming body read that stops at the size cap,
//! a total deadline on every request, conditional GET with stored
//! validators, and the retry policy (exponential backoff, jitter and
//! `Retry-After`, [`RetryPolicy`]). It returns raw bytes and the
//! `Content-Type` header; decoding belongs to [`crate::extract`]. It knows
//! nothing of robots.txt, politeness or the store: [`crate::crawl`] decides
//! what to fetch and when, and sends every attempt, retries included,
//! through the host's schedule.
//!
//! Redirects are not followed here: a 3xx comes back as
//! [`Hop::Redirect`], and the crawler requests the next hop itself,
//! after checking it against robots.txt and in its host's turn. (A reqwest
//! redirect policy cannot do that: it is a synchronous callback, so it could
//! neither fetch the robots.txt of a new host nor wait for the host's delay.)
//! [`RedirectChain`] keeps the limits every chain obeys: at most
//! `max_redirects` hops, http(s) only, no URL twice.

mod retry;

use std::time::Duration;

use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::{Client, StatusCode};
use url::Url;

use crate::config::CrawlSettings;

pub use retry::{RetryPolicy, parse_retry_after};

/// Why a fetch failed. Every variant names the URL.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The HTTP client could not be built (TLS set-up, bad User-Agent).
    #[error("cannot build the HTTP client")]
    Client {
        /// reqwest's cause.
        #[source]
        source: reqwest::Error,
    },
    /// The URL is not http or https.
    #[error("{url}: only http and https URLs are fetched")]
    Scheme {
        /// The URL.
        url: Url,
    },
    /// No response (or no next body chunk) within the read timeout.
    #[error("{url}: timed out after {after:?}")]
    Timeout {
        /// The URL.
        url: Url,
        /// The timeout that expired.
        after: Duration,
    },
    /// The request, headers and body, took longer than its total deadline
    /// (a server trickling its body). Not retried: the URL fails for this run.
    #[error("{url}: request took longer than its {after:?} deadline")]
    Deadline {
        /// The URL.
        url: Url,
        /// The deadline (`request_timeout_secs`).
        after: Duration,
    },
    /// More redirects than allowed, a redirect loop, or a redirect to another scheme.
    #[error("{url}: redirect refused")]
    Redirect {
        /// The URL first asked for.
        url: Url,
        /// The limit the chain hit.
        #[source]
        why: RedirectRefused,
    },
    /// Connection refused, reset, DNS failure and the like.
    #[error("{url}: request failed")]
    Request {
        /// The URL.
        url: Url,
        /// reqwest's cause.
        #[source]
        source: reqwest::Error,
    },
    /// The server answered with an error status.
    #[error("{url}: HTTP {status}")]
    Status {
        /// The URL.
        url: Url,
        /// The status.
        status: StatusCode,
        /// `Retry-After`, when the server sent one.
        retry_after: Option<Duration>,
    },
}

impl FetchError {
    /// Whether the host is at fault, so the failure counts towards giving
    /// it up: timeouts, deadlines, connection errors, 5xx and 429.
    pub fn is_transient(&self) -> bool {
        match self {
            FetchError::Timeout { .. } | FetchError::Deadline { .. } | FetchError::Request { .. } => true,
            FetchError::Status { status, .. } => status.is_server_error() || *status == StatusCode::TOO_MANY_REQUESTS,
            FetchError::Client { .. } | FetchError::Scheme { .. } | FetchError::Redirect { .. } => false,
        }
    }

    /// Whether the request is worth another attempt in this run: a
    /// transient failure, but not a missed deadline (a server that trickles
    /// its body would only hold the host's slot again).
    pub fn is_retryable(&self) -> bool {
        self.is_transient() && !matches!(self, FetchError::Deadline { .. })
    }

    /// The `Retry-After` the server sent with an error status.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            FetchError::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// Why a redirect chain was cut.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RedirectRefused {
    /// The chain is longer than `max_redirects`.
    #[error("more than {0} redirects")]
    TooMany(usize),
    /// The chain came back to a URL it had visited (a string, to keep errors small).
    #[error("redirect loop at {0}")]
    Loop(String),
    /// The target is not http or https.
    #[error("redirect to a non-http URL {0}")]
    Scheme(String),
}

/// The hops of one redirect chain, checked as they are followed.
#[derive(Debug, Clone)]
pub struct RedirectChain {
    visited: Vec<Url>,
    max: usize,
}

impl RedirectChain {
    /// A chain starting at `url`, allowing at most `max` redirects.
    pub fn new(url: &Url, max: usize) -> Self {
        Self { visited: vec![url.clone()], max }
    }

    /// Takes the next hop, or refuses it: one hop too many, a loop, or a non-http URL.
    pub fn follow(&mut self, to: &Url) -> Result<(), FetchError> {
        let why = if self.visited.len() > self.max {
            RedirectRefused::TooMany(self.max)
        } else if !matches!(to.scheme(), "http" | "https") {
            RedirectRefused::Scheme(to.to_string())
        } else if self.visited.contains(to) {
            RedirectRefused::Loop(to.to_string())
        } else {
            self.visited.push(to.clone());
            return Ok(());
        };
        Err(FetchError::Redirect { url: self.visited[0].clone(), why })
    }
}

/// What a conditional GET sends back: the validators of the last fetch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header, sent as `If-None-Match`.
    pub etag: Option<String>,
    /// The `Last-Modified` header, sent as `If-Modified-Since`.
    pub last_modified: Option<String>,
}

/// The body cap of feeds and sitemaps: the sitemap protocol's own limit,
/// so a big sitemap is read whole rather than cut into broken XML.
pub const DOCUMENT_CAP: u64 = 50 * 1024 * 1024;

/// Which bodies a fetch keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// HTML pages only, cut at `max_body_bytes`: other content types are skipped unread.
    Html,
    /// Feeds, sitemaps and robots.txt: any content type, cut at [`DOCUMENT_CAP`] at least.
    Any,
}

/// A response body, raw.
#[derive(Debug, Clone)]
pub struct Page {
    /// The URL that answered: the last hop of a redirect chain.
    pub url: Url,
    /// The status (2xx).
    pub status: u16,
    /// The `Content-Type` header, whose charset the extractor honours.
    pub content_type: Option<String>,
    /// The body bytes, decompressed, at most the configured cap.
    pub body: Vec<u8>,
    /// Whether the body was cut at the cap.
    pub truncated: bool,
    /// The validators to send next time.
    pub validators: Validators,
}

/// The outcome of a fetch that got an answer.
#[derive(Debug, Clone)]
pub enum Fetched {
    /// A body.
    Page(Page),
    /// `304 Not Modified`: the stored copy is current.
    NotModified,
    /// A content type the caller did not want (an image, a PDF); the body was not read.
    Skipped {
        /// The content type received.
        content_type: String,
    },
}

/// What one request gave: an answer, or a redirect the caller may follow.
#[derive(Debug, Clone)]
pub enum Hop {
    /// A body, a 304 or a skipped content type.
    Answer(Fetched),
    /// A 3xx with a `Location`, resolved against the URL asked for.
    Redirect(Url),
}

/// The one HTTP client of a crawl, with its limits.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: Client,
    max_redirects: usize,
    read_timeout: Duration,
    request_timeout: Duration,
    max_body_bytes: u64,
}

impl Fetcher {
    /// Builds the client: User-Agent, timeouts, redirects handed back to the caller.
    pub fn new(settings: &CrawlSettings) -> Result<Self, FetchError> {
        let client = Client::builder()
            .user_agent(&settings.user_agent)
            .connect_timeout(settings.connect_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|source| FetchError::Client { source })?;
        Ok(Self {
            client,
            max_redirects: settings.max_redirects,
            read_timeout: settings.read_timeout,
            request_timeout: settings.request_timeout,
            max_body_bytes: settings.max_body_bytes,
        })
    }

    /// A redirect chain from `url` with the configured limit.
    pub fn redirect_chain(&self, url: &Url) -> RedirectChain {
        RedirectChain::new(url, self.max_redirects)
    }

    /// Requests a URL once (one hop, no retries), within the total deadline.
    pub async fn fetch(&self, url: &Url, want: Want, validators: &Validators) -> Result<Hop, FetchError> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(FetchError::Scheme { url: url.clone() });
        }
        tokio::time::timeout(self.request_timeout, self.fetch_within(url, want, validators))
            .await
            .map_err(|_| FetchError::Deadline { url: url.clone(), after: self.request_timeout })?
    }

    /// The request and its body read, each step under the read timeout.
    async fn fetch_within(&self, url: &Url, want: Want, validators: &Validators) -> Result<Hop, FetchError> {
        let mut request = self.client.get(url.clone());
        if let Some(etag) = &validators.etag {
            request = request.header(header::IF_NONE_MATCH, etag);
        }
        if let Some(date) = &validators.last_modified {
            request = request.header(header::IF_MODIFIED_SINCE, date);
        }
        let timeout = || FetchError::Timeout { url: url.clone(), after: self.read_timeout };
        let response = tokio::time::timeout(self.read_timeout, request.send())
            .await
            .map_err(|_| timeout())?
            .map_err(|source| classify(url, source))?;
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            return Ok(Hop::Answer(Fetched::NotModified));
        }
        if status.is_redirection()
            && let Some(to) = header_text(response.headers(), header::LOCATION).and_then(|to| url.join(&to).ok())
        {
            return Ok(Hop::Redirect(to));
        }
        if !status.is_success() {
            let retry_after = response
                .headers()
                .get(header::RETRY_AFTER)
                .and_then(|value| value.to_str().ok())
                .and_then(|value| parse_retry_after(value, jiff::Timestamp::now()));
            return Err(FetchError::Status { url: url.clone(), status, retry_after });
        }
        let headers = response.headers();
        let content_type = header_text(headers, header::CONTENT_TYPE);
        if want == Want::Html
            && let Some(kind) = &content_type
            && !is_html(kind)
        {
            return Ok(Hop::Answer(Fetched::Skipped { content_type: kind.clone() }));
        }
        let validators = Validators {
            etag: header_text(headers, header::ETAG),
            last_modified: header_text(headers, header::LAST_MODIFIED),
        };
        let cap = match want {
            Want::Html => self.max_body_bytes,
            Want::Any => self.max_body_bytes.max(DOCUMENT_CAP),
        };
        let (body, truncated) = self.read_body(url, response, cap).await?;
        let page = Page { url: url.clone(), status: status.as_u16(), content_type, body, truncated, validators };
        Ok(Hop::Answer(Fetched::Page(page)))
    }

    /// Streams the (decompressed) body, stopping at the cap.
    async fn read_body(
        &self,
        url: &Url,
        mut response: reqwest::Response,
        cap: u64,
    ) -> Result<(Vec<u8>, bool), FetchError> {
        let cap = usize::try_from(cap).unwrap_or(usize::MAX);
        let mut body = Vec::new();
        loop {
            let chunk = tokio::time::timeout(self.read_timeout, response.chunk())
                .await
                .map_err(|_| FetchError::Timeout { url: url.clone(), after: self.read_timeout })?
                .map_err(|source| classify(url, source))?;
            let Some(chunk) = chunk else { return Ok((body, false)) };
            let room = cap - body.len();
            if chunk.len() > room {
                body.extend_from_slice(&chunk[..room]);
                tracing::warn!(%url, cap, "body cut at the size cap");
                return Ok((body, true));
            }
            body.extend_from_slice(&chunk);
        }
    }
}

/// A reqwest error as ours.
fn classify(url: &Url, source: reqwest::Error) -> FetchError {
    FetchError::Request { url: url.clone(), source }
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers.get(name).and_then(|value: &HeaderValue| value.to_str().ok()).map(str::to_string)
}

/// Whether a `Content-Type` is an HTML page.
fn is_html(content_type: &str) -> bool {
    let mime = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    matches!(mime.as_str(), "text/html" | "application/xhtml+xml" | "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_types_are_recognised_with_parameters() {
        let cases = [
            ("text/html; charset=windows-1252", true),
            ("TEXT/HTML", true),
            ("application/xhtml+xml", true),
            ("application/pdf", false),
            ("image/jpeg", false),
            ("application/rss+xml", false),
        ];
        for (content_type, html) in cases {
            assert_eq!(is_html(content_type), html, "{content_type}");
        }
    }

    #[test]
    fn transient_errors_are_timeouts_5xx_and_429() {
        let url = Url::parse("http://127.0.0.1/berita").unwrap();
        let status = |status| FetchError::Status { url: url.clone(), status, retry_after: None };
        assert!(status(StatusCode::INTERNAL_SERVER_ERROR).is_transient());
        assert!(status(StatusCode::TOO_MANY_REQUESTS).is_transient());
        assert!(!status(StatusCode::NOT_FOUND).is_transient());
        assert!(FetchError::Timeout { url: url.clone(), after: Duration::from_secs(1) }.is_transient());
        assert!(!FetchError::Scheme { url: url.clone() }.is_transient());
    }

    #[test]
    fn a_missed_deadline_counts_against_the_host_but_is_not_retried() {
        let url = Url::parse("http://127.0.0.1/berita").unwrap();
        let deadline = FetchError::Deadline { url: url.clone(), after: Duration::from_secs(60) };
        assert!(deadline.is_transient() && !deadline.is_retryable());
        assert!(FetchError::Timeout { url: url.clone(), after: Duration::from_secs(1) }.is_retryable());
        let busy = FetchError::Status {
            url,
            status: StatusCode::TOO_MANY_REQUESTS,
            retry_after: Some(Duration::from_secs(2)),
        };
        assert!(busy.is_retryable());
        assert_eq!(busy.retry_after(), Some(Duration::from_secs(2)));
    }

    #[test]
    fn redirect_chains_stop_at_the_limit_loops_and_other_schemes() {
        let url = |path: &str| Url::parse(&format!("https://madiunkota.go.id{path}")).unwrap();
        let refused = |chain: &mut RedirectChain, to: &Url| match chain.follow(to) {
            Err(FetchError::Redirect { url: first, why }) => {
                assert_eq!(first, url("/berita"), "the error names the URL first asked for");
                Some(why)
            }
            Err(other) => panic!("{other}"),
            Ok(()) => None,
        };
        let mut chain = RedirectChain::new(&url("/berita"), 2);
        assert_eq!(refused(&mut chain, &url("/berita/")), None);
        assert_eq!(refused(&mut chain, &url("/berita")), Some(RedirectRefused::Loop(url("/berita").into())));
        let ftp = Url::parse("ftp://madiunkota.go.id/berita").unwrap();
        assert_eq!(refused(&mut chain, &ftp), Some(RedirectRefused::Scheme(ftp.into())));
        assert_eq!(refused(&mut chain, &url("/berita/2024/")), None);
        assert_eq!(refused(&mut chain, &url("/berita/2024/11/")), Some(RedirectRefused::TooMany(2)));
    }
}

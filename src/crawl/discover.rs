//! Finding article URLs: robots.txt (fetched once per host and cached, with
//! its `Crawl-delay` and `Sitemap` lines), RSS/Atom/JSON feeds (`feed-rs`),
//! sitemaps and sitemap indexes, plain or gzipped, Google News ones with
//! their publication dates (`sitemapo`, reading the document as a stream:
//! a gzipped one is inflated as it is read, and one over the protocol's
//! 50,000 URLs or 50 MB gives its first 50,000 URLs and says it was cut),
//! and the links of HTML pages. The parsers are pure functions over bytes;
//! only [`RobotsCache`] fetches.

use std::collections::HashMap;
use std::io::BufRead;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use jiff::Timestamp;
use robotxt::{AccessResult, Robots};
use scraper::{Html, Selector};
use tokio::sync::OnceCell;
use url::Url;

use super::normalize::normalize;
use super::politeness::{Politeness, host_key};
use super::request::GetError;
use crate::fetch::{FetchError, Fetched};

/// Why a feed or sitemap could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    /// Not RSS, Atom or JSON Feed.
    #[error("{url}: malformed feed")]
    Feed {
        /// The feed URL.
        url: Url,
        /// feed-rs's cause (boxed: it is large).
        #[source]
        source: Box<feed_rs::parser::ParseFeedError>,
    },
    /// Not a sitemap or sitemap index.
    #[error("{url}: malformed sitemap")]
    Sitemap {
        /// The sitemap URL.
        url: Url,
        /// sitemapo's cause (boxed: it is large).
        #[source]
        source: Box<sitemapo::Error>,
    },
    /// A gzipped sitemap that does not inflate.
    #[error("{url}: broken gzip data")]
    Gzip {
        /// The sitemap URL.
        url: Url,
        /// flate2's cause.
        #[source]
        source: std::io::Error,
    },
}

/// A URL found by discovery, normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The article URL.
    pub url: Url,
    /// The publication time a feed or news sitemap gave, if any.
    pub published: Option<Timestamp>,
}

/// What one sitemap document lists.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SitemapContent {
    /// Pages.
    pub entries: Vec<Candidate>,
    /// Nested sitemaps of a sitemap index.
    pub nested: Vec<Url>,
    /// Why only the first records were read, when the document was cut.
    pub cut: Option<String>,
}

static LINKS: LazyLock<Selector> = LazyLock::new(|| Selector::parse("a[href]").expect("static selector"));

/// The items of an RSS, Atom or JSON feed, with their publication dates.
pub fn parse_feed(bytes: &[u8], feed_url: &Url) -> Result<Vec<Candidate>, DiscoverError> {
    let feed = feed_rs::parser::parse(bytes)
        .map_err(|source| DiscoverError::Feed { url: feed_url.clone(), source: Box::new(source) })?;
    Ok(feed
        .entries
        .iter()
        .filter_map(|entry| {
            let link = entry.links.iter().find(|link| link.rel.as_deref().is_none_or(|rel| rel == "alternate"))?;
            let url = feed_url.join(link.href.trim()).ok()?;
            let published =
                entry.published.or(entry.updated).and_then(|at| Timestamp::from_second(at.timestamp()).ok());
            Some(Candidate { url: normalize(&url), published })
        })
        .collect())
}

/// The pages and nested sitemaps of a sitemap, inflating gzip as it is
/// read. A sitemap over the protocol's limits (50,000 records, 50 MB
/// inflated), or one whose body was cut at the fetch's size cap
/// (`truncated`), gives the records before the limit and says so in
/// [`SitemapContent::cut`]; a malformed one is an error with the parser's reason.
pub fn parse_sitemap(bytes: &[u8], sitemap_url: &Url, truncated: bool) -> Result<SitemapContent, DiscoverError> {
    let gzipped = bytes.starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn BufRead> =
        if gzipped { Box::new(std::io::BufReader::new(flate2::read::GzDecoder::new(bytes))) } else { Box::new(bytes) };
    let mut content = SitemapContent::default();
    for record in sitemapo::Parser::new(reader) {
        let record = match record {
            Ok(record) => record,
            Err(sitemapo::Error::Io(source)) if gzipped => {
                return Err(DiscoverError::Gzip { url: sitemap_url.clone(), source });
            }
            Err(limit @ (sitemapo::Error::RecordLimit | sitemapo::Error::ByteLimit)) => {
                content.cut = Some(format!("{limit}: the records before the limit were read"));
                break;
            }
            // The cut body ends mid-document: what it says is not malformed.
            Err(_) if truncated => break,
            Err(source) => return Err(DiscoverError::Sitemap { url: sitemap_url.clone(), source: Box::new(source) }),
        };
        match record {
            sitemapo::Record::Entry(entry) => content.entries.push(Candidate {
                url: normalize(&entry.location),
                published: entry.news.map(|news| news.published).or(entry.modified),
            }),
            sitemapo::Record::Sitemap(nested) => content.nested.push(nested.location),
        }
    }
    if truncated && content.cut.is_none() {
        content.cut = Some("the body was cut at the size cap: the records before the cut were read".into());
    }
    Ok(content)
}

/// The http(s) links of a page, resolved against its URL and normalised.
pub fn page_links(html: &Html, page_url: &Url) -> Vec<Url> {
    html.select(&LINKS)
        .filter_map(|a| a.value().attr("href"))
        .filter_map(|href| page_url.join(href.trim()).ok())
        .filter(|url| matches!(url.scheme(), "http" | "https"))
        .map(|url| normalize(&url))
        .collect()
}

/// A host's robots.txt rules, and why they allow nothing when the file
/// could not be read at all.
#[derive(Debug)]
pub struct HostRules {
    /// The parsed rules.
    pub robots: Robots,
    /// Set when robots.txt was unreachable (5xx, network): the host is off for this run.
    pub unreachable: Option<String>,
}

impl HostRules {
    /// Whether a URL may be fetched; the error is a line saying why not.
    pub fn check(&self, url: &Url) -> Result<(), String> {
        match (&self.unreachable, self.robots.is_url_allowed(url)) {
            (_, true) => Ok(()),
            (Some(why), false) => Err(format!("{url}: not fetched: robots.txt unreachable: {why}")),
            (None, false) => Err(format!("{url}: disallowed by robots.txt")),
        }
    }
}

/// robots.txt rules, fetched once per host (origin) and kept for the run.
#[derive(Debug)]
pub struct RobotsCache {
    agent: String,
    hosts: Mutex<HashMap<String, Arc<OnceCell<Arc<HostRules>>>>>,
}

impl RobotsCache {
    /// A cache matching groups for the User-Agent's product token (`warta` of `warta/0.1`).
    pub fn new(user_agent: &str) -> Self {
        let agent = user_agent.split(['/', ' ']).next().unwrap_or(user_agent).to_string();
        Self { agent, hosts: Mutex::new(HashMap::new()) }
    }

    /// The rules for a URL's host: fetched on first use with `fetch`, which
    /// the crawler makes a polite request following redirects (4xx:
    /// everything allowed; 5xx or unreachable: nothing allowed, as RFC 9309
    /// says). A `Crawl-delay` raises the host's delay.
    pub(super) async fn rules<Fetch>(
        &self,
        url: &Url,
        politeness: &Politeness,
        fetch: impl FnOnce(Url) -> Fetch,
    ) -> Arc<HostRules>
    where
        Fetch: Future<Output = Result<Fetched, GetError>>,
    {
        let origin = url.origin().ascii_serialization();
        let cell = {
            let mut hosts = self.hosts.lock().unwrap_or_else(PoisonError::into_inner);
            hosts.entry(origin.clone()).or_default().clone()
        };
        cell.get_or_init(|| async {
            let Ok(robots_url) = Url::parse(&origin).and_then(|o| o.join("/robots.txt")) else {
                return Arc::new(HostRules { robots: Robots::allow_all(), unreachable: None });
            };
            let host = host_key(&robots_url);
            let rules = match &fetch(robots_url).await {
                Ok(Fetched::Page(page)) => {
                    HostRules { robots: Robots::parse(&page.body, self.agent.as_str()), unreachable: None }
                }
                Ok(Fetched::NotModified | Fetched::Skipped { .. }) => {
                    HostRules { robots: Robots::allow_all(), unreachable: None }
                }
                Err(GetError::Fetch(FetchError::Status { status, .. })) if status.is_client_error() => HostRules {
                    robots: Robots::from_access(AccessResult::Unavailable, self.agent.as_str()),
                    unreachable: None,
                },
                Err(err) => {
                    let why = err.line();
                    tracing::warn!("host {host} skipped for this run: robots.txt unreachable ({why})");
                    HostRules {
                        robots: Robots::from_access(AccessResult::Unreachable, self.agent.as_str()),
                        unreachable: Some(why),
                    }
                }
            };
            if let Some(delay) = rules.robots.crawl_delay() {
                politeness.raise_delay(&host, delay);
            }
            Arc::new(rules)
        })
        .await
        .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn rss_items_give_normalised_links_and_dates() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>Kota Madiun</title>
            <item><title>Kota Madiun Raih Nilai 95,5</title><link>https://madiunkota.go.id/2024/11/25/nilai/?utm_source=rss</link>
            <pubDate>Mon, 25 Nov 2024 03:00:00 +0000</pubDate></item>
            <item><title>Tanpa tanggal</title><link>/2024/11/26/lain/</link></item></channel></rss>"#;
        let found = parse_feed(rss, &url("https://madiunkota.go.id/feed/")).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].url.as_str(), "https://madiunkota.go.id/2024/11/25/nilai/");
        assert_eq!(found[0].published, Some("2024-11-25T03:00:00Z".parse().unwrap()));
        assert_eq!(found[1].url.as_str(), "https://madiunkota.go.id/2024/11/26/lain/");
    }

    #[test]
    fn atom_feeds_use_the_alternate_link() {
        let atom =
            br#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Garda Jatim</title><id>x</id>
            <updated>2024-01-26T00:00:00Z</updated>
            <entry><id>1</id><title>SAKIP Kabupaten Madiun</title><updated>2024-01-26T00:00:00Z</updated>
            <link rel="replies" href="https://gardajatim.com/feeds/1/comments"/>
            <link rel="alternate" href="https://gardajatim.com/2024/01/sakip.html"/></entry></feed>"#;
        let found = parse_feed(atom, &url("https://gardajatim.com/feeds/posts/default")).unwrap();
        assert_eq!(
            found.iter().map(|c| c.url.as_str()).collect::<Vec<_>>(),
            ["https://gardajatim.com/2024/01/sakip.html"]
        );
    }

    #[test]
    fn broken_feed_is_an_error_naming_the_url() {
        let err = parse_feed(b"<rss><channel><item>", &url("https://x.example/feed/")).unwrap_err();
        assert!(err.to_string().contains("https://x.example/feed/"), "{err}");
    }

    #[test]
    fn sitemaps_plain_gzipped_news_and_index() {
        let news = br#"<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
            xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://beritajatim.com/a/</loc>
            <news:news><news:publication><news:name>Berita Jatim</news:name><news:language>id</news:language></news:publication>
            <news:publication_date>2024-11-25T10:00:00+07:00</news:publication_date><news:title>Nilai SAKIP</news:title></news:news></url></urlset>"#;
        let content = parse_sitemap(news, &url("https://beritajatim.com/sitemap-news.xml"), false).unwrap();
        assert_eq!(content.entries[0].published, Some("2024-11-25T03:00:00Z".parse().unwrap()));

        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gz, news).unwrap();
        let zipped = parse_sitemap(&gz.finish().unwrap(), &url("https://beritajatim.com/s.xml.gz"), false).unwrap();
        assert_eq!(zipped, content);

        let index = br#"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://beritajatim.com/post-sitemap.xml</loc></sitemap></sitemapindex>"#;
        let content = parse_sitemap(index, &url("https://beritajatim.com/sitemap_index.xml"), false).unwrap();
        assert_eq!(content.nested, [url("https://beritajatim.com/post-sitemap.xml")]);
    }

    #[test]
    fn broken_sitemaps_are_errors_with_the_parsers_reason() {
        let u = url("https://x.example/sitemap.xml");
        let err = parse_sitemap(b"<html><body>bukan sitemap</body></html>", &u, false).unwrap_err();
        assert!(matches!(err, DiscoverError::Sitemap { .. }));
        let line = crate::crawl::error_line(&err);
        assert!(line.contains("malformed sitemap: unexpected root element `html`"), "{line}");
        let err = parse_sitemap(b"<urlset><url><loc>https://x.example/a</loc></url></urlse>", &u, false).unwrap_err();
        let line = crate::crawl::error_line(&err);
        assert!(line.contains("malformed sitemap") && line.contains("urlse"), "{line}");
        assert!(matches!(parse_sitemap(&[0x1f, 0x8b, 0, 1, 2], &u, false), Err(DiscoverError::Gzip { .. })));
    }

    /// A sitemap listing `count` pages, gzipped when asked.
    fn big_sitemap(count: usize, gzipped: bool) -> Vec<u8> {
        let mut xml = String::from(r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#);
        for i in 0..count {
            xml.push_str(&format!("<url><loc>https://x.example/berita/{i}</loc></url>"));
        }
        xml.push_str("</urlset>");
        if !gzipped {
            return xml.into_bytes();
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, xml.as_bytes()).unwrap();
        gz.finish().unwrap()
    }

    #[test]
    fn a_sitemap_over_50000_urls_gives_the_first_50000_and_says_it_was_cut() {
        let u = url("https://x.example/sitemap.xml.gz");
        for gzipped in [false, true] {
            let content = parse_sitemap(&big_sitemap(50_001, gzipped), &u, false).unwrap();
            assert_eq!(content.entries.len(), 50_000);
            assert_eq!(content.entries[49_999].url.as_str(), "https://x.example/berita/49999");
            assert!(
                content.cut.as_deref().is_some_and(|why| why.contains("more than 50000 records")),
                "{:?}",
                content.cut
            );
        }
        let whole = parse_sitemap(&big_sitemap(50_000, false), &u, false).unwrap();
        assert_eq!((whole.entries.len(), whole.cut), (50_000, None));
    }

    #[test]
    fn a_sitemap_cut_at_the_size_cap_keeps_what_came_before() {
        let bytes = big_sitemap(10, false);
        let cut = &bytes[..bytes.len() / 2];
        let content = parse_sitemap(cut, &url("https://x.example/sitemap.xml"), true).unwrap();
        assert!(!content.entries.is_empty() && content.entries.len() < 10);
        assert!(content.cut.as_deref().is_some_and(|why| why.contains("size cap")), "{:?}", content.cut);
    }

    #[test]
    fn page_links_are_resolved_and_filtered() {
        let html = Html::parse_document(
            r#"<a href="/berita/satu#atas">Satu</a><a href="mailto:humas@madiunkota.go.id">Surel</a>
               <a href="https://madiunkota.go.id/berita/dua?utm_campaign=x">Dua</a>"#,
        );
        let links = page_links(&html, &url("https://madiunkota.go.id/"));
        let links: Vec<_> = links.iter().map(Url::as_str).collect();
        assert_eq!(links, ["https://madiunkota.go.id/berita/satu", "https://madiunkota.go.id/berita/dua"]);
    }

    #[test]
    fn statics_compile() {
        LazyLock::force(&LINKS);
    }
}

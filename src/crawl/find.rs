//! Finding one source's articles for this run: its hosts' robots.txt
//! (and the sitemaps listed there), its feeds, its sitemaps (following
//! indexes), and its start pages' links to `follow_depth`, all kept to the
//! source's origins, its article pattern and its `since` date. Every
//! document fetched is taken from the source's budget, within discovery's
//! half of it. A broken feed or sitemap is reported and the rest of the
//! source is still crawled.

use std::collections::{HashSet, VecDeque};

use jiff::Timestamp;
use url::Url;

use super::discover::{Candidate, page_links, parse_feed, parse_sitemap};
use super::writer::WriteError;
use super::{Budget, Crawler, error_line, published_utc};
use crate::config::Source;
use crate::extract::html::Document;
use crate::fetch::{Fetched, Page, Want};
use crate::store::{Candidate as StoreCandidate, Via};

/// Nested sitemap levels followed below a configured sitemap.
const MAX_SITEMAP_DEPTH: u32 = 3;
/// Sitemap documents read per source and run, so a huge index cannot stall a crawl.
const MAX_SITEMAPS: usize = 50;

/// A URL found for a source, with how it was found.
#[derive(Debug, Clone)]
pub struct Found {
    /// The normalised URL and the publication time given with it.
    pub candidate: Candidate,
    /// Feed, sitemap or link.
    pub via: Via,
    /// Link hops from a start page.
    pub depth: u32,
}

/// What finding a source's articles gave.
#[derive(Debug, Default)]
pub struct Finding {
    /// Article URLs found, deduplicated, in discovery order; kept only when
    /// not queued as they come (`--dry-run`).
    pub found: Vec<Found>,
    /// How many article URLs were found.
    pub count: u64,
    /// Of those, how many were new to the frontier.
    pub queued: u64,
    /// Feeds, sitemaps and start pages that could not be read, one line each.
    pub errors: Vec<String>,
    /// Feeds, sitemaps and start pages that were read.
    pub read: usize,
}

impl Finding {
    fn error(&mut self, message: String) {
        tracing::warn!("{message}");
        self.errors.push(message);
    }

    /// Records a document not read; logged as a warning unless its cause
    /// was (its host's robots.txt unreachable, or the host given up), so
    /// that one cause is one warning.
    fn unread(&mut self, source: &str, unread: Unread) {
        let message = format!("{source}: {}", unread.line);
        if unread.cause_logged {
            tracing::info!("{message}");
            self.errors.push(message);
        } else {
            self.error(message);
        }
    }
}

/// Why a feed, sitemap or start page was not read.
struct Unread {
    /// What happened, on one line.
    line: String,
    /// Whether the cause was logged already, for its host.
    cause_logged: bool,
}

impl From<String> for Unread {
    fn from(line: String) -> Self {
        Self { line, cause_logged: false }
    }
}

/// URLs handed to the frontier at a time while discovery runs, so memory
/// stays flat however many URLs a sitemap lists.
const FLUSH: usize = 1000;

/// Collects one source's finds: dedups them by a 64-bit hash of the URL
/// (16 bytes a URL, not the URL), and queues them in chunks.
struct Collector<'a> {
    source: &'a Source,
    budget: &'a Budget,
    /// The source's row id, when finds go to the frontier; `None` keeps them.
    queue_for: Option<i64>,
    seen: HashSet<u64>,
    pending: Vec<Found>,
    finding: Finding,
}

/// The dedup key of a URL.
fn url_hash(url: &Url) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    url.as_str().hash(&mut hasher);
    hasher.finish()
}

/// Why discovery stopped before reading everything.
enum Stop {
    /// Discovery's half of the source's budget is spent.
    BudgetSpent,
    /// The frontier could not be written.
    Write(WriteError),
}

impl From<WriteError> for Stop {
    fn from(err: WriteError) -> Self {
        Stop::Write(err)
    }
}

/// Whether a candidate is an article of the source: its origins, its pattern, not older than `since`.
fn is_article(source: &Source, candidate: &Candidate) -> bool {
    let pattern_ok = source.article_pattern.as_ref().is_none_or(|re| re.is_match(candidate.url.as_str()));
    let recent = match (source.since, candidate.published) {
        (Some(since), Some(published)) => wib_date(published) >= since,
        _ => true,
    };
    source.owns(&candidate.url) && pattern_ok && recent
}

/// The calendar date of a timestamp in Western Indonesian Time (UTC+7).
fn wib_date(at: Timestamp) -> jiff::civil::Date {
    at.to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(7))).date()
}

impl Crawler {
    /// Finds a source's article URLs for this run. With `queue_for` (the
    /// source's row id) they are queued in the frontier as they come, and
    /// those that failed in an earlier run are queued again; without it
    /// they are returned in [`Finding::found`].
    pub(super) async fn find(
        &self,
        source: &Source,
        queue_for: Option<i64>,
        budget: &Budget,
    ) -> Result<Finding, WriteError> {
        let mut found = Collector {
            source,
            budget,
            queue_for,
            seen: HashSet::new(),
            pending: Vec::new(),
            finding: Finding::default(),
        };
        let mut sitemaps: Vec<Url> = source.sitemaps.clone();
        for url in source.feeds.iter().chain(&source.sitemaps).chain(&source.start_pages) {
            for listed in self.robots_for(url).await.robots.sitemaps() {
                if let Some(listed) = source.own_url(listed)
                    && !sitemaps.contains(&listed)
                {
                    sitemaps.push(listed);
                }
            }
        }
        let read = async {
            self.read_feeds(&mut found).await?;
            self.read_sitemaps(sitemaps, &mut found).await?;
            self.follow_links(&mut found).await
        };
        match read.await {
            Ok(()) => {}
            Err(Stop::BudgetSpent) => tracing::warn!(
                source = %source.name,
                "discovery stopped: it may fetch at most half of max_pages ({}) a run",
                source.max_pages
            ),
            Err(Stop::Write(err)) => return Err(err),
        }
        self.flush(&mut found).await?;
        Ok(found.finding)
    }

    /// Reads the source's feeds.
    async fn read_feeds(&self, found: &mut Collector<'_>) -> Result<(), Stop> {
        let source = found.source;
        for feed in &source.feeds {
            let Some(page) = self.document(feed, Want::Any, found).await? else { continue };
            match parse_feed(&page.body, feed) {
                Ok(items) => {
                    found.finding.read += 1;
                    for candidate in items {
                        self.add(found, Found { candidate, via: Via::Feed, depth: 0 }).await?;
                    }
                }
                Err(err) => found.finding.unread(&source.name, Unread::from(error_line(&err))),
            }
        }
        Ok(())
    }

    /// Keeps a find if it is an article of the source (an http link to an
    /// https source taken as https), new this run, and allowed by robots.txt.
    async fn add(&self, collector: &mut Collector<'_>, mut found: Found) -> Result<(), WriteError> {
        let Some(own) = collector.source.own_url(&found.candidate.url) else { return Ok(()) };
        found.candidate.url = own;
        let url = &found.candidate.url;
        if !is_article(collector.source, &found.candidate) || !collector.seen.insert(url_hash(url)) {
            return Ok(());
        }
        if let Err(why) = self.robots_for(url).await.check(url) {
            tracing::info!("{why}: not queued");
            return Ok(());
        }
        collector.finding.count += 1;
        collector.pending.push(found);
        if collector.pending.len() >= FLUSH {
            self.flush(collector).await?;
        }
        Ok(())
    }

    /// Hands the pending finds to the frontier (or to the finding, without a queue).
    async fn flush(&self, collector: &mut Collector<'_>) -> Result<(), WriteError> {
        let pending = std::mem::take(&mut collector.pending);
        let Some(source_id) = collector.queue_for else {
            collector.finding.found.extend(pending);
            return Ok(());
        };
        let known: Vec<String> = pending.iter().map(|f| f.candidate.url.to_string()).collect();
        let candidates = pending
            .into_iter()
            .map(|f| StoreCandidate {
                url: f.candidate.url.into(),
                source_id,
                depth: f.depth,
                via: f.via,
                published_hint: f.candidate.published.map(published_utc),
            })
            .collect();
        let new = self.writer.enqueue(candidates).await?;
        collector.finding.queued += new as u64;
        // URLs seen before: failed ones get another try (stored ones are
        // revisited on their schedule instead).
        if new < known.len() {
            self.writer.retry_failed(known).await?;
        }
        Ok(())
    }

    /// Reads sitemaps and the indexes' nested ones.
    async fn read_sitemaps(&self, roots: Vec<Url>, found: &mut Collector<'_>) -> Result<(), Stop> {
        let source = found.source;
        let mut queue: VecDeque<(Url, u32)> = roots.into_iter().map(|url| (url, 0)).collect();
        let mut read = HashSet::new();
        while let Some((url, level)) = queue.pop_front() {
            if read.len() >= MAX_SITEMAPS || !read.insert(url.clone()) {
                continue;
            }
            let Some(page) = self.document(&url, Want::Any, found).await? else { continue };
            match parse_sitemap(&page.body, &url, page.truncated) {
                Ok(content) => {
                    found.finding.read += 1;
                    if let Some(why) = &content.cut {
                        tracing::warn!(source = %source.name, "{url}: sitemap cut: {why}");
                    }
                    for candidate in content.entries {
                        self.add(found, Found { candidate, via: Via::Sitemap, depth: 0 }).await?;
                    }
                    if level < MAX_SITEMAP_DEPTH {
                        queue.extend(content.nested.iter().filter_map(|n| source.own_url(n)).map(|n| (n, level + 1)));
                    }
                }
                Err(err) => found.finding.unread(&source.name, Unread::from(error_line(&err))),
            }
        }
        Ok(())
    }

    /// Breadth-first from the start pages: links matching the article
    /// pattern are found; other links on the source are read in turn while
    /// their depth stays below `follow_depth`.
    async fn follow_links(&self, found: &mut Collector<'_>) -> Result<(), Stop> {
        let source = found.source;
        let mut queue: VecDeque<(Url, u32)> = source.start_pages.iter().map(|url| (url.clone(), 0)).collect();
        let mut visited: HashSet<Url> = HashSet::new();
        while let Some((url, depth)) = queue.pop_front() {
            if !visited.insert(url.clone()) {
                continue;
            }
            let Some(page) = self.document(&url, Want::Html, found).await? else { continue };
            found.finding.read += 1;
            let links = page_links(Document::parse(&page.body, page.content_type.as_deref()).html(), &page.url);
            for link in links.into_iter().filter_map(|link| source.own_url(&link)) {
                let candidate = Candidate { url: link.clone(), published: None };
                let is_article = source.article_pattern.as_ref().is_none_or(|re| re.is_match(link.as_str()));
                if (!is_article || source.article_pattern.is_none()) && depth + 1 < source.follow_depth {
                    queue.push_back((link.clone(), depth + 1));
                }
                if is_article {
                    self.add(found, Found { candidate, via: Via::Link, depth: depth + 1 }).await?;
                }
            }
        }
        Ok(())
    }

    /// Fetches a feed, sitemap or index page politely, from discovery's
    /// budget; `None` when it could not be read (recorded in the finding,
    /// as one warning per cause: a host whose robots.txt is unreachable, or
    /// that was given up, warned once already).
    async fn document(&self, url: &Url, want: Want, found: &mut Collector<'_>) -> Result<Option<Page>, Stop> {
        let rules = self.robots_for(url).await;
        let unread: Unread = match rules.check(url) {
            Err(line) => Unread { line, cause_logged: rules.unreachable.is_some() },
            Ok(()) if !found.budget.take_discovery() => return Err(Stop::BudgetSpent),
            Ok(()) => match self.get(url, want, &Default::default(), found.source).await {
                Ok(Fetched::Page(page)) => return Ok(Some(page)),
                Ok(Fetched::NotModified) => format!("{url}: unexpected 304").into(),
                Ok(Fetched::Skipped { content_type }) => format!("{url}: not HTML ({content_type})").into(),
                Err(err @ super::request::GetError::HostGivenUp(_)) => {
                    Unread { line: format!("{url}: {}", err.line()), cause_logged: true }
                }
                Err(err) => err.line().into(),
            },
        };
        found.finding.unread(&found.source.name, unread);
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;

    fn source(extra: &str) -> Source {
        let text = format!("[[source]]\nname = \"madiunkota\"\nfeeds = [\"https://madiunkota.go.id/feed/\"]\n{extra}");
        Settings::parse(&text, std::path::Path::new("config.toml")).unwrap().sources.remove(0)
    }

    fn candidate(url: &str, published: Option<&str>) -> Candidate {
        Candidate { url: Url::parse(url).unwrap(), published: published.map(|p| p.parse().unwrap()) }
    }

    #[test]
    fn articles_keep_to_host_pattern_and_since() {
        let source = source("article_pattern = '/20\\d\\d/\\d\\d/'\nsince = \"2024-11-25\"");
        let cases = [
            (candidate("https://madiunkota.go.id/2024/11/25/nilai-sakip/", None), true),
            (candidate("https://madiunkota.go.id/2024/11/25/nilai-sakip/", Some("2024-11-24T17:30:00Z")), true),
            (candidate("https://madiunkota.go.id/2024/11/24/kemarin/", Some("2024-11-24T16:00:00Z")), false),
            (candidate("https://madiunkota.go.id/kategori/berita/", None), false),
            (candidate("https://lain.example/2024/11/25/berita/", None), false),
        ];
        for (candidate, want) in cases {
            assert_eq!(is_article(&source, &candidate), want, "{}", candidate.url);
        }
    }
}

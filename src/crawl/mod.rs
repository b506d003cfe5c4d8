//! The crawler: for each enabled source, find article URLs ([`find`],
//! [`discover`]), queue them in the store's frontier with the stored
//! articles due for a revisit, then fetch the queue politely
//! ([`politeness`], [`request`], [`crate::fetch`]) and hand every page to
//! the one database [`writer`], which stores the raw page before extracting
//! it. The frontier lives in SQLite, so a killed crawl resumes where it
//! stopped.
//!
//! Every fetch of a run is taken from its source's budget (`max_pages`),
//! discovery's included; the crawler talks only to the origins of the
//! source a request is for (see [`request`] for redirects).
//! Nothing here prints: progress goes to an `indicatif` bar (hidden off a
//! terminal) and `tracing` lines; the caller prints the [`Summary`].
//!
//! A stop signal ([`CrawlOptions::stop`], Ctrl-C) ends the run early: no new
//! fetch starts, fetches in flight are dropped (their URLs stay queued for
//! the next run), and the run row is finished with what was done and marked
//! interrupted.

pub mod discover;
mod find;
pub mod normalize;
pub mod politeness;
mod request;
pub mod writer;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use indicatif::ProgressBar;
use tokio::task::JoinSet;
use tokio::time::Instant;
use url::Url;

use self::discover::RobotsCache;
pub use self::find::{Finding, Found};
use self::politeness::Politeness;
use self::request::GetError;
use self::writer::{SavePage, Saved, WriteError, Writer};
use crate::config::{RevisitSchedule, Settings, Source};
use crate::fetch::{FetchError, Fetched, Fetcher, RetryPolicy, Want};
use crate::model::Published;
use crate::store::{ChangeKind, QueuedUrl, RevisitDue, RunCounts, UrlState};

/// URLs taken from the frontier at a time, per source.
const BATCH: usize = 64;

/// Why a crawl could not run at all (a failure on one page is only counted).
#[derive(Debug, thiserror::Error)]
pub enum CrawlError {
    /// The HTTP client could not be built.
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// The database refused a write, or its writer stopped.
    #[error("database")]
    Write(#[from] WriteError),
    /// `--source` names no source of the config.
    #[error("no enabled source named {0:?} in the config")]
    UnknownSource(String),
    /// A fetch task panicked.
    #[error("a fetch task failed")]
    Task(#[source] tokio::task::JoinError),
}

/// What to crawl this run (the command-line limits).
#[derive(Debug, Clone, Default)]
pub struct CrawlOptions {
    /// Stop after fetching this many queued pages (articles and revisits) in all.
    pub max_pages: Option<usize>,
    /// Stop starting fetches after this long.
    pub max_duration: Option<Duration>,
    /// Only this source.
    pub source: Option<String>,
    /// Turns `true` when the run should stop early (Ctrl-C).
    pub stop: Option<tokio::sync::watch::Receiver<bool>>,
}

/// What a crawl did: the summary line and the `run` row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Article URLs found by discovery this run.
    pub found: u64,
    /// Of those, new to the frontier.
    pub queued: u64,
    /// Pages fetched for the first time with a body.
    pub fetched: u64,
    /// First fetches unchanged: the same bytes as a page stored under their canonical URL.
    pub not_modified: u64,
    /// Pages that failed after retries (revisits included).
    pub failed: u64,
    /// Pages skipped: robots.txt, a redirect off the source, or not HTML (revisits included).
    pub skipped: u64,
    /// Stored pages fetched again on their revisit schedule (conditional GETs).
    pub revisited: u64,
    /// Of those, pages whose bytes had changed, so were extracted again.
    pub revisit_changed: u64,
    /// Articles added or changed.
    pub articles: u64,
    /// Facts added.
    pub facts: u64,
    /// Sources crawled.
    pub sources: usize,
    /// Sources that failed outright (nothing could be read or fetched).
    pub sources_failed: usize,
    /// Hosts given up for the run after repeated failures.
    pub hosts_given_up: Vec<String>,
    /// One line per failure worth a look (broken feed, failed page).
    pub errors: Vec<String>,
    /// Whether the run was stopped early by [`CrawlOptions::stop`].
    pub interrupted: bool,
}

impl Summary {
    /// Whether every source crawled failed.
    pub fn all_sources_failed(&self) -> bool {
        self.sources > 0 && self.sources_failed == self.sources
    }

    fn merge(&mut self, other: Summary) {
        self.found += other.found;
        self.queued += other.queued;
        self.fetched += other.fetched;
        self.not_modified += other.not_modified;
        self.failed += other.failed;
        self.skipped += other.skipped;
        self.revisited += other.revisited;
        self.revisit_changed += other.revisit_changed;
        self.articles += other.articles;
        self.facts += other.facts;
        self.sources += other.sources;
        self.sources_failed += other.sources_failed;
        self.hosts_given_up.extend(other.hosts_given_up);
        self.errors.extend(other.errors);
        self.interrupted |= other.interrupted;
    }

    /// Counts one frontier URL's outcome; `revisit` when its page was
    /// stored before. Returns false when its host was given up.
    fn count(&mut self, outcome: Outcome, revisit: bool) -> bool {
        let request_made = !matches!(outcome, Outcome::HostGivenUp(_));
        if revisit && request_made {
            self.revisited += 1;
        }
        let changed_bytes = matches!(outcome, Outcome::Saved(Saved::Extracted(_) | Saved::NotExtracted));
        match (revisit, changed_bytes) {
            (true, true) => self.revisit_changed += 1,
            (false, _) if matches!(outcome, Outcome::Saved(_)) => self.fetched += 1,
            _ => {}
        }
        match outcome {
            Outcome::Saved(Saved::Extracted(change)) => {
                if change.kind != ChangeKind::Unchanged {
                    self.articles += 1;
                }
                self.facts += change.facts_added as u64;
            }
            Outcome::Saved(Saved::Unchanged) | Outcome::NotModified if !revisit => self.not_modified += 1,
            Outcome::Saved(Saved::Unchanged) | Outcome::NotModified => {}
            Outcome::Saved(Saved::NotExtracted) => {
                self.failed += 1;
                self.errors.push("the extractor panicked on a page (stored for reprocess)".into());
            }
            Outcome::Skipped => self.skipped += 1,
            Outcome::Failed(line) => {
                self.failed += 1;
                self.errors.push(line);
            }
            Outcome::HostGivenUp(host) => {
                if !self.hosts_given_up.contains(&host) {
                    self.hosts_given_up.push(host);
                }
            }
        }
        request_made
    }

    fn run_counts(&self) -> RunCounts {
        RunCounts {
            pages_fetched: self.fetched,
            pages_unchanged: self.not_modified,
            pages_failed: self.failed,
            pages_revisited: self.revisited,
            pages_revisit_changed: self.revisit_changed,
            articles_added: self.articles,
            facts_added: self.facts,
            interrupted: self.interrupted,
            ..RunCounts::default()
        }
    }
}

/// The outcome of one frontier URL.
enum Outcome {
    Saved(Saved),
    NotModified,
    Skipped,
    Failed(String),
    HostGivenUp(String),
}

/// A source's fetches for one run (its `max_pages`): every fetch takes
/// one, robots.txt's excepted. Discovery (feeds, sitemaps, start and link
/// pages) may take at most half, so the articles it finds still get the rest.
#[derive(Debug)]
pub(crate) struct Budget {
    left: AtomicUsize,
    discovery_left: AtomicUsize,
}

impl Budget {
    fn new(max_pages: usize) -> Self {
        Self { left: AtomicUsize::new(max_pages), discovery_left: AtomicUsize::new(max_pages.div_ceil(2)) }
    }

    /// Takes one fetch for an article or a revisit.
    fn take(&self) -> bool {
        take_one(&self.left)
    }

    /// Takes one fetch for discovery, within its half.
    fn take_discovery(&self) -> bool {
        take_one(&self.discovery_left) && self.take()
    }

    /// Fetches left.
    fn left(&self) -> usize {
        self.left.load(Ordering::Relaxed)
    }
}

/// Takes one from a counter, unless it is zero.
fn take_one(counter: &AtomicUsize) -> bool {
    counter.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| left.checked_sub(1)).is_ok()
}

/// One crawl's shared state: settings, HTTP client, robots cache, politeness, writer.
pub struct Crawler {
    settings: Arc<Settings>,
    fetcher: Fetcher,
    retry: RetryPolicy,
    robots: RobotsCache,
    politeness: Politeness,
    writer: Writer,
    budget: AtomicUsize,
    deadline: Option<Instant>,
    stop: Option<tokio::sync::watch::Receiver<bool>>,
    progress: ProgressBar,
}

impl Crawler {
    /// A crawler over the settings, writing through `writer`.
    pub fn new(
        settings: Arc<Settings>,
        writer: Writer,
        options: &CrawlOptions,
        progress: ProgressBar,
    ) -> Result<Self, CrawlError> {
        let crawl = &settings.crawl;
        Ok(Self {
            fetcher: Fetcher::new(crawl)?,
            retry: RetryPolicy::from_settings(crawl),
            robots: RobotsCache::new(&crawl.user_agent),
            politeness: Politeness::new(
                crawl.concurrency,
                crawl.per_host_concurrency,
                crawl.per_host_delay,
                crawl.host_failure_limit,
            ),
            writer,
            budget: AtomicUsize::new(options.max_pages.unwrap_or(usize::MAX)),
            deadline: options.max_duration.map(|d| Instant::now() + d),
            stop: options.stop.clone(),
            progress,
            settings,
        })
    }

    /// The sources this run crawls: enabled ones, or the one `--source` names.
    pub fn sources<'a>(settings: &'a Settings, only: Option<&str>) -> Result<Vec<&'a Source>, CrawlError> {
        let sources: Vec<&Source> =
            settings.sources.iter().filter(|s| s.enabled && only.is_none_or(|name| s.name == name)).collect();
        match only {
            Some(name) if sources.is_empty() => Err(CrawlError::UnknownSource(name.to_string())),
            _ => Ok(sources),
        }
    }

    /// Finds the article URLs of the sources without fetching any article (`--dry-run`).
    pub async fn find_only(self: Arc<Self>, only: Option<&str>) -> Result<Vec<(String, Finding)>, CrawlError> {
        let settings = self.settings.clone();
        let mut tasks = JoinSet::new();
        for (index, source) in Self::sources(&settings, only)?.into_iter().enumerate() {
            let crawler = self.clone();
            let source = source.clone();
            tasks.spawn(async move {
                let budget = Budget::new(source.max_pages);
                (index, source.name.clone(), crawler.find(&source, None, &budget).await)
            });
        }
        let mut findings = Vec::new();
        for (index, name, finding) in tasks.join_all().await {
            findings.push((index, name, finding?));
        }
        findings.sort_by_key(|(index, ..)| *index);
        Ok(findings.into_iter().map(|(_, name, finding)| (name, finding)).collect())
    }

    /// Runs the crawl: sources in parallel, politeness per host; records a `run` row.
    pub async fn run(self: Arc<Self>, only: Option<&str>) -> Result<Summary, CrawlError> {
        let run = self.writer.start_run().await?;
        let settings = self.settings.clone();
        let chosen = Self::sources(&settings, only)?;
        let mut tasks = JoinSet::new();
        for (index, source) in settings.sources.iter().enumerate() {
            if chosen.iter().any(|s| std::ptr::eq(*s, source)) {
                tasks.spawn(self.clone().crawl_source(index));
            }
        }
        let mut summary = Summary::default();
        for report in tasks.join_all().await {
            summary.merge(report?);
        }
        summary.interrupted |= self.stopped();
        self.writer.finish_run(run, summary.run_counts(), summary.errors.clone()).await?;
        self.progress.finish_and_clear();
        Ok(summary)
    }

    /// Finds, queues and fetches one source, its due revisits included.
    async fn crawl_source(self: Arc<Self>, index: usize) -> Result<Summary, CrawlError> {
        let settings = self.settings.clone();
        let source = &settings.sources[index];
        let source_id = self.writer.source_id(&source.name).await?;
        let budget = Budget::new(source.max_pages);
        let finding = tokio::select! {
            finding = self.find(source, Some(source_id), &budget) => finding?,
            () = self.until_stopped() => return Ok(Summary { sources: 1, interrupted: true, ..Summary::default() }),
        };
        let mut summary = Summary { sources: 1, found: finding.count, queued: finding.queued, ..Summary::default() };
        summary.errors.extend(finding.errors.iter().cloned());
        let revisits = match &source.revisit {
            Some(schedule) => {
                self.writer.queue_revisits(source_id, revisit_due(schedule, jiff::Timestamp::now())).await?
            }
            None => 0,
        };
        tracing::info!(source = %source.name, found = summary.found, new = summary.queued, revisits, "discovery done");

        let (mut attempted, mut succeeded) = (0, 0);
        'batches: while budget.left() > 0 && !self.stopped() {
            let batch = self.writer.queued(source_id, budget.left().min(BATCH)).await?;
            if batch.is_empty() {
                break;
            }
            self.progress.inc_length(batch.len() as u64);
            let mut fetches = JoinSet::new();
            for item in batch {
                if self.stopped()
                    || self.deadline.is_some_and(|d| Instant::now() >= d)
                    || !self.take_budget()
                    || !budget.take()
                {
                    self.progress.inc(1);
                    continue;
                }
                attempted += 1;
                fetches.spawn(self.clone().fetch_item(index, source_id, item));
            }
            let mut stop = fetches.is_empty();
            loop {
                let fetch = tokio::select! {
                    joined = fetches.join_next() => match joined {
                        Some(joined) => joined.map_err(CrawlError::Task)?,
                        None => break,
                    },
                    // Dropping the set aborts the fetches in flight; their URLs stay queued.
                    () = self.until_stopped() => {
                        summary.interrupted = true;
                        break 'batches;
                    }
                };
                self.progress.inc(1);
                let (outcome, revisit) = fetch?;
                succeeded +=
                    usize::from(matches!(outcome, Outcome::Saved(_) | Outcome::NotModified | Outcome::Skipped));
                stop |= !summary.count(outcome, revisit);
            }
            if stop {
                break 'batches;
            }
        }
        let nothing_read = finding.read == 0 && !finding.errors.is_empty();
        if !summary.interrupted && ((nothing_read && attempted == 0) || (attempted > 0 && succeeded == 0)) {
            summary.sources_failed = 1;
            // The causes were logged as warnings; the summary counts failed sources.
            tracing::info!(source = %source.name, "source failed");
        }
        Ok(summary)
    }

    /// Whether the run was asked to stop.
    fn stopped(&self) -> bool {
        self.stop.as_ref().is_some_and(|stop| *stop.borrow())
    }

    /// Waits until the run is asked to stop (forever, without a stop signal).
    async fn until_stopped(&self) {
        match self.stop.clone() {
            Some(mut stop) => {
                if stop.wait_for(|stopped| *stopped).await.is_err() {
                    std::future::pending::<()>().await;
                }
            }
            None => std::future::pending().await,
        }
    }

    /// Takes one page from the run's `--max-pages` budget.
    fn take_budget(&self) -> bool {
        take_one(&self.budget)
    }

    /// Fetches one frontier URL and has the writer store it; says whether
    /// it was a revisit (its page was stored before).
    async fn fetch_item(
        self: Arc<Self>,
        index: usize,
        source_id: i64,
        item: QueuedUrl,
    ) -> Result<(Outcome, bool), CrawlError> {
        let stored = self.writer.validators(&item.url).await?;
        let revisit = stored.is_some();
        // A failed revisit leaves the page's URL `fetched` (the page is still
        // stored), so its schedule goes on from now.
        let failed_state = if revisit { UrlState::Fetched } else { UrlState::Failed };
        let source = &self.settings.sources[index];
        let Ok(url) = Url::parse(&item.url) else {
            let line = format!("{}: not a URL", item.url);
            self.writer.set_state(&item.url, failed_state, Some(line.clone())).await?;
            return Ok((Outcome::Failed(line), revisit));
        };
        let rules = self.robots_for(&url).await;
        if rules.unreachable.is_some() {
            // Not the URL's fault: it stays queued for the next run.
            return Ok((Outcome::HostGivenUp(politeness::host_key(&url)), revisit));
        }
        if let Err(why) = rules.check(&url) {
            tracing::info!("{why}");
            self.writer.set_state(&item.url, UrlState::Skipped, Some("robots.txt".into())).await?;
            return Ok((Outcome::Skipped, revisit));
        }
        let fetched_at = jiff::Timestamp::now();
        let outcome = match self.get(&url, Want::Html, &stored.unwrap_or_default(), source).await {
            Ok(Fetched::Page(page)) => {
                tracing::info!(%url, status = page.status, bytes = page.body.len(), truncated = page.truncated, revisit, "fetched");
                let save = SavePage { queued_url: url, source: (index, source_id), page, fetched_at };
                Outcome::Saved(self.writer.save(save).await?)
            }
            Ok(Fetched::NotModified) => {
                tracing::info!(%url, "not modified");
                self.writer.set_state(&item.url, UrlState::Fetched, None).await?;
                Outcome::NotModified
            }
            Ok(Fetched::Skipped { content_type }) => {
                tracing::info!(%url, %content_type, "skipped: not HTML");
                self.writer.set_state(&item.url, UrlState::Skipped, Some(content_type)).await?;
                Outcome::Skipped
            }
            Err(GetError::HostGivenUp(host)) => Outcome::HostGivenUp(host),
            Err(GetError::Disallowed(line)) => {
                tracing::info!("{line}");
                self.writer.set_state(&item.url, UrlState::Skipped, Some(line)).await?;
                Outcome::Skipped
            }
            Err(GetError::OffSource(line)) => {
                tracing::warn!("{line}");
                self.writer.set_state(&item.url, UrlState::Skipped, Some(line)).await?;
                Outcome::Skipped
            }
            Err(GetError::RobotsUnreachable(line)) => {
                // Failed, not skipped: the next run tries again if the URL is still listed.
                tracing::warn!("{line}");
                self.writer.set_state(&item.url, failed_state, Some(line.clone())).await?;
                Outcome::Failed(line)
            }
            Err(GetError::Fetch(err)) => {
                let line = error_line(&err);
                tracing::warn!("{line}");
                self.writer.set_state(&item.url, failed_state, Some(line.clone())).await?;
                Outcome::Failed(line)
            }
        };
        Ok((outcome, revisit))
    }
}

/// Which stored pages a revisit schedule makes due at `now`.
fn revisit_due(schedule: &RevisitSchedule, now: jiff::Timestamp) -> RevisitDue {
    let before = |every: Duration| {
        jiff::SignedDuration::try_from(every)
            .ok()
            .and_then(|every| now.checked_sub(every).ok())
            .unwrap_or(jiff::Timestamp::MIN)
    };
    RevisitDue {
        recent_since: before(schedule.recent_for).to_zoned(jiff::tz::TimeZone::UTC).date(),
        recent_before: before(schedule.recent_every),
        older_before: before(schedule.older_every),
    }
}

/// An error on one line: its own message and its root cause, `a: c`. The
/// causes between add nothing a reader needs (reqwest's repeats the URL,
/// hyper's says `client error (Connect)`), so they are left out.
pub(crate) fn error_line(err: &(dyn std::error::Error + 'static)) -> String {
    let mut root = None;
    let mut cause = err.source();
    while let Some(next) = cause {
        root = Some(next);
        cause = next.source();
    }
    match root {
        Some(root) => format!("{err}: {root}"),
        None => err.to_string(),
    }
}

/// A feed or sitemap timestamp as a frontier hint, in UTC.
fn published_utc(at: jiff::Timestamp) -> Published {
    Published::DateTime { local: at.to_zoned(jiff::tz::TimeZone::UTC).datetime(), offset: jiff::tz::Offset::UTC }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discovery_takes_at_most_half_the_budget() {
        let budget = Budget::new(5);
        let discovered = (0..10).filter(|_| budget.take_discovery()).count();
        assert_eq!(discovered, 3);
        assert_eq!((0..10).filter(|_| budget.take()).count(), 2);
        assert!(!budget.take_discovery());
    }

    #[test]
    fn revisits_are_due_by_age_and_last_fetch() {
        let day = Duration::from_secs(86_400);
        let schedule = RevisitSchedule { recent_for: 7 * day, recent_every: Duration::ZERO, older_every: 30 * day };
        let now: jiff::Timestamp = "2024-11-25T03:00:00Z".parse().unwrap();
        let due = revisit_due(&schedule, now);
        assert_eq!(due.recent_since.to_string(), "2024-11-18");
        assert_eq!(due.recent_before, now);
        assert_eq!(due.older_before.to_string(), "2024-10-26T03:00:00Z");
        let never = RevisitSchedule { older_every: Duration::MAX, ..schedule };
        assert_eq!(revisit_due(&never, now).older_before, jiff::Timestamp::MIN);
    }
}

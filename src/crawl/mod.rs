//! The crawler: for each enabled source, find article URLs ([`find`],
//! [`discover`]), queue them in the store's frontier, then fetch the queue
//! politely ([`politeness`], [`crate::fetch`]) and hand every page to the
//! one database [`writer`], which stores the raw page before extracting it.
//! The frontier lives in SQLite, so a killed crawl resumes where it stopped.
//!
//! Redirects are followed here, hop by hop, not inside reqwest: each target
//! is checked against its host's robots.txt (fetched first if new) and
//! requested in that host's turn, so data still flows one way (the crawler
//! decides, [`crate::fetch`] only requests). A redirect to a disallowed URL
//! leaves the frontier URL `skipped` with the reason, counted and logged.
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
pub mod writer;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use indicatif::ProgressBar;
use scraper::Html;
use tokio::task::JoinSet;
use tokio::time::Instant;
use url::Url;

use self::discover::{HostRules, RobotsCache};
pub use self::find::{Finding, Found};
use self::politeness::Politeness;
use self::writer::{SavePage, Saved, WriteError, Writer};
use crate::config::{Settings, Source};
use crate::fetch::{FetchError, Fetched, Fetcher, Hop, Validators, Want};
use crate::model::Published;
use crate::store::{ChangeKind, QueuedUrl, RunCounts, UrlState};

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
    /// Stop after fetching this many pages in all.
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
    /// Pages fetched with a body.
    pub fetched: u64,
    /// Pages unchanged: 304, or the same bytes as stored.
    pub not_modified: u64,
    /// Pages that failed after retries.
    pub failed: u64,
    /// Pages skipped: robots.txt, or not HTML.
    pub skipped: u64,
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
        self.articles += other.articles;
        self.facts += other.facts;
        self.sources += other.sources;
        self.sources_failed += other.sources_failed;
        self.hosts_given_up.extend(other.hosts_given_up);
        self.errors.extend(other.errors);
        self.interrupted |= other.interrupted;
    }

    fn run_counts(&self) -> RunCounts {
        RunCounts {
            pages_fetched: self.fetched,
            pages_unchanged: self.not_modified,
            pages_failed: self.failed,
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

/// One crawl's shared state: settings, HTTP client, robots cache, politeness, writer.
pub struct Crawler {
    settings: Arc<Settings>,
    fetcher: Fetcher,
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
            tasks.spawn(async move { (index, source.name.clone(), crawler.find(&source, None).await) });
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

    /// Finds, queues and fetches one source.
    async fn crawl_source(self: Arc<Self>, index: usize) -> Result<Summary, CrawlError> {
        let settings = self.settings.clone();
        let source = &settings.sources[index];
        let source_id = self.writer.source_id(&source.name).await?;
        let finding = tokio::select! {
            finding = self.find(source, Some(source_id)) => finding?,
            () = self.until_stopped() => return Ok(Summary { sources: 1, interrupted: true, ..Summary::default() }),
        };
        let mut summary = Summary { sources: 1, found: finding.count, queued: finding.queued, ..Summary::default() };
        summary.errors.extend(finding.errors.iter().cloned());
        tracing::info!(source = %source.name, found = summary.found, new = summary.queued, "discovery done");

        let mut limit = source.max_pages.unwrap_or(usize::MAX);
        let mut attempted = 0;
        'batches: while limit > 0 && !self.stopped() {
            let batch = self.writer.queued(source_id, limit.min(BATCH)).await?;
            if batch.is_empty() {
                break;
            }
            self.progress.inc_length(batch.len() as u64);
            let mut fetches = JoinSet::new();
            for item in batch {
                if self.stopped() || self.deadline.is_some_and(|d| Instant::now() >= d) || !self.take_budget() {
                    self.progress.inc(1);
                    continue;
                }
                limit -= 1;
                attempted += 1;
                fetches.spawn(self.clone().fetch_item(index, source_id, item));
            }
            let mut stop = fetches.is_empty();
            loop {
                let outcome = tokio::select! {
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
                match outcome? {
                    Outcome::Saved(Saved::Extracted(change)) => {
                        summary.fetched += 1;
                        if change.kind != ChangeKind::Unchanged {
                            summary.articles += 1;
                        }
                        summary.facts += change.facts_added as u64;
                    }
                    Outcome::Saved(Saved::Unchanged) => {
                        summary.fetched += 1;
                        summary.not_modified += 1;
                    }
                    Outcome::Saved(Saved::NotExtracted) => {
                        summary.fetched += 1;
                        summary.failed += 1;
                        summary.errors.push("the extractor panicked on a page (stored for reprocess)".into());
                    }
                    Outcome::NotModified => summary.not_modified += 1,
                    Outcome::Skipped => summary.skipped += 1,
                    Outcome::Failed(line) => {
                        summary.failed += 1;
                        summary.errors.push(line);
                    }
                    Outcome::HostGivenUp(host) => {
                        if !summary.hosts_given_up.contains(&host) {
                            summary.hosts_given_up.push(host);
                        }
                        stop = true;
                    }
                }
            }
            if stop {
                break 'batches;
            }
        }
        let succeeded = summary.fetched + summary.not_modified + summary.skipped;
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
        self.budget.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| left.checked_sub(1)).is_ok()
    }

    /// The robots.txt rules of a URL's host, fetched politely on first use
    /// (following its redirects unchecked: robots.txt governs pages, not itself).
    async fn robots_for(&self, url: &Url) -> Arc<HostRules> {
        self.robots
            .rules(url, &self.politeness, |robots_url| async move {
                let no_gate = |_| std::future::ready(Ok(()));
                self.follow(&robots_url, Want::Any, &Validators::default(), no_gate).await
            })
            .await
    }

    /// A polite request that follows redirects, each target only if robots.txt allows it.
    /// (The caller checks the first URL: what a refusal there means is its own business.)
    async fn get(&self, url: &Url, want: Want, validators: &Validators) -> Result<Fetched, GetError> {
        self.follow(url, want, validators, |to| self.allows_redirect(url, to)).await
    }

    /// Whether robots.txt lets a redirect from `from` go on to `to`.
    async fn allows_redirect(&self, from: &Url, to: Url) -> Result<(), GetError> {
        let rules = self.robots_for(&to).await;
        match (rules.check(&to), &rules.unreachable) {
            (Ok(()), _) => Ok(()),
            (Err(why), None) => Err(GetError::Disallowed(format!("{why} (redirected from {from})"))),
            (Err(why), Some(_)) => Err(GetError::RobotsUnreachable(format!("{why} (redirected from {from})"))),
        }
    }

    /// Requests `url` and then each redirect target that `gate` lets through,
    /// every hop in its own host's turn, until an answer that is not a redirect.
    async fn follow<Gate>(
        &self,
        url: &Url,
        want: Want,
        validators: &Validators,
        gate: impl Fn(Url) -> Gate,
    ) -> Result<Fetched, GetError>
    where
        Gate: Future<Output = Result<(), GetError>>,
    {
        let mut chain = self.fetcher.redirect_chain(url);
        let mut hop = url.clone();
        loop {
            match self.request(&hop, want, validators).await? {
                Hop::Answer(answer) => return Ok(answer),
                Hop::Redirect(to) => {
                    chain.follow(&to).map_err(GetError::Fetch)?;
                    gate(to.clone()).await?;
                    tracing::debug!(from = %hop, %to, "redirect");
                    hop = to;
                }
            }
        }
    }

    /// One polite request: waits for the host's turn, counts the host's failures.
    async fn request(&self, url: &Url, want: Want, validators: &Validators) -> Result<Hop, GetError> {
        let host = politeness::host_key(url);
        if self.politeness.is_given_up(&host) {
            return Err(GetError::HostGivenUp(host));
        }
        let permit = self.politeness.acquire(&host).await;
        // Checked again: the host may have been given up while this request waited its turn.
        if self.politeness.is_given_up(&host) {
            return Err(GetError::HostGivenUp(host));
        }
        let result = self.fetcher.fetch(url, want, validators).await;
        drop(permit);
        match result {
            Ok(fetched) => {
                self.politeness.record_success(&host);
                Ok(fetched)
            }
            Err(err) => {
                if err.is_transient() && self.politeness.record_failure(&host) {
                    tracing::warn!(%host, "host keeps failing: given up for this run");
                }
                Err(GetError::Fetch(err))
            }
        }
    }

    /// Fetches one frontier URL and has the writer store it.
    async fn fetch_item(self: Arc<Self>, index: usize, source_id: i64, item: QueuedUrl) -> Result<Outcome, CrawlError> {
        let Ok(url) = Url::parse(&item.url) else {
            let line = format!("{}: not a URL", item.url);
            self.writer.set_state(&item.url, UrlState::Failed, Some(line.clone())).await?;
            return Ok(Outcome::Failed(line));
        };
        let rules = self.robots_for(&url).await;
        if rules.unreachable.is_some() {
            // Not the URL's fault: it stays queued for the next run.
            return Ok(Outcome::HostGivenUp(politeness::host_key(&url)));
        }
        if let Err(why) = rules.check(&url) {
            tracing::info!("{why}");
            self.writer.set_state(&item.url, UrlState::Skipped, Some("robots.txt".into())).await?;
            return Ok(Outcome::Skipped);
        }
        let validators = self.writer.validators(&item.url).await?;
        let fetched_at = jiff::Timestamp::now();
        match self.get(&url, Want::Html, &validators).await {
            Ok(Fetched::Page(page)) => {
                tracing::info!(%url, status = page.status, bytes = page.body.len(), truncated = page.truncated, "fetched");
                let stored_as = canonical_or(&page.body, &page.url, &url);
                let save =
                    SavePage { queued_url: item.url, url: stored_as, source: (index, source_id), page, fetched_at };
                Ok(Outcome::Saved(self.writer.save(save).await?))
            }
            Ok(Fetched::NotModified) => {
                tracing::info!(%url, "not modified");
                self.writer.set_state(&item.url, UrlState::Fetched, None).await?;
                Ok(Outcome::NotModified)
            }
            Ok(Fetched::Skipped { content_type }) => {
                tracing::info!(%url, %content_type, "skipped: not HTML");
                self.writer.set_state(&item.url, UrlState::Skipped, Some(content_type)).await?;
                Ok(Outcome::Skipped)
            }
            Err(GetError::HostGivenUp(host)) => Ok(Outcome::HostGivenUp(host)),
            Err(GetError::Disallowed(line)) => {
                tracing::info!("{line}");
                self.writer.set_state(&item.url, UrlState::Skipped, Some(line)).await?;
                Ok(Outcome::Skipped)
            }
            Err(GetError::RobotsUnreachable(line)) => {
                // Failed, not skipped: the next run tries again if the URL is still listed.
                tracing::warn!("{line}");
                self.writer.set_state(&item.url, UrlState::Failed, Some(line.clone())).await?;
                Ok(Outcome::Failed(line))
            }
            Err(GetError::Fetch(err)) => {
                let line = error_line(&err);
                tracing::warn!("{line}");
                self.writer.set_state(&item.url, UrlState::Failed, Some(line.clone())).await?;
                Ok(Outcome::Failed(line))
            }
        }
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

/// Why a polite request was not answered.
#[derive(Debug)]
enum GetError {
    /// The host was given up earlier in the run.
    HostGivenUp(String),
    /// A redirect led to a URL robots.txt disallows; the line says which.
    Disallowed(String),
    /// A redirect led to a host whose robots.txt could not be read; the line says which.
    RobotsUnreachable(String),
    /// The fetch failed after its retries.
    Fetch(FetchError),
}

impl GetError {
    /// What went wrong, on one line.
    fn line(&self) -> String {
        match self {
            GetError::HostGivenUp(host) => format!("host {host} given up for this run"),
            GetError::Disallowed(line) | GetError::RobotsUnreachable(line) => line.clone(),
            GetError::Fetch(err) => error_line(err),
        }
    }
}

/// The page's canonical URL, else the frontier URL. (A function of its own
/// so the non-`Send` parsed document is gone before the next `.await`.)
fn canonical_or(body: &[u8], page_url: &Url, url: &Url) -> Url {
    let html = Html::parse_document(&String::from_utf8_lossy(body));
    normalize::canonical_url(&html, page_url).unwrap_or_else(|| url.clone())
}

/// A feed or sitemap timestamp as a frontier hint, in UTC.
fn published_utc(at: jiff::Timestamp) -> Published {
    Published::DateTime { local: at.to_zoned(jiff::tz::TimeZone::UTC).datetime(), offset: jiff::tz::Offset::UTC }
}

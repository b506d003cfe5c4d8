//! The crawl's one database writer: a thread that owns the [`Store`] and
//! serves requests from the async fetch tasks over a channel, so no
//! `rusqlite::Connection` is ever held across an `.await`.
//!
//! A fetched page is written in one transaction: the raw page first, then
//! (only when its bytes changed) the extraction of the stored bytes, then
//! the frontier state. A crawl killed at any point leaves either all of it
//! or none of it, so the rerun neither loses the page nor stores it twice.
//!
//! A page is parsed once: the same [`Document`] gives the canonical link
//! it is stored under and the article extracted from it. A revisit whose
//! bytes are those stored is not parsed at all.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};
use url::Url;

use super::normalize::normalize;
use crate::config::Settings;
use crate::extract::html::Document;
use crate::extract::{PageInput, extract_document};
use crate::fetch::{Page, Validators};
use crate::store::{
    ArticleChange, Candidate, PackedHtml, PageRecord, QueuedUrl, RevisitDue, RunCounts, RunId, RunKind, Store,
    StoreError, UrlState,
};

/// Requests the fetch tasks send to the writer thread.
enum Request {
    SourceId(String, oneshot::Sender<Result<i64, StoreError>>),
    Enqueue(Vec<Candidate>, oneshot::Sender<Result<usize, StoreError>>),
    RetryFailed(Vec<String>, oneshot::Sender<Result<usize, StoreError>>),
    QueueRevisits(i64, RevisitDue, oneshot::Sender<Result<usize, StoreError>>),
    Queued(i64, usize, oneshot::Sender<Result<Vec<QueuedUrl>, StoreError>>),
    Validators(String, oneshot::Sender<Result<Option<Validators>, StoreError>>),
    SetState(String, UrlState, Option<String>, oneshot::Sender<Result<(), StoreError>>),
    Save(Box<SavePage>, oneshot::Sender<Result<Saved, StoreError>>),
    StartRun(oneshot::Sender<Result<RunId, StoreError>>),
    FinishRun(RunId, RunCounts, Vec<String>, oneshot::Sender<Result<(), StoreError>>),
}

/// A fetched page to store and extract. It is stored under its canonical
/// URL when the page gives one on its own origin, else under the frontier URL.
#[derive(Debug)]
pub struct SavePage {
    /// The frontier URL it was fetched for.
    pub queued_url: Url,
    /// The source's index in [`Settings::sources`] and its row id.
    pub source: (usize, i64),
    /// The response.
    pub page: Page,
    /// When it was fetched.
    pub fetched_at: jiff::Timestamp,
}

/// What saving a page did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// The bytes were the same as stored: no extraction ran.
    Unchanged,
    /// New or changed bytes, extracted and saved.
    Extracted(ArticleChange),
    /// New or changed bytes stored, but the extractor panicked on them.
    NotExtracted,
}

/// The error of a writer that has stopped (its thread ended or panicked).
#[derive(Debug, thiserror::Error)]
#[error("the database writer stopped")]
pub struct WriterGone;

/// Why a request to the writer failed.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The store refused.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The writer is gone.
    #[error(transparent)]
    Gone(#[from] WriterGone),
}

/// A handle on the writer thread; cheap to clone.
#[derive(Clone, Debug)]
pub struct Writer {
    sender: mpsc::Sender<Request>,
}

macro_rules! ask {
    ($self:ident, $variant:ident $(, $arg:expr)*) => {{
        let (reply, answer) = oneshot::channel();
        $self.sender.send(Request::$variant($($arg,)* reply)).await.map_err(|_| WriterGone)?;
        Ok(answer.await.map_err(|_| WriterGone)??)
    }};
}

impl Writer {
    /// Starts the writer thread on a store; it stops when every handle is dropped.
    pub fn spawn(store: Store, settings: Arc<Settings>) -> (Self, std::thread::JoinHandle<()>) {
        let (sender, receiver) = mpsc::channel(256);
        let thread = std::thread::spawn(move || serve(store, &settings, receiver));
        (Self { sender }, thread)
    }

    /// The row id of a source name.
    pub async fn source_id(&self, name: &str) -> Result<i64, WriteError> {
        ask!(self, SourceId, name.to_string())
    }

    /// Queues new URLs; returns how many were new.
    pub async fn enqueue(&self, candidates: Vec<Candidate>) -> Result<usize, WriteError> {
        ask!(self, Enqueue, candidates)
    }

    /// Queues again rediscovered URLs that failed in an earlier run.
    pub async fn retry_failed(&self, urls: Vec<String>) -> Result<usize, WriteError> {
        ask!(self, RetryFailed, urls)
    }

    /// Queues a source's stored pages that are due for a revisit; returns how many.
    pub async fn queue_revisits(&self, source_id: i64, due: RevisitDue) -> Result<usize, WriteError> {
        ask!(self, QueueRevisits, source_id, due)
    }

    /// Up to `limit` queued URLs of a source.
    pub async fn queued(&self, source_id: i64, limit: usize) -> Result<Vec<QueuedUrl>, WriteError> {
        ask!(self, Queued, source_id, limit)
    }

    /// The validators of the page stored under a URL; `None` when none is.
    pub async fn validators(&self, url: &str) -> Result<Option<Validators>, WriteError> {
        ask!(self, Validators, url.to_string())
    }

    /// Records a URL's frontier state.
    pub async fn set_state(&self, url: &str, state: UrlState, error: Option<String>) -> Result<(), WriteError> {
        ask!(self, SetState, url.to_string(), state, error)
    }

    /// Stores a page and, when its bytes changed, its extraction.
    pub async fn save(&self, page: SavePage) -> Result<Saved, WriteError> {
        ask!(self, Save, Box::new(page))
    }

    /// Opens a `run` row.
    pub async fn start_run(&self) -> Result<RunId, WriteError> {
        ask!(self, StartRun)
    }

    /// Closes the `run` row with the counts and errors.
    pub async fn finish_run(&self, run: RunId, counts: RunCounts, errors: Vec<String>) -> Result<(), WriteError> {
        ask!(self, FinishRun, run, counts, errors)
    }
}

/// The writer thread's loop. A dropped reply (the asking task gave up) is not an error.
fn serve(mut store: Store, settings: &Settings, mut receiver: mpsc::Receiver<Request>) {
    while let Some(request) = receiver.blocking_recv() {
        match request {
            Request::SourceId(name, reply) => drop(reply.send(store.source_id(&name))),
            Request::Enqueue(candidates, reply) => drop(reply.send(store.enqueue(&candidates))),
            Request::RetryFailed(urls, reply) => drop(reply.send(retry_failed(&mut store, &urls))),
            Request::QueueRevisits(source, due, reply) => drop(reply.send(store.queue_revisits(source, &due))),
            Request::Queued(source, limit, reply) => drop(reply.send(store.queued(source, limit))),
            Request::Validators(url, reply) => {
                let validators = store
                    .validators(&url)
                    .map(|found| found.map(|v| Validators { etag: v.etag, last_modified: v.last_modified }));
                drop(reply.send(validators));
            }
            Request::SetState(url, state, error, reply) => {
                drop(reply.send(store.set_url_state(&url, state, error.as_deref())));
            }
            Request::Save(page, reply) => drop(reply.send(save(&mut store, settings, &page))),
            Request::StartRun(reply) => drop(reply.send(store.start_run(RunKind::Crawl))),
            Request::FinishRun(run, counts, errors, reply) => {
                // Fresh statistics for the query planner, as reprocess does at its end.
                drop(reply.send(store.finish_run(run, &counts, &errors).and_then(|()| store.optimize())));
            }
        }
    }
}

/// Queues again the rediscovered URLs that failed before: a transient
/// failure gets another chance each run it is still listed.
fn retry_failed(store: &mut Store, urls: &[String]) -> Result<usize, StoreError> {
    store.batch(|store| {
        let mut queued = 0;
        for url in urls {
            if store.url_state(url)? == Some(UrlState::Failed) {
                store.set_url_state(url, UrlState::Queued, None)?;
                queued += 1;
            }
        }
        Ok(queued)
    })
}

/// Raw page, then extraction of changed bytes, then the frontier state: one transaction.
fn save(store: &mut Store, settings: &Settings, request: &SavePage) -> Result<Saved, StoreError> {
    let page = &request.page;
    let (source_index, source_id) = request.source;
    let queued_url = &request.queued_url;
    let html =
        PackedHtml::new(&page.body).map_err(|source| StoreError::Zstd { url: queued_url.to_string(), source })?;
    // The bytes stored under the URL asked for (a revisit): no parse needed.
    let stored_as_is =
        store.validators(queued_url.as_str())?.is_some_and(|stored| stored.content_hash == html.content_hash());
    // A page that crashes the parser or the extractor stays stored for `reprocess`.
    let document = (!stored_as_is)
        .then(|| catch_unwind(AssertUnwindSafe(|| Document::parse(&page.body, page.content_type.as_deref()))).ok())
        .flatten();
    let url = document
        .as_ref()
        .and_then(|document| document.canonical_link(Some(&page.url)))
        .map(|canonical| normalize(&canonical))
        .unwrap_or_else(|| queued_url.clone());
    let final_url = (page.url != url).then(|| page.url.as_str());
    let record = PageRecord {
        url: url.as_str(),
        final_url,
        source_id: Some(source_id),
        http_status: Some(page.status),
        fetched_at: request.fetched_at,
        etag: page.validators.etag.as_deref(),
        last_modified: page.validators.last_modified.as_deref(),
        content_type: page.content_type.as_deref(),
        html: &html,
    };
    store.batch(|store| {
        let saved = store.save_page(&record)?;
        let outcome = match (saved.changed, &document) {
            (false, _) => Saved::Unchanged,
            (true, Some(document)) => {
                let input = PageInput {
                    url: Some(&url),
                    content_type: page.content_type.as_deref(),
                    fetched_on: Some(request.fetched_at.to_zoned(jiff::tz::TimeZone::UTC).date()),
                    rules: settings.sources.get(source_index).map(|source| &source.rules),
                };
                match catch_unwind(AssertUnwindSafe(|| extract_document(document, &input))) {
                    Ok(extraction) => {
                        Saved::Extracted(store.save_extraction(saved.page_id, &extraction, crate::extract::VERSION)?)
                    }
                    Err(_) => {
                        tracing::error!(%url, "the extractor panicked; page stored without an article");
                        Saved::NotExtracted
                    }
                }
            }
            (true, None) => {
                tracing::error!(%url, "the HTML parser panicked; page stored without an article");
                Saved::NotExtracted
            }
        };
        store.set_url_state(queued_url.as_str(), UrlState::Fetched, None)?;
        if url != *queued_url {
            // The canonical URL counts as fetched too, so a sitemap listing it adds no second row.
            store.enqueue(&[Candidate {
                url: url.to_string(),
                source_id,
                depth: 0,
                via: crate::store::Via::Link,
                published_hint: None,
            }])?;
            store.set_url_state(url.as_str(), UrlState::Fetched, None)?;
        }
        Ok(outcome)
    })
}

//! Per-host politeness: at most `per_host_concurrency` requests in flight to
//! one host, request starts spaced by the host's delay (the configured delay,
//! raised by robots.txt `Crawl-delay`), a `Retry-After` holding the whole
//! host, a global limit over all hosts, and hosts that keep failing given up
//! for the run.
//!
//! A start is recorded when the request really starts: after the host's
//! turn, its delay and the global permit, so a saturated global limit
//! cannot bring two starts to one host closer than its delay. Every
//! request goes through here, retries and redirect hops included.
//!
//! Hand-written rather than `governor`: the rule is "start no sooner than
//! `delay` after the previous start", which one `Instant` per host states
//! exactly, while a GCRA limiter allows bursts and needs rebuilding whenever
//! a robots.txt raises a host's delay.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

/// The key politeness is kept under: the host without a leading `www.`
/// (`www.example.id` and `example.id` are one server to be polite to),
/// with its port when the URL names one (servers on two ports of one
/// machine are two sites).
pub fn host_key(url: &url::Url) -> String {
    let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    }
}

/// The right to send one request; dropping it frees the slot.
#[derive(Debug)]
pub struct Permit {
    _host: Option<OwnedSemaphorePermit>,
    _global: Option<OwnedSemaphorePermit>,
}

/// One host's state.
#[derive(Debug)]
struct Host {
    slots: Arc<Semaphore>,
    /// The start of the last request (none yet). Held while a request
    /// waits for its start, so requests to the host take turns.
    last_start: tokio::sync::Mutex<Option<Instant>>,
    /// The least time between two starts.
    delay: Mutex<Duration>,
    /// No request starts before this (a `Retry-After`).
    not_before: Mutex<Option<Instant>>,
    failures: AtomicU32,
    given_up: AtomicBool,
}

impl Host {
    /// The earliest a request may start after one started at `last`
    /// (`None`: at once).
    fn earliest(&self, last: Option<Instant>) -> Option<Instant> {
        let delay = *self.delay.lock().unwrap_or_else(PoisonError::into_inner);
        let not_before = *self.not_before.lock().unwrap_or_else(PoisonError::into_inner);
        let after_last = last.map(|last| last + delay);
        after_last.into_iter().chain(not_before).max()
    }
}

/// The politeness rules of one crawl, shared by every fetch task.
#[derive(Debug)]
pub struct Politeness {
    global: Arc<Semaphore>,
    per_host: usize,
    delay: Duration,
    failure_limit: u32,
    hosts: Mutex<HashMap<String, Arc<Host>>>,
}

impl Politeness {
    /// Limits: global and per-host concurrency, default per-host delay, failures before giving up.
    pub fn new(global: usize, per_host: usize, delay: Duration, failure_limit: u32) -> Self {
        Self {
            global: Arc::new(Semaphore::new(global.max(1))),
            per_host: per_host.max(1),
            delay,
            failure_limit: failure_limit.max(1),
            hosts: Mutex::new(HashMap::new()),
        }
    }

    fn host(&self, name: &str) -> Arc<Host> {
        let mut hosts = self.hosts.lock().unwrap_or_else(PoisonError::into_inner);
        hosts
            .entry(name.to_ascii_lowercase())
            .or_insert_with(|| {
                Arc::new(Host {
                    slots: Arc::new(Semaphore::new(self.per_host)),
                    last_start: tokio::sync::Mutex::new(None),
                    delay: Mutex::new(self.delay),
                    not_before: Mutex::new(None),
                    failures: AtomicU32::new(0),
                    given_up: AtomicBool::new(false),
                })
            })
            .clone()
    }

    /// Raises a host's delay to `crawl_delay` when that is longer (robots.txt).
    pub fn raise_delay(&self, host: &str, crawl_delay: Duration) {
        let host = self.host(host);
        let mut delay = host.delay.lock().unwrap_or_else(PoisonError::into_inner);
        *delay = (*delay).max(crawl_delay);
    }

    /// Holds every request to the host for `wait` from now (a server's `Retry-After`).
    pub fn hold(&self, host: &str, wait: Duration) {
        let host = self.host(host);
        let mut not_before = host.not_before.lock().unwrap_or_else(PoisonError::into_inner);
        let until = Instant::now() + wait;
        *not_before = Some(not_before.map_or(until, |held| held.max(until)));
    }

    /// Waits for a free slot on the host, for the host's delay (and any
    /// hold) after its last start, and for a global slot; the start is
    /// recorded then, when the request really starts.
    pub async fn acquire(&self, host: &str) -> Permit {
        let state = self.host(host);
        // The semaphores are never closed, so `ok()` only drops an impossible error.
        let host_permit = state.slots.clone().acquire_owned().await.ok();
        let mut last_start = state.last_start.lock().await;
        loop {
            if let Some(earliest) = state.earliest(*last_start) {
                tokio::time::sleep_until(earliest).await;
            }
            let global_permit = self.global.clone().acquire_owned().await.ok();
            // The wait for the global slot may have met a raised delay or a
            // hold; the start is only recorded once every rule is met.
            let now = Instant::now();
            if state.earliest(*last_start).is_none_or(|earliest| earliest <= now) {
                *last_start = Some(now);
                return Permit { _host: host_permit, _global: global_permit };
            }
        }
    }

    /// Records a request that got an answer: the host's failure streak ends.
    pub fn record_success(&self, host: &str) {
        self.host(host).failures.store(0, Ordering::Relaxed);
    }

    /// Records a failed request; returns true when this failure gives the host up.
    pub fn record_failure(&self, host: &str) -> bool {
        let state = self.host(host);
        let failures = state.failures.fetch_add(1, Ordering::Relaxed) + 1;
        failures >= self.failure_limit && !state.given_up.swap(true, Ordering::Relaxed)
    }

    /// Whether the host was given up for this run.
    pub fn is_given_up(&self, host: &str) -> bool {
        self.host(host).given_up.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn starts_to_one_host_are_spaced_by_its_delay() {
        let politeness = Politeness::new(8, 1, Duration::from_millis(500), 3);
        let begin = Instant::now();
        let mut starts = Vec::new();
        for _ in 0..3 {
            let _permit = politeness.acquire("madiunkota.go.id").await;
            starts.push(begin.elapsed());
        }
        assert_eq!(starts, [Duration::ZERO, Duration::from_millis(500), Duration::from_millis(1000)]);
    }

    #[tokio::test(start_paused = true)]
    async fn crawl_delay_raises_but_never_lowers() {
        let politeness = Politeness::new(8, 1, Duration::from_secs(1), 3);
        politeness.raise_delay("GardaJatim.com", Duration::from_secs(3));
        politeness.raise_delay("gardajatim.com", Duration::from_millis(10));
        let gap = |host: &'static str| {
            let politeness = &politeness;
            async move {
                drop(politeness.acquire(host).await);
                let begin = Instant::now();
                drop(politeness.acquire(host).await);
                begin.elapsed()
            }
        };
        assert_eq!(gap("gardajatim.com").await, Duration::from_secs(3));
        assert_eq!(gap("madiunkota.go.id").await, Duration::from_secs(1));
    }

    #[tokio::test(start_paused = true)]
    async fn a_raised_delay_applies_to_the_very_next_request() {
        let politeness = Politeness::new(8, 1, Duration::ZERO, 3);
        let begin = Instant::now();
        drop(politeness.acquire("gardajatim.com").await);
        politeness.raise_delay("gardajatim.com", Duration::from_millis(300));
        drop(politeness.acquire("gardajatim.com").await);
        assert_eq!(begin.elapsed(), Duration::from_millis(300));
    }

    #[tokio::test(start_paused = true)]
    async fn other_hosts_do_not_wait() {
        let politeness = Politeness::new(8, 1, Duration::from_secs(5), 3);
        let begin = Instant::now();
        let _a = politeness.acquire("a.example").await;
        let _b = politeness.acquire("b.example").await;
        assert_eq!(begin.elapsed(), Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn the_global_limit_does_not_shift_a_hosts_schedule() {
        let politeness = Arc::new(Politeness::new(1, 1, Duration::from_millis(1000), 3));
        let begin = Instant::now();
        // Another host holds the only global slot for 1.5 s.
        let busy = politeness.acquire("b.example").await;
        let waiting = tokio::spawn({
            let politeness = politeness.clone();
            async move {
                drop(politeness.acquire("a.example").await);
                let first = begin.elapsed();
                drop(politeness.acquire("a.example").await);
                (first, begin.elapsed())
            }
        });
        tokio::time::sleep(Duration::from_millis(1500)).await;
        drop(busy);
        let (first, second) = waiting.await.unwrap();
        assert_eq!(first, Duration::from_millis(1500), "a.example waited for the global slot");
        assert_eq!(second - first, Duration::from_millis(1000), "its next start keeps the full delay");
    }

    #[tokio::test(start_paused = true)]
    async fn a_hold_keeps_every_request_to_the_host_waiting() {
        let politeness = Politeness::new(8, 1, Duration::from_millis(100), 3);
        let begin = Instant::now();
        drop(politeness.acquire("pemkab.example").await);
        politeness.hold("pemkab.example", Duration::from_secs(2));
        politeness.hold("pemkab.example", Duration::from_secs(1));
        drop(politeness.acquire("pemkab.example").await);
        assert_eq!(begin.elapsed(), Duration::from_secs(2), "the longer hold wins");
        drop(politeness.acquire("lain.example").await);
        assert_eq!(begin.elapsed(), Duration::from_secs(2), "other hosts are not held");
    }

    #[test]
    fn host_keys_fold_www_and_keep_explicit_ports_apart() {
        let key = |u: &str| host_key(&url::Url::parse(u).unwrap());
        assert_eq!(key("https://MadiunKota.go.id/berita"), "madiunkota.go.id");
        assert_eq!(key("https://www.madiunkota.go.id/berita"), "madiunkota.go.id");
        assert_eq!(key("https://madiunkota.go.id:443/berita"), "madiunkota.go.id");
        assert_eq!(key("http://127.0.0.1:8081/"), "127.0.0.1:8081");
        assert_ne!(key("http://127.0.0.1:8081/"), key("http://127.0.0.1:8082/"));
    }

    #[test]
    fn a_host_is_given_up_once_after_the_failure_limit() {
        let politeness = Politeness::new(8, 1, Duration::ZERO, 2);
        assert!(!politeness.record_failure("surabaya.go.id"));
        politeness.record_success("surabaya.go.id");
        assert!(!politeness.record_failure("surabaya.go.id"));
        assert!(politeness.record_failure("surabaya.go.id"));
        assert!(!politeness.record_failure("surabaya.go.id"), "reported once");
        assert!(politeness.is_given_up("surabaya.go.id"));
        assert!(!politeness.is_given_up("jatimprov.go.id"));
    }
}

//! When to try a failed request again: exponential backoff with jitter, or
//! the server's own `Retry-After` (seconds or an HTTP date).

use std::time::Duration;

use jiff::Timestamp;

use crate::config::CrawlSettings;

/// The longest `Retry-After` honoured; a server asking for more is given up for this run.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(300);

/// How many times and how long to wait before retrying.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub retries: u32,
    /// The first backoff; each retry doubles it.
    pub base: Duration,
}

impl RetryPolicy {
    /// The policy of a crawl's settings.
    pub fn from_settings(settings: &CrawlSettings) -> Self {
        Self { retries: settings.retries, base: settings.retry_delay }
    }

    /// The wait before retry number `attempt` (0-based), or `None` to give up.
    /// A `Retry-After` wins over the backoff unless it exceeds [`MAX_RETRY_AFTER`].
    pub fn wait(&self, attempt: u32, retry_after: Option<Duration>) -> Option<Duration> {
        if attempt >= self.retries {
            return None;
        }
        match retry_after {
            Some(wait) if wait > MAX_RETRY_AFTER => None,
            Some(wait) => Some(wait),
            None => {
                let backoff = self.base.saturating_mul(1 << attempt.min(16));
                // Full jitter on half the backoff: between 50% and 100% of it.
                Some(backoff.mul_f64(0.5 + jitter() * 0.5))
            }
        }
    }
}

/// A number in [0, 1), random enough to spread retries of many crawlers.
fn jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(Timestamp::now().as_nanosecond().unsigned_abs());
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// Reads `Retry-After`: delay seconds, or an HTTP date (`Sun, 06 Nov 1994
/// 08:49:37 GMT`) measured from `now`. A date in the past means no wait.
pub fn parse_retry_after(value: &str, now: Timestamp) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = jiff::fmt::rfc2822::parse(value).ok()?.timestamp();
    let wait = when.duration_since(now);
    Some(Duration::try_from(wait).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now: Timestamp = "2024-11-25T03:00:00Z".parse().unwrap();
        let cases = [
            ("120", Some(Duration::from_secs(120))),
            (" 0 ", Some(Duration::ZERO)),
            ("Mon, 25 Nov 2024 03:00:30 GMT", Some(Duration::from_secs(30))),
            ("Mon, 25 Nov 2024 02:00:00 GMT", Some(Duration::ZERO)),
            ("besok pagi", None),
            ("-5", None),
        ];
        for (value, want) in cases {
            assert_eq!(parse_retry_after(value, now), want, "{value}");
        }
    }

    #[test]
    fn backoff_doubles_within_jitter_and_stops_after_the_retries() {
        let policy = RetryPolicy { retries: 3, base: Duration::from_millis(100) };
        for attempt in 0..3 {
            let wait = policy.wait(attempt, None).unwrap();
            let full = Duration::from_millis(100 << attempt);
            assert!(wait >= full / 2 && wait <= full, "attempt {attempt}: {wait:?}");
        }
        assert_eq!(policy.wait(3, None), None);
    }

    #[test]
    fn retry_after_wins_unless_too_long() {
        let policy = RetryPolicy { retries: 2, base: Duration::from_secs(10) };
        assert_eq!(policy.wait(0, Some(Duration::from_millis(200))), Some(Duration::from_millis(200)));
        assert_eq!(policy.wait(0, Some(MAX_RETRY_AFTER + Duration::from_secs(1))), None);
    }
}

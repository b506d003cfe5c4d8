//! The crawler's frontier: every URL discovered, how it was found, and
//! whether it is still queued, fetched, failed or skipped. Known URLs are
//! never queued twice, so a crawl resumes where the last one stopped.

use rusqlite::params;

use super::{Result, Store, StoreError, normalise_url, now, sql};
use crate::model::Published;

/// How a URL was discovered (`frontier.discovered_via`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// An RSS, Atom or JSON feed entry.
    Feed,
    /// A sitemap entry.
    Sitemap,
    /// A link on a fetched page.
    Link,
    /// A configured start page.
    Start,
}

/// Where a URL stands (`frontier.state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlState {
    /// Waiting to be fetched.
    Queued,
    /// Fetched and stored.
    Fetched,
    /// The last attempt failed (`last_error` says why).
    Failed,
    /// Deliberately not fetched (robots.txt, too old, over the page limit).
    Skipped,
}

/// Defines `as_str` and a checked parse for a column enum, from one table of names.
macro_rules! column_names {
    ($type:ident, $column:literal, { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $type {
            /// The name stored in SQLite.
            pub fn as_str(self) -> &'static str {
                match self { $($type::$variant => $name),+ }
            }

            fn parse(text: &str) -> Result<Self> {
                match text {
                    $($name => Ok($type::$variant),)+
                    other => Err(StoreError::Corrupt { column: $column, value: other.to_string() }),
                }
            }
        }
    };
}

column_names!(Via, "frontier.discovered_via", { Feed => "feed", Sitemap => "sitemap", Link => "link", Start => "start" });
column_names!(UrlState, "frontier.state", {
    Queued => "queued", Fetched => "fetched", Failed => "failed", Skipped => "skipped",
});

/// A URL found by discovery, for [`Store::enqueue`].
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The URL (normalised by the store).
    pub url: String,
    /// Its source ([`Store::source_id`]).
    pub source_id: i64,
    /// Link hops from a start page (0 for feeds, sitemaps and start pages).
    pub depth: u32,
    /// How it was found.
    pub via: Via,
    /// The publication time a feed or sitemap gave for it.
    pub published_hint: Option<Published>,
}

/// A queued URL, as [`Store::queued`] returns it.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuedUrl {
    /// The normalised URL.
    pub url: String,
    /// Link hops from a start page.
    pub depth: u32,
    /// How it was found.
    pub via: Via,
    /// The publication time a feed or sitemap gave for it.
    pub published_hint: Option<Published>,
    /// Fetch attempts so far (failed ones are queued again by the crawler).
    pub attempts: u32,
}

impl Store {
    /// Queues new URLs in one transaction; URLs already in the frontier (in
    /// any state) are ignored. Returns how many were newly queued.
    pub fn enqueue(&mut self, candidates: &[Candidate]) -> Result<usize> {
        let at = now();
        let tx = self.conn.savepoint().map_err(sql("queueing URLs"))?;
        let mut added = 0;
        {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT INTO frontier (url, source_id, depth, discovered_via, published_hint, discovered_at,
                                           updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT (url) DO NOTHING",
                )
                .map_err(sql("queueing URLs"))?;
            for candidate in candidates {
                let url = normalise_url(&candidate.url)?;
                let hint = candidate.published_hint.map(|p| p.to_string());
                added += stmt
                    .execute(params![url, candidate.source_id, candidate.depth, candidate.via.as_str(), hint, at])
                    .map_err(sql(format!("queueing {url}")))?;
            }
        }
        tx.commit().map_err(sql("queueing URLs"))?;
        Ok(added)
    }

    /// Up to `limit` queued URLs of a source: shallowest first, then newest
    /// hint first, then in discovery order.
    pub fn queued(&self, source_id: i64, limit: usize) -> Result<Vec<QueuedUrl>> {
        let what = || format!("reading the queue of source {source_id}");
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT url, depth, discovered_via, published_hint, attempts FROM frontier
                 WHERE source_id = ?1 AND state = 'queued'
                 ORDER BY depth, published_hint IS NULL, published_hint DESC, id LIMIT ?2",
            )
            .map_err(sql(what()))?;
        let rows = stmt
            .query_map(params![source_id, i64::try_from(limit).unwrap_or(i64::MAX)], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, u32>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, Option<String>>(3)?,
                    row.get::<_, u32>(4)?,
                ))
            })
            .map_err(sql(what()))?;
        rows.map(|row| {
            let (url, depth, via, hint, attempts) = row.map_err(sql(what()))?;
            let published_hint = hint
                .map(|h| h.parse().map_err(|_| StoreError::Corrupt { column: "frontier.published_hint", value: h }))
                .transpose()?;
            Ok(QueuedUrl { url, depth, via: Via::parse(&via)?, published_hint, attempts })
        })
        .collect()
    }

    /// Records the outcome of a fetch (or a skip). `error` is kept as
    /// `last_error`; every state but `queued` counts one attempt.
    pub fn set_url_state(&mut self, url: &str, state: UrlState, error: Option<&str>) -> Result<()> {
        let url = normalise_url(url)?;
        self.conn
            .execute(
                "UPDATE frontier SET state = ?2, last_error = ?3, updated_at = ?4,
                     attempts = attempts + (?2 <> 'queued')
                 WHERE url = ?1",
                params![url, state.as_str(), error, now()],
            )
            .map_err(sql(format!("setting the state of {url}")))?;
        Ok(())
    }

    /// The state of a URL in the frontier, if it is there.
    pub fn url_state(&self, url: &str) -> Result<Option<UrlState>> {
        use rusqlite::OptionalExtension;
        let url = normalise_url(url)?;
        let state: Option<String> = self
            .conn
            .query_row("SELECT state FROM frontier WHERE url = ?1", [&url], |row| row.get(0))
            .optional()
            .map_err(sql(format!("reading the state of {url}")))?;
        state.as_deref().map(UrlState::parse).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(url: &str, via: Via, hint: Option<&str>) -> Candidate {
        Candidate { url: url.into(), source_id: 0, depth: 0, via, published_hint: hint.map(|h| h.parse().unwrap()) }
    }

    #[test]
    fn enqueue_ignores_known_urls_and_queued_orders_by_hint() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("w.db")).unwrap();
        let source = store.source_id("madiunkota").unwrap();
        let mut batch = vec![
            candidate("https://madiunkota.go.id/lama", Via::Sitemap, Some("2024-01-02")),
            candidate("https://madiunkota.go.id/baru", Via::Feed, Some("2024-11-25T10:15:00+07:00")),
            candidate("https://madiunkota.go.id/tanpa-tanggal", Via::Link, None),
        ];
        batch.iter_mut().for_each(|c| c.source_id = source);
        assert_eq!(store.enqueue(&batch).unwrap(), 3);
        assert_eq!(store.enqueue(&batch[..1]).unwrap(), 0);
        let queued = store.queued(source, 10).unwrap();
        let urls: Vec<&str> = queued.iter().map(|q| q.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://madiunkota.go.id/baru",
                "https://madiunkota.go.id/lama",
                "https://madiunkota.go.id/tanpa-tanggal"
            ]
        );
        assert_eq!(queued[0].via, Via::Feed);

        store.set_url_state("https://madiunkota.go.id/baru", UrlState::Failed, Some("timeout")).unwrap();
        assert_eq!(store.url_state("https://madiunkota.go.id/baru").unwrap(), Some(UrlState::Failed));
        assert_eq!(store.queued(source, 10).unwrap().len(), 2);
        store.set_url_state("https://madiunkota.go.id/baru", UrlState::Queued, None).unwrap();
        let again = store.queued(source, 1).unwrap();
        assert_eq!((again[0].url.as_str(), again[0].attempts), ("https://madiunkota.go.id/baru", 1));
    }
}

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

/// Which stored pages of a source are due for a revisit, for [`Store::queue_revisits`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RevisitDue {
    /// Articles published on or after this day (else first found then) are recent.
    pub recent_since: jiff::civil::Date,
    /// A recent page is due when last fetched at or before this time.
    pub recent_before: jiff::Timestamp,
    /// An older page is due when last fetched at or before this time.
    pub older_before: jiff::Timestamp,
}

impl Store {
    /// Queues again a source's fetched URLs whose page is stored under the
    /// same URL and is due for a revisit: age from the article's
    /// publication date (else the day the URL was found), "last fetched"
    /// from the frontier row's `updated_at`. Returns how many were queued.
    pub fn queue_revisits(&mut self, source_id: i64, due: &RevisitDue) -> Result<usize> {
        let stamp = |at: jiff::Timestamp| at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
        self.conn
            .execute(
                "UPDATE frontier SET state = 'queued', updated_at = ?5
                 WHERE id IN (
                     SELECT f.id FROM frontier f
                     JOIN page p ON p.url = f.url
                     LEFT JOIN article a ON a.page_id = p.id
                     WHERE f.source_id = ?1 AND f.state = 'fetched'
                       AND f.updated_at <= CASE
                           WHEN coalesce(a.published_date, substr(f.discovered_at, 1, 10)) >= ?2 THEN ?3
                           ELSE ?4 END)",
                params![
                    source_id,
                    due.recent_since.to_string(),
                    stamp(due.recent_before),
                    stamp(due.older_before),
                    now()
                ],
            )
            .map_err(sql(format!("queueing the revisits of source {source_id}")))
    }

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

    #[test]
    fn revisits_are_queued_by_age_and_last_fetch() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("w.db")).unwrap();
        let source = store.source_id("madiunkota").unwrap();
        let urls = ["https://madiunkota.go.id/baru", "https://madiunkota.go.id/lama", "https://madiunkota.go.id/lain"];
        let mut batch: Vec<Candidate> = urls.iter().map(|url| candidate(url, Via::Sitemap, None)).collect();
        batch.iter_mut().for_each(|c| c.source_id = source);
        store.enqueue(&batch).unwrap();
        let html = super::super::PackedHtml::new(b"<p>Berita</p>").unwrap();
        for url in &urls[..2] {
            store.save_page(&super::super::pages::tests::page(url, &html, None)).unwrap();
        }
        for url in urls {
            store.set_url_state(url, UrlState::Fetched, None).unwrap();
        }
        // "baru" was found today (recent); "lama" was found a year ago (older);
        // "lain" has no stored page under its URL, so is never revisited.
        store
            .conn
            .execute("UPDATE frontier SET discovered_at = '2023-11-01T00:00:00Z' WHERE url LIKE '%lama'", [])
            .unwrap();
        let today = jiff::Timestamp::now();
        let due = |older_before: jiff::Timestamp| RevisitDue {
            recent_since: today
                .checked_sub(jiff::SignedDuration::from_hours(7 * 24))
                .unwrap()
                .to_zoned(jiff::tz::TimeZone::UTC)
                .date(),
            recent_before: today,
            older_before,
        };
        let month_ago = today.checked_sub(jiff::SignedDuration::from_hours(30 * 24)).unwrap();
        assert_eq!(store.queue_revisits(source, &due(month_ago)).unwrap(), 1);
        let queued: Vec<String> = store.queued(source, 10).unwrap().into_iter().map(|q| q.url).collect();
        assert_eq!(queued, [urls[0]]);
        assert_eq!(store.queue_revisits(source, &due(today)).unwrap(), 1, "the older one, due now");
        assert_eq!(store.queued(source, 10).unwrap().len(), 2);
    }
}

//! Sources and fetched pages: the raw bytes of every page (zstd level 3),
//! with the HTTP validators a conditional re-fetch needs and a SHA-256
//! content hash that tells a changed page from a re-fetched identical one.
//! Hashing and compressing ([`PackedHtml`]) need no connection, so callers
//! with threads to spare do it off the writer thread.
//!
//! SHA-256 (the RustCrypto `sha2` crate) rather than BLAKE3: hashing costs
//! nothing next to extraction, and a user can check a stored hash with the
//! `sha256sum` every system has.

use std::cell::RefCell;

use rusqlite::{OptionalExtension, ToSql, params, params_from_iter};
use sha2::{Digest, Sha256};

use super::{Result, Store, StoreError, sql};

/// zstd level for stored pages: fast, and about a quarter of the raw size.
const ZSTD_LEVEL: i32 = 3;

/// A fetched (or read from disk) page, as [`Store::save_page`] takes it.
#[derive(Debug, Clone)]
pub struct PageRecord<'a> {
    /// The URL asked for (normalised by the store: the fragment is dropped).
    pub url: &'a str,
    /// The URL after redirects, when different.
    pub final_url: Option<&'a str>,
    /// The source it belongs to ([`Store::source_id`]), if any.
    pub source_id: Option<i64>,
    /// The HTTP status; `None` for files.
    pub http_status: Option<u16>,
    /// When it was fetched (a file's modification time).
    pub fetched_at: jiff::Timestamp,
    /// The `ETag` response header.
    pub etag: Option<&'a str>,
    /// The `Last-Modified` response header.
    pub last_modified: Option<&'a str>,
    /// The `Content-Type` response header.
    pub content_type: Option<&'a str>,
    /// The raw body bytes, undecoded, hashed and compressed.
    pub html: &'a PackedHtml,
}

/// A page's raw bytes as stored: their SHA-256 and their zstd frame.
#[derive(Debug, Clone)]
pub struct PackedHtml {
    content_hash: String,
    zstd: Vec<u8>,
}

impl PackedHtml {
    /// Hashes and compresses `html` (zstd level 3, with one compression
    /// context kept per thread: setting one up costs more than compressing
    /// a page).
    pub fn new(html: &[u8]) -> std::io::Result<Self> {
        thread_local! {
            static COMPRESSOR: RefCell<Option<zstd::bulk::Compressor<'static>>> = const { RefCell::new(None) };
        }
        let zstd = COMPRESSOR.with_borrow_mut(|slot| {
            let compressor = match slot {
                Some(compressor) => compressor,
                None => slot.insert(zstd::bulk::Compressor::new(ZSTD_LEVEL)?),
            };
            compressor.compress(html)
        })?;
        Ok(Self { content_hash: content_hash(html), zstd })
    }

    /// SHA-256 of the bytes (lower-case hex), as [`Validators::content_hash`] gives a stored page's.
    pub fn content_hash(&self) -> &str {
        &self.content_hash
    }
}

/// What [`Store::save_page`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageSaved {
    /// The page's row id.
    pub page_id: i64,
    /// False when the stored bytes were identical: only the fetch time and
    /// validators were updated, and the page needs no new extraction.
    pub changed: bool,
}

/// What a conditional request sends back to the server for a known URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validators {
    /// The stored `ETag`, for `If-None-Match`.
    pub etag: Option<String>,
    /// The stored `Last-Modified`, for `If-Modified-Since`.
    pub last_modified: Option<String>,
    /// SHA-256 of the stored bytes (lower-case hex).
    pub content_hash: String,
}

/// A stored page, decompressed, ready for extraction.
#[derive(Debug, Clone)]
pub struct StoredPage {
    /// The page's row id.
    pub id: i64,
    /// Its URL.
    pub url: String,
    /// Its `Content-Type`, when known.
    pub content_type: Option<String>,
    /// When it was fetched (ISO 8601 UTC).
    pub fetched_at: String,
    /// The raw bytes.
    pub html: Vec<u8>,
}

/// A URL as the store keys it: parsed, with the fragment dropped.
pub fn normalise_url(url: &str) -> Result<String> {
    let mut parsed = url::Url::parse(url).map_err(|source| StoreError::BadUrl { url: url.to_string(), source })?;
    parsed.set_fragment(None);
    Ok(parsed.into())
}

/// SHA-256 of `bytes` as lower-case hex.
fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|byte| format!("{byte:02x}")).collect()
}

impl Store {
    /// The id of the source called `name`, created on first use.
    pub fn source_id(&mut self, name: &str) -> Result<i64> {
        self.conn
            .prepare_cached(
                "INSERT INTO source (name) VALUES (?1) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id",
            )
            .and_then(|mut stmt| stmt.query_row([name], |row| row.get(0)))
            .map_err(sql(format!("saving source {name:?}")))
    }

    /// Stores a page. Unchanged bytes (same SHA-256) only refresh the fetch
    /// time, status and validators, and come back with `changed: false`.
    pub fn save_page(&mut self, page: &PageRecord<'_>) -> Result<PageSaved> {
        let url = normalise_url(page.url)?;
        let hash = &page.html.content_hash;
        let fetched_at = page.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
        let what = || format!("saving page {url}");
        let known: Option<(i64, String)> = self
            .conn
            .prepare_cached("SELECT id, content_hash FROM page WHERE url = ?1")
            .and_then(|mut stmt| stmt.query_row([&url], |row| Ok((row.get(0)?, row.get(1)?))).optional())
            .map_err(sql(what()))?;
        let meta = params![
            url,
            page.final_url,
            page.source_id,
            page.http_status,
            fetched_at,
            page.etag,
            page.last_modified,
            page.content_type
        ];
        match known {
            Some((page_id, stored)) if stored == *hash => {
                self.conn
                    .prepare_cached(
                        "UPDATE page SET final_url = ?2, source_id = coalesce(?3, source_id), http_status = ?4,
                             fetched_at = ?5, etag = ?6, last_modified = ?7, content_type = ?8
                         WHERE url = ?1",
                    )
                    .and_then(|mut stmt| stmt.execute(meta))
                    .map_err(sql(what()))?;
                Ok(PageSaved { page_id, changed: false })
            }
            _ => {
                let page_id = self
                    .conn
                    .prepare_cached(
                        "INSERT INTO page (url, final_url, source_id, http_status, fetched_at, etag, last_modified,
                                           content_type, content_hash, html_zstd)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                         ON CONFLICT (url) DO UPDATE SET final_url = excluded.final_url,
                             source_id = coalesce(excluded.source_id, source_id),
                             http_status = excluded.http_status, fetched_at = excluded.fetched_at,
                             etag = excluded.etag, last_modified = excluded.last_modified,
                             content_type = excluded.content_type, content_hash = excluded.content_hash,
                             html_zstd = excluded.html_zstd
                         RETURNING id",
                    )
                    .and_then(|mut stmt| {
                        let content: [&dyn ToSql; 2] = [hash, &page.html.zstd];
                        stmt.query_row(params_from_iter(meta.iter().chain(&content)), |row| row.get(0))
                    })
                    .map_err(sql(what()))?;
                Ok(PageSaved { page_id, changed: true })
            }
        }
    }

    /// The validators of a stored page, for a conditional re-fetch.
    pub fn validators(&self, url: &str) -> Result<Option<Validators>> {
        let url = normalise_url(url)?;
        self.conn
            .query_row("SELECT etag, last_modified, content_hash FROM page WHERE url = ?1", [&url], |row| {
                Ok(Validators { etag: row.get(0)?, last_modified: row.get(1)?, content_hash: row.get(2)? })
            })
            .optional()
            .map_err(sql(format!("reading validators of {url}")))
    }

    /// Up to `limit` stored pages with ids above `after`, in id order,
    /// decompressed: page through every page with the last id seen.
    pub fn pages_after(&self, after: i64, limit: usize) -> Result<Vec<StoredPage>> {
        let what = || format!("reading pages after id {after}");
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, url, content_type, fetched_at, html_zstd FROM page WHERE id > ?1 ORDER BY id LIMIT ?2",
            )
            .map_err(sql(what()))?;
        let rows = stmt
            .query_map(params![after, i64::try_from(limit).unwrap_or(i64::MAX)], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get::<_, Vec<u8>>(4)?))
            })
            .map_err(sql(what()))?;
        rows.map(|row| {
            let (id, url, content_type, fetched_at, compressed) = row.map_err(sql(what()))?;
            let html = zstd::decode_all(compressed.as_slice())
                .map_err(|source| StoreError::Zstd { url: String::clone(&url), source })?;
            Ok(StoredPage { id, url, content_type, fetched_at, html })
        })
        .collect()
    }

    /// How many pages are stored.
    pub fn page_count(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT count(*) FROM page", [], |row| row.get::<_, i64>(0))
            .map(|n| n.unsigned_abs())
            .map_err(sql("counting pages"))
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A fetched page's record, for tests of the store.
    pub(in crate::store) fn page<'a>(url: &'a str, html: &'a PackedHtml, etag: Option<&'a str>) -> PageRecord<'a> {
        PageRecord {
            url,
            final_url: None,
            source_id: None,
            http_status: Some(200),
            fetched_at: "2024-11-25T03:00:00Z".parse().unwrap(),
            etag,
            last_modified: None,
            content_type: Some("text/html; charset=utf-8"),
            html,
        }
    }

    #[test]
    fn save_page_detects_unchanged_bytes_and_refreshes_validators() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("w.db")).unwrap();
        let raw = b"<html><p>Kota Madiun meraih nilai 95,5.</p></html>";
        let html = &PackedHtml::new(raw).unwrap();
        let first = store.save_page(&page("https://madiunkota.go.id/a#top", html, Some("\"v1\""))).unwrap();
        assert!(first.changed);
        let again = store.save_page(&page("https://madiunkota.go.id/a", html, Some("\"v2\""))).unwrap();
        assert_eq!(again, PageSaved { page_id: first.page_id, changed: false });
        let validators = store.validators("https://madiunkota.go.id/a").unwrap().unwrap();
        assert_eq!(validators.etag.as_deref(), Some("\"v2\""));
        assert_eq!(validators.content_hash, content_hash(raw));
        let edited = store
            .save_page(&page("https://madiunkota.go.id/a", &PackedHtml::new(b"<p>baru</p>").unwrap(), None))
            .unwrap();
        assert_eq!(edited, PageSaved { page_id: first.page_id, changed: true });
        let stored = store.pages_after(0, 10).unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].html, b"<p>baru</p>");
    }

    #[test]
    fn content_hash_is_sha256_hex() {
        assert_eq!(content_hash(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn source_id_is_stable_per_name() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("w.db")).unwrap();
        let madiun = store.source_id("madiunkota").unwrap();
        assert_ne!(store.source_id("gardajatim").unwrap(), madiun);
        assert_eq!(store.source_id("madiunkota").unwrap(), madiun);
    }
}

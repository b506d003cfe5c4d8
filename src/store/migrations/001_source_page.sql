-- Sources and fetched pages: the raw material everything else is read from.
CREATE TABLE source (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE page (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,           -- normalised: no fragment
    final_url     TEXT,                           -- after redirects, when different
    source_id     INTEGER REFERENCES source (id),
    http_status   INTEGER,                        -- null for pages read from files
    fetched_at    TEXT NOT NULL,                  -- ISO 8601 UTC
    etag          TEXT,
    last_modified TEXT,
    content_type  TEXT,
    content_hash  TEXT NOT NULL,                  -- SHA-256 of the raw bytes, lower-case hex
    html_zstd     BLOB NOT NULL                   -- the raw bytes, zstd level 3
) STRICT;

CREATE INDEX page_source_id ON page (source_id);

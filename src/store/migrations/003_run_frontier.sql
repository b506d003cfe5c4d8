-- What each crawl or reprocess did, and the crawler's queue of URLs.
CREATE TABLE run (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL CHECK (kind IN ('crawl', 'reprocess')),
    started_at         TEXT NOT NULL,
    finished_at        TEXT,                      -- null while running, or if the run died
    pages_fetched      INTEGER NOT NULL DEFAULT 0,
    pages_unchanged    INTEGER NOT NULL DEFAULT 0,
    pages_failed       INTEGER NOT NULL DEFAULT 0,
    articles_added     INTEGER NOT NULL DEFAULT 0,
    articles_changed   INTEGER NOT NULL DEFAULT 0,
    articles_unchanged INTEGER NOT NULL DEFAULT 0,
    facts_added        INTEGER NOT NULL DEFAULT 0,
    facts_removed      INTEGER NOT NULL DEFAULT 0,
    errors             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(errors))
) STRICT;

CREATE TABLE frontier (
    id             INTEGER PRIMARY KEY,
    url            TEXT NOT NULL UNIQUE,
    source_id      INTEGER NOT NULL REFERENCES source (id),
    depth          INTEGER NOT NULL DEFAULT 0,
    discovered_via TEXT NOT NULL CHECK (discovered_via IN ('feed', 'sitemap', 'link', 'start')),
    published_hint TEXT,                          -- ISO 8601, from a feed or sitemap entry
    state          TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'fetched', 'failed', 'skipped')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,
    discovered_at  TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

CREATE INDEX frontier_source_state ON frontier (source_id, state, id);

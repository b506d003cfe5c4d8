-- Articles read from pages, their facts, and full-text search over them.
CREATE TABLE article (
    id                INTEGER PRIMARY KEY,
    page_id           INTEGER NOT NULL UNIQUE REFERENCES page (id) ON DELETE CASCADE,
    url               TEXT,                       -- canonical URL, when the page gives one
    title             TEXT,
    published         TEXT,                       -- ISO 8601 date or date-time with offset
    published_date    TEXT,                       -- YYYY-MM-DD in the page's time zone
    published_source  TEXT CHECK (published_source IN
                          ('given', 'selector', 'json_ld', 'meta', 'time_element', 'text', 'url')),
    authors           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
    language          TEXT,
    body              TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    extracted_at      TEXT NOT NULL               -- ISO 8601 UTC
) STRICT;

CREATE INDEX article_published_date ON article (published_date);

CREATE TABLE fact (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('score', 'score_change', 'decree', 'date', 'ranking', 'grade')),
    text       TEXT NOT NULL,                     -- the words of the body that state the fact
    start      INTEGER NOT NULL,                  -- character offsets of text in article.body
    "end"      INTEGER NOT NULL,                  -- (exclusive; quote it: "end" is an SQL keyword)
    sentence   TEXT NOT NULL,
    subject    TEXT COLLATE NOCASE,               -- score, score_change, ranking, grade
    value_num  REAL,                              -- score, score_change
    value_text TEXT,                              -- grade
    rank       INTEGER,                           -- ranking
    top        INTEGER,                           -- ranking (N besar)
    scope      TEXT,                              -- ranking
    instrument TEXT,                              -- decree
    number     TEXT,                              -- decree
    year       INTEGER,                           -- decree
    date_value TEXT,                              -- date (YYYY-MM-DD)
    fact_year  INTEGER,                           -- year, else date_value's year, else published_date's
    CHECK (start <= "end")
) STRICT;

CREATE INDEX fact_article_id ON fact (article_id);
CREATE INDEX fact_kind ON fact (kind);
CREATE INDEX fact_subject ON fact (subject);
CREATE INDEX fact_fact_year ON fact (fact_year);

CREATE VIRTUAL TABLE article_fts USING fts5 (
    title, body,
    content = 'article', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO article_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- The table to query first: each fact with its article and source.
CREATE VIEW fact_view AS
SELECT
    f.id AS fact_id,
    f.kind,
    f.subject,
    coalesce(f.value_num, f.value_text, f.date_value) AS value,
    f.rank,
    f.top,
    f.scope,
    f.instrument,
    f.number,
    f.year,
    f.date_value,
    f.fact_year,
    f.text,
    f.sentence,
    f.start,
    f."end",
    a.id AS article_id,
    a.title,
    coalesce(a.url, p.url) AS url,
    a.published,
    a.published_date,
    s.name AS source,
    p.id AS page_id
FROM fact AS f
JOIN article AS a ON a.id = f.article_id
JOIN page AS p ON p.id = a.page_id
LEFT JOIN source AS s ON s.id = p.source_id;

-- Facts as a dataset (issue 11): which assessment, which year and which
-- region each result belongs to; the official list of regions; a full-text
-- index that Datasette and sqlite-utils find by themselves.

-- The official list of provinces, regencies and cities (src/region.rs,
-- data/regions/). SQL cannot read that list, so this migration only makes
-- the table: every writable open fills it (`Store::open`, an upsert), so
-- it always holds the list of the warta that last wrote the file, also
-- after a later warta adds a region. A region the list drops stays: codes
-- are never reused, and old facts may name it.
CREATE TABLE region (
    code          TEXT PRIMARY KEY,                -- Kemendagri code: 35 a province, 35.77 a regency or city
    name          TEXT NOT NULL,                   -- the official name: Jawa Timur, Kota Madiun
    kind          TEXT NOT NULL CHECK (kind IN ('province', 'regency', 'city')),
    province_code TEXT NOT NULL REFERENCES region (code)  -- the province it lies in (a province: its own code)
) STRICT, WITHOUT ROWID;

CREATE INDEX region_province_code ON region (province_code);

-- Scores, score changes, rankings and grades: FACTS.md's dataset fields.
-- Null until `warta reprocess` extracts the stored pages again.
ALTER TABLE fact ADD COLUMN assessment TEXT;       -- a catalogue id of FACTS.md (ombudsman_kepatuhan, ipp...) or 'other'
ALTER TABLE fact ADD COLUMN assessment_text TEXT;  -- the words that named it, as printed
ALTER TABLE fact ADD COLUMN period INTEGER;        -- the year the result is for, as the article says it
ALTER TABLE fact ADD COLUMN region TEXT REFERENCES region (code);  -- the subject's region code
ALTER TABLE fact ADD COLUMN region_name TEXT;      -- that region's official name

-- Each new filter of `query facts` with the facts' order, as the indexes
-- of migration 004 do. Partial: most facts (decrees, dates) have none of
-- these fields, and an index of nulls would only slow the writer.
CREATE INDEX fact_assessment_newest ON fact (assessment, published_date DESC, article_id DESC, start)
    WHERE assessment IS NOT NULL;
CREATE INDEX fact_region_newest ON fact (region, published_date DESC, article_id DESC, start)
    WHERE region IS NOT NULL;
CREATE INDEX fact_period_newest ON fact (period, published_date DESC, article_id DESC, start)
    WHERE period IS NOT NULL;

-- A reprocess says how many facts only changed their dataset fields.
ALTER TABLE run ADD COLUMN facts_changed INTEGER NOT NULL DEFAULT 0;

DROP VIEW fact_view;
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
    f.assessment,
    f.assessment_text,
    f.period,
    f.region,
    f.region_name,
    r.kind AS region_kind,
    r.province_code,
    province.name AS province_name,
    f.fact_year,
    f.text,
    f.sentence,
    f.start,
    f."end",
    f.article_id,
    a.title,
    coalesce(a.url, p.url) AS url,
    a.published,
    f.published_date,
    s.name AS source,
    p.id AS page_id
FROM fact AS f
JOIN article AS a ON a.id = f.article_id
JOIN page AS p ON p.id = a.page_id
LEFT JOIN source AS s ON s.id = p.source_id
LEFT JOIN region AS r ON r.code = f.region
LEFT JOIN region AS province ON province.code = r.province_code;

-- Datasette and sqlite-utils find a table's full-text index by the text of
-- its CREATE statement: `content="article"`, double quotes, no spaces (a
-- test checks their query). The index is the same as before; it is made
-- again, and rebuilt from `article`, to be declared so. The triggers of
-- migration 002 name it and keep it in step, as before; the settings of
-- migration 004 live in the table, so they are given again.
DROP TABLE article_fts;
CREATE VIRTUAL TABLE article_fts USING fts5 (
    title, body,
    content="article", content_rowid="id",
    tokenize="unicode61 remove_diacritics 2"
);
INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 16);
INSERT INTO article_fts (article_fts) VALUES ('rebuild');

-- Facts in a stable, indexed order, and FTS5 tuned for batch writes.

-- `query facts` lists facts newest article first, then by position in the
-- body. The order's key lives on `article`; a copy on `fact` lets one index
-- serve both a filter and that order, so a LIMIT stops after a page of rows
-- instead of sorting every match. The writer fills it; the trigger keeps it
-- right when an article's date is edited by hand.
ALTER TABLE fact ADD COLUMN published_date TEXT;  -- article.published_date
UPDATE fact SET published_date = (SELECT a.published_date FROM article AS a WHERE a.id = fact.article_id);
CREATE TRIGGER article_published_date_update AFTER UPDATE OF published_date ON article BEGIN
    UPDATE fact SET published_date = new.published_date WHERE article_id = new.id;
END;

DROP INDEX fact_article_id;
DROP INDEX fact_kind;
DROP INDEX fact_subject;
DROP INDEX fact_fact_year;
CREATE INDEX fact_article_start ON fact (article_id, start, published_date);
CREATE INDEX fact_newest ON fact (published_date DESC, article_id DESC, start);
CREATE INDEX fact_kind_newest ON fact (kind, published_date DESC, article_id DESC, start);
CREATE INDEX fact_subject_newest ON fact (subject, published_date DESC, article_id DESC, start);
CREATE INDEX fact_year_newest ON fact (fact_year, published_date DESC, article_id DESC, start);

-- The view takes the order's columns from `fact` (equal to the article's).
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
LEFT JOIN source AS s ON s.id = p.source_id;

-- The writer indexes a whole batch of articles (up to 1024, a few MB of
-- text) in one statement: an 8 MB pending-term hash keeps it one segment,
-- and merging 16 segments at a time (not 4) rewrites the index less often.
INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 16);

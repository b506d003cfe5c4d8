-- Revisits of stored articles (conditional GETs on a schedule), counted
-- apart from first fetches in each crawl's run row.
ALTER TABLE run ADD COLUMN pages_revisited INTEGER NOT NULL DEFAULT 0;        -- revisit requests made
ALTER TABLE run ADD COLUMN pages_revisit_changed INTEGER NOT NULL DEFAULT 0;  -- of those, bytes changed: extracted again

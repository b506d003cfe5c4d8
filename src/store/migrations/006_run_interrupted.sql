-- A run stopped by Ctrl-C: it saved what it had, recorded its counts and
-- finished_at, and says so here (a run killed outright keeps a null finished_at).
ALTER TABLE run ADD COLUMN interrupted INTEGER NOT NULL DEFAULT 0 CHECK (interrupted IN (0, 1));

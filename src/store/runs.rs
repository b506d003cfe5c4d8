//! Runs: one row per crawl or reprocess, started when it begins and
//! finished with its counts and errors. A run stopped by Ctrl-C is finished
//! with what it did and `interrupted` set; a run killed midway keeps a null
//! `finished_at`. `warta stats` tells the three apart.

use rusqlite::params;

use super::{ArticleChange, ChangeKind, Result, Store, now, sql};

/// What kind of run (`run.kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunKind {
    /// `warta crawl`.
    Crawl,
    /// `warta reprocess`.
    Reprocess,
}

impl RunKind {
    /// The name stored in SQLite.
    pub fn as_str(self) -> &'static str {
        match self {
            RunKind::Crawl => "crawl",
            RunKind::Reprocess => "reprocess",
        }
    }
}

/// A run's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunId(pub i64);

/// What a run did: the `run` table's count columns.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunCounts {
    /// Pages fetched (crawl: first fetches) or read (reprocess).
    pub pages_fetched: u64,
    /// Pages whose bytes had not changed.
    pub pages_unchanged: u64,
    /// Stored pages fetched again on their revisit schedule (crawl).
    pub pages_revisited: u64,
    /// Of those, pages whose bytes had changed, so were extracted again.
    pub pages_revisit_changed: u64,
    /// Pages that could not be fetched, read or saved.
    pub pages_failed: u64,
    /// Articles new to the database.
    pub articles_added: u64,
    /// Articles whose text or facts changed.
    pub articles_changed: u64,
    /// Articles extracted again to the same result.
    pub articles_unchanged: u64,
    /// Facts added.
    pub facts_added: u64,
    /// Facts removed.
    pub facts_removed: u64,
    /// Facts stated as before with another assessment, period or region.
    pub facts_changed: u64,
    /// Whether Ctrl-C stopped the run before its end (the counts are what it did until then).
    pub interrupted: bool,
}

impl RunCounts {
    /// Adds one saved article to the counts.
    pub fn count(&mut self, change: &ArticleChange) {
        match change.kind {
            ChangeKind::Added => self.articles_added += 1,
            ChangeKind::Changed => self.articles_changed += 1,
            ChangeKind::Unchanged => self.articles_unchanged += 1,
        }
        self.facts_added += change.facts_added as u64;
        self.facts_removed += change.facts_removed as u64;
        self.facts_changed += change.facts_changed as u64;
    }

    /// Whether the run changed no article and no fact.
    pub fn nothing_changed(&self) -> bool {
        self.articles_added == 0
            && self.articles_changed == 0
            && self.facts_added == 0
            && self.facts_removed == 0
            && self.facts_changed == 0
    }
}

impl Store {
    /// Records the start of a run.
    pub fn start_run(&mut self, kind: RunKind) -> Result<RunId> {
        self.conn
            .query_row(
                "INSERT INTO run (kind, started_at) VALUES (?1, ?2) RETURNING id",
                params![kind.as_str(), now()],
                |row| row.get(0),
            )
            .map(RunId)
            .map_err(sql(format!("starting a {} run", kind.as_str())))
    }

    /// Records the end of a run with its counts and errors (one message each).
    pub fn finish_run(&mut self, run: RunId, counts: &RunCounts, errors: &[String]) -> Result<()> {
        let c = counts;
        let n = |count: u64| i64::try_from(count).unwrap_or(i64::MAX);
        self.conn
            .execute(
                "UPDATE run SET finished_at = ?2, pages_fetched = ?3, pages_unchanged = ?4, pages_failed = ?5,
                     articles_added = ?6, articles_changed = ?7, articles_unchanged = ?8,
                     facts_added = ?9, facts_removed = ?10, errors = ?11,
                     pages_revisited = ?12, pages_revisit_changed = ?13, interrupted = ?14, facts_changed = ?15
                 WHERE id = ?1",
                params![
                    run.0,
                    now(),
                    n(c.pages_fetched),
                    n(c.pages_unchanged),
                    n(c.pages_failed),
                    n(c.articles_added),
                    n(c.articles_changed),
                    n(c.articles_unchanged),
                    n(c.facts_added),
                    n(c.facts_removed),
                    serde_json::Value::from(errors.to_vec()).to_string(),
                    n(c.pages_revisited),
                    n(c.pages_revisit_changed),
                    c.interrupted,
                    n(c.facts_changed)
                ],
            )
            .map_err(sql(format!("finishing run {}", run.0)))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_keeps_its_counts_and_errors() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("w.db")).unwrap();
        let run = store.start_run(RunKind::Reprocess).unwrap();
        let mut counts = RunCounts::default();
        counts.count(&ArticleChange { kind: ChangeKind::Added, facts_added: 9, facts_removed: 0, facts_changed: 0 });
        let only_context =
            ArticleChange { kind: ChangeKind::Changed, facts_added: 0, facts_removed: 0, facts_changed: 4 };
        let mut context_counts = RunCounts::default();
        context_counts.count(&only_context);
        assert!(!context_counts.nothing_changed());
        counts.count(&only_context);
        assert!(!counts.nothing_changed());
        store.finish_run(run, &counts, &["fixtures/rusak.html: cannot read".into()]).unwrap();
        let (added, facts, changed, errors): (i64, i64, i64, String) = store
            .conn
            .query_row(
                "SELECT articles_added, facts_added, facts_changed, errors FROM run WHERE id = ?1",
                [run.0],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!((added, facts, changed, errors.as_str()), (1, 9, 4, r#"["fixtures/rusak.html: cannot read"]"#));

        let stopped = store.start_run(RunKind::Crawl).unwrap();
        store.finish_run(stopped, &RunCounts { interrupted: true, ..RunCounts::default() }, &[]).unwrap();
        let flags: Vec<(i64, bool)> = store
            .conn
            .prepare("SELECT id, interrupted FROM run ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(flags, [(run.0, false), (stopped.0, true)]);
    }
}

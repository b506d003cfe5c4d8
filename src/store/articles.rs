//! Articles and their facts. [`Store::save_extraction`] compares a fresh
//! extraction with what is stored and, when anything differs, replaces the
//! article and all its facts atomically: a reader sees the old article
//! with its old facts or the new one with its new facts, never a mix.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Result, Store, StoreError, now, sql};
use crate::model::{Article, Context, Extraction, Fact, FactDetail};

/// Whether a saved article was new, different or the same as before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// The page had no article yet.
    Added,
    /// The article or its facts differed and were replaced.
    Changed,
    /// Identical to what was stored; nothing was written but the version.
    Unchanged,
}

/// What [`Store::save_extraction`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleChange {
    /// Added, changed or unchanged.
    pub kind: ChangeKind,
    /// Facts in the new extraction that were not stored before.
    pub facts_added: usize,
    /// Stored facts that the new extraction no longer has.
    pub facts_removed: usize,
    /// Stored facts that the new extraction states again with another
    /// assessment, period or region (counted in neither of the above).
    pub facts_changed: usize,
}

/// The `article` columns that come from an extraction.
#[derive(Debug, PartialEq, serde::Serialize)]
struct ArticleRow {
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
    published_date: Option<String>,
    published_source: Option<String>,
    authors: String,
    language: Option<String>,
    body: String,
}

impl ArticleRow {
    fn new(article: &Article) -> Self {
        Self {
            url: article.url.clone(),
            title: article.title.clone(),
            published: article.published.map(|p| p.to_string()),
            published_date: article.published.map(|p| p.date().to_string()),
            published_source: article.published_source.map(|s| s.as_str().to_string()),
            authors: serde_json::Value::from(article.authors.clone()).to_string(),
            language: article.language.clone(),
            body: article.body.clone(),
        }
    }

    fn read(row: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            url: row.get("url")?,
            title: row.get("title")?,
            published: row.get("published")?,
            published_date: row.get("published_date")?,
            published_source: row.get("published_source")?,
            authors: row.get("authors")?,
            language: row.get("language")?,
            body: row.get("body")?,
        })
    }
}

/// The `fact` columns: FACTS.md's fields flattened into typed columns.
#[derive(Debug, Clone, PartialEq)]
struct FactRow {
    kind: String,
    text: String,
    start: i64,
    end: i64,
    sentence: String,
    subject: Option<String>,
    value_num: Option<f64>,
    value_text: Option<String>,
    rank: Option<i64>,
    top: Option<i64>,
    scope: Option<String>,
    instrument: Option<String>,
    number: Option<String>,
    year: Option<i64>,
    date_value: Option<String>,
    fact_year: Option<i64>,
    context: ContextRow,
}

/// The `fact` columns of a result's [`Context`]: which assessment, year and region.
#[derive(Debug, Clone, Default, PartialEq)]
struct ContextRow {
    assessment: Option<String>,
    assessment_text: Option<String>,
    period: Option<i64>,
    region: Option<String>,
    region_name: Option<String>,
}

/// The columns of [`FactRow`], in its field order.
const FACT_COLUMNS: &str = "kind, text, start, \"end\", sentence, subject, value_num, value_text, rank, top, scope, \
                            instrument, number, year, date_value, fact_year, \
                            assessment, assessment_text, period, region, region_name";

impl FactRow {
    /// Flattens a fact; `published_year` fills `fact_year` for kinds without a year of their own.
    fn new(fact: &Fact, published_year: Option<i64>) -> Self {
        let mut row = Self {
            kind: fact.kind().as_str().to_string(),
            text: fact.text.clone(),
            start: i64::try_from(fact.start).unwrap_or(i64::MAX),
            end: i64::try_from(fact.end).unwrap_or(i64::MAX),
            sentence: fact.sentence.clone(),
            subject: fact.detail.subject().map(str::to_string),
            value_num: None,
            value_text: None,
            rank: None,
            top: None,
            scope: None,
            instrument: None,
            number: None,
            year: None,
            date_value: None,
            fact_year: None,
            context: ContextRow::new(&fact.context),
        };
        match &fact.detail {
            FactDetail::Score { value, .. } | FactDetail::ScoreChange { value, .. } => row.value_num = Some(*value),
            FactDetail::Decree { instrument, number, year, .. } => {
                row.instrument = Some(instrument.clone());
                row.number = Some(number.clone());
                row.year = year.map(i64::from);
            }
            FactDetail::Date { value } => {
                row.date_value = Some(value.to_string());
                row.fact_year = Some(i64::from(value.year()));
            }
            FactDetail::Ranking { rank, top, scope, .. } => {
                row.rank = rank.map(i64::from);
                row.top = top.map(i64::from);
                row.scope = scope.clone();
            }
            FactDetail::Grade { value, .. } => row.value_text = Some(value.clone()),
        }
        row.fact_year = row.year.or(row.fact_year).or(published_year);
        row
    }

    fn read(row: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            kind: row.get(0)?,
            text: row.get(1)?,
            start: row.get(2)?,
            end: row.get(3)?,
            sentence: row.get(4)?,
            subject: row.get(5)?,
            value_num: row.get(6)?,
            value_text: row.get(7)?,
            rank: row.get(8)?,
            top: row.get(9)?,
            scope: row.get(10)?,
            instrument: row.get(11)?,
            number: row.get(12)?,
            year: row.get(13)?,
            date_value: row.get(14)?,
            fact_year: row.get(15)?,
            context: ContextRow {
                assessment: row.get(16)?,
                assessment_text: row.get(17)?,
                period: row.get(18)?,
                region: row.get(19)?,
                region_name: row.get(20)?,
            },
        })
    }

    /// Inserts the fact, with its article's publication date (the key that
    /// orders `query facts`, copied here so that one index serves a filter
    /// and that order).
    fn insert(&self, conn: &Connection, article_id: i64, published_date: Option<&str>) -> rusqlite::Result<()> {
        let mut stmt = conn.prepare_cached(&format!(
            "INSERT INTO fact (article_id, published_date, {FACT_COLUMNS})
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                     ?19, ?20, ?21, ?22, ?23)"
        ))?;
        stmt.execute(params![
            article_id,
            published_date,
            self.kind,
            self.text,
            self.start,
            self.end,
            self.sentence,
            self.subject,
            self.value_num,
            self.value_text,
            self.rank,
            self.top,
            self.scope,
            self.instrument,
            self.number,
            self.year,
            self.date_value,
            self.fact_year,
            self.context.assessment,
            self.context.assessment_text,
            self.context.period,
            self.context.region,
            self.context.region_name
        ])?;
        Ok(())
    }
}

impl ContextRow {
    fn new(context: &Context) -> Self {
        Self {
            assessment: context.assessment.clone(),
            assessment_text: context.assessment_text.clone(),
            period: context.period.map(i64::from),
            region: context.region.clone(),
            region_name: context.region_name.clone(),
        }
    }
}

/// How the facts of a new extraction differ from the stored ones.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct FactsDiff {
    /// Facts not stored before.
    added: usize,
    /// Stored facts no longer extracted.
    removed: usize,
    /// Facts stated as before whose assessment, period or region differ.
    changed: usize,
}

/// Compares facts as multisets (a fact stated twice counts twice): equal
/// facts pair first; of the rest, a new fact that states what a stored one
/// did (same kind, words, offsets and fields) with another context counts
/// as changed; the others as added and removed.
fn diff(old: &[FactRow], new: &[FactRow]) -> FactsDiff {
    let mut unmatched: Vec<&FactRow> = old.iter().collect();
    let mut fresh = Vec::new();
    for fact in new {
        match unmatched.iter().position(|o| *o == fact) {
            Some(index) => {
                unmatched.swap_remove(index);
            }
            None => fresh.push(fact),
        }
    }
    let mut changed = 0;
    let same_statement = |a: &FactRow, b: &FactRow| FactRow { context: b.context.clone(), ..a.clone() } == *b;
    fresh.retain(|fact| match unmatched.iter().position(|o| same_statement(o, fact)) {
        Some(index) => {
            unmatched.swap_remove(index);
            changed += 1;
            false
        }
        None => true,
    });
    FactsDiff { added: fresh.len(), removed: unmatched.len(), changed }
}

/// An article to write: its row, keyed by page id (insert) or article id
/// (update), and the facts that replace its old ones.
#[derive(serde::Serialize)]
struct Pending {
    /// The page id of a new article, the article id of a changed one.
    key: i64,
    #[serde(flatten)]
    article: ArticleRow,
    #[serde(skip)]
    facts: Vec<FactRow>,
}

/// Inserts the new articles of a batch, given as a JSON array of [`Pending`]:
/// one statement, so FTS5 indexes them all in one segment.
const INSERT_ARTICLES: &str = "
    INSERT INTO article (page_id, url, title, published, published_date, published_source, authors, language, body,
                         extractor_version, extracted_at)
    SELECT r.value ->> 'key', r.value ->> 'url', r.value ->> 'title', r.value ->> 'published',
           r.value ->> 'published_date', r.value ->> 'published_source', r.value ->> 'authors',
           r.value ->> 'language', r.value ->> 'body', ?2, ?3
    FROM json_each(?1) AS r
    RETURNING page_id, id";

/// Rewrites the changed articles of a batch, given as for [`INSERT_ARTICLES`].
const UPDATE_ARTICLES: &str = "
    UPDATE article SET url = r.value ->> 'url', title = r.value ->> 'title', published = r.value ->> 'published',
           published_date = r.value ->> 'published_date', published_source = r.value ->> 'published_source',
           authors = r.value ->> 'authors', language = r.value ->> 'language', body = r.value ->> 'body',
           extractor_version = ?2, extracted_at = ?3
    FROM json_each(?1) AS r
    WHERE article.id = r.value ->> 'key'";

impl Store {
    /// Saves the article and facts extracted from a stored page: one
    /// [`Store::save_extractions`].
    pub fn save_extraction(
        &mut self,
        page_id: i64,
        extraction: &Extraction,
        extractor_version: &str,
    ) -> Result<ArticleChange> {
        // One change per item given.
        Ok(self.save_extractions(&[(page_id, extraction)], extractor_version)?[0])
    }

    /// Saves the articles and facts extracted from stored pages (page id,
    /// extraction), returning what changed, item by item. An article equal
    /// to what is stored changes nothing (but `extractor_version`); any
    /// other is written and its facts replaced. All of it in one transaction
    /// (the [`Store::batch`]'s, when there is one); a page given twice is
    /// saved as if one call followed the other.
    ///
    /// New and changed articles are each written by one statement, whose
    /// triggers feed FTS5: FTS5 starts a new index segment at every
    /// statement that writes it in a transaction, so one statement per
    /// article made one tiny segment per article and kept the writer merging.
    pub fn save_extractions(
        &mut self,
        items: &[(i64, &Extraction)],
        extractor_version: &str,
    ) -> Result<Vec<ArticleChange>> {
        let mut seen = std::collections::HashSet::new();
        let distinct = items.iter().position(|(page_id, _)| !seen.insert(*page_id)).unwrap_or(items.len());
        let (head, tail) = items.split_at(distinct);
        let mut changes = self.atomically(|conn| save_distinct(conn, head, extractor_version))?;
        if !tail.is_empty() {
            changes.extend(self.save_extractions(tail, extractor_version)?);
        }
        Ok(changes)
    }

    /// How many articles are stored.
    pub fn article_count(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT count(*) FROM article", [], |row| row.get::<_, i64>(0))
            .map(|n| n.unsigned_abs())
            .map_err(sql("counting articles"))
    }
}

/// [`Store::save_extractions`] of items with distinct page ids.
fn save_distinct(
    conn: &Connection,
    items: &[(i64, &Extraction)],
    extractor_version: &str,
) -> Result<Vec<ArticleChange>> {
    let what = || format!("saving the articles of {} pages", items.len());
    let mut changes = Vec::with_capacity(items.len());
    let (mut added, mut changed) = (Vec::new(), Vec::new());
    for &(page_id, extraction) in items {
        let article = ArticleRow::new(&extraction.article);
        let published_year = article.published_date.as_deref().and_then(|d| d.get(..4)?.parse().ok());
        let facts: Vec<FactRow> = extraction.facts.iter().map(|f| FactRow::new(f, published_year)).collect();
        let stored: Option<(i64, ArticleRow, String)> = conn
            .prepare_cached("SELECT * FROM article WHERE page_id = ?1")
            .and_then(|mut stmt| {
                stmt.query_row([page_id], |row| {
                    Ok((row.get("id")?, ArticleRow::read(row)?, row.get("extractor_version")?))
                })
                .optional()
            })
            .map_err(sql(format!("reading the article of page {page_id}")))?;
        let Some((id, old, version)) = stored else {
            changes.push(ArticleChange {
                kind: ChangeKind::Added,
                facts_added: facts.len(),
                facts_removed: 0,
                facts_changed: 0,
            });
            added.push(Pending { key: page_id, article, facts });
            continue;
        };
        let old_facts = conn
            .prepare_cached(&format!("SELECT {FACT_COLUMNS} FROM fact WHERE article_id = ?1 ORDER BY id"))
            .and_then(|mut stmt| stmt.query_map([id], FactRow::read)?.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(sql(format!("reading the facts of page {page_id}")))?;
        if old == article && old_facts == facts {
            if version != extractor_version {
                conn.prepare_cached("UPDATE article SET extractor_version = ?2 WHERE id = ?1")
                    .and_then(|mut stmt| stmt.execute(params![id, extractor_version]))
                    .map_err(sql(format!("updating the version of page {page_id}")))?;
            }
            changes.push(ArticleChange {
                kind: ChangeKind::Unchanged,
                facts_added: 0,
                facts_removed: 0,
                facts_changed: 0,
            });
            continue;
        }
        let FactsDiff { added, removed, changed: context_changed } = diff(&old_facts, &facts);
        changes.push(ArticleChange {
            kind: ChangeKind::Changed,
            facts_added: added,
            facts_removed: removed,
            facts_changed: context_changed,
        });
        changed.push(Pending { key: id, article, facts });
    }
    // Text, integers and nulls only: serialising cannot fail (and "" would be an SQL error, not a loss).
    let json = |pending: &[Pending]| serde_json::to_string(pending).unwrap_or_default();
    let extracted_at = now();
    if !changed.is_empty() {
        conn.prepare_cached(UPDATE_ARTICLES)
            .and_then(|mut stmt| stmt.execute(params![json(&changed), extractor_version, extracted_at]))
            .map_err(sql(what()))?;
        let mut delete = conn.prepare_cached("DELETE FROM fact WHERE article_id = ?1").map_err(sql(what()))?;
        for pending in &changed {
            delete.execute([pending.key]).map_err(sql(what()))?;
        }
    }
    if !added.is_empty() {
        let ids: std::collections::HashMap<i64, i64> = conn
            .prepare_cached(INSERT_ARTICLES)
            .and_then(|mut stmt| {
                stmt.query_map(params![json(&added), extractor_version, extracted_at], |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })?
                .collect()
            })
            .map_err(sql(what()))?;
        for pending in &mut added {
            pending.key = ids
                .get(&pending.key)
                .copied()
                .ok_or_else(|| StoreError::Corrupt { column: "article.page_id", value: pending.key.to_string() })?;
        }
    }
    for pending in changed.iter().chain(&added) {
        for fact in &pending.facts {
            fact.insert(conn, pending.key, pending.article.published_date.as_deref()).map_err(sql(what()))?;
        }
    }
    Ok(changes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateSource, FactKind, Published};

    fn fact(detail: FactDetail, text: &str) -> Fact {
        Fact {
            detail,
            text: text.into(),
            start: 0,
            end: text.chars().count(),
            sentence: text.into(),
            context: Default::default(),
        }
    }

    #[test]
    fn fact_rows_fill_the_typed_columns_of_each_kind() {
        let decree = FactRow::new(
            &fact(
                FactDetail::Decree { instrument: "Keputusan MenPAN RB".into(), number: "659".into(), year: Some(2024) },
                "Keputusan MenPAN RB Nomor 659 Tahun 2024",
            ),
            Some(2025),
        );
        assert_eq!((decree.number.as_deref(), decree.year, decree.fact_year), (Some("659"), Some(2024), Some(2024)));
        let date =
            FactRow::new(&fact(FactDetail::Date { value: "2023-12-14".parse().unwrap() }, "14/12/2023"), Some(2024));
        assert_eq!((date.date_value.as_deref(), date.year, date.fact_year), (Some("2023-12-14"), None, Some(2023)));
        let grade = FactRow::new(
            &fact(FactDetail::Grade { value: "zona hijau".into(), subject: Some("Kota Madiun".into()) }, "zona hijau"),
            Some(2024),
        );
        assert_eq!(
            (grade.kind.as_str(), grade.value_text.as_deref(), grade.subject.as_deref(), grade.fact_year),
            ("grade", Some("zona hijau"), Some("Kota Madiun"), Some(2024))
        );
        let ranking = FactRow::new(
            &fact(
                FactDetail::Ranking { rank: None, top: Some(25), scope: Some("nasional".into()), subject: None },
                "25 besar",
            ),
            None,
        );
        assert_eq!((ranking.rank, ranking.top, ranking.fact_year), (None, Some(25), None));
        assert_eq!(FactKind::Ranking.as_str(), ranking.kind);
    }

    /// A store with `n` pages, and their ids.
    fn store_with_pages(dir: &std::path::Path, n: usize) -> (Store, Vec<i64>) {
        let mut store = Store::open(&dir.join("w.db")).unwrap();
        let html = crate::store::PackedHtml::new(b"<p>isi</p>").unwrap();
        let ids = (0..n)
            .map(|i| {
                let page = crate::store::PageRecord {
                    url: &format!("https://madiunkota.go.id/berita/{i}"),
                    final_url: None,
                    source_id: None,
                    http_status: Some(200),
                    fetched_at: "2024-11-25T03:00:00Z".parse().unwrap(),
                    etag: None,
                    last_modified: None,
                    content_type: None,
                    html: &html,
                };
                store.save_page(&page).unwrap().page_id
            })
            .collect();
        (store, ids)
    }

    fn extraction(body: &str, scores: &[f64]) -> Extraction {
        Extraction {
            article: Article { title: Some("Berita".into()), body: body.into(), ..Article::default() },
            facts: scores.iter().map(|&v| fact(FactDetail::Score { value: v, subject: None }, "nilai")).collect(),
        }
    }

    fn fts_hits(store: &Store, word: &str) -> i64 {
        store
            .conn
            .query_row("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1", [word], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn save_extractions_writes_a_batch_and_reindexes_changed_articles() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, ids) = store_with_pages(dir.path(), 2);
        let (madiun, ngawi) = (extraction("Kota Madiun meraih nilai 95,5.", &[95.5]), extraction("Ngawi.", &[]));
        let kinds = |changes: Vec<ArticleChange>| -> Vec<(ChangeKind, usize, usize)> {
            changes.into_iter().map(|c| (c.kind, c.facts_added, c.facts_removed)).collect()
        };
        let first = store.save_extractions(&[(ids[0], &madiun), (ids[1], &ngawi)], "1").unwrap();
        assert_eq!(kinds(first), [(ChangeKind::Added, 1, 0), (ChangeKind::Added, 0, 0)]);
        assert_eq!((fts_hits(&store, "madiun"), fts_hits(&store, "ngawi")), (1, 1));

        let ponorogo = extraction("Kabupaten Ponorogo meraih nilai 90.", &[90.0, 4.5]);
        let again = store.save_extractions(&[(ids[0], &ponorogo), (ids[1], &ngawi)], "1").unwrap();
        assert_eq!(kinds(again), [(ChangeKind::Changed, 2, 1), (ChangeKind::Unchanged, 0, 0)]);
        assert_eq!((fts_hits(&store, "madiun"), fts_hits(&store, "ponorogo")), (0, 1));
        let facts: i64 = store.conn.query_row("SELECT count(*) FROM fact", [], |r| r.get(0)).unwrap();
        assert_eq!(facts, 2);
    }

    #[test]
    fn a_reextraction_that_only_adds_context_changes_the_article_and_stores_the_fields() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, ids) = store_with_pages(dir.path(), 1);
        let mut madiun = extraction("Kota Madiun meraih nilai 95,5.", &[95.5, 4.0]);
        store.save_extraction(ids[0], &madiun, "1").unwrap();
        madiun.facts[0].context = Context {
            assessment: Some("ombudsman_kepatuhan".into()),
            assessment_text: Some("Penilaian Kepatuhan".into()),
            period: Some(2024),
            region: Some("35.77".into()),
            region_name: Some("Kota Madiun".into()),
        };
        let change = store.save_extraction(ids[0], &madiun, "1").unwrap();
        assert_eq!(
            (change.kind, change.facts_added, change.facts_removed, change.facts_changed),
            (ChangeKind::Changed, 0, 0, 1)
        );
        let stored: (String, i64, String, String) = store
            .conn
            .query_row("SELECT assessment, period, region, region_name FROM fact WHERE region IS NOT NULL", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .unwrap();
        assert_eq!(stored, ("ombudsman_kepatuhan".into(), 2024, "35.77".into(), "Kota Madiun".into()));
        let again = store.save_extraction(ids[0], &madiun, "1").unwrap();
        assert_eq!(again.kind, ChangeKind::Unchanged);
    }

    #[test]
    fn save_extractions_saves_a_page_given_twice_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, ids) = store_with_pages(dir.path(), 1);
        let (first, second) = (extraction("Madiun.", &[1.0]), extraction("Ngawi.", &[1.0]));
        let changes = store.save_extractions(&[(ids[0], &first), (ids[0], &second), (ids[0], &second)], "1").unwrap();
        let kinds: Vec<ChangeKind> = changes.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [ChangeKind::Added, ChangeKind::Changed, ChangeKind::Unchanged]);
        assert_eq!((fts_hits(&store, "madiun"), fts_hits(&store, "ngawi")), (0, 1));
    }

    #[test]
    fn facts_carry_their_article_date_even_when_edited_by_hand() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, ids) = store_with_pages(dir.path(), 1);
        let mut dated = extraction("Kota Madiun meraih nilai 95,5.", &[95.5]);
        dated.article.published = Some("2024-11-25".parse::<Published>().unwrap());
        store.save_extraction(ids[0], &dated, "1").unwrap();
        let fact_date = |store: &Store| -> String {
            store.conn.query_row("SELECT published_date FROM fact", [], |r| r.get(0)).unwrap()
        };
        assert_eq!(fact_date(&store), "2024-11-25");
        store.conn.execute("UPDATE article SET published_date = '2023-01-02'", []).unwrap();
        assert_eq!(fact_date(&store), "2023-01-02");
    }

    #[test]
    fn diff_counts_facts_as_multisets() {
        let score = |v: f64| FactRow::new(&fact(FactDetail::Score { value: v, subject: None }, "nilai"), None);
        let counts = |d: FactsDiff| (d.added, d.removed, d.changed);
        assert_eq!(counts(diff(&[score(1.0), score(2.0)], &[score(2.0), score(3.0), score(3.0)])), (2, 1, 0));
        assert_eq!(counts(diff(&[score(1.0), score(1.0)], &[score(1.0)])), (0, 1, 0));
        assert_eq!(counts(diff(&[], &[])), (0, 0, 0));
    }

    #[test]
    fn diff_counts_a_fact_with_a_new_context_as_changed_not_added_and_removed() {
        let score = |v: f64, period: Option<i32>| {
            let mut fact = fact(FactDetail::Score { value: v, subject: Some("Kota Madiun".into()) }, "nilai");
            fact.context =
                Context { assessment: period.map(|_| "ombudsman_kepatuhan".into()), period, ..Context::default() };
            FactRow::new(&fact, None)
        };
        let old = [score(95.5, None), score(93.59, None), score(1.0, None)];
        let new = [score(95.5, Some(2024)), score(93.59, None), score(2.0, Some(2024))];
        let found = diff(&old, &new);
        assert_eq!((found.added, found.removed, found.changed), (1, 1, 1));
        let same_words_other_value = diff(&[score(95.5, None)], &[score(95.05, Some(2024))]);
        assert_eq!(
            (same_words_other_value.added, same_words_other_value.removed, same_words_other_value.changed),
            (1, 1, 0)
        );
    }

    #[test]
    fn article_rows_store_dates_and_authors_as_text() {
        let article = Article {
            published: Some("2024-11-25T10:15:00+07:00".parse::<Published>().unwrap()),
            published_source: Some(DateSource::JsonLd),
            authors: vec!["Rina".into(), "Budi".into()],
            ..Article::default()
        };
        let row = ArticleRow::new(&article);
        assert_eq!(row.published.as_deref(), Some("2024-11-25T10:15:00+07:00"));
        assert_eq!(row.published_date.as_deref(), Some("2024-11-25"));
        assert_eq!(row.published_source.as_deref(), Some("json_ld"));
        assert_eq!(row.authors, r#"["Rina","Budi"]"#);
    }
}

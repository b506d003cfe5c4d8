//! Articles and their facts. [`Store::save_extraction`] compares a fresh
//! extraction with what is stored and, when anything differs, replaces the
//! article and all its facts in one savepoint: a reader sees the old article
//! with its old facts or the new one with its new facts, never a mix.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Result, Store, now, sql};
use crate::model::{Article, Extraction, Fact, FactDetail};

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
}

/// The `article` columns that come from an extraction.
#[derive(Debug, PartialEq)]
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
#[derive(Debug, PartialEq)]
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
}

/// The columns of [`FactRow`], in its field order.
const FACT_COLUMNS: &str = "kind, text, start, \"end\", sentence, subject, value_num, value_text, rank, top, scope, \
                            instrument, number, year, date_value, fact_year";

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
        })
    }

    fn insert(&self, conn: &Connection, article_id: i64) -> rusqlite::Result<()> {
        let mut stmt =
            conn.prepare_cached(&format!("INSERT INTO fact (article_id, {FACT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"))?;
        stmt.execute(params![
            article_id,
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
            self.fact_year
        ])?;
        Ok(())
    }
}

/// Counts facts in `new` but not in `old`, and in `old` but not in `new`
/// (as multisets: a fact stated twice counts twice).
fn diff(old: &[FactRow], new: &[FactRow]) -> (usize, usize) {
    let mut unmatched: Vec<&FactRow> = old.iter().collect();
    let mut added = 0;
    for fact in new {
        match unmatched.iter().position(|o| *o == fact) {
            Some(index) => {
                unmatched.swap_remove(index);
            }
            None => added += 1,
        }
    }
    (added, unmatched.len())
}

impl Store {
    /// Saves the article and facts extracted from a stored page. When they
    /// equal what is stored, nothing changes (but `extractor_version`);
    /// otherwise the article row is written and its facts replaced, all in
    /// one savepoint (nested in a [`Store::batch`] when there is one).
    pub fn save_extraction(
        &mut self,
        page_id: i64,
        extraction: &Extraction,
        extractor_version: &str,
    ) -> Result<ArticleChange> {
        let what = || format!("saving the article of page {page_id}");
        let article = ArticleRow::new(&extraction.article);
        let published_year = article.published_date.as_deref().and_then(|d| d.get(..4)?.parse().ok());
        let facts: Vec<FactRow> = extraction.facts.iter().map(|f| FactRow::new(f, published_year)).collect();
        let tx = self.conn.savepoint().map_err(sql(what()))?;
        let stored: Option<(i64, ArticleRow, String)> = tx
            .query_row("SELECT * FROM article WHERE page_id = ?1", [page_id], |row| {
                Ok((row.get("id")?, ArticleRow::read(row)?, row.get("extractor_version")?))
            })
            .optional()
            .map_err(sql(what()))?;
        let (article_id, old_facts, kind) = match stored {
            Some((id, old, version)) => {
                let mut stmt = tx
                    .prepare_cached(&format!("SELECT {FACT_COLUMNS} FROM fact WHERE article_id = ?1 ORDER BY id"))
                    .map_err(sql(what()))?;
                let old_facts = stmt
                    .query_map([id], FactRow::read)
                    .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
                    .map_err(sql(what()))?;
                drop(stmt);
                if old == article && old_facts == facts {
                    if version != extractor_version {
                        tx.execute(
                            "UPDATE article SET extractor_version = ?2 WHERE id = ?1",
                            params![id, extractor_version],
                        )
                        .map_err(sql(what()))?;
                    }
                    tx.commit().map_err(sql(what()))?;
                    return Ok(ArticleChange { kind: ChangeKind::Unchanged, facts_added: 0, facts_removed: 0 });
                }
                tx.execute(
                    "UPDATE article SET url = ?2, title = ?3, published = ?4, published_date = ?5,
                         published_source = ?6, authors = ?7, language = ?8, body = ?9,
                         extractor_version = ?10, extracted_at = ?11
                     WHERE id = ?1",
                    params![
                        id,
                        article.url,
                        article.title,
                        article.published,
                        article.published_date,
                        article.published_source,
                        article.authors,
                        article.language,
                        article.body,
                        extractor_version,
                        now()
                    ],
                )
                .map_err(sql(what()))?;
                tx.execute("DELETE FROM fact WHERE article_id = ?1", [id]).map_err(sql(what()))?;
                (id, old_facts, ChangeKind::Changed)
            }
            None => {
                let id = tx
                    .query_row(
                        "INSERT INTO article (page_id, url, title, published, published_date, published_source,
                                              authors, language, body, extractor_version, extracted_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id",
                        params![
                            page_id,
                            article.url,
                            article.title,
                            article.published,
                            article.published_date,
                            article.published_source,
                            article.authors,
                            article.language,
                            article.body,
                            extractor_version,
                            now()
                        ],
                        |row| row.get(0),
                    )
                    .map_err(sql(what()))?;
                (id, Vec::new(), ChangeKind::Added)
            }
        };
        for fact in &facts {
            fact.insert(&tx, article_id).map_err(sql(what()))?;
        }
        tx.commit().map_err(sql(what()))?;
        let (facts_added, facts_removed) = diff(&old_facts, &facts);
        Ok(ArticleChange { kind, facts_added, facts_removed })
    }

    /// How many articles are stored.
    pub fn article_count(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT count(*) FROM article", [], |row| row.get::<_, i64>(0))
            .map(|n| n.unsigned_abs())
            .map_err(sql("counting articles"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateSource, FactKind, Published};

    fn fact(detail: FactDetail, text: &str) -> Fact {
        Fact { detail, text: text.into(), start: 0, end: text.chars().count(), sentence: text.into() }
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

    #[test]
    fn diff_counts_facts_as_multisets() {
        let score = |v: f64| FactRow::new(&fact(FactDetail::Score { value: v, subject: None }, "nilai"), None);
        assert_eq!(diff(&[score(1.0), score(2.0)], &[score(2.0), score(3.0), score(3.0)]), (2, 1));
        assert_eq!(diff(&[score(1.0), score(1.0)], &[score(1.0)]), (0, 1));
        assert_eq!(diff(&[], &[]), (0, 0));
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

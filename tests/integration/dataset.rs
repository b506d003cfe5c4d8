//! Integration tests: the facts as a dataset (issue 11) through the real
//! binary: the real articles of `fixtures/facts/real/` and the seeds stored
//! by `reprocess --text`, then `query panel` against their gold, `--region`
//! by province and by an ambiguous name, and a database of schema version 6
//! migrated and reprocessed without loss.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use rusqlite::{Connection, params};
use sha2::Digest as _;
use warta::extract::{PageInput, extract_page};
use warta::model::FactDetail;

use crate::util::{fixture, run_warta, text};

/// A database made by `warta reprocess --text` of the real set and the seeds.
struct Db {
    dir: tempfile::TempDir,
    path: PathBuf,
}

impl Db {
    fn real_and_seeds() -> Db {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("warta.db");
        let (real, seeds) = (fixture("facts/real/text"), fixture("facts/seeds/text"));
        let made = run_warta(
            dir.path(),
            &["--db", path.to_str().unwrap(), "reprocess", "--text", real.to_str().unwrap(), seeds.to_str().unwrap()],
        );
        assert!(made.status.success(), "{}", text(&made.stderr));
        assert!(text(&made.stdout).starts_with("articles: 32 added"), "{}", text(&made.stdout));
        Db { dir, path }
    }

    fn run(&self, args: &[&str]) -> Output {
        run_warta(self.dir.path(), &[&["--db", self.path.to_str().unwrap()], args].concat())
    }

    /// The JSON lines of a successful command.
    fn jsonl(&self, args: &[&str]) -> Vec<serde_json::Value> {
        let output = self.run(&[args, &["--format", "jsonl"]].concat());
        assert!(output.status.success(), "{args:?}: {}", text(&output.stderr));
        text(&output.stdout).lines().map(|line| serde_json::from_str(line).unwrap()).collect()
    }
}

/// A cell of a panel: region code, period, and its values (scores printed
/// with 2 decimals at most).
type PanelCell = (String, i64, Vec<String>);

/// The cells the gold of the real set and the seeds give one assessment's
/// scores: every gold score of it with a period and a region, grouped.
fn gold_score_cells(assessment: &str) -> BTreeSet<PanelCell> {
    let mut cells: std::collections::BTreeMap<(String, i64), BTreeSet<String>> = Default::default();
    for folder in ["facts/real/gold", "facts/seeds/gold"] {
        for entry in std::fs::read_dir(fixture(folder)).unwrap() {
            let gold: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
            for fact in gold["facts"].as_array().unwrap() {
                let (Some(region), Some(period)) = (fact["region"].as_str(), fact["period"].as_i64()) else {
                    continue;
                };
                if fact["kind"] == "score" && fact["assessment"] == assessment {
                    let value = fact["value"].as_f64().unwrap();
                    cells.entry((region.to_string(), period)).or_default().insert(value.to_string());
                }
            }
        }
    }
    cells.into_iter().map(|((region, period), values)| (region, period, values.into_iter().collect())).collect()
}

/// The cells of `query panel` rows (JSON lines).
fn panel_cells(rows: &[serde_json::Value]) -> BTreeSet<PanelCell> {
    let mut cells = BTreeSet::new();
    for row in rows {
        for (period, values) in row["cells"].as_object().unwrap() {
            let mut values: Vec<String> = values.as_array().unwrap().iter().map(|v| v["value"].to_string()).collect();
            values.sort();
            cells.insert((row["region"].as_str().unwrap_or_default().to_string(), period.parse().unwrap(), values));
        }
    }
    cells
}

/// The Ombudsman compliance scores of the real set and the seeds, as the
/// gold gives them: Sumatera Barat (13) 68.52 and Kota Payakumbuh (13.76)
/// 86.34 in 2021 (real 001); eight regions of Jawa Tengah in 2023 (real
/// 024: Kota Magelang 98.17, Kota Pekalongan 97.46, Kota Surakarta 96.91,
/// Kabupaten Sukoharjo 97.41, Banyumas 96.98, Karanganyar 96.73, Cilacap
/// 96.52, Semarang 96.34); Kota Madiun (35.77) 93.59 in 2023 and 95.5 in
/// 2024 (seed 000). The scores of real 002 have no period in the gold (nor
/// in the panel, which counts them apart).
#[test]
fn the_panel_of_an_assessment_gives_the_cells_of_the_gold() {
    let db = Db::real_and_seeds();
    let expected = gold_score_cells("ombudsman_kepatuhan");
    assert_eq!(expected.len(), 12, "{expected:?}");
    let rows = db.jsonl(&["query", "panel", "--assessment", "ombudsman_kepatuhan", "--kind", "score"]);
    assert_eq!(panel_cells(&rows), expected);
    let madiun = rows.iter().find(|row| row["region"] == "35.77").unwrap();
    assert_eq!(
        (madiun["region_name"].as_str(), madiun["subject"].as_str()),
        (Some("Kota Madiun"), Some("Kota Madiun"))
    );
    let urls = &madiun["cells"]["2024"][0]["urls"];
    assert!(urls[0].as_str().unwrap().ends_with("seeds/text/000_d868f3940f091378.txt"), "{urls}");

    let output =
        db.run(&["query", "panel", "--assessment", "ombudsman_kepatuhan", "--kind", "score", "--format", "csv"]);
    let csv = text(&output.stdout);
    let header = csv.lines().next().unwrap();
    assert_eq!(header, "region,region_name,subject,kind,scope,2021,2022,2023,2024,disagreement");
    assert!(csv.contains("\n35.77,Kota Madiun,Kota Madiun,score,,,,93.59,95.5,\n"), "{csv}");
    assert!(text(&output.stderr).contains("without a period"), "{}", text(&output.stderr));

    let jateng =
        db.jsonl(&["query", "panel", "--assessment", "ombudsman_kepatuhan", "--region", "Jateng", "--to", "2023"]);
    assert!(jateng.iter().all(|row| row["region"].as_str().unwrap().starts_with("33")), "{jateng:?}");
    let kinds: BTreeSet<&str> = jateng.iter().map(|row| row["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, BTreeSet::from(["grade", "ranking", "score"]));
}

#[test]
fn a_province_finds_the_facts_of_its_cities_and_a_city_only_its_own() {
    let db = Db::real_and_seeds();
    let jatim = db.jsonl(&["query", "facts", "--region", "Jatim"]);
    assert!(jatim.iter().all(|fact| fact["region"].as_str().unwrap().starts_with("35")), "{jatim:?}");
    let madiun_scores: Vec<String> = jatim
        .iter()
        .filter(|fact| fact["region"] == "35.77" && fact["kind"] == "score" && fact["subject"] == "Kota Madiun")
        .map(|fact| fact["value"].to_string())
        .collect();
    assert!(madiun_scores.contains(&"95.5".to_string()) && madiun_scores.contains(&"93.59".to_string()));
    let city = db.jsonl(&["query", "facts", "--region", "kota madiun", "--assessment", "IPP", "--period", "2024"]);
    assert!(!city.is_empty() && city.len() < jatim.len());
    for fact in &city {
        assert_eq!(
            (&fact["region"], &fact["assessment"], &fact["period"]),
            (&"35.77".into(), &"ipp".into(), &2024.into())
        );
        assert!(fact.get("fact_year").is_some() && fact["title"].is_string(), "{fact}");
    }
}

#[test]
fn an_ambiguous_or_unknown_region_is_an_error_naming_the_candidates() {
    let db = Db::real_and_seeds();
    for command in [&["query", "facts"][..], &["query", "panel", "--assessment", "ipp"]] {
        let output = db.run(&[command, &["--region", "Madiun"]].concat());
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("35.19 Kabupaten Madiun") && stderr.contains("35.77 Kota Madiun"), "{stderr}");
    }
    let unknown = db.run(&["query", "facts", "--region", "Madiu"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(text(&unknown.stderr).contains("did you mean: 35.19 Kabupaten Madiun, 35.77 Kota Madiun"));
    // The list is warta's own: no database is needed (nor made) to read it.
    let nowhere = tempfile::tempdir().unwrap();
    let regions = run_warta(nowhere.path(), &["query", "regions", "Madiun", "--format", "csv"]);
    assert!(std::fs::read_dir(nowhere.path()).unwrap().next().is_none(), "query regions made a file");
    assert_eq!(
        text(&regions.stdout),
        "code,name,kind,province_code,province_name\n\
         35.19,Kabupaten Madiun,regency,35,Jawa Timur\n35.77,Kota Madiun,city,35,Jawa Timur\n"
    );
}

/// The page of `fixtures/html/madiunkota-go-id/` as `warta crawl` stored it.
const PAGE_URL: &str = "https://madiunkota.go.id/2024/12/19/pemkot-madiun-gelar-forum-konsultasi-publik/";
const FETCHED_AT: &str = "2024-12-20T01:00:00Z";

/// Writes a database as warta wrote them before migration 007 (schema
/// version 6): a source, the page, its article and facts (extracted by
/// today's extractor, so that only their new fields differ), and a run.
fn version_6_database(path: &Path) -> (usize, usize) {
    let html =
        std::fs::read(fixture("html/madiunkota-go-id/pemkot-madiun-gelar-forum-konsultasi-publik.html")).unwrap();
    let mut conn = Connection::open(path).unwrap();
    let tx = conn.transaction().unwrap();
    for migration in [
        include_str!("../../src/store/migrations/001_source_page.sql"),
        include_str!("../../src/store/migrations/002_article_fact.sql"),
        include_str!("../../src/store/migrations/003_run_frontier.sql"),
        include_str!("../../src/store/migrations/004_fact_order_fts_tuning.sql"),
        include_str!("../../src/store/migrations/005_run_revisit_counts.sql"),
        include_str!("../../src/store/migrations/006_run_interrupted.sql"),
    ] {
        tx.execute_batch(migration).unwrap();
    }
    tx.execute("INSERT INTO source (name) VALUES ('madiunkota')", []).unwrap();
    tx.execute(
        "INSERT INTO page (url, source_id, http_status, fetched_at, content_type, content_hash, html_zstd)
         VALUES (?1, 1, 200, ?2, 'text/html', ?3, ?4)",
        params![PAGE_URL, FETCHED_AT, hex(&sha2::Sha256::digest(&html)), zstd::encode_all(html.as_slice(), 3).unwrap()],
    )
    .unwrap();
    let url = url::Url::parse(PAGE_URL).unwrap();
    let input = PageInput { url: Some(&url), fetched_on: Some("2024-12-20".parse().unwrap()), ..PageInput::default() };
    let extraction = extract_page(&html, &input);
    let article = &extraction.article;
    let published_date = article.published.map(|p| p.date().to_string());
    tx.execute(
        "INSERT INTO article (page_id, url, title, published, published_date, published_source, language, body,
                              extractor_version, extracted_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, '0.1.0', '2024-12-20T01:00:05Z')",
        params![
            article.url,
            article.title,
            article.published.map(|p| p.to_string()),
            published_date,
            article.published_source.map(|s| s.as_str()),
            article.language,
            article.body
        ],
    )
    .unwrap();
    let published_year: Option<i64> = published_date.as_deref().map(|d| d[..4].parse().unwrap());
    for fact in &extraction.facts {
        let (mut value_num, mut value_text, mut rank, mut top, mut scope) = (None, None, None, None, None);
        let (mut instrument, mut number, mut year, mut date_value) = (None, None, None, None);
        match &fact.detail {
            FactDetail::Score { value, .. } | FactDetail::ScoreChange { value, .. } => value_num = Some(*value),
            FactDetail::Grade { value, .. } => value_text = Some(value.clone()),
            FactDetail::Ranking { rank: r, top: t, scope: s, .. } => (rank, top, scope) = (*r, *t, s.clone()),
            FactDetail::Decree { instrument: i, number: n, year: y } => {
                (instrument, number, year) = (Some(i.clone()), Some(n.clone()), y.map(i64::from))
            }
            FactDetail::Date { value } => date_value = Some(*value),
        }
        let fact_year = year.or(date_value.map(|d| i64::from(d.year()))).or(published_year);
        tx.execute(
            "INSERT INTO fact (article_id, kind, text, start, \"end\", sentence, subject, value_num, value_text, rank,
                               top, scope, instrument, number, year, date_value, fact_year, published_date)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
            params![
                fact.kind().as_str(),
                fact.text,
                fact.start as i64,
                fact.end as i64,
                fact.sentence,
                fact.detail.subject(),
                value_num,
                value_text,
                rank,
                top,
                scope,
                instrument,
                number,
                year,
                date_value.map(|d| d.to_string()),
                fact_year,
                published_date
            ],
        )
        .unwrap();
    }
    tx.execute(
        "INSERT INTO run (kind, started_at, finished_at, pages_fetched, articles_added, facts_added)
         VALUES ('crawl', '2024-12-20T01:00:00Z', '2024-12-20T01:00:06Z', 1, 1, ?1)",
        [extraction.facts.len() as i64],
    )
    .unwrap();
    tx.pragma_update(None, "user_version", 6).unwrap();
    tx.pragma_update(None, "application_id", warta::store::APPLICATION_ID).unwrap();
    tx.commit().unwrap();
    let with_context = extraction.facts.iter().filter(|fact| !fact.context.is_empty()).count();
    (extraction.facts.len(), with_context)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn a_version_6_database_is_migrated_and_reprocessed_without_loss() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("warta.db");
    let (facts, with_context) = version_6_database(&path);
    assert!(with_context >= 3, "the page's score and grades carry a context today: {with_context}");
    let db = path.to_str().unwrap();
    let too_old = run_warta(dir.path(), &["--db", db, "query", "facts"]);
    assert!(text(&too_old.stderr).contains("run `warta reprocess` once"), "{}", text(&too_old.stderr));

    let reprocessed = run_warta(dir.path(), &["--db", db, "reprocess"]);
    assert!(reprocessed.status.success(), "{}", text(&reprocessed.stderr));
    assert_eq!(
        text(&reprocessed.stdout),
        format!("articles: 0 added, 1 changed, 0 unchanged; facts: 0 added, 0 removed, {with_context} changed\n")
    );
    let conn = Connection::open(&path).unwrap();
    let one = |sql: &str| -> String {
        conn.query_row(sql, [], |r| r.get::<_, rusqlite::types::Value>(0)).map(|v| format!("{v:?}")).unwrap()
    };
    assert_eq!(one("PRAGMA user_version"), "Integer(7)");
    for (sql, expected) in [
        ("SELECT count(*) FROM page", "Integer(1)".to_string()),
        ("SELECT id FROM article", "Integer(1)".to_string()),
        ("SELECT count(*) FROM fact", format!("Integer({facts})")),
        ("SELECT count(*) FROM run", "Integer(2)".to_string()),
        ("SELECT name FROM source", "Text(\"madiunkota\")".to_string()),
        ("SELECT count(*) FROM fact WHERE region = '35.77'", format!("Integer({with_context})")),
        ("SELECT facts_changed FROM run WHERE kind = 'reprocess'", format!("Integer({with_context})")),
        ("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'konsultasi'", "Integer(1)".to_string()),
        ("SELECT province_name FROM fact_view WHERE kind = 'score'", "Text(\"Jawa Timur\")".to_string()),
    ] {
        assert_eq!(one(sql), expected, "{sql}");
    }
    let declared = one("SELECT sql FROM sqlite_schema WHERE name = 'article_fts'");
    assert!(declared.contains(r#"content=\"article\""#), "{declared}");
    let search = run_warta(dir.path(), &["--db", db, "query", "articles", "--search", "konsultasi", "--format", "csv"]);
    assert!(text(&search.stdout).contains(PAGE_URL), "{}", text(&search.stdout));
    let again = run_warta(dir.path(), &["--db", db, "reprocess"]);
    assert!(text(&again.stdout).ends_with("(nothing changed)\n"), "{}", text(&again.stdout));
}

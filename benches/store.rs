//! Store benchmarks (results in docs/BENCHMARKS.md, "Store").
//!
//! - `reprocess/extract_only` vs `reprocess/reprocess_into_fresh_db`: 10,000
//!   pages made from the IndoSum corpus texts wrapped in HTML; extraction alone
//!   on all cores (the floor) beside `warta reprocess <dir>` into a fresh
//!   database, in the same run. Throughput is in pages (articles) per second.
//!   Beside them, two parts of storing that no pipeline can hide on 2 cores:
//!   `pack_only` (hashing and compressing the raw pages, all cores) and
//!   `fts_rebuild` (FTS5 indexing the stored articles: one thread, as the
//!   triggers do it on the writer), so the best ratio storing allows is
//!   known from the same run.
//! - `query_facts/*`: each `warta query facts` filter over 1,000,000
//!   synthetic facts (limit 100, the default). The query plans are printed
//!   once, for docs/schema.md.
//! - `query_panel/*`: `warta query panel` of one assessment over the same
//!   1,000,000 facts (about 22,000 of them its scores, rankings and grades),
//!   whole and for one province; its plan is printed too.
//!
//! Run: `cargo bench --bench store` (`-- reprocess`, `-- query_facts` or
//! `-- query_panel` for one group).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;
use warta::extract::{PageInput, extract_page};
use warta::model::{Article, Context, Extraction, Fact, FactDetail, FactKind, Published};
use warta::query::{self, FactFilter, PanelFilter};
use warta::store::{PackedHtml, PageRecord, Store};

const PAGES: usize = 10_000;
const ARTICLES: usize = 50_000;
const FACTS_PER_ARTICLE: usize = 20;

/// The corpus texts, in file order.
fn corpus() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/corpus/indosum_dev_detok.jsonl.gz");
    let file = std::fs::File::open(&path).expect("the corpus file");
    BufReader::new(flate2::read::GzDecoder::new(file))
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(&line.expect("a line")).expect("JSON");
            value["text"].as_str().expect("a text").to_string()
        })
        .collect()
}

/// `PAGES` HTML pages: corpus texts cycled, one `<p>` a paragraph, titles numbered.
fn pages() -> Vec<Vec<u8>> {
    let texts = corpus();
    (0..PAGES)
        .map(|i| {
            let text = &texts[i % texts.len()];
            let paragraphs: String = text.split("\n\n").map(|p| format!("<p>{p}</p>\n")).collect();
            format!(
                "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Berita {i}</title></head>\
                 <body><nav><a href=\"/\">Beranda</a></nav><article><h1>Berita {i}</h1>{paragraphs}</article>\
                 <footer>Hak cipta</footer></body></html>"
            )
            .into_bytes()
        })
        .collect()
}

fn reprocess(c: &mut Criterion) {
    let pages = pages();
    let dir = tempfile::tempdir().expect("a temp dir");
    let html_dir = dir.path().join("pages");
    std::fs::create_dir_all(&html_dir).expect("the pages dir");
    for (i, page) in pages.iter().enumerate() {
        std::fs::write(html_dir.join(format!("{i:05}.html")), page).expect("a page");
    }
    let mut group = c.benchmark_group("reprocess");
    group.sample_size(10).measurement_time(Duration::from_secs(20)).throughput(Throughput::Elements(PAGES as u64));
    group.bench_function("extract_only", |b| {
        b.iter(|| pages.par_iter().map(|p| extract_page(p, &PageInput::default()).facts.len()).sum::<usize>())
    });
    let db = dir.path().join("bench.db");
    group.bench_function("reprocess_into_fresh_db", |b| {
        b.iter_batched(
            || remove_db(&db),
            |()| {
                let status = Command::new(env!("CARGO_BIN_EXE_warta"))
                    .arg("--db")
                    .arg(&db)
                    .arg("reprocess")
                    .arg(&html_dir)
                    .stdout(std::process::Stdio::null())
                    .status()
                    .expect("warta runs");
                assert!(status.success());
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("pack_only", |b| {
        b.iter(|| pages.par_iter().map(|p| PackedHtml::new(p).expect("a packed page")).count())
    });
    let conn = rusqlite::Connection::open(&db).expect("the reprocessed database");
    group.bench_function("fts_rebuild", |b| {
        b.iter(|| {
            conn.execute("INSERT INTO article_fts (article_fts) VALUES ('rebuild')", []).expect("an FTS5 rebuild")
        })
    });
    group.finish();
}

fn remove_db(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut path = db.as_os_str().to_owned();
        path.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(path));
    }
}

/// A database of `ARTICLES` articles and `ARTICLES * FACTS_PER_ARTICLE` facts over
/// 10 sources, 500 subjects and the years 2019-2025. Each article reports
/// one assessment of the catalogue (or `other`), in turn; its scores,
/// changes, rankings and grades carry it, a period (the article's year or
/// the one before) and the region of their subject (subject `n` lies in the
/// `n`-th region of the official list).
fn million_facts(path: &Path) -> Store {
    let mut store = Store::open(path).expect("a store");
    let assessments = query::assessment_ids();
    let regions = warta::region::all();
    let sources: Vec<i64> = (0..10).map(|s| store.source_id(&format!("sumber{s}")).expect("a source")).collect();
    store
        .batch(|store| -> Result<(), warta::store::StoreError> {
            for a in 0..ARTICLES {
                let year = 2019 + (a % 7) as i16;
                let date = jiff::civil::date(year, (a % 12) as i8 + 1, (a % 28) as i8 + 1);
                let html = format!("<p>artikel {a}</p>");
                let page = PageRecord {
                    url: &format!("https://sumber{}.go.id/berita/{a}", a % 10),
                    final_url: None,
                    source_id: Some(sources[a % 10]),
                    http_status: Some(200),
                    fetched_at: "2025-01-01T00:00:00Z".parse().expect("a time"),
                    etag: None,
                    last_modified: None,
                    content_type: None,
                    html: &PackedHtml::new(html.as_bytes()).expect("a packed page"),
                };
                let page_id = store.save_page(&page)?.page_id;
                let body = format!("Kabupaten Daerah{} meraih nilai {a},5 dalam penilaian pelayanan publik.", a % 500);
                let facts = (0..FACTS_PER_ARTICLE)
                    .map(|f| {
                        let party = (a * FACTS_PER_ARTICLE + f) % 500;
                        let subject = Some(format!("Kabupaten Daerah{party}"));
                        let kind = FactKind::ALL[f % 6];
                        let context = match kind {
                            FactKind::Decree | FactKind::Date => Context::default(),
                            _ => Context {
                                assessment: Some(assessments[a % assessments.len()].to_string()),
                                assessment_text: Some("penilaian".into()),
                                period: Some(i32::from(year) - (f % 2) as i32),
                                region: Some(regions[party].code.to_string()),
                                region_name: Some(regions[party].name.clone()),
                            },
                        };
                        let detail = match kind {
                            FactKind::Score => FactDetail::Score { value: f as f64 + 0.5, subject },
                            FactKind::ScoreChange => FactDetail::ScoreChange { value: 1.25, subject },
                            FactKind::Decree => FactDetail::Decree {
                                instrument: "Keputusan Menteri".into(),
                                number: format!("{f}/{year}"),
                                year: Some(i32::from(year) - (f % 2) as i32),
                            },
                            FactKind::Date => FactDetail::Date { value: date },
                            FactKind::Ranking => {
                                FactDetail::Ranking { rank: Some(f as u32), top: None, scope: None, subject }
                            }
                            FactKind::Grade => FactDetail::Grade { value: "zona hijau".into(), subject },
                        };
                        Fact { detail, text: "nilai".into(), start: 0, end: 5, sentence: body.clone(), context }
                    })
                    .collect();
                let extraction = Extraction {
                    article: Article {
                        title: Some(format!("Berita {a}")),
                        published: Some(Published::Date(date)),
                        body,
                        ..Article::default()
                    },
                    facts,
                };
                store.save_extraction(page_id, &extraction, "bench")?;
            }
            Ok(())
        })
        .expect("the synthetic facts");
    store.optimize().expect("statistics");
    store
}

/// Whether criterion's filter (its free arguments) may select benchmarks of
/// `group`: `cargo bench --bench store -- reprocess` then skips building the
/// million-fact database.
fn selected(group: &str) -> bool {
    std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with('-'))
        .all(|filter| group.contains(filter.as_str()) || filter.starts_with(group))
}

/// The query groups over one database of a million facts, made once.
fn queries(c: &mut Criterion) {
    let (facts, panel) = (selected("query_facts"), selected("query_panel"));
    if !facts && !panel {
        return;
    }
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("million.db");
    drop(million_facts(&path));
    let store = Store::open_read_only(&path).expect("the database");
    if facts {
        query_facts(c, &store);
    }
    if panel {
        query_panel(c, &store);
    }
}

fn query_facts(c: &mut Criterion, store: &Store) {
    let limited = |filter: FactFilter| FactFilter { limit: Some(query::DEFAULT_LIMIT), ..filter };
    let filters = [
        ("kind", FactFilter { kind: Some(FactKind::Decree), ..FactFilter::default() }),
        ("subject", FactFilter { subject: Some("kabupaten daerah40".into()), ..FactFilter::default() }),
        ("subject_prefix", FactFilter { subject: Some("Kabupaten Daerah49%".into()), ..FactFilter::default() }),
        ("year", FactFilter { year: Some(2023), ..FactFilter::default() }),
        (
            "since_until",
            FactFilter {
                since: Some("2024-03-01".parse().expect("a date")),
                until: Some("2024-03-31".parse().expect("a date")),
                ..FactFilter::default()
            },
        ),
        ("source", FactFilter { source: Some("sumber3".into()), ..FactFilter::default() }),
        ("search", FactFilter { search: Some("Daerah42".into()), ..FactFilter::default() }),
        ("assessment", FactFilter { assessment: Some("sakip".into()), ..FactFilter::default() }),
        ("region_province", FactFilter { region: warta::region::by_code("35"), ..FactFilter::default() }),
        ("period", FactFilter { period: Some(2022), ..FactFilter::default() }),
        (
            "kind_subject_year",
            FactFilter {
                kind: Some(FactKind::Score),
                subject: Some("Kabupaten Daerah40".into()),
                year: Some(2024),
                ..FactFilter::default()
            },
        ),
    ];
    let mut group = c.benchmark_group("query_facts");
    group.sample_size(10).measurement_time(Duration::from_secs(2));
    for (name, filter) in filters {
        let filter = limited(filter);
        let plan = query::explain_facts(store, &filter).expect("a plan");
        println!("query plan {name}: {}", plan.join(" | "));
        let rows = query::facts(store, &filter).expect("rows").rows.len();
        println!("rows {name}: {rows}");
        group.bench_function(name, |b| b.iter(|| query::facts(store, &filter).expect("rows").rows.len()));
    }
    group.finish();
}

fn query_panel(c: &mut Criterion, store: &Store) {
    let whole = PanelFilter { assessment: "ombudsman_kepatuhan".into(), ..PanelFilter::default() };
    let filters = [
        ("assessment", whole.clone()),
        ("assessment_province", PanelFilter { region: warta::region::by_code("35"), ..whole }),
    ];
    let mut group = c.benchmark_group("query_panel");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    for (name, filter) in filters {
        let plan = query::explain_panel(store, &filter).expect("a plan");
        println!("query plan {name}: {}", plan.join(" | "));
        let panel = query::panel(store, &filter).expect("a panel");
        let cells: usize = panel.rows.iter().map(|row| row.cells.len()).sum();
        println!("panel {name}: {} rows, {} periods, {cells} cells", panel.rows.len(), panel.periods.len());
        group.bench_function(name, |b| b.iter(|| query::panel(store, &filter).expect("a panel").rows.len()));
    }
    group.finish();
}

criterion_group!(benches, queries, reprocess);
criterion_main!(benches);

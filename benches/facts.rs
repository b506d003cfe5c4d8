//! Fact extraction throughput on real Indonesian news text (the IndoSum
//! corpus in `benches/data/corpus`), beside a floor measured in the same run:
//! one pass of a single compiled date pattern over the same text. Also 1 MB
//! and 10 MB single bodies, to show that time grows linearly with length,
//! and the same on one line (articles joined by spaces: no line break
//! anywhere), which once took quadratic time.
//!
//! The group `region` times `region::scan` (every region name in running
//! text, a pass the extractor makes) over the same corpus and one 10 MB body.
//!
//! The group `context` times extraction of the real regional articles of
//! `fixtures/facts/real*` (assessment news, where nearly every fact gets
//! an assessment, a period and a region) with and without those dataset
//! fields, to show what they cost.
//!
//! Run: `cargo bench --bench facts`; figures go to `docs/BENCHMARKS.md`.

use std::hint::black_box;
use std::io::BufRead as _;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use warta::extract::facts::{extract_facts, extract_facts_without_context};
use warta::region;

/// The floor pattern of issue 2, exactly as given (Unicode `\b` and `\d`).
const FLOOR: &str =
    r"\b\d{1,2}\s+(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\s+\d{4}\b";

fn corpus() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/corpus/indosum_dev_detok.jsonl.gz");
    let file = std::fs::File::open(path).expect("corpus file");
    std::io::BufReader::new(flate2::read::GzDecoder::new(file))
        .lines()
        .map(|line| {
            let record: serde_json::Value = serde_json::from_str(&line.expect("corpus line")).expect("corpus JSON");
            record["text"].as_str().expect("text field").to_string()
        })
        .collect()
}

/// One body of at least `bytes` bytes: corpus articles joined by
/// `separator`, repeated; on one line, every line break becomes a space.
fn body_of(articles: &[String], bytes: usize, separator: &str) -> String {
    let mut body = String::with_capacity(bytes + 4096);
    for article in articles.iter().cycle() {
        if body.len() >= bytes {
            break;
        }
        body.push_str(article);
        body.push_str(separator);
    }
    if separator == " " { body.replace('\n', " ") } else { body }
}

fn bench(c: &mut Criterion) {
    let articles = corpus();
    let joined = articles.join("\n\n");
    let floor = Regex::new(FLOOR).expect("floor regex");

    let mut group = c.benchmark_group("corpus");
    group.sample_size(10).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_secs(1));
    group.throughput(Throughput::Bytes(joined.len() as u64));
    group.bench_function("extract_facts", |b| {
        b.iter(|| articles.iter().map(|article| extract_facts(black_box(article), None).len()).sum::<usize>())
    });
    group.bench_function("floor_regex", |b| b.iter(|| floor.find_iter(black_box(&joined)).count()));
    group.finish();

    let mut group = c.benchmark_group("linear");
    group.sample_size(10).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_secs(1));
    for (name, separator) in [("", "\n\n"), ("_one_line", " ")] {
        for megabytes in [1, 10] {
            let body = body_of(&articles, megabytes * 1_000_000, separator);
            group.throughput(Throughput::Bytes(body.len() as u64));
            group.bench_function(format!("extract_facts_{megabytes}mb{name}"), |b| {
                b.iter(|| extract_facts(black_box(&body), None).len())
            });
        }
    }
    group.finish();
}

fn bench_region(c: &mut Criterion) {
    let articles = corpus();
    let joined = articles.join("\n\n");
    region::scan("Kota Madiun"); // builds the automaton outside the timing

    let mut group = c.benchmark_group("region");
    group.sample_size(10).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_secs(1));
    group.throughput(Throughput::Bytes(joined.len() as u64));
    group.bench_function("scan", |b| {
        b.iter(|| articles.iter().map(|article| region::scan(black_box(article)).len()).sum::<usize>())
    });
    let body = body_of(&articles, 10_000_000, "\n\n");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("scan_10mb", |b| b.iter(|| region::scan(black_box(&body)).len()));
    group.finish();
}

/// The texts of the real gold sets (`fixtures/facts/real*/text`).
fn real_articles() -> Vec<String> {
    let facts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/facts");
    let mut texts = Vec::new();
    for set in ["real", "real1", "real2", "real3"] {
        let mut paths: Vec<_> = std::fs::read_dir(facts.join(set).join("text"))
            .expect("real set")
            .map(|e| e.expect("entry").path())
            .collect();
        paths.sort();
        texts.extend(paths.iter().map(|path| std::fs::read_to_string(path).expect("article text")));
    }
    texts
}

fn bench_context(c: &mut Criterion) {
    let articles = real_articles();
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut group = c.benchmark_group("context");
    group.sample_size(20).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_secs(1));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("extract_facts", |b| {
        b.iter(|| articles.iter().map(|article| extract_facts(black_box(article), None).len()).sum::<usize>())
    });
    group.bench_function("without_context", |b| {
        b.iter(|| {
            articles.iter().map(|article| extract_facts_without_context(black_box(article), None).len()).sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench, bench_region, bench_context);
criterion_main!(benches);

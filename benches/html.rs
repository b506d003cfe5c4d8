//! HTML extraction throughput: pages per second over the 181
//! article-extraction-benchmark pages on one core, beside the floor of
//! parsing the same pages with `scraper::Html::parse_document` alone, in the
//! same run; a 2 MB against a 20 MB page to show linear time; and a 1 MB
//! page of 100,000 nested elements, linear only because the parse bounds
//! the tree's depth (unbounded, html5ever took about 30 s on it).
//!
//! Run: `cargo bench --bench html`. Figures go to `docs/BENCHMARKS.md`.

use std::hint::black_box;
use std::io::Read;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use warta::extract::PageInput;
use warta::extract::html::extract_article;

#[path = "../tests/integration/html/huge_page.rs"]
mod huge_page;

/// The benchmark's pages, decompressed.
fn benchmark_pages() -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/data/article-extraction-benchmark/html");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().path()).collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap()).read_to_end(&mut bytes).unwrap();
            bytes
        })
        .collect()
}

fn pages_per_second(c: &mut Criterion) {
    let pages = benchmark_pages();
    let texts: Vec<String> = pages.iter().map(|bytes| String::from_utf8_lossy(bytes).into_owned()).collect();
    let mut group = c.benchmark_group("benchmark_pages");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    group.throughput(Throughput::Elements(pages.len() as u64));
    group.bench_function("floor_scraper_parse_document", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(scraper::Html::parse_document(text));
            }
        })
    });
    group.bench_function("extract_article", |b| {
        b.iter(|| {
            pages.iter().map(|bytes| black_box(extract_article(bytes, &PageInput::default())).body.len()).sum::<usize>()
        })
    });
    group.finish();
}

fn linear_time(c: &mut Criterion) {
    let mut group = c.benchmark_group("page_size");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(10));
    for megabytes in [2, 20] {
        let page = huge_page::huge_page(megabytes);
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_function(format!("extract_article_{megabytes}_mb"), |b| {
            b.iter(|| black_box(extract_article(page.as_bytes(), &PageInput::default())).body.len())
        });
    }
    let levels = 100_000;
    let deep =
        format!("<html><body>{}<p>Nilai 95,5.</p>{}</body></html>", "<div>".repeat(levels), "</div>".repeat(levels));
    group.throughput(Throughput::Bytes(deep.len() as u64));
    group.bench_function("extract_article_1_mb_100000_levels", |b| {
        b.iter(|| black_box(extract_article(deep.as_bytes(), &PageInput::default())).body.len())
    });
    group.finish();
}

criterion_group!(benches, pages_per_second, linear_time);
criterion_main!(benches);

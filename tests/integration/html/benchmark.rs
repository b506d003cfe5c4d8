//! The article-extraction-benchmark's body metric over its 181 pages.

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;

use warta::extract::PageInput;
use warta::extract::html::extract_article;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/data/article-extraction-benchmark")
}

/// 4-word shingles with their counts, tokens as the benchmark's `\w+`.
fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens: Vec<&str> =
        text.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|t| !t.is_empty()).collect();
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    let n = 4.min(tokens.len());
    for window in tokens.windows(n) {
        *counts.entry(window.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// Per-page (tp, fp, fn), normalised to sum 1 as the benchmark does.
fn shingle_match(truth: &str, predicted: &str) -> (f64, f64, f64) {
    let (t, p) = (shingles(truth), shingles(predicted));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for key in t.keys().chain(p.keys().filter(|k| !t.contains_key(*k))) {
        let (tc, pc) = (*t.get(key).unwrap_or(&0) as f64, *p.get(key).unwrap_or(&0) as f64);
        tp += tc.min(pc);
        fp += (pc - tc).max(0.0);
        fn_ += (tc - pc).max(0.0);
    }
    let sum = tp + fp + fn_;
    if sum > 0.0 { (tp / sum, fp / sum, fn_ / sum) } else { (0.0, 0.0, 0.0) }
}

#[test]
fn benchmark_body_f1() {
    let truth: HashMap<String, serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(data_dir().join("ground-truth.json")).unwrap()).unwrap();
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let (mut precisions, mut recalls) = (Vec::new(), Vec::new());
    for id in ids {
        let mut bytes = Vec::new();
        let file = std::fs::File::open(data_dir().join("html").join(format!("{id}.html.gz"))).unwrap();
        flate2::read::GzDecoder::new(file).read_to_end(&mut bytes).unwrap();
        let article = extract_article(&bytes, &PageInput::default());
        let expected = truth[id]["articleBody"].as_str().unwrap();
        let (tp, fp, fn_) = shingle_match(expected, &article.body);
        let p = if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fp == 0.0 {
            0.0
        } else {
            tp / (tp + fp)
        };
        let r = if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fn_ == 0.0 {
            0.0
        } else {
            tp / (tp + fn_)
        };
        if std::env::var("WARTA_BENCH_DUMP").is_ok_and(|dump| dump == *id) {
            eprintln!("=== OURS\n{}\n=== TRUTH\n{expected}", article.body);
        }
        if std::env::var_os("WARTA_BENCH_DETAIL").is_some() {
            eprintln!("{id} P={p:.3} R={r:.3}");
        }
        if tp + fp > 0.0 {
            precisions.push(p);
        }
        if tp + fn_ > 0.0 {
            recalls.push(r);
        }
    }
    let p = precisions.iter().sum::<f64>() / precisions.len() as f64;
    let r = recalls.iter().sum::<f64>() / recalls.len() as f64;
    let f1 = 2.0 * p * r / (p + r);
    eprintln!("benchmark: precision {p:.4} recall {r:.4} F1 {f1:.4}");
    assert!(f1 >= 0.96, "F1 {f1:.4}");
}

//! Body F1 on the article-extraction-benchmark's 181 pages, by its own
//! metric ([`super::shingles`]). `WARTA_BENCH_DETAIL=1` prints each page's
//! precision and recall; `WARTA_BENCH_CANDIDATES=1` also scores the
//! candidate we measured against (dom_smoothie). Figures are recorded in
//! `docs/BENCHMARKS.md`.

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;

use warta::extract::PageInput;
use warta::extract::html::extract_article;

use super::shingles::Score;

/// The body F1 the generic extractor must reach (trafilatura 2.3.1: 0.960).
const TARGET_F1: f64 = 0.96;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/data/article-extraction-benchmark")
}

#[test]
fn benchmark_body_f1_reaches_the_target() {
    let truth: HashMap<String, serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(data_dir().join("ground-truth.json")).unwrap()).unwrap();
    assert_eq!(truth.len(), 181);
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let candidates = std::env::var_os("WARTA_BENCH_CANDIDATES").is_some();
    let mut candidate_scores: Vec<(&str, Score)> =
        vec![("dom_smoothie raw", Score::default()), ("dom_smoothie formatted", Score::default())];
    let mut score = Score::default();
    for id in ids {
        let mut bytes = Vec::new();
        let file = std::fs::File::open(data_dir().join("html").join(format!("{id}.html.gz"))).unwrap();
        flate2::read::GzDecoder::new(file).read_to_end(&mut bytes).unwrap();
        let article = extract_article(&bytes, &PageInput::default());
        let (p, r) = score.add(truth[id]["articleBody"].as_str().unwrap(), &article.body);
        if std::env::var_os("WARTA_BENCH_DETAIL").is_some() {
            eprintln!("{id} P={p:.3} R={r:.3}");
        }
        if candidates {
            let html = String::from_utf8_lossy(&bytes);
            let modes = [dom_smoothie::TextMode::Raw, dom_smoothie::TextMode::Formatted];
            for ((_, candidate), text_mode) in candidate_scores.iter_mut().zip(modes) {
                let config = dom_smoothie::Config { text_mode, ..dom_smoothie::Config::default() };
                let text = dom_smoothie::Readability::new(html.as_ref(), None, Some(config))
                    .and_then(|mut readability| readability.parse())
                    .map(|article| article.text_content.to_string())
                    .unwrap_or_default();
                candidate.add(truth[id]["articleBody"].as_str().unwrap(), &text);
            }
        }
    }
    for (name, candidate) in candidate_scores.iter().filter(|_| candidates) {
        let (p, r, f1) = candidate.finish();
        eprintln!("{name}: precision {p:.4} recall {r:.4} F1 {f1:.4}");
    }
    let (p, r, f1) = score.finish();
    eprintln!("benchmark: precision {p:.4} recall {r:.4} F1 {f1:.4}");
    assert!(f1 >= TARGET_F1, "body F1 {f1:.4} (precision {p:.4}, recall {r:.4}) is below {TARGET_F1}");
}

//! The article-extraction-benchmark's body metric (its `evaluate.py`): 4-word
//! shingles of `\w+` tokens, per-page true/false positives and negatives
//! normalised to sum 1, precision and recall averaged over pages, F1 from the
//! mean precision and mean recall.

use std::collections::HashMap;

/// 4-word shingles with their counts (fewer words make one short shingle).
fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens: Vec<&str> =
        text.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|t| !t.is_empty()).collect();
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    for window in tokens.windows(4.min(tokens.len())) {
        *counts.entry(window.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// One page's (tp, fp, fn), normalised to sum 1 as the benchmark does.
pub fn shingle_match(truth: &str, predicted: &str) -> (f64, f64, f64) {
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

/// Precision and recall of pages scored by [`shingle_match`], and F1, by the
/// benchmark's rules (pages with no predicted text count for recall only).
#[derive(Debug, Default)]
pub struct Score {
    precisions: Vec<f64>,
    recalls: Vec<f64>,
}

impl Score {
    /// Adds one page; returns its precision and recall.
    pub fn add(&mut self, truth: &str, predicted: &str) -> (f64, f64) {
        let (tp, fp, fn_) = shingle_match(truth, predicted);
        let perfect = fp == 0.0 && fn_ == 0.0;
        let precision = if perfect {
            1.0
        } else if tp == 0.0 && fp == 0.0 {
            0.0
        } else {
            tp / (tp + fp)
        };
        let recall = if perfect {
            1.0
        } else if tp == 0.0 && fn_ == 0.0 {
            0.0
        } else {
            tp / (tp + fn_)
        };
        if tp + fp > 0.0 {
            self.precisions.push(precision);
        }
        if tp + fn_ > 0.0 {
            self.recalls.push(recall);
        }
        (precision, recall)
    }

    /// Mean precision, mean recall and F1.
    pub fn finish(&self) -> (f64, f64, f64) {
        let mean = |values: &[f64]| values.iter().sum::<f64>() / values.len().max(1) as f64;
        let (p, r) = (mean(&self.precisions), mean(&self.recalls));
        (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
    }
}

#[test]
fn shingle_match_scores_like_the_benchmark() {
    let truth = "Kota Madiun berhasil meraih nilai 95,5 tahun ini";
    assert_eq!(shingle_match(truth, truth), (1.0, 0.0, 0.0));
    assert_eq!(shingle_match(truth, ""), (0.0, 0.0, 1.0));
    // 9 tokens make 6 shingles; dropping the last word finds 5 of them.
    let (tp, fp, fn_) = shingle_match(truth, "Kota Madiun berhasil meraih nilai 95,5 tahun");
    assert_eq!(((tp * 6.0).round(), fp, (fn_ * 6.0).round()), (5.0, 0.0, 1.0));
    // An empty prediction counts for recall only.
    let mut score = Score::default();
    score.add(truth, truth);
    score.add(truth, "");
    let (precision, recall, f1) = score.finish();
    assert_eq!((precision, recall), (1.0, 0.5));
    assert!((f1 - 2.0 / 3.0).abs() < 1e-12, "{f1}");
}

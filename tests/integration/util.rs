//! Shared test helpers.

use std::collections::BTreeSet;
use std::path::PathBuf;

use warta::eval::{GoldArticle, fact_key};
use warta::extract::facts::party_key;
use warta::model::{Fact, FactKind};

/// The path of a file under `fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(relative)
}

/// A set of facts as FACTS.md scores them: kind, key and normalised subject.
pub type Keys = BTreeSet<(FactKind, String, Option<String>)>;

/// The scoring keys of extracted facts.
pub fn extracted_keys(facts: &[Fact]) -> Keys {
    facts.iter().map(|f| (f.kind(), fact_key(&f.detail), f.detail.subject().map(party_key))).collect()
}

/// The scoring keys of a seed's gold file, `fixtures/facts/seeds/gold/<id>.json`.
pub fn seed_gold_keys(id: &str) -> Keys {
    let gold_text = std::fs::read_to_string(fixture(&format!("facts/seeds/gold/{id}.json"))).unwrap();
    let gold: GoldArticle = serde_json::from_str(&gold_text).unwrap();
    gold.facts.iter().map(|f| (f.kind, f.key(), f.subject.as_deref().map(party_key))).collect()
}

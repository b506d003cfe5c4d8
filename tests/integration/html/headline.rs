//! A page and its text give the same facts: a fact stated only in the
//! headline is read on the HTML path too, and a short paragraph that holds
//! a date in a sentence stays in the body (only real datelines go).

use warta::extract::{PageInput, extract_page, extract_text};
use warta::model::FactKind;

use crate::util::{extracted_keys, fixture};

#[test]
fn a_fact_stated_only_in_the_headline_is_read_from_the_page_and_its_text() {
    let bytes = std::fs::read(fixture("pages/headline-only-fact.html")).unwrap();
    let page = extract_page(&bytes, &PageInput::default());
    assert!(page.article.body.starts_with("Kabupaten Ngawi Raih Nilai 92,15 dalam Penilaian Kepatuhan 2024\n\n"));
    let score = page.facts.iter().find(|f| f.kind() == FactKind::Score).expect("the headline's score");
    assert_eq!((score.text.as_str(), score.detail.subject()), ("Nilai 92,15", Some("Kabupaten Ngawi")));
    let text = extract_text(&page.article.body, Some(jiff::civil::date(2024, 12, 20)));
    assert_eq!(extracted_keys(&text.facts), extracted_keys(&page.facts));
}

#[test]
fn a_short_dated_sentence_stays_in_the_body() {
    let bytes = std::fs::read(fixture("pages/headline-only-fact.html")).unwrap();
    let page = extract_page(&bytes, &PageInput::default());
    assert!(page.article.body.contains("\n\nRapat evaluasi digelar Senin, 16 Desember 2024 di pendapa.\n\n"));
    assert!(page.facts.iter().any(|f| f.kind() == FactKind::Date && f.text == "16 Desember 2024"));
}

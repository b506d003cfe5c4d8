//! Golden articles: each `fixtures/html/<site>/<slug>.html` article page has a
//! `<slug>.expected.json` checked by reading the page. `WARTA_BLESS=1`
//! rewrites them; review every diff by eye before committing.

use std::path::{Path, PathBuf};

use url::Url;
use warta::extract::PageInput;
use warta::extract::html::extract_article;
use warta::model::Article;

use crate::util::fixture;

/// Every article page under `fixtures/html/` (index pages excluded), sorted.
pub fn article_pages() -> Vec<PathBuf> {
    let mut pages = Vec::new();
    for site in std::fs::read_dir(fixture("html")).unwrap() {
        let site = site.unwrap().path();
        if !site.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&site).unwrap() {
            let path = file.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if name.ends_with(".html") && !name.starts_with("index") {
                pages.push(path);
            }
        }
    }
    pages.sort();
    pages
}

/// The URL named by a fixture's first-line `<!-- source: URL, ... -->` comment.
pub fn source_url(bytes: &[u8]) -> Option<Url> {
    let first = bytes.split(|b| *b == b'\n').next()?;
    let first = std::str::from_utf8(first).ok()?;
    let rest = first.strip_prefix("<!-- source: ")?;
    Url::parse(rest.split(',').next()?.trim()).ok()
}

/// Extracts a fixture page as the crawler would: with its URL.
pub fn extract_fixture(path: &Path) -> Article {
    let bytes = std::fs::read(path).unwrap();
    let url = source_url(&bytes);
    extract_article(&bytes, &PageInput { url: url.as_ref(), ..PageInput::default() })
}

#[test]
fn every_article_page_matches_its_golden_article() {
    let bless = std::env::var_os("WARTA_BLESS").is_some();
    let mut failures = Vec::new();
    let pages = article_pages();
    assert!(pages.len() >= 31, "expected the 28 html-id pages and our 3, found {}", pages.len());
    for page in pages {
        let article = extract_fixture(&page);
        let expected_path = page.with_extension("expected.json");
        let actual = serde_json::to_string_pretty(&article).unwrap() + "\n";
        if bless {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|err| panic!("{}: {err} (run with WARTA_BLESS=1)", expected_path.display()));
        let expected: Article = serde_json::from_str(&expected).unwrap();
        if expected != article {
            failures.push(format!("{}:\n{actual}", page.display()));
        }
    }
    assert!(failures.is_empty(), "{} pages differ from their golden article:\n{}", failures.len(), failures.join("\n"));
}

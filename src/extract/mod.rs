//! Extraction: page or text in, [`Extraction`] out. Pure and synchronous: no
//! HTTP, SQLite or async here, so any stored page can be extracted again.

pub mod facts;
pub mod html;

use jiff::civil::Date;

use url::Url;

use crate::config::SiteRules;
use crate::model::{Article, DateSource, Extraction, Published};

/// The extractor's version, stored with every article it produced.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Extracts a plain-text article: the title is its first line, the body the
/// whole text as given (fact offsets count from its first character).
pub fn extract_text(text: &str, published: Option<Date>) -> Extraction {
    let title = text.lines().map(str::trim).find(|line| !line.is_empty()).map(str::to_string);
    let facts = facts::extract_facts(text, published);
    Extraction {
        article: Article {
            title,
            published: published.map(Published::Date),
            published_source: published.map(|_| DateSource::Given),
            body: text.to_string(),
            ..Article::default()
        },
        facts,
    }
}

/// What is known about a saved page besides its bytes.
#[derive(Debug, Clone, Default)]
pub struct PageInput<'a> {
    /// The URL it was fetched from (or its canonical URL), when known.
    pub url: Option<&'a Url>,
    /// The HTTP `Content-Type` header, whose charset wins over the page's own.
    pub content_type: Option<&'a str>,
    /// The day the page was fetched: publication dates after it are rejected.
    pub fetched_on: Option<Date>,
    /// Per-site selectors from `config.toml`, when the page's source has them.
    pub rules: Option<&'a SiteRules>,
}

/// Extracts an HTML page: decodes it, reads title, date, authors and clean
/// body text, then the facts of that body.
pub fn extract_page(bytes: &[u8], page: &PageInput<'_>) -> Extraction {
    extract_document(&html::Document::parse(bytes, page.content_type), page)
}

/// Extracts a page already parsed (see [`extract_page`]). The article's
/// body opens with its headline, as a plain-text article does, so that a
/// fact stated only in the headline is read and a page and its text give
/// the same facts.
pub fn extract_document(document: &html::Document, page: &PageInput<'_>) -> Extraction {
    let mut article = html::read_article(document, page);
    if let Some(title) = article.title.as_deref().filter(|t| !t.is_empty() && !article.body.starts_with(*t)) {
        article.body = if article.body.is_empty() { title.to_string() } else { format!("{title}\n\n{}", article.body) };
    }
    let facts = facts::extract_facts(&article.body, article.published.map(|p| p.date()));
    Extraction { article, facts }
}

//! JSON-LD (`<script type="application/ld+json">`): the headline, publication
//! date and authors of the page's `NewsArticle` (or `Article`, `WebPage`...),
//! found in plain objects, arrays and `@graph` lists. Scripts that are not
//! valid JSON are ignored.

use serde_json::Value;

/// Schema.org types that describe the article itself, most specific first.
const ARTICLE_TYPES: &[&str] =
    &["NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "Article", "BlogPosting", "Report", "WebPage"];

/// How deep nested JSON-LD is searched (a guard against hostile pages).
const MAX_DEPTH: usize = 8;

/// What the page's JSON-LD says about its article.
#[derive(Debug, Default, Clone, PartialEq)]
pub(super) struct LinkedData {
    /// `headline` (or `name`).
    pub headline: Option<String>,
    /// `datePublished`, as written.
    pub date_published: Option<String>,
    /// `author` names, in order.
    pub authors: Vec<String>,
}

/// Reads the article object of a page's JSON-LD scripts: the object whose
/// `@type` comes first in [`ARTICLE_TYPES`] wins.
pub(super) fn read_linked_data<'a>(scripts: impl IntoIterator<Item = &'a str>) -> LinkedData {
    let mut best: Option<(usize, &Value)> = None;
    let values: Vec<Value> =
        scripts.into_iter().filter_map(|script| serde_json::from_str(script.trim()).ok()).collect();
    let mut stack: Vec<(&Value, usize)> = values.iter().map(|v| (v, 0)).collect();
    while let Some((value, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            continue;
        }
        match value {
            Value::Array(items) => stack.extend(items.iter().rev().map(|v| (v, depth + 1))),
            Value::Object(map) => {
                if let Some(rank) = type_rank(map.get("@type"))
                    && best.is_none_or(|(best_rank, _)| rank < best_rank)
                {
                    best = Some((rank, value));
                }
                if let Some(graph) = map.get("@graph") {
                    stack.push((graph, depth + 1));
                }
            }
            _ => {}
        }
    }
    let Some((_, article)) = best else { return LinkedData::default() };
    LinkedData {
        headline: string_of(article.get("headline")).or_else(|| string_of(article.get("name"))),
        date_published: string_of(article.get("datePublished")),
        authors: article.get("author").map(names).unwrap_or_default(),
    }
}

/// The position in [`ARTICLE_TYPES`] of the best type a `@type` names.
fn type_rank(types: Option<&Value>) -> Option<usize> {
    let rank = |name: &str| ARTICLE_TYPES.iter().position(|t| *t == name);
    match types? {
        Value::String(name) => rank(name),
        Value::Array(names) => names.iter().filter_map(Value::as_str).filter_map(rank).min(),
        _ => None,
    }
}

/// A non-empty trimmed string value.
fn string_of(value: Option<&Value>) -> Option<String> {
    value?.as_str().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

/// Author names from a string, a `Person` object or a list of either.
fn names(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().flat_map(names).collect(),
        Value::Object(map) => string_of(map.get("name")).into_iter().collect(),
        Value::String(_) => string_of(Some(value)).into_iter().collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_linked_data_finds_the_article_in_graphs_and_lists() {
        let cases: [(&str, &str, &str, &[&str]); 3] = [
            (
                r#"{"@type":"NewsArticle","headline":"Kota Madiun Raih Nilai 95,5","datePublished":"2024-11-25T10:15:00+07:00","author":{"@type":"Person","name":"Budi"}}"#,
                "Kota Madiun Raih Nilai 95,5",
                "2024-11-25T10:15:00+07:00",
                &["Budi"],
            ),
            (
                r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Beranda","datePublished":"2024-01-01"},{"@type":["Article"],"headline":"Pemkot Madiun raih penghargaan","datePublished":"2024-12-31","author":[{"name":"Ani"},"Dedi"]}]}"#,
                "Pemkot Madiun raih penghargaan",
                "2024-12-31",
                &["Ani", "Dedi"],
            ),
            (
                r#"[{"@type":"Organization","name":"Garda Jatim"},{"@type":"BlogPosting","headline":"Kota Madiun peringkat ketiga nasional","datePublished":"2025-01-02"}]"#,
                "Kota Madiun peringkat ketiga nasional",
                "2025-01-02",
                &[],
            ),
        ];
        for (script, headline, date, authors) in cases {
            let data = read_linked_data(["not json {", script]);
            assert_eq!(data.headline.as_deref(), Some(headline), "{script}");
            assert_eq!(data.date_published.as_deref(), Some(date), "{script}");
            assert_eq!(data.authors, authors.iter().map(|a| a.to_string()).collect::<Vec<_>>(), "{script}");
        }
        assert_eq!(read_linked_data([r#"{"@type":"Organization","name":"Garda Jatim"}"#]), LinkedData::default());
    }
}

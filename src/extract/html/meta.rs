//! A page's metadata: `<meta>` tags, JSON-LD, `<title>`, headings and
//! author elements, read in one pass, and from them the article's title,
//! authors and language.

use scraper::{ElementRef, Html};

use super::boilerplate::author_name;
use super::linked_data::{LinkedData, read_linked_data};

/// Separators between a headline and the site name in `<title>` and `og:title`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " : ", " \u{00bb} "];

/// Words that mark a `meta name="author"` value as the publisher, not a person.
const PUBLISHER_WORDS: &[&str] =
    &[".com", ".co.id", ".id", "media", "developer", "redaksi", "admin", "cyber", "pt.", "news", "tim "];

/// Class fragments of image blocks, whose "author" is a photo credit.
const PHOTO_CLASSES: &[&str] = &["photo", "foto", "image", "caption", "gallery"];

/// The metadata of a parsed page.
#[derive(Debug, Default)]
pub(super) struct PageMeta {
    /// `<meta>` tags as (lower-cased `name`/`property`/`itemprop`, `content`).
    pub metas: Vec<(String, String)>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// `<title>`.
    pub title_tag: Option<String>,
    /// The texts of `<h1>` elements.
    pub headings: Vec<String>,
    /// The text of the first element marked as the author.
    pub author_element: Option<String>,
    /// `datetime` values of `<time>` elements, `pubdate` ones first.
    pub times: Vec<String>,
    /// The JSON-LD article.
    pub linked: LinkedData,
}

impl PageMeta {
    /// The first `<meta>` content for any of `keys`, in the order of `keys`.
    pub fn meta(&self, keys: &[&str]) -> Option<&str> {
        keys.iter()
            .find_map(|key| self.metas.iter().find(|(k, v)| k == key && !v.trim().is_empty()))
            .map(|(_, v)| v.trim())
    }
}

/// Reads every piece of metadata in one walk over the elements.
pub(super) fn read_page_meta(html: &Html) -> PageMeta {
    let mut meta = PageMeta::default();
    let mut scripts = Vec::new();
    let mut pubdate_times = Vec::new();
    for element in html.root_element().descendent_elements() {
        let value = element.value();
        match value.name() {
            "meta" => {
                let key = value.attr("property").or(value.attr("name")).or(value.attr("itemprop"));
                if let (Some(key), Some(content)) = (key, value.attr("content")) {
                    meta.metas.push((key.trim().to_ascii_lowercase(), content.to_string()));
                }
                if let (Some(equiv), Some(content)) = (value.attr("http-equiv"), value.attr("content")) {
                    meta.metas.push((equiv.trim().to_ascii_lowercase(), content.to_string()));
                }
            }
            "html" if meta.lang.is_none() => meta.lang = value.attr("lang").map(str::to_string),
            "title" if meta.title_tag.is_none() => meta.title_tag = Some(text_of(element)),
            "h1" => meta.headings.push(text_of(element)),
            "script" if value.attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => {
                scripts.push(element.text().collect::<String>());
            }
            "time" => {
                if let Some(datetime) = value.attr("datetime") {
                    let published = value.attr("pubdate").is_some() || value.attr("itemprop") == Some("datePublished");
                    if published { &mut pubdate_times } else { &mut meta.times }.push(datetime.to_string());
                }
            }
            _ => {}
        }
        if value.name() != "meta" && value.attr("itemprop") == Some("datePublished") {
            // Blogger: <abbr itemprop="datePublished" title="2025-01-03T08:30:00+07:00">.
            let date = value.attr("content").or(value.attr("datetime")).or(value.attr("title"));
            meta.metas.extend(date.map(|date| ("datepublished".to_string(), date.to_string())));
        }
        if meta.author_element.is_none() && is_author_element(element) {
            meta.author_element = Some(author_name(&text_of(element))).filter(|name| looks_like_name(name));
        }
    }
    pubdate_times.append(&mut meta.times);
    meta.times = pubdate_times;
    meta.linked = read_linked_data(scripts.iter().map(String::as_str));
    meta
}

/// An element whose class, `itemprop` or `rel` says it names the author (and
/// not a photo credit inside an image block).
fn is_author_element(element: ElementRef<'_>) -> bool {
    let value = element.value();
    let marked = value.attr("itemprop") == Some("author")
        || value.attr("rel") == Some("author")
        || value.classes().any(|class| matches!(class, "author" | "byline" | "penulis" | "reporter"));
    let in_photo = element.ancestors().take(3).filter_map(ElementRef::wrap).any(|ancestor| {
        let value = ancestor.value();
        value.name() == "figure" || value.classes().any(|class| PHOTO_CLASSES.iter().any(|p| class.contains(p)))
    });
    marked && !in_photo && !matches!(value.name(), "meta" | "link" | "script" | "a" | "img")
}

/// Whether an author element's text reads like a person's name.
fn looks_like_name(text: &str) -> bool {
    (2..=60).contains(&text.chars().count()) && !text.chars().any(|c| c.is_ascii_digit())
}

/// An element's text with whitespace collapsed.
fn text_of(element: ElementRef<'_>) -> String {
    element.text().flat_map(str::split_whitespace).collect::<Vec<_>>().join(" ")
}

/// The headline: `og:title` (or JSON-LD, or `<title>`) without the site name,
/// replaced by the page's `<h1>` when that holds the same words.
pub(super) fn title(meta: &PageMeta) -> Option<String> {
    let declared = meta
        .meta(&["og:title", "twitter:title"])
        .map(str::to_string)
        .or_else(|| meta.linked.headline.clone())
        .or_else(|| meta.title_tag.clone());
    let Some(declared) = declared.filter(|t| !t.trim().is_empty()) else {
        return meta.headings.iter().find(|h| !h.is_empty()).cloned();
    };
    let site = meta.meta(&["og:site_name", "application-name"]).map(normalise);
    let parts = title_parts(&declared);
    // A heading holding the words of one part is the headline as printed.
    for part in &parts {
        let words = normalise(part);
        let heading = meta.headings.iter().find(|h| {
            let candidate = normalise(h);
            words.len() >= 8 && candidate.contains(&words) && candidate.len() * 2 <= words.len() * 3
        });
        if let Some(heading) = heading {
            return Some(heading.clone());
        }
    }
    let is_site = |part: &&str| {
        let words = normalise(part);
        site.as_ref().is_some_and(|site| *site == words) || part.split_whitespace().any(|w| w.contains(".co"))
    };
    let headline = parts.iter().filter(|part| !is_site(part)).max_by_key(|part| part.chars().count());
    headline.or(parts.first()).map(|part| part.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A title split at its site-name separators, with a leading `Site.com:` cut.
fn title_parts(title: &str) -> Vec<&str> {
    let mut rest = title.trim();
    if let Some((head, tail)) = rest.split_once(": ")
        && head.contains('.')
        && !head.contains(' ')
    {
        rest = tail;
    }
    let mut parts = vec![rest];
    for separator in TITLE_SEPARATORS {
        parts = parts.into_iter().flat_map(|part| part.split(separator)).collect();
    }
    parts.into_iter().map(str::trim).filter(|part| !part.is_empty()).collect()
}

/// Lower-case letters and digits only, for comparing titles.
fn normalise(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The authors: JSON-LD names, then bylines from the body, then an author
/// element, then `<meta name="author">` when it names a person.
pub(super) fn authors(meta: &PageMeta, bylines: &[String]) -> Vec<String> {
    if !meta.linked.authors.is_empty() {
        return meta.linked.authors.clone();
    }
    if !bylines.is_empty() {
        return bylines.to_vec();
    }
    meta.author_element
        .clone()
        .or_else(|| meta.meta(&["author", "article:author", "dc.creator"]).map(str::to_string))
        .map(|name| author_name(&name))
        .filter(|name| {
            let lower = name.to_lowercase();
            looks_like_name(name) && !name.starts_with("http") && !PUBLISHER_WORDS.iter().any(|w| lower.contains(w))
        })
        .into_iter()
        .collect()
}

/// The page language's primary subtag (`id`), from the `Content-Language`
/// meta tags or `<html lang>`.
pub(super) fn language(meta: &PageMeta) -> Option<String> {
    let tag = meta.meta(&["content-language", "language"]).or(meta.lang.as_deref()).or(meta.meta(&["og:locale"]))?;
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    match primary.as_str() {
        "" => None,
        "in" => Some("id".to_string()),
        _ => Some(primary),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_drops_site_names_and_prefers_the_matching_heading() {
        let cases = [
            (r#"<title>Kota Madiun Raih Nilai 95,5 - Garda Jatim</title><h1>Menu</h1>"#, "Kota Madiun Raih Nilai 95,5"),
            (
                r#"<meta property="og:title" content="KapanLagi.com: FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun"><h1>FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun</h1>"#,
                "FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun",
            ),
            (
                r#"<meta property="og:title" content="IHSG Hari Ini Sempat Tembus 9.000"><h1>IHSG Hari Ini: Sempat Tembus 9.000</h1>"#,
                "IHSG Hari Ini: Sempat Tembus 9.000",
            ),
            (
                r#"<meta property="og:site_name" content="Portal Resmi Pemerintah Kota Madiun">
                   <title>Pemkot Madiun Raih Penghargaan | Portal Resmi Pemerintah Kota Madiun</title>"#,
                "Pemkot Madiun Raih Penghargaan",
            ),
            (r#"<h1>Pelayanan publik Kota Madiun</h1>"#, "Pelayanan publik Kota Madiun"),
        ];
        for (page, expected) in cases {
            let meta = read_page_meta(&Html::parse_document(page));
            assert_eq!(title(&meta).as_deref(), Some(expected), "{page}");
        }
    }

    #[test]
    fn authors_skip_publishers_and_prefer_linked_data_and_bylines() {
        let cases: [(&str, &[&str], &[&str]); 4] = [
            (r#"<meta name="author" content="Kompas Cyber Media">"#, &[], &[]),
            (r#"<meta name="author" content="Dewi Sartika">"#, &[], &["Dewi Sartika"]),
            (
                r#"<meta name="author" content="Liputan6.com"><span class="author">Nur Imansyah</span>"#,
                &[],
                &["Nur Imansyah"],
            ),
            (r#"<meta name="author" content="Redaksi">"#, &["Muzayyinnur"], &["Muzayyinnur"]),
        ];
        for (page, bylines, expected) in cases {
            let meta = read_page_meta(&Html::parse_document(page));
            let bylines: Vec<String> = bylines.iter().map(|b| b.to_string()).collect();
            assert_eq!(authors(&meta, &bylines), expected.iter().map(|a| a.to_string()).collect::<Vec<_>>(), "{page}");
        }
    }

    #[test]
    fn language_is_normalised() {
        let meta = read_page_meta(&Html::parse_document(r#"<html lang="in-ID"><head></head></html>"#));
        assert_eq!(language(&meta).as_deref(), Some("id"));
    }
}

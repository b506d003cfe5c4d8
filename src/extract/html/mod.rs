//! HTML page to [`Article`]: decodes the bytes ([`decode`]), parses them once
//! into a [`Document`] ([`parse`], whose tree depth is bounded so the parse
//! stays linear), then reads the metadata ([`meta`], [`linked_data`]), the
//! publication date ([`published`]) and the clean body ([`body`], with the
//! boilerplate word lists of [`boilerplate`]). Per-site selectors from
//! `config.toml` take precedence when the page's source has them. Pure: no
//! I/O, and no page makes it fail or panic (what it cannot read is `None`).
//! The crawler reads a fetched page's canonical link and links from the
//! same [`Document`] it extracts, so a page is parsed once per crawl.

mod body;
mod boilerplate;
mod decode;
mod linked_data;
mod meta;
mod parse;
mod published;

use std::sync::LazyLock;

use scraper::{Html, Selector};
use url::Url;

pub use boilerplate::is_related_link;
use boilerplate::looks_indonesian;
pub use decode::decode_text;
pub use parse::MAX_DEPTH;

use super::PageInput;
use crate::model::{Article, Origin};

static CANONICAL: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(r#"link[rel~="canonical" i][href]"#).expect("static selector"));

/// A page decoded and parsed, ready to be read.
#[derive(Debug)]
pub struct Document {
    html: Html,
}

impl Document {
    /// Decodes the bytes (the `Content-Type` charset first) and parses them once.
    pub fn parse(bytes: &[u8], content_type: Option<&str>) -> Document {
        Document { html: parse::parse_document(&decode::decode_page(bytes, content_type)) }
    }

    /// The parsed tree.
    pub fn html(&self) -> &Html {
        &self.html
    }

    /// The page's `<link rel="canonical">`, resolved against the page's URL
    /// and kept only on the page's own origin ([`Origin::contains`]), so a
    /// page cannot file itself under another site or another port. Without
    /// a page URL (a file), any absolute http(s) URL is taken.
    pub fn canonical_link(&self, page_url: Option<&Url>) -> Option<Url> {
        let href = self.html.select(&CANONICAL).next()?.value().attr("href")?.trim();
        same_site(page_url, href)
    }
}

/// `href` resolved against `page_url` when it stays on the page's origin
/// (any absolute http(s) URL when the page's URL is unknown).
fn same_site(page_url: Option<&Url>, href: &str) -> Option<Url> {
    match page_url {
        Some(base) => base.join(href).ok().filter(|url| Origin::of(base).is_some_and(|site| site.contains(url))),
        None => Url::parse(href).ok().filter(|url| Origin::of(url).is_some()),
    }
}

/// Reads the article of an HTML page: title, publication date and its
/// source, authors, language, canonical URL and the body paragraphs
/// separated by one blank line.
pub fn extract_article(bytes: &[u8], page: &PageInput<'_>) -> Article {
    read_article(&Document::parse(bytes, page.content_type), page)
}

/// Reads the article of a parsed page (see [`extract_article`]).
pub fn read_article(document: &Document, page: &PageInput<'_>) -> Article {
    let html = &document.html;
    let page_meta = meta::read_page_meta(html);
    let url = document
        .canonical_link(page.url)
        .or_else(|| page_meta.meta(&["og:url"]).and_then(|href| same_site(page.url, href)))
        .or_else(|| page.url.cloned())
        .map(String::from);
    let title = page
        .rules
        .and_then(|rules| rules.title.as_ref())
        .and_then(|selector| html.select(selector).next())
        .map(|el| el.text().flat_map(str::split_whitespace).collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .or_else(|| meta::title(&page_meta));
    let dated_url = page.url.map(|u| u.as_str()).or(url.as_deref());
    let published = published::find_published(html, &page_meta, page.rules, dated_url, page.fetched_on);
    let body = body::extract_body(html, page.rules);
    let mut paragraphs = body.paragraphs;
    if paragraphs.first().is_some_and(|first| Some(first) == title.as_ref()) {
        paragraphs.remove(0);
    }
    let authors = match page.rules.and_then(|rules| rules.authors.as_ref()) {
        Some(selector) => html
            .select(selector)
            .map(|el| el.text().flat_map(str::split_whitespace).collect::<Vec<_>>().join(" "))
            .filter(|name| !name.is_empty())
            .collect(),
        None => meta::authors(&page_meta, &body.authors),
    };
    let body = paragraphs.join("\n\n");
    Article {
        url,
        title,
        published: published.map(|(date, _)| date),
        published_source: published.map(|(_, source)| source),
        authors,
        language: language(meta::language(&page_meta), &body),
        body,
    }
}

/// The declared language, unless the body is plainly Indonesian: many
/// Indonesian news themes declare `en`, or nothing at all.
fn language(declared: Option<String>, body: &str) -> Option<String> {
    if declared.as_deref() != Some("id") && looks_indonesian(body) { Some("id".to_string()) } else { declared }
}

#[cfg(test)]
mod tests {
    use scraper::Selector;

    use super::*;
    use crate::config::SiteRules;
    use crate::model::DateSource;

    const PAGE: &str = r#"<html lang="id"><head><title>Beranda | Portal Kota</title></head><body>
        <div class="judul">Pemkot Madiun raih penghargaan pelayanan publik</div>
        <div class="tgl">19/12/2024</div><div class="oleh">Rina Wulandari</div>
        <div class="isi"><p>Pemerintah Kota Madiun meraih penghargaan pelayanan publik dari Ombudsman RI tahun ini.</p>
        <div class="promo-kanan">Pasang iklan di sini, hubungi redaksi sekarang juga untuk harga khusus.</div>
        <p>Penghargaan diserahkan di Jakarta dan diterima langsung oleh Wali Kota Madiun bersama jajarannya.</p></div>
        </body></html>"#;

    fn selector(css: &str) -> Option<Selector> {
        Selector::parse(css).ok()
    }

    #[test]
    fn site_selectors_take_precedence_over_the_generic_reading() {
        let rules = SiteRules {
            title: selector(".judul"),
            body: selector(".isi"),
            date: selector(".tgl"),
            authors: selector(".oleh"),
            drop: selector(".promo-kanan").into_iter().collect(),
        };
        let page = PageInput { rules: Some(&rules), ..PageInput::default() };
        let article = extract_article(PAGE.as_bytes(), &page);
        assert_eq!(article.title.as_deref(), Some("Pemkot Madiun raih penghargaan pelayanan publik"));
        assert_eq!(article.authors, ["Rina Wulandari"]);
        assert_eq!(article.published.map(|p| p.to_string()).as_deref(), Some("2024-12-19"));
        assert_eq!(article.published_source, Some(DateSource::Selector));
        assert_eq!(
            article.body,
            "Pemerintah Kota Madiun meraih penghargaan pelayanan publik dari Ombudsman RI tahun ini.\n\n\
             Penghargaan diserahkan di Jakarta dan diterima langsung oleh Wali Kota Madiun bersama jajarannya."
        );
        let dated = PAGE.replace("19/12/2024", "Kamis, 19 Desember 2024 | 10:30 WIB");
        let article = extract_article(dated.as_bytes(), &page);
        assert_eq!(article.published.map(|p| p.to_string()).as_deref(), Some("2024-12-19T10:30:00+07:00"));
        assert_eq!(article.published_source, Some(DateSource::Selector));
    }

    #[test]
    fn language_is_indonesian_when_the_body_is_whatever_lang_says() {
        let body = "Kota Madiun berhasil meraih nilai 95,5 dan masuk dalam zona hijau yang ditetapkan Ombudsman.";
        let cases = [
            (Some("en"), body, Some("id")),
            (None, body, Some("id")),
            (
                Some("en"),
                "The city won an award for its public services this year, the mayor said on Monday in a statement.",
                Some("en"),
            ),
        ];
        for (declared, text, expected) in cases {
            assert_eq!(language(declared.map(str::to_string), &text.repeat(3)).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn canonical_links_stay_on_the_page_origin() {
        let page = Url::parse("https://gardajatim.com/2024/01/sakip.html?m=1").unwrap();
        let cases = [
            (
                r#"<link rel="canonical" href="https://gardajatim.com/2024/01/sakip.html">"#,
                Some("https://gardajatim.com/2024/01/sakip.html"),
            ),
            (
                r#"<link rel="Canonical" href="/2024/01/sakip.html#top">"#,
                Some("https://gardajatim.com/2024/01/sakip.html#top"),
            ),
            (
                r#"<link rel="canonical" href="https://www.gardajatim.com/a.html">"#,
                Some("https://www.gardajatim.com/a.html"),
            ),
            (r#"<link rel="canonical" href="https://lain.example/a.html">"#, None),
            (r#"<link rel="canonical" href="https://gardajatim.com:8443/a.html">"#, None),
            (r#"<link rel="canonical" href="http://gardajatim.com/a.html">"#, None),
            (r#"<link rel="stylesheet" href="/gaya.css">"#, None),
        ];
        for (head, want) in cases {
            let html = format!("<html><head>{head}</head><body>Berita</body></html>");
            let document = Document::parse(html.as_bytes(), None);
            assert_eq!(document.canonical_link(Some(&page)).as_ref().map(Url::as_str), want, "{head}");
        }
        let file = Document::parse(br#"<link rel="canonical" href="http://127.0.0.1:9/a">"#, None);
        assert_eq!(file.canonical_link(None).map(String::from).as_deref(), Some("http://127.0.0.1:9/a"));
    }

    #[test]
    fn the_article_url_ignores_a_canonical_or_og_url_on_another_origin() {
        let fetched = Url::parse("http://127.0.0.1:8081/berita/satu.html").unwrap();
        let read = |head: &str| {
            let html = format!("<html><head>{head}</head><body><p>Berita</p></body></html>");
            let page = PageInput { url: Some(&fetched), ..PageInput::default() };
            extract_article(html.as_bytes(), &page).url
        };
        let cases = [
            (
                r#"<link rel="canonical" href="http://127.0.0.1:8082/berita/satu.html">"#,
                "http://127.0.0.1:8081/berita/satu.html",
            ),
            (
                r#"<meta property="og:url" content="http://localhost:8081/rahasia">"#,
                "http://127.0.0.1:8081/berita/satu.html",
            ),
            (r#"<meta property="og:url" content="/berita/1">"#, "http://127.0.0.1:8081/berita/1"),
            (r#"<link rel="canonical" href="/berita/kota-madiun">"#, "http://127.0.0.1:8081/berita/kota-madiun"),
        ];
        for (head, want) in cases {
            assert_eq!(read(head).as_deref(), Some(want), "{head}");
        }
    }

    #[test]
    fn statics_compile() {
        LazyLock::force(&CANONICAL);
    }
}

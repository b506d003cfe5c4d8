//! HTML page to [`Article`]: decodes the bytes ([`decode`]), parses them once
//! with `scraper`, then reads the metadata ([`meta`], [`linked_data`]), the
//! publication date ([`published`]) and the clean body ([`body`], with the
//! boilerplate word lists of [`boilerplate`]). Per-site selectors from
//! `config.toml` take precedence when the page's source has them. Pure: no
//! I/O, and no page makes it fail or panic (what it cannot read is `None`).

mod body;
mod boilerplate;
mod decode;
mod linked_data;
mod meta;
mod published;

use scraper::Html;

use boilerplate::looks_indonesian;
pub use decode::decode_text;

use super::PageInput;
use crate::model::Article;

/// Reads the article of an HTML page: title, publication date and its
/// source, authors, language, canonical URL and the body paragraphs
/// separated by one blank line.
pub fn extract_article(bytes: &[u8], page: &PageInput<'_>) -> Article {
    let text = decode::decode_page(bytes, page.content_type);
    let html = Html::parse_document(&text);
    let page_meta = meta::read_page_meta(&html);
    let url = meta::canonical_url(&page_meta, page.url);
    let title = page
        .rules
        .and_then(|rules| rules.title.as_ref())
        .and_then(|selector| html.select(selector).next())
        .map(|el| el.text().flat_map(str::split_whitespace).collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .or_else(|| meta::title(&page_meta));
    let dated_url = page.url.map(|u| u.as_str()).or(url.as_deref());
    let published = published::find_published(&html, &page_meta, page.rules, dated_url, page.fetched_on);
    let body = body::extract_body(&html, page.rules);
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
}

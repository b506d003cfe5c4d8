//! No page panics or hangs the extractor: arbitrary bytes, arbitrary
//! tag soup, every truncation of a real page, and a 20 MB page (its linear
//! time is shown by `benches/html.rs`, not timed here).

use proptest::prelude::*;
use warta::extract::PageInput;
use warta::extract::html::extract_article;

use super::huge_page::huge_page;
use crate::util::fixture;

/// Pieces of markup that tag soup is built from.
const PIECES: &[&str] = &[
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<br>",
    "<a href='/x'>",
    "</a>",
    "<table><tr><td>",
    "</td></tr></table>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<figure><figcaption>",
    "<meta charset='iso-8859-1'>",
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-13-45\",\"@graph\":[[[",
    "<time datetime='2024-02-30T25:61:00+99:99'>",
    "Senin, 31 Februari 2024 10:15 WIB",
    "Baca Juga: ",
    "Pewarta: ",
    "Kota Madiun meraih nilai 95,5, meningkat 1,91 poin. ",
    "\u{feff}",
    "\u{0}",
    "&nbsp;",
    "&#xD800;",
    "<h1>",
    "</h1>",
    "<title>",
    "</title>",
    "<div class='share entry-content'>",
    "<li>",
    "<body>",
    "</html>",
    "<",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let article = extract_article(&bytes, &PageInput::default());
        prop_assert!(!article.body.contains("\n\n\n"));
    }

    #[test]
    fn tag_soup_never_panics(pieces in proptest::collection::vec(0..PIECES.len(), 0..300)) {
        let soup: String = pieces.into_iter().map(|i| PIECES[i]).collect();
        let article = extract_article(soup.as_bytes(), &PageInput::default());
        prop_assert!(article.body.split("\n\n").all(|p| p == p.trim()));
    }

    #[test]
    fn truncated_pages_never_panic(cut in 0.0f64..1.0) {
        let bytes = std::fs::read(fixture("html/gardajatim/kota-madiun-peringkat-ketiga-nasional.html")).unwrap();
        let end = (bytes.len() as f64 * cut) as usize;
        let article = extract_article(&bytes[..end], &PageInput::default());
        prop_assert!(article.body.len() <= end);
    }
}

#[test]
fn a_20_mb_page_is_extracted_whole() {
    let page = huge_page(20);
    let article = extract_article(page.as_bytes(), &PageInput::default());
    let paragraphs = article.body.split("\n\n").count();
    assert!(paragraphs > 100_000, "{paragraphs} paragraphs");
    assert!(article.body.starts_with("Kota Madiun berhasil meraih nilai 95,5"));
}

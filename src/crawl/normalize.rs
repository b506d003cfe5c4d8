//! URL normalisation, so one article is one row: fragments and tracking
//! parameters dropped, host lower-cased (by `url`), and the page's own
//! `<link rel="canonical">` honoured when it stays on the same site.

use std::sync::LazyLock;

use scraper::{Html, Selector};
use url::Url;

/// Query parameters that only track a click; any `utm_*` is dropped too.
const TRACKING_PARAMS: &[&str] = &[
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
    "ref_src", "spm",
];

static CANONICAL: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(r#"link[rel~="canonical"][href]"#).expect("static selector"));

/// The normal form of a URL: no fragment, no tracking parameters, no empty query.
pub fn normalize(url: &Url) -> Url {
    let mut url = url.clone();
    url.set_fragment(None);
    if url.query().is_some() {
        let kept: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(key, _)| !is_tracking(key))
            .map(|(key, value)| (key.into_owned(), value.into_owned()))
            .collect();
        if kept.is_empty() {
            url.set_query(None);
        } else {
            url.query_pairs_mut().clear().extend_pairs(kept);
        }
    }
    url
}

fn is_tracking(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.starts_with("utm_") || TRACKING_PARAMS.contains(&key.as_str())
}

/// The page's `<link rel="canonical">`, normalised, when it names an http(s)
/// URL on the same host (a canonical pointing elsewhere is ignored, so a site
/// cannot make us file its page under another site's name).
pub fn canonical_url(html: &Html, page_url: &Url) -> Option<Url> {
    let href = html.select(&CANONICAL).next()?.value().attr("href")?;
    let canonical = page_url.join(href.trim()).ok()?;
    let same_host = canonical.host_str().map(strip_www) == page_url.host_str().map(strip_www);
    (matches!(canonical.scheme(), "http" | "https") && same_host).then(|| normalize(&canonical))
}

fn strip_www(host: &str) -> &str {
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracking_and_fragments_are_dropped() {
        let cases = [
            (
                "https://madiunkota.go.id/2024/11/25/nilai-95-5/#komentar",
                "https://madiunkota.go.id/2024/11/25/nilai-95-5/",
            ),
            (
                "https://GardaJatim.com/2024/01/sakip.html?utm_source=fb&utm_medium=x",
                "https://gardajatim.com/2024/01/sakip.html",
            ),
            ("https://beritajatim.com/berita?id=7&fbclid=abc", "https://beritajatim.com/berita?id=7"),
            (
                "https://beritajatim.com/berita?page=2&gclid=z&kategori=pemerintahan",
                "https://beritajatim.com/berita?page=2&kategori=pemerintahan",
            ),
            ("http://surabaya.go.id:80/berita", "http://surabaya.go.id/berita"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(&Url::parse(input).unwrap()).as_str(), want, "{input}");
        }
    }

    #[test]
    fn canonical_link_is_honoured_on_the_same_site_only() {
        let page = Url::parse("https://gardajatim.com/2024/01/sakip.html?m=1").unwrap();
        let cases = [
            (
                r#"<link rel="canonical" href="https://gardajatim.com/2024/01/sakip.html">"#,
                Some("https://gardajatim.com/2024/01/sakip.html"),
            ),
            (
                r#"<link rel="canonical" href="/2024/01/sakip.html#top">"#,
                Some("https://gardajatim.com/2024/01/sakip.html"),
            ),
            (
                r#"<link rel="canonical" href="https://www.gardajatim.com/a.html">"#,
                Some("https://www.gardajatim.com/a.html"),
            ),
            (r#"<link rel="canonical" href="https://lain.example/a.html">"#, None),
            (r#"<link rel="stylesheet" href="/gaya.css">"#, None),
        ];
        for (head, want) in cases {
            let html = Html::parse_document(&format!("<html><head>{head}</head><body>Berita</body></html>"));
            assert_eq!(canonical_url(&html, &page).as_ref().map(Url::as_str), want, "{head}");
        }
    }
}

//! URL normalisation, so one article is one row: fragments and tracking
//! parameters dropped, host lower-cased (by `url`). (A page's own
//! `<link rel="canonical">` is read by [`crate::extract::html::Document`],
//! and normalised here.)

use url::Url;

/// Query parameters that only track a click; any `utm_*` is dropped too.
const TRACKING_PARAMS: &[&str] = &[
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
    "ref_src", "spm",
];

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
}

//! The two seed articles wrapped in pages of their sites' kinds (a regional
//! WordPress theme for seed 000, a Blogger blog for seed 001) give exactly the
//! seed's article text as their body, and, through `warta extract`, the gold
//! facts of `fixtures/facts/seeds/gold/`.

use std::path::PathBuf;

use super::snapshots::{extract_fixture, source_url};
use crate::util::{extracted_keys, fixture, seed_gold_keys};

/// A seed page, its seed text, and the openings of the seed's lines that are
/// not article text (headline, caption, banners, related links, byline,
/// comment prompt).
struct SeedPage {
    page: &'static str,
    seed: &'static str,
    not_article: &'static [&'static str],
}

const SEED_PAGES: [SeedPage; 2] = [
    SeedPage {
        page: "html/kabarmadiun/kota-madiun-raih-nilai-95-5.html",
        seed: "000_d868f3940f091378",
        not_article: &[
            "Kota Madiun Raih Nilai 95,5 dalam Penilaian",
            "Kota Madiun berhasil meraih nilai 95,5, meningkat 1,91 poin dibandingkan tahun sebelumnya",
            "Banner",
            "Baca Juga",
        ],
    },
    SeedPage {
        page: "html/gardajatim/kota-madiun-peringkat-ketiga-nasional.html",
        seed: "001_fc454a40b7aae329",
        not_article: &["FOTO Balai Kota Madiun", "Pewarta", "Editor", "Posting Komentar"],
    },
];

/// The seed's article paragraphs: its non-empty lines minus `not_article`.
fn seed_body(seed: &SeedPage) -> String {
    let text = std::fs::read_to_string(fixture(&format!("facts/seeds/text/{}.txt", seed.seed))).unwrap();
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !seed.not_article.iter().any(|opening| line.starts_with(opening)))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn seed_pages_give_exactly_the_seed_article_text() {
    for seed in &SEED_PAGES {
        let article = extract_fixture(&fixture(seed.page));
        let expected = seed_body(seed);
        assert!(expected.split("\n\n").count() >= 6, "{}", seed.seed);
        assert_eq!(article.body, expected, "{}", seed.page);
    }
}

/// The whole pipeline on the seeds' pages:
/// `warta extract PAGE.html --url URL` must give the seed's gold facts.
#[test]
fn seed_pages_give_the_gold_facts_through_warta_extract() {
    for seed in &SEED_PAGES {
        let page: PathBuf = fixture(seed.page);
        let url = source_url(&std::fs::read(&page).unwrap()).unwrap();
        let output = assert_cmd::Command::cargo_bin("warta")
            .unwrap()
            .args(["extract", "--format", "json", page.to_str().unwrap(), "--url", url.as_str()])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}: {}", seed.page, String::from_utf8_lossy(&output.stderr));
        let extraction: warta::model::Extraction = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(extracted_keys(&extraction.facts), seed_gold_keys(seed.seed), "{}", seed.page);
    }
}

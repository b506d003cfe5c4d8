//! Shared test helpers.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use warta::eval::{GoldArticle, fact_key};
use warta::extract::facts::party_key;
use warta::model::{Fact, FactKind};

/// The path of a file under `fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(relative)
}

/// A set of facts as FACTS.md scores them: kind, key and normalised subject.
pub type Keys = BTreeSet<(FactKind, String, Option<String>)>;

/// The scoring keys of extracted facts.
pub fn extracted_keys(facts: &[Fact]) -> Keys {
    facts.iter().map(|f| (f.kind(), fact_key(&f.detail), f.detail.subject().map(party_key))).collect()
}

/// The scoring keys of a seed's gold file, `fixtures/facts/seeds/gold/<id>.json`.
pub fn seed_gold_keys(id: &str) -> Keys {
    let gold_text = std::fs::read_to_string(fixture(&format!("facts/seeds/gold/{id}.json"))).unwrap();
    let gold: GoldArticle = serde_json::from_str(&gold_text).unwrap();
    gold.facts.iter().map(|f| (f.kind, f.key(), f.subject.as_deref().map(party_key))).collect()
}

/// The `warta` command run in `dir`, away from any config.toml and the
/// `WARTA_*` environment, laying tables out `COLUMNS` = 100 wide.
pub fn warta_in(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_warta"));
    command.current_dir(dir).env_remove("WARTA_CONFIG").env_remove("WARTA_DB").env("COLUMNS", "100").args(args);
    command
}

/// Runs [`warta_in`] to the end.
pub fn run_warta(dir: &Path, args: &[&str]) -> Output {
    warta_in(dir, args).output().unwrap()
}

/// Bytes of a command's output as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Writes `count` HTML pages of a few kilobytes each under `dir/pages`
/// (half of them in `pages/sub`), page `i` scoring `i,5`.
pub fn write_pages(dir: &Path, count: usize) -> PathBuf {
    let pages = dir.join("pages");
    std::fs::create_dir_all(pages.join("sub")).unwrap();
    for i in 0..count {
        let filler =
            "<p>Pemerintah Kota Madiun terus meningkatkan kualitas pelayanan publik bagi warga.</p>".repeat(20);
        let html = format!(
            "<html><head><title>Berita {i}</title></head><body><p>Kota Madiun meraih nilai {i},5 pada \
             penilaian kepatuhan tahun 2024.</p>{filler}</body></html>"
        );
        let folder = if i % 2 == 0 { pages.join("sub") } else { pages.clone() };
        std::fs::write(folder.join(format!("berita-{i}.html")), html).unwrap();
    }
    pages
}

/// Sends SIGINT (Ctrl-C) to a process.
#[cfg(unix)]
pub fn interrupt(pid: u32) {
    let status = Command::new("kill").args(["-INT", &pid.to_string()]).status().unwrap();
    assert!(status.success(), "kill -INT {pid}");
}

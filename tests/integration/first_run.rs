//! Integration tests: what a newcomer meets first. A crawl with no network
//! says one line per unreachable host and how to run the pipeline offline.

use crate::util::{run_warta, text};

/// A config whose sources live on hosts that can never resolve (RFC 6761
/// reserves `.invalid`), each with a feed, a sitemap and a start page.
fn unresolvable() -> String {
    let source = |name: &str| {
        let base = format!("https://{name}.warta-test.invalid");
        format!(
            "[[source]]\nname = \"{name}\"\nfeeds = [\"{base}/feed/\"]\nsitemaps = [\"{base}/sitemap.xml\"]\n\
             start_pages = [\"{base}/\", \"{base}/berita/\"]\n"
        )
    };
    format!("[crawl]\nretries = 0\n\n{}\n{}", source("satu"), source("dua"))
}

#[test]
fn an_offline_crawl_says_one_line_per_host_and_how_to_work_offline() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), unresolvable()).unwrap();
    for args in [&["crawl"][..], &["crawl", "--dry-run"]] {
        let output = run_warta(dir.path(), args);
        assert_eq!(output.status.code(), Some(4), "{args:?}: {}", text(&output.stderr));
        let stderr = text(&output.stderr);
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 3, "{args:?}: two hosts, two lines, then the hint:\n{stderr}");
        for host in ["satu.warta-test.invalid", "dua.warta-test.invalid"] {
            let about: Vec<&&str> = lines.iter().filter(|l| l.contains(host)).collect();
            assert_eq!(about.len(), 1, "{args:?}: one line for {host}:\n{stderr}");
            assert!(about[0].contains(&format!("host {host} skipped for this run")), "{}", about[0]);
        }
        assert_eq!(
            lines[2],
            "warta: no host could be resolved: offline? `warta reprocess fixtures/` runs the same pipeline on saved pages"
        );
    }
    let summary = text(&run_warta(dir.path(), &["crawl"]).stdout);
    assert!(summary.contains("sources 2, 2 failed") && summary.contains("crawl: every source failed"), "{summary}");
}

#[test]
fn a_crawl_refused_by_a_resolving_host_gives_no_offline_hint() {
    let dir = tempfile::tempdir().unwrap();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let config = format!("[crawl]\nretries = 0\n\n[[source]]\nname = \"tutup\"\nfeeds = [\"http://{closed}/feed/\"]\n");
    std::fs::write(dir.path().join("config.toml"), config).unwrap();
    let output = run_warta(dir.path(), &["crawl"]);
    assert_eq!(output.status.code(), Some(4));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("refused") && !stderr.contains("offline?"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one cause, one line:\n{stderr}");
}

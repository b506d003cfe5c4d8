//! Integration tests: the `warta extract` and `warta eval` commands, their
//! output formats and their one-line errors on bad input.

use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;

use crate::util::fixture;

const SEED: &str = "facts/seeds/text/000_d868f3940f091378.txt";

fn warta(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = cargo_bin_cmd!("warta");
    cmd.args(args).env_remove("WARTA_CONFIG").current_dir(fixture("facts"));
    if let Some(input) = stdin {
        cmd.write_stdin(input.to_vec());
    }
    cmd.output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn extract_json_prints_title_body_and_facts() {
    let path = fixture(SEED);
    let output = warta(&["extract", "--format", "json", path.to_str().unwrap()], None);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["title"], "Kota Madiun Raih Nilai 95,5 dalam Penilaian Pelayanan Publik 2024, Naik 1,91 Poin");
    assert_eq!(json["body"].as_str().unwrap(), std::fs::read_to_string(&path).unwrap());
    let facts = json["facts"].as_array().unwrap();
    assert!(facts.iter().any(|f| f["kind"] == "score" && f["value"] == 95.5 && f["subject"] == "Kota Madiun"));
    assert!(facts.iter().any(|f| f["kind"] == "decree" && f["number"] == "252/2024" && f["year"] == 2024));
    for fact in facts {
        for field in ["kind", "text", "start", "end", "sentence"] {
            assert!(fact.get(field).is_some(), "{field} missing in {fact}");
        }
    }
}

#[test]
fn extract_text_format_is_a_table() {
    let output = warta(&["extract", fixture(SEED).to_str().unwrap()], None);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("title:") && text.contains("zona hijau") && text.contains("25 November 2024"), "{text}");
}

#[test]
fn extract_reads_stdin_and_completes_dates_from_published() {
    let input = "Madiun, Jumat (15/11) - Kota Madiun meraih nilai 95,5.".as_bytes();
    let output = warta(&["extract", "--format", "json", "--published", "2024-11-18", "-"], Some(input));
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["published"], "2024-11-18");
    let facts = json["facts"].as_array().unwrap();
    assert!(facts.iter().any(|f| f["kind"] == "date" && f["value"] == "2024-11-15"), "{facts:?}");
    let without = warta(&["extract", "--format", "json", "-"], Some(input));
    let json: serde_json::Value = serde_json::from_str(&stdout(&without)).unwrap();
    assert!(!json["facts"].as_array().unwrap().iter().any(|f| f["kind"] == "date"));
}

#[test]
fn extract_bad_input_gives_one_line_error_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Nilai 95,5 di Kota \xe9\xe8").unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b" \n\n ").unwrap();
    let missing = dir.path().join("missing.txt");
    let seed = fixture(SEED);
    let cases: [(Vec<&str>, &str); 4] = [
        (vec!["extract", missing.to_str().unwrap()], "cannot read"),
        (vec!["extract", latin1.to_str().unwrap()], "not UTF-8"),
        (vec!["extract", empty.to_str().unwrap()], "empty input"),
        (vec!["extract", "--published", "25-11-2024", seed.to_str().unwrap()], "bad --published"),
    ];
    for (args, message) in cases {
        let output = warta(&args, None);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let err = stderr(&output);
        assert!(err.starts_with("warta: ") && err.contains(message) && err.trim_end().lines().count() == 1, "{err}");
    }
}

#[test]
fn eval_reports_per_kind_figures_for_the_seeds() {
    let (gold, text) = (fixture("facts/seeds/gold"), fixture("facts/seeds/text"));
    let output = warta(&["eval", "--format", "json", gold.to_str().unwrap(), text.to_str().unwrap()], None);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["articles"], 2);
    assert_eq!(json["kinds"]["score"]["gold"], 5);
    assert_eq!(json["kinds"]["score"]["matched"], json["kinds"]["score"]["found"]);
    let table = stdout(&warta(&["eval", gold.to_str().unwrap(), text.to_str().unwrap()], None));
    assert!(table.contains("precision") && table.contains("score_change"), "{table}");
}

#[test]
fn eval_of_a_missing_folder_fails_with_exit_1() {
    let output = warta(&["eval", "no-such-gold", "no-such-text"], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no-such-gold"), "{}", stderr(&output));
}

#[test]
fn extract_html_reads_the_page_and_published_overrides_its_date() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(&page, "<html><head><title>Madiun</title></head><body><p>Jumat (15/11) Kota Madiun meraih nilai 95,5.</p></body></html>")
        .unwrap();
    let args =
        ["extract", "--format", "json", "--published", "2024-11-18", "--url", "https://madiunkota.go.id/berita/1"];
    let output = warta(&[&args[..], &[page.to_str().unwrap()]].concat(), None);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["published"], "2024-11-18");
    let facts = json["facts"].as_array().unwrap();
    assert!(facts.iter().any(|f| f["kind"] == "date" && f["value"] == "2024-11-15"), "{facts:?}");
    assert!(facts.iter().any(|f| f["kind"] == "score" && f["value"] == 95.5), "{facts:?}");
}

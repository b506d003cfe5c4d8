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
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b" \n\n ").unwrap();
    let missing = dir.path().join("missing.txt");
    let cases: [(Vec<&str>, &str); 2] = [
        (vec!["extract", missing.to_str().unwrap()], "cannot read"),
        (vec!["extract", empty.to_str().unwrap()], "empty input"),
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
    assert!(table.contains("prec.") && table.contains("score_change"), "{table}");
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

#[test]
fn extract_text_with_a_bom_reads_as_the_same_text_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read(fixture(SEED)).unwrap();
    let with_bom = dir.path().join("bom.txt");
    std::fs::write(&with_bom, [b"\xEF\xBB\xBF".as_slice(), &seed].concat()).unwrap();
    let json = |path: &std::path::Path| -> serde_json::Value {
        let output = warta(&["extract", "--format", "json", path.to_str().unwrap()], None);
        assert!(output.status.success(), "{}", stderr(&output));
        assert_eq!(stderr(&output), "", "UTF-8 with a BOM needs no note");
        serde_json::from_str(&stdout(&output)).unwrap()
    };
    let (plain, bom) = (json(&fixture(SEED)), json(&with_bom));
    assert!(!bom["title"].as_str().unwrap().starts_with('\u{feff}'), "{}", bom["title"]);
    assert_eq!(bom["title"], plain["title"]);
    assert_eq!(bom["body"], plain["body"]);
    assert_eq!(bom["facts"], plain["facts"], "same offsets, same facts");
    let from_stdin = warta(&["extract", "--format", "json", "-"], Some(&[b"\xEF\xBB\xBF".as_slice(), &seed].concat()));
    let from_stdin: serde_json::Value = serde_json::from_str(&stdout(&from_stdin)).unwrap();
    assert_eq!(from_stdin["facts"], plain["facts"]);
}

#[test]
fn extract_latin1_text_is_decoded_and_the_encoding_named() {
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.txt");
    let text = "Caf\u{e9} Merdeka: Kota Madiun meraih nilai 95,5 dalam penilaian kepatuhan \u{ab}zona hijau\u{bb}.";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    std::fs::write(&latin1, &bytes).unwrap();
    let output = warta(&["extract", "--format", "json", latin1.to_str().unwrap()], None);
    assert!(output.status.success(), "{}", stderr(&output));
    let note = stderr(&output);
    assert!(note.contains("not UTF-8; read as windows-1252") && note.lines().count() == 1, "{note}");
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["body"], text);
    let facts = json["facts"].as_array().unwrap();
    let score = facts.iter().find(|f| f["kind"] == "score").unwrap();
    assert_eq!(score["value"], 95.5);
    let start = score["start"].as_u64().unwrap() as usize;
    assert_eq!(
        text.chars().skip(start).take(11).collect::<String>(),
        "nilai 95,5 ",
        "offsets count decoded characters"
    );
}

//! Integration tests: `--help` of every command (examples at the end, `-h`
//! the same), and bad flag values, which exit 2 whichever flag it is.

use crate::util::{run_warta, text};

/// Every command line that has its own help.
const COMMANDS: [&[&str]; 12] = [
    &[],
    &["crawl"],
    &["extract"],
    &["eval"],
    &["reprocess"],
    &["query"],
    &["query", "facts"],
    &["query", "articles"],
    &["query", "panel"],
    &["query", "regions"],
    &["query", "sql"],
    &["stats"],
];

#[test]
fn every_help_ends_with_examples_and_h_says_the_same_as_help() {
    let dir = tempfile::tempdir().unwrap();
    for command in COMMANDS {
        let long = run_warta(dir.path(), &[command, &["--help"]].concat());
        let short = run_warta(dir.path(), &[command, &["-h"]].concat());
        assert!(long.status.success(), "{command:?}: {}", text(&long.stderr));
        assert_eq!(text(&short.stdout), text(&long.stdout), "{command:?}: -h and --help differ");
        let help = text(&long.stdout);
        let examples =
            help.split("\nExamples:\n").nth(1).unwrap_or_else(|| panic!("{command:?} has no examples:\n{help}"));
        let lines: Vec<&str> = examples.lines().take_while(|line| line.starts_with("  ")).collect();
        assert!((2..=3).contains(&lines.len()), "{command:?}: {lines:?}");
        assert!(lines.iter().all(|line| line.contains("warta ")), "{command:?}: {lines:?}");
        let rest = examples.lines().skip(lines.len()).filter(|line| !line.is_empty()).collect::<Vec<_>>();
        assert!(command.is_empty() || rest.is_empty(), "{command:?}: the examples end the help, not {rest:?}");
    }
}

#[test]
fn bad_flag_values_exit_2_and_say_which_flag() {
    let dir = tempfile::tempdir().unwrap();
    let seed = crate::util::fixture("facts/seeds/text/000_d868f3940f091378.txt");
    let cases: [(&[&str], &str); 11] = [
        (&["query", "facts", "--kind", "scores"], "--kind"),
        (&["query", "facts", "--assessment", "kepatuhan"], "--assessment"),
        (&["query", "panel", "--region", "Jatim"], "--assessment"),
        (&["query", "panel", "--assessment", "ipp", "--kind", "decree"], "--kind"),
        (&["query", "facts", "--kind", "nilai"], "--kind"),
        (&["query", "facts", "--since", "2024-13-01"], "--since"),
        (&["query", "sql", "SELECT 1", "--timeout", "sebentar"], "--timeout"),
        (&["extract", "--published", "25-11-2024", seed.to_str().unwrap()], "--published"),
        (&["crawl", "--max-duration", "2 jam"], "--max-duration"),
        (&["stats", "--format", "csv"], "--format"),
        (&["query", "facts", "--limit", "banyak"], "--limit"),
    ];
    for (args, flag) in cases {
        let output = run_warta(dir.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", text(&output.stderr));
        assert!(text(&output.stderr).contains(flag), "{args:?}: {}", text(&output.stderr));
    }
    let kinds = text(&run_warta(dir.path(), &["query", "facts", "--kind", "scores"]).stderr);
    assert!(kinds.contains("score, score_change, decree, date, ranking, grade"), "{kinds}");
    let assessments = text(&run_warta(dir.path(), &["query", "panel", "--assessment", "ombudsman"]).stderr);
    assert!(assessments.contains("ombudsman_kepatuhan") && assessments.contains("other"), "{assessments}");
}

#[test]
fn kind_is_read_in_any_case_and_durations_in_any_friendly_form() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("warta.db");
    let made = run_warta(
        dir.path(),
        &["--db", db.to_str().unwrap(), "reprocess", crate::util::fixture("html").to_str().unwrap()],
    );
    assert!(made.status.success(), "{}", text(&made.stderr));
    for kind in ["SCORE", "Score", "score"] {
        let output = run_warta(
            dir.path(),
            &["--db", db.to_str().unwrap(), "query", "facts", "--kind", kind, "--format", "jsonl"],
        );
        assert!(output.status.success(), "{kind}: {}", text(&output.stderr));
        assert!(text(&output.stdout).lines().all(|line| line.contains(r#""kind":"score""#)), "{kind}");
    }
    std::fs::write(dir.path().join("config.toml"), "").unwrap();
    for duration in ["1h30m", "90s", "1.5h", "PT2H"] {
        let output = run_warta(dir.path(), &["crawl", "--dry-run", "--max-duration", duration]);
        assert!(output.status.success(), "{duration}: {}", text(&output.stderr));
        assert!(text(&output.stdout).contains("0 pages would be fetched"), "{duration}");
    }
}

#[test]
fn stats_help_lists_only_the_formats_it_writes() {
    let dir = tempfile::tempdir().unwrap();
    let help = text(&run_warta(dir.path(), &["stats", "--help"]).stdout);
    let format = help.split("--format").nth(1).unwrap();
    assert!(format.contains("table") && format.contains("jsonl"), "{help}");
    assert!(!help.contains("csv"), "{help}");
}

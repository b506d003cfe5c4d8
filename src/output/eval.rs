//! Renders an evaluation [`Report`]: a per-kind table with precision, recall
//! and subject accuracy, optionally the misses, extras and wrong subjects;
//! or the whole report as JSON.

use std::io::Write;

use super::{ReportFormat, table};
use crate::eval::{Field, KindScore, Mismatch, Report};

/// Prints `report` to stdout.
pub fn print_report(report: &Report, format: ReportFormat, details: bool) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut out, report)?;
            writeln!(out)
        }
        ReportFormat::Text => {
            if details {
                for (label, list) in [
                    ("missed", &report.misses),
                    ("extra", &report.extras),
                    ("wrong subject", &report.wrong_subjects),
                    ("wrong field", &report.wrong_fields),
                ] {
                    for mismatch in list {
                        writeln!(out, "{label:>13}  {}", describe(mismatch))?;
                    }
                }
            }
            write!(out, "{}", table_at(report, table::output_width()))
        }
    }
}

fn describe(m: &Mismatch) -> String {
    let mut line = format!("{}  {} {}", m.article, m.kind, m.key);
    if let Some(expected) = &m.expected {
        line.push_str(&format!("  gold: {expected}"));
    }
    if let Some(got) = &m.got {
        line.push_str(&format!("  got: {got}"));
    }
    line
}

/// The per-kind table, as the tests print it too ([`table::DEFAULT_WIDTH`] wide).
pub fn table(report: &Report) -> String {
    table_at(report, table::DEFAULT_WIDTH)
}

/// The per-kind table, at most `width` wide: counts of keys, then the
/// shares (the counts behind each share are in `--format json`).
fn table_at(report: &Report, width: usize) -> String {
    let headers: Vec<String> =
        ["kind", "gold", "found", "match", "prec.", "recall", "subj.", "assess.", "period", "region"]
            .map(String::from)
            .to_vec();
    let row = |name: String, s: &KindScore| {
        let mut cells = vec![
            name,
            s.gold.to_string(),
            s.found.to_string(),
            s.matched.to_string(),
            format!("{:.3}", s.precision()),
            format!("{:.3}", s.recall()),
            if s.subjects_checked == 0 { "-".to_string() } else { format!("{:.3}", s.subject_accuracy()) },
        ];
        cells.extend(Field::ALL.map(|field| {
            let f = s.field(field);
            if f.checked == 0 { "-".to_string() } else { format!("{:.3}", f.accuracy()) }
        }));
        cells
    };
    let mut rows: Vec<Vec<String>> = report.kinds.iter().map(|(kind, score)| row(kind.to_string(), score)).collect();
    rows.push(row(format!("all ({} articles)", report.articles), &report.overall()));
    table::render(&headers, &rows, width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::table::tests::assert_fits_80_and_100;

    #[test]
    fn the_eval_table_fits_80_and_100_columns_with_figures_whole() {
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/facts/seeds");
        let gold = std::path::Path::new(seeds).join("gold");
        let report = crate::eval::evaluate_dirs(&gold, &std::path::Path::new(seeds).join("text")).unwrap();
        assert_fits_80_and_100(|width| table_at(&report, width), &["score_change", "1.000", "all (2 articles)"]);
    }
}

//! Renders an evaluation [`Report`]: a per-kind table with precision, recall
//! and subject accuracy, optionally the misses, extras and wrong subjects;
//! or the whole report as JSON.

use std::io::Write;

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};

use super::ReportFormat;
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
            writeln!(out, "{}", table(report))
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

/// The per-kind table, as the tests print it too.
pub fn table(report: &Report) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    let mut header = vec!["kind", "gold", "found", "matched", "precision", "recall", "subjects"];
    header.extend(Field::ALL.map(Field::as_str));
    table.set_header(header);
    let row = |name: String, s: &KindScore| {
        let mut cells = vec![
            name,
            s.gold.to_string(),
            s.found.to_string(),
            s.matched.to_string(),
            format!("{:.3}", s.precision()),
            format!("{:.3}", s.recall()),
            format!("{:.3} ({}/{})", s.subject_accuracy(), s.subjects_right, s.subjects_checked),
        ];
        cells.extend(Field::ALL.map(|field| {
            let f = s.field(field);
            if f.checked == 0 { "-".to_string() } else { format!("{:.3} ({}/{})", f.accuracy(), f.right, f.checked) }
        }));
        cells
    };
    for (kind, score) in &report.kinds {
        table.add_row(row(kind.to_string(), score));
    }
    table.add_row(row(format!("all ({} articles)", report.articles), &report.overall()));
    table
}

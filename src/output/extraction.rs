//! Renders an [`Extraction`]: the JSON object of `FACTS.md` (`title`,
//! `published`, `body`, `facts`...) or a readable table of its facts.

use std::io::Write;

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};

use super::ReportFormat;
use crate::model::{Extraction, FactDetail};

/// Prints `extraction` to stdout.
pub fn print_extraction(extraction: &Extraction, format: ReportFormat) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut out, extraction)?;
            writeln!(out)
        }
        ReportFormat::Text => {
            let article = &extraction.article;
            writeln!(out, "title:     {}", article.title.as_deref().unwrap_or("-"))?;
            writeln!(out, "published: {}", article.published.map_or_else(|| "-".to_string(), |p| p.to_string()))?;
            writeln!(out, "facts:     {}", extraction.facts.len())?;
            writeln!(out, "{}", facts_table(extraction))
        }
    }
}

fn facts_table(extraction: &Extraction) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    table.set_header(["kind", "value", "subject / scope", "text", "chars"]);
    for fact in &extraction.facts {
        let (value, who) = match &fact.detail {
            FactDetail::Score { value, subject } | FactDetail::ScoreChange { value, subject } => {
                (value.to_string(), subject.clone())
            }
            FactDetail::Decree { instrument, number, year } => (
                format!("{number} ({})", year.map_or_else(|| "-".to_string(), |y| y.to_string())),
                Some(instrument.clone()),
            ),
            FactDetail::Date { value } => (value.to_string(), None),
            FactDetail::Ranking { rank, top, scope, subject } => {
                let value = match (rank, top) {
                    (Some(rank), _) => format!("rank {rank}"),
                    (None, Some(top)) => format!("top {top}"),
                    (None, None) => "-".to_string(),
                };
                let who = match (subject, scope) {
                    (Some(subject), Some(scope)) => Some(format!("{subject} ({scope})")),
                    (subject, scope) => subject.clone().or_else(|| scope.clone()),
                };
                (value, who)
            }
            FactDetail::Grade { value, subject } => (value.clone(), subject.clone()),
        };
        table.add_row([
            fact.kind().to_string(),
            value,
            who.unwrap_or_else(|| "-".to_string()),
            fact.text.clone(),
            format!("{}..{}", fact.start, fact.end),
        ]);
    }
    table
}

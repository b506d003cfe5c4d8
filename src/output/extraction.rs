//! Renders an [`Extraction`]: the JSON object of `FACTS.md` (`title`,
//! `published`, `body`, `facts`...) or a readable table of its facts.

use std::io::Write;

use super::{ReportFormat, table};
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
            write!(out, "{}", facts_table(extraction, table::output_width()))
        }
    }
}

/// The facts as a table at most `width` wide.
fn facts_table(extraction: &Extraction, width: usize) -> String {
    let headers = ["kind", "value", "subject / scope", "text", "chars"].map(String::from);
    let mut rows = Vec::with_capacity(extraction.facts.len());
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
        rows.push(vec![
            fact.kind().to_string(),
            value,
            who.unwrap_or_else(|| "-".to_string()),
            fact.text.clone(),
            format!("{}..{}", fact.start, fact.end),
        ]);
    }
    table::render(&headers, &rows, width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::table::tests::assert_fits_80_and_100;

    #[test]
    fn the_facts_table_of_a_seed_fits_80_and_100_columns_with_dates_whole() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/facts/seeds/text/000_d868f3940f091378.txt");
        let text = std::fs::read_to_string(path).unwrap();
        let extraction = crate::extract::extract_text(&text, None);
        assert_fits_80_and_100(
            |width| facts_table(&extraction, width),
            &["2024-11-25", "95.5", "score_change", "zona hijau", "252/2024"],
        );
    }
}

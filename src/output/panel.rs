//! `warta query panel` printed: a table or CSV with a column per period
//! (every value of a cell, joined by ` | `), or JSON / JSON lines with each
//! value and the URLs of the articles behind it. CSV keeps every column, so
//! that a spreadsheet gets the same shape each time; the table, for reading,
//! names a region in one column (`35.77 Kota Madiun`), gives a subject only
//! for parties other than the region itself, and leaves out the columns no
//! row fills.

use std::io::{self, Write};

use super::rows::{Format, write_rows};
use crate::query::{Cell, Panel, PanelRow, Rows};

/// Between the values of one cell in a table or CSV.
const VALUE_SEPARATOR: &str = " | ";

/// Writes `panel` in `format`, tables `width` wide.
pub fn write_panel(out: &mut impl Write, panel: &Panel, format: Format, width: usize) -> io::Result<()> {
    match format {
        Format::Table => write_rows(out, &without_empty_columns(table_rows(panel)), format, width),
        Format::Csv => write_rows(out, &panel_rows(panel), format, width),
        Format::Json => {
            // As `query facts --format json` prints: one array, a row a line.
            write!(out, "[")?;
            for (index, row) in panel.rows.iter().enumerate() {
                if index > 0 {
                    write!(out, ",\n ")?;
                }
                serde_json::to_writer(&mut *out, row)?;
            }
            writeln!(out, "]")
        }
        Format::Jsonl => panel.rows.iter().try_for_each(|row| {
            serde_json::to_writer(&mut *out, row)?;
            writeln!(out)
        }),
    }
}

/// The panel as plain rows: `region, region_name, subject, kind, scope`, a
/// column per period, then `disagreement` (the periods whose articles disagree).
fn panel_rows(panel: &Panel) -> Rows {
    let mut columns: Vec<String> = ["region", "region_name", "subject", "kind", "scope"].map(String::from).to_vec();
    columns.extend(panel.periods.iter().map(i32::to_string));
    columns.push("disagreement".into());
    let text = |value: Option<&str>| value.map_or(Cell::Null, |v| Cell::Text(v.to_string()));
    let rows = panel
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![
                text(row.region.as_deref()),
                text(row.region_name.as_deref()),
                Cell::Text(row.subject.clone()),
                Cell::Text(row.kind.as_str().to_string()),
                text(row.scope.as_deref()),
            ];
            cells.extend(panel.periods.iter().map(|period| cell(row, *period)));
            let disagreement: Vec<String> = row.disagreement.iter().map(i32::to_string).collect();
            cells.push(if disagreement.is_empty() { Cell::Null } else { Cell::Text(disagreement.join(", ")) });
            cells
        })
        .collect();
    Rows { columns, rows }
}

/// The panel as a table shows it: `region` as code and name, `subject`
/// only where it is not the region, then as [`panel_rows`].
fn table_rows(panel: &Panel) -> Rows {
    let mut rows = panel_rows(panel);
    rows.columns.splice(0..3, ["region".to_string(), "subject".to_string()]);
    for (row, cells) in panel.rows.iter().zip(&mut rows.rows) {
        let region = match (&row.region, &row.region_name) {
            (Some(code), Some(name)) => Cell::Text(format!("{code} {name}")),
            (Some(code), None) => Cell::Text(code.clone()),
            (None, _) => Cell::Null,
        };
        let subject =
            if row.region_name.as_ref() == Some(&row.subject) { Cell::Null } else { Cell::Text(row.subject.clone()) };
        cells.splice(0..3, [region, subject]);
    }
    rows
}

/// One cell's values as text, most reported first.
fn cell(row: &PanelRow, period: i32) -> Cell {
    match row.cells.get(&period) {
        Some(values) => {
            Cell::Text(values.iter().map(|v| v.value.to_string()).collect::<Vec<_>>().join(VALUE_SEPARATOR))
        }
        None => Cell::Null,
    }
}

/// The columns a table leaves out when no row fills them. A period column
/// stays even when empty: a year without results is worth seeing.
const OPTIONAL_COLUMNS: [&str; 3] = ["subject", "scope", "disagreement"];

/// The rows without the [`OPTIONAL_COLUMNS`] that hold nothing (a table's
/// width is precious: no scope without rankings, no disagreement column
/// when all agree).
fn without_empty_columns(rows: Rows) -> Rows {
    let keep: Vec<bool> = (0..rows.columns.len())
        .map(|i| {
            !OPTIONAL_COLUMNS.contains(&rows.columns[i].as_str())
                || rows.rows.iter().any(|row| !matches!(row[i], Cell::Null))
        })
        .collect();
    Rows { columns: kept(rows.columns, &keep), rows: rows.rows.into_iter().map(|row| kept(row, &keep)).collect() }
}

/// The items whose `keep` is true.
fn kept<T>(items: Vec<T>, keep: &[bool]) -> Vec<T> {
    items.into_iter().zip(keep).filter(|(_, k)| **k).map(|(item, _)| item).collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::model::FactKind;
    use crate::query::{CellValue, PanelValue};

    fn panel() -> Panel {
        let value = |v: CellValue, url: &str| PanelValue { value: v, urls: vec![url.to_string()] };
        Panel {
            periods: vec![2022, 2023, 2024],
            rows: vec![PanelRow {
                region: Some("35.77".into()),
                region_name: Some("Kota Madiun".into()),
                subject: "Kota Madiun".into(),
                kind: FactKind::Score,
                scope: None,
                cells: BTreeMap::from([
                    (2023, vec![value(CellValue::Number(93.59), "https://a.id/1")]),
                    (
                        2024,
                        vec![
                            value(CellValue::Number(95.5), "https://a.id/1"),
                            value(CellValue::Number(95.05), "https://b.id/2"),
                        ],
                    ),
                ]),
                disagreement: vec![2024],
            }],
            without_period: 0,
            without_party: 0,
        }
    }

    fn written(format: Format) -> String {
        let mut out = Vec::new();
        write_panel(&mut out, &panel(), format, 100).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_has_a_column_per_period_and_joins_disagreeing_values() {
        assert_eq!(
            written(Format::Csv),
            "region,region_name,subject,kind,scope,2022,2023,2024,disagreement\n\
             35.77,Kota Madiun,Kota Madiun,score,,,93.59,95.5 | 95.05,2024\n"
        );
    }

    #[test]
    fn json_gives_each_value_with_its_urls() {
        let json: serde_json::Value = serde_json::from_str(&written(Format::Json)).unwrap();
        assert_eq!(json[0]["cells"]["2024"][1]["value"], 95.05);
        assert_eq!(json[0]["cells"]["2024"][1]["urls"][0], "https://b.id/2");
        assert_eq!(json[0]["disagreement"][0], 2024);
        assert_eq!(json[0]["kind"], "score");
        let lines = written(Format::Jsonl);
        assert_eq!(lines.lines().count(), 1);
    }

    #[test]
    fn a_table_names_the_region_once_and_drops_the_columns_no_row_fills() {
        let table = written(Format::Table);
        let header = table.lines().nth(1).unwrap();
        assert!(header.contains("2022") && header.contains("2024") && header.contains("disagreement"), "{table}");
        for absent in ["scope", "subject", "region_name"] {
            assert!(!header.contains(absent), "{absent}: {table}");
        }
        assert!(table.contains("35.77 Kota Madiun") && table.contains("95.5 | 95.05"), "{table}");
        let mut office = panel();
        office.rows[0].subject = "Dinas Sosial".into();
        let mut out = Vec::new();
        write_panel(&mut out, &office, Format::Table, 100).unwrap();
        assert!(String::from_utf8(out).unwrap().contains("Dinas Sosial"));
    }
}

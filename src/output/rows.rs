//! Query rows as a terminal table, a JSON array of objects, JSON lines or
//! CSV with a header row: the shapes Datasette and sqlite-utils users know.
//! NULL is JSON `null` and an empty CSV field; a BLOB is Datasette's
//! `{"$base64": true, "encoded": ...}` in JSON and base64 text in CSV.

use std::io::{self, Write};

use base64::Engine as _;
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::query::{Cell, Rows};

/// Longest cell text shown in a table; JSON and CSV are never cut.
const TABLE_CELL_CHARS: usize = 80;

/// The output formats of `warta query`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A table for reading in a terminal (long texts cut).
    #[default]
    Table,
    /// One JSON array of objects.
    Json,
    /// One JSON object a line.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// One row as a JSON object whose keys keep the column order.
struct Object<'a> {
    columns: &'a [String],
    cells: &'a [Cell],
    /// An extra first key, `section`, for sectioned JSON lines.
    section: Option<&'a str>,
}

impl Serialize for Object<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.columns.len() + usize::from(self.section.is_some())))?;
        if let Some(section) = self.section {
            map.serialize_entry("section", section)?;
        }
        for (column, cell) in self.columns.iter().zip(self.cells) {
            map.serialize_key(column)?;
            match cell {
                Cell::Null => map.serialize_value(&())?,
                Cell::Integer(i) => map.serialize_value(i)?,
                Cell::Real(r) => map.serialize_value(r)?,
                Cell::Text(t) => map.serialize_value(t)?,
                Cell::Blob(b) => map.serialize_value(&serde_json::json!({
                    "$base64": true,
                    "encoded": base64::engine::general_purpose::STANDARD.encode(b),
                }))?,
            }
        }
        map.end()
    }
}

/// A cell as text for tables and CSV.
fn text(cell: &Cell) -> String {
    match cell {
        Cell::Null => String::new(),
        Cell::Integer(i) => i.to_string(),
        Cell::Real(r) if r.fract() == 0.0 && r.abs() < 1e15 => format!("{r:.1}"),
        Cell::Real(r) => r.to_string(),
        Cell::Text(t) => t.clone(),
        Cell::Blob(b) => base64::engine::general_purpose::STANDARD.encode(b),
    }
}

/// A cell as shown in a table: one line, cut to [`TABLE_CELL_CHARS`].
fn table_text(cell: &Cell) -> String {
    if let Cell::Blob(b) = cell {
        return format!("<Binary: {} bytes>", b.len());
    }
    let one_line = text(cell).split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(TABLE_CELL_CHARS) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}

/// Writes `rows` in `format`.
pub fn write_rows(out: &mut impl Write, rows: &Rows, format: Format) -> io::Result<()> {
    match format {
        Format::Table => {
            let mut table = comfy_table::Table::new();
            table.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
            table.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
            table.set_header(&rows.columns);
            for row in &rows.rows {
                table.add_row(row.iter().map(table_text));
            }
            writeln!(out, "{table}")
        }
        Format::Json => {
            write!(out, "[")?;
            for (index, row) in rows.rows.iter().enumerate() {
                if index > 0 {
                    write!(out, ",\n ")?;
                }
                serde_json::to_writer(&mut *out, &Object { columns: &rows.columns, cells: row, section: None })?;
            }
            writeln!(out, "]")
        }
        Format::Jsonl => write_lines(out, rows, None),
        Format::Csv => {
            let mut csv = csv::Writer::from_writer(out);
            csv.write_record(&rows.columns)?;
            for row in &rows.rows {
                csv.write_record(row.iter().map(text))?;
            }
            csv.flush()
        }
    }
}

/// Writes rows as JSON lines, each led by its `section` when given.
fn write_lines(out: &mut impl Write, rows: &Rows, section: Option<&str>) -> io::Result<()> {
    for row in &rows.rows {
        serde_json::to_writer(&mut *out, &Object { columns: &rows.columns, cells: row, section })?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes titled tables (`warta stats`): tables under their titles, one JSON
/// object of arrays, or JSON lines carrying a `section` key. CSV has no way
/// to hold tables of different columns, so it is refused.
pub fn write_sections(out: &mut impl Write, sections: &[(&str, Rows)], format: Format) -> io::Result<()> {
    match format {
        Format::Table => sections.iter().try_for_each(|(title, rows)| {
            writeln!(out, "{title}")?;
            write_rows(out, rows, Format::Table)
        }),
        Format::Json => {
            write!(out, "{{")?;
            for (index, (title, rows)) in sections.iter().enumerate() {
                let objects: Vec<Object<'_>> =
                    rows.rows.iter().map(|cells| Object { columns: &rows.columns, cells, section: None }).collect();
                let comma = if index > 0 { ",\n " } else { "" };
                write!(out, "{comma}{}: {}", serde_json::to_string(title)?, serde_json::to_string(&objects)?)?;
            }
            writeln!(out, "}}")
        }
        Format::Jsonl => sections.iter().try_for_each(|(title, rows)| write_lines(out, rows, Some(title))),
        Format::Csv => {
            Err(io::Error::new(io::ErrorKind::InvalidInput, "stats has no CSV form; use table, json or jsonl"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Rows {
        Rows {
            columns: vec!["kind".into(), "subject".into(), "value".into(), "rank".into()],
            rows: vec![
                vec![Cell::Text("score".into()), Cell::Text("Kota Madiun".into()), Cell::Real(95.5), Cell::Null],
                vec![Cell::Text("ranking".into()), Cell::Text("Kota, \"Madiun\"".into()), Cell::Null, Cell::Integer(3)],
            ],
        }
    }

    fn render(format: Format) -> String {
        let mut out = Vec::new();
        write_rows(&mut out, &rows(), format).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn json_is_an_array_of_objects_in_column_order() {
        let json = render(Format::Json);
        assert!(json.starts_with(r#"[{"kind":"score","subject":"Kota Madiun","value":95.5,"rank":null},"#), "{json}");
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed[1]["rank"], 3);
    }

    #[test]
    fn jsonl_is_one_object_a_line() {
        let lines = render(Format::Jsonl);
        let parsed: Vec<serde_json::Value> = lines.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[0]["value"], 95.5);
    }

    #[test]
    fn csv_has_a_header_and_quotes_commas() {
        assert_eq!(
            render(Format::Csv),
            "kind,subject,value,rank\nscore,Kota Madiun,95.5,\nranking,\"Kota, \"\"Madiun\"\"\",,3\n"
        );
    }

    #[test]
    fn table_cuts_long_text_to_one_line() {
        let long = Cell::Text(format!("Kota Madiun\nmeraih {}", "nilai ".repeat(30)));
        let shown = table_text(&long);
        assert_eq!(shown.chars().count(), TABLE_CELL_CHARS + 1);
        assert!(shown.starts_with("Kota Madiun meraih") && shown.ends_with('…'));
        assert!(render(Format::Table).contains("Kota Madiun"));
        assert_eq!(table_text(&Cell::Blob(vec![1, 2])), "<Binary: 2 bytes>");
    }

    #[test]
    fn sections_render_as_one_json_object() {
        let mut out = Vec::new();
        write_sections(&mut out, &[("kinds", rows())], Format::Json).unwrap();
        let parsed: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(parsed["kinds"][0]["subject"], "Kota Madiun");
        assert!(write_sections(&mut Vec::new(), &[("kinds", rows())], Format::Csv).is_err());
    }
}

//! Query rows as a terminal table, a JSON array of objects, JSON lines or
//! CSV with a header row: the shapes Datasette and sqlite-utils users know.
//! NULL is JSON `null` and an empty CSV field; a BLOB is Datasette's
//! `{"$base64": true, "encoded": ...}` in JSON and base64 text in CSV.
//!
//! Rows are printed as the query yields them ([`RowPrinter`]): JSON, JSON
//! lines and CSV one row at a time, a table [`TABLE_CHUNK`] rows at a time,
//! so memory stays flat whatever the count and the first row shows at once.

use std::io::{self, Write};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{facts, table};
use crate::query::{Cell, RowSink, Rows, Section};

/// Rows a table holds before it is printed: a long result prints as
/// several tables of this many rows, each with its header.
pub const TABLE_CHUNK: usize = 100;

/// After the first row (flushed at once), output is flushed at least this
/// often while rows come, and at the end.
const FLUSH_INTERVAL: Duration = Duration::from_millis(200);

/// The output formats of `warta query`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A table for reading in a terminal (long texts wrapped, very long ones cut).
    #[default]
    Table,
    /// One JSON array of objects.
    Json,
    /// One JSON object a line.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

impl Format {
    /// Whether the format is for programs (JSON, JSON lines, CSV) rather than people.
    pub fn is_machine(self) -> bool {
        self != Format::Table
    }
}

/// The output formats of `warta stats`: CSV cannot hold tables of different columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum SectionsFormat {
    /// Titled tables for reading in a terminal.
    #[default]
    Table,
    /// One JSON object with an array per section.
    Json,
    /// One JSON object a line, each with a `section` key.
    Jsonl,
}

/// How a table of rows is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableStyle {
    /// One table with the rows' columns.
    Plain,
    /// `query facts`: one table per kind, with the columns that kind has.
    Facts,
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
pub(super) fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Null => String::new(),
        Cell::Integer(i) => i.to_string(),
        Cell::Real(r) if r.fract() == 0.0 && r.abs() < 1e15 => format!("{r:.1}"),
        Cell::Real(r) => r.to_string(),
        Cell::Text(t) => t.clone(),
        Cell::Blob(b) => base64::engine::general_purpose::STANDARD.encode(b),
    }
}

/// A cell as a table shows it (a BLOB by its size).
fn table_text(cell: &Cell) -> String {
    match cell {
        Cell::Blob(b) => format!("<Binary: {} bytes>", b.len()),
        other => cell_text(other),
    }
}

/// Prints rows as a query hands them over (see the module doc); call
/// [`RowPrinter::finish`] after the last.
pub struct RowPrinter<W: Write> {
    to: To<W>,
    columns: Vec<String>,
    rows: u64,
    /// When output was last flushed; `None` until the first row.
    flushed: Option<Instant>,
}

/// The format-specific state of a [`RowPrinter`].
enum To<W: Write> {
    Table {
        out: W,
        style: TableStyle,
        width: usize,
        chunk: Vec<Vec<Cell>>,
    },
    Json {
        out: W,
    },
    Jsonl {
        out: W,
    },
    /// Boxed: the CSV writer holds its own buffer, far larger than the other variants.
    Csv {
        csv: Box<csv::Writer<W>>,
    },
}

impl<W: Write> RowPrinter<W> {
    /// A printer of `format` to `out`; tables are laid out in `style`, `width` wide.
    pub fn new(out: W, format: Format, style: TableStyle, width: usize) -> Self {
        let to = match format {
            Format::Table => To::Table { out, style, width, chunk: Vec::new() },
            Format::Json => To::Json { out },
            Format::Jsonl => To::Jsonl { out },
            Format::Csv => To::Csv { csv: Box::new(csv::Writer::from_writer(out)) },
        };
        Self { to, columns: Vec::new(), rows: 0, flushed: None }
    }

    /// Prints what is still held (the last table, the JSON array's end) and flushes.
    pub fn finish(mut self) -> io::Result<()> {
        match &mut self.to {
            To::Table { .. } => self.print_chunk()?,
            To::Json { out } => writeln!(out, "]")?,
            To::Jsonl { .. } | To::Csv { .. } => {}
        }
        self.flush()
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.to {
            To::Table { out, .. } | To::Json { out } | To::Jsonl { out } => out.flush(),
            To::Csv { csv } => csv.flush(),
        }
    }

    /// Prints the rows a table holds, if any.
    fn print_chunk(&mut self) -> io::Result<()> {
        let To::Table { out, style, width, chunk } = &mut self.to else { return Ok(()) };
        if chunk.is_empty() {
            return Ok(());
        }
        let text = match style {
            TableStyle::Plain => {
                let cells: Vec<Vec<String>> = chunk.iter().map(|row| row.iter().map(table_text).collect()).collect();
                table::render(&self.columns, &cells, *width)
            }
            TableStyle::Facts => facts::render(&self.columns, chunk, *width),
        };
        chunk.clear();
        out.write_all(text.as_bytes())
    }
}

impl<W: Write> RowSink for RowPrinter<W> {
    fn columns(&mut self, columns: &[String]) -> io::Result<()> {
        self.columns = columns.to_vec();
        match &mut self.to {
            To::Json { out } => write!(out, "["),
            To::Csv { csv } => csv.write_record(columns).map_err(csv_io),
            To::Table { .. } | To::Jsonl { .. } => Ok(()),
        }
    }

    fn row(&mut self, cells: Vec<Cell>) -> io::Result<()> {
        let columns = &self.columns;
        match &mut self.to {
            To::Table { chunk, .. } => {
                chunk.push(cells);
                if chunk.len() >= TABLE_CHUNK {
                    self.print_chunk()?;
                }
            }
            To::Json { out } => {
                if self.rows > 0 {
                    write!(out, ",\n ")?;
                }
                serde_json::to_writer(&mut *out, &Object { columns, cells: &cells, section: None })?;
            }
            To::Jsonl { out } => {
                serde_json::to_writer(&mut *out, &Object { columns, cells: &cells, section: None })?;
                writeln!(out)?;
            }
            To::Csv { csv } => csv.write_record(cells.iter().map(cell_text)).map_err(csv_io)?,
        }
        self.rows += 1;
        if self.flushed.is_none_or(|at| at.elapsed() >= FLUSH_INTERVAL) {
            self.flush()?;
            self.flushed = Some(Instant::now());
        }
        Ok(())
    }
}

/// A CSV error as the I/O error it wraps, so that a closed pipe stays
/// recognisable (`csv`'s own conversion hides its kind).
fn csv_io(err: csv::Error) -> io::Error {
    match err.into_kind() {
        csv::ErrorKind::Io(err) => err,
        other => io::Error::other(format!("CSV: {other:?}")),
    }
}

/// Writes all of `rows` in `format` (tables [`TableStyle::Plain`], `width` wide).
pub fn write_rows(out: &mut impl Write, rows: &Rows, format: Format, width: usize) -> io::Result<()> {
    let mut printer = RowPrinter::new(out, format, TableStyle::Plain, width);
    printer.columns(&rows.columns)?;
    for row in &rows.rows {
        printer.row(row.clone())?;
    }
    printer.finish()
}

/// Writes titled tables (`warta stats`): tables under their titles (a
/// record as a list of fields), one JSON object of arrays, or JSON lines
/// carrying a `section` key.
pub fn write_sections(
    out: &mut impl Write,
    sections: &[Section],
    format: SectionsFormat,
    width: usize,
) -> io::Result<()> {
    match format {
        SectionsFormat::Table => sections.iter().try_for_each(|section| {
            writeln!(out, "{}", section.title)?;
            match (section.record, section.rows.rows.first()) {
                (_, None) => writeln!(out, "  (none)"),
                (true, Some(row)) => write_record(out, &section.rows.columns, row),
                (false, Some(_)) => write_rows(out, &section.rows, Format::Table, width),
            }
        }),
        SectionsFormat::Json => {
            write!(out, "{{")?;
            for (index, section) in sections.iter().enumerate() {
                let rows = &section.rows;
                let objects: Vec<Object<'_>> =
                    rows.rows.iter().map(|cells| Object { columns: &rows.columns, cells, section: None }).collect();
                let comma = if index > 0 { ",\n " } else { "" };
                write!(out, "{comma}{}: {}", serde_json::to_string(section.title)?, serde_json::to_string(&objects)?)?;
            }
            writeln!(out, "}}")
        }
        SectionsFormat::Jsonl => sections.iter().try_for_each(|section| {
            section.rows.rows.iter().try_for_each(|cells| {
                let object = Object { columns: &section.rows.columns, cells, section: Some(section.title) };
                serde_json::to_writer(&mut *out, &object)?;
                writeln!(out)
            })
        }),
    }
}

/// One row as `  column  value` lines.
fn write_record(out: &mut impl Write, columns: &[String], row: &[Cell]) -> io::Result<()> {
    let key_width = columns.iter().map(|c| c.chars().count()).max().unwrap_or(0);
    for (column, cell) in columns.iter().zip(row) {
        let line = format!("  {column:<key_width$}  {}", table::one_line(&table_text(cell)));
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
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
        write_rows(&mut out, &rows(), format, 100).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn json_is_an_array_of_objects_in_column_order() {
        let json = render(Format::Json);
        assert!(json.starts_with(r#"[{"kind":"score","subject":"Kota Madiun","value":95.5,"rank":null},"#), "{json}");
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed[1]["rank"], 3);
        let mut empty = Vec::new();
        write_rows(&mut empty, &Rows { columns: vec!["n".into()], rows: vec![] }, Format::Json, 100).unwrap();
        assert_eq!(String::from_utf8(empty).unwrap(), "[]\n");
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
    fn a_table_shows_blobs_by_size() {
        let table = render(Format::Table);
        assert!(table.contains("Kota Madiun") && table.contains("95.5"), "{table}");
        assert_eq!(table_text(&Cell::Blob(vec![1, 2])), "<Binary: 2 bytes>");
    }

    /// A writer that records how many bytes had reached it at each flush.
    #[derive(Default)]
    struct Flushes {
        bytes: Vec<u8>,
        at_flush: Vec<usize>,
    }

    impl Write for &mut Flushes {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.bytes.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            self.at_flush.push(self.bytes.len());
            Ok(())
        }
    }

    #[test]
    fn a_long_table_prints_a_chunk_at_a_time_and_the_first_row_is_flushed_at_once() {
        let mut sink = Flushes::default();
        let mut printer = RowPrinter::new(&mut sink, Format::Table, TableStyle::Plain, 80);
        printer.columns(&["n".to_string()]).unwrap();
        for n in 0..(TABLE_CHUNK as i64 * 2 + 5) {
            printer.row(vec![Cell::Integer(n)]).unwrap();
        }
        printer.finish().unwrap();
        let text = String::from_utf8(sink.bytes.clone()).unwrap();
        assert_eq!(text.matches("┌").count(), 3, "three tables of at most {TABLE_CHUNK} rows");
        let mut jsonl = Flushes::default();
        let mut printer = RowPrinter::new(&mut jsonl, Format::Jsonl, TableStyle::Plain, 80);
        printer.columns(&["n".to_string()]).unwrap();
        printer.row(vec![Cell::Integer(1)]).unwrap();
        drop(printer);
        assert_eq!(jsonl.at_flush.first(), Some(&"{\"n\":1}\n".len()), "the first row is out before the second");
    }

    #[test]
    fn sections_render_as_one_json_object_and_a_record_as_a_list() {
        let sections = [
            Section { title: "kinds", rows: rows(), record: false },
            Section { title: "last_run", rows: rows(), record: true },
        ];
        let mut out = Vec::new();
        write_sections(&mut out, &sections, SectionsFormat::Json, 100).unwrap();
        let parsed: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(parsed["kinds"][0]["subject"], "Kota Madiun");
        let mut out = Vec::new();
        write_sections(&mut out, &sections, SectionsFormat::Table, 80).unwrap();
        let text = String::from_utf8(out).unwrap();
        let list = text.split("last_run\n").nth(1).unwrap();
        assert_eq!(list, "  kind     score\n  subject  Kota Madiun\n  value    95.5\n  rank\n", "{text}");
    }
}

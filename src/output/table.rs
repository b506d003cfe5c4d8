//! Terminal tables that fit a width: every table warta prints is laid out
//! here. Short values (dates, numbers, kinds, grades) keep their whole width
//! and are never split; long text wraps at word boundaries in the space left.
//! When even that cannot fit (a `SELECT *` of twenty columns on 80), each
//! row is printed as a record instead, one `column  value` line per cell, as
//! `psql`'s expanded display does. No line is longer than the width.
//!
//! comfy-table draws the borders; the column widths are decided here, so the
//! result is the same on a terminal, in a pipe and in a test.

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets::UTF8_FULL_CONDENSED};

/// The width when neither the terminal nor `$COLUMNS` gives one.
pub const DEFAULT_WIDTH: usize = 100;

/// A column whose every value and header are at most this wide keeps its
/// width: dates (10), numbers, kinds and grades are never split.
const WHOLE_UP_TO: usize = 16;

/// The narrowest a wrapped column is made.
const MIN_WRAP: usize = 8;

/// The longest cell shown, in characters; a longer one is cut with `…`
/// (JSON, JSON lines and CSV are never cut).
const CELL_CHARS: usize = 240;

/// The width to lay tables out for: the terminal's when stdout is one, else
/// `$COLUMNS`, else [`DEFAULT_WIDTH`].
pub fn output_width() -> usize {
    let terminal = Table::new().width().map(usize::from);
    let columns = || std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<usize>().ok());
    terminal.filter(|&w| w > 0).or_else(columns).filter(|&w| w >= 20).unwrap_or(DEFAULT_WIDTH)
}

/// A cell's text as a table shows it: one line, cut at [`CELL_CHARS`].
pub fn one_line(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(CELL_CHARS) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// Lays out `rows` under `headers` in at most `width` columns (see the
/// module doc); the text ends with a newline.
pub fn render(headers: &[String], rows: &[Vec<String>], width: usize) -> String {
    let cells: Vec<Vec<String>> = rows.iter().map(|row| row.iter().map(|cell| one_line(cell)).collect()).collect();
    match widths(headers, &cells, width) {
        Some(widths) => grid(headers, &cells, &widths),
        None => records(headers, &cells, width),
    }
}

/// Whether `rows` fit `width` as a grid (rather than as records).
pub fn fits(headers: &[String], rows: &[Vec<String>], width: usize) -> bool {
    let cells: Vec<Vec<String>> = rows.iter().map(|row| row.iter().map(|cell| one_line(cell)).collect()).collect();
    widths(headers, &cells, width).is_some()
}

/// Characters of a line of text (what a terminal shows for warta's text).
fn chars(text: &str) -> usize {
    text.chars().count()
}

/// The border and padding characters of a row of `columns` cells: `│ a ┆ b │`.
fn overhead(columns: usize) -> usize {
    3 * columns + 1
}

/// The content width of each column, or `None` when the columns cannot fit
/// `width` even with long text wrapped as narrow as allowed: a column of
/// long text is at least [`MIN_WRAP`] wide, and at least as wide as its
/// longest value of up to [`WHOLE_UP_TO`] characters, so that no short
/// value is split, not even in a column whose other values wrap.
fn widths(headers: &[String], rows: &[Vec<String>], width: usize) -> Option<Vec<usize>> {
    let natural: Vec<usize> = (0..headers.len())
        .map(|i| rows.iter().map(|row| chars(&row[i])).chain([chars(&headers[i])]).max().unwrap_or(0).max(1))
        .collect();
    let avail = width.checked_sub(overhead(headers.len()))?;
    if natural.iter().sum::<usize>() <= avail {
        return Some(natural);
    }
    let whole = |w: usize| w <= WHOLE_UP_TO;
    let fixed: usize = natural.iter().filter(|&&w| whole(w)).sum();
    let wrapped: Vec<usize> = (0..natural.len()).filter(|&i| !whole(natural[i])).collect();
    let least = |i: usize| rows.iter().map(|row| chars(&row[i])).filter(|&w| whole(w)).max().unwrap_or(0).max(MIN_WRAP);
    let mut out = natural.clone();
    for &i in &wrapped {
        out[i] = least(i);
    }
    let mut left = avail.checked_sub(fixed)?.checked_sub(wrapped.iter().map(|&i| out[i]).sum())?;
    // Water-filling of what is left: a long column that needs less than its
    // share takes what it needs, and the rest share what it leaves.
    let mut by_need = wrapped;
    by_need.sort_by_key(|&i| natural[i] - out[i]);
    for (done, &i) in by_need.iter().enumerate() {
        let share = left / (by_need.len() - done);
        let extra = (natural[i] - out[i]).min(share);
        out[i] += extra;
        left -= extra;
    }
    Some(out)
}

/// Draws a bordered table with the given content widths.
fn grid(headers: &[String], rows: &[Vec<String>], widths: &[usize]) -> String {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    let total = widths.iter().sum::<usize>() + overhead(widths.len());
    table.set_width(u16::try_from(total).unwrap_or(u16::MAX));
    table.set_header(headers);
    for row in rows {
        table.add_row(row);
    }
    for (column, &width) in table.column_iter_mut().zip(widths) {
        // comfy-table's absolute width counts the cell's padding (one space each side).
        let width = u16::try_from(width + 2).unwrap_or(u16::MAX);
        column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width)));
    }
    format!("{table}\n")
}

/// Each row as a record: a rule naming the row, then `column  value` lines,
/// the values wrapped to the width.
fn records(headers: &[String], rows: &[Vec<String>], width: usize) -> String {
    let key_width = headers.iter().map(|h| chars(h)).max().unwrap_or(0).min(width / 3);
    let value_width = width.saturating_sub(key_width + 2).max(1);
    let mut out = String::new();
    for (index, row) in rows.iter().enumerate() {
        let title = format!("─[ row {} ]", index + 1);
        let rule = width.saturating_sub(chars(&title)).min(width);
        out.push_str(&format!("{title}{}\n", "─".repeat(rule)));
        for (header, value) in headers.iter().zip(row) {
            let key: String = header.chars().take(key_width).collect();
            let mut lines = wrap(value, value_width).into_iter();
            out.push_str(&format!("{key:<key_width$}  {}\n", lines.next().unwrap_or_default()));
            for line in lines {
                out.push_str(&format!("{:key_width$}  {line}\n", ""));
            }
        }
    }
    out
}

/// Words of `text` in lines of at most `width` characters; a longer word is split.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.drain(..width).collect());
        }
        if word.is_empty() {
            continue;
        }
        if !line.is_empty() && chars(&line) + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.extend(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Asserts that no line of `text` is wider than `width`.
    pub(crate) fn assert_fits(text: &str, width: usize) {
        for line in text.lines() {
            assert!(chars(line) <= width, "a line of {} > {width}:\n{line}\nin\n{text}", chars(line));
        }
    }

    /// Renders at 80 and 100 columns and asserts that every line fits and
    /// that each of `whole` (dates, short values) stands unsplit.
    pub(crate) fn assert_fits_80_and_100(render: impl Fn(usize) -> String, whole: &[&str]) {
        for width in [80, 100] {
            let text = render(width);
            assert_fits(&text, width);
            for value in whole {
                assert!(text.contains(value), "{value} split at {width}:\n{text}");
            }
        }
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn short_values_stay_whole_and_long_text_wraps_within_the_width() {
        let headers = strings(&["published", "subject", "value", "text", "title"]);
        let row = strings(&[
            "2025-01-03",
            "Pemerintah Kabupaten Banyuwangi",
            "95.5",
            "meraih nilai 95,5 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik",
            "Banyuwangi Raih Nilai Tertinggi Kepatuhan Pelayanan Publik dari Ombudsman RI Tahun 2024",
        ]);
        let grid = |width| render(&headers, &[row.clone(), row.clone()], width);
        assert_fits_80_and_100(grid, &["2025-01-03", "95.5", "Banyuwangi Raih"]);
        assert!(grid(80).starts_with('┌'), "a grid, not records:\n{}", grid(80));
    }

    #[test]
    fn too_many_columns_become_records_that_fit() {
        let headers: Vec<String> = (0..30).map(|i| format!("column_{i}")).collect();
        let row: Vec<String> = (0..30).map(|i| format!("2024-11-{:02} nilai {i}", i % 28 + 1)).collect();
        let text = render(&headers, &[row], 80);
        assert_fits(&text, 80);
        assert!(text.starts_with("─[ row 1 ]"), "{text}");
        assert!(text.contains("column_29  2024-11-02 nilai 29"), "{text}");
    }

    #[test]
    fn a_short_value_is_not_split_in_a_column_of_long_ones() {
        let headers = strings(&["published", "subject", "value", "title"]);
        let rows = [
            strings(&["2025-01-03", "Kota Madiun", "kategori a", "Kota Madiun Raih Peringkat Ketiga Nasional 2024"]),
            strings(&["2024-11-25", "Kota Madiun", "kualitas tertinggi sekali", "Kota Madiun Raih Nilai 95,5"]),
        ];
        let text = render(&headers, &rows, 55);
        assert_fits(&text, 55);
        assert!(text.starts_with('┌') && text.contains("kategori a"), "{text}");
        assert!(!fits(&headers, &rows, 40), "{}", render(&headers, &rows, 40));
    }

    #[test]
    fn a_narrow_table_keeps_its_natural_widths() {
        let text = render(&strings(&["kind", "facts"]), &[strings(&["score", "12"])], 100);
        assert_eq!(text.lines().map(chars).max(), Some(17), "{text}");
    }

    #[test]
    fn wrap_splits_only_words_longer_than_the_line() {
        assert_eq!(wrap("Kota Madiun meraih nilai", 11), ["Kota Madiun", "meraih", "nilai"]);
        assert_eq!(wrap("https://madiunkota.go.id/x", 10), ["https://ma", "diunkota.g", "o.id/x"]);
        assert_eq!(wrap("", 5), [""]);
    }

    #[test]
    fn long_cells_are_cut_visibly() {
        let shown = one_line(&format!("Kota Madiun\nmeraih {}", "nilai ".repeat(60)));
        assert_eq!(chars(&shown), CELL_CHARS + 1);
        assert!(shown.starts_with("Kota Madiun meraih") && shown.ends_with('…'));
    }
}

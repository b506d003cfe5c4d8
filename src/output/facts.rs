//! The terminal table of `warta query facts`: one table per kind, each
//! with the columns that kind has in the data. Which columns a kind has is
//! read from the rows, not listed per kind: a column is shown for a kind
//! when one of its facts has a value there. A column added to the query
//! (an assessment, a period, a region) therefore shows up by itself for
//! the kinds that carry it; only columns a reader never needs are listed
//! here, to hide them, and the few every table leads or ends with. When a
//! kind's columns cannot all fit the width as a grid, the least needed are
//! left out, in [`LEFT_OUT_FIRST`]'s order, and a line under the table says which.

use crate::model::FactKind;
use crate::query::Cell;

use super::rows::cell_text;
use super::table;

/// Never in the table (JSON, JSON lines and CSV carry them): ids, offsets,
/// the sentence, the URL, the kind (each table's title names it),
/// `date_value` (a date's `value` holds it too) and `assessment_text` (the
/// `assessment` id names it in fewer columns).
const HIDDEN: [&str; 9] =
    ["fact_id", "kind", "sentence", "start", "end", "article_id", "url", "date_value", "assessment_text"];

/// First in every table.
const LEADING: [&str; 1] = ["published_date"];

/// Last in every table: the words that state the fact, and its article.
const TRAILING: [&str; 3] = ["text", "title", "source"];

/// Left out of a table, in this order, until its columns fit the width:
/// the region's name (its code stays), the words that state the fact (the
/// value and the title stay), the source, then the dataset fields. The
/// title and `fact_year` go last: the rows' article, and the year `--year`
/// filters on.
const LEFT_OUT_FIRST: [&str; 6] = ["region_name", "text", "source", "assessment", "region", "period"];

/// Shorter headers for long column names, so that a date column is as
/// narrow as a date.
const HEADERS: [(&str, &str); 1] = [("published_date", "published")];

/// Renders rows of `query facts` (columns as named by the query) as one
/// titled table per kind, kinds in the order of FACTS.md, rows in the order
/// given, each table at most `width` wide.
pub fn render(columns: &[String], rows: &[Vec<Cell>], width: usize) -> String {
    let Some(kind_at) = columns.iter().position(|c| c == "kind") else {
        return table::render(columns, &text_rows(rows, &(0..columns.len()).collect::<Vec<_>>()), width);
    };
    let mut kinds: Vec<String> = Vec::new();
    for row in rows {
        let kind = cell_text(&row[kind_at]);
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    let rank = |kind: &String| FactKind::ALL.iter().position(|k| k.as_str() == kind).unwrap_or(usize::MAX);
    kinds.sort_by_key(rank);
    let mut out = String::new();
    for kind in kinds {
        let of_kind: Vec<Vec<Cell>> = rows.iter().filter(|row| cell_text(&row[kind_at]) == kind).cloned().collect();
        let mut shown = shown_columns(columns, &of_kind);
        let mut left_out = Vec::new();
        for name in LEFT_OUT_FIRST {
            let headers: Vec<String> = shown.iter().map(|&i| header(&columns[i])).collect();
            if table::fits(&headers, &text_rows(&of_kind, &shown), width) {
                break;
            }
            if let Some(at) = shown.iter().position(|&i| columns[i] == name) {
                shown.remove(at);
                left_out.push(name);
            }
        }
        let headers: Vec<String> = shown.iter().map(|&i| header(&columns[i])).collect();
        let noun = if of_kind.len() == 1 { "fact" } else { "facts" };
        out.push_str(&format!("{kind}: {} {noun}\n", of_kind.len()));
        out.push_str(&table::render(&headers, &text_rows(&of_kind, &shown), width));
        if !left_out.is_empty() {
            let note = format!("(without {}, to fit the width; --format csv has every column)", left_out.join(", "));
            for line in table::wrap(&note, width) {
                out.push_str(&format!("{line}\n"));
            }
        }
    }
    out
}

/// The indexes of the columns a table of these rows (all of one kind)
/// shows: the leading ones, then every other column one of the rows has a
/// value in, then the trailing ones.
fn shown_columns(columns: &[String], rows: &[Vec<Cell>]) -> Vec<usize> {
    let has_values = |i: usize| rows.iter().any(|row| !matches!(row[i], Cell::Null));
    let at = |name: &str| columns.iter().position(|c| c == name);
    let mut shown: Vec<usize> = LEADING.iter().filter_map(|name| at(name)).collect();
    let listed = |name: &str| HIDDEN.contains(&name) || LEADING.contains(&name) || TRAILING.contains(&name);
    shown.extend((0..columns.len()).filter(|&i| !listed(&columns[i]) && has_values(i)));
    shown.extend(TRAILING.iter().filter_map(|name| at(name)).filter(|&i| has_values(i)));
    shown
}

fn header(column: &str) -> String {
    HEADERS.iter().find(|(name, _)| *name == column).map_or(column, |(_, short)| short).to_string()
}

fn text_rows(rows: &[Vec<Cell>], shown: &[usize]) -> Vec<Vec<String>> {
    rows.iter().map(|row| shown.iter().map(|&i| cell_text(&row[i])).collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::table::tests::assert_fits_80_and_100;

    const COLUMNS: [&str; 20] = [
        "fact_id",
        "kind",
        "subject",
        "value",
        "rank",
        "top",
        "scope",
        "instrument",
        "number",
        "year",
        "date_value",
        "text",
        "sentence",
        "start",
        "end",
        "article_id",
        "title",
        "url",
        "published_date",
        "source",
    ];

    fn t(text: &str) -> Cell {
        Cell::Text(text.into())
    }

    /// A fact row: the kind's own cells by column name, the rest as a real query fills them.
    fn fact(kind: &str, own: &[(&str, Cell)]) -> Vec<Cell> {
        COLUMNS
            .iter()
            .map(|&column| match column {
                "kind" => t(kind),
                "fact_id" | "start" | "end" | "article_id" => Cell::Integer(7),
                "text" => t("meraih nilai 95,5 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik"),
                "sentence" => t("Kota Madiun meraih nilai 95,5 dalam Penilaian Kepatuhan tahun 2024."),
                "title" => t("Kota Madiun Raih Nilai 95,5 dalam Penilaian Pelayanan Publik 2024, Naik 1,91 Poin"),
                "url" => t("https://madiunkota.go.id/2024/11/25/kota-madiun-raih-nilai-tertinggi/"),
                "published_date" => t("2025-01-03"),
                "source" => t("madiunkota"),
                name => own.iter().find(|(n, _)| *n == name).map_or(Cell::Null, |(_, cell)| cell.clone()),
            })
            .collect()
    }

    fn rows() -> Vec<Vec<Cell>> {
        vec![
            fact("score", &[("subject", t("Pemerintah Kota Madiun")), ("value", Cell::Real(95.5))]),
            fact("date", &[("value", t("2024-11-25")), ("date_value", t("2024-11-25"))]),
            fact(
                "decree",
                &[
                    ("instrument", t("Keputusan Ketua Ombudsman Republik Indonesia")),
                    ("number", t("252/2024")),
                    ("year", Cell::Integer(2024)),
                ],
            ),
            fact("ranking", &[("subject", t("Kota Madiun")), ("rank", Cell::Integer(3)), ("scope", t("nasional"))]),
            fact("score", &[("subject", t("Kabupaten Banyuwangi")), ("value", Cell::Real(88.06))]),
        ]
    }

    fn columns() -> Vec<String> {
        COLUMNS.iter().map(|c| c.to_string()).collect()
    }

    /// The header line of the table under `title`.
    fn header_of(text: &str, title: &str) -> String {
        let mut lines = text.lines().skip_while(|line| !line.starts_with(title));
        lines.nth(2).unwrap_or_default().to_string()
    }

    #[test]
    fn each_kind_shows_only_its_own_columns() {
        let text = render(&columns(), &rows(), 100);
        let score = header_of(&text, "score: 2 facts");
        assert!(score.contains("subject") && score.contains("value") && score.contains("title"), "{text}");
        for absent in ["rank", "scope", "instrument", "number", "date ", "sentence", "url", "fact_id"] {
            assert!(!score.contains(absent), "{absent} in the score table:\n{text}");
        }
        let decree = header_of(&text, "decree: 1 fact");
        assert!(decree.contains("instrument") && decree.contains("number") && decree.contains("year"), "{text}");
        assert!(!decree.contains("subject") && !decree.contains("value"), "{text}");
        let ranking = header_of(&text, "ranking: 1 fact");
        assert!(ranking.contains("rank") && ranking.contains("scope") && !ranking.contains(" top "), "{text}");
        let date = header_of(&text, "date: 1 fact");
        assert!(date.contains("value") && !date.contains("date_value") && !date.contains("subject"), "{text}");
        let order: Vec<&str> = text.lines().filter(|l| l.contains(": ") && !l.starts_with(['│', '┌'])).collect();
        assert_eq!(order, ["score: 2 facts", "decree: 1 fact", "date: 1 fact", "ranking: 1 fact"]);
    }

    #[test]
    fn at_80_and_100_columns_lines_fit_dates_and_short_values_stay_whole() {
        let whole = ["2025-01-03", "2024-11-25", "252/2024", "95.5", "88.06", "nasional", "madiunkota"];
        assert_fits_80_and_100(|width| render(&columns(), &rows(), width), &whole);
    }

    #[test]
    fn a_new_column_shows_for_the_kinds_that_carry_it() {
        let mut columns = columns();
        columns.push("region".into());
        let rows: Vec<Vec<Cell>> = rows()
            .into_iter()
            .map(|mut row| {
                let is_score = row[1] == t("score");
                row.push(if is_score { t("35.77") } else { Cell::Null });
                row
            })
            .collect();
        let text = render(&columns, &rows, 100);
        assert!(header_of(&text, "score: 2 facts").contains("region"), "{text}");
        assert!(!header_of(&text, "decree: 1 fact").contains("region"), "{text}");
    }
}

//! Dates: `25 November 2024`, `14 Nov 2024`, `5 Sept. 2022`, `Kamis
//! (14/11/2024)`, `14/12/2023`, `26-01-2024`, `2024-11-25`, `Senin (9/12/24)`,
//! and, when the publication date is known, day-months without a year
//! (`Jumat (15/11)`, `15 November`). Impossible dates are no fact.

use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::{Date, Weekday};
use regex::Regex;

use super::lexicon::{DAY_NAMES, MONTHS};
use super::{Found, alternation};
use crate::model::FactDetail;

/// `25 November 2024`, `25-27 November 2024`, `3 Agt. 2023`, `15 November`.
static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    let months = alternation(MONTHS.iter().map(|(name, _)| *name));
    Regex::new(&format!(
        r"(?x)
        (?-u:\b)(?P<day>[0-9]{{1,2}})
        (?:\s*(?:-|–|s\.?d\.?|sampai|hingga|dan)\s*(?P<day2>[0-9]{{1,2}}))?
        \s+(?i:(?P<month>{months}))(?-u:\b)\.?
        (?:,?\s+(?:tahun\s+)?(?P<year>[0-9]{{4}})(?-u:\b))?"
    ))
    .expect("static date regex")
});

/// `14/11/2024`, `9/12/24`, `26-01-2024`, `26.01.2024`, `2024-11-25`.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2})
        | [0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})
        | [0-9]{1,2}-[0-9]{1,2}-[0-9]{4}
        | [0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}",
    )
    .expect("static numeric date regex")
});

/// `Jumat (15/11)`, `Selasa, 12/8`: a day name, then day/month, in brackets
/// or after a comma.
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let days = alternation(DAY_NAMES.iter().map(|(name, _)| *name));
    Regex::new(&format!(
        r"(?x)(?i:{days})(?:,?\s*\((?P<day>[0-9]{{1,2}})/(?P<month>[0-9]{{1,2}})\)
        | ,\s*(?P<bare_day>[0-9]{{1,2}})/(?P<bare_month>[0-9]{{1,2}})(?-u:\b))"
    ))
    .expect("static day-month regex")
});

/// Every date in `body`.
pub fn find_dates(body: &str, published: Option<Date>, out: &mut Vec<Found>) {
    for caps in WRITTEN.captures_iter(body) {
        let (Some(day), Some(month)) = (caps.name("day"), caps.name("month")) else { continue };
        let Some(month_number) = month_number(month.as_str()) else { continue };
        let year = caps.name("year").and_then(|year| year.as_str().parse().ok());
        // A day and month alone: only full, capitalised month names.
        if year.is_none() && !(is_full_month(month.as_str()) && month.as_str().starts_with(char::is_uppercase)) {
            continue;
        }
        let end = caps.get(0).map_or(day.end(), |m| m.end());
        let mut days = vec![day];
        days.extend(caps.name("day2"));
        for (index, day_match) in days.iter().enumerate() {
            let span = if index == 0 && days.len() == 1 { day.start()..end } else { day_match.start()..end };
            let Ok(day_number) = day_match.as_str().parse() else { continue };
            let date = match year {
                Some(year) => civil(year, month_number, day_number),
                None => {
                    published.and_then(|p| complete(p, month_number, day_number, weekday_before(body, day.start())))
                }
            };
            push_date(out, span, date);
        }
    }
    for m in NUMERIC.find_iter(body) {
        if !standalone(body, m.range()) {
            continue;
        }
        let parts: Vec<&str> = m.as_str().split(['/', '-', '.']).collect();
        let date = match parts.as_slice() {
            [y, mo, d] if y.len() == 4 => civil_text(y, mo, d),
            [d, mo, y] if y.len() == 2 => {
                y.parse::<i16>().ok().and_then(|y| civil_text(&(2000 + y).to_string(), mo, d))
            }
            [d, mo, y] => civil_text(y, mo, d),
            _ => None,
        };
        push_date(out, m.range(), date);
    }
    if let Some(published) = published {
        for caps in DAY_MONTH.captures_iter(body) {
            let day = caps.name("day").or(caps.name("bare_day"));
            let month = caps.name("month").or(caps.name("bare_month"));
            let (Some(day), Some(month)) = (day, month) else { continue };
            // `Selasa, 12/8/2025` is a whole date, read above.
            if body[month.end()..].starts_with('/') {
                continue;
            }
            let weekday = caps.get(0).and_then(|whole| weekday_named(&body[whole.start()..day.start()]));
            let date = match (day.as_str().parse(), month.as_str().parse()) {
                (Ok(d), Ok(m)) => complete(published, m, d, weekday),
                _ => None,
            };
            push_date(out, day.start()..month.end(), date);
        }
    }
}

/// The number of a month name or abbreviation as printed, in any case
/// (`Desember`, `des`, `Nopember`, `December`).
pub fn month_number(name: &str) -> Option<u8> {
    MONTHS.iter().find(|(month, _)| month.eq_ignore_ascii_case(name)).map(|(_, number)| *number)
}

/// Whether a month as printed is its full name, not an abbreviation.
fn is_full_month(month: &str) -> bool {
    month.len() > 4 || ["mei", "juni", "juli"].iter().any(|m| m.eq_ignore_ascii_case(month))
}

fn push_date(out: &mut Vec<Found>, span: Range<usize>, date: Option<Date>) {
    if let Some(value) = date {
        out.push(Found { span, detail: FactDetail::Date { value } });
    }
}

/// Whether a numeric date stands alone, not inside a longer number such as
/// `188.45/123/2024` or a time range.
fn standalone(body: &str, range: Range<usize>) -> bool {
    let bytes = body.as_bytes();
    let before_ok = range.start == 0
        || !matches!(bytes[range.start - 1], b'0'..=b'9' | b'.' | b'/' | b'-' | b',' | b'a'..=b'z' | b'A'..=b'Z');
    let after = &bytes[range.end..];
    let after_ok = match after {
        [] => true,
        [b'0'..=b'9' | b'/', ..] => false,
        [b'.' | b'-' | b',', b'0'..=b'9', ..] => false,
        _ => true,
    };
    before_ok && after_ok
}

fn civil_text(year: &str, month: &str, day: &str) -> Option<Date> {
    civil(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// A real calendar date in a plausible range, or nothing.
fn civil(year: i16, month: u8, day: u8) -> Option<Date> {
    if !(1900..=2100).contains(&year) {
        return None;
    }
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// Completes a day and month with a year (`FACTS.md`): the latest such
/// date on or before publication whose weekday, when printed, matches
/// (`Selasa (21/3)` in an article of 2 December 2024 is 2023-03-21, the
/// last 21 March that was a Tuesday). Only that date and the one a year
/// before it are weighed: none matches, no fact.
fn complete(published: Date, month: u8, day: u8, weekday: Option<Weekday>) -> Option<Date> {
    // 29 February completes only in a leap year: look back far enough.
    let candidates = (0..=8).filter_map(|back| civil(published.year() - back, month, day)).filter(|d| *d <= published);
    candidates.take(2).find(|date| weekday.is_none_or(|w| date.weekday() == w))
}

/// The weekday named right before a day (`Senin (22 Agustus)`, `Jumat, 15 November`).
fn weekday_before(body: &str, day: usize) -> Option<Weekday> {
    let lead = body[..day].trim_end_matches([' ', '(', ',']);
    let word_start =
        lead.char_indices().rfind(|(_, c)| c.is_whitespace() || *c == '(').map_or(0, |(at, c)| at + c.len_utf8());
    weekday_named(&lead[word_start..])
}

/// The weekday a text opening with a day name names (`Jum'at`, `Senin,`).
fn weekday_named(text: &str) -> Option<Weekday> {
    let word = text.trim_start().split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’')).next()?;
    let (_, number) = DAY_NAMES.iter().find(|(name, _)| name.eq_ignore_ascii_case(word))?;
    Weekday::from_monday_one_offset(*number).ok()
}

/// Compiles every static pattern of this module (for the test that forces them all).
#[cfg(test)]
pub(super) fn force_statics() {
    LazyLock::force(&WRITTEN);
    LazyLock::force(&NUMERIC);
    LazyLock::force(&DAY_MONTH);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, published: Option<&str>) -> Vec<String> {
        let mut out = Vec::new();
        find_dates(text, published.map(|p| p.parse().unwrap()), &mut out);
        out.iter()
            .map(|f| match &f.detail {
                FactDetail::Date { value } => format!("{value} {}", &text[f.span.clone()]),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn every_printed_form_is_read() {
        let cases: &[(&str, &[&str])] = &[
            ("diumumkan pada 25 November 2024 melalui", &["2024-11-25 25 November 2024"]),
            ("MADIUN, Kamis (14/11/2024) - Wali Kota", &["2024-11-14 14/11/2024"]),
            ("Senin (9/12/24) pagi", &["2024-12-09 9/12/24"]),
            ("tanggal 26-01-2024 lalu", &["2024-01-26 26-01-2024"]),
            ("Jum'at 26 Januari 2024 di pendopo", &["2024-01-26 26 Januari 2024"]),
            ("diterbitkan 2024-11-25.", &["2024-11-25 2024-11-25"]),
            ("pada 14 Nov 2024 dan 3 Agt 2023", &["2024-11-14 14 Nov 2024", "2023-08-03 3 Agt 2023"]),
            ("sejak 5 Sept. 2022 silam", &["2022-09-05 5 Sept. 2022"]),
            ("digelar 25-27 November 2024", &["2024-11-25 25-27 November 2024", "2024-11-27 27 November 2024"]),
            ("pada 1 Mei tahun 2023", &["2023-05-01 1 Mei tahun 2023"]),
        ];
        for (text, want) in cases {
            assert_eq!(dates(text, None), *want, "{text}");
        }
    }

    #[test]
    fn impossible_and_partial_dates_are_rejected() {
        for text in [
            "pada 31/02/2024 lalu",
            "selama November 2024",
            "pada tahun 2023",
            "Nomor 188.45/12/11/2024 tentang",
            "Jumat (15/11) sore",
            "pada 15 November lalu",
            "pukul 08.00-12.00 WIB",
            "telepon 0812-3456-7890",
            "skor 2-1 di babak pertama",
            "pada 30 Februari 2024",
        ] {
            assert_eq!(dates(text, None), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn day_month_is_completed_from_publication() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("Jumat (15/11) sore", "2024-11-16", &["2024-11-15 15/11"]),
            ("Kamis (28/12) lalu", "2024-01-03", &["2023-12-28 28/12"]),
            ("pada 15 November lalu", "2024-11-20", &["2024-11-15 15 November"]),
            ("Jumat (31/2) sore", "2024-03-01", &[]),
            ("Selasa (21/3)", "2024-12-02", &["2023-03-21 21/3"]),
            ("Rabu (21/3)", "2024-12-02", &[]),
            ("Senin (22 Agustus) pagi", "2022-08-25", &["2022-08-22 22 Agustus"]),
            ("Sabtu (22 Agustus) pagi", "2022-08-25", &[]),
            ("Senin\u{a0}22 Agustus pagi", "2022-08-25", &["2022-08-22 22 Agustus"]),
            ("pada 20 November nanti", "2024-11-16", &["2023-11-20 20 November"]),
            ("di Jakarta, Selasa, 12/8, Pemprov Jambi", "2025-08-13", &["2025-08-12 12/8"]),
            ("Selasa, 12/8/2025 di Jakarta", "2025-08-13", &["2025-08-12 12/8/2025"]),
        ];
        for (text, published, want) in cases {
            assert_eq!(dates(text, Some(published)), *want, "{text}");
        }
    }
}

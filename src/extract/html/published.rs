//! The publication date of a page and where it came from, trying in turn the
//! site's date selector, JSON-LD, `<meta>` tags, `<time datetime>`, an
//! Indonesian dateline in the page text (`Senin, 25 November 2024 10:15 WIB`,
//! `Kompas.com - 14/12/2023, 16:13 WIB`) and the URL (`/2024/11/25/`). A date
//! before 1990 or after the day the page was fetched is rejected and the next
//! source tried. WIB is +07:00, WITA +08:00 and WIT +09:00.

use std::sync::LazyLock;

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::Offset;
use regex::{Captures, Regex};
use scraper::{Html, Node};

use super::meta::PageMeta;
use crate::config::SiteRules;
use crate::extract::facts;
use crate::model::{DateSource, Published};

/// `<meta>` names and properties that carry the publication date, best first.
const DATE_META_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "content_publisheddate",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "originalpublicationdate",
];

/// Indonesian time zones and their UTC offsets in hours.
const ZONES: &[(&str, i8)] = &[("wib", 7), ("wita", 8), ("wit", 9)];

/// The earliest publication year accepted.
const MIN_YEAR: i16 = 1990;

/// Text nodes longer than this are prose, not datelines.
const MAX_DATELINE_CHARS: usize = 160;

/// A dateline split across elements spans at most this many nodes.
const MAX_DATELINE_NODES: usize = 16;

/// ISO 8601 and its loose variants (`2015-11-05 T10:08:58Z`, `+0700`, no offset).
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})
        (?: [T\s]+ (?P<hour>\d{1,2}):(?P<minute>\d{2}) (?::(?P<second>\d{2})(?:\.\d+)?)?
            \s* (?P<offset> Z | [+-]\d{2}:?\d{2} )? )?",
    )
    .expect("static regex")
});

/// A dateline with a month name: `Senin, 25 November 2024 10:15 WIB`,
/// `Rabu, 20 Nov 2024 | 08:15 WITA`.
static NAMED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?: (?P<weekday> senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad ) \s*,?\s* )?
        \b(?P<day>\d{1,2}) \s+ (?P<month>[a-z]{3,9}) \.? \s+ (?P<year>\d{4})
        (?: \s* [,|\-\u{2013}/]? \s* (?:pukul|jam)? \s*
            (?P<hour>\d{1,2}) [:.] (?P<minute>\d{2}) (?: [:.]\d{2} )? \s* (?P<zone> wita|wib|wit )? \b )?",
    )
    .expect("static regex")
});

/// A numeric dateline with a time zone: `Kompas.com - 14/12/2023, 16:13 WIB`.
static NUMERIC_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        \b(?P<day>\d{1,2}) [/-] (?P<month>\d{1,2}) [/-] (?P<year>\d{4}) \s*,?\s* (?:pukul|jam)? \s*
        (?P<hour>\d{1,2}) [:.] (?P<minute>\d{2}) (?: [:.]\d{2} )? \s* (?P<zone> wita|wib|wit )\b",
    )
    .expect("static regex")
});

/// A day-first numeric date: `19/12/2024`, `19-12-2024`.
static BARE_NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<day>\d{1,2})[/-](?P<month>\d{1,2})[/-](?P<year>\d{4})\b").expect("static regex")
});

/// A date in a URL path: `/2024/11/25/`.
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/|$)").expect("static regex")
});

/// Finds the publication date of a page, with its source.
pub(super) fn find_published(
    html: &Html,
    meta: &PageMeta,
    rules: Option<&SiteRules>,
    url: Option<&str>,
    fetched_on: Option<Date>,
) -> Option<(Published, DateSource)> {
    let plausible = |published: &Published| {
        let date = published.date();
        date.year() >= MIN_YEAR && fetched_on.is_none_or(|today| date <= today)
    };
    let first = |texts: &mut dyn Iterator<Item = &str>| texts.filter_map(parse_date).find(|p| plausible(p));
    if let Some(selector) = rules.and_then(|rules| rules.date.as_ref()) {
        let texts: Vec<String> = html
            .select(selector)
            .flat_map(|el| {
                let value = el.value();
                [value.attr("datetime"), value.attr("content")]
                    .into_iter()
                    .flatten()
                    .map(str::to_string)
                    .chain(std::iter::once(el.text().collect::<String>()))
            })
            .collect();
        // The site says this element is the date: a bare date will do.
        let found = texts.iter().filter_map(|t| parse_date(t).or_else(|| parse_bare_date(t))).find(|p| plausible(p));
        if let Some(found) = found {
            return Some((found, DateSource::Selector));
        }
    }
    let datelines: Vec<Published> =
        dateline_texts(html).iter().filter_map(|t| parse_dateline(t)).filter(plausible).collect();
    // A dateline with a time and zone beats a bare date in a page header.
    let dateline = datelines.iter().find(|p| matches!(p, Published::DateTime { .. })).or(datelines.first()).copied();
    let sources: [(DateSource, Option<Published>); 3] = [
        (DateSource::JsonLd, first(&mut meta.linked.date_published.iter().map(String::as_str))),
        (DateSource::Meta, first(&mut DATE_META_KEYS.iter().filter_map(|key| meta.meta(&[key])))),
        (DateSource::TimeElement, first(&mut meta.times.iter().map(String::as_str))),
    ];
    if let Some((source, Some(found))) = sources.into_iter().find(|(_, found)| found.is_some()) {
        // A structured date without a time takes the time of a dateline on the same day.
        return match (found, dateline) {
            (Published::Date(date), Some(timed @ Published::DateTime { .. })) if timed.date() == date => {
                Some((timed, DateSource::Text))
            }
            _ => Some((found, source)),
        };
    }
    if let Some(found) = dateline {
        return Some((found, DateSource::Text));
    }
    let found = URL_DATE.captures(url?).and_then(|caps| date_of(&caps)).map(Published::Date)?;
    plausible(&found).then_some((found, DateSource::Url))
}

/// Parses a date value: ISO 8601 (loosely) or an Indonesian dateline.
pub(super) fn parse_date(text: &str) -> Option<Published> {
    let text = text.trim();
    match ISO.captures(text) {
        Some(caps) => iso_of(&caps),
        None => parse_dateline(text),
    }
}

/// Parses an Indonesian dateline: a weekday or a time is required, so that a
/// bare date in a sentence is not taken for the publication date.
pub(super) fn parse_dateline(text: &str) -> Option<Published> {
    let caps = NUMERIC_DATELINE.captures(text).or_else(|| {
        NAMED_DATELINE.captures_iter(text).find(|caps| {
            (caps.name("weekday").is_some() || caps.name("hour").is_some()) && month_number(&caps["month"]).is_some()
        })
    })?;
    let date = date_of(&caps)?;
    let Some(hour) = caps.name("hour") else { return Some(Published::Date(date)) };
    let time = Time::new(hour.as_str().parse().ok()?, caps["minute"].parse().ok()?, 0, 0).ok()?;
    let Some(zone) = caps.name("zone") else { return Some(Published::Date(date)) };
    let hours = ZONES.iter().find(|(name, _)| zone.as_str().eq_ignore_ascii_case(name))?.1;
    Some(Published::DateTime { local: date.to_datetime(time), offset: Offset::constant(hours) })
}

/// Whether a paragraph is a dateline and little else (`Senin, 25 November
/// 2024 10:15 WIB`, `Kompas.com - 14/12/2023, 16:13 WIB`, `Diperbarui
/// Rabu, 20 Nov 2024`): at most [`DATELINE_OTHER_WORDS`] words besides the
/// date. A sentence that holds a date (`Rapat evaluasi digelar Senin, 8
/// April 2024 di pendapa.`) is none.
pub(super) fn is_dateline_paragraph(text: &str) -> bool {
    let Some(caps) = NUMERIC_DATELINE.captures(text).or_else(|| {
        NAMED_DATELINE.captures_iter(text).find(|caps| {
            (caps.name("weekday").is_some() || caps.name("hour").is_some()) && month_number(&caps["month"]).is_some()
        })
    }) else {
        return false;
    };
    let Some(whole) = caps.get(0) else { return false };
    let rest = format!("{} {}", &text[..whole.start()], &text[whole.end()..]);
    let words = rest.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    // A time with its zone makes a line a dateline even beside a writer's name (`Vania Ika Aldida | Jum'at, ...`).
    words <= DATELINE_OTHER_WORDS + usize::from(caps.name("zone").is_some())
}

/// How many words besides its date a dateline paragraph holds at most
/// (`Kompas.com -`, `Diperbarui`, `Oleh Redaksi`), one more with a time zone.
const DATELINE_OTHER_WORDS: usize = 2;

/// A date without weekday or time (`19/12/2024`, `19 Desember 2024`), for
/// elements a site's date selector points at.
fn parse_bare_date(text: &str) -> Option<Published> {
    let caps = BARE_NUMERIC_DATE
        .captures(text)
        .or_else(|| NAMED_DATELINE.captures_iter(text).find(|caps| month_number(&caps["month"]).is_some()))?;
    date_of(&caps).map(Published::Date)
}

/// The date of `year`, `month` (number or name) and `day` captures.
fn date_of(caps: &Captures<'_>) -> Option<Date> {
    let month = caps["month"].parse().ok().or_else(|| month_number(&caps["month"]))?;
    Date::new(caps["year"].parse().ok()?, month, caps["day"].parse().ok()?).ok()
}

/// The number of a month name or abbreviation, from the fact extractor's
/// month table (the crate's only one).
fn month_number(name: &str) -> Option<i8> {
    facts::month_number(name).and_then(|number| i8::try_from(number).ok())
}

/// An ISO-like match as a date, or a date-time when it has an offset.
fn iso_of(caps: &Captures<'_>) -> Option<Published> {
    let date = date_of(caps)?;
    let (Some(hour), Some(offset)) = (caps.name("hour"), caps.name("offset")) else {
        return Some(Published::Date(date));
    };
    let second = caps.name("second").map_or(Some(0), |s| s.as_str().parse().ok())?;
    let time = Time::new(hour.as_str().parse().ok()?, caps["minute"].parse().ok()?, second, 0).ok()?;
    let offset = match offset.as_str() {
        "Z" => Offset::UTC,
        text => {
            let digits: String = text[1..].chars().filter(char::is_ascii_digit).collect();
            let minutes = digits[..2].parse::<i32>().ok()? * 60 + digits[2..].parse::<i32>().ok()?;
            let sign = if text.starts_with('-') { -1 } else { 1 };
            Offset::from_seconds(sign * minutes * 60).ok()?
        }
    };
    Some(Published::DateTime { local: DateTime::from_parts(date, time), offset })
}

/// Short texts of the page (outside scripts and styles) that may be datelines:
/// each text node, and its parent's whole text when a dateline is split
/// across elements.
fn dateline_texts(html: &Html) -> Vec<String> {
    let mut texts = Vec::new();
    for node in html.tree.root().descendants() {
        let Node::Text(text) = node.value() else { continue };
        let trimmed = text.trim();
        if trimmed.len() < 6 || trimmed.len() > MAX_DATELINE_CHARS || !trimmed.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let Some(parent) = node.parent() else { continue };
        let parent_name = parent.value().as_element().map(|e| e.name());
        if matches!(parent_name, Some("script" | "style" | "noscript" | "title" | "textarea")) {
            continue;
        }
        // The parent's text, read only while it is short enough to be a
        // dateline (bounded, so a parent of many text nodes stays linear).
        let mut whole = String::new();
        for text in parent.descendants().take(MAX_DATELINE_NODES).filter_map(|n| n.value().as_text()) {
            whole.push_str(text);
            whole.push(' ');
            if whole.len() > MAX_DATELINE_CHARS {
                break;
            }
        }
        let whole = whole.split_whitespace().collect::<Vec<_>>().join(" ");
        if whole.len() <= MAX_DATELINE_CHARS && whole != trimmed {
            texts.push(whole);
        }
        texts.push(trimmed.to_string());
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_date_reads_iso_variants_and_indonesian_datelines() {
        let cases = [
            ("2015-11-05T14:56:43+07:00", Some("2015-11-05T14:56:43+07:00")),
            ("2015-11-05 T10:08:58Z", Some("2015-11-05T10:08:58+00:00")),
            ("2016-02-16T13:01:52+0700", Some("2016-02-16T13:01:52+07:00")),
            ("2017-02-17 13:30:08", Some("2017-02-17")),
            ("2014-07-13T20:07:27.8200000", Some("2014-07-13")),
            ("Senin, 25 November 2024 10:15 WIB", Some("2024-11-25T10:15:00+07:00")),
            ("Kompas.com - 14/12/2023, 16:13 WIB", Some("2023-12-14T16:13:00+07:00")),
            ("Rabu, 20 Nov 2024 | 08:15 WITA", Some("2024-11-20T08:15:00+08:00")),
            ("Kamis, 21 November 2024 - 19:00 WIT", Some("2024-11-21T19:00:00+09:00")),
            ("Jum'at, 17 Februari 2017 - 13:30 wib", Some("2017-02-17T13:30:00+07:00")),
            ("Selasa, 31 Desember 2024", Some("2024-12-31")),
            ("Diumumkan pada 25 November 2024 melalui keputusan", None),
            ("Senin, 31 Februari 2024 10:15 WIB", None),
            ("Senin, 25 Brumaire 2024", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_date(text).map(|p| p.to_string()).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn find_published_tries_sources_in_order_and_rejects_implausible_dates() {
        let fetched = Date::new(2024, 12, 1).ok();
        let cases = [
            (
                r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-25T10:15:00+07:00"}</script>
                   <meta property="article:published_time" content="2024-11-24T08:00:00+07:00">"#,
                "https://garda.example/a",
                Some(("2024-11-25T10:15:00+07:00", DateSource::JsonLd)),
            ),
            (
                r#"<meta property="article:published_time" content="2030-01-01T08:00:00+07:00">
                   <time datetime="2024-11-24">24 Nov</time>"#,
                "https://garda.example/a",
                Some(("2024-11-24", DateSource::TimeElement)),
            ),
            (
                r#"<meta name="pubdate" content="1985-01-01"><div class="date">Senin, 25 November 2024 <span>10:15 WIB</span></div>"#,
                "https://garda.example/a",
                Some(("2024-11-25T10:15:00+07:00", DateSource::Text)),
            ),
            (
                r#"<p>Tanpa tanggal.</p>"#,
                "https://garda.example/2024/11/25/kota-madiun",
                Some(("2024-11-25", DateSource::Url)),
            ),
            (r#"<p>Tanpa tanggal.</p>"#, "https://garda.example/2025/01/02/kota-madiun", None),
        ];
        for (page, url, expected) in cases {
            let html = Html::parse_document(page);
            let meta = super::super::meta::read_page_meta(&html);
            let found = find_published(&html, &meta, None, Some(url), fetched);
            let found = found.map(|(p, s)| (p.to_string(), s));
            assert_eq!(found, expected.map(|(p, s)| (p.to_string(), s)), "{page}");
        }
    }

    #[test]
    fn only_a_paragraph_that_is_mostly_a_dateline_is_one() {
        for (text, dateline) in [
            ("Senin, 25 November 2024 10:15 WIB", true),
            ("Kompas.com - 14/12/2023, 16:13 WIB", true),
            ("Diperbarui Rabu, 20 Nov 2024 | 08:15 WITA", true),
            ("Minggu, 26 Maret 2023 | 13:49 WIB", true),
            ("Vania Ika Aldida | Jum'at, 17 Februari 2017 - 13:30 wib", true),
            ("Rapat digelar Senin, 8 April 2024 pukul 10.00 WIB di pendapa", false),
            ("Rapat evaluasi digelar Senin, 8 April 2024 di pendapa.", false),
            ("- Kota Madiun diumumkan Senin, 8 April 2024 pukul 10.00", false),
            ("Kota Madiun meraih nilai 95,5 pada 25 November 2024.", false),
        ] {
            assert_eq!(is_dateline_paragraph(text), dateline, "{text}");
        }
    }

    #[test]
    fn every_static_pattern_compiles() {
        for pattern in [&ISO, &NAMED_DATELINE, &NUMERIC_DATELINE, &BARE_NUMERIC_DATE, &URL_DATE] {
            LazyLock::force(pattern);
        }
    }
}

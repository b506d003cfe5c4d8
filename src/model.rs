//! The shared nouns of the pipeline: articles, their publication dates and the
//! facts read from them. This module imports nothing of ours, and its types
//! serialise to the JSON shape of `FACTS.md` (field names, snake_case kinds).

use std::fmt;
use std::str::FromStr;

use jiff::civil::{Date, DateTime};
use jiff::tz::Offset;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The six kinds of fact, named exactly as in `FACTS.md`, JSON and SQLite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A numeric result of an assessment given to a party.
    Score,
    /// A signed change of a score.
    ScoreChange,
    /// A numbered legal or administrative instrument.
    Decree,
    /// A calendar date with day, month and year.
    Date,
    /// A position or a top-N band in a ranking.
    Ranking,
    /// A categorical rating given to a party.
    Grade,
}

impl FactKind {
    /// Every kind, in the order of `FACTS.md`.
    pub const ALL: [FactKind; 6] =
        [FactKind::Score, FactKind::ScoreChange, FactKind::Decree, FactKind::Date, FactKind::Ranking, FactKind::Grade];

    /// The kind's name as written in `FACTS.md`, JSON and SQLite.
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Score => "score",
            FactKind::ScoreChange => "score_change",
            FactKind::Decree => "decree",
            FactKind::Date => "date",
            FactKind::Ranking => "ranking",
            FactKind::Grade => "grade",
        }
    }
}

impl fmt::Display for FactKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a fact kind name that `FACTS.md` does not define.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown fact kind {0:?} (expected one of: score, score_change, decree, date, ranking, grade)")]
pub struct UnknownKind(pub String);

impl FromStr for FactKind {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        FactKind::ALL.into_iter().find(|kind| kind.as_str() == s).ok_or_else(|| UnknownKind(s.to_string()))
    }
}

/// What a fact says, with the fields its kind has in `FACTS.md`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FactDetail {
    /// `nilai 95,5`: the value with the decimal comma read as a point.
    Score {
        /// The score.
        value: f64,
        /// The assessed party, as written.
        subject: Option<String>,
    },
    /// `meningkat 1,91 poin`: signed, a fall is negative.
    ScoreChange {
        /// The signed change.
        value: f64,
        /// The party whose score changed, as written.
        subject: Option<String>,
    },
    /// `Keputusan Ketua Ombudsman Republik Indonesia No. 252/2024`.
    Decree {
        /// The instrument's name as written.
        instrument: String,
        /// The identifier exactly as printed after `Nomor`.
        number: String,
        /// The year from `Tahun 2024` or a trailing `/2024`.
        year: Option<i32>,
    },
    /// `25 November 2024`, as an ISO date.
    Date {
        /// The calendar date.
        value: Date,
    },
    /// `peringkat ketiga secara nasional` or `25 besar`.
    Ranking {
        /// The position, when one is given.
        rank: Option<u32>,
        /// The band size for `N besar` / `top N`.
        top: Option<u32>,
        /// Where the ranking holds (`nasional`, `provinsi`, `Jawa Timur`...).
        scope: Option<String>,
        /// The ranked party, as written.
        subject: Option<String>,
    },
    /// `zona hijau`, `kategori a`, `sangat baik`: lower-cased as written.
    Grade {
        /// The rating, lower-cased.
        value: String,
        /// The rated party, as written.
        subject: Option<String>,
    },
}

impl FactDetail {
    /// The kind of this fact.
    pub fn kind(&self) -> FactKind {
        match self {
            FactDetail::Score { .. } => FactKind::Score,
            FactDetail::ScoreChange { .. } => FactKind::ScoreChange,
            FactDetail::Decree { .. } => FactKind::Decree,
            FactDetail::Date { .. } => FactKind::Date,
            FactDetail::Ranking { .. } => FactKind::Ranking,
            FactDetail::Grade { .. } => FactKind::Grade,
        }
    }

    /// The party the fact is about, for the kinds that have one.
    pub fn subject(&self) -> Option<&str> {
        match self {
            FactDetail::Score { subject, .. }
            | FactDetail::ScoreChange { subject, .. }
            | FactDetail::Ranking { subject, .. }
            | FactDetail::Grade { subject, .. } => subject.as_deref(),
            FactDetail::Decree { .. } | FactDetail::Date { .. } => None,
        }
    }
}

/// One fact found in an article body, with the words that state it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// The kind and its fields.
    #[serde(flatten)]
    pub detail: FactDetail,
    /// The exact words of the body that state the fact.
    pub text: String,
    /// Character offset of `text` in the body (not bytes).
    pub start: usize,
    /// Character offset just past `text` in the body.
    pub end: usize,
    /// The sentence that holds `text`.
    pub sentence: String,
    /// Which assessment, year and region the result belongs to (scores,
    /// changes, rankings and grades; empty for decrees and dates).
    #[serde(flatten, default, skip_serializing_if = "Context::is_empty")]
    pub context: Context,
}

/// What makes a result comparable across articles (`FACTS.md`, "Fields that
/// make the facts a dataset"): the assessment it belongs to, the year it is
/// for, and the region its subject is or belongs to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    /// The assessment's catalogue id (`ombudsman_kepatuhan`, `ipp`...) or
    /// `other`, when the article names it.
    pub assessment: Option<String>,
    /// The words that named the assessment, as printed.
    pub assessment_text: Option<String>,
    /// The year the result is for, when the article says it.
    pub period: Option<i32>,
    /// The Kemendagri code of the subject's region (`35.77`).
    pub region: Option<String>,
    /// The official name of that region (`Kota Madiun`).
    pub region_name: Option<String>,
}

impl Context {
    /// Whether no field is known.
    pub fn is_empty(&self) -> bool {
        *self == Context::default()
    }
}

impl Fact {
    /// The kind of this fact.
    pub fn kind(&self) -> FactKind {
        self.detail.kind()
    }
}

/// When an article was published: a date, or a date and time with its UTC
/// offset when the page gives one (WIB is +07:00, WITA +08:00, WIT +09:00).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Published {
    /// Only the calendar date is known.
    Date(Date),
    /// A local date and time with its offset.
    DateTime {
        /// The local wall-clock date and time.
        local: DateTime,
        /// The offset of `local` from UTC.
        offset: Offset,
    },
}

impl Published {
    /// The calendar date of publication, in the page's own time zone.
    pub fn date(&self) -> Date {
        match self {
            Published::Date(date) => *date,
            Published::DateTime { local, .. } => local.date(),
        }
    }
}

impl fmt::Display for Published {
    /// ISO 8601: `2024-11-25` or `2024-11-25T10:15:00+07:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Published::Date(date) => write!(f, "{date}"),
            Published::DateTime { local, offset } => {
                let seconds = offset.seconds();
                let sign = if seconds < 0 { '-' } else { '+' };
                let minutes = seconds.unsigned_abs() / 60;
                write!(f, "{}{sign}{:02}:{:02}", local.strftime("%Y-%m-%dT%H:%M:%S"), minutes / 60, minutes % 60)
            }
        }
    }
}

/// The error for a publication date that is not ISO 8601.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an ISO 8601 date or date-time with offset: {0:?}")]
pub struct BadPublished(pub String);

impl FromStr for Published {
    type Err = BadPublished;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        use jiff::fmt::temporal::{Pieces, PiecesOffset};
        let bad = || BadPublished(s.to_string());
        let pieces = Pieces::parse(s).map_err(|_| bad())?;
        let Some(time) = pieces.time() else {
            return match pieces.offset() {
                None => Ok(Published::Date(pieces.date())),
                Some(_) => Err(bad()),
            };
        };
        let offset = match pieces.offset().ok_or_else(bad)? {
            PiecesOffset::Zulu => Offset::UTC,
            PiecesOffset::Numeric(numeric) => numeric.offset(),
            _ => return Err(bad()),
        };
        Ok(Published::DateTime { local: pieces.date().to_datetime(time), offset })
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Where an article's publication date was read from, most trusted first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Given by the caller (`--published`) or by a feed or sitemap entry.
    Given,
    /// A per-site date selector from `config.toml`.
    Selector,
    /// JSON-LD `datePublished`.
    JsonLd,
    /// A `<meta>` tag such as `article:published_time`.
    Meta,
    /// A `<time datetime>` element.
    TimeElement,
    /// A dateline in the page text (`Senin, 25 November 2024 10:15 WIB`).
    Text,
    /// The article URL (`/2024/11/25/`).
    Url,
}

impl DateSource {
    /// The name used in JSON and SQLite.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Given => "given",
            DateSource::Selector => "selector",
            DateSource::JsonLd => "json_ld",
            DateSource::Meta => "meta",
            DateSource::TimeElement => "time_element",
            DateSource::Text => "text",
            DateSource::Url => "url",
        }
    }
}

/// A news article as read from a page or a text file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The article's canonical URL, when known.
    pub url: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// When it was published.
    pub published: Option<Published>,
    /// Where `published` came from.
    pub published_source: Option<DateSource>,
    /// The authors named by the page, in order.
    pub authors: Vec<String>,
    /// The page language (`id`), when declared.
    pub language: Option<String>,
    /// The clean body text, paragraphs separated by a blank line, opening
    /// with the headline (a page's title, or a text's first line). Fact
    /// offsets count characters of exactly this string.
    pub body: String,
}

/// An article together with the facts read from its body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The article.
    #[serde(flatten)]
    pub article: Article,
    /// Its facts, in body order.
    pub facts: Vec<Fact>,
}

/// The site a URL is on, as warta's same-site rules compare it: scheme,
/// host (lower-case, a leading `www.` dropped, so `www.example.id` and
/// `example.id` are one site) and port (the scheme's default when the URL
/// names none). Redirects, canonical links and discovered URLs are kept to
/// the origins of their source with it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Origin {
    scheme: String,
    host: String,
    port: u16,
}

impl Origin {
    /// The origin of an http(s) URL with a host; `None` for anything else.
    pub fn of(url: &url::Url) -> Option<Origin> {
        if !matches!(url.scheme(), "http" | "https") {
            return None;
        }
        let host = url.host_str()?.to_ascii_lowercase();
        let host = host.strip_prefix("www.").map(str::to_string).unwrap_or(host);
        Some(Origin { scheme: url.scheme().to_string(), host, port: url.port_or_known_default()? })
    }

    /// Whether `url` is on this origin. A move from http to https on the
    /// default ports counts as the same site (a secure upgrade); the other
    /// way, another port or another host does not.
    pub fn contains(&self, url: &url::Url) -> bool {
        Origin::of(url).is_some_and(|other| {
            other.host == self.host
                && (other == *self
                    || (self.scheme == "http" && self.port == 80 && other.scheme == "https" && other.port == 443))
        })
    }

    /// The host, without a leading `www.`.
    pub fn host(&self) -> &str {
        &self.host
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let default = if self.scheme == "https" { 443 } else { 80 };
        write!(f, "{}://{}", self.scheme, self.host)?;
        if self.port != default {
            write!(f, ":{}", self.port)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_fold_www_and_keep_ports_and_schemes_apart() {
        let url = |s: &str| url::Url::parse(s).unwrap();
        let site = Origin::of(&url("http://madiunkota.go.id/feed/")).unwrap();
        assert_eq!(site.to_string(), "http://madiunkota.go.id");
        let cases = [
            ("http://madiunkota.go.id/berita", true),
            ("http://WWW.madiunkota.go.id:80/berita", true),
            ("https://madiunkota.go.id/berita", true),
            ("http://madiunkota.go.id:8080/berita", false),
            ("http://lain.madiunkota.go.id/", false),
            ("ftp://madiunkota.go.id/", false),
        ];
        for (to, same) in cases {
            assert_eq!(site.contains(&url(to)), same, "{to}");
        }
        let local = Origin::of(&url("http://127.0.0.1:8081/")).unwrap();
        assert_eq!(local.to_string(), "http://127.0.0.1:8081");
        assert!(!local.contains(&url("http://127.0.0.1:8082/")) && !local.contains(&url("http://localhost:8081/")));
        let secure = Origin::of(&url("https://gardajatim.com/")).unwrap();
        assert!(!secure.contains(&url("http://gardajatim.com/")), "no downgrade");
    }

    #[test]
    fn fact_serialises_flat_with_kind_first() {
        let fact = Fact {
            detail: FactDetail::Score { value: 95.5, subject: Some("Kota Madiun".into()) },
            text: "nilai 95,5".into(),
            start: 3,
            end: 13,
            sentence: "Ia nilai 95,5.".into(),
            context: Context::default(),
        };
        let json = serde_json::to_string(&fact).unwrap();
        assert!(json.starts_with(r#"{"kind":"score","value":95.5,"subject":"Kota Madiun","text""#), "{json}");
        let back: Fact = serde_json::from_str(&json).unwrap();
        assert_eq!(back, fact);
    }

    #[test]
    fn fact_kind_parses_its_own_names_and_rejects_others() {
        for kind in FactKind::ALL {
            assert_eq!(kind.as_str().parse::<FactKind>(), Ok(kind));
        }
        assert!("scores".parse::<FactKind>().is_err());
    }

    #[test]
    fn published_round_trips_dates_and_offsets() {
        for text in ["2024-11-25", "2024-11-25T10:15:00+07:00", "2023-12-14T16:13:00+08:00"] {
            let published: Published = text.parse().unwrap();
            assert_eq!(published.to_string(), text);
        }
        let utc: Published = "2024-11-25T03:15:00Z".parse().unwrap();
        assert_eq!(utc.to_string(), "2024-11-25T03:15:00+00:00");
        assert!("25 November 2024".parse::<Published>().is_err());
        assert!("2024-02-31".parse::<Published>().is_err());
    }
}

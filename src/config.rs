//! `config.toml`: typed serde structs that refuse unknown fields, validated
//! once into [`Settings`], the ready-to-use form every other module takes
//! (compiled regexes and selectors, parsed URLs). Errors name the field and
//! the line. This module reads one file and does no other I/O.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::civil::Date;
use regex::Regex;
use serde::Deserialize;
use toml::Spanned;
use url::Url;

use crate::model::Origin;

/// Why a configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read config file {path}")]
    Read {
        /// The config path.
        path: PathBuf,
        /// The I/O cause.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML or does not fit the schema.
    #[error("{path}: {message}")]
    Parse {
        /// The config path.
        path: PathBuf,
        /// toml's message, which names the line, column and field.
        message: String,
    },
    /// A value is well-formed TOML but not usable.
    #[error("{path}:{line}: `{field}`: {message}")]
    Invalid {
        /// The config path.
        path: PathBuf,
        /// The 1-based line of the value.
        line: usize,
        /// The dotted field name, such as `source[2].article_pattern`.
        field: String,
        /// What is wrong with it.
        message: String,
    },
}

/// The file as written: every section optional, unknown fields refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// `[store]`.
    #[serde(default)]
    pub store: StoreSection,
    /// `[crawl]`.
    #[serde(default)]
    pub crawl: CrawlSection,
    /// `[[source]]`, one per news site.
    #[serde(default, rename = "source")]
    pub sources: Vec<SourceSection>,
}

/// `[store]`: where the SQLite database lives.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreSection {
    /// The database file, relative to the config file's folder.
    #[serde(default = "default_db_path")]
    pub path: PathBuf,
}

impl Default for StoreSection {
    fn default() -> Self {
        Self { path: default_db_path() }
    }
}

fn default_db_path() -> PathBuf {
    PathBuf::from("warta.db")
}

/// `[crawl]`: politeness and limits shared by every source.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CrawlSection {
    /// The User-Agent sent with every request; include a contact URL.
    pub user_agent: String,
    /// Requests in flight at once, over all hosts.
    pub concurrency: usize,
    /// Requests in flight at once to one host.
    pub per_host_concurrency: usize,
    /// Seconds between two requests to one host (robots.txt `Crawl-delay` may raise it).
    pub per_host_delay_secs: f64,
    /// Seconds to wait for a connection.
    pub connect_timeout_secs: f64,
    /// Seconds to wait for the response headers, and for each chunk of the body.
    pub read_timeout_secs: f64,
    /// Seconds one request may take in all, headers and body (a failure when over).
    pub request_timeout_secs: f64,
    /// Largest body kept, counted while streaming (decompressed bytes).
    pub max_body_bytes: u64,
    /// Redirects followed before a fetch fails.
    pub max_redirects: usize,
    /// Retries of a timeout or 5xx before the URL fails for this run.
    pub retries: u32,
    /// Seconds before the first retry; each further retry doubles it (with jitter).
    pub retry_delay_secs: f64,
    /// Failures in a row after which a host is given up for the run.
    pub host_failure_limit: u32,
    /// `[crawl.revisit]`: when stored articles are fetched again, for every source.
    pub revisit: RevisitSection,
}

/// `[crawl.revisit]` and `[source.revisit]`: when stored articles are
/// fetched again (a conditional GET) to pick up corrections. A source's
/// unset fields are `[crawl.revisit]`'s, and those unset there the defaults.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevisitSection {
    /// Whether stored articles are revisited at all (default true).
    pub enabled: Option<Spanned<bool>>,
    /// An article published (else first found) within this many days is recent (default 7).
    pub recent_days: Option<Spanned<f64>>,
    /// A recent article is revisited when last fetched this many hours ago (default 0: every run).
    pub recent_every_hours: Option<Spanned<f64>>,
    /// An older article is revisited when last fetched this many days ago (default 30).
    pub older_every_days: Option<Spanned<f64>>,
}

impl Default for CrawlSection {
    fn default() -> Self {
        Self {
            user_agent: concat!("warta/", env!("CARGO_PKG_VERSION"), " (+https://github.com/warta-id/warta)")
                .to_string(),
            concurrency: 8,
            per_host_concurrency: 1,
            per_host_delay_secs: 1.0,
            connect_timeout_secs: 10.0,
            read_timeout_secs: 30.0,
            request_timeout_secs: 60.0,
            max_body_bytes: 5 * 1024 * 1024,
            max_redirects: 5,
            retries: 3,
            retry_delay_secs: 1.0,
            host_failure_limit: 5,
            revisit: RevisitSection::default(),
        }
    }
}

/// `[[source]]`: one news site, how to find its articles and how to read them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSection {
    /// A short unique name (`madiunkota`), used by `--source` and in the database.
    pub name: Spanned<String>,
    /// Disabled sources are kept in the file but not crawled.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// RSS, Atom or JSON feeds.
    #[serde(default)]
    pub feeds: Vec<Spanned<String>>,
    /// Sitemaps or sitemap indexes (plain or gzipped, Google News too).
    #[serde(default)]
    pub sitemaps: Vec<Spanned<String>>,
    /// Index pages whose links are followed to `follow_depth`.
    #[serde(default)]
    pub start_pages: Vec<Spanned<String>>,
    /// How many link hops from a start page are followed.
    #[serde(default = "one")]
    pub follow_depth: u32,
    /// A regex an article URL must match; links that do not are only followed.
    pub article_pattern: Option<Spanned<String>>,
    /// At most this many fetches from the source per run, discovery included (default 1000).
    pub max_pages: Option<Spanned<usize>>,
    /// Articles published before this date are skipped.
    pub since: Option<Spanned<String>>,
    /// Extra hosts (`cdn.example.id`) or origins (`https://m.example.id:8443`)
    /// of this source; its URLs' origins always are.
    #[serde(default)]
    pub hosts: Vec<Spanned<String>>,
    /// `[source.revisit]`: this source's revisit schedule, over `[crawl.revisit]`.
    #[serde(default)]
    pub revisit: RevisitSection,
    /// CSS selectors for pages of this source, when the generic extractor is not enough.
    #[serde(default)]
    pub selectors: SelectorSection,
}

/// `[source.selectors]`: CSS selectors applied with `scraper`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelectorSection {
    /// The headline element.
    pub title: Option<Spanned<String>>,
    /// The element holding the article text.
    pub body: Option<Spanned<String>>,
    /// The element holding the publication date (its `datetime`, `content` or text).
    pub date: Option<Spanned<String>>,
    /// Elements naming the authors.
    pub authors: Option<Spanned<String>>,
    /// Elements removed from the body before its text is read.
    #[serde(default)]
    pub drop: Vec<Spanned<String>>,
}

fn yes() -> bool {
    true
}

fn one() -> u32 {
    1
}

/// The validated configuration everything downstream takes.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The SQLite database path, resolved against the config file's folder.
    pub db_path: PathBuf,
    /// Politeness and limits.
    pub crawl: CrawlSettings,
    /// The sources, in file order.
    pub sources: Vec<Source>,
}

/// Crawl politeness and limits, with durations parsed.
#[derive(Debug, Clone)]
pub struct CrawlSettings {
    /// The User-Agent sent with every request.
    pub user_agent: String,
    /// Requests in flight at once, over all hosts.
    pub concurrency: usize,
    /// Requests in flight at once to one host.
    pub per_host_concurrency: usize,
    /// Least time between two requests to one host.
    pub per_host_delay: Duration,
    /// Connection timeout.
    pub connect_timeout: Duration,
    /// Response timeout: for the headers, and for each chunk of the body.
    pub read_timeout: Duration,
    /// The total time one request may take.
    pub request_timeout: Duration,
    /// Largest body kept.
    pub max_body_bytes: u64,
    /// Redirects followed.
    pub max_redirects: usize,
    /// Retries of a timeout or 5xx.
    pub retries: u32,
    /// The first retry's backoff.
    pub retry_delay: Duration,
    /// Failures in a row after which a host is given up.
    pub host_failure_limit: u32,
}

/// One news site, ready to crawl and to extract.
#[derive(Debug, Clone)]
pub struct Source {
    /// The unique name.
    pub name: String,
    /// Whether `warta crawl` visits it.
    pub enabled: bool,
    /// Feeds.
    pub feeds: Vec<Url>,
    /// Sitemaps.
    pub sitemaps: Vec<Url>,
    /// Start pages.
    pub start_pages: Vec<Url>,
    /// Link hops followed from start pages.
    pub follow_depth: u32,
    /// Article URL pattern, when set.
    pub article_pattern: Option<Regex>,
    /// Fetches per run: discovery's documents, articles and revisits.
    pub max_pages: usize,
    /// Oldest publication date kept.
    pub since: Option<Date>,
    /// Hosts whose pages belong to this source (lower-case).
    pub hosts: Vec<String>,
    /// The origins the crawler may talk to for this source: those of its
    /// URLs and of `hosts` (`www.` and the bare host are one origin).
    pub origins: Vec<Origin>,
    /// When stored articles are fetched again; `None`: never.
    pub revisit: Option<RevisitSchedule>,
    /// Per-site extraction rules.
    pub rules: SiteRules,
}

/// When a source's stored articles are fetched again. "Last fetched" is
/// the last time the crawler asked for the page (a 304 counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RevisitSchedule {
    /// Articles published (else first found) less than this long ago are recent.
    pub recent_for: Duration,
    /// A recent article is due when last fetched at least this long ago (zero: every run).
    pub recent_every: Duration,
    /// An older article is due when last fetched at least this long ago (zero: every run).
    pub older_every: Duration,
}

/// A source's `max_pages` when it sets none.
pub const DEFAULT_MAX_PAGES: usize = 1000;

impl Source {
    /// Whether a URL is on one of the source's origins.
    pub fn owns(&self, url: &Url) -> bool {
        self.origins.iter().any(|origin| origin.contains(url))
    }

    /// The URL as one of the source's own: itself when it is on the
    /// source's origins, its https form when only that is (an http link to
    /// an https site), else `None`.
    pub fn own_url(&self, url: &Url) -> Option<Url> {
        if self.owns(url) {
            return Some(url.clone());
        }
        let mut secure = url.clone();
        let upgraded = url.scheme() == "http" && url.port().is_none() && secure.set_scheme("https").is_ok();
        (upgraded && self.owns(&secure)).then_some(secure)
    }
}

/// Per-site CSS selectors, parsed.
#[derive(Debug, Clone, Default)]
pub struct SiteRules {
    /// The headline element.
    pub title: Option<scraper::Selector>,
    /// The body element.
    pub body: Option<scraper::Selector>,
    /// The date element.
    pub date: Option<scraper::Selector>,
    /// The author elements.
    pub authors: Option<scraper::Selector>,
    /// Elements dropped from the body.
    pub drop: Vec<scraper::Selector>,
}

impl SiteRules {
    /// Whether no selector is set, so that extraction reads the page generically.
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.body.is_none()
            && self.date.is_none()
            && self.authors.is_none()
            && self.drop.is_empty()
    }
}

impl Settings {
    /// Reads and validates a config file.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| ConfigError::Read { path: path.to_path_buf(), source })?;
        Self::parse(&text, path)
    }

    /// Validates config text; `path` names the file in errors and anchors relative paths.
    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let file: ConfigFile = toml::from_str(text)
            .map_err(|err| ConfigError::Parse { path: path.to_path_buf(), message: err.to_string() })?;
        Validator { text, path }.settings(file)
    }

    /// The source that owns a URL's host, if any.
    pub fn source_for_url(&self, url: &Url) -> Option<&Source> {
        let host = url.host_str()?.to_ascii_lowercase();
        let bare = host.strip_prefix("www.").unwrap_or(&host);
        self.sources.iter().find(|source| source.hosts.iter().any(|h| h.strip_prefix("www.").unwrap_or(h) == bare))
    }
}

/// Turns the file's structs into [`Settings`], locating each error.
struct Validator<'a> {
    text: &'a str,
    path: &'a Path,
}

impl Validator<'_> {
    fn settings(&self, file: ConfigFile) -> Result<Settings, ConfigError> {
        let crawl = self.crawl(&file.crawl)?;
        let mut sources: Vec<Source> = Vec::with_capacity(file.sources.len());
        for (index, section) in file.sources.into_iter().enumerate() {
            let name_span = section.name.span();
            let source = self.source(index, section, &file.crawl.revisit)?;
            if let Some(first) = sources.iter().position(|other| other.name == source.name) {
                return Err(self.invalid(
                    name_span,
                    format!("source[{index}].name"),
                    format!(
                        "duplicate source name {:?} (source[{first}] has it already); names must be unique",
                        source.name
                    ),
                ));
            }
            sources.push(source);
        }
        let db_path = match self.path.parent() {
            Some(dir) if file.store.path.is_relative() && !dir.as_os_str().is_empty() => dir.join(&file.store.path),
            _ => file.store.path,
        };
        Ok(Settings { db_path, crawl, sources })
    }

    fn crawl(&self, c: &CrawlSection) -> Result<CrawlSettings, ConfigError> {
        let bad = |key: &str, message: &str| {
            self.invalid(self.crawl_key_span(key), format!("crawl.{key}"), message.to_string())
        };
        let positive = |key: &str, value: f64| {
            if value.is_finite() && value >= 0.0 {
                Ok(Duration::from_secs_f64(value))
            } else {
                Err(bad(key, "must be a number of seconds, 0 or more"))
            }
        };
        for (key, value) in [("concurrency", c.concurrency), ("per_host_concurrency", c.per_host_concurrency)] {
            if value == 0 {
                return Err(bad(key, "must be at least 1"));
            }
        }
        if c.max_body_bytes == 0 {
            return Err(bad("max_body_bytes", "must be at least 1"));
        }
        if c.user_agent.trim().is_empty() {
            return Err(bad("user_agent", "must name the crawler (and best a contact URL)"));
        }
        if c.request_timeout_secs == 0.0 {
            return Err(bad("request_timeout_secs", "must be more than 0"));
        }
        // Checked here too, so an error in `[crawl.revisit]` is reported once, under its own name.
        self.revisit(&c.revisit, &RevisitSection::default(), "crawl.revisit")?;
        Ok(CrawlSettings {
            per_host_delay: positive("per_host_delay_secs", c.per_host_delay_secs)?,
            connect_timeout: positive("connect_timeout_secs", c.connect_timeout_secs)?,
            read_timeout: positive("read_timeout_secs", c.read_timeout_secs)?,
            request_timeout: positive("request_timeout_secs", c.request_timeout_secs)?,
            retry_delay: positive("retry_delay_secs", c.retry_delay_secs)?,
            user_agent: c.user_agent.clone(),
            concurrency: c.concurrency,
            per_host_concurrency: c.per_host_concurrency,
            max_body_bytes: c.max_body_bytes,
            max_redirects: c.max_redirects,
            retries: c.retries,
            host_failure_limit: c.host_failure_limit,
        })
    }

    /// Where `key = ...` sits in the `[crawl]` section (serde gives no spans
    /// for plain numbers), so a bad value's error names its line.
    fn crawl_key_span(&self, key: &str) -> Range<usize> {
        let mut offset = 0;
        let mut in_crawl = false;
        for line in self.text.split_inclusive('\n') {
            let trimmed = line.trim();
            if trimmed.starts_with('[') {
                in_crawl = trimmed == "[crawl]";
            } else if in_crawl && trimmed.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')) {
                return offset..offset + line.len();
            }
            offset += line.len();
        }
        0..0
    }

    fn source(&self, index: usize, s: SourceSection, revisit: &RevisitSection) -> Result<Source, ConfigError> {
        let field = |name: &str| format!("source[{index}].{name}");
        let name = s.name.get_ref().trim().to_string();
        if name.is_empty() {
            return Err(self.invalid(s.name.span(), field("name"), "must not be empty".into()));
        }
        let feeds = self.urls(&s.feeds, &field("feeds"))?;
        let sitemaps = self.urls(&s.sitemaps, &field("sitemaps"))?;
        let start_pages = self.urls(&s.start_pages, &field("start_pages"))?;
        let article_pattern = s
            .article_pattern
            .as_ref()
            .map(|p| {
                Regex::new(p.get_ref()).map_err(|err| self.invalid(p.span(), field("article_pattern"), err.to_string()))
            })
            .transpose()?;
        let since = s
            .since
            .as_ref()
            .map(|d| {
                d.get_ref().parse::<Date>().map_err(|_| {
                    self.invalid(d.span(), field("since"), format!("{:?} is not a date (YYYY-MM-DD)", d.get_ref()))
                })
            })
            .transpose()?;
        let mut sites: Vec<Url> = feeds.iter().chain(&sitemaps).chain(&start_pages).cloned().collect();
        for entry in &s.hosts {
            sites.extend(self.host_entry(entry, &field("hosts"))?);
        }
        let (mut hosts, mut origins) = (Vec::new(), Vec::new());
        for url in &sites {
            if let Some(host) = url.host_str().map(str::to_ascii_lowercase)
                && !hosts.contains(&host)
            {
                hosts.push(host);
            }
            if let Some(origin) = Origin::of(url)
                && !origins.contains(&origin)
            {
                origins.push(origin);
            }
        }
        let max_pages = match &s.max_pages {
            None => DEFAULT_MAX_PAGES,
            Some(n) if *n.get_ref() == 0 => {
                return Err(self.invalid(
                    n.span(),
                    field("max_pages"),
                    "must be at least 1 (`enabled = false` turns a source off)".into(),
                ));
            }
            Some(n) => *n.get_ref(),
        };
        let sel = &s.selectors;
        let rules = SiteRules {
            title: self.selector(sel.title.as_ref(), &field("selectors.title"))?,
            body: self.selector(sel.body.as_ref(), &field("selectors.body"))?,
            date: self.selector(sel.date.as_ref(), &field("selectors.date"))?,
            authors: self.selector(sel.authors.as_ref(), &field("selectors.authors"))?,
            drop: sel
                .drop
                .iter()
                .map(|d| self.selector(Some(d), &field("selectors.drop")).map(|s| s.expect("Some in, Some out")))
                .collect::<Result<_, _>>()?,
        };
        Ok(Source {
            name,
            enabled: s.enabled,
            feeds,
            sitemaps,
            start_pages,
            follow_depth: s.follow_depth,
            article_pattern,
            max_pages,
            since,
            hosts,
            origins,
            revisit: self.revisit(&s.revisit, revisit, &field("revisit"))?,
            rules,
        })
    }

    /// One `hosts` entry as the URLs of its origins: an origin
    /// (`https://m.example.id:8443`) is one, a host name (`cdn.example.id`)
    /// is that host over http and https on their default ports.
    fn host_entry(&self, entry: &Spanned<String>, field: &str) -> Result<Vec<Url>, ConfigError> {
        let text = entry.get_ref().trim();
        if text.contains("://") {
            return self.urls(std::slice::from_ref(entry), field);
        }
        let host = text.to_ascii_lowercase();
        let parsed = ["http", "https"].map(|scheme| Url::parse(&format!("{scheme}://{host}/")));
        match parsed {
            [Ok(http), Ok(https)] if http.host_str() == Some(host.as_str()) => Ok(vec![http, https]),
            _ => Err(self.invalid(
                entry.span(),
                field.to_string(),
                format!("{text:?} is not a host name; write a port or scheme as an origin, like \"https://{text}\""),
            )),
        }
    }

    /// A revisit schedule: the source's fields over `[crawl.revisit]`'s over the defaults.
    fn revisit(
        &self,
        own: &RevisitSection,
        shared: &RevisitSection,
        field: &str,
    ) -> Result<Option<RevisitSchedule>, ConfigError> {
        let enabled = own.enabled.as_ref().or(shared.enabled.as_ref()).is_none_or(|e| *e.get_ref());
        let duration = |key: &str, value: Option<&Spanned<f64>>, default: f64, unit: f64| match value {
            None => Ok(Duration::from_secs_f64(default * unit)),
            Some(v) if v.get_ref().is_finite() && *v.get_ref() >= 0.0 && v.get_ref() * unit < 1e12 => {
                Ok(Duration::from_secs_f64(v.get_ref() * unit))
            }
            Some(v) => Err(self.invalid(v.span(), format!("{field}.{key}"), "must be a number, 0 or more".into())),
        };
        const HOUR: f64 = 3600.0;
        const DAY: f64 = 24.0 * HOUR;
        let schedule = RevisitSchedule {
            recent_for: duration("recent_days", own.recent_days.as_ref().or(shared.recent_days.as_ref()), 7.0, DAY)?,
            recent_every: duration(
                "recent_every_hours",
                own.recent_every_hours.as_ref().or(shared.recent_every_hours.as_ref()),
                0.0,
                HOUR,
            )?,
            older_every: duration(
                "older_every_days",
                own.older_every_days.as_ref().or(shared.older_every_days.as_ref()),
                30.0,
                DAY,
            )?,
        };
        Ok(enabled.then_some(schedule))
    }

    fn urls(&self, values: &[Spanned<String>], field: &str) -> Result<Vec<Url>, ConfigError> {
        values
            .iter()
            .map(|value| {
                let url = Url::parse(value.get_ref()).map_err(|err| {
                    self.invalid(value.span(), field.to_string(), format!("{:?}: {err}", value.get_ref()))
                })?;
                if matches!(url.scheme(), "http" | "https") {
                    Ok(url)
                } else {
                    Err(self.invalid(
                        value.span(),
                        field.to_string(),
                        format!("{:?}: only http and https URLs", value.get_ref()),
                    ))
                }
            })
            .collect()
    }

    fn selector(&self, value: Option<&Spanned<String>>, field: &str) -> Result<Option<scraper::Selector>, ConfigError> {
        value
            .map(|v| {
                scraper::Selector::parse(v.get_ref()).map_err(|err| {
                    let why = selector_problem(&err);
                    self.invalid(v.span(), field.to_string(), format!("{:?} is not a CSS selector: {why}", v.get_ref()))
                })
            })
            .transpose()
    }

    fn invalid(&self, span: Range<usize>, field: String, message: String) -> ConfigError {
        let line = if span.is_empty() && span.start == 0 {
            0
        } else {
            self.text[..span.start.min(self.text.len())].matches('\n').count() + 1
        };
        ConfigError::Invalid { path: self.path.to_path_buf(), line, field, message }
    }
}

/// What is wrong with a CSS selector, in words. scraper's own text for the
/// rarer cases is "Unexpected error occurred. Please report this to the
/// developer" followed by a debug dump; the dump's variant name
/// (`DanglingCombinator`, `EmptySelector`...) says the problem, so it is
/// spelled out in words instead.
fn selector_problem(err: &scraper::error::SelectorErrorKind) -> String {
    use scraper::error::SelectorErrorKind;
    let text = match err {
        SelectorErrorKind::UnexpectedSelectorParseError(kind) => words_of_variant(&format!("{kind:?}")),
        SelectorErrorKind::EndOfLine => "it ends too early (an unclosed [ or ( ?)".to_string(),
        other => other.to_string(),
    };
    let mut chars = text.chars();
    chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or(text)
}

/// `DanglingCombinator` -> `dangling combinator` (the name only, no fields).
fn words_of_variant(debug: &str) -> String {
    let name = debug.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(debug);
    let mut words = String::new();
    for c in name.chars() {
        if c.is_uppercase() && !words.is_empty() {
            words.push(' ');
        }
        words.extend(c.to_lowercase());
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped `config.toml` is the reference: it must load (lychee's `test_config_example`).
    #[test]
    fn shipped_config_loads_with_the_seed_sites() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.toml");
        let settings = Settings::load(&path).unwrap();
        let names: Vec<&str> = settings.sources.iter().map(|s| s.name.as_str()).collect();
        assert!(names.starts_with(&["madiunkota", "gardajatim"]), "{names:?}");
        assert!(settings.sources.len() >= 5);
        assert_eq!(settings.crawl.per_host_delay, Duration::from_secs(1));
        assert_eq!(settings.crawl.max_body_bytes, 5 * 1024 * 1024);
        assert_eq!(settings.crawl.request_timeout, Duration::from_secs(60));
        let day = Duration::from_secs(86_400);
        let schedule = RevisitSchedule { recent_for: 7 * day, recent_every: Duration::ZERO, older_every: 30 * day };
        assert!(settings.sources.iter().all(|s| s.revisit == Some(schedule)));
        let garda = &settings.sources[1];
        assert!(garda.article_pattern.as_ref().unwrap().is_match("https://www.gardajatim.com/2024/12/ipp.html"));
    }

    #[test]
    fn crawl_errors_name_the_field_and_its_line() {
        let cases = [
            ("[crawl]\nconcurrency = 4\nper_host_delay_secs = -1.0\n", "config.toml:3: `crawl.per_host_delay_secs`"),
            ("[crawl]\n\nper_host_concurrency = 0\n", "config.toml:3: `crawl.per_host_concurrency`"),
            ("[store]\npath = \"w.db\"\n[crawl]\nmax_body_bytes = 0\n", "config.toml:4: `crawl.max_body_bytes`"),
            ("[crawl]\nuser_agent = \"  \"\n", "config.toml:2: `crawl.user_agent`"),
            ("[crawl]\nretry_delay_secs = nan\n", "config.toml:2: `crawl.retry_delay_secs`"),
        ];
        for (text, want) in cases {
            let err = Settings::parse(text, Path::new("config.toml")).unwrap_err().to_string();
            assert!(err.starts_with(want), "{err}");
        }
    }

    fn source(extra: &str) -> Result<Source, ConfigError> {
        let text = format!("[[source]]\nname = \"madiunkota\"\nfeeds = [\"https://madiunkota.go.id/feed/\"]\n{extra}");
        Settings::parse(&text, Path::new("config.toml")).map(|mut s| s.sources.remove(0))
    }

    #[test]
    fn a_source_owns_its_origins_www_folded_and_the_hosts_it_names() {
        let source = source("hosts = [\"m.madiunkota.go.id\", \"http://127.0.0.1:8081\"]").unwrap();
        let url = |s: &str| Url::parse(s).unwrap();
        let cases = [
            ("https://madiunkota.go.id/2024/berita/", true),
            ("https://www.madiunkota.go.id/2024/berita/", true),
            ("http://madiunkota.go.id/2024/berita/", false),
            ("https://madiunkota.go.id:8443/", false),
            ("https://m.madiunkota.go.id/berita/", true),
            ("http://m.madiunkota.go.id/berita/", true),
            ("http://127.0.0.1:8081/berita/", true),
            ("http://127.0.0.1:8082/berita/", false),
            ("http://localhost:8081/berita/", false),
            ("https://lain.example/", false),
        ];
        for (to, owned) in cases {
            assert_eq!(source.owns(&url(to)), owned, "{to}");
        }
        // An http link to the https site is taken as https; nothing else is rewritten.
        assert_eq!(
            source.own_url(&url("http://madiunkota.go.id/a/")).map(String::from).as_deref(),
            Some("https://madiunkota.go.id/a/")
        );
        assert_eq!(source.own_url(&url("http://madiunkota.go.id:8080/a/")), None);
        assert_eq!(source.max_pages, DEFAULT_MAX_PAGES);
    }

    #[test]
    fn bad_hosts_max_pages_and_revisits_are_refused_with_their_field() {
        let cases = [
            ("hosts = [\"127.0.0.1:8081\"]", "config.toml:4: `source[0].hosts`: \"127.0.0.1:8081\" is not a host name"),
            ("hosts = [\"ftp://x.example\"]", "config.toml:4: `source[0].hosts`"),
            ("max_pages = 0", "config.toml:4: `source[0].max_pages`: must be at least 1"),
            ("[source.revisit]\nolder_every_days = -1", "config.toml:5: `source[0].revisit.older_every_days`"),
        ];
        for (extra, want) in cases {
            let err = source(extra).unwrap_err().to_string();
            assert!(err.starts_with(want), "{extra}: {err}");
        }
        let err = Settings::parse("[crawl.revisit]\nrecent_days = nan\n", Path::new("config.toml")).unwrap_err();
        assert!(err.to_string().starts_with("config.toml:2: `crawl.revisit.recent_days`"), "{err}");
    }

    #[test]
    fn a_source_revisit_schedule_takes_what_it_leaves_out_from_crawl_revisit() {
        let text = "[crawl.revisit]\nrecent_days = 2\nolder_every_days = 0\n\
                    [[source]]\nname = \"a\"\nfeeds = [\"https://a.example/feed/\"]\n[source.revisit]\nrecent_every_hours = 6\n\
                    [[source]]\nname = \"b\"\nfeeds = [\"https://b.example/feed/\"]\n[source.revisit]\nenabled = false\n";
        let settings = Settings::parse(text, Path::new("config.toml")).unwrap();
        let day = Duration::from_secs(86_400);
        let a = RevisitSchedule {
            recent_for: 2 * day,
            recent_every: Duration::from_secs(6 * 3600),
            older_every: Duration::ZERO,
        };
        assert_eq!(settings.sources[0].revisit, Some(a));
        assert_eq!(settings.sources[1].revisit, None);
    }

    #[test]
    fn a_duplicate_source_name_is_reported_at_its_own_line() {
        let text =
            "[[source]]\nname = \"madiunkota\"\n\n[[source]]\nname = \"jatim\"\n\n[[source]]\nname = \"madiunkota\"\n";
        let err = Settings::parse(text, Path::new("config.toml")).unwrap_err().to_string();
        assert!(err.starts_with("config.toml:8: `source[2].name`: duplicate source name \"madiunkota\""), "{err}");
        assert!(err.contains("source[0]"), "{err}");
    }

    #[test]
    fn a_bad_css_selector_is_named_with_its_place_and_problem() {
        let cases = [
            ("div >", "dangling combinator"),
            ("p:kedip", "unsupported pseudo class or element"),
            ("div[", "it ends too early (an unclosed [ or ( ?)"),
            ("", "empty selector"),
        ];
        for (selector, problem) in cases {
            let text = format!("[[source]]\nname = \"a\"\n[source.selectors]\nbody = {selector:?}\n");
            let err = Settings::parse(&text, Path::new("config.toml")).unwrap_err().to_string();
            let want =
                format!("config.toml:4: `source[0].selectors.body`: {selector:?} is not a CSS selector: {problem}");
            assert_eq!(err, want);
            assert!(!err.to_lowercase().contains("report this"), "{err}");
        }
    }

    #[test]
    fn unknown_crawl_fields_are_refused_with_their_line() {
        let err = Settings::parse("[crawl]\nkonkurensi = 3\n", Path::new("config.toml")).unwrap_err().to_string();
        assert!(err.contains("konkurensi") && err.contains("line 2"), "{err}");
    }
}

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
    /// Seconds to wait for a response and its body.
    pub read_timeout_secs: f64,
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
            max_body_bytes: 5 * 1024 * 1024,
            max_redirects: 5,
            retries: 3,
            retry_delay_secs: 1.0,
            host_failure_limit: 5,
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
    /// At most this many pages fetched from the source per run.
    pub max_pages: Option<usize>,
    /// Articles published before this date are skipped.
    pub since: Option<Spanned<String>>,
    /// Extra hosts whose pages belong to this source (its URLs' hosts always do).
    #[serde(default)]
    pub hosts: Vec<String>,
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
    /// Response timeout.
    pub read_timeout: Duration,
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
    /// Page limit per run.
    pub max_pages: Option<usize>,
    /// Oldest publication date kept.
    pub since: Option<Date>,
    /// Hosts whose pages belong to this source (lower-case).
    pub hosts: Vec<String>,
    /// Per-site extraction rules.
    pub rules: SiteRules,
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
        let crawl = self.crawl(file.crawl)?;
        let mut sources: Vec<Source> = Vec::with_capacity(file.sources.len());
        for (index, section) in file.sources.into_iter().enumerate() {
            let name_span = section.name.span();
            let source = self.source(index, section)?;
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

    fn crawl(&self, c: CrawlSection) -> Result<CrawlSettings, ConfigError> {
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
        Ok(CrawlSettings {
            per_host_delay: positive("per_host_delay_secs", c.per_host_delay_secs)?,
            connect_timeout: positive("connect_timeout_secs", c.connect_timeout_secs)?,
            read_timeout: positive("read_timeout_secs", c.read_timeout_secs)?,
            retry_delay: positive("retry_delay_secs", c.retry_delay_secs)?,
            user_agent: c.user_agent,
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

    fn source(&self, index: usize, s: SourceSection) -> Result<Source, ConfigError> {
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
        let mut hosts: Vec<String> = s.hosts.iter().map(|h| h.to_ascii_lowercase()).collect();
        for url in feeds.iter().chain(&sitemaps).chain(&start_pages) {
            if let Some(host) = url.host_str().map(str::to_ascii_lowercase)
                && !hosts.contains(&host)
            {
                hosts.push(host);
            }
        }
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
            max_pages: s.max_pages,
            since,
            hosts,
            rules,
        })
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

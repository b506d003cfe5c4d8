//! `warta crawl`: the cron job. Takes the lock next to the database, runs
//! the crawler on a tokio runtime, prints the summary line and maps the
//! outcome to an exit code.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use indicatif::ProgressBar;

use super::{Exit, Globals};
use crate::config::Settings;
use crate::crawl::writer::Writer;
use crate::crawl::{CrawlOptions, Crawler};
use crate::output;
use crate::store::{Store, UrlState};

/// Flags of `warta crawl`.
#[derive(Debug, clap::Args)]
pub struct CrawlArgs {
    /// Stop after fetching this many pages, over all sources.
    #[arg(long, value_name = "N")]
    pub max_pages: Option<usize>,
    /// Start no fetch after this long: 90s, 30m, 2h.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub max_duration: Option<Duration>,
    /// Crawl only the source of this name.
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,
    /// Read robots.txt, feeds, sitemaps and start pages, list the articles
    /// that would be fetched, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Parses `90s`, `30m`, `2h` (or plain seconds).
fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = text.split_at(text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len()));
    let value: u64 = number.parse().map_err(|_| format!("{text:?} is not a duration like 90s, 30m or 2h"))?;
    let seconds = match unit {
        "" | "s" => 1,
        "m" => 60,
        "h" => 3600,
        _ => return Err(format!("{text:?}: unknown unit {unit:?} (use s, m or h)")),
    };
    Ok(Duration::from_secs(value * seconds))
}

/// The lock file of a database: `warta.db` -> `warta.db.lock`.
fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".lock");
    db.with_file_name(name)
}

pub(super) fn run(globals: &Globals, args: CrawlArgs) -> anyhow::Result<Exit> {
    let settings = Arc::new(globals.settings()?);
    Crawler::sources(&settings, args.source.as_deref())?;
    let options =
        CrawlOptions { max_pages: args.max_pages, max_duration: args.max_duration, source: args.source.clone() };
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    if args.dry_run {
        return runtime.block_on(dry_run(settings, &options));
    }
    if let Some(dir) = settings.db_path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let lock_path = lock_path(&settings.db_path);
    let lock = File::create(&lock_path).with_context(|| format!("creating lock file {}", lock_path.display()))?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            output::print_error(&anyhow::anyhow!(
                "another warta crawl is running (it holds {}); this one exits",
                lock_path.display()
            ));
            return Ok(Exit::Locked);
        }
        Err(TryLockError::Error(err)) => {
            return Err(err).with_context(|| format!("locking {}", lock_path.display()));
        }
    }
    let store = Store::open(&settings.db_path)?;
    let (writer, thread) = Writer::spawn(store, settings.clone());
    let crawler = Arc::new(Crawler::new(settings, writer, &options, output::progress(0))?);
    let summary = runtime.block_on(crawler.run(options.source.as_deref()))?;
    thread.join().map_err(|_| anyhow::anyhow!("the database writer panicked"))?;
    output::print_crawl_summary(&summary)?;
    drop(lock);
    Ok(if summary.all_sources_failed() { Exit::AllSourcesFailed } else { Exit::Success })
}

/// `--dry-run`: discovery only, against a throw-away in-memory store; the
/// real database, when there is one, is only read to tell new URLs from known.
async fn dry_run(settings: Arc<Settings>, options: &CrawlOptions) -> anyhow::Result<Exit> {
    let known = settings.db_path.exists().then(|| Store::open_read_only(&settings.db_path)).transpose()?;
    let (writer, _thread) = Writer::spawn(Store::open(Path::new(":memory:"))?, settings.clone());
    let crawler = Arc::new(Crawler::new(settings, writer, options, ProgressBar::hidden())?);
    let findings = crawler.find_only(options.source.as_deref()).await?;
    let mut would_fetch = Vec::new();
    for (source, finding) in &findings {
        for found in &finding.found {
            let state = match &known {
                Some(store) => store.url_state(found.candidate.url.as_str())?,
                None => None,
            };
            if matches!(state, None | Some(UrlState::Queued)) {
                would_fetch.push((source.as_str(), found.candidate.url.as_str()));
            }
        }
    }
    output::print_dry_run(&would_fetch)?;
    let all_failed = !findings.is_empty() && findings.iter().all(|(_, f)| f.read == 0 && !f.errors.is_empty());
    Ok(if all_failed { Exit::AllSourcesFailed } else { Exit::Success })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_seconds_minutes_and_hours() {
        let cases = [
            ("90s", Some(90)),
            ("30m", Some(1800)),
            ("2h", Some(7200)),
            ("45", Some(45)),
            ("2 jam", None),
            ("1d", None),
            ("m", None),
        ];
        for (text, want) in cases {
            assert_eq!(parse_duration(text).ok().map(|d| d.as_secs()), want, "{text}");
        }
    }

    #[test]
    fn lock_sits_next_to_the_database() {
        assert_eq!(lock_path(Path::new("/var/lib/warta/warta.db")), Path::new("/var/lib/warta/warta.db.lock"));
        assert_eq!(lock_path(Path::new("warta.db")), Path::new("warta.db.lock"));
    }
}

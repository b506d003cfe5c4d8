//! `warta crawl`: the cron job. Takes the lock next to the database, runs
//! the crawler on a tokio runtime, prints the summary line and maps the
//! outcome to an exit code. Ctrl-C stops the crawl early with its partial
//! summary (exit 130). When every source failed and not one of their hosts
//! resolves, the machine is most likely offline, and a closing line says
//! so and names the offline way to run the pipeline.

use std::collections::BTreeSet;
use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use indicatif::ProgressBar;

use super::interrupt::Interrupt;
use super::{Exit, Globals};
use crate::config::{Settings, Source};
use crate::crawl::writer::Writer;
use crate::crawl::{CrawlOptions, Crawler};
use crate::output;
use crate::store::{Store, UrlState};

pub(super) const EXAMPLES: &str = "\
Examples:
  warta crawl                                 every enabled source of ./config.toml
  warta crawl --source madiunkota --dry-run   list what one source would fetch
  warta crawl --max-duration 1h30m --max-pages 500 --config /etc/warta.toml";

/// Flags of `warta crawl`.
#[derive(Debug, clap::Args)]
pub struct CrawlArgs {
    /// Stop after fetching this many pages, over all sources.
    #[arg(long, value_name = "N")]
    pub max_pages: Option<usize>,
    /// Start no fetch after this long: 90s, 30m, 2h, 1h30m.
    #[arg(long, value_name = "DURATION", value_parser = super::parse_duration)]
    pub max_duration: Option<Duration>,
    /// Crawl only the source of this name.
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,
    /// Read robots.txt, feeds, sitemaps and start pages, list the articles
    /// that would be fetched, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
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
    let mut options = CrawlOptions {
        max_pages: args.max_pages,
        max_duration: args.max_duration,
        source: args.source.clone(),
        stop: None,
    };
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
    options.stop = Some(Interrupt::install()?.receiver());
    let (writer, thread) = Writer::spawn(store, settings.clone());
    let crawler = Arc::new(Crawler::new(settings.clone(), writer, &options, output::progress(0))?);
    let summary = runtime.block_on(crawler.run(options.source.as_deref()))?;
    thread.join().map_err(|_| anyhow::anyhow!("the database writer panicked"))?;
    output::print_crawl_summary(&summary)?;
    drop(lock);
    if summary.interrupted {
        return Ok(Exit::Interrupted);
    }
    if !summary.all_sources_failed() {
        return Ok(Exit::Success);
    }
    runtime.block_on(hint_if_offline(&settings, options.source.as_deref()));
    Ok(Exit::AllSourcesFailed)
}

/// How long one host name may take to resolve in the offline check.
const LOOKUP_TIMEOUT: Duration = Duration::from_secs(5);

/// After a crawl in which every source failed: if not one host of the
/// sources resolves, says that the machine looks offline and what runs
/// without the network.
async fn hint_if_offline(settings: &Settings, only: Option<&str>) {
    let Ok(sources) = Crawler::sources(settings, only) else { return };
    if no_host_resolves(&sources).await {
        output::print_note(
            "no host could be resolved: offline? `warta reprocess fixtures/` runs the same pipeline on saved pages",
        );
    }
}

/// Whether no host of these sources' feeds, sitemaps and start pages
/// resolves to an address (all looked up at once).
async fn no_host_resolves(sources: &[&Source]) -> bool {
    let hosts: BTreeSet<(String, u16)> = sources
        .iter()
        .flat_map(|source| source.feeds.iter().chain(&source.sitemaps).chain(&source.start_pages))
        .filter_map(|url| Some((url.host_str()?.to_string(), url.port_or_known_default()?)))
        .collect();
    let mut lookups = tokio::task::JoinSet::new();
    for host in hosts {
        lookups.spawn(async move {
            let found = tokio::time::timeout(LOOKUP_TIMEOUT, tokio::net::lookup_host(host)).await;
            found.is_ok_and(|addresses| addresses.is_ok_and(|mut addresses| addresses.next().is_some()))
        });
    }
    let mut any_host = false;
    while let Some(resolved) = lookups.join_next().await {
        any_host = true;
        if resolved.unwrap_or(false) {
            return false;
        }
    }
    any_host
}

/// `--dry-run`: discovery only, against a throw-away in-memory store; the
/// real database, when there is one, is only read to tell new URLs from known.
async fn dry_run(settings: Arc<Settings>, options: &CrawlOptions) -> anyhow::Result<Exit> {
    let known = settings.db_path.exists().then(|| Store::open_read_only(&settings.db_path)).transpose()?;
    let (writer, _thread) = Writer::spawn(Store::open(Path::new(":memory:"))?, settings.clone());
    let crawler = Arc::new(Crawler::new(settings.clone(), writer, options, ProgressBar::hidden())?);
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
    if !all_failed {
        return Ok(Exit::Success);
    }
    hint_if_offline(&settings, options.source.as_deref()).await;
    Ok(Exit::AllSourcesFailed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_sits_next_to_the_database() {
        assert_eq!(lock_path(Path::new("/var/lib/warta/warta.db")), Path::new("/var/lib/warta/warta.db.lock"));
        assert_eq!(lock_path(Path::new("warta.db")), Path::new("warta.db.lock"));
    }
}

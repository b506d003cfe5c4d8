//! The command line: clap definitions, logging set-up, and the one place
//! that composes config, extraction, the store and the crawler. Each command's
//! work lives in its own submodule; printing goes through [`crate::output`].

mod crawl;
mod eval;
mod extract;
mod interrupt;
mod query;
mod reprocess;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use crate::config::Settings;

/// Documented exit codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The command did its work.
    Success = 0,
    /// Bad input, configuration or database; the message says which.
    Error = 1,
    /// Bad flags (clap's own code).
    Usage = 2,
    /// Another `warta crawl` holds the lock next to the database.
    Locked = 3,
    /// A crawl in which every source failed.
    AllSourcesFailed = 4,
    /// A crawl or reprocess stopped by Ctrl-C (128 + SIGINT, as shells report it).
    Interrupted = 130,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit as u8)
    }
}

/// warta: Indonesian regional news -> a SQLite database of assessment facts.
///
/// Crawl the news sites in config.toml, extract each article's scores, score
/// changes, decrees, dates, rankings and grades, store everything in SQLite,
/// and query it.
#[derive(Debug, Parser)]
#[command(name = "warta", version, about, long_about, disable_help_flag = true, after_help = ROOT_AFTER_HELP)]
pub struct Args {
    /// The configuration file. Without this flag, ./config.toml is used when it
    /// exists and built-in defaults otherwise.
    #[arg(long, global = true, env = "WARTA_CONFIG", value_name = "PATH", help_heading = "Global options")]
    pub config: Option<PathBuf>,
    /// The SQLite database, overriding [store] path of the config.
    #[arg(long, global = true, env = "WARTA_DB", value_name = "PATH", help_heading = "Global options")]
    pub db: Option<PathBuf>,
    /// More log output (-v info, -vv debug, -vvv trace); RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count, help_heading = "Global options")]
    pub verbose: u8,
    /// Only errors in the log.
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,
    /// Print help (-h and --help print the same).
    #[arg(short = 'h', long, global = true, action = clap::ArgAction::HelpLong, help_heading = "Global options")]
    pub help: Option<bool>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

const ROOT_AFTER_HELP: &str = "\
Examples:
  warta crawl                       fetch new articles of the sites in ./config.toml
  warta reprocess fixtures/         the same pipeline on saved pages, offline
  warta query facts --kind score    the newest scores, with their articles

Exit codes: 0 success, 1 error (bad input, config or database), 2 bad flags, \
3 another crawl is running, 4 every source of a crawl failed, 130 stopped by Ctrl-C.";

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fetch new articles from the sources in config.toml and store their facts.
    #[command(after_help = crawl::EXAMPLES)]
    Crawl(crawl::CrawlArgs),
    /// Print the article and facts of one text or HTML file (or - for stdin).
    #[command(after_help = extract::EXAMPLES)]
    Extract(extract::ExtractArgs),
    /// Score the fact extractor against a folder of gold JSON files.
    #[command(after_help = eval::EXAMPLES)]
    Eval(eval::EvalArgs),
    /// Re-run extraction over saved HTML files or over every stored page.
    #[command(after_help = reprocess::EXAMPLES)]
    Reprocess(reprocess::ReprocessArgs),
    /// Query the stored facts and articles.
    #[command(subcommand, after_help = query::EXAMPLES)]
    Query(query::QueryCommand),
    /// Counts per source, kind and year, and the last run.
    #[command(after_help = query::STATS_EXAMPLES)]
    Stats(query::StatsArgs),
}

/// Parses a duration flag: `90s`, `30m`, `2h`, `1h30m`, `1.5h` (jiff's
/// friendly format, or ISO 8601 `PT1H30M`), or plain seconds.
fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Ok(Duration::from_secs(seconds));
    }
    let bad = || format!("{text:?} is not a duration such as 90s, 30m, 2h or 1h30m");
    let span: jiff::Span = text.parse().map_err(|_| bad())?;
    let signed = span.to_duration(jiff::SpanRelativeTo::days_are_24_hours()).map_err(|_| bad())?;
    Duration::try_from(signed).map_err(|_| format!("{text:?}: a duration cannot be negative"))
}

/// Sets up tracing on stderr, written around the progress bar when one is
/// drawn: on a terminal, short coloured lines (level and message); else
/// plain lines with the time and the module, for logs and cron mail.
pub fn init_tracing(verbose: u8, quiet: bool) {
    use std::io::IsTerminal;
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        (false, _) => "trace",
    };
    // Progress lines of runs without a terminal show unless -q.
    let progress = if quiet { "error" } else { "info" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new(format!("warta={level},{}={progress}", crate::output::PROGRESS_TARGET))
    });
    let log = tracing_subscriber::fmt().with_env_filter(filter).with_writer(crate::output::log_writer);
    if std::io::stderr().is_terminal() {
        // A person reads it as it comes: the level and the message.
        log.without_time().with_target(false).init();
    } else {
        // A log file or cron mail: when, and which module.
        log.with_ansi(false).init();
    }
}

/// Runs a parsed command line.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let globals = Globals { config: args.config, db: args.db };
    match args.command {
        Command::Crawl(cmd) => crawl::run(&globals, cmd),
        Command::Extract(cmd) => extract::run(&globals, cmd),
        Command::Eval(cmd) => eval::run(cmd),
        Command::Reprocess(cmd) => reprocess::run(&globals, cmd),
        Command::Query(cmd) => query::run(&globals, cmd),
        Command::Stats(cmd) => query::stats(&globals, cmd),
    }
}

/// The global flags every command may need.
struct Globals {
    config: Option<PathBuf>,
    db: Option<PathBuf>,
}

impl Globals {
    /// The settings: from `--config`, else ./config.toml if present, else defaults.
    fn settings(&self) -> anyhow::Result<Settings> {
        let mut settings = match &self.config {
            Some(path) => Settings::load(path)?,
            None => {
                let default = PathBuf::from("config.toml");
                if default.exists() {
                    Settings::load(&default)?
                } else {
                    Settings::parse("", &default).context("built-in defaults")?
                }
            }
        };
        if let Some(db) = &self.db {
            settings.db_path = db.clone();
        }
        Ok(settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_friendly_spans_and_plain_seconds() {
        let cases = [
            ("90s", Some(90)),
            ("30m", Some(1800)),
            ("2h", Some(7200)),
            ("1h30m", Some(5400)),
            ("1h 30m", Some(5400)),
            ("1.5h", Some(5400)),
            ("PT1H30M", Some(5400)),
            ("1d", Some(86_400)),
            ("45", Some(45)),
            ("2 jam", None),
            ("-5m", None),
            ("1mo", None),
            ("m", None),
        ];
        for (text, want) in cases {
            assert_eq!(parse_duration(text).ok().map(|d| d.as_secs()), want, "{text}");
        }
        assert!(parse_duration("-5m").unwrap_err().contains("negative"));
    }
}

//! The command line: clap definitions, logging set-up, and the one place
//! that composes config, extraction, the store and the crawler. Each command's
//! work lives in its own submodule; printing goes through [`crate::output`].

mod crawl;
mod eval;
mod extract;
mod query;
mod reprocess;

use std::path::PathBuf;
use std::process::ExitCode;

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
#[command(name = "warta", version, about, long_about, after_help = EXIT_CODES)]
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
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

const EXIT_CODES: &str = "Exit codes: 0 success, 1 error (bad input, config or database), 2 bad flags, \
3 another crawl is running, 4 every source of a crawl failed.";

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fetch new articles from the sources in config.toml and store their facts.
    Crawl(crawl::CrawlArgs),
    /// Print the article and facts of one text or HTML file (or - for stdin).
    Extract(extract::ExtractArgs),
    /// Score the fact extractor against a folder of gold JSON files.
    Eval(eval::EvalArgs),
    /// Re-run extraction over saved HTML files or over every stored page.
    Reprocess(reprocess::ReprocessArgs),
    /// Query the stored facts and articles.
    #[command(subcommand)]
    Query(query::QueryCommand),
    /// Counts per source, kind and year, and the last run.
    Stats(query::StatsArgs),
}

/// Sets up tracing on stderr: plain lines without colour unless stderr is a
/// terminal, written around the progress bar when one is drawn.
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
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(crate::output::log_writer)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
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

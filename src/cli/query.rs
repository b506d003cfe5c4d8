//! `warta query` and `warta stats`: read-only views of the store. The
//! database is opened read-only, so these commands never create or change it.

use anyhow::Context as _;
use jiff::civil::Date;

use super::{Exit, Globals};
use crate::model::FactKind;
use crate::output::{self, Format};
use crate::query::{self, ArticleFilter, DEFAULT_LIMIT, FactFilter};
use crate::store::Store;

/// The columns of `query facts` a person reads first: a terminal table shows
/// these; JSON, JSON lines and CSV carry every column.
const FACT_TABLE_COLUMNS: [&str; 12] = [
    "kind",
    "subject",
    "value",
    "rank",
    "top",
    "scope",
    "instrument",
    "number",
    "year",
    "text",
    "published_date",
    "source",
];

/// The `warta query` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum QueryCommand {
    /// Facts with their article's title, URL and publication date, newest
    /// article first, then in body order.
    Facts(FactsArgs),
    /// Articles, newest first, or best match first with a snippet for --search.
    Articles(ArticlesArgs),
    /// Any read-only SQL statement, such as `SELECT * FROM fact_view`.
    Sql(SqlArgs),
}

/// Flags of `warta query facts`.
#[derive(Debug, clap::Args)]
pub struct FactsArgs {
    /// Only this kind: score, score_change, decree, date, ranking or grade.
    #[arg(long, value_name = "K")]
    pub kind: Option<String>,
    /// Subject, case-insensitive; % is a wildcard (`Kota%`, `%Madiun%`).
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,
    /// Facts of this year: a decree's or date's own year, else the article's.
    #[arg(long, value_name = "Y")]
    pub year: Option<i32>,
    /// The articles and output shared with `query articles`.
    #[command(flatten)]
    pub common: Common,
}

/// Flags of `warta query articles`.
#[derive(Debug, clap::Args)]
pub struct ArticlesArgs {
    /// The articles and output.
    #[command(flatten)]
    pub common: Common,
}

/// Flags shared by `query facts` and `query articles`.
#[derive(Debug, clap::Args)]
pub struct Common {
    /// Articles published on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<Date>,
    /// Articles published on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<Date>,
    /// Pages of this source (its name in config.toml).
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,
    /// Articles matching this full-text query (SQLite FTS5 syntax).
    #[arg(long, value_name = "FTS")]
    pub search: Option<String>,
    /// At most N rows; 0 for all.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_LIMIT)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

impl Common {
    fn limit(&self) -> Option<usize> {
        (self.limit > 0).then_some(self.limit)
    }
}

/// Flags of `warta query sql`.
#[derive(Debug, clap::Args)]
pub struct SqlArgs {
    /// The statement; the database is opened read-only.
    pub sql: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Flags of `warta stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Output format (table, json or jsonl).
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Opens the configured database read-only.
fn open(globals: &Globals) -> anyhow::Result<Store> {
    let settings = globals.settings()?;
    Ok(Store::open_read_only(&settings.db_path)?)
}

pub(super) fn run(globals: &Globals, cmd: QueryCommand) -> anyhow::Result<Exit> {
    match cmd {
        QueryCommand::Facts(args) => {
            let kind = args.kind.as_deref().map(str::parse::<FactKind>).transpose()?;
            let c = &args.common;
            let filter = FactFilter {
                kind,
                subject: args.subject,
                year: args.year,
                since: c.since,
                until: c.until,
                source: c.source.clone(),
                search: c.search.clone(),
                limit: c.limit(),
            };
            let rows = query::facts(&open(globals)?, &filter)?;
            let rows = if c.format == Format::Table { rows.select(&FACT_TABLE_COLUMNS) } else { rows };
            output::print_rows(&rows, c.format).context("writing the facts")?;
        }
        QueryCommand::Articles(ArticlesArgs { common: c }) => {
            let filter = ArticleFilter {
                search: c.search.clone(),
                since: c.since,
                until: c.until,
                source: c.source.clone(),
                limit: c.limit(),
            };
            let rows = query::articles(&open(globals)?, &filter)?;
            output::print_rows(&rows, c.format).context("writing the articles")?;
        }
        QueryCommand::Sql(args) => {
            let rows = query::sql(&open(globals)?, &args.sql)?;
            output::print_rows(&rows, args.format).context("writing the rows")?;
        }
    }
    Ok(Exit::Success)
}

pub(super) fn stats(globals: &Globals, args: StatsArgs) -> anyhow::Result<Exit> {
    let sections = query::stats(&open(globals)?)?;
    output::print_sections(&sections, args.format).context("writing the stats")?;
    Ok(Exit::Success)
}

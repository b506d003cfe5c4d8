//! `warta query` and `warta stats`: read-only views of the store. The
//! database is opened read-only, so these commands never create or change
//! it. Rows are printed as they come; what is said about them (a limit that
//! cut the output, no rows at all, an unknown source) goes to stderr.

use std::time::Duration;

use anyhow::Context as _;
use clap::builder::PossibleValue;
use jiff::civil::Date;

use super::{Exit, Globals};
use crate::model::FactKind;
use crate::output::{self, Format, SectionsFormat, TableStyle};
use crate::query::{self, ArticleFilter, DEFAULT_LIMIT, Delivered, FactFilter, QueryError, RowSink};
use crate::store::{Store, StoreError};

pub(super) const EXAMPLES: &str = "\
Examples:
  warta query facts --kind score --subject 'Kota Madiun'
  warta query articles --search ombudsman --since 2024-01-01
  warta query sql \"SELECT kind, count(*) FROM fact GROUP BY kind\" --format csv";

pub(super) const STATS_EXAMPLES: &str = "\
Examples:
  warta stats
  warta stats --format json --db /var/lib/warta/warta.db";

/// The `warta query` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum QueryCommand {
    /// Facts with their article's title, URL and publication date, newest
    /// article first, then in body order. The table shows one table per
    /// kind, with the columns that kind has.
    #[command(after_help = FACTS_EXAMPLES)]
    Facts(FactsArgs),
    /// Articles, newest first, or best match first with a snippet for --search.
    #[command(after_help = ARTICLES_EXAMPLES)]
    Articles(ArticlesArgs),
    /// Any read-only SQL statement, such as `SELECT * FROM fact_view`. Rows
    /// are printed as SQLite yields them, so any number of them fits.
    #[command(after_help = SQL_EXAMPLES)]
    Sql(SqlArgs),
}

const FACTS_EXAMPLES: &str = "\
Examples:
  warta query facts --kind score --subject 'Kota Madiun'
  warta query facts --kind grade --subject '%madiun%' --year 2024
  warta query facts --search ombudsman --format csv > facts.csv";

const ARTICLES_EXAMPLES: &str = "\
Examples:
  warta query articles
  warta query articles --search '\"zona hijau\"' --source madiunkota";

const SQL_EXAMPLES: &str = "\
Examples:
  warta query sql \"SELECT kind, count(*) AS facts FROM fact GROUP BY kind\"
  warta query sql \"SELECT * FROM fact_view WHERE kind = 'score'\" --format jsonl
  warta query sql \"SELECT subject, value_num FROM fact\" --format csv --timeout 30s";

/// A fact kind as a flag value: FACTS.md's names, in any case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindArg(pub FactKind);

/// Every kind as a flag value, in FACTS.md's order.
const KIND_ARGS: [KindArg; FactKind::ALL.len()] = {
    let mut kinds = [KindArg(FactKind::Score); FactKind::ALL.len()];
    let mut i = 0;
    while i < kinds.len() {
        kinds[i] = KindArg(FactKind::ALL[i]);
        i += 1;
    }
    kinds
};

impl clap::ValueEnum for KindArg {
    fn value_variants<'a>() -> &'a [Self] {
        &KIND_ARGS
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.as_str()))
    }
}

/// Flags of `warta query facts`.
#[derive(Debug, clap::Args)]
pub struct FactsArgs {
    /// Only this kind (any case).
    #[arg(long, value_name = "K", value_enum, ignore_case = true)]
    pub kind: Option<KindArg>,
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
    /// Articles matching this full-text query (SQLite FTS5 syntax; quote a
    /// word with : or - in it, or AND, OR, NOT: '"a:b"').
    #[arg(long, value_name = "FTS")]
    pub search: Option<String>,
    /// At most N rows, 0 for all. Default: 100 for the table, all for json,
    /// jsonl and csv.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Stop the query after this long (90s, 2m); no limit by default.
    #[arg(long, value_name = "DURATION", value_parser = super::parse_duration)]
    pub timeout: Option<Duration>,
}

impl Common {
    /// The row limit: as given (0 for none), else [`DEFAULT_LIMIT`] for a
    /// table and none for the formats programs read.
    fn limit(&self) -> Option<usize> {
        match self.limit {
            Some(0) => None,
            Some(limit) => Some(limit),
            None if self.format.is_machine() => None,
            None => Some(DEFAULT_LIMIT),
        }
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
    /// Stop the query after this long (90s, 2m); no limit by default.
    #[arg(long, value_name = "DURATION", value_parser = super::parse_duration)]
    pub timeout: Option<Duration>,
}

/// Flags of `warta stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: SectionsFormat,
}

/// Opens the configured database read-only; a missing one says how to make one.
fn open(globals: &Globals) -> anyhow::Result<Store> {
    let settings = globals.settings()?;
    Store::open_read_only(&settings.db_path).map_err(|err| match err {
        StoreError::NotFound { path } => anyhow::anyhow!(
            "database {} does not exist: make one with `warta reprocess PATH` (saved HTML pages, such as \
             fixtures/) or `warta crawl`, or name another with --db",
            path.display()
        ),
        other => other.into(),
    })
}

pub(super) fn run(globals: &Globals, cmd: QueryCommand) -> anyhow::Result<Exit> {
    let store = open(globals)?;
    match cmd {
        QueryCommand::Facts(args) => {
            let c = &args.common;
            warn_unknown_source(&store, c.source.as_deref())?;
            let filter = FactFilter {
                kind: args.kind.map(|k| k.0),
                subject: args.subject,
                year: args.year,
                since: c.since,
                until: c.until,
                source: c.source.clone(),
                search: c.search.clone(),
                limit: c.limit(),
            };
            let printed = Printed { timeout: c.timeout, format: c.format, style: TableStyle::Facts, noun: "facts" };
            printed.print(
                &store,
                |sink| query::facts_into(&store, &filter, sink),
                || query::count_facts(&store, &filter),
            )?;
        }
        QueryCommand::Articles(ArticlesArgs { common: c }) => {
            warn_unknown_source(&store, c.source.as_deref())?;
            let filter = ArticleFilter {
                search: c.search.clone(),
                since: c.since,
                until: c.until,
                source: c.source.clone(),
                limit: c.limit(),
            };
            let printed = Printed { timeout: c.timeout, format: c.format, style: TableStyle::Plain, noun: "articles" };
            let total = || query::count_articles(&store, &filter);
            printed.print(&store, |sink| query::articles_into(&store, &filter, sink), total)?;
        }
        QueryCommand::Sql(args) => {
            let printed =
                Printed { timeout: args.timeout, format: args.format, style: TableStyle::Plain, noun: "rows" };
            // No limit, so never more rows to count.
            printed.print(&store, |sink| query::sql_into(&store, &args.sql, sink), || Ok(0))?;
        }
    }
    Ok(Exit::Success)
}

/// How a query's rows are printed, and what they are called in the notes.
struct Printed {
    /// `--timeout`.
    timeout: Option<Duration>,
    /// `--format`.
    format: Format,
    /// The table's layout.
    style: TableStyle,
    /// The rows' noun: `facts`, `articles`, `rows`.
    noun: &'static str,
}

impl Printed {
    /// Runs `query` into stdout within the timeout, then says on stderr when
    /// nothing matched, or when the limit cut the output (of `total` rows).
    fn print(
        &self,
        store: &Store,
        query: impl FnOnce(&mut dyn RowSink) -> query::Result<Delivered>,
        total: impl FnOnce() -> query::Result<u64>,
    ) -> anyhow::Result<()> {
        let _deadline = self.timeout.map(|after| query::interrupt_after(store, after));
        let mut printer = output::stdout_rows(self.format, self.style);
        let delivered = query(&mut printer).map_err(|err| self.explain(err))?;
        printer.finish().with_context(|| format!("writing the {}", self.noun))?;
        if delivered.rows == 0 {
            output::print_note(&format!("no {} match", self.noun));
        } else if delivered.more {
            let total = total().map_err(|err| self.explain(err))?;
            output::print_note(&format!(
                "showing {} of {} {} (use --limit 0 for all)",
                output::thousands(delivered.rows),
                output::thousands(total),
                self.noun
            ));
        }
        Ok(())
    }

    /// A query error for the user: an interruption names the `--timeout` that caused it.
    fn explain(&self, err: QueryError) -> anyhow::Error {
        match (err, self.timeout) {
            (QueryError::Interrupted, Some(after)) => {
                anyhow::anyhow!("the query ran longer than --timeout {} and was stopped", show_duration(after))
            }
            (err, _) => err.into(),
        }
    }
}

pub(super) fn stats(globals: &Globals, args: StatsArgs) -> anyhow::Result<Exit> {
    let sections = query::stats(&open(globals)?)?;
    output::print_sections(&sections, args.format).context("writing the stats")?;
    Ok(Exit::Success)
}

/// `90s` -> `1m 30s`, as jiff prints spans.
fn show_duration(duration: Duration) -> String {
    jiff::SignedDuration::try_from(duration).map_or_else(|_| format!("{duration:?}"), |d| format!("{d:#}"))
}

/// Warns when `--source` names no source of the database (as `crawl --source`
/// refuses a name config.toml lacks): the query then matches nothing.
fn warn_unknown_source(store: &Store, source: Option<&str>) -> anyhow::Result<()> {
    let Some(source) = source else { return Ok(()) };
    let names = query::source_names(store)?;
    if !names.iter().any(|name| name == source) {
        let known = if names.is_empty() {
            "it has none (pages from files carry no source)".to_string()
        } else {
            format!("its sources: {}", names.join(", "))
        };
        output::print_warning(&format!("no source is named {source:?} in this database; {known}"));
    }
    Ok(())
}

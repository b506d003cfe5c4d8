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
use crate::query::{
    self, ArticleFilter, DEFAULT_LIMIT, Delivered, FactFilter, Panel, PanelFilter, QueryError, RowSink,
};
use crate::store::{Store, StoreError};

pub(super) const EXAMPLES: &str = "\
Examples:
  warta query facts --kind score --subject 'Kota Madiun'
  warta query panel --assessment ombudsman_kepatuhan --region Jatim
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
    /// One assessment's results as a panel: a row per region and subject, a
    /// column per period (the year the result is for), each cell the value
    /// the articles give. Where they give several for one cell, all are
    /// shown and the row's `disagreement` column names the period. Facts
    /// whose article states no period have no column; they are counted.
    #[command(after_help = PANEL_EXAMPLES)]
    Panel(PanelArgs),
    /// Codes and names of the official list of provinces, regencies and
    /// cities: those a name or code finds (as --region reads it, else those
    /// whose name holds it), or all of them. Needs no database.
    #[command(after_help = REGIONS_EXAMPLES)]
    Regions(RegionsArgs),
    /// Any read-only SQL statement, such as `SELECT * FROM fact_view`. Rows
    /// are printed as SQLite yields them, so any number of them fits.
    #[command(after_help = SQL_EXAMPLES)]
    Sql(SqlArgs),
}

const FACTS_EXAMPLES: &str = "\
Examples:
  warta query facts --kind score --subject 'Kota Madiun'
  warta query facts --assessment ombudsman_kepatuhan --region Jatim --period 2024
  warta query facts --search ombudsman --format csv > facts.csv";

const PANEL_EXAMPLES: &str = "\
Examples:
  warta query panel --assessment ombudsman_kepatuhan --region Jatim --from 2021 --to 2024
  warta query panel --assessment ipp --kind score --format csv > ipp.csv
  warta query panel --assessment bpk_opini --format json     each value with its articles' URLs";

const REGIONS_EXAMPLES: &str = "\
Examples:
  warta query regions Madiun        the regency (35.19) and the city (35.77)
  warta query regions Jatim         a province, by the short form news prints
  warta query regions --format csv  all 552";

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
    /// Facts of this year: a decree's or date's own year, else the article's
    /// (the `fact_year` column).
    #[arg(long, value_name = "Y")]
    pub year: Option<i32>,
    /// Results of this assessment: an id of FACTS.md's catalogue, or other.
    #[arg(long, value_name = "ID", value_parser = assessment_parser(), ignore_case = true)]
    pub assessment: Option<String>,
    /// Results of parties in this region: a code (35.77) or a name of the
    /// official list (Kota Madiun, Pemkot Madiun, Jatim), any case; a
    /// province takes in its regencies and cities.
    #[arg(long, value_name = "CODE|NAME")]
    pub region: Option<String>,
    /// Results for this year, as the article states it (the `period` column).
    #[arg(long, value_name = "YEAR")]
    pub period: Option<i32>,
    /// The articles and output shared with `query articles`.
    #[command(flatten)]
    pub common: Common,
}

/// The `--assessment` values: the catalogue's ids, then `other`.
fn assessment_parser() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(query::assessment_ids())
}

/// The kinds of result a panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PanelKind {
    /// Scores.
    Score,
    /// Grades.
    Grade,
    /// Rankings (a row per scope).
    Ranking,
}

impl From<PanelKind> for FactKind {
    fn from(kind: PanelKind) -> Self {
        match kind {
            PanelKind::Score => FactKind::Score,
            PanelKind::Grade => FactKind::Grade,
            PanelKind::Ranking => FactKind::Ranking,
        }
    }
}

/// Flags of `warta query panel`.
#[derive(Debug, clap::Args)]
pub struct PanelArgs {
    /// The assessment: an id of FACTS.md's catalogue, or other.
    #[arg(long, value_name = "ID", value_parser = assessment_parser(), ignore_case = true)]
    pub assessment: String,
    /// Only this kind of result; scores, rankings and grades by default.
    #[arg(long, value_name = "K", value_enum, ignore_case = true)]
    pub kind: Option<PanelKind>,
    /// Only parties of this region: a code (35.77) or a name (Kota Madiun,
    /// Jatim), any case; a province takes in its regencies and cities.
    #[arg(long, value_name = "CODE|NAME")]
    pub region: Option<String>,
    /// Only periods from this year on.
    #[arg(long, value_name = "YEAR")]
    pub from: Option<i32>,
    /// Only periods up to this year.
    #[arg(long, value_name = "YEAR")]
    pub to: Option<i32>,
    /// Output format: json and jsonl give each value with the URLs of its articles.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Stop the query after this long (90s, 2m); no limit by default.
    #[arg(long, value_name = "DURATION", value_parser = super::parse_duration)]
    pub timeout: Option<Duration>,
}

/// Flags of `warta query regions`.
#[derive(Debug, clap::Args)]
pub struct RegionsArgs {
    /// A name (Madiun, Kota Madiun, Jatim) or code (35.77, or 35 and 35.7 for
    /// the codes that start so); all regions without it.
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
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
    let region = |text: &Option<String>| text.as_deref().map(query::find_region).transpose();
    match cmd {
        QueryCommand::Facts(args) => {
            // The flags first: a bad region is the error to report, with or without a database.
            let region = region(&args.region)?;
            let store = open(globals)?;
            let c = &args.common;
            warn_unknown_source(&store, c.source.as_deref())?;
            let filter = FactFilter {
                kind: args.kind.map(|k| k.0),
                subject: args.subject,
                year: args.year,
                assessment: args.assessment.map(|id| id.to_lowercase()),
                region,
                period: args.period,
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
            let store = open(globals)?;
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
        QueryCommand::Panel(args) => {
            let region = region(&args.region)?;
            let store = open(globals)?;
            let filter = PanelFilter {
                assessment: args.assessment.to_lowercase(),
                kind: args.kind.map(FactKind::from),
                region,
                from: args.from,
                to: args.to,
            };
            let printed =
                Printed { timeout: args.timeout, format: args.format, style: TableStyle::Plain, noun: "rows" };
            let panel = {
                let _deadline = printed.timeout.map(|after| query::interrupt_after(&store, after));
                query::panel(&store, &filter).map_err(|err| printed.explain(err))?
            };
            output::print_panel(&panel, args.format).context("writing the panel")?;
            say_what_the_panel_left_out(&panel, &filter.assessment);
        }
        QueryCommand::Regions(args) => {
            let rows = query::regions(args.name.as_deref());
            output::print_rows(&rows, args.format).context("writing the regions")?;
            if rows.rows.is_empty() {
                output::print_note("no region matches; `warta query regions` lists them all");
            }
        }
        QueryCommand::Sql(args) => {
            let store = open(globals)?;
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

/// Says on stderr when a panel is empty, and how many facts it could not place.
fn say_what_the_panel_left_out(panel: &Panel, assessment: &str) {
    if panel.rows.is_empty() && panel.without_period == 0 && panel.without_party == 0 {
        output::print_note(&format!("no results of {assessment} match"));
    }
    let count = |n: u64| format!("{} fact{}", output::thousands(n), if n == 1 { "" } else { "s" });
    if panel.without_period > 0 {
        output::print_note(&format!(
            "{} without a period (the year the result is for) are not in the panel; \
             `warta query facts --assessment {assessment}` lists them with their fact_year",
            count(panel.without_period)
        ));
    }
    if panel.without_party > 0 {
        output::print_note(&format!(
            "{} with neither a subject nor a region are not in the panel",
            count(panel.without_party)
        ));
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

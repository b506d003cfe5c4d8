//! `warta eval`: precision, recall and subject accuracy against a gold set.

use std::path::PathBuf;

use super::Exit;
use crate::output::{self, ReportFormat};

pub(super) const EXAMPLES: &str = "\
Examples:
  warta eval fixtures/facts/seeds/gold fixtures/facts/seeds/text
  warta eval fixtures/facts/dev/gold fixtures/facts/dev/text --details
  warta eval fixtures/facts/dev/gold fixtures/facts/dev/text --format json";

/// Flags of `warta eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// The folder of gold `<id>.json` files (FACTS.md form).
    pub gold_dir: PathBuf,
    /// The folder of article texts, `<id>.txt`.
    pub text_dir: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Also list every miss, extra and wrong subject.
    #[arg(long)]
    pub details: bool,
}

pub(super) fn run(args: EvalArgs) -> anyhow::Result<Exit> {
    let report = crate::eval::evaluate_dirs(&args.gold_dir, &args.text_dir)?;
    output::eval::print_report(&report, args.format, args.details)?;
    Ok(Exit::Success)
}

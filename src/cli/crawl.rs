//! `warta crawl`: the cron job.

use super::{Exit, Globals};

/// Flags of `warta crawl`.
#[derive(Debug, clap::Args)]
pub struct CrawlArgs {}

pub(super) fn run(globals: &Globals, _args: CrawlArgs) -> anyhow::Result<Exit> {
    globals.settings()?;
    anyhow::bail!("not implemented yet")
}

//! `warta query` and `warta stats`: read-only views of the store.

use super::{Exit, Globals};

/// The `warta query` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum QueryCommand {
    /// Facts with their article's title, URL and publication date.
    Facts,
}

/// Flags of `warta stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {}

pub(super) fn run(_globals: &Globals, _cmd: QueryCommand) -> anyhow::Result<Exit> {
    anyhow::bail!("not implemented yet")
}

pub(super) fn stats(_globals: &Globals, _args: StatsArgs) -> anyhow::Result<Exit> {
    anyhow::bail!("not implemented yet")
}

//! `warta eval`: precision, recall and subject accuracy against a gold set.

use super::Exit;

/// Flags of `warta eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {}

pub(super) fn run(_args: EvalArgs) -> anyhow::Result<Exit> {
    anyhow::bail!("not implemented yet")
}

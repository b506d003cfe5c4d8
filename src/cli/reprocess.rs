//! `warta reprocess`: extraction re-run over saved HTML into the store.

use super::{Exit, Globals};

/// Flags of `warta reprocess`.
#[derive(Debug, clap::Args)]
pub struct ReprocessArgs {}

pub(super) fn run(globals: &Globals, _args: ReprocessArgs) -> anyhow::Result<Exit> {
    globals.settings()?;
    anyhow::bail!("not implemented yet")
}

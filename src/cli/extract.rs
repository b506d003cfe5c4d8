//! `warta extract`: one file in, its article and facts out.

use std::path::PathBuf;

use super::{Exit, Globals};

/// Flags of `warta extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// A .txt or .html file, or - for standard input (read as text).
    pub path: PathBuf,
}

pub(super) fn run(_globals: &Globals, _args: ExtractArgs) -> anyhow::Result<Exit> {
    anyhow::bail!("not implemented yet")
}

//! Everything warta prints goes through here: errors, extraction results and
//! query rows, as tables, JSON, JSON lines or CSV.

pub mod eval;
pub mod extraction;

/// How a command prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A readable table.
    Text,
    /// JSON.
    Json,
}

/// Prints an error and its causes on one line to stderr, as `warta: a: b: c`.
pub fn print_error(err: &anyhow::Error) {
    eprintln!("warta: {err:#}");
}

/// Whether an error is a closed stdout (`warta query ... | head`), which is success.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

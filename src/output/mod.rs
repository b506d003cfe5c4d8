//! Everything warta prints goes through here: errors, extraction results and
//! query rows, as tables, JSON, JSON lines or CSV.

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

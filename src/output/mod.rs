//! Everything warta prints goes through here: errors, warnings and notes,
//! extraction results and query rows, as tables, JSON, JSON lines or CSV,
//! and the log lines, which [`log_writer`] writes around the progress bar.
//! Results go to stdout; everything said about them (warnings, "showing 100
//! of 19,060", "no facts match") goes to stderr, so a pipe gets data only.

pub mod eval;
pub mod extraction;
mod facts;
mod log;
mod panel;
pub mod rows;
pub mod table;

use std::io::{self, Write};

pub use log::{LogWriter, log_writer};
pub use rows::{Format, RowPrinter, SectionsFormat, TableStyle};

/// A printer of query rows to stdout, tables laid out for the output's width.
pub fn stdout_rows(format: Format, style: TableStyle) -> RowPrinter<io::BufWriter<io::StdoutLock<'static>>> {
    RowPrinter::new(io::BufWriter::new(io::stdout().lock()), format, style, table::output_width())
}

/// Prints rows computed in full (`warta query regions`) to stdout in `format`.
pub fn print_rows(rows: &crate::query::Rows, format: Format) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    rows::write_rows(&mut out, rows, format, table::output_width())?;
    out.flush()
}

/// Prints a panel (`warta query panel`) to stdout in `format`.
pub fn print_panel(panel: &crate::query::Panel, format: Format) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    panel::write_panel(&mut out, panel, format, table::output_width())?;
    out.flush()
}

/// Prints titled tables (`warta stats`) to stdout in `format`.
pub fn print_sections(sections: &[crate::query::Section], format: SectionsFormat) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    rows::write_sections(&mut out, sections, format, table::output_width())?;
    out.flush()
}

/// Prints a warning about a command's input to stderr: `warta: warning: ...`.
pub fn print_warning(message: &str) {
    eprintln!("warta: warning: {message}");
}

/// Prints a note about a command's result to stderr: `warta: ...`.
pub fn print_note(message: &str) {
    eprintln!("warta: {message}");
}

/// A count with thousands separators: `19,060`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Prints a command's one-line summary to stdout.
pub fn print_summary(line: &str) -> io::Result<()> {
    writeln!(io::stdout().lock(), "{line}")
}

/// How a one-result command (`extract`, `eval`) prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
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

/// Prints a crawl's summary line to stdout, then the hosts given up, if any.
pub fn print_crawl_summary(summary: &crate::crawl::Summary) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "crawl: found {}, new {}, fetched {}, not modified {}, revisited {} (changed {}), failed {}, skipped {}, \
         articles {}, facts {}; sources {}, {} failed",
        summary.found,
        summary.queued,
        summary.fetched,
        summary.not_modified,
        summary.revisited,
        summary.revisit_changed,
        summary.failed,
        summary.skipped,
        summary.articles,
        summary.facts,
        summary.sources,
        summary.sources_failed
    )?;
    if !summary.hosts_given_up.is_empty() {
        writeln!(out, "crawl: hosts given up after repeated failures: {}", summary.hosts_given_up.join(", "))?;
    }
    if summary.interrupted {
        writeln!(out, "crawl: interrupted by Ctrl-C; the next crawl resumes where this one stopped")?;
    } else if summary.all_sources_failed() {
        writeln!(out, "crawl: every source failed")?;
    }
    Ok(())
}

/// Prints `--dry-run`'s list: one `source<TAB>url` line per page that would be fetched.
pub fn print_dry_run(would_fetch: &[(&str, &str)]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    for (source, url) in would_fetch {
        writeln!(out, "{source}\t{url}")?;
    }
    writeln!(out, "crawl --dry-run: {} pages would be fetched", would_fetch.len())
}

/// The tracing target of the plain progress lines that long runs log when
/// stderr is no terminal (under cron): shown at the default verbosity,
/// hidden by `-q`.
pub const PROGRESS_TARGET: &str = "warta::progress";

/// A progress bar on stderr for `total` items, drawn only when stderr is a
/// terminal (hidden under cron, where callers log lines to [`PROGRESS_TARGET`]).
/// Log lines written through [`log_writer`] go around it until it finishes.
pub fn progress(total: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(total);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} pages {per_sec} eta {eta}") {
        bar.set_style(style);
    }
    log::show(&bar);
    bar
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_separated_by_commas() {
        let cases = [(0, "0"), (999, "999"), (1000, "1,000"), (19_060, "19,060"), (1_234_567, "1,234,567")];
        for (n, want) in cases {
            assert_eq!(super::thousands(n), want);
        }
    }
}

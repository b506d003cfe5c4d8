//! Log lines on stderr that leave the progress bar whole. `tracing` writes
//! every line through [`log_writer`]; while a bar from [`super::progress`]
//! is live, the line is written with the bar cleared and drawn again after
//! it (`ProgressBar::suspend`), so no line lands in the middle of the bar.
//! Off a terminal the bar is hidden and the suspension costs one lock.
//!
//! A few lines of our own rather than the `tracing-indicatif` crate, which
//! draws a bar per span: warta has one bar per run and needs only this.

use std::io::{self, Write};
use std::sync::{Mutex, PoisonError};

use indicatif::{ProgressBar, WeakProgressBar};

/// The bar log lines are written around: the last one shown, while it is
/// alive and not finished. Weak, so a dropped bar is not kept for logging.
pub(super) struct ShownBar(Mutex<Option<WeakProgressBar>>);

/// The bar of this process.
static SHOWN: ShownBar = ShownBar::new();

impl ShownBar {
    const fn new() -> Self {
        Self(Mutex::new(None))
    }

    /// Makes `bar` the one log lines go around.
    fn show(&self, bar: &ProgressBar) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(bar.downgrade());
    }

    /// A writer for one log line: around the shown bar, if it is still live.
    fn writer(&self) -> LogWriter {
        let shown = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let bar = shown.as_ref().and_then(WeakProgressBar::upgrade).filter(|bar| !bar.is_finished());
        LogWriter { bar }
    }
}

/// Makes `bar` the bar log lines are written around.
pub(super) fn show(bar: &ProgressBar) {
    SHOWN.show(bar);
}

/// The `tracing` writer of warta (a `MakeWriter`): one [`LogWriter`] per line.
pub fn log_writer() -> LogWriter {
    SHOWN.writer()
}

/// Writes a log line to stderr, suspending the live progress bar while it does.
#[derive(Debug)]
pub struct LogWriter {
    bar: Option<ProgressBar>,
}

impl LogWriter {
    /// Runs a write on stderr with the bar, if any, out of the way.
    fn around_bar<T>(&self, write: impl FnOnce(&mut io::Stderr) -> T) -> T {
        match &self.bar {
            Some(bar) => bar.suspend(|| write(&mut io::stderr())),
            None => write(&mut io::stderr()),
        }
    }
}

impl Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.around_bar(|stderr| stderr.write(buf))
    }

    /// The whole line in one suspension (tracing writes each line with one call).
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.around_bar(|stderr| stderr.write_all(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        io::stderr().flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_go_around_a_live_bar_only() {
        let shown = ShownBar::new();
        assert!(shown.writer().bar.is_none(), "no bar yet: straight to stderr");

        let bar = ProgressBar::hidden();
        bar.set_length(40);
        shown.show(&bar);
        let writer = shown.writer();
        bar.set_position(7);
        assert_eq!(writer.bar.as_ref().map(ProgressBar::position), Some(7), "the shown bar is suspended");

        bar.finish_and_clear();
        assert!(shown.writer().bar.is_none(), "a finished bar is left alone");

        let next = ProgressBar::hidden();
        shown.show(&next);
        assert!(shown.writer().bar.is_some());
        drop(next);
        assert!(shown.writer().bar.is_none(), "a dropped bar is not kept alive for logging");
    }

    #[test]
    fn the_progress_bar_of_a_run_is_the_one_lines_go_around() {
        let bar = super::super::progress(12);
        assert_eq!(log_writer().bar.as_ref().map(ProgressBar::length), Some(Some(12)));
        bar.finish_and_clear();
    }
}

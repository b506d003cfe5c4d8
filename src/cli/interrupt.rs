//! Ctrl-C for the long runs (`crawl`, `reprocess`). The first SIGINT asks
//! the run to stop: it finishes the batch it is saving (or drops one not
//! begun), records its run row as interrupted, prints what it did and exits
//! with [`super::Exit::Interrupted`]. A second SIGINT exits at once; the
//! store's transactions keep the database whole either way.
//!
//! The signal is awaited on a thread of its own with a one-thread tokio
//! runtime (tokio's `signal` feature is already in the build), so the
//! synchronous reprocess and the async crawl read the same flag.

use anyhow::Context as _;
use tokio::sync::watch;

/// The flag a SIGINT sets; cheap to read from any thread.
pub struct Interrupt {
    receiver: watch::Receiver<bool>,
}

impl Interrupt {
    /// Takes over SIGINT for the rest of the process.
    pub fn install() -> anyhow::Result<Self> {
        let (sender, receiver) = watch::channel(false);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("starting the Ctrl-C handler")?;
        // Registered here, before the run starts, so no early Ctrl-C kills it unannounced.
        let mut signals = runtime.block_on(async { Signals::new() }).context("listening for Ctrl-C")?;
        std::thread::Builder::new()
            .name("ctrl-c".into())
            .spawn(move || {
                runtime.block_on(async move {
                    if signals.next().await {
                        tracing::warn!("Ctrl-C: stopping after the current batch (Ctrl-C again stops at once)");
                        sender.send_replace(true);
                    }
                    if signals.next().await {
                        std::process::exit(super::Exit::Interrupted as i32);
                    }
                });
            })
            .context("starting the Ctrl-C handler")?;
        Ok(Self { receiver })
    }

    /// Whether Ctrl-C was pressed.
    pub fn is_set(&self) -> bool {
        *self.receiver.borrow()
    }

    /// A receiver for async code: its value turns `true` on Ctrl-C.
    pub fn receiver(&self) -> watch::Receiver<bool> {
        self.receiver.clone()
    }
}

/// SIGINT as a stream of arrivals.
struct Signals {
    #[cfg(unix)]
    stream: tokio::signal::unix::Signal,
}

impl Signals {
    /// Starts listening (within a tokio runtime).
    fn new() -> std::io::Result<Self> {
        #[cfg(unix)]
        {
            Ok(Self { stream: tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())? })
        }
        #[cfg(not(unix))]
        {
            Ok(Self {})
        }
    }

    /// Waits for the next SIGINT; `false` if no more can come.
    async fn next(&mut self) -> bool {
        #[cfg(unix)]
        {
            self.stream.recv().await.is_some()
        }
        #[cfg(not(unix))]
        {
            tokio::signal::ctrl_c().await.is_ok()
        }
    }
}

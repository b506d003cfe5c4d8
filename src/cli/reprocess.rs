//! `warta reprocess`: extraction re-run over saved HTML into the store.
//!
//! With paths, the `.html`/`.htm` files given or found (recursively) in the
//! folders given are stored as pages and extracted; without, every stored
//! page is extracted again (after the extractor improved). A `.txt` file
//! named on the command line (or found in a folder with `--text`) is a
//! plain-text article, read as `warta extract` reads it (its first line the
//! title): it is stored as a `text/plain` page, and extracted as text again
//! when every stored page is.
//!
//! Inputs go in chunks: each chunk is extracted on all cores (rayon, order
//! kept) and handed to one writer thread that saves it in one transaction,
//! while the next chunk is extracted. Saving is idempotent, so a second run
//! reports nothing changed. A page that cannot be read is counted and
//! logged, and the run goes on; the exit code is 1 if any page failed.
//! Ctrl-C stops the run after the chunk being saved (chunks not begun are
//! dropped): the summary says what was done, the run row is marked
//! interrupted, and the exit code is 130. A rerun does the rest.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use rayon::prelude::*;
use url::Url;

use super::interrupt::Interrupt;
use super::{Exit, Globals};
use crate::config::Settings;
use crate::extract::{self, PageInput};
use crate::model::Extraction;
use crate::output;
use crate::store::{ArticleChange, PackedHtml, PageRecord, RunCounts, RunKind, Store};

pub(super) const EXAMPLES: &str = "\
Examples:
  warta reprocess fixtures/           store and extract the saved pages under fixtures/
  warta reprocess                     extract every stored page again (after an upgrade)
  warta reprocess --text articles/     plain-text articles too (.txt: line 1 the title)";

/// Pages extracted and saved together: one transaction per chunk.
const CHUNK: usize = 1024;

/// Without a terminal, a progress line at most this often.
const PROGRESS_INTERVAL: Duration = Duration::from_secs(5);

/// The content type a plain-text file is stored with: how `reprocess`
/// without paths knows to read the page as text again.
const TEXT_PLAIN: &str = "text/plain";

/// Flags of `warta reprocess`.
#[derive(Debug, clap::Args)]
pub struct ReprocessArgs {
    /// HTML files (.html, .htm) or plain-text articles (.txt: the first line
    /// is the title), or folders searched recursively for HTML files, to
    /// store as pages and extract. Without paths, every stored page.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Search the folders for .txt files too, and read them as plain-text articles.
    #[arg(long)]
    pub text: bool,
}

/// One extracted input, ready for the writer.
enum Extracted {
    /// A page already in the store.
    Stored {
        /// Its row id.
        page_id: i64,
        /// What the extractor made of it.
        extraction: Extraction,
    },
    /// A file to store as a page first.
    File {
        /// Where it was read.
        path: PathBuf,
        /// Its canonical URL (from the page), if it gives an http(s) one.
        canonical: Option<String>,
        /// Its `file://` URL.
        file_url: String,
        /// Its modification time, stored as the fetch time.
        modified: jiff::Timestamp,
        /// The source of `canonical`, if config.toml has one.
        source: Option<String>,
        /// The raw bytes, hashed and compressed here rather than on the writer.
        html: PackedHtml,
        /// `text/plain` for a text file; none for HTML.
        content_type: Option<&'static str>,
        /// What the extractor made of it.
        extraction: Extraction,
    },
    /// An input that could not be read.
    Failed(String),
}

pub(super) fn run(globals: &Globals, args: ReprocessArgs) -> anyhow::Result<Exit> {
    let settings = globals.settings()?;
    let files =
        args.paths.iter().map(|path| input_files(path, args.text)).collect::<anyhow::Result<Vec<_>>>()?.concat();
    let mut store = Store::open(&settings.db_path)?;
    let total = if args.paths.is_empty() { store.page_count()? } else { files.len() as u64 };
    let reader = if args.paths.is_empty() { Some(Store::open_read_only(&settings.db_path)?) } else { None };
    let run = store.start_run(RunKind::Reprocess)?;
    let bar = output::progress(total);
    let stop = Arc::new(Interrupt::install()?);

    let (sender, receiver) = mpsc::sync_channel::<Vec<Extracted>>(2);
    let writer = std::thread::spawn({
        let bar = bar.clone();
        let stop = stop.clone();
        move || write_all(store, &receiver, &bar, &stop)
    });
    let produced = match &reader {
        Some(reader) => extract_stored(reader, &settings, &sender, &stop),
        None => files.chunks(CHUNK).try_for_each(|chunk| {
            // `None` once Ctrl-C is pressed: the rest of the chunk is skipped and the chunk dropped.
            let extracted: Option<Vec<_>> =
                chunk.par_iter().map(|path| (!stop.is_set()).then(|| extract_file(path, &settings))).collect();
            match extracted {
                Some(extracted) => sender.send(extracted).map_err(|_| anyhow::anyhow!("the writer stopped")),
                None => Ok(()),
            }
        }),
    };
    drop(sender);
    let (mut store, mut counts, errors) =
        writer.join().map_err(|_| anyhow::anyhow!("the writer thread panicked"))?.context("saving extractions")?;
    produced?;
    bar.finish_and_clear();
    counts.interrupted = stop.is_set();
    store.finish_run(run, &counts, &errors)?;
    if counts.interrupted {
        output::print_summary(&format!("{} (interrupted by Ctrl-C; a rerun does the rest)", summary(&counts)))
            .context("writing the summary")?;
        return Ok(Exit::Interrupted);
    }
    store.optimize()?;
    output::print_summary(&summary(&counts)).context("writing the summary")?;
    Ok(if counts.pages_failed > 0 { Exit::Error } else { Exit::Success })
}

/// The files to read at `path`: itself (an HTML or text file), or the
/// `.html`/`.htm` files found under it, and the `.txt` files with `text`; sorted.
fn input_files(path: &Path, text: bool) -> anyhow::Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    if meta.is_file() {
        anyhow::ensure!(is_html(path) || is_text(path), "{} is not an .html, .htm or .txt file", path.display());
        return Ok(vec![path.to_path_buf()]);
    }
    let mut found = Vec::new();
    let mut folders = vec![path.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder).with_context(|| format!("cannot list {}", folder.display()))?;
        for entry in entries {
            let entry = entry.with_context(|| format!("cannot list {}", folder.display()))?;
            let file_type = entry.file_type().with_context(|| format!("cannot read {}", entry.path().display()))?;
            if file_type.is_dir() {
                folders.push(entry.path());
            } else if is_html(&entry.path()) || (text && is_text(&entry.path())) {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    Ok(found)
}

fn is_html(path: &Path) -> bool {
    has_extension(path, &["html", "htm"])
}

fn is_text(path: &Path) -> bool {
    has_extension(path, &["txt"])
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Extracts a stored plain-text page (or a text file): decoded as
/// `warta extract` decodes text, the title its first line.
fn extract_text_page(bytes: &[u8]) -> Extraction {
    extract::extract_text(&extract::html::decode_text(bytes).0, None)
}

/// Reads and extracts one file. An HTML file's URL is the page's canonical
/// URL when it gives one; the selectors of that URL's source then apply. A
/// text file has none: it is stored under its file URL.
fn extract_file(path: &Path, settings: &Settings) -> Extracted {
    let read = || -> std::io::Result<_> {
        let html = std::fs::read(path)?;
        let modified = std::fs::metadata(path)?.modified()?;
        let absolute = std::path::absolute(path)?;
        Ok((html, modified, absolute))
    };
    let (html, modified, absolute) = match read() {
        Ok(read) => read,
        Err(err) => return Extracted::Failed(format!("{}: {err}", path.display())),
    };
    let Ok(modified) = jiff::Timestamp::try_from(modified) else {
        return Extracted::Failed(format!("{}: modification time out of range", path.display()));
    };
    let Ok(file_url) = Url::from_file_path(&absolute) else {
        return Extracted::Failed(format!("{}: no file URL for this path", path.display()));
    };
    let (extraction, canonical, source, content_type) = if is_text(path) {
        (extract_text_page(&html), None, None, Some(TEXT_PLAIN))
    } else {
        read_html(&html, modified, settings)
    };
    let html = match PackedHtml::new(&html) {
        Ok(html) => html,
        Err(err) => return Extracted::Failed(format!("{}: cannot compress: {err}", path.display())),
    };
    Extracted::File {
        path: path.to_path_buf(),
        canonical,
        file_url: file_url.into(),
        modified,
        source,
        html,
        content_type,
        extraction,
    }
}

/// Extracts an HTML file, with its canonical http(s) URL and that URL's
/// source (whose selectors then apply), and no content type to store.
fn read_html(
    html: &[u8],
    modified: jiff::Timestamp,
    settings: &Settings,
) -> (Extraction, Option<String>, Option<String>, Option<&'static str>) {
    let fetched_on = Some(modified.to_zoned(jiff::tz::TimeZone::UTC).date());
    let mut extraction = extract::extract_page(html, &PageInput { fetched_on, ..PageInput::default() });
    let canonical = extraction
        .article
        .url
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"));
    let source = canonical.as_ref().and_then(|url| settings.source_for_url(url));
    if let (Some(url), Some(source)) = (&canonical, source)
        && !source.rules.is_empty()
    {
        // Again as `reprocess` without paths will see it: with its source's
        // selectors. (Its URL alone changes nothing: a page without one is
        // already read against its canonical URL.)
        let page = PageInput { url: Some(url), fetched_on, rules: Some(&source.rules), ..PageInput::default() };
        extraction = extract::extract_page(html, &page);
    }
    (extraction, canonical.map(String::from), source.map(|s| s.name.clone()), None)
}

/// Extracts every stored page, chunk by chunk, handing each to the writer.
fn extract_stored(
    reader: &Store,
    settings: &Settings,
    sender: &mpsc::SyncSender<Vec<Extracted>>,
    stop: &Interrupt,
) -> anyhow::Result<()> {
    let mut after = 0;
    while !stop.is_set() {
        let pages = reader.pages_after(after, CHUNK)?;
        let Some(last) = pages.last() else { return Ok(()) };
        after = last.id;
        let extracted: Option<Vec<_>> = pages
            .par_iter()
            .map(|page| {
                if stop.is_set() {
                    return None;
                }
                // File pages were extracted without a URL (see `extract_file`).
                let url = Url::parse(&page.url).ok().filter(|u| matches!(u.scheme(), "http" | "https"));
                let fetched_on =
                    page.fetched_at.parse::<jiff::Timestamp>().ok().map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date());
                let input = PageInput {
                    url: url.as_ref(),
                    content_type: page.content_type.as_deref(),
                    fetched_on,
                    rules: url.as_ref().and_then(|u| settings.source_for_url(u)).map(|s| &s.rules),
                };
                let extraction = if page.content_type.as_deref() == Some(TEXT_PLAIN) {
                    extract_text_page(&page.html)
                } else {
                    extract::extract_page(&page.html, &input)
                };
                Some(Extracted::Stored { page_id: page.id, extraction })
            })
            .collect();
        if let Some(extracted) = extracted {
            sender.send(extracted).map_err(|_| anyhow::anyhow!("the writer stopped"))?;
        }
    }
    Ok(())
}

/// The writer: saves each chunk in one transaction, counting what changed;
/// after Ctrl-C, drops the chunks it has not begun. Returns the store, the
/// counts and one message per failed page.
fn write_all(
    mut store: Store,
    receiver: &mpsc::Receiver<Vec<Extracted>>,
    bar: &indicatif::ProgressBar,
    stop: &Interrupt,
) -> anyhow::Result<(Store, RunCounts, Vec<String>)> {
    let mut counts = RunCounts::default();
    let mut errors = Vec::new();
    let mut urls_seen = HashSet::new();
    let mut progress = ProgressLog::new(Instant::now());
    for chunk in receiver {
        if stop.is_set() {
            continue;
        }
        let mut items = Vec::with_capacity(chunk.len());
        for item in &chunk {
            match item {
                Extracted::Failed(message) => errors.push(message.clone()),
                Extracted::Stored { page_id, extraction } => {
                    items.push(Item { page: None, page_id: *page_id, extraction })
                }
                Extracted::File { canonical, file_url, extraction, .. } => {
                    // Two files of one run claiming the same canonical URL: the
                    // first in path order keeps it, the others their file URL.
                    let url = match canonical {
                        Some(url) if urls_seen.insert(url.clone()) => url,
                        _ => file_url,
                    };
                    items.push(Item { page: Some((item, url)), page_id: 0, extraction });
                }
            }
        }
        // The whole chunk in one transaction; if any page fails, the chunk
        // rolls back and is saved again page by page, to save all the others.
        match store.batch(|store| save(store, &mut items)) {
            Ok(saved) => tally(&mut counts, &saved),
            Err(_) => {
                for item in items.chunks_mut(1) {
                    match store.batch(|store| save(store, item)) {
                        Ok(saved) => tally(&mut counts, &saved),
                        Err(err) => errors.push(format!("{err:#}")),
                    }
                }
            }
        }
        bar.inc(chunk.len() as u64);
        if bar.is_hidden() && progress.due(Instant::now()) {
            tracing::info!(
                target: output::PROGRESS_TARGET,
                "reprocessed {} of {} pages",
                bar.position(),
                bar.length().unwrap_or(0)
            );
        }
    }
    for error in &errors {
        tracing::warn!("{error}");
    }
    counts.pages_failed = errors.len() as u64;
    Ok((store, counts, errors))
}

/// When a run without a terminal writes its next progress line: one every
/// [`PROGRESS_INTERVAL`], however many pages went by (cron mail stays short).
struct ProgressLog {
    last: Instant,
}

impl ProgressLog {
    fn new(start: Instant) -> Self {
        Self { last: start }
    }

    /// Whether a line is due at `now` (and if so, the next one counts from `now`).
    fn due(&mut self, now: Instant) -> bool {
        let due = now.duration_since(self.last) >= PROGRESS_INTERVAL;
        if due {
            self.last = now;
        }
        due
    }
}

/// One extraction to save, with the file to store as its page first.
struct Item<'a> {
    /// For a file: the file and the URL to store it under.
    page: Option<(&'a Extracted, &'a str)>,
    /// The stored page's id (for a file, once saved).
    page_id: i64,
    /// What the extractor made of the page.
    extraction: &'a Extraction,
}

/// Saves the items of a chunk: the pages of files first, then every
/// article at once. Returns what each did: its article's change, and
/// whether its page was stored already with the same bytes.
fn save(store: &mut Store, items: &mut [Item<'_>]) -> anyhow::Result<Vec<(ArticleChange, bool)>> {
    let mut unchanged_pages = Vec::with_capacity(items.len());
    for item in items.iter_mut() {
        let Some((Extracted::File { path, modified, source, html, content_type, .. }, url)) = item.page else {
            unchanged_pages.push(false);
            continue;
        };
        let source_id = source.as_deref().map(|name| store.source_id(name)).transpose()?;
        let page = PageRecord {
            url,
            final_url: None,
            source_id,
            http_status: None,
            fetched_at: *modified,
            etag: None,
            last_modified: None,
            content_type: *content_type,
            html,
        };
        let saved = store.save_page(&page).with_context(|| format!("{}", path.display()))?;
        item.page_id = saved.page_id;
        unchanged_pages.push(!saved.changed);
    }
    let extractions: Vec<(i64, &Extraction)> = items.iter().map(|item| (item.page_id, item.extraction)).collect();
    let changes = store.save_extractions(&extractions, extract::VERSION)?;
    Ok(changes.into_iter().zip(unchanged_pages).collect())
}

/// Adds what [`save`] did to the counts.
fn tally(counts: &mut RunCounts, saved: &[(ArticleChange, bool)]) {
    for (change, page_unchanged) in saved {
        counts.pages_fetched += 1;
        counts.pages_unchanged += u64::from(*page_unchanged);
        counts.count(change);
    }
}

/// The one-line summary: what changed, or that nothing did.
fn summary(c: &RunCounts) -> String {
    let mut line = format!(
        "articles: {} added, {} changed, {} unchanged; facts: {} added, {} removed, {} changed",
        c.articles_added, c.articles_changed, c.articles_unchanged, c.facts_added, c.facts_removed, c.facts_changed
    );
    if c.pages_failed > 0 {
        line.push_str(&format!("; {} pages failed", c.pages_failed));
    }
    if c.nothing_changed() {
        line.push_str(" (nothing changed)");
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_lines_come_one_per_interval_not_one_per_chunk() {
        let start = Instant::now();
        let mut progress = ProgressLog::new(start);
        let at = |secs: f64| start + Duration::from_secs_f64(secs);
        let due: Vec<bool> = [0.5, 4.9, 5.0, 6.0, 9.9, 10.1, 30.0].map(|s| progress.due(at(s))).to_vec();
        assert_eq!(due, [false, false, true, false, false, true, true]);
    }
}

//! `warta extract`: one file in, its article and facts out. A text file is
//! read as UTF-8 (a byte-order mark dropped); text in another encoding is
//! decoded with the HTML path's charset detection, and a note says which
//! encoding was assumed.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use jiff::civil::Date;
use url::Url;

use super::{Exit, Globals};
use crate::extract::html::decode_text;
use crate::extract::{PageInput, extract_page, extract_text};
use crate::model::{DateSource, Published};
use crate::output::{self, ReportFormat};

pub(super) const EXAMPLES: &str = "\
Examples:
  warta extract fixtures/facts/seeds/text/000_d868f3940f091378.txt
  warta extract --format json --published 2024-11-18 berita.txt
  curl -s https://example.id/berita/1 | warta extract --url https://example.id/berita/1 -";

/// Flags of `warta extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// A .txt or .html file, or - for standard input (read as text). Text in
    /// another encoding than UTF-8 is detected as for HTML pages.
    pub path: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// The publication date (YYYY-MM-DD): completes day-month dates without a
    /// year, and overrides the date an HTML page gives.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<Date>,
    /// The page's URL, for per-site rules of an HTML file.
    #[arg(long)]
    pub url: Option<Url>,
}

pub(super) fn run(globals: &Globals, args: ExtractArgs) -> anyhow::Result<Exit> {
    let published = args.published;
    let is_html =
        args.path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("htm"));
    let bytes = read_input(&args.path)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        bail!("{}: empty input", display(&args.path));
    }
    let extraction = if is_html {
        let settings = globals.settings()?;
        let rules = args.url.as_ref().and_then(|url| settings.source_for_url(url)).map(|source| &source.rules);
        let page = PageInput { url: args.url.as_ref(), fetched_on: Some(today()), rules, ..PageInput::default() };
        let mut extraction = extract_page(&bytes, &page);
        if let Some(date) = published {
            extraction.article.published = Some(Published::Date(date));
            extraction.article.published_source = Some(DateSource::Given);
            extraction.facts = crate::extract::facts::extract_facts(&extraction.article.body, Some(date));
        }
        extraction
    } else {
        let (text, encoding) = decode_text(&bytes);
        if encoding != encoding_rs::UTF_8 {
            output::print_note(&format!("{}: not UTF-8; read as {}", display(&args.path), encoding.name()));
        }
        extract_text(&text, published)
    };
    output::extraction::print_extraction(&extraction, args.format)?;
    Ok(Exit::Success)
}

fn read_input(path: &Path) -> anyhow::Result<Vec<u8>> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).context("cannot read standard input")?;
        return Ok(bytes);
    }
    std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
}

fn display(path: &Path) -> String {
    if path == Path::new("-") { "standard input".to_string() } else { path.display().to_string() }
}

fn today() -> Date {
    jiff::Zoned::now().date()
}

//! The one HTML parse of a page: html5ever's tokenizer and tree builder
//! into `scraper`'s tree, with the depth of the tree bounded as browsers
//! bound it (Chromium and WebKit stop nesting at 512 levels).
//!
//! Why a bound: html5ever's tree builder walks its stack of open elements
//! for many tags (is a `<p>` in button scope? is this formatting element
//! already open?), so a page of N nested elements costs N² steps: 100,000
//! nested `<div>` (a 1 MB page) took half a minute. Here a thin token sink
//! sits between the tokenizer and the tree builder and drops the start tag
//! of an element that would open deeper than [`MAX_DEPTH`]; its text and
//! its void children still land in the deepest open element, so no text
//! is lost, and every walk of the stack stays under the bound, which keeps
//! the parse linear in the page's size. Pages under the bound parse exactly
//! as `scraper::Html::parse_document` parses them.

use std::cell::Cell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{Tracer, TreeBuilder, TreeBuilderOpts, TreeSink};
use html5ever::{LocalName, TokenizerResult, local_name};
use scraper::{Html, HtmlTreeSink};

/// The deepest an element may open: the tree builder's handles (the
/// document, the open elements and the active formatting elements) are
/// counted, as a bound on the stack it walks.
pub const MAX_DEPTH: usize = 512;

/// Parses a whole document, its tree depth bounded by [`MAX_DEPTH`].
pub fn parse_document(text: &str) -> Html {
    let builder = TreeBuilder::new(HtmlTreeSink::new(Html::new_document()), TreeBuilderOpts::default());
    let tokenizer = Tokenizer::new(DepthBound { builder, dropped: Cell::new(0) }, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(text));
    // Other results only pause the tokenizer, at a `</script>` (for a
    // browser to run it) or a `<meta charset>` (the text is decoded
    // already); as in html5ever's own driver, it goes on to the end.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let bound = tokenizer.sink;
    if bound.dropped.get() > 0 {
        tracing::debug!(dropped = bound.dropped.get(), "tags deeper than {MAX_DEPTH} levels flattened");
    }
    bound.builder.sink.finish()
}

/// The token sink between the tokenizer and the tree builder.
struct DepthBound {
    builder: TreeBuilder<ego_tree::NodeId, HtmlTreeSink>,
    /// Start tags dropped so far.
    dropped: Cell<usize>,
}

impl DepthBound {
    /// How many handles the tree builder holds: at least its open elements.
    fn depth(&self) -> usize {
        let count = Count(Cell::new(0));
        self.builder.trace_handles(&count);
        count.0.get()
    }
}

/// Counts the handles `trace_handles` shows it.
struct Count(Cell<usize>);

impl Tracer for Count {
    type Handle = ego_tree::NodeId;

    fn trace_handle(&self, _node: &ego_tree::NodeId) {
        self.0.set(self.0.get() + 1);
    }
}

impl TokenSink for DepthBound {
    type Handle = ego_tree::NodeId;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Self::Handle> {
        if let Token::TagToken(tag) = &token
            && tag.kind == TagKind::StartTag
            && !tag.self_closing
            && opens_element(&tag.name)
            && self.depth() >= MAX_DEPTH
        {
            self.dropped.set(self.dropped.get() + 1);
            return TokenSinkResult::Continue;
        }
        self.builder.process_token(token, line_number)
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder.adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Whether a start tag opens an element that other elements can nest in.
/// Void elements never do; the document's own elements and those whose
/// text the tokenizer reads raw (a dropped `<script>` would have its code
/// read as markup) are always kept, being at most one level each.
fn opens_element(name: &LocalName) -> bool {
    !matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
            | local_name!("html")
            | local_name!("head")
            | local_name!("body")
            | local_name!("script")
            | local_name!("style")
            | local_name!("textarea")
            | local_name!("title")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("noscript")
            | local_name!("plaintext")
    )
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;

    /// Generous: the bounded parse of the deep page takes well under a
    /// second; the unbounded one took about 30 s.
    const DEEP_PAGE_BOUND: Duration = Duration::from_secs(5);

    /// The depth of the deepest element.
    fn tree_depth(html: &Html) -> usize {
        html.tree.root().descendants().map(|node| node.ancestors().count()).max().unwrap_or(0)
    }

    /// A page of `levels` nested `<div>`, about 1 MB at 100,000 levels, with
    /// text at the bottom and after the nest.
    fn deep_page(levels: usize) -> String {
        format!(
            "<html><head><title>Dalam</title></head><body>{}<p>Nilai 95,5 di dasar.</p>{}<p>Sesudahnya.</p></body></html>",
            "<div class=x>".repeat(levels),
            "</div>".repeat(levels)
        )
    }

    #[test]
    fn a_1_mb_page_of_100000_levels_parses_in_seconds_and_keeps_its_text() {
        let page = deep_page(100_000);
        assert!(page.len() > 1_000_000, "{}", page.len());
        let started = Instant::now();
        let html = parse_document(&page);
        let took = started.elapsed();
        assert!(took < DEEP_PAGE_BOUND, "took {took:?}");
        assert!(tree_depth(&html) <= MAX_DEPTH + 1, "depth {}", tree_depth(&html));
        let text: String = html.root_element().text().collect();
        assert!(text.contains("Nilai 95,5 di dasar.") && text.contains("Sesudahnya."), "{text}");
    }

    #[test]
    fn pages_under_the_bound_parse_as_scraper_parses_them() {
        let pages = [
            deep_page(400),
            "<p>satu<p>dua<table><tr><td>sel</table><b><i>miring</b>tebal</i><script>if (a < b) {}</script>".into(),
            "<!DOCTYPE html><svg><circle/></svg><ul><li>a<li>b</ul><select><option>x</select><br/>".into(),
            std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/fixtures/sites/broken/berita/2024/11/nilai-ikm-dinas-kesehatan.html"
            ))
            .unwrap(),
        ];
        for page in pages {
            assert_eq!(parse_document(&page).html(), Html::parse_document(&page).html(), "{page:.80}");
        }
    }

    #[test]
    fn a_script_past_the_bound_is_still_read_as_script() {
        let page = format!("{}<script>var a = '<div>';</script><p>teks</p>", "<span>".repeat(MAX_DEPTH * 2));
        let html = parse_document(&page);
        let scripts: Vec<String> =
            html.select(&scraper::Selector::parse("script").unwrap()).map(|s| s.text().collect()).collect();
        assert_eq!(scripts, ["var a = '<div>';"]);
        assert!(html.root_element().text().any(|t| t == "teks"));
    }
}

//! The clean body of a page: the article's paragraphs without navigation, ads,
//! share buttons, related links, captions, comments and bylines. A per-site
//! `body` selector picks the content when `config.toml` gives one; otherwise
//! the generic extractor scores containers by the paragraphs they hold (the
//! readability approach) over the same parsed tree, so a page is parsed once.
//! Paragraph-level furniture is recognised by [`super::boilerplate`].

use std::collections::{HashMap, HashSet};

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::node::Element;
use scraper::{Html, Node};

use super::boilerplate::{
    CONTENT_CLASS_WORDS, FURNITURE_CLASS_WORDS, Paragraph, WEAK_FURNITURE_CLASS_WORDS, classify_paragraph,
    is_credit_label, is_dateline_prefix, is_signature,
};
use super::published::is_dateline_paragraph;
use crate::config::SiteRules;

/// Elements never part of an article's text.
const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "math",
    "button",
    "input",
    "select",
    "textarea",
    "nav",
    "aside",
    "footer",
    "header",
    "figure",
    "figcaption",
    "object",
    "embed",
    "video",
    "audio",
    "map",
    "menu",
    "dialog",
    "h1",
    "head",
    "title",
    "link",
    "meta",
    "picture",
    "img",
];

/// Elements that start a new paragraph when rendered.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "caption",
    "center",
    "address",
    "hr",
    "br",
    "body",
    "html",
];

/// Siblings of the best container with more of their text in links than
/// this are teaser lists, not the article's continuation.
const MAX_SIBLING_LINK_DENSITY: f64 = 0.25;

/// How many of the best containers are weighed when widening the best one.
const TOP_CANDIDATES: usize = 5;

/// A container scoring this share of the best one is its rival.
const RIVAL_SHARE: f64 = 0.75;

/// An ancestor holding this many rivals holds the whole article.
const MIN_RIVALS: usize = 3;

/// A paragraph this short holding a dateline is the page's date line.
const MAX_DATELINE_PARAGRAPH_CHARS: usize = 90;

/// Below this many characters a generic extraction is retried with fewer
/// class-based exclusions (some themes put everything in a "widget").
const MIN_BODY_CHARS: usize = 200;

/// A rendered body: its paragraphs and the authors named by its bylines.
#[derive(Debug, Default)]
pub(super) struct Body {
    /// Paragraphs of article text, in order, each on one line.
    pub paragraphs: Vec<String>,
    /// Names read from `Pewarta:`/`Penulis:` lines.
    pub authors: Vec<String>,
}

/// Reads the body of a parsed page, with the site's selectors when given.
pub(super) fn extract_body(html: &Html, rules: Option<&SiteRules>) -> Body {
    let dropped: HashSet<NodeId> = rules
        .map(|rules| rules.drop.iter().flat_map(|selector| html.select(selector)).map(|el| el.id()).collect())
        .unwrap_or_default();
    if let Some(selector) = rules.and_then(|rules| rules.body.as_ref()) {
        let roots: Vec<NodeRef<'_, Node>> = html.select(selector).map(|el| *el).collect();
        if !roots.is_empty() {
            return render(&roots, &Skip { dropped: &dropped, by_class: ClassWords::Strong });
        }
    }
    // Fewer class-based exclusions each time the text found is too short.
    let mut best = Body::default();
    for by_class in [ClassWords::All, ClassWords::Strong, ClassWords::None] {
        let skip = Skip { dropped: &dropped, by_class };
        let body = render(&find_content(html, &skip), &skip);
        let chars = body.paragraphs.iter().map(String::len).sum::<usize>();
        if chars > best.paragraphs.iter().map(String::len).sum() {
            best = body;
        }
        if chars >= MIN_BODY_CHARS {
            break;
        }
    }
    best
}

/// Which elements are left out of scoring and rendering.
struct Skip<'a> {
    /// Elements matched by the site's `drop` selectors.
    dropped: &'a HashSet<NodeId>,
    /// Which `class`/`id` words mark furniture.
    by_class: ClassWords,
}

/// Which furniture words of `class` and `id` values are heeded.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ClassWords {
    /// Strong and weak ones: the first, strict try.
    All,
    /// Only the strong ones: inside a site's body selector, and the retry
    /// when the strict try found too little text (a theme wrapping
    /// everything in a "widget").
    Strong,
    /// None: the last resort.
    None,
}

impl Skip<'_> {
    /// Whether an element and everything inside it is left out.
    fn skips(&self, id: NodeId, element: &Element) -> bool {
        if SKIPPED_TAGS.contains(&element.name()) || self.dropped.contains(&id) {
            return true;
        }
        if element.attr("hidden").is_some()
            || element.attr("aria-hidden") == Some("true")
            || element.attr("style").is_some_and(|style| style.replace(' ', "").contains("display:none"))
        {
            return true;
        }
        !matches!(element.name(), "body" | "article" | "main") && is_furniture(element, self.by_class)
    }
}

/// Whether an element's `class` or `id` names furniture: a strong furniture
/// word, or (when heeded) a weak one without a content word.
fn is_furniture(element: &Element, heeded: ClassWords) -> bool {
    if heeded == ClassWords::None {
        return false;
    }
    let (mut weak, mut content) = (false, false);
    for word in class_words(element) {
        if FURNITURE_CLASS_WORDS.contains(&word.as_str()) {
            return true;
        }
        weak |= WEAK_FURNITURE_CLASS_WORDS.contains(&word.as_str());
        content |= CONTENT_CLASS_WORDS.contains(&word.as_str());
    }
    heeded == ClassWords::All && weak && !content
}

/// The lower-cased words of an element's `class` and `id` values.
fn class_words(element: &Element) -> impl Iterator<Item = String> + '_ {
    element
        .classes()
        .chain(element.id())
        .flat_map(|name| name.split(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
}

/// Text statistics of one element, over the parts not skipped.
#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    /// Characters of text inside.
    chars: usize,
    /// Characters of text inside links.
    link_chars: usize,
    /// Commas inside (a sign of prose).
    commas: usize,
    /// Characters whose nearest block ancestor is this element.
    own_chars: usize,
    /// Whether a block element is a child.
    has_block_child: bool,
}

/// The element (with its best siblings) most likely to hold the article.
fn find_content<'a>(html: &'a Html, skip: &Skip<'_>) -> Vec<NodeRef<'a, Node>> {
    let stats = measure(html, skip);
    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    for (id, stat) in &stats.order {
        let Some(node) = html.tree.get(*id) else { continue };
        let Some(element) = node.value().as_element() else { continue };
        // A div of bare text is a paragraph of its parent; a div mixing text
        // and blocks holds its own text runs as paragraphs (counted without
        // commas, which `Stats` only has for the whole subtree).
        let (chars, commas, start) = match element.name() {
            "p" | "pre" | "td" | "blockquote" => (stat.chars, stat.commas, node.parent()),
            "div" | "section" | "article" | "center" if !stat.has_block_child => {
                (stat.own_chars, stat.commas, node.parent())
            }
            "div" | "section" | "article" | "center" | "body" => (stat.own_chars, 0, Some(node)),
            _ => continue,
        };
        if chars < 25 {
            continue;
        }
        let content = 1.0 + commas as f64 + (chars as f64 / 100.0).min(3.0);
        for (level, ancestor) in start.into_iter().flat_map(|n| std::iter::once(n).chain(n.ancestors())).enumerate() {
            if level > 4 || ancestor.value().as_element().is_none() {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f64 * 3.0,
            };
            *scores.entry(ancestor.id()).or_insert_with(|| initial_score(ancestor)) += content / divider;
        }
    }
    let final_score = |id: NodeId, score: f64| {
        let stat = stats.of(id);
        let density = if stat.chars == 0 { 0.0 } else { stat.link_chars as f64 / stat.chars as f64 };
        score * (1.0 - density)
    };
    let mut ranked: Vec<(NodeId, f64)> = scores.iter().map(|(id, score)| (*id, final_score(*id, *score))).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| stats.position(a.0).cmp(&stats.position(b.0))));
    let Some(&(best_id, top_score)) = ranked.first() else {
        return vec![*html.root_element()];
    };
    let Some(best) = html.tree.get(best_id) else { return vec![*html.root_element()] };
    let top = widen_to_common_ancestor(html, best, &ranked);
    let top_id = top.id();
    let Some(parent) = top.parent() else { return vec![top] };
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = top.value().as_element().and_then(|e| e.attr("class")).filter(|c| !c.is_empty());
    parent
        .children()
        .filter(|sibling| {
            if sibling.id() == top_id {
                return true;
            }
            let Some(element) = sibling.value().as_element() else { return false };
            let bonus = if top_class.is_some() && element.attr("class") == top_class { top_score * 0.2 } else { 0.0 };
            let score = scores.get(&sibling.id()).map_or(0.0, |s| final_score(sibling.id(), *s));
            let stat = stats.of(sibling.id());
            let density = if stat.chars == 0 { 0.0 } else { stat.link_chars as f64 / stat.chars as f64 };
            // A list of teasers (a linked title and a blurb each) scores like prose.
            if score + bonus >= threshold && density < MAX_SIBLING_LINK_DENSITY {
                return true;
            }
            if element.name() != "p" || stat.chars == 0 {
                return false;
            }
            (stat.chars > 80 && density < 0.25) || (stat.link_chars == 0 && ends_sentence(*sibling))
        })
        .collect()
}

/// Readability's widening of the best container: up through parents that
/// have it as their only element child, and up to an ancestor that also
/// holds most of the other near-best containers (an article split into
/// columns around ads).
fn widen_to_common_ancestor<'a>(
    html: &'a Html,
    best: NodeRef<'a, Node>,
    ranked: &[(NodeId, f64)],
) -> NodeRef<'a, Node> {
    let top_score = ranked.first().map_or(0.0, |(_, score)| *score);
    // Each rival's ancestors, so that "holds" is a set lookup, not a subtree walk.
    let rivals: Vec<HashSet<NodeId>> = ranked
        .iter()
        .skip(1)
        .take(TOP_CANDIDATES - 1)
        .filter(|(_, score)| *score >= top_score * RIVAL_SHARE)
        .filter_map(|(id, _)| html.tree.get(*id))
        .map(|rival| rival.ancestors().map(|a| a.id()).collect())
        .collect();
    let mut top = best;
    if rivals.len() >= MIN_RIVALS {
        for ancestor in best.ancestors().filter(|a| !is_root_element(*a)) {
            let held = rivals.iter().filter(|ancestors| ancestors.contains(&ancestor.id())).count();
            if held >= MIN_RIVALS {
                top = ancestor;
                break;
            }
        }
    }
    while let Some(parent) = top.parent().filter(|p| !is_root_element(*p)) {
        if parent.children().filter(|child| child.value().is_element()).count() != 1 {
            break;
        }
        top = parent;
    }
    top
}

/// Whether a node is `<body>`, `<html>` or the document.
fn is_root_element(node: NodeRef<'_, Node>) -> bool {
    node.value().as_element().is_none_or(|element| matches!(element.name(), "body" | "html"))
}

/// Readability's starting score of a container, by tag and by class words.
fn initial_score(node: NodeRef<'_, Node>) -> f64 {
    let Some(element) = node.value().as_element() else { return 0.0 };
    let by_tag = match element.name() {
        "div" | "article" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let mut by_class = 0.0;
    for word in class_words(element) {
        if CONTENT_CLASS_WORDS.contains(&word.as_str()) {
            by_class = 25.0;
        } else if by_class == 0.0
            && (FURNITURE_CLASS_WORDS.contains(&word.as_str()) || WEAK_FURNITURE_CLASS_WORDS.contains(&word.as_str()))
        {
            by_class = -25.0;
        }
    }
    by_tag + by_class
}

/// Whether a short paragraph ends like a sentence.
fn ends_sentence(node: NodeRef<'_, Node>) -> bool {
    let text: String =
        node.descendants().filter_map(|n| n.value().as_text().map(|t| t.to_string())).collect::<Vec<_>>().concat();
    let text = text.trim_end();
    text.ends_with('.') || text.ends_with(".\"") || text.ends_with(".\u{201d}")
}

/// Text statistics of every element not skipped, in closing (post) order.
struct Measured {
    order: Vec<(NodeId, Stats)>,
    index: HashMap<NodeId, usize>,
}

impl Measured {
    fn of(&self, id: NodeId) -> Stats {
        self.index.get(&id).map(|&i| self.order[i].1).unwrap_or_default()
    }

    fn position(&self, id: NodeId) -> usize {
        self.index.get(&id).copied().unwrap_or(usize::MAX)
    }
}

/// One pass over the tree computing [`Stats`] for every element.
fn measure(html: &Html, skip: &Skip<'_>) -> Measured {
    struct Frame {
        id: NodeId,
        stats: Stats,
        block: bool,
        link: bool,
        /// Stack index of the nearest block frame (this one when a block),
        /// so text is credited in constant time however deep the nesting.
        nearest_block: Option<usize>,
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut order = Vec::new();
    for edge in kept_edges(html.tree.root(), skip) {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(element) => {
                    let name = element.name();
                    let block = BLOCK_TAGS.contains(&name);
                    let nearest_block =
                        if block { Some(stack.len()) } else { stack.last().and_then(|frame| frame.nearest_block) };
                    stack.push(Frame {
                        id: node.id(),
                        stats: Stats::default(),
                        block,
                        link: name == "a",
                        nearest_block,
                    });
                }
                Node::Text(text) => {
                    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
                    let commas = text.matches(',').count();
                    if let Some(frame) = stack.last_mut() {
                        frame.stats.chars += chars;
                        frame.stats.commas += commas;
                    }
                    if let Some(index) = stack.last().and_then(|frame| frame.nearest_block) {
                        stack[index].stats.own_chars += chars;
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if !node.value().is_element() {
                    continue;
                }
                let Some(mut frame) = stack.pop() else { continue };
                if frame.link {
                    frame.stats.link_chars = frame.stats.chars;
                }
                if let Some(parent) = stack.last_mut() {
                    parent.stats.chars += frame.stats.chars;
                    parent.stats.link_chars += frame.stats.link_chars;
                    parent.stats.commas += frame.stats.commas;
                    parent.stats.has_block_child |= frame.block;
                }
                order.push((frame.id, frame.stats));
            }
        }
    }
    let index = order.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect();
    Measured { order, index }
}

/// The edges of a traversal from `root` outside the subtrees `skip` drops.
fn kept_edges<'a>(root: NodeRef<'a, Node>, skip: &'a Skip<'_>) -> impl Iterator<Item = Edge<'a, Node>> {
    let mut skip_depth = 0usize;
    root.traverse().filter(move |edge| match edge {
        Edge::Open(node) => match node.value().as_element() {
            Some(element) if skip_depth > 0 || skip.skips(node.id(), element) => {
                skip_depth += 1;
                false
            }
            _ => skip_depth == 0,
        },
        Edge::Close(node) if node.value().is_element() && skip_depth > 0 => {
            skip_depth -= 1;
            false
        }
        Edge::Close(_) => skip_depth == 0,
    })
}

/// Renders the chosen elements into paragraphs, dropping furniture.
fn render(roots: &[NodeRef<'_, Node>], skip: &Skip<'_>) -> Body {
    let mut out = Renderer::default();
    for root in roots {
        let mut link_depth = 0usize;
        for edge in kept_edges(*root, skip) {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(element) => {
                        if BLOCK_TAGS.contains(&element.name()) {
                            out.flush();
                        }
                        link_depth += usize::from(element.name() == "a");
                    }
                    Node::Text(text) => out.push(text, link_depth > 0),
                    _ => {}
                },
                Edge::Close(node) => {
                    let Some(element) = node.value().as_element() else { continue };
                    if BLOCK_TAGS.contains(&element.name()) {
                        out.flush();
                    }
                    link_depth = link_depth.saturating_sub(usize::from(element.name() == "a"));
                }
            }
        }
        out.flush();
    }
    out.finish()
}

/// Accumulates inline text into paragraphs and filters each one.
#[derive(Default)]
struct Renderer {
    /// Inline text of the paragraph being read.
    text: String,
    /// How much of `text` is inside links.
    link_chars: usize,
    /// A credit label (`Penulis`) whose value is in the next paragraph.
    pending_label: Option<String>,
    /// A dateline prefix (`Jakarta -`) that opens the next paragraph.
    pending_prefix: Option<String>,
    body: Body,
}

impl Renderer {
    fn push(&mut self, text: &str, in_link: bool) {
        if in_link {
            self.link_chars += text.chars().filter(|c| !c.is_whitespace()).count();
        }
        self.text.push_str(text);
    }

    /// Ends the current paragraph, keeping it when it is article text.
    fn flush(&mut self) {
        let paragraph = self
            .text
            .split(|c: char| c.is_whitespace() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{feff}'))
            .filter(|word| !word.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let link_chars = std::mem::take(&mut self.link_chars);
        self.text.clear();
        let chars = paragraph.chars().filter(|c| !c.is_whitespace()).count();
        if chars == 0 || link_chars * 2 > chars {
            return;
        }
        if paragraph.len() <= MAX_DATELINE_PARAGRAPH_CHARS && is_dateline_paragraph(&paragraph) {
            return;
        }
        let label = self.pending_label.take();
        if is_credit_label(&paragraph) {
            self.pending_label = Some(paragraph);
            return;
        }
        let paragraph = match label {
            Some(label) if paragraph.starts_with([':', '\u{ff1a}']) => format!("{label}{paragraph}"),
            _ => paragraph,
        };
        if is_dateline_prefix(&paragraph) {
            self.pending_prefix = Some(paragraph);
            return;
        }
        match classify_paragraph(&paragraph) {
            Paragraph::Text => {
                let paragraph = match self.pending_prefix.take() {
                    Some(prefix) => format!("{prefix} {paragraph}"),
                    None => paragraph,
                };
                self.body.paragraphs.push(paragraph);
            }
            Paragraph::Furniture => {}
            Paragraph::Byline(names) => self.body.authors.extend(names),
        }
    }

    /// The body, with a closing signature in capitals taken as a byline.
    fn finish(mut self) -> Body {
        if self.body.paragraphs.len() > 1 && self.body.paragraphs.last().is_some_and(|last| is_signature(last)) {
            let name = self.body.paragraphs.pop().unwrap_or_default();
            self.body.authors.push(name);
        }
        self.body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_of(page: &str) -> Vec<String> {
        extract_body(&Html::parse_document(page), None).paragraphs
    }

    const FIRST: &str =
        "Kota Madiun kembali menunjukkan prestasi dalam hal pelayanan publik, dengan nilai 95,5 dari Ombudsman.";
    const SECOND: &str =
        "Keputusan tersebut diumumkan pada 25 November 2024 melalui Keputusan Ketua Ombudsman, kata pejabat kota.";

    #[test]
    fn extract_body_keeps_the_article_and_drops_the_furniture_around_it() {
        let cases = [
            format!(
                "<nav><a href='/'>Beranda</a> <a href='/berita'>Berita</a></nav><div class='entry-content'>\
                 <figure><img src='a.jpg'><figcaption>Balai Kota Madiun, tempat penyerahan penghargaan.</figcaption></figure>\
                 <p>{FIRST}</p><p><strong>Baca juga:</strong> <a href='/x'>Pemkot Madiun raih WTP</a></p>\
                 <div class='share-buttons'>Bagikan ke Facebook, Twitter dan WhatsApp sekarang juga ya</div><p>{SECOND}</p>\
                 <p>Pewarta: Budi Santoso</p></div><div id='comments'><h3>Posting Komentar</h3><p>Tulis komentar Anda dengan sopan di sini ya.</p></div>"
            ),
            format!("<div class='post-body'>{FIRST}<br><br>{SECOND}<br><br>(ant)</div>"),
            format!("<div class='widget Blog'><div class='post'><p>{FIRST}</p><p>{SECOND}</p></div></div>"),
        ];
        for page in &cases {
            assert_eq!(body_of(page), [FIRST, SECOND], "{page}");
        }
    }

    #[test]
    fn a_short_sentence_with_a_date_stays_and_a_dateline_goes() {
        let page = format!(
            "<div class='isi'><p>Senin, 8 April 2024 10:15 WIB</p><p>{FIRST}</p>\
             <p>Rapat evaluasi digelar Senin, 8 April 2024 di pendapa.</p><p>{SECOND}</p></div>"
        );
        let body = extract_body(&Html::parse_document(&page), None);
        assert_eq!(body.paragraphs, [FIRST, "Rapat evaluasi digelar Senin, 8 April 2024 di pendapa.", SECOND]);
    }

    #[test]
    fn extract_body_reads_bylines_split_over_table_cells() {
        let page = format!(
            "<div class='isi'><p>{FIRST}</p><p>{SECOND}</p><table><tr><td>Penulis</td><td>: Ferril Dennys</td></tr></table></div>"
        );
        let body = extract_body(&Html::parse_document(&page), None);
        assert_eq!(body.paragraphs, [FIRST, SECOND]);
        assert_eq!(body.authors, ["Ferril Dennys"]);
    }
}

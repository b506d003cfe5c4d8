//! warta turns Indonesian regional news into a queryable SQLite database of
//! assessment facts: who scored what, which rank, under which decree, on which date.
//!
//! Data flows one way through three stages:
//!
//! ```text
//! config -> crawl (discover -> politeness -> fetch) -> store (raw page)
//!        -> extract (html -> article -> facts)       -> store (article, facts)
//!        -> query -> output
//! ```
//!
//! Import rules that keep the flow one way:
//! - [`model`] imports nothing of ours; every other module may use it.
//! - [`extract`] is pure and synchronous: no HTTP, SQLite or async. A stored
//!   page can always be extracted again.
//! - [`store`] knows no HTML or HTTP; [`crawl`] stores the raw page before
//!   anything extracts it.
//! - [`region`] is the official list of provinces, regencies and cities
//!   with the short forms news uses: embedded data, no I/O, importing
//!   nothing of ours; extract, store and query all read it.
//! - [`output`] is the only module that prints; [`cli`] is the only place
//!   that composes the stages.

pub mod cli;
pub mod config;
pub mod crawl;
pub mod eval;
pub mod extract;
pub mod fetch;
pub mod model;
pub mod output;
pub mod query;
pub mod region;
pub mod store;

//! warta's integration tests: one binary, themed modules (ripgrep's layout).
//! Inputs live in `fixtures/`; nothing here reaches the network except
//! servers the tests start on 127.0.0.1.

mod cli;
mod crawl;
mod crawl_revisit;
mod crawl_safety;
mod crawl_server;
mod dataset;
mod facts;
mod first_run;
mod help;
mod html;
mod interrupt;
mod query;
mod store;
mod util;

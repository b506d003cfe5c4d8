//! Integration tests: HTML page -> article. Snapshots of every fixture page,
//! the html-id rules on every article body, the seed pages, the benchmark's
//! body F1, facts read from the headline, and robustness on arbitrary,
//! truncated and huge input.

mod benchmark;
mod headline;
mod huge_page;
mod robustness;
mod rules;
mod seeds;
mod shingles;
mod snapshots;

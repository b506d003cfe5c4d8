//! Integration tests: HTML page -> article. Snapshots of the html-id pages,
//! the boilerplate rules on every article body, our own regional fixtures,
//! the benchmark's body F1, and robustness on arbitrary and huge input.

mod benchmark;
mod snapshots;

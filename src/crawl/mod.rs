//! The crawler: discovery of article URLs, per-host politeness, fetching,
//! and the run loop that stores each raw page before it is extracted.

pub mod discover;
pub mod normalize;
pub mod politeness;

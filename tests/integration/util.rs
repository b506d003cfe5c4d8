//! Shared test helpers.

use std::path::PathBuf;

/// The path of a file under `fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(relative)
}

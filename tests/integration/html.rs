//! Integration tests: html.

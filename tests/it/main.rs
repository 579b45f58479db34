//! The integration tests, in one crate: one binary to link instead of one
//! per file, which is most of what a cold `cargo test` used to spend. Each
//! module drives the built `entitle` (or the library) as a user would; the
//! data they read (fixtures, hostile inputs, test policies) lives beside
//! this folder, in `tests/`.

mod common;

mod agreement;
mod catalogues;
mod cli;
mod codes;
mod files;
mod formats;
mod hostile;
mod kinds;
mod languages;
mod layers;
mod lsp;
mod lsp_nvim;
mod lsp_props;
mod parallel;
mod partner;
mod policy;
mod policy_test;
mod properties;
mod readme;
mod render;
#[cfg(feature = "serve")]
mod serve;
#[cfg(feature = "serve")]
mod serve_browser;
mod translations;
mod trust;
mod versions;

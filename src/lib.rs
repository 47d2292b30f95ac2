//! RoleCall: a quiz that teaches the difference between two jobs that people mix up, using a chart of
//! success measures, owning roles and accountable teams.
//!
//! The crate is one library and thin binaries, one per page RoleCall is built into plus the checker:
//! - [`engine`] is pure Rust (no browser API): the quiz format, validation, grading and the session state
//!   machine. It is built and tested on the host and also powers the `rolecall-check` command.
//! - [`interop`] is pure too: what crosses to the world outside (launch options, messages to a host page,
//!   xAPI, snippets, where a quiz comes from, key maps). [`i18n`] holds every interface string.
//! - `platform` wraps the browser's APIs; `app`, `components` and `pages` are the web app, compiled only
//!   for `wasm32`. Dependencies point one way: pages → app → components, platform → interop → engine.

pub mod engine;
pub mod i18n;
pub mod interop;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
pub mod platform;

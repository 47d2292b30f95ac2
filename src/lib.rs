//! RoleCall: a quiz that teaches the difference between two jobs that people mix up, using a chart of
//! success measures, owning roles and accountable teams.
//!
//! The crate is one library and two thin binaries:
//! - [`engine`] is pure Rust (no browser API): the quiz format, validation, grading and the session state
//!   machine. It is built and tested on the host and also powers the `rolecall-check` command.
//! - `platform`, `app`, `components` and `modes` are the web app, compiled only for `wasm32`.

pub mod engine;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod modes;
pub mod platform;

//! The pure core of RoleCall: no browser API, no UI framework. Everything here is deterministic (time and
//! randomness arrive as arguments) and is tested on the host with `cargo test`.
//!
//! - [`toml`]: a span-keeping TOML reader.
//! - [`choice`]: ids and labelled options, shared by the two content models below.
//! - [`quiz`]: the content model (chart, roles, teams, scenarios).
//! - [`practice`]: schema 2's other kinds of item (sort, talk, trait, structure), their model and grading.
//! - [`load`]: turns quiz text into a [`quiz::Quiz`] or a list of [`load::Problem`]s with positions.
//! - [`draft`]: an author's draft in the editor: its problems by line, and the last version that loaded.
//! - [`shuffle`]: a seeded random number generator and shuffle.
//! - [`deck`]: what a session is made of (deal, cards, answers, grades, phase), shared by the files below.
//! - [`session`]: the self-study state machine and grading.
//! - [`progress`]: what is saved between visits (the session in progress, spaced-practice boxes).
//! - [`summary`]: results per part and per chart row.
//! - [`share`]: share links: quiz text packed into a URL fragment and back.
//! - [`sniff`]: what a text that is not a quiz is instead (a web page, JSON…), for a clear message.
//! - [`presenter`]: the presenter-mode state machine (a class in front of a projector), its CSV and record.

pub mod choice;
pub mod deck;
pub mod draft;
pub mod load;
pub mod practice;
pub mod presenter;
pub mod progress;
pub mod quiz;
pub mod session;
pub mod share;
pub mod shuffle;
pub mod sniff;
pub mod summary;
pub mod toml;

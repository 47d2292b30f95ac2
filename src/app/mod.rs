//! What every page is built from: the two contexts (launch options, interface language), the session's
//! reducer and provider, the built-in quiz's editions, and hooks for the effects pages share (the frame's
//! height and results, the keyboard, focus). Each page's root (in `pages/`) composes these with
//! components; `app/` imports no page.
//!
//! Storage and the address are read once, when a page starts (before anything renders), or in effects; a
//! reducer's initial state and a memo never do I/O.

mod context;
mod edition;
mod embed;
mod focus;
mod keys;
mod session;
pub mod share;
mod source;
mod start;

pub use context::{AppContext, use_lang, use_language, use_launch_options};
pub use edition::{EditionError, Loaded, Restore, load_edition, use_edition};
pub use embed::{use_frame_height, use_results_out};
pub use focus::use_focus_on_change;
pub use keys::use_keys;
pub use session::{SessionContext, SessionProvider, SessionState, read_record, restore, use_session};
pub use source::{
    BuiltIn, LinkedLoader, QuizSource, ReaderModule, Sourced, TextReader, use_quiz_source,
    use_quiz_source_with,
};
pub use start::{Start, lang_key, mount, mount_as};

//! One root per page RoleCall is built into (see [`crate::interop::launch::Page`]); each binary in
//! `src/bin/` (and `src/main.rs`, the learner's) mounts one. A page's root composes hooks from `app/` and
//! containers of its own with components; pages are the only code that knows about more than one screen.
//! A page builds only what it imports: the learner's page imports neither the presenter nor the editor,
//! nor the quiz-text reader.

pub mod edit;
pub mod join;
pub mod learner;
pub mod play;
pub mod present;
pub mod share;

//! The editor (`edit.html`): an author writes a quiz as text, beside a live preview that plays it as learners
//! will, with its problems listed and a share link that carries the whole quiz.

mod draft;
mod editor;
mod page;
mod panes;

pub use editor::{EditorView, EditorViewProps};
pub use page::{EditPage, EditPageProps, start};

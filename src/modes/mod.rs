//! Containers, one per way RoleCall is used. They read the session and launch-option contexts and compose
//! presentational components.

mod editor;
mod embed;
mod presenter;
mod quiz_flow;
mod self_study;

pub use editor::{EditorMode, EditorModeProps};
pub use embed::Embed;
pub use presenter::{PresenterMode, PresenterModeProps};
pub use quiz_flow::{QuizFlow, QuizFlowProps};
pub use self_study::{SelfStudy, SelfStudyProps};

//! Containers, one per way RoleCall is used. They read the session and launch-option contexts and compose
//! presentational components.

mod presenter;
mod self_study;

pub use presenter::{PresenterMode, PresenterModeProps};
pub use self_study::{SelfStudy, SelfStudyProps};

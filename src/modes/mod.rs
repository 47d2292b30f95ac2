//! Containers, one per way RoleCall is used. They read the session and launch-option contexts and compose
//! presentational components. Both modes show the same quiz flow ([`QuizFlow`]) and add their own concerns.

mod embed;
mod quiz_flow;
mod self_study;

pub use embed::Embed;
pub use quiz_flow::{QuizFlow, QuizFlowProps};
pub use self_study::SelfStudy;

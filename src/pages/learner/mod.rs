//! The learner's page (`index.html`): self-study and embeds of the built-in quiz, in the edition of the
//! interface language. Everything a learner or a blog's reader downloads is here and below; a quiz from
//! elsewhere (an address, a share link, a file) opens in `play.html`, which adds the quiz-text reader.

mod card_view;
mod embed;
mod flow;
mod footer;
mod page;
mod practice_view;
mod start_view;
mod study;

pub use embed::Embed;
pub use flow::{QuizFlow, QuizFlowProps};
pub use footer::{LearnerFooter, LearnerFooterProps};
pub use page::{LearnerPage, LearnerPageProps, options_notice, start};
pub use start_view::start_deal;
pub use study::{SelfStudy, SelfStudyProps};

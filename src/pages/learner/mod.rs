//! The built-in quiz's pages, in the edition of the interface language: self-study (`index.html`), the
//! embed (`embed.html`), and both with the practice kinds (`practice.html`). Everything a learner or a blog's
//! reader downloads is here and below; a quiz from elsewhere (an address, a share link, a file) opens in
//! `play.html`, which adds the quiz-text reader.

mod card_view;
mod embed;
mod flow;
mod footer;
mod page;
mod practice_page;
mod practice_view;
mod start_view;
mod study;

pub use embed::{Embed, EmbedPage, EmbedPageProps, start_embed};
pub use flow::{QuizFlow, QuizFlowProps};
pub use footer::learner_footer;
pub use page::{Restored, built_in_quiz, options_notice, use_built_in_quiz};
pub use practice_page::start_practice;
pub use start_view::start_deal;
pub use study::{SelfStudy, SelfStudyProps, StudyPage, StudyPageProps, start_study};

//! Presentational components: data props in, `on_*` callbacks out. They never read context or call
//! `platform/`. Text from a quiz file is only ever rendered as text (Yew escapes it), never as HTML.
//!
//! Each takes the interface language as a `lang` prop and reads its words from `lang.text()`. Quiz content
//! keeps the language it was written in: the element holding it carries the quiz's `lang`, so a screen reader
//! switches voice between a Spanish interface and an English quiz.
//!
//! What the learner's page shows is kept light, as every learner downloads it (figures measured 2026-12-02 on
//! its wasm, release, wasm-opt -Oz, gzip -9): a piece with no state is a plain function returning `Html` (or a
//! struct with a `view` method), not a component, whose lifecycle machinery cost 400–1,500 B each; so is a
//! screen whose few states its one caller can keep (the flow keeps them for the start screen, the card, the
//! feedback and the results, whose props were made anew on every render, so as components they never
//! skipped one). A component stays where it holds a `NodeRef` and an effect of its own (the dialogs). A
//! conditional class is a whole string per case (`"choice is-selected"`), not `classes!` (325 B for seven).

mod chart_row_card;
mod chart_table;
mod choice_group;
mod class_summary_screen;
mod countdown_meter;
mod embed_snippets;
mod feedback_panel;
mod feedback_picker;
mod item_card;
mod key_help_dialog;
mod kinds_choice;
mod language_switch;
mod length_picker;
mod line_gutter;
mod lobby_screen;
mod phone_screens;
mod practice_feedback;
mod practice_reveal_panel;
mod presenter_toolbar;
mod problem_list;
mod problem_panel;
mod progress_meter;
mod qr_code;
mod quiz_file_panel;
mod quiz_source_notice;
mod results_screen;
mod reveal_panel;
mod scenario_card;
mod scroll_dialog;
mod share_panel;
mod sort_board;
mod source_field;
mod start_screen;
mod study_link_panel;
mod vote_bars;

pub use chart_row_card::chart_row_card;
pub use chart_table::chart_table;
pub use choice_group::{ChoiceGroup, ChoiceOption};
pub use class_summary_screen::{ClassSummaryScreen, ClassSummaryScreenProps, SummaryLine, summary_lines};
pub use countdown_meter::{CountdownMeter, CountdownMeterProps, clock_text};
pub use embed_snippets::{EmbedSnippet, EmbedSnippets, EmbedSnippetsProps};
pub use feedback_panel::{
    FeedbackDialogs, FeedbackPanelProps, feedback_panel, use_feedback_dialogs, verdict as feedback_verdict,
};
pub use feedback_picker::feedback_picker;
pub use item_card::{ItemCard, ItemCardProps};
pub use key_help_dialog::{KeyHelpDialog, KeyHelpDialogProps};
pub use kinds_choice::{KindsChoice, KindsChoiceProps};
pub use language_switch::language_switch;
pub use length_picker::{LengthPicker, offered_lengths};
pub use line_gutter::{LineGutter, LineGutterProps};
pub use lobby_screen::{LobbyScreen, LobbyScreenProps};
pub use phone_screens::{
    JoinForm, JoinFormProps, PhoneAnswer, PhoneAnswerProps, PhoneQuestion, PhoneQuestionProps,
};
pub use practice_feedback::{ItemResult, PracticeFeedback, PracticeFeedbackProps, practice_verdict};
pub use practice_reveal_panel::{PracticeRevealPanel, PracticeRevealPanelProps};
pub use presenter_toolbar::{PresenterToolbar, PresenterToolbarProps, ToolButton};
pub use problem_list::{ProblemListProps, problem_list};
pub use problem_panel::{ProblemPanel, ProblemPanelProps};
pub use progress_meter::progress_meter;
pub use qr_code::{QrCode, QrCodeProps};
pub use quiz_file_panel::quiz_file_panel;
pub use quiz_source_notice::{QuizSourceNotice, QuizSourceNoticeProps};
pub use results_screen::{ResultsScreenProps, results_screen};
pub use reveal_panel::{RevealPanel, RevealPanelProps};
pub use scenario_card::{ScenarioCardProps, scenario_card};
pub use scroll_dialog::{ScrollDialog, ScrollDialogProps};
pub use share_panel::{SharePanel, SharePanelProps};
pub use sort_board::{SortBoard, SortBoardProps};
pub use source_field::{SourceField, SourceFieldProps};
pub use start_screen::{StartScreenProps, start_screen};
pub use study_link_panel::{StudyLinkPanel, StudyLinkPanelProps};
pub use vote_bars::{BarOption, VoteBars, VoteBarsProps, bar_options, practice_bar_options};

use std::ops::Deref;
use std::rc::Rc;

use yew::{Html, html};

use crate::engine::practice::Kind;
use crate::engine::quiz::Quiz;
use crate::i18n::{Lang, Piece, Template};

/// A shared quiz for props: cloning is a pointer copy and equality is identity, so a component whose
/// quiz did not change is not re-rendered and no deep comparison runs.
#[derive(Clone, Debug)]
pub struct QuizRef(pub Rc<Quiz>);

impl PartialEq for QuizRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for QuizRef {
    type Target = Quiz;
    fn deref(&self) -> &Quiz {
        &self.0
    }
}

/// A sentence of the interface with other text in its places (usually quiz content, which the caller marks
/// with the quiz's language): the template's words as text, each place filled with its `Html`.
pub fn sentence<const N: usize>(template: Template<N>, slots: [Html; N]) -> Html {
    template
        .pieces()
        .into_iter()
        .map(|piece| match piece {
            Piece::Words(words) => html! { { words } },
            Piece::Slot(i) => slots[i].clone(),
        })
        .collect()
}

/// "Vanessa DiMauro, “Title”" for a source line.
pub fn cite(quiz: &Quiz, source: usize) -> String {
    quiz.sources.get(source).map(|s| [&*s.author, ", “", &*s.title, "”"].concat()).unwrap_or_default()
}

/// A kind's name in the interface's words: the one table of them, for the kinds choice (start screen and
/// lobby), a card's heading, a results line, the projector's card line and the class summary.
pub fn kind_name(lang: Lang, kind: Kind) -> &'static str {
    lang.text().drill().kinds[kind.index()]
}

//! Presentational components: data props in, `on_*` callbacks out. They never read context or call
//! `platform/`. Text from a quiz file is only ever rendered as text (Yew escapes it), never as HTML.

mod chart_table;
mod choice_group;
mod embed_dialog;
mod feedback_panel;
mod problem_list;
mod progress_meter;
mod results_screen;
mod scenario_card;
mod start_screen;

pub use chart_table::{ChartTable, ChartTableProps};
pub use choice_group::{ChoiceGroup, ChoiceGroupProps, ChoiceOption};
pub use embed_dialog::{EmbedDialog, EmbedDialogProps, EmbedSnippet};
pub use feedback_panel::{FeedbackPanel, FeedbackPanelProps, verdict as feedback_verdict};
pub use problem_list::{ProblemList, ProblemListProps};
pub use progress_meter::{ProgressMeter, ProgressMeterProps};
pub use results_screen::{ResultsScreen, ResultsScreenProps};
pub use scenario_card::{ScenarioCard, ScenarioCardProps};
pub use start_screen::{StartScreen, StartScreenProps};

use std::ops::Deref;
use std::rc::Rc;

use crate::engine::quiz::Quiz;

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

/// "Vanessa DiMauro, “Title”" for a source line.
pub fn cite(quiz: &Quiz, source: usize) -> String {
    quiz.sources.get(source).map(|s| format!("{}, “{}”", s.author, s.title)).unwrap_or_default()
}

//! The sections of [`super::Text`], one per screen or mode. Each is declared through `sections!`, which also
//! lists its fields for the table tests ([`super::samples`]), so a string added here is checked in every
//! language without further bookkeeping.

use super::samples::{Entry, Sample};
use super::{Count, Counts, Lines, Template};

/// Declares section structs as written and gives each an [`Entry`] that walks every field.
macro_rules! sections {
    ($(
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)*
        }
    )*) => {$(
        $(#[$meta])*
        pub struct $name {
            $($(#[$field_meta])* pub $field: $ty,)*
        }

        impl Entry for $name {
            fn walk(&self, path: &str, out: &mut Vec<Sample>) {
                $(self.$field.walk(&format!("{path}.{}", stringify!($field)), out);)*
            }
        }
    )*};
}

sections! {
    /// Words several screens share.
    pub struct CommonText {
        /// "Scenario 3 of 10": the card's eyebrow, the presenter's slide, announcements.
        pub scenario_of: Template<2>,
        /// A whole percentage ("80%"; Spanish puts a space before the sign).
        pub percent: Template<1>,
        /// The two parts of every answer, as headings and table columns.
        pub role: &'static str,
        pub team: &'static str,
        /// Both parts right (the best verdict, and a results line).
        pub both_right: &'static str,
        pub view_chart: &'static str,
        pub embed: &'static str,
        pub close: &'static str,
        /// The legend of the session length choice, and its last option (the whole quiz).
        pub how_many: &'static str,
        /// The same question once practice kinds are dealt too (a card is a scenario or an item).
        pub how_many_cards: &'static str,
        pub all: Count,
    }

    /// The start screen.
    pub struct StartText {
        /// How a scenario goes, in three steps.
        pub steps: [&'static str; 3],
        pub start: &'static str,
        /// The review button, with the number of scenarios missed.
        pub review: Count,
        pub present: &'static str,
        pub mastery: &'static str,
        pub reset: &'static str,
        /// The reset confirmation: its group's name, the question, and the two answers.
        pub confirm_reset: &'static str,
        pub erase_question: &'static str,
        pub erase: &'static str,
        pub keep: &'static str,
        /// The feedback policy choice: its legend, then each policy's name and what it means.
        pub policy: &'static str,
        pub practice: (&'static str, &'static str),
        pub test: (&'static str, &'static str),
        pub self_check: (&'static str, &'static str),
    }

    /// The progress meter, and moving progress to another browser through a file.
    pub struct ProgressText {
        pub meter: &'static str,
        /// "3 of 10 answered".
        pub answered: Template<2>,
        pub heading: &'static str,
        pub save: &'static str,
        pub load: &'static str,
        /// After a file was loaded, with the number of scenarios it had answered.
        pub loaded: Count,
        pub not_progress: &'static str,
        /// A file for another quiz, with that quiz's id.
        pub other_quiz: Template<1>,
        pub too_large: &'static str,
        pub unreadable: &'static str,
        pub not_text: &'static str,
    }

    /// A scenario being answered.
    pub struct CardText {
        pub check: &'static str,
        pub choose_first: &'static str,
    }

    /// The practice kinds beyond the chart's scenarios, as a learner chooses, answers and reviews them.
    pub struct DrillText {
        /// The start screen's choice of kinds: its legend, and each kind's name in `Kind::ALL` order (also
        /// the eyebrow of a card of that kind, and its line in the results and in mastery).
        pub legend: &'static str,
        pub kinds: [&'static str; 5],
        /// The learner's page (scenarios only): the way to the practice page, a link per practice kind and
        /// one for all of them mixed with the scenarios, and what the links do.
        /// The sort board's keys, for the key help (key, what it does).
        pub sort_keys: [(&'static str, &'static str); 3],
        pub more: &'static str,
        pub more_lead: &'static str,
        pub mixed: &'static str,
        /// A practice card's place in the session ("Card 3 of 10").
        pub card_of: Template<2>,
        /// A one-item card checked with nothing chosen.
        pub choose_first: &'static str,
        /// The sort board: how to use it (tied to every duty), the heading of duties not placed yet, the
        /// button in a bin that takes the duty held, and how many are placed so far.
        pub how_to_sort: &'static str,
        pub not_placed: &'static str,
        pub put_here: Template<1>,
        pub placed: Template<2>,
        /// What the live region says as a duty moves: picked up, over a bin, dropped there, put back.
        pub picked_up: Template<1>,
        pub over: Template<2>,
        pub dropped: Template<2>,
        pub put_back: Template<1>,
        /// Feedback: the items right out of the card's ("4 of 5 right"), the right answer, the duty's list,
        /// and the flag on a case the sources call hard.
        pub right_of: Template<2>,
        /// The verdict on a card of one item.
        pub is_right: &'static str,
        pub is_wrong: &'static str,
        pub answer_is: Template<1>,
        pub from_list: Template<1>,
        /// Around an item's citation (the source, and where in it).
        pub source: Template<1>,
        pub hard: &'static str,
        /// The results' and the start screen's heading over each kind's score or mastery.
        pub by_kind: &'static str,
        /// The button from a practice card's feedback to the next card.
        pub next: &'static str,
    }

    /// Feedback on one answer.
    pub struct FeedbackText {
        pub role_only: &'static str,
        pub team_only: &'static str,
        pub neither: &'static str,
        /// "1 of 2 points".
        pub points: Template<1>,
        /// The badge of a part.
        pub right: &'static str,
        pub not_right: &'static str,
        /// Around an option's label (quiz content).
        pub you_chose: Template<1>,
        pub chart_says: Template<1>,
        /// Around the source's citation.
        pub source: Template<1>,
        /// The deciding row: its success measure, the role, the accountable team (all quiz content), under
        /// the whole chart with that row marked.
        pub row_marked: Template<3>,
        /// The compact layout: the caption of the chart's deciding row on its own, and the button that opens
        /// the whole chart.
        pub deciding_row: &'static str,
        pub whole_chart: &'static str,
        /// The compact layout on a phone: the button (and dialog heading) with a wrong choice's explanation,
        /// around the option's label (quiz content).
        pub why_not: Template<1>,
        pub next: &'static str,
        pub see_results: &'static str,
        /// Announced when the test policy moves on without feedback, with the next card's position.
        pub saved: Template<2>,
        /// Self-check: the heading, and the chart's answer beside the learner's (an option's label).
        pub compare: &'static str,
        pub chart_same: &'static str,
        pub chart_names: Template<1>,
        /// Announced when self-check feedback appears.
        pub shown_below: &'static str,
    }

    /// The results.
    pub struct ResultsText {
        pub heading: &'static str,
        /// After the percentage: the points scored out of the points possible.
        pub score: Counts,
        /// Announced when the session ends, with the percentage; without a score (self-check).
        pub finished: Template<1>,
        pub finished_unscored: &'static str,
        /// Self-check's results: heading, lead, and per scenario the learner's role and team, then the chart's.
        pub compare: &'static str,
        pub compare_lead: &'static str,
        pub compare_line: Template<4>,
        /// "3 of 4", beside a bar.
        pub of: Template<2>,
        pub by_row: &'static str,
        pub by_row_label: &'static str,
        pub role_right: &'static str,
        pub team_right: &'static str,
        pub by_scenario: &'static str,
        /// The compact layout's button that opens the scenario-by-scenario list.
        pub show_answers: &'static str,
        /// A scenario's two marks.
        pub role_ok: &'static str,
        pub role_wrong: &'static str,
        pub team_ok: &'static str,
        pub team_wrong: &'static str,
        pub retry: &'static str,
        pub restart: &'static str,
    }

    /// The chart page, and the chart's own words (the chart itself is quiz content).
    pub struct ChartText {
        pub heading: &'static str,
        pub lead: &'static str,
        pub back: &'static str,
        /// Around the chart's source.
        pub source: Template<1>,
        /// Before the row the current scenario exercises.
        pub marker: &'static str,
        /// The disclosure with a translated chart's original wording.
        pub original: &'static str,
    }

    /// The keyboard help of self-study and of the presenter.
    pub struct KeysText {
        pub heading: &'static str,
        /// What the number keys, Enter, the arrows and `?` do in self-study.
        pub choose_role: &'static str,
        pub choose_team: &'static str,
        /// The name of the Enter key as the reader's keyboard prints it.
        pub enter: &'static str,
        pub check: &'static str,
        pub arrows: &'static str,
        pub show_list: &'static str,
        /// The presenter's heading, its keys (with their names) and what each does, and a note.
        pub presenter_heading: &'static str,
        pub presenter: [(&'static str, &'static str); 12],
        pub presenter_note: &'static str,
    }

    /// Presenter mode: the lobby, the slide, the toolbar, the countdown, the live region, the students' link.
    pub struct PresenterText {
        pub eyebrow: &'static str,
        pub lead: &'static str,
        pub timer: &'static str,
        pub start: &'static str,
        pub back_to_study: &'static str,
        /// The round being voted, after the scenario's position ("round 2 (after discussion)").
        pub round: Template<1>,
        pub second_round: &'static str,
        pub counting: &'static str,
        /// The options of a question (quiz content), for assistive technology.
        pub options_for: Template<1>,
        pub count_this: &'static str,
        pub votes_hidden: &'static str,
        pub toolbar: &'static str,
        pub back: &'static str,
        pub vote: &'static str,
        pub team_question: &'static str,
        pub round_two: &'static str,
        pub answer: &'static str,
        pub summary: &'static str,
        pub next: &'static str,
        pub reveal: &'static str,
        pub vote_again: &'static str,
        pub countdown: &'static str,
        pub hide_votes: &'static str,
        pub fullscreen: &'static str,
        pub keys: &'static str,
        pub times_up: &'static str,
        pub time_left: &'static str,
        /// The live region: where the class is (the position, then what is on screen).
        pub live: Template<2>,
        pub live_scenario: &'static str,
        pub live_role: Template<1>,
        pub live_team: Template<1>,
        pub live_answer: &'static str,
        pub qr: &'static str,
        pub practise: &'static str,
        pub scan: &'static str,
    }

    /// The reveal, and the room's votes as bars.
    pub struct RevealText {
        pub round: Template<1>,
        /// The votes of one round on one question (quiz content).
        pub votes_on: Template<2>,
        pub chart_row: &'static str,
        /// After the row's role: the accountable team (quiz content).
        pub accountable: Template<1>,
        pub others: &'static str,
        pub right_answer: &'static str,
        pub votes: Count,
        /// The count controls of an option ("A, Community Manager").
        pub fewer: Template<1>,
        pub count: Template<1>,
        pub more: Template<1>,
        /// After an option's votes, how many of them came from phones.
        pub by_phone: Count,
    }

    /// The class summary.
    pub struct ClassText {
        pub heading: &'static str,
        pub table: &'static str,
        pub scenario: &'static str,
        pub round: &'static str,
        pub role_votes: &'static str,
        pub team_votes: &'static str,
        pub no_vote: &'static str,
        /// A question's result: the percentage, the right votes, all votes ("60% right (3 of 5 votes)").
        pub share: Template<3>,
        pub download: &'static str,
        pub back: &'static str,
        pub new_class: &'static str,
    }

    /// The "Embed this quiz" dialog, its snippets, and copying.
    pub struct EmbedText {
        pub lead: &'static str,
        pub copy: &'static str,
        /// The copy button's name, with the snippet's title.
        pub copy_label: Template<1>,
        pub copied: &'static str,
        pub script_title: &'static str,
        pub script_help: &'static str,
        pub iframe_title: &'static str,
        pub iframe_help: &'static str,
        pub wordpress_title: &'static str,
        pub wordpress_help: &'static str,
        /// In the snippets themselves, with the quiz's title: the frame's title and the link for readers
        /// without scripts.
        pub frame_title: Template<1>,
        pub take_quiz: Template<1>,
        /// Why copying failed; the snippet's text is then selected.
        pub no_clipboard: &'static str,
        pub copy_refused: &'static str,
        /// The way back from the snippets to the quiz.
        pub back: &'static str,
    }

    /// Storage that is not keeping progress across visits.
    pub struct StorageText {
        pub blocked: &'static str,
        pub full: &'static str,
        /// Saved progress that could not be read was set aside.
        pub set_aside: &'static str,
    }

    /// URL options that were ignored, and why.
    pub struct LaunchText {
        /// The option as written (`count=0`) and the reason.
        pub ignored: Template<2>,
        /// With the largest count accepted.
        pub count: Template<1>,
        pub whole_number: &'static str,
        pub start: &'static str,
        pub mode: &'static str,
        pub theme: &'static str,
        pub lang: &'static str,
        pub feedback: &'static str,
        pub pass: &'static str,
        /// `quiz=` beside a share link, whose own quiz wins.
        pub quiz_in_link: &'static str,
    }

    /// Getting a quiz from somewhere else than the built-in bank: a `quiz=` address, a share link or a file,
    /// and why that failed, in words a person can act on.
    pub struct LoadText {
        /// The browser is offline.
        pub offline: &'static str,
        /// No answer from the page's own server.
        pub no_answer: &'static str,
        /// No answer from another site (its origin): down, a wrong address, or no CORS permission.
        pub cross_origin: Template<1>,
        pub not_found: &'static str,
        /// 401 or 403, with the code.
        pub refused: Template<1>,
        /// Any other error status, with the code.
        pub status: Template<1>,
        /// The file's size and the limit, in KiB.
        pub too_large: Template<2>,
        pub unreadable: &'static str,
        /// The heading over a file that could not be opened at all.
        pub unreadable_file: &'static str,
        /// The heading over something that is not a quiz, and what each kind is.
        pub not_a_quiz: &'static str,
        pub empty: &'static str,
        pub html: &'static str,
        pub json: &'static str,
        pub binary: &'static str,
        pub progress: &'static str,
        pub not_a_quiz_hint: &'static str,
        /// What stands in place of a file name for a share link.
        pub share_file: &'static str,
        /// The heading over a share link that cannot be opened, and why.
        pub share_failed: &'static str,
        pub share_not_a_link: &'static str,
        /// The format number the link was made with.
        pub share_newer: Template<1>,
        /// The 1-based position and the character.
        pub share_bad_character: Template<2>,
        pub share_truncated: &'static str,
        pub share_corrupt: &'static str,
        pub share_not_text: &'static str,
        /// The browser cannot inflate the link (it has no `DecompressionStream`).
        pub share_unsupported: &'static str,
        pub share_hint: &'static str,
        /// Under the problems of a quiz that came in a share link.
        pub shared_problems_hint: &'static str,
        /// Under the problems of a quiz file opened from the reader's computer.
        pub picked_problems_hint: &'static str,
        /// The start screen's section for opening a quiz file: heading, help and the file input's label.
        pub own_quiz: &'static str,
        pub own_quiz_help: &'static str,
        pub open_file: &'static str,
        /// Shown over the page while a file is dragged over it.
        pub drop_hint: &'static str,
        /// Announced once a file is open: the quiz's title and the file's name.
        pub opened: Template<2>,
        /// Which quiz is showing, while it is one from a file: its title and the file's name.
        pub showing: Template<2>,
        pub back_to_built_in: &'static str,
        /// The learner's page could not hand a quiz file to the quiz player (the browser blocks the tab's
        /// session storage).
        pub pass_on_failed: &'static str,
    }

    /// The quiz-text reader, a module the pages load when they must read quiz text. A section of its own:
    /// the learner's page, which never loads it, carries none of it.
    pub struct ReaderText {
        /// The page could not load it.
        pub no_reader: &'static str,
    }

    /// The editor (`mode=edit`): the quiz's text, its problems, the preview and the way in from the app.
    pub struct EditorText {
        pub heading: &'static str,
        pub intro: &'static str,
        /// The link back to the quiz the editor was opened on.
        pub back: &'static str,
        /// The text box's label, and the hint under it.
        pub source: &'static str,
        pub source_hint: &'static str,
        /// The text box's description of where its problems are, given their line numbers.
        pub marked_lines: Lines,
        /// The problems' heading and the polite announcement, by their number, and when there are none.
        pub problems: Count,
        pub none: &'static str,
        pub problems_hint: &'static str,
        pub no_problems: &'static str,
        /// Where a problem is: "Line 12, column 5".
        pub at: Template<2>,
        pub preview: &'static str,
        /// Over the preview while the text does not load, and when it never has.
        pub preview_stale: &'static str,
        pub preview_none: &'static str,
        pub template: &'static str,
        pub revert: &'static str,
        pub download: &'static str,
        /// Asked before the template or the loaded quiz replaces the author's text.
        pub confirm_template: &'static str,
        pub confirm_revert: &'static str,
        pub replace: &'static str,
        pub keep: &'static str,
        /// Said when a draft from an earlier visit is restored.
        pub restored: &'static str,
        /// Said when the browser does not keep the draft.
        pub not_kept: &'static str,
        /// The share panel: the whole quiz in a link.
        pub share: &'static str,
        pub share_hint: &'static str,
        /// Shown instead of a link while no version of the text has loaded.
        pub share_none: &'static str,
        /// Shown over the link while the text does not load: the link carries the last version that did.
        pub share_stale: &'static str,
        /// The mode the link opens in: the legend, then self-study, presenting and embedding.
        pub share_for: &'static str,
        pub share_modes: [&'static str; 3],
        pub share_link: &'static str,
        pub copy: &'static str,
        pub copied: &'static str,
        /// The link's length in characters.
        pub share_length: Count,
        /// Where a link of that length works: short enough anywhere, long, too long.
        pub share_fine: &'static str,
        pub share_long: &'static str,
        pub share_too_long: &'static str,
    }

    /// What every page shows around its content, the phone's included: the language switch's label and the
    /// message in place of a page that stopped on a bug. (A section of its own: the phone page reads no other
    /// words of the learner's frame.)
    pub struct FrameText {
        /// The label of the language switch (worded so that a reader of any shipped language finds it).
        pub language: &'static str,
        /// Shown in place of the app when it stops on a bug.
        pub crashed: &'static str,
    }

    /// The learner's and the other quiz pages' frame: loading, and a quiz that could not be used.
    pub struct AppText {
        pub loading: &'static str,
        /// The heading over a broken quiz file's problems, by their number.
        pub file_problems: Count,
        pub file_problems_hint: &'static str,
        pub unreachable: &'static str,
        pub unreachable_hint: &'static str,
        /// The label of the notice listing ignored URL options.
        pub ignored_options: &'static str,
        /// Which edition of the built-in quiz is showing, by its language (in the order of `Lang::ALL`).
        pub edition: [&'static str; 2],
        /// The built-in quiz arrived damaged (a broken deployment or cache), and what to do about it.
        pub edition_damaged: &'static str,
        pub edition_hint: &'static str,
        /// The way into the editor, at the foot of the learner's page.
        pub open_editor: &'static str,
    }

    /// Voting from phones: the phone page (join.html). The presenter's side is [`ClassPhonesText`].
    pub struct PhoneText {
        /// The phone page's title and heading, and what it is for.
        pub title: &'static str,
        pub lead: &'static str,
        /// The join form: the code field's label and hint, the button, and a code that cannot be one.
        pub code_label: &'static str,
        pub code_hint: &'static str,
        pub join: &'static str,
        pub bad_code: &'static str,
        /// The room the phone is in ("Room K7QX2M").
        pub room: Template<1>,
        pub joining: &'static str,
        /// No question open yet.
        pub waiting_heading: &'static str,
        pub waiting: &'static str,
        /// The question: the options' group name, the phone's vote (letter and option), none yet, and that it
        /// can still change.
        pub options: &'static str,
        pub your_vote: Template<1>,
        pub no_vote: &'static str,
        pub can_change: &'static str,
        pub round_two: &'static str,
        /// The answer: its heading, the right option of a question, whether the phone's vote was right, why.
        pub answer_heading: &'static str,
        pub right: Template<2>,
        pub you_were_right: &'static str,
        pub you_were_wrong: &'static str,
        pub why: &'static str,
        /// The connection: dropped, and back.
        pub lost: &'static str,
        pub back: &'static str,
        /// Why the phone is out of the room, each with what to do.
        pub closed: &'static str,
        pub expired: &'static str,
        pub replaced: &'static str,
        pub unknown_room: &'static str,
        pub room_full: &'static str,
        pub relay_full: &'static str,
        pub version: &'static str,
        pub other_room: &'static str,
        pub no_relay: &'static str,
    }

    /// The presenter's room for phones (its own section, so that the phone page carries none of it).
    pub struct ClassPhonesText {
        /// The presenter's lobby: the button that opens a room, and what the panel says once it is open.
        pub open_room: &'static str,
        pub opening: &'static str,
        /// The lobby's lead once phones are asked for (instead of the show of hands).
        pub lobby_lead: &'static str,
        pub scan: &'static str,
        pub qr: &'static str,
        pub code: Template<1>,
        /// The presenter's count of phones in the room, and of phone votes on the question counted.
        pub connected: Count,
        pub voted: Count,
        pub relay_lost: &'static str,
        pub relay_refused: &'static str,
    }

    /// Presenter mode with practice kinds (issue 14): the lobby's choice of kinds, a practice card's slide and
    /// reveal, and the class summary by kind.
    pub struct ClassPracticeText {
        /// The card's position, in a class with practice cards ("Card 2 of 5").
        pub card_of: Template<2>,
        pub live_item: &'static str,
        pub live_vote: Template<1>,
        /// A case the sources call hard, or disagree on.
        pub hard: &'static str,
        /// Where a duty comes from (quiz content), and an item's source (author, title, passage).
        pub from_list: Template<1>,
        pub source: Template<1>,
        /// Added to the key help when practice kinds are chosen.
        pub keys_note: &'static str,
        /// The summary: a section per kind, its share right, and a practice table's columns.
        pub kind_share: Template<1>,
        pub card: &'static str,
        pub votes: &'static str,
        pub right: &'static str,
    }
}

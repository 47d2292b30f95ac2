//! The English table.

use super::*;

/// "1 vote", "12 votes".
fn votes(n: usize) -> String {
    if n == 1 { "1 vote".into() } else { format!("{n} votes") }
}

pub static COMMON: CommonText = CommonText {
    scenario_of: Template("Scenario {0} of {1}"),
    percent: Template("{0}%"),
    role: "Role",
    team: "Accountable team",
    both_right: "Both right",
    view_chart: "View the chart",
    embed: "Embed this quiz",
    close: "Close",
    how_many: "How many scenarios?",
    how_many_cards: "How many cards?",
    all: |n| format!("All {n}"),
};

pub static START: StartText = StartText {
    steps: [
        "Read a short situation.",
        "Choose who takes it on, then which team is accountable.",
        "See the chart row that decides it, with an explanation for every option.",
    ],
    start: "Start",
    review: |n| format!("Review my mistakes ({n})"),
    present: "Present to a class",
    mastery: "Your mastery by chart row",
    reset: "Reset my progress…",
    confirm_reset: "Confirm reset",
    erase_question: "Erase your progress on this quiz from this browser?",
    erase: "Erase my progress",
    keep: "Keep it",
    policy: "How do you want feedback?",
    practice: ("Practice", "the answer and the chart after each scenario"),
    test: ("Test", "all the answers at the end, with your score"),
    self_check: ("Self-check", "compare with the chart after each scenario, no score"),
};

pub static PROGRESS: ProgressText = ProgressText {
    meter: "Progress",
    answered: Template("{0} of {1} answered"),
    heading: "Move your progress to another browser",
    save: "Save my progress to a file",
    load: "Load progress from a file",
    loaded: |n| match n {
        1 => "Progress loaded: 1 scenario answered before.".into(),
        n => format!("Progress loaded: {n} scenarios answered before."),
    },
    not_progress: "That file is not RoleCall progress, or it is damaged.",
    other_quiz: Template("That file holds progress for another quiz ({0})."),
    too_large: "The file is too large to be RoleCall progress.",
    unreadable: "The file could not be read.",
    not_text: "The file could not be read as text.",
};

pub static CARD: CardText =
    CardText { check: "Check my answer", choose_first: "Choose a role and a team first." };

pub static DRILL: DrillText = DrillText {
    legend: "What to practise",
    kinds: [
        "Who takes it on (the chart's scenarios)",
        "Sort the duties",
        "With the brand, or with each other?",
        "Spot the trait",
        "Name the structure",
    ],
    sort_keys: [
        ("Space", "sort the duties: pick a duty up, or put it down"),
        ("← → ↑ ↓", "move the duty held from column to column"),
        ("Escape", "put the duty held back where it was"),
    ],
    more: "More ways to practise",
    more_lead: "Each opens the practice page with that kind chosen. Your progress goes with you.",
    mixed: "Everything, mixed with the scenarios",
    card_of: Template("Card {0} of {1}"),
    choose_first: "Choose an answer first.",
    how_to_sort: "Put each duty under the role it belongs to: tap or click a duty, then a column, or drag it there. \
        By keyboard: Space picks a duty up, the arrow keys move it, Space puts it down, Escape puts it back.",
    not_placed: "Not placed yet",
    put_here: Template("Put it under {0}"),
    placed: Template("{0} of {1} placed"),
    picked_up: Template("Picked up {0}. The arrow keys move it, Space puts it down, Escape puts it back."),
    over: Template("{0}, over {1}."),
    dropped: Template("Dropped {0} under {1}."),
    put_back: Template("{0} is back where it was."),
    right_of: Template("{0} of {1} right"),
    is_right: "Right",
    is_wrong: "Not this time",
    answer_is: Template("The answer: {0}"),
    from_list: Template("From {0}"),
    source: Template("Source: {0}"),
    hard: "The sources call this one hard.",
    by_kind: "By kind of practice",
    next: "Next card",
};

pub static FEEDBACK: FeedbackText = FeedbackText {
    role_only: "Right role, wrong team",
    team_only: "Right team, wrong role",
    neither: "Not this time",
    points: Template("{0} of 2 points"),
    right: "right",
    not_right: "not right",
    you_chose: Template("You chose {0}."),
    chart_says: Template("The chart says {0}."),
    source: Template("Situation from {0}"),
    row_marked: Template("The marked row, “{0}”, decides this one: {1} — accountable: {2}."),
    whole_chart: "Show the whole chart",
    next: "Next scenario",
    see_results: "See my results",
    saved: Template("Answer saved. Scenario {0} of {1}."),
    compare: "Compare with the chart",
    chart_same: "The chart names the same.",
    chart_names: Template("The chart names {0}."),
    shown_below: "The chart's answer is shown below.",
    deciding_row: "The row of the chart that decides it",
    why_not: Template("Why not {0}?"),
};

pub static RESULTS: ResultsText = ResultsText {
    heading: "Your results",
    score: |n, total| match n {
        1 => format!("1 point out of {total}"),
        n => format!("{n} points out of {total}"),
    },
    finished: Template("Finished. You scored {0}."),
    finished_unscored: "Finished.",
    compare: "Your answers beside the chart's",
    compare_lead: "Self-check: no score, just your choices and the chart's, scenario by scenario.",
    compare_line: Template("You: {0}, {1}. The chart: {2}, {3}."),
    of: Template("{0} of {1}"),
    by_row: "By chart row",
    by_row_label: "Results by chart row",
    role_right: "Role right",
    team_right: "Team right",
    by_scenario: "Scenario by scenario",
    role_ok: "role right",
    role_wrong: "role wrong",
    team_ok: "team right",
    team_wrong: "team wrong",
    retry: "Try again",
    restart: "Back to start",
    show_answers: "See each answer",
};

pub static CHART: ChartText = ChartText {
    heading: "The chart",
    lead: "Every answer in this quiz comes from this chart. Where the owner depends on the channel, the \
           scenario says where it happens.",
    back: "Back to the quiz",
    source: Template("Chart: {0}"),
    marker: "This scenario ▸ ",
    original: "Original wording",
};

pub static KEYS: KeysText = KeysText {
    heading: "Keyboard shortcuts",
    choose_role: "choose the role",
    choose_team: "choose the accountable team",
    enter: "Enter",
    check: "check the answer, then go on",
    arrows: "move between the options of a question",
    show_list: "show this list",
    presenter_heading: "Keyboard",
    presenter: [
        ("→ or Space", "Next step: scenario → vote on the role → vote on the team → answer → next scenario"),
        ("←", "Step back (votes are kept)"),
        ("A, B, C, D…", "One more vote for that option of the question being counted"),
        ("Shift + letter", "One fewer vote for that option"),
        ("1 / 2", "Count the role question / the team question"),
        ("R", "Reveal the answer now"),
        ("V", "Vote again: a second round after discussion"),
        ("T", "Start or stop the countdown"),
        ("H", "Hide or show the votes"),
        ("F", "Fullscreen on or off"),
        ("?", "This help"),
        ("Tab, then type", "Type a count into an option's field; Enter returns to the keys"),
    ],
    presenter_note: "Letters past E that are also commands (F, H) are counted with the buttons.",
};

pub static PRESENTER: PresenterText = PresenterText {
    eyebrow: "Present to a class",
    lead: "One card at a time; the room votes by show of hands and you count the hands with the \
           keyboard. Press → or Space to begin, and ? for every key.",
    timer: "Countdown, in seconds (off until you press T)",
    start: "Start the class",
    back_to_study: "Back to self-study",
    round: Template("round {0}"),
    second_round: "round 2 (after discussion)",
    counting: "counting",
    options_for: Template("Options for “{0}”"),
    count_this: "Count this question",
    votes_hidden: "Votes hidden from the room (H shows them).",
    toolbar: "Presenter controls",
    back: "Back",
    vote: "Vote",
    team_question: "Team question",
    round_two: "Round 2",
    answer: "Answer",
    summary: "Summary",
    next: "Next",
    reveal: "Reveal",
    vote_again: "Vote again",
    countdown: "Countdown",
    hide_votes: "Hide votes",
    fullscreen: "Fullscreen",
    keys: "Keys",
    times_up: "Time's up",
    time_left: "Time left: ",
    live: Template("{0}: {1}"),
    live_scenario: "the scenario",
    live_role: Template("round {0}, counting the role question"),
    live_team: Template("round {0}, counting the team question"),
    live_answer: "the answer",
    qr: "QR code: this quiz for practice on your own",
    practise: "Practise after class",
    scan: "Scan the code, or open:",
};

pub static REVEAL: RevealText = RevealText {
    round: Template("Round {0}"),
    votes_on: Template("Votes on “{0}”, round {1}"),
    chart_row: "Chart row: ",
    accountable: Template(" — accountable: {0}"),
    others: "Why not the others",
    right_answer: " right answer",
    votes,
    fewer: Template("One fewer vote for {0}"),
    count: Template("Votes for {0}"),
    more: Template("One more vote for {0}"),
    by_phone: |n| format!("{n} by phone"),
};

pub static CLASS: ClassText = ClassText {
    heading: "Class summary",
    table: "Votes per scenario and round",
    scenario: "Scenario",
    round: "Round",
    role_votes: "Role votes",
    team_votes: "Team votes",
    no_vote: "no vote",
    share: Template("{0} right ({1} of {2})"),
    download: "Download CSV",
    back: "Back to the last answer",
    new_class: "New class",
};

pub static EMBED: EmbedText = EmbedText {
    lead: "Copy one of these into your blog post or course page. Each keeps the options this quiz has now.",
    copy: "Copy",
    copy_label: Template("Copy: {0}"),
    copied: "Copied.",
    script_title: "Host script and a placeholder",
    script_help: "Paste both lines where the quiz should appear. The frame then grows and shrinks with the \
                  quiz, and the page receives rolecall:answered and rolecall:completed events. Include the \
                  script line once per page.",
    iframe_title: "Plain iframe",
    iframe_help: "Works where scripts are not allowed, at a fixed height with its own scroll bar.",
    wordpress_title: "WordPress address",
    wordpress_help: "Paste it alone on its own line of a post. WordPress shows the quiz with the options this \
                     site was published with; use a snippet above to choose them per post.",
    frame_title: Template("Quiz: {0}"),
    take_quiz: Template("Take the quiz: {0}"),
    no_clipboard: "This browser does not let the page copy: the text is selected, press Ctrl+C (⌘C on a \
                   Mac) to copy it.",
    copy_refused: "Copying was not allowed: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.",
    back: "Back to the quiz",
};

pub static STORAGE: StorageText = StorageText {
    blocked: "This browser is not letting the page save anything, so progress lasts until you close it.",
    full: "The browser's storage is full, so new progress lasts until you close the page.",
    set_aside: "Saved progress for this quiz could not be read, so it was set aside and you start afresh.",
};

pub static LAUNCH: LaunchText = LaunchText {
    ignored: Template("`{0}` was ignored: {1}"),
    count: Template("it must be a whole number from 1 to {0}"),
    whole_number: "it must be a whole number",
    start: "use `start=1` or `start=0`",
    mode: "use `mode=study`, `mode=present`, `mode=embed` or `mode=edit`",
    theme: "use `theme=light`, `theme=dark` or `theme=auto`",
    lang: "RoleCall's screens are in English (`lang=en`) and Spanish (`lang=es`)",
    feedback: "use `feedback=practice`, `feedback=test` or `feedback=self-check`",
    pass: "it must be a whole percentage from 0 to 100",
    quiz_in_link: "the link carries its own quiz (after `#quiz=`)",
};

pub static FRAME: FrameText = FrameText {
    language: "Language",
    crashed: "Sorry, RoleCall hit an unexpected error and stopped. Reloading the page usually helps.",
};

pub static APP: AppText = AppText {
    loading: "Loading the quiz…",
    file_problems: |n| match n {
        1 => "This quiz file has a problem".into(),
        n => format!("This quiz file has {n} problems"),
    },
    file_problems_hint: "Fix the file and reload this page. The command-line checker (rolecall-check) \
                         reports the same problems.",
    unreachable: "The quiz could not be loaded",
    unreachable_hint: "Check the address in the quiz= option, and that the server allows this page to \
                       read it.",
    ignored_options: "Ignored options",
    edition: ["Quiz edition: English", "Quiz edition: Spanish"],
    edition_damaged: "The quiz file on this site is damaged or from another version of RoleCall.",
    edition_hint: "Reload the page. If it happens again, tell whoever runs this site.",
    open_editor: "Write your own quiz",
};

pub static LOAD: LoadText = LoadText {
    offline: "You are offline, so the quiz file could not be fetched. Connect and reload the page.",
    no_answer: "The server did not answer: the address may be wrong, or the server may be down.",
    cross_origin: Template(
        "No answer from {0}: the address may be wrong, the site may be down, or it does not let other sites \
         read its files (CORS: it must send the header Access-Control-Allow-Origin).",
    ),
    not_found: "The server has no file at this address (404 Not Found).",
    refused: Template("The server refused to share this file ({0})."),
    status: Template("The server answered with an error ({0})."),
    too_large: Template("The file is {0} KiB, larger than a quiz can be ({1} KiB)."),
    unreadable: "The file could not be read as text.",
    unreadable_file: "The file could not be opened",
    not_a_quiz: "This is not a RoleCall quiz",
    empty: "The file is empty.",
    html: "This is a web page, not a quiz file. If the address is a sharing page (Google Drive, Dropbox, an \
           LMS), use the file's direct download address.",
    json: "This is JSON data, not a quiz. RoleCall quizzes are TOML text files.",
    binary: "This is not a text file (an image, a PDF or a document?). RoleCall quizzes are TOML text files.",
    progress: "This is a RoleCall progress file. Load it on the start screen, under “Move your progress to \
               another browser”.",
    not_a_quiz_hint: "A RoleCall quiz is a text file in TOML format, described in the format reference \
                      (docs/quiz-format.md).",
    share_file: "share link",
    share_failed: "This share link cannot be opened",
    share_not_a_link: "The address has “#quiz=”, but what follows it is not a RoleCall quiz.",
    share_newer: Template(
        "The link was made by a newer RoleCall (format {0}). Open it with the RoleCall it came from, or ask \
         for the quiz file.",
    ),
    share_bad_character: Template(
        "The link is damaged: character {0} (“{1}”) cannot be in a share link. Copy the whole link again.",
    ),
    share_truncated: "The link is cut short: part of it was lost when it was copied or sent.",
    share_corrupt: "The link is damaged: its data does not check out.",
    share_not_text: "The link's data is not text.",
    share_hint: "Copy the whole link again (share links are long: make sure nothing was cut off), or ask the \
                 person who shared it for the quiz file.",
    shared_problems_hint: "The quiz in this link has problems: ask the person who shared it to fix the quiz \
                           and share it again.",
    picked_problems_hint: "Fix the file and open it again. The command-line checker (rolecall-check) \
                           reports the same problems.",
    own_quiz: "Use your own quiz",
    own_quiz_help: "Open a quiz file (.toml) from your computer, or drop it anywhere on this page. It is used \
                    for this visit only, and never leaves your browser.",
    open_file: "Open a quiz file…",
    drop_hint: "Drop the quiz file to open it",
    opened: Template("Opened “{0}” from {1}."),
    showing: Template("You are using “{0}” from {1}, for this visit only."),
    back_to_built_in: "Back to the built-in quiz",
    pass_on_failed: "This browser keeps the page from passing the file on to the quiz player. Open play.html \
                     on this site and choose the file there.",
    share_unsupported: "This browser is too old to open the quiz in this link. Open the link in an up-to-date \
                        browser (Chrome, Edge, Firefox, or Safari 16.4 or later).",
};

pub static READER: ReaderText = ReaderText {
    no_reader: "This page could not load the part of RoleCall that reads quiz files: the connection may have \
                dropped, or a file is missing from this site.",
};

pub static EDITOR: EditorText = EditorText {
    heading: "Write a quiz",
    intro: "Write the quiz as text, and the preview plays it as learners will see it. Your draft stays in \
            this browser, so closing the page loses nothing.",
    back: "Back to the quiz",
    source: "Quiz text",
    source_hint: "In the quiz format: key = \"value\" lines under [headings]. Start from the template to \
                  see every part. Tab moves on from the text.",
    marked_lines: |lines| match lines {
        [rest @ .., last] if !rest.is_empty() => {
            format!("Problems on lines {} and {last}.", super::numbers(rest))
        }
        lines => format!("A problem on line {}.", super::numbers(lines)),
    },
    problems: |n| match n {
        1 => "1 problem".into(),
        n => format!("{n} problems"),
    },
    none: "No problems",
    problems_hint: "Choose a problem to put the cursor where it is.",
    no_problems: "The quiz loads: the preview shows this very text.",
    at: Template("Line {0}, column {1}"),
    preview: "Preview",
    preview_stale: "The text has problems, so the preview shows its last version without any.",
    preview_none: "Nothing to preview yet: fix the problems and the quiz appears here.",
    template: "Start from the template",
    revert: "Revert to the loaded quiz",
    download: "Download .toml",
    confirm_template: "Replace your text with the template? Your changes will be lost.",
    confirm_revert: "Go back to the quiz as it was loaded? Your changes will be lost.",
    replace: "Replace my text",
    keep: "Keep my text",
    restored: "Your draft from your last visit is back.",
    not_kept: "This browser is not keeping your draft: download it before you close the page.",
    share: "Share",
    share_hint: "The whole quiz travels inside the link, so no server is needed: whoever opens it plays \
                 this version.",
    share_none: "A link appears here once the text loads without problems.",
    share_stale: "The text has problems, so the link carries its last version without any.",
    share_for: "The link opens the quiz for",
    share_modes: ["Self-study", "Presenting to a class", "An embed in another page"],
    share_link: "Share link",
    copy: "Copy the link",
    copied: "Link copied.",
    share_length: |n| match n {
        1 => "1 character".into(),
        n => format!("{} characters", super::grouped(n, ",")),
    },
    share_fine: "Short enough for anywhere: chat apps, e-mail and LMS link fields.",
    share_long: "Long: fine in a browser, e-mail and most chat apps, but LMS link fields, Discord and older \
                 tools may cut it. A shorter quiz makes a shorter link, or share the .toml file.",
    share_too_long: "Too long to share as a link: browsers and chat apps cut it. Download the .toml and \
                     share the file, or put it on a web server and link it with quiz=.",
};

pub static PHONE: PhoneText = PhoneText {
    title: "Vote from your phone",
    lead: "Join the class on the projector: your vote is anonymous, and you can change it until the answer is shown.",
    code_label: "Join code",
    code_hint: "The six letters and digits on the projector",
    join: "Join",
    bad_code: "That is not a join code: it has six letters and digits, as on the projector.",
    room: Template("Room {0}"),
    joining: "Joining the room…",
    waiting_heading: "You are in",
    waiting: "The question will appear here when the presenter asks it.",
    options: "Your answer",
    your_vote: Template("Your vote: {0}"),
    no_vote: "You have not voted on this question yet.",
    can_change: "You can change your vote until the answer is shown.",
    round_two: "Second round: vote again",
    answer_heading: "The answer",
    right: Template("{0} — right answer: {1}"),
    you_were_right: "Your vote was right.",
    you_were_wrong: "Your vote was not the right one.",
    why: "Why",
    lost: "Connection lost. Reconnecting…",
    back: "Connected again.",
    closed: "The presenter has ended the class. Thank you for taking part!",
    expired: "This room has expired: it was idle for too long. Ask for the new code.",
    replaced: "This room is open in another tab of this browser: carry on there.",
    unknown_room: "No room has this code. Check it on the projector and try again.",
    room_full: "The room is full: no more phones can join. Vote with your hand.",
    relay_full: "The relay has no space for another room. Vote with your hand.",
    version: "This page is from another version of RoleCall than the relay: reload it.",
    other_room: "Join with another code",
    no_relay: "This page cannot reach a relay from here.",
};

pub static CLASS_PHONES: ClassPhonesText = ClassPhonesText {
    open_room: "Let students answer on their phones",
    opening: "Opening a room for phones…",
    lobby_lead: "One card at a time; the room votes on their phones, and you add the hands of anyone \
                 without one from the keyboard. Press → or Space to begin, and ? for every key.",
    scan: "Scan the code or open the link on a phone, then vote there.",
    qr: "QR code: vote from your phone",
    code: Template("Join code: {0}"),
    connected: |n| if n == 1 { "1 phone connected".into() } else { format!("{n} phones connected") },
    voted: |n| if n == 1 { "1 phone vote".into() } else { format!("{n} phone votes") },
    relay_lost: "Phones: connection to the relay lost, reconnecting. Count hands meanwhile.",
    relay_refused: "The relay refused the room: count hands.",
};

pub static CLASS_PRACTICE: ClassPracticeText = ClassPracticeText {
    card_of: Template("Card {0} of {1}"),
    live_item: "the card",
    live_vote: Template("round {0}, counting the votes"),
    hard: "A hard case: the sources call it hard or disagree",
    from_list: Template("From {0}"),
    source: Template("Source: {0}"),
    keys_note: "A practice card asks one question: → goes from its vote straight to the answer, and 2 does nothing.",
    kind_share: Template("All votes: {0}"),
    card: "Card",
    votes: "Votes",
    right: "Right",
};

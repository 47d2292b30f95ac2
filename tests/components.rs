//! Components in a real browser (headless Chromium via wasm-bindgen-test): mount into a fresh root, act
//! through the DOM as a user would, wait with `yew::scheduler::flush()`, assert what is on the page.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use rolecall::app::{AppContext, SessionProvider, Start, restore};
use rolecall::components::{
    ChoiceGroup, ChoiceOption, EmbedSnippet, EmbedSnippets, EmbedSnippetsProps, FeedbackPanelProps,
    ProblemListProps, QuizRef, QuizSourceNotice, ScenarioCardProps, chart_table, feedback_panel,
    problem_list, quiz_file_panel, scenario_card, use_feedback_dialogs,
};
use rolecall::engine::deck::{Answer, Deal, Feedback};
use rolecall::engine::load::load;
use rolecall::engine::quiz::{Id, Quiz};
use rolecall::i18n::Lang;
use rolecall::interop::launch::LaunchOptions;
use rolecall::pages::learner::{Embed, QuizFlow, SelfStudy};
use rolecall::pages::share::{SharePage, SharePageProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

mod dom;

use dom::{all, button, click, one, root, text, until};

wasm_bindgen_test_configure!(run_in_browser);

const MINI: &str = include_str!("fixtures/mini.toml");

fn mini() -> Rc<Quiz> {
    Rc::new(load(MINI).expect("mini.toml is valid"))
}

/// The radio whose label reads `label`.
fn radio(root: &Element, label: &str) -> HtmlInputElement {
    // The label's words are in its span (a key hint may follow them).
    all(root, "label")
        .into_iter()
        .find(|l| l.query_selector("span").ok().flatten().is_some_and(|s| text(&s).trim() == label))
        .and_then(|l| l.query_selector("input").ok().flatten())
        .and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
        .unwrap_or_else(|| panic!("no radio labelled {label:?}"))
}

/// The answer card of the tests: scenario 2 of 5, a role chosen but no team, a story with markup in it.
fn card_props(lang: Lang, on_submit: Callback<()>) -> ScenarioCardProps {
    ScenarioCardProps {
        card: "renewal".into(),
        number: 2,
        total: 5,
        title: "A renewal call".into(),
        story: "A customer calls <b>to renew</b>.".into(),
        role_question: "Who handles it?".into(),
        team_question: "Which team answers for it?".into(),
        roles: options(&[("agent", "Support agent"), ("rep", "Sales rep")]),
        teams: options(&[("support", "Support"), ("revenue", "Revenue")]),
        role: Some("rep".into()),
        team: None,
        on_role: Callback::noop(),
        on_team: Callback::noop(),
        on_submit,
        heading_ref: NodeRef::default(),
        content_lang: Some("en".into()),
        lang,
    }
}

fn options(pairs: &[(&str, &str)]) -> Vec<ChoiceOption> {
    pairs
        .iter()
        .map(|(id, label)| ChoiceOption { id: (*id).into(), label: label.to_string().into() })
        .collect()
}

#[wasm_bindgen_test]
async fn a_choice_group_is_a_labelled_radio_group_that_reports_the_choice() {
    let chosen: Rc<RefCell<Vec<Id>>> = Rc::default();
    // The group is a plain struct with a view: a test-only component shows it.
    #[derive(Properties, PartialEq)]
    struct P {
        on_select: Callback<Id>,
    }
    #[component]
    fn Host(p: &P) -> Html {
        let options = options(&[("agent", "Support agent"), ("rep", "Sales rep")]);
        let group = ChoiceGroup {
            legend: "Who handles it?",
            name: "role",
            options: &options,
            selected: None,
            on_select: &p.on_select,
            first_key: Some(3),
            content_lang: None,
        };
        group.view()
    }
    let root = root();
    let on_select = {
        let chosen = chosen.clone();
        Callback::from(move |id| chosen.borrow_mut().push(id))
    };
    yew::Renderer::<Host>::with_root_and_props(root.clone(), P { on_select }).render();
    yew::scheduler::flush().await;

    assert_eq!(text(&one(&root, "fieldset legend")), "Who handles it?");
    let radios = all(&root, "input[type=radio][name=role]");
    assert_eq!(radios.len(), 2);
    let hints: Vec<String> = all(&root, "kbd.key-hint").iter().map(text).collect();
    assert_eq!(hints, ["3", "4"], "each option shows its number key, counting from first_key");
    radio(&root, "Sales rep").click();
    yew::scheduler::flush().await;
    assert_eq!(*chosen.borrow(), [Id::from("rep")]);
}

/// The scenario card is a plain function whose caller keeps its hint's state: this test-only component does.
#[component]
fn ScenarioCard(props: &ScenarioCardProps) -> Html {
    let missing = use_state_eq(|| false);
    scenario_card(props, &missing)
}

#[wasm_bindgen_test]
async fn a_scenario_card_asks_for_both_answers_before_submitting() {
    let submitted = Rc::new(RefCell::new(0));
    let root = root();
    let props = card_props(Lang::En, {
        let submitted = submitted.clone();
        Callback::from(move |()| *submitted.borrow_mut() += 1)
    });
    yew::Renderer::<ScenarioCard>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(text(&one(&root, "h2")), "A renewal call");
    assert!(text(&one(&root, ".eyebrow")).contains("Scenario 2 of 5"));
    // Quiz text is text: markup in it is shown, not interpreted.
    assert_eq!(text(&one(&root, ".story")), "A customer calls <b>to renew</b>.");
    assert!(root.query_selector(".story b").expect("selector").is_none());
    // No channel tag: only some rows have a channel, so a tag named the row. The story says where.
    assert!(root.query_selector(".channel").expect("selector").is_none());
    assert!(radio(&root, "Sales rep").checked());
    assert_eq!(all(&root, "fieldset").len(), 2);

    click(&button(&root, "Check my answer"));
    yew::scheduler::flush().await;
    assert_eq!(*submitted.borrow(), 0, "submitted with no team chosen");
    assert_eq!(text(&one(&root, "[role=status]")), "Choose a role and a team first.");
}

#[wasm_bindgen_test]
async fn a_spanish_card_words_the_interface_in_spanish_and_keeps_the_quiz_in_its_language() {
    let root = root();
    yew::Renderer::<ScenarioCard>::with_root_and_props(root.clone(), card_props(Lang::Es, Callback::noop()))
        .render();
    yew::scheduler::flush().await;

    assert_eq!(text(&one(&root, ".eyebrow")), "Caso 2 de 5");
    assert!(!text(&root).contains("Canal"), "no channel tag, in any language");
    click(&button(&root, "Comprobar"));
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, "[role=status]")), "Elige primero un rol y un equipo.");
    // The quiz's words are marked with the quiz's language; the card's own are not (they inherit the page's).
    for quiz_text in ["h2", ".story", "fieldset"] {
        assert_eq!(one(&root, quiz_text).get_attribute("lang").as_deref(), Some("en"), "{quiz_text}");
    }
    assert_eq!(one(&root, ".eyebrow").get_attribute("lang"), None);
}

/// Feedback on mini.toml's "renew-by-chat" answered with the right role (agent) and `team`.
async fn mount_feedback(team: &str, is_last: bool, compact: bool) -> Element {
    mount_feedback_in(Lang::En, team, is_last, compact, true).await
}

async fn mount_feedback_scored(team: &str, is_last: bool, compact: bool, scored: bool) -> Element {
    mount_feedback_in(Lang::En, team, is_last, compact, scored).await
}

/// The feedback panel is a plain function whose caller keeps its dialogs: this test-only component does.
#[component]
fn FeedbackPanel(props: &FeedbackPanelProps) -> Html {
    let dialogs = use_feedback_dialogs();
    feedback_panel(props, &dialogs)
}

async fn mount_feedback_in(lang: Lang, team: &str, is_last: bool, compact: bool, scored: bool) -> Element {
    let root = root();
    let props = FeedbackPanelProps {
        quiz: QuizRef(mini()),
        answer: Answer::scenario("renew-by-chat".into(), "agent".into(), team.into(), 0),
        is_last,
        on_next: Callback::noop(),
        heading_ref: NodeRef::default(),
        compact,
        scored,
        lang,
    };
    yew::Renderer::<FeedbackPanel>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn feedback_explains_both_parts_and_marks_the_chart_row() {
    let root = mount_feedback("support", true, false).await;

    assert!(text(&one(&root, "h2")).contains("Right role, wrong team"));
    assert_eq!(text(&one(&root, ".points")), "1 of 2 points");
    let parts = all(&root, ".part");
    assert_eq!(parts.len(), 2);
    assert!(text(&parts[0]).contains("✓ right"));
    assert!(text(&parts[0]).contains("In chat, the agent handles renewals."));
    assert!(text(&parts[1]).contains("✗ not right"));
    assert!(
        text(&parts[1]).contains("Even in chat, renewals are not Support's result."),
        "why of the choice"
    );
    assert!(
        text(&parts[1]).contains("Revenue answers for renewals on every channel."),
        "why of the right one"
    );
    let marked = all(&root, "tr[aria-current=true]");
    assert_eq!(marked.len(), 1);
    assert!(text(&marked[0]).contains("Renew a contract"));
    assert!(text(&marked[0]).contains("This scenario"), "the mark is in words, not only colour");
    assert!(text(&one(&root, ".source")).contains("A. Writer, “The Team Handbook”"));
    button(&root, "See my results");
}

#[wasm_bindgen_test]
async fn spanish_feedback_words_verdict_points_and_the_chart_mark_in_spanish() {
    let root = mount_feedback_in(Lang::Es, "support", true, false, true).await;

    assert!(text(&one(&root, "h2")).contains("Rol correcto, equipo incorrecto"));
    assert_eq!(text(&one(&root, ".points")), "1 de 2 puntos");
    let parts = all(&root, ".part");
    assert!(text(&parts[0]).contains("✓ correcto"));
    assert!(text(&parts[1]).contains("La tabla dice Revenue."), "{}", text(&parts[1]));
    assert!(text(&all(&root, "tr[aria-current=true]")[0]).contains("Este caso"));
    button(&root, "Ver mis resultados");
    // The explanations and the chart are the quiz's, in its language.
    assert!(all(&root, ".why").iter().all(|why| why.get_attribute("lang").as_deref() == Some("en")));
    assert_eq!(one(&root, ".chart-scroll").get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(one(&root, ".marker").get_attribute("lang").as_deref(), Some("es"));
}

#[wasm_bindgen_test]
async fn self_check_feedback_compares_without_a_verdict_or_points() {
    let root = mount_feedback_scored("support", false, false, false).await;

    assert_eq!(text(&one(&root, "h2")), "Compare with the chart");
    assert!(root.query_selector(".points").expect("selector").is_none(), "no points");
    let whole = text(&root);
    for verdict in ["right", "wrong", "✓", "✗", "points"] {
        assert!(!whole.contains(verdict), "no verdict word {verdict:?} in {whole}");
    }
    let parts = all(&root, ".part");
    assert!(text(&parts[0]).contains("The chart names the same."), "{}", text(&parts[0]));
    assert!(text(&parts[1]).contains("The chart names Revenue."), "{}", text(&parts[1]));
    assert!(text(&parts[1]).contains("Revenue answers for renewals on every channel."));
    assert_eq!(all(&root, "tr[aria-current=true]").len(), 1, "the deciding row is still marked");
    button(&root, "Next scenario");
}

#[wasm_bindgen_test]
async fn the_chart_shows_every_row_with_its_three_columns() {
    #[derive(Properties, PartialEq)]
    struct P {
        quiz: QuizRef,
    }
    #[component]
    fn Host(p: &P) -> Html {
        chart_table(&p.quiz, None, Lang::default())
    }
    let root = root();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), P { quiz: QuizRef(mini()) }).render();
    yew::scheduler::flush().await;
    let heads: Vec<String> = all(&root, "thead th").iter().map(text).collect();
    assert_eq!(heads, ["Goal", "Owner", "Answers for it"]);
    let rows = all(&root, "tbody tr");
    assert_eq!(rows.len(), 3);
    assert_eq!(text(&rows[2]), "Renew a contractSales rep (Phone); Support agent (Chat)Revenue");
    assert!(all(&root, "tr[aria-current]").is_empty());
}

#[wasm_bindgen_test]
async fn problems_are_listed_with_file_line_and_column() {
    let root = root();
    let props = ProblemListProps {
        heading: "This quiz file has 2 problems".into(),
        file: "broken.toml".into(),
        problems: vec![
            (47, 7, "unknown chart row `fixx`".into()),
            (53, 1, "<img src=x onerror=alert(1)>".into()),
        ],
        hint: "Fix the file.".into(),
    };
    #[derive(Properties, PartialEq)]
    struct P {
        list: ProblemListProps,
    }
    #[component]
    fn Host(p: &P) -> Html {
        problem_list(p.list.clone())
    }
    yew::Renderer::<Host>::with_root_and_props(root.clone(), P { list: props }).render();
    yew::scheduler::flush().await;
    assert_eq!(one(&root, "section").get_attribute("role").as_deref(), Some("alert"));
    let items: Vec<String> = all(&root, "li").iter().map(text).collect();
    // Backticked names become <code>; the words stay text.
    assert_eq!(items[0], "broken.toml:47:7: unknown chart row fixx");
    assert_eq!(text(&one(&root, "li code:not(.where)")), "fixx");
    assert!(root.query_selector("img").expect("selector").is_none(), "a message is never HTML");
}

#[derive(Properties, PartialEq)]
struct ModeHostProps {
    quiz: QuizRef,
    deal: Option<Deal>,
    embed: bool,
}

/// The contexts every page provides (default launch options, English), around `children`.
fn in_page(children: Html) -> Html {
    html! { <AppContext options={Rc::new(LaunchOptions::default())} lang={Lang::En}>{ children }</AppContext> }
}

/// A container (self-study or embed) below its session provider and the page's contexts, as the learner's
/// page mounts it: the session made by `restore` (with no store: nothing saved to resume).
#[component]
fn ModeHost(p: &ModeHostProps) -> Html {
    let (initial, set_aside) = restore(p.quiz.0.clone(), None, p.deal.clone());
    in_page(html! {
        <SessionProvider {initial} {set_aside}>
            if p.embed { <Embed /> } else { <SelfStudy /> }
        </SessionProvider>
    })
}

/// Mount a mode on `quiz` in a fresh root, started with `deal` when given, and let it render.
async fn mount_mode(quiz: &Rc<Quiz>, deal: Option<Deal>, embed: bool) -> Element {
    let root = root();
    let props = ModeHostProps { quiz: QuizRef(quiz.clone()), deal, embed };
    yew::Renderer::<ModeHost>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// Answer the card on screen (looked up in `quiz` by its title) with the right role and the right or a
/// wrong team, and check it.
async fn answer_card(root: &Element, quiz: &Quiz, team_right: bool) {
    let title = text(&one(root, "h2"));
    let scenario = quiz.scenarios.iter().find(|s| *s.title == *title).expect("scenario on screen");
    let team = quiz.teams.iter().find(|t| (t.id == scenario.team) == team_right).expect("team");
    radio(root, &quiz.role(&scenario.role).expect("role").label).click();
    yew::scheduler::flush().await;
    radio(root, &team.label).click();
    yew::scheduler::flush().await;
    click(&button(root, "Check my answer"));
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn self_study_runs_from_first_card_to_results_and_retry() {
    let quiz = mini();
    let root =
        mount_mode(&quiz, Some(Deal { seed: 5, count: Some(2), rows: vec![], ..Deal::default() }), false)
            .await;

    for n in 1..=2 {
        assert!(text(&one(&root, ".eyebrow")).contains(&format!("Scenario {n} of 2")));
        answer_card(&root, &quiz, false).await;
        assert!(text(&one(&root, "h2")).contains("Right role, wrong team"));
        assert_eq!(text(&one(&root, "p[role=status]")), "Right role, wrong team. 1 of 2 points.");
        click(&button(&root, if n == 2 { "See my results" } else { "Next scenario" }));
        yew::scheduler::flush().await;
    }
    assert_eq!(text(&one(&root, "h2")), "Your results");
    assert!(text(&one(&root, ".score")).contains("50%"));
    let parts: Vec<String> = all(&root, ".parts-score dd").iter().map(text).collect();
    assert_eq!(parts, ["2 of 2", "0 of 2", "0 of 2"]);
    click(&button(&root, "Try again"));
    yew::scheduler::flush().await;
    assert!(text(&one(&root, ".eyebrow")).contains("Scenario 1 of 2"));
}

#[wasm_bindgen_test]
async fn compact_feedback_shows_the_deciding_row_and_opens_the_whole_chart_in_a_modal_dialog() {
    let root = mount_feedback("revenue", false, true).await;
    let row = one(&root, "figure.chart-row-card");
    assert_eq!(text(&one(&row, "figcaption")), "The row of the chart that decides it");
    let cells: Vec<(String, String)> =
        all(&row, "dl > div").iter().map(|d| (text(&one(d, "dt")), text(&one(d, "dd")))).collect();
    assert_eq!(cells[0].1, "Renew a contract");
    assert_eq!(cells.len(), 3, "the row's three cells, each with its column's heading");
    assert_eq!(one(&row, "dl").get_attribute("lang").as_deref(), Some("en"), "the row is quiz content");

    let dialog = one(&root, "dialog.scroll-dialog");
    assert!(!dialog.has_attribute("open"), "closed at first");
    click(&button(&root, "Show the whole chart"));
    yew::scheduler::flush().await;
    assert!(dialog.matches(":modal").expect("selector"), "opened with showModal()");
    assert_eq!(all(&dialog, "tr[aria-current=true]").len(), 1, "the whole chart, with the row marked");
    let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    assert_eq!(
        focused.map(|f| text(&f)).as_deref(),
        Some("The chart"),
        "focus starts on the dialog's heading"
    );
    click(&button(&dialog, "Close"));
    yew::scheduler::flush().await;
    assert!(!dialog.has_attribute("open"), "Close closes it");
}

#[wasm_bindgen_test]
async fn compact_feedback_also_offers_a_wrong_choices_explanation_in_a_dialog() {
    let root = mount_feedback("support", false, true).await;
    // Both are rendered: the stylesheet shows the button on a phone and the explanation in place elsewhere.
    let wrong = all(&root, ".why.of-wrong-choice");
    assert_eq!(wrong.len(), 1, "only the wrong choice's explanation moves");
    assert_eq!(text(&wrong[0]), "Even in chat, renewals are not Support's result.");
    click(&button(&root, "Why not Support?"));
    yew::scheduler::flush().await;
    let dialog = one(&root, "dialog[open]");
    assert!(dialog.matches(":modal").expect("selector"));
    assert_eq!(text(&one(&dialog, "h2")), "Why not Support?");
    assert_eq!(
        one(&dialog, "h2 strong").get_attribute("lang").as_deref(),
        Some("en"),
        "the label is quiz text"
    );
    assert!(text(&dialog).contains("Even in chat, renewals are not Support's result."));
}

#[wasm_bindgen_test]
async fn the_embed_snippets_are_labelled_read_only_boxes_that_report_copies() {
    #[derive(Properties, PartialEq)]
    struct P {
        copied: Option<(AttrValue, Result<(), AttrValue>)>,
        log: Rc<RefCell<Vec<(AttrValue, AttrValue)>>>,
    }
    #[component]
    fn Host(p: &P) -> Html {
        let snippets = Rc::new(vec![
            EmbedSnippet {
                id: "a".into(),
                title: "First".into(),
                help: "Use it.".into(),
                code: "<div></div>".into(),
            },
            EmbedSnippet {
                id: "b".into(),
                title: "Second".into(),
                help: "Or this.".into(),
                code: "https://x".into(),
            },
        ]);
        let log = p.log.clone();
        let props = EmbedSnippetsProps {
            snippets,
            copied: p.copied.clone(),
            on_copy: Callback::from(move |what| log.borrow_mut().push(what)),
            lang: Lang::En,
        };
        html! { <EmbedSnippets ..props /> }
    }
    let log = Rc::new(RefCell::new(Vec::new()));
    let root = root();
    let failed = Some(("b".into(), Err("Copying was not allowed: the text is selected".into())));
    yew::Renderer::<Host>::with_root_and_props(root.clone(), P { copied: failed, log: log.clone() }).render();
    yew::scheduler::flush().await;

    // Each box is named by its snippet's title and described by its help.
    assert_eq!(text(&one(&root, "label[for=embed-a]")), "First");
    assert_eq!(text(&one(&root, "label[for=embed-b]")), "Second");
    assert_eq!(one(&root, "#embed-b").get_attribute("aria-describedby").as_deref(), Some("embed-b-help"));
    assert_eq!(text(&one(&root, "#embed-b-help")), "Or this.");
    let fields = all(&root, "textarea");
    assert_eq!(fields.len(), 2);
    let second = fields[1].clone().dyn_into::<web_sys::HtmlTextAreaElement>().expect("textarea");
    assert_eq!(second.value(), "https://x");
    assert!(second.read_only());
    assert_eq!(
        all(&root, ".copy-status").iter().map(text).collect::<Vec<_>>()[1],
        "Copying was not allowed: the text is selected"
    );
    // The failed snippet is selected for the keyboard shortcut.
    assert_eq!(
        (second.selection_start().ok().flatten(), second.selection_end().ok().flatten()),
        (Some(0), Some(9))
    );

    let copy = all(&root, "button")
        .into_iter()
        .find(|b| b.get_attribute("aria-label").as_deref() == Some("Copy: First"));
    click(&copy.expect("a Copy button named after its snippet"));
    yew::scheduler::flush().await;
    assert_eq!(*log.borrow(), [("a".into(), "<div></div>".into())]);
}

#[wasm_bindgen_test]
async fn self_study_offers_embedding_from_the_start_screen_with_the_chosen_length() {
    // Self-study offers it (its button goes to the share page, so it is not pressed here: the test page
    // would leave)...
    let root = mount_mode(&mini(), None, false).await;
    assert!(root.query_selector("dialog[open]").expect("selector").is_none(), "no dialog opens by itself");
    button(&root, "Embed this quiz");
    // ... and the quiz flow under it hands over the length chosen on the start screen.
    #[derive(Properties, PartialEq)]
    struct P {
        quiz: QuizRef,
        log: Rc<RefCell<Vec<usize>>>,
    }
    #[component]
    fn Host(p: &P) -> Html {
        let log = p.log.clone();
        let on_embed = Some(Callback::from(move |count| log.borrow_mut().push(count)));
        in_page(html! {
            <SessionProvider initial={restore(p.quiz.0.clone(), None, None).0}>
                <QuizFlow {on_embed} />
            </SessionProvider>
        })
    }
    let log = Rc::new(RefCell::new(Vec::new()));
    let root = self::root();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), P { quiz: QuizRef(mini()), log: log.clone() })
        .render();
    yew::scheduler::flush().await;
    radio(&root, "All 4").click();
    yew::scheduler::flush().await;
    click(&button(&root, "Embed this quiz"));
    yew::scheduler::flush().await;
    assert_eq!(*log.borrow(), [4]);
}

/// The quiz-text reader module as the pages import it (an object with `read(text)`), made of the same
/// `reading` the module exports: the test runner serves no `reader/`.
fn install_reader() {
    let read =
        wasm_bindgen::closure::Closure::<dyn Fn(String) -> wasm_bindgen::JsValue>::new(|text: String| {
            rolecall::platform::json::to_js(&rolecall::interop::source::reading(&text)).expect("a JS value")
        });
    let module = js_sys::Object::new();
    js_sys::Reflect::set(&module, &"read".into(), read.as_ref()).expect("an object takes a property");
    read.forget();
    rolecall::platform::reader::install(module.into());
}

#[wasm_bindgen_test]
async fn the_share_page_makes_the_snippets_with_the_length_it_was_sent() {
    // The share page as self-study sends the reader to it: with the length chosen, here for a quiz of one's
    // own (a share link's, which the page unpacks without a network), its address carrying the quiz in its
    // fragment as the player's did.
    install_reader();
    let payload = rolecall::app::share::encode_link(MINI).await.expect("encodes");
    let fragment = format!("#quiz={payload}");
    let address = Fragment::replace(&fragment);
    let options = LaunchOptions { count: Some(4), shared: Some(payload), ..LaunchOptions::default() };
    let start = Start { options: Rc::new(options), store: None, lang: Lang::En };
    let root = root();
    yew::Renderer::<SharePage>::with_root_and_props(root.clone(), SharePageProps { start }).render();
    until("the snippets are shown", || all(&root, "textarea").len() == 3).await;
    drop(address);

    let section = one(&root, "section.share-page");
    assert_eq!(section.get_attribute("aria-labelledby").as_deref(), Some("share-heading"));
    assert_eq!(text(&one(&root, "#share-heading")), "Embed this quiz");
    let fields: Vec<String> = all(&root, "textarea")
        .into_iter()
        .filter_map(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|t| t.value())
        .collect();
    // Each snippet opens the quiz in the quiz player with the length, and carries the quiz along.
    assert!(
        fields[0].contains("data-rolecall=\"")
            && fields[0].contains(&format!("/play.html?mode=embed&amp;count=4{fragment}\"")),
        "{}",
        fields[0]
    );
    assert!(fields[0].contains("embed.js\" async></script>"), "{}", fields[0]);
    assert!(fields[0].contains("Support or Sales?"), "the frame is titled after the quiz: {}", fields[0]);
    assert!(fields[1].starts_with("<iframe data-rolecall src=\""), "{}", fields[1]);
    assert!(fields[2].ends_with(&format!("/play.html?count=4{fragment}")), "{}", fields[2]);
}

/// The test page's address with another fragment, as history's `replaceState` sets it (no `hashchange`,
/// no history entry), until this is dropped.
struct Fragment(String);

impl Fragment {
    fn replace(fragment: &str) -> Fragment {
        let location = web_sys::window().expect("window").location();
        let before = location.hash().expect("the fragment");
        set_fragment(fragment);
        Fragment(before)
    }
}

impl Drop for Fragment {
    fn drop(&mut self) {
        set_fragment(&self.0);
    }
}

fn set_fragment(fragment: &str) {
    let window = web_sys::window().expect("window");
    let url = web_sys::Url::new(&window.location().href().expect("the address")).expect("a URL");
    url.set_hash(fragment);
    let history = window.history().expect("history");
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href())).expect("replaced");
}

#[wasm_bindgen_test]
async fn embed_mode_plays_compact_without_app_chrome() {
    let quiz = mini();
    let root =
        mount_mode(&quiz, Some(Deal { seed: 5, count: Some(1), rows: vec![], ..Deal::default() }), true)
            .await;
    answer_card(&root, &quiz, true).await;
    one(&root, "figure.chart-row-card");
    click(&button(&root, "See my results"));
    yew::scheduler::flush().await;
    assert!(text(&one(&root, ".score")).contains("100%"));
    // Each answer waits in a dialog, and so does the whole chart, instead of making the frame taller.
    assert!(root.query_selector(".results-screen > ol.answers").expect("selector").is_none());
    click(&button(&root, "See each answer"));
    yew::scheduler::flush().await;
    let open = one(&root, "dialog[open]");
    assert_eq!(all(&open, "ol.answers li").len(), 1);
    click(&button(&open, "Close"));
    yew::scheduler::flush().await;
    click(&button(&root, "View the chart"));
    yew::scheduler::flush().await;
    assert!(one(&root, "dialog[open]").query_selector("table.chart").expect("selector").is_some());
    assert!(one(&root, "#results-heading").is_connected(), "the results stay under the chart");
    assert!(all(&root, "button").iter().all(|b| text(b) != "Embed this quiz"), "no app chrome in an embed");
}

#[wasm_bindgen_test]
async fn under_the_test_policy_cards_follow_each_other_and_the_verdicts_wait_for_the_results() {
    let quiz = mini();
    let deal = Deal { seed: 7, count: Some(2), feedback: Feedback::Test, ..Deal::default() };
    let root = mount_mode(&quiz, Some(deal), true).await;
    for n in 1..=2 {
        assert!(text(&one(&root, ".eyebrow")).contains(&format!("Scenario {n} of 2")));
        answer_card(&root, &quiz, true).await;
        assert!(root.query_selector(".feedback-panel").expect("selector").is_none(), "no feedback");
        if n == 1 {
            assert_eq!(text(&one(&root, "p[role=status]")), "Answer saved. Scenario 2 of 2.");
        }
    }
    assert_eq!(text(&one(&root, "h2")), "Your results");
    assert!(text(&one(&root, ".score")).contains("100%"));
    assert_eq!(all(&root, ".answers li").len(), 2, "every verdict is on the results");
}

#[wasm_bindgen_test]
async fn the_hint_to_choose_first_stays_with_its_card_however_the_answer_is_sent() {
    // Under the test policy the next card follows at once; the answer goes with Enter, the page's shortcut,
    // not the card's button.
    let quiz = mini();
    let deal = Deal { seed: 7, count: Some(2), feedback: Feedback::Test, ..Deal::default() };
    let root = mount_mode(&quiz, Some(deal), true).await;
    click(&button(&root, "Check my answer"));
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, ".form-hint")), "Choose a role and a team first.");
    let title = text(&one(&root, "h2"));
    let scenario = quiz.scenarios.iter().find(|s| *s.title == *title).expect("scenario on screen");
    radio(&root, &quiz.role(&scenario.role).expect("role").label).click();
    yew::scheduler::flush().await;
    radio(&root, &quiz.team(&scenario.team).expect("team").label).click();
    yew::scheduler::flush().await;
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    let enter = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    one(&root, "h2").dispatch_event(&enter).expect("dispatch");
    yew::scheduler::flush().await;

    assert!(text(&one(&root, ".eyebrow")).contains("Scenario 2 of 2"), "Enter sent the answer");
    assert_eq!(text(&one(&root, ".form-hint")), "", "the next card starts without the hint");
    let radios = all(&root, "input[type=radio]");
    assert!(!radios.is_empty());
    let checked = |r: &Element| r.clone().dyn_into::<HtmlInputElement>().expect("radio").checked();
    assert!(!radios.iter().any(checked), "and with nothing chosen");
}

#[wasm_bindgen_test]
async fn the_start_screen_comes_back_from_the_chart_without_the_reset_question_left_open() {
    // One card answered gives a history, so the start screen shows mastery and the way to reset it.
    let quiz = mini();
    let root =
        mount_mode(&quiz, Some(Deal { seed: 5, count: Some(1), rows: vec![], ..Deal::default() }), false)
            .await;
    answer_card(&root, &quiz, true).await;
    click(&button(&root, "See my results"));
    yew::scheduler::flush().await;
    click(&button(&root, "Back to start"));
    yew::scheduler::flush().await;
    click(&button(&root, "Reset my progress…"));
    yew::scheduler::flush().await;
    assert!(root.query_selector(".confirm").expect("selector").is_some(), "the reset is asked to confirm");

    click(&button(&root, "View the chart"));
    yew::scheduler::flush().await;
    assert!(root.query_selector(".start-screen").expect("selector").is_none(), "the chart has the screen");
    click(&button(&root, "Back to the quiz"));
    yew::scheduler::flush().await;
    assert!(root.query_selector(".start-screen").expect("selector").is_some());
    assert!(root.query_selector(".confirm").expect("selector").is_none(), "no question left open");
    button(&root, "Reset my progress…");
}

#[wasm_bindgen_test]
async fn the_quiz_file_panel_is_a_labelled_file_input_with_an_optional_way_back() {
    #[derive(Properties, PartialEq)]
    struct P {
        lang: Lang,
        back: bool,
        log: Rc<RefCell<u32>>,
    }
    #[component]
    fn Host(p: &P) -> Html {
        let log = p.log.clone();
        let on_back = p.back.then(|| Callback::from(move |()| *log.borrow_mut() += 1));
        quiz_file_panel(p.lang, &Callback::noop(), on_back.as_ref())
    }
    let log = Rc::new(RefCell::new(0));
    let root = root();
    let props = P { lang: Lang::En, back: false, log: log.clone() };
    yew::Renderer::<Host>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let label = one(&root, "label.file-pick");
    assert!(text(&label).starts_with("Open a quiz file…"));
    let input = one(&label, "input[type=file]");
    assert!(input.get_attribute("accept").unwrap_or_default().contains(".toml"));
    assert_eq!(text(&one(&root, "h2")), "Use your own quiz");
    assert!(all(&root, "button").is_empty(), "no way back unless there is somewhere to go back to");

    let root = self::root();
    let props = P { lang: Lang::Es, back: true, log: log.clone() };
    yew::Renderer::<Host>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(text(&one(&root, "label.file-pick")).starts_with("Abrir un archivo de cuestionario…"));
    click(&button(&root, "Volver al cuestionario incluido"));
    assert_eq!(*log.borrow(), 1);
}

#[wasm_bindgen_test]
async fn the_source_notice_names_the_quiz_and_its_file() {
    #[derive(Properties, PartialEq)]
    struct P {
        log: Rc<RefCell<u32>>,
    }
    #[component]
    fn Host(p: &P) -> Html {
        let log = p.log.clone();
        html! {
            <QuizSourceNotice lang={Lang::En} title="Support or Sales?" file="<mine>.toml"
                on_back={Callback::from(move |()| *log.borrow_mut() += 1)} />
        }
    }
    let log = Rc::new(RefCell::new(0));
    let root = root();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), P { log: log.clone() }).render();
    yew::scheduler::flush().await;
    let notice = one(&root, "aside.source-notice");
    assert_eq!(
        text(&one(&notice, "p")),
        "You are using “Support or Sales?” from <mine>.toml, for this visit only."
    );
    assert_eq!(one(&notice, "p").get_attribute("tabindex").as_deref(), Some("-1"));
    click(&button(&root, "Back to the built-in quiz"));
    assert_eq!(*log.borrow(), 1);
}

#[wasm_bindgen_test]
async fn self_study_offers_a_quiz_file_under_the_start_screen_only() {
    #[derive(Properties, PartialEq)]
    struct P {
        quiz: QuizRef,
        deal: Option<Deal>,
    }
    #[component]
    fn Host(p: &P) -> Html {
        in_page(html! {
            <SessionProvider initial={restore(p.quiz.0.clone(), None, p.deal.clone()).0}>
                <SelfStudy on_open_file={Callback::noop()} />
            </SessionProvider>
        })
    }
    let quiz = mini();
    let root = root();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), P { quiz: QuizRef(quiz.clone()), deal: None })
        .render();
    yew::scheduler::flush().await;
    assert_eq!(all(&root, ".quiz-file-panel").len(), 1);
    click(&button(&root, "Start"));
    yew::scheduler::flush().await;
    assert!(all(&root, ".quiz-file-panel").is_empty(), "not while a quiz is under way");
    // The learner's page offers it too (it hands the file to the quiz player); an embed never does.
    let plain = mount_mode(&quiz, None, false).await;
    assert_eq!(all(&plain, ".quiz-file-panel").len(), 1);
    let embed = mount_mode(&quiz, None, true).await;
    assert!(text(&one(&embed, "h1")).contains("Support or Sales?"), "the embed's start screen is on show");
    assert!(all(&embed, ".quiz-file-panel").is_empty());
}

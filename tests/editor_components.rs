//! The editor in a real browser (headless Chromium via wasm-bindgen-test): its text box with the gutter, its
//! problem list, and the editor and its page on a memory store, driven through the DOM as an author would.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use rolecall::app::{AppContext, Start};
use rolecall::components::{ProblemPanel, ProblemPanelProps, SharePanel, SourceField, SourceFieldProps};
use rolecall::engine::draft::{LineMark, TEMPLATE};
use rolecall::engine::load::Problem;
use rolecall::engine::share::LinkLength;
use rolecall::i18n::Lang;
use rolecall::interop::launch::{LaunchOptions, Mode};
use rolecall::pages::edit::{EditPage, EditPageProps, EditorView, EditorViewProps};
use rolecall::platform::storage::{self, Store};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

mod dom;

use dom::{all, button, click, one, root, text, until};

wasm_bindgen_test_configure!(run_in_browser);

const MINI: &str = include_str!("fixtures/mini.toml");

fn field(root: &Element) -> HtmlTextAreaElement {
    one(root, "textarea").dyn_into().expect("a textarea")
}

/// Replace the text box's text as typing would, and let the app render.
async fn type_text(root: &Element, text: &str) {
    let field = field(root);
    field.set_value(text);
    field.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
    yew::scheduler::flush().await;
}

fn has_button(root: &Element, label: &str) -> bool {
    all(root, "button").iter().any(|b| text(b).trim() == label)
}

#[wasm_bindgen_test]
async fn the_source_field_is_a_labelled_plain_text_box_whose_gutter_marks_problem_lines() {
    let typed: Rc<RefCell<Vec<String>>> = Rc::default();
    let marks: Rc<[LineMark]> = vec![
        LineMark { line: 2, messages: vec!["unknown key `tilte`".into()] },
        LineMark { line: 4, messages: vec!["first".into(), "second".into()] },
    ]
    .into();
    let root = root();
    let props = SourceFieldProps {
        lang: Lang::En,
        text: "a = 1\ntilte = \"x\"\n\nb = [\n".into(),
        lines: 5,
        width: 11,
        marks,
        on_input: {
            let typed = typed.clone();
            Callback::from(move |t| typed.borrow_mut().push(t))
        },
        field_ref: NodeRef::default(),
        gutter_ref: NodeRef::default(),
        children: Html::default(),
    };
    yew::Renderer::<SourceField>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let area = field(&root);
    assert_eq!(text(&one(&root, "label[for=quiz-source]")), "Quiz text");
    assert_eq!(area.id(), "quiz-source");
    assert_eq!(area.get_attribute("spellcheck").as_deref(), Some("false"));
    assert_eq!(area.get_attribute("wrap").as_deref(), Some("off"));
    assert_eq!(area.rows(), 6, "one row to spare");
    assert_eq!(area.get_attribute("aria-invalid").as_deref(), Some("true"));
    // The marks are said in words to assistive technology, by the box's description.
    let described: Vec<String> = area
        .get_attribute("aria-describedby")
        .expect("described")
        .split(' ')
        .map(|id| text(&one(&root, &format!("#{id}"))))
        .collect();
    assert_eq!(described[1], "Problems on lines 2 and 4.");

    let gutter = one(&root, ".gutter");
    assert_eq!(gutter.get_attribute("aria-hidden").as_deref(), Some("true"));
    let lines: Vec<String> = all(&gutter, ".line").iter().map(text).collect();
    assert_eq!(lines, ["1", "⚠\u{FE0E}2", "3", "⚠\u{FE0E}4", "5"], "a symbol, not colour alone");
    let marked = all(&gutter, ".is-marked");
    assert_eq!(marked.len(), 2);
    assert_eq!(marked[1].get_attribute("title").as_deref(), Some("first\nsecond"));

    area.set_value("a = 2");
    area.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
    assert_eq!(*typed.borrow(), ["a = 2"]);
}

#[wasm_bindgen_test]
async fn the_problem_panel_lists_each_problem_as_a_button_to_its_place() {
    let jumps: Rc<RefCell<Vec<(u32, u32)>>> = Rc::default();
    let problems: Rc<[Problem]> = vec![
        Problem { line: 3, column: 1, message: "the quiz has no `title`".into() },
        Problem { line: 12, column: 5, message: "<b>not markup</b>".into() },
    ]
    .into();
    let root = root();
    let props = ProblemPanelProps {
        lang: Lang::En,
        problems,
        on_jump: {
            let jumps = jumps.clone();
            Callback::from(move |at| jumps.borrow_mut().push(at))
        },
    };
    yew::Renderer::<ProblemPanel>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(text(&one(&root, "h2")), "2 problems");
    let buttons = all(&root, "li button");
    assert_eq!(text(&buttons[0]), "Line 3, column 1: the quiz has no title");
    assert_eq!(text(&one(&buttons[0], "code")), "title");
    assert_eq!(text(&buttons[1]), "Line 12, column 5: <b>not markup</b>");
    assert!(root.query_selector("b").expect("selector").is_none(), "a message is never HTML");
    click(&buttons[1]);
    assert_eq!(*jumps.borrow(), [(12, 5)]);
}

#[wasm_bindgen_test]
async fn the_problem_panel_says_when_there_are_none_in_spanish_too() {
    let root = root();
    let props = ProblemPanelProps { lang: Lang::Es, problems: Rc::new([]), on_jump: Callback::noop() };
    yew::Renderer::<ProblemPanel>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, "h2")), "Ningún problema");
    assert!(text(&one(&root, ".all-clear")).contains("la vista previa muestra este mismo texto"));
    assert!(all(&root, "button").is_empty());
}

#[derive(Properties, PartialEq)]
struct EditorHostProps {
    view: EditorViewProps,
}

/// The editor below the page's contexts, as the editor's page mounts it.
#[component]
fn EditorHost(p: &EditorHostProps) -> Html {
    let view = &p.view;
    html! {
        <AppContext options={Rc::new(LaunchOptions::default())} lang={Lang::En}>
            <EditorView file={view.file.clone()} source={view.source.clone()} saved={view.saved.clone()}
                store={view.store.clone()} />
        </AppContext>
    }
}

/// Mount the editor on `source` (as `file`) with `store`, as the editor's page does when no draft was kept.
async fn mount_editor(file: &str, source: &str, store: &Store) -> Element {
    let root = root();
    let view = EditorViewProps {
        file: file.to_string().into(),
        source: source.into(),
        saved: None,
        store: Some(store.clone()),
    };
    yew::Renderer::<EditorHost>::with_root_and_props(root.clone(), EditorHostProps { view }).render();
    yew::scheduler::flush().await;
    root
}

/// The title of the quiz the preview is playing (its start screen's heading).
fn preview_title(root: &Element) -> String {
    text(&one(root, ".preview-frame h1"))
}

#[wasm_bindgen_test]
async fn the_editor_keeps_previewing_the_last_valid_version_while_the_text_is_broken() {
    let store = Store::memory();
    let root = mount_editor("mini.toml", MINI, &store).await;
    assert_eq!(field(&root).value(), MINI);
    assert_eq!(preview_title(&root), "Support or Sales?");
    assert_eq!(text(&one(&root, "#editor-problems-heading")), "No problems");
    assert!(!has_button(&root, "Revert to the loaded quiz"), "nothing to revert yet");
    // The share link carries the quiz itself, in its fragment (packed by the browser, a few turns later).
    until("the share link is made", || root.query_selector("#share-link").ok().flatten().is_some()).await;
    let link = one(&root, "#share-link").dyn_into::<HtmlInputElement>().expect("an input").value();
    let payload = link.split_once("#quiz=").expect("a quiz in the fragment").1;
    assert_eq!(rolecall::app::share::decode_link(payload).await.as_deref(), Ok(MINI));
    assert!(!link.contains("mode="), "self-study by default");

    let renamed = MINI.replace("title = \"Support or Sales?\"", "title = \"Help or Sell?\"");
    type_text(&root, &renamed).await;
    assert_eq!(preview_title(&root), "Help or Sell?", "the preview follows valid text");

    // Break it: a row that does not exist, on a line of its own.
    let broken = renamed.replacen("row = \"fix\"", "row = \"fixx\"", 1);
    let line = broken.lines().position(|l| l == "row = \"fixx\"").expect("the broken line") as u32 + 1;
    type_text(&root, &broken).await;
    assert_eq!(text(&one(&root, "#editor-problems-heading")), "1 problem");
    assert!(
        text(&one(&root, ".problem-jump")).starts_with(&format!("Line {line}, column 7: unknown chart row"))
    );
    let marked: Vec<String> = all(&root, ".gutter .is-marked").iter().map(text).collect();
    assert_eq!(marked, [format!("⚠\u{FE0E}{line}")]);
    assert_eq!(preview_title(&root), "Help or Sell?", "the last valid version stays");
    assert!(text(&one(&root, ".stale-note")).contains("last version without any"));

    // The problem's button puts the caret on it, in the text box.
    click(&one(&root, ".problem-jump"));
    let area = field(&root);
    let caret = area.selection_start().expect("selection").expect("a caret");
    let before: String = broken.lines().take(line as usize - 1).map(|l| format!("{l}\n")).collect();
    assert_eq!(caret as usize, before.encode_utf16().count() + 6);
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    assert_eq!(active.map(|e| e.id()).as_deref(), Some("quiz-source"));

    // The draft is kept, under the file's name.
    assert_eq!(store.get(&storage::key("draft", "mini.toml")).as_deref(), Some(broken.as_str()));
}

#[wasm_bindgen_test]
async fn a_kept_draft_comes_back_and_replacing_it_asks_first() {
    // The whole editor's page, opened on a share link's quiz: it finds the draft kept for it.
    let store = Store::memory();
    let draft = MINI.replace("Support or Sales?", "My own words");
    store.set(&storage::key("draft", "shared-link"), &draft).ok();
    let payload = rolecall::app::share::encode_link(MINI).await.expect("encodes");
    let options = LaunchOptions { shared: Some(payload), ..LaunchOptions::default() };
    let start = Start { options: Rc::new(options), store: Some(store.clone()), lang: Lang::En };
    let root = root();
    yew::Renderer::<EditPage>::with_root_and_props(root.clone(), EditPageProps { start }).render();
    until("the editor opens", || root.query_selector("textarea").ok().flatten().is_some()).await;
    assert_eq!(field(&root).value(), draft);
    assert!(text(&one(&root, ".editor")).contains("Your draft from your last visit is back."));

    // The template would lose the author's words: asked first, and "keep" keeps them.
    click(&button(&root, "Start from the template"));
    yew::scheduler::flush().await;
    assert!(text(&one(&root, ".confirm")).contains("Replace your text with the template?"));
    click(&button(&root, "Keep my text"));
    yew::scheduler::flush().await;
    assert_eq!(field(&root).value(), draft);
    assert!(root.query_selector(".confirm").expect("selector").is_none());

    click(&button(&root, "Start from the template"));
    yew::scheduler::flush().await;
    click(&button(&root, "Replace my text"));
    yew::scheduler::flush().await;
    assert_eq!(field(&root).value(), TEMPLATE);
    assert_eq!(preview_title(&root), "Kitchen or dining room?");

    // The template is no one's work: going back to the loaded quiz asks nothing, and forgets the draft.
    click(&button(&root, "Revert to the loaded quiz"));
    yew::scheduler::flush().await;
    assert!(root.query_selector(".confirm").expect("selector").is_none());
    assert_eq!(field(&root).value(), MINI);
    assert_eq!(store.get(&storage::key("draft", "shared-link")), None);
}

#[derive(Properties, PartialEq)]
struct ShareHostProps {
    link: Option<AttrValue>,
    advice: LinkLength,
    copied: Option<Result<(), AttrValue>>,
    log: Rc<RefCell<Vec<String>>>,
}

/// The share panel with its mode kept in state, as the editor keeps it; what it reports goes to `log`.
#[component]
fn ShareHost(p: &ShareHostProps) -> Html {
    let mode = use_state(|| Mode::Study);
    let on_mode = {
        let (mode, log) = (mode.clone(), p.log.clone());
        Callback::from(move |m: Mode| {
            log.borrow_mut().push(format!("{m:?}"));
            mode.set(m);
        })
    };
    let on_copy = {
        let log = p.log.clone();
        Callback::from(move |()| log.borrow_mut().push("copy".into()))
    };
    html! {
        <SharePanel lang={Lang::En} link={p.link.clone()} advice={p.advice} mode={*mode} {on_mode} {on_copy}
            copied={p.copied.clone()} />
    }
}

async fn mount_share(
    link: Option<&str>,
    advice: LinkLength,
    copied: Option<Result<(), AttrValue>>,
) -> (Element, Rc<RefCell<Vec<String>>>) {
    let log: Rc<RefCell<Vec<String>>> = Rc::default();
    let root = root();
    let props = ShareHostProps { link: link.map(|l| l.to_string().into()), advice, copied, log: log.clone() };
    yew::Renderer::<ShareHost>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, log)
}

#[wasm_bindgen_test]
async fn the_share_panel_shows_the_link_its_length_and_where_it_works() {
    let link = format!("https://quiz.example/#quiz=1.{}", "A".repeat(2_400));
    let (root, log) = mount_share(Some(&link), LinkLength::Long, None).await;
    let input: HtmlInputElement = one(&root, "input#share-link").dyn_into().expect("an input");
    assert_eq!(input.value(), link);
    assert!(input.read_only());
    assert_eq!(text(&one(&root, "label[for=share-link]")), "Share link");
    assert_eq!(text(&one(&root, "#share-length")), "2,429 characters");
    let advice = one(&root, "#share-advice");
    assert!(advice.class_name().split(' ').any(|c| c == "is-long"));
    assert!(text(&advice).contains("LMS link fields, Discord and older tools may cut it"));
    assert!(text(&advice).starts_with('⚠'), "a symbol too, not colour alone");

    let radios = all(&root, "input[name=share-mode]");
    assert_eq!(radios.len(), 3);
    let labels: Vec<String> = all(&root, ".share-modes label").iter().map(text).collect();
    assert_eq!(labels, ["Self-study", "Presenting to a class", "An embed in another page"]);
    click(&radios[1]);
    yew::scheduler::flush().await;
    click(&button(&root, "Copy the link"));
    assert_eq!(*log.borrow(), ["Present", "copy"]);
    let checked: Vec<bool> =
        radios.iter().map(|r| r.dyn_ref::<HtmlInputElement>().expect("radio").checked()).collect();
    assert_eq!(checked, [false, true, false]);
}

#[wasm_bindgen_test]
async fn a_failed_copy_selects_the_link_for_the_keyboard_and_says_why() {
    let why: AttrValue =
        "Copying was not allowed: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.".into();
    let (root, _) =
        mount_share(Some("https://quiz.example/#quiz=1.abc"), LinkLength::Fine, Some(Err(why.clone()))).await;
    assert_eq!(text(&one(&root, ".copy-status")), why.as_str());
    let input: HtmlInputElement = one(&root, "input#share-link").dyn_into().expect("an input");
    assert_eq!(
        (input.selection_start().ok().flatten(), input.selection_end().ok().flatten()),
        (Some(0), Some(32))
    );
    assert!(text(&one(&root, "#share-advice")).starts_with("Short enough for anywhere"));
}

#[wasm_bindgen_test]
async fn without_a_valid_version_there_is_no_link_to_share() {
    let (root, _) = mount_share(None, LinkLength::Fine, None).await;
    assert!(root.query_selector("input").expect("selector").is_none());
    assert!(
        text(&one(&root, ".share-panel"))
            .contains("A link appears here once the text loads without problems.")
    );
}

//! The presenter's components and its class view in a real browser (headless Chromium): bars that carry their
//! numbers in text, the tally controls, the QR code, the help dialog, and a class driven by the page's key
//! events, saved to storage after each step.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use rolecall::app::AppContext;
use rolecall::components::{
    BarOption, KeyHelpDialog, KeyHelpDialogProps, LobbyScreen, LobbyScreenProps, QrCode, QrCodeProps,
    StudyLinkPanel, StudyLinkPanelProps, VoteBars, VoteBarsProps,
};
use rolecall::engine::load::load;
use rolecall::engine::presenter::{Part, Presenter, Round, SavedClass, Stage};
use rolecall::engine::quiz::{Id, Quiz};
use rolecall::i18n::Lang;
use rolecall::interop::launch::LaunchOptions;
use rolecall::pages::present::{ClassView, restore_class};
use rolecall::platform::{json, storage};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;
use yew::prelude::*;

mod dom;

use dom::{all, click, key, one, root, text};

wasm_bindgen_test_configure!(run_in_browser);

fn mini() -> Rc<Quiz> {
    Rc::new(load(include_str!("fixtures/mini.toml")).expect("mini.toml is valid"))
}

fn bar(id: &str, letter: char, label: &str, votes: u32, correct: bool) -> BarOption {
    BarOption { id: id.into(), letter, label: label.to_string().into(), votes, phones: 0, correct }
}

#[wasm_bindgen_test]
async fn bars_carry_their_numbers_in_text_and_report_new_counts() {
    let counts: Rc<RefCell<Vec<(Id, u32)>>> = Rc::default();
    let root = root();
    let props = VoteBarsProps {
        label: "Options for “Who handles it?”".into(),
        options: vec![bar("agent", 'A', "Support agent", 3, true), bar("rep", 'B', "Sales rep", 1, false)],
        show_votes: true,
        editable: true,
        on_votes: {
            let counts = counts.clone();
            Callback::from(move |c| counts.borrow_mut().push(c))
        },
        content_lang: Some("en".into()),
        lang: Lang::En,
    };
    yew::Renderer::<VoteBars>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let rows = all(&root, "li");
    assert_eq!(rows.len(), 2);
    assert_eq!(text(&one(&rows[0], ".letter")), "A");
    assert!(text(&rows[0]).contains("3 votes · 75%"), "{}", text(&rows[0]));
    assert!(text(&rows[1]).contains("1 vote · 25%"));
    assert!(text(&rows[0]).contains("right answer"), "the right option is marked in words");
    assert_eq!(one(&rows[0], ".bar").get_attribute("aria-hidden").as_deref(), Some("true"));
    click(&one(&rows[1], "button[aria-label='One more vote for B, Sales rep']"));
    click(&one(&rows[0], "button[aria-label='One fewer vote for A, Support agent']"));
    let field: HtmlInputElement =
        one(&rows[1], "input[aria-label='Votes for B, Sales rep']").dyn_into().expect("input");
    field.set_value("12");
    field.dispatch_event(&web_sys::Event::new("change").expect("event")).expect("dispatch");
    yew::scheduler::flush().await;
    assert_eq!(*counts.borrow(), [("rep".into(), 2), ("agent".into(), 2), ("rep".into(), 12)]);
    assert_eq!(one(&rows[0], ".option-label [lang]").get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn spanish_bars_count_in_spanish() {
    let root = root();
    let props = VoteBarsProps {
        label: "Opciones".into(),
        options: vec![bar("agent", 'A', "Support agent", 3, true), bar("rep", 'B', "Sales rep", 1, false)],
        show_votes: true,
        editable: true,
        on_votes: Callback::noop(),
        content_lang: Some("en".into()),
        lang: Lang::Es,
    };
    yew::Renderer::<VoteBars>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let rows = all(&root, "li");
    assert!(text(&rows[0]).contains("3 votos · 75\u{a0}%"), "{}", text(&rows[0]));
    assert!(text(&rows[1]).contains("1 voto · 25\u{a0}%"));
    assert!(text(&rows[0]).contains("respuesta correcta"));
    one(&rows[1], "button[aria-label='Un voto más para B, Sales rep']");
}

#[wasm_bindgen_test]
async fn hidden_votes_show_no_numbers() {
    let root = root();
    let props = VoteBarsProps {
        label: "Options".into(),
        options: vec![bar("agent", 'A', "Support agent", 3, false)],
        show_votes: false,
        editable: false,
        on_votes: Callback::noop(),
        content_lang: None,
        lang: Lang::En,
    };
    yew::Renderer::<VoteBars>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(!text(&root).contains("votes"));
    assert!(all(&root, "button, input").is_empty());
}

fn lobby(room: Option<(Option<AttrValue>, AttrValue)>, room_problem: Option<AttrValue>) -> LobbyScreenProps {
    LobbyScreenProps {
        title: "Mini".into(),
        available: 3,
        lengths: vec![3],
        length: 3,
        on_length: Callback::noop(),
        kinds_offered: Vec::new(),
        kinds: Vec::new(),
        on_kind: Callback::noop(),
        timer_secs: 30,
        on_timer: Callback::noop(),
        study_url: "https://example.org/rolecall/".into(),
        on_start: Callback::noop(),
        on_exit: Callback::noop(),
        on_phones: Some(Callback::noop()),
        room,
        room_problem,
        heading_ref: NodeRef::default(),
        content_lang: None,
        lang: Lang::En,
    }
}

#[wasm_bindgen_test]
async fn the_lobby_says_why_phones_cannot_join_instead_of_opening_for_ever() {
    let url: AttrValue = "https://example.org/join.html".into();
    let root = root();
    let props = lobby(Some((None, url.clone())), None);
    yew::Renderer::<LobbyScreen>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, "[role=status]")), "Opening a room for phones…");
    assert!(
        text(&one(&root, ".lead")).contains("votes on their phones"),
        "no show of hands once phones vote"
    );

    let root = self::root();
    let props = lobby(Some((None, url)), Some("The relay refused the room: count hands.".into()));
    yew::Renderer::<LobbyScreen>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, "[role=status]")), "The relay refused the room: count hands.");
    assert!(all(&root, "button").iter().all(|b| !text(b).contains("phones")), "no second ask while refused");
}

/// The text of `link` up to each of its `<wbr>` (where a line may break), then the rest.
fn link_parts(link: &web_sys::Element) -> Vec<String> {
    let mut parts = vec![String::new()];
    let nodes = link.child_nodes();
    for i in 0..nodes.length() {
        let Some(node) = nodes.item(i) else { continue };
        if node.node_name().eq_ignore_ascii_case("wbr") {
            parts.push(String::new());
        } else if let Some(last) = parts.last_mut() {
            last.push_str(&node.text_content().unwrap_or_default());
        }
    }
    parts
}

#[wasm_bindgen_test]
async fn an_address_on_the_projector_may_break_only_between_its_parts() {
    let root = root();
    let props =
        StudyLinkPanelProps { url: "https://example.org/rolecall/?count=3&seed=7".into(), lang: Lang::En };
    yew::Renderer::<StudyLinkPanel>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let link = one(&root, ".short-link a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://example.org/rolecall/?count=3&seed=7"));
    assert_eq!(text(&link), "example.org/rolecall/?count=3&seed=7", "read without the scheme, whole");
    assert_eq!(link_parts(&link), ["example.org/rolecall/", "?count=3", "&seed=7"]);

    // A share link shows its page, not the packed quiz, and may break before the fragment.
    let root = self::root();
    let props = StudyLinkPanelProps {
        url: "http://example.org/play.html?mode=study#quiz=AAAA".into(),
        lang: Lang::En,
    };
    yew::Renderer::<StudyLinkPanel>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(link_parts(&one(&root, ".short-link a")), ["example.org/play.html", "?mode=study", "#quiz=…"]);

    // The lobby's link for phones breaks the same way.
    let root = self::root();
    let url: AttrValue = "https://example.org/join.html?room=K7Q2&lang=es".into();
    let props = lobby(Some((Some("K7Q2".into()), url)), None);
    yew::Renderer::<LobbyScreen>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(
        link_parts(&one(&root, ".phone-link-panel .short-link a")),
        ["example.org/join.html", "?room=K7Q2", "&lang=es"]
    );
}

#[wasm_bindgen_test]
async fn the_qr_code_is_an_image_with_a_name() {
    let root = root();
    let props = QrCodeProps {
        text: "https://example.org/rolecall/?seed=4".into(),
        label: "QR code: practise".into(),
    };
    yew::Renderer::<QrCode>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let svg = one(&root, "svg[role=img]");
    assert_eq!(svg.get_attribute("aria-label").as_deref(), Some("QR code: practise"));
    assert_eq!(text(&one(&svg, "title")), "QR code: practise");
    // Version 3 (29 modules, enough for this URL at medium error correction) plus a 4-module quiet zone.
    assert_eq!(svg.get_attribute("viewBox").as_deref(), Some("0 0 37 37"));
    let path = one(&svg, "path").get_attribute("d").unwrap_or_default();
    assert!(path.starts_with("M4 4h1v1h-1z"), "the finder pattern's corner is dark");
}

#[wasm_bindgen_test]
async fn the_help_is_a_modal_dialog_with_the_keyboard_map_in_the_interface_language() {
    let closed = Rc::new(RefCell::new(0));
    let root = root();
    let keys = &Lang::Es.text().keys();
    let props = KeyHelpDialogProps {
        open: true,
        on_close: {
            let closed = closed.clone();
            Callback::from(move |()| *closed.borrow_mut() += 1)
        },
        heading: keys.presenter_heading.into(),
        keys: keys.presenter.iter().map(|&(k, what)| (k.into(), what.into())).collect(),
        note: Some(keys.presenter_note.into()),
        lang: Lang::Es,
    };
    yew::Renderer::<KeyHelpDialog>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let dialog: web_sys::HtmlDialogElement = one(&root, "dialog").dyn_into().expect("dialog");
    assert!(dialog.open());
    assert_eq!(text(&one(&dialog, "h2")), "Teclado");
    assert!(text(&dialog).contains("Mayús + letra"));
    assert_eq!(text(&one(&dialog, "button")), "Cerrar");
    assert_eq!(*closed.borrow(), 0);
}

#[derive(Properties, PartialEq)]
struct ClassHostProps {
    initial: Presenter,
    store: storage::Store,
}

/// The class below the page's contexts, as the presenter's page mounts it.
#[component]
fn ClassHost(p: &ClassHostProps) -> Html {
    html! {
        <AppContext options={Rc::new(LaunchOptions::default())} lang={Lang::En}>
            <ClassView initial={p.initial.clone()} store={Some(p.store.clone())} />
        </AppContext>
    }
}

#[wasm_bindgen_test]
async fn a_class_runs_on_window_keys_and_is_saved_after_each_step() {
    let store = storage::Store::open();
    let record_key = storage::key("presenter", "mini");
    store.remove(&record_key);
    // With nothing saved, the page's restore starts a class in the lobby.
    let initial = restore_class(mini(), Some(&store), &LaunchOptions::default());
    assert_eq!(initial.stage(), Stage::Lobby);
    let root = root();
    let props = ClassHostProps { initial, store: store.clone() };
    let handle = yew::Renderer::<ClassHost>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(text(&one(&root, "h1")).contains("Support or Sales?"));
    assert_eq!(store.get(&record_key), None, "nothing is saved in the lobby");

    key("ArrowRight", false);
    yew::scheduler::flush().await;
    assert!(text(&one(&root, ".eyebrow")).starts_with("Scenario 1 of"));
    key("ArrowRight", false);
    yew::scheduler::flush().await;
    key("a", false);
    key("a", false);
    key("b", false);
    key("B", true);
    yew::scheduler::flush().await;
    let counting = one(&root, ".question.is-counting");
    let rows = all(&counting, "li");
    assert!(text(&rows[0]).contains("2 votes · 100%"), "{}", text(&rows[0]));
    assert!(text(&rows[1]).contains("0 votes · 0%"));
    // Saved as it stands: the first scenario, its first round's vote on the role, with the counts.
    let saved = store.get(&record_key).expect("saved");
    let class: SavedClass = json::from_text(&saved).unwrap_or_else(|e| panic!("{e:?}: {saved}"));
    assert_eq!(
        (class.index, class.stage),
        (0, Stage::Vote { round: Round::First, part: Part::Role }),
        "{saved}"
    );
    let counts: Vec<u32> = class.votes[0][0].role.iter().map(|(_, n)| *n).collect();
    assert_eq!(counts[..2], [2, 0], "{saved}");

    key("?", true);
    yew::scheduler::flush().await;
    let dialog: web_sys::HtmlDialogElement = one(&root, "dialog").dyn_into().expect("dialog");
    assert!(dialog.open());
    key("a", false);
    yew::scheduler::flush().await;
    assert!(
        text(&all(&one(&root, ".question.is-counting"), "li")[0]).contains("2 votes"),
        "keys stop behind the help"
    );
    key("?", true);
    yew::scheduler::flush().await;
    assert!(!dialog.open());

    key("r", false);
    yew::scheduler::flush().await;
    assert!(root.query_selector(".reveal-panel").expect("selector").is_some());
    handle.destroy();
    store.remove(&record_key);
}

//! The practice kinds' components in a real browser (headless Chromium): the sort board's whole keyboard
//! path (pick up, move, drop, put back, each step announced and focus kept on the duty), tap-then-tap and a
//! pointer drag, Check only once every duty is placed; the one-item card; the feedback per item with its
//! list, source and partial credit; and the start screen's choice of kinds. Both interface languages; quiz
//! text is only ever text.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use rolecall::components::{
    ChoiceOption, ItemCard, ItemCardProps, ItemResult, KindsChoice, PracticeFeedback, PracticeFeedbackProps,
    SortBoard, SortBoardProps, StartScreenProps, start_screen,
};
use rolecall::engine::practice::Kind;
use rolecall::engine::quiz::Id;
use rolecall::i18n::Lang;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};
use yew::prelude::*;

mod dom;

use dom::{all, button, click, one, root, text};

wasm_bindgen_test_configure!(run_in_browser);

fn options(pairs: &[(&str, &str)]) -> Vec<ChoiceOption> {
    pairs
        .iter()
        .map(|(id, label)| ChoiceOption { id: (*id).into(), label: label.to_string().into() })
        .collect()
}

type Picks = Rc<RefCell<Vec<Vec<(Id, Id)>>>>;

/// The start screen is a plain function whose caller keeps its state: this test-only component does.
#[component]
fn StartScreen(props: &StartScreenProps) -> Html {
    let confirming = use_state(|| false);
    start_screen(props, &confirming)
}

fn board_props(lang: Lang, picks: &Picks) -> SortBoardProps {
    let picks = picks.clone();
    SortBoardProps {
        eyebrow: "Card 2 of 6".into(),
        heading: "Sort the duties".into(),
        prompt: "Whose duty is it?".into(),
        duties: options(&[("moderate", "Moderate the <forum>"), ("post", "Post on the brand's pages")]),
        bins: options(&[("cm", "Community Manager"), ("smm", "Social Media Manager"), ("both", "Both")]),
        on_submit: Callback::from(move |p| picks.borrow_mut().push(p)),
        heading_ref: NodeRef::default(),
        content_lang: Some("en".into()),
        lang,
    }
}

async fn mount_board(lang: Lang) -> (Element, Picks) {
    let picks: Picks = Rc::default();
    let root = root();
    yew::Renderer::<SortBoard>::with_root_and_props(root.clone(), board_props(lang, &picks)).render();
    yew::scheduler::flush().await;
    (root, picks)
}

/// The duty button whose words are `label`.
fn duty(root: &Element, label: &str) -> Element {
    all(root, "button.duty")
        .into_iter()
        .find(|b| text(b).trim() == label)
        .unwrap_or_else(|| panic!("no duty {label:?}"))
}

/// The heading of the spot (pool or bin) a duty is drawn in.
fn spot_of(root: &Element, label: &str) -> String {
    let spot = duty(root, label).closest(".pool, .bin").expect("closest").expect("a spot around the duty");
    text(&one(&spot, "h3"))
}

fn said(root: &Element) -> String {
    text(&one(root, "[role=status][aria-live=polite]"))
}

fn focused_text() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|e| text(&e).trim().to_string())
        .unwrap_or_default()
}

/// A key going down on `el`, bubbling, as the keyboard sends it to the focused duty.
fn key(el: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    el.dispatch_event(&event).expect("dispatch");
}

/// Space or Enter on a focused button is its click (the browser's own activation), so the keyboard path's
/// pick-up and drop are a focus and a click here; Playwright's e2e presses the real keys.
fn activate(el: &Element) {
    el.dyn_ref::<HtmlElement>().expect("html").focus().expect("focus");
    click(el);
}

/// A pointer event of `kind` at (x, y) on `el` (built through the constructor, which takes the pointer's
/// fields as a plain object).
fn pointer(el: &Element, kind: &str, x: f64, y: f64) {
    let init = js_sys::Object::new();
    for (k, v) in [("clientX", x), ("clientY", y), ("pointerId", 1.0), ("button", 0.0)] {
        js_sys::Reflect::set(&init, &k.into(), &JsValue::from_f64(v)).expect("set");
    }
    for k in ["bubbles", "isPrimary", "cancelable"] {
        js_sys::Reflect::set(&init, &k.into(), &JsValue::TRUE).expect("set");
    }
    let window = web_sys::window().expect("window");
    let ctor: js_sys::Function =
        js_sys::Reflect::get(&window, &"PointerEvent".into()).expect("PointerEvent").unchecked_into();
    let event = js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&kind.into(), &init)).expect("event");
    el.dispatch_event(event.unchecked_ref()).expect("dispatch");
}

fn has_class(el: &Element, class: &str) -> bool {
    el.get_attribute("class").unwrap_or_default().split_whitespace().any(|c| c == class)
}

fn centre(el: &Element) -> (f64, f64) {
    let b = el.get_bounding_client_rect();
    (b.left() + b.width() / 2.0, b.top() + b.height() / 2.0)
}

#[wasm_bindgen_test]
async fn the_sort_boards_keyboard_path_picks_up_moves_drops_and_puts_back_saying_each_step() {
    let (root, picks) = mount_board(Lang::En).await;
    assert_eq!(text(&one(&root, "h2")), "Sort the duties");
    // Quiz text is text.
    assert_eq!(spot_of(&root, "Moderate the <forum>"), "Not placed yet");
    // The instructions are tied to every duty.
    let how = one(&root, "#sort-how");
    assert!(text(&how).contains("Space picks a duty up"));
    for d in all(&root, "button.duty") {
        assert_eq!(d.get_attribute("aria-describedby").as_deref(), Some("sort-how"));
        assert_eq!(d.get_attribute("aria-pressed").as_deref(), Some("false"));
    }
    let check = button(&root, "Check my answer");
    assert!(check.has_attribute("disabled"), "nothing is placed yet");

    // Pick up.
    activate(&duty(&root, "Moderate the <forum>"));
    yew::scheduler::flush().await;
    assert!(said(&root).starts_with("Picked up Moderate the <forum>."), "{}", said(&root));
    assert_eq!(duty(&root, "Moderate the <forum>").get_attribute("aria-pressed").as_deref(), Some("true"));
    // Move: right twice, left once; the duty is drawn where it is over, and focus follows it.
    for (k, over) in [
        ("ArrowRight", "Community Manager"),
        ("ArrowRight", "Social Media Manager"),
        ("ArrowLeft", "Community Manager"),
    ] {
        key(&duty(&root, "Moderate the <forum>"), k);
        yew::scheduler::flush().await;
        assert_eq!(said(&root), format!("Moderate the <forum>, over {over}."));
        assert_eq!(spot_of(&root, "Moderate the <forum>"), over);
        assert_eq!(focused_text(), "Moderate the <forum>", "focus stays on the duty as it moves");
    }
    // Drop.
    activate(&duty(&root, "Moderate the <forum>"));
    yew::scheduler::flush().await;
    assert_eq!(said(&root), "Dropped Moderate the <forum> under Community Manager.");
    assert_eq!(duty(&root, "Moderate the <forum>").get_attribute("aria-pressed").as_deref(), Some("false"));
    assert_eq!(text(&one(&root, ".placed-count")), "1 of 2 placed");

    // Put back: pick the placed duty up, move it, Escape: it stays where it was.
    activate(&duty(&root, "Moderate the <forum>"));
    yew::scheduler::flush().await;
    key(&duty(&root, "Moderate the <forum>"), "ArrowDown");
    yew::scheduler::flush().await;
    assert_eq!(spot_of(&root, "Moderate the <forum>"), "Social Media Manager");
    key(&duty(&root, "Moderate the <forum>"), "Escape");
    yew::scheduler::flush().await;
    assert_eq!(said(&root), "Moderate the <forum> is back where it was.");
    assert_eq!(spot_of(&root, "Moderate the <forum>"), "Community Manager");
    assert_eq!(focused_text(), "Moderate the <forum>");
    // The arrows do nothing to a duty not held.
    key(&duty(&root, "Moderate the <forum>"), "ArrowRight");
    yew::scheduler::flush().await;
    assert_eq!(spot_of(&root, "Moderate the <forum>"), "Community Manager");

    // The second duty to the last bin; the arrows stop at the ends.
    activate(&duty(&root, "Post on the brand's pages"));
    yew::scheduler::flush().await;
    for _ in 0..5 {
        key(&duty(&root, "Post on the brand's pages"), "ArrowRight");
        yew::scheduler::flush().await;
    }
    assert_eq!(spot_of(&root, "Post on the brand's pages"), "Both");
    activate(&duty(&root, "Post on the brand's pages"));
    yew::scheduler::flush().await;
    assert!(!button(&root, "Check my answer").has_attribute("disabled"), "every duty is placed");
    click(&button(&root, "Check my answer"));
    yew::scheduler::flush().await;
    assert_eq!(
        *picks.borrow(),
        [vec![(Id::from("moderate"), Id::from("cm")), (Id::from("post"), Id::from("both"))]]
    );
}

#[wasm_bindgen_test]
async fn a_duty_goes_to_a_bin_by_tap_then_tap_or_by_a_pointer_drag() {
    let (root, picks) = mount_board(Lang::En).await;
    // Tap a duty, then the bin's "Put it under …" button.
    click(&duty(&root, "Moderate the <forum>"));
    yew::scheduler::flush().await;
    click(&button(&root, "Put it under Social Media Manager"));
    yew::scheduler::flush().await;
    assert_eq!(spot_of(&root, "Moderate the <forum>"), "Social Media Manager");
    assert!(all(&root, "button.put-here").is_empty(), "the bins' buttons show only while a duty is held");

    // Drag the other duty onto the "Both" bin with a pointer.
    let post = duty(&root, "Post on the brand's pages");
    let (x0, y0) = centre(&post);
    let both = all(&root, ".bin").into_iter().find(|b| text(&one(b, "h3")) == "Both").expect("bin");
    let (x1, y1) = centre(&both);
    pointer(&post, "pointerdown", x0, y0);
    yew::scheduler::flush().await;
    pointer(&post, "pointermove", x1, y1);
    yew::scheduler::flush().await;
    assert!(has_class(&duty(&root, "Post on the brand's pages"), "is-dragging"));
    assert!(has_class(&both, "is-over"), "the bin under the pointer is marked");
    pointer(&duty(&root, "Post on the brand's pages"), "pointerup", x1, y1);
    // The click a release sends is not a pick-up.
    click(&duty(&root, "Post on the brand's pages"));
    yew::scheduler::flush().await;
    assert_eq!(spot_of(&root, "Post on the brand's pages"), "Both");
    assert_eq!(said(&root), "Dropped Post on the brand's pages under Both.");
    assert_eq!(
        duty(&root, "Post on the brand's pages").get_attribute("aria-pressed").as_deref(),
        Some("false")
    );

    click(&button(&root, "Check my answer"));
    yew::scheduler::flush().await;
    assert_eq!(
        *picks.borrow(),
        [vec![(Id::from("moderate"), Id::from("smm")), (Id::from("post"), Id::from("both"))]]
    );
}

#[wasm_bindgen_test]
async fn the_sort_board_speaks_spanish() {
    let (root, _) = mount_board(Lang::Es).await;
    assert!(text(&one(&root, "#sort-how")).contains("Espacio toma una tarea"));
    assert_eq!(spot_of(&root, "Moderate the <forum>"), "Sin colocar");
    activate(&duty(&root, "Moderate the <forum>"));
    yew::scheduler::flush().await;
    key(&duty(&root, "Moderate the <forum>"), "ArrowRight");
    yew::scheduler::flush().await;
    assert_eq!(said(&root), "Moderate the <forum>, sobre Community Manager.");
    assert_eq!(button(&root, "Comprobar").tag_name(), "BUTTON");
}

#[wasm_bindgen_test]
async fn an_item_card_asks_for_a_choice_and_reports_it() {
    let chosen: Rc<RefCell<Vec<Id>>> = Rc::default();
    let root = root();
    let props = ItemCardProps {
        eyebrow: "Card 3 of 6".into(),
        heading: "With the brand, or with each other?".into(),
        text: "A member answers <another> member's question.".into(),
        question: "Who is talking with whom?".into(),
        options: options(&[("brand", "With the brand"), ("each-other", "With each other")]),
        on_submit: {
            let chosen = chosen.clone();
            Callback::from(move |id| chosen.borrow_mut().push(id))
        },
        heading_ref: NodeRef::default(),
        content_lang: Some("en".into()),
        lang: Lang::En,
    };
    yew::Renderer::<ItemCard>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, ".story")), "A member answers <another> member's question.");
    assert_eq!(text(&one(&root, "legend")), "Who is talking with whom?");
    assert!(has_class(&one(&root, "form"), "is-two-way"), "two options side by side");
    click(&button(&root, "Check my answer"));
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, ".form-hint")), "Choose an answer first.");
    assert!(chosen.borrow().is_empty());
    let each_other = all(&root, "input[type=radio]")
        .into_iter()
        .find(|i| i.get_attribute("value").as_deref() == Some("each-other"))
        .expect("radio");
    each_other.dyn_ref::<HtmlInputElement>().expect("input").click();
    yew::scheduler::flush().await;
    click(&button(&root, "Check my answer"));
    yew::scheduler::flush().await;
    assert_eq!(*chosen.borrow(), [Id::from("each-other")]);
}

fn result(text: &str, chosen: &str, answer: &str, list: Option<&str>) -> ItemResult {
    ItemResult {
        text: text.to_string().into(),
        chosen: chosen.to_string().into(),
        answer: answer.to_string().into(),
        right: chosen == answer,
        list: list.map(|l| l.to_string().into()),
        source: "Chegg, “Community vs social”: the duties".into(),
        why: "Because <reasons>.".into(),
        hard: false,
    }
}

#[wasm_bindgen_test]
async fn feedback_names_each_duty_right_or_wrong_in_words_with_its_list_and_the_partial_credit() {
    let next = Rc::new(RefCell::new(0));
    for (lang, heading, right, wrong, list) in [
        (Lang::En, "1 of 2 right", "right", "not right", "From The Chegg breakdown"),
        (Lang::Es, "1 de 2 correctas", "correcto", "incorrecto", "Lista de origen: The Chegg breakdown"),
    ] {
        let root = root();
        let props = PracticeFeedbackProps {
            kind: "Sort the duties".into(),
            items: vec![
                result("Moderate", "Community Manager", "Community Manager", Some("The Chegg breakdown")),
                result("Post", "Both", "Social Media Manager", Some("The Chegg breakdown")),
            ],
            is_last: false,
            on_next: {
                let next = next.clone();
                Callback::from(move |()| *next.borrow_mut() += 1)
            },
            scored: true,
            heading_ref: NodeRef::default(),
            content_lang: Some("en".into()),
            lang,
        };
        yew::Renderer::<PracticeFeedback>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        assert!(text(&one(&root, "h2")).ends_with(heading), "{}", text(&one(&root, "h2")));
        let parts = all(&root, ".practice-items > li");
        assert_eq!(parts.len(), 2);
        // Right or wrong in words and a symbol, not colour alone.
        assert!(text(&one(&parts[0], ".badge")).contains(right));
        assert!(text(&one(&parts[1], ".badge")).contains(wrong));
        assert!(text(&one(&parts[1], ".badge")).contains('✗'));
        assert!(text(&parts[1]).contains("Social Media Manager"), "the right bin is named");
        assert!(text(&parts[1]).contains(list), "{}", text(&parts[1]));
        assert!(text(&parts[1]).contains("Because <reasons>."));
        assert!(text(&parts[1]).contains("Chegg, “Community vs social”: the duties"));
        click(&one(&root, ".actions button"));
        yew::scheduler::flush().await;
    }
    assert_eq!(*next.borrow(), 2);
}

#[wasm_bindgen_test]
async fn the_start_screen_offers_the_kinds_as_checkboxes_and_keeps_one_ticked() {
    let ticked: Rc<RefCell<Vec<(Kind, bool)>>> = Rc::default();
    let root = root();
    let props = yew::props!(StartScreenProps {
        title: "Quiz",
        description: "About",
        available: 10,
        lengths: vec![5, 10],
        length: 5,
        on_length: Callback::noop(),
        kinds: vec![(Kind::Scenario, true), (Kind::Sort, false), (Kind::Talk, false)],
        on_kind: {
            let ticked = ticked.clone();
            Callback::from(move |k| ticked.borrow_mut().push(k))
        },
        on_start: Callback::noop(),
        on_chart: Callback::noop(),
        lang: Lang::En,
    });
    yew::Renderer::<StartScreen>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let fieldset = one(&root, "fieldset.kinds");
    assert_eq!(text(&one(&fieldset, "legend")), "What to practise");
    let boxes = all(&fieldset, "input[type=checkbox]");
    let labels: Vec<String> = all(&fieldset, "label span").iter().map(text).collect();
    assert_eq!(
        labels,
        ["Who takes it on (the chart's scenarios)", "Sort the duties", "With the brand, or with each other?"]
    );
    let input = |i: usize| boxes[i].clone().dyn_into::<HtmlInputElement>().expect("input");
    assert!(input(0).checked() && !input(1).checked());
    assert!(input(0).disabled(), "the one kind ticked cannot be unticked");
    input(1).click();
    yew::scheduler::flush().await;
    assert_eq!(*ticked.borrow(), [(Kind::Sort, true)]);
    assert_eq!(text(&one(&root, "fieldset.lengths legend")), "How many scenarios?", "scenarios alone");
}

#[wasm_bindgen_test]
async fn once_practice_is_chosen_the_length_counts_cards() {
    let root = root();
    let props = yew::props!(StartScreenProps {
        title: "Quiz",
        description: "About",
        available: 10,
        lengths: vec![5, 10],
        length: 5,
        on_length: Callback::noop(),
        kinds: vec![(Kind::Scenario, true), (Kind::Sort, true)],
        on_kind: Callback::noop(),
        on_start: Callback::noop(),
        on_chart: Callback::noop(),
        lang: Lang::Es,
    });
    yew::Renderer::<StartScreen>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, "fieldset.lengths legend")), "¿Cuántas tarjetas?");
}

#[wasm_bindgen_test]
async fn a_quiz_of_scenarios_alone_shows_no_choice_of_kinds() {
    let root = root();
    let props = yew::props!(StartScreenProps {
        title: "Quiz",
        description: "About",
        available: 10,
        lengths: vec![5, 10],
        length: 5,
        on_length: Callback::noop(),
        on_start: Callback::noop(),
        on_chart: Callback::noop(),
    });
    yew::Renderer::<StartScreen>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(all(&root, "fieldset.kinds").is_empty());
    assert!(all(&root, "input[type=checkbox]").is_empty());
}

/// The one kinds picker (start screen and lobby): a native checkbox per kind named from the one table, the
/// last ticked box disabled (and only while it is the last), ids from the page's prefix.
#[wasm_bindgen_test]
async fn the_kinds_choice_names_each_kind_from_one_table_and_disables_the_last_box() {
    #[derive(Properties, PartialEq)]
    struct HostProps {
        lang: Lang,
    }
    /// The picker with its state, as the pages hold it.
    #[component]
    fn Host(props: &HostProps) -> Html {
        let kinds = use_state(|| vec![(Kind::Scenario, true), (Kind::Sort, false), (Kind::Talk, false)]);
        let on_kind = {
            let kinds = kinds.clone();
            Callback::from(move |(kind, on): (Kind, bool)| {
                kinds.set(kinds.iter().map(|&(k, c)| (k, if k == kind { on } else { c })).collect());
            })
        };
        html! { <KindsChoice kinds={(*kinds).clone()} {on_kind} id_prefix="class-kind" lang={props.lang} /> }
    }
    for (lang, legend, sort) in
        [(Lang::En, "What to practise", "Sort the duties"), (Lang::Es, "Qué practicar", "Ordena las tareas")]
    {
        let root = root();
        yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { lang }).render();
        yew::scheduler::flush().await;
        assert_eq!(text(&one(&root, "fieldset.kinds legend")), legend);
        let boxes = all(&root, "input[type=checkbox]");
        let input = |i: usize| boxes[i].clone().dyn_into::<HtmlInputElement>().expect("input");
        assert_eq!(text(&one(&root, "label[for=class-kind-sort]")), sort);
        assert_eq!(lang.text().drill().kinds[Kind::Sort.index()], sort, "kind_name's table");
        assert!(input(0).checked() && input(0).disabled(), "the one kind ticked cannot be unticked");
        input(1).click();
        yew::scheduler::flush().await;
        assert!(input(1).checked() && !input(0).disabled() && !input(1).disabled(), "two ticked: both free");
        input(0).click();
        yew::scheduler::flush().await;
        assert!(!input(0).checked() && input(1).disabled(), "now sort is the last one");
        input(1).click();
        yew::scheduler::flush().await;
        assert!(input(1).checked(), "a click on the disabled box changes nothing");
    }
}

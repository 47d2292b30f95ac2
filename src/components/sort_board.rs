//! Sort the duties: a board of duties and a bin per option (a role, or both), each duty to be put in one.
//!
//! One way of moving a duty serves every input, so none of them is an afterthought. A duty is a button:
//! activating it (a click, a tap, Space or Enter) picks it up; while it is held the arrow keys carry it from
//! bin to bin, Space or Enter (or a click) puts it down, and Escape puts it back where it was. A tap or click
//! on a bin's "Put it under …" button (or anywhere in the bin) puts the held duty there, so tap-then-tap
//! works on a phone. A pointer can also drag a duty straight to a bin (pointer events, which touch screens
//! fire and HTML drag-and-drop does not). Every step is said in the board's polite live region, and the
//! instructions are tied to every duty with `aria-describedby`. A held duty is drawn in the bin it is over,
//! so focus follows it there.
//!
//! The board keeps the placements until every duty is in a bin; then Check hands them up, one pick per duty.

use std::cell::Cell;

use yew::prelude::*;

use super::ChoiceOption;
use crate::engine::quiz::Id;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct SortBoardProps {
    /// The eyebrow (the card's place in the session) and the heading (the kind's name).
    pub eyebrow: AttrValue,
    pub heading: AttrValue,
    /// The question every duty answers ("Whose duty is it?"; quiz content).
    pub prompt: AttrValue,
    /// The duties, in the order dealt (quiz content).
    pub duties: Vec<ChoiceOption>,
    /// The bins, in the file's order (quiz content).
    pub bins: Vec<ChoiceOption>,
    /// Every duty placed and Check pressed: (duty id, bin id) for each.
    pub on_submit: Callback<Vec<(Id, Id)>>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
    #[prop_or_default]
    pub content_lang: Option<AttrValue>,
    #[prop_or_default]
    pub lang: Lang,
}

/// A duty on the move from the keyboard or a tap: which duty, and the spot it is over (0 is "not placed
/// yet", `b + 1` is bin `b`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Held {
    duty: usize,
    spot: usize,
}

/// A pointer dragging a duty: where it went down and how far it has moved since.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Drag {
    duty: usize,
    from: (i32, i32),
    by: (i32, i32),
    /// Past the few pixels a tap wobbles: a drag, not a tap.
    moving: bool,
}

/// How far a pointer moves before a press becomes a drag.
const DRAG_START: i32 = 6;

#[component]
pub fn SortBoard(props: &SortBoardProps) -> Html {
    let SortBoardProps { eyebrow, heading, prompt, duties, bins, on_submit, heading_ref, content_lang, lang } =
        props;
    let text = lang.text();
    let t = text.drill();
    let placed = use_state(|| vec![None::<usize>; duties.len()]);
    let held = use_state(|| None::<Held>);
    let drag = use_state(|| None::<Drag>);
    let said = use_state(String::new);
    // The board, where focus finds a moved duty (a duty moved to another bin is a new element, so it is
    // looked up by its place in the list rather than held by a ref); and the spots (the pool, then each bin),
    // whose boxes tell a drag which spot is under the pointer. (One `NodeRef` each: a clone shares its node.)
    let board = use_node_ref();
    let spot_refs = use_memo(bins.len(), |n| (0..=*n).map(|_| NodeRef::default()).collect::<Vec<_>>());
    // A duty moved in the last step, to focus once it is drawn in its new place; and a click that ends a
    // drag, which must not pick the duty up again.
    let refocus = use_mut_ref(|| None::<usize>);
    let swallow_click = use_mut_ref(|| Cell::new(false));
    {
        let (refocus, board) = (refocus.clone(), board.clone());
        use_effect(move || {
            if let Some(d) = refocus.borrow_mut().take()
                && let Some(board) = board.cast::<web_sys::Element>()
                && let Ok(Some(button)) = board.query_selector(&format!("[data-duty=\"{d}\"]"))
                && let Some(button) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&button)
            {
                let _ = button.focus();
            }
        });
    }
    let spot_name = |spot: usize| -> String {
        match spot.checked_sub(1) {
            Some(b) => bins[b].label.to_string(),
            None => t.not_placed.to_string(),
        }
    };
    let duty_name = |d: usize| duties[d].label.to_string();
    let spot_of = |d: usize| match *held {
        Some(h) if h.duty == d => h.spot,
        _ => placed[d].map_or(0, |b| b + 1),
    };

    // The moves, shared by every input.
    let put_down = {
        let (placed, held, said, refocus) = (placed.clone(), held.clone(), said.clone(), refocus.clone());
        let names: Vec<String> = (0..duties.len()).map(duty_name).collect();
        let spots: Vec<String> = (0..=bins.len()).map(spot_name).collect();
        let dropped = t.dropped;
        move |duty: usize, spot: usize| {
            let mut next = (*placed).clone();
            next[duty] = spot.checked_sub(1);
            placed.set(next);
            held.set(None);
            said.set(dropped.fill([&names[duty], &spots[spot]]));
            *refocus.borrow_mut() = Some(duty);
        }
    };
    let on_duty_click = {
        let (held, said, put_down, swallow) =
            (held.clone(), said.clone(), put_down.clone(), swallow_click.clone());
        let names: Vec<String> = (0..duties.len()).map(duty_name).collect();
        let spots: Vec<usize> = (0..duties.len()).map(spot_of).collect();
        let picked_up = t.picked_up;
        move |duty: usize| {
            if swallow.borrow().replace(false) {
                return;
            }
            match *held {
                Some(h) if h.duty == duty => put_down(duty, h.spot),
                _ => {
                    // Picking up another duty puts the one held back where it was.
                    held.set(Some(Held { duty, spot: spots[duty] }));
                    said.set(picked_up.fill([&names[duty]]));
                }
            }
        }
    };
    let on_duty_key = {
        let (held, said, refocus) = (held.clone(), said.clone(), refocus.clone());
        let names: Vec<String> = (0..duties.len()).map(duty_name).collect();
        let spots: Vec<String> = (0..=bins.len()).map(spot_name).collect();
        let (over, put_back) = (t.over, t.put_back);
        let last = bins.len();
        move |duty: usize, e: KeyboardEvent| {
            let Some(h) = (*held).filter(|h| h.duty == duty) else { return };
            let spot = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (h.spot + 1).min(last),
                "ArrowLeft" | "ArrowUp" => h.spot.saturating_sub(1),
                "Escape" => {
                    e.prevent_default();
                    e.stop_propagation();
                    held.set(None);
                    said.set(put_back.fill([&names[duty]]));
                    *refocus.borrow_mut() = Some(duty);
                    return;
                }
                _ => return,
            };
            // The arrows never scroll the page while a duty is held.
            e.prevent_default();
            if spot != h.spot {
                held.set(Some(Held { duty, spot }));
                said.set(over.fill([&names[duty], &spots[spot]]));
                *refocus.borrow_mut() = Some(duty);
            }
        }
    };
    // The spot whose box holds a point, from the pool's and the bins' boxes.
    let spot_at = {
        let spot_refs = spot_refs.clone();
        std::rc::Rc::new(move |x: i32, y: i32| -> Option<usize> {
            spot_refs.iter().position(|r| {
                r.cast::<web_sys::Element>().is_some_and(|el| {
                    let b = el.get_bounding_client_rect();
                    let (x, y) = (f64::from(x), f64::from(y));
                    x >= b.left() && x <= b.right() && y >= b.top() && y <= b.bottom()
                })
            })
        })
    };
    let pointer_down = {
        let (drag, swallow) = (drag.clone(), swallow_click.clone());
        move |duty: usize, e: PointerEvent| {
            if e.button() != 0 || !e.is_primary() {
                return;
            }
            // A new press: a click owed by the last drag (whose duty moved away before it came) is forgotten.
            swallow.borrow().set(false);
            if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            drag.set(Some(Drag { duty, from: (e.client_x(), e.client_y()), by: (0, 0), moving: false }));
        }
    };
    let pointer_move = {
        let drag = drag.clone();
        move |duty: usize, e: PointerEvent| {
            let Some(d) = (*drag).filter(|d| d.duty == duty) else { return };
            let by = (e.client_x() - d.from.0, e.client_y() - d.from.1);
            let moving = d.moving || by.0.abs().max(by.1.abs()) > DRAG_START;
            drag.set(Some(Drag { by, moving, ..d }));
        }
    };
    let pointer_up = {
        let (drag, put_down, swallow, spot_at) =
            (drag.clone(), put_down.clone(), swallow_click.clone(), spot_at.clone());
        move |duty: usize, e: PointerEvent| {
            let Some(d) = (*drag).filter(|d| d.duty == duty) else { return };
            drag.set(None);
            if d.moving {
                // The click that follows the drag's release is not a pick-up.
                swallow.borrow().set(true);
                if let Some(spot) = spot_at(e.client_x(), e.client_y()) {
                    put_down(duty, spot);
                }
            }
        }
    };
    let pointer_cancel = {
        let drag = drag.clone();
        move |_: PointerEvent| drag.set(None)
    };
    let on_spot = {
        let (held, put_down) = (held.clone(), put_down.clone());
        move |spot: usize| {
            if let Some(h) = *held {
                put_down(h.duty, spot);
            }
        }
    };

    let duty_button = |d: usize| {
        let option = &duties[d];
        let is_held = held.is_some_and(|h| h.duty == d);
        let dragging = drag.filter(|g| g.duty == d && g.moving);
        let style = dragging.map(|g| format!("transform: translate({}px, {}px)", g.by.0, g.by.1));
        let (click, key) = (on_duty_click.clone(), on_duty_key.clone());
        let (down, mv, up, cancel) =
            (pointer_down.clone(), pointer_move.clone(), pointer_up.clone(), pointer_cancel.clone());
        html! {
            <li key={option.id.to_string()}>
                <button type="button" data-duty={d.to_string()}
                    class={classes!("duty", is_held.then_some("is-held"), dragging.is_some().then_some("is-dragging"))}
                    aria-pressed={is_held.to_string()} aria-describedby="sort-how" {style}
                    onclick={move |e: MouseEvent| {
                        // The bin around the duty must not take this click as a drop as well.
                        e.stop_propagation();
                        click(d);
                    }} onkeydown={move |e| key(d, e)}
                    onpointerdown={move |e| down(d, e)} onpointermove={move |e| mv(d, e)}
                    onpointerup={move |e| up(d, e)} onpointercancel={cancel}>
                    <span lang={content_lang.clone()}>{ option.label.clone() }</span>
                </button>
            </li>
        }
    };
    let in_spot = |spot: usize| -> Html {
        (0..duties.len()).filter(|&d| spot_of(d) == spot).map(duty_button).collect()
    };
    let put_here = |spot: usize, name: Html| {
        let on_spot = on_spot.clone();
        held.filter(|h| h.spot != spot).map(|_| {
            html! {
                <button type="button" class="secondary put-here" onclick={move |e: MouseEvent| {
                    e.stop_propagation();
                    on_spot(spot);
                }}>
                    { super::sentence(t.put_here, [name]) }
                </button>
            }
        })
    };
    // The spot a dragged duty is over, marked like the spot a held one is over.
    let hover = drag.filter(|g| g.moving).and_then(|g| spot_at(g.from.0 + g.by.0, g.from.1 + g.by.1));
    let bin = |b: usize| {
        let spot = b + 1;
        let option = &bins[b];
        let label = html! { <span lang={content_lang.clone()}>{ option.label.clone() }</span> };
        let on_spot = on_spot.clone();
        let over = held.is_some_and(|h| h.spot == spot) || hover == Some(spot);
        html! {
            <section key={option.id.to_string()} ref={spot_refs[spot].clone()}
                class={classes!("bin", over.then_some("is-over"))} aria-labelledby={format!("bin-{}", option.id)}
                onclick={move |_| on_spot(spot)}>
                <h3 id={format!("bin-{}", option.id)} lang={content_lang.clone()}>{ option.label.clone() }</h3>
                <ul class="duties">{ in_spot(spot) }</ul>
                { put_here(spot, label) }
            </section>
        }
    };
    let count = placed.iter().filter(|p| p.is_some()).count();
    let complete = count == duties.len() && held.is_none();
    let check = {
        let picks: Vec<(Id, Id)> = duties
            .iter()
            .zip(placed.iter())
            .filter_map(|(d, p)| p.map(|b| (d.id.clone(), bins[b].id.clone())))
            .collect();
        let on_submit = on_submit.clone();
        move |e: MouseEvent| {
            e.prevent_default();
            if complete {
                on_submit.emit(picks.clone());
            }
        }
    };
    let pool_over = held.is_some_and(|h| h.spot == 0) || hover == Some(0);
    let pool_click = {
        let on_spot = on_spot.clone();
        move |_| on_spot(0)
    };
    html! {
        <section class="panel sort-board" aria-labelledby="sort-heading" ref={board}>
            <p class="eyebrow">{ eyebrow.clone() }</p>
            <h2 id="sort-heading" tabindex="-1" ref={heading_ref.clone()}>{ heading.clone() }</h2>
            <p class="story" lang={content_lang.clone()}>{ prompt.clone() }</p>
            <p id="sort-how" class="hint">{ t.how_to_sort }</p>
            <section ref={spot_refs[0].clone()} class={classes!("pool", pool_over.then_some("is-over"))}
                aria-labelledby="pool-heading" onclick={pool_click}>
                <h3 id="pool-heading">{ t.not_placed }</h3>
                <ul class="duties">{ in_spot(0) }</ul>
                { put_here(0, html! { t.not_placed }) }
            </section>
            <div class="bins">{ for (0..bins.len()).map(bin) }</div>
            <p class="visually-hidden" role="status" aria-live="polite">{ (*said).clone() }</p>
            <div class="actions">
                <button type="button" class="primary" disabled={!complete} onclick={check}>{ text.card().check }</button>
                <p class="placed-count">{ t.placed.fill([&count.to_string(), &duties.len().to_string()]) }</p>
            </div>
        </section>
    }
}

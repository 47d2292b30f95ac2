//! How many scenarios (or cards, once practice kinds are chosen): a native radio group of the offered lengths, the quiz's whole size shown as "All N".

use yew::prelude::*;

use crate::i18n::Lang;

/// The lengths to offer: `base` below the quiz's size, plus `extra` (a length asked for in the URL, so that it
/// shows as chosen), plus the whole quiz; sorted, without repeats.
pub fn offered_lengths(base: &[usize], extra: Option<usize>, available: usize) -> Vec<usize> {
    let mut v: Vec<usize> = base.iter().copied().chain(extra).filter(|&n| n < available).collect();
    v.push(available);
    crate::engine::shuffle::sort_short(&mut v);
    v.dedup();
    v
}

/// The radio group of session lengths: build one and show it with [`LengthPicker::view`]. A plain struct, not a
/// component: it holds no state.
pub struct LengthPicker<'a> {
    /// The radio group's name, also the prefix of each radio's id (unique on the page).
    pub name: &'static str,
    /// How many scenarios the quiz has in all.
    pub available: usize,
    /// The lengths offered (see [`offered_lengths`]) and the one selected.
    pub lengths: &'a [usize],
    pub length: usize,
    pub on_length: &'a Callback<usize>,
    /// Whether the cards dealt are not all scenarios (practice kinds chosen): the legend then counts cards.
    pub cards: bool,
    pub lang: Lang,
}

impl LengthPicker<'_> {
    pub fn view(&self) -> Html {
        let LengthPicker { name, available, lengths, length, on_length, cards, lang } = *self;
        let t = &lang.text().common();
        html! {
            <fieldset class="choice-group lengths">
                <legend>{ if cards { t.how_many_cards } else { t.how_many } }</legend>
                <div class="choices inline">
                    { for lengths.iter().map(|&n| {
                        let id = [name, "-", &n.to_string()].concat();
                        let label = if n == available { (t.all)(n) } else { n.to_string() };
                        html! {
                            <label key={id.clone()} for={id.clone()} class={if n == length { "choice is-selected" } else { "choice" }}>
                                <input type="radio" {name} id={id} value={n.to_string()} checked={n == length}
                                    onchange={on_length.reform(move |_: Event| n)} />
                                <span>{ label }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
        }
    }
}

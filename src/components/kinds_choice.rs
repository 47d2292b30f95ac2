//! The choice of kinds to practise: one native checkbox per kind the quiz offers, named from the one table
//! of kind names ([`super::kind_name`]). The learner's start screen and the presenter's lobby both show it.
//!
//! The last kind ticked is disabled: a session needs something to ask, and a disabled box says so itself
//! (its state is announced, and it looks unavailable), where a box that ticks itself again after a click
//! looks broken and tells a screen reader nothing. It becomes enabled again as soon as another kind is
//! ticked.

use yew::prelude::*;

use super::kind_name;
use crate::engine::practice::Kind;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct KindsChoiceProps {
    /// The kinds offered, in [`Kind::ALL`] order, each with whether it is chosen.
    pub kinds: Vec<(Kind, bool)>,
    /// A kind ticked (`true`) or unticked.
    pub on_kind: Callback<(Kind, bool)>,
    /// Prefix of the boxes' ids (each page's own, so two pickers never share an id).
    #[prop_or(AttrValue::Static("kind"))]
    pub id_prefix: AttrValue,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn KindsChoice(props: &KindsChoiceProps) -> Html {
    let KindsChoiceProps { kinds, on_kind, id_prefix, lang } = props;
    let ticked = kinds.iter().filter(|(_, on)| *on).count();
    html! {
        <fieldset class="choice-group kinds">
            <legend>{ lang.text().drill().legend }</legend>
            <div class="choices">
                { for kinds.iter().map(|&(kind, checked)| {
                    let id = format!("{id_prefix}-{}", kind.tag());
                    html! {
                        <label key={kind.tag()} for={id.clone()} class={classes!("choice", checked.then_some("is-selected"))}>
                            <input type="checkbox" {id} name="kinds" value={kind.tag()} {checked}
                                disabled={checked && ticked == 1}
                                onchange={on_kind.reform(move |_: Event| (kind, !checked))} />
                            <span>{ kind_name(*lang, kind) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

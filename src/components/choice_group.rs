//! A question with one answer: a native radio group in a fieldset, so arrow keys, labels and screen readers
//! work without any script of ours.

use yew::prelude::*;

use crate::engine::quiz::Id;

/// One option of a [`ChoiceGroup`].
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceOption {
    pub id: Id,
    pub label: AttrValue,
}

/// A radio group: build one with its question and options and show it with [`ChoiceGroup::view`]. A plain
/// struct, not a component: it holds no state, and the card around it renders it anew whenever a choice
/// changes anyway.
pub struct ChoiceGroup<'a> {
    /// The question, shown as the fieldset's legend.
    pub legend: &'a str,
    /// The radio group's name (unique on the page).
    pub name: &'static str,
    /// Options in display order.
    pub options: &'a [ChoiceOption],
    pub selected: Option<&'a Id>,
    pub on_select: &'a Callback<Id>,
    /// The number key of the first option (the next ones count up), shown as a hint; `None` shows none.
    pub first_key: Option<usize>,
    /// The language of the question and its options (quiz content).
    pub content_lang: Option<&'a AttrValue>,
}

impl ChoiceGroup<'_> {
    pub fn view(&self) -> Html {
        let ChoiceGroup { legend, name, options, selected, on_select, first_key, content_lang } = *self;
        html! {
            <fieldset class="choice-group" lang={content_lang.cloned()}>
                <legend>{ legend }</legend>
                <div class="choices">
                    { for options.iter().enumerate().map(|(n, option)| {
                        let id = [name, "-", &option.id].concat();
                        let checked = selected == Some(&option.id);
                        let onchange = {
                            let value = option.id.clone();
                            on_select.reform(move |_: Event| value.clone())
                        };
                        html! {
                            <label key={id.clone()} for={id.clone()} class={if checked { "choice is-selected" } else { "choice" }}>
                                <input type="radio" id={id} {name} value={option.id.to_string()}
                                    {checked} {onchange} />
                                <span>{ option.label.clone() }</span>
                                if let Some(first) = first_key {
                                    // The key is also listed in the help dialog; here it is a visual hint only.
                                    <kbd class="key-hint" aria-hidden="true">{ first + n }</kbd>
                                }
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
        }
    }
}

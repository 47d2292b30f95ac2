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

#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    /// The question, shown as the fieldset's legend.
    pub legend: AttrValue,
    /// The radio group's name (unique on the page).
    pub name: AttrValue,
    /// Options in display order.
    pub options: Vec<ChoiceOption>,
    pub selected: Option<Id>,
    pub on_select: Callback<Id>,
    /// The number key of the first option (the next ones count up), shown as a hint; `None` shows none.
    #[prop_or_default]
    pub first_key: Option<usize>,
    /// The language of the question and its options (quiz content).
    #[prop_or_default]
    pub content_lang: Option<AttrValue>,
}

#[component]
pub fn ChoiceGroup(props: &ChoiceGroupProps) -> Html {
    let ChoiceGroupProps { legend, name, options, selected, on_select, first_key, content_lang } = props;
    html! {
        <fieldset class="choice-group" lang={content_lang.clone()}>
            <legend>{ legend.clone() }</legend>
            <div class="choices">
                { for options.iter().enumerate().map(|(n, option)| {
                    let id = format!("{name}-{}", option.id);
                    let checked = selected.as_ref() == Some(&option.id);
                    let onchange = {
                        let value = option.id.clone();
                        on_select.reform(move |_: Event| value.clone())
                    };
                    html! {
                        <label key={id.clone()} for={id.clone()} class={classes!("choice", checked.then_some("is-selected"))}>
                            <input type="radio" id={id} name={name.clone()} value={option.id.to_string()}
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

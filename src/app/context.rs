//! The two contexts every page provides: the launch options the address asked for, and the interface
//! language. Pages provide both with [`AppContext`]; containers read them with the hooks.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::interop::launch::LaunchOptions;
use crate::platform::storage::Store;
use crate::platform::{location, page};

#[derive(Properties, PartialEq)]
pub struct AppContextProps {
    pub options: Rc<LaunchOptions>,
    pub lang: Lang,
    pub children: Html,
}

/// Provides the launch options and the interface language to everything below it.
#[component]
pub fn AppContext(props: &AppContextProps) -> Html {
    html! {
        <ContextProvider<Rc<LaunchOptions>> context={props.options.clone()}>
            <ContextProvider<Lang> context={props.lang}>
                { props.children.clone() }
            </ContextProvider<Lang>>
        </ContextProvider<Rc<LaunchOptions>>>
    }
}

/// The launch options, provided by the page.
#[hook]
pub fn use_launch_options() -> Rc<LaunchOptions> {
    use_context::<Rc<LaunchOptions>>().unwrap_or_default()
}

/// The interface language, provided by the page: components take it as a prop, containers read it here.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The interface language, starting at `initial`, and the way to change it: the reader's choice is kept in
/// `store` (for every quiz) and in the address (so a reload or a copied link keeps it), and `<html lang>`
/// follows, so screen readers pronounce the page's own words right.
#[hook]
pub fn use_language(initial: Lang, store: Option<Store>) -> (Lang, Callback<Lang>) {
    let lang = use_state_eq(|| initial);
    use_effect_with(*lang, |lang| page::set_language(lang.tag()));
    let change = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| {
            if let Some(store) = &store {
                // A full or blocked store keeps the choice in memory for this visit; nothing to say.
                let _ = store.set(&super::start::lang_key(), chosen.tag());
            }
            let _ = location::set_param("lang", Some(chosen.tag()));
            lang.set(chosen);
        })
    };
    (*lang, change)
}

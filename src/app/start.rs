//! How a page starts: install the panic hook, read the address, set the page's theme and layout, open
//! storage, choose the interface language, and mount the page's root with all of that as props. Everything
//! here runs once, before the first render, so no component reads storage or the address while rendering.

use std::rc::Rc;

use yew::{BaseComponent, Properties};

use crate::i18n::Lang;
use crate::interop::launch::{LaunchOptions, Mode};
use crate::platform::storage::{self, Store};
use crate::platform::{location, page};

/// What a page knows when it starts.
#[derive(Clone, PartialEq)]
pub struct Start {
    pub options: Rc<LaunchOptions>,
    /// Where the page keeps things; `None` in an embed, which keeps nothing (it usually runs sandboxed
    /// without storage, and a blog's reader expects a fresh quiz).
    pub store: Option<Store>,
    pub lang: Lang,
}

/// Where the reader's choice of language is kept (one for every quiz).
pub fn lang_key() -> String {
    format!("{}.lang", storage::PREFIX)
}

impl Start {
    /// Read the address, open storage and choose the language: the URL's `lang=`, else the reader's last
    /// choice, else the browser's preferences, else English.
    pub fn read() -> Start {
        let options = location::options();
        let store = (options.mode != Mode::Embed).then(Store::open);
        let lang = options
            .lang
            .or_else(|| store.as_ref().and_then(|s| s.get(&lang_key())).and_then(|tag| Lang::from_tag(&tag)))
            .unwrap_or_else(|| Lang::negotiate(page::preferred_languages().iter().map(String::as_str)));
        Start { options: Rc::new(options), store, lang }
    }
}

/// Start a page: the panic hook, the page's attributes and language, then `make(start)` mounted as the root
/// `C` on the page's `#rolecall` element (or the body).
pub fn mount<C>(make: impl FnOnce(Start) -> C::Properties)
where
    C: BaseComponent,
    C::Properties: Properties,
{
    mount_as::<C>(Start::read, make);
}

/// [`mount`], with the page's own way of reading what it knows (`read`: after the panic hook, before
/// anything else), for a page that needs less than every launch option.
pub fn mount_as<C>(read: fn() -> Start, make: impl FnOnce(Start) -> C::Properties)
where
    C: BaseComponent,
    C::Properties: Properties,
{
    yew::set_custom_panic_hook(Box::new(crate::platform::report_panic));
    let start = read();
    // Without the attributes the page still works, in the system's colours and the full layout.
    let _ = page::present(start.options.theme, start.options.mode);
    page::set_language(start.lang.tag());
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("rolecall").or_else(|| d.body().map(Into::into)));
    if let Some(root) = root {
        yew::Renderer::<C>::with_root_and_props(root, make(start)).render();
    }
}

//! The page's address: reading the launch options from it, writing a choice back into it without loading
//! the page again, and making addresses of RoleCall's other pages. The browser's `URL` and
//! `URLSearchParams` do the parsing and the percent-encoding; what the options mean is decided in
//! [`crate::interop::launch`].

use gloo_events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::{Url, UrlSearchParams};

use crate::interop::launch::{LaunchOptions, Page};

/// Why the address could not be read or changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocationError {
    /// No window (never in a page), or the browser refused (a sandboxed frame's history).
    Unavailable,
}

fn unavailable(_: JsValue) -> LocationError {
    LocationError::Unavailable
}

fn location() -> Result<web_sys::Location, LocationError> {
    web_sys::window().map(|w| w.location()).ok_or(LocationError::Unavailable)
}

/// This page's address as a `URL`.
fn here() -> Result<Url, LocationError> {
    Url::new(&location()?.href().map_err(unavailable)?).map_err(unavailable)
}

/// The decoded `(key, value)` pairs of a query, in order.
pub fn pairs(params: &UrlSearchParams) -> Vec<(String, String)> {
    let mut out = Vec::new();
    // The entries, as the browser iterates them: each is a [key, value] array.
    for entry in js_sys::try_iter(params).ok().flatten().into_iter().flatten().flatten() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(key), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            out.push((key, value));
        }
    }
    out
}

/// The payload of a share link's `#quiz=…`, read from a fragment (with or without its `#`).
pub fn shared_quiz(fragment: &str) -> Option<String> {
    let params = UrlSearchParams::new_with_str(fragment.strip_prefix('#').unwrap_or(fragment)).ok()?;
    params.get("quiz").filter(|q| !q.is_empty())
}

/// The options of the page this code runs in.
pub fn options() -> LaunchOptions {
    match here() {
        Ok(url) => LaunchOptions::from_pairs(pairs(&url.search_params()), shared_quiz(&url.hash())),
        Err(_) => LaunchOptions::default(),
    }
}

/// Change this page's query with `change` and put it in the address bar without loading the page again
/// (so a reload or a copied link keeps the change).
pub fn replace_query(change: impl FnOnce(&UrlSearchParams)) -> Result<(), LocationError> {
    let url = here()?;
    change(&url.search_params());
    let history = web_sys::window().ok_or(LocationError::Unavailable)?.history().map_err(unavailable)?;
    history.replace_state_with_url(&JsValue::NULL, "", Some(&url.href())).map_err(unavailable)
}

/// `key=value` in this page's address, or `key` taken out of it for `None`.
pub fn set_param(key: &str, value: Option<&str>) -> Result<(), LocationError> {
    replace_query(|params| match value {
        Some(value) => params.set(key, value),
        None => params.delete(key),
    })
}

/// The address of RoleCall's `page`, beside this one, with this page's query changed by `change` and with
/// `fragment` (including its `#`, or empty).
pub fn page_address(
    page: Page,
    change: impl FnOnce(&UrlSearchParams),
    fragment: &str,
) -> Result<String, LocationError> {
    let url = Url::new_with_base(page.file(), &here()?.href()).map_err(unavailable)?;
    url.set_search(&location()?.search().map_err(unavailable)?);
    change(&url.search_params());
    url.set_hash(fragment);
    Ok(url.href())
}

/// The value of `key` in this page's query, if it has one.
pub fn param(key: &str) -> Option<String> {
    here().ok()?.search_params().get(key)
}

/// This page's origin (`https://host:port`; `null` in a sandboxed frame).
pub fn origin() -> String {
    here().map(|u| u.origin()).unwrap_or_default()
}

/// The address of `file` beside this page with exactly the query `pairs` (no fragment).
pub fn sibling(file: &str, pairs: &[(&str, &str)]) -> Option<String> {
    let url = Url::new_with_base(file, &here().ok()?.href()).ok()?;
    url.set_search("");
    url.set_hash("");
    for (key, value) in pairs {
        url.search_params().append(key, value);
    }
    Some(url.href())
}

/// This page's fragment (with its `#`), or empty.
pub fn fragment() -> String {
    location().and_then(|l| l.hash().map_err(unavailable)).unwrap_or_default()
}

/// Go to `address`, as following a link does (Back returns here).
pub fn open(address: &str) -> Result<(), LocationError> {
    location()?.assign(address).map_err(unavailable)
}

/// Go to `address`, replacing this page in the history (so Back does not return to a page that would only
/// send the reader on again).
pub fn go(address: &str) -> Result<(), LocationError> {
    location()?.replace(address).map_err(unavailable)
}

/// Reload the page when its fragment comes to carry another shared quiz: a share link pasted into the
/// address bar of a tab already showing RoleCall changes only the fragment, which does not load the page
/// again. Keep the returned listener alive for as long as it should act.
pub fn reload_on_new_share(shown: Option<String>) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window.clone(), "hashchange", move |_| {
        let shared = shared_quiz(&window.location().hash().unwrap_or_default());
        if shared.is_some() && shared != shown {
            let _ = window.location().reload();
        }
    }))
}

//! Fetching a file: a quiz named by the `quiz=` option, or an edition of the built-in quiz. The browser's
//! failures are told apart as far as it lets them be (see [`no_response`]) and returned as the
//! [`FetchError`] the loading screens word.
//!
//! A browser reports a network failure and a CORS refusal the same way (a `TypeError`, on purpose: a page
//! must not learn which sites answer), so the most it can say is which one is likely: offline, no answer
//! from the page's own server, or no answer *or* no permission from another site.

#[cfg(target_arch = "wasm32")]
use crate::engine::load::MAX_BYTES;
pub use crate::interop::source::{FetchError, check_status, no_response};

/// Fetch `url` (relative to the page) as text, refusing a body larger than a quiz may be.
#[cfg(target_arch = "wasm32")]
pub async fn text(url: &str) -> Result<String, FetchError> {
    let body = response(url).await?.text().await.map_err(|_| FetchError::Unreadable)?;
    if body.len() > MAX_BYTES {
        return Err(FetchError::TooLarge(body.len()));
    }
    Ok(body)
}

/// Fetch `url` (relative to the page) and parse it as JSON with the browser's parser.
#[cfg(target_arch = "wasm32")]
pub async fn json(url: &str) -> Result<wasm_bindgen::JsValue, FetchError> {
    let raw: web_sys::Response = response(url).await?.into();
    let body = raw.json().map_err(|_| FetchError::Unreadable)?;
    wasm_bindgen_futures::JsFuture::from(body).await.map_err(|_| FetchError::Unreadable)
}

/// Like [`json`], but first takes the download the page's first script (`assets/route.js`) may have started
/// for `url` before the wasm was even fetched, already read and parsed by the browser: the learner's page
/// then shows its first question without waiting for a request, a body and a parse after the wasm starts.
/// Taken once (a later call fetches anew); when that download failed, it is fetched again here, so that the
/// failure is worded as for any other fetch.
#[cfg(target_arch = "wasm32")]
pub async fn early_json(url: &str) -> Result<wasm_bindgen::JsValue, FetchError> {
    if let Some(started) = take_early(url)
        && let Ok(value) = wasm_bindgen_futures::JsFuture::from(started).await
        && !value.is_null()
    {
        return Ok(value);
    }
    json(url).await
}

/// The promise `assets/route.js` left as `window.rolecallEdition = {url, json}` when it is for `url`, removed
/// from the window.
#[cfg(target_arch = "wasm32")]
fn take_early(url: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str("rolecallEdition");
    let early = js_sys::Reflect::get(&window, &key).ok().filter(|v| v.is_object())?;
    let _ = js_sys::Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &key);
    let for_url = js_sys::Reflect::get(&early, &wasm_bindgen::JsValue::from_str("url")).ok()?.as_string()?;
    if for_url != url {
        return None;
    }
    js_sys::Reflect::get(&early, &wasm_bindgen::JsValue::from_str("json")).ok()?.dyn_into().ok()
}

/// The response to a GET of `url`, when it is a success.
#[cfg(target_arch = "wasm32")]
async fn response(url: &str) -> Result<gloo_net::http::Response, FetchError> {
    let window = web_sys::window().ok_or(FetchError::NoAnswer)?;
    let failed = || {
        let location = window.location();
        let page = location.origin().unwrap_or_default();
        let target = location
            .href()
            .ok()
            .and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
            .map(|u| u.origin());
        no_response(window.navigator().on_line(), target.as_deref(), &page)
    };
    let response = gloo_net::http::Request::get(url).send().await.map_err(|_| failed())?;
    check_status(response.status())?;
    Ok(response)
}

//! Offline support: register the service worker that `.ci/service-worker.sh` writes into every build.
//!
//! Registration is best-effort and must never break the quiz: in a sandboxed frame (origin `null`) even
//! reading `navigator.serviceWorker` throws, so every step goes through `Reflect` (which returns `Result`),
//! and a rejected registration is swallowed.

/// Register `sw.js` next to the page, if this browser and this page allow it.
#[cfg(target_arch = "wasm32")]
pub fn register() {
    use js_sys::{Function, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};

    let Some(window) = web_sys::window() else { return };
    let Ok(container) = Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker")) else {
        return;
    };
    if container.is_undefined() || container.is_null() {
        return;
    }
    let Ok(register) = Reflect::get(&container, &JsValue::from_str("register")) else { return };
    let Some(register) = register.dyn_ref::<Function>() else { return };
    if let Ok(promise) = register.call1(&container, &JsValue::from_str("sw.js"))
        && let Ok(promise) = promise.dyn_into::<Promise>()
    {
        // Once per page: leaking this one small closure is simpler than keeping it alive.
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}

//! The page's shortcuts as a hook: while `enabled`, every key press on the page goes to `on_key`, which says
//! whether it took the key. Re-registered when `deps` change, so the handler always acts on the state on
//! screen. The listener is `platform::keyboard`; what keys mean is `interop::keys`.

use yew::prelude::*;

use crate::interop::keys::KeyPress;
use crate::platform::keyboard;

/// Listen for keys while `enabled`; `make` builds the handler from `deps` each time they change.
#[hook]
pub fn use_keys<D, F>(enabled: bool, deps: D, make: impl FnOnce(&D) -> F + 'static)
where
    D: PartialEq + 'static,
    F: Fn(&KeyPress) -> bool + 'static,
{
    use_effect_with((enabled, deps), move |(enabled, deps)| {
        let listener = enabled.then(|| keyboard::listen(make(deps))).flatten();
        move || drop(listener)
    });
}

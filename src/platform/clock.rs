//! Time and entropy, the two inputs the engine takes from outside, and timers for displays: a ticking
//! interval and a one-off timeout.

/// Milliseconds since the Unix epoch.
#[cfg(target_arch = "wasm32")]
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// A seed for a fresh shuffle. `Math.random` is enough: the order of a quiz is not a secret.
#[cfg(target_arch = "wasm32")]
pub fn random_seed() -> u64 {
    seed_from(js_sys::Math::random(), js_sys::Math::random())
}

/// A repeating callback (`setInterval`) that stops when dropped: it drives the countdown's display. The
/// engine never sees it; it only re-reads the time.
#[cfg(target_arch = "wasm32")]
pub struct Interval {
    _timer: Timer,
}

#[cfg(target_arch = "wasm32")]
impl Interval {
    /// Call `tick` every `ms` milliseconds, until dropped; `None` if the page has no window.
    pub fn new(ms: i32, tick: impl Fn() + 'static) -> Option<Interval> {
        Timer::start(ms, true, Box::new(tick)).map(|_timer| Interval { _timer })
    }
}

/// A callback that runs once after a pause (`setTimeout`), unless dropped first: replacing it with a new one
/// on every key press debounces, as the editor's announcement of its problem count does.
#[cfg(target_arch = "wasm32")]
pub struct Timeout {
    _timer: Timer,
}

#[cfg(target_arch = "wasm32")]
impl Timeout {
    /// Call `done` once after `ms` milliseconds, unless dropped before; `None` if the page has no window.
    pub fn new(ms: i32, done: impl FnOnce() + 'static) -> Option<Timeout> {
        let mut done = Some(done);
        Timer::start(ms, false, Box::new(move || done.take().map_or((), |f| f())))
            .map(|_timer| Timeout { _timer })
    }
}

/// A browser timer and the closure it calls; dropping it clears the timer, so the closure is never called
/// after it is freed.
#[cfg(target_arch = "wasm32")]
struct Timer {
    handle: i32,
    repeat: bool,
    _closure: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

#[cfg(target_arch = "wasm32")]
impl Timer {
    fn start(ms: i32, repeat: bool, f: Box<dyn FnMut()>) -> Option<Timer> {
        use wasm_bindgen::JsCast;
        let closure = wasm_bindgen::closure::Closure::<dyn FnMut()>::wrap(f);
        let callback = closure.as_ref().unchecked_ref();
        let window = web_sys::window()?;
        let handle = if repeat {
            window.set_interval_with_callback_and_timeout_and_arguments_0(callback, ms)
        } else {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, ms)
        };
        Some(Timer { handle: handle.ok()?, repeat, _closure: closure })
    }
}

#[cfg(target_arch = "wasm32")]
impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            if self.repeat {
                w.clear_interval_with_handle(self.handle);
            } else {
                w.clear_timeout_with_handle(self.handle);
            }
        }
    }
}

/// Two uniform floats in `[0, 1)` to 64 bits (each float carries 53 random bits).
pub fn seed_from(a: f64, b: f64) -> u64 {
    let hi = (a * (1u64 << 32) as f64) as u64;
    let lo = (b * (1u64 << 32) as f64) as u64;
    (hi << 32) | (lo & 0xFFFF_FFFF)
}

#[cfg(test)]
mod tests {
    #[test]
    fn seeds_use_both_halves() {
        assert_eq!(super::seed_from(0.0, 0.0), 0);
        assert_eq!(super::seed_from(0.5, 0.0), 1 << 63);
        assert_eq!(super::seed_from(0.0, 0.5), 1 << 31);
        assert_ne!(super::seed_from(0.1, 0.2), super::seed_from(0.2, 0.1));
    }
}

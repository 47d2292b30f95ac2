//! Time and entropy, the two inputs the engine takes from outside, and a ticking interval for displays.

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
    handle: i32,
    _closure: wasm_bindgen::closure::Closure<dyn Fn()>,
}

#[cfg(target_arch = "wasm32")]
impl Interval {
    /// Call `tick` every `ms` milliseconds, until dropped; `None` if the page has no window.
    pub fn new(ms: i32, tick: impl Fn() + 'static) -> Option<Interval> {
        use wasm_bindgen::JsCast;
        let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(tick);
        let handle = web_sys::window()?
            .set_interval_with_callback_and_timeout_and_arguments_0(closure.as_ref().unchecked_ref(), ms)
            .ok()?;
        Some(Interval { handle, _closure: closure })
    }
}

#[cfg(target_arch = "wasm32")]
impl Drop for Interval {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_interval_with_handle(self.handle);
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

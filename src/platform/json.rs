//! JSON through the browser: a serde shape becomes a JS value (serde-wasm-bindgen; read back with
//! [`super::js_value`]) and the browser's own
//! `JSON.stringify` / `JSON.parse` write and read the text, so the wasm carries no JSON reader or writer of
//! its own (serde_json would add its parser and float printing to every learner's download). Numbers stay
//! numbers on the way: a `u64` above 2^53 would not survive a JS number, so the shapes write such values
//! (seeds) as text.
//!
//! Web only; the shapes themselves are tested on the host with serde_json, which writes the same JSON.

use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

/// Why a value could not be turned into JSON or read from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// The text is not JSON.
    Syntax,
    /// JSON, but not of the expected shape. (Serde's message is not kept: formatting it would bring float and
    /// escape printing into every page, and no reader of RoleCall would act on it.)
    Shape,
}

/// The serializer that produces what `JSON.stringify` expects: plain objects for maps, `null` for `None`.
fn serializer() -> serde_wasm_bindgen::Serializer {
    serde_wasm_bindgen::Serializer::json_compatible()
}

/// `value` as a JS value (for `postMessage`, which clones objects).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsonError> {
    value.serialize(&serializer()).map_err(|_| JsonError::Shape)
}

/// `value` as JSON text, compact (for storage).
pub fn to_text<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    let js = to_js(value)?;
    js_sys::JSON::stringify(&js).map(String::from).map_err(|_| JsonError::Syntax)
}

/// `value` as JSON text indented by two spaces (for a file a person may open).
pub fn to_pretty_text<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    let js = to_js(value)?;
    js_sys::JSON::stringify_with_replacer_and_space(&js, &JsValue::NULL, &JsValue::from(2))
        .map(String::from)
        .map_err(|_| JsonError::Syntax)
}

/// Read JSON text as a `T`.
pub fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    let js = js_sys::JSON::parse(text).map_err(|_| JsonError::Syntax)?;
    from_js(js)
}

/// Read a JS value (a parsed response, a message) as a `T`.
pub fn from_js<T: DeserializeOwned>(js: JsValue) -> Result<T, JsonError> {
    super::js_value::from_value(js).map_err(|_| JsonError::Shape)
}

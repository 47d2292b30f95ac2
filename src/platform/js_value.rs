//! A serde deserializer over a JS value as `JSON.parse` or `postMessage` gives it (objects, arrays, strings,
//! numbers, booleans, null): the shapes the app reads (the built-in quiz's edition, saved progress, messages
//! from the host page) derive `Deserialize` and are read straight from the browser's value.
//!
//! Why not serde-wasm-bindgen's: its error keeps serde's message, and formatting those messages ("invalid
//! type: floating point `1.5`, expected …") brought float printing and every shape's description into the
//! learner's wasm, although no reader of RoleCall ever sees them: a value of the wrong shape is only ever
//! "damaged" or "not progress". Here the error is a unit, so that code is never linked. Measured on 2026-12-02
//! (learner's wasm, wasm-opt -Oz, gzip -9): 197,625 B with serde-wasm-bindgen reading, 188,011 B with this
//! (−9,614 B). serde-wasm-bindgen still writes values.
//!
//! Each `deserialize_*` a shape calls asks the value only what that shape can be and calls the one visitor
//! method that fits, instead of going through `deserialize_any`: serde's derived readers then link only the
//! branch they use (a struct's `visit_map`, not also its `visit_seq`), a string is one call out of the wasm,
//! and an unknown field is skipped unread. Measured on 2026-12-02 (learner's wasm, wasm-opt -Oz, gzip -9):
//! 220,163 B before, 215,717 B after (−4,446 B).
//!
//! Numbers: a whole number up to 2^53 reads as an integer (what the shapes' counts and indexes are), any
//! other as a float; seeds above 2^53 are written as text by the shapes themselves.

use std::fmt;

use js_sys::{Array, Object};
use serde::de::value::StringDeserializer;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use wasm_bindgen::{JsCast, JsValue};

/// A value that is not of the shape asked for. Deliberately without details (see the module's note).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mismatch;

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not of the expected shape")
    }
}

impl std::error::Error for Mismatch {}

// Every constructor ignores its details, so their formatting code is never referenced.
impl de::Error for Mismatch {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Mismatch
    }
    fn invalid_type(_: de::Unexpected<'_>, _: &dyn de::Expected) -> Self {
        Mismatch
    }
    fn invalid_value(_: de::Unexpected<'_>, _: &dyn de::Expected) -> Self {
        Mismatch
    }
    fn invalid_length(_: usize, _: &dyn de::Expected) -> Self {
        Mismatch
    }
    fn unknown_variant(_: &str, _: &'static [&'static str]) -> Self {
        Mismatch
    }
    fn unknown_field(_: &str, _: &'static [&'static str]) -> Self {
        Mismatch
    }
    fn missing_field(_: &'static str) -> Self {
        Mismatch
    }
    fn duplicate_field(_: &'static str) -> Self {
        Mismatch
    }
}

/// Read `value` as a `T`.
pub fn from_value<T: de::DeserializeOwned>(value: JsValue) -> Result<T, Mismatch> {
    T::deserialize(Value(value))
}

/// The largest whole number a JS number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

/// What a JS value is, asked once and outside the generic code: `deserialize_any` is compiled once per shape
/// read, and only its dispatch on this is repeated in each copy.
enum Kind {
    Nothing,
    Bool(bool),
    Whole(u64),
    Negative(i64),
    Float(f64),
    Text(String),
    List(Array),
    Object(JsValue),
    /// A function, a symbol, a BigInt: nothing JSON has.
    Other,
}

impl Kind {
    /// Asked in the order a quiz's values come (text, then objects and lists, numbers last): each question is
    /// a call out of the wasm, and a string is answered by the first.
    #[inline(never)]
    fn of(js: JsValue) -> Kind {
        if let Some(s) = js.as_string() {
            Kind::Text(s)
        } else if Array::is_array(&js) {
            Kind::List(js.unchecked_into())
        } else if js.is_object() {
            Kind::Object(js)
        } else if let Some(n) = js.as_f64() {
            Kind::number(n)
        } else if let Some(b) = js.as_bool() {
            Kind::Bool(b)
        } else if js.is_null_or_undefined() {
            Kind::Nothing
        } else {
            Kind::Other
        }
    }

    fn number(n: f64) -> Kind {
        match n {
            _ if n.fract() != 0.0 => Kind::Float(n),
            _ if (0.0..=MAX_SAFE).contains(&n) => Kind::Whole(n as u64),
            _ if (-MAX_SAFE..0.0).contains(&n) => Kind::Negative(n as i64),
            _ => Kind::Float(n),
        }
    }
}

/// One JS value being read.
struct Value(JsValue);

impl Value {
    /// A number, handed over as the integer or float it is (the visitor checks its range).
    fn number<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        match Kind::number(self.0.as_f64().ok_or(Mismatch)?) {
            Kind::Whole(n) => visitor.visit_u64(n),
            Kind::Negative(n) => visitor.visit_i64(n),
            Kind::Float(n) => visitor.visit_f64(n),
            _ => Err(Mismatch),
        }
    }
}

/// `deserialize_*` methods for numbers, all reading through [`Value::number`].
macro_rules! numbers {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
                self.number(visitor)
            }
        )*
    };
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = Mismatch;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        match Kind::of(self.0) {
            Kind::Nothing => visitor.visit_unit(),
            Kind::Bool(b) => visitor.visit_bool(b),
            Kind::Whole(n) => visitor.visit_u64(n),
            Kind::Negative(n) => visitor.visit_i64(n),
            Kind::Float(n) => visitor.visit_f64(n),
            Kind::Text(s) => visitor.visit_string(s),
            Kind::List(array) => visitor.visit_seq(Items::new(array)),
            Kind::Object(object) => visitor.visit_map(Fields::new(object)),
            Kind::Other => Err(Mismatch),
        }
    }

    // The shapes say what they expect, so each method below asks the value only that and calls only the one
    // visitor method that fits: a struct's reader is then linked with its `visit_map` alone (not also the
    // `visit_seq` serde derives for structs written as arrays), a field name's with `visit_string` alone.
    // Measured on 2026-12-02 (learner's wasm, wasm-opt -Oz, gzip -9): see the module's note.

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        visitor.visit_bool(self.0.as_bool().ok_or(Mismatch)?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        visitor.visit_string(self.0.as_string().ok_or(Mismatch)?)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        self.deserialize_string(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        self.deserialize_string(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        if !Array::is_array(&self.0) {
            return Err(Mismatch);
        }
        visitor.visit_seq(Items::new(self.0.unchecked_into()))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Mismatch> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        if !self.0.is_object() || Array::is_array(&self.0) {
            return Err(Mismatch);
        }
        visitor.visit_map(Fields::new(self.0))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        self.deserialize_map(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        if !self.0.is_null_or_undefined() {
            return Err(Mismatch);
        }
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        self.deserialize_unit(visitor)
    }

    /// A value nobody reads (a field this version does not know) is skipped without being copied.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        visitor.visit_unit()
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        if self.0.is_null_or_undefined() { visitor.visit_none() } else { visitor.visit_some(self) }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        visitor.visit_newtype_struct(self)
    }

    /// Externally tagged, as serde writes enums: a unit variant is its name, any other `{"name": value}`.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        if let Some(name) = self.0.as_string() {
            return visitor.visit_enum(IntoDeserializer::<Mismatch>::into_deserializer(name));
        }
        if !self.0.is_object() || Array::is_array(&self.0) {
            return Err(Mismatch);
        }
        let keys = Object::keys(self.0.unchecked_ref::<Object>());
        if keys.length() != 1 {
            return Err(Mismatch);
        }
        let name = keys.get(0).as_string().ok_or(Mismatch)?;
        let value = js_sys::Reflect::get(&self.0, &JsValue::from_str(&name)).map_err(|_| Mismatch)?;
        visitor.visit_enum(Variant { name, value })
    }

    numbers! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_u8 deserialize_u16
        deserialize_u32 deserialize_u64 deserialize_f32 deserialize_f64
    }

    serde::forward_to_deserialize_any! {
        i128 u128 char bytes byte_buf
    }
}

/// An array's items, in order.
struct Items {
    array: Array,
    next: u32,
}

impl Items {
    fn new(array: Array) -> Self {
        Items { array, next: 0 }
    }
}

impl<'de> de::SeqAccess<'de> for Items {
    type Error = Mismatch;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Mismatch> {
        if self.next >= self.array.length() {
            return Ok(None);
        }
        let item = self.array.get(self.next);
        self.next += 1;
        seed.deserialize(Value(item)).map(Some)
    }
}

/// An object's own properties, in the object's order.
struct Fields {
    object: JsValue,
    keys: Array,
    next: u32,
    value: Option<JsValue>,
}

impl Fields {
    fn new(object: JsValue) -> Self {
        let keys = Object::keys(object.unchecked_ref::<Object>());
        Fields { object, keys, next: 0, value: None }
    }
}

impl<'de> de::MapAccess<'de> for Fields {
    type Error = Mismatch;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Mismatch> {
        if self.next >= self.keys.length() {
            return Ok(None);
        }
        let key = self.keys.get(self.next);
        self.next += 1;
        self.value = Some(js_sys::Reflect::get(&self.object, &key).map_err(|_| Mismatch)?);
        let name = key.as_string().ok_or(Mismatch)?;
        seed.deserialize(StringDeserializer::<Mismatch>::new(name)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Mismatch> {
        seed.deserialize(Value(self.value.take().ok_or(Mismatch)?))
    }
}

/// An enum's variant written as `{"name": value}`.
struct Variant {
    name: String,
    value: JsValue,
}

impl<'de> de::EnumAccess<'de> for Variant {
    type Error = Mismatch;
    type Variant = Value;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Value), Mismatch> {
        let name = seed.deserialize(StringDeserializer::<Mismatch>::new(self.name))?;
        Ok((name, Value(self.value)))
    }
}

impl<'de> de::VariantAccess<'de> for Value {
    type Error = Mismatch;

    fn unit_variant(self) -> Result<(), Mismatch> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Mismatch> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Mismatch> {
        de::Deserializer::deserialize_any(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        de::Deserializer::deserialize_any(self, visitor)
    }
}

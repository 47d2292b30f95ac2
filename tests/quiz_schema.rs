//! `docs/quiz.schema.json` against the loader, so that the two never drift apart: the schema's property names
//! are exactly the keys the loader accepts (read from `src/engine/load.rs` and its `load/practice.rs`), and its
//! limits are the loader's
//! constants. That the schema accepts every example quiz and rejects broken ones is tested with a JSON Schema
//! validator in `tests/schema/quiz-schema.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

use rolecall::engine::load::{
    MAX_CHANNELS, MAX_ID_LEN, MAX_ITEMS, MAX_OPTIONS, MAX_QUESTIONS, MAX_ROWS, MAX_SCENARIOS, MAX_SOURCES,
    MIN_SCHEMA_VERSION, SCHEMA_VERSION,
};
use serde_json::Value;

const SCHEMA: &str = include_str!("../docs/quiz.schema.json");
const LOADERS: [&str; 2] =
    [include_str!("../src/engine/load.rs"), include_str!("../src/engine/load/practice.rs")];

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("docs/quiz.schema.json is JSON")
}

/// The value at a JSON pointer, which must exist.
fn at<'a>(schema: &'a Value, pointer: &str) -> &'a Value {
    schema.pointer(pointer).unwrap_or_else(|| panic!("the schema has nothing at {pointer}"))
}

fn number(schema: &Value, pointer: &str) -> usize {
    at(schema, pointer).as_u64().unwrap_or_else(|| panic!("{pointer} is not a number")) as usize
}

/// The sorted property names of the object schema at `pointer`.
fn property_names(schema: &Value, pointer: &str) -> Vec<String> {
    let properties = at(schema, &format!("{pointer}/properties")).as_object().expect("properties");
    let mut names: Vec<String> = properties.keys().cloned().collect();
    names.sort();
    names
}

/// The quoted strings in `text`.
fn quoted(text: &str) -> Vec<String> {
    text.split('"').skip(1).step_by(2).map(String::from).collect()
}

/// Every list of allowed keys in the loader: the `&[...]` given to `no_unknown_keys`, and the scenario's and
/// the practice item's `KEYS`. Each sorted; the lists sorted.
fn loader_key_lists() -> Vec<Vec<String>> {
    let mut lists = Vec::new();
    for loader in LOADERS {
        for call in loader.split("no_unknown_keys(").skip(1) {
            let statement = call.split(';').next().unwrap_or_default();
            if let Some(list) = statement.split_once("&[").and_then(|(_, rest)| rest.split_once(']')) {
                lists.push(quoted(list.0));
            }
        }
        for keys in loader.split("const KEYS: [&str;").skip(1) {
            lists.push(quoted(
                keys.split_once('=')
                    .and_then(|(_, r)| r.trim_start().strip_prefix('[')?.split_once(']'))
                    .expect("KEYS' list")
                    .0,
            ));
        }
    }
    for list in &mut lists {
        list.sort();
    }
    lists.retain(|l| !l.is_empty());
    lists.sort();
    lists
}

/// Every table whose keys the loader checks, as a JSON pointer into the schema.
const TABLES: [&str; 14] = [
    "",
    "/properties/questions",
    "/properties/chart",
    "/properties/chart/properties/original",
    "/$defs/source",
    "/$defs/choice",
    "/$defs/row",
    "/$defs/row/properties/original",
    "/$defs/scenario",
    "/properties/practice",
    "/$defs/practiceList",
    "/$defs/practiceQuestion",
    // A question's options are choices, like roles and teams.
    "/$defs/choice",
    "/$defs/practiceItem",
];

#[test]
fn the_schema_names_exactly_the_keys_the_loader_accepts() {
    let schema = schema();
    let mut described: Vec<Vec<String>> = TABLES.iter().map(|p| property_names(&schema, p)).collect();
    described.sort();
    let accepted = loader_key_lists();
    assert_eq!(accepted.len(), TABLES.len(), "the loader's key lists: {accepted:#?}");
    assert_eq!(described, accepted);
}

#[test]
fn every_table_the_loader_checks_refuses_other_keys_in_the_schema_too() {
    let schema = schema();
    for pointer in TABLES {
        assert_eq!(at(&schema, &format!("{pointer}/additionalProperties")), &Value::Bool(false), "{pointer}");
        let required = at(&schema, &format!("{pointer}/required")).as_array().expect("required");
        let names = property_names(&schema, pointer);
        assert!(required.iter().all(|r| names.iter().any(|n| Some(n.as_str()) == r.as_str())), "{pointer}");
    }
}

#[test]
fn the_schemas_limits_are_the_loaders() {
    let schema = schema();
    assert_eq!(at(&schema, "/$schema"), "https://json-schema.org/draft/2020-12/schema");
    let versions: Vec<i64> = at(&schema, "/properties/schema/enum")
        .as_array()
        .expect("the versions")
        .iter()
        .filter_map(Value::as_i64)
        .collect();
    assert_eq!(versions, (MIN_SCHEMA_VERSION..=SCHEMA_VERSION).collect::<Vec<_>>());
    let id = at(&schema, "/$defs/id/pattern").as_str().expect("the id pattern");
    assert_eq!(id, format!("^[A-Za-z0-9_-]{{1,{MAX_ID_LEN}}}$"));
    for (pointer, max) in [
        ("/properties/sources", MAX_SOURCES),
        ("/properties/roles", MAX_OPTIONS),
        ("/properties/teams", MAX_OPTIONS),
        ("/properties/channels", MAX_CHANNELS),
        ("/properties/chart/properties/rows", MAX_ROWS),
        ("/properties/scenarios", MAX_SCENARIOS),
        ("/properties/practice/properties/items", MAX_ITEMS),
        ("/properties/practice/properties/questions", MAX_QUESTIONS),
        ("/properties/practice/properties/lists", MAX_QUESTIONS),
        ("/$defs/practiceQuestion/properties/options", MAX_OPTIONS),
    ] {
        assert_eq!(number(&schema, &format!("{pointer}/maxItems")), max, "{pointer}");
    }
    assert_eq!(number(&schema, "/properties/roles/minItems"), 2);
    assert_eq!(number(&schema, "/properties/teams/minItems"), 2);
    assert_eq!(number(&schema, "/$defs/row/properties/role/oneOf/1/maxProperties"), MAX_CHANNELS);
    assert_eq!(number(&schema, "/$defs/scenario/properties/why/minProperties"), 4);
    assert_eq!(number(&schema, "/$defs/scenario/properties/why/maxProperties"), 2 * MAX_OPTIONS);
}

#[test]
fn every_property_has_a_description_for_editors() {
    fn walk(value: &Value, path: &str, missing: &mut Vec<String>) {
        if let Some(properties) = value.get("properties").and_then(Value::as_object) {
            for (name, property) in properties {
                let here = format!("{path}/{name}");
                if property.get("description").and_then(Value::as_str).is_none_or(str::is_empty) {
                    missing.push(here.clone());
                }
                walk(property, &here, missing);
            }
        }
        for key in ["$defs", "items"] {
            match value.get(key) {
                Some(Value::Object(defs)) if key == "$defs" => {
                    for (name, def) in defs {
                        walk(def, &format!("{path}/$defs/{name}"), missing);
                    }
                }
                Some(items) => walk(items, &format!("{path}/items"), missing),
                None => {}
            }
        }
    }
    let mut missing = Vec::new();
    walk(&schema(), "", &mut missing);
    assert!(missing.is_empty(), "properties without a description: {missing:?}");
}

/// `.taplo.toml` points editors at the schema for the shipped quizzes and any `*.rolecall.toml`.
#[test]
fn taplo_associates_the_quiz_files_with_the_schema() {
    let root = env!("CARGO_MANIFEST_DIR");
    let config: toml::Table =
        std::fs::read_to_string(format!("{root}/.taplo.toml")).unwrap().parse().unwrap();
    let rule = &config["rule"].as_array().unwrap()[0];
    let path = rule["schema"]["path"].as_str().unwrap();
    assert_eq!(path, "docs/quiz.schema.json");
    assert!(std::path::Path::new(&format!("{root}/{path}")).is_file());
    let include: Vec<&str> = rule["include"].as_array().unwrap().iter().filter_map(|v| v.as_str()).collect();
    assert_eq!(include, ["assets/quizzes/*.toml", "**/*.rolecall.toml"]);
    assert!(std::fs::read_dir(format!("{root}/assets/quizzes")).unwrap().count() >= 2);
}

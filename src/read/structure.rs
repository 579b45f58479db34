//! The structural check: a document against a JSON Schema derived from our
//! own types. Every fault in the file is reported in one run, each at the key
//! or value it concerns, in the words of the message catalogue.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde_json::Value;

use crate::codes::Code;
use crate::diagnostic::Draft;
use crate::document::{Document, Path, Segment, Target, short_literal, type_name};
use crate::messages;
use crate::suggest::did_you_mean;

/// A compiled JSON Schema and the schema text it came from.
pub struct Structure {
    schema: Value,
    /// Compiled on first use: valid files never need it.
    validator: std::sync::OnceLock<Result<jsonschema::Validator, String>>,
}

impl std::fmt::Debug for Structure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Structure").finish_non_exhaustive()
    }
}

impl Structure {
    /// A schema; its validator is compiled when first needed.
    pub fn new(schema: Value) -> Structure {
        Structure { schema, validator: std::sync::OnceLock::new() }
    }

    pub(crate) fn validator(&self) -> Result<&jsonschema::Validator, &str> {
        self.validator
            .get_or_init(|| {
                jsonschema::options().should_validate_formats(true).build(&self.schema).map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(String::as_str)
    }

    /// The schema text.
    pub fn schema(&self) -> &Value {
        &self.schema
    }

    /// Every structural fault of a document, as `schema` drafts (and the values
    /// that JSON cannot hold).
    pub fn check(&self, document: &Document<'_>) -> (Value, Vec<Draft>) {
        let (json, unrepresentable) = document.to_json();
        let mut drafts = Vec::new();
        for fault in &unrepresentable {
            let key = fault.path.leaf_name();
            drafts.push(
                Draft::new(
                    Code::SCHEMA,
                    messages::integer_too_large(&key, &fault.literal),
                    Target::Value(fault.path.clone()),
                )
                .help(messages::integer_too_large_help()),
            );
        }
        // Our own schemas always compile (a test builds both); if one ever did
        // not, the file is reported as unreadable rather than passed.
        let validator = match self.validator() {
            Ok(validator) => validator,
            Err(detail) => {
                let at = Target::Value(Path::root());
                drafts.push(Draft::new(Code::SCHEMA, messages::cannot_read_as("document", detail), at));
                return (json, drafts);
            }
        };
        if validator.is_valid(&json) {
            return (json, drafts);
        }
        let errors: Vec<_> = validator.iter_errors(&json).collect();
        // Sets and maps by path, not lists: a file may hold a million unknown
        // keys, and a scan of them per error would be quadratic.
        let mut unexpected: HashMap<Path, Vec<&str>> = HashMap::default();
        for e in &errors {
            if let ValidationErrorKind::AdditionalProperties { unexpected: keys } = e.kind() {
                unexpected.entry(Path::from(e.instance_path())).or_default().extend(keys.iter().map(String::as_str));
            }
        }
        let unrepresentable_at: HashSet<&Path> = unrepresentable.iter().map(|u| &u.path).collect();
        for error in &errors {
            let path = Path::from(error.instance_path());
            if unrepresentable_at.contains(&path) {
                continue;
            }
            // A missing key that an unknown key of the same table misspells is one fault.
            if let ValidationErrorKind::Required { property } = error.kind() {
                let name = property.as_str().unwrap_or_default();
                let keys = unexpected.get(&path).map_or(&[][..], Vec::as_slice);
                if keys.iter().any(|k| did_you_mean(k, [name]).is_some()) {
                    continue;
                }
            }
            drafts.extend(self.describe(document, &path, error.kind(), &error.to_string()));
        }
        drafts.dedup_by(|a, b| a.at == b.at && a.message == b.message);
        // A value under an unknown key is explained by the unknown key: look
        // each prefix of a value's path up (paths are at most as deep as the
        // depth limit).
        let unknown: HashSet<Path> = drafts
            .iter()
            .filter_map(|d| match &d.at {
                Target::Key(p) => Some(p.clone()),
                _ => None,
            })
            .collect();
        if !unknown.is_empty() {
            drafts.retain(|d| match &d.at {
                Target::Value(p) => !(0..=p.segments().len()).any(|n| unknown.contains(&p.prefix(n))),
                _ => true,
            });
        }
        (json, drafts)
    }

    fn describe(&self, document: &Document<'_>, path: &Path, kind: &ValidationErrorKind, detail: &str) -> Vec<Draft> {
        let key = path.leaf_name();
        let value = document.value(path);
        let literal = value.and_then(short_literal);
        let literal_text = literal.clone().unwrap_or_default();
        let node = self.node_at(path);
        let description = self.description(path);
        let description = description.as_deref();
        let schema_draft = |message: String, at: Target| Draft::new(Code::SCHEMA, message, at);
        // A value that is not one of the allowed ones, with a did-you-mean.
        let not_one_of = |options: &[&str]| {
            let suggestion = did_you_mean(&literal_text, options.iter().copied());
            schema_draft(messages::not_one_of(&key, &literal_text), Target::Value(path.clone()))
                .help(messages::not_one_of_help(options, suggestion))
                .suggest(suggestion)
        };
        // A value of another type than `expected`.
        let wrong_type = |expected: &str| {
            let found = value.map_or("nothing", type_name);
            schema_draft(messages::wrong_type(&key, expected, found, literal.as_deref()), Target::Value(path.clone()))
                .help(messages::wrong_type_help(expected, description))
        };
        match kind {
            ValidationErrorKind::AdditionalProperties { unexpected } => {
                let allowed = self.properties_at(path);
                let allowed: Vec<&str> = allowed.iter().map(String::as_str).collect();
                unexpected
                    .iter()
                    .map(|k| {
                        let suggestion = did_you_mean(k, allowed.iter().copied());
                        let help = match suggestion {
                            Some(s) => messages::did_you_mean(s),
                            None => messages::known_keys(&allowed),
                        };
                        schema_draft(messages::unknown_key(k, &path.table_name()), Target::Key(path.clone().key(k)))
                            .help(help)
                            .suggest(suggestion)
                    })
                    .collect()
            }
            ValidationErrorKind::Required { property } => {
                let name = property.as_str().unwrap_or_default();
                let described = self.description(&path.clone().key(name));
                vec![
                    schema_draft(messages::missing_key(name, &path.table_name()), Target::Value(path.clone()))
                        .help(messages::missing_key_help(name, described.as_deref())),
                ]
            }
            ValidationErrorKind::Type { kind } => {
                vec![wrong_type(node.map_or_else(|| type_kind_name(kind), expected_name))]
            }
            ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. }
                if !enum_options(node).is_empty() =>
            {
                vec![not_one_of(&enum_options(node))]
            }
            ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => {
                vec![wrong_type(node.map_or("another type", expected_name))]
            }
            ValidationErrorKind::Format { format } if format == "date" => {
                vec![
                    schema_draft(messages::bad_date(&key, &literal_text), Target::Value(path.clone()))
                        .help(messages::bad_date_help()),
                ]
            }
            ValidationErrorKind::Enum { options } => {
                let options: Vec<&str> =
                    options.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
                vec![not_one_of(&options)]
            }
            ValidationErrorKind::Minimum { .. } | ValidationErrorKind::Maximum { .. } => {
                let draft = schema_draft(messages::out_of_range(&key, &literal_text), Target::Value(path.clone()));
                vec![match description {
                    Some(d) => draft.help(lower_first(d)),
                    None => draft,
                }]
            }
            ValidationErrorKind::MinLength { .. } | ValidationErrorKind::MinItems { .. } => {
                vec![
                    schema_draft(messages::empty(&key), Target::Value(path.clone()))
                        .help(description.map(lower_first).unwrap_or_default()),
                ]
            }
            ValidationErrorKind::Pattern { .. } => {
                vec![
                    schema_draft(messages::bad_form(&key, &literal_text), Target::Value(path.clone()))
                        .help(description.map(lower_first).unwrap_or_default()),
                ]
            }
            _ => vec![schema_draft(messages::schema_other(&key, detail), Target::Value(path.clone()))],
        }
    }

    /// The schema that describes the value at `path`, `$ref`s and optional
    /// wrappers followed.
    fn node_at(&self, path: &Path) -> Option<&Value> {
        let mut node = self.resolve(&self.schema)?;
        for segment in path.segments() {
            let next = match segment {
                Segment::Key(k) => node.get("properties").and_then(|p| p.get(k.as_str())),
                Segment::Index(_) => node.get("items"),
            }?;
            node = self.resolve(next)?;
        }
        Some(node)
    }

    fn resolve<'a>(&'a self, mut node: &'a Value) -> Option<&'a Value> {
        for _ in 0..16 {
            if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
                let pointer = reference.strip_prefix('#')?;
                node = self.schema.pointer(pointer)?;
                continue;
            }
            let alternatives = node.get("anyOf").or_else(|| node.get("oneOf")).and_then(Value::as_array);
            if let Some(alts) = alternatives {
                let non_null: Vec<&Value> =
                    alts.iter().filter(|a| a.get("type") != Some(&Value::from("null"))).collect();
                if let [only] = non_null.as_slice() {
                    node = only;
                    continue;
                }
            }
            return Some(node);
        }
        Some(node)
    }

    /// The keys the table at `path` may have.
    fn properties_at(&self, path: &Path) -> Vec<String> {
        self.node_at(path)
            .and_then(|n| n.get("properties"))
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The top-level arrays of tables, e.g. `incidents`, in schema order.
    pub fn collections(&self) -> Vec<String> {
        let mut names = self.properties_at(&Path::root());
        names.retain(|name| self.item_fields(name).is_some_and(|fields| !fields.is_empty()));
        names
    }

    /// What the value at `path` is, in the current language: catalogue
    /// message `schema-field-<schema>-<keys>` (`schema-field-manifest-
    /// accounts-kind`), else the schema's own English description.
    pub fn description(&self, path: &Path) -> Option<String> {
        let keys: Vec<&str> = path
            .segments()
            .iter()
            .filter_map(|s| match s {
                Segment::Key(k) => Some(k.as_str()),
                Segment::Index(_) => None,
            })
            .collect();
        if let Some(text) = field_description(self.name(), &keys) {
            return Some(text);
        }
        self.node_at(path).and_then(|n| n.get("description")).and_then(Value::as_str).map(str::to_string)
    }

    fn name(&self) -> &str {
        schema_name(&self.schema)
    }

    /// The fields of the items of a top-level array of tables, e.g. `incidents`.
    pub fn item_fields(&self, collection: &str) -> Option<Vec<String>> {
        let path = Path::of(&[collection]).index(0);
        self.node_at(&path)?;
        Some(self.properties_at(&path))
    }
}

/// The words a closed set allows: `enum`, or alternatives of `const`s.
fn enum_options(node: Option<&Value>) -> Vec<&str> {
    let Some(node) = node else { return Vec::new() };
    if let Some(values) = node.get("enum").and_then(Value::as_array) {
        return values.iter().filter_map(Value::as_str).collect();
    }
    node.get("oneOf")
        .or_else(|| node.get("anyOf"))
        .and_then(Value::as_array)
        .map(|alts| {
            alts.iter()
                .flat_map(|a| {
                    a.get("const").into_iter().chain(a.get("enum").and_then(Value::as_array).into_iter().flatten())
                })
                .filter_map(Value::as_str)
                .collect()
        })
        .unwrap_or_default()
}

/// What a schema node expects, as a user would say it.
fn expected_name(node: &Value) -> &'static str {
    if node.get("format").and_then(Value::as_str) == Some("date") {
        return "a date";
    }
    if node.get("enum").is_some() {
        return "one of the listed words";
    }
    let ty = match node.get("type") {
        Some(Value::String(s)) => s.as_str(),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).find(|t| *t != "null").unwrap_or("null"),
        _ => "",
    };
    match ty {
        "string" => "a string",
        "integer" => "an integer",
        "number" => "a number",
        "boolean" => "a boolean",
        "array" => "an array",
        "object" => "a table",
        _ => "another type",
    }
}

fn type_kind_name(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Single(t) => match format!("{t:?}").to_lowercase().as_str() {
            "string" => "a string",
            "integer" => "an integer",
            "array" => "an array",
            "object" => "a table",
            "boolean" => "a boolean",
            _ => "another type",
        },
        TypeKind::Multiple(_) => "another type",
    }
}

fn lower_first(text: &str) -> String {
    let text = text.trim_end_matches('.');
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Removes the `null` that schemars allows for optional fields: TOML has no
/// null, so an optional field is simply absent, and a table under an optional
/// key must then be checked as itself rather than as "one of table or null".
pub fn without_null(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if let [only] = types.as_slice() {
                    let only = only.clone();
                    map.insert("type".into(), only);
                }
            }
            let alternatives = map.get("anyOf").and_then(Value::as_array).cloned();
            if let Some(alternatives) = alternatives {
                let kept: Vec<Value> =
                    alternatives.into_iter().filter(|a| a.get("type") != Some(&Value::from("null"))).collect();
                map.remove("anyOf");
                match kept.as_slice() {
                    [Value::Object(only)] => {
                        for (k, v) in only {
                            map.entry(k.clone()).or_insert_with(|| v.clone());
                        }
                    }
                    _ => {
                        map.insert("anyOf".into(), Value::Array(kept));
                    }
                }
            }
            if map.get("default") == Some(&Value::Null) {
                map.remove("default");
            }
            for value in map.values_mut() {
                without_null(value);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(without_null),
        _ => {}
    }
}

/// The fields serde reads `T` by: what its derived `Deserialize` hands to
/// `deserialize_struct`, caught without reading anything.
pub fn field_names<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{Error, Visitor};
    struct Names<'a>(&'a mut &'static [&'static str]);
    impl<'de> serde::Deserializer<'de> for Names<'_> {
        type Error = serde::de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(Error::custom("names only"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Names(&mut fields));
    fields
}

/// A structure from a checked-in schema (quicker to read than to generate
/// at every start), or from `generate` when the text does not parse; a test
/// of each owner keeps the two identical.
pub fn checked_in(text: &str, generate: fn() -> Value) -> Structure {
    Structure::new(serde_json::from_str(text).unwrap_or_else(|_| generate()))
}

/// What a key of a schema holds in the current language: catalogue message
/// `schema-field-<schema>-<keys>` (`schema-field-manifest-accounts-kind`);
/// `None` for a schema without a name, or keys the catalogues lack.
pub fn field_description(schema: &str, keys: &[&str]) -> Option<String> {
    if schema.is_empty() || keys.is_empty() {
        return None;
    }
    crate::i18n::tr_if(&format!("schema-field-{schema}-{}", keys.join("-")))
}

/// A schema's short name, from its `$id` (`urn:entitle:schema:manifest:1`
/// → `manifest`); empty without one. The catalogues describe its keys as
/// `schema-field-<name>-<keys>`.
pub fn schema_name(schema: &Value) -> &str {
    let id = schema.get("$id").and_then(Value::as_str).unwrap_or_default();
    id.strip_prefix("urn:entitle:schema:").and_then(|rest| rest.split(':').next()).unwrap_or_default()
}

/// Gives a schema its stable `$id`, right after `$schema`, so that a
/// partner's copy (`entitle schema manifest > manifest.schema.json`) names
/// what it is wherever it is kept.
pub fn with_id(schema: serde_json::Value, id: &str) -> serde_json::Value {
    let serde_json::Value::Object(map) = schema else { return schema };
    let mut out = serde_json::Map::new();
    for (key, value) in map {
        let after_schema = key == "$schema";
        if key != "$id" {
            out.insert(key, value);
        }
        if after_schema {
            out.insert("$id".to_string(), serde_json::Value::String(id.to_string()));
        }
    }
    if !out.contains_key("$id") {
        out.insert("$id".to_string(), serde_json::Value::String(id.to_string()));
    }
    serde_json::Value::Object(out)
}

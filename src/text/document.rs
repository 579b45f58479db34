//! A TOML file parsed with the span of every key and value. Checks speak of
//! places by [`Path`] (`incidents[3].product`); the document turns a path back
//! into the exact byte span to underline.

use std::fmt;

use serde_json::{Map, Number, Value};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::span::Span;

/// One step of a path: a key of a table or an index of an array.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A table key.
    Key(String),
    /// An array index.
    Index(usize),
}

/// Where a value lives in a document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Path(Vec<Segment>);

impl Path {
    /// The document itself.
    pub fn root() -> Path {
        Path(Vec::new())
    }

    /// A path of table keys.
    pub fn of(keys: &[&str]) -> Path {
        Path(keys.iter().map(|k| Segment::Key((*k).to_string())).collect())
    }

    /// The path of an entry of a top-level array of tables: `incidents[3]`.
    pub fn item(collection: &str, index: usize) -> Path {
        Path::of(&[collection]).index(index)
    }

    /// This path extended by a key.
    pub fn key(mut self, key: &str) -> Path {
        self.0.push(Segment::Key(key.to_string()));
        self
    }

    /// This path extended by an index.
    pub fn index(mut self, index: usize) -> Path {
        self.0.push(Segment::Index(index));
        self
    }

    /// The first `n` steps of the path (all of them when it has fewer).
    pub fn prefix(&self, n: usize) -> Path {
        Path(self.0[..n.min(self.0.len())].to_vec())
    }

    /// The steps of the path.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// The last key of the path, with the index that follows it: `roles[1]`.
    pub fn leaf_name(&self) -> String {
        let mut name = String::new();
        for segment in self.0.iter().rev() {
            match segment {
                Segment::Index(i) => name = format!("[{i}]{name}"),
                Segment::Key(k) => return format!("{k}{name}"),
            }
        }
        name
    }

    /// How a user names the table at this path: `[partner]`, `[[incidents]]`.
    pub fn table_name(&self) -> String {
        match self.0.as_slice() {
            [] => crate::messages::top_level().to_string(),
            [Segment::Key(k)] => format!("`[{k}]`"),
            [Segment::Key(k), Segment::Index(_)] => format!("`[[{k}]]`"),
            _ => format!("`{self}`"),
        }
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(k) if i == 0 => write!(f, "{k}")?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

impl From<&jsonschema::paths::Location> for Path {
    fn from(location: &jsonschema::paths::Location) -> Path {
        use jsonschema::paths::LocationSegment;
        Path(
            location
                .iter()
                .map(|s| match s {
                    LocationSegment::Property(p) => Segment::Key(p.to_string()),
                    LocationSegment::Index(i) => Segment::Index(i),
                })
                .collect(),
        )
    }
}

/// What a finding points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The value at a path.
    Value(Path),
    /// The key that names the value at a path.
    Key(Path),
    /// A span known already.
    Span(Span),
}

/// A parsed TOML document that keeps its spans.
#[derive(Debug)]
pub struct Document<'s> {
    source: &'s str,
    root: Spanned<DeTable<'s>>,
}

/// A value that TOML can hold and JSON cannot, found while converting.
#[derive(Debug, Clone)]
pub struct Unrepresentable {
    /// Where it is.
    pub path: Path,
    /// Its text in the file.
    pub literal: String,
}

impl<'s> Document<'s> {
    /// Parses `source`; on failure, the syntax errors with their spans.
    pub fn parse(source: &'s str) -> Result<Document<'s>, Vec<(String, Span)>> {
        let (root, errors) = DeTable::parse_recoverable(source);
        if errors.is_empty() {
            return Ok(Document { source, root });
        }
        Err(errors
            .into_iter()
            .map(|e| {
                let span = e.span().map(Span::new).unwrap_or_default();
                (e.message().trim().to_string(), span)
            })
            .collect())
    }

    /// A document of no keys over `source`: what stands for a text that
    /// does not parse where one that does is expected.
    pub fn empty(source: &'s str) -> Document<'s> {
        Document { source, root: Spanned::new(0..0, DeTable::new()) }
    }

    /// The parsed tree, with the span of every key and value.
    pub fn tree(&self) -> &DeTable<'s> {
        self.root.get_ref()
    }

    /// How deep its keys and arrays nest: each key is a level, as each part
    /// of a dotted key is for the depth limit, and so is each array. That is
    /// at least as deep as [`crate::input::too_deep`] measures in the text,
    /// so a document no deeper than the limit needs no look at the text.
    /// (The parser's own recursion limit bounds the walk.)
    pub fn depth(&self) -> usize {
        fn keyed(table: &DeTable<'_>) -> usize {
            table.values().map(|v| 1 + below(v.get_ref())).max().unwrap_or(0)
        }
        fn below(value: &DeValue<'_>) -> usize {
            match value {
                DeValue::Table(table) => keyed(table),
                DeValue::Array(items) => 1 + items.iter().map(|v| below(v.get_ref())).max().unwrap_or(0),
                _ => 0,
            }
        }
        keyed(self.tree())
    }

    /// The text the document was parsed from.
    pub fn source(&self) -> &'s str {
        self.source
    }

    /// The document as one of our types, straight from the parsed tree (no
    /// copy of it is made). The error says what is wrong but not where: the
    /// schema check says where.
    pub fn deserialize<T: serde::de::DeserializeOwned>(&self) -> Result<T, String> {
        T::deserialize(BorrowedTable(self.root.get_ref())).map_err(|e| e.to_string())
    }

    /// The value at a path, if it exists.
    pub fn value(&self, path: &Path) -> Option<&DeValue<'s>> {
        let (_, _, value, complete) = self.walk(path);
        complete.then_some(value).flatten()
    }

    /// The span of what a target points at. A path that does not exist
    /// resolves to its nearest existing ancestor.
    pub fn span(&self, target: &Target) -> Span {
        match target {
            Target::Span(span) => *span,
            Target::Value(path) => {
                let (key, value, _, _) = self.walk(path);
                if value.length > 0 { value } else { key }
            }
            Target::Key(path) => {
                let (key, value, _, complete) = self.walk(path);
                if complete && key.length > 0 {
                    key
                } else if value.length > 0 {
                    value
                } else {
                    key
                }
            }
        }
    }

    /// Follows a path: the spans of the last key and value reached, the value,
    /// and whether the whole path was found.
    fn walk(&self, path: &Path) -> (Span, Span, Option<&DeValue<'s>>, bool) {
        let mut key_span = Span::default();
        let mut value_span = Span::new(self.root.span());
        let mut table: Option<&DeTable<'s>> = Some(self.root.get_ref());
        let mut current: Option<&DeValue<'s>> = None;
        for segment in path.segments() {
            let next = match (segment, table, current) {
                // The table is a map: look the key up rather than scan for it,
                // which made a finding per key quadratic in the keys of a table.
                (Segment::Key(k), Some(t), _) => t.get_key_value(k.as_str()).map(|(key, v)| {
                    key_span = Span::new(key.span());
                    v
                }),
                (Segment::Index(i), None, Some(DeValue::Array(items))) => items.get(*i),
                _ => None,
            };
            let Some(next) = next else {
                return (key_span, value_span, current, false);
            };
            let span = Span::new(next.span());
            if span.length > 0 {
                value_span = span;
            }
            current = Some(next.get_ref());
            table = next.get_ref().as_table();
        }
        (key_span, value_span, current, true)
    }

    /// The document as JSON, for the schema validator, with the values JSON
    /// cannot hold (integers beyond 64 bits) reported apart.
    pub fn to_json(&self) -> (Value, Vec<Unrepresentable>) {
        let mut faults = Vec::new();
        let mut path: Vec<Step<'_>> = Vec::new();
        let value = table_to_json(self.root.get_ref(), &mut path, &mut faults);
        (value, faults)
    }
}

/// A step of the path being converted, borrowed: a path is built only for
/// the rare value that JSON cannot hold.
#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

fn owned(path: &[Step<'_>]) -> Path {
    Path(
        path.iter()
            .map(|s| match s {
                Step::Key(k) => Segment::Key((*k).to_string()),
                Step::Index(i) => Segment::Index(*i),
            })
            .collect(),
    )
}

fn table_to_json<'a>(table: &'a DeTable<'_>, path: &mut Vec<Step<'a>>, faults: &mut Vec<Unrepresentable>) -> Value {
    let mut map = Map::new();
    for (key, value) in table.iter() {
        let key: &'a str = key.get_ref();
        path.push(Step::Key(key));
        map.insert(key.to_string(), to_json(value.get_ref(), path, faults));
        path.pop();
    }
    Value::Object(map)
}

fn to_json<'a>(value: &'a DeValue<'_>, path: &mut Vec<Step<'a>>, faults: &mut Vec<Unrepresentable>) -> Value {
    match value {
        DeValue::String(s) => Value::String(s.to_string()),
        DeValue::Boolean(b) => Value::Bool(*b),
        DeValue::Integer(i) => match integer(i.as_str(), i.radix()) {
            Some(n) => Value::Number(Number::from(n)),
            None => {
                faults.push(Unrepresentable { path: owned(path), literal: i.as_str().to_string() });
                Value::Null
            }
        },
        DeValue::Float(f) => {
            let text: String = f.as_str().chars().filter(|c| *c != '_').collect();
            match text.parse::<f64>().ok().and_then(Number::from_f64) {
                Some(n) => Value::Number(n),
                // `nan` and `inf` have no JSON form; as text they still fail every type check.
                None => Value::String(text),
            }
        }
        DeValue::Datetime(dt) => Value::String(match plain_date(dt) {
            Some(text) => String::from_utf8_lossy(&text).into_owned(),
            None => dt.to_string(),
        }),
        DeValue::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                out.push(to_json(item.get_ref(), path, faults));
                path.pop();
            }
            Value::Array(out)
        }
        DeValue::Table(t) => table_to_json(t, path, faults),
    }
}

/// Deserializes our types from a borrowed value of the parsed tree, with
/// serde's own value deserializers: no copy of the tree is made, and a string
/// is allocated only where a field owns it.
#[derive(Clone, Copy)]
struct Borrowed<'a, 's>(&'a DeValue<'s>);

type DeError = serde::de::value::Error;

impl<'de, 'a, 's> serde::de::IntoDeserializer<'de, DeError> for Borrowed<'a, 's> {
    type Deserializer = Borrowed<'a, 's>;
    fn into_deserializer(self) -> Self {
        self
    }
}

/// A date alone (`2021-03-04`, no time, no offset) as its text, written
/// without the formatting machinery: manifests hold thousands of them.
/// `None` for anything else, which `Display` writes.
fn plain_date(dt: &toml::value::Datetime) -> Option<[u8; 10]> {
    let (Some(date), None, None) = (dt.date, dt.time, dt.offset) else { return None };
    if date.year > 9999 || date.month > 99 || date.day > 99 {
        return None;
    }
    let digit = |n: u16, at: u16| b'0' + u8::try_from(n / at % 10).unwrap_or(0);
    let (year, month, day) = (date.year, u16::from(date.month), u16::from(date.day));
    Some([
        digit(year, 1000),
        digit(year, 100),
        digit(year, 10),
        digit(year, 1),
        b'-',
        digit(month, 10),
        digit(month, 1),
        b'-',
        digit(day, 10),
        digit(day, 1),
    ])
}

impl<'de> serde::Deserializer<'de> for Borrowed<'_, '_> {
    type Error = DeError;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        use serde::de::IntoDeserializer;
        match self.0 {
            DeValue::String(s) => visitor.visit_str(s),
            DeValue::Boolean(b) => visitor.visit_bool(*b),
            DeValue::Integer(i) => match integer(i.as_str(), i.radix()) {
                Some(n) => visitor.visit_i64(n),
                None => Err(serde::de::Error::custom(i.as_str())),
            },
            DeValue::Float(f) => match f.as_str().replace('_', "").parse::<f64>() {
                Ok(n) => visitor.visit_f64(n),
                Err(_) => Err(serde::de::Error::custom(f.as_str())),
            },
            DeValue::Datetime(dt) => match plain_date(dt) {
                Some(text) => visitor.visit_str(std::str::from_utf8(&text).unwrap_or_default()),
                None => visitor.visit_string(dt.to_string()),
            },
            DeValue::Array(items) => {
                let mut seq = serde::de::value::SeqDeserializer::new(items.iter().map(|v| Borrowed(v.get_ref())));
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            DeValue::Table(table) => {
                let entries =
                    table.iter().map(|(k, v)| (k.get_ref().as_ref().into_deserializer(), Borrowed(v.get_ref())));
                let mut map = serde::de::value::MapDeserializer::new(entries);
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        // TOML has no null: a value that is there is always `Some`.
        visitor.visit_some(self)
    }

    // A date asks for its parts, not its text (see `crate::date::NEWTYPE`).
    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match self.0 {
            DeValue::Datetime(toml::value::Datetime { date: Some(date), time: None, offset: None })
                if name == crate::date::NEWTYPE =>
            {
                let parts = crate::date::Date::pack(date.year, date.month, date.day);
                let mut map = serde::de::value::MapDeserializer::new(std::iter::once((crate::date::PARTS_KEY, parts)));
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
            // A table is never a date here, even one written with the key
            // under which a date's parts or text are handed over.
            DeValue::Table(_) if name == crate::date::NEWTYPE => {
                Err(serde::de::Error::invalid_type(serde::de::Unexpected::Map, &"a date, YYYY-MM-DD"))
            }
            _ => visitor.visit_newtype_struct(self),
        }
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        use serde::de::IntoDeserializer;
        match self.0 {
            DeValue::String(s) => {
                let text: &str = s;
                text.into_deserializer().deserialize_enum(name, variants, visitor)
            }
            _ => self.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

/// The document's root table, deserialized like any table value.
#[derive(Clone, Copy)]
struct BorrowedTable<'a, 's>(&'a DeTable<'s>);

impl<'de> serde::Deserializer<'de> for BorrowedTable<'_, '_> {
    type Error = DeError;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        use serde::de::IntoDeserializer;
        let entries = self.0.iter().map(|(k, v)| (k.get_ref().as_ref().into_deserializer(), Borrowed(v.get_ref())));
        let mut map = serde::de::value::MapDeserializer::new(entries);
        let value = visitor.visit_map(&mut map)?;
        map.end()?;
        Ok(value)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// A TOML integer literal as an `i64`, if it fits.
pub(crate) fn integer(literal: &str, radix: u32) -> Option<i64> {
    if radix == 10 && !literal.contains('_') {
        return literal.parse().ok();
    }
    let digits: String = literal.chars().filter(|c| *c != '_').collect();
    let (negative, digits) = match digits.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, digits.trim_start_matches('+').to_string()),
    };
    i64::from_str_radix(&digits, radix).ok().map(|n| if negative { -n } else { n })
}

/// The name of a TOML value's type, as a user would say it.
pub fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => "a date",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// A short rendering of a scalar value for messages; `None` for arrays and tables.
pub fn short_literal(value: &DeValue<'_>) -> Option<String> {
    let text = match value {
        DeValue::String(s) => s.to_string(),
        DeValue::Integer(i) => i.as_str().to_string(),
        DeValue::Float(f) => f.as_str().to_string(),
        DeValue::Boolean(b) => b.to_string(),
        DeValue::Datetime(dt) => dt.to_string(),
        DeValue::Array(_) | DeValue::Table(_) => return None,
    };
    let text: String = text.chars().filter(|c| !c.is_control()).collect();
    Some(if text.chars().count() > 40 { format!("{}…", text.chars().take(39).collect::<String>()) } else { text })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_plain_date_reads_as_display_writes_it() {
        for text in ["2021-03-04", "0001-01-01", "9999-12-31"] {
            let dt = text.parse::<toml::value::Datetime>().expect("a date");
            let fast = super::plain_date(&dt).expect("a plain date");
            assert_eq!(std::str::from_utf8(&fast).unwrap(), dt.to_string());
        }
        for text in ["2021-03-04T10:00:00", "2021-03-04T10:00:00Z", "10:00:00"] {
            let dt = text.parse::<toml::value::Datetime>().expect("a date-time");
            assert_eq!(super::plain_date(&dt), None, "{text}: written by Display");
        }
    }

    use super::*;

    const SRC: &str = "manifest_version = 1\n[partner]\nname = \"Contoso\"\n[[incidents]]\nid = \"A\"\n[[incidents]]\nid = \"B\"\nroles = [\"x\", 2]\n";

    fn text(doc: &Document<'_>, target: Target) -> String {
        let span = doc.span(&target);
        SRC[span.offset..span.end()].to_string()
    }

    #[test]
    fn locates_values_keys_and_tables() {
        let doc = Document::parse(SRC).expect("valid");
        assert_eq!(text(&doc, Target::Value(Path::item("incidents", 1).key("id"))), "\"B\"");
        assert_eq!(text(&doc, Target::Key(Path::of(&["partner", "name"]))), "name");
        assert_eq!(text(&doc, Target::Value(Path::of(&["partner"]))), "[partner]");
        assert_eq!(text(&doc, Target::Value(Path::item("incidents", 1))), "[[incidents]]");
        assert_eq!(text(&doc, Target::Value(Path::item("incidents", 1).key("roles").index(1))), "2");
        // A missing key resolves to its table.
        assert_eq!(text(&doc, Target::Value(Path::of(&["partner", "mpn_id"]))), "[partner]");
    }

    #[test]
    fn converts_to_json_and_reports_huge_integers() {
        let doc = Document::parse("a = 2021-01-01\nb = 99999999999999999999\nc = 0x1F\n").expect("valid");
        let (json, faults) = doc.to_json();
        assert_eq!(json["a"], "2021-01-01");
        assert_eq!(json["c"], 31);
        assert_eq!(faults.len(), 1);
        assert_eq!(faults[0].path, Path::of(&["b"]));
    }

    #[test]
    fn names_paths_like_users_do() {
        let p = Path::item("accounts", 2).key("roles").index(1);
        assert_eq!(p.to_string(), "accounts[2].roles[1]");
        assert_eq!(p.leaf_name(), "roles[1]");
        assert_eq!(Path::item("accounts", 2).table_name(), "`[[accounts]]`");
    }
}

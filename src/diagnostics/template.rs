//! Message templates of policy rules: text with `{field}` placeholders that a
//! rule fills in with the facts of a finding. `{{` and `}}` write braces.

use std::fmt::Write;
use std::sync::Arc;

use crate::i18n::Bundle;

/// A parsed message template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    source: String,
    parts: Vec<Part>,
    /// The translation that renders it instead, in a policy translated to
    /// another language.
    translated: Option<Translated>,
}

/// A message (or `message.attribute`) of a policy's Fluent translation.
#[derive(Clone)]
struct Translated {
    bundle: Arc<Bundle>,
    id: String,
}

impl std::fmt::Debug for Translated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translated").field("id", &self.id).finish_non_exhaustive()
    }
}

impl PartialEq for Translated {
    fn eq(&self, other: &Translated) -> bool {
        self.id == other.id && Arc::ptr_eq(&self.bundle, &other.bundle)
    }
}

impl Eq for Translated {}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Field { name: String, offset: usize },
}

/// A placeholder that was opened and never closed, or left empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// Byte offset in the template text.
    pub offset: usize,
}

impl Template {
    /// Parses `text`, finding its placeholders.
    pub fn parse(text: &str) -> Result<Template, TemplateError> {
        // Literal text is copied a run at a time, between braces: every
        // rule's message, help and labels are parsed at start-up.
        let bytes = text.as_bytes();
        let mut parts = Vec::new();
        let mut literal = String::new();
        let (mut run, mut i) = (0, 0);
        while i < bytes.len() {
            match bytes[i] {
                // `{{` and `}}` are a brace of the text: the run keeps the first.
                brace @ (b'{' | b'}') if bytes.get(i + 1) == Some(&brace) => {
                    literal.push_str(&text[run..=i]);
                    i += 2;
                    run = i;
                }
                b'{' => {
                    literal.push_str(&text[run..i]);
                    let start = i + 1;
                    let end = bytes[start..]
                        .iter()
                        .position(|&b| b == b'}')
                        .map(|p| start + p)
                        .ok_or(TemplateError { offset: i })?;
                    let name = text[start..end].trim();
                    if name.is_empty() {
                        return Err(TemplateError { offset: i });
                    }
                    if !literal.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut literal)));
                    }
                    parts.push(Part::Field { name: name.to_string(), offset: start });
                    i = end + 1;
                    run = i;
                }
                _ => i += 1,
            }
        }
        literal.push_str(&text[run..]);
        if !literal.is_empty() {
            parts.push(Part::Text(literal));
        }
        Ok(Template { source: text.to_string(), parts, translated: None })
    }

    /// A template with no placeholders.
    pub fn literal(text: &str) -> Template {
        Template { source: text.to_string(), parts: vec![Part::Text(text.to_string())], translated: None }
    }

    /// The same template rendered by message `id` (`message` or
    /// `message.attribute`) of a translation, whose variables are the
    /// template's fields. Its placeholders stay those of the policy's own
    /// text, which the compiler checked against the rule's kind.
    pub fn translated(&self, bundle: Arc<Bundle>, id: String) -> Template {
        Template { translated: Some(Translated { bundle, id }), ..self.clone() }
    }

    /// The template as the policy wrote it.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The placeholders, with their byte offsets in the template text.
    pub fn fields(&self) -> impl Iterator<Item = (&str, usize)> {
        self.parts.iter().filter_map(|p| match p {
            Part::Field { name, offset } => Some((name.as_str(), *offset)),
            Part::Text(_) => None,
        })
    }

    /// Fills the placeholders; a field the finding does not have renders empty.
    pub fn render(&self, fields: &Fields) -> String {
        if let Some(translated) = &self.translated {
            let args = fluent_args(fields);
            if let Some(text) = crate::i18n::format(&translated.bundle, &translated.id, Some(&args)) {
                return text;
            }
        }
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Field { name, .. } => {
                    let _ = write!(out, "{}", fields.get(name).unwrap_or(""));
                }
            }
        }
        out
    }
}

/// A rule's field as a Fluent variable: `{this.account}` is `{ $this-account }`
/// (Fluent's names have no `.`).
pub fn variable(field: &str) -> String {
    field.replace('.', "-")
}

/// A finding's facts as the arguments of a Fluent message: a whole number
/// written as one (`11`, not `011`) and small enough to be exact is a number,
/// and chooses plural forms; everything else is text.
fn fluent_args(fields: &Fields) -> fluent_bundle::FluentArgs<'_> {
    const EXACT: i64 = 1 << 53;
    let mut args = fluent_bundle::FluentArgs::new();
    for (name, value) in fields.iter() {
        let name = variable(name);
        match value.parse::<i64>() {
            Ok(n) if (-EXACT..=EXACT).contains(&n) && n.to_string() == value => args.set(name, n),
            _ => args.set(name, value),
        }
    }
    args
}

/// The facts of one finding, by name, for its templates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields(Vec<(String, String)>);

impl Fields {
    /// No fields.
    pub fn new() -> Fields {
        Fields(Vec::new())
    }

    /// Adds (or replaces) a field.
    pub fn set(&mut self, name: impl Into<String>, value: impl ToString) -> &mut Fields {
        let name = name.into();
        let value = value.to_string();
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((name, value)),
        }
        self
    }

    /// Builder form of [`Fields::set`].
    pub fn with(mut self, name: impl Into<String>, value: impl ToString) -> Fields {
        self.set(name, value);
        self
    }

    /// The same fields with every value passed through `f`.
    pub fn map_values(&self, f: impl Fn(&str) -> String) -> Fields {
        Fields(self.0.iter().map(|(n, v)| (n.clone(), f(v))).collect())
    }

    /// Every field, in the order set.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }

    /// The value of a field.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_fields_and_escapes() {
        let t = Template::parse("`{benefit}` allows {quota} {{sic}}").expect("valid");
        let f = Fields::new().with("benefit", "product-support").with("quota", 20);
        assert_eq!(t.render(&f), "`product-support` allows 20 {sic}");
        assert_eq!(t.fields().map(|f| f.0).collect::<Vec<_>>(), ["benefit", "quota"]);
    }

    /// The parser as it first read templates, a character at a time: the
    /// oracle of the one above.
    fn parse_by_chars(text: &str) -> Result<Vec<Part>, TemplateError> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '{' if chars.peek().map(|p| p.1) == Some('{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek().map(|p| p.1) == Some('}') => {
                    chars.next();
                    literal.push('}');
                }
                '{' => {
                    let start = i + 1;
                    let end = chars.by_ref().find(|(_, d)| *d == '}').map(|(j, _)| j);
                    let end = end.ok_or(TemplateError { offset: i })?;
                    let name = text[start..end].trim();
                    if name.is_empty() {
                        return Err(TemplateError { offset: i });
                    }
                    if !literal.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut literal)));
                    }
                    parts.push(Part::Field { name: name.to_string(), offset: start });
                }
                other => literal.push(other),
            }
        }
        if !literal.is_empty() {
            parts.push(Part::Text(literal));
        }
        Ok(parts)
    }

    proptest::proptest! {
        #[test]
        fn parses_as_the_character_parser_did(text in "[a-zé {}_]{0,24}") {
            let fast = Template::parse(&text).map(|t| t.parts);
            proptest::prop_assert_eq!(fast, parse_by_chars(&text));
        }
    }

    #[test]
    fn rejects_unclosed_and_empty_placeholders() {
        assert_eq!(Template::parse("a {b").unwrap_err().offset, 2);
        assert!(Template::parse("a {} b").is_err());
    }
}

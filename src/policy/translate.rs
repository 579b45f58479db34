//! A policy in another language: the message files shipped beside a policy
//! version (`2021-03-04.toml` → `2021-03-04.es.ftl`, `2021-03-04.it.ftl`)
//! translate its own text — the names of its catalogues' entries, its codes'
//! summaries and explanations, its rules' messages, help and labels — in
//! Project Fluent's syntax, with plurals from the language. A version that
//! extends another inherits the base's translations and overrides them.
//!
//! The ids of a policy's messages are derived from the policy, so that a
//! translator never invents one; `entitle policy messages ID@VERSION` prints
//! them with their English text, ready to translate:
//!
//! | text                          | message id                              |
//! |-------------------------------|-----------------------------------------|
//! | the policy's title            | `policy-title`                          |
//! | an entry's name               | `<catalogue>-<id>`: `roles-global-admin` |
//! | a grant's name                | `benefits-<id>.grant-<tier>[-<class>]`  |
//! | a code's summary, explanation | `code-<code>`, `code-<code>.explanation` |
//! | a rule's message, help, label | `rule-<key>`, `.help`, `.label`, `.label-<name>` |
//!
//! In an id, every character but `a`–`z`, `0`–`9` and `-` becomes `-`
//! (`quota.exceeded` → `code-quota-exceeded`); a rule's key is its `id`, else
//! `<code>/<kind>` (`<code>/<kind>/<collection>` for uniqueness rules).
//! Fields are Fluent variables: the policy's `{benefit}` is `{ $benefit }`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_syntax::ast;

use super::ruleset::{Catalog, Identified, RuleSet};
use crate::lang::Lang;
use crate::template::Template;

/// One message (or attribute) a policy's translation may give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The Fluent message id.
    pub id: String,
    /// The attribute, for help, labels, explanations and grant names.
    pub attribute: Option<String>,
    /// The English text, in the policy's template syntax.
    pub english: String,
    /// The fields the English text interpolates, as Fluent variables.
    pub fields: BTreeSet<String>,
    /// The fields the rule gives its templates, which a translation may use
    /// too (to choose a plural or a gender), as Fluent variables.
    pub allowed: BTreeSet<String>,
}

impl Entry {
    fn text(id: String, attribute: Option<String>, english: &str) -> Entry {
        Entry { id, attribute, english: english.to_string(), fields: BTreeSet::new(), allowed: BTreeSet::new() }
    }

    fn template(id: String, attribute: Option<String>, template: &Template, rule: &super::ruleset::Rule) -> Entry {
        let label = attribute.as_deref().is_some_and(|a| a.starts_with("label"));
        let allowed = super::kinds::template_fields(rule.check.as_ref(), label);
        let fields: BTreeSet<String> = template.fields().map(|(name, _)| variable(name)).collect();
        Entry {
            id,
            attribute,
            english: template.source().to_string(),
            allowed: allowed.iter().map(variable).chain(fields.iter().cloned()).collect(),
            fields,
        }
    }

    /// `id` or `id.attribute`, as [`crate::i18n::format`] takes it.
    pub fn key(&self) -> String {
        match &self.attribute {
            Some(attribute) => format!("{}.{attribute}", self.id),
            None => self.id.clone(),
        }
    }
}

pub use crate::template::variable;

/// A policy name as a Fluent identifier: lowercase ASCII letters, digits and
/// `-`, every other character `-`.
pub fn slug(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' { c } else { '-' }).collect()
}

fn names<'a, T: Identified>(
    out: &mut Vec<Entry>,
    prefix: &str,
    catalog: &'a Catalog<T>,
    name: impl Fn(&'a T) -> &'a str,
) {
    for item in catalog.iter() {
        out.push(Entry::text(format!("{prefix}-{}", slug(item.id())), None, name(item)));
    }
}

/// Every message the policy's translation may give, in policy order.
pub fn entries(set: &RuleSet) -> Vec<Entry> {
    let mut out = vec![Entry::text("policy-title".into(), None, &set.title)];
    names(&mut out, "programs", &set.programs, |n| &n.name);
    names(&mut out, "roles", &set.roles, |n| &n.name);
    names(&mut out, "portals", &set.portals, |n| &n.name);
    names(&mut out, "product-kinds", &set.product_kinds, |n| &n.name);
    names(&mut out, "competency-classes", &set.competency_classes, |n| &n.name);
    names(&mut out, "tiers", &set.tiers, |t| &t.name);
    names(&mut out, "competencies", &set.competencies, |c| &c.name);
    names(&mut out, "products", &set.products, |p| &p.name);
    for benefit in set.benefits.iter() {
        let id = benefit_id(benefit);
        out.push(Entry::text(id.clone(), None, &benefit.name));
        for grant in &benefit.grants {
            if let Some(name) = &grant.name {
                out.push(Entry::text(id.clone(), Some(grant_attribute(&grant.tier, grant.class.as_deref())), name));
            }
        }
    }
    for code in set.codes.iter() {
        let id = format!("code-{}", slug(&code.id));
        out.push(Entry::text(id.clone(), None, &code.summary));
        out.push(Entry::text(id, Some("explanation".into()), code.explanation.trim_end()));
    }
    let mut seen = BTreeSet::new();
    for rule in &set.rules {
        let id = format!("rule-{}", slug(&rule.key));
        if !seen.insert(id.clone()) {
            continue;
        }
        out.push(Entry::template(id.clone(), None, &rule.message, rule));
        if let Some(help) = &rule.help {
            out.push(Entry::template(id.clone(), Some("help".into()), help, rule));
        }
        if let Some(label) = &rule.label {
            out.push(Entry::template(id.clone(), Some("label".into()), label, rule));
        }
        let labels: BTreeMap<&String, &Template> = rule.labels.iter().collect();
        for (name, template) in labels {
            out.push(Entry::template(id.clone(), Some(format!("label-{}", slug(name))), template, rule));
        }
    }
    out
}

fn benefit_id(benefit: &super::ruleset::Benefit) -> String {
    format!("{}-{}", if benefit.plan { "plans" } else { "benefits" }, slug(&benefit.id))
}

fn grant_attribute(tier: &str, class: Option<&str>) -> String {
    match class {
        Some(class) => format!("grant-{}-{}", slug(tier), slug(class)),
        None => format!("grant-{}", slug(tier)),
    }
}

/// The policy's messages in English, as a Fluent file a translator copies
/// to `<version>.<lang>.ftl` and translates.
pub fn skeleton(set: &RuleSet) -> String {
    let mut out = format!(
        "# Messages of policy `{}` version {}, in English.\n# Copy to {}.<lang>.ftl beside the policy file and translate the text;\n# keep every id and every `{{ $variable }}`.\n",
        set.id, set.version, set.version
    );
    let mut last: Option<&str> = None;
    let entries = entries(set);
    for entry in &entries {
        if last != Some(entry.id.as_str()) {
            out.push('\n');
            if entry.attribute.is_some() {
                out.push_str(&entry.id);
                out.push_str(" =\n");
            }
        }
        let text = to_fluent(&entry.english);
        match &entry.attribute {
            None => {
                out.push_str(&entry.id);
                out.push_str(" =");
                push_pattern(&mut out, &text, "    ");
            }
            Some(attribute) => {
                out.push_str("    .");
                out.push_str(attribute);
                out.push_str(" =");
                push_pattern(&mut out, &text, "        ");
            }
        }
        last = Some(entry.id.as_str());
    }
    out
}

fn push_pattern(out: &mut String, text: &str, indent: &str) {
    if text.contains('\n') {
        out.push('\n');
        for line in text.lines() {
            if !line.is_empty() {
                out.push_str(indent);
                out.push_str(line);
            }
            out.push('\n');
        }
    } else {
        out.push(' ');
        out.push_str(text);
        out.push('\n');
    }
}

/// A template of the policy's syntax in Fluent's: `{field}` → `{ $field }`,
/// and the characters Fluent gives a meaning to as string literals.
pub fn to_fluent(template: &str) -> String {
    let mut out = String::with_capacity(template.len() + 8);
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push_str("{\"{\"}");
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push_str("{\"}\"}");
            }
            '{' => {
                let name: String = chars.by_ref().take_while(|&d| d != '}').collect();
                out.push_str("{ $");
                out.push_str(&variable(name.trim()));
                out.push_str(" }");
            }
            '}' => out.push_str("{\"}\"}"),
            c => out.push(c),
        }
    }
    out
}

/// The variables a Fluent pattern uses, selectors and function arguments included.
pub fn variables<S: AsRef<str>>(pattern: &ast::Pattern<S>) -> BTreeSet<String> {
    let walk = walk_pattern::<S>;
    fn inline<S: AsRef<str>>(expression: &ast::InlineExpression<S>, out: &mut BTreeSet<String>) {
        match expression {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.as_ref().to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. }
            | ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
                for argument in &arguments.positional {
                    inline(argument, out);
                }
                for argument in &arguments.named {
                    inline(&argument.value, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr<S: AsRef<str>>(expression: &ast::Expression<S>, out: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Inline(e) => inline(e, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for variant in variants {
                    walk_pattern(&variant.value, out);
                }
            }
        }
    }
    fn walk_pattern<S: AsRef<str>>(p: &ast::Pattern<S>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(pattern, &mut out);
    out
}

/// The policy in `lang`: every entry the translation sources give replaced
/// by its translation, every other one left in English. The sources are the
/// Fluent files of the version's chain, base first.
pub fn localize(set: &RuleSet, lang: Lang, sources: &[&str]) -> RuleSet {
    let (bundle, _) = crate::i18n::bundle(lang, sources);
    let bundle = Arc::new(bundle);
    let text = |id: &str, english: &str| crate::i18n::format(&bundle, id, None).unwrap_or_else(|| english.to_string());
    let mut out = set.clone();
    out.title = text("policy-title", &set.title);
    out.programs.for_each_mut(|n| n.name = text(&format!("programs-{}", slug(&n.id)), &n.name));
    out.roles.for_each_mut(|n| n.name = text(&format!("roles-{}", slug(&n.id)), &n.name));
    out.portals.for_each_mut(|n| n.name = text(&format!("portals-{}", slug(&n.id)), &n.name));
    out.product_kinds.for_each_mut(|n| n.name = text(&format!("product-kinds-{}", slug(&n.id)), &n.name));
    out.competency_classes.for_each_mut(|n| n.name = text(&format!("competency-classes-{}", slug(&n.id)), &n.name));
    out.tiers.for_each_mut(|t| t.name = text(&format!("tiers-{}", slug(&t.id)), &t.name));
    out.competencies.for_each_mut(|c| c.name = text(&format!("competencies-{}", slug(&c.id)), &c.name));
    out.products.for_each_mut(|p| p.name = text(&format!("products-{}", slug(&p.id)), &p.name));
    out.benefits.for_each_mut(|b| {
        let id = benefit_id(b);
        b.name = text(&id, &b.name);
        for grant in &mut b.grants {
            if let Some(name) = &grant.name {
                let key = format!("{id}.{}", grant_attribute(&grant.tier, grant.class.as_deref()));
                grant.name = Some(text(&key, name));
            }
        }
    });
    out.codes.for_each_mut(|c| {
        let id = format!("code-{}", slug(&c.id));
        c.summary = text(&id, &c.summary);
        c.explanation = text(&format!("{id}.explanation"), &c.explanation);
    });
    for rule in &mut out.rules {
        let id = format!("rule-{}", slug(&rule.key));
        let translate = |template: &Template, key: String| match crate::i18n::format(&bundle, &key, None) {
            Some(_) => template.translated(Arc::clone(&bundle), key),
            None => template.clone(),
        };
        rule.message = translate(&rule.message, id.clone());
        rule.help = rule.help.as_ref().map(|h| translate(h, format!("{id}.help")));
        rule.label = rule.label.as_ref().map(|l| translate(l, format!("{id}.label")));
        for (name, template) in rule.labels.iter_mut() {
            *template = translate(template, format!("{id}.label-{}", slug(name)));
        }
    }
    out
}

/// What a translation file says against the policy it translates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Fluent syntax the parser could not read, at a byte range.
    Syntax {
        /// Where, in bytes of the file.
        at: std::ops::Range<usize>,
        /// The parser's message.
        message: String,
    },
    /// A message of the policy the file does not translate.
    Missing {
        /// The message's id (`id` or `id.attribute`).
        key: String,
    },
    /// A message the policy does not have.
    Extra {
        /// The message's id.
        key: String,
        /// Where, in bytes of the file.
        at: std::ops::Range<usize>,
    },
    /// A variable the rule does not give the message (the English text's
    /// and the rule's other fields are given).
    UnknownVariable {
        /// The message's id.
        key: String,
        /// The variable, without its `$`.
        variable: String,
        /// The variables the message may use.
        fields: Vec<String>,
        /// Where, in bytes of the file.
        at: std::ops::Range<usize>,
    },
    /// A field of the English text the translation leaves out.
    MissingVariable {
        /// The message's id.
        key: String,
        /// The variable, without its `$`.
        variable: String,
        /// Where, in bytes of the file.
        at: std::ops::Range<usize>,
    },
}

/// Compares a translation file with the policy's messages.
pub fn review(set: &RuleSet, text: &str) -> Vec<Fault> {
    let mut faults = Vec::new();
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                faults.push(Fault::Syntax { at: error.pos.clone(), message: error.kind.to_string() });
            }
            resource
        }
    };
    let expected: BTreeMap<String, Entry> = entries(set).into_iter().map(|e| (e.key(), e)).collect();
    let mut given: BTreeMap<String, (BTreeSet<String>, Option<std::ops::Range<usize>>)> = BTreeMap::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else { continue };
        let id = message.id.name;
        let at = locate(text, id, None);
        if let Some(value) = &message.value {
            given.insert(id.to_string(), (variables(value), at.clone()));
        }
        for attribute in &message.attributes {
            let key = format!("{id}.{}", attribute.id.name);
            let at = locate(text, id, Some(attribute.id.name)).or_else(|| at.clone());
            given.insert(key, (variables(&attribute.value), at));
        }
    }
    for (key, entry) in &expected {
        match given.get(key) {
            None => faults.push(Fault::Missing { key: key.clone() }),
            Some((variables, at)) => {
                for variable in variables.difference(&entry.allowed) {
                    faults.push(Fault::UnknownVariable {
                        key: key.clone(),
                        variable: variable.clone(),
                        fields: entry.allowed.iter().cloned().collect(),
                        at: at.clone().unwrap_or(0..0),
                    });
                }
                for field in entry.fields.difference(variables) {
                    faults.push(Fault::MissingVariable {
                        key: key.clone(),
                        variable: field.clone(),
                        at: at.clone().unwrap_or(0..0),
                    });
                }
            }
        }
    }
    for (key, (_, at)) in &given {
        if !expected.contains_key(key) {
            faults.push(Fault::Extra { key: key.clone(), at: at.clone().unwrap_or(0..0) });
        }
    }
    faults
}

/// The messages and attributes a Fluent text gives, as `id` and `id.attribute`.
pub fn given(text: &str) -> Vec<String> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut out = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry {
            if message.value.is_some() {
                out.push(message.id.name.to_string());
            }
            out.extend(message.attributes.iter().map(|a| format!("{}.{}", message.id.name, a.id.name)));
        }
    }
    out
}

/// Where message `id` (or its attribute) is written: the id's bytes on the
/// line that starts it.
fn locate(text: &str, id: &str, attribute: Option<&str>) -> Option<std::ops::Range<usize>> {
    let mut offset = 0;
    let mut in_message = false;
    for line in text.split_inclusive('\n') {
        let starts = line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('='));
        if starts {
            if attribute.is_none() {
                return Some(offset..offset + id.len());
            }
            in_message = true;
        } else if in_message && !line.starts_with([' ', '\t', '\n', '\r']) && !line.starts_with('#') {
            in_message = false;
        } else if let (true, Some(attribute)) = (in_message, attribute) {
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            if trimmed
                .strip_prefix('.')
                .and_then(|r| r.strip_prefix(attribute))
                .is_some_and(|r| r.trim_start().starts_with('='))
            {
                return Some(offset + indent..offset + indent + 1 + attribute.len());
            }
        }
        offset += line.len();
    }
    None
}

//! Hover, completion, go to definition, document symbols and code actions:
//! each reads the text under the cursor with [`scan`] and the policy that
//! judges the manifest. Every word shown that comes from the file goes
//! through the file's secret masking, as `check`'s reports do.

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CompletionItem, CompletionItemKind,
    CompletionParams, CompletionResponse, CompletionTextEdit, DocumentSymbol, DocumentSymbolParams,
    DocumentSymbolResponse, GotoDefinitionParams, GotoDefinitionResponse, Hover, HoverContents, HoverParams, Location,
    MarkupContent, MarkupKind, Position, Range, SymbolKind, TextEdit, WorkspaceEdit,
};
use serde_json::Value as Json;

use super::scan::{self, Cursor, Entry};
use super::words::t;
use super::{Doc, Kind, Server, kind};
use crate::date::Date;
use crate::policy::RuleSet;
use crate::redact;

/// A value for Markdown: escaped, in a code span.
fn code(text: &str) -> String {
    crate::escape::markdown_code(text, false)
}

/// A policy's name for something, for Markdown: escaped, so that it can
/// neither hide what it says nor become a link or markup.
fn name(text: &str) -> String {
    crate::escape::markdown_text(text, false)
}

/// The document and byte offset of a request's position.
fn at<'s>(server: &'s Server, uri: &lsp_types::Uri, position: Position) -> Option<(&'s Doc, usize)> {
    let doc = server.docs.get(uri.as_str())?;
    Some((doc, doc.text.offset(position, server.encoding)))
}

/// The catalogue of the policy that a manifest key (or a policy key) names.
fn catalogue(table: &str, key: &str) -> Option<&'static str> {
    Some(match (table, key) {
        (_, "offer" | "tier" | "tiers") => "tiers",
        (_, "competency" | "competencies") => "competencies",
        (_, "benefit" | "benefits" | "plan" | "plans") => "benefits",
        (_, "product" | "products" | "except_products") => "products",
        (_, "portal" | "portals") => "portals",
        (_, "roles" | "role") => "roles",
        (_, "programs" | "program") => "programs",
        (_, "class" | "competency_class") => "competency_classes",
        (_, "kind" | "kinds" | "product_kinds") if table != "rules" => "product_kinds",
        _ => return None,
    })
}

/// Keys whose values name an account of the manifest.
fn names_account(key: &str) -> bool {
    matches!(key, "opened_by" | "activated_by" | "account" | "owner")
}

// --- hover ------------------------------------------------------------------

pub(super) fn hover(server: &mut Server, params: &HoverParams) -> Option<Hover> {
    let place = &params.text_document_position_params;
    let (doc, offset) = at(server, &place.text_document.uri, place.position)?;
    let text = doc.text.as_str();
    let entries = doc.entries();
    let cursor = scan::cursor(entries, offset)?;
    let value = cursor.value?;
    let pair = cursor.pair?;
    let markdown = match kind(text) {
        Kind::Manifest => manifest_hover(server, doc, entries, cursor, &pair.key, &value.text),
        Kind::Policy => {
            let rules = own_rules(server, doc);
            let id = rules.zip(catalogue(&cursor.entry.table, &pair.key));
            id.and_then(|(rules, catalogue)| id_hover(rules, catalogue, &value.text, rules.effective))
                .or_else(|| code_hover(server, rules, &value.text))
        }
        Kind::Other => None,
    }?;
    let secrets = doc.secrets();
    // Whatever a line was built from, it shows no raw control or invisible
    // character (escaping is idempotent: what is escaped stays as it is).
    let markdown: Vec<String> = markdown.lines().map(|line| crate::escape::inline(line).into_owned()).collect();
    let markdown = markdown.join("\n");
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: secrets.mask_text(&markdown).into_owned(),
        }),
        range: Some(doc.text.range(value.span.0, value.span.1 - value.span.0, server.encoding)),
    })
}

fn code_hover(server: &Server, rules: Option<&RuleSet>, name: &str) -> Option<String> {
    let doc = match rules {
        Some(rules) => rules.codes.get(name).map(|c| c.doc()),
        None => None,
    }
    .or_else(|| server.policies.library.codes().into_iter().find(|d| d.code.as_str() == name))?;
    Some(format!(
        "**{}** ({}: {})\n\n{}\n\n{}",
        code(doc.code.as_str()),
        t("severity", &[]),
        doc.severity.as_str(),
        doc.summary,
        doc.explanation
    ))
}

fn manifest_hover(
    server: &Server,
    doc: &Doc,
    entries: &[Entry],
    cursor: Cursor<'_>,
    key: &str,
    value: &str,
) -> Option<String> {
    let rules = server.rules_for(doc);
    let as_of = doc.judged.as_ref().map_or_else(Date::today, |j| j.as_of);
    if key == "code" {
        return code_hover(server, rules, value);
    }
    if redact::is_secret_key(key) {
        return access_hover(entries, value);
    }
    if names_account(key) || (cursor.entry.table == "accounts" && key == "user") {
        let account = scan::of(entries, "accounts").find(|e| e.text("user") == Some(value))?;
        let roles: Vec<String> = account
            .pairs
            .iter()
            .filter(|p| p.key == "roles")
            .flat_map(|p| p.values.iter().map(|v| code(&v.text)))
            .collect();
        return Some(format!(
            "**{}** {}\n\n{}: {}",
            t("account", &[]),
            code(value),
            t("roles", &[]),
            if roles.is_empty() { t("none", &[]) } else { roles.join(", ") }
        ));
    }
    if let Some(date) = Date::parse(value).filter(|_| !value.is_empty()) {
        return date_hover(doc, entries, date);
    }
    id_hover(rules?, catalogue(&cursor.entry.table, key)?, value, as_of)
}

/// The version a policy file defines (its own, or that of the file open
/// over the source it stands for).
fn own_rules<'s>(server: &'s Server, doc: &Doc) -> Option<&'s RuleSet> {
    let path = super::file_path(&doc.uri)?;
    let origin = server.policies.origin_for(&path);
    server.policies.library.all().iter().find(|s| s.origin == origin).map(|s| s.as_ref())
}

/// What the policy says of an id of one of its catalogues.
fn id_hover(rules: &RuleSet, catalogue: &str, value: &str, as_of: Date) -> Option<String> {
    let as_of_text = as_of.to_string();
    match catalogue {
        "tiers" => {
            let tier = rules.tiers.get(value)?;
            let mut out = format!("**{}** {}", name(&tier.name), code(&tier.id));
            for benefit in rules.benefits.iter() {
                for grant in benefit.grants.iter().filter(|g| g.tier == tier.id) {
                    let class = grant.class.as_deref().map_or_else(|| t("any-class", &[]), code);
                    out.push_str(&format!(
                        "\n- {} {} ({}): {}",
                        t("grants", &[]),
                        code(&benefit.id),
                        class,
                        t("incidents", &[("n", &grant.incidents.to_string())])
                    ));
                }
            }
            Some(out)
        }
        "competencies" => {
            let c = rules.competencies.get(value)?;
            let class = rules.competency_classes.get(&c.class).map_or(c.class.as_str(), |k| k.name.as_str());
            Some(format!("**{}** {}\n\n{}: {}", name(&c.name), code(&c.id), t("class", &[]), name(class)))
        }
        "benefits" => {
            let b = rules.benefits.get(value)?;
            let what = if b.plan { t("plan", &[]) } else { t("benefit", &[]) };
            let mut out = format!("**{}** {} ({what})", name(&b.name), code(&b.id));
            let mut scope: Vec<String> = b.scope.kinds.iter().chain(&b.scope.products).map(|k| code(k)).collect();
            if b.scope.recent_only {
                scope.push(t("recent-only", &[]));
            }
            out.push_str(&format!("\n\n{}: {}", t("scope", &[]), scope.join(", ")));
            if b.activation {
                out.push_str(&format!("\n\n{}", t("needs-activation", &[])));
            }
            if b.contract {
                out.push_str(&format!("; {}", t("needs-contract", &[])));
            }
            for grant in &b.grants {
                let class = grant.class.as_deref().map_or_else(|| t("any-class", &[]), code);
                out.push_str(&format!(
                    "\n- {} / {}: {}",
                    code(&grant.tier),
                    class,
                    t("incidents", &[("n", &grant.incidents.to_string())])
                ));
            }
            Some(out)
        }
        "products" => {
            let p = rules.products.get(value)?;
            let recent = if p.is_recent_on(as_of) { "recent" } else { "not-recent" };
            let mut out = format!(
                "**{}** {}\n\n{}: {}; {}",
                name(&p.name),
                code(&p.id),
                t("kind", &[]),
                code(&p.kind),
                t(recent, &[("date", &as_of_text)])
            );
            if let Some(end) = p.mainstream_end {
                out.push_str(&format!("; {}", t("mainstream-end", &[("date", &end.to_string())])));
            }
            Some(out)
        }
        other => {
            let (id, named) = rules.named_entries(other)?.into_iter().find(|(id, _)| *id == value)?;
            Some(format!("**{}** {}", name(named), code(id)))
        }
    }
}

/// An Access ID: its last four characters and the activation it belongs to.
fn access_hover(entries: &[Entry], value: &str) -> Option<String> {
    let activation = scan::of(entries, "activations").find(|e| e.text("access_id") == Some(value))?;
    let mut out = format!(
        "**{}**\n\n{}",
        code(&redact::mask(value)),
        t(
            "activation",
            &[
                ("benefit", &crate::escape::inline(activation.text("benefit").unwrap_or_default())),
                ("date", &crate::escape::inline(activation.text("requested_on").unwrap_or_default()))
            ]
        )
    );
    if let Some(expires) = activation.text("expires") {
        out.push_str(&format!("; {}", t("expires", &[("date", &crate::escape::inline(expires))])));
    }
    Some(out)
}

/// A date: the memberships and the contracts active then.
fn date_hover(doc: &Doc, entries: &[Entry], date: Date) -> Option<String> {
    let day = |e: &Entry, key: &str| e.text(key).and_then(Date::parse);
    let mut out = format!("**{}**", t("active-on", &[("date", &date.to_string())]));
    out.push_str(&format!("\n\n{}:", t("memberships", &[])));
    let mut any = false;
    for m in scan::of(entries, "memberships") {
        if day(m, "start").is_some_and(|s| s <= date) && day(m, "end").is_some_and(|e| date <= e) {
            let name = match m.text("competency") {
                Some(c) => format!("{} / {}", code(m.text("offer").unwrap_or_default()), code(c)),
                None => code(m.text("offer").unwrap_or_default()),
            };
            out.push_str(&format!("\n- {name}"));
            any = true;
        }
    }
    if !any {
        out.push_str(&format!(" {}", t("none", &[])));
    }
    out.push_str(&format!("\n\n{}:", t("contracts", &[])));
    // When each benefit's contract ends, worked out once (a lookup per
    // activation would be quadratic in a file of thousands of them): its
    // first activation's `expires`, else the last membership's end.
    let mut first_expires: std::collections::HashMap<&str, Option<Date>> = std::collections::HashMap::new();
    let mut last_end = None;
    if let Some(judged) = doc.judged.as_ref() {
        for a in &judged.manifest.activations {
            first_expires.entry(a.benefit.as_str()).or_insert(a.expires);
        }
        last_end = judged.manifest.memberships.iter().map(|m| m.end).max();
    }
    let judged = doc.judged.is_some();
    let ends = |benefit: &str| -> Option<Date> {
        if !judged {
            return None;
        }
        first_expires.get(benefit).copied().flatten().or(last_end)
    };
    let mut any = false;
    for a in scan::of(entries, "activations").filter(|a| a.get("access_id").is_some()) {
        let benefit = a.text("benefit").unwrap_or_default();
        let expires = day(a, "expires").or_else(|| ends(benefit));
        if day(a, "requested_on").is_some_and(|s| s <= date) && expires.is_none_or(|e| date <= e) {
            let id = a.text("access_id").map(redact::mask).unwrap_or_default();
            out.push_str(&format!("\n- {} {}", code(benefit), code(&id)));
            any = true;
        }
    }
    if !any {
        out.push_str(&format!(" {}", t("none", &[])));
    }
    Some(out)
}

// --- completion -------------------------------------------------------------

pub(super) fn completion(server: &mut Server, params: &CompletionParams) -> Option<CompletionResponse> {
    let place = &params.text_document_position;
    let (doc, offset) = at(server, &place.text_document.uri, place.position)?;
    let text = doc.text.as_str();
    let file_kind = kind(text);
    if file_kind == Kind::Other {
        return None;
    }
    let entries = doc.entries();
    let cursor = scan::cursor(entries, offset)?;
    let secrets = doc.secrets();
    let mut items: Vec<(String, String)> = Vec::new();
    let replace: (usize, usize);
    if cursor.on_key {
        let schema = match file_kind {
            Kind::Manifest => crate::manifest::schema(),
            _ => crate::policy::model::schema(),
        };
        items = keys_of(&schema, &cursor.entry.table);
        replace = cursor.pair.map_or((offset, offset), |p| p.key_span);
    } else {
        let key = cursor.pair.map(|p| p.key.as_str()).unwrap_or_default();
        replace = cursor.value.map_or((offset, offset), |v| v.span);
        if file_kind == Kind::Manifest {
            let rules = server.rules_for(doc);
            if names_account(key) {
                items = scan::of(entries, "accounts")
                    .filter_map(|a| Some((a.text("user")?.to_string(), a.text("kind").unwrap_or_default().to_string())))
                    .collect();
            } else if key == "code" {
                if let Some(rules) = rules {
                    items = rules.codes.iter().map(|c| (c.id.clone(), c.summary.clone())).collect();
                }
            } else if key == "policy" {
                items = server.policies.library.ids().iter().map(|id| (id.to_string(), String::new())).collect();
            } else if key == "policy_version" {
                let id = scan::cursor(entries, offset).and_then(|c| c.entry.text("policy")).map(str::to_string);
                for set in server.policies.library.all() {
                    if id.as_deref().is_none_or(|id| id == set.id) {
                        items.push((set.version.clone(), set.title.clone()));
                    }
                }
            } else if let (Some(rules), Some(catalogue)) = (rules, catalogue(&cursor.entry.table, key)) {
                items = catalogue_items(rules, catalogue, cursor.entry);
            }
        } else if let (Some(rules), Some(catalogue)) = (own_rules(server, doc), catalogue(&cursor.entry.table, key)) {
            items = catalogue_items(rules, catalogue, &scan::Entry::default());
        }
    }
    let quoted = cursor.value.is_none_or(|v| v.quoted);
    let in_quotes = cursor.value.is_some_and(|v| v.quoted);
    let range = doc.text.range(replace.0, replace.1 - replace.0, server.encoding);
    let items = items
        .into_iter()
        // An id that is a secret, or that cannot be shown as it is written
        // (a control or invisible character), is not offered.
        .filter(|(label, _)| {
            secrets.mask_text(label) == label.as_str() && crate::escape::inline(label) == label.as_str()
        })
        .map(|(label, detail)| {
            let detail = crate::escape::inline(&detail).into_owned();
            let insert = if cursor.on_key || in_quotes || !quoted { label.clone() } else { format!("\"{label}\"") };
            CompletionItem {
                label: label.clone(),
                kind: Some(if cursor.on_key { CompletionItemKind::FIELD } else { CompletionItemKind::VALUE }),
                detail: (!detail.is_empty()).then(|| secrets.mask_text(&detail).into_owned()),
                filter_text: Some(label),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit { range, new_text: insert })),
                ..Default::default()
            }
        })
        .collect();
    Some(CompletionResponse::Array(items))
}

/// The ids of a catalogue with their names; products only those the
/// entry's benefit covers.
fn catalogue_items(rules: &RuleSet, catalogue: &str, entry: &Entry) -> Vec<(String, String)> {
    let scope = entry.text("benefit").and_then(|b| rules.benefits.get(b)).map(|b| &b.scope);
    let covered =
        |id: &str| catalogue != "products" || rules.products.get(id).is_none_or(|p| scope.is_none_or(|s| s.covers(p)));
    let entries = rules.named_entries(catalogue).unwrap_or_default();
    entries.into_iter().filter(|(id, _)| covered(id)).map(|(id, name)| (id.to_string(), name.to_string())).collect()
}

/// The keys a table takes, with their descriptions, from a JSON Schema: in
/// the reader's language where the catalogues have them
/// (`schema-field-manifest-accounts-kind`), else the schema's.
fn keys_of(schema: &Json, table: &str) -> Vec<(String, String)> {
    let name = crate::structure::schema_name(schema);
    let translated = |key: &str| {
        let path: Vec<&str> = table.split('.').filter(|p| !p.is_empty()).chain([key]).collect();
        crate::structure::field_description(name, &path)
    };
    let resolve = |node: &Json| -> Json {
        let mut node = node.clone();
        for _ in 0..4 {
            if let Some(items) = node.get("items") {
                node = items.clone();
            } else if let Some(r) = node.get("$ref").and_then(Json::as_str) {
                let name = r.rsplit('/').next().unwrap_or_default();
                node = schema.get("$defs").and_then(|d| d.get(name)).cloned().unwrap_or(Json::Null);
            } else {
                break;
            }
        }
        node
    };
    let node = if table.is_empty() {
        schema.clone()
    } else {
        let mut node = schema.clone();
        for part in table.split('.') {
            node = resolve(node.get("properties").and_then(|p| p.get(part)).unwrap_or(&Json::Null));
        }
        node
    };
    node.get("properties")
        .and_then(Json::as_object)
        .map(|p| {
            p.iter()
                .map(|(k, v)| {
                    let english = || v.get("description").and_then(Json::as_str).unwrap_or_default().to_string();
                    (k.clone(), translated(k).unwrap_or_else(english))
                })
                .collect()
        })
        .unwrap_or_default()
}

// --- definition -------------------------------------------------------------

pub(super) fn definition(server: &mut Server, params: &GotoDefinitionParams) -> Option<GotoDefinitionResponse> {
    let place = &params.text_document_position_params;
    let (doc, offset) = at(server, &place.text_document.uri, place.position)?;
    let text = doc.text.as_str();
    let entries = doc.entries();
    let cursor = scan::cursor(entries, offset)?;
    let key = cursor.pair?.key.as_str();
    let value = cursor.value?;
    let here = |span: (usize, usize)| Location {
        uri: doc.uri.clone(),
        range: doc.text.range(span.0, span.1 - span.0, server.encoding),
    };
    let location = match kind(text) {
        Kind::Manifest if redact::is_secret_key(key) && cursor.entry.table != "activations" => {
            let activation = scan::of(entries, "activations").find(|e| e.text("access_id") == Some(&value.text))?;
            Some(here(activation.get("access_id")?.span))
        }
        Kind::Manifest => {
            let rules = server.rules_for(doc)?;
            let catalogue = catalogue(&cursor.entry.table, key)?;
            let (file, path) = rules.location_of(catalogue, &value.text)?;
            if server.policies.builtin {
                return None;
            }
            let source = server.policies.text_of(file)?;
            let document = crate::document::Document::parse(&source).ok()?;
            let span = document.span(&crate::document::Target::Value(path.key("id")));
            // The string's content, as the other locations give it.
            let quoted = source.get(span.offset..span.offset + 1) == Some("\"") && span.length >= 2;
            let (offset, length) = if quoted { (span.offset + 1, span.length - 2) } else { (span.offset, span.length) };
            let text = super::Text::new(source.clone());
            Some(Location {
                uri: super::file_uri(std::path::Path::new(file))?,
                range: text.range(offset, length, server.encoding),
            })
        }
        Kind::Policy if key == "extends" => {
            let (origin, _) = server.policies.sources().into_iter().find(|(_, t)| {
                let e = scan::entries(t);
                let policy = e.iter().find(|e| e.table == "policy");
                policy.is_some_and(|p| {
                    let version = p.text("version").unwrap_or_default();
                    value.text == version || value.text == format!("{}@{version}", p.text("id").unwrap_or_default())
                })
            })?;
            Some(Location { uri: super::file_uri(std::path::Path::new(&origin))?, range: Range::default() })
        }
        Kind::Policy => {
            let wanted = catalogue(&cursor.entry.table, key);
            let defines = |e: &&Entry| {
                e.array
                    && wanted.is_none_or(|w| w == e.table)
                    && e.text("id") == Some(&value.text)
                    && !std::ptr::eq(*e, cursor.entry)
            };
            match entries.iter().find(defines) {
                Some(e) => Some(here(e.get("id")?.span)),
                None => server.policies.sources().into_iter().find_map(|(origin, t)| {
                    let found = scan::entries(&t);
                    let e = found.iter().find(|e| {
                        e.array && wanted.is_none_or(|w| w == e.table) && e.text("id") == Some(&value.text)
                    })?;
                    let span = e.get("id")?.span;
                    Some(Location {
                        uri: super::file_uri(std::path::Path::new(&origin))?,
                        range: super::Text::new(t.clone()).range(span.0, span.1 - span.0, server.encoding),
                    })
                }),
            }
        }
        Kind::Other => None,
    }?;
    Some(GotoDefinitionResponse::Scalar(location))
}

// --- symbols ----------------------------------------------------------------

pub(super) fn symbols(server: &mut Server, params: &DocumentSymbolParams) -> Option<DocumentSymbolResponse> {
    let doc = server.docs.get(params.text_document.uri.as_str())?;
    let text = doc.text.as_str();
    if kind(text) == Kind::Other {
        return None;
    }
    let secrets = doc.secrets();
    let entries = doc.entries();
    let mut out = Vec::new();
    for entry in entries.iter().filter(|e| !e.table.is_empty()) {
        let name = symbol_name(entry);
        let range = doc.text.range(entry.header.0, entry.end.saturating_sub(entry.header.0), server.encoding);
        let selection = doc.text.range(entry.header.0, entry.header.1 - entry.header.0, server.encoding);
        #[allow(deprecated)]
        out.push(DocumentSymbol {
            name: secrets.mask_text(&crate::escape::inline(&name)).into_owned(),
            detail: Some(secrets.mask_text(&crate::escape::inline(&entry.table)).into_owned()),
            kind: if entry.array { SymbolKind::STRUCT } else { SymbolKind::NAMESPACE },
            tags: None,
            deprecated: None,
            range,
            selection_range: selection,
            children: None,
        });
    }
    Some(DocumentSymbolResponse::Nested(out))
}

/// What a `[[table]]` entry is called in the outline.
fn symbol_name(entry: &Entry) -> String {
    let get = |k: &str| entry.text(k);
    let name = match entry.table.as_str() {
        "memberships" => match (get("offer"), get("competency")) {
            (Some(o), Some(c)) => Some(format!("{o} / {c}")),
            (o, _) => o.map(str::to_string),
        },
        "contract_links" => match (get("access_id"), get("account")) {
            (Some(a), Some(b)) => Some(format!("{} → {b}", redact::mask(a))),
            (a, _) => a.map(redact::mask),
        },
        "activations" => get("benefit").map(str::to_string),
        "accounts" => get("user").map(str::to_string),
        "rules" => match (get("code"), get("kind")) {
            (Some(c), Some(k)) => Some(format!("{c} ({k})")),
            (c, k) => c.or(k).map(str::to_string),
        },
        _ => None,
    };
    let name = name.or_else(|| ["id", "code", "user", "benefit"].iter().find_map(|k| get(k)).map(str::to_string));
    match name {
        Some(n) if entry.array => format!("{}: {n}", entry.table),
        _ => entry.table.clone(),
    }
}

// --- code actions -----------------------------------------------------------

pub(super) fn code_actions(server: &mut Server, params: &CodeActionParams) -> Option<Vec<CodeActionOrCommand>> {
    let key = params.text_document.uri.as_str().to_string();
    let findings = server.findings(&key);
    let doc = server.docs.get(&key)?;
    let text = doc.text.as_str();
    let start = doc.text.offset(params.range.start, server.encoding);
    let end = doc.text.offset(params.range.end, server.encoding);
    let entries = doc.entries();
    let rules = server.rules_for(doc);
    // `WorkspaceEdit` keys its changes by `Uri`, whose parsed parts clippy
    // takes for mutable: it is never changed once made.
    #[allow(clippy::mutable_key_type)]
    let edit = |edits: Vec<TextEdit>| {
        let mut changes = std::collections::HashMap::new();
        changes.insert(doc.uri.clone(), edits);
        Some(WorkspaceEdit { changes: Some(changes), ..Default::default() })
    };
    let mut out = Vec::new();
    let touches = |s: usize, l: usize| s <= end.max(start) && start <= s + l;
    for f in findings.iter().filter(|f| touches(f.span.offset, f.span.length)) {
        let range = doc.text.range(f.span.offset, f.span.length, server.encoding);
        if let Some(s) = &f.suggestion {
            let written = text.get(f.span.offset..f.span.offset + f.span.length).unwrap_or_default();
            let new_text = if written.starts_with('"') { format!("\"{s}\"") } else { s.clone() };
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: t("replace", &[("value", s)]),
                kind: Some(CodeActionKind::QUICKFIX),
                edit: edit(vec![TextEdit { range, new_text }]),
                is_preferred: Some(true),
                ..Default::default()
            }));
        }
        let Some(rules) = rules else { continue };
        for rule in rules.rules.iter().filter(|r| r.code == f.code) {
            let holder = entries.partition_point(|e| e.header.0 <= f.span.offset).checked_sub(1).map(|i| &entries[i]);
            if let Some(collection) = rule.check.duplicates_in()
                && let Some(entry) = holder.filter(|e| e.array && e.table == collection)
            {
                let whole = doc.text.range(entry.header.0, entry.end - entry.header.0, server.encoding);
                out.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: t("remove-link", &[]),
                    kind: Some(CodeActionKind::QUICKFIX),
                    edit: edit(vec![TextEdit { range: whole, new_text: String::new() }]),
                    ..Default::default()
                }));
            }
        }
        if f.waiver.is_none() && rules.rule_code(f.code.as_str()).is_some() {
            let as_of = doc.judged.as_ref().map_or_else(Date::today, |j| j.as_of);
            let expires = as_of.checked_plus_days(30).unwrap_or(as_of);
            let mut entry = format!("\n[[waivers]]\ncode = \"{}\"\n", f.code.as_str());
            if let Some(target) = waiver_target(f) {
                entry.push_str(&format!("target = \"{target}\"\n"));
            }
            entry.push_str(&format!(
                "reason = \"{}\"\nowner = \"{}\"\nexpires = {expires}\n",
                t("waiver-reason", &[]),
                t("waiver-owner", &[])
            ));
            let end_of_text = doc.text.position(text.len(), server.encoding);
            let prefix = if text.ends_with('\n') || text.is_empty() { "" } else { "\n" };
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: t("waive", &[("code", f.code.as_str())]),
                kind: Some(CodeActionKind::QUICKFIX),
                edit: edit(vec![TextEdit {
                    range: Range::new(end_of_text, end_of_text),
                    new_text: format!("{prefix}{entry}"),
                }]),
                ..Default::default()
            }));
        }
    }
    Some(out)
}

/// What a waiver names a finding by: the most specific of its facts (an
/// incident, an account, an Access ID's last four characters…).
fn waiver_target(f: &crate::Finding) -> Option<String> {
    let facts: Vec<(&str, &str)> = f.facts.iter().collect();
    let pick = |wanted: &dyn Fn(&str) -> bool| {
        facts.iter().find(|(name, value)| wanted(name) && !value.is_empty()).map(|(_, v)| v.to_string())
    };
    pick(&|n| n == "incident" || n == "id" || n.ends_with(".id"))
        .or_else(|| pick(&|n| n.ends_with("access_id")).map(|v| v.trim_start_matches('…').to_string()))
        .or_else(|| pick(&|n| n == "account" || n.ends_with(".account")))
        // Written into the waiver as it is: nothing TOML or a reader would
        // need escaped.
        .filter(|v| !v.contains(['"', '\\']) && crate::escape::inline(v) == v.as_str())
}

//! `entitle lsp`: a language server over stdio for manifests and policy
//! files. Diagnostics are `check`'s (and, for policy files, `policy lint`'s)
//! findings, computed on open and after each change once the typing pauses;
//! hover, completion, go to definition, document symbols and code actions
//! read the policy that judges the manifest.
//!
//! The server is a loop over messages ([`Server::handle`]) plus a clock
//! ([`Server::flush`]): a change only schedules a check of its document, and
//! the check runs when the document has been left alone for the debounce
//! delay, on its newest text. Stale versions are never checked.

mod features;
pub mod scan;
pub mod text;
mod words;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Duration, Instant};

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, Notification as _, PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, GotoDefinition, HoverRequest, Request as _,
};
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, InitializeParams, Location,
    NumberOrString, PositionEncodingKind, PublishDiagnosticsParams, Uri,
};
use rustc_hash::FxHashMap as HashMap;

use crate::date::Date;
use crate::diagnostic::{Finding, Severity};
use crate::manifest::Manifest;
use crate::policy::{Library, RuleSet};
use crate::redact::Redactor;
use crate::{Checker, Lang, Options};

pub use text::{Encoding, Text};

/// How long a document must be left alone before it is checked, unless the
/// client says otherwise (`initializationOptions.debounceMs`).
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(150);

/// The link of a code's explanation, unless the client gives its own
/// (`initializationOptions.explainUrl`, with `{code}` in it).
pub const DEFAULT_EXPLAIN_URL: &str = "entitle:explain/{code}";

/// Serves one client over stdin and stdout until it exits.
pub fn run_stdio() -> Result<(), String> {
    let (connection, threads) = Connection::stdio();
    serve(&connection)?;
    drop(connection);
    threads.join().map_err(|e| e.to_string())
}

/// Serves one client over a connection: initialize, then messages until
/// shutdown and exit (or the client goes away).
pub fn serve(connection: &Connection) -> Result<(), String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let mut server = Server::new(&params);
    connection.initialize_finish(id, server.initialize_result()).map_err(|e| e.to_string())?;
    loop {
        let message = match server.next_due() {
            Some(due) => match connection.receiver.recv_timeout(due.saturating_duration_since(Instant::now())) {
                Ok(message) => Some(message),
                Err(crossbeam_timeout) if crossbeam_timeout.is_timeout() => None,
                Err(_) => return Ok(()),
            },
            None => match connection.receiver.recv() {
                Ok(message) => Some(message),
                Err(_) => return Ok(()),
            },
        };
        if let Some(message) = message {
            if let Message::Request(request) = &message
                && connection.handle_shutdown(request).map_err(|e| e.to_string())?
            {
                return Ok(());
            }
            if matches!(&message, Message::Notification(n) if n.method == "exit") {
                return Ok(());
            }
            for out in server.handle(message) {
                if connection.sender.send(out).is_err() {
                    return Ok(());
                }
            }
        }
        for out in server.flush(Instant::now()) {
            if connection.sender.send(out).is_err() {
                return Ok(());
            }
        }
    }
}

/// What kind of file a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A `*.toml` with `manifest_version`.
    Manifest,
    /// A `*.toml` with a `[policy]` table.
    Policy,
    /// Anything else: not ours.
    Other,
}

/// What kind of file a text is.
pub(crate) fn kind(text: &str) -> Kind {
    let mut kind = Kind::Other;
    for line in text.lines() {
        let line = line.trim_start();
        if line.starts_with("manifest_version") {
            return Kind::Manifest;
        }
        if line.trim_end() == "[policy]" {
            kind = Kind::Policy;
        }
    }
    kind
}

/// What the last check of a manifest found out, for the editor's requests.
#[derive(Debug, Clone)]
pub(crate) struct Judgement {
    /// The manifest as read.
    pub manifest: Manifest,
    /// The policy id and version that judged it.
    pub policy: (String, String),
    /// The date it was judged at.
    pub as_of: Date,
}

/// An open document.
#[derive(Debug, Clone)]
pub(crate) struct Doc {
    pub uri: Uri,
    pub version: i32,
    pub text: Text,
    /// The findings of the last check, for the version it checked.
    pub findings: Option<(i32, Vec<Finding>)>,
    /// The last manifest that could be judged (from an earlier version,
    /// perhaps: it is what completion and hover read while the text is broken).
    pub judged: Option<Judgement>,
    /// The secrets of this version of the text, found (by parsing it) when
    /// a request first needs them, and forgotten on each edit.
    secrets: std::sync::OnceLock<Redactor>,
    /// The tables and keys of this version of the text, read when a request
    /// first needs them, and forgotten on each edit.
    entries: std::sync::OnceLock<Vec<scan::Entry>>,
}

impl Doc {
    fn new(uri: Uri, version: i32, text: String) -> Doc {
        Doc {
            uri,
            version,
            text: Text::new(text),
            findings: None,
            judged: None,
            secrets: std::sync::OnceLock::new(),
            entries: std::sync::OnceLock::new(),
        }
    }

    /// The secrets of the text as it is now: every value after a secret key
    /// and, when the text parses, every value under one. Hover, completion
    /// and the outline of one version share them.
    pub fn secrets(&self) -> &Redactor {
        self.secrets.get_or_init(|| Redactor::for_manifest(self.text.as_str().as_bytes()))
    }

    /// The tables of the text as it is now, each with its keys and values
    /// where they stand, as every request reads them.
    pub fn entries(&self) -> &[scan::Entry] {
        self.entries.get_or_init(|| scan::entries(self.text.as_str()))
    }
}

/// The policies the workspace uses, and the open buffers of policy files
/// over them.
#[derive(Debug)]
pub(crate) struct Policies {
    base: Vec<(String, String)>,
    /// Whether `base` is the built-in policies (no file on disk).
    pub builtin: bool,
    overlays: Vec<(String, String)>,
    pub library: Library,
}

impl Policies {
    fn load(dir: Option<&Path>) -> Policies {
        let (base, builtin) = match dir.map(Library::dir_sources) {
            Some(Ok(sources)) => (sources, false),
            _ => (Library::builtin_sources(), true),
        };
        let mut policies = Policies { base, builtin, overlays: Vec::new(), library: Library::compile_sources(&[]).0 };
        policies.rebuild();
        policies
    }

    /// The origin a policy file at `path` has among the sources: the base
    /// source it stands for, or the path itself.
    pub fn origin_for(&self, path: &str) -> String {
        self.base
            .iter()
            .map(|(origin, _)| origin)
            .find(|origin| path == origin.as_str() || (self.builtin && path.ends_with(&format!("/{origin}"))))
            .cloned()
            .unwrap_or_else(|| path.to_string())
    }

    /// The sources, open buffers over files.
    pub fn sources(&self) -> Vec<(String, String)> {
        let mut sources: Vec<(String, String)> = self
            .base
            .iter()
            .map(|(o, t)| match self.overlays.iter().find(|(oo, _)| oo == o) {
                Some(over) => over.clone(),
                None => (o.clone(), t.clone()),
            })
            .collect();
        sources.extend(self.overlays.iter().filter(|(o, _)| !self.base.iter().any(|(b, _)| b == o)).cloned());
        sources
    }

    fn set_overlay(&mut self, origin: String, text: Option<String>) {
        self.overlays.retain(|(o, _)| *o != origin);
        if let Some(text) = text {
            self.overlays.push((origin, text));
        }
        self.rebuild();
    }

    fn rebuild(&mut self) {
        self.library = Library::compile_sources(&self.sources()).0;
    }

    /// The text of a policy file, open or not.
    pub fn text_of(&self, origin: &str) -> Option<String> {
        self.sources().into_iter().find(|(o, _)| o == origin).map(|(_, t)| t)
    }
}

/// The language server's state.
#[derive(Debug)]
pub struct Server {
    pub(crate) encoding: Encoding,
    pub(crate) lang: Lang,
    debounce: Duration,
    explain_url: String,
    pub(crate) policies: Policies,
    pub(crate) docs: HashMap<String, Doc>,
    due: HashMap<String, Instant>,
}

impl Server {
    /// A server for a client's `initialize` parameters.
    pub fn new(params: &InitializeParams) -> Server {
        let offered = params.capabilities.general.as_ref().and_then(|g| g.position_encodings.as_ref());
        let encoding = if offered.is_some_and(|e| e.contains(&PositionEncodingKind::UTF8)) {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        };
        let lang = params.locale.as_deref().and_then(Lang::from_locale).unwrap_or_else(Lang::from_env);
        // One client per process: hovers, completions and code actions speak
        // its language too.
        crate::i18n::set_default(lang);
        let options = params.initialization_options.as_ref();
        let option = |name: &str| options.and_then(|o| o.get(name));
        let debounce = option("debounceMs").and_then(|v| v.as_u64()).map_or(DEFAULT_DEBOUNCE, Duration::from_millis);
        let explain_url = option("explainUrl")
            .and_then(|v| v.as_str())
            .filter(|u| Uri::from_str(&u.replace("{code}", "x")).is_ok())
            .unwrap_or(DEFAULT_EXPLAIN_URL)
            .to_string();
        #[allow(deprecated)]
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|f| f.first())
            .map(|f| f.uri.clone())
            .or_else(|| params.root_uri.clone())
            .and_then(|uri| file_path(&uri));
        let dir = match option("policyDir").and_then(|v| v.as_str()) {
            Some(dir) => Some(root.as_deref().map_or_else(|| PathBuf::from(dir), |r| Path::new(r).join(dir))),
            None => root.map(|r| Path::new(&r).join("policies")).filter(|d| d.is_dir()),
        };
        Server {
            encoding,
            lang,
            debounce,
            explain_url,
            policies: Policies::load(dir.as_deref()),
            docs: HashMap::default(),
            due: HashMap::default(),
        }
    }

    /// The `initialize` result: the capabilities.
    pub fn initialize_result(&self) -> serde_json::Value {
        let encoding = match self.encoding {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        };
        let capabilities = lsp_types::ServerCapabilities {
            position_encoding: Some(encoding),
            text_document_sync: Some(lsp_types::TextDocumentSyncCapability::Kind(
                lsp_types::TextDocumentSyncKind::INCREMENTAL,
            )),
            hover_provider: Some(lsp_types::HoverProviderCapability::Simple(true)),
            completion_provider: Some(lsp_types::CompletionOptions {
                trigger_characters: Some(vec!["\"".to_string(), "=".to_string()]),
                ..Default::default()
            }),
            definition_provider: Some(lsp_types::OneOf::Left(true)),
            document_symbol_provider: Some(lsp_types::OneOf::Left(true)),
            code_action_provider: Some(lsp_types::CodeActionProviderCapability::Simple(true)),
            ..Default::default()
        };
        serde_json::json!({
            "capabilities": capabilities,
            "serverInfo": {"name": "entitle", "version": env!("CARGO_PKG_VERSION")},
        })
    }

    /// When the next scheduled check is due.
    pub fn next_due(&self) -> Option<Instant> {
        self.due.values().min().copied()
    }

    /// Handles one message from the client; returns what to send back.
    pub fn handle(&mut self, message: Message) -> Vec<Message> {
        match message {
            Message::Request(request) => vec![Message::Response(self.request(request))],
            Message::Notification(n) => self.notification(n),
            Message::Response(_) => Vec::new(),
        }
    }

    /// Runs the checks that are due at `now`; returns their diagnostics.
    pub fn flush(&mut self, now: Instant) -> Vec<Message> {
        let due: Vec<String> = self.due.iter().filter(|(_, at)| **at <= now).map(|(k, _)| k.clone()).collect();
        let mut out = Vec::new();
        for key in due {
            self.due.remove(&key);
            out.extend(self.publish(&key));
        }
        out
    }

    fn notification(&mut self, n: Notification) -> Vec<Message> {
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let Ok(params) = serde_json::from_value::<lsp_types::DidOpenTextDocumentParams>(n.params) else {
                    return Vec::new();
                };
                let doc = params.text_document;
                let key = doc.uri.as_str().to_string();
                self.docs.insert(key.clone(), Doc::new(doc.uri, doc.version, doc.text));
                self.due.remove(&key);
                self.publish(&key)
            }
            DidChangeTextDocument::METHOD => {
                let Ok(params) = serde_json::from_value::<lsp_types::DidChangeTextDocumentParams>(n.params) else {
                    return Vec::new();
                };
                let key = params.text_document.uri.as_str().to_string();
                let encoding = self.encoding;
                let Some(doc) = self.docs.get_mut(&key) else { return Vec::new() };
                for change in &params.content_changes {
                    doc.text.apply(change.range, &change.text, encoding);
                }
                doc.secrets = std::sync::OnceLock::new();
                doc.entries = std::sync::OnceLock::new();
                doc.version = params.text_document.version;
                self.due.insert(key, Instant::now() + self.debounce);
                Vec::new()
            }
            DidCloseTextDocument::METHOD => {
                let Ok(params) = serde_json::from_value::<lsp_types::DidCloseTextDocumentParams>(n.params) else {
                    return Vec::new();
                };
                let key = params.text_document.uri.as_str().to_string();
                self.due.remove(&key);
                let Some(doc) = self.docs.remove(&key) else { return Vec::new() };
                let mut out = Vec::new();
                if kind(doc.text.as_str()) == Kind::Policy
                    && let Some(path) = file_path(&doc.uri)
                {
                    let origin = self.policies.origin_for(&path);
                    self.policies.set_overlay(origin, None);
                    out.extend(self.recheck_manifests());
                }
                out.push(diagnostics_message(doc.uri, Vec::new(), None));
                out
            }
            _ => Vec::new(),
        }
    }

    fn request(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            HoverRequest::METHOD => params(request).map(|p| to_value(features::hover(self, &p))),
            Completion::METHOD => params(request).map(|p| to_value(features::completion(self, &p))),
            GotoDefinition::METHOD => params(request).map(|p| to_value(features::definition(self, &p))),
            DocumentSymbolRequest::METHOD => params(request).map(|p| to_value(features::symbols(self, &p))),
            CodeActionRequest::METHOD => params(request).map(|p| to_value(features::code_actions(self, &p))),
            _ => {
                return Response::new_err(
                    id,
                    ErrorCode::MethodNotFound as i32,
                    format!("unknown method `{}`", crate::escape::inline(&request.method)),
                );
            }
        };
        match result {
            Ok(value) => Response::new_ok(id, value),
            Err(message) => Response::new_err(id, ErrorCode::InvalidParams as i32, message),
        }
    }

    /// Checks a document now, and publishes its diagnostics; a policy file
    /// also re-checks the open manifests.
    fn publish(&mut self, key: &str) -> Vec<Message> {
        let Some(doc) = self.docs.get(key) else { return Vec::new() };
        match kind(doc.text.as_str()) {
            Kind::Manifest => self.check_manifest(key).into_iter().collect(),
            Kind::Policy => {
                let Some(path) = file_path(&doc.uri) else { return Vec::new() };
                let origin = self.policies.origin_for(&path);
                self.policies.set_overlay(origin.clone(), Some(doc.text.as_str().to_string()));
                let sources = self.policies.sources();
                let reports = crate::i18n::with_lang(self.lang, || crate::lint::lint(&sources));
                let findings = reports.into_iter().find(|r| r.path == origin).map(|r| r.findings).unwrap_or_default();
                let doc = &self.docs[key];
                let diagnostics = self.diagnostics(doc, &findings);
                let mut out = vec![diagnostics_message(doc.uri.clone(), diagnostics, Some(doc.version))];
                out.extend(self.recheck_manifests());
                out
            }
            Kind::Other => {
                vec![diagnostics_message(doc.uri.clone(), Vec::new(), Some(doc.version))]
            }
        }
    }

    fn recheck_manifests(&mut self) -> Vec<Message> {
        let keys: Vec<String> =
            self.docs.iter().filter(|(_, d)| kind(d.text.as_str()) == Kind::Manifest).map(|(k, _)| k.clone()).collect();
        keys.iter().filter_map(|k| self.check_manifest(k)).collect()
    }

    /// Checks a manifest as `check` would, in the client's language.
    fn check_manifest(&mut self, key: &str) -> Option<Message> {
        let doc = self.docs.get(key)?;
        let path = file_path(&doc.uri).unwrap_or_else(|| doc.uri.as_str().to_string());
        let checker = Checker::new(&self.policies.library, Options { lang: Some(self.lang), ..Options::default() });
        let (report, judged) = checker.judge(&path, doc.text.as_str().as_bytes());
        let judged = judged.map(|j| Judgement {
            policy: (j.rules.id.clone(), j.rules.version.clone()),
            as_of: j.as_of,
            manifest: j.manifest,
        });
        let diagnostics = self.diagnostics(doc, &report.findings);
        let message = diagnostics_message(doc.uri.clone(), diagnostics, Some(doc.version));
        let doc = self.docs.get_mut(key)?;
        doc.findings = Some((doc.version, report.findings));
        if judged.is_some() {
            doc.judged = judged;
        }
        Some(message)
    }

    /// The findings of a document, checked now if its last check is stale.
    pub(crate) fn findings(&mut self, key: &str) -> Vec<Finding> {
        let fresh = self.docs.get(key).is_some_and(|d| d.findings.as_ref().is_some_and(|(v, _)| *v == d.version));
        if !fresh && kind(self.docs.get(key).map_or("", |d| d.text.as_str())) == Kind::Manifest {
            self.check_manifest(key);
        }
        self.docs.get(key).and_then(|d| d.findings.as_ref()).map(|(_, f)| f.clone()).unwrap_or_default()
    }

    /// The policy version that judges a manifest: the one of its last
    /// judgement, else the one the library would choose today.
    pub(crate) fn rules_for(&self, doc: &Doc) -> Option<&RuleSet> {
        if let Some(j) = &doc.judged
            && let Ok(set) = self.policies.library.resolve(&format!("{}@{}", j.policy.0, j.policy.1))
        {
            return Some(set);
        }
        self.policies.library.select(None, None, Date::today()).ok().map(|s| s.as_ref())
    }

    /// The diagnostics of findings, on the document's text.
    fn diagnostics(&self, doc: &Doc, findings: &[Finding]) -> Vec<Diagnostic> {
        findings.iter().map(|f| self.diagnostic(doc, f)).collect()
    }

    fn diagnostic(&self, doc: &Doc, f: &Finding) -> Diagnostic {
        let text = &doc.text;
        let range = |span: crate::span::Span| text.range(span.offset, span.length, self.encoding);
        let mut message = f.message.clone();
        if let Some(help) = &f.help {
            message.push_str(&format!("\n{}: {help}", words::t("help", &[])));
        }
        if f.repeated > 0 {
            message.push_str(&format!("\n({})", words::t("more", &[("n", &f.repeated.to_string())])));
        }
        let severity = match (&f.waiver, f.severity) {
            (Some(w), _) => {
                let expires = w.expires.to_string();
                let args = [("date", expires.as_str()), ("reason", w.reason.as_str()), ("owner", w.owner.as_str())];
                message.push_str(&format!("\n{}", words::t("waived", &args)));
                DiagnosticSeverity::INFORMATION
            }
            (None, Severity::Error) => DiagnosticSeverity::ERROR,
            (None, Severity::Warning) => DiagnosticSeverity::WARNING,
        };
        let mut related: Vec<DiagnosticRelatedInformation> = Vec::new();
        if let Some(label) = &f.label {
            related.push(DiagnosticRelatedInformation {
                location: Location { uri: doc.uri.clone(), range: range(f.span) },
                message: label.clone(),
            });
        }
        related.extend(f.labels.iter().map(|l| DiagnosticRelatedInformation {
            location: Location { uri: doc.uri.clone(), range: range(l.span) },
            message: l.message.clone(),
        }));
        Diagnostic {
            range: range(f.span),
            severity: Some(severity),
            code: Some(NumberOrString::String(f.code.as_str().to_string())),
            code_description: Uri::from_str(&self.explain_url.replace("{code}", f.code.as_str()))
                .ok()
                .map(|href| CodeDescription { href }),
            source: Some("entitle".to_string()),
            message,
            related_information: (!related.is_empty()).then_some(related),
            tags: None,
            data: None,
        }
    }
}

fn diagnostics_message(uri: Uri, diagnostics: Vec<Diagnostic>, version: Option<i32>) -> Message {
    Message::Notification(Notification::new(
        PublishDiagnostics::METHOD.to_string(),
        PublishDiagnosticsParams { uri, diagnostics, version },
    ))
}

fn params<P: serde::de::DeserializeOwned>(request: Request) -> Result<P, String> {
    serde_json::from_value(request.params)
        .map_err(|e| format!("invalid parameters: {}", crate::escape::inline(&e.to_string())))
}

fn to_value<T: serde::Serialize>(value: T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}

/// The file system path of a `file:` URI.
pub(crate) fn file_path(uri: &Uri) -> Option<String> {
    let rest = uri.as_str().strip_prefix("file://")?;
    let path = &rest[rest.find('/')?..];
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(byte) = path.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// The `file:` URI of a path.
pub(crate) fn file_uri(path: &Path) -> Option<Uri> {
    let absolute = if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().ok()?.join(path) };
    let mut out = String::from("file://");
    for byte in absolute.to_string_lossy().bytes() {
        if byte.is_ascii_alphanumeric() || b"/-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    Uri::from_str(&out).ok()
}

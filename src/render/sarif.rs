//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.
//! The `rules` array holds the codes that `explain` documents: the built-in
//! ones and those the run's policies declare.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::stream::{Format, JsonArray, render_all};
use crate::report::Summary;

use crate::codes::{Code, CodeDoc};
use crate::diagnostic::{Finding, Severity, Span};
use crate::messages;
use crate::report::FileReport;

fn log(codes: &[CodeDoc], results: Value) -> Value {
    let rules: Vec<Value> = codes
        .iter()
        .map(|doc| {
            json!({
                "id": doc.code.as_str(),
                "name": doc.code.as_str(),
                "shortDescription": {"text": doc.summary},
                "fullDescription": {"text": doc.explanation.trim_end()},
                "help": {"text": doc.explanation.trim_end()},
                "defaultConfiguration": {"level": level(doc.severity)},
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "entitle",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    })
}

/// `--format sarif`, written file by file.
#[derive(Debug)]
pub struct Sarif {
    results: JsonArray,
    codes: Vec<CodeDoc>,
    index: rustc_hash::FxHashMap<Code, usize>,
}

impl Sarif {
    /// A log whose `rules` are these codes: the built-in ones and those of
    /// the policies the run may use ([`crate::policy::Library::codes`]).
    pub fn new(codes: Vec<CodeDoc>) -> Sarif {
        let index = codes.iter().enumerate().map(|(i, d)| (d.code, i)).collect();
        Sarif { results: JsonArray::new(&log(&codes, JsonArray::slot())), codes, index }
    }
}

impl Default for Sarif {
    /// The codes of the built-in policies.
    fn default() -> Sarif {
        // Compiled once per process: a renderer is made per run, or per
        // call of [`render`].
        static CODES: std::sync::OnceLock<Vec<CodeDoc>> = std::sync::OnceLock::new();
        let codes = CODES.get_or_init(|| {
            crate::policy::Library::builtin()
                .map(|l| l.codes())
                .unwrap_or_else(|_| Code::BUILT_IN.iter().filter_map(|c| c.doc()).collect())
        });
        Sarif::new(codes.clone())
    }
}

impl Format for Sarif {
    type Part = Vec<String>;
    type Writer = usize;

    fn part(&self, report: &FileReport) -> Vec<String> {
        report
            .findings
            .iter()
            .map(|f| self.results.format(&result(report, f, self.index.get(&f.code).copied())))
            .collect()
    }

    fn writer(&self) -> usize {
        0
    }

    fn write(&self, written: &mut usize, part: Vec<String>, out: &mut dyn Write) -> io::Result<()> {
        for result in &part {
            self.results.write(written, result, out)?;
        }
        Ok(())
    }

    fn finish(&self, written: &mut usize, _: &Summary, out: &mut dyn Write) -> io::Result<()> {
        self.results.finish(*written, &log(&self.codes, JsonArray::slot()), out)
    }
}

/// The SARIF log of a run.
pub fn render(reports: &[FileReport]) -> String {
    render_all(Sarif::default(), reports)
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn result(report: &FileReport, finding: &Finding, rule_index: Option<usize>) -> Value {
    let text = match &finding.help {
        Some(help) => messages::with_help(&finding.message, help),
        None => finding.message.clone(),
    };
    let text =
        if finding.repeated > 0 { format!("{text}\n{}", messages::repeated_note(finding.repeated)) } else { text };
    let related: Vec<Value> = finding
        .labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            json!({
                "id": i,
                "physicalLocation": location(report, label.span),
                "message": {"text": label.message},
            })
        })
        .collect();
    let mut result = json!({
        "ruleId": finding.code.as_str(),
        "ruleIndex": rule_index.map_or(-1, |i| i as i64),
        "level": level(finding.severity),
        "message": {"text": text},
        "locations": [{"physicalLocation": location(report, finding.span)}],
        "partialFingerprints": {"entitleFinding/v1": fingerprint(report, finding)},
    });
    if let Some(policy) = &report.policy {
        result["properties"] =
            json!({"policy": format!("{}@{}", policy.id, policy.version), "policyDigest": policy.digest});
    }
    if !related.is_empty() {
        result["relatedLocations"] = Value::Array(related);
    }
    if let Some(w) = &finding.waiver {
        result["suppressions"] = json!([{
            "kind": "external",
            "status": "accepted",
            "justification": messages::waived_note(&w.owner, &w.expires.to_string(), &w.reason, w.ticket.as_deref()),
        }]);
    }
    result
}

fn location(report: &FileReport, span: Span) -> Value {
    let (start_line, start_column) = report.position(span.offset);
    let (end_line, end_column) = report.position(span.end());
    json!({
        "artifactLocation": {"uri": uri(&report.path)},
        "region": {
            "startLine": start_line,
            "startColumn": start_column,
            "endLine": end_line,
            "endColumn": end_column,
        },
    })
}

/// A URI reference for a path: `/` separators, `.` and `..` resolved
/// (`./examples/../examples/x.toml` is `examples/x.toml`), relative to the
/// working directory when the path lies below it, `file://` when absolute
/// elsewhere; the rest escaped. A backslash separates directories on
/// Windows only; elsewhere it is part of a name.
pub fn uri(path: &str) -> String {
    let path = if cfg!(windows) { path.replace('\\', "/") } else { path.to_string() };
    let below_cwd = std::env::current_dir().ok().and_then(|cwd| {
        let cwd = normalize(&cwd.to_string_lossy().replace('\\', "/"));
        normalize(&path).strip_prefix(&format!("{}/", cwd.trim_end_matches('/'))).map(str::to_string)
    });
    let path = below_cwd.unwrap_or_else(|| normalize(&path));
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A path with `.` segments and empty segments removed and each `..` taken
/// back against the segment before it, when there is one to take back.
fn normalize(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            ".." if absolute => {}
            part => parts.push(part),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else if joined.is_empty() {
        ".".to_string()
    } else {
        joined
    }
}

/// Stable across runs and across lines moving: the code, the file and the
/// message (which names the incident, account or id at fault).
pub fn fingerprint(report: &FileReport, finding: &Finding) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [finding.code.as_str(), "\u{0}", &report.path, "\u{0}", &finding.message] {
        for byte in part.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_normal_and_relative_below_the_working_directory() {
        assert_eq!(uri("./examples/../examples/x.toml"), "examples/x.toml");
        assert_eq!(uri("a//b/./c.toml"), "a/b/c.toml");
        assert_eq!(uri("../up.toml"), "../up.toml");
        assert_eq!(uri("a/../../up.toml"), "../up.toml");
        let cwd = std::env::current_dir().expect("a working directory");
        let inside = format!("{}/examples/x y.toml", cwd.display());
        assert_eq!(uri(&inside), "examples/x%20y.toml");
        assert_eq!(uri("/elsewhere/../m.toml"), "file:///m.toml");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
    }
}

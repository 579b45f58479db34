//! Formats written file by file: a run keeps only a bounded batch of reports
//! in memory, whatever the number of files, and the output is the same
//! whichever thread checked which file.

use std::io::{self, Write};

use serde_json::Value;

use crate::report::FileReport;
use crate::report::Summary;

/// A report format, written one file at a time in input order. The format
/// is shared by the threads that make parts; what writing changes lives in
/// its [`Format::Writer`].
pub trait Format: Sync {
    /// What one file contributes, made on any thread.
    type Part: Send;
    /// What writing keeps from one file to the next.
    type Writer;
    /// The part of one file.
    fn part(&self, report: &FileReport) -> Self::Part;
    /// A writer for one run.
    fn writer(&self) -> Self::Writer;
    /// Writes the next file's part.
    fn write(&self, writer: &mut Self::Writer, part: Self::Part, out: &mut dyn Write) -> io::Result<()>;
    /// Writes what follows the last file.
    fn finish(&self, writer: &mut Self::Writer, summary: &Summary, out: &mut dyn Write) -> io::Result<()>;
}

/// Renders whole reports at once (for libraries and tests).
pub fn render_all<F: Format>(format: F, reports: &[FileReport]) -> String {
    let mut out = Vec::new();
    let mut writer = format.writer();
    for report in reports {
        let part = format.part(report);
        let _ = format.write(&mut writer, part, &mut out);
    }
    let _ = format.finish(&mut writer, &Summary::of(reports), &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// The marker that stands for the items of the streamed array in a skeleton.
const SENTINEL: &str = "\u{1}entitle-items\u{1}";

/// A pretty-printed JSON document whose one array is written item by item:
/// the output is byte for byte what `serde_json::to_string_pretty` gives for
/// the whole document. Items are formatted on worker threads
/// ([`JsonArray::format`]); the writer only copies bytes.
#[derive(Debug)]
pub struct JsonArray {
    head: String,
    indent: usize,
}

impl JsonArray {
    /// Where the array's items go in a document: a one-item array holding
    /// the marker.
    pub fn slot() -> Value {
        Value::Array(vec![Value::String(SENTINEL.to_string())])
    }

    /// Prepares to write `skeleton`, a document with one [`JsonArray::slot`].
    pub fn new(skeleton: &Value) -> JsonArray {
        let (head, _, indent) = JsonArray::split(skeleton);
        JsonArray { head, indent }
    }

    fn split(document: &Value) -> (String, String, usize) {
        let text = serde_json::to_string_pretty(document).unwrap_or_default();
        let marker = format!("\"{}\"", SENTINEL.replace('\u{1}', "\\u0001"));
        match text.find(&marker) {
            Some(at) => {
                let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let indent = at - line_start;
                // Drop the newline before the marker's line.
                let head = text[..line_start.saturating_sub(1)].to_string();
                let tail = text[at + marker.len()..].to_string();
                (head, tail, indent)
            }
            None => (text, String::new(), 0),
        }
    }

    /// One item as it stands in the document, indented; made on any thread.
    /// Serialized straight into its text (no intermediate JSON tree), then
    /// indented in one pass over its line ends (a string in JSON holds no
    /// raw line end, so every `\n` is a line of the document).
    pub fn format<T: serde::Serialize + ?Sized>(&self, item: &T) -> String {
        let mut plain = Vec::with_capacity(1024);
        let _ = serde_json::to_writer_pretty(&mut plain, item);
        let pad = " ".repeat(self.indent);
        let lines = memchr::memchr_iter(b'\n', &plain).count();
        let mut out = String::with_capacity(plain.len() + (lines + 1) * pad.len());
        let text = String::from_utf8(plain).unwrap_or_default();
        for line in text.split_inclusive('\n') {
            out.push_str(&pad);
            out.push_str(line);
        }
        out
    }

    /// Writes one formatted item; `written` counts the items so far.
    pub fn write(&self, written: &mut usize, formatted: &str, out: &mut dyn Write) -> io::Result<()> {
        if *written == 0 {
            out.write_all(self.head.as_bytes())?;
        }
        out.write_all(if *written == 0 { b"\n" } else { b",\n" })?;
        out.write_all(formatted.as_bytes())?;
        *written += 1;
        Ok(())
    }

    /// Writes the rest of `document` (the final one, with its totals).
    pub fn finish(&self, written: usize, document: &Value, out: &mut dyn Write) -> io::Result<()> {
        if written == 0 {
            // serde_json writes an empty array as `[]`.
            let mut empty = document.clone();
            replace_slot(&mut empty);
            let mut text = serde_json::to_string_pretty(&empty).unwrap_or_default();
            text.push('\n');
            return out.write_all(text.as_bytes());
        }
        let (_, tail, _) = JsonArray::split(document);
        out.write_all(b"\n")?;
        out.write_all(" ".repeat(self.indent.saturating_sub(2)).as_bytes())?;
        // The tail starts after the marker: skip the newline and the old closing indentation.
        let rest = tail.trim_start_matches('\n').trim_start();
        out.write_all(rest.as_bytes())?;
        out.write_all(b"\n")
    }
}

fn replace_slot(value: &mut Value) {
    match value {
        Value::Array(items) if items.len() == 1 && items[0] == Value::String(SENTINEL.to_string()) => items.clear(),
        Value::Array(items) => items.iter_mut().for_each(replace_slot),
        Value::Object(map) => map.values_mut().for_each(replace_slot),
        _ => {}
    }
}

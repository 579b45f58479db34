//! The page at `/`: one HTML document compiled into the binary, its style
//! and script inline and allowed by their SHA-256 hashes in the
//! `Content-Security-Policy` (no other script, style, font, frame or origin
//! may load). The script builds every element from data with `textContent`:
//! nothing from a manifest is ever parsed as HTML.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use super::{App, text};

const TEMPLATE: &str = include_str!("page.html");

/// The page, made once at startup, and the policy that allows its script.
#[derive(Debug, Clone)]
pub struct Page {
    html: String,
    csp: HeaderValue,
}

impl Page {
    /// The page with its table of words, and its `Content-Security-Policy`.
    pub fn new() -> Page {
        // The table sits in a JSON data block, which no browser runs; `<`
        // escaped so that no word can close the block.
        let html = TEMPLATE.replace("{{UI}}", &text::ui_json().replace('<', "\\u003c"));
        let script = sha256_source(inline(&html, "<script>", "</script>"));
        let style = sha256_source(inline(&html, "<style>", "</style>"));
        let csp = format!(
            "default-src 'none'; script-src {script}; style-src {style}; connect-src 'self'; img-src 'self'; \
             base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        );
        Page { csp: HeaderValue::from_str(&csp).expect("a CSP of hashes is a valid header"), html }
    }

    /// The HTML document.
    pub fn html(&self) -> &str {
        &self.html
    }

    /// The `Content-Security-Policy` of every response.
    pub fn csp(&self) -> &HeaderValue {
        &self.csp
    }
}

impl Default for Page {
    fn default() -> Page {
        Page::new()
    }
}

/// The text between the first `open` tag and the next `close`.
fn inline<'h>(html: &'h str, open: &str, close: &str) -> &'h str {
    let start = html.find(open).map_or(0, |i| i + open.len());
    let end = html[start..].find(close).map_or(start, |i| start + i);
    &html[start..end]
}

/// A CSP source that allows an inline element by the hash of its text.
pub fn sha256_source(content: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(content.as_bytes())))
}

/// Standard base64, padded, as CSP hashes are written.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub(crate) async fn index(State(app): State<Arc<App>>) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], app.page.html.clone()).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_is_the_standard_padded_alphabet() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foob"), "Zm9vYg==");
        assert_eq!(base64(&[0xfb, 0xff]), "+/8=");
    }

    #[test]
    fn the_policy_allows_exactly_the_page_script_and_style() {
        let page = Page::new();
        let csp = page.csp().to_str().unwrap();
        assert!(csp.contains(&format!("script-src {};", sha256_source(inline(page.html(), "<script>", "</script>")))));
        assert!(!csp.contains("unsafe-inline"));
        assert!(!page.html().contains("{{UI}}"));
    }
}

//! `entitle serve`: every route and status of the API, the headers of every
//! response, the served check against the CLI's for every fixture, the
//! limits (size, time, concurrency, slow headers), and the real binary:
//! where it listens, what it logs, and its graceful stop.

use crate::common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::pin::Pin;
use std::process::{Command, Stdio};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode, header};
use entitle::policy::Library;
use entitle::serve::{self, Config};
use serde_json::Value;
use sha2::{Digest, Sha256};
use tower::ServiceExt;

fn app_with(config: Config) -> Router {
    serve::router(Library::builtin().expect("built-in policies compile"), Config { access_log: false, ..config })
}

fn app() -> Router {
    app_with(Config::default())
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }

    fn error(&self) -> String {
        self.json()["error"].as_str().expect("a refusal has an error").to_string()
    }

    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }
}

async fn send(app: &Router, request: Request<Body>) -> Answer {
    let response = app.clone().oneshot(request).await.expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("a whole body").to_vec();
    Answer { status, headers, body }
}

async fn get(app: &Router, path: &str) -> Answer {
    send(app, Request::get(path).body(Body::empty()).unwrap()).await
}

async fn post(app: &Router, path: &str, body: impl Into<Body>) -> Answer {
    send(app, Request::post(path).body(body.into()).unwrap()).await
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(common::root(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Runs the CLI from the crate root: its stdout.
fn cli(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_entitle"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .output()
        .expect("entitle runs");
    assert!(out.status.code().is_some_and(|c| c < 2), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The body of a request that never ends: the request stays in flight.
struct Endless;

impl http_body::Body for Endless {
    type Data = Bytes;
    type Error = std::io::Error;
    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        Poll::Pending
    }
}

// ---- headers ----------------------------------------------------------------

fn assert_secure(headers: &HeaderMap) {
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.starts_with("default-src 'none'; script-src 'sha256-"), "{csp}");
    assert!(!csp.contains("unsafe"), "{csp}");
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
}

#[tokio::test]
async fn healthz_answers_200_with_the_security_headers() {
    let answer = get(&app(), "/healthz").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.text(), "ok\n");
    assert_secure(&answer.headers);
}

/// The text of the page's one executable script.
fn script(html: &str) -> &str {
    let start = html.find("<script>").expect("an inline script") + "<script>".len();
    let end = start + html[start..].find("</script>").unwrap();
    &html[start..end]
}

fn base64(bytes: &[u8]) -> String {
    // The test's own encoder, bit by bit, to check the server's.
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bits: Vec<u8> = bytes.iter().flat_map(|b| (0..8).rev().map(move |i| (b >> i) & 1)).collect();
    let mut out: String = bits
        .chunks(6)
        .map(|c| {
            let v = c.iter().chain(std::iter::repeat(&0)).take(6).fold(0, |v, b| v << 1 | b);
            ALPHABET[v as usize] as char
        })
        .collect();
    while !out.len().is_multiple_of(4) {
        out.push('=');
    }
    out
}

#[tokio::test]
async fn the_page_is_self_contained_and_its_script_is_the_one_the_policy_allows() {
    let answer = get(&app(), "/").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert_secure(&answer.headers);
    let html = answer.text();
    let hash = format!("'sha256-{}'", base64(&Sha256::digest(script(&html).as_bytes())));
    let csp = answer.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains(&format!("script-src {hash};")), "{csp} lacks {hash}");
    // One executable script, no script or style from anywhere, no handler attribute.
    assert_eq!(html.matches("<script>").count(), 1);
    for needle in [
        "src=",
        "href=",
        "http:",
        "https:",
        "@import",
        "url(",
        " onclick",
        " onload",
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
    ] {
        assert!(!html.contains(needle), "the page holds `{needle}`");
    }
    assert!(html.contains("textContent"));
}

// ---- POST /api/check ----------------------------------------------------------

fn fixtures() -> Vec<String> {
    let mut files = Vec::new();
    let mut dirs = vec![common::root("tests/fixtures")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                let relative = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
                files.push(relative.to_string_lossy().into_owned());
            }
        }
    }
    files.sort();
    assert!(files.len() >= 30, "the fixtures are there");
    files
}

/// The served report is the CLI's, byte for byte: the same document
/// (`version`, `files`, `summary`), the same path (the `name` given), and
/// each diagnostic's code, severity, message, help, span and labels. No
/// field differs: the CLI run has the one file, so even the summary agrees.
#[tokio::test]
async fn the_served_check_is_the_cli_check_for_every_fixture() {
    let app = app();
    let files = fixtures();
    for file in &files {
        let served = post(&app, &format!("/api/check?name={}", file.replace('/', "%2F")), read(file)).await;
        assert_eq!(served.status, StatusCode::OK, "{file}: {}", served.text());
        assert_eq!(served.headers[header::CONTENT_TYPE], "application/json");
        let printed = cli(&["check", "--format", "json", file]);
        assert_eq!(served.text(), printed, "{file}: byte for byte");
    }
}

#[tokio::test]
async fn a_check_answers_200_whatever_the_verdict_and_names_upload_toml_by_default() {
    let app = app();
    let failing = post(&app, "/api/check", read("examples/linked-twice.toml")).await;
    assert_eq!(failing.status, StatusCode::OK);
    let report = failing.json();
    assert_eq!(report["files"][0]["path"], "upload.toml");
    assert_eq!(report["files"][0]["eligible"], false);
    assert_eq!(report["summary"]["errors"], 1);
    let broken = post(&app, "/api/check?name=x.toml", "[partner\n").await;
    assert_eq!(broken.status, StatusCode::OK);
    assert_eq!(broken.json()["files"][0]["diagnostics"][0]["code"], "syntax");
}

#[tokio::test]
async fn as_of_and_policy_in_the_query_reach_the_checker() {
    let app = app();
    let bytes = read("examples/eligible.toml");
    let cli_report: Value =
        serde_json::from_str(&cli(&["check", "--format", "json", "--as-of", "2031-01-01", "examples/eligible.toml"]))
            .unwrap();
    let served = post(&app, "/api/check?name=examples%2Feligible.toml&as_of=2031-01-01", bytes.clone()).await;
    assert_eq!(served.json(), cli_report);
    let today = post(&app, "/api/check?name=examples%2Feligible.toml", bytes).await;
    assert_ne!(served.json(), today.json(), "a date far ahead changes the verdict");
    // A policy named in the query judges a manifest that names none.
    let policies: Value = get(&app, "/api/policies").await.json();
    let id = policies[0]["id"].as_str().unwrap();
    let version = policies[0]["version"].as_str().unwrap();
    let text = String::from_utf8(read("examples/eligible.toml")).unwrap();
    let unpinned: String = text.lines().filter(|l| !l.starts_with("policy")).map(|l| format!("{l}\n")).collect();
    let pinned = post(&app, &format!("/api/check?policy={id}%40{version}"), unpinned).await.json();
    assert_eq!(pinned["files"][0]["policy"]["version"], version, "{pinned}");
}

#[tokio::test]
async fn a_bad_query_is_400_with_the_reason() {
    let app = app();
    let body = read("examples/eligible.toml");
    let cases = [
        ("policy=no-such-policy", "no-such-policy"),
        ("as_of=2024-02-30", "`2024-02-30` is not a date"),
        ("lang=fr", "unsupported language `fr`"),
        ("colour=red", "unknown query parameter `colour`"),
        ("lang=en&lang=es", "query parameter `lang` is given more than once"),
        ("name=", "the file name (`name`) must have 1 to 255 characters"),
    ];
    for route in ["/api/check", "/api/entitlements", "/api/view"] {
        for (query, reason) in cases {
            let answer = post(&app, &format!("{route}?{query}"), body.clone()).await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{route}?{query}");
            assert_eq!(answer.headers[header::CONTENT_TYPE], "application/json");
            assert!(answer.error().contains(reason), "{route}?{query}: {}", answer.error());
            assert_secure(&answer.headers);
        }
    }
    // A user's value is quoted escaped, never raw: a key, a policy, a version.
    let answer = post(&app, "/api/check?x%1b%5B31m=1", body.clone()).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.error().contains("`x\\u{1b}[31m`"), "{}", answer.error());
    for query in ["policy=%E2%80%AEabc%C2%9B", "policy=mpn-technical-support@%1B%5B31m"] {
        let answer = post(&app, &format!("/api/check?{query}"), body.clone()).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{query}");
        let error = answer.error();
        assert!(!error.contains(['\u{202e}', '\u{9b}', '\u{1b}']), "{query}: {error:?}");
        assert!(error.contains("\\u{"), "{query}: {error}");
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_413() {
    let app = app_with(Config { max_file_size: 64, ..Config::default() });
    for route in ["/api/check", "/api/entitlements", "/api/view"] {
        let answer = post(&app, route, vec![b'#'; 65]).await;
        assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE, "{route}");
        assert_eq!(answer.error(), "the manifest is larger than the limit of 64 bytes");
        assert_secure(&answer.headers);
        // At the limit, the body is read and checked.
        let answer = post(&app, route, vec![b'#'; 64]).await;
        assert_ne!(answer.status, StatusCode::PAYLOAD_TOO_LARGE, "{route}");
    }
    // Refused from its Content-Length too, before a byte of it is read.
    let request =
        Request::post("/api/check").header(header::CONTENT_LENGTH, "1000000").body(Body::new(Endless)).unwrap();
    assert_eq!(send(&app, request).await.status, StatusCode::PAYLOAD_TOO_LARGE);
}

// ---- POST /api/entitlements ---------------------------------------------------

#[tokio::test]
async fn entitlements_are_the_cli_view_or_422_with_the_report() {
    let app = app();
    for example in ["examples/eligible.toml", "examples/linked-twice.toml", "examples/csp-only.toml"] {
        let served = post(&app, "/api/entitlements", read(example)).await;
        assert_eq!(served.status, StatusCode::OK, "{example}");
        let printed: Value = serde_json::from_str(&cli(&["entitlements", "--format", "json", example])).unwrap();
        assert_eq!(served.json(), printed, "{example}");
    }
    let unreadable = post(&app, "/api/entitlements?name=typos.toml", read("examples/typos.toml")).await;
    assert_eq!(unreadable.status, StatusCode::UNPROCESSABLE_ENTITY);
    let report = unreadable.json();
    assert_eq!(report["files"][0]["path"], "typos.toml");
    assert!(!report["files"][0]["diagnostics"].as_array().unwrap().is_empty());
}

// ---- POST /api/view -----------------------------------------------------------

#[tokio::test]
async fn the_view_holds_the_report_the_masked_text_and_the_entitlements() {
    let app = app();
    let bytes = read("examples/linked-twice.toml");
    let view = post(&app, "/api/view?name=linked-twice.toml", bytes.clone()).await;
    assert_eq!(view.status, StatusCode::OK);
    let view = view.json();
    let check = post(&app, "/api/check?name=linked-twice.toml", bytes.clone()).await.json();
    assert_eq!(view["check"], check);
    let entitlements = post(&app, "/api/entitlements?name=linked-twice.toml", bytes).await.json();
    assert_eq!(view["entitlements"], entitlements);
    let source = view["source"].as_str().unwrap();
    assert!(source.contains("access_id = \"*********5926\""), "{source}");
    assert_eq!(source.lines().count(), String::from_utf8(read("examples/linked-twice.toml")).unwrap().lines().count());
    // A manifest with no findings keeps no text in its report: the view masks it all the same.
    let clean = post(&app, "/api/view", read("tests/fixtures/codes/eligible.toml")).await.json();
    assert_eq!(clean["check"]["files"][0]["diagnostics"], serde_json::json!([]));
    assert!(!clean["source"].as_str().unwrap().is_empty());
    // One that cannot be judged has no entitlements.
    let typos = post(&app, "/api/view", read("examples/typos.toml")).await.json();
    assert_eq!(typos["entitlements"], Value::Null);
}

/// Every full Access or Contract ID of the examples, by its secret key.
fn secrets(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let (key, value) = l.split_once('=')?;
            matches!(key.trim(), "access_id" | "contract_id").then(|| value.trim().trim_matches('"').to_string())
        })
        .filter(|v| v.len() > 4)
        .collect()
}

#[tokio::test]
async fn no_answer_shows_more_than_the_last_four_characters_of_a_secret() {
    let app = app();
    let mut seen = 0;
    for example in std::fs::read_dir(common::root("examples")).unwrap() {
        let path = example.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for route in ["/api/check", "/api/entitlements", "/api/view"] {
            let answer = post(&app, route, text.clone()).await;
            assert!(matches!(answer.status.as_u16(), 200 | 422), "{route}: {}", answer.status);
            let answer = answer.text();
            for secret in secrets(&text) {
                seen += 1;
                assert!(!answer.contains(&secret), "{route} shows `{secret}` of {}", path.display());
            }
        }
    }
    assert!(seen > 10, "the examples hold secrets to look for");
    // The hostile files: secrets glued to other text, in broken keys, after a bad byte.
    for hostile in [
        "tests/hostile/glued-secret.toml",
        "tests/hostile/broken-key-secret.toml",
        "tests/hostile/bad-byte-secret.toml",
    ] {
        let cli_text = cli(&["check", "--format", "json", hostile]);
        let served = post(&app, &format!("/api/check?name={}", hostile.replace('/', "%2F")), read(hostile)).await;
        assert_eq!(served.json(), serde_json::from_str::<Value>(&cli_text).unwrap(), "{hostile}");
    }
}

#[tokio::test]
async fn markup_in_a_manifest_comes_back_as_json_text_never_as_html() {
    let app = app();
    let manifest = "[partner]\nname = \"<img src=x onerror=alert(1)><script>alert(2)</script>\"\n";
    for route in ["/api/check", "/api/view", "/api/entitlements"] {
        let answer = post(&app, route, manifest).await;
        assert_eq!(answer.headers[header::CONTENT_TYPE], "application/json", "{route}");
        assert_eq!(answer.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    }
}

// ---- GET /api/explain/{code}, /api/policies, errors of routing ------------------

#[tokio::test]
async fn explain_documents_every_code_and_404s_an_unknown_one() {
    let app = app();
    let library = Library::builtin().unwrap();
    let codes = library.codes();
    assert!(codes.len() > 20);
    for doc in &codes {
        let answer = get(&app, &format!("/api/explain/{}", doc.code.as_str())).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", doc.code.as_str());
        let json = answer.json();
        assert_eq!(json["code"], doc.code.as_str());
        assert_eq!(json["severity"], doc.severity.as_str());
        assert_eq!(json["summary"], doc.summary.as_str());
        assert_eq!(json["explanation"], doc.explanation.as_str());
    }
    let unknown = get(&app, "/api/explain/quota.exceded").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.error(), "unknown code `quota.exceded`; did you mean `quota.exceeded`?");
    let far = get(&app, "/api/explain/zzzzzz").await;
    assert_eq!(far.status, StatusCode::NOT_FOUND);
    assert_eq!(far.error(), "unknown code `zzzzzz`");
}

#[tokio::test]
async fn policies_are_the_cli_list() {
    let answer = get(&app(), "/api/policies").await;
    assert_eq!(answer.status, StatusCode::OK);
    let printed: Value = serde_json::from_str(&cli(&["policy", "list", "--format", "json"])).unwrap();
    assert_eq!(answer.json(), printed);
}

#[tokio::test]
async fn an_unknown_route_is_404_and_a_wrong_method_405_both_in_json() {
    let app = app();
    let answer = get(&app, "/api/nothing").await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert!(answer.error().contains("/api/openapi.json"));
    assert_secure(&answer.headers);
    let answer = get(&app, "/api/check").await;
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(answer.error().contains("method"));
}

// ---- limits -------------------------------------------------------------------

/// The first answer of `app` to `/healthz` that refuses for want of a
/// place: asked until a request held elsewhere has taken the only one.
async fn until_refused(app: &Router) -> Answer {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let answer = get(app, "/healthz").await;
        if answer.status == StatusCode::SERVICE_UNAVAILABLE {
            return answer;
        }
        assert!(std::time::Instant::now() < deadline, "the held request never took the place");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

#[tokio::test]
async fn beyond_the_concurrency_limit_a_request_is_503_until_a_place_frees() {
    let app = app_with(Config { max_in_flight: 1, ..Config::default() });
    let held = tokio::spawn(app.clone().oneshot(Request::post("/api/check").body(Body::new(Endless)).unwrap()));
    let refused = until_refused(&app).await;
    assert_eq!(refused.headers[header::RETRY_AFTER], "1");
    assert!(refused.error().contains("try again"));
    assert_secure(&refused.headers);
    held.abort();
    let _ = held.await;
    assert_eq!(get(&app, "/healthz").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_request_past_its_deadline_is_408() {
    let app = app_with(Config { request_timeout: Duration::from_millis(200), ..Config::default() });
    // The body never ends: only the deadline can answer.
    let answer = send(&app, Request::post("/api/check").body(Body::new(Endless)).unwrap()).await;
    assert_eq!(answer.status, StatusCode::REQUEST_TIMEOUT);
    assert_secure(&answer.headers);
}

#[tokio::test]
async fn large_answers_are_compressed_when_the_client_asks() {
    let request = Request::get("/").header(header::ACCEPT_ENCODING, "gzip").body(Body::empty()).unwrap();
    let answer = send(&app(), request).await;
    assert_eq!(answer.headers[header::CONTENT_ENCODING], "gzip");
    assert_eq!(&answer.body[..2], &[0x1f, 0x8b]);
}

// ---- the OpenAPI document -------------------------------------------------------

/// Each documented operation and status, made to happen: the document
/// describes the routes the server has and the statuses they answer.
#[tokio::test]
async fn the_openapi_document_describes_the_real_routes_and_statuses() {
    let app = app();
    let served = get(&app, "/api/openapi.json").await;
    assert_eq!(served.status, StatusCode::OK);
    let doc = served.json();
    assert_eq!(doc["openapi"], "3.1.0");
    let mut documented = BTreeSet::new();
    let mut routes = BTreeSet::new();
    for (path, operations) in doc["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            routes.insert((method.clone(), path.clone()));
            for status in operation["responses"].as_object().unwrap().keys() {
                documented.insert((method.clone(), path.clone(), status.parse::<u16>().unwrap()));
            }
        }
    }
    let real: BTreeSet<(String, String)> = serve::ROUTES.iter().map(|(m, p)| (m.to_string(), p.to_string())).collect();
    assert_eq!(routes, real, "the document's routes are the server's");

    let small = app_with(Config { max_file_size: 16, ..Config::default() });
    let busy = app_with(Config { max_in_flight: 1, ..Config::default() });
    let held = tokio::spawn(busy.clone().oneshot(Request::post("/api/check").body(Body::new(Endless)).unwrap()));
    until_refused(&busy).await;
    let eligible = read("examples/eligible.toml");
    let mut happened = BTreeSet::new();
    for (method, path, _) in &documented {
        let concrete = path.replace("{code}", "syntax");
        let attempts: Vec<(&Router, &str, Vec<u8>)> = vec![
            (&app, "", eligible.clone()),
            (&app, "?lang=xx", eligible.clone()),
            (&app, "", read("examples/typos.toml")),
            (&small, "", eligible.clone()),
            (&busy, "", eligible.clone()),
        ];
        for (router, query, body) in attempts {
            let request = Request::builder().method(method.to_uppercase().as_str()).uri(format!("{concrete}{query}"));
            let answer = send(router, request.body(Body::from(body)).unwrap()).await;
            happened.insert((method.clone(), path.clone(), answer.status.as_u16()));
        }
        if path.contains("{code}") {
            let answer = get(&app, "/api/explain/no.such-code").await;
            happened.insert((method.clone(), path.clone(), answer.status.as_u16()));
        }
    }
    held.abort();
    let missing: Vec<_> = documented.difference(&happened).collect();
    assert!(missing.is_empty(), "documented but never answered: {missing:?}");
    // And nothing answered a status the document does not name, but 413 on
    // routes without a body (never read) and 503 (any route, when busy).
    let undocumented: Vec<_> = happened
        .difference(&documented)
        .filter(|(method, _, status)| !(*status == 503 || (method == "get" && (*status == 413 || *status == 400))))
        .collect();
    assert!(undocumented.is_empty(), "answered but not documented: {undocumented:?}");
}

// ---- the language ---------------------------------------------------------------

#[tokio::test]
async fn every_language_is_taken_by_query_and_by_accept_language() {
    let app = app();
    let body = read("examples/linked-twice.toml");
    for lang in ["en", "es", "it"] {
        let answer = post(&app, &format!("/api/check?lang={lang}"), body.clone()).await;
        assert_eq!(answer.status, StatusCode::OK, "{lang}");
        let request = Request::post("/api/view").header(header::ACCEPT_LANGUAGE, format!("{lang};q=0.9, fr;q=0.8"));
        assert_eq!(send(&app, request.body(Body::from(body.clone())).unwrap()).await.status, StatusCode::OK);
    }
}

// ---- the real server ------------------------------------------------------------

/// A raw HTTP/1.1 exchange: the status and the body.
fn http(address: &str, request: &str, body: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, answer)
}

fn post_request(path: &str, length: usize) -> String {
    format!("POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {length}\r\n\r\n")
}

/// Starts the binary on a free port: the child and the address it printed.
fn start(extra: &[&str]) -> (std::process::Child, String, BufReader<std::process::ChildStdout>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_entitle"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("entitle serve starts");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let url =
        line.split_whitespace().find(|w| w.starts_with("http://")).unwrap_or_else(|| panic!("no address in {line:?}"));
    let address = url.trim_start_matches("http://").trim_end_matches('/').to_string();
    (child, address, stdout)
}

fn terminate(child: &std::process::Child) {
    // The shell's own `kill`: no procps needed.
    let status = Command::new("sh").args(["-c", &format!("kill -TERM {}", child.id())]).status().unwrap();
    assert!(status.success());
}

/// The binary: says where it listens, answers, logs one line per request
/// with neither body nor query values, and on SIGTERM lets a request in
/// flight finish before it exits 0.
#[test]
fn the_binary_serves_logs_nothing_of_a_manifest_and_stops_gracefully() {
    let (mut child, address, _stdout) = start(&[]);
    let (status, answer) = http(&address, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"");
    assert_eq!(status, 200, "{answer}");
    assert!(answer.contains("content-security-policy: default-src 'none'"), "{answer}");

    let marker = "MARKER-7f3a9c";
    let manifest = format!("[partner]\nname = \"{marker}\"\naccess_id = \"{marker}-secret\"\n");
    let path = format!("/api/check?name={marker}.toml&as_of=2024-01-01");
    let (status, answer) = http(&address, &post_request(&path, manifest.len()), manifest.as_bytes());
    assert_eq!(status, 200, "{answer}");
    assert!(answer.contains(&format!("{marker}.toml")), "the answer names the file");

    // A request in flight when SIGTERM comes: its headers and half its body.
    let text = std::fs::read(common::root("examples/linked-twice.toml")).unwrap();
    let mut slow = TcpStream::connect(&address).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    slow.write_all(post_request("/api/check", text.len()).as_bytes()).unwrap();
    slow.write_all(&text[..text.len() / 2]).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    terminate(&child);
    std::thread::sleep(Duration::from_millis(300));
    // Stopped accepting, still finishing what it holds.
    assert!(child.try_wait().unwrap().is_none(), "the server waits for its request in flight");
    slow.write_all(&text[text.len() / 2..]).unwrap();
    let mut answer = String::new();
    slow.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("quota.exceeded"), "the check finished: {answer}");

    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "the server did not stop");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0), "a graceful stop exits 0");
    let mut log = String::new();
    child.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    assert!(!log.contains(marker), "the log shows the manifest or the query: {log}");
    assert!(!log.contains("as_of") && !log.contains("2024-01-01"), "{log}");
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 3, "one line per request: {log}");
    assert!(lines[0].contains(" GET /healthz 200 3 "), "{log}");
    assert!(lines[1].contains(" POST /api/check 200 "), "{log}");
    assert!(lines[2].contains(" POST /api/check 200 "), "{log}");
    for line in lines {
        assert!(line.ends_with("ms"), "{line}");
    }
}

/// A client that sends its headers slower than the header timeout is cut off.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_too_slow_with_its_headers_is_disconnected() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve::serve(listener, app(), Duration::from_millis(300), async {
        let _ = stopped.await;
    }));
    let outcome = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(address).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").unwrap();
        // A read still waiting after 10 s fails: the server must close first.
        let mut rest = Vec::new();
        let read = stream.read_to_end(&mut rest);
        (read.is_ok(), String::from_utf8_lossy(&rest).into_owned())
    })
    .await
    .unwrap();
    let (closed, answer) = outcome;
    assert!(closed, "the connection was closed, not left hanging");
    assert!(!answer.contains("200 OK"), "{answer}");
    // A connection that says nothing, before a request or after one, is closed too.
    tokio::task::spawn_blocking(move || {
        for first in [&b""[..], &b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"[..]] {
            let mut stream = TcpStream::connect(address).unwrap();
            stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            stream.write_all(first).unwrap();
            let mut rest = Vec::new();
            assert!(stream.read_to_end(&mut rest).is_ok(), "closed, not timed out");
        }
    })
    .await
    .unwrap();
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}

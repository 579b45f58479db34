//! The API's handlers: each reads the query, the body and the language,
//! runs the checker on a blocking thread, and answers JSON.

use std::sync::Arc;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{App, Slot, text};
use crate::check::{Checker, Options};
use crate::policy::library::PolicySpec;
use crate::redact::Redactor;
use crate::render::entitlements::PartnerView;
use crate::{Lang, date::Date, escape, render};

/// The longest `name` taken: a file name, not a document.
const MAX_NAME: usize = 255;

/// A JSON answer.
fn json(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// A refusal: `{"error": reason}`.
pub(crate) fn error(status: StatusCode, reason: String) -> Response {
    json(status, format!("{}\n", serde_json::json!({ "error": reason })))
}

/// Why a request is refused: its status and the reason.
struct Refusal(StatusCode, String);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        error(self.0, self.1)
    }
}

/// What a request asks: the name its report shows, and the checker's options.
struct Asked {
    name: String,
    options: Options,
}

type QueryPairs = Result<Query<Vec<(String, String)>>, QueryRejection>;

/// Reads the query (`name`, `lang`, `as_of`, `policy`) and the language; a
/// bad one is a 400 with the reason.
fn asked(app: &App, headers: &HeaderMap, query: QueryPairs) -> Result<Asked, Refusal> {
    let bad = |reason: String| Refusal(StatusCode::BAD_REQUEST, reason);
    let Query(pairs) = query.map_err(|_| bad(text::bad_query()))?;
    let mut seen: Vec<&str> = Vec::new();
    let (mut name, mut lang, mut options) = (None, None, Options::default());
    for (key, value) in &pairs {
        if seen.contains(&key.as_str()) {
            return Err(bad(text::repeated_parameter(key)));
        }
        match key.as_str() {
            "name" => {
                if value.is_empty() || value.chars().count() > MAX_NAME {
                    return Err(bad(text::bad_name(MAX_NAME)));
                }
                name = Some(value.clone());
            }
            "lang" => lang = Some(value.parse::<Lang>().map_err(|e| bad(e.to_string()))?),
            "as_of" => {
                let date =
                    Date::parse(value).ok_or_else(|| bad(crate::messages::not_a_date(&escape::inline(value))))?;
                options.as_of = Some(date);
            }
            "policy" => {
                let PolicySpec { id, version } = PolicySpec::parse(value);
                if let Some((message, help)) = app.library.check_name(&id, version.as_deref()) {
                    return Err(bad(escape::inline(&format!("{message}; {help}")).into_owned()));
                }
                options.policy = Some(id);
                options.policy_version = version;
            }
            _ => return Err(bad(text::unknown_parameter(key))),
        }
        seen.push(key);
    }
    options.lang = Some(lang.unwrap_or_else(|| language(headers, app.config.lang)));
    options.max_file_size = Some(app.config.max_file_size);
    Ok(Asked { name: name.unwrap_or_else(|| "upload.toml".to_string()), options })
}

/// The language of `Accept-Language`, or `default` when the header is
/// absent or names no language `entitle` speaks.
fn language(headers: &HeaderMap, default: Lang) -> Lang {
    let Some(header) = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()) else {
        return default;
    };
    let speaks = |range: &str| {
        let tag = range.split(';').next().unwrap_or_default().trim();
        tag != "*" && Lang::from_locale(tag).is_some()
    };
    if header.split(',').any(speaks) { Lang::from_accept_language(header) } else { default }
}

/// The body, or 413 over the limit (400 when it could not be read).
fn manifest(app: &App, body: Result<Bytes, BytesRejection>) -> Result<Bytes, Refusal> {
    body.map_err(|rejection| match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => {
            Refusal(StatusCode::PAYLOAD_TOO_LARGE, text::too_large(app.config.max_file_size))
        }
        _ => Refusal(StatusCode::BAD_REQUEST, text::bad_body()),
    })
}

/// Runs `work` on a blocking thread (a check is CPU work), keeping the
/// request's place among those in flight until it ends.
async fn run<T: Send + 'static>(
    app: &Arc<App>,
    slot: Option<Extension<Slot>>,
    work: impl FnOnce(&App) -> T + Send + 'static,
) -> Result<T, Response> {
    let app = Arc::clone(app);
    tokio::task::spawn_blocking(move || {
        let _slot = slot;
        work(&app)
    })
    .await
    .map_err(|_| error(StatusCode::INTERNAL_SERVER_ERROR, text::internal()))
}

/// Reads what every `POST` takes, then runs `work` with the checker.
async fn post(
    app: Arc<App>,
    slot: Option<Extension<Slot>>,
    headers: HeaderMap,
    query: QueryPairs,
    body: Result<Bytes, BytesRejection>,
    work: impl FnOnce(&Checker<'_>, &str, &[u8]) -> Response + Send + 'static,
) -> Response {
    let asked = match asked(&app, &headers, query) {
        Ok(asked) => asked,
        Err(refusal) => return refusal.into_response(),
    };
    let bytes = match manifest(&app, body) {
        Ok(bytes) => bytes,
        Err(refusal) => return refusal.into_response(),
    };
    let done = run(&app, slot, move |app| {
        let checker = Checker::new(&app.library, asked.options);
        // Every word of the answer (the report's frame, the entitlements
        // table's) in the request's language.
        crate::i18n::with_lang(checker.lang(), || work(&checker, &asked.name, &bytes))
    });
    done.await.unwrap_or_else(|response| response)
}

/// `POST /api/check`: the JSON report of `entitle check --format json` for
/// the one file, whatever its verdict.
pub(crate) async fn check(
    State(app): State<Arc<App>>,
    slot: Option<Extension<Slot>>,
    headers: HeaderMap,
    query: QueryPairs,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    post(app, slot, headers, query, body, |checker, name, bytes| {
        let report = checker.check(name, bytes);
        json(StatusCode::OK, render::json::render(std::slice::from_ref(&report)))
    })
    .await
}

/// `POST /api/entitlements`: the JSON of `entitle entitlements --format
/// json`; 422 with the check's report when the manifest cannot be read far
/// enough to judge.
pub(crate) async fn entitlements(
    State(app): State<Arc<App>>,
    slot: Option<Extension<Slot>>,
    headers: HeaderMap,
    query: QueryPairs,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    post(app, slot, headers, query, body, |checker, name, bytes| {
        let (report, judged) = checker.judge(name, bytes);
        match judged {
            Some(judged) => json(StatusCode::OK, render::entitlements::json(&PartnerView::of(&report, &judged, bytes))),
            None => json(StatusCode::UNPROCESSABLE_ENTITY, render::json::render(std::slice::from_ref(&report))),
        }
    })
    .await
}

/// `POST /api/view`: what the page shows, in one answer: `check` (the
/// report of `/api/check`), `source` (the manifest's text with its secrets
/// masked and its control characters escaped, as the report quotes it) and
/// `entitlements` (that of `/api/entitlements`, or `null`).
pub(crate) async fn view(
    State(app): State<Arc<App>>,
    slot: Option<Extension<Slot>>,
    headers: HeaderMap,
    query: QueryPairs,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    post(app, slot, headers, query, body, |checker, name, bytes| {
        let (report, judged) = checker.judge(name, bytes);
        let entitlements = judged.map(|judged| render::entitlements::json(&PartnerView::of(&report, &judged, bytes)));
        // A report with findings holds the masked text; one without keeps none.
        let source = if report.findings.is_empty() {
            let text = String::from_utf8_lossy(bytes);
            escape::source(&Redactor::for_manifest(bytes).mask_source(&text)).into_owned()
        } else {
            report.text.clone()
        };
        let parse = |doc: &str| serde_json::from_str::<serde_json::Value>(doc).unwrap_or_default();
        let doc = serde_json::json!({
            "check": parse(&render::json::render(std::slice::from_ref(&report))),
            "source": source,
            "entitlements": entitlements.as_deref().map(parse),
        });
        json(StatusCode::OK, format!("{doc}\n"))
    })
    .await
}

/// `GET /api/explain/{code}`: the code's documentation; 404 for a code no
/// policy or built-in check reports.
pub(crate) async fn explain(
    State(app): State<Arc<App>>,
    Path(code): Path<String>,
    headers: HeaderMap,
    query: QueryPairs,
) -> Response {
    let lang = match asked(&app, &headers, query) {
        Ok(asked) => asked.options.lang.unwrap_or(app.config.lang),
        Err(refusal) => return refusal.into_response(),
    };
    let codes = crate::i18n::with_lang(lang, || app.library.codes());
    let Some(doc) = codes.iter().find(|d| d.code.as_str() == code) else {
        let suggestion = crate::suggest::did_you_mean(&code, codes.iter().map(|d| d.code.as_str()));
        return error(StatusCode::NOT_FOUND, crate::i18n::with_lang(lang, || text::unknown_code(&code, suggestion)));
    };
    let doc = serde_json::json!({
        "code": doc.code.as_str(),
        "severity": doc.severity.as_str(),
        "summary": doc.summary,
        "explanation": doc.explanation,
    });
    json(StatusCode::OK, format!("{doc:#}\n"))
}

/// `GET /api/policies`: the JSON of `entitle policy list --format json`.
pub(crate) async fn policies(State(app): State<Arc<App>>) -> Response {
    json(StatusCode::OK, render::policies::json(app.library.all()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn app(lang: Lang) -> App {
        let library = crate::policy::Library::builtin().expect("the built-in policies compile");
        let config = super::super::Config { lang, ..super::super::Config::default() };
        App { in_flight: Arc::new(tokio::sync::Semaphore::new(1)), page: super::super::Page::new(), library, config }
    }

    fn lang_of(app: &App, query: &[(&str, &str)], accept: Option<&str>) -> Lang {
        let mut headers = HeaderMap::new();
        if let Some(accept) = accept {
            headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_str(accept).unwrap());
        }
        let pairs = query.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        asked(app, &headers, Ok(Query(pairs)))
            .map(|a| a.options.lang.expect("a language is always chosen"))
            .unwrap_or_else(|r| panic!("{}", r.1))
    }

    /// `lang` first, then `Accept-Language` when it names a language
    /// `entitle` speaks, then the server's `--lang`.
    #[test]
    fn the_language_is_the_query_then_the_header_then_the_server_default() {
        let app = app(Lang::It);
        assert_eq!(lang_of(&app, &[], None), Lang::It);
        assert_eq!(lang_of(&app, &[], Some("es-ES,es;q=0.9")), Lang::Es);
        assert_eq!(lang_of(&app, &[], Some("en-GB")), Lang::En);
        assert_eq!(lang_of(&app, &[], Some("fr-FR, de;q=0.5")), Lang::It);
        assert_eq!(lang_of(&app, &[], Some("*")), Lang::It);
        assert_eq!(lang_of(&app, &[("lang", "en")], Some("es")), Lang::En);
        assert_eq!(lang_of(&app, &[("lang", "es-MX")], None), Lang::Es);
    }

    #[test]
    fn the_query_fills_the_options_as_the_cli_flags_do() {
        let app = app(Lang::En);
        let pairs = vec![("as_of".to_string(), "2021-09-30".to_string()), ("name".to_string(), "a.toml".to_string())];
        let asked = asked(&app, &HeaderMap::new(), Ok(Query(pairs))).unwrap_or_else(|r| panic!("{}", r.1));
        assert_eq!(asked.name, "a.toml");
        assert_eq!(asked.options.as_of.map(|d| d.to_string()).as_deref(), Some("2021-09-30"));
        assert_eq!(asked.options.max_file_size, Some(app.config.max_file_size));
        assert!(!asked.options.force_policy);
    }
}

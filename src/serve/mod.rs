//! `entitle serve`: a page where a partner drops or pastes a manifest and
//! reads what is wrong under each line, and an HTTP API for portals, over
//! the same [`Checker`](crate::Checker) as `entitle check`.
//!
//! Safe by default: nothing a client sends is stored or logged (one access
//! line per request: method, path, status, bytes, duration); bodies are
//! limited to the maximum file size; each request has a deadline; requests
//! beyond the concurrency limit are refused with 503; a client that is slow
//! to send its headers is disconnected; every response carries a strict
//! `Content-Security-Policy`, `X-Content-Type-Options: nosniff` and
//! `Referrer-Policy: no-referrer`.

mod api;
mod log;
mod page;
pub mod text;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::Lang;
use crate::policy::Library;

pub use page::Page;

/// How the server behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// Bodies (manifests) larger than this many bytes are refused with 413.
    pub max_file_size: u64,
    /// The language when a request names none (`lang`, `Accept-Language`).
    pub lang: Lang,
    /// The time a request has, from its first byte read to its response.
    pub request_timeout: Duration,
    /// The time a client has to send a request's headers.
    pub header_timeout: Duration,
    /// Requests handled at once; more are refused with 503.
    pub max_in_flight: usize,
    /// One line per request on stderr.
    pub access_log: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_file_size: crate::check::DEFAULT_MAX_FILE_SIZE,
            lang: Lang::En,
            request_timeout: Duration::from_secs(30),
            header_timeout: Duration::from_secs(10),
            max_in_flight: 64,
            access_log: true,
        }
    }
}

/// The routes the server answers, as `(method, path)`: the OpenAPI document
/// served at `/api/openapi.json` describes exactly these.
pub const ROUTES: [(&str, &str); 8] = [
    ("get", "/"),
    ("get", "/healthz"),
    ("get", "/api/openapi.json"),
    ("post", "/api/check"),
    ("post", "/api/entitlements"),
    ("post", "/api/view"),
    ("get", "/api/explain/{code}"),
    ("get", "/api/policies"),
];

/// What every handler shares.
pub(crate) struct App {
    pub(crate) library: Library,
    pub(crate) config: Config,
    in_flight: Arc<Semaphore>,
    page: Page,
}

/// The held place of a request among the `max_in_flight`: a check that
/// runs on a blocking thread keeps it until it ends, even when its request
/// timed out, so that the limit bounds the work, not only the requests.
#[derive(Clone)]
pub(crate) struct Slot(#[allow(dead_code)] Arc<OwnedSemaphorePermit>);

/// The application: every route, with its limits and headers.
pub fn router(library: Library, config: Config) -> Router {
    let page = Page::new();
    let limit = usize::try_from(config.max_file_size).unwrap_or(usize::MAX);
    let timeout = config.request_timeout;
    let logged = config.access_log;
    let app = Arc::new(App { in_flight: Arc::new(Semaphore::new(config.max_in_flight)), library, config, page });
    Router::new()
        .route("/", get(page::index))
        .route("/healthz", get(healthz))
        .route("/api/openapi.json", get(openapi))
        .route("/api/check", post(api::check))
        .route("/api/entitlements", post(api::entitlements))
        .route("/api/view", post(api::view))
        .route("/api/explain/{code}", get(api::explain))
        .route("/api/policies", get(api::policies))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        // One byte over the limit is enough to refuse the body.
        .layer(DefaultBodyLimit::max(limit))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeout))
        .layer(middleware::from_fn_with_state(app.clone(), admit))
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(middleware::from_fn_with_state(app.clone(), secure))
        .layer(middleware::from_fn_with_state(logged, log::access))
        .with_state(app)
}

/// Admits a request while fewer than `max_in_flight` are handled; refuses
/// it with 503 otherwise (a queue would only make every client wait longer).
/// A body declared larger than the limit is refused at once, unread.
async fn admit(State(app): State<Arc<App>>, mut request: Request, next: Next) -> Response {
    let declared = request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|length| length > app.config.max_file_size) {
        return api::error(StatusCode::PAYLOAD_TOO_LARGE, text::too_large(app.config.max_file_size));
    }
    let Ok(permit) = app.in_flight.clone().try_acquire_owned() else {
        let mut response = api::error(StatusCode::SERVICE_UNAVAILABLE, text::busy());
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        return response;
    };
    request.extensions_mut().insert(Slot(Arc::new(permit)));
    next.run(request).await
}

/// The headers every response carries.
async fn secure(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, app.page.csp().clone());
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn healthz() -> Response {
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "ok\n").into_response()
}

/// The OpenAPI 3.1 document of the API.
pub const OPENAPI: &str = include_str!("openapi.json");

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn not_found() -> Response {
    api::error(StatusCode::NOT_FOUND, text::no_such_route())
}

async fn method_not_allowed() -> Response {
    api::error(StatusCode::METHOD_NOT_ALLOWED, text::method_not_allowed())
}

/// Serves `router` on `listener` until `shutdown` completes, then stops
/// accepting and lets the requests in flight finish.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    header_timeout: Duration,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(header_timeout);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _)) => stream,
                    // Out of file descriptors, or a connection reset before
                    // it was accepted: wait a moment rather than spin.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let service = hyper_util::service::TowerToHyperService::new(router.clone());
                let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
                tokio::spawn(async move {
                    let _ = connection.await;
                });
            }
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

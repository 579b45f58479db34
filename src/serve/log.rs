//! The access log: one line per request on stderr, written when its
//! response has been sent (or abandoned): time, method, path, status, bytes
//! sent, duration. Never a body, never a query's values, never a header: a
//! manifest is not stored or logged anywhere.

use std::io::Write;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http_body::{Frame, SizeHint};

use crate::escape;

pub(crate) async fn access(State(logged): State<bool>, request: Request, next: Next) -> Response {
    if !logged {
        return next.run(request).await;
    }
    let started = Instant::now();
    let method = request.method().to_string();
    // The path only: its query may hold a file name.
    let path = escape::inline(request.uri().path()).into_owned();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    response.map(|body| Body::new(Logged { body, line: Some(Line { started, method, path, status }), sent: 0 }))
}

/// What the line says, but the bytes, which are counted as they go.
struct Line {
    started: Instant,
    method: String,
    path: String,
    status: u16,
}

/// A response body that counts what it sends, and writes the request's
/// line when it ends or is dropped (a client that went away).
struct Logged {
    body: Body,
    line: Option<Line>,
    sent: u64,
}

impl Logged {
    fn write(&mut self) {
        let Some(line) = self.line.take() else { return };
        let took = line.started.elapsed();
        let now = jiff::Timestamp::now();
        // Not `eprintln!`, which panics when stderr cannot be written.
        let _ = writeln!(
            std::io::stderr().lock(),
            "{now:.0} {} {} {} {} {:.1}ms",
            line.method,
            line.path,
            line.status,
            self.sent,
            took.as_secs_f64() * 1000.0
        );
    }
}

impl http_body::Body for Logged {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let polled = Pin::new(&mut self.body).poll_frame(cx);
        match &polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(data) = frame.data_ref() {
                    self.sent += data.len() as u64;
                }
            }
            Poll::Ready(None) | Poll::Ready(Some(Err(_))) => self.write(),
            Poll::Pending => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

impl Drop for Logged {
    fn drop(&mut self) {
        self.write();
    }
}

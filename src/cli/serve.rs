//! `entitle serve`: the page and the HTTP API, until SIGINT or SIGTERM.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use entitle::Lang;
use entitle::serve::{self, Config};

use super::{PolicySource, RunError};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The address to listen on; port 0 picks a free port.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    #[command(flatten)]
    policies: PolicySource,
    /// Manifests (request bodies) larger than this many bytes are refused with 413.
    #[arg(long, value_name = "BYTES", default_value_t = entitle::check::DEFAULT_MAX_FILE_SIZE)]
    max_file_size: u64,
    /// The language when a request names none (`lang`, `Accept-Language`): en, es or it.
    #[arg(long, value_name = "LANG", default_value = "en")]
    lang: Lang,
    /// Requests handled at once; more are refused with 503.
    #[arg(long, value_name = "N", default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=65536))]
    max_in_flight: u32,
    /// The seconds a request has, from its first byte to its response.
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    timeout: u64,
}

pub fn run(args: Args) -> Result<ExitCode, RunError> {
    let library = args.policies.load()?;
    let config = Config {
        max_file_size: args.max_file_size,
        lang: args.lang,
        request_timeout: Duration::from_secs(args.timeout),
        max_in_flight: args.max_in_flight as usize,
        ..Config::default()
    };
    // Checks run on the blocking pool, one thread per core: a burst of
    // requests waits for a thread (within its deadline) rather than starting
    // hundreds, each with memory of its own.
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .max_blocking_threads(cores)
        .enable_all()
        .build()
        .map_err(|e| RunError(serve::text::cannot_serve(&e.to_string())))?;
    runtime.block_on(async {
        let shutdown = stopped()?;
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .map_err(|e| RunError(serve::text::cannot_listen(&args.addr.to_string(), &e.to_string())))?;
        let bound = listener
            .local_addr()
            .map_err(|e| RunError(serve::text::cannot_listen(&args.addr.to_string(), &e.to_string())))?;
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, "{}", serve::text::listening(&format!("http://{bound}/")));
        let _ = stdout.flush();
        drop(stdout);
        let header_timeout = config.header_timeout;
        let router = serve::router(library, config);
        serve::serve(listener, router, header_timeout, shutdown)
            .await
            .map_err(|e| RunError(serve::text::cannot_serve(&e.to_string())))
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Completes on the first SIGINT (Ctrl-C) or SIGTERM. Both are caught from
/// here on, before the server says where it listens: a signal sent as soon
/// as the address is known stops the server gracefully, never kills it.
fn stopped() -> Result<impl std::future::Future<Output = ()>, RunError> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let caught = |kind| signal(kind).map_err(|e| RunError(serve::text::cannot_serve(&e.to_string())));
        let (mut interrupt, mut terminate) = (caught(SignalKind::interrupt())?, caught(SignalKind::terminate())?);
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

//! The `entitle` command line.

mod cli;

use std::io::Write;
use std::process::ExitCode;

// Checking a manifest allocates many small strings and tables; mimalloc
// takes a quarter off the time a large run spends in the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let code = cli::run();
    // Everything a run writes is written and flushed by now. What `exit`
    // would still do is give the heap back page by page (the allocator's
    // exit hook calls `madvise` on every region it used), which the kernel
    // does at once when the process ends: a twentieth of checking one file.
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // A coverage build writes its profile from an exit hook.
    if cfg!(not(coverage)) {
        let status = [0, 1, 2].into_iter().find(|&n| ExitCode::from(n) == code).unwrap_or(2);
        // SAFETY: `_exit` only ends the process. Nothing is lost by skipping
        // the exit hooks: every command has written, flushed and renamed its
        // files, and joined the threads it started, before it returns.
        unsafe { libc::_exit(i32::from(status)) }
    }
    code
}

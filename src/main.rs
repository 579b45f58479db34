//! The `entitle` command line.

mod cli;

// Checking a manifest allocates many small strings and tables; mimalloc
// takes a quarter off the time a large run spends in the system allocator.
#[global_allocator]
static ALLOCATOR: entitle::alloc::MiMalloc = entitle::alloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}

//! The `entitle` command line.

mod alloc;
mod cli;

// Checking a manifest allocates many small strings and tables; mimalloc
// takes a quarter off the time a large run spends in the system allocator.
#[global_allocator]
static ALLOCATOR: alloc::MiMalloc = alloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}

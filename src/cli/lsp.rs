//! `entitle lsp`: the language server, over stdin and stdout.

use std::process::ExitCode;

use super::RunError;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Accepted for clients that pass it: stdio is the only transport.
    #[arg(long)]
    stdio: bool,
}

pub fn run(_args: Args) -> Result<ExitCode, RunError> {
    entitle::lsp::run_stdio().map_err(RunError)?;
    Ok(ExitCode::SUCCESS)
}

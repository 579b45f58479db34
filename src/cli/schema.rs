//! `entitle schema manifest|policy [--check]`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::{RunError, print};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Which {
    /// The manifest format.
    Manifest,
    /// The policy format.
    Policy,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Which schema.
    #[arg(value_enum)]
    which: Which,
    /// Compare with the checked-in file under `--dir` instead of printing.
    #[arg(long)]
    check: bool,
    /// Where the checked-in schemas are.
    #[arg(long, default_value = "schemas")]
    dir: PathBuf,
}

/// The schema text as checked in.
pub fn text(schema: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

pub fn run(args: Args) -> Result<ExitCode, RunError> {
    let (schema, file) = match args.which {
        Which::Manifest => (entitle::manifest::schema(), "manifest.schema.json"),
        Which::Policy => (entitle::policy::model::schema(), "policy.schema.json"),
    };
    let generated = text(&schema);
    if !args.check {
        print(&generated)?;
        return Ok(ExitCode::SUCCESS);
    }
    let path = args.dir.join(file);
    let shown = path.display().to_string();
    let current =
        std::fs::read_to_string(&path).map_err(|e| RunError(entitle::messages::cannot_read(&shown, &e.to_string())))?;
    if current == generated {
        Ok(ExitCode::SUCCESS)
    } else {
        let _ = writeln!(std::io::stderr(), "{}", entitle::messages::stale_schema(&entitle::escape::inline(&shown)));
        Ok(ExitCode::from(1))
    }
}

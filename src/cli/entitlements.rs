//! `entitle entitlements MANIFEST`: what the partner is entitled to, has used
//! and has left, per benefit, and what would make the manifest pass.

use std::path::PathBuf;
use std::process::ExitCode;

use entitle::date::Date;
use entitle::render::entitlements::{self, PartnerView};
use entitle::render::human::{self, Style};
use entitle::{Checker, Options};

use super::{PolicySource, RunError, ViewFormat, color, parse_date, print};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The manifest.
    #[arg(value_name = "MANIFEST")]
    manifest: PathBuf,
    #[command(flatten)]
    policies: PolicySource,
    /// Judge at this date (YYYY-MM-DD); overrides the manifest's as_of.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<Date>,
    /// Output format: human or json.
    #[arg(long, value_enum, default_value_t = ViewFormat::Human)]
    format: ViewFormat,
}

pub fn run(args: Args) -> Result<ExitCode, RunError> {
    let library = args.policies.load()?;
    let name = args.manifest.display().to_string();
    let bytes =
        std::fs::read(&args.manifest).map_err(|e| RunError(entitle::messages::cannot_read(&name, &e.to_string())))?;
    let checker = Checker::new(&library, Options { as_of: args.as_of, ..Options::default() });
    let (report, judged) = checker.judge(&name, &bytes);
    let Some(judged) = judged else {
        // Not readable far enough to judge: show why, as `check` would.
        let style = Style { color: color(std::io::IsTerminal::is_terminal(&std::io::stdout())), ..Style::default() };
        print(&human::render(&[report], style))?;
        return Ok(ExitCode::from(1));
    };
    let view = PartnerView::of(&report, &judged, &bytes);
    match args.format {
        ViewFormat::Json => print(&entitlements::json(&view))?,
        ViewFormat::Human => print(&entitlements::human(&view))?,
    }
    Ok(ExitCode::SUCCESS)
}

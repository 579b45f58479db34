//! `entitle entitlements MANIFEST`: what the partner is entitled to, has used
//! and has left, per benefit, and what would make the manifest pass.

use std::path::PathBuf;
use std::process::ExitCode;

use entitle::date::Date;
use entitle::render::entitlements::{self, PartnerView};
use entitle::render::human::{self, Style};
use entitle::{Checker, Options};

use super::check::{Input, read};
use super::{PolicySource, RunError, ViewFormat, color, parse_date, print};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The manifest, or - for stdin.
    #[arg(value_name = "MANIFEST")]
    manifest: PathBuf,
    /// Do not read a manifest larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = entitle::check::DEFAULT_MAX_FILE_SIZE)]
    max_file_size: u64,
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
    let input = if args.manifest.as_os_str() == "-" { Input::Stdin } else { Input::File(args.manifest.clone()) };
    let checker = Checker::new(
        &library,
        Options { as_of: args.as_of, max_file_size: Some(args.max_file_size), ..Options::default() },
    );
    // Read as `check` reads: a FIFO, a device or an endless stdin is refused
    // or cut at the limit, never read without end.
    let (name, bytes) = read(&input, checker.max_file_size(), None)?;
    let (report, judged) = match bytes {
        Ok(bytes) => {
            let (report, judged) = checker.judge(&name, &bytes);
            (report, judged.map(|j| (j, bytes)))
        }
        Err(Some(size)) => (checker.too_large(&name, size), None),
        Err(None) => (checker.too_large_unknown(&name), None),
    };
    let Some((judged, bytes)) = judged else {
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
    // As `check`: a manifest with errors exits 1, whatever it is entitled to.
    Ok(if report.eligible() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

//! `entitle check`.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use entitle::date::Date;
use entitle::messages;
use entitle::render::human::{self, Style};
use entitle::render::{github, json, junit, markdown, sarif};
use entitle::{Checker, FileReport, Options, Severity};

use std::io::{IsTerminal, Write};

use super::{Format, PolicySource, RunError, color, emit, parse_date};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Manifests: files, directories (every *.toml below, sorted), or - for stdin.
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    policies: PolicySource,
    /// Pick a policy (and a version) for manifests that name none.
    #[arg(long, value_name = "ID[@VERSION]")]
    policy: Option<String>,
    /// Judge at this date (YYYY-MM-DD); overrides the manifests' as_of.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<Date>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Warnings fail the run too.
    #[arg(long)]
    deny_warnings: bool,
    /// Write the report to this file (atomically) instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode, RunError> {
    let library = args.policies.load()?;
    let (policy, policy_version) = match args.policy.as_deref() {
        None => (None, None),
        Some(spec) => {
            let (id, version) = match spec.split_once('@') {
                Some((id, version)) => (id.to_string(), Some(version.to_string())),
                None => (spec.to_string(), None),
            };
            validate_policy_flag(&library, &id, version.as_deref())?;
            (Some(id), version)
        }
    };
    let files = expand(&args.paths)?;
    let checker = Checker::new(&library, Options { as_of: args.as_of, policy, policy_version, force_policy: false });
    let progress = Progress::new(files.len());
    let mut reports = Vec::with_capacity(files.len());
    for (i, file) in files.iter().enumerate() {
        let (name, bytes) = read(file)?;
        reports.push(checker.check(&name, &bytes));
        progress.tick(i + 1);
    }
    progress.finish();
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let output = match args.format {
        Format::Human => human::render(&reports, Style { color: color(to_terminal), ..Style::default() }),
        Format::Json => json::render(&reports),
        Format::Sarif => sarif::render(&reports),
        Format::Junit => junit::render(&reports),
        Format::Github => github::render(&reports),
        Format::Markdown => markdown::render(&reports),
    };
    emit(&output, args.output.as_deref())?;
    if args.format != Format::Human || args.output.is_some() {
        let s = json::Summary::of(&reports);
        eprintln!("{}", messages::summary_line(s.files, s.errors, s.warnings, s.waived));
    }
    Ok(exit_code(&reports, args.deny_warnings))
}

/// Progress of a large run on stderr, only when stderr is a terminal.
struct Progress {
    total: usize,
    shown: bool,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress { total, shown: total >= 50 && std::io::stderr().is_terminal() }
    }

    fn tick(&self, done: usize) {
        if self.shown && (done % 25 == 0 || done == self.total) {
            let mut stderr = std::io::stderr().lock();
            let _ = write!(stderr, "\r{}", messages::progress(done, self.total));
            let _ = stderr.flush();
        }
    }

    fn finish(&self) {
        if self.shown {
            eprint!("\r\x1b[2K");
        }
    }
}

fn exit_code(reports: &[FileReport], deny_warnings: bool) -> ExitCode {
    let failed =
        reports.iter().any(|r| r.count(Severity::Error) > 0 || (deny_warnings && r.count(Severity::Warning) > 0));
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn validate_policy_flag(library: &entitle::policy::Library, id: &str, version: Option<&str>) -> Result<(), RunError> {
    let ids = library.ids();
    if !ids.contains(&id) {
        let suggestion = entitle::suggest::did_you_mean(id, ids.iter().copied());
        return Err(RunError(format!(
            "{}; {}",
            messages::unknown_policy(id),
            messages::available("policies", &ids, suggestion)
        )));
    }
    if let Some(version) = version {
        let versions: Vec<&str> = library.versions(id).iter().map(|s| s.version.as_str()).collect();
        if !versions.contains(&version) {
            let suggestion = entitle::suggest::did_you_mean(version, versions.iter().copied());
            return Err(RunError(format!(
                "{}; {}",
                messages::unknown_policy_version(id, version),
                messages::available("versions", &versions, suggestion)
            )));
        }
    }
    Ok(())
}

/// A file to check: a path, or standard input.
enum Input {
    Stdin,
    File(PathBuf),
}

/// Files in the order given, directories expanded to their `*.toml` files in
/// sorted order. A path that does not exist ends the run.
fn expand(paths: &[PathBuf]) -> Result<Vec<Input>, RunError> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let meta = std::fs::metadata(path)
            .map_err(|e| RunError(messages::cannot_read(&path.display().to_string(), &e.to_string())))?;
        if meta.is_dir() {
            let found = entitle::files::manifests_below(path)
                .map_err(|e| RunError(messages::cannot_read(&path.display().to_string(), &e.to_string())))?;
            out.extend(found.into_iter().map(Input::File));
        } else {
            out.push(Input::File(path.clone()));
        }
    }
    Ok(out)
}

fn read(input: &Input) -> Result<(String, Vec<u8>), RunError> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| RunError(messages::cannot_read("<stdin>", &e.to_string())))?;
            Ok(("<stdin>".to_string(), bytes))
        }
        Input::File(path) => {
            let name = path.display().to_string();
            let bytes = std::fs::read(path).map_err(|e| RunError(messages::cannot_read(&name, &e.to_string())))?;
            Ok((name, bytes))
        }
    }
}

//! `entitle policy list | lint | diff`: tools for the people who edit policies.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Subcommand;

use entitle::date::Date;
use entitle::lint;
use entitle::messages;
use entitle::policy::diff;
use entitle::policy::{Library, LoadError, RuleSet};
use entitle::render::human::{self, Style};
use entitle::render::json as json_report;
use entitle::render::policies;

use super::{PolicySource, RunError, ViewFormat, color, parse_date, print};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The policies and versions available, with effective dates and digests.
    List {
        #[command(flatten)]
        policies: PolicySource,
        /// Output format: human or json.
        #[arg(long, value_enum, default_value_t = ViewFormat::Human)]
        format: ViewFormat,
    },
    /// Check policy files: what the compiler checks, and what is probably a mistake.
    Lint {
        /// A directory of policy files; default: the built-in policies.
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Output format: human or json.
        #[arg(long, value_enum, default_value_t = ViewFormat::Human)]
        format: ViewFormat,
        /// Warnings fail the run too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// What changed between two versions: ID@VERSION, or VERSION when there is one policy.
    Diff {
        /// The earlier version.
        a: String,
        /// The later version.
        b: String,
        #[command(flatten)]
        policies: PolicySource,
        /// Check every manifest below DIR under both versions; report whose verdict flips.
        #[arg(long, value_name = "DIR")]
        against: Option<PathBuf>,
        /// With --against: judge at this date instead of the manifests' as_of.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        as_of: Option<Date>,
        /// Output format: human or json.
        #[arg(long, value_enum, default_value_t = ViewFormat::Human)]
        format: ViewFormat,
    },
    /// Run the test manifests (`<id>/tests/*.toml`) under every version they apply to.
    Test(super::policy_test::Args),
    /// Print a version's messages with their ids and English text, as a
    /// Fluent file to translate (`<version>.<lang>.ftl` beside the policy file).
    Messages {
        /// The version: ID@VERSION, or VERSION when there is one policy.
        #[arg(value_name = "ID@VERSION")]
        spec: String,
        #[command(flatten)]
        policies: PolicySource,
    },
}

pub fn run(command: Command) -> Result<ExitCode, RunError> {
    match command {
        Command::List { policies, format } => list(&policies.load()?, format),
        Command::Lint { dir, format, deny_warnings } => run_lint(dir, format, deny_warnings),
        Command::Diff { a, b, policies, against, as_of, format } => {
            run_diff(&policies.load()?, &a, &b, against, as_of, format)
        }
        Command::Test(args) => super::policy_test::run(args),
        Command::Messages { spec, policies } => {
            let library = policies.load()?;
            print(&entitle::policy::translate::skeleton(find(&library, &spec)?))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn list(library: &Library, format: ViewFormat) -> Result<ExitCode, RunError> {
    let sets = library.all();
    print(&match format {
        ViewFormat::Json => policies::json(sets),
        ViewFormat::Human => policies::list(sets),
    })?;
    Ok(ExitCode::SUCCESS)
}

fn run_lint(dir: Option<PathBuf>, format: ViewFormat, deny_warnings: bool) -> Result<ExitCode, RunError> {
    let sources = match &dir {
        Some(dir) => Library::dir_sources(dir).map_err(|e| match e {
            LoadError::Io(message) => RunError(message),
            LoadError::Compile(reports) => RunError(reports.first().map(|r| r.path.clone()).unwrap_or_default()),
        })?,
        None => Library::builtin_sources(),
    };
    let tests = super::policy_test::lint_sources(dir.as_deref());
    let reports = lint::lint_with_tests(&sources, Some(&tests));
    let output = match format {
        ViewFormat::Json => json_report::render(&reports),
        ViewFormat::Human => human::render(
            &reports,
            Style { color: color(std::io::IsTerminal::is_terminal(&std::io::stdout())), ..Style::default() },
        ),
    };
    print(&output)?;
    let failed = reports
        .iter()
        .any(|r| r.count(entitle::Severity::Error) > 0 || (deny_warnings && r.count(entitle::Severity::Warning) > 0));
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Finds `ID@VERSION`, or `VERSION` when the library holds one policy.
fn find<'l>(library: &'l Library, spec: &str) -> Result<&'l Arc<RuleSet>, RunError> {
    library.resolve(spec).map_err(|(message, help)| RunError(format!("{message}; {help}")))
}

fn run_diff(
    library: &Library,
    a: &str,
    b: &str,
    against: Option<PathBuf>,
    as_of: Option<Date>,
    format: ViewFormat,
) -> Result<ExitCode, RunError> {
    let (a, b) = (find(library, a)?, find(library, b)?);
    let changes = diff::diff(a, b);
    let replay = match &against {
        None => None,
        Some(dir) => {
            let files = entitle::files::toml_files_below(dir)
                .map_err(|e| RunError(messages::cannot_read(&dir.display().to_string(), &e.to_string())))?;
            let mut manifests = Vec::with_capacity(files.len());
            for file in files {
                let name = entitle::escape::inline(&file.display().to_string()).into_owned();
                let bytes = std::fs::read(&file).map_err(|e| RunError(messages::cannot_read(&name, &e.to_string())))?;
                manifests.push((name, bytes));
            }
            Some(entitle::replay::replay(library, a, b, &manifests, as_of))
        }
    };
    print(&match format {
        ViewFormat::Json => policies::diff_json(a, b, &changes, replay.as_ref()),
        ViewFormat::Human => policies::diff(a, b, &changes, replay.as_ref()),
    })?;
    Ok(ExitCode::SUCCESS)
}

//! Arguments, dispatch and exit codes: `0` nothing failed, `1` a manifest has
//! errors (or warnings with `--deny-warnings`), `2` the run itself could not
//! be done.

mod check;
mod entitlements;
mod explain;
#[cfg(feature = "lsp")]
mod lsp;
mod output;
mod policy;
mod policy_test;
mod schema;
#[cfg(feature = "serve")]
mod serve;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use entitle::date::Date;
use entitle::policy::{Library, LoadError};
use entitle::render::human::{self, Style};

/// Checks partner membership manifests against versioned policy files.
#[derive(Debug, Parser)]
#[command(name = "entitle", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of messages: en, es or it [default: from ENTITLE_LANG,
    /// LC_ALL, LC_MESSAGES or LANG, else en]
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<entitle::Lang>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check manifests: files, directories (every *.toml below), or - for stdin.
    Check(check::Args),
    /// What a partner is entitled to, has used and has left, per benefit.
    Entitlements(entitlements::Args),
    /// Explain a diagnostic code: what it means, why, and how to fix it.
    Explain(explain::Args),
    /// Tools for policy authors: list, lint, diff and test policy versions, and translate their messages.
    #[command(subcommand)]
    Policy(policy::Command),
    /// Print the JSON Schema of manifests or policies.
    Schema(schema::Args),
    /// A language server for editors, over stdin and stdout.
    #[cfg(feature = "lsp")]
    Lsp(lsp::Args),
    /// Serve the page where partners check a manifest, and the HTTP API.
    #[cfg(feature = "serve")]
    Serve(serve::Args),
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Graphical reports for people.
    Human,
    /// One JSON document.
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// JUnit XML, one test case per manifest.
    Junit,
    /// GitHub Actions annotations.
    Github,
    /// A Markdown summary for a job page.
    Markdown,
}

/// The formats of commands that print a view rather than a report of
/// findings (`entitlements`, `policy list|lint|diff`): they take only these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ViewFormat {
    /// For people.
    Human,
    /// One JSON document.
    Json,
}

impl Format {
    /// A document, which a reader takes whole or not at all; the human
    /// report and GitHub annotations are streams of lines.
    fn is_document(self) -> bool {
        matches!(self, Format::Json | Format::Sarif | Format::Junit | Format::Markdown)
    }
}

/// Where policies come from.
#[derive(Debug, clap::Args)]
struct PolicySource {
    /// Policies to use instead of those built into the binary.
    #[arg(long, value_name = "DIR")]
    policy_dir: Option<PathBuf>,
}

/// A run that could not be done: exit 2.
struct RunError(String);

impl From<String> for RunError {
    fn from(message: String) -> RunError {
        RunError(message)
    }
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            end_now(ExitCode::SUCCESS);
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // clap quotes the argument it rejects as it was given: parsed
            // again from escaped arguments, the same error quotes them escaped.
            let escaped = std::env::args_os().map(|a| entitle::escape::inline(&a.to_string_lossy()).into_owned());
            match Cli::try_parse_from(escaped) {
                Err(again) => {
                    let _ = again.print();
                }
                Ok(_) => eprint!("{}", entitle::escape::lines(&e.render().to_string())),
            }
            return ExitCode::from(2);
        }
    };
    entitle::i18n::set_default(cli.lang.unwrap_or_else(entitle::Lang::from_env));
    // The server and the language server run until told to stop, with
    // threads of their own that may hold stdout: they end as any program does.
    let short = match &cli.command {
        #[cfg(feature = "lsp")]
        Command::Lsp(_) => false,
        #[cfg(feature = "serve")]
        Command::Serve(_) => false,
        _ => true,
    };
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Entitlements(args) => entitlements::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Policy(command) => policy::run(command),
        Command::Schema(args) => schema::run(args),
        #[cfg(feature = "lsp")]
        Command::Lsp(args) => lsp::run(args),
        #[cfg(feature = "serve")]
        Command::Serve(args) => serve::run(args),
    };
    let code = match result {
        Ok(code) => code,
        // A closed pipe is not a failure of the run.
        Err(RunError(message)) if message.is_empty() => ExitCode::SUCCESS,
        Err(RunError(message)) => {
            // Not `eprintln!`, which panics when stderr cannot be written.
            let _ = writeln!(std::io::stderr(), "error: {}", entitle::escape::inline(&message));
            ExitCode::from(2)
        }
    };
    if short {
        end_now(code);
    }
    code
}

/// Ends a command that has done its work, without the exit hooks: what
/// `exit` would still do is give the heap back region by region (mimalloc
/// calls `madvise` on each), which the kernel does at once when the process
/// ends, a twentieth of checking one file. Every such command has written,
/// flushed and renamed its files, and its threads (a pool's workers, the
/// signal watcher) hold no output, before it returns.
#[cfg(all(unix, not(coverage)))]
fn end_now(code: ExitCode) {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    let status = [0, 1, 2].into_iter().find(|&n| ExitCode::from(n) == code).unwrap_or(2);
    // SAFETY: `_exit` only ends the process; nothing it skips is left to do.
    unsafe { libc::_exit(i32::from(status)) }
}

/// Elsewhere, and in a coverage build (`--cfg coverage`, whose profile an
/// exit hook writes), a command ends as any program does.
#[cfg(not(all(unix, not(coverage))))]
fn end_now(_code: ExitCode) {}

impl PolicySource {
    /// Loads and compiles the policies; a policy that does not compile is
    /// shown on stderr and ends the run.
    fn load(&self) -> Result<Library, RunError> {
        let loaded = match &self.policy_dir {
            Some(dir) => Library::from_dir(dir),
            None => Library::builtin().map_err(LoadError::Compile),
        };
        match loaded {
            Ok(library) => Ok(library),
            Err(LoadError::Io(message)) => Err(RunError(message)),
            Err(LoadError::Compile(reports)) => {
                let style = Style { color: color(std::io::stderr().is_terminal()), ..Style::default() };
                let mut stderr = std::io::stderr().lock();
                for report in &reports {
                    let _ = stderr.write_all(human::render_file(report, style).as_bytes());
                }
                let count = reports.iter().map(|r| r.findings.len()).sum();
                Err(RunError(entitle::messages::policy_does_not_compile(count)))
            }
        }
    }
}

/// Colour only on a terminal, and never with `NO_COLOR` set.
fn color(terminal: bool) -> bool {
    terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn parse_date(text: &str) -> Result<Date, String> {
    text.parse()
}

/// Writes to stdout. A reader that went away (`| head`) is not a failure;
/// any other error (a full disk) is: the output is not what it should be.
fn print(text: &str) -> Result<(), RunError> {
    let text = entitle::escape::controls(text);
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(output::stdout_error(&e)),
        _ => Ok(()),
    }
}

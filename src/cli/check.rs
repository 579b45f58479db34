//! `entitle check`.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use entitle::date::Date;
use entitle::messages;
use entitle::render::github::Github;
use entitle::render::human::{Human, Style};
use entitle::render::json::Json;
use entitle::render::junit::Junit;
use entitle::render::markdown::Markdown;
use entitle::render::sarif::Sarif;
use entitle::render::stream;
use entitle::report::Summary;
use entitle::{Checker, Options};
use rayon::prelude::*;

use std::io::{IsTerminal, Write};

use super::output::Sink;
use super::{Format, PolicySource, RunError, color, parse_date};

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
    /// Check files on this many threads; default: every core.
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    jobs: Option<u16>,
    /// Files larger than this many bytes are reported, not read.
    #[arg(long, value_name = "BYTES", default_value_t = entitle::check::DEFAULT_MAX_FILE_SIZE)]
    max_file_size: u64,
    /// Check only shard K of N of the files (in the order given, directories sorted), for CI matrices (e.g. `2/4`).
    #[arg(long, value_name = "K/N", value_parser = Shard::parse)]
    shard: Option<Shard>,
}

/// Shard K of N: every Nth file of the sorted list, starting at the Kth, so
/// that N jobs together check every file exactly once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    k: usize,
    n: usize,
}

impl Shard {
    fn parse(text: &str) -> Result<Shard, String> {
        let parsed = text.split_once('/').and_then(|(k, n)| Some((k.trim().parse().ok()?, n.trim().parse().ok()?)));
        match parsed {
            Some((k, n)) if (1..=n).contains(&k) => Ok(Shard { k, n }),
            _ => Err(messages::shard_form(text)),
        }
    }

    /// How many of `total` inputs the shard holds.
    fn count(self, total: usize) -> usize {
        total.saturating_sub(self.k - 1).div_ceil(self.n)
    }

    /// The place among all inputs of the shard's `i`th.
    fn nth(self, i: usize) -> usize {
        self.k - 1 + i * self.n
    }
}

pub fn run(args: Args) -> Result<ExitCode, RunError> {
    // Never dropped: the process ends after the run, and freeing a compiled
    // policy allocation by allocation would only delay it.
    let library = std::mem::ManuallyDrop::new(args.policies.load()?);
    let (policy, policy_version) = match args.policy.as_deref() {
        None => (None, None),
        Some(spec) => {
            let entitle::policy::library::PolicySpec { id, version } =
                entitle::policy::library::PolicySpec::parse(spec);
            if let Some((message, help)) = library.check_name(&id, version.as_deref()) {
                return Err(RunError(format!("{message}; {help}")));
            }
            (Some(id), version)
        }
    };
    // The file `--output` would replace, if it exists: no input may be it,
    // whatever name, link or hard link leads there.
    let output = args.output.as_deref().and_then(|p| std::fs::metadata(p).ok()).and_then(|m| FileId::of(&m));
    let inputs = expand(&args.paths, output)?;
    let files = Files { inputs: &inputs, shard: args.shard };
    let options = Options {
        as_of: args.as_of,
        policy,
        policy_version,
        force_policy: false,
        max_file_size: Some(args.max_file_size),
        lang: None,
    };
    let checker = Checker::new(&library, options);
    // One file, or one job: no threads to start (nor cores to count, which
    // reads the control groups' files).
    let threads = match files.len() {
        0 | 1 => 1,
        n => args.jobs.map_or_else(|| std::thread::available_parallelism().map_or(1, usize::from), usize::from).min(n),
    };
    let pool = match threads {
        0 | 1 => None,
        n => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| RunError(messages::cannot_start_threads(&e.to_string())))?,
        ),
    };
    let run = Run { files, checker: &checker, pool: pool.as_ref(), progress: Progress::new(files.len()), output };
    let mut sink = Sink::open(args.output.as_deref(), args.format.is_document())?;
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let summary = match args.format {
        Format::Human => run.drive(Human { style: Style { color: color(to_terminal), ..Style::default() } }, &mut sink),
        Format::Json => run.drive(Json::default(), &mut sink),
        Format::Sarif => run.drive(Sarif::new(library.codes()), &mut sink),
        Format::Junit => run.drive(Junit { deny_warnings: args.deny_warnings }, &mut sink),
        Format::Github => run.drive(Github, &mut sink),
        Format::Markdown => run.drive(Markdown, &mut sink),
    }?;
    sink.commit()?;
    if args.format != Format::Human || args.output.is_some() {
        let line = messages::summary_line(summary.files, summary.errors, summary.warnings, summary.waived);
        let _ = writeln!(std::io::stderr(), "{line}");
    }
    let failed = summary.errors > 0 || (args.deny_warnings && summary.warnings > 0);
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The inputs a run checks: all of them, or a shard's.
#[derive(Clone, Copy)]
struct Files<'a> {
    inputs: &'a Inputs,
    shard: Option<Shard>,
}

impl Files<'_> {
    fn len(&self) -> usize {
        self.shard.map_or(self.inputs.len(), |shard| shard.count(self.inputs.len()))
    }

    fn get(&self, i: usize) -> Input {
        self.inputs.get(self.shard.map_or(i, |shard| shard.nth(i)))
    }
}

/// A check of many files: batches checked in parallel, written in order.
struct Run<'a> {
    files: Files<'a>,
    checker: &'a Checker<'a>,
    pool: Option<&'a rayon::ThreadPool>,
    progress: Progress,
    /// The existing file `--output` replaces.
    output: Option<FileId>,
}

impl Run<'_> {
    fn drive<F: stream::Format>(&self, format: F, sink: &mut Sink) -> Result<Summary, RunError> {
        // A batch keeps every thread busy while bounding what is held in memory:
        // a file's text and findings are dropped once its part is made. While
        // the pool checks one batch, this thread writes the one before.
        let mut summary = Summary::default();
        let mut writer = format.writer();
        let Some(pool) = self.pool else {
            for i in 0..self.files.len() {
                let checked = vec![self.check_one(&format, &self.files.get(i))];
                write_batch(&format, &mut writer, checked, sink, &mut summary)?;
                self.progress.tick(i + 1);
            }
            self.progress.finish();
            format.finish(&mut writer, &summary, sink.writer()).map_err(|e| sink.error(e))?;
            return Ok(summary);
        };
        let batch = pool.current_num_threads() * 256;
        let mut pending: Vec<Result<(F::Part, Summary), RunError>> = Vec::new();
        let mut done = 0;
        for start in (0..self.files.len()).step_by(batch) {
            let chunk = start..(start + batch).min(self.files.len());
            let previous = std::mem::take(&mut pending);
            let (checked, written) = std::thread::scope(|scope| {
                let checking = scope.spawn(|| pool.install(|| self.check_batch(&format, chunk.clone())));
                let written = write_batch(&format, &mut writer, previous, sink, &mut summary);
                (checking.join(), written)
            });
            written?;
            pending = checked.map_err(|_| RunError(messages::worker_failed().to_string()))?;
            done += chunk.len();
            self.progress.tick(done);
        }
        write_batch(&format, &mut writer, pending, sink, &mut summary)?;
        self.progress.finish();
        format.finish(&mut writer, &summary, sink.writer()).map_err(|e| sink.error(e))?;
        Ok(summary)
    }

    fn check_batch<F: stream::Format>(
        &self,
        format: &F,
        chunk: std::ops::Range<usize>,
    ) -> Vec<Result<(F::Part, Summary), RunError>> {
        chunk.into_par_iter().map(|i| self.check_one(format, &self.files.get(i))).collect()
    }

    /// Checks one file and makes its part; its report is dropped here.
    fn check_one<F: stream::Format>(&self, format: &F, input: &Input) -> Result<(F::Part, Summary), RunError> {
        let (name, bytes) = read(input, self.checker.max_file_size(), self.output)?;
        let report = match bytes {
            Ok(bytes) => self.checker.check(&name, &bytes),
            Err(Some(size)) => self.checker.too_large(&name, size),
            Err(None) => self.checker.too_large_unknown(&name),
        };
        Ok((format.part(&report), Summary::of(std::slice::from_ref(&report))))
    }
}

/// Writes a checked batch in input order, adding it to the totals.
fn write_batch<F: stream::Format>(
    format: &F,
    writer: &mut F::Writer,
    parts: Vec<Result<(F::Part, Summary), RunError>>,
    sink: &mut Sink,
    summary: &mut Summary,
) -> Result<(), RunError> {
    for part in parts {
        let (part, counts) = part?;
        format.write(writer, part, sink.writer()).map_err(|e| sink.error(e))?;
        summary.merge(counts);
    }
    Ok(())
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
        if self.shown && (done.is_multiple_of(25) || done == self.total) {
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

/// A file to check: a path, or standard input.
pub(super) enum Input {
    Stdin,
    File(PathBuf),
}

/// The inputs of a run, in the order given: files, the files of
/// directories, and standard input where `-` stood.
#[derive(Default)]
struct Inputs {
    files: entitle::files::FileList,
    /// Where `-` stood among them.
    stdin: Option<usize>,
}

impl Inputs {
    fn len(&self) -> usize {
        self.files.len() + usize::from(self.stdin.is_some())
    }

    fn get(&self, i: usize) -> Input {
        match self.stdin {
            Some(at) if i == at => Input::Stdin,
            Some(at) if i > at => Input::File(self.files.path(i - 1)),
            _ => Input::File(self.files.path(i)),
        }
    }
}

/// A file's identity, whatever name, link or hard link leads to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FileId {
    device: u64,
    inode: u64,
}

impl FileId {
    fn of(meta: &std::fs::Metadata) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(FileId { device: meta.dev(), inode: meta.ino() })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }

    /// What stdin is: `check - --output m.toml < m.toml` must be refused too.
    fn of_stdin() -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::fd::AsFd;
            let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
            FileId::of(&std::fs::File::from(fd).metadata().ok()?)
        }
        #[cfg(not(unix))]
        None
    }
}

/// Refuses to check the file the report is about to replace.
fn not_the_output(name: &str, id: Option<FileId>, output: Option<FileId>) -> Result<(), RunError> {
    match output {
        Some(output) if id == Some(output) => Err(RunError(messages::output_is_input(name))),
        _ => Ok(()),
    }
}

/// Files in the order given, directories expanded to their `*.toml` files in
/// sorted order. A path that does not exist, a directory with no manifest,
/// `-` given twice and a file that is also the output end the run. (A file
/// found in a directory is compared with the output when it is read, which
/// stats it anyway.)
fn expand(paths: &[PathBuf], output: Option<FileId>) -> Result<Inputs, RunError> {
    let mut out = Inputs::default();
    for path in paths {
        let cannot_read =
            |e: std::io::Error| RunError(messages::cannot_read(&path.display().to_string(), &e.to_string()));
        if path.as_os_str() == "-" {
            // The second read would find it empty and report an empty manifest.
            if out.stdin.is_some() {
                return Err(RunError(messages::stdin_twice().to_string()));
            }
            if output.is_some() {
                not_the_output("<stdin>", FileId::of_stdin(), output)?;
            }
            out.stdin = Some(out.len());
            continue;
        }
        let meta = std::fs::metadata(path).map_err(cannot_read)?;
        if meta.is_dir() {
            let before = out.files.len();
            out.files.add_below(path, &["toml"]).map_err(cannot_read)?;
            // Each directory must hold a manifest, not only the run as a whole:
            // one misspelt folder among several would otherwise pass unseen.
            if out.files.len() == before {
                return Err(RunError(messages::no_manifests(&path.display().to_string())));
            }
        } else {
            not_the_output(&path.display().to_string(), FileId::of(&meta), output)?;
            out.files.push(path);
        }
    }
    Ok(out)
}

/// A file's bytes, or its size when over the limit: `None` when reading
/// stopped one byte past the limit (stdin may have no end).
pub(super) type Bytes = Result<Vec<u8>, Option<u64>>;

/// A file's name and bytes, or why it was not read: too large (a report of
/// its own), not a regular file or unreadable (the run cannot be done).
pub(super) fn read(input: &Input, limit: u64, output: Option<FileId>) -> Result<(String, Bytes), RunError> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(limit.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| RunError(messages::cannot_read("<stdin>", &e.to_string())))?;
            let over = bytes.len() as u64 > limit;
            Ok(("<stdin>".to_string(), if over { Err(None) } else { Ok(bytes) }))
        }
        Input::File(path) => {
            let name = path.display().to_string();
            let fail = |e: std::io::Error| RunError(messages::cannot_read(&name, &e.to_string()));
            // Opened without waiting (a FIFO would wait for a writer), then
            // asked what it is before a byte is read (a device may never
            // end). Asking the open file, not the path, leaves no moment for
            // the path to be swapped for a FIFO in between.
            let mut file = match open_without_waiting(path) {
                Ok(file) => file,
                // A socket cannot be opened at all: say what it is.
                Err(_) if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) => {
                    return Err(RunError(messages::not_a_file(&name)));
                }
                Err(e) => return Err(fail(e)),
            };
            let meta = file.metadata().map_err(fail)?;
            if !meta.is_file() {
                return Err(RunError(messages::not_a_file(&name)));
            }
            not_the_output(&name, FileId::of(&meta), output)?;
            if meta.len() > limit {
                return Ok((name, Err(Some(meta.len()))));
            }
            let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
            (&mut file).take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(fail)?;
            // It grew after it was measured: how far, only a full read would say.
            let over = bytes.len() as u64 > limit;
            Ok((name, if over { Err(None) } else { Ok(bytes) }))
        }
    }
}

/// Opens a file for reading without blocking on a FIFO with no writer (the
/// flag changes nothing for the regular files that are then read).
fn open_without_waiting(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shard_holds_every_nth_input_from_its_kth() {
        for n in 1..6 {
            for k in 1..=n {
                let shard = Shard { k, n };
                for total in 0..20 {
                    let wanted: Vec<usize> = (0..total).filter(|i| i % n == k - 1).collect();
                    let got: Vec<usize> = (0..shard.count(total)).map(|i| shard.nth(i)).collect();
                    assert_eq!(got, wanted, "{k}/{n} of {total}");
                }
            }
        }
    }

    #[test]
    fn standard_input_keeps_its_place_among_the_files() {
        let mut inputs = Inputs::default();
        inputs.files.push(std::path::Path::new("a.toml"));
        inputs.stdin = Some(inputs.len());
        inputs.files.push(std::path::Path::new("b.toml"));
        let shown: Vec<String> = (0..inputs.len())
            .map(|i| match inputs.get(i) {
                Input::Stdin => "-".to_string(),
                Input::File(path) => path.display().to_string(),
            })
            .collect();
        assert_eq!(shown, ["a.toml", "-", "b.toml"]);
    }
}

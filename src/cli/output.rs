//! Where a report goes, written whole or not at all.
//!
//! - A report for stdout in a document format (JSON, SARIF, JUnit, Markdown)
//!   is held back (in memory, spilling to an anonymous temporary file when
//!   large) and copied out only once the run has succeeded: a run that fails
//!   halfway prints nothing rather than half a document. The human report and
//!   GitHub annotations are line streams and go out as they are made.
//! - `--output FILE` naming a regular file, or nothing yet, is written to a
//!   temporary file beside it and renamed over it on success; it keeps the
//!   mode of the file it replaces (a new file gets 0666 less the umask). A
//!   symbolic link is followed: its target is replaced, the link stays.
//! - `--output` naming anything else (a FIFO, `/dev/null`, a terminal) is
//!   written through, never replaced: the report is held back as for stdout,
//!   then copied into it.

use std::fs::File;
use std::io::{self, BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use entitle::messages;
use tempfile::{NamedTempFile, SpooledTempFile};

use super::RunError;

/// Up to this much of a held-back report stays in memory; beyond it the rest
/// goes to an anonymous temporary file, so that 100,000 files do not mean
/// 100,000 reports in memory.
const SPOOL_IN_MEMORY: usize = 4 << 20;

pub(super) enum Sink {
    /// Streamed to stdout as it is made.
    Stdout(BufWriter<io::Stdout>),
    /// Held back until [`Sink::commit`], then copied to where it goes.
    Spool { spool: BufWriter<SpooledTempFile>, to: Through },
    /// A temporary file beside `target`, renamed over it on success.
    File {
        /// As given, for messages.
        path: PathBuf,
        /// With its symbolic links followed: renaming over a link would
        /// replace the link, not the file it points to.
        target: PathBuf,
        file: BufWriter<NamedTempFile>,
        /// Removes the temporary file if a signal ends the run first.
        _cleanup: cleanup::Registered,
    },
    /// The reader went away (`| head`): nothing more is written.
    Closed(io::Sink),
}

/// Where a held-back report is copied.
pub(super) enum Through {
    Stdout,
    /// Opened at the start, so that a target that cannot be written ends
    /// the run before any work is done.
    File {
        path: PathBuf,
        file: File,
    },
}

/// How to write over an existing regular file, or make a new one.
struct Replace {
    /// The file whose contents are replaced: the output path with its
    /// symbolic links followed.
    target: PathBuf,
    /// The existing file's metadata, to keep its mode (and owner, where
    /// allowed); `None` for a new file.
    existing: Option<std::fs::Metadata>,
}

impl Sink {
    /// A sink for stdout (`output` is `None`) or `--output`. `whole`: the
    /// format is a document, which must reach stdout whole or not at all.
    pub(super) fn open(output: Option<&Path>, whole: bool) -> Result<Sink, RunError> {
        let Some(path) = output else {
            return Ok(if whole {
                Sink::Spool { spool: spool(), to: Through::Stdout }
            } else {
                Sink::Stdout(BufWriter::with_capacity(1 << 16, io::stdout()))
            });
        };
        let target = follow_links(path).map_err(|e| write_error(path, &e))?;
        let existing = match std::fs::metadata(&target) {
            Ok(meta) => Some(meta),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(write_error(path, &e)),
        };
        match existing {
            Some(meta) if meta.is_dir() => {
                Err(RunError(messages::cannot_write(&path.display().to_string(), &messages::is_a_directory())))
            }
            // A FIFO, a device, a socket: renaming a file over it would
            // replace it (as root, `/dev/null` itself). Write into it instead.
            Some(meta) if !meta.is_file() => {
                // Not truncated: a device or FIFO has nothing to truncate.
                let file = std::fs::OpenOptions::new().write(true).open(&target).map_err(|e| write_error(path, &e))?;
                Ok(Sink::Spool { spool: spool(), to: Through::File { path: path.to_path_buf(), file } })
            }
            existing => Replace { target, existing }.open(path),
        }
    }

    pub(super) fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Stdout(out) => out,
            Sink::Spool { spool, .. } => spool,
            Sink::File { file, .. } => file,
            Sink::Closed(sink) => sink,
        }
    }

    /// What a failed write means: a closed pipe ends the output quietly.
    pub(super) fn error(&mut self, e: io::Error) -> RunError {
        if e.kind() == io::ErrorKind::BrokenPipe {
            *self = Sink::Closed(io::sink());
            return RunError(String::new());
        }
        match self {
            Sink::File { path, .. } => write_error(path, &e),
            Sink::Spool { .. } => RunError(messages::cannot_spool(&e.to_string())),
            Sink::Stdout(_) | Sink::Closed(_) => stdout_error(&e),
        }
    }

    /// Puts the report in place: flushes stdout, copies a held-back report
    /// out, or renames the temporary file over the target.
    pub(super) fn commit(self) -> Result<(), RunError> {
        match self {
            Sink::Stdout(mut out) => out.flush().or_else(quiet_pipe).map_err(|e| stdout_error(&e)),
            Sink::Spool { spool, to } => {
                let mut spool =
                    spool.into_inner().map_err(|e| RunError(messages::cannot_spool(&e.error().to_string())))?;
                spool.seek(SeekFrom::Start(0)).map_err(|e| RunError(messages::cannot_spool(&e.to_string())))?;
                match to {
                    Through::Stdout => {
                        let mut stdout = io::stdout().lock();
                        copy(&mut spool, &mut stdout).or_else(quiet_pipe).map_err(|e| stdout_error(&e))
                    }
                    Through::File { path, mut file } => copy(&mut spool, &mut file).map_err(|e| write_error(&path, &e)),
                }
            }
            Sink::File { path, target, file, _cleanup } => {
                let file = file.into_inner().map_err(|e| write_error(&path, e.error()))?;
                file.as_file().sync_all().map_err(|e| write_error(&path, &e))?;
                file.persist(&target).map_err(|e| write_error(&path, &e.error))?;
                Ok(())
            }
            Sink::Closed(_) => Ok(()),
        }
    }
}

impl Replace {
    /// A temporary file in the target's directory (a rename does not cross
    /// file systems) with the mode the target will have.
    fn open(self, path: &Path) -> Result<Sink, RunError> {
        let dir = match self.target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(".entitle-").suffix(".tmp");
        // A new report is made like any other new file: 0666 less the umask
        // (the kernel applies it at creation), not tempfile's private 0600.
        #[cfg(unix)]
        if self.existing.is_none() {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let (file, registered) = cleanup::create(|| builder.tempfile_in(dir)).map_err(|e| write_error(path, &e))?;
        if let Some(existing) = &self.existing {
            keep_owner_and_mode(file.as_file(), existing).map_err(|e| write_error(path, &e))?;
        }
        Ok(Sink::File {
            path: path.to_path_buf(),
            target: self.target,
            file: BufWriter::new(file),
            _cleanup: registered,
        })
    }
}

/// Gives the new file the replaced file's owner (where allowed) and mode.
fn keep_owner_and_mode(file: &File, existing: &std::fs::Metadata) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let ours = file.metadata()?;
        // Only root may give a file away, and a user may pass it to a group
        // of theirs; elsewhere the report is theirs, as any file they write.
        // The owner comes first: changing it clears set-id bits of the mode.
        if (ours.uid(), ours.gid()) != (existing.uid(), existing.gid())
            && std::os::unix::fs::fchown(file, Some(existing.uid()), Some(existing.gid())).is_err()
        {
            let _ = std::os::unix::fs::fchown(file, None, Some(existing.gid()));
        }
    }
    file.set_permissions(existing.permissions())
}

/// `path` with its symbolic links followed, link by link, to a file that
/// exists or is to be made (a dangling link names the file to make).
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    // The kernel's own limit on links in a path (`ELOOP`).
    const MAX_LINKS: usize = 40;
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                };
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(messages::too_many_links()))
}

fn spool() -> BufWriter<SpooledTempFile> {
    BufWriter::with_capacity(1 << 16, SpooledTempFile::new(SPOOL_IN_MEMORY))
}

/// Copies a held-back report out and flushes it.
fn copy(from: &mut SpooledTempFile, to: &mut dyn Write) -> io::Result<()> {
    io::copy(from, to)?;
    to.flush()
}

/// A reader that went away (`| head`) is not a failure of the run.
fn quiet_pipe(e: io::Error) -> io::Result<()> {
    if e.kind() == io::ErrorKind::BrokenPipe { Ok(()) } else { Err(e) }
}

fn write_error(path: &Path, e: &io::Error) -> RunError {
    RunError(messages::cannot_write(&path.display().to_string(), &e.to_string()))
}

pub(super) fn stdout_error(e: &io::Error) -> RunError {
    RunError(messages::cannot_write_stdout(&e.to_string()))
}

/// The temporary file of `--output`, removed when SIGINT, SIGTERM or SIGHUP
/// ends the run (exit 128 + the signal's number, as a shell reports it).
/// Without a temporary file the signals keep their default action.
mod cleanup {
    use std::path::PathBuf;
    use std::sync::{Mutex, PoisonError};

    /// The temporary file to remove, if any.
    static TEMPORARY: Mutex<Option<PathBuf>> = Mutex::new(None);

    /// While held, a signal removes the temporary file; dropped once the file
    /// is renamed into place or removed by its own drop.
    pub(in crate::cli) struct Registered(());

    impl Drop for Registered {
        fn drop(&mut self) {
            *TEMPORARY.lock().unwrap_or_else(PoisonError::into_inner) = None;
        }
    }

    /// Creates the temporary file with the lock held, so that a signal
    /// arriving meanwhile waits until the file is known, then removes it.
    pub(super) fn create(
        make: impl FnOnce() -> std::io::Result<tempfile::NamedTempFile>,
    ) -> std::io::Result<(tempfile::NamedTempFile, Registered)> {
        watch()?;
        let mut slot = TEMPORARY.lock().unwrap_or_else(PoisonError::into_inner);
        let file = make()?;
        *slot = Some(file.path().to_path_buf());
        Ok((file, Registered(())))
    }

    #[cfg(unix)]
    fn watch() -> std::io::Result<()> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        static STARTED: std::sync::OnceLock<()> = std::sync::OnceLock::new();
        if STARTED.get().is_some() {
            return Ok(());
        }
        // The handlers are in place when `new` returns, before the file exists.
        let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
        std::thread::Builder::new().name("signals".into()).spawn(move || {
            if let Some(signal) = signals.forever().next() {
                if let Some(path) = TEMPORARY.lock().unwrap_or_else(PoisonError::into_inner).take() {
                    let _ = std::fs::remove_file(path);
                }
                std::process::exit(128 + signal);
            }
        })?;
        let _ = STARTED.set(());
        Ok(())
    }

    #[cfg(not(unix))]
    fn watch() -> std::io::Result<()> {
        Ok(())
    }
}

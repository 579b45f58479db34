//! Finding the TOML files (manifests, policies) below a directory.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// Directories deeper than this are not entered.
const MAX_DEPTH: usize = 64;

/// Every `*.toml` regular file below `dir`, sorted. Symbolic links to
/// directories are not followed, so a link loop cannot make the walk endless;
/// FIFOs, sockets and devices are not manifests and are passed over.
pub fn toml_files_below(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    files_below(dir, &["toml"])
}

/// Every regular file below `dir` with one of these extensions, sorted, as
/// [`toml_files_below`] walks.
pub fn files_below(dir: &Path, extensions: &[&str]) -> std::io::Result<Vec<PathBuf>> {
    let mut list = FileList::default();
    list.add_below(dir, extensions)?;
    Ok(list.iter().collect())
}

/// A list of files held compactly: each directory's path once, and the
/// names of the files it lists one after another in one allocation of
/// their exact size. A run over 100,000 manifests holds about the length
/// of each name and eight bytes more per file, where a path per file would
/// hold its whole path and an allocation, and a growing list the copies
/// it left behind.
#[derive(Debug, Default)]
pub struct FileList {
    dirs: Vec<PathBuf>,
    /// Runs of files of one directory, in order.
    runs: Vec<Run>,
    len: usize,
}

/// Files of one directory that follow one another in a list.
#[derive(Debug)]
struct Run {
    /// The place of its first file in the list.
    first: usize,
    /// Its directory, by its place in `dirs`.
    dir: usize,
    /// Its names (an empty one for a path given as is).
    names: Names,
}

impl FileList {
    /// Adds a path as it was given: the file it names, read as named.
    pub fn push(&mut self, path: &Path) {
        self.dirs.push(path.to_path_buf());
        self.add_run(self.dirs.len() - 1, &[OsStr::new("")]);
    }

    /// Adds every regular file below `dir` with one of these extensions, in
    /// the order their paths sort (component by component: each directory's
    /// entries by name, a subdirectory's files where its name sorts).
    /// Symbolic links to directories are not followed, so a link loop cannot
    /// make the walk endless; FIFOs, sockets and devices are passed over.
    pub fn add_below(&mut self, dir: &Path, extensions: &[&str]) -> std::io::Result<()> {
        self.walk(dir.to_path_buf(), extensions, 0)
    }

    fn walk(&mut self, dir: PathBuf, extensions: &[&str], depth: usize) -> std::io::Result<()> {
        if depth > MAX_DEPTH {
            return Ok(());
        }
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            entries.push((entry.file_name(), entry.file_type()?));
        }
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let at = self.dirs.len();
        self.dirs.push(dir);
        // The files since the last subdirectory.
        let mut run: Vec<&OsStr> = Vec::new();
        for (name, kind) in &entries {
            let path = self.dirs[at].join(name);
            if kind.is_dir() {
                self.add_run(at, &run);
                run.clear();
                self.walk(path, extensions, depth + 1)?;
            } else if Path::new(name).extension().is_some_and(|e| extensions.iter().any(|x| e == *x)) {
                // A link to a file counts as the file; a dangling link is kept, so
                // that reading it says which one it is.
                let regular =
                    kind.is_file() || (kind.is_symlink() && std::fs::metadata(&path).map_or(true, |m| m.is_file()));
                if regular {
                    run.push(name);
                }
            }
        }
        self.add_run(at, &run);
        Ok(())
    }

    fn add_run(&mut self, dir: usize, names: &[&OsStr]) {
        if !names.is_empty() {
            self.runs.push(Run { first: self.len, dir, names: Names::of(names) });
            self.len += names.len();
        }
    }

    /// How many files it holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The path of file `i`.
    pub fn path(&self, i: usize) -> PathBuf {
        let run = &self.runs[self.runs.partition_point(|r| r.first <= i) - 1];
        let dir = &self.dirs[run.dir];
        match run.names.get(i - run.first) {
            name if name.is_empty() => dir.clone(),
            name => dir.join(name),
        }
    }

    /// Every path, in order.
    pub fn iter(&self) -> impl Iterator<Item = PathBuf> + '_ {
        (0..self.len()).map(|i| self.path(i))
    }
}

/// The names of a run, one after another in one allocation of their size.
#[cfg(unix)]
#[derive(Debug)]
struct Names {
    bytes: Box<[u8]>,
    /// Where each name ends in `bytes`.
    ends: Box<[usize]>,
}

#[cfg(unix)]
impl Names {
    fn of(names: &[&OsStr]) -> Names {
        use std::os::unix::ffi::OsStrExt;
        let mut bytes = Vec::with_capacity(names.iter().map(|n| n.len()).sum());
        let mut ends = Vec::with_capacity(names.len());
        for name in names {
            bytes.extend_from_slice(name.as_bytes());
            ends.push(bytes.len());
        }
        Names { bytes: bytes.into(), ends: ends.into() }
    }

    fn get(&self, k: usize) -> &OsStr {
        use std::os::unix::ffi::OsStrExt;
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        OsStr::from_bytes(&self.bytes[start..self.ends[k]])
    }
}

/// The names of a run, each its own (where names are not bytes).
#[cfg(not(unix))]
#[derive(Debug)]
struct Names(Box<[std::ffi::OsString]>);

#[cfg(not(unix))]
impl Names {
    fn of(names: &[&OsStr]) -> Names {
        Names(names.iter().map(|n| n.to_os_string()).collect())
    }

    fn get(&self, k: usize) -> &OsStr {
        &self.0[k]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walk_lists_paths_in_the_order_they_sort() {
        let root = std::env::temp_dir().join(format!("entitle-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        // Names whose bytes sort otherwise than their paths: `a` < `a-b` <
        // `a.toml`, while `/` sorts after `-` and `.` as a byte.
        for dir in ["a", "a-b", "a/c", "b", "empty"] {
            std::fs::create_dir_all(root.join(dir)).expect("a directory");
        }
        for file in ["a.toml", "a/z.toml", "a/c/y.toml", "a-b/x.toml", "b/w.toml", "b/v.txt", "top.toml"] {
            std::fs::write(root.join(file), "").expect("a file");
        }
        let walked = toml_files_below(&root).expect("a walk");
        let mut sorted = walked.clone();
        sorted.sort();
        assert_eq!(walked, sorted);
        assert_eq!(walked.len(), 6);
        let mut list = FileList::default();
        list.push(Path::new("given.toml"));
        list.add_below(&root.join("b"), &["toml"]).expect("a walk");
        assert_eq!(list.iter().collect::<Vec<_>>(), [PathBuf::from("given.toml"), root.join("b").join("w.toml")]);
        std::fs::remove_dir_all(&root).expect("cleaned up");
    }
}

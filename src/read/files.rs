//! Finding the TOML files (manifests, policies) below a directory.

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
    let mut out = Vec::new();
    walk(dir, extensions, &mut out, 0)?;
    out.sort();
    Ok(out)
}

fn walk(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>, depth: usize) -> std::io::Result<()> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk(&path, extensions, out, depth + 1)?;
        } else if path.extension().is_some_and(|e| extensions.iter().any(|x| e == *x)) {
            // A link to a file counts as the file; a dangling link is kept, so
            // that reading it says which one it is.
            let regular =
                kind.is_file() || (kind.is_symlink() && std::fs::metadata(&path).map_or(true, |m| m.is_file()));
            if regular {
                out.push(path);
            }
        }
    }
    Ok(())
}

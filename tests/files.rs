//! What `check` reads and writes: the files it is given, stdin, stdout and
//! `--output`. Every input is made here, in a temporary directory; each test
//! asserts the exit code and the effect on the file system or the streams.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

use common::entitle;

/// A manifest with no findings.
const ELIGIBLE: &str = "manifest_version = 1\n\n[evaluation]\nas_of = 2021-06-15\n\n[partner]\nmpn_id = \"4312877\"\nname = \"Contoso Ltd.\"\nprograms = [\"mpn\"]\n";

/// A manifest with one error (`partner.not-mpn`).
const FAILING: &str = "manifest_version = 1\n\n[evaluation]\nas_of = 2021-06-15\n\n[partner]\nmpn_id = \"4312877\"\nname = \"Contoso Ltd.\"\nprograms = [\"csp\"]\n";

fn dir() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("entitle-files-").tempdir().expect("a temporary directory")
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs `entitle` with `input` on stdin.
fn run_with_stdin(args: &[&std::ffi::OsStr], input: &[u8]) -> Output {
    let mut child = entitle()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    // A reader that stops early closes the pipe: that is not this test's failure.
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("finishes");
    let _ = feeder.join();
    out
}

#[test]
fn the_generated_manifests_mean_what_they_say() {
    let tmp = dir();
    let (ok, bad) = (tmp.path().join("ok.toml"), tmp.path().join("bad.toml"));
    write(&ok, ELIGIBLE);
    write(&bad, FAILING);
    let out = entitle().arg("check").arg(&ok).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = entitle().arg("check").arg(&bad).output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn stdin_over_the_limit_is_more_than_the_limit_not_a_size() {
    let input = vec![b'#'; 5000];
    let out = run_with_stdin(
        &["check".as_ref(), "-".as_ref(), "--max-file-size=100".as_ref(), "--format=json".as_ref()],
        &input,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let finding = &doc["files"][0]["diagnostics"][0];
    assert_eq!(finding["code"], "limit.file-size");
    // Only 101 bytes were read: the stream's size is not known.
    assert_eq!(finding["message"], "the file is more than 100 bytes, the limit");
}

#[test]
fn stdin_given_twice_is_refused() {
    let out = run_with_stdin(&["check".as_ref(), "-".as_ref(), "-".as_ref()], ELIGIBLE.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("`-` (stdin) given twice"), "{}", stderr(&out));
}

#[test]
fn a_directory_without_manifests_fails_the_run_and_says_which() {
    let tmp = dir();
    let empty = tmp.path().join("empty");
    let full = tmp.path().join("full");
    std::fs::create_dir_all(empty.join("sub")).expect("dirs");
    std::fs::create_dir_all(&full).expect("dirs");
    // Files that are not manifests do not count.
    write(&empty.join("README.md"), "not a manifest");
    write(&full.join("ok.toml"), ELIGIBLE);
    for args in [vec![empty.as_os_str()], vec![full.as_os_str(), empty.as_os_str()]] {
        let out = entitle().arg("check").args(&args).args(["--format", "json"]).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let message = stderr(&out);
        assert!(message.contains("no manifest in") && message.contains(&empty.display().to_string()), "{message}");
    }
    let out = entitle().arg("check").arg(&full).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

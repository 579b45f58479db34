//! What `check` reads and writes: the files it is given, stdin, stdout and
//! `--output`. Every input is made here, in a temporary directory; each test
//! asserts the exit code and the effect on the file system or the streams.

use crate::common;

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

/// `check FILE --format json --output OUTPUT`, run from `cwd`.
fn check_into(input: &Path, output: &Path) -> Output {
    entitle().arg("check").arg(input).args(["--format", "json", "--output"]).arg(output).output().expect("runs")
}

/// Asserts that `text` is a whole JSON report of one file.
fn assert_report(text: &[u8]) {
    let doc: serde_json::Value = serde_json::from_slice(text).expect("a whole JSON document");
    assert_eq!(doc["summary"]["files"], 1, "{doc}");
}

/// The names in a directory, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("a directory")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn output_through_a_symlink_replaces_its_target_and_keeps_the_link() {
    let tmp = dir();
    let manifest = tmp.path().join("m.toml");
    write(&manifest, ELIGIBLE);
    let reports = tmp.path().join("reports");
    std::fs::create_dir(&reports).expect("dir");
    let target = reports.join("real.json");
    write(&target, "old");
    let link = tmp.path().join("link.json");
    std::os::unix::fs::symlink("reports/real.json", &link).expect("symlink");
    let out = check_into(&manifest, &link);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&link).expect("link").file_type().is_symlink(), "the link is still a link");
    assert_eq!(std::fs::read_link(&link).expect("link"), Path::new("reports/real.json"));
    assert_report(&std::fs::read(&target).expect("target"));
    assert_eq!(names(tmp.path()), ["link.json", "m.toml", "reports"]);
    assert_eq!(names(&reports), ["real.json"], "no temporary file left");

    // A dangling link names the file to make.
    let dangling = tmp.path().join("dangling.json");
    std::os::unix::fs::symlink("reports/new.json", &dangling).expect("symlink");
    let out = check_into(&manifest, &dangling);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&dangling).expect("link").file_type().is_symlink());
    assert_report(&std::fs::read(reports.join("new.json")).expect("made"));
}

#[cfg(unix)]
#[test]
fn output_to_a_fifo_is_written_through() {
    use std::os::unix::fs::FileTypeExt;
    let tmp = dir();
    let manifest = tmp.path().join("m.toml");
    write(&manifest, ELIGIBLE);
    let fifo = tmp.path().join("report.fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    // Opening a FIFO for reading waits for the writer, and reading ends when it closes.
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).expect("read the FIFO"))
    };
    let out = check_into(&manifest, &fifo);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_report(&reader.join().expect("the reader"));
    assert!(std::fs::symlink_metadata(&fifo).expect("fifo").file_type().is_fifo(), "still a FIFO");
    assert_eq!(names(tmp.path()), ["m.toml", "report.fifo"]);
}

#[cfg(unix)]
#[test]
fn output_to_dev_null_leaves_the_device_alone() {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let before = std::fs::symlink_metadata("/dev/null").expect("/dev/null");
    let tmp = dir();
    let manifest = tmp.path().join("m.toml");
    write(&manifest, ELIGIBLE);
    let out = check_into(&manifest, Path::new("/dev/null"));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let after = std::fs::symlink_metadata("/dev/null").expect("/dev/null");
    assert!(after.file_type().is_char_device(), "/dev/null is still a character device");
    assert_eq!((after.ino(), after.rdev()), (before.ino(), before.rdev()));
}

#[cfg(unix)]
#[test]
fn output_keeps_the_mode_of_the_file_it_replaces() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = dir();
    let manifest = tmp.path().join("m.toml");
    write(&manifest, ELIGIBLE);
    let report = tmp.path().join("report.json");
    write(&report, "old");
    std::fs::set_permissions(&report, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let out = check_into(&manifest, &report);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_report(&std::fs::read(&report).expect("written"));
    let mode = std::fs::metadata(&report).expect("report").permissions().mode() & 0o7777;
    assert_eq!(mode, 0o640, "{mode:o}");
}

#[cfg(unix)]
#[test]
fn a_new_output_file_is_made_like_any_new_file() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = dir();
    let manifest = tmp.path().join("m.toml");
    write(&manifest, ELIGIBLE);
    for (umask, expected) in [("022", 0o644), ("027", 0o640)] {
        let report = tmp.path().join(format!("report-{umask}.json"));
        // The umask is the user's: the shell sets it, then becomes `entitle`.
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
            .arg(env!("CARGO_BIN_EXE_entitle"))
            .arg("check")
            .arg(&manifest)
            .arg("--output")
            .arg(&report)
            .env("NO_COLOR", "1")
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let mode = std::fs::metadata(&report).expect("made").permissions().mode() & 0o7777;
        assert_eq!(mode, expected, "umask {umask}: {mode:o}");
    }
}

#[test]
fn the_output_may_not_be_a_manifest_of_the_run() {
    let tmp = dir();
    let manifest = tmp.path().join("m.toml");
    write(&manifest, FAILING);
    let sub = tmp.path().join("sub");
    std::fs::create_dir(&sub).expect("dir");
    write(&sub.join("a.toml"), ELIGIBLE);
    std::fs::hard_link(&manifest, sub.join("same.toml")).expect("hard link");
    let mut cases: Vec<(Vec<&std::ffi::OsStr>, &Path)> = vec![
        // By the same name, and by a directory holding a hard link to it.
        (vec![manifest.as_os_str()], &manifest),
        (vec![sub.as_os_str()], &manifest),
    ];
    #[cfg(unix)]
    let link = tmp.path().join("link.toml");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("m.toml", &link).expect("symlink");
        // Through a link to it, as input or as output.
        cases.push((vec![link.as_os_str()], &manifest));
        cases.push((vec![manifest.as_os_str()], &link));
    }
    for (inputs, output) in cases {
        let out = entitle().arg("check").args(&inputs).arg("--output").arg(output).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{inputs:?} -o {output:?}");
        assert!(stderr(&out).contains("is both a manifest to check and the `--output` file"), "{}", stderr(&out));
        assert_eq!(std::fs::read_to_string(&manifest).expect("manifest"), FAILING, "the manifest is unchanged");
    }
    // On stdin.
    let out = entitle()
        .args(["check", "-", "--output"])
        .arg(&manifest)
        .stdin(std::fs::File::open(&manifest).expect("open"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&manifest).expect("manifest"), FAILING);
    assert_eq!(names(tmp.path()), names_expected(&["link.toml", "m.toml", "sub"]), "no temporary file left");
}

/// `names` on this platform: links are made only on unix.
fn names_expected(names: &[&str]) -> Vec<String> {
    names.iter().filter(|n| cfg!(unix) || !n.starts_with("link")).map(|n| n.to_string()).collect()
}

#[cfg(unix)]
#[test]
fn a_dangling_link_fails_the_run_with_no_half_document_on_stdout() {
    let tmp = dir();
    // Enough files before the broken one that their reports would be out.
    for i in 0..200 {
        write(&tmp.path().join(format!("a{i:03}.toml")), FAILING);
    }
    std::os::unix::fs::symlink("nowhere.toml", tmp.path().join("b-dangling.toml")).expect("symlink");
    for format in ["json", "sarif", "junit", "markdown"] {
        for jobs in ["1", "2"] {
            let out = entitle()
                .arg("check")
                .arg(tmp.path())
                .args(["--format", format, "--jobs", jobs])
                .output()
                .expect("runs");
            assert_eq!(out.status.code(), Some(2), "{format} --jobs {jobs}: {}", stderr(&out));
            assert!(out.stdout.is_empty(), "{format} --jobs {jobs}: {} bytes on stdout", out.stdout.len());
            assert!(stderr(&out).contains("b-dangling.toml"), "{}", stderr(&out));
        }
    }
}

#[cfg(unix)]
#[test]
fn stdout_that_cannot_be_written_fails_the_run() {
    let tmp = dir();
    let manifest = tmp.path().join("m.toml");
    // With a finding: the GitHub format prints nothing for a clean file.
    write(&manifest, FAILING);
    let full = || std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let runs: [Vec<&std::ffi::OsStr>; 5] = [
        vec!["check".as_ref(), manifest.as_os_str()],
        vec!["check".as_ref(), manifest.as_os_str(), "--format=json".as_ref()],
        vec!["check".as_ref(), manifest.as_os_str(), "--format=github".as_ref()],
        vec!["explain".as_ref(), "--list".as_ref()],
        vec!["schema".as_ref(), "manifest".as_ref()],
    ];
    for args in runs {
        let out = entitle().args(&args).stdout(full()).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("error: cannot write to stdout: no space left on device"), "{}", stderr(&out));
    }
    // `--output` to a full device says which.
    let out = check_into(&manifest, Path::new("/dev/full"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot write `/dev/full`"), "{}", stderr(&out));
}

/// Starts `check` on a manifest and on stdin, which is never closed, so that
/// it waits with its temporary file made; sends `signal`; returns the exit
/// code and what is left in the output's directory.
#[cfg(unix)]
fn interrupt(signal: &str) -> (Option<i32>, Vec<String>) {
    let tmp = dir();
    let manifest = tmp.path().join("m.toml");
    write(&manifest, FAILING);
    let out_dir = tmp.path().join("out");
    std::fs::create_dir(&out_dir).expect("dir");
    let mut child = entitle()
        .arg("check")
        .arg(&manifest)
        .args(["-", "--jobs", "1", "--format", "json", "--output"])
        .arg(out_dir.join("report.json"))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawns");
    let started = std::time::Instant::now();
    while names(&out_dir).is_empty() {
        assert!(started.elapsed() < std::time::Duration::from_secs(60), "no temporary file was made");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let sent = std::process::Command::new("kill").arg(format!("-{signal}")).arg(child.id().to_string()).status();
    assert!(sent.expect("kill runs").success());
    let status = child.wait().expect("ends");
    drop(child.stdin.take());
    (status.code(), names(&out_dir))
}

#[cfg(unix)]
#[test]
fn sigterm_and_sigint_remove_the_temporary_file() {
    let (code, left) = interrupt("TERM");
    assert_eq!((code, left), (Some(143), vec![]));
    let (code, left) = interrupt("INT");
    assert_eq!((code, left), (Some(130), vec![]));
}

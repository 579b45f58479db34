//! Parallel runs: output identical to one thread, in every format; shards
//! that together check every file exactly once. (Speed is measured by
//! `bench/run.sh`, never here.)

use crate::common;

use common::entitle;

fn stdout(args: &[&str]) -> String {
    let out = entitle().args(args).output().expect("runs");
    // tests/fixtures holds failing manifests: the run is exit 1, not 2.
    assert_eq!(out.status.code(), Some(1), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn every_format_is_byte_identical_on_one_thread_and_many() {
    for format in ["human", "json", "sarif", "junit", "github", "markdown"] {
        let one = stdout(&["check", "tests/fixtures", "--format", format, "--jobs", "1"]);
        let many = stdout(&["check", "tests/fixtures", "--format", format, "--jobs", "7"]);
        assert!(!one.is_empty());
        assert_eq!(one, many, "--format {format}");
    }
}

fn paths(args: &[&str]) -> Vec<String> {
    let doc: serde_json::Value = serde_json::from_str(&stdout(args)).expect("json");
    doc["files"].as_array().expect("files").iter().filter_map(|f| f["path"].as_str().map(str::to_string)).collect()
}

#[test]
fn shards_partition_the_sorted_files() {
    let all = paths(&["check", "tests/fixtures", "--format", "json"]);
    assert!(all.len() > 30);
    let mut union = Vec::new();
    for k in 1..=3 {
        let shard = paths(&["check", "tests/fixtures", "--format", "json", "--shard", &format!("{k}/3")]);
        assert!(!shard.is_empty());
        for path in &shard {
            assert!(!union.contains(path), "{path} is in two shards");
        }
        union.extend(shard);
    }
    union.sort();
    let mut sorted = all.clone();
    sorted.sort();
    assert_eq!(union, sorted);
    // The same shard twice is the same files.
    assert_eq!(
        paths(&["check", "tests/fixtures", "--format", "json", "--shard", "2/3"]),
        paths(&["check", "tests/fixtures", "--format", "json", "--shard", "2/3"])
    );
}

#[test]
fn a_shard_must_be_k_of_n() {
    for bad in ["0/3", "4/3", "3", "a/b"] {
        let out = entitle().args(["check", "tests/fixtures/codes", "--shard", bad]).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "--shard {bad}");
    }
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = entitle()
        .args(["check", "tests/fixtures", "--jobs", "2"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let mut first = [0u8; 16];
    child.stdout.take().expect("stdout").read_exact(&mut first).expect("some output");
    // stdout is dropped here: the reader goes away, like `| head`.
    let out = child.wait_with_output().expect("finishes");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    assert_ne!(out.status.code(), Some(101));
}

//! End to end in a real editor: headless Neovim opens a failing example with
//! `entitle lsp` attached and writes the diagnostics it shows; they must be
//! `check`'s. Neovim is required (`.ci/test` installs it): without it this
//! test fails rather than skips.
#![cfg(feature = "lsp")]

use crate::common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn neovim_shows_the_diagnostics_of_a_failing_example() {
    let out = std::env::temp_dir().join(format!("entitle-nvim-{}.json", std::process::id()));
    let _ = std::fs::remove_file(&out);
    let mut child = Command::new("nvim")
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c"])
        .arg(format!("luafile {}", common::root("tests/nvim/diagnostics.lua").display()))
        .env("ENTITLE_BIN", env!("CARGO_BIN_EXE_entitle"))
        .env("ENTITLE_FILE", common::root("examples/linked-twice.toml"))
        .env("ENTITLE_OUT", &out)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("Neovim (`nvim`) is required for this test: apt-get install neovim");
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("Neovim did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "nvim: {status}");
    let shown: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("Neovim wrote the diagnostics")).unwrap();
    let shown = shown.as_array().unwrap();
    let mut codes: Vec<&str> = shown.iter().map(|d| d["code"].as_str().unwrap()).collect();
    codes.sort_unstable();
    let report = common::check("examples/linked-twice.toml");
    let mut expected = common::codes(&report);
    expected.sort_unstable();
    assert_eq!(codes, expected);
    let linked = shown.iter().find(|d| d["code"] == "contract.already-linked").unwrap();
    assert_eq!((linked["lnum"].as_u64(), linked["col"].as_u64()), (Some(42), Some(12)), "line 43, column 13");
    assert_eq!(linked["severity"], 2, "a warning");
    assert_eq!(linked["source"], "entitle");
    assert!(linked["message"].as_str().unwrap().contains("`…5926`"));
    assert!(!serde_json::to_string(shown).unwrap().contains("AID-3141"));
    let _ = std::fs::remove_file(&out);
}

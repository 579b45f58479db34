//! Input that is broken, odd or hostile gets a clear diagnostic, never a
//! panic or a hang.

use crate::common;

use common::{check, check_text, codes};

#[test]
fn invalid_utf8_is_a_syntax_error_at_the_first_bad_byte() {
    let report = check("tests/fixtures/broken/not-utf8.toml");
    assert_eq!(codes(&report), ["syntax"]);
    let finding = &report.findings[0];
    assert_eq!(finding.message, "the file is not UTF-8 text");
    assert_eq!(finding.span.offset, "manifest_version = 1\n[partner]\nname = \"Contoso ".len());
    assert_eq!(report.position(finding.span.offset), (3, 17));
}

#[test]
fn an_empty_file_lacks_the_required_keys() {
    let report = check("tests/fixtures/broken/empty.toml");
    assert_eq!(codes(&report), ["schema", "schema"]);
    assert_eq!(report.findings[0].message, "missing key `manifest_version` in the top level");
    assert_eq!(report.findings[1].message, "missing key `partner` in the top level");
}

#[test]
fn every_structural_fault_is_reported_with_its_place() {
    let report = check("tests/fixtures/broken/structure.toml");
    let found: Vec<(usize, &str)> =
        report.findings.iter().map(|f| (report.position(f.span.offset).0, f.message.as_str())).collect();
    let expected = [
        (3, "`manifest_version` cannot be 2"),
        (5, "`mpn_id` has the wrong form: `43-12`"),
        (6, "unknown key `nme` in `[partner]`"),
        (7, "`programs` must be an array, found a string `mpn`"),
        (9, "unknown key `ofer` in `[[memberships]]`"),
        (10, "`competency` must be a string, found an integer `5`"),
        (11, "`start` must be a date, found `2021-01-01T10:00:00`"),
        (12, "`end` must be a date, found `2021-13-01`"),
        (14, "`user` has the wrong form: `alice`"),
        (15, "`kind` cannot be `add`"),
        (16, "`roles[1]` must be a string, found an integer `3`"),
        (21, "`access_id` must be a string, found an integer `*******2999`"),
        (29, "unknown key `bogus` in `[[incidents]]`"),
    ];
    assert_eq!(found, expected);
    assert!(report.findings.iter().all(|f| f.code == entitle::Code::SCHEMA));
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let text = format!("a = {}{}", "[".repeat(200_000), "]".repeat(200_000));
    let report = check_text("deep.toml", &text);
    assert_eq!(codes(&report), ["limit.depth"]);
    assert!(report.findings[0].help.as_deref().unwrap_or_default().contains("flatten"));
}

#[test]
fn a_bom_and_crlf_line_ends_are_read_like_any_file() {
    let base = std::fs::read_to_string(common::root("tests/fixtures/codes/eligible.toml")).expect("fixture");
    let crlf = format!("\u{feff}{}", base.replace('\n', "\r\n"));
    let report = check_text("crlf.toml", &crlf);
    assert!(report.findings.is_empty(), "{:?}", codes(&report));
}

#[test]
fn duplicate_keys_and_bad_dates_are_syntax_errors() {
    let report = check_text("dup.toml", "manifest_version = 1\nmanifest_version = 1\n");
    assert_eq!(codes(&report), ["syntax"]);
    let report = check_text("date.toml", "manifest_version = 1\n[evaluation]\nas_of = 2021-02-30\n");
    assert_eq!(codes(&report), ["syntax"]);
    assert_eq!(report.position(report.findings[0].span.offset).0, 3);
}

#[test]
fn integers_beyond_64_bits_are_reported_not_truncated() {
    let report = check_text(
        "big.toml",
        "manifest_version = 99999999999999999999\n[partner]\nmpn_id = \"1\"\nname = \"x\"\nprograms = [\"mpn\"]\n",
    );
    assert_eq!(codes(&report), ["schema"]);
    assert_eq!(report.findings[0].message, "`manifest_version` is out of range: `99999999999999999999`");
}

#[test]
fn an_inline_table_where_tables_belong_is_a_type_error() {
    let report = check_text("inline.toml", "manifest_version = 1\npartner = \"Contoso\"\n");
    assert_eq!(codes(&report), ["schema"]);
    assert_eq!(report.findings[0].message, "`partner` must be a table, found a string `Contoso`");
}

#[test]
fn twenty_thousand_incidents_are_checked_and_every_overrun_reported() {
    let mut text = std::fs::read_to_string(common::root("tests/fixtures/codes/eligible.toml")).expect("fixture");
    for i in 2..=20_000 {
        text.push_str(&format!(
            "\n[[incidents]]\nid = \"INC-{i:05}\"\nbenefit = \"product-support\"\nproduct = \"sql-server-2019\"\nopened_by = \"bob@contoso.com\"\nopened_on = 2021-03-02\n"
        ));
    }
    let report = check_text("big.toml", &text);
    // Gold grants 20 product-support incidents: the 21st and every one after it are over.
    assert_eq!(report.findings.len(), 20_000 - 20);
    assert!(report.findings.iter().all(|f| f.code.as_str() == "quota.exceeded"));
}

/// Every committed hostile file: its codes, and the line of the first finding.
#[test]
fn the_hostile_corpus() {
    let expected: &[(&str, &[&str], usize)] = &[
        ("bad-byte-secret", &["syntax"], 52),
        ("bom", &[], 0),
        ("broken-key-secret", &["syntax"], 52),
        ("crlf", &[], 0),
        ("control-characters", &["schema"], 8),
        ("date-feb-30", &["syntax"], 5),
        ("duplicate-keys", &["syntax"], 5),
        ("glued-secret", &["syntax"; 12], 46),
        ("inline-table", &["schema"], 3),
        ("integer-overflow", &["schema"], 2),
        ("invalid-utf8", &["syntax"], 4),
        ("nul", &["syntax"], 5),
    ];
    let files = entitle::files::toml_files_below(&common::root("tests/hostile")).expect("corpus");
    assert_eq!(files.len(), expected.len(), "a hostile file without an expectation");
    for (name, want, line) in expected {
        let report = check(&format!("tests/hostile/{name}.toml"));
        assert_eq!(codes(&report), *want, "{name}");
        // Found by the `manifest` fuzz target: every span on character boundaries.
        for finding in &report.findings {
            let span = finding.span;
            assert!(span.end() <= report.text.len(), "{name}: span beyond the text");
            assert!(
                report.text.is_char_boundary(span.offset) && report.text.is_char_boundary(span.end()),
                "{name}: {span:?}"
            );
        }
        if let Some(first) = report.findings.first() {
            assert_eq!(report.position(first.span.offset).0, *line, "{name}");
            assert!(!first.message.chars().any(|c| c.is_control()), "{name}: {:?}", first.message);
            assert!(!report.text.chars().any(|c| c.is_control() && !"\n\r\t".contains(c)), "{name}: snippet");
        }
    }
}

use common::temp_dir;

/// Runs `entitle` with a deadline: a hang fails the test instead of blocking
/// it. Its output is read as it comes (a full pipe would stop it).
fn run_with_deadline(args: &[&std::ffi::OsStr]) -> std::process::Output {
    let child = common::entitle()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    let pid = child.id().to_string();
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || done.send(child.wait_with_output()));
    match finished.recv_timeout(std::time::Duration::from_secs(60)) {
        Ok(output) => output.expect("finishes"),
        Err(_) => {
            let _ = std::process::Command::new("kill").args(["-9", &pid]).status();
            panic!("entitle hung");
        }
    }
}

/// Text that leaves a value open to its end, word after word: masking its
/// secrets measures each open value once. (Measured once per word, 100,000
/// `a=[` took 16 s in a release build and over the deadline in a test build.)
#[test]
fn values_left_open_to_the_end_are_read_once() {
    let dir = temp_dir("open-values");
    let units =
        [("brackets", "a=["), ("braces", "a={"), ("quoted", "\"x\"=["), ("dotted", "a.b=["), ("spaced", "a = [ ")];
    for (name, unit) in units {
        let file = dir.join(format!("{name}.toml"));
        std::fs::write(&file, unit.repeat(100_000)).expect("written");
        let out = run_with_deadline(&["check".as_ref(), file.as_os_str(), "--format".as_ref(), "json".as_ref()]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
        let diagnostics = report["files"][0]["diagnostics"].as_array().cloned().unwrap_or_default();
        assert!(!diagnostics.is_empty(), "{name}: no finding");
    }
}

#[test]
fn a_50_mb_file_is_reported_without_being_read() {
    let dir = temp_dir("big");
    let big = dir.join("big.toml");
    let mut text = String::from("manifest_version = 1\n");
    while text.len() < 50 * 1024 * 1024 {
        text.push_str("# padding padding padding padding padding padding padding padding padding\n");
    }
    std::fs::write(&big, text).expect("write");
    let out = run_with_deadline(&["check".as_ref(), big.as_os_str(), "--format".as_ref(), "json".as_ref()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["files"][0]["diagnostics"][0]["code"], "limit.file-size");
}

#[cfg(unix)]
#[test]
fn links_loops_fifos_and_unreadable_files_never_hang_or_panic() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("odd");
    std::fs::copy(common::root("tests/fixtures/codes/eligible.toml"), dir.join("ok.toml")).expect("copy");
    std::os::unix::fs::symlink(&dir, dir.join("loop")).expect("a directory link loop");
    let fifo = dir.join("pipe.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().map(|s| s.success()).unwrap_or(false);
    // In a directory, the loop is not followed and the FIFO is not a manifest.
    let out = run_with_deadline(&["check".as_ref(), dir.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 file checked"));
    // Named on the command line, the FIFO ends the run with a message naming it.
    if made {
        let out = run_with_deadline(&["check".as_ref(), fifo.as_os_str()]);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("pipe.toml`: not a regular file"));
    }
    // An unreadable file ends the run naming it (root reads it anyway: then it is checked).
    let locked = dir.join("locked.toml");
    std::fs::copy(common::root("tests/fixtures/codes/eligible.toml"), &locked).expect("copy");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root reads any file: then `entitle` runs as `nobody` (setpriv, from
    // util-linux), for whom the file, and maybe its directory, is closed.
    let out = if std::fs::read(&locked).is_ok() {
        let bin = std::path::PathBuf::from(env!("CARGO_BIN_EXE_entitle"));
        let out = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&bin)
            .arg("check")
            .arg(&locked)
            .output()
            .expect("setpriv runs (util-linux is needed to test this as root)");
        assert!(!String::from_utf8_lossy(&out.stderr).contains("setpriv:"), "{}", String::from_utf8_lossy(&out.stderr));
        out
    } else {
        run_with_deadline(&["check".as_ref(), locked.as_os_str()])
    };
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("locked.toml"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_never_writes_to_what_it_reads() {
    let dir = common::root("tests/hostile");
    let before: Vec<(std::path::PathBuf, Vec<u8>, Option<std::time::SystemTime>)> = std::fs::read_dir(&dir)
        .expect("corpus")
        .flatten()
        .map(|e| (e.path(), std::fs::read(e.path()).unwrap_or_default(), e.metadata().and_then(|m| m.modified()).ok()))
        .collect();
    let out = run_with_deadline(&["check".as_ref(), dir.as_os_str(), "--format".as_ref(), "sarif".as_ref()]);
    assert_eq!(out.status.code(), Some(1), "the corpus has errors: {}", String::from_utf8_lossy(&out.stderr));
    assert!(!out.stdout.is_empty(), "a SARIF log was written");
    for (path, bytes, modified) in before {
        assert_eq!(std::fs::read(&path).unwrap_or_default(), bytes, "{}", path.display());
        assert_eq!(std::fs::metadata(&path).and_then(|m| m.modified()).ok(), modified, "{}", path.display());
    }
    assert_eq!(std::fs::read_dir(&dir).expect("corpus").count(), 12, "no file added");
}

/// Found by the fuzz targets: in a broken file, a secret after a key glued
/// to other text (`2021-access_id = "…"`), after a key broken by spaces
/// (`contract   _id`), and after a key whose `=` is an invalid byte, showed
/// in the snippet.
#[test]
fn a_secret_after_a_broken_key_is_masked_in_every_format() {
    for file in ["glued-secret", "broken-key-secret", "bad-byte-secret"] {
        for format in ["human", "json", "sarif", "junit", "github", "markdown"] {
            let out = common::entitle()
                .args(["check", &format!("tests/hostile/{file}.toml"), "--format", format])
                .output()
                .expect("runs");
            assert_eq!(out.status.code(), Some(1), "{file} --format {format}");
            assert!(String::from_utf8_lossy(&out.stdout).contains("syntax"), "{file} --format {format}");
            let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            for secret in ["9902-1187", "7731-0042", "6610-2290", "5519-8810"] {
                assert!(!all.contains(secret), "{file} --format {format} shows `{secret}`");
            }
        }
    }
}

#[test]
fn a_fault_on_a_long_line_is_placed_at_its_real_line_and_column() {
    // (what fills the line, how many times): short and long lines, around the
    // length where the human report cuts an excerpt, in one- and two-byte
    // characters; JSON and the human header agree on the file's position.
    for (fill, count) in [("a", 10), ("a", 390), ("a", 400), ("a", 1_000), ("a", 50_000), ("é", 5), ("é", 700)] {
        let filler = fill.repeat(count);
        // A value with junk after it: the fault is at the junk.
        let text = format!("manifest_version = 1\nx = \"{filler}\" junk\n");
        let run = common::run_text("long.toml", text.as_bytes(), &[]);
        let column = (count + 8) as u64;
        assert_eq!(run.exit, Some(1));
        assert_eq!(run.found, [("syntax".to_string(), 2, column)], "{fill} × {count}");
        assert_eq!(run.headers, [format!("FILE:2:{column}")], "{fill} × {count}");
        // The same fault at the start of the line, the long text after it.
        let text = format!("manifest_version = 1\nx = junk \"{filler}\"\n");
        let run = common::run_text("long.toml", text.as_bytes(), &[]);
        assert_eq!(run.found[0], ("syntax".to_string(), 2, 5), "{fill} × {count}");
        let places: Vec<String> = run.found.iter().map(|(_, line, column)| format!("FILE:{line}:{column}")).collect();
        assert_eq!(run.headers, places, "{fill} × {count}");
        // Nesting over the limit after the long text: `limit.depth` at the
        // first bracket too deep, on the third line.
        let limit = entitle::input::MAX_DEPTH;
        let text = format!("manifest_version = 1\n\nx = \"{filler}\" + {}\n", "[".repeat(limit + 5));
        let run = common::run_text("long.toml", text.as_bytes(), &[]);
        let column = (count + 10 + limit) as u64;
        assert_eq!(run.found, [("limit.depth".to_string(), 3, column)], "{fill} × {count}");
        assert_eq!(run.headers, [format!("FILE:3:{column}")], "{fill} × {count}");
    }
}

#[test]
fn keys_nested_too_deep_are_refused_once_at_the_first_too_deep() {
    let limit = entitle::input::MAX_DEPTH;
    // `[[a]]`, `[[a.a]]`, … up to `deepest` parts, one header a line. Up to
    // 100 (10 KB) the file is parsed before its depth is scanned; at 1,999
    // (4 MB, over `PARSE_BEFORE_DEPTH_SCAN`) it is scanned first: the same
    // finding either way.
    for deepest in [limit, limit + 1, 100, 1_999] {
        let mut text = String::from("manifest_version = 1\n");
        for parts in 1..=deepest {
            text.push_str(&format!("[[{}]]\n", vec!["a"; parts].join(".")));
        }
        let run = common::run_text("headers.toml", text.as_bytes(), &[]);
        assert_eq!(run.exit, Some(1), "{deepest}");
        if deepest == limit {
            assert!(run.found.iter().all(|(code, ..)| code == "schema"), "{deepest}: {:?}", run.found);
            continue;
        }
        // The header of limit + 1 parts, on line limit + 2, at its last part.
        let (line, column) = ((limit + 2) as u64, (2 + 2 * limit + 1) as u64);
        assert_eq!(run.found, [("limit.depth".to_string(), line, column)], "{deepest}");
        assert_eq!(run.headers, [format!("FILE:{line}:{column}")], "{deepest}");
    }
    // A dotted key, alone or after a table header; a table header.
    for (text, line, column) in [
        (format!("manifest_version = 1\n{} = 1\n", vec!["a"; 200].join(".")), 2, 2 * limit + 1),
        (format!("manifest_version = 1\n[partner]\n{} = 1\n", vec!["a"; 81].join(" . ")), 3, 4 * limit + 1),
        (format!("manifest_version = 1\n\n[{}]\n", vec!["\"a\""; 81].join(".")), 3, 4 * limit + 2),
    ] {
        let run = common::run_text("dotted.toml", text.as_bytes(), &[]);
        assert_eq!(run.exit, Some(1));
        assert_eq!(run.found, [("limit.depth".to_string(), line, column as u64)], "{text}");
        assert_eq!(run.headers, [format!("FILE:{line}:{column}")], "{text}");
    }
}

#[test]
fn the_depth_limit_is_the_same_for_a_file_parsed_first_scanned_first_or_broken() {
    // A file up to `PARSE_BEFORE_DEPTH_SCAN` is parsed and its tree measured;
    // a larger one, or one that does not parse, is scanned as text. Each
    // nesting, just under, at and just over the limit, at the top level and
    // inside a known table, must get the same verdict all three ways.
    let limit = entitle::input::MAX_DEPTH;
    let example = std::fs::read_to_string("examples/eligible.toml").expect("the example");
    type Nesting = fn(usize) -> String;
    let nestings: [(&str, Nesting); 5] = [
        ("inline tables", |n| format!("zz = {}1{}", "{a=".repeat(n), "}".repeat(n))),
        ("a dotted key", |n| format!("zz{} = 1", ".a".repeat(n - 1))),
        ("arrays", |n| format!("zz = {}1{}", "[".repeat(n), "]".repeat(n))),
        ("tables in arrays", |n| format!("zz = {}1{}", "[{a=".repeat(n / 2), "}]".repeat(n / 2))),
        ("a known table", |n| format!("[evaluation]\nzz = {}1{}", "{a=".repeat(n - 1), "}".repeat(n - 1))),
    ];
    for (name, nesting) in nestings {
        for n in [limit - 1, limit, limit + 1, limit + 2] {
            let parsed = format!("{}\n{example}", nesting(n));
            let verdicts: Vec<bool> = [
                parsed.clone(),
                // Past the size where the text is scanned before it is parsed.
                format!("{parsed}\n# {}\n", "x".repeat(entitle::input::PARSE_BEFORE_DEPTH_SCAN)),
                format!("{parsed}\nbroken = = \"x\"\n"),
            ]
            .iter()
            .map(|text| {
                let run = common::run_text("nested.toml", text.as_bytes(), &[]);
                assert_eq!(run.exit, Some(1), "{name}, {n}");
                let deep = run.found.iter().filter(|(code, ..)| code == "limit.depth").count();
                assert!(deep <= 1, "{name}, {n}: {:?}", run.found);
                deep == 1
            })
            .collect();
            assert!(verdicts.iter().all(|&v| v == verdicts[0]), "{name}, {n}: parsed, scanned, broken: {verdicts:?}");
            // Under the limit by one level, none is too deep; over it by two
            // or three, each is (the forms count their levels differently
            // only at the limit itself).
            if n == limit - 1 || n == limit + 2 {
                assert_eq!(verdicts[0], n == limit + 2, "{name}, {n}");
            }
        }
    }
    // Each part of a dotted key is a level: a key of one part more than the
    // limit is too deep, however the file is read, reported once at that part.
    let text = format!("zz{} = 1\n{example}", ".a".repeat(limit));
    let run = common::run_text("nested.toml", text.as_bytes(), &[]);
    assert_eq!(run.exit, Some(1));
    assert_eq!(run.found, [("limit.depth".to_string(), 1, (2 * limit + 2) as u64)]);
    let report = check_text("nested.toml", &text);
    assert_eq!(codes(&report), ["limit.depth"]);
    assert!(report.findings[0].help.as_deref().unwrap_or_default().contains("flatten"));
}

/// 200 accounts each with the same unknown key: 200 identical findings.
fn repeated_unknown_keys() -> String {
    let mut text = String::from("manifest_version = 1\n");
    for i in 0..200 {
        text.push_str(&format!("[[accounts]]\nuser = \"u{i}@contoso.com\"\nkind = \"aad\"\nroles = []\ncolour = 1\n"));
    }
    text
}

#[test]
fn identical_findings_past_twenty_are_folded_into_a_count() {
    let report = check_text("nested.toml", &repeated_unknown_keys());
    let limit = entitle::diagnostic::REPEATS_SHOWN;
    let same: Vec<&entitle::Finding> =
        report.findings.iter().filter(|f| f.message == "unknown key `colour` in `[[accounts]]`").collect();
    assert_eq!(same.len(), limit);
    assert!(same[..limit - 1].iter().all(|f| f.repeated == 0));
    let more = same[limit - 1].repeated;
    assert!(more > 0);
    // The count of errors is still every one of them.
    assert_eq!(report.count(entitle::Severity::Error), report.findings.len() + more);

    let dir = temp_dir("folded");
    let file = dir.join("nested.toml");
    std::fs::write(&file, repeated_unknown_keys()).expect("written");
    let json = common::entitle().arg("check").arg(&file).args(["--format", "json"]).output().expect("runs");
    assert_eq!(json.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let diagnostics = doc["files"][0]["diagnostics"].as_array().expect("diagnostics");
    let repeated: Vec<u64> = diagnostics.iter().filter_map(|d| d["repeated"].as_u64()).collect();
    assert_eq!(repeated, [more as u64], "one diagnostic carries the count");
    assert_eq!(doc["summary"]["errors"].as_u64(), Some((diagnostics.len() + more) as u64));
    let human = common::entitle().arg("check").arg(&file).env("NO_COLOR", "1").output().expect("runs");
    assert_eq!(human.status.code(), Some(1));
    let out = String::from_utf8_lossy(&human.stdout);
    assert!(out.contains(&format!("and {more} more findings like this one in this file, not shown")), "{out}");
    assert_eq!(out.matches("unknown key `colour`").count(), limit, "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The eligible fixture with `accounts` more accounts and an incident opened
/// by a near miss of each (`usr7@…` for `user7@…`).
fn near_misses(accounts: usize) -> String {
    let mut text = std::fs::read_to_string(common::root("tests/fixtures/codes/eligible.toml")).expect("fixture");
    for i in 0..accounts {
        text.push_str(&format!("\n[[accounts]]\nuser = \"user{i}@contoso.com\"\nkind = \"aad\"\nroles = []\n"));
    }
    for i in 0..accounts {
        text.push_str(&format!(
            "\n[[incidents]]\nid = \"X-{i:05}\"\nbenefit = \"product-support\"\nproduct = \"sql-server-2019\"\nopened_by = \"usr{i}@contoso.com\"\nopened_on = 2021-03-02\n"
        ));
    }
    text
}

#[test]
fn did_you_mean_works_in_small_files_and_is_bounded_in_huge_ones() {
    let suggested = |report: &entitle::FileReport| -> Vec<bool> {
        report
            .findings
            .iter()
            .filter(|f| f.code == entitle::Code::REFERENCE_UNKNOWN)
            .map(|f| f.help.as_deref().unwrap_or_default().starts_with("did you mean `user"))
            .collect()
    };
    let small = check_text("small.toml", &near_misses(5));
    assert_eq!(suggested(&small), [true; 5]);
    // 2,000 unknown ids among 2,002 accounts: comparing each with every
    // account would be 4 million comparisons; the budget stops suggestions
    // once the file has spent it, and the findings are all still there.
    let huge = check_text("huge.toml", &near_misses(2_000));
    let found = suggested(&huge);
    assert_eq!(found.len(), 2_000);
    let with = found.iter().filter(|s| **s).count();
    assert_eq!(with, entitle::suggest::COMPARISONS_PER_FILE / 2_002);
    assert!(found[..with].iter().all(|s| *s), "the first ones, in file order");
}

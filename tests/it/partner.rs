//! `entitle entitlements`: the partner's view and what would make it pass.

use crate::common;

use common::entitle;

/// The JSON view of a manifest; the exit code says whether it is eligible,
/// as `check`'s does.
fn view(manifest: &str) -> serde_json::Value {
    let out = entitle().args(["entitlements", manifest, "--format", "json"]).output().expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let expected = if v["eligible"] == true { 0 } else { 1 };
    assert_eq!(out.status.code(), Some(expected), "{}", String::from_utf8_lossy(&out.stderr));
    v
}

#[test]
fn the_eligible_example_in_the_contract_shape() {
    let v = view("examples/eligible.toml");
    assert_eq!(v["partner"], "4312877");
    assert_eq!(v["as_of"], "2021-06-15");
    assert_eq!(
        (v["policy"]["id"].as_str(), v["policy"]["version"].as_str()),
        (Some("mpn-technical-support"), Some("2021-03-04"))
    );
    assert_eq!(v["policy"]["digest"].as_str().map(str::len), Some(12));
    assert_eq!(v["eligible"], true);
    let product = &v["benefits"][0];
    assert_eq!(product["benefit"], "product-support");
    assert_eq!(product["granted_by"], "gold / data-analytics");
    assert_eq!(
        (product["entitlement"].as_u64(), product["used"].as_u64(), product["remaining"].as_u64()),
        (Some(20), Some(1), Some(19))
    );
    assert_eq!(product["expires"], "2021-12-31");
    assert_eq!(product["linked_to"], serde_json::json!(["bob@contoso.com"]));
    let signature = &v["benefits"][1];
    assert_eq!(signature["granted_by"], "silver / cloud-platform");
    assert_eq!(signature["entitlement"], "unlimited");
    assert_eq!(signature["remaining"], "unlimited");
}

#[test]
fn an_ungranted_benefit_has_entitlement_zero_and_no_grantor() {
    let v = view("examples/signature-on-action-pack.toml");
    let signature = &v["benefits"][1];
    assert_eq!(signature["entitlement"], 0);
    assert_eq!(signature["granted_by"], serde_json::Value::Null);
    // The simplest fix first: drop the activation; then the membership
    // that would make it valid.
    assert_eq!(
        v["fixes"][0]["fix"],
        "remove the `signature-cloud-support` activation; or else a `silver` membership in a cloud competency would make `signature-cloud-support` unlimited"
    );
    // An activation check rejects is not `activated`: it is `rejected`, with why.
    assert_eq!(signature["activated"], false);
    assert_eq!(signature["rejected"], "activation.not-eligible");
    assert_eq!(v["benefits"][0]["rejected"], serde_json::Value::Null);
    assert_eq!(v["benefits"][0]["activated"], true);
}

#[test]
fn fixes_name_the_account_that_can_act() {
    let v = view("tests/fixtures/codes/activation-role.toml");
    assert_eq!(v["fixes"][0]["code"], "activation.role");
    assert_eq!(v["fixes"][0]["fix"], "ask `alice@contoso.com` (`global-admin`) to activate it");
    let v = view("tests/fixtures/codes/quota-exceeded.toml");
    assert_eq!(v["benefits"][0]["remaining"], 0);
    assert_eq!(v["fixes"][0]["fix"], "a `silver` membership would grant 15 `product-support` incidents");
    let v = view("tests/fixtures/codes/incident-no-contract.toml");
    assert_eq!(
        v["fixes"][0]["fix"],
        "link the contract (Access ID `…0042`) to `bob@contoso.com` on or before 2021-03-02"
    );
}

/// Incidents over one quota share one fix, for all of them: five over the
/// ten of Action Pack need `gold`'s 20 (not `silver`'s 15, which covered the
/// first one over), and fifteen over need more than any membership grants.
#[test]
fn every_incident_over_a_quota_gets_the_fix_for_all_of_them() {
    let base = std::fs::read_to_string("tests/fixtures/codes/quota-exceeded.toml").expect("fixture");
    let dir = tempfile::tempdir().expect("temp dir");
    for (total, fix) in [
        (16, "a `gold` membership would grant 20 `product-support` incidents"),
        (
            25,
            "no incidents remain under `product-support`; buy a support plan such as `premier`, or hold a membership that grants more",
        ),
    ] {
        let mut text = base.clone();
        for i in 12..=total {
            text.push_str(&format!(
                "\n[[incidents]]\nid = \"INC-{i:04}\"\nbenefit = \"product-support\"\nproduct = \"sql-server-2019\"\nopened_by = \"bob@contoso.com\"\nopened_on = 2021-04-{:02}\n",
                i - 10
            ));
        }
        let path = dir.path().join(format!("over-{total}.toml"));
        std::fs::write(&path, text).expect("write");
        let v = view(&path.to_string_lossy());
        let fixes: Vec<&str> = v["fixes"]
            .as_array()
            .expect("fixes")
            .iter()
            .filter(|f| f["code"] == "quota.exceeded")
            .map(|f| f["fix"].as_str().expect("a fix"))
            .collect();
        assert_eq!(fixes.len(), total - 10, "one fix per incident over the quota");
        assert!(fixes.iter().all(|f| *f == fix), "{total}: {fixes:?}");
    }
}

#[test]
fn the_human_table() {
    let out = entitle().args(["entitlements", "examples/eligible.toml"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "an eligible manifest");
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stdout));
}

#[test]
fn an_unreadable_manifest_shows_why_and_exits_1() {
    let out = entitle().args(["entitlements", "examples/typos.toml"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("unknown key `ofer`"));
    let out = entitle().args(["entitlements", "examples/nope.toml"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn an_ineligible_manifest_exits_1_as_check_does() {
    for (example, code) in [
        ("examples/eligible.toml", 0),
        ("examples/waived.toml", 0),
        ("examples/csp-only.toml", 1),
        ("examples/linked-twice.toml", 1),
    ] {
        let entitlements = entitle().args(["entitlements", example]).output().expect("runs");
        let check = entitle().args(["check", example]).output().expect("runs");
        assert_eq!(entitlements.status.code(), Some(code), "entitlements {example}");
        assert_eq!(check.status.code(), Some(code), "check {example}");
        assert!(String::from_utf8_lossy(&entitlements.stdout).contains("benefit"), "{example}: the table");
    }
}

#[test]
fn a_manifest_from_stdin_and_never_an_endless_read() {
    use std::io::Write;
    let run = |args: &[&str], stdin: &[u8]| {
        let mut child = entitle()
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        let mut input = child.stdin.take().expect("stdin");
        // A closed pipe is how a reader that stopped early ends the writer.
        let _ = input.write_all(stdin);
        drop(input);
        child.wait_with_output().expect("ends")
    };
    let text = std::fs::read("examples/eligible.toml").expect("example");
    let out = run(&["entitlements", "-", "--format", "json"], &text);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["partner"], "4312877");

    // Past the limit, stdin is cut and reported, as `check -` reports it.
    let out = run(&["entitlements", "-", "--max-file-size", "100"], &vec![b'#'; 4096]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("limit.file-size"), "{out:?}");

    // A device is not a manifest: refused before it is read.
    let out = entitle().args(["entitlements", "/dev/zero"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"), "{out:?}");
}

#[test]
fn a_waiver_that_keeps_a_manifest_passing_is_shown_with_its_date_and_warnings_are_listed() {
    let v = view("examples/waived.toml");
    assert_eq!(v["eligible"], true);
    let waived = v["waived"].as_array().expect("waived findings");
    assert_eq!(waived.len(), 2);
    let quota = waived.iter().find(|w| w["code"] == "quota.exceeded").expect("the waived quota");
    assert_eq!(quota["expires"], "2021-12-31");
    assert_eq!(quota["owner"], "erin@fabrikam.example");
    let out = entitle().args(["entitlements", "examples/waived.toml"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "waived: eligible");
    let human = String::from_utf8_lossy(&out.stdout);
    assert!(human.contains("Passing thanks to 2 waivers:"), "{human}");
    assert!(human.contains("(quota.exceeded): waived until 2021-12-31 by erin@fabrikam.example"), "{human}");
    assert!(!human.contains("AID-"), "{human}");

    let v = view("tests/fixtures/codes/activation-pending.toml");
    assert_eq!(v["eligible"], true);
    assert_eq!(v["warnings"][0]["code"], "activation.pending");
    let out = entitle().args(["entitlements", "tests/fixtures/codes/activation-pending.toml"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "a warning does not fail");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Warning:\n  - incident `INC-0001` opens on 2021-01-06"));

    // Rejected by the role of the account that activated it.
    let out = entitle().args(["entitlements", "tests/fixtures/codes/activation-role.toml"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("rejected (activation.role)"));
}

/// A cell wider than `format!` pads (65,535 characters) is padded all the
/// same: a 70,000-character account name once made the table panic.
#[test]
fn a_cell_of_any_width_is_padded_without_panicking() {
    let text = std::fs::read_to_string(common::root("examples/eligible.toml"))
        .expect("example")
        .replace("bob@contoso.com", &format!("{}@contoso.com", "x".repeat(70_000)));
    let path = common::temp_file("wide.toml", text.as_bytes());
    let out = entitle().arg("entitlements").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains(&format!("{}@contoso.com", "x".repeat(70_000))), "the account is shown whole");
}

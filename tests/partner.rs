//! `entitle entitlements`: the partner's view and what would make it pass.

mod common;

use common::entitle;

fn view(manifest: &str) -> serde_json::Value {
    let out = entitle().args(["entitlements", manifest, "--format", "json"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("json")
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
    assert_eq!(
        v["fixes"][0]["fix"],
        "a `silver` membership in a cloud competency would make `signature-cloud-support` unlimited"
    );
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

#[test]
fn the_human_table() {
    let out = entitle().args(["entitlements", "examples/eligible.toml"]).output().expect("runs");
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

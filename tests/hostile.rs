//! Input that is broken, odd or hostile gets a clear diagnostic, never a
//! panic or a hang.

mod common;

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
    assert!(report.findings.iter().all(|f| f.code == entitle::Code::Schema));
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
    assert!(report.findings.iter().all(|f| f.code == entitle::Code::QuotaExceeded));
}

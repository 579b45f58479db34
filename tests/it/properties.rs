//! Properties over generated manifests: adding an incident never lowers what
//! is used; an eligible manifest stays eligible when an unrelated account is
//! added; every finding points into the file, and the same text gives the same
//! findings every time.

use crate::common;

use proptest::prelude::*;

use entitle::{Checker, Options, entitlement};

const COMPETENCIES: &[&str] = &["cloud-platform", "security", "data-analytics", "messaging"];
const PRODUCTS: &[&str] = &["windows-10", "sql-server-2019", "exchange-server-2019", "sql-server-2014", "azure"];

#[derive(Debug, Clone)]
struct Shape {
    tier: &'static str,
    competency: &'static str,
    accounts: usize,
    incidents: Vec<(usize, usize, u32)>,
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        prop::sample::select(vec!["silver", "gold"]),
        prop::sample::select(COMPETENCIES.to_vec()),
        1usize..5,
        prop::collection::vec((0usize..PRODUCTS.len(), 0usize..5, 1u32..28), 0..25),
    )
        .prop_map(|(tier, competency, accounts, incidents)| Shape { tier, competency, accounts, incidents })
}

fn manifest(shape: &Shape, extra_account: bool) -> String {
    let mut s = format!(
        "manifest_version = 1\n[evaluation]\nas_of = 2021-06-15\n[partner]\nmpn_id = \"1\"\nname = \"P\"\nprograms = [\"mpn\"]\n\
         [[memberships]]\noffer = \"{}\"\ncompetency = \"{}\"\nstart = 2021-01-01\nend = 2021-12-31\n",
        shape.tier, shape.competency
    );
    for a in 0..shape.accounts {
        let roles = if a == 0 { "[\"global-admin\"]" } else { "[]" };
        s.push_str(&format!("[[accounts]]\nuser = \"u{a}@p.example\"\nkind = \"aad\"\nroles = {roles}\n"));
    }
    if extra_account {
        s.push_str("[[accounts]]\nuser = \"someone-else@p.example\"\nkind = \"msa\"\nroles = []\n");
    }
    s.push_str(
        "[[activations]]\nbenefit = \"product-support\"\nactivated_by = \"u0@p.example\"\nrequested_on = 2021-01-05\n\
         access_id = \"AID-1111-2222\"\ncontract_id = \"CID-3333-4444\"\n",
    );
    for a in 0..shape.accounts {
        s.push_str(&format!(
            "[[contract_links]]\naccess_id = \"AID-1111-2222\"\naccount = \"u{a}@p.example\"\nportal = \"support-for-business\"\nlinked_on = 2021-01-10\n"
        ));
    }
    for (i, (product, account, day)) in shape.incidents.iter().enumerate() {
        s.push_str(&format!(
            "[[incidents]]\nid = \"I-{i}\"\nbenefit = \"product-support\"\nproduct = \"{}\"\nopened_by = \"u{}@p.example\"\nopened_on = 2021-03-{day:02}\n",
            PRODUCTS[*product],
            account % shape.accounts,
        ));
    }
    s
}

fn used(text: &str) -> u32 {
    let checker = Checker::new(common::library(), Options::default());
    let (_, judged) = checker.judge("p.toml", text.as_bytes());
    let judged = judged.expect("generated manifests are readable");
    entitlement::view(&judged.manifest, judged.rules, judged.as_of)[0].used
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn adding_an_incident_never_lowers_used(shape in shape(), product in 0usize..PRODUCTS.len(), day in 1u32..28) {
        let before = used(&manifest(&shape, false));
        let mut more = shape.clone();
        more.incidents.push((product, 0, day));
        prop_assert!(used(&manifest(&more, false)) >= before);
    }

    #[test]
    fn an_unrelated_account_keeps_an_eligible_manifest_eligible(shape in shape()) {
        let report = common::check_text("p.toml", &manifest(&shape, false));
        prop_assume!(report.eligible());
        let again = common::check_text("p.toml", &manifest(&shape, true));
        prop_assert!(again.eligible(), "{:?}", common::codes(&again));
    }

    #[test]
    fn findings_point_into_the_file_and_are_stable(shape in shape()) {
        let text = manifest(&shape, false);
        let report = common::check_text("p.toml", &text);
        // Every span, the primary's and the labels', covers text of the file
        // and starts and ends on a character boundary.
        for finding in &report.findings {
            for span in std::iter::once(finding.span).chain(finding.labels.iter().map(|l| l.span)) {
                let end = span.offset + span.length;
                prop_assert!(end <= text.len(), "{}: {:?} past the end", finding.code, span);
                prop_assert!(text.is_char_boundary(span.offset) && text.is_char_boundary(end));
            }
        }
        prop_assert_eq!(&report.findings, &common::check_text("p.toml", &text).findings);
    }
}

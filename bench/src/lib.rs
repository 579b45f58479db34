//! A generator of realistic partner manifests for benchmarks: seeded, so that
//! every run measures the same corpus.

use std::fmt::Write;

/// A small, fast, seeded random number generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One of the items.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const CLOUD: &[&str] = &["security", "cloud-business-applications", "cloud-platform", "cloud-productivity"];
const OTHER: &[&str] = &["data-analytics", "data-platform", "messaging", "devops", "application-development"];
const ON_PREMISES: &[&str] =
    &["windows-10", "windows-server-2019", "sql-server-2019", "exchange-server-2019", "sharepoint-server-2019"];
const CLOUD_PRODUCTS: &[&str] = &["azure", "microsoft-365", "dynamics-365", "power-platform", "intune"];

/// What a generated manifest is meant to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// No findings.
    Eligible,
    /// One semantic finding.
    Faulty,
    /// Not structurally valid.
    Broken,
}

/// Manifest number `n` of a corpus: 1–4 memberships, up to 15 accounts, up
/// to 40 incidents; about 10% with a finding and 1% structurally broken.
pub fn manifest(rng: &mut Rng, n: usize) -> (Kind, String) {
    let kind = match rng.below(100) {
        0 => Kind::Broken,
        1..=10 => Kind::Faulty,
        _ => Kind::Eligible,
    };
    let mut s = String::with_capacity(4096);
    let _ = writeln!(
        s,
        "#:schema ../schemas/manifest.schema.json\nmanifest_version = 1\n\n[evaluation]\nas_of = 2021-06-15\n"
    );
    let csp = rng.below(3) == 0;
    let programs = if csp { r#"["mpn", "csp"]"# } else { r#"["mpn"]"# };
    let _ = writeln!(s, "[partner]\nmpn_id = \"{}\"\nname = \"Partner {n}\"\nprograms = {programs}\n", 1_000_000 + n);
    // Memberships: the first is a competency tier, so both benefits are granted.
    let memberships = 1 + rng.below(4);
    let mut cloud = false;
    for m in 0..memberships {
        let tier = if m == 0 { *rng.pick(&["silver", "gold"]) } else { *rng.pick(&["action-pack", "silver", "gold"]) };
        let _ = write!(s, "[[memberships]]\noffer = \"{tier}\"\n");
        if tier != "action-pack" {
            let competency = if rng.below(2) == 0 {
                cloud = cloud || m == 0;
                *rng.pick(CLOUD)
            } else {
                *rng.pick(OTHER)
            };
            let _ = writeln!(s, "competency = \"{competency}\"");
        }
        let _ = writeln!(s, "start = 2021-01-01\nend = 2021-12-31\n");
    }
    let accounts = 1 + rng.below(15);
    let user = |a: usize| format!("user{a}@partner{n}.example");
    for a in 0..accounts {
        let roles = if a == 0 {
            r#"["global-admin"]"#
        } else {
            *rng.pick(&["[]", r#"["mpn-partner-admin"]"#, r#"["admin-agent"]"#])
        };
        let kind = if rng.below(2) == 0 { "aad" } else { "msa" };
        let _ = writeln!(s, "[[accounts]]\nuser = \"{}\"\nkind = \"{kind}\"\nroles = {roles}\n", user(a));
    }
    // One to three accounts have the contracts linked, and open the incidents.
    let linked = accounts.min(1 + rng.below(3));
    let benefits = [("product-support", 1000 + n), ("signature-cloud-support", 5000 + n)];
    for (benefit, id) in benefits {
        let _ = writeln!(
            s,
            "[[activations]]\nbenefit = \"{benefit}\"\nactivated_by = \"{}\"\nrequested_on = 2021-01-05\naccess_id = \"AID-{id:06}\"\ncontract_id = \"CID-{id:06}\"\n",
            user(0)
        );
        for a in 0..linked {
            let _ = writeln!(
                s,
                "[[contract_links]]\naccess_id = \"AID-{id:06}\"\naccount = \"{}\"\nportal = \"support-for-business\"\nlinked_on = 2021-01-20\n",
                user(a)
            );
        }
    }
    // Within every quota: at most 15 product-support and 5 Signature incidents.
    let incidents = rng.below(41);
    let (mut product, mut signature) = (0, 0);
    for i in 0..incidents {
        let use_signature = (cloud || signature < 5) && rng.below(2) == 0;
        let (benefit, item) = if use_signature && (cloud || signature < 5) {
            signature += 1;
            ("signature-cloud-support", *rng.pick(CLOUD_PRODUCTS))
        } else if product < 15 {
            product += 1;
            ("product-support", *rng.pick(ON_PREMISES))
        } else {
            continue;
        };
        let _ = writeln!(
            s,
            "[[incidents]]\nid = \"INC-{n}-{i:03}\"\nbenefit = \"{benefit}\"\nproduct = \"{item}\"\nopened_by = \"{}\"\nopened_on = 2021-{:02}-{:02}\n",
            user(rng.below(linked)),
            2 + rng.below(4),
            1 + rng.below(28)
        );
    }
    match kind {
        Kind::Eligible => {}
        Kind::Faulty => {
            let fault = *rng.pick(&[
                "[[incidents]]\nid = \"X-1\"\nbenefit = \"product-support\"\nproduct = \"sql-server-2014\"\nopened_by = \"user0@x.example\"\nopened_on = 2021-04-01\n",
                "[[memberships]]\noffer = \"platinum\"\nstart = 2021-01-01\nend = 2021-12-31\n",
                "[[incidents]]\nid = \"X-2\"\nbenefit = \"product-support\"\nproduct = \"azure\"\nopened_by = \"OWNER\"\nopened_on = 2021-04-01\n",
            ]);
            s.push_str(&fault.replace("user0@x.example", &user(0)).replace("OWNER", &user(0)));
        }
        Kind::Broken => s.push_str("[[incidents]]\nid = \"B-1\"\nbenfit = \"product-support\"\n"),
    }
    (kind, s)
}

//! The registry of diagnostic codes: one stable code per check, with the
//! documentation that `entitle explain`, the README table and machine reports
//! read. Which facts a check enforces comes from the policy, not from here.

use std::fmt;

use crate::diagnostic::Severity;

macro_rules! codes {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $code:literal, $severity:ident, $summary:literal;
    )*) => {
        /// A stable diagnostic code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant,)* }

        impl Code {
            /// Every code, in the order of the contract's table.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as users write it, e.g. `quota.exceeded`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// The severity a policy gets unless it says otherwise.
            pub fn default_severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// One line: when the code is reported.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }

            /// What it means, why it matters and how to fix it.
            pub fn explanation(self) -> &'static str {
                match self { $(Code::$variant => concat!($($doc, "\n",)*),)* }
            }
        }
    };
}

codes! {
    /// The file is not valid TOML, or not UTF-8 text at all.
    ///
    /// Why: nothing can be judged in a file that cannot be read. Invalid
    /// dates (`2021-02-30`) are TOML syntax errors too.
    ///
    /// Fix: correct the syntax at the marked place; TOML needs `key = value`,
    /// quoted strings, and dates written as `YYYY-MM-DD`.
    Syntax = "syntax", Error, "the file is not valid TOML";

    /// The structure of the file is wrong: an unknown key, a value of the
    /// wrong type, a missing key, a malformed date, or a membership whose
    /// `end` comes before its `start`. Every such fault in the file is
    /// reported in one run.
    ///
    /// Why: the checks that follow rely on the structure that the published
    /// JSON Schema (`entitle schema manifest`) describes, and on periods that
    /// can be active (a membership that ends before it starts never is).
    ///
    /// Fix: follow the help line; an unknown key comes with the nearest known
    /// one. Editors that read the `#:schema` comment flag these as you type.
    Schema = "schema", Error, "the structure is wrong: unknown key, wrong type, missing field, bad date";

    /// An id that neither the policy nor the manifest defines: an offer,
    /// competency, role, benefit, plan, product, portal, program, account,
    /// Access ID, policy or policy version.
    ///
    /// Why: every id must mean something, or the checks that use it cannot be
    /// made. It is reported once, here, and not again by the rules that use it.
    ///
    /// Fix: use an id of the policy (`entitle explain` lists where they come
    /// from); the help line suggests the closest one.
    ReferenceUnknown = "reference.unknown", Error, "an id the policy or the manifest does not define";

    /// Two entries where there must be one: two accounts with one user, two
    /// incidents with one id, one benefit activated twice.
    ///
    /// Why: the checks would not know which entry to believe.
    ///
    /// Fix: merge or remove the later entry; the first is labelled.
    Duplicate = "duplicate", Error, "two accounts with one user, two incidents with one id, one benefit activated twice";

    /// The company is not associated with the program the policy requires to
    /// view and activate benefits.
    ///
    /// Why: an account associated only with another program is told "You are
    /// not authorized for this action" (F2).
    ///
    /// Fix: associate the company with the required program and list it under
    /// `partner.programs`.
    PartnerNotMpn = "partner.not-mpn", Error, "programs lack the one required to use benefits (F2)";

    /// No membership is active at the date the manifest is judged at, yet
    /// benefits are activated or used.
    ///
    /// Why: with no active membership offer there are no benefits (F3). This
    /// finding stands alone for the benefits it leaves without an entitlement.
    ///
    /// Fix: renew the membership, or correct its `start`/`end` or `as_of`.
    MembershipNoneActive = "membership.none-active", Error, "no membership is active at as_of, yet benefits are activated or used (F3)";

    /// A membership whose tier needs a competency has none, or one whose tier
    /// takes none names one.
    ///
    /// Why: competency tiers grant by competency class (cloud or other); a
    /// tier without competencies grants the same to everyone.
    ///
    /// Fix: add the competency the membership was earned in, or remove it.
    MembershipCompetency = "membership.competency", Error, "a membership without the competency its tier needs, or with one its tier takes none of";

    /// The account that activated a benefit holds none of the roles the
    /// policy requires for activation.
    ///
    /// Why: Partner Center lets only those roles activate (F5).
    ///
    /// Fix: have an account with one of those roles activate, or record the
    /// role the account really holds.
    ActivationRole = "activation.role", Error, "activated_by holds none of the roles that may activate (F5)";

    /// A benefit is activated that no active membership grants, such as
    /// Signature Cloud Support on Action Pack.
    ///
    /// Why: a benefit exists only through a membership that grants it (F9).
    ///
    /// Fix: remove the activation, or hold a membership that grants it; the
    /// help line names the tiers that do.
    ActivationNotEligible = "activation.not-eligible", Error, "no active membership grants the benefit (F9)";

    /// An incident is opened while the activation may still be processing.
    ///
    /// Why: activation takes some days to process (F6); the policy says how many.
    ///
    /// Fix: plan the incident for the date the help line gives, or confirm the
    /// activation completed early.
    ActivationPending = "activation.pending", Warning, "an incident opened within the processing days after requested_on (F6)";

    /// An incident uses a benefit whose activation has no Access ID or no
    /// Contract ID yet.
    ///
    /// Why: both are shown only after activation completes, and are needed to
    /// use the benefit the first time (F6).
    ///
    /// Fix: record the `access_id` and `contract_id` once Partner Center shows them.
    ActivationIncomplete = "activation.incomplete", Error, "an incident uses a benefit whose activation has no Access ID or Contract ID yet (F6)";

    /// An incident uses a benefit that was never activated, or opens before
    /// its activation was requested.
    ///
    /// Why: a benefit must be activated before use (F4).
    ///
    /// Fix: add the `[[activations]]` entry, or correct the dates.
    IncidentNotActivated = "incident.not-activated", Error, "an incident uses a benefit that was never activated, or opens before requested_on (F4)";

    /// The account that opens an incident has no contract link for the
    /// benefit's Access ID on or before the day it opens it.
    ///
    /// Why: any account may use the benefit once the contract is added to it
    /// (F12, F13); plans that need no contract are exempt (F14).
    ///
    /// Fix: add a `[[contract_links]]` entry for that account, dated before the incident.
    IncidentNoContract = "incident.no-contract", Error, "opened_by has no contract link for the benefit's Access ID (F12, F13)";

    /// The product of an incident is of a kind the benefit or plan does not
    /// cover: an on-premises product under a cloud benefit, or the reverse.
    ///
    /// Why: each benefit and plan covers the product kinds the policy lists
    /// (F10, F14, F19).
    ///
    /// Fix: open the incident under a benefit or plan that covers the product.
    IncidentScope = "incident.scope", Error, "the product's kind does not fit the benefit or plan (F10, F14, F19)";

    /// An on-premises product that is no longer recent enough for partner support.
    ///
    /// Why: product support covers recent on-premises products only (F10);
    /// the policy says which are recent.
    ///
    /// Fix: use a paid plan for the older product, or upgrade it.
    IncidentProductUnsupported = "incident.product-unsupported", Error, "an on-premises product that is not recent (F10)";

    /// More incidents under a benefit than the entitlement allows.
    ///
    /// Why: each membership grants a number of incidents per benefit; several
    /// memberships combine as the policy says. The first incident beyond the
    /// entitlement is reported, and each one after it.
    ///
    /// Fix: buy a paid support plan, or move to a membership that grants more;
    /// the labels say which membership granted how many.
    QuotaExceeded = "quota.exceeded", Error, "more incidents under a benefit than the entitlement allows";

    /// An incident is opened after the benefit expired.
    ///
    /// Why: a benefit stays usable until it expires (F11).
    ///
    /// Fix: renew the membership or the benefit, then open the incident.
    ContractExpired = "contract.expired", Error, "an incident opened after the benefit expired (F11)";

    /// The same Access ID is linked to the same account again.
    ///
    /// Why: a contract is linked to an account once; the portal's "This Access
    /// ID is already associated to an account" error is wrong and should be
    /// ignored (F16).
    ///
    /// Fix: remove the second link and use "+ New support request".
    ContractAlreadyLinked = "contract.already-linked", Warning, "the same Access ID linked to the same account again (F16)";

    /// A contract is linked after it expired or after its incidents ran out.
    ///
    /// Why: such a contract is hidden because it is invalid (F17).
    ///
    /// Fix: purchase a new support plan.
    ContractInvalidLink = "contract.invalid-link", Error, "a link made after the contract expired or its incidents ran out (F17)";

    /// An incident under a plan that requires a program the company lacks.
    ///
    /// Why: the Cloud Solution Provider plan is for CSP partners (F14).
    ///
    /// Fix: add the program to `partner.programs`, or use another plan.
    CspNotEnrolled = "csp.not-enrolled", Error, "an incident under a plan whose program the partner lacks (F14)";

    /// An incident for a customer opened by an account without the role the
    /// policy requires for customer requests.
    ///
    /// Why: requests on behalf of CSP customers are opened by admin agents (F15).
    ///
    /// Fix: have an admin agent open it, or record the role the account holds.
    CspCustomerRole = "csp.customer-role", Error, "an incident for a customer, opened without the role customer requests need (F15)";

    /// A waiver is past its `expires` date: it no longer waives anything.
    ///
    /// Why: a waiver accepts a finding for a while, with an owner who answers
    /// for it; an old one must not hide a problem for ever.
    ///
    /// Fix: fix what it waived, or renew the waiver with a new date and reason.
    WaiverExpired = "waiver.expired", Error, "a waiver past its expiry date";

    /// A waiver expires within the policy's warning window.
    ///
    /// Why: the finding it waives will fail the check soon.
    ///
    /// Fix: fix the finding, or have its owner renew the waiver.
    WaiverExpiring = "waiver.expiring", Warning, "a waiver that expires soon";

    /// A waiver that matches no finding.
    ///
    /// Why: either the problem is fixed, or the waiver's code or target is wrong.
    ///
    /// Fix: remove the waiver, or correct its `code` or `target`.
    WaiverUnused = "waiver.unused", Warning, "a waiver that matches no finding";

    /// The file is larger than the limit (`--max-file-size`): it is not read.
    ///
    /// Why: a manifest is a few kilobytes; a file of many megabytes is a
    /// mistake, or an attempt to exhaust the machine that checks it.
    ///
    /// Fix: check the right file, or raise `--max-file-size` if it really is one.
    LimitFileSize = "limit.file-size", Error, "the file is larger than the limit";

    /// Arrays or tables nest deeper than the limit: the file is not parsed.
    /// Each part of a dotted key (`a.b.c`, in a header or before `=`) is a
    /// table of its own, so a key of more parts than the limit is too deep.
    ///
    /// Why: a manifest nests three levels deep; deeper nesting is a mistake,
    /// or an attempt to exhaust the parser.
    ///
    /// Fix: flatten the nested arrays or tables.
    LimitDepth = "limit.depth", Error, "arrays or tables nest deeper than the limit";

    /// A policy file refers to an id it does not define.
    ///
    /// Fix: define the id in its catalogue, or correct the reference.
    PolicyReference = "policy.reference", Error, "a policy file refers to an id it does not define";

    /// A policy file defines one id twice.
    ///
    /// Fix: remove or rename the second definition.
    PolicyDuplicate = "policy.duplicate", Error, "a policy file defines one id twice";

    /// A version extends a chain of versions deeper than the limit (16): each
    /// check merges every version of the chain, so a long one is paid for by
    /// every run.
    ///
    /// Fix: make the version extend an earlier one directly, or write a new
    /// version that extends none and holds the whole policy.
    PolicyExtendsDepth = "policy.extends-depth", Error, "a version extends a chain of versions deeper than the limit";

    /// A policy rule names an unknown code or kind, or lacks or misuses a
    /// parameter of its kind.
    ///
    /// Fix: follow the help line; `entitle schema policy` lists the kinds.
    PolicyRule = "policy.rule", Error, "a policy rule with an unknown code or kind, or a wrong parameter";

    /// A message, help or label of a policy rule interpolates a field its
    /// kind does not provide.
    ///
    /// Fix: use one of the fields the help line lists.
    PolicyPlaceholder = "policy.placeholder", Error, "a policy message interpolates a field that does not exist";

    /// A definition nothing uses: a competency class no competency has, a
    /// product kind no product has, a tier no benefit grants to, a product no
    /// benefit or plan covers. (`entitle policy lint`)
    ///
    /// Fix: remove it, or use it where it was meant to be.
    PolicyUnused = "policy.unused", Warning, "a definition nothing uses";

    /// A rule that can never fire: its filter selects nothing, or nothing in
    /// the policy gives its check anything to look at. (`entitle policy lint`)
    ///
    /// Fix: correct its `when`, or remove it.
    PolicyUnreachable = "policy.unreachable", Warning, "a rule that can never fire";

    /// A higher tier is granted less than a lower one, in the same benefit and
    /// competency class. Tiers rank in the order the policy lists them.
    /// (`entitle policy lint`)
    ///
    /// Fix: correct the number, or the order of `[[tiers]]`.
    PolicyQuotaOrder = "policy.quota-order", Warning, "a higher tier granted less than a lower one";

    /// An id that is not kebab-case (`cloud-platform`). (`entitle policy lint`)
    ///
    /// Fix: use lowercase words joined by hyphens.
    PolicyIdCase = "policy.id-case", Warning, "an id that is not kebab-case";

    /// Versions whose effective dates are out of order, or a version that
    /// extends a later one. (`entitle policy lint`)
    ///
    /// Fix: correct `effective` or `extends`.
    PolicyEffectiveOrder = "policy.effective-order", Warning, "effective dates out of order";

    /// A policy file named like a version (`2021-09-01.toml`) whose header
    /// says another (`version = "2021-09-02"`): the header counts, and the name
    /// misleads whoever looks for a version by its file. (`entitle policy lint`)
    ///
    /// Fix: rename the file, or correct `version`.
    PolicyFileName = "policy.file-name", Warning, "a policy file named after another version than its header's";

    /// A version that changes nothing in the version before it.
    /// (`entitle policy lint`)
    ///
    /// Fix: remove it, or make the change it was meant to make.
    PolicyIdentical = "policy.identical", Warning, "a version identical to its predecessor";

    /// A rule of a policy version that no test manifest triggers: nothing
    /// holds the rule to what it should report. A version with no test
    /// manifest at all is reported once. (`entitle policy lint`)
    ///
    /// Fix: add a test manifest under `policies/<id>/tests/` that triggers the
    /// rule, with `# expect: CODE` (see `entitle explain test.expectation`).
    PolicyUntested = "policy.untested", Warning, "a rule no test manifest triggers";

    /// A test manifest (`policies/<id>/tests/*.toml`) whose expectations
    /// cannot be read. Its leading comments say what the policy must report:
    ///
    ///     # expect: eligible
    ///     # expect: quota.exceeded@42, contract.already-linked
    ///     # versions: 2021-06-17..
    ///
    /// `# expect:` lists codes, each optionally at a line of the test file
    /// (`CODE@LINE`), or `eligible` (no errors). The list is complete: a code
    /// the policy reports that is not listed fails the test. `# versions:`
    /// lists versions of the policy, or ranges `A..B`, `A..`, `..B`
    /// (inclusive); without it, a test runs under every version in effect at
    /// its `as_of` (or the version it pins).
    ///
    /// Why: a test that cannot be read tests nothing; `entitle policy test`
    /// ends with exit 2.
    ///
    /// Fix: follow the help line: a known code (with the nearest one), a line
    /// number inside the file, a version the policy has.
    TestExpectation = "test.expectation", Error, "a test manifest's expectations cannot be read";

    /// A test manifest's expectation is not met by a policy version: a code
    /// it expects is not reported, is reported at another line, or a code it
    /// does not list is reported. (`entitle policy test`)
    ///
    /// Why: the policy no longer judges this manifest as its authors said it
    /// must.
    ///
    /// Fix: if the policy change is intended, update `# expect:`; otherwise fix
    /// the policy.
    TestFailed = "test.failed", Error, "a test manifest's expectation is not met";
}

impl Code {
    /// Looks a code up by its name.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }

    /// Whether the pipeline reports the code itself, whatever the policy says.
    pub fn is_built_in(self) -> bool {
        matches!(
            self,
            Code::Syntax
                | Code::Schema
                | Code::LimitFileSize
                | Code::LimitDepth
                | Code::WaiverExpired
                | Code::WaiverExpiring
                | Code::WaiverUnused
        )
    }

    /// Whether the code reports on policy files (or their test manifests'
    /// expectations) rather than on what a manifest holds.
    pub fn is_policy(self) -> bool {
        self.as_str().starts_with("policy.") || self.as_str().starts_with("test.")
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_code_is_unique_and_documented() {
        let mut seen = HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
            assert!(!code.explanation().trim().is_empty(), "{code} undocumented");
            assert_eq!(Code::from_name(code.as_str()), Some(*code));
        }
    }
}

//! What a partner is entitled to: for each benefit, the best grant of the
//! memberships active at the date the manifest is judged at. The quota rule,
//! the eligibility rule and the partner's view all read it from here.

use super::catalog::{Allowance, Benefit, CompetencyNeed, Policy, Tier};
use crate::date::Date;
use crate::manifest::{Manifest, Membership};

/// The grant a benefit's entitlement comes from.
#[derive(Debug, Clone, Copy)]
pub struct Granted<'a> {
    /// Index of the membership in `[[memberships]]`.
    pub membership: usize,
    /// Its tier.
    pub tier: &'a Tier,
    /// Its competency, when the tier has one.
    pub competency: Option<&'a str>,
    /// How many incidents.
    pub allowance: Allowance,
    /// What people call the grant (`Signature 10pack`).
    pub name: Option<&'a str>,
}

/// A benefit and what the partner gets of it.
#[derive(Debug, Clone)]
pub struct Entitlement<'a> {
    /// The benefit.
    pub benefit: &'a Benefit,
    /// The best grant, if any membership grants it.
    pub grant: Option<Granted<'a>>,
    /// A membership with an unknown offer, competency or a competency fault is
    /// active too, so the entitlement might be more than `grant` says.
    pub uncertain: bool,
}

/// Whether a membership is active on a date.
pub fn is_active(membership: &Membership, date: Date) -> bool {
    membership.start <= date && date <= membership.end
}

/// The entitlement of every benefit (not plans) at `as_of`, in policy order.
pub fn entitlements<'a>(manifest: &'a Manifest, rules: &'a Policy, as_of: Date) -> Vec<Entitlement<'a>> {
    rules
        .benefits
        .iter()
        .filter(|b| !b.plan)
        .map(|benefit| {
            let mut grant: Option<Granted<'a>> = None;
            let mut uncertain = false;
            for (index, membership) in manifest.memberships.iter().enumerate() {
                if !is_active(membership, as_of) {
                    continue;
                }
                let Some(tier) = rules.tiers.get(&membership.offer) else {
                    uncertain = true;
                    continue;
                };
                let competency = membership.competency.as_deref();
                let class = match (tier.competency, competency) {
                    (CompetencyNeed::Required, Some(c)) => match rules.competencies.get(c) {
                        Some(known) => Some(known.class.as_str()),
                        None => {
                            uncertain = true;
                            continue;
                        }
                    },
                    (CompetencyNeed::Required, None) | (CompetencyNeed::Forbidden, Some(_)) => {
                        // The competency fault is reported on its own; grants that do
                        // not depend on the class still apply.
                        uncertain |= benefit.grants.iter().any(|g| g.tier == tier.id && g.class.is_some());
                        None
                    }
                    (CompetencyNeed::Forbidden, None) => None,
                };
                let matching = benefit.grants.iter().filter(|g| {
                    g.tier == tier.id && (g.class.is_none() || g.class.as_deref() == class && class.is_some())
                });
                for g in matching {
                    if grant.is_none_or(|best| g.incidents > best.allowance) {
                        grant = Some(Granted {
                            membership: index,
                            tier,
                            competency: if tier.competency == CompetencyNeed::Required { competency } else { None },
                            allowance: g.incidents,
                            name: g.name.as_deref(),
                        });
                    }
                }
            }
            Entitlement {
                benefit,
                grant,
                uncertain: uncertain && grant.is_none_or(|g| g.allowance != Allowance::Unlimited),
            }
        })
        .collect()
}

/// The tiers that grant a benefit at all, for help lines.
pub fn granting_tiers(benefit: &Benefit) -> Vec<&str> {
    let mut tiers: Vec<&str> = Vec::new();
    for g in &benefit.grants {
        if !tiers.contains(&g.tier.as_str()) {
            tiers.push(&g.tier);
        }
    }
    tiers
}

/// One benefit as the partner sees it: who grants it, how much, how much is
/// used and left, and where its contract is linked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenefitView {
    /// The benefit id.
    pub benefit: String,
    /// The benefit name.
    pub name: String,
    /// The membership that grants it: `gold / data-analytics`.
    pub granted_by: Option<String>,
    /// How many incidents it grants (`Limited(0)` when none).
    pub entitlement: Allowance,
    /// Incidents listed under it.
    pub used: u32,
    /// What is left.
    pub remaining: Allowance,
    /// Whether it was activated.
    pub activated: bool,
    /// When it expires.
    pub expires: Option<Date>,
    /// Accounts the contract is linked to.
    pub linked_to: Vec<String>,
}

/// The partner's view of every benefit of the policy at `as_of`.
pub fn view(manifest: &Manifest, rules: &Policy, as_of: Date) -> Vec<BenefitView> {
    let mut seen = std::collections::HashSet::new();
    let first: Vec<bool> = manifest.incidents.iter().map(|i| seen.insert(i.id.as_str())).collect();
    entitlements(manifest, rules, as_of)
        .into_iter()
        .map(|e| {
            let benefit = e.benefit;
            let used = manifest.incidents.iter().zip(&first).filter(|(i, f)| **f && i.benefit == benefit.id).count();
            let used = u32::try_from(used).unwrap_or(u32::MAX);
            let entitlement = e.grant.map_or(Allowance::Limited(0), |g| g.allowance);
            let remaining = match entitlement {
                Allowance::Unlimited => Allowance::Unlimited,
                Allowance::Limited(n) => Allowance::Limited(n.saturating_sub(used)),
            };
            let activation = manifest.activations.iter().find(|a| a.benefit == benefit.id);
            let expires = activation
                .and_then(|a| a.expires)
                .or_else(|| e.grant.and_then(|g| manifest.memberships.get(g.membership)).map(|m| m.end));
            // The accounts in file order, each once (a set, not a scan of
            // the list per link: a manifest may hold thousands of links).
            let mut linked_to: Vec<String> = Vec::new();
            if let Some(access_id) = activation.and_then(|a| a.access_id.as_deref()) {
                let mut seen = std::collections::HashSet::new();
                for link in manifest.contract_links.iter().filter(|l| l.access_id == access_id) {
                    if seen.insert(link.account.as_str()) {
                        linked_to.push(link.account.clone());
                    }
                }
            }
            BenefitView {
                benefit: benefit.id.clone(),
                name: benefit.name.clone(),
                granted_by: e.grant.map(|g| match g.competency {
                    Some(c) => format!("{} / {c}", g.tier.id),
                    None => g.tier.id.clone(),
                }),
                entitlement,
                used,
                remaining,
                activated: activation.is_some(),
                expires,
                linked_to,
            }
        })
        .collect()
}

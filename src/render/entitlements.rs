//! `entitle entitlements`: the partner's view, as a table or JSON.

use serde_json::{Value, json};

use crate::entitlement::BenefitView;
use crate::policy::ruleset::Allowance;
use crate::redact::Redactor;
use crate::remedy::Fix;
use crate::report::FileReport;
use crate::{Judged, entitlement, escape, messages, remedy};

/// What `entitlements` shows for one manifest.
#[derive(Debug, Clone)]
pub struct PartnerView<'a> {
    /// The partner's MPN id.
    pub mpn_id: String,
    /// The partner's name.
    pub name: String,
    /// The date judged at.
    pub as_of: String,
    /// `id`, `version` and digest.
    pub policy: (&'a str, &'a str, &'a str),
    /// Every benefit.
    pub benefits: Vec<BenefitView>,
    /// Fixes for the check's errors.
    pub fixes: Vec<Fix>,
    /// Activations the check rejects: the benefit and the code that says why.
    pub rejected: Vec<(String, crate::Code)>,
    /// The findings waivers accept, which keep the manifest passing.
    pub waived: Vec<Waived>,
    /// The check's warnings (not waived): code and message.
    pub warnings: Vec<(crate::Code, String)>,
}

/// A finding a waiver accepts, as the partner's view shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waived {
    /// The finding's code.
    pub code: crate::Code,
    /// The finding's message.
    pub problem: String,
    /// The waiver's expiry date.
    pub expires: String,
    /// Who answers for it.
    pub owner: String,
    /// Why.
    pub reason: String,
}

impl<'a> PartnerView<'a> {
    /// Whether the check rejects the benefit's activation.
    pub fn is_rejected(&self, benefit: &str) -> bool {
        self.rejected.iter().any(|(id, _)| id == benefit)
    }

    /// The view of a judged manifest, with the fixes for its check's errors,
    /// as it may be shown: masked by the secrets of the manifest's `bytes`.
    /// `entitle entitlements` and `entitle serve` show this same view.
    pub fn of(report: &FileReport, judged: &'a Judged<'_>, bytes: &[u8]) -> PartnerView<'a> {
        let manifest = &judged.manifest;
        PartnerView {
            mpn_id: manifest.partner.mpn_id.clone(),
            name: manifest.partner.name.clone(),
            as_of: judged.as_of.to_string(),
            policy: (&judged.rules.id, &judged.rules.version, judged.rules.digest()),
            benefits: entitlement::view(manifest, judged.rules, judged.as_of),
            fixes: remedy::fixes(&report.findings, manifest, judged.rules),
            rejected: remedy::rejected_activations(&report.findings, judged.rules),
            waived: report
                .findings
                .iter()
                .filter_map(|f| {
                    let w = f.waiver.as_ref()?;
                    Some(Waived {
                        code: f.code,
                        problem: f.message.clone(),
                        expires: w.expires.to_string(),
                        owner: w.owner.clone(),
                        reason: w.reason.clone(),
                    })
                })
                .collect(),
            warnings: report
                .findings
                .iter()
                .filter(|f| f.severity == crate::Severity::Warning && f.waiver.is_none())
                .map(|f| (f.code, f.message.clone()))
                .collect(),
        }
        .redacted(&Redactor::for_manifest(bytes))
    }

    /// The view as it may be shown: every string that came from the manifest
    /// with its secrets masked (an account name may quote a Contract ID) and
    /// escaped for one line of output.
    pub fn redacted(mut self, secrets: &Redactor) -> Self {
        let shown = |text: &mut String| *text = escape::inline(&secrets.mask_text(text)).into_owned();
        shown(&mut self.mpn_id);
        shown(&mut self.name);
        for b in &mut self.benefits {
            b.linked_to.iter_mut().for_each(shown);
            if let Some(g) = &mut b.granted_by {
                shown(g);
            }
        }
        for fix in &mut self.fixes {
            shown(&mut fix.problem);
            shown(&mut fix.fix);
        }
        for waived in &mut self.waived {
            shown(&mut waived.problem);
            shown(&mut waived.owner);
            shown(&mut waived.reason);
        }
        for (_, warning) in &mut self.warnings {
            shown(warning);
        }
        self
    }
}

fn allowance(a: Allowance) -> Value {
    match a {
        Allowance::Unlimited => Value::from("unlimited"),
        Allowance::Limited(n) => Value::from(n),
    }
}

/// The JSON document.
pub fn json(view: &PartnerView<'_>) -> String {
    let doc = json!({
        "partner": view.mpn_id,
        "name": view.name,
        "as_of": view.as_of,
        "policy": {"id": view.policy.0, "version": view.policy.1, "digest": view.policy.2},
        "eligible": view.fixes.is_empty(),
        "benefits": view.benefits.iter().map(|b| json!({
            "benefit": b.benefit,
            "name": b.name,
            "granted_by": b.granted_by,
            "entitlement": allowance(b.entitlement),
            "used": b.used,
            "remaining": allowance(b.remaining),
            "activated": b.activated && !view.is_rejected(&b.benefit),
            "rejected": view.rejected.iter().find(|(id, _)| *id == b.benefit).map(|(_, code)| code.as_str()),
            "expires": b.expires.map(|d| d.to_string()),
            "linked_to": b.linked_to,
        })).collect::<Vec<_>>(),
        "fixes": view.fixes.iter().map(|f| json!({"code": f.code.as_str(), "problem": f.problem, "fix": f.fix})).collect::<Vec<_>>(),
        "waived": view.waived.iter().map(|w| json!({"code": w.code.as_str(), "problem": w.problem, "expires": w.expires, "owner": w.owner, "reason": w.reason})).collect::<Vec<_>>(),
        "warnings": view.warnings.iter().map(|(code, message)| json!({"code": code.as_str(), "message": message})).collect::<Vec<_>>(),
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

/// An entitlement or what remains of it, in words for people.
fn shown(a: Allowance) -> String {
    match a {
        Allowance::Unlimited => messages::unlimited(),
        Allowance::Limited(_) => a.to_string(),
    }
}

/// The table for people.
pub fn human(view: &PartnerView<'_>) -> String {
    let policy = format!("{}@{} ({})", view.policy.0, view.policy.1, view.policy.2);
    let mut out = messages::view_heading(&view.name, &view.mpn_id, &view.as_of, &policy);
    out.push_str("\n\n");
    let rows: Vec<[String; 8]> = view
        .benefits
        .iter()
        .map(|b| {
            [
                b.benefit.clone(),
                b.granted_by.clone().unwrap_or_else(|| messages::NONE.to_string()),
                shown(b.entitlement),
                b.used.to_string(),
                shown(b.remaining),
                match view.rejected.iter().find(|(id, _)| *id == b.benefit) {
                    Some((_, code)) if b.activated => format!("{} ({code})", messages::rejected()),
                    _ => messages::yes_no(b.activated).to_string(),
                },
                b.expires.map_or_else(|| messages::NONE.to_string(), |d| d.to_string()),
                if b.linked_to.is_empty() { messages::NONE.to_string() } else { b.linked_to.join(", ") },
            ]
        })
        .collect();
    out.push_str(&super::table(&messages::view_columns(), &rows));
    out.push('\n');
    if view.fixes.is_empty() {
        out.push_str(&messages::nothing_to_fix());
        out.push('\n');
    } else {
        out.push_str(&messages::fixes_heading());
        out.push('\n');
        for fix in &view.fixes {
            out.push_str(&format!("  - {} ({}): {}\n", fix.problem, fix.code, fix.fix));
        }
    }
    if !view.waived.is_empty() {
        out.push('\n');
        out.push_str(&messages::waived_heading(view.waived.len()));
        out.push('\n');
        for w in &view.waived {
            let item = messages::waived_item(&w.problem, w.code.as_str(), &w.expires, &w.owner, &w.reason);
            out.push_str(&format!("  - {item}\n"));
        }
    }
    if !view.warnings.is_empty() {
        out.push('\n');
        out.push_str(&messages::warnings_heading(view.warnings.len()));
        out.push('\n');
        for (code, message) in &view.warnings {
            out.push_str(&format!("  - {message} ({code})\n"));
        }
    }
    out
}

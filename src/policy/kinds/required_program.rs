//! `required-program`: the partner is associated with a program — to use
//! benefits at all, or for the incidents a filter selects.

use super::context::{Context, Wording};
use super::kind::{INCIDENT_FIELDS, KindCompiler, KindSpec, Label, RuleKind};
use crate::diagnostic::{Draft, Finding};
use crate::document::{Path, Target};
use crate::manifest::Manifest;
use crate::messages;
use crate::policy::catalog::{Filter, Policy};
use crate::policy::model::FilterDef;

/// The parameters of a `required-program` rule.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// The program id.
    program: String,
    /// Which incidents the rule applies to.
    when: Option<FilterDef>,
}

/// A `required-program` rule.
#[derive(Debug)]
pub struct RequiredProgram {
    program: String,
    when: Filter,
    /// With a filter, the rule is about the incidents it selects.
    filtered: bool,
}

impl RuleKind for RequiredProgram {
    type Params = Params;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "required-program",
        key: &[],
        fields: &["program", "program_name", "programs", "as_of", "policy"],
        when_fields: INCIDENT_FIELDS,
        label_fields: &[],
        labels: &[Label { name: "programs", message: "label-partner-programs", shows: &[] }],
    };

    fn compile(params: Params, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        let when = cx.filter(params.when.as_ref());
        let programs = &cx.policy().programs;
        cx.reference("program", &params.program, "program", programs);
        Some(RequiredProgram { program: params.program, when, filtered: params.when.is_some() })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        let program = self.program.as_str();
        let programs = &cx.manifest.partner.programs;
        if programs.iter().any(|p| p == program) {
            return;
        }
        let held: Vec<&str> = programs.iter().map(String::as_str).collect();
        let base = cx
            .base_fields()
            .with("program", program)
            .with("program_name", cx.policy.programs.get(program).map_or(program, |p| p.name.as_str()))
            .with("programs", messages::all_of(&held));
        let at_programs = Target::Value(Path::of(&["partner", "programs"]));
        if !self.filtered {
            out.push(cx.draft(rule, &base, at_programs));
            return;
        }
        for subject in cx.incidents(&self.when) {
            let mut fields = cx.incident_fields(&subject);
            for name in ["program", "program_name", "programs"] {
                fields.set(name, base.get(name).unwrap_or_default());
            }
            let mut draft = cx.draft(rule, &fields, subject.at("benefit"));
            cx.label(&mut draft, rule, "programs", at_programs.clone(), &fields);
            out.push(draft);
        }
    }

    fn about_incidents(&self) -> bool {
        self.filtered
    }

    fn when(&self) -> Option<&Filter> {
        Some(&self.when)
    }

    fn fix(&self, finding: &Finding, _: &Manifest, _: &Policy) -> Option<String> {
        Some(messages::fix_program(finding.fact("program")?))
    }
}

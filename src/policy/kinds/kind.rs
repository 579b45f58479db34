//! What a rule kind is: the [`RuleKind`] its module implements, the
//! [`KindSpec`] it declares, and the [`KindCompiler`] its compile step
//! reports through.

use std::fmt;

use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use super::context::{Context, Wording};
use crate::diagnostic::{Draft, Finding};
use crate::manifest::Manifest;
use crate::messages;
use crate::policy::catalog::{Filter, Ids, Policy};
use crate::policy::model::FilterDef;
use crate::suggest::did_you_mean;

/// The interface of a rule kind: its name and what its templates may use.
/// What it checks, in words, is the message catalogues' `kind-<name>`.
#[derive(Debug)]
pub struct KindSpec {
    /// The name policies write in `kind = "…"`.
    pub name: &'static str,
    /// The parameters that tell two rules of one code apart: a rule's key,
    /// by which versions override or remove it, is `code/kind`, then the
    /// value of each (`quota.exceeded/quota`,
    /// `link.duplicate/uniqueness/contract_links`).
    pub key: &'static [&'static str],
    /// Fields its message, help and labels may interpolate: every finding
    /// of the kind sets each of them.
    pub fields: &'static [&'static str],
    /// Fields set only when a rule is about incidents
    /// ([`RuleKind::about_incidents`]).
    pub when_fields: &'static [&'static str],
    /// Fields its secondary labels may interpolate besides `fields`: each
    /// label is about one entry (a membership), which the finding is not.
    pub label_fields: &'static [&'static str],
    /// Secondary labels it draws.
    pub labels: &'static [Label],
}

/// A secondary label a kind draws, and its words when a rule gives none.
#[derive(Debug)]
pub struct Label {
    /// The name rules give its words by (`labels.<name>`).
    pub name: &'static str,
    /// The catalogue message of its default words.
    pub message: &'static str,
    /// The fields the default words show, as `{placeholders}`.
    pub shows: &'static [&'static str],
}

/// Fields every rule about an incident sets: its own and its subject's.
pub const INCIDENT_FIELDS: &[&str] = incident_fields!();

/// The parameters of a kind that takes none.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

/// The parameters of a kind that takes only `when`.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WhenOnly {
    /// Which incidents the rule applies to.
    pub when: Option<FilterDef>,
}

/// A rule kind, written once in its module.
pub trait RuleKind: fmt::Debug + Send + Sync + Sized + 'static {
    /// Its parameters: the rule's keys besides the common ones. Their doc
    /// comments are the policy schema's descriptions.
    type Params: DeserializeOwned + JsonSchema;
    /// Its interface.
    const SPEC: &'static KindSpec;
    /// Checks the parameters against the policy's catalogues, reporting each
    /// fault through `cx`; `None` when the rule cannot run.
    fn compile(params: Self::Params, cx: &mut dyn KindCompiler<'_>) -> Option<Self>;
    /// Reports each finding of `rule` about one manifest.
    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>);
    /// Whether the rule is about incidents, and so sets
    /// [`KindSpec::when_fields`]: a kind that declares `when_fields` says
    /// here when.
    fn about_incidents(&self) -> bool {
        false
    }
    /// Which incidents it looks at, if it takes `when`.
    fn when(&self) -> Option<&Filter> {
        None
    }
    /// Fields its templates may use besides the spec's.
    fn extra_fields(&self) -> Vec<String> {
        Vec::new()
    }
    /// The smallest change to the manifest that fixes `finding`, where the
    /// kind can tell.
    fn fix(&self, _finding: &Finding, _manifest: &Manifest, _policy: &Policy) -> Option<String> {
        None
    }
    /// The facts its [`RuleKind::fix`] reads of a finding, where that is
    /// all it reads of it: findings that agree on them share one fix, made
    /// once (a thousand incidents over one quota are one grant to raise).
    fn fix_reads(&self) -> Option<&'static [&'static str]> {
        None
    }
    /// Its findings refuse an activation of the benefit they name.
    fn refuses_activations(&self) -> bool {
        false
    }
    /// The manifest collection its findings are duplicate entries of.
    fn duplicates_in(&self) -> Option<&str> {
        None
    }
    /// Why a rule of it can never fire under `rules`, in words.
    fn unreachable(&self, _policy: &Policy) -> Option<String> {
        None
    }
}

/// A compiled rule's check: a [`RuleKind`] with its parameters, its type
/// forgotten so that every rule has one shape. Implemented for every
/// `RuleKind`; nothing implements it by hand.
pub trait Check: fmt::Debug + Send + Sync {
    /// Its kind's interface.
    fn spec(&self) -> &'static KindSpec;
    /// [`RuleKind::check`].
    fn run(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>);
    /// [`RuleKind::about_incidents`].
    fn about_incidents(&self) -> bool;
    /// [`RuleKind::when`].
    fn when(&self) -> Option<&Filter>;
    /// [`RuleKind::extra_fields`].
    fn extra_fields(&self) -> Vec<String>;
    /// [`RuleKind::fix`].
    fn fix(&self, finding: &Finding, manifest: &Manifest, policy: &Policy) -> Option<String>;
    /// [`RuleKind::fix_reads`].
    fn fix_reads(&self) -> Option<&'static [&'static str]>;
    /// [`RuleKind::refuses_activations`].
    fn refuses_activations(&self) -> bool;
    /// [`RuleKind::duplicates_in`].
    fn duplicates_in(&self) -> Option<&str>;
    /// [`RuleKind::unreachable`].
    fn unreachable(&self, policy: &Policy) -> Option<String>;
}

impl<K: RuleKind> Check for K {
    fn spec(&self) -> &'static KindSpec {
        K::SPEC
    }
    fn run(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        RuleKind::check(self, cx, rule, out)
    }
    fn about_incidents(&self) -> bool {
        RuleKind::about_incidents(self)
    }
    fn when(&self) -> Option<&Filter> {
        RuleKind::when(self)
    }
    fn extra_fields(&self) -> Vec<String> {
        RuleKind::extra_fields(self)
    }
    fn fix(&self, finding: &Finding, manifest: &Manifest, policy: &Policy) -> Option<String> {
        RuleKind::fix(self, finding, manifest, policy)
    }
    fn fix_reads(&self) -> Option<&'static [&'static str]> {
        RuleKind::fix_reads(self)
    }
    fn refuses_activations(&self) -> bool {
        RuleKind::refuses_activations(self)
    }
    fn duplicates_in(&self) -> Option<&str> {
        RuleKind::duplicates_in(self)
    }
    fn unreachable(&self, policy: &Policy) -> Option<String> {
        RuleKind::unreachable(self, policy)
    }
}

/// What a kind's compile step reports through: the rule's place in its
/// policy file, and the policy's catalogues to check parameters against.
pub trait KindCompiler<'p> {
    /// The policy being compiled: its header and catalogues.
    fn policy(&self) -> &'p Policy;

    /// Checks that parameter `param` names a known `what` (`"program"`),
    /// reporting an unknown one with a did-you-mean.
    fn reference(&mut self, what: &str, id: &str, param: &str, known: &dyn Ids) -> bool;

    /// [`KindCompiler::reference`] for each id of a list parameter.
    fn references(&mut self, what: &str, ids: &[String], param: &str, known: &dyn Ids);

    /// The rule's `when` filter, its ids checked; no filter selects every
    /// incident.
    fn filter(&mut self, when: Option<&FilterDef>) -> Filter;

    /// Reports a fault in parameter `param` (its item `index` for a list).
    fn error(&mut self, param: &str, index: Option<usize>, message: String, help: String);

    /// The fields of the entries of `collection`, a top-level array of the
    /// manifest that parameter `param` names; an unknown one is reported.
    fn collection(&mut self, param: &str, collection: &str) -> Option<Vec<String>> {
        let fields = crate::manifest::collection_fields(collection);
        if fields.is_none() {
            let known: Vec<&str> = crate::manifest::collections().iter().map(|(name, _)| *name).collect();
            let help = messages::reference_help("collection", &known, did_you_mean(collection, known.iter().copied()));
            self.error(param, None, messages::unknown_collection(collection), help);
        }
        fields.map(|fields| fields.iter().map(|f| f.to_string()).collect())
    }

    /// Checks that `field`, given as parameter `param` (its item `index`
    /// for a list), is one of `fields`, those of the entries of `collection`.
    fn field(&mut self, param: &str, index: Option<usize>, collection: &str, fields: &[String], field: &str) {
        if fields.iter().any(|f| f == field) {
            return;
        }
        let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
        let help = messages::reference_help("field", &fields, did_you_mean(field, fields.iter().copied()));
        self.error(param, index, messages::unknown_field(collection, field), help);
    }
}

/// The fields a rule's templates may interpolate: its kind's fields, those
/// about incidents when the rule is about them, those its parameters add
/// (a uniqueness rule's `first.…` and `this.…`), and for labels the kind's
/// label fields.
pub fn template_fields(check: &dyn Check, label: bool) -> TemplateFields {
    TemplateFields { spec: check.spec(), incidents: check.about_incidents(), label, extra: check.extra_fields() }
}

/// The fields a rule's templates may interpolate ([`template_fields`]): the
/// kind's lists, which a lookup reads in place, and its parameters' own.
#[derive(Debug)]
pub struct TemplateFields {
    spec: &'static KindSpec,
    incidents: bool,
    label: bool,
    extra: Vec<String>,
}

impl TemplateFields {
    /// Whether a template may interpolate `name`.
    pub fn contains(&self, name: &str) -> bool {
        self.iter().any(|f| f == name)
    }

    /// Every field, in no particular order (one a parameter adds again may
    /// come twice).
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        let spec = self.spec;
        let incidents = if self.incidents { spec.when_fields } else { &[] };
        let label = if self.label { spec.label_fields } else { &[] };
        let listed = spec.fields.iter().chain(incidents).chain(label).copied();
        listed.chain(self.extra.iter().map(String::as_str))
    }
}

/// Why a rule that looks at incidents under `when` can never fire, when
/// it skips incidents under plans (`subject.benefit.plan`): its filter
/// selects plans only.
pub fn only_plans(when: &Filter, policy: &Policy) -> Option<String> {
    let ids = when.benefits.as_ref()?;
    ids.iter().all(|id| policy.benefits.get(id).is_some_and(|b| b.plan)).then(crate::messages::only_plans)
}

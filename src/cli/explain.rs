//! `entitle explain CODE`: the code's documentation (built in, or declared by
//! a policy), and how each available policy instantiates it.

use std::process::ExitCode;

use entitle::messages;
use entitle::policy::kinds;

use super::{PolicySource, RunError, print};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The code, e.g. `quota.exceeded`.
    #[arg(value_name = "CODE", required_unless_present = "list")]
    code: Option<String>,
    /// List every code instead.
    #[arg(long)]
    list: bool,
    #[command(flatten)]
    policies: PolicySource,
}

pub fn run(args: Args) -> Result<ExitCode, RunError> {
    let library = args.policies.load()?;
    let codes = library.codes();
    if args.list {
        let mut out = String::new();
        for doc in &codes {
            out.push_str(&format!("{:<30} {:<8} {}\n", doc.code.as_str(), doc.severity.as_str(), doc.summary));
        }
        print(&out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let name = args.code.unwrap_or_default();
    let Some(doc) = codes.iter().find(|d| d.code.as_str() == name) else {
        let names = codes.iter().map(|d| d.code.as_str());
        return Err(RunError(messages::unknown_explain_code(&name, entitle::suggest::did_you_mean(&name, names))));
    };
    let code = doc.code;
    let mut out = format!("{} ({})\n{}\n\n{}", code.as_str(), doc.severity.as_str(), doc.summary, doc.explanation);
    // Every version's rules of the code, newest first; a rule that several
    // versions share is shown once, naming them all.
    let mut shown: Vec<(Vec<String>, &entitle::policy::ruleset::Rule)> = Vec::new();
    for id in library.ids() {
        for set in library.versions(id).into_iter().rev() {
            for rule in set.rules.iter().filter(|r| r.code == code) {
                let same = |other: &&entitle::policy::ruleset::Rule| {
                    (other.kind, other.severity, other.message.source(), other.help.as_ref().map(|h| h.source()))
                        == (rule.kind, rule.severity, rule.message.source(), rule.help.as_ref().map(|h| h.source()))
                };
                let name = format!("{}@{}", set.id, set.version);
                match shown.iter_mut().find(|(_, r)| same(r)) {
                    Some((versions, _)) => versions.push(name),
                    None => shown.push((vec![name], rule)),
                }
            }
        }
    }
    for (versions, rule) in shown {
        let spec = kinds::spec(rule.kind);
        out.push_str(&messages::explain_rule(
            &versions.join(", "),
            rule.kind,
            rule.severity.as_str(),
            &spec.map_or_else(String::new, |s| messages::kind_summary(s.name)),
        ));
        out.push_str(&messages::explain_template("message", rule.message.source()));
        if let Some(help) = &rule.help {
            out.push_str(&messages::explain_template("help", help.source()));
        }
    }
    print(&out)?;
    Ok(ExitCode::SUCCESS)
}

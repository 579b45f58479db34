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
    for id in library.ids() {
        let Some(newest) = library.versions(id).last().cloned() else { continue };
        for rule in newest.rules.iter().filter(|r| r.code == code) {
            let spec = kinds::spec(rule.kind);
            let policy = format!("{}@{}", newest.id, newest.version);
            out.push_str(&messages::explain_rule(
                &policy,
                rule.kind,
                rule.severity.as_str(),
                &spec.map_or_else(String::new, |s| messages::kind_summary(s.name)),
            ));
            out.push_str(&messages::explain_template("message", rule.message.source()));
            if let Some(help) = &rule.help {
                out.push_str(&messages::explain_template("help", help.source()));
            }
        }
    }
    print(&out)?;
    Ok(ExitCode::SUCCESS)
}

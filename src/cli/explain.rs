//! `entitle explain CODE`: the code's documentation (built in, or declared by
//! a policy), and how each available policy instantiates it.

use std::process::ExitCode;

use entitle::messages;

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
        print(&entitle::render::policies::code_list(&codes))?;
        return Ok(ExitCode::SUCCESS);
    }
    let name = args.code.unwrap_or_default();
    let Some(doc) = codes.iter().find(|d| d.code.as_str() == name) else {
        let names = codes.iter().map(|d| d.code.as_str());
        return Err(RunError(messages::unknown_explain_code(&name, entitle::suggest::did_you_mean(&name, names))));
    };
    print(&entitle::render::policies::explain(&library, doc))?;
    Ok(ExitCode::SUCCESS)
}

//! `entitle` as a library, as a partner portal or a batch job embeds it:
//! the built-in policies, one checker, a manifest from memory, and the
//! report in two of the formats the command line prints, in Spanish.
//!
//! ```sh
//! cargo run --example embed -- examples/linked-twice.toml
//! ```

use entitle::render::{human, json};
use entitle::{Checker, Lang, Options, Severity};

fn main() -> std::process::ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| "examples/linked-twice.toml".to_string());
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("cannot read {path}");
        return std::process::ExitCode::from(2);
    };

    // The policies compiled into `entitle`; `Library::from_dir` reads others.
    let library = match entitle::policy::Library::builtin() {
        Ok(library) => library,
        Err(reports) => {
            eprintln!("{} policy file(s) do not compile", reports.len());
            return std::process::ExitCode::from(2);
        }
    };
    // One checker serves any number of manifests, from any number of threads.
    let checker = Checker::new(&library, Options { lang: Some(Lang::Es), ..Options::default() });
    let report = checker.check(&path, &bytes);

    // The findings as data: code, severity, message, where.
    for finding in &report.findings {
        let at = report.position(finding.span.offset);
        println!("{}:{}: {} [{}] {}", path, at.0, finding.severity.as_str(), finding.code, finding.message);
    }
    println!(
        "eligible: {}, errors: {}, warnings: {}",
        report.eligible(),
        report.count(Severity::Error),
        report.count(Severity::Warning)
    );

    // Or the same report as `entitle check` prints it. Renderers write in
    // the language of the calling thread (the process's by default).
    let reports = [report];
    print!("{}", entitle::i18n::with_lang(Lang::Es, || human::render(&reports, human::Style::default())));
    let document = entitle::i18n::with_lang(Lang::Es, || json::render(&reports));
    assert!(document.contains("\"lang\": \"es\""));
    println!("{} bytes of JSON", document.len());

    if reports[0].eligible() { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::from(1) }
}

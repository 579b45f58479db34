//! The policy compiler: bytes to a rule set or diagnostics, never a panic;
//! every diagnostic inside the file.
#![no_main]

use entitle::policy::Library;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let sources = vec![("fuzz.toml".to_string(), text.to_string())];
    if let Err(reports) = Library::from_sources(sources.clone()) {
        for report in &reports {
            for finding in &report.findings {
                assert!(finding.span.end() <= report.text.len(), "span beyond the policy file");
                assert!(report.text.is_char_boundary(finding.span.offset));
            }
            let human = entitle::render::human::render(std::slice::from_ref(report), Default::default());
            let bytes = human.as_bytes();
            for (i, c) in human.char_indices() {
                let line_end = c == '\n' || c == '\t' || (c == '\r' && bytes.get(i + 1) == Some(&b'\n'));
                assert!(line_end || !(c.is_control() || entitle::escape::is_invisible(c)), "a raw U+{:04X}", u32::from(c));
            }
        }
    }
    let _ = entitle::lint::lint(&sources);
});

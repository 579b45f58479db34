//! The promises made about what `entitle` prints, tested on generated
//! inputs rather than a list of examples:
//! - no Access ID or Contract ID shows more than its last four characters,
//!   wherever and however the file writes it, in every format and command;
//! - no control or invisible character from any input (a file, its name, a
//!   policy, an argument) reaches the output raw, and no input can start a
//!   line of a line-oriented format or make Markdown live.

use crate::common;

use std::path::Path;
use std::process::Output;

use common::{entitle, library};
use entitle::render::markdown;
use entitle::{Checker, Options};

/// A small deterministic generator (xorshift), so a failure names its case.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    /// An ID in one of the shapes partners write: `AID-7731-0042`, bare
    /// digits, lowercase hex, with or without a prefix.
    fn id(&mut self) -> String {
        let prefix = self.pick(&["AID-", "CID-", "", "acc_", "X"]);
        let alphabet: &[u8] = match self.next() % 3 {
            0 => b"0123456789",
            1 => b"0123456789abcdef",
            _ => b"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-",
        };
        let len = 10 + (self.next() % 10) as usize;
        let body: String = (0..len).map(|_| alphabet[(self.next() % alphabet.len() as u64) as usize] as char).collect();
        format!("{prefix}{}Z{body}", (b'Q' + (self.next() % 8) as u8) as char)
    }
}

/// Every 8-character piece of each secret, in any case: none may appear in
/// any output. SARIF's fingerprints are left out of the search: each is 16
/// hex digits of a hash of the finding's code, its file's path (a temporary
/// directory's, new each run) and its message as printed (masked), which
/// now and then holds 8 hex digits of a generated hex ID by chance.
fn assert_no_secret(output: &str, secrets: &[&str], case: &str) {
    let lowered = without_fingerprints(output).to_ascii_lowercase();
    for secret in secrets {
        let chars: Vec<char> = secret.to_ascii_lowercase().chars().collect();
        for piece in chars.windows(8) {
            let piece: String = piece.iter().collect();
            assert!(!lowered.contains(&piece), "{case}: `{piece}` of secret `{secret}` shown in:\n{output}");
        }
    }
}

/// `output` with the value of each SARIF fingerprint emptied.
fn without_fingerprints(output: &str) -> String {
    const FIELD: &str = "\"entitleFinding/v1\": \"";
    let mut out = String::with_capacity(output.len());
    let mut rest = output;
    while let Some(at) = rest.find(FIELD) {
        let (before, after) = rest.split_at(at + FIELD.len());
        out.push_str(before);
        let hash_len = after.bytes().take_while(u8::is_ascii_hexdigit).count();
        // Only a hash of the fingerprint's own shape is left out.
        rest = if hash_len == 16 && after[hash_len..].starts_with('"') { &after[hash_len..] } else { after };
    }
    out.push_str(rest);
    out
}

#[test]
fn only_a_fingerprint_is_left_out_of_the_search_for_secrets() {
    let sarif = "{\"entitleFinding/v1\": \"86d4d3090eaa4633\", \"text\": \"d4d3090e\"}";
    assert_eq!(without_fingerprints(sarif), "{\"entitleFinding/v1\": \"\", \"text\": \"d4d3090e\"}");
    // Anything else in its place (a secret itself, too long, unclosed) stays.
    for kept in [
        "\"entitleFinding/v1\": \"AID-d4d3090ebb0d\"",
        "\"entitleFinding/v1\": \"86d4d3090eaa46331\"",
        "\"entitleFinding/v1\": \"86d4d3090eaa4633",
    ] {
        assert_eq!(without_fingerprints(kept), kept);
    }
}

/// An ID with the case of each ASCII letter swapped: the same secret.
fn swapped(id: &str) -> String {
    id.chars().map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect()
}

/// Keys that are, or look like, a secret key.
const KEYS: &[&str] = &[
    "access_id",
    "contract_id",
    "acess_id",
    "Contract_ID",
    "contractid",
    "access-id",
    "ACCESS_ID",
    "accessId",
    "\"access_id\"",
    "'contract_id'",
    "\"contract\\u005fid\"",
    "access _id",
];

/// How a careless or hostile file puts a value after its key.
const SEPARATORS: &[&str] = &[
    " = ",
    "=",
    ": ",
    " =\n",
    "\n= ",
    " \r\n= ",
    "\t=\t",
    " = \\\n",
    " == ",
    " =, ",
    " = ; ",
    " = # ",
    " = # below\n",
    " = # below\n# sent by support\n",
    " = # below\n# sent by support\n# on 2021-01-05\n\n# by mail\n",
    " \0= ",
    " = # below, as support wrote it in the ticket, which we keep in the shared folder with every other ticket of the contract and its renewal, until the contract ends or is renewed again, whichever comes first\n",
];

/// How a value is written.
fn written(form: usize, id: &str) -> String {
    let (head, tail) = id.split_at(id.len() / 2);
    match form {
        0 => format!("\"{id}\""),
        1 => format!("'{id}'"),
        2 => format!("\"\"\"{id}\"\"\""),
        3 => format!("'''\n{id}'''"),
        4 => format!("\"\"\"{head}\\\n   {tail}\"\"\""),
        5 => format!("[\"{id}\"]"),
        6 => format!("{{ v = \"{id}\" }}"),
        7 => id.to_string(),
        8 => format!("\"{id}"),
        // Its closing quote left out, the next key swallowed: the same ID
        // written again after it.
        9 => format!("\"{id}, contract_id = \"{id}\""),
        // An escape at its end, which the repeats elsewhere lack.
        10 => format!("\"{id}\\t\""),
        // Left open, another quote on its line.
        11 => format!("\"{id}, b = \"x\""),
        // Escaped, or split by a line-ending `\`, in an array.
        12 => format!("[\"{}\"]", escaped(id)),
        13 => format!("[\"\"\"{head}\\\n   {tail}\"\"\"]"),
        _ => format!("[\n  \"{id}\",\n]"),
    }
}
const FORMS: usize = 15;

/// An ID with its first character written as a `\u` escape: the same
/// secret, as a string reads it.
fn escaped(id: &str) -> String {
    let mut chars = id.chars();
    let first = chars.next().map_or(0, u32::from);
    format!("\\u{first:04X}{}", chars.as_str())
}

/// Where the placed line goes in the manifest.
const CONTEXTS: &[&str] = &["activation", "careless", "top", "partner", "dotted", "table", "comment", "link", "inline"];

/// A manifest that quotes its own IDs in a waiver (once in the other case)
/// and an account name, holds a waiver target that is a whole Access ID no
/// activation holds, and has one more secret placed as `context` says,
/// which it repeats elsewhere as written, with an escape, and as the name
/// of a table.
fn manifest(ids: &Ids, key: &str, separator: &str, value: &str, context: &str) -> String {
    let placed = format!("{key}{separator}{value}");
    let mut activation = format!("access_id = \"{}\"\ncontract_id = \"{}\"", ids.access, ids.contract);
    let (mut top, mut partner, mut tail, mut link_extra) = (String::new(), String::new(), String::new(), String::new());
    match context {
        "activation" => activation = format!("{placed}\ncontract_id = \"{}\"", ids.contract),
        // The next line a careless secret key, with the ID that it holds.
        "careless" => activation = format!("{placed}\ncontract_id: \"{}\"", ids.contract),
        "top" => top = format!("{placed}\n"),
        "partner" => partner = format!("{placed}\n"),
        "dotted" => activation.push_str(&format!("\n{key}.value{separator}{value}")),
        "table" => tail = format!("\n[{key}]\nvalue{separator}{value}\n"),
        "comment" => top = format!("# {placed}\n"),
        // After another key of an inline table, where no line starts.
        "inline" => partner = format!("extra = {{ note = \"n\", {placed} }}\n"),
        _ => link_extra = format!("{placed}\n"),
    }
    format!(
        r#"manifest_version = 1
{top}
[evaluation]
as_of = 2021-06-15

[partner]
mpn_id = "4312877"
name = "Contoso Ltd. {contract}"
programs = ["mpn", "csp"]
{partner}
[[memberships]]
offer = "gold"
competency = "data-analytics"
start = 2021-01-01
end = 2021-12-31

[[accounts]]
user = "alice@contoso.com"
kind = "aad"
roles = ["global-admin"]

[[accounts]]
user = "bob@contoso.com"
kind = "msa"
roles = []

[[activations]]
benefit = "product-support"
activated_by = "alice@contoso.com"
requested_on = 2021-01-05
{activation}

[[contract_links]]
access_id = "{access}"
account = "bob@contoso.com"
portal = "support-for-business"
linked_on = 2021-01-20
{link_extra}
[[contract_links]]
access_id = "{access}"
account = "bob@contoso.com {contract_swapped}"
portal = "azure"
linked_on = 2021-02-01

[[incidents]]
id = "INC-0001"
benefit = "product-support"
product = "sql-server-2019"
opened_by = "bob@contoso.com"
opened_on = 2021-03-02

[[waivers]]
code = "contract.already-linked"
reason = "linked {access} twice, contract {contract}"
owner = "ops {access} {access_swapped}"
ticket = "T-{contract_swapped}"
expires = 2021-12-31

[[waivers]]
code = "quota.exceeded"
target = "{target}"
reason = "r {placed_escaped}"
owner = "o {placed}"
expires = 2021-12-31
{tail}
[[{placed}]]
"#,
        access = ids.access,
        contract = ids.contract,
        target = ids.target,
        access_swapped = swapped(&ids.access),
        contract_swapped = swapped(&ids.contract),
        placed = ids.placed,
        placed_escaped = escaped(&ids.placed),
    )
}

struct Ids {
    access: String,
    contract: String,
    target: String,
    placed: String,
}

/// Each generated case: its name, text and secrets.
fn cases() -> Vec<(String, String, Vec<String>)> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = Vec::new();
    for (k, key) in KEYS.iter().enumerate() {
        for form in 0..FORMS {
            for (c, context) in CONTEXTS.iter().enumerate() {
                let separator = SEPARATORS[(k + form + c) % SEPARATORS.len()];
                let ids = Ids { access: rng.id(), contract: rng.id(), target: rng.id(), placed: rng.id() };
                let value = written(form, &ids.placed);
                let text = manifest(&ids, key, separator, &value, context);
                let name = format!("key {key} separator {separator:?} form {form} context {context}");
                out.push((name, text, vec![ids.access, ids.contract, ids.target, ids.placed]));
            }
        }
    }
    out
}

#[test]
fn no_secret_shows_in_any_format_wherever_it_is_written() {
    let checker = Checker::new(library(), Options::default());
    let cases = cases();
    assert!(cases.len() > 700, "{} cases", cases.len());
    let mut with_findings = 0;
    for (name, text, secrets) in &cases {
        let report = checker.check("contoso.toml", text.as_bytes());
        // Every case says something (the contract linked twice, at least): its
        // snippets and messages are what is searched.
        assert!(!report.findings.is_empty(), "{name}: no finding\n{text}");
        with_findings += 1;
        let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
        for (format, output) in common::formats::every_format(std::slice::from_ref(&report)) {
            assert_no_secret(&output, &secrets, &format!("{name} ({format})"));
        }
    }
    assert_eq!(with_findings, cases.len());
}

fn run(args: &[&str]) -> Output {
    entitle().args(args).output().expect("entitle runs")
}

fn text_of(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

#[test]
fn no_secret_shows_from_any_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: Vec<_> = cases().into_iter().step_by(13).collect();
    let mut all_secrets = Vec::new();
    for (i, (name, text, secrets)) in cases.iter().enumerate() {
        let path = dir.path().join(format!("case-{i:03}.toml"));
        std::fs::write(&path, text).expect("write");
        let path = path.to_string_lossy().to_string();
        let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
        for format in ["human", "json", "sarif", "junit", "github", "markdown"] {
            let output = run(&["check", &path, "--format", format]);
            assert!(matches!(output.status.code(), Some(0 | 1)), "{name} ({format}): {output:?}");
            assert!(!output.stdout.is_empty(), "{name} ({format}) printed nothing");
            assert_no_secret(&text_of(&output), &secrets, &format!("{name} (check --format {format})"));
        }
        for format in ["human", "json"] {
            let output = run(&["entitlements", &path, "--format", format]);
            assert!(matches!(output.status.code(), Some(0 | 1)), "{name} (entitlements {format}): {output:?}");
            assert!(!output.stdout.is_empty(), "{name} (entitlements {format}) printed nothing");
            assert_no_secret(&text_of(&output), &secrets, &format!("{name} (entitlements --format {format})"));
        }
        all_secrets.extend(secrets.iter().map(|s| s.to_string()));
    }
    let dir_arg = dir.path().to_string_lossy().to_string();
    for format in ["human", "json"] {
        let output = run(&["policy", "diff", "2021-03-04", "2021-06-17", "--against", &dir_arg, "--format", format]);
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        let secrets: Vec<&str> = all_secrets.iter().map(String::as_str).collect();
        assert_no_secret(&text_of(&output), &secrets, &format!("policy diff --against ({format})"));
    }
    // The whole directory at once, in every format: the run's own lines too.
    for format in ["human", "json", "sarif", "junit", "github", "markdown"] {
        let output = run(&["check", &dir_arg, "--format", format]);
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        let secrets: Vec<&str> = all_secrets.iter().map(String::as_str).collect();
        assert_no_secret(&text_of(&output), &secrets, &format!("check DIR --format {format}"));
    }
}

/// Characters that must never reach an output raw: every C0 control, DEL,
/// C1 controls (CSI among them), bidirectional controls, zero-width ones.
fn hostile_chars() -> Vec<char> {
    let mut chars: Vec<char> = (0x01u32..0x20).chain([0x7F, 0x85, 0x9B]).filter_map(char::from_u32).collect();
    chars.extend(['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}']);
    chars.extend(['\u{2069}', '\u{200B}', '\u{200E}', '\u{2028}', '\u{FEFF}', '\u{061C}']);
    chars
}

/// No character of an output may be a control (but line ends and tabs) or
/// invisible; no line of a human or GitHub output may start a workflow
/// command that the run did not write.
fn assert_clean(output: &str, context: &str) {
    for (i, c) in output.char_indices() {
        let allowed = c == '\n' || c == '\t';
        assert!(
            allowed || !(c.is_control() || entitle::escape::is_invisible(c)),
            "{context}: raw U+{:04X} at byte {i} in:\n{output}",
            u32::from(c)
        );
    }
}

/// A manifest whose product id, incident id and waiver fields carry `h`,
/// and, with `key`, an unknown key too (a structural fault, which stops the
/// check before the rules).
fn hostile_manifest(h: &str, key: bool) -> String {
    let escaped: String = h.chars().map(|c| format!("\\u{:04X}", u32::from(c))).collect();
    let key = if key { format!("\"k{escaped}y\" = 1") } else { String::new() };
    format!(
        r#"manifest_version = 1
{key}

[evaluation]
as_of = 2021-06-15

[partner]
mpn_id = "4312877"
name = "Contoso{escaped}"
programs = ["mpn"]

[[memberships]]
offer = "gold"
competency = "data-analytics"
start = 2021-01-01
end = 2021-12-31

[[accounts]]
user = "alice@contoso.com"
kind = "aad"
roles = ["global-admin"]

[[activations]]
benefit = "product-support"
activated_by = "alice@contoso.com"
requested_on = 2021-01-05
access_id = "AID-7731-0042"
contract_id = "CID-5519-8810"

[[contract_links]]
access_id = "AID-7731-0042"
account = "alice@contoso.com"
portal = "support-for-business"
linked_on = 2021-01-20

[[contract_links]]
access_id = "AID-7731-0042"
account = "alice@contoso.com"
portal = "azure"
linked_on = 2021-01-21

[[incidents]]
id = "INC-{escaped}"
benefit = "product-support"
product = "sql{escaped}server"
opened_by = "alice@contoso.com"
opened_on = 2021-03-02

[[waivers]]
code = "contract.already-linked"
reason = "r{escaped}"
owner = "o{escaped}"
ticket = "t{escaped}"
expires = 2021-12-31
"#
    )
}

#[test]
fn no_control_or_invisible_character_is_echoed_by_any_format() {
    let checker = Checker::new(library(), Options::default());
    for c in hostile_chars() {
        for (h, key) in [(c.to_string(), true), (format!("a{c}b"), false), (format!("x\n::error file=a::I{c}"), false)]
        {
            let text = hostile_manifest(&h, key);
            let report = checker.check(&format!("dir/n{h}.toml"), text.as_bytes());
            let expected = if key { 1 } else { 2 };
            assert!(report.findings.len() >= expected, "U+{:04X}: {:?}", u32::from(c), report.findings);
            for (format, output) in common::formats::every_format(std::slice::from_ref(&report)) {
                let context = format!("U+{:04X} in {format}", u32::from(c));
                assert_clean(&output, &context);
                if format == "github" {
                    assert!(output.lines().all(|l| l.starts_with("::")), "{context}: a line not ours:\n{output}");
                }
                if format == "human" {
                    assert!(!output.lines().any(|l| l.starts_with("::")), "{context}:\n{output}");
                }
            }
        }
    }
}

#[test]
fn no_file_name_argument_or_policy_string_is_echoed_raw() {
    let dir = tempfile::tempdir().expect("temp dir");
    let policies = dir.path().join("policies");
    copy_dir(&common::root("policies"), &policies);
    // A policy whose strings carry control characters: diff, list, explain and
    // lint all print them.
    let newest = policies.join("mpn-technical-support/2021-06-17.toml");
    let policy = std::fs::read_to_string(&newest).expect("policy");
    let hostile = "\\u001B[2J\\u202E\\n::error file=a::x";
    let policy = policy.replacen("title = \"", &format!("title = \"{hostile} "), 1);
    let product = format!("\n[[products]]\nid = \"evil\"\nname = \"E{hostile}\"\nkind = \"cloud\"\n");
    // A code whose summary and explanation carry them too: explain, SARIF.
    let code = format!(
        "\n[[codes]]\nid = \"quota.exceeded\"\nseverity = \"error\"\nsummary = \"S{hostile}\"\nexplanation = \"E{hostile}\"\n"
    );
    std::fs::write(&newest, policy + &product + &code).expect("write policy");
    let policy_dir = policies.to_string_lossy().to_string();
    for c in hostile_chars().into_iter().filter(|c| *c != '\u{0}') {
        let name = format!("m{c}\n::error file=a::INJECTED.toml");
        let path = dir.path().join(&name);
        std::fs::write(&path, hostile_manifest(&c.to_string(), (c as u32).is_multiple_of(2))).expect("write");
        let path = path.to_string_lossy().to_string();
        for format in ["human", "json", "sarif", "junit", "github", "markdown"] {
            let output = run(&["check", &path, "--format", format, "--policy-dir", &policy_dir]);
            assert_eq!(output.status.code(), Some(1), "U+{:04X} {format}: {output:?}", u32::from(c));
            assert_clean(&text_of(&output), &format!("U+{:04X}: check --format {format}", u32::from(c)));
            if format == "github" || format == "human" {
                let stdout = String::from_utf8_lossy(&output.stdout);
                let injected = stdout.lines().filter(|l| l.starts_with("::error file=a")).count();
                assert_eq!(injected, 0, "{stdout}");
            }
        }
        let output = run(&["entitlements", &path, "--policy-dir", &policy_dir]);
        assert!(matches!(output.status.code(), Some(0 | 1)), "{output:?}");
        assert_clean(&text_of(&output), "entitlements");
        // A file that cannot be read: its name is echoed on stderr.
        let missing = format!("{path}.missing");
        let output = run(&["check", &missing]);
        assert_eq!(output.status.code(), Some(2), "{output:?}");
        assert_clean(&text_of(&output), "a missing file's name");
        // An argument clap rejects is echoed escaped.
        let output = run(&["check", &path, "--format", &format!("x{c}::error file=a::I")]);
        assert_eq!(output.status.code(), Some(2), "{output:?}");
        assert_clean(&text_of(&output), "a rejected argument");
        assert!(!text_of(&output).lines().any(|l| l.starts_with("::")), "{}", text_of(&output));
    }
    for args in [
        vec!["policy", "list", "--policy-dir", &policy_dir],
        vec!["policy", "diff", "2021-03-04", "2021-06-17", "--policy-dir", &policy_dir],
        vec!["policy", "diff", "2021-03-04", "2021-06-17", "--policy-dir", &policy_dir, "--format", "json"],
        vec!["explain", "quota.exceeded", "--policy-dir", &policy_dir],
        vec!["explain", "--list", "--policy-dir", &policy_dir],
    ] {
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {output:?}");
        assert_clean(&text_of(&output), &format!("{args:?}"));
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Markdown read by a CommonMark reader with GitHub's tables: nothing from
/// the manifest becomes HTML, a link, an image, a heading or a table cell.
#[test]
fn markdown_output_makes_nothing_of_the_input_live() {
    use pulldown_cmark::{Event, Options as MdOptions, Parser, Tag};
    let checker = Checker::new(library(), Options::default());
    for h in
        ["x|y", "<img src=x onerror=alert(1)>", "[link](https://evil.example)", "a\n# heading", "`<b>`", "*em* _u_"]
    {
        let text = hostile_manifest(h, false);
        let report = checker.check(&format!("dir/{h}.toml"), text.as_bytes());
        let output = markdown::render(std::slice::from_ref(&report));
        let mut headings = 0;
        let mut cells = 0;
        for event in Parser::new_ext(&output, MdOptions::ENABLE_TABLES) {
            match event {
                Event::Html(html) | Event::InlineHtml(html) if !html.starts_with("<br") => {
                    panic!("{h:?}: HTML `{html}` in:\n{output}")
                }
                Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::Emphasis) => {
                    panic!("{h:?}: {event:?} in:\n{output}")
                }
                Event::Start(Tag::Heading { .. }) => headings += 1,
                Event::Start(Tag::TableCell) => cells += 1,
                _ => {}
            }
        }
        // The run's heading and the file's; the head row and one file row of six cells.
        assert_eq!(headings, 2, "{h:?}:\n{output}");
        assert_eq!(cells, 12, "{h:?}:\n{output}");
    }
}

/// The language server shows the file back in hovers, completions and the
/// outline: no secret of the generated files shows there either, at any
/// line, whatever a request asks.
#[cfg(feature = "lsp")]
#[test]
fn no_secret_shows_in_the_language_server() {
    use entitle::lsp::Server;
    use lsp_server::{Message, Notification, Request, RequestId};
    use serde_json::json;

    let cases: Vec<_> = cases().into_iter().step_by(8).collect();
    assert!(cases.len() > 150, "{} cases", cases.len());
    for (name, text, secrets) in &cases {
        let params = serde_json::from_value(json!({"capabilities": {}})).expect("params");
        let mut server = Server::new(&params);
        let uri = "file:///tmp/contoso.toml";
        let open = json!({"textDocument": {"uri": uri, "languageId": "toml", "version": 1, "text": text}});
        server.handle(Message::Notification(Notification::new("textDocument/didOpen".to_string(), open)));
        let mut requests = vec![("textDocument/documentSymbol", json!({"textDocument": {"uri": uri}}))];
        // On each line: where its value starts, and its last character.
        for (line, content) in text.lines().enumerate() {
            let value = content.find('=').map_or(0, |at| at + 2);
            for character in [value, value + 3, content.chars().count().saturating_sub(2)] {
                let place = json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}});
                requests.push(("textDocument/hover", place.clone()));
                requests.push(("textDocument/completion", place));
            }
        }
        let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
        let mut answered = 0;
        for (id, (method, params)) in requests.into_iter().enumerate() {
            let request = Request::new(RequestId::from(id as i32), method.to_string(), params);
            let replies = server.handle(Message::Request(request));
            assert_eq!(replies.len(), 1, "{name} ({method} #{id}): one answer");
            for reply in replies {
                let Message::Response(response) = reply else { panic!("{name} ({method} #{id}): a response") };
                let shown = match &response.response_result {
                    Ok(result) => serde_json::to_string(result).expect("json"),
                    Err(error) => error.message.clone(),
                };
                // The outline always has entries; hovers and completions
                // answer somewhere in every file.
                if id == 0 {
                    assert!(shown.starts_with("[{"), "{name}: an outline, not {shown}");
                }
                answered += usize::from(shown != "null" && shown != "[]");
                assert_no_secret(&shown, &secrets, &format!("{name} ({method} #{id})"));
            }
        }
        assert!(answered > 3, "{name}: only {answered} answers with content");
    }
}

/// What a report keeps of its file, which the served page shows whole: the
/// file, masked.
#[test]
fn no_secret_shows_in_the_masked_source() {
    let checker = Checker::new(library(), Options::default());
    for (name, text, secrets) in cases() {
        let shown = checker.check("contoso.toml", text.as_bytes()).text;
        assert_eq!(shown.len(), text.len(), "{name}: offsets kept");
        let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
        assert_no_secret(&shown, &secrets, &format!("{name} (masked source)"));
    }
}

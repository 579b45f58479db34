//! `entitle lsp` driven over stdio as an editor drives it: initialize,
//! didOpen, incremental didChange, hover, completion, code actions, go to
//! definition, document symbols, shutdown and exit.
#![cfg(feature = "lsp")]

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// An editor's side of the connection.
struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
    /// Notifications seen while waiting for responses.
    seen: Vec<Value>,
}

fn frame(value: &Value) -> Vec<u8> {
    let body = value.to_string();
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

impl Client {
    /// Starts the server and initializes it with these capabilities and options.
    fn start(encodings: &[&str], options: Value, root: Option<&std::path::Path>) -> Client {
        Client::start_in("en-GB", encodings, options, root)
    }

    /// Starts the server for a client in `locale`.
    fn start_in(locale: &str, encodings: &[&str], options: Value, root: Option<&std::path::Path>) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_entitle"))
            .arg("lsp")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("entitle lsp starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse().unwrap();
                    }
                }
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                    return;
                }
            }
        });
        let mut client = Client { child, stdin, incoming, next_id: 1, seen: Vec::new() };
        let root_uri = root.map(|r| format!("file://{}", r.display()));
        let init = client.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "locale": locale,
                "capabilities": {"general": {"positionEncodings": encodings}},
                "initializationOptions": options,
            }),
        );
        let expected = if encodings.contains(&"utf-8") { "utf-8" } else { "utf-16" };
        assert_eq!(init["capabilities"]["positionEncoding"], expected, "{init}");
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, value: Value) {
        self.stdin.write_all(&frame(&value)).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its response; returns its result.
    fn request(&mut self, method: &str, params: Value) -> Value {
        let response = self.request_raw(method, params);
        assert!(response.get("error").is_none(), "{method}: {response}");
        response["result"].clone()
    }

    fn request_raw(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let message = self.incoming.recv_timeout(Duration::from_secs(20)).expect("a response");
            if message["id"] == json!(id) {
                return message;
            }
            self.seen.push(message);
        }
    }

    /// The next diagnostics published for `uri` (`version` if given).
    fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        let wanted = |m: &Value| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && version.is_none_or(|v| m["params"]["version"] == json!(v))
        };
        if let Some(i) = self.seen.iter().position(wanted) {
            let m = self.seen.remove(i);
            return m["params"]["diagnostics"].as_array().unwrap().clone();
        }
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(m) if wanted(&m) => return m["params"]["diagnostics"].as_array().unwrap().clone(),
                Ok(m) => self.seen.push(m),
                Err(RecvTimeoutError::Timeout) => panic!("no diagnostics for {uri}"),
                Err(e) => panic!("{e}"),
            }
        }
    }

    fn open(&mut self, uri: &str, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "toml", "version": 1, "text": text}}),
        );
        self.diagnostics(uri, Some(1))
    }

    fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    /// Shuts the server down; it must exit with status 0.
    fn shutdown(mut self) {
        let result = self.request("shutdown", Value::Null);
        assert_eq!(result, Value::Null);
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "{status}");
    }
}

fn example(name: &str) -> (String, String) {
    let path = common::root(&format!("examples/{name}"));
    (format!("file://{}", path.display()), std::fs::read_to_string(&path).unwrap())
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics.iter().map(|d| d["code"].as_str().unwrap()).collect()
}

/// The (line, character) of the first `needle` in `text`, in UTF-16 units.
fn position(text: &str, needle: &str) -> (u32, u32) {
    let offset = text.find(needle).unwrap_or_else(|| panic!("{needle} in text"));
    let line = text[..offset].matches('\n').count();
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    (line as u32, text[start..offset].encode_utf16().count() as u32)
}

fn at(uri: &str, (line, character): (u32, u32)) -> Value {
    json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
}

#[test]
fn diagnostics_on_open_match_check_with_related_labels_links_and_masked_secrets() {
    let mut client = Client::start(&[], json!({}), None);
    let (uri, text) = example("linked-twice.toml");
    let diagnostics = client.open(&uri, &text);
    let report = common::check("examples/linked-twice.toml");
    assert_eq!(codes(&diagnostics), common::codes(&report));
    let linked = diagnostics.iter().find(|d| d["code"] == "contract.already-linked").unwrap();
    assert_eq!(linked["severity"], 2, "a warning");
    assert_eq!(linked["source"], "entitle");
    assert_eq!(linked["codeDescription"]["href"], "entitle:explain/contract.already-linked");
    let message = linked["message"].as_str().unwrap();
    assert!(message.starts_with("the contract with Access ID `…5926` is already linked"), "{message}");
    assert!(message.contains("\nhelp: a contract is linked to an account once"), "{message}");
    // The second link's value, line 43 (0-based 42), after `access_id = `.
    assert_eq!(linked["range"]["start"], json!({"line": 42, "character": 12}));
    let related = linked["relatedInformation"].as_array().unwrap();
    let messages: Vec<&str> = related.iter().map(|r| r["message"].as_str().unwrap()).collect();
    assert!(messages.contains(&"first linked here"), "{messages:?}");
    assert!(related.iter().any(|r| r["location"]["range"]["start"]["line"] == 36));
    let quota = diagnostics.iter().find(|d| d["code"] == "quota.exceeded").unwrap();
    assert_eq!(quota["severity"], 1, "an error");
    let everything = serde_json::to_string(&diagnostics).unwrap();
    assert!(!everything.contains("AID-3141"), "no whole Access ID: {everything}");
    client.shutdown();
}

#[test]
fn diagnostics_are_in_the_clients_locale_as_check_lang_gives_them() {
    let (uri, text) = example("linked-twice.toml");
    let output = common::entitle()
        .args(["check", "--lang", "es", "--format", "json", "examples/linked-twice.toml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let expected: Vec<&str> =
        report["files"][0]["diagnostics"].as_array().unwrap().iter().map(|d| d["message"].as_str().unwrap()).collect();
    assert!(expected[0].starts_with("el contrato"), "{expected:?}");
    let mut client = Client::start_in("es-ES", &[], json!({}), None);
    let diagnostics = client.open(&uri, &text);
    let shown: Vec<&str> =
        diagnostics.iter().map(|d| d["message"].as_str().unwrap().split('\n').next().unwrap()).collect();
    assert_eq!(shown, expected);
    // Hovers speak the client's language too, names from the policy's
    // Spanish message file and words from the server's catalogue.
    let result = client.request("textDocument/hover", at(&uri, position(&text, "microsoft-365")));
    let hover = result["contents"]["value"].as_str().unwrap_or_default();
    assert!(hover.contains("reciente el 2021-09-30"), "{hover}");
    client.shutdown();
}

#[test]
fn incremental_changes_recheck_the_newest_text_only() {
    let mut client = Client::start(&[], json!({"debounceMs": 50}), None);
    let (uri, text) = example("typos.toml");
    let diagnostics = client.open(&uri, &text);
    assert!(codes(&diagnostics).contains(&"schema"), "{diagnostics:?}");
    // Fix `ofer` → `offer` in two edits sent back to back: only the last is checked.
    let (line, character) = position(&text, "ofer");
    let insert = json!([{"range": {"start": {"line": line, "character": character + 1}, "end": {"line": line, "character": character + 1}}, "text": "x"}]);
    client.change(&uri, 2, insert);
    let fix = json!([{"range": {"start": {"line": line, "character": character + 1}, "end": {"line": line, "character": character + 2}}, "text": "f"}]);
    client.change(&uri, 3, fix);
    let after = client.diagnostics(&uri, Some(3));
    assert!(
        client.seen.iter().all(|m| m["params"]["version"] != json!(2)),
        "version 2 was superseded before its check: {:?}",
        client.seen
    );
    let messages: Vec<&str> = after.iter().map(|d| d["message"].as_str().unwrap()).collect();
    assert!(messages.iter().all(|m| !m.contains("ofer")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("2021-12-32")), "the bad date is still reported: {messages:?}");
    client.shutdown();
}

/// A manifest whose line 14 holds an emoji and accents before an unknown product.
fn multibyte_manifest() -> String {
    let (_, text) = example("eligible.toml");
    text.replacen("product = \"", "product = \"é😀-", 1)
}

#[test]
fn positions_count_utf16_units_by_default_and_bytes_when_utf8_is_offered() {
    let text = multibyte_manifest();
    let (line, start) = position(&text, "é😀-");
    let value_len = text[text.find("é😀-").unwrap()..].find('"').unwrap();
    let value = &text[text.find("é😀-").unwrap()..][..value_len];
    for (encodings, width) in [(vec![], value.encode_utf16().count()), (vec!["utf-8", "utf-16"], value.len())] {
        let mut client = Client::start(&encodings, json!({}), None);
        let uri = "file:///tmp/entitle-lsp-multibyte.toml";
        let diagnostics = client.open(uri, &text);
        let unknown = diagnostics
            .iter()
            .find(|d| d["message"].as_str().unwrap().contains("é😀-"))
            .unwrap_or_else(|| panic!("{diagnostics:?}"));
        // The range covers the quoted value: from the quote to past the closing one.
        assert_eq!(unknown["range"]["start"], json!({"line": line, "character": start - 1}));
        let end = if encodings.is_empty() {
            start as usize + width + 1
        } else {
            let line_start = text[..text.find("é😀-").unwrap()].rfind('\n').unwrap() + 1;
            text.find("é😀-").unwrap() - line_start + width + 1
        };
        assert_eq!(unknown["range"]["end"], json!({"line": line, "character": end}), "{encodings:?}");
        client.shutdown();
    }
}

#[test]
fn an_edit_after_an_emoji_lands_on_the_right_character() {
    let mut client = Client::start(&[], json!({"debounceMs": 0}), None);
    let text = multibyte_manifest();
    let uri = "file:///tmp/entitle-lsp-emoji-edit.toml";
    client.open(uri, &text);
    // Delete `é😀-` (1 + 2 UTF-16 units + 1): the product becomes known again.
    let (line, start) = position(&text, "é😀-");
    let edit = json!([{"range": {"start": {"line": line, "character": start}, "end": {"line": line, "character": start + 4}}, "text": ""}]);
    client.change(uri, 2, edit);
    let after = client.diagnostics(uri, Some(2));
    assert!(after.is_empty(), "{after:?}");
    client.shutdown();
}

#[test]
fn hover_explains_ids_codes_dates_and_shows_only_the_tail_of_access_ids() {
    let mut client = Client::start(&[], json!({}), None);
    let (uri, text) = example("linked-twice.toml");
    client.open(&uri, &text);
    let hover = |client: &mut Client, needle: &str| {
        let result = client.request("textDocument/hover", at(&uri, position(&text, needle)));
        result["contents"]["value"].as_str().unwrap_or_default().to_string()
    };
    let product = hover(&mut client, "microsoft-365");
    assert!(product.contains("`microsoft-365`") && product.contains("recent on 2021-09-30"), "{product}");
    let benefit = hover(&mut client, "signature-cloud-support\"\nactivated_by");
    assert!(benefit.contains("must be activated") && benefit.contains("`gold`"), "{benefit}");
    let offer = hover(&mut client, "gold");
    assert!(offer.contains("grants `signature-cloud-support`"), "{offer}");
    let access = hover(&mut client, "AID-3141-5926\"\naccount");
    assert!(access.contains("`…5926`") && !access.contains("AID-3141"), "{access}");
    assert!(access.contains("activation of `signature-cloud-support`, requested 2021-01-06"), "{access}");
    let date = hover(&mut client, "2021-02-01");
    assert!(date.contains("`gold` / `messaging`") && date.contains("`…5926`"), "{date}");
    let account = hover(&mut client, "erin@fabrikam.example\"\nportal");
    assert!(account.contains("`global-admin`"), "{account}");
    client.shutdown();
}

/// A secret that holds a tab is shown escaped (`\t`); the escaped form is
/// masked too, in a hover on a value that repeats it.
#[test]
fn a_secret_with_a_control_character_is_masked_in_hovers_too() {
    let mut client = Client::start(&[], json!({}), None);
    let (_, text) = example("linked-twice.toml");
    let secret = "AID-7731\t99998888";
    let text = text.replace("AID-3141-5926", secret).replacen(
        "user = \"erin@fabrikam.example\"",
        &format!("user = \"{secret}\""),
        1,
    );
    assert!(text.contains(&format!("user = \"{secret}\"")), "the example has erin's account");
    let uri = "file:///tmp/entitle-lsp-tab-secret.toml";
    client.open(uri, &text);
    let result = client.request("textDocument/hover", at(uri, position(&text, &format!("{secret}\"\nkind"))));
    let hover = result["contents"]["value"].as_str().expect("a hover").to_string();
    assert!(hover.contains("8888"), "the hover is about the value: {hover}");
    assert!(!hover.contains("7731") && !hover.contains("99998888"), "{hover}");
    client.shutdown();
}

/// The secrets a request masks are those of the text as it is now: an
/// edit that adds one is masked in the next hover, though the version
/// before it was hovered (and its secrets found) already.
#[test]
fn a_secret_added_by_an_edit_is_masked_in_the_next_hover() {
    let mut client = Client::start(&[], json!({}), None);
    let (_, text) = example("linked-twice.toml");
    let uri = "file:///tmp/entitle-lsp-edited-secret.toml";
    client.open(uri, &text);
    let before = client.request("textDocument/hover", at(uri, position(&text, "erin@fabrikam.example\"\nkind")));
    assert!(before["contents"]["value"].as_str().is_some_and(|h| h.contains("erin")), "{before}");
    let secret = "AID-7731-99998888";
    let edited = text.replace("AID-3141-5926", secret).replacen(
        "user = \"erin@fabrikam.example\"",
        &format!("user = \"{secret}\""),
        1,
    );
    assert_ne!(edited, text);
    client.change(uri, 2, json!([{"text": edited}]));
    let after = client.request("textDocument/hover", at(uri, position(&edited, &format!("{secret}\"\nkind"))));
    let hover = after["contents"]["value"].as_str().expect("a hover").to_string();
    assert!(hover.contains("8888"), "the hover is about the value: {hover}");
    assert!(!hover.contains("7731") && !hover.contains("99998888"), "{hover}");
    client.shutdown();
}

#[test]
fn hover_on_a_waiver_code_gives_its_explanation() {
    let mut client = Client::start(&[], json!({}), None);
    let (uri, text) = example("waived.toml");
    client.open(&uri, &text);
    let (line, character) = position(&text, "quota.exceeded\"");
    let result = client.request("textDocument/hover", at(&uri, (line, character + 2)));
    let value = result["contents"]["value"].as_str().unwrap();
    assert!(value.starts_with("**`quota.exceeded`** (severity: error)"), "{value}");
    client.shutdown();
}

#[test]
fn completion_offers_the_ids_valid_at_the_key_with_names() {
    let mut client = Client::start(&[], json!({}), None);
    let (uri, text) = example("linked-twice.toml");
    client.open(&uri, &text);
    let labels = |result: &Value| -> Vec<String> {
        result.as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap().to_string()).collect()
    };
    let (line, character) = position(&text, "gold\"");
    let offers = client.request("textDocument/completion", at(&uri, (line, character + 1)));
    assert_eq!(labels(&offers), ["action-pack", "silver", "gold"]);
    let gold = offers.as_array().unwrap().iter().find(|i| i["label"] == "gold").unwrap();
    assert_eq!(gold["detail"], "Gold competency");
    assert_eq!(gold["textEdit"]["newText"], "gold");
    assert_eq!(gold["textEdit"]["range"]["start"], json!({"line": line, "character": character}));
    // Products: only those the incident's benefit covers.
    let (line, character) = position(&text, "microsoft-365");
    let products = labels(&client.request("textDocument/completion", at(&uri, (line, character))));
    assert!(products.contains(&"azure".to_string()), "{products:?}");
    assert!(!products.contains(&"sql-server-2019".to_string()), "on-premises is not in scope: {products:?}");
    // Accounts for `opened_by`.
    let (line, character) = position(&text, "erin@fabrikam.example\"\nopened_on");
    let accounts = labels(&client.request("textDocument/completion", at(&uri, (line, character))));
    assert_eq!(accounts, ["erin@fabrikam.example"]);
    // Keys of the table being edited, on an empty line of an incident.
    let (line, _) = position(&text, "opened_on = 2021-03-03");
    let keys = labels(&client.request("textDocument/completion", at(&uri, (line + 1, 0))));
    assert!(keys.contains(&"customer".to_string()) && keys.contains(&"product".to_string()), "{keys:?}");
    client.shutdown();
}

fn actions(client: &mut Client, uri: &str, (line, character): (u32, u32)) -> Vec<Value> {
    let range = json!({"start": {"line": line, "character": character}, "end": {"line": line, "character": character}});
    let result = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}}),
    );
    result.as_array().unwrap().clone()
}

#[test]
fn code_actions_apply_a_did_you_mean_add_a_waiver_and_remove_a_duplicate_link() {
    let mut client = Client::start(&[], json!({}), None);
    let (uri, text) = example("typos.toml");
    client.open(&uri, &text);
    let found = actions(&mut client, &uri, position(&text, "ofer"));
    let fix = found.iter().find(|a| a["title"] == "replace with `offer`").unwrap_or_else(|| panic!("{found:?}"));
    let edit = &fix["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "offer");
    let (line, character) = position(&text, "ofer");
    assert_eq!(
        edit["range"],
        json!({"start": {"line": line, "character": character}, "end": {"line": line, "character": character + 4}})
    );

    let (uri, text) = example("linked-twice.toml");
    client.open(&uri, &text);
    let found = actions(&mut client, &uri, (42, 14));
    let titles: Vec<&str> = found.iter().map(|a| a["title"].as_str().unwrap()).collect();
    let remove = found
        .iter()
        .find(|a| a["title"] == "remove this duplicate contract link")
        .unwrap_or_else(|| panic!("{titles:?}"));
    let edit = &remove["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "");
    assert_eq!(edit["range"]["start"], json!({"line": 41, "character": 0}), "from the second [[contract_links]]");
    assert_eq!(edit["range"]["end"], json!({"line": 47, "character": 0}), "to the next header");
    let waive =
        found.iter().find(|a| a["title"] == "waive `contract.already-linked` here (add a [[waivers]] entry)").unwrap();
    let new_text = waive["edit"]["changes"][&uri][0]["newText"].as_str().unwrap();
    assert!(new_text.contains("[[waivers]]\ncode = \"contract.already-linked\"\ntarget = \"5926\"\n"), "{new_text}");
    assert!(new_text.contains("expires = 2021-10-30"), "{new_text}");
    // Applied, the waiver waives the finding: the check agrees.
    let waived = format!("{text}{new_text}");
    let report = common::check_text("waived.toml", &waived);
    let linked = report.findings.iter().find(|f| f.code.as_str() == "contract.already-linked").unwrap();
    assert!(linked.waiver.is_some());
    client.shutdown();
}

#[test]
fn a_misspelt_id_is_fixed_in_place_and_no_secret_is_ever_suggested() {
    let mut client = Client::start(&[], json!({}), None);
    let (_, text) = example("linked-twice.toml");
    let text = text.replacen("product = \"microsoft-365\"", "product = \"microsoft-36\"", 1).replacen(
        "access_id = \"AID-3141-5926\"\naccount = \"erin@fabrikam.example\"\nportal = \"azure\"",
        "access_id = \"AID-3141-5927\"\naccount = \"erin@fabrikam.example\"\nportal = \"azure\"",
        1,
    );
    let uri = "file:///tmp/entitle-lsp-typo.toml";
    let diagnostics = client.open(uri, &text);
    assert!(codes(&diagnostics).contains(&"reference.unknown"), "{diagnostics:?}");
    let found = actions(&mut client, uri, position(&text, "microsoft-36\""));
    let fix =
        found.iter().find(|a| a["title"] == "replace with `microsoft-365`").unwrap_or_else(|| panic!("{found:?}"));
    let edit = &fix["edit"]["changes"][uri][0];
    assert_eq!(edit["newText"], "\"microsoft-365\"", "the quotes are kept");
    let (line, character) = position(&text, "\"microsoft-36\"");
    assert_eq!(edit["range"]["start"], json!({"line": line, "character": character}));
    // An unknown Access ID is reported, but another one is never offered.
    let found = actions(&mut client, uri, position(&text, "AID-3141-5927"));
    assert!(found.iter().all(|a| !a["title"].as_str().unwrap().starts_with("replace")), "{found:?}");
    assert!(!serde_json::to_string(&found).unwrap().contains("AID-3141"), "{found:?}");
    assert!(!serde_json::to_string(&diagnostics).unwrap().contains("AID-3141"), "{diagnostics:?}");
    client.shutdown();
}

#[test]
fn definition_goes_from_a_link_to_its_activation() {
    let mut client = Client::start(&[], json!({}), None);
    let (uri, text) = example("linked-twice.toml");
    client.open(&uri, &text);
    let result = client.request("textDocument/definition", at(&uri, (42, 15)));
    assert_eq!(result["uri"], uri);
    let (line, character) = position(&text, "AID-3141-5926\"\ncontract_id");
    assert_eq!(result["range"]["start"], json!({"line": line, "character": character}), "{result}");
    // A built-in policy has no file to go to.
    let result = client.request("textDocument/definition", at(&uri, position(&text, "gold")));
    assert_eq!(result, Value::Null);
    client.shutdown();
}

/// A copy of the built-in policies in a workspace's `policies/` folder.
fn workspace(name: &str) -> std::path::PathBuf {
    let root = common::temp_dir(&format!("lsp-{name}"));
    let dir = root.join("policies/mpn-technical-support");
    std::fs::create_dir_all(&dir).unwrap();
    for file in ["2021-03-04.toml", "2021-06-17.toml"] {
        std::fs::copy(common::root(&format!("policies/mpn-technical-support/{file}")), dir.join(file)).unwrap();
    }
    root
}

#[test]
fn definition_goes_to_the_policy_entry_and_policy_references_to_their_definition() {
    let root = workspace("definition");
    let mut client = Client::start(&[], json!({}), Some(&root));
    let (uri, text) = example("linked-twice.toml");
    client.open(&uri, &text);
    let result = client.request("textDocument/definition", at(&uri, position(&text, "messaging")));
    let target = result["uri"].as_str().unwrap_or_else(|| panic!("{result}"));
    assert!(target.ends_with("/policies/mpn-technical-support/2021-03-04.toml"), "{target}");
    let policy = std::fs::read_to_string(root.join("policies/mpn-technical-support/2021-03-04.toml")).unwrap();
    let (line, character) = position(&policy, "id = \"messaging\"");
    assert_eq!(result["range"]["start"], json!({"line": line, "character": character + 6}));
    // A plan, which shares the benefits' ids, goes to its `[[plans]]` entry.
    let (eligible_uri, eligible) = example("eligible.toml");
    client.open(&eligible_uri, &eligible);
    let at_plan = position(&eligible, "cloud-solution-provider\"   #");
    let result = client.request("textDocument/definition", at(&eligible_uri, at_plan));
    let (line, character) = position(&policy, "id = \"cloud-solution-provider\"");
    assert_eq!(result["range"]["start"], json!({"line": line, "character": character + 6}), "{result}");
    // In the policy: `tier = "gold"` of a grant goes to the tier.
    let policy_uri = target.to_string();
    client.open(&policy_uri, &policy);
    let (line, character) = position(&policy, "tier = \"gold\"");
    let result = client.request("textDocument/definition", at(&policy_uri, (line, character + 8)));
    let (line, character) = position(&policy, "id = \"gold\"");
    assert_eq!(result["range"]["start"], json!({"line": line, "character": character + 6}), "{result}");
    // `extends` goes to the base version's file.
    let newer = std::fs::read_to_string(root.join("policies/mpn-technical-support/2021-06-17.toml")).unwrap();
    let newer_uri = policy_uri.replace("2021-03-04", "2021-06-17");
    client.open(&newer_uri, &newer);
    let (line, character) = position(&newer, "extends = \"");
    let result = client.request("textDocument/definition", at(&newer_uri, (line, character + 12)));
    assert_eq!(result["uri"], policy_uri, "{result}");
    client.shutdown();
}

#[test]
fn editing_a_policy_reports_its_faults_and_rechecks_the_manifests_that_use_it() {
    let root = workspace("edit-policy");
    let mut client = Client::start(&[], json!({"debounceMs": 0}), Some(&root));
    let (uri, text) = example("linked-twice.toml");
    assert!(codes(&client.open(&uri, &text)).contains(&"quota.exceeded"));
    let path = root.join("policies/mpn-technical-support/2021-03-04.toml");
    let policy = std::fs::read_to_string(&path).unwrap();
    let policy_uri = format!("file://{}", path.display());
    assert_eq!(codes(&client.open(&policy_uri, &policy)), Vec::<&str>::new());
    let rechecked = client.diagnostics(&uri, Some(1));
    let linked = rechecked.iter().find(|d| d["code"] == "contract.already-linked").unwrap();
    assert_eq!(linked["severity"], 2, "a warning, as the policy says");
    // The rule of contract.already-linked now says `error`.
    let (line, _) = position(&policy, "code = \"contract.already-linked\"\nkind");
    let edit = json!([{"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}}, "text": "severity = \"error\"\n"}]);
    client.change(&policy_uri, 2, edit);
    assert_eq!(codes(&client.diagnostics(&policy_uri, Some(2))), Vec::<&str>::new());
    let rechecked = client.diagnostics(&uri, Some(1));
    let linked = rechecked.iter().find(|d| d["code"] == "contract.already-linked").unwrap();
    assert_eq!(linked["severity"], 1, "an error now");
    // A reference to an undefined tier: the policy's own diagnostic.
    let (line, character) = position(&policy, "tier = \"gold\"");
    let edit = json!([{"range": {"start": {"line": line, "character": character + 8}, "end": {"line": line, "character": character + 12}}, "text": "gould"}]);
    client.change(&policy_uri, 3, edit);
    let faults = client.diagnostics(&policy_uri, Some(3));
    assert!(faults.iter().any(|d| d["message"].as_str().unwrap().contains("gould")), "{faults:?}");
    client.shutdown();
}

#[test]
fn document_symbols_outline_memberships_activations_links_and_incidents() {
    let mut client = Client::start(&[], json!({}), None);
    let (uri, text) = example("linked-twice.toml");
    client.open(&uri, &text);
    let result = client.request("textDocument/documentSymbol", json!({"textDocument": {"uri": uri}}));
    let names: Vec<&str> = result.as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"memberships: gold / messaging"), "{names:?}");
    assert!(names.contains(&"activations: signature-cloud-support"), "{names:?}");
    assert!(names.contains(&"contract_links: …5926 → erin@fabrikam.example"), "{names:?}");
    assert_eq!(names.iter().filter(|n| n.starts_with("incidents: ")).count(), 11);
    assert!(!result.to_string().contains("AID-3141"));
    let policy = common::root("policies/mpn-technical-support/2021-03-04.toml");
    let policy_uri = format!("file://{}", policy.display());
    client.open(&policy_uri, &std::fs::read_to_string(&policy).unwrap());
    let result = client.request("textDocument/documentSymbol", json!({"textDocument": {"uri": policy_uri}}));
    let names: Vec<&str> = result.as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"tiers: gold"), "{names:?}");
    assert!(names.contains(&"rules: contract.already-linked (uniqueness)"), "{names:?}");
    client.shutdown();
}

#[test]
fn hover_and_completion_in_a_policy_file_read_its_own_catalogues() {
    let mut client = Client::start(&[], json!({}), None);
    let path = common::root("policies/mpn-technical-support/2021-03-04.toml");
    let uri = format!("file://{}", path.display());
    let policy = std::fs::read_to_string(&path).unwrap();
    assert_eq!(client.open(&uri, &policy), Vec::<Value>::new());
    let (line, character) = position(&policy, "tier = \"gold\"");
    let hover = client.request("textDocument/hover", at(&uri, (line, character + 9)));
    let value = hover["contents"]["value"].as_str().unwrap_or_else(|| panic!("{hover}"));
    assert!(value.starts_with("**Gold competency** `gold`"), "{value}");
    let items = client.request("textDocument/completion", at(&uri, (line, character + 9)));
    let labels: Vec<&str> = items.as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert_eq!(labels, ["action-pack", "silver", "gold"]);
    let (line, character) = position(&policy, "code = \"contract.already-linked\"\nkind");
    let hover = client.request("textDocument/hover", at(&uri, (line, character + 10)));
    let value = hover["contents"]["value"].as_str().unwrap_or_else(|| panic!("{hover}"));
    assert!(value.starts_with("**`contract.already-linked`** (severity: warning)"), "{value}");
    client.shutdown();
}

#[test]
fn an_unknown_request_is_refused_and_the_server_goes_on() {
    let mut client = Client::start(&[], json!({}), None);
    let response = client.request_raw("entitle/nothing", json!({}));
    assert_eq!(response["error"]["code"], -32601, "method not found: {response}");
    let (uri, text) = example("eligible.toml");
    assert_eq!(client.open(&uri, &text), Vec::<Value>::new());
    client.shutdown();
}

/// The keys a table takes are offered with what each holds, in the
/// client's language.
#[test]
fn key_completion_describes_each_key_in_the_clients_language() {
    for (locale, words) in
        [("it-IT", "Un cliente CSP per cui si fa la richiesta."), ("en-GB", "A CSP customer the request is made for.")]
    {
        let mut client = Client::start_in(locale, &[], json!({}), None);
        let (uri, text) = example("linked-twice.toml");
        client.open(&uri, &text);
        let (line, _) = position(&text, "opened_on = 2021-03-03");
        let offers = client.request("textDocument/completion", at(&uri, (line + 1, 0)));
        let customer =
            offers.as_array().unwrap().iter().find(|i| i["label"] == "customer").expect("`customer` offered");
        assert_eq!(customer["detail"], words, "{locale}");
        client.shutdown();
    }
}

/// A policy's names and a manifest's values reach the editor escaped: no
/// raw control or invisible character, no live link or markup in a hover,
/// and no id offered that cannot be shown as it is written.
#[test]
fn hover_and_completion_escape_what_the_files_say() {
    let mut client = Client::start(&[], json!({}), None);
    let path = common::root("policies/mpn-technical-support/2021-03-04.toml");
    let uri = format!("file://{}", path.display());
    let policy = std::fs::read_to_string(&path).unwrap().replacen(
        "name = \"Gold competency\"",
        "name = \"Gold\\u001b[31m \\u202e [click](https://evil.example) <img src=x>\"",
        1,
    );
    assert!(policy.contains("evil.example"), "the tier's name is edited");
    client.open(&uri, &policy);
    let (line, character) = position(&policy, "tier = \"gold\"");
    let hover = client.request("textDocument/hover", at(&uri, (line, character + 9)));
    let value = hover["contents"]["value"].as_str().unwrap_or_else(|| panic!("{hover}"));
    // Escaped once for the line (`\u{1b}`), then for Markdown (`\\u{1b}`, `\[`).
    let shown = r"**Gold\\u{1b}\[31m \\u{202e} \[click\](https://evil.example) &lt;img src=x&gt;**";
    assert!(value.starts_with(shown), "{value}");
    assert!(!value.chars().any(|c| c.is_control() && c != '\n' || c == '\u{202e}'), "{value:?}");

    let (uri, text) = example("eligible.toml");
    let text = text.replacen(
        "user = \"bob@contoso.com\"\nkind = \"msa\"",
        "user = \"bob\u{202e}@x\"\nkind = \"msa\\u0007\"",
        1,
    );
    assert!(text.contains('\u{202e}'), "an account is edited");
    client.open(&uri, &text);
    let (line, character) = position(&text, "alice@contoso.com\"\nrequested_on");
    let offers = client.request("textDocument/completion", at(&uri, (line, character)));
    let offers = offers.as_array().unwrap_or_else(|| panic!("{offers}"));
    let labels: Vec<&str> = offers.iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert!(labels.contains(&"alice@contoso.com") && !labels.iter().any(|l| l.contains('\u{202e}')), "{labels:?}");
    for offer in offers {
        let detail = offer["detail"].as_str().unwrap_or_default();
        assert!(!detail.chars().any(char::is_control), "{detail:?}");
    }
    client.shutdown();
}

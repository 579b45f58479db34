//! No edit sequence makes the language server panic: random edits (ranges
//! past the end, inverted, inside surrogate pairs and UTF-8 sequences, text
//! with emoji, line ends and TOML punctuation), each followed by every
//! request the server answers, at random places.
#![cfg(feature = "lsp")]

use std::time::{Duration, Instant};

use entitle::lsp::{Encoding, Server, Text};
use lsp_server::{Message, Notification, Request, RequestId};
use lsp_types::{Position, Range};
use proptest::prelude::*;
use serde_json::json;

const URI: &str = "file:///tmp/entitle-props.toml";

fn manifest() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/linked-twice.toml")).unwrap()
}

fn pieces() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("😀".to_string()),
        Just("é".to_string()),
        Just("\r\n".to_string()),
        Just("\n[[incidents]]\nid = \"".to_string()),
        Just("\"".to_string()),
        Just(" = ".to_string()),
        Just("access_id = \"AID-0000-1111\"\n".to_string()),
        Just("[".to_string()),
        "\\PC{0,6}",
    ]
}

#[derive(Debug, Clone)]
struct Edit {
    start: (u32, u32),
    end: (u32, u32),
    text: String,
    at: (u32, u32),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let point = || (0u32..70, prop_oneof![0u32..40, 0u32..3, Just(u32::MAX)]);
    prop::collection::vec(
        (point(), point(), pieces(), point()).prop_map(|(start, end, text, at)| Edit { start, end, text, at }),
        1..12,
    )
}

fn position((line, character): (u32, u32)) -> Position {
    Position::new(line, character)
}

fn request(id: i32, method: &str, params: serde_json::Value) -> Message {
    Message::Request(Request::new(RequestId::from(id), method.to_string(), params))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_edits_and_requests_never_panic(edits in edits(), utf8 in any::<bool>()) {
        let encodings = if utf8 { json!(["utf-8"]) } else { json!([]) };
        let params = serde_json::from_value(json!({
            "capabilities": {"general": {"positionEncodings": encodings}},
            "initializationOptions": {"debounceMs": 0},
        })).unwrap();
        let mut server = Server::new(&params);
        let open = json!({"textDocument": {"uri": URI, "languageId": "toml", "version": 1, "text": manifest()}});
        server.handle(Message::Notification(Notification::new("textDocument/didOpen".to_string(), open)));
        for (i, edit) in edits.iter().enumerate() {
            let range = Range::new(position(edit.start), position(edit.end));
            let change = json!({
                "textDocument": {"uri": URI, "version": i + 2},
                "contentChanges": [{"range": range, "text": edit.text}],
            });
            server.handle(Message::Notification(Notification::new("textDocument/didChange".to_string(), change)));
            let out = server.flush(Instant::now() + Duration::from_secs(1));
            prop_assert_eq!(out.len(), 1, "one publication of the newest version");
            let place = json!({"textDocument": {"uri": URI}, "position": position(edit.at)});
            let id = i as i32 * 10;
            let range = json!({"start": position(edit.at), "end": position(edit.start)});
            for message in [
                request(id, "textDocument/hover", place.clone()),
                request(id + 1, "textDocument/completion", place.clone()),
                request(id + 2, "textDocument/definition", place.clone()),
                request(id + 3, "textDocument/documentSymbol", json!({"textDocument": {"uri": URI}})),
                request(id + 4, "textDocument/codeAction", json!({"textDocument": {"uri": URI}, "range": range, "context": {"diagnostics": []}})),
            ] {
                let replies = server.handle(message);
                prop_assert_eq!(replies.len(), 1, "one answer per request");
                for reply in replies {
                    let Message::Response(response) = reply else { panic!("a response") };
                    prop_assert!(response.response_result.is_ok(), "{:?}", response.response_result);
                }
            }
        }
    }

    #[test]
    fn positions_round_trip_on_character_boundaries(
        edits in edits(),
        utf8 in any::<bool>(),
    ) {
        let encoding = if utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
        let mut text = Text::new(manifest());
        for edit in &edits {
            text.apply(Some(Range::new(position(edit.start), position(edit.end))), &edit.text, encoding);
        }
        let s = text.as_str().to_string();
        for (offset, _) in s.char_indices().chain([(s.len(), ' ')]) {
            // Between `\r` and `\n` is no place a client can name.
            if offset > 0 && s.as_bytes()[offset - 1] == b'\r' && s.as_bytes().get(offset) == Some(&b'\n') {
                continue;
            }
            prop_assert_eq!(text.offset(text.position(offset, encoding), encoding), offset);
        }
    }
}

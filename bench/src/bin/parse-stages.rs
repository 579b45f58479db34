//! `parse-stages DIR [ROUNDS]`: what the spanned tree costs beside the
//! parse it is built from. The files below DIR are read into memory once;
//! then each round times, over all of them, on one thread:
//!
//! - *tree*: `toml::de::DeTable::parse`, the floor's parse and `check`'s;
//! - *events*: toml's tokenizer and parser (`toml_parser`) with nothing
//!   built: what any reader of the text must pay;
//! - *events + decoded*: the same with every key and scalar decoded
//!   (escapes read, numbers and dates told apart): what a reader that
//!   builds a manifest straight from the events would pay before building it.
//!
//! It prints each round's times and their ratios to the tree.

use std::time::Instant;

use toml_parser::decoder::Encoding;
use toml_parser::parser::EventReceiver;
use toml_parser::{ErrorSink, ParseError, Raw, Source, Span};

#[global_allocator]
static ALLOCATOR: entitle::alloc::MiMalloc = entitle::alloc::MiMalloc;

/// Decodes each key and scalar, and counts their bytes so that the work
/// cannot be left out.
struct Decoded<'i> {
    source: Source<'i>,
    bytes: usize,
}

impl<'i> Decoded<'i> {
    fn raw(&self, span: Span, encoding: Option<Encoding>) -> Raw<'i> {
        Raw::new_unchecked(&self.source.input()[span.start()..span.end()], encoding, span)
    }
}

impl EventReceiver for Decoded<'_> {
    fn simple_key(&mut self, span: Span, encoding: Option<Encoding>, error: &mut dyn ErrorSink) {
        let mut out = std::borrow::Cow::Borrowed("");
        self.raw(span, encoding).decode_key(&mut out, error);
        self.bytes += out.len();
    }

    fn scalar(&mut self, span: Span, encoding: Option<Encoding>, error: &mut dyn ErrorSink) {
        let mut out = std::borrow::Cow::Borrowed("");
        let _kind = self.raw(span, encoding).decode_scalar(&mut out, error);
        self.bytes += out.len();
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(dir) = args.get(1) else {
        eprintln!("usage: parse-stages DIR [ROUNDS]");
        std::process::exit(2);
    };
    let rounds = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(5);
    let files = entitle::files::toml_files_below(std::path::Path::new(dir)).expect("read the corpus");
    let texts: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).expect("a UTF-8 file")).collect();
    println!("{} files, {} rounds; milliseconds, and × tree", texts.len(), rounds);
    for round in 1..=rounds {
        let start = Instant::now();
        let trees = texts.iter().filter(|t| toml::de::DeTable::parse(t).is_ok()).count();
        let tree = start.elapsed().as_secs_f64();

        let start = Instant::now();
        let mut tokens_seen = 0;
        for text in &texts {
            let tokens = Source::new(text).lex().into_vec();
            let mut error: Option<ParseError> = None;
            toml_parser::parser::parse_document(&tokens, &mut (), &mut error);
            tokens_seen += tokens.len() + usize::from(error.is_some());
        }
        let events = start.elapsed().as_secs_f64();

        let start = Instant::now();
        let mut bytes = 0;
        for text in &texts {
            let source = Source::new(text);
            let tokens = source.lex().into_vec();
            let mut error: Option<ParseError> = None;
            let mut decoded = Decoded { source, bytes: 0 };
            toml_parser::parser::parse_document(&tokens, &mut decoded, &mut error);
            bytes += decoded.bytes;
        }
        let decoded = start.elapsed().as_secs_f64();

        println!(
            "round {round}: tree {:.1} ({trees} parsed), events {:.1} ({:.3}×, {tokens_seen} tokens), \
             events + decoded {:.1} ({:.3}×, {bytes} bytes)",
            tree * 1e3,
            events * 1e3,
            events / tree,
            decoded * 1e3,
            decoded / tree,
        );
    }
}

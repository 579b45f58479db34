//! The pipeline's own words in every language: Fluent catalogues under
//! `locales/<lang>/entitle.ftl`, compiled into the binary.
//!
//! Each message is looked up by id in the language of the run and falls back,
//! message by message, to English; an id that English lacks too is a bug that
//! the tests catch (`tests/it/catalogues.rs`).
//!
//! The language of the run is explicit where it can be ([`crate::Options::lang`])
//! and ambient where the words are made deep inside the pipeline: a process
//! default ([`set_default`], the command line's `--lang`) that one thread may
//! override for the length of a call ([`with_lang`], one check, one request).

pub mod escape;
pub mod lang;
pub mod messages;

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

/// A compiled catalogue of one language.
pub type Bundle = FluentBundle<FluentResource>;

/// The sources of the pipeline's catalogues, by language.
pub const SOURCES: [(Lang, &[&str]); 3] = [
    (Lang::En, &[include_str!("../../locales/en/entitle.ftl")]),
    (Lang::Es, &[include_str!("../../locales/es/entitle.ftl")]),
    (Lang::It, &[include_str!("../../locales/it/entitle.ftl")]),
];

static DEFAULT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static CURRENT: Cell<Option<Lang>> = const { Cell::new(None) };
}

fn index(lang: Lang) -> u8 {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0) as u8
}

/// Sets the language of the whole process (the command line's choice).
pub fn set_default(lang: Lang) {
    DEFAULT.store(index(lang), Ordering::Relaxed);
}

/// The language words are written in on this thread now.
pub fn current() -> Lang {
    CURRENT
        .with(Cell::get)
        .unwrap_or_else(|| Lang::ALL[usize::from(DEFAULT.load(Ordering::Relaxed)).min(Lang::ALL.len() - 1)])
}

/// Runs `f` with this thread's words in `lang`, then restores the previous
/// language (also when `f` panics).
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(Some(lang))));
    f()
}

/// A bundle of `lang` over some Fluent sources, later ones overriding
/// earlier ones; with Unicode isolation marks off, since every output escapes
/// invisible characters and the marks would show as `\u{2068}`.
pub fn bundle(lang: Lang, sources: &[&str]) -> (Bundle, Vec<String>) {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.identifier()]);
    bundle.set_use_isolating(false);
    let mut errors = Vec::new();
    for source in sources {
        let resource = match FluentResource::try_new((*source).to_string()) {
            Ok(resource) => resource,
            Err((resource, parse_errors)) => {
                errors.extend(parse_errors.iter().map(|e| e.to_string()));
                resource
            }
        };
        bundle.add_resource_overriding(resource);
    }
    (bundle, errors)
}

mod grouped {
    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));
}

/// The group of the catalogue that holds `id`: its first word. The build
/// splits each catalogue so (`build.rs`); each group is parsed on first use,
/// since a check of a clean manifest needs few of the catalogue's messages,
/// and never the page's, the editor's or the policy tools' words.
fn group_of(id: &str) -> &str {
    id.split(['-', '.']).next().unwrap_or_default()
}

/// The groups of a language's catalogue, by their first word, sorted.
fn groups(lang: Lang) -> &'static [(&'static str, &'static str)] {
    grouped::GROUPED.iter().find(|(tag, _)| *tag == lang.tag()).map_or(&[], |(_, groups)| groups)
}

/// The part of the pipeline's catalogue of a language that holds `id`.
pub fn catalogue(lang: Lang, id: &str) -> &'static Bundle {
    static BUNDLES: [OnceLock<Vec<OnceLock<Bundle>>>; 3] = [const { OnceLock::new() }; 3];
    static EMPTY: [OnceLock<Bundle>; 3] = [const { OnceLock::new() }; 3];
    let at = usize::from(index(lang));
    let groups = groups(lang);
    match groups.binary_search_by(|(word, _)| (*word).cmp(group_of(id))) {
        Ok(group) => BUNDLES[at].get_or_init(|| groups.iter().map(|_| OnceLock::new()).collect())[group]
            .get_or_init(|| bundle(lang, &[groups[group].1]).0),
        Err(_) => EMPTY[at].get_or_init(|| bundle(lang, &[]).0),
    }
}

/// Formats message `id` (or `id.attribute`) of `bundle`, if it has it.
pub fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let (id, attribute) = match id.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// Message `id` in `lang`, or in English when `lang`'s catalogue lacks it.
pub fn tr_in(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    lookup(lang, id, args).unwrap_or_else(|| id.to_string())
}

/// Message `id` in `lang`, or in English; `None` when no catalogue has it.
fn lookup(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    format(catalogue(lang, id), id, args).or_else(|| format(catalogue(Lang::En, id), id, args))
}

/// Message `id` in the current language, or in English; `None` when no
/// catalogue has it.
pub fn tr_if(id: &str) -> Option<String> {
    lookup(current(), id, None)
}

/// Message `id` in the current language ([`current`]).
pub fn tr(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    tr_in(current(), id, args)
}

/// Arguments for a message, from `name = value` pairs. Numbers that choose
/// a plural form are passed as numbers; every other value as text.
pub fn args<'a>(pairs: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}

/// `t!("id")` or `t!("id", name = value, …)`: message `id` in the current
/// language. Values are anything `FluentValue` converts from: text stays text,
/// integers are numbers (and choose plural forms).
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::tr($id, None)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), ::fluent_bundle::FluentValue::from($value));)+
        $crate::i18n::tr($id, Some(&args))
    }};
}
pub(crate) use t;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_parses() {
        for (lang, sources) in SOURCES {
            let (_, errors) = bundle(lang, sources);
            assert!(errors.is_empty(), "locales/{lang}/entitle.ftl: {errors:?}");
        }
    }

    #[test]
    fn the_groups_hold_every_message_once() {
        for (lang, sources) in SOURCES {
            let whole = sources.concat();
            let groups = groups(lang);
            assert_eq!(groups.iter().map(|(_, text)| text.len()).sum::<usize>(), whole.len(), "{lang}: nothing lost");
            let (all, _) = bundle(lang, sources);
            let ids: Vec<&str> = whole
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
                .filter_map(|l| l.split(" =").next())
                .collect();
            assert!(ids.len() > 300, "{lang}: {}", ids.len());
            for id in ids {
                let part = catalogue(lang, id);
                assert!(part.has_message(id), "{lang}: `{id}` not in group `{}`", group_of(id));
                assert_eq!(format(part, id, None), format(&all, id, None), "{lang}: `{id}`");
            }
            for (word, text) in groups {
                let (_, errors) = bundle(lang, &[text]);
                assert!(errors.is_empty(), "{lang} group `{word}`: {errors:?}");
            }
        }
    }

    #[test]
    fn a_thread_overrides_the_default_for_one_call() {
        assert_eq!(with_lang(Lang::It, current), Lang::It);
        assert_eq!(with_lang(Lang::Es, || with_lang(Lang::It, current)), Lang::It);
        let restored = with_lang(Lang::Es, || {
            let _ = std::panic::catch_unwind(|| with_lang(Lang::It, || panic!("inside")));
            current()
        });
        assert_eq!(restored, Lang::Es);
    }

    #[test]
    fn missing_messages_fall_back_to_english_then_to_nothing_blank() {
        let (spanish, _) = bundle(Lang::Es, &["only-here = solo aquí\n"]);
        assert_eq!(format(&spanish, "only-here", None).as_deref(), Some("solo aquí"));
        assert_eq!(format(&spanish, "elsewhere", None), None);
    }

    #[test]
    fn plurals_come_from_the_language() {
        let source = "errors = { $count ->\n    [one] { $count } errore\n   *[other] { $count } errori\n}\n";
        let (italian, _) = bundle(Lang::It, &[source]);
        let one = format(&italian, "errors", Some(&args([("count", FluentValue::from(1))])));
        let two = format(&italian, "errors", Some(&args([("count", FluentValue::from(2))])));
        assert_eq!(one.as_deref(), Some("1 errore"));
        assert_eq!(two.as_deref(), Some("2 errori"));
    }
}

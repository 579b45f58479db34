//! The languages `entitle` speaks, and how a run picks one: `--lang`, then the
//! environment (`ENTITLE_LANG`, then POSIX's `LC_ALL`, `LC_MESSAGES`, `LANG`),
//! or an HTTP `Accept-Language` header, or an editor's `initialize.locale`.

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

/// A language of `entitle`'s messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    /// English, the language every message is written in first.
    #[default]
    En,
    /// Spanish.
    Es,
    /// Italian.
    It,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::It];

    /// The language's tag: `en`, `es`, `it`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::It => "it",
        }
    }

    /// The tags of every language, for help and error text: `en, es, it`.
    pub fn available() -> String {
        Lang::ALL.map(Lang::tag).join(", ")
    }

    /// The language of a locale name as POSIX and BCP 47 write it: `es`,
    /// `es_ES.UTF-8`, `it-IT`, `en_GB@euro`, `EN`. `C` and `POSIX` are
    /// English. `None` for a language `entitle` does not speak.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let locale = locale.trim();
        if locale == "C" || locale == "POSIX" || locale.starts_with("C.") {
            return Some(Lang::En);
        }
        let primary = locale.split(['_', '-', '.', '@']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    /// The language the environment asks for: the first non-empty of
    /// `ENTITLE_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`; English when that one
    /// names a language `entitle` does not speak, or when none is set.
    pub fn from_env() -> Lang {
        Lang::from_env_with(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any source of variables (for tests).
    pub fn from_env_with(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["ENTITLE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.trim().is_empty())
            .and_then(|value| Lang::from_locale(&value))
            .unwrap_or_default()
    }

    /// The best language for an HTTP `Accept-Language` header, by its quality
    /// values; English when it names none `entitle` speaks.
    pub fn from_accept_language(header: &str) -> Lang {
        // By quality, highest first (a stable sort keeps the header's order
        // among equals); fluent-langneg parses the tags but ignores `q`.
        let mut ranges: Vec<(&str, f32)> = header
            .split(',')
            .map(|range| {
                let mut parts = range.split(';');
                let tag = parts.next().unwrap_or_default().trim();
                let quality = parts
                    .filter_map(|p| p.trim().strip_prefix("q="))
                    .find_map(|q| q.trim().parse::<f32>().ok())
                    .filter(|q| q.is_finite())
                    .unwrap_or(1.0);
                (tag, quality)
            })
            .filter(|(tag, quality)| !tag.is_empty() && *quality > 0.0)
            .collect();
        ranges.sort_by(|a, b| b.1.total_cmp(&a.1));
        let requested: Vec<LanguageIdentifier> = ranges.iter().filter_map(|(tag, _)| tag.parse().ok()).collect();
        let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|lang| lang.identifier()).collect();
        let default = Lang::En.identifier();
        fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        )
        .first()
        .and_then(|chosen| Lang::from_locale(chosen.language.as_str()))
        .unwrap_or_default()
    }

    /// The language as Fluent identifies it.
    pub fn identifier(self) -> LanguageIdentifier {
        LanguageIdentifier::from_str(self.tag()).expect("a language tag is a valid identifier")
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language tag `entitle` does not speak (for `--lang`, a `lang` query).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unsupported language `{}`: expected one of {}", crate::escape::inline(&self.0), Lang::available())
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// A tag as `--lang` takes it: `en`, `es`, `it`, or a locale of one of
    /// them (`es-ES`, `it_IT.UTF-8`).
    fn from_str(tag: &str) -> Result<Lang, UnknownLang> {
        Lang::from_locale(tag).filter(|_| !tag.trim().is_empty()).ok_or_else(|| UnknownLang(tag.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn locales_name_their_language() {
        assert_eq!(Lang::from_locale("es_ES.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::from_locale("it-IT"), Some(Lang::It));
        assert_eq!(Lang::from_locale("en_GB@euro"), Some(Lang::En));
        assert_eq!(Lang::from_locale("IT"), Some(Lang::It));
        assert_eq!(Lang::from_locale("C"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("POSIX"), Some(Lang::En));
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), None);
        assert_eq!(Lang::from_locale("esperanto"), None);
    }

    #[test]
    fn the_environment_is_read_in_posix_order() {
        assert_eq!(Lang::from_env_with(env(&[])), Lang::En);
        assert_eq!(Lang::from_env_with(env(&[("LANG", "it_IT.UTF-8")])), Lang::It);
        assert_eq!(Lang::from_env_with(env(&[("LANG", "it_IT.UTF-8"), ("LC_MESSAGES", "es_ES.UTF-8")])), Lang::Es);
        assert_eq!(Lang::from_env_with(env(&[("LC_ALL", "it_IT"), ("LC_MESSAGES", "es_ES")])), Lang::It);
        assert_eq!(Lang::from_env_with(env(&[("ENTITLE_LANG", "es"), ("LC_ALL", "it_IT")])), Lang::Es);
        // Empty values are skipped; the first non-empty one decides, even
        // when it names a language entitle does not speak.
        assert_eq!(Lang::from_env_with(env(&[("LC_ALL", ""), ("LANG", "it_IT")])), Lang::It);
        assert_eq!(Lang::from_env_with(env(&[("LC_ALL", "fr_FR"), ("LANG", "it_IT")])), Lang::En);
        assert_eq!(Lang::from_env_with(env(&[("LANG", "C")])), Lang::En);
    }

    #[test]
    fn accept_language_follows_quality() {
        assert_eq!(Lang::from_accept_language("it-IT,it;q=0.9,en;q=0.8"), Lang::It);
        assert_eq!(Lang::from_accept_language("fr-FR, es;q=0.5, en;q=0.4"), Lang::Es);
        assert_eq!(Lang::from_accept_language("en;q=0.2, es-MX;q=0.9"), Lang::Es);
        assert_eq!(Lang::from_accept_language("de, fr"), Lang::En);
        assert_eq!(Lang::from_accept_language(""), Lang::En);
        assert_eq!(Lang::from_accept_language("*"), Lang::En);
        assert_eq!(Lang::from_accept_language(";;;,,,q=x\u{0}"), Lang::En);
        assert_eq!(Lang::from_accept_language("it;q=0, es;q=0.1"), Lang::Es);
        assert_eq!(Lang::from_accept_language("it;q=NaN, es;q=0.5"), Lang::It);
    }

    #[test]
    fn lang_arguments_parse_or_name_the_choices() {
        assert_eq!("es".parse::<Lang>(), Ok(Lang::Es));
        assert_eq!("it_IT.UTF-8".parse::<Lang>(), Ok(Lang::It));
        let error = "fr".parse::<Lang>().unwrap_err();
        assert_eq!(error.to_string(), "unsupported language `fr`: expected one of en, es, it");
        assert!("".parse::<Lang>().is_err());
        assert_eq!(
            "\u{1b}[31m".parse::<Lang>().unwrap_err().to_string(),
            "unsupported language `\\u{1b}[31m`: expected one of en, es, it"
        );
    }
}

//! A manifest read straight from its parsed tree, for the shapes that
//! nearly every manifest has: each key known, each value of its field's
//! own TOML type (a string for a text, a local date or a date string for a
//! date, an array for a list, a table for a table). Anything else answers
//! `None`, and the checker reads the tree through serde as before, which
//! reads it or says why not.
//!
//! It is the serde-derived reader, made small: that one handles every form
//! serde admits (a struct written as an array, a datetime read as a
//! string, a table where an enum is) in 67 KB of code, the largest
//! function on the checker's path, which a run over many files fetches
//! from memory again and again. A test holds that whatever this reader
//! reads, serde reads alike, over generated trees that stray from the
//! manifest's shape in every way the tests know.

use toml::de::{DeTable, DeValue};

use crate::date::Date;
use crate::manifest::{
    Account, AccountKind, Activation, ContractLink, Evaluation, Incident, Manifest, Membership, Partner, Waiver,
};

/// The manifest in `root`, if every part of it has the plain shape.
pub fn read(root: &DeTable<'_>) -> Option<Manifest> {
    Manifest::read_table(root)
}

/// A value read from its plain TOML form.
trait Plain: Sized {
    fn read(value: &DeValue<'_>) -> Option<Self>;
}

impl Plain for String {
    fn read(value: &DeValue<'_>) -> Option<String> {
        match value {
            DeValue::String(s) => Some(s.to_string()),
            _ => None,
        }
    }
}

impl Plain for u32 {
    fn read(value: &DeValue<'_>) -> Option<u32> {
        match value {
            DeValue::Integer(i) => u32::try_from(crate::document::integer(i.as_str(), i.radix())?).ok(),
            _ => None,
        }
    }
}

impl Plain for Date {
    fn read(value: &DeValue<'_>) -> Option<Date> {
        match value {
            DeValue::Datetime(toml::value::Datetime { date: Some(date), time: None, offset: None }) => Date::from_ymd(
                i16::try_from(date.year).ok()?,
                i8::try_from(date.month).ok()?,
                i8::try_from(date.day).ok()?,
            ),
            DeValue::String(s) => Date::parse(s),
            _ => None,
        }
    }
}

impl Plain for AccountKind {
    fn read(value: &DeValue<'_>) -> Option<AccountKind> {
        match value {
            DeValue::String(s) => match s.as_ref() {
                "aad" => Some(AccountKind::Aad),
                "msa" => Some(AccountKind::Msa),
                _ => None,
            },
            _ => None,
        }
    }
}

impl<T: Plain> Plain for Option<T> {
    fn read(value: &DeValue<'_>) -> Option<Option<T>> {
        T::read(value).map(Some)
    }
}

impl<T: Plain> Plain for Vec<T> {
    fn read(value: &DeValue<'_>) -> Option<Vec<T>> {
        match value {
            DeValue::Array(items) => items.iter().map(|item| T::read(item.get_ref())).collect(),
            _ => None,
        }
    }
}

/// A struct read from a table whose keys are all its fields' names.
trait Table: Sized {
    /// Its fields' names, in declaration order, as serde knows them.
    #[cfg(test)]
    const FIELDS: &'static [&'static str];
    fn read_table(table: &DeTable<'_>) -> Option<Self>;
}

/// Reads a struct from a table. A `required` field must be there; a
/// `defaulted` one (an `Option`, or a field serde fills with its default)
/// takes its default when it is not. Any other key, or any value not of its
/// plain form, answers `None`.
macro_rules! table {
    ($ty:ident { required: [$($required:ident),*], defaulted: [$($defaulted:ident),*] }) => {
        impl Table for $ty {
            #[cfg(test)]
            const FIELDS: &'static [&'static str] = &[$(stringify!($required),)* $(stringify!($defaulted),)*];
            fn read_table(table: &DeTable<'_>) -> Option<$ty> {
                $(let mut $required = None;)*
                $(let mut $defaulted = None;)*
                for (key, value) in table.iter() {
                    let value = value.get_ref();
                    match key.get_ref().as_ref() {
                        $(stringify!($required) => $required = Some(Plain::read(value)?),)*
                        $(stringify!($defaulted) => $defaulted = Some(Plain::read(value)?),)*
                        _ => return None,
                    }
                }
                Some($ty { $($required: $required?,)* $($defaulted: $defaulted.unwrap_or_default(),)* })
            }
        }
        impl Plain for $ty {
            fn read(value: &DeValue<'_>) -> Option<$ty> {
                match value {
                    DeValue::Table(table) => <$ty as Table>::read_table(table),
                    _ => None,
                }
            }
        }
    };
}

table!(Manifest {
    required: [manifest_version, partner],
    defaulted: [evaluation, memberships, accounts, activations, contract_links, incidents, waivers]
});
table!(Evaluation { required: [], defaulted: [policy, policy_version, as_of] });
table!(Partner { required: [mpn_id, name, programs], defaulted: [] });
table!(Membership { required: [offer, start, end], defaulted: [competency] });
table!(Account { required: [user, kind], defaulted: [roles] });
table!(Activation { required: [benefit, activated_by, requested_on], defaulted: [access_id, contract_id, expires] });
table!(ContractLink { required: [access_id, account, portal, linked_on], defaulted: [] });
table!(Incident { required: [id, benefit, product, opened_by, opened_on], defaulted: [customer] });
table!(Waiver { required: [code, reason, owner, expires], defaulted: [target, ticket] });

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::field_names;

    /// Each reader knows exactly the fields serde knows, so that no key
    /// serde reads sends a file the slow way unnoticed, and none it refuses
    /// is read here.
    #[test]
    fn each_table_reads_the_fields_serde_reads() {
        fn same<T: Table + serde::de::DeserializeOwned>() {
            let mut ours = T::FIELDS.to_vec();
            let mut serdes = field_names::<T>().to_vec();
            ours.sort_unstable();
            serdes.sort_unstable();
            assert_eq!(ours, serdes, "{}", std::any::type_name::<T>());
        }
        same::<Manifest>();
        same::<Evaluation>();
        same::<Partner>();
        same::<Membership>();
        same::<Account>();
        same::<Activation>();
        same::<ContractLink>();
        same::<Incident>();
        same::<Waiver>();
    }

    /// The shape of each field, for generating trees.
    #[derive(Clone, Copy)]
    enum Ty {
        Text,
        Int,
        Date,
        Kind,
        Texts,
        Table(&'static [(&'static str, Ty)]),
        Tables(&'static [(&'static str, Ty)]),
    }

    const EVALUATION: &[(&str, Ty)] = &[("policy", Ty::Text), ("policy_version", Ty::Text), ("as_of", Ty::Date)];
    const PARTNER: &[(&str, Ty)] = &[("mpn_id", Ty::Text), ("name", Ty::Text), ("programs", Ty::Texts)];
    const MEMBERSHIP: &[(&str, Ty)] =
        &[("offer", Ty::Text), ("competency", Ty::Text), ("start", Ty::Date), ("end", Ty::Date)];
    const ACCOUNT: &[(&str, Ty)] = &[("user", Ty::Text), ("kind", Ty::Kind), ("roles", Ty::Texts)];
    const ACTIVATION: &[(&str, Ty)] = &[
        ("benefit", Ty::Text),
        ("activated_by", Ty::Text),
        ("requested_on", Ty::Date),
        ("access_id", Ty::Text),
        ("contract_id", Ty::Text),
        ("expires", Ty::Date),
    ];
    const CONTRACT_LINK: &[(&str, Ty)] =
        &[("access_id", Ty::Text), ("account", Ty::Text), ("portal", Ty::Text), ("linked_on", Ty::Date)];
    const INCIDENT: &[(&str, Ty)] = &[
        ("id", Ty::Text),
        ("benefit", Ty::Text),
        ("product", Ty::Text),
        ("opened_by", Ty::Text),
        ("opened_on", Ty::Date),
        ("customer", Ty::Text),
    ];
    const WAIVER: &[(&str, Ty)] = &[
        ("code", Ty::Text),
        ("target", Ty::Text),
        ("reason", Ty::Text),
        ("owner", Ty::Text),
        ("ticket", Ty::Text),
        ("expires", Ty::Date),
    ];
    const MANIFEST: &[(&str, Ty)] = &[
        ("manifest_version", Ty::Int),
        ("evaluation", Ty::Table(EVALUATION)),
        ("partner", Ty::Table(PARTNER)),
        ("memberships", Ty::Tables(MEMBERSHIP)),
        ("accounts", Ty::Tables(ACCOUNT)),
        ("activations", Ty::Tables(ACTIVATION)),
        ("contract_links", Ty::Tables(CONTRACT_LINK)),
        ("incidents", Ty::Tables(INCIDENT)),
        ("waivers", Ty::Tables(WAIVER)),
    ];

    /// Values of every TOML type and of the edges of each field's own:
    /// what a field may hold in place of its plain form.
    const ANY: &[&str] = &[
        r#""gold""#,
        r#""""#,
        r#""aad""#,
        r#""msa""#,
        r#""AAD""#,
        r#""2021-06-15""#,
        r#""2021-02-30""#,
        r#""2021-6-15""#,
        r#""2021-06-15T10:00:00""#,
        "2021-06-15",
        "2020-02-29",
        "0000-01-01",
        "9999-12-31",
        "2021-06-15T10:00:00",
        "2021-06-15T10:00:00Z",
        "2021-06-15 10:00:00+02:00",
        "10:00:00",
        "1",
        "0",
        "-1",
        "+1",
        "1_0",
        "0x1",
        "0o7",
        "0b1",
        "4294967295",
        "4294967296",
        "9223372036854775807",
        "1.0",
        "inf",
        "nan",
        "true",
        "[]",
        r#"["a"]"#,
        r#"["a", 1]"#,
        "[2021-06-15]",
        r#"[["a"]]"#,
        "{}",
        r#"{ x = "2021-06-15" }"#,
        r#"{ "$__entitle_private_date_parts" = 132450831 }"#,
        r#"{ "$__toml_private_datetime" = "2021-06-15" }"#,
        r#"{ aad = "" }"#,
    ];

    /// A small deterministic generator (xorshift), so that a failing case
    /// is found again by its seed.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
        fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
            from[self.below(from.len())]
        }
    }

    /// A value for a field of type `ty`: its plain form mostly, sometimes
    /// another one (`stray` in 16 times).
    fn value(rng: &mut Rng, ty: Ty, stray: usize, out: &mut String) {
        if rng.below(16) < stray {
            out.push_str(rng.pick(ANY));
            return;
        }
        match ty {
            Ty::Text => out.push_str(rng.pick(&[r#""gold""#, r#""a@example.com""#, r#""1234""#, r#""""#, r#""é""#])),
            Ty::Int => out.push_str(rng.pick(&["1", "2", "0x1", "1_0"])),
            Ty::Date => out.push_str(rng.pick(&["2021-06-15", "2020-02-29", r#""2021-06-15""#, "9999-12-31"])),
            Ty::Kind => out.push_str(rng.pick(&[r#""aad""#, r#""msa""#])),
            Ty::Texts => {
                out.push('[');
                for i in 0..rng.below(3) {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    value(rng, Ty::Text, stray, out);
                }
                out.push(']');
            }
            Ty::Table(fields) => table(rng, fields, stray, out),
            Ty::Tables(fields) => {
                out.push('[');
                for i in 0..rng.below(3) {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    table(rng, fields, stray, out);
                }
                out.push(']');
            }
        }
    }

    /// An inline table of `fields`, each left out now and then, with now
    /// and then a key the manifest does not know.
    fn table(rng: &mut Rng, fields: &[(&str, Ty)], stray: usize, out: &mut String) {
        out.push_str("{ ");
        let mut first = true;
        for (name, ty) in fields {
            if rng.below(16) < stray {
                continue;
            }
            if !first {
                out.push_str(", ");
            }
            first = false;
            out.push_str(name);
            out.push_str(" = ");
            value(rng, *ty, stray, out);
        }
        if rng.below(32) < stray {
            out.push_str(if first { "" } else { ", " });
            out.push_str(rng.pick(&["extra = 1", "Name = \"x\"", "\"partner \" = {}"]));
        }
        out.push_str(" }");
    }

    /// Whatever this reader reads, serde reads, to the same manifest; and
    /// it reads every tree of the plain shape. Trees are generated from the
    /// manifest's fields, with every field now and then left out or given a
    /// value of another form ([`ANY`]) and tables given unknown keys.
    #[test]
    fn whatever_it_reads_serde_reads_alike() {
        let (mut read_alike, mut plain) = (0, 0);
        for seed in 1..=20_000u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
            let stray = [0, 1, 2, 4][rng.below(4)];
            let mut text = String::new();
            for (name, ty) in MANIFEST {
                if rng.below(16) < stray {
                    continue;
                }
                text.push_str(name);
                text.push_str(" = ");
                value(&mut rng, *ty, stray, &mut text);
                text.push('\n');
            }
            if rng.below(32) < stray {
                text.push_str("extra = 1\n");
            }
            let Ok(document) = crate::input::parse(&text) else { continue };
            let ours = read(document.tree());
            if let Some(ours) = &ours {
                read_alike += 1;
                assert_eq!(document.deserialize::<Manifest>().as_ref(), Ok(ours), "seed {seed}: {text}");
            }
            if stray == 0 && !text.contains("2021-02-30") {
                plain += 1;
                assert!(ours.is_some(), "seed {seed}: a plain tree is not read: {text}");
            }
        }
        assert!(read_alike > 5_000 && plain > 3_000, "too few trees read ({read_alike}) or plain ({plain})");
    }
}

//! Calendar dates as manifests and policies write them (`YYYY-MM-DD`).

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date with no time and no time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(jiff::civil::Date);

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting dates that do not exist (`2021-02-30`).
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        let shaped = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shaped {
            return None;
        }
        let number =
            |range: std::ops::Range<usize>| bytes[range].iter().fold(0i32, |n, b| n * 10 + i32::from(b - b'0'));
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        Date::from_ymd(i16::try_from(year).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?)
    }

    /// Builds a date from its parts, if it exists.
    pub fn from_ymd(year: i16, month: i8, day: i8) -> Option<Date> {
        jiff::civil::Date::new(year, month, day).ok().map(Date)
    }

    /// Today's date in UTC: the default `as_of` of a manifest.
    pub fn today() -> Date {
        Date(jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date())
    }

    /// The last day of the calendar: 9999-12-31.
    pub const LAST: Date = Date(jiff::civil::Date::MAX);

    /// The date `days` days later, or `None` when it is past 9999-12-31.
    pub fn checked_plus_days(self, days: u32) -> Option<Date> {
        // `Span::days` panics beyond its own range; `try_days` says so instead.
        let span = jiff::Span::new().try_days(i64::from(days)).ok()?;
        self.0.checked_add(span).ok().map(Date)
    }

    /// How many days `earlier` comes before this date (negative when it
    /// comes after). Exact for every pair of dates, with no overflow: the
    /// calendar spans about 3.65 million days.
    pub fn days_since(self, earlier: Date) -> i64 {
        self.day_number() - earlier.day_number()
    }

    /// Days since 0000-03-01 of the proleptic Gregorian calendar: a count
    /// that subtracts exactly (H. Hinnant's `days_from_civil`).
    fn day_number(self) -> i64 {
        let (year, month, day) = (i64::from(self.0.year()), i64::from(self.0.month()), i64::from(self.0.day()));
        // Years start in March, so that the leap day ends them.
        let year = if month <= 2 { year - 1 } else { year };
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), self.0.month(), self.0.day())
    }
}

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s).ok_or_else(|| crate::messages::not_a_date(s))
    }
}

/// The name under which a [`Date`] asks to be read. The reader of a parsed
/// manifest ([`crate::document`]) answers a TOML date with a one-entry map
/// from [`PARTS_KEY`] to its parts, packed by [`Date::pack`], without writing
/// its text and reading it back: manifests hold thousands of dates. Any
/// other reader reads the value inside as usual.
pub(crate) const NEWTYPE: &str = "$entitle::private::Date";

/// The key of the map in which the reader of a parsed manifest hands over a
/// TOML date's parts (see [`NEWTYPE`]); no data holds such a key by chance.
pub(crate) const PARTS_KEY: &str = "$__entitle_private_date_parts";

/// The key of the map in which toml's own reader hands over a datetime's
/// text.
const TOML_DATETIME_KEY: &str = "$__toml_private_datetime";

impl Date {
    /// A date's parts in one number, as [`NEWTYPE`]'s reader hands them over.
    pub(crate) fn pack(year: u16, month: u8, day: u8) -> u32 {
        u32::from(year) << 16 | u32::from(month) << 8 | u32::from(day)
    }
}

/// The one key of a map that holds a date: the parts or toml's datetime.
enum DateKey {
    Parts,
    TomlDatetime,
}

impl<'de> Deserialize<'de> for DateKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = DateKey;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date")
            }
            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<DateKey, E> {
                match key {
                    PARTS_KEY => Ok(DateKey::Parts),
                    TOML_DATETIME_KEY => Ok(DateKey::TomlDatetime),
                    _ => Err(E::custom(crate::messages::not_a_date(""))),
                }
            }
        }
        deserializer.deserialize_identifier(Visitor)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date, YYYY-MM-DD")
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Date, D::Error> {
                deserializer.deserialize_any(self)
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse(text).ok_or_else(|| E::custom(crate::messages::not_a_date(text)))
            }
            // A date as a one-entry map: its parts, from the reader of a
            // parsed manifest, or its text, from toml's own reader. No other
            // map is a date (`{ x = "2021-03-04" }` is not).
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
                use serde::de::Error;
                match map.next_key::<DateKey>()? {
                    Some(DateKey::Parts) => {
                        let packed: u32 = map.next_value()?;
                        let (year, month, day) = (packed >> 16, packed >> 8 & 0xff, packed & 0xff);
                        let parts =
                            || Date::from_ymd(year.try_into().ok()?, month.try_into().ok()?, day.try_into().ok()?);
                        parts().ok_or_else(|| {
                            A::Error::custom(crate::messages::not_a_date(&format!("{year:04}-{month:02}-{day:02}")))
                        })
                    }
                    Some(DateKey::TomlDatetime) => {
                        let text: String = map.next_value()?;
                        Date::parse(&text).ok_or_else(|| A::Error::custom(crate::messages::not_a_date(&text)))
                    }
                    None => Err(A::Error::custom(crate::messages::not_a_date(""))),
                }
            }
        }
        deserializer.deserialize_newtype_struct(NEWTYPE, Visitor)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "description": "A date, YYYY-MM-DD (a TOML local date or a string)"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(Date::parse("2021-06-15").map(|d| d.to_string()), Some("2021-06-15".into()));
        assert!(Date::parse("2021-02-30").is_none());
        assert!(Date::parse("2021-2-3").is_none());
        assert!(Date::parse("2021-06-15T00:00:00").is_none());
    }

    /// A TOML date is read from its parts, a string from its text, and they
    /// agree; nothing else reads as a date, a number least of all.
    #[test]
    fn a_toml_date_and_its_text_read_alike_and_no_number_is_a_date() {
        #[derive(serde::Deserialize)]
        struct Dated {
            on: Date,
        }
        let read = |text: &str| {
            let document = crate::document::Document::parse(text).expect("parses");
            document.deserialize::<Dated>().map(|d| d.on.to_string())
        };
        for day in ["2024-02-29", "0001-01-01", "9999-12-31", "2021-06-15"] {
            assert_eq!(read(&format!("on = {day}")).as_deref(), Ok(day));
            assert_eq!(read(&format!("on = \"{day}\"")).as_deref(), Ok(day));
        }
        let not_dates = ["on = 2021-06-15T10:00:00", "on = 10:00:00", "on = \"2021-2-3\"", "on = 20210615"];
        let tables = [
            "on = { x = \"2021-06-15\" }",
            "on = { \"$__toml_private_datetime\" = \"2021-06-15\" }",
            "on = { \"$__entitle_private_date_parts\" = 132449807 }",
        ];
        for not_a_date in not_dates.into_iter().chain(tables).chain(["on = [2021, 6, 15]"]) {
            assert!(read(not_a_date).is_err(), "{not_a_date}");
        }
        let packed = Date::pack(2024, 2, 29);
        assert!(serde_json::from_str::<Date>(&packed.to_string()).is_err());
        assert!(toml::from_str::<Dated>(&format!("on = {packed}")).is_err());
        use serde::de::IntoDeserializer;
        let as_u32: Result<Date, serde::de::value::Error> = Date::deserialize(packed.into_deserializer());
        assert!(as_u32.is_err(), "a bare number is no date, whichever reader hands it over");
        assert!(serde_json::from_str::<Date>(r#"{"x": "2024-02-29"}"#).is_err());
        assert_eq!(
            toml::from_str::<Dated>("on = 2024-02-29").map(|d| d.on.to_string()).ok().as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(
            serde_json::from_str::<Date>("\"2024-02-29\"").map(|d| d.to_string()).ok().as_deref(),
            Some("2024-02-29")
        );
    }

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|| panic!("{text} is a date"))
    }

    #[test]
    fn counts_days_exactly_across_the_whole_calendar() {
        assert_eq!(date("2021-03-01").days_since(date("2021-02-28")), 1);
        assert_eq!(date("2020-03-01").days_since(date("2020-02-28")), 2);
        assert_eq!(date("2000-03-01").days_since(date("2000-02-28")), 2);
        assert_eq!(date("1900-03-01").days_since(date("1900-02-28")), 1);
        assert_eq!(date("9999-12-31").days_since(date("9999-12-30")), 1);
        assert_eq!(date("0001-01-02").days_since(date("0001-01-01")), 1);
        assert_eq!(date("0001-01-01").days_since(date("0001-01-02")), -1);
        // 9,999 years of 365 days, plus the leap days of years 4..=9996
        // (2,499), less the centuries that are not leap years (99 - 24).
        assert_eq!(date("9999-12-31").days_since(date("0001-01-01")), 9_999 * 365 + 2_499 - 75 - 1);
        // It agrees with the calendar's own arithmetic day by day.
        let mut day = date("2020-12-25");
        for n in 0..800 {
            assert_eq!(day.days_since(date("2020-12-25")), n);
            day = day.checked_plus_days(1).unwrap_or_else(|| panic!("day {n}"));
        }
    }

    #[test]
    fn adding_days_past_the_end_of_the_calendar_says_so() {
        assert_eq!(date("9999-12-30").checked_plus_days(1), Some(Date::LAST));
        assert_eq!(date("9999-12-30").checked_plus_days(2), None);
        assert_eq!(date("0001-01-01").checked_plus_days(u32::MAX), None);
        assert_eq!(date("0001-01-01").checked_plus_days(0), Some(date("0001-01-01")));
    }

    #[test]
    fn adds_days_across_months() {
        let d = Date::parse("2021-01-30").and_then(|d| d.checked_plus_days(3));
        assert_eq!(d.map(|d| d.to_string()), Some("2021-02-02".into()));
    }
}

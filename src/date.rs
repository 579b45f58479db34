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

    /// The date `days` days later, saturating at the end of the calendar.
    pub fn plus_days(self, days: u32) -> Date {
        let span = jiff::Span::new().days(i64::from(days.min(3_000_000)));
        Date(self.0.checked_add(span).unwrap_or(jiff::civil::Date::MAX))
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

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date, YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse(text).ok_or_else(|| E::custom(crate::messages::not_a_date(text)))
            }
            // A TOML date, straight from the parsed document: toml hands it
            // over as a one-entry map whose value is the date's text.
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
                let Some(_) = map.next_key::<serde::de::IgnoredAny>()? else {
                    return Err(serde::de::Error::custom(crate::messages::not_a_date("")));
                };
                let text: String = map.next_value()?;
                Date::parse(&text).ok_or_else(|| serde::de::Error::custom(crate::messages::not_a_date(&text)))
            }
        }
        deserializer.deserialize_any(Visitor)
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

    #[test]
    fn adds_days_across_months() {
        let d = Date::parse("2021-01-30").map(|d| d.plus_days(3));
        assert_eq!(d.map(|d| d.to_string()), Some("2021-02-02".into()));
    }
}

//! Time helpers: Central European time zone rules and "next occurrence" of a local date.
//!
//! Europe/Oslo and Europe/Stockholm share the EU rule: UTC+1, and UTC+2 from 01:00 UTC on the
//! last Sunday of March to 01:00 UTC on the last Sunday of October. Writing the rule out avoids
//! pulling in a whole time zone database for two zones.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday,
};

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .expect("valid date");
    let mut d = first_next - Duration::days(1);
    while d.weekday() != Weekday::Sun {
        d -= Duration::days(1);
    }
    d
}

/// UTC offset in seconds for Central European time at an instant.
pub fn cet_offset_seconds(at: DateTime<Utc>) -> i32 {
    let year = at.year();
    let start = last_sunday(year, 3)
        .and_hms_opt(1, 0, 0)
        .expect("time")
        .and_utc();
    let end = last_sunday(year, 10)
        .and_hms_opt(1, 0, 0)
        .expect("time")
        .and_utc();
    if at >= start && at < end {
        7200
    } else {
        3600
    }
}

/// Converts a Central European wall-clock time to an instant with its offset. Times in the
/// spring gap resolve to the summer offset; repeated autumn times to the first occurrence.
pub fn cet_local(local: NaiveDateTime) -> DateTime<FixedOffset> {
    for offset in [7200, 3600] {
        let utc = (local - Duration::seconds(offset as i64)).and_utc();
        if cet_offset_seconds(utc) == offset {
            let tz = FixedOffset::east_opt(offset).expect("offset");
            return tz.from_utc_datetime(&utc.naive_utc());
        }
    }
    let utc = (local - Duration::seconds(7200)).and_utc();
    FixedOffset::east_opt(7200)
        .expect("offset")
        .from_utc_datetime(&utc.naive_utc())
}

/// Shows an instant in Central European time (for RFC 3339 output with the local offset).
pub fn to_cet(at: DateTime<Utc>) -> DateTime<FixedOffset> {
    let tz = FixedOffset::east_opt(cet_offset_seconds(at)).expect("offset");
    at.with_timezone(&tz)
}

/// The first instant strictly after `after` that falls on `month`/`day` at `hour:minute` local
/// Central European time.
pub fn next_occurrence(
    after: DateTime<Utc>,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
) -> DateTime<FixedOffset> {
    let mut year = to_cet(after).year();
    loop {
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
            let local = date.and_hms_opt(hour, minute, 0).expect("time");
            let at = cet_local(local);
            if at.with_timezone(&Utc) > after {
                return at;
            }
        }
        year += 1;
    }
}

/// RFC 3339 with seconds precision, keeping the offset.
pub fn rfc3339<Tz: TimeZone>(at: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

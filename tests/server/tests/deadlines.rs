//! Deadlines: Central European time and next-occurrence seeding.

use chrono::{TimeZone, Utc};
use reference_backend::catalogue;
use reference_backend::clock::{cet_offset_seconds, next_occurrence};

#[test]
fn summer_and_winter_offsets() {
    // (month, day, hour, minute) in UTC, 2027, and the expected offset in seconds.
    for (month, day, hour, minute, offset) in [
        (1, 15, 12, 0, 3600),
        (7, 15, 12, 0, 7200),
        // 2027: summer time from 28 March 01:00 UTC to 31 October 01:00 UTC.
        (3, 28, 0, 59, 3600),
        (3, 28, 1, 0, 7200),
        (10, 31, 1, 0, 3600),
    ] {
        let at = Utc
            .with_ymd_and_hms(2027, month, day, hour, minute, 0)
            .unwrap();
        assert_eq!(cet_offset_seconds(at), offset, "at {at}");
    }
}

#[test]
fn next_occurrence_rolls_over_the_year() {
    let before = Utc.with_ymd_and_hms(2027, 3, 1, 0, 0, 0).unwrap();
    let d = next_occurrence(before, 4, 3, 23, 59);
    assert_eq!(d.to_rfc3339(), "2027-04-03T23:59:00+02:00");
    let after = Utc.with_ymd_and_hms(2027, 4, 3, 22, 0, 0).unwrap(); // 00:00 on 4 April in Oslo
    assert_eq!(
        next_occurrence(after, 4, 3, 23, 59).to_rfc3339(),
        "2028-04-03T23:59:00+02:00"
    );
    assert_eq!(
        next_occurrence(before, 2, 1, 23, 59).to_rfc3339(),
        "2028-02-01T23:59:00+01:00"
    );
}

#[test]
fn catalogue_deadlines_follow_the_anchor() {
    let anchor = Utc.with_ymd_and_hms(2027, 4, 10, 12, 0, 0).unwrap();
    let c = catalogue::build(anchor);
    let ledl = c.round("oslomet-lui-oppdrag").unwrap();
    assert_eq!(ledl.deadline.as_deref(), Some("2028-04-03T23:59:00+02:00"));
    let sled = c.round("oslomet-lui-etterutdanning").unwrap();
    assert_eq!(sled.deadline.as_deref(), Some("2027-04-25T23:59:00+02:00"));
    let mdu = c.round("skolverket-kollegialt-larande").unwrap();
    assert_eq!(mdu.time_zone, "Europe/Stockholm");
    assert_eq!(mdu.opens_at.as_deref(), Some("2027-03-15T00:00:00+01:00"));
    assert_eq!(mdu.deadline.as_deref(), Some("2027-04-19T23:59:00+02:00"));
    let bi = c.round("bi-skoleledelse").unwrap();
    assert!(bi.rolling_admission && bi.deadline.is_none());
    let alt = c.alternative("mdu-kollegialt-larande").unwrap();
    assert_eq!(alt.registration_by, "principal");
    assert!(alt.credits.is_none());
    assert!(alt.questions.iter().any(|q| q.kind == "national_id_se"));
}

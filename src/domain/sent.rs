//! What the owner of an application or a needs report may still do with it once it is sent:
//! until the deadline, change it (and send the change again) or withdraw it; after the
//! deadline it stays as it was sent.

use chrono::{DateTime, Utc};

/// Where a resource stands for its owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterSending {
    /// Not sent yet.
    Draft,
    /// Sent, and before the deadline: it may be changed and sent again, or withdrawn.
    Changeable,
    /// Sent, and the deadline has passed: it stays as it was sent.
    Locked,
    /// Withdrawn, or taken further by others (recommended, decided, an offer): nothing for
    /// the owner to change.
    Closed,
}

/// Where a resource with the contract's `status` stands at `now`. The deadline is the last
/// instant a change is taken (23:59:00 on the last day is in time, a second later is not);
/// `None` for no deadline (rolling admission).
pub fn after_sending(
    status: &str,
    now: DateTime<Utc>,
    deadline: Option<DateTime<Utc>>,
) -> AfterSending {
    match status {
        "draft" => AfterSending::Draft,
        "submitted" if deadline.is_none_or(|deadline| now <= deadline) => AfterSending::Changeable,
        "submitted" => AfterSending::Locked,
        _ => AfterSending::Closed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_sent_report_can_be_changed_up_to_the_last_instant_of_its_deadline() {
        // The needs report's deadline: 1 February 23:59 in Oslo, winter time (UTC+1).
        let deadline = Some(at("2027-02-01T23:59:00+01:00"));
        let state = |now| after_sending("submitted", at(now), deadline);
        assert_eq!(state("2027-01-15T12:00:00+01:00"), AfterSending::Changeable);
        assert_eq!(state("2027-02-01T22:59:00Z"), AfterSending::Changeable);
        assert_eq!(state("2027-02-01T23:59:01+01:00"), AfterSending::Locked);
        assert_eq!(state("2027-02-02T00:00:00+01:00"), AfterSending::Locked);
    }

    #[test]
    fn without_a_deadline_a_sent_one_stays_changeable() {
        let now = at("2030-01-01T00:00:00Z");
        assert_eq!(
            after_sending("submitted", now, None),
            AfterSending::Changeable
        );
    }

    #[test]
    fn only_a_sent_one_is_changed_by_sending_again() {
        let now = at("2027-01-01T00:00:00Z");
        let deadline = Some(at("2027-02-01T23:59:00+01:00"));
        assert_eq!(after_sending("draft", now, deadline), AfterSending::Draft);
        for status in [
            "withdrawn",
            "recommended",
            "decided",
            "offer",
            "rejected",
            "other",
        ] {
            assert_eq!(
                after_sending(status, now, deadline),
                AfterSending::Closed,
                "{status}"
            );
        }
    }
}

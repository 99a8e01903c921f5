//! The needs report's sections (one page each, listed on the task list) and each section's
//! status, worked out from whether anything was entered and from the server's findings (what a
//! submission would refuse), so that the task list and a submission always agree.

/// The report's sections, in the order the task list shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Owner,
    Network,
    Schools,
    Partner,
    Need,
    Topics,
    Measure,
    Anchoring,
    Period,
    Budget,
    Region,
}

impl Section {
    pub const ALL: [Section; 11] = [
        Section::Owner,
        Section::Network,
        Section::Schools,
        Section::Partner,
        Section::Need,
        Section::Topics,
        Section::Measure,
        Section::Anchoring,
        Section::Period,
        Section::Budget,
        Section::Region,
    ];

    /// The section's address segment: `/behovsmelding/<id>/<slug>`.
    pub const fn slug(self) -> &'static str {
        match self {
            Section::Owner => "skoleeier",
            Section::Network => "nettverk",
            Section::Schools => "skoler",
            Section::Partner => "partner",
            Section::Need => "behov",
            Section::Topics => "tema",
            Section::Measure => "tiltak",
            Section::Anchoring => "forankring",
            Section::Period => "periode",
            Section::Budget => "budsjett",
            Section::Region => "statsforvalter",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The content's top-level members this section writes.
    const fn members(self) -> &'static [&'static str] {
        match self {
            Section::Owner => &["lead_owner", "contact_person"],
            Section::Network => &["co_owners"],
            Section::Schools => &["schools"],
            Section::Partner => &["partner"],
            Section::Need => &["need"],
            Section::Topics => &["topic_ids", "other_topic"],
            Section::Measure => &["measure"],
            Section::Anchoring => &["anchoring"],
            Section::Period => &["period"],
            Section::Budget => &["budget"],
            Section::Region => &["region_id"],
        }
    }

    /// Whether the report may be sent with nothing entered here (a network is optional: an
    /// owner may report alone).
    pub const fn optional(self) -> bool {
        matches!(self, Section::Network)
    }

    /// The section a finding's JSON Pointer (`/lead_owner/name`) belongs to; `None` for the
    /// whole report (`""`, a passed deadline) or an unknown member.
    pub fn of_pointer(pointer: &str) -> Option<Section> {
        let first = pointer.strip_prefix('/')?.split('/').next()?;
        Section::ALL
            .into_iter()
            .find(|section| section.members().contains(&first))
    }

    /// The section after this one, for "Continue".
    pub fn next(self) -> Option<Section> {
        let at = Section::ALL.iter().position(|s| *s == self)?;
        Section::ALL.get(at + 1).copied()
    }
}

/// A section's status on the task list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionStatus {
    NotStarted,
    InProgress,
    Completed,
    /// A value a submission would refuse (a wrong organisation number, a too-low own
    /// contribution), or a section left incomplete after the user said it was done.
    HasErrors,
}

/// The finding code for a value that is merely missing.
const MISSING: &str = "required";

/// A section's status: `started` when anything is entered in it, `left` when the user has gone
/// on from its page, `codes` the codes of the findings in it.
pub fn section_status<'a>(
    section: Section,
    started: bool,
    left: bool,
    codes: impl IntoIterator<Item = &'a str>,
) -> SectionStatus {
    let mut missing = false;
    for code in codes {
        if code != MISSING {
            return SectionStatus::HasErrors;
        }
        missing = true;
    }
    match (missing, started, left) {
        (false, true, _) => SectionStatus::Completed,
        (false, false, _) if section.optional() && left => SectionStatus::Completed,
        (false, false, _) if section.optional() => SectionStatus::NotStarted,
        (true, _, true) => SectionStatus::HasErrors,
        (_, false, false) => SectionStatus::NotStarted,
        _ => SectionStatus::InProgress,
    }
}

/// The sections the user has gone on from, written to keep in the browser (slugs with commas),
/// so that a section left incomplete still shows as having errors after a reload.
pub fn left_to_text(left: &[Section]) -> String {
    left.iter()
        .map(|section| section.slug())
        .collect::<Vec<_>>()
        .join(",")
}

/// The sections read back from `left_to_text`'s form; anything not a section is ignored.
pub fn left_from_text(text: &str) -> Vec<Section> {
    let mut left = Vec::new();
    for section in text.split(',').filter_map(Section::from_slug) {
        if !left.contains(&section) {
            left.push(section);
        }
    }
    left
}

/// The report can be sent when every section is complete (an untouched optional section
/// counts as complete) and no finding concerns the whole report.
pub fn ready_to_send(statuses: &[(Section, SectionStatus)], report_wide_findings: usize) -> bool {
    report_wide_findings == 0
        && statuses.iter().all(|(section, status)| {
            *status == SectionStatus::Completed
                || (section.optional() && *status == SectionStatus::NotStarted)
        })
}

/// The longest free text, in characters, the contract takes at `pointer` (its `maxLength`);
/// `None` for a field without such a limit. Shown before typing and counted while typing, and
/// named when the server finds a text too long.
pub fn text_max_chars(pointer: &str) -> Option<usize> {
    let segments: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    match segments.as_slice() {
        ["need", "competence_need" | "analysis" | "staff_involvement"]
        | ["measure", "goal" | "description" | "target_group"] => Some(4000),
        ["anchoring", _, "explanation"] => Some(2000),
        ["other_topic"] => Some(500),
        ["measure", "title"] | ["lead_owner", "name"] => Some(200),
        ["co_owners" | "schools", _, "name"] => Some(200),
        ["contact_person", "name" | "role"] | ["partner", "contact", "name" | "role"] => Some(200),
        _ => None,
    }
}

/// Free texts at least this long get a character counter: that is where people write at length.
/// A name's 200 characters are never near, and a counter under it would only be noise.
pub const COUNTED_FROM_CHARS: usize = 500;

#[cfg(test)]
mod tests {
    #[test]
    fn the_contracts_text_limits_by_field() {
        use super::text_max_chars as max;
        assert_eq!(max("/need/competence_need"), Some(4000));
        assert_eq!(max("/need/staff_involvement"), Some(4000));
        assert_eq!(max("/measure/target_group"), Some(4000));
        assert_eq!(max("/anchoring/leaders_own_it/explanation"), Some(2000));
        assert_eq!(max("/other_topic"), Some(500));
        assert_eq!(max("/measure/title"), Some(200));
        assert_eq!(max("/schools/3/name"), Some(200));
        assert_eq!(max("/partner/contact/name"), Some(200));
        assert_eq!(max("/contact_person/role"), Some(200));
        assert_eq!(max("/contact_person/email"), None);
        assert_eq!(max("/measure/participants"), None);
        assert_eq!(max("/anchoring/x/confirmed"), None);
    }

    use super::*;

    #[test]
    fn slugs_are_unique_and_read_back() {
        for section in Section::ALL {
            assert_eq!(Section::from_slug(section.slug()), Some(section));
        }
        assert_eq!(Section::from_slug("kvittering"), None);
    }

    #[test]
    fn findings_land_on_their_section() {
        assert_eq!(
            Section::of_pointer("/lead_owner/organisation_number"),
            Some(Section::Owner)
        );
        assert_eq!(
            Section::of_pointer("/contact_person/email"),
            Some(Section::Owner)
        );
        assert_eq!(
            Section::of_pointer("/budget/1/rows/3/purpose"),
            Some(Section::Budget)
        );
        assert_eq!(Section::of_pointer("/other_topic"), Some(Section::Topics));
        assert_eq!(Section::of_pointer("/region_id"), Some(Section::Region));
        assert_eq!(Section::of_pointer(""), None);
        assert_eq!(Section::of_pointer("/lead_ownerx"), None);
    }

    #[test]
    fn every_member_belongs_to_one_section() {
        let mut seen = std::collections::BTreeSet::new();
        for section in Section::ALL {
            for member in section.members() {
                assert!(seen.insert(*member), "{member} twice");
            }
        }
    }

    #[test]
    fn statuses() {
        use SectionStatus::*;
        let s = Section::Owner;
        assert_eq!(section_status(s, false, false, ["required"]), NotStarted);
        assert_eq!(section_status(s, true, false, ["required"]), InProgress);
        assert_eq!(section_status(s, true, true, ["required"]), HasErrors);
        assert_eq!(section_status(s, true, false, []), Completed);
        assert_eq!(
            section_status(s, true, false, ["required", "invalid_checksum"]),
            HasErrors
        );
        assert_eq!(
            section_status(Section::Budget, true, false, ["own_contribution_too_low"]),
            HasErrors
        );
        // An optional section with nothing in it.
        assert_eq!(
            section_status(Section::Network, false, false, []),
            NotStarted
        );
        assert_eq!(section_status(Section::Network, false, true, []), Completed);
    }

    #[test]
    fn a_section_left_incomplete_has_errors_also_after_a_reload() {
        use SectionStatus::*;
        let left = [Section::Owner, Section::Budget];
        // What a reload reads back from the browser's copy.
        let read_back = left_from_text(&left_to_text(&left));
        assert_eq!(read_back, left);
        let status = |section, codes: &[&str]| {
            section_status(
                section,
                true,
                read_back.contains(&section),
                codes.iter().copied(),
            )
        };
        assert_eq!(status(Section::Owner, &["required"]), HasErrors);
        assert_eq!(status(Section::Owner, &[]), Completed);
        // A section never gone on from is still being written.
        assert_eq!(status(Section::Measure, &["required"]), InProgress);
        assert_eq!(status(Section::Measure, &["out_of_range"]), HasErrors);
        // A damaged or foreign value is read as far as it names sections.
        assert_eq!(left_from_text(""), vec![]);
        assert_eq!(
            left_from_text("skoleeier,,kvittering,skoleeier,budsjett"),
            vec![Section::Owner, Section::Budget]
        );
    }

    #[test]
    fn sending_waits_for_every_required_section() {
        use SectionStatus::*;
        let mut all: Vec<_> = Section::ALL.iter().map(|s| (*s, Completed)).collect();
        assert!(ready_to_send(&all, 0));
        assert!(!ready_to_send(&all, 1));
        all[1] = (Section::Network, NotStarted);
        assert!(ready_to_send(&all, 0));
        all[0] = (Section::Owner, InProgress);
        assert!(!ready_to_send(&all, 0));
        all[0] = (Section::Owner, HasErrors);
        assert!(!ready_to_send(&all, 0));
    }
}

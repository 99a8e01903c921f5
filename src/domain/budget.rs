//! The DeKomp needs report's budget: one to three school years, each with rows of grant money
//! by purpose and receiver, and the school owner's own contribution, which must be at least a
//! given percentage of the state grant to the owner.
//!
//! Bounds, so that no sum can overflow: every amount is at most `MAX_KRONER` (< 10¹²), a year
//! has at most `MAX_ROWS_PER_YEAR` (10⁴) rows and a budget at most `MAX_YEARS` (3) years, so any
//! total is below 3 × 10¹⁶; a rate is at most 100 %, so rate × grant stays below 10¹⁸, well
//! inside `i64` (about 9.2 × 10¹⁸). `Budget::new` checks these bounds; after it, plain `i64`
//! arithmetic is exact.

use std::fmt;

use super::money::MAX_KRONER;

pub const MAX_YEARS: usize = 3;
pub const MAX_ROWS_PER_YEAR: usize = 10_000;

/// A school year, such as 2027–28, known by the calendar year it starts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SchoolYear {
    start: u16,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchoolYearError {
    /// Not a four-digit year, a separator and a two- or four-digit year.
    Format,
    /// Two years that do not follow each other, such as "2027–29".
    NotConsecutive,
}

impl SchoolYear {
    pub const fn starting(start: u16) -> SchoolYear {
        SchoolYear { start }
    }

    pub const fn start(self) -> u16 {
        self.start
    }

    /// Reads "2027–28", "2027-28", "2027/28", "2027-2028" or "2027/2028" (an en dash, a hyphen
    /// or a slash; spaces around it are allowed).
    pub fn parse(input: &str) -> Result<SchoolYear, SchoolYearError> {
        let (first, second) = input
            .split_once(['\u{2013}', '-', '/'])
            .ok_or(SchoolYearError::Format)?;
        let (first, second) = (first.trim(), second.trim());
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if first.len() != 4
            || !matches!(second.len(), 2 | 4)
            || !all_digits(first)
            || !all_digits(second)
        {
            return Err(SchoolYearError::Format);
        }
        let start: u16 = first.parse().map_err(|_| SchoolYearError::Format)?;
        let end: u32 = second.parse().map_err(|_| SchoolYearError::Format)?;
        let expected_end = u32::from(start) + 1;
        let consecutive = if second.len() == 2 {
            end == expected_end % 100
        } else {
            end == expected_end
        };
        if !consecutive {
            return Err(SchoolYearError::NotConsecutive);
        }
        Ok(SchoolYear { start })
    }
}

/// "2027–28", with an en dash: the way the school year is written in Norwegian and Swedish, and
/// a form that spreadsheets do not mistake for a date.
impl fmt::Display for SchoolYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let end = (u32::from(self.start) + 1) % 100;
        write!(f, "{}\u{2013}{end:02}", self.start)
    }
}

/// What grant money may be used for (the scheme: assess needs, plan, carry out and evaluate
/// measures, and a limited coordinator role).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Purpose {
    AssessNeeds,
    Plan,
    CarryOut,
    Evaluate,
    Coordinator,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PurposeError {
    /// A purpose the scheme rules out: individual further education (videreutdanning for
    /// enkeltpersoner) is funded elsewhere, not by DeKomp, whose money may only be used to
    /// assess needs, plan, carry out and evaluate measures and for a limited coordinator role.
    NotFundable,
    /// No purpose has this code.
    Unknown,
}

/// Codes of purposes that people ask for but the scheme rules out.
const NOT_FUNDABLE_CODES: [&str; 1] = ["individual_further_education"];

impl Purpose {
    pub const ALL: [Purpose; 5] = [
        Purpose::AssessNeeds,
        Purpose::Plan,
        Purpose::CarryOut,
        Purpose::Evaluate,
        Purpose::Coordinator,
    ];

    /// The stable code used in storage, the API and exports.
    pub const fn code(self) -> &'static str {
        match self {
            Purpose::AssessNeeds => "assess_needs",
            Purpose::Plan => "plan",
            Purpose::CarryOut => "carry_out",
            Purpose::Evaluate => "evaluate",
            Purpose::Coordinator => "coordinator",
        }
    }

    pub fn from_code(code: &str) -> Result<Purpose, PurposeError> {
        if NOT_FUNDABLE_CODES.contains(&code) {
            return Err(PurposeError::NotFundable);
        }
        Purpose::ALL
            .into_iter()
            .find(|purpose| purpose.code() == code)
            .ok_or(PurposeError::Unknown)
    }
}

/// Who receives a row's grant money: the school owner or the partner institution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Receiver {
    Owner,
    Partner,
}

impl Receiver {
    pub const ALL: [Receiver; 2] = [Receiver::Owner, Receiver::Partner];

    pub const fn code(self) -> &'static str {
        match self {
            Receiver::Owner => "owner",
            Receiver::Partner => "partner",
        }
    }

    pub fn from_code(code: &str) -> Option<Receiver> {
        Receiver::ALL
            .into_iter()
            .find(|receiver| receiver.code() == code)
    }
}

/// How the owner pays its own contribution: as salary (released time), as money, or both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContributionForm {
    Salary,
    Money,
    Both,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BudgetRow {
    pub purpose: Purpose,
    pub receiver: Receiver,
    /// Whole kroner, 0 to `MAX_KRONER`.
    pub amount: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OwnContribution {
    /// Whole kroner, 0 to `MAX_KRONER`.
    pub amount: i64,
    pub form: ContributionForm,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetYear {
    pub year: SchoolYear,
    pub rows: Vec<BudgetRow>,
    pub own_contribution: OwnContribution,
}

/// The required own contribution as a whole percentage (30 today, from reference data).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContributionRate {
    percent: u8,
}

impl ContributionRate {
    /// `None` above 100 %.
    pub fn from_percent(percent: u32) -> Option<ContributionRate> {
        u8::try_from(percent)
            .ok()
            .filter(|p| *p <= 100)
            .map(|percent| ContributionRate { percent })
    }

    /// The contribution required for a grant, rounded up to whole kroner: a contribution one
    /// krone short of the exact percentage would not meet the rule.
    pub fn required_for(self, grant_to_owner: i64) -> i64 {
        (i64::from(self.percent) * grant_to_owner + 99) / 100
    }
}

/// A budget within the bounds described at the top of this module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Budget {
    years: Vec<BudgetYear>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetError {
    NoYears,
    TooManyYears,
    /// Each school year must follow the one before it.
    YearsNotConsecutive,
    TooManyRows {
        year: SchoolYear,
    },
    /// A row's amount is negative or above `MAX_KRONER`; `row_index` counts from 0.
    AmountOutOfRange {
        year: SchoolYear,
        row_index: usize,
    },
    /// The own contribution is negative or above `MAX_KRONER`.
    ContributionOutOfRange {
        year: SchoolYear,
    },
}

/// One year's figures, all in whole kroner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearSummary {
    pub year: SchoolYear,
    pub total: i64,
    /// The state grant to the owner: its rows, coordinator rows included.
    pub to_owner: i64,
    pub to_partner: i64,
    pub required_contribution: i64,
    pub entered_contribution: i64,
    /// How much the entered contribution falls short of the required one; 0 when it does not.
    pub shortfall: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetSummary {
    pub years: Vec<YearSummary>,
    pub total: i64,
    pub to_owner: i64,
    pub to_partner: i64,
    /// The sum of the years' requirements, each rounded up on its own (the rule applies per
    /// year, so this may exceed the requirement of the summed grant).
    pub required_contribution: i64,
    pub entered_contribution: i64,
}

impl BudgetSummary {
    /// The years whose own contribution falls short, in order.
    pub fn shortfalls(&self) -> impl Iterator<Item = &YearSummary> {
        self.years.iter().filter(|year| year.shortfall > 0)
    }
}

impl Budget {
    pub fn new(years: Vec<BudgetYear>) -> Result<Budget, BudgetError> {
        if years.is_empty() {
            return Err(BudgetError::NoYears);
        }
        if years.len() > MAX_YEARS {
            return Err(BudgetError::TooManyYears);
        }
        let consecutive = years
            .windows(2)
            .all(|pair| u32::from(pair[1].year.start) == u32::from(pair[0].year.start) + 1);
        if !consecutive {
            return Err(BudgetError::YearsNotConsecutive);
        }
        let in_range = |amount: i64| (0..=MAX_KRONER).contains(&amount);
        for year in &years {
            let school_year = year.year;
            if year.rows.len() > MAX_ROWS_PER_YEAR {
                return Err(BudgetError::TooManyRows { year: school_year });
            }
            if let Some(row_index) = year.rows.iter().position(|row| !in_range(row.amount)) {
                return Err(BudgetError::AmountOutOfRange {
                    year: school_year,
                    row_index,
                });
            }
            if !in_range(year.own_contribution.amount) {
                return Err(BudgetError::ContributionOutOfRange { year: school_year });
            }
        }
        Ok(Budget { years })
    }

    pub fn years(&self) -> &[BudgetYear] {
        &self.years
    }

    pub fn summary(&self, rate: ContributionRate) -> BudgetSummary {
        let complete = |year: &BudgetYear| {
            let rows = year
                .rows
                .iter()
                .map(|row| (Some(row.receiver), Some(row.amount)));
            year_summary(year.year, rows, Some(year.own_contribution.amount), rate)
        };
        BudgetSummary::from_years(self.years.iter().map(complete).collect())
    }
}

impl BudgetSummary {
    /// The budget's figures as the sums of its years'.
    pub fn from_years(years: Vec<YearSummary>) -> BudgetSummary {
        let sum = |field: fn(&YearSummary) -> i64| years.iter().map(field).sum();
        BudgetSummary {
            total: sum(|year| year.total),
            to_owner: sum(|year| year.to_owner),
            to_partner: sum(|year| year.to_partner),
            required_contribution: sum(|year| year.required_contribution),
            entered_contribution: sum(|year| year.entered_contribution),
            years,
        }
    }
}

/// One year's figures from rows as they stand, complete or still being filled in (the budget
/// page, check answers and `Budget::summary` all count with this). A row counts toward its
/// receiver once it has one, and toward the total once it has an amount; an amount or own
/// contribution outside 0 to `MAX_KRONER` counts as nothing (its field shows its own error),
/// which keeps every sum inside the bounds described at the top of this module.
pub fn year_summary(
    year: SchoolYear,
    rows: impl IntoIterator<Item = (Option<Receiver>, Option<i64>)>,
    entered_contribution: Option<i64>,
    rate: ContributionRate,
) -> YearSummary {
    let in_range = |amount: &i64| (0..=MAX_KRONER).contains(amount);
    let (mut total, mut to_owner, mut to_partner) = (0i64, 0i64, 0i64);
    for (receiver, amount) in rows {
        let Some(amount) = amount.filter(in_range) else {
            continue;
        };
        total = total.saturating_add(amount);
        match receiver {
            Some(Receiver::Owner) => to_owner = to_owner.saturating_add(amount),
            Some(Receiver::Partner) => to_partner = to_partner.saturating_add(amount),
            None => {}
        }
    }
    let required_contribution =
        rate.required_for(to_owner.min(MAX_KRONER * MAX_ROWS_PER_YEAR as i64));
    let entered_contribution = entered_contribution.filter(in_range).unwrap_or(0);
    YearSummary {
        year,
        total,
        to_owner,
        to_partner,
        required_contribution,
        entered_contribution,
        shortfall: (required_contribution - entered_contribution).max(0),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    const THIRTY: ContributionRate = ContributionRate { percent: 30 };

    pub(crate) fn row(purpose: Purpose, receiver: Receiver, amount: i64) -> BudgetRow {
        BudgetRow {
            purpose,
            receiver,
            amount,
        }
    }

    pub(crate) fn year(start: u16, rows: Vec<BudgetRow>, contribution: i64) -> BudgetYear {
        BudgetYear {
            year: SchoolYear::starting(start),
            rows,
            own_contribution: OwnContribution {
                amount: contribution,
                form: ContributionForm::Both,
            },
        }
    }

    fn one_year_summary(rows: Vec<BudgetRow>, contribution: i64) -> YearSummary {
        let budget = Budget::new(vec![year(2027, rows, contribution)]).unwrap();
        budget.summary(THIRTY).years[0]
    }

    #[test]
    fn school_years_read_and_write() {
        for input in [
            "2027\u{2013}28",
            "2027-28",
            "2027/28",
            "2027-2028",
            "2027/2028",
            " 2027 - 28 ",
        ] {
            assert_eq!(
                SchoolYear::parse(input),
                Ok(SchoolYear::starting(2027)),
                "{input}"
            );
        }
        assert_eq!(SchoolYear::starting(2027).to_string(), "2027\u{2013}28");
        assert_eq!(SchoolYear::starting(2099).to_string(), "2099\u{2013}00");
        assert_eq!(SchoolYear::parse("2099-00"), Ok(SchoolYear::starting(2099)));
        assert_eq!(SchoolYear::parse("2008-09").unwrap().start(), 2008);
    }

    #[test]
    fn school_years_refused() {
        use SchoolYearError::*;
        for (input, error) in [
            ("2027-29", NotConsecutive),
            ("2027-27", NotConsecutive),
            ("2027-2029", NotConsecutive),
            ("2027/26", NotConsecutive),
            ("", Format),
            ("2027", Format),
            ("27-28", Format),
            ("2027-8", Format),
            ("2027-028", Format),
            ("2027-2a", Format),
            ("2027\u{2014}28", Format),
        ] {
            assert_eq!(SchoolYear::parse(input), Err(error), "{input}");
        }
    }

    #[test]
    fn purpose_codes_round_trip_and_forbidden_is_distinct() {
        for purpose in Purpose::ALL {
            assert_eq!(Purpose::from_code(purpose.code()), Ok(purpose));
        }
        assert_eq!(
            Purpose::from_code("individual_further_education"),
            Err(PurposeError::NotFundable)
        );
        assert_eq!(Purpose::from_code("travel"), Err(PurposeError::Unknown));
        assert_eq!(Purpose::from_code("Plan"), Err(PurposeError::Unknown));
        for receiver in Receiver::ALL {
            assert_eq!(Receiver::from_code(receiver.code()), Some(receiver));
        }
        assert_eq!(Receiver::from_code("school"), None);
    }

    #[test]
    fn rate_is_a_whole_percentage_up_to_100() {
        assert_eq!(ContributionRate::from_percent(30), Some(THIRTY));
        assert!(ContributionRate::from_percent(100).is_some());
        assert_eq!(ContributionRate::from_percent(101), None);
        assert_eq!(ContributionRate::from_percent(300), None);
    }

    #[test]
    fn grant_to_owner_includes_coordinator_rows_and_excludes_partner_rows() {
        let summary = one_year_summary(
            vec![
                row(Purpose::CarryOut, Receiver::Owner, 60_000),
                row(Purpose::Coordinator, Receiver::Owner, 40_000),
                row(Purpose::Plan, Receiver::Partner, 250_000),
            ],
            30_000,
        );
        assert_eq!(summary.to_owner, 100_000);
        assert_eq!(summary.to_partner, 250_000);
        assert_eq!(summary.total, 350_000);
        assert_eq!(summary.required_contribution, 30_000);
        assert_eq!(summary.shortfall, 0);
    }

    #[test]
    fn contribution_rounds_up_and_meets_the_rule_exactly_at_the_boundary() {
        for (grant, required) in [(100_000, 30_000), (100_001, 30_001), (1, 1), (0, 0)] {
            let rows = vec![row(Purpose::CarryOut, Receiver::Owner, grant)];
            let enough = one_year_summary(rows.clone(), required);
            assert_eq!(enough.required_contribution, required, "grant {grant}");
            assert_eq!(enough.shortfall, 0, "grant {grant}");
            if required > 0 {
                let short = one_year_summary(rows, required - 1);
                assert_eq!(short.shortfall, 1, "grant {grant}");
            }
        }
    }

    #[test]
    fn total_requirement_is_the_sum_of_each_year_rounded_up() {
        // Each year needs 0.3 → 1 krone, so 3 in all, while 30 % of the summed grant (3) is 1.
        let years = (2027..2030)
            .map(|start| year(start, vec![row(Purpose::Plan, Receiver::Owner, 1)], 0))
            .collect();
        let summary = Budget::new(years).unwrap().summary(THIRTY);
        assert_eq!(summary.required_contribution, 3);
        let short: Vec<(SchoolYear, i64)> = summary
            .shortfalls()
            .map(|year| (year.year, year.shortfall))
            .collect();
        assert_eq!(
            short,
            (2027..2030)
                .map(|start| (SchoolYear::starting(start), 1))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn shortfalls_name_only_the_years_that_fall_short() {
        let years = vec![
            year(
                2027,
                vec![row(Purpose::Plan, Receiver::Owner, 100_000)],
                30_000,
            ),
            year(
                2028,
                vec![row(Purpose::Plan, Receiver::Owner, 100_000)],
                20_000,
            ),
            year(
                2029,
                vec![row(Purpose::Plan, Receiver::Owner, 10_000)],
                99_000,
            ),
        ];
        let summary = Budget::new(years).unwrap().summary(THIRTY);
        let short: Vec<(SchoolYear, i64)> = summary
            .shortfalls()
            .map(|year| (year.year, year.shortfall))
            .collect();
        assert_eq!(short, vec![(SchoolYear::starting(2028), 10_000)]);
    }

    #[test]
    fn budget_shape_is_checked() {
        let plain = |start| year(start, vec![], 0);
        assert_eq!(Budget::new(vec![]), Err(BudgetError::NoYears));
        assert_eq!(
            Budget::new((2027..2031).map(plain).collect()),
            Err(BudgetError::TooManyYears)
        );
        assert_eq!(
            Budget::new(vec![plain(2027), plain(2029)]),
            Err(BudgetError::YearsNotConsecutive)
        );
        assert_eq!(
            Budget::new(vec![plain(2028), plain(2027)]),
            Err(BudgetError::YearsNotConsecutive)
        );
        let school_year = SchoolYear::starting(2027);
        let with_rows = |amount, count| {
            Budget::new(vec![year(
                2027,
                vec![row(Purpose::Plan, Receiver::Owner, amount); count],
                0,
            )])
        };
        assert_eq!(
            with_rows(-1, 2),
            Err(BudgetError::AmountOutOfRange {
                year: school_year,
                row_index: 0
            })
        );
        assert_eq!(
            with_rows(MAX_KRONER + 1, 1),
            Err(BudgetError::AmountOutOfRange {
                year: school_year,
                row_index: 0
            })
        );
        assert_eq!(
            with_rows(1, MAX_ROWS_PER_YEAR + 1),
            Err(BudgetError::TooManyRows { year: school_year })
        );
        assert_eq!(
            Budget::new(vec![year(2027, vec![], -5)]),
            Err(BudgetError::ContributionOutOfRange { year: school_year })
        );
    }

    #[test]
    fn rows_being_filled_in_count_where_they_can() {
        let rows = [
            (Some(Receiver::Owner), Some(100_000)),
            // No receiver chosen yet: in the total, in neither receiver's sum.
            (None, Some(50_000)),
            // No amount yet, then amounts out of range: counted nowhere.
            (Some(Receiver::Partner), None),
            (Some(Receiver::Partner), Some(-5)),
            (Some(Receiver::Owner), Some(MAX_KRONER + 1)),
            (Some(Receiver::Partner), Some(20_000)),
        ];
        let summary = year_summary(SchoolYear::starting(2027), rows, Some(10_000), THIRTY);
        assert_eq!(
            summary,
            YearSummary {
                year: SchoolYear::starting(2027),
                total: 170_000,
                to_owner: 100_000,
                to_partner: 20_000,
                required_contribution: 30_000,
                entered_contribution: 10_000,
                shortfall: 20_000,
            }
        );
        let negative = year_summary(SchoolYear::starting(2027), [], Some(-1), THIRTY);
        assert_eq!(negative.entered_contribution, 0);
        let none = year_summary(SchoolYear::starting(2027), [], None, THIRTY);
        assert_eq!((none.total, none.shortfall), (0, 0));
    }

    #[test]
    fn overall_figures_are_the_years_added() {
        let years = vec![
            year_summary(
                SchoolYear::starting(2027),
                [(Some(Receiver::Owner), Some(10))],
                Some(1),
                THIRTY,
            ),
            year_summary(
                SchoolYear::starting(2028),
                [(Some(Receiver::Partner), Some(7))],
                Some(4),
                THIRTY,
            ),
        ];
        let overall = BudgetSummary::from_years(years);
        // Each year's requirement is rounded up on its own: 3 + 0.
        assert_eq!(
            (
                overall.total,
                overall.to_owner,
                overall.to_partner,
                overall.required_contribution,
                overall.entered_contribution
            ),
            (17, 10, 7, 3, 5)
        );
    }

    #[test]
    fn largest_budget_does_not_overflow() {
        let rows = vec![row(Purpose::CarryOut, Receiver::Owner, MAX_KRONER); MAX_ROWS_PER_YEAR];
        let years = (2027..2030)
            .map(|start| year(start, rows.clone(), MAX_KRONER))
            .collect();
        let full = ContributionRate::from_percent(100).unwrap();
        let summary = Budget::new(years).unwrap().summary(full);
        let per_year = i128::from(MAX_KRONER) * MAX_ROWS_PER_YEAR as i128;
        assert_eq!(i128::from(summary.total), 3 * per_year);
        assert_eq!(i128::from(summary.required_contribution), 3 * per_year);
        assert_eq!(
            i128::from(summary.years[0].shortfall),
            per_year - i128::from(MAX_KRONER)
        );
    }

    /// Native only: proptest is a native dev-dependency, and the wasm tests are browser tests.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn any_row() -> impl Strategy<Value = BudgetRow> {
            (0..Purpose::ALL.len(), any::<bool>(), 0..=MAX_KRONER).prop_map(
                |(purpose, to_owner, amount)| BudgetRow {
                    purpose: Purpose::ALL[purpose],
                    receiver: if to_owner {
                        Receiver::Owner
                    } else {
                        Receiver::Partner
                    },
                    amount,
                },
            )
        }

        fn any_budget() -> impl Strategy<Value = Budget> {
            let any_year = (prop::collection::vec(any_row(), 0..40), 0..=MAX_KRONER);
            (
                2000u16..2100,
                prop::collection::vec(any_year, 1..=MAX_YEARS),
            )
                .prop_map(|(first, years)| {
                    let years = (first..)
                        .zip(years)
                        .map(|(start, (rows, contribution))| year(start, rows, contribution))
                        .collect();
                    Budget::new(years).unwrap()
                })
        }

        proptest! {
            #[test]
            fn totals_are_the_sums_of_the_rows(budget in any_budget(), percent in 0u32..=100) {
                let rate = ContributionRate::from_percent(percent).unwrap();
                let summary = budget.summary(rate);
                let mut overall: i128 = 0;
                for (year, figures) in budget.years().iter().zip(&summary.years) {
                    let year_sum: i128 = year.rows.iter().map(|row| i128::from(row.amount)).sum();
                    prop_assert_eq!(i128::from(figures.total), year_sum);
                    prop_assert_eq!(figures.to_owner + figures.to_partner, figures.total);
                    overall += year_sum;
                }
                prop_assert_eq!(i128::from(summary.total), overall);
                prop_assert_eq!(summary.to_owner + summary.to_partner, summary.total);
            }

            #[test]
            fn requirement_is_the_smallest_whole_krone_at_the_rate(
                budget in any_budget(),
                percent in 0u32..=100,
            ) {
                let rate = ContributionRate::from_percent(percent).unwrap();
                let summary = budget.summary(rate);
                for figures in &summary.years {
                    let required = i128::from(figures.required_contribution);
                    let exact_times_100 = i128::from(percent) * i128::from(figures.to_owner);
                    prop_assert!(required * 100 >= exact_times_100);
                    prop_assert!((required - 1) * 100 < exact_times_100 || required == 0);
                    let expected_shortfall = (required - i128::from(figures.entered_contribution)).max(0);
                    prop_assert_eq!(i128::from(figures.shortfall), expected_shortfall);
                }
                let per_year: i64 = summary.years.iter().map(|y| y.required_contribution).sum();
                prop_assert_eq!(summary.required_contribution, per_year);
            }
        }
    }
}

//! Budget rows pasted from a spreadsheet: cells copied from Excel, LibreOffice or Google Sheets
//! (tab-separated lines), or the lines of a CSV file as Norwegian Excel saves it (separated by
//! semicolons, since the comma is the decimal sign). One separator holds for the whole paste: a
//! tab wherever there is one, else a semicolon. A cell may be quoted ("…", a quote inside
//! doubled), and a separator inside the quotes belongs to the cell.
//!
//! Layout: three columns, purpose, receiver and amount. Purpose and receiver may be given by
//! code ("carry_out", "owner") or by their Bokmål, Nynorsk, English or Swedish label, in any
//! case; amounts in any form `money::parse_kroner` accepts. A first line whose first cell is a
//! purpose column heading ("Formål", "Føremål", "Purpose", "Syfte", "Ändamål") is a header and
//! skipped; no purpose label is such a word, so a data row is never mistaken for one. Blank lines
//! are skipped (they hold nothing to lose); every other line either becomes a row or is reported,
//! once if it has fewer than three cells and else with an error for each bad cell, numbered as
//! the user sees it: line 1 is the first line pasted, header included, and columns count from
//! the first pasted column. A cell holding a line break (which a spreadsheet pastes quoted over
//! two lines) is not supported: its lines are reported as bad, not dropped.

use super::budget::{BudgetRow, Purpose, PurposeError, Receiver};
use super::money::{parse_kroner, AmountError};

/// Labels by code, lower case. Kept to the forms people write, since the table ships in wasm.
const PURPOSE_LABELS: &[(&str, &[&str])] = &[
    (
        "assess_needs",
        &[
            "kartlegge behov",
            "kartleggje behov",
            "kartlegging av behov",
            "assess needs",
            "kartlägga behov",
        ],
    ),
    ("plan", &["planlegge", "planleggje", "planera"]),
    ("carry_out", &["gjennomføre", "carry out", "genomföra"]),
    ("evaluate", &["evaluere", "evaluate", "utvärdera"]),
    ("coordinator", &["koordinator", "samordnare"]),
    (
        "individual_further_education",
        &[
            "videreutdanning for enkeltpersoner",
            "vidareutdanning for enkeltpersonar",
            "individual further education",
            "vidareutbildning för enskilda",
            "videreutdanning",
            "vidareutdanning",
            "further education",
            "vidareutbildning",
        ],
    ),
];

const RECEIVER_LABELS: &[(&str, &[&str])] = &[
    (
        "owner",
        &["skoleeier", "skuleeigar", "school owner", "huvudman"],
    ),
    (
        "partner",
        &[
            "samarbeidspartner",
            "partnar",
            "samarbeidspartnar",
            "samarbetspartner",
        ],
    ),
];

const PURPOSE_HEADINGS: [&str; 5] = ["formål", "føremål", "purpose", "syfte", "ändamål"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasteColumn {
    Purpose,
    Receiver,
    Amount,
    /// A cell past the third column; its 1-based column number.
    Extra(usize),
}

impl PasteColumn {
    /// The 1-based column number the user sees.
    pub fn number(self) -> usize {
        match self {
            PasteColumn::Purpose => 1,
            PasteColumn::Receiver => 2,
            PasteColumn::Amount => 3,
            PasteColumn::Extra(n) => n,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellProblem {
    /// The cell is empty.
    Missing,
    UnknownPurpose,
    /// A purpose the scheme rules out (see `PurposeError::NotFundable` for the reason).
    NotFundablePurpose,
    UnknownReceiver,
    Amount(AmountError),
    /// Something in a column past the amount.
    Unexpected,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineProblem {
    /// Fewer than three cells: the line is not split where a spreadsheet splits it (one
    /// error for the line, rather than one for each cell that is not there).
    TooFewCells,
    Cell(PasteColumn, CellProblem),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PasteError {
    /// 1-based line of the paste, header included.
    pub line: usize,
    pub problem: LineProblem,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paste {
    /// The good lines, in order.
    pub rows: Vec<BudgetRow>,
    /// Every bad line or cell, in order; a line with any error gives no row.
    pub errors: Vec<PasteError>,
}

impl Paste {
    /// Nothing pasted has the shape of budget rows (no line has three cells): one explanation
    /// of what is expected helps more than an error per line.
    pub fn is_unrecognised(&self) -> bool {
        self.rows.is_empty()
            && !self.errors.is_empty()
            && self
                .errors
                .iter()
                .all(|error| error.problem == LineProblem::TooFewCells)
    }
}

/// What separates cells: a tab when cells are copied from a spreadsheet, a semicolon in the
/// CSV that Excel saves where the comma is the decimal sign (Norwegian, Swedish).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Separator {
    Tab,
    Semicolon,
}

impl Separator {
    /// One separator for the whole paste: a tab wherever there is one (a copied cell may hold
    /// a semicolon), else a semicolon if there is one.
    fn of(text: &str) -> Separator {
        if !text.contains('\t') && text.contains(';') {
            Separator::Semicolon
        } else {
            Separator::Tab
        }
    }

    fn char(self) -> char {
        match self {
            Separator::Tab => '\t',
            Separator::Semicolon => ';',
        }
    }
}

pub fn parse_paste(text: &str) -> Paste {
    let mut paste = Paste::default();
    let mut seen_content = false;
    // A CSV file's text may begin with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = Separator::of(text);
    // Lines end in LF or CRLF (the CR is trimmed with the cell), or in a lone CR, as older
    // Excel for Mac copies them.
    let line_end = if text.contains('\n') { '\n' } else { '\r' };
    for (index, line) in text.split(line_end).enumerate() {
        let cells = split_cells(line, separator);
        if cells.iter().all(String::is_empty) {
            continue;
        }
        let first_content = !seen_content;
        seen_content = true;
        if first_content && PURPOSE_HEADINGS.contains(&cells[0].to_lowercase().as_str()) {
            continue;
        }
        let line = index + 1;
        if cells.len() < 3 {
            paste.errors.push(PasteError {
                line,
                problem: LineProblem::TooFewCells,
            });
            continue;
        }
        let errors_before = paste.errors.len();
        let mut report = |column, problem| {
            paste.errors.push(PasteError {
                line,
                problem: LineProblem::Cell(column, problem),
            })
        };
        let cell = |column: usize| match cells[column].as_str() {
            "" => Err(CellProblem::Missing),
            text => Ok(text),
        };
        let purpose = cell(0).and_then(parse_purpose);
        let receiver = cell(1).and_then(parse_receiver);
        let amount = cell(2).and_then(|text| parse_kroner(text).map_err(CellProblem::Amount));
        for (column, result) in [
            (PasteColumn::Purpose, purpose.err()),
            (PasteColumn::Receiver, receiver.err()),
            (PasteColumn::Amount, amount.err()),
        ] {
            if let Some(problem) = result {
                report(column, problem);
            }
        }
        for (column, extra) in cells.iter().enumerate().skip(3) {
            if !extra.is_empty() {
                report(PasteColumn::Extra(column + 1), CellProblem::Unexpected);
            }
        }
        if let (Ok(purpose), Ok(receiver), Ok(amount), true) = (
            purpose,
            receiver,
            amount,
            paste.errors.len() == errors_before,
        ) {
            paste.rows.push(BudgetRow {
                purpose,
                receiver,
                amount,
            });
        }
    }
    paste
}

/// A line's cells, trimmed. A cell may be quoted as spreadsheets quote it ("…", a quote inside
/// doubled): the separator inside the quotes is then part of the cell.
fn split_cells(line: &str, separator: Separator) -> Vec<String> {
    let separator = separator.char();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                _ => cell.push(c),
            }
        } else if c == separator {
            cells.push(std::mem::take(&mut cell));
        } else if c == '"' && cell.trim().is_empty() {
            // A quote opens the cell only at its start, as in CSV; elsewhere it is text.
            cell.clear();
            quoted = true;
        } else {
            cell.push(c);
        }
    }
    cells.push(cell);
    cells
        .into_iter()
        .map(|cell| cell.trim().to_owned())
        .collect()
}

/// The code a cell names: a label's code, or else the cell itself taken as a code. Lower case,
/// with runs of spaces made one.
fn code_named(cell: &str, labels: &[(&'static str, &[&str])]) -> String {
    let wanted = cell
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    labels
        .iter()
        .find(|(_, names)| names.contains(&wanted.as_str()))
        .map_or(wanted, |(code, _)| (*code).to_owned())
}

fn parse_purpose(cell: &str) -> Result<Purpose, CellProblem> {
    Purpose::from_code(&code_named(cell, PURPOSE_LABELS)).map_err(|error| match error {
        PurposeError::NotFundable => CellProblem::NotFundablePurpose,
        PurposeError::Unknown => CellProblem::UnknownPurpose,
    })
}

fn parse_receiver(cell: &str) -> Result<Receiver, CellProblem> {
    Receiver::from_code(&code_named(cell, RECEIVER_LABELS)).ok_or(CellProblem::UnknownReceiver)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::budget::tests::row;
    use crate::domain::money::MAX_KRONER;

    /// The rows of a paste that must have no errors.
    fn rows_of_clean(text: &str) -> Vec<BudgetRow> {
        let paste = parse_paste(text);
        assert_eq!(paste.errors, vec![], "{text:?}");
        paste.rows
    }

    fn error(line: usize, column: PasteColumn, problem: CellProblem) -> PasteError {
        PasteError {
            line,
            problem: LineProblem::Cell(column, problem),
        }
    }

    fn too_few_cells(line: usize) -> PasteError {
        PasteError {
            line,
            problem: LineProblem::TooFewCells,
        }
    }

    #[test]
    fn takes_rows_by_code_and_by_label_in_each_language() {
        let rows = rows_of_clean(
            "carry_out\towner\t12500\n\
             Kartlegge behov\tSkoleeier\t1 000\n\
             PLANLEGGJE\tskuleeigar\t2000\n\
             Evaluate\tPartner\t3000\n\
             Samordnare\tHuvudman\t4000\n\
             Genomföra\tSamarbetspartner\t5000\n\
             assess   needs\tschool owner\t6000\n",
        );
        use Purpose::*;
        use Receiver::*;
        assert_eq!(
            rows,
            [
                row(CarryOut, Owner, 12500),
                row(AssessNeeds, Owner, 1000),
                row(Plan, Owner, 2000),
                row(Evaluate, Partner, 3000),
                row(Coordinator, Owner, 4000),
                row(CarryOut, Partner, 5000),
                row(AssessNeeds, Owner, 6000),
            ]
        );
    }

    #[test]
    fn every_label_names_a_code() {
        for (code, _) in PURPOSE_LABELS {
            assert_ne!(
                Purpose::from_code(code),
                Err(PurposeError::Unknown),
                "{code}"
            );
        }
        for (code, _) in RECEIVER_LABELS {
            assert!(Receiver::from_code(code).is_some(), "{code}");
        }
    }

    #[test]
    fn accepts_each_amount_format() {
        for amount in [
            "12 500",
            "12500",
            "12 500,00",
            "12500 kr",
            "12 500 kr",
            "kr 12 500",
            "12.500",
            "12\u{a0}500",
            "12\u{202f}500",
            "\"12 500\"",
        ] {
            assert_eq!(
                rows_of_clean(&format!("plan\towner\t{amount}")),
                [row(Purpose::Plan, Receiver::Owner, 12500)]
            );
        }
    }

    #[test]
    fn windows_line_endings_header_quotes_and_blank_lines() {
        let rows = rows_of_clean(
            "Formål\tMottaker\tBeløp\r\n\
             \"Gjennomføre\"\t  Skoleeier  \t\"1 000\"\r\n\
             \r\n\
             \" plan \"\tpartner\t2 000 kr\r\n\
             \r\n",
        );
        let expected = [
            row(Purpose::CarryOut, Receiver::Owner, 1000),
            row(Purpose::Plan, Receiver::Partner, 2000),
        ];
        assert_eq!(rows, expected);
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let rows = rows_of_clean("Syfte\tMottagare\tBelopp\rplan\towner\t1\rplan\tpartner\t2\r");
        assert_eq!(
            rows,
            [
                row(Purpose::Plan, Receiver::Owner, 1),
                row(Purpose::Plan, Receiver::Partner, 2)
            ]
        );
    }

    #[test]
    fn header_is_recognised_in_each_language_and_only_on_the_first_line() {
        for heading in ["Formål", "FØREMÅL", "Purpose", "Syfte", "ändamål"] {
            let rows = rows_of_clean(&format!("\n{heading}\tx\ty\nplan\towner\t1"));
            assert_eq!(rows.len(), 1, "{heading}");
        }
        let paste = parse_paste("plan\towner\t1\nPurpose\tReceiver\tAmount");
        assert_eq!(paste.rows.len(), 1);
        assert_eq!(
            paste.errors,
            vec![
                error(2, PasteColumn::Purpose, CellProblem::UnknownPurpose),
                error(2, PasteColumn::Receiver, CellProblem::UnknownReceiver),
                error(
                    2,
                    PasteColumn::Amount,
                    CellProblem::Amount(AmountError::Format)
                ),
            ]
        );
    }

    #[test]
    fn names_every_bad_cell_and_keeps_no_bad_row() {
        let paste = parse_paste(
            "Purpose\tReceiver\tAmount\n\
             plan\towner\t100\n\
             Videreutdanning for enkeltpersoner\towner\t5000\n\
             travel\tschool\t-5\n\
             evaluate\tpartner\t12 500,50\n\
             evaluate\n\
             \t\t\t\n\
             evaluate\tpartner\t1\tcomment\t\tmore\n\
             evaluate\tpartner\t1 000 000 000 000\n\
             coordinator\towner\t7\t \n",
        );
        use CellProblem as P;
        use PasteColumn as C;
        assert_eq!(
            paste.errors,
            vec![
                error(3, C::Purpose, P::NotFundablePurpose),
                error(4, C::Purpose, P::UnknownPurpose),
                error(4, C::Receiver, P::UnknownReceiver),
                error(4, C::Amount, P::Amount(AmountError::Negative)),
                error(5, C::Amount, P::Amount(AmountError::NotWholeKroner)),
                too_few_cells(6),
                error(8, C::Extra(4), P::Unexpected),
                error(8, C::Extra(6), P::Unexpected),
                error(9, C::Amount, P::Amount(AmountError::TooLarge)),
            ]
        );
        assert_eq!(
            paste.rows,
            vec![
                row(Purpose::Plan, Receiver::Owner, 100),
                row(Purpose::Coordinator, Receiver::Owner, 7),
            ]
        );
    }

    #[test]
    fn takes_semicolon_separated_lines_as_norwegian_excel_saves_csv() {
        let rows = rows_of_clean(
            "\u{feff}Formål;Mottaker;Beløp\r\n\
             Gjennomføre;Skoleeier;12 500\r\n\
             Evaluere;Samarbeidspartner;\"2 000,00\"\r\n\
             plan;owner;3000;;\r\n",
        );
        assert_eq!(
            rows,
            [
                row(Purpose::CarryOut, Receiver::Owner, 12500),
                row(Purpose::Evaluate, Receiver::Partner, 2000),
                row(Purpose::Plan, Receiver::Owner, 3000),
            ]
        );
    }

    #[test]
    fn accepts_each_amount_format_with_either_separator() {
        for separator in ["\t", ";"] {
            for amount in [
                "12 500",
                "12500",
                "12 500,00",
                "12 500,-",
                "12500 kr",
                "12 500 kr",
                "kr 12 500",
                "Kr 12.500,-",
                "12.500",
                "12.500,00",
                "12\u{a0}500",
                "12\u{202f}500",
                "\"12 500\"",
                "\"kr 12 500,00\"",
            ] {
                let line = ["plan", "owner", amount].join(separator);
                assert_eq!(
                    rows_of_clean(&line),
                    [row(Purpose::Plan, Receiver::Owner, 12500)],
                    "{line:?}"
                );
            }
        }
    }

    #[test]
    fn a_quoted_cell_keeps_its_separators_and_doubled_quotes() {
        assert_eq!(
            split_cells(r#""a;b";"say ""hi""" ; plain ;"";"#, Separator::Semicolon),
            ["a;b", r#"say "hi""#, "plain", "", ""]
        );
        assert_eq!(
            split_cells("\"1\t2\"\t x\"y \t\" z \"", Separator::Tab),
            ["1\t2", "x\"y", "z"]
        );
        // A tab anywhere decides: the semicolon in a copied cell is text.
        let paste = parse_paste("plan;a\towner\t1");
        assert_eq!(
            paste.errors,
            vec![error(1, PasteColumn::Purpose, CellProblem::UnknownPurpose)]
        );
    }

    #[test]
    fn a_line_without_three_cells_is_one_error_and_a_paste_of_only_such_lines_is_unrecognised() {
        let commas = parse_paste("Planlegge, Skoleeier, 1000\nEvaluere, Partner, 2000\n");
        assert_eq!(commas.errors, vec![too_few_cells(1), too_few_cells(2)]);
        assert!(commas.is_unrecognised());
        let two_cells = parse_paste("plan;owner\n");
        assert_eq!(two_cells.errors, vec![too_few_cells(1)]);
        assert!(two_cells.is_unrecognised());
        // Once something fits, each line is named by itself.
        let mixed = parse_paste("plan;owner;1\nplan owner 2\n");
        assert_eq!(mixed.errors, vec![too_few_cells(2)]);
        assert!(!mixed.is_unrecognised());
        let bad_cells = parse_paste("travel;owner;1\n");
        assert!(!bad_cells.is_unrecognised());
        assert!(!parse_paste("").is_unrecognised());
    }

    #[test]
    fn a_thousand_rows() {
        let mut text = String::from("Formål\tMottaker\tBeløp\r\n");
        for line in 2..=1001 {
            let amount = if line == 500 {
                "mye".to_owned()
            } else {
                MAX_KRONER.to_string()
            };
            text.push_str(&format!("gjennomføre\tskoleeier\t{amount}\r\n"));
        }
        let paste = parse_paste(&text);
        assert_eq!(paste.rows.len(), 999);
        assert!(paste.rows.iter().all(|row| row.amount == MAX_KRONER));
        assert_eq!(
            paste.errors,
            vec![error(
                500,
                PasteColumn::Amount,
                CellProblem::Amount(AmountError::Format)
            )]
        );
    }

    #[test]
    fn nothing_pasted() {
        assert_eq!(parse_paste(""), Paste::default());
        assert_eq!(parse_paste("\r\n\n\t\n"), Paste::default());
    }
}

//! Budget rows pasted from a spreadsheet (Excel, LibreOffice, Google Sheets copy cells as
//! tab-separated lines).
//!
//! Layout: three columns, purpose, receiver and amount. Purpose and receiver may be given by
//! code ("carry_out", "owner") or by their Bokmål, Nynorsk, English or Swedish label, in any
//! case; amounts in any form `money::parse_kroner` accepts. A first line whose first cell is a
//! purpose column heading ("Formål", "Føremål", "Purpose", "Syfte", "Ändamål") is a header and
//! skipped; no purpose label is such a word, so a data row is never mistaken for one. Blank lines
//! are skipped (they hold nothing to lose); every other line either becomes a row or is reported
//! with an error for each bad cell, numbered as the user sees it: line 1 is the first line
//! pasted, header included, and columns count from the first pasted column. A cell holding a
//! line break (which a spreadsheet pastes quoted over two lines) is not supported: its lines are
//! reported as bad, not dropped.

use std::borrow::Cow;

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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellProblem {
    /// The cell is empty, or the line has too few cells.
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
pub struct CellError {
    /// 1-based line of the paste, header included.
    pub row: usize,
    pub column: PasteColumn,
    pub problem: CellProblem,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paste {
    /// The good lines, in order.
    pub rows: Vec<BudgetRow>,
    /// Every bad cell, in order; a line with any bad cell gives no row.
    pub errors: Vec<CellError>,
}

pub fn parse_paste(text: &str) -> Paste {
    let mut paste = Paste::default();
    let mut seen_content = false;
    // Lines end in LF or CRLF (the CR is trimmed with the cell), or in a lone CR, as older
    // Excel for Mac copies them.
    let line_end = if text.contains('\n') { '\n' } else { '\r' };
    for (index, line) in text.split(line_end).enumerate() {
        let cells: Vec<Cow<str>> = line.split('\t').map(clean_cell).collect();
        if cells.iter().all(|cell| cell.is_empty()) {
            continue;
        }
        let first_content = !seen_content;
        seen_content = true;
        if first_content && PURPOSE_HEADINGS.contains(&cells[0].to_lowercase().as_str()) {
            continue;
        }
        let row = index + 1;
        let errors_before = paste.errors.len();
        let mut report = |column, problem| {
            paste.errors.push(CellError {
                row,
                column,
                problem,
            })
        };
        let cell = |column: usize| match cells.get(column).map(|cell| cell.as_ref()) {
            None | Some("") => Err(CellProblem::Missing),
            Some(text) => Ok(text),
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

/// Trims the cell and removes the quotes a spreadsheet puts around a cell (doubling any quote
/// inside it).
fn clean_cell(cell: &str) -> Cow<'_, str> {
    let cell = cell.trim();
    match cell
        .strip_prefix('"')
        .and_then(|inner| inner.strip_suffix('"'))
    {
        Some(inner) => Cow::Owned(inner.replace("\"\"", "\"").trim().to_owned()),
        None => Cow::Borrowed(cell),
    }
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

    fn error(row: usize, column: PasteColumn, problem: CellProblem) -> CellError {
        CellError {
            row,
            column,
            problem,
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
                error(6, C::Receiver, P::Missing),
                error(6, C::Amount, P::Missing),
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

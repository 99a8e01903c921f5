//! The budget's rows as CSV that Excel in Norway opens right with a double-click: UTF-8 with a
//! byte order mark (without it Excel reads the file as Windows-1252 and garbles æ, ø, å),
//! semicolons between fields (Norwegian Excel's list separator, since the comma is its decimal
//! separator) and CRLF line endings. Amounts are plain integers so that they stay numbers.
//!
//! Text cells are guarded against formula injection: one starting with `=`, `+`, `-`, `@`, a tab
//! or a carriage return gets a leading `'`, so a spreadsheet shows it instead of running it.
//! Number cells are written as numbers and never prefixed.

use super::budget::{Budget, Purpose, Receiver};

/// The words of the export in the user's language; the caller takes them from its i18n.
#[derive(Clone, Copy, Debug)]
pub struct CsvTexts<'a> {
    /// Column headings: school year, purpose, receiver, amount.
    pub headings: [&'a str; 4],
    /// Purpose labels in the order of `Purpose::ALL`.
    pub purposes: [&'a str; Purpose::ALL.len()],
    /// Receiver labels in the order of `Receiver::ALL`.
    pub receivers: [&'a str; Receiver::ALL.len()],
}

const BYTE_ORDER_MARK: char = '\u{feff}';
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

enum Cell<'a> {
    Text(&'a str),
    Number(i64),
}

/// One line for the headings, then one line per budget row: school year, purpose, receiver and
/// amount in whole kroner.
pub fn budget_csv(budget: &Budget, texts: &CsvTexts) -> String {
    let mut csv = String::new();
    csv.push(BYTE_ORDER_MARK);
    write_record(&mut csv, texts.headings.map(Cell::Text));
    for year in budget.years() {
        let school_year = year.year.to_string();
        for row in &year.rows {
            write_record(
                &mut csv,
                [
                    Cell::Text(&school_year),
                    Cell::Text(label(&Purpose::ALL, &texts.purposes, row.purpose)),
                    Cell::Text(label(&Receiver::ALL, &texts.receivers, row.receiver)),
                    Cell::Number(row.amount),
                ],
            );
        }
    }
    csv
}

/// The label standing at the value's place in `all`.
fn label<'a, T: PartialEq, const N: usize>(
    all: &[T; N],
    labels: &[&'a str; N],
    value: T,
) -> &'a str {
    all.iter()
        .zip(labels)
        .find(|(candidate, _)| **candidate == value)
        .map_or("", |(_, label)| label)
}

fn write_record<'a>(csv: &mut String, cells: impl IntoIterator<Item = Cell<'a>>) {
    for (index, cell) in cells.into_iter().enumerate() {
        if index > 0 {
            csv.push(';');
        }
        match cell {
            Cell::Number(number) => csv.push_str(&number.to_string()),
            Cell::Text(text) => write_text(csv, text),
        }
    }
    csv.push_str("\r\n");
}

fn write_text(csv: &mut String, text: &str) {
    let guard = if text.starts_with(FORMULA_STARTS) {
        "'"
    } else {
        ""
    };
    if text.contains([';', '"', '\n', '\r']) {
        csv.push('"');
        csv.push_str(guard);
        csv.push_str(&text.replace('"', "\"\""));
        csv.push('"');
    } else {
        csv.push_str(guard);
        csv.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::budget::tests::{row, year};

    const HEADINGS: [&str; 4] = ["Skoleår", "Formål", "Mottaker", "Beløp (kr)"];
    const PLAIN_PURPOSES: [&str; 5] = [
        "Kartlegge behov",
        "Planlegge",
        "Gjennomføre",
        "Evaluere",
        "Koordinator",
    ];
    const TEXTS: CsvTexts = CsvTexts {
        headings: HEADINGS,
        purposes: PLAIN_PURPOSES,
        receivers: ["Skoleeier", "Partner"],
    };

    /// The CSV of a 2027–28 budget with one row of 1 krone to the owner for each purpose
    /// named, that purpose labelled as given.
    fn csv_of_labels(labels: &[(Purpose, &str)]) -> String {
        let mut texts = TEXTS;
        for (purpose, label) in labels {
            let index = Purpose::ALL.iter().position(|p| p == purpose).unwrap();
            texts.purposes[index] = label;
        }
        let rows = labels
            .iter()
            .map(|(purpose, _)| row(*purpose, Receiver::Owner, 1))
            .collect();
        budget_csv(&Budget::new(vec![year(2027, rows, 0)]).unwrap(), &texts)
    }

    /// A reader of the format written above (quoted fields, doubled quotes, `;` and CRLF), to
    /// check that what Excel would read is what was meant.
    fn read_csv(csv: &str) -> Vec<Vec<String>> {
        let body = csv.strip_prefix(BYTE_ORDER_MARK).expect("byte order mark");
        let mut records = vec![];
        let (mut record, mut field) = (vec![], String::new());
        let mut chars = body.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (_, '"') => quoted = !quoted,
                (false, ';') => record.push(std::mem::take(&mut field)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                (false, '\n') => panic!("LF without CR"),
                _ => field.push(c),
            }
        }
        assert!(
            record.is_empty() && field.is_empty(),
            "last line without CRLF"
        );
        records
    }

    #[test]
    fn bom_semicolons_crlf_and_plain_integer_amounts() {
        let rows = vec![
            row(Purpose::CarryOut, Receiver::Owner, 1_250_000),
            row(Purpose::Coordinator, Receiver::Partner, 0),
        ];
        let budget = Budget::new(vec![year(2027, rows, 0)]).unwrap();
        assert_eq!(
            budget_csv(&budget, &TEXTS),
            "\u{feff}Skoleår;Formål;Mottaker;Beløp (kr)\r\n\
             2027\u{2013}28;Gjennomføre;Skoleeier;1250000\r\n\
             2027\u{2013}28;Koordinator;Partner;0\r\n"
        );
    }

    #[test]
    fn quotes_fields_with_separators_quotes_and_newlines() {
        let csv = csv_of_labels(&[
            (Purpose::Plan, "Planlegge; fase 1"),
            (Purpose::CarryOut, "Gjennomføre \"Lesing\""),
            (Purpose::Evaluate, "Evaluere\nog rapportere"),
        ]);
        let lines: Vec<&str> = csv.split("\r\n").skip(1).collect();
        assert_eq!(
            lines,
            [
                "2027\u{2013}28;\"Planlegge; fase 1\";Skoleeier;1",
                "2027\u{2013}28;\"Gjennomføre \"\"Lesing\"\"\";Skoleeier;1",
                "2027\u{2013}28;\"Evaluere\nog rapportere\";Skoleeier;1",
                "",
            ]
        );
    }

    #[test]
    fn guards_text_against_formulas_but_not_numbers() {
        let labels = ["=HYPERLINK(\"http://x\")", "+47", "-1", "@SUM(A1)", "\tTab"];
        let labelled: Vec<(Purpose, &str)> = Purpose::ALL.into_iter().zip(labels).collect();
        let records = read_csv(&csv_of_labels(&labelled));
        let purposes: Vec<&str> = records[1..].iter().map(|r| r[1].as_str()).collect();
        assert_eq!(purposes, labels.map(|label| format!("'{label}")));
        // A number is a number even when negative; only text can smuggle in a formula.
        let mut line = String::new();
        write_record(&mut line, [Cell::Number(-5), Cell::Text("-5")]);
        assert_eq!(line, "-5;'-5\r\n");
    }

    #[test]
    fn a_tricky_label_reads_back_unchanged() {
        let tricky = "Planlegge; \"fase 1\"\r\nog 2 – æøå";
        let records = read_csv(&csv_of_labels(&[(Purpose::Plan, tricky)]));
        assert_eq!(records[0], HEADINGS);
        assert_eq!(records[1], ["2027\u{2013}28", tricky, "Skoleeier", "1"]);
    }
}

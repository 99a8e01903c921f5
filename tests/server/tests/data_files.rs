//! The data files under `tests/server/data/` are what the contract allows, in all four
//! languages, and a broken one is refused with its file and the place in it named.

use reference_backend::data::{self, DataFile, CATALOGUE, CONTRACT, REFERENCE};

#[test]
fn the_data_files_match_the_contract_in_all_four_languages() {
    if let Err(message) = data::load() {
        panic!("{message}");
    }
    for file in [&CATALOGUE, &REFERENCE] {
        data::check(file, CONTRACT).unwrap_or_else(|message| panic!("{message}"));
    }
}

/// The catalogue file with `from` replaced by `to` (which must be there).
fn catalogue_with(from: &str, to: &str) -> String {
    assert!(CATALOGUE.text.contains(from), "the catalogue has no {from}");
    CATALOGUE.text.replacen(from, to, 1)
}

fn refused(text: &str) -> String {
    let file = DataFile { text, ..CATALOGUE };
    match data::check(&file, CONTRACT) {
        Ok(_) => panic!("a broken catalogue passes"),
        Err(message) => message,
    }
}

#[test]
fn a_value_the_schema_refuses_is_named_by_file_and_place() {
    let message = refused(&catalogue_with(
        r#""deadline": "2027-04-03T23:59:00+02:00""#,
        r#""deadline": "3 April""#,
    ));
    assert!(
        message.starts_with(
            "tests/server/data/catalogue.json does not match the contract's Catalogue schema"
        ),
        "{message}"
    );
    assert!(
        message.contains(r#"at /admission_rounds/0/deadline: "3 April" is not a "date-time""#),
        "{message}"
    );
}

#[test]
fn a_text_without_one_of_its_languages_is_refused() {
    let message = refused(&catalogue_with(
        r#",
        "sv": "OsloMet – storstadsuniversitetet""#,
        "",
    ));
    assert!(message.contains("at /institutions/0/name: "), "{message}");
    assert!(message.contains("\"sv\""), "{message}");
}

#[test]
fn a_text_left_empty_in_one_language_is_refused() {
    let message = refused(&catalogue_with(
        r#""nn": "Høgskulen på Vestlandet""#,
        r#""nn": " ""#,
    ));
    assert!(
        message.contains(
            "at /institutions/1/name/nn: empty text (every text needs nb, nn, en and sv)"
        ),
        "{message}"
    );
}

#[test]
fn a_file_that_is_not_json_is_refused_with_its_line() {
    let message = refused(&catalogue_with(
        r#""institutions": ["#,
        r#""institutions": [,"#,
    ));
    assert!(
        message.starts_with("tests/server/data/catalogue.json: not valid JSON at line 2"),
        "{message}"
    );
}

#[test]
fn the_reference_data_is_checked_against_its_own_schema() {
    let text = REFERENCE.text.replacen(
        r#""max_period_years": 3"#,
        r#""max_period_years": "three""#,
        1,
    );
    let file = DataFile {
        text: &text,
        ..REFERENCE
    };
    let message = data::check(&file, CONTRACT).expect_err("a broken reference file passes");
    assert!(
        message.starts_with(
            "tests/server/data/reference.json does not match the contract's ReferenceData schema"
        ),
        "{message}"
    );
    assert!(message.contains("at /max_period_years: "), "{message}");
}

#[test]
fn a_round_that_names_no_institution_is_refused() {
    let text = catalogue_with(r#""institution_id": "hvl""#, r#""institution_id": "hvll""#);
    let file = DataFile {
        text: &text,
        ..CATALOGUE
    };
    let mut data = data::Data {
        catalogue: data::read(&file, CONTRACT).expect("still the contract's shape"),
        reference: data::read(&REFERENCE, CONTRACT).expect("the reference data"),
    };
    let message = data::check_links(&data).expect_err("a dangling institution passes");
    assert!(
        message.contains(r#"at /admission_rounds/2/institution_id: no institution "hvll""#),
        "{message}"
    );
    data.catalogue.alternatives[0].round_id = "nowhere".into();
    let message = data::check_links(&data).expect_err("a dangling round passes");
    assert!(
        message.contains(r#"at /alternatives/0/round_id: no admission round "nowhere""#),
        "{message}"
    );
}

#[test]
fn the_backend_names_the_version_of_the_contract_it_is_built_from() {
    let contract: serde_json::Value = serde_json::from_str(CONTRACT).expect("the contract is JSON");
    assert_eq!(
        reference_backend::CONTRACT_VERSION,
        contract["info"]["version"],
        "GET /meta must say the version public/openapi.json has"
    );
}

//! The data files the server serves, under `tests/server/data/`: the programme catalogue
//! (`catalogue.json`, the contract's `Catalogue`) and the DeKomp reference data
//! (`reference.json`, the contract's `ReferenceData`). They are built into the binary and
//! checked when the server starts, against the schemas of the contract (`public/openapi.json`)
//! and for texts left empty in any of the four languages; a file that fails keeps the server
//! from starting, with a message that names the file and the place in it.

use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::catalogue::{Catalogue, ReferenceData};

/// The contract the files are checked against, as the repository holds it.
pub const CONTRACT: &str = include_str!("../../../public/openapi.json");

/// A data file: where it is in the repository, its text, and the contract schema it follows.
pub struct DataFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
    pub schema: &'a str,
}

pub const CATALOGUE: DataFile<'static> = DataFile {
    path: "tests/server/data/catalogue.json",
    text: include_str!("../data/catalogue.json"),
    schema: "Catalogue",
};

pub const REFERENCE: DataFile<'static> = DataFile {
    path: "tests/server/data/reference.json",
    text: include_str!("../data/reference.json"),
    schema: "ReferenceData",
};

/// The languages every text must have, none of them empty.
pub const LANGUAGES: [&str; 4] = ["nb", "nn", "en", "sv"];

/// The data as written in the files (dates not yet counted from the anchor).
pub struct Data {
    pub catalogue: Catalogue,
    pub reference: ReferenceData,
}

static DATA: OnceLock<Result<Data, String>> = OnceLock::new();

/// Reads and checks both files, once per process; the error names the file and the place.
pub fn load() -> Result<&'static Data, String> {
    DATA.get_or_init(|| {
        let data = Data {
            catalogue: read(&CATALOGUE, CONTRACT)?,
            reference: read(&REFERENCE, CONTRACT)?,
        };
        check_links(&data)?;
        Ok(data)
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// The checked data. Every way of starting the server checks it first ([`load`]).
pub fn get() -> &'static Data {
    load().unwrap_or_else(|message| panic!("{message}"))
}

/// Checks `file` against `contract` and reads it into `T`.
pub fn read<T: DeserializeOwned>(file: &DataFile, contract: &str) -> Result<T, String> {
    let value = check(file, contract)?;
    serde_path_to_error::deserialize(&value)
        .map_err(|e| format!("{}: at {}: {}", file.path, e.path(), e.inner()))
}

/// Everything wrong with `file`, one line each: not JSON, not what the contract's schema
/// allows, or a text empty in one of [`LANGUAGES`]. Gives the file's JSON when nothing is.
pub fn check(file: &DataFile, contract: &str) -> Result<Value, String> {
    let value: Value = serde_json::from_str(file.text).map_err(|e| {
        format!(
            "{}: not valid JSON at line {}, column {}: {e}",
            file.path,
            e.line(),
            e.column()
        )
    })?;
    let contract: Value = serde_json::from_str(contract)
        .map_err(|e| format!("public/openapi.json: not valid JSON: {e}"))?;
    if !contract["components"]["schemas"][file.schema].is_object() {
        return Err(format!(
            "{}: public/openapi.json has no schema {}",
            file.path, file.schema
        ));
    }
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": contract["components"],
        "$ref": format!("#/components/schemas/{}", file.schema),
    });
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&root)
        .map_err(|e| {
            format!(
                "public/openapi.json: schema {} does not compile: {e}",
                file.schema
            )
        })?;
    let mut problems: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("at {}: {e}", at(&e.instance_path.to_string())))
        .collect();
    empty_texts(&value, "", &mut problems);
    if problems.is_empty() {
        return Ok(value);
    }
    Err(format!(
        "{} does not match the contract's {} schema (public/openapi.json) or leaves a text \
         empty:\n  {}",
        file.path,
        file.schema,
        problems.join("\n  ")
    ))
}

/// A JSON Pointer as a message shows it: the whole document is `/`.
fn at(pointer: &str) -> &str {
    if pointer.is_empty() {
        "/"
    } else {
        pointer
    }
}

/// Each text (an object with exactly the keys of [`LANGUAGES`]) whose translation in one of
/// them is empty or blank.
fn empty_texts(value: &Value, pointer: &str, problems: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            let is_text =
                map.len() == LANGUAGES.len() && LANGUAGES.iter().all(|l| map.contains_key(*l));
            for (key, inner) in map {
                let here = format!("{pointer}/{}", crate::problem::escape_token(key));
                if is_text && inner.as_str().is_some_and(|s| s.trim().is_empty()) {
                    problems.push(format!(
                        "at {here}: empty text (every text needs nb, nn, en and sv)"
                    ));
                } else {
                    empty_texts(inner, &here, problems);
                }
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                empty_texts(inner, &format!("{pointer}/{i}"), problems);
            }
        }
        _ => {}
    }
}

/// Every id the catalogue refers to exists, and no list has an id twice: a round's institution
/// and category, an alternative's round, the document types an alternative requires.
pub fn check_links(data: &Data) -> Result<(), String> {
    let c = &data.catalogue;
    let mut problems = vec![];
    let mut refers = |pointer: String, id: &str, to: &str, ids: &[&str]| {
        if !ids.contains(&id) {
            problems.push(format!("at {pointer}: no {to} \"{id}\""));
        }
    };
    let institutions: Vec<&str> = c.institutions.iter().map(|i| i.id.as_str()).collect();
    let categories: Vec<&str> = c.categories.iter().map(|k| k.id.as_str()).collect();
    let rounds: Vec<&str> = c.admission_rounds.iter().map(|r| r.id.as_str()).collect();
    let document_types: Vec<&str> = (data.reference.document_types.iter())
        .map(|d| d.id.as_str())
        .collect();
    for (i, round) in c.admission_rounds.iter().enumerate() {
        let at = format!("/admission_rounds/{i}");
        refers(
            format!("{at}/institution_id"),
            &round.institution_id,
            "institution",
            &institutions,
        );
        refers(
            format!("{at}/category_id"),
            &round.category_id,
            "category",
            &categories,
        );
    }
    for (i, alternative) in c.alternatives.iter().enumerate() {
        let at = format!("/alternatives/{i}");
        refers(
            format!("{at}/round_id"),
            &alternative.round_id,
            "admission round",
            &rounds,
        );
        for (j, kind) in alternative.required_document_types.iter().enumerate() {
            let pointer = format!("{at}/required_document_types/{j}");
            refers(
                pointer,
                kind,
                "document type in reference.json",
                &document_types,
            );
        }
    }
    let alternatives: Vec<&str> = c.alternatives.iter().map(|a| a.id.as_str()).collect();
    for (list, ids) in [
        ("institutions", &institutions),
        ("categories", &categories),
        ("admission_rounds", &rounds),
        ("alternatives", &alternatives),
    ] {
        for (i, id) in ids.iter().enumerate() {
            if ids[..i].contains(id) {
                problems.push(format!("at /{list}/{i}/id: \"{id}\" is there twice"));
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{} refers to what is not there:\n  {}",
        CATALOGUE.path,
        problems.join("\n  ")
    ))
}

//! Checks of single fields that application and needs report content share.

use crate::catalogue::Coded;
use crate::problem::FieldError;
use crate::validate;

pub(super) fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|v| v.trim().is_empty())
}

pub(super) fn check_len(
    errors: &mut Vec<FieldError>,
    pointer: &str,
    v: &Option<String>,
    max: usize,
) {
    if let Some(s) = v {
        if s.chars().count() > max {
            errors.push(FieldError::new(
                pointer,
                "too_long",
                format!("Høyst {max} tegn"),
            ));
        }
    }
}

pub(super) fn check_orgnr(e: &mut Vec<FieldError>, pointer: String, v: &Option<String>) {
    if let Some(s) = v.as_deref().filter(|s| !s.trim().is_empty()) {
        if let Err(err) = validate::organisasjonsnummer(s) {
            let msg = match err {
                validate::IdError::Format => "Organisasjonsnummeret må være 9 siffer",
                _ => "Kontrollsifferet i organisasjonsnummeret stemmer ikke",
            };
            e.push(FieldError::new(pointer, err.code(), msg));
        }
    }
}

pub(super) fn check_code(
    e: &mut Vec<FieldError>,
    pointer: &str,
    v: &Option<String>,
    allowed: &[Coded],
) {
    if let Some(s) = v {
        if !allowed.iter().any(|c| &c.id == s) {
            e.push(FieldError::new(
                pointer,
                "invalid_option",
                "Velg en av verdiene i listen",
            ));
        }
    }
}

pub(super) fn check_count(e: &mut Vec<FieldError>, pointer: &str, v: Option<i64>) {
    if v.is_some_and(|n| !(0..=100_000).contains(&n)) {
        e.push(FieldError::new(
            pointer,
            "out_of_range",
            "Antallet må være mellom 0 og 100 000",
        ));
    }
}

pub(super) fn require(e: &mut Vec<FieldError>, pointer: &str, v: &Option<String>, msg: &str) {
    if blank(v) {
        e.push(FieldError::new(pointer, "required", msg));
    }
}

pub(super) fn require_some<T>(e: &mut Vec<FieldError>, pointer: &str, v: &Option<T>, msg: &str) {
    if v.is_none() {
        e.push(FieldError::new(pointer, "required", msg));
    }
}

/// A JSON Pointer reference token (RFC 6901): `~` as `~0`, `/` as `~1`.
pub(super) fn pointer_token(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

//! Request bodies and path ids read into typed values, every failure a problem+json answer
//! that names the field (a JSON Pointer) where it can.

use axum::extract::{FromRequest, FromRequestParts, Multipart, Path, Request};
use axum::http::{header, request::Parts, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::problem::{escape_token, Problem};

/// Reads and parses a JSON request body with problem+json errors; `None` when it is empty.
async fn read_json(req: Request) -> Result<Option<Value>, Problem> {
    let ct = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let bytes = axum::body::to_bytes(req.into_body(), 1024 * 1024)
        .await
        .map_err(|_| {
            Problem::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "Forespørselen er for stor",
            )
        })?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(None);
    }
    if !(ct.starts_with("application/json") || ct.contains("+json")) {
        return Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Forespørselen må være JSON (Content-Type: application/json)",
        ));
    }
    serde_json::from_slice(&bytes).map(Some).map_err(|e| {
        Problem::bad_request("malformed_json", "Forespørselen er ikke gyldig JSON")
            .detail(e.to_string())
    })
}

/// A required JSON request body. Refusing an empty one keeps a bodiless PUT from wiping a draft.
pub struct JsonBody(pub Value);

impl<St: Send + Sync> FromRequest<St> for JsonBody {
    type Rejection = Problem;
    async fn from_request(req: Request, _: &St) -> Result<Self, Problem> {
        read_json(req).await?.map(JsonBody).ok_or_else(|| {
            Problem::bad_request(
                "body_required",
                "Forespørselen mangler innhold (et JSON-objekt)",
            )
        })
    }
}

/// An optional JSON request body; an empty one stands for `{}`.
pub struct OptionalJsonBody(pub Value);

impl<St: Send + Sync> FromRequest<St> for OptionalJsonBody {
    type Rejection = Problem;
    async fn from_request(req: Request, _: &St) -> Result<Self, Problem> {
        Ok(OptionalJsonBody(
            read_json(req).await?.unwrap_or_else(|| json!({})),
        ))
    }
}

/// The `{id}` path segment. One that does not decode (e.g. invalid UTF-8) names no resource.
pub struct ResourceId(pub String);

impl<St: Send + Sync> FromRequestParts<St> for ResourceId {
    type Rejection = Problem;
    async fn from_request_parts(parts: &mut Parts, state: &St) -> Result<Self, Problem> {
        Path::<String>::from_request_parts(parts, state)
            .await
            .map(|Path(id)| ResourceId(id))
            .map_err(|_| Problem::not_found())
    }
}

/// A `multipart/form-data` body; anything else is refused as 415.
pub struct UploadForm(pub Multipart);

impl<St: Send + Sync> FromRequest<St> for UploadForm {
    type Rejection = Problem;
    async fn from_request(req: Request, state: &St) -> Result<Self, Problem> {
        Multipart::from_request(req, state)
            .await
            .map(UploadForm)
            .map_err(|_| {
                Problem::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_media_type",
                    "Opplastingen må være multipart/form-data",
                )
            })
    }
}

/// Marks the error of an id sent as an empty string, so that [`typed`] can name it.
const EMPTY_ID: &str = "empty id";

/// An id in a request body: never empty, as the contract's `minLength` says. One that names
/// nothing is kept and reported in `findings`; an empty one would break every later read.
struct NonEmptyId(String);

impl<'de> Deserialize<'de> for NonEmptyId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = String::deserialize(d)?;
        if id.is_empty() {
            return Err(serde::de::Error::custom(EMPTY_ID));
        }
        Ok(NonEmptyId(id))
    }
}

/// `deserialize_with` helpers for id fields (see [`NonEmptyId`]).
pub(super) mod id {
    use super::NonEmptyId;
    use serde::{Deserialize, Deserializer};

    pub fn one<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        NonEmptyId::deserialize(d).map(|id| id.0)
    }
    pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        Option::<NonEmptyId>::deserialize(d).map(|id| id.map(|id| id.0))
    }
    pub fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        Vec::<NonEmptyId>::deserialize(d).map(|ids| ids.into_iter().map(|id| id.0).collect())
    }
}

/// Where `sent` has an array and the value read from it an object: serde's derived structs
/// take their fields from an array by position, which the contract does not allow.
fn array_for_object(sent: &Value, read: &Value, pointer: &str) -> Option<String> {
    match (sent, read) {
        (Value::Array(_), Value::Object(_)) => Some(pointer.to_string()),
        (Value::Object(sent), Value::Object(read)) => sent.iter().find_map(|(key, value)| {
            let at = format!("{pointer}/{}", escape_token(key));
            read.get(key)
                .and_then(|read| array_for_object(value, read, &at))
        }),
        (Value::Array(sent), Value::Array(read)) => {
            sent.iter()
                .zip(read)
                .enumerate()
                .find_map(|(i, (value, read))| {
                    array_for_object(value, read, &format!("{pointer}/{i}"))
                })
        }
        _ => None,
    }
}

/// Deserialises a JSON value into `T`, turning the first shape error into a pointer: an unknown
/// field, a wrong JSON type (an array where an object belongs included) or an empty id.
pub(super) fn typed<T: serde::de::DeserializeOwned + Serialize>(v: Value) -> Result<T, Problem> {
    if !v.is_object() {
        return Err(Problem::field(
            "",
            "invalid_type",
            "Forespørselen må være et JSON-objekt",
        ));
    }
    let read: T = serde_path_to_error::deserialize(&v).map_err(|e| {
        let mut pointer = String::new();
        // The contract has no list of lists: an index right after an index means an object
        // was being read from a list by position, and failed there.
        let mut object_from_list = None;
        let mut after_index = false;
        for seg in e.path().iter() {
            use serde_path_to_error::Segment;
            let index = matches!(seg, Segment::Seq { .. });
            if index && after_index && object_from_list.is_none() {
                object_from_list = Some(pointer.clone());
            }
            after_index = index;
            match seg {
                Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
                Segment::Map { key } => pointer.push_str(&format!("/{}", escape_token(key))),
                Segment::Enum { variant } => {
                    pointer.push_str(&format!("/{}", escape_token(variant)))
                }
                Segment::Unknown => {}
            }
        }
        if let Some(pointer) = object_from_list {
            return Problem::field(
                &pointer,
                "invalid_type",
                "Må være et JSON-objekt, ikke en liste",
            );
        }
        let msg = e.inner().to_string();
        if msg.starts_with("unknown field") {
            let field = msg.split('`').nth(1).unwrap_or("");
            let last = format!("/{}", escape_token(field));
            if !pointer.ends_with(&last) {
                pointer.push_str(&last);
            }
            Problem::field(&pointer, "unknown_field", "Ukjent felt")
        } else if msg.starts_with(EMPTY_ID) {
            Problem::field(&pointer, "invalid_format", "En id kan ikke være tom")
        } else {
            Problem::field(&pointer, "invalid_type", "Feil datatype")
        }
    })?;
    let canonical = serde_json::to_value(&read).map_err(Problem::internal)?;
    match array_for_object(&v, &canonical, "") {
        Some(pointer) => Err(Problem::field(
            &pointer,
            "invalid_type",
            "Må være et JSON-objekt, ikke en liste",
        )),
        None => Ok(read),
    }
}

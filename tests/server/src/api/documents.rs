//! Uploads: `POST /documents` (multipart, type sniffed from the first bytes, SHA-256 kept),
//! the list, the content, and deleting a document no sent resource uses.

use std::collections::BTreeSet;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::fields::check_len;
use super::request::{ResourceId, UploadForm};
use super::session::User;
use super::{json_response, ts, ApiResult, S};
use crate::problem::{escape_token, FieldError, Problem};
use crate::store::{self, Resource};
use crate::{validate, MAX_UPLOAD_BYTES};

fn sniff(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if head.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

/// The name to keep: its last path segment (some browsers send the whole path), at most 200
/// characters. Names holding characters `validate::file_name_char_allowed` refuses never get
/// here.
fn clean_filename(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base.chars().take(200).collect();
    let cleaned = cleaned.trim().to_string();
    if cleaned.is_empty() {
        "dokument".into()
    } else {
        cleaned
    }
}

fn too_large() -> Problem {
    Problem::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "file_too_large",
        format!(
            "Filen er for stor. Største tillatte størrelse er {} MB.",
            MAX_UPLOAD_BYTES / 1024 / 1024
        ),
    )
}

fn multipart_error(e: axum::extract::multipart::MultipartError) -> Problem {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        too_large()
    } else {
        Problem::bad_request("malformed_multipart", "Opplastingen kunne ikke leses")
            .detail(e.body_text())
    }
}

pub(super) async fn upload_document(
    State(state): S,
    user: User,
    UploadForm(mut multipart): UploadForm,
) -> ApiResult {
    let stored_name = store::random_hex(16);
    let path = state.uploads_dir().join(&stored_name);
    let result = async {
        let mut file_info: Option<(String, String, i64, String)> = None;
        // A file part was sent but its name refused: no "required" error on top.
        let mut file_name_refused = false;
        let mut document_type: Option<String> = None;
        let mut remark: Option<String> = None;
        let mut errors = vec![];
        let mut seen = BTreeSet::new();
        while let Some(mut field) = multipart.next_field().await.map_err(multipart_error)? {
            // Unread data of a part that is not used is skipped by the next `next_field`.
            let name = field.name().unwrap_or("").to_string();
            let pointer = format!("/{}", escape_token(&name));
            if !seen.insert(name.clone()) {
                errors.push(FieldError::new(pointer, "duplicate", "Sendt to ganger"));
                continue;
            }
            match name.as_str() {
                "file" => {
                    let sent_name = field.file_name().unwrap_or("");
                    if !sent_name.chars().all(validate::file_name_char_allowed) {
                        errors.push(FieldError::new(
                            "/file",
                            "file_name_invalid",
                            "Filnavnet inneholder kontrolltegn eller tegn som endrer skriveretningen. Gi filen et annet navn.",
                        ));
                        file_name_refused = true;
                        continue;
                    }
                    let filename = clean_filename(sent_name);
                    let mut out = tokio::fs::File::create(&path).await?;
                    let mut hasher = Sha256::new();
                    let mut size: u64 = 0;
                    let mut head: Vec<u8> = Vec::with_capacity(8);
                    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
                        size += chunk.len() as u64;
                        if size > MAX_UPLOAD_BYTES {
                            return Err(too_large());
                        }
                        if head.len() < 8 {
                            let take = (8 - head.len()).min(chunk.len());
                            head.extend_from_slice(&chunk[..take]);
                        }
                        hasher.update(&chunk);
                        out.write_all(&chunk).await?;
                    }
                    out.flush().await?;
                    let Some(ct) = sniff(&head) else {
                        return Err(Problem::new(
                            StatusCode::UNSUPPORTED_MEDIA_TYPE,
                            "unsupported_file_type",
                            "Filtypen støttes ikke. Last opp PDF, JPG eller PNG.",
                        ));
                    };
                    file_info = Some((
                        validate::file_name_for_type(&filename, ct),
                        ct.to_string(),
                        size as i64,
                        store::hex(&hasher.finalize()),
                    ));
                }
                "document_type" => {
                    document_type = Some(field.text().await.map_err(multipart_error)?)
                }
                "remark" => remark = Some(field.text().await.map_err(multipart_error)?),
                // Refused like unknown JSON fields, as the contract's additionalProperties says.
                _ => errors.push(FieldError::new(pointer, "unknown_field", "Ukjent felt")),
            }
        }
        let rd = state.reference_data();
        match document_type.as_deref().map(str::trim) {
            None | Some("") => errors.push(FieldError::new(
                "/document_type",
                "required",
                "Velg dokumenttype",
            )),
            Some(t) if !rd.document_types.iter().any(|c| c.id == t) => errors.push(
                FieldError::new("/document_type", "invalid_option", "Ukjent dokumenttype"),
            ),
            _ => {}
        }
        let remark = remark
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty());
        check_len(&mut errors, "/remark", &remark, 500);
        if file_info.is_none() && !file_name_refused {
            errors.push(FieldError::new("/file", "required", "Velg en fil"));
        }
        Problem::unless_field_errors(errors)?;
        let (filename, content_type, size, sha256) = file_info.expect("checked");
        let doc = store::Document {
            id: store::random_hex(16),
            owner: user.national_id.clone(),
            filename,
            content_type,
            size,
            sha256,
            document_type: document_type.expect("checked").trim().to_string(),
            remark,
            uploaded_at: ts(state.now()),
            stored_name: stored_name.clone(),
        };
        let db = state.db.lock().expect("db lock");
        store::insert_document(&db, &doc)?;
        Ok(doc)
    }
    .await;
    match result {
        Ok(doc) => {
            let mut res = json_response(StatusCode::CREATED, &doc.json());
            if let Ok(v) = HeaderValue::from_str(&format!("/api/v1/documents/{}", doc.id)) {
                res.headers_mut().insert(header::LOCATION, v);
            }
            Ok(res)
        }
        Err(p) => {
            let _ = tokio::fs::remove_file(&path).await;
            Err(p)
        }
    }
}

pub(super) async fn list_documents(State(state): S, user: User) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    let items: Vec<Value> = store::documents(&db, &user.national_id)?
        .iter()
        .map(|d| d.json())
        .collect();
    Ok(json_response(StatusCode::OK, &json!({ "items": items })))
}

pub(super) async fn document_content(
    State(state): S,
    user: User,
    ResourceId(id): ResourceId,
) -> ApiResult {
    let doc = {
        let db = state.db.lock().expect("db lock");
        store::document(&db, &user.national_id, &id)?.ok_or_else(Problem::not_found)?
    };
    let bytes = tokio::fs::read(state.uploads_dir().join(&doc.stored_name)).await?;
    let mut res = (StatusCode::OK, Bytes::from(bytes)).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&doc.content_type).expect("content type"),
    );
    let ascii: String = doc
        .filename
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("\"{}\"", doc.sha256)) {
        h.insert(header::ETAG, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(res)
}

pub(super) async fn delete_document(
    State(state): S,
    user: User,
    ResourceId(id): ResourceId,
) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    let doc = store::document(&db, &user.national_id, &id)?.ok_or_else(Problem::not_found)?;
    let mut owned = store::all_resources_of(&db, &user.national_id)?;
    let uses = |r: &Resource| {
        r.content
            .get("document_ids")
            .and_then(Value::as_array)
            .is_some_and(|ids| ids.iter().any(|i| i.as_str() == Some(id.as_str())))
    };
    if owned
        .iter()
        .any(|r| r.status != "draft" && r.status != "withdrawn" && uses(r))
    {
        return Err(Problem::conflict(
            "document_in_use",
            "Dokumentet er lagt ved en innsendt søknad og kan ikke slettes",
        ));
    }
    let now = ts(state.now());
    for r in owned.iter_mut().filter(|r| uses(r)) {
        if let Some(ids) = r
            .content
            .get_mut("document_ids")
            .and_then(Value::as_array_mut)
        {
            ids.retain(|i| i.as_str() != Some(id.as_str()));
        }
        r.version += 1;
        r.updated_at = now.clone();
        store::update_resource(&db, r)?;
    }
    db.execute("DELETE FROM documents WHERE id = ?1", [&doc.id])?;
    let _ = std::fs::remove_file(state.uploads_dir().join(&doc.stored_name));
    Ok(StatusCode::NO_CONTENT.into_response())
}

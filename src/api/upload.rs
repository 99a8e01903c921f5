//! Document upload (`POST /api/v1/documents`, multipart) with progress and cancel. Through
//! `XMLHttpRequest`, because fetch (and so gloo-net) reports no upload progress. The browser
//! streams the file from disk: its bytes never enter wasm memory.

use super::client::{parse_body, ACCEPT};
use super::problem::{error_from_response, ApiError};
use super::types::Document;
use super::Api;
use std::future::Future;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FormData, ProgressEvent, XmlHttpRequest};

/// Cancels the upload it came from.
pub struct UploadHandle(Option<XmlHttpRequest>);

impl UploadHandle {
    /// Stops sending; the upload's future then ends (with `ApiError::Network`).
    pub fn abort(&self) {
        if let Some(request) = &self.0 {
            let _ = request.abort();
        }
    }
}

/// Starts uploading `file` as a document of `document_type`. `on_progress` hears (bytes sent,
/// bytes in total) as the body goes out. Not repeated on failure: the user decides.
pub fn start_upload(
    api: &Api,
    file: &File,
    document_type: &str,
    on_progress: impl Fn(u64, u64) + 'static,
) -> (
    UploadHandle,
    impl Future<Output = Result<Document, ApiError>>,
) {
    let progress = Closure::<dyn Fn(ProgressEvent)>::new(move |event: ProgressEvent| {
        if event.length_computable() {
            on_progress(event.loaded() as u64, event.total() as u64);
        }
    });
    let (api, started) = (api.clone(), crate::browser::now_millis());
    let sent = send(&api, file, document_type, &progress);
    let handle = UploadHandle(sent.as_ref().ok().map(|(request, _)| request.clone()));
    let outcome = async move {
        let (request, ended) = sent.map_err(|_| ApiError::Network)?;
        let _ = JsFuture::from(ended).await;
        // Kept alive until here: the browser calls it until the request ends.
        drop(progress);
        let status = request.status().unwrap_or(0);
        let body = request.response_text().ok().flatten().unwrap_or_default();
        let outcome = match status {
            // No answer: offline, refused, blocked by CORS, or aborted.
            0 => Err(ApiError::Network),
            200..=299 => parse_body(&body),
            _ => Err(error_from_response(status, &body)),
        };
        api.tell(started, outcome.as_ref().map(drop));
        outcome
    };
    (handle, outcome)
}

/// Sends the request; the promise settles when it ends in any way (`loadend`).
fn send(
    api: &Api,
    file: &File,
    document_type: &str,
    progress: &Closure<dyn Fn(ProgressEvent)>,
) -> Result<(XmlHttpRequest, js_sys::Promise), JsValue> {
    let form = FormData::new()?;
    form.append_with_blob_and_filename("file", file, &file.name())?;
    form.append_with_str("document_type", document_type)?;
    let request = XmlHttpRequest::new()?;
    request.open("POST", &api.url("/api/v1/documents"))?;
    request.set_request_header("Accept", ACCEPT)?;
    if let Some(authorization) = api.authorization() {
        request.set_request_header("Authorization", &authorization)?;
    }
    request
        .upload()?
        .set_onprogress(Some(progress.as_ref().unchecked_ref()));
    let ended = js_sys::Promise::new(&mut |resolve, _| request.set_onloadend(Some(&resolve)));
    request.send_with_opt_form_data(Some(&form))?;
    Ok((request, ended))
}

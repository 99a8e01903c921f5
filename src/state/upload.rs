//! Uploads as a page hands them to the upload component: a way to start one (to the backend,
//! or a stand-in in tests) and a count of those under way, so the page can hold "Continue"
//! until they have ended.

use crate::api::types::Document;
use crate::api::upload::start_upload;
use crate::api::ApiError;
use crate::state::session::SessionState;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use web_sys::File;

/// Hears (bytes sent, bytes in total).
pub type Progress = Box<dyn Fn(u64, u64)>;

/// One upload under way.
pub struct Attempt {
    /// Stops it; `outcome` must then end at once, as an aborted XMLHttpRequest does (its
    /// result is ignored).
    pub cancel: Box<dyn Fn()>,
    pub outcome: Pin<Box<dyn Future<Output = Result<Document, ApiError>>>>,
}

type Start = dyn Fn(&File, &str, Progress) -> Attempt;

/// Starts uploads (file, document type, progress) and counts those under way. One per page,
/// shared by its upload fields.
#[derive(Clone)]
pub struct Uploader {
    start: Rc<Start>,
    in_flight: RwSignal<usize>,
}

impl Uploader {
    pub fn new(start: impl Fn(&File, &str, Progress) -> Attempt + 'static) -> Uploader {
        Uploader {
            start: Rc::new(start),
            in_flight: RwSignal::new(0),
        }
    }

    /// Uploads to the backend as the logged-in user.
    pub fn to_backend(session: SessionState) -> Uploader {
        Uploader::new(move |file, document_type, progress| match session.api() {
            Some(api) => {
                let (handle, outcome) = start_upload(&api, file, document_type, progress);
                Attempt {
                    cancel: Box::new(move || handle.abort()),
                    outcome: Box::pin(outcome),
                }
            }
            // Before the configuration has loaded there is no backend to send to.
            None => Attempt {
                cancel: Box::new(|| {}),
                outcome: Box::pin(async { Err(ApiError::Network) }),
            },
        })
    }

    /// Whether any upload started here is still under way.
    pub fn busy(&self) -> Signal<bool> {
        let in_flight = self.in_flight;
        Signal::derive(move || in_flight.get() > 0)
    }

    pub fn start(&self, file: &File, document_type: &str, progress: Progress) -> Attempt {
        let Attempt { cancel, outcome } = (self.start)(file, document_type, progress);
        let in_flight = self.in_flight;
        in_flight.update(|count| *count += 1);
        Attempt {
            cancel,
            outcome: Box::pin(async move {
                let ended = outcome.await;
                in_flight.update(|count| *count -= 1);
                ended
            }),
        }
    }
}

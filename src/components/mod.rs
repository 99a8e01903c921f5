//! Reusable pieces of interface. Thin: logic lives in `domain`.

use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with `id`, if it exists and can take focus.
pub fn focus_by_id(id: &str) {
    let element = leptos::prelude::document().get_element_by_id(id);
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Moves focus to `id` once the view has been redrawn: an element just added, or moved in a
/// keyed list, is in its place (with its new id) only then.
pub fn focus_after_render(id: impl Into<String>) {
    let id = id.into();
    leptos::prelude::request_animation_frame(move || focus_by_id(&id));
}

pub mod api_error;
pub mod check_answers;
pub mod config_error;
pub mod conflict;
pub mod contract_alert;
pub mod crash;
pub mod error_summary;
pub mod field;
pub mod language_picker;
pub mod layout;
pub mod link;
pub mod page_heading;
pub mod question;
pub mod require_login;
pub mod sent;
pub mod session_end;
pub mod upload;

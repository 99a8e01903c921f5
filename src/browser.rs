//! The few things the app asks of the browser itself: storage, the clock, waiting, focus.
//! One place, so pages and state do not each reach into `web_sys` for them.

use chrono::{DateTime, Utc};
use wasm_bindgen::JsCast;

/// The tab's storage: kept while the tab lives, gone when it closes. `None` when the browser
/// refuses it (private mode, policy): the app still works without it.
pub fn tab_storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().session_storage().ok().flatten()
}

/// The browser's storage kept between visits, or `None` when refused.
pub fn lasting_storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().local_storage().ok().flatten()
}

/// The browser's clock, in milliseconds since the Unix epoch.
pub fn now_millis() -> i64 {
    js_sys::Date::now() as i64
}

/// This year on the browser's calendar (in its own time zone).
pub fn local_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// The browser's clock as an instant.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(now_millis()).unwrap_or_default()
}

/// `N` bytes from the browser's cryptographic random source (`None` if it refuses).
pub fn random_bytes<const N: usize>() -> Option<[u8; N]> {
    let mut bytes = [0u8; N];
    let crypto = leptos::prelude::window().crypto().ok()?;
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// SHA-256 of `data`, by the browser's own implementation (Web Crypto; secure contexts only,
/// which `https://` and loopback addresses are).
pub async fn sha256(data: &[u8]) -> Option<Vec<u8>> {
    let subtle = leptos::prelude::window().crypto().ok()?.subtle();
    let promise = subtle.digest_with_str_and_u8_array("SHA-256", data).ok()?;
    let digest = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(js_sys::Uint8Array::new(&digest).to_vec())
}

/// Leaves the app for another site (a full page load), such as ID-porten.
pub fn leave_for(url: &str) {
    let _ = leptos::prelude::window().location().assign(url);
}

/// This page's origin (`https://host:port`).
pub fn origin() -> String {
    leptos::prelude::window()
        .location()
        .origin()
        .unwrap_or_default()
}

/// Waits `ms` milliseconds without blocking the page.
pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = leptos::prelude::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Moves keyboard focus to `element` (a browser that refuses leaves it where it was).
pub fn focus(element: &web_sys::HtmlElement) {
    let _ = element.focus();
}

/// Moves keyboard focus to the element with `id`, if it exists and can take focus.
pub fn focus_by_id(id: &str) {
    let element = leptos::prelude::document().get_element_by_id(id);
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        focus(&element);
    }
}

/// Moves focus to `id` once the view has been redrawn: an element just added, or moved in a
/// keyed list, is in its place (with its new id) only then.
pub fn focus_after_render(id: impl Into<String>) {
    let id = id.into();
    leptos::prelude::request_animation_frame(move || focus_by_id(&id));
}

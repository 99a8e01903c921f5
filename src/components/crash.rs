//! What a panic leaves behind: a notice in the user's language with a way on, never a dead page
//! that still looks alive. A panic aborts the wasm instance (release builds abort on panic), so
//! the notice is written with plain DOM calls: the reactive system may be mid-update and must
//! not be touched again.

use crate::browser::focus;
use crate::i18n::{Key, Language};
use wasm_bindgen::JsCast;

/// The notice's element id; tests and the stylesheet find it by this.
pub const NOTICE_ID: &str = "app-crash";

/// Logs every panic to the console and shows the notice. Installed once, before mounting.
pub fn install_panic_notice() {
    std::panic::set_hook(Box::new(|info| {
        leptos::logging::error!("{info}");
        show_crash_notice();
    }));
}

/// Puts the notice first in `<body>`, makes the rest inert (the app behind it no longer
/// answers), and moves focus to it. The language is read from `<html lang>`, which the app
/// keeps in step with the user's choice. A second panic leaves the first notice as it is.
pub fn show_crash_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(NOTICE_ID).is_some() {
        return;
    }
    let Some(body) = document.body() else {
        return;
    };
    let language = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Language::from_code(&code))
        .unwrap_or(Language::Nb);
    let here = document.location().and_then(|l| l.href().ok());
    let element = |tag: &str, class: &str, text: Option<Key>| {
        let element = document.create_element(tag).ok()?;
        element.set_class_name(class);
        if let Some(key) = text {
            element.set_text_content(Some(key.text(language)));
        }
        Some(element)
    };
    let build = || -> Option<web_sys::Element> {
        let notice = element("div", "ds-alert app-crash", None)?;
        notice.set_id(NOTICE_ID);
        for (name, value) in [
            ("role", "alert"),
            ("data-color", "danger"),
            ("tabindex", "-1"),
        ] {
            notice.set_attribute(name, value).ok()?;
        }
        let title = element("h2", "ds-heading", Some(Key::CrashTitle))?;
        title.set_attribute("data-size", "xs").ok()?;
        let body_text = element("p", "ds-paragraph", Some(Key::CrashBody))?;
        // A plain link reloads without the app: nothing of the aborted instance is needed.
        let reload = element("a", "ds-link", Some(Key::CrashReload))?;
        reload
            .set_attribute("href", here.as_deref().unwrap_or(""))
            .ok()?;
        let line = element("p", "ds-paragraph", None)?;
        line.append_child(&reload).ok()?;
        for child in [&title, &body_text, &line] {
            notice.append_child(child).ok()?;
        }
        Some(notice)
    };
    let Some(notice) = build() else {
        return;
    };
    let children = body.children();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            let _ = child.set_attribute("inert", "");
        }
    }
    if body.prepend_with_node_1(&notice).is_ok() {
        if let Ok(notice) = notice.dyn_into::<web_sys::HtmlElement>() {
            focus(&notice);
        }
    }
}

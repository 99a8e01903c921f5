//! The warning before a session ends (WCAG 2.2.1 Timing Adjustable): a modal dialog that takes
//! focus, says how many minutes are left (not a per-second live region), and offers to stay
//! logged in or to log out. When it closes, focus goes back where it was.

use crate::browser::{focus, focus_by_id};
use crate::components::link::use_go_to;
use crate::components::require_login::use_login_and_return;
use crate::i18n::Key;
use crate::routing::paths;
use crate::state::language::use_i18n;
use crate::state::session::use_session;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `ending` is `Some((minutes left, absolute end))` while the dialog should be open.
#[component]
pub fn SessionEndDialog(
    #[prop(into)] ending: Signal<Option<(i64, bool)>>,
    #[prop(into)] on_stay: Callback<()>,
    #[prop(into)] on_log_out: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    let stay_button = NodeRef::<html::Button>::new();
    let returns_to = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |_| {
        let (Some(element), open) = (dialog.get(), ending.with(Option::is_some)) else {
            return;
        };
        if open && !element.open() {
            let focused = document().active_element();
            returns_to.set_value(focused.and_then(|e| e.dyn_into().ok()));
            let _ = element.show_modal();
            if let Some(button) = stay_button.get_untracked() {
                focus(&button);
            }
        } else if !open && element.open() {
            element.close();
            if let Some(previous) = returns_to.get_value() {
                focus(&previous);
            }
        }
    });
    let absolute = move || ending.get().is_some_and(|(_, absolute)| absolute);
    let text = move || {
        let (minutes, absolute) = ending.get()?;
        let time = match minutes {
            1 => i18n.t(Key::OneMinute).to_owned(),
            n => i18n.fill(Key::Minutes, &[("n", &n.to_string())]),
        };
        let key = if absolute {
            Key::SessionEndAbsolute
        } else {
            Key::SessionEndIdle
        };
        Some(i18n.fill(key, &[("time", &time)]))
    };
    view! {
        <dialog
            class="app-dialog"
            node_ref=dialog
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="session-end-heading"
            aria-describedby="session-end-text"
            on:cancel=move |ev: web_sys::Event| {
                // Escape: the user is here, which is what staying means.
                ev.prevent_default();
                on_stay.run(());
            }
        >
            <h2 class="ds-heading" data-size="sm" id="session-end-heading">{i18n.text(Key::SessionEndHeading)}</h2>
            <p class="ds-paragraph" id="session-end-text">{text}</p>
            <div class="app-actions">
                <button type="button" class="ds-button" data-variant="primary" node_ref=stay_button on:click=move |_| on_stay.run(())>
                    {move || i18n.t(if absolute() { Key::Close } else { Key::StayLoggedIn })}
                </button>
                <button type="button" class="ds-button" data-variant="secondary" on:click=move |_| on_log_out.run(())>
                    {i18n.text(Key::LogOut)}
                </button>
            </div>
        </dialog>
    }
}

/// The dialog wired to the session; at the end, the user is sent to login, which says why and
/// brings them back to the same address.
#[component]
pub fn SessionEnd() -> impl IntoView {
    let session = use_session();
    let log_in = use_login_and_return();
    let go_to = use_go_to();
    let log_out = move |_| {
        session.log_out();
        go_to(paths::HOME);
        focus_by_id("main");
    };
    Effect::new(move |_| {
        if session.expired.get() {
            log_in();
        }
    });
    view! {
        <SessionEndDialog
            ending=Signal::derive(move || session.ending())
            on_stay=move |_| session.refresh()
            on_log_out=log_out
        />
    }
}

//! Browser unit tests: components mounted in headless Chromium by wasm-bindgen-test.
//! Run with `cargo test --target wasm32-unknown-unknown --test browser` (see scripts/test).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use skoleleder::components::config_error::ConfigErrorView;
use skoleleder::components::language_picker::LanguagePicker;
use skoleleder::config::{ConfigError, ConfigProblem, Expected, ProblemKind};
use skoleleder::i18n::{Key, Language};
use skoleleder::state::language::{stored_language, use_i18n, I18n};
use skoleleder::state::loadable::Loadable;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets scheduled effects and re-renders run.
async fn settle() {
    sleep(0).await;
}

/// A fresh container in the page for one test's component.
fn container() -> web_sys::HtmlElement {
    let element = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    element.unchecked_into()
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn html_lang() -> String {
    document()
        .document_element()
        .unwrap()
        .get_attribute("lang")
        .unwrap_or_default()
}

#[component]
fn Probe() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p id="probe">{i18n.text(Key::HomeHeading)}</p> }
}

#[wasm_bindgen_test]
async fn language_picker_changes_text_html_lang_and_is_remembered() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        provide_context(I18n::new(Language::Nb));
        view! { <LanguagePicker /> <Probe /> }
    });
    settle().await;
    assert_eq!(
        text_of(&root, "#probe"),
        Key::HomeHeading.text(Language::Nb)
    );
    assert_eq!(html_lang(), "nb");

    let button = |code: &str| -> web_sys::HtmlElement {
        root.query_selector(&format!("nav button[lang={code}]"))
            .unwrap()
            .unwrap_or_else(|| panic!("no button for {code}"))
            .unchecked_into()
    };
    let pressed = || -> Vec<String> {
        ["nb", "nn", "en", "sv"]
            .into_iter()
            .filter(|code| button(code).get_attribute("aria-pressed").as_deref() == Some("true"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(pressed(), ["nb"], "exactly the current language is pressed");
    let label_id = root
        .query_selector("nav")
        .unwrap()
        .unwrap()
        .get_attribute("aria-labelledby")
        .unwrap();
    assert_eq!(
        text_of(&root, &format!("#{label_id}")),
        Key::LanguageLabel.text(Language::Nb),
        "the group is named by its visible label"
    );

    for language in [Language::Sv, Language::Nn, Language::En] {
        button(language.code()).click();
        settle().await;
        assert_eq!(text_of(&root, "#probe"), Key::HomeHeading.text(language));
        assert_eq!(
            text_of(&root, &format!("#{label_id}")),
            Key::LanguageLabel.text(language)
        );
        assert_eq!(html_lang(), language.code());
        assert_eq!(stored_language(), Some(language));
        assert_eq!(pressed(), [language.code()]);
    }
}

#[wasm_bindgen_test]
async fn config_error_view_explains_each_problem_in_the_users_language() {
    let root = container();
    let retries = RwSignal::new(0);
    let i18n = RwSignal::new(None::<I18n>);
    let error = ConfigError::Invalid(vec![
        ConfigProblem {
            field: "upload.max_file_bytes".into(),
            kind: ProblemKind::Missing,
        },
        ConfigProblem {
            field: "api_base_url".into(),
            kind: ProblemKind::WrongType(Expected::Text),
        },
    ]);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let handle = I18n::new(Language::En);
        provide_context(handle);
        i18n.set(Some(handle));
        view! { <ConfigErrorView error=error.clone() retry=move || retries.update(|n| *n += 1) /> }
    });
    settle().await;

    assert_eq!(text_of(&root, "h1"), "The service cannot start");
    assert!(root.query_selector("[role=alert]").unwrap().is_some());
    let items: Vec<String> = {
        let list = root.query_selector_all("li").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    assert_eq!(
        items,
        [
            "upload.max_file_bytes: missing",
            "api_base_url: wrong type, should be text"
        ]
    );
    assert!(document().title().starts_with("The service cannot start"));

    i18n.get_untracked().unwrap().choose(Language::Nn);
    settle().await;
    assert_eq!(text_of(&root, "h1"), "Tenesta kan ikkje starte");
    assert_eq!(text_of(&root, "li"), "upload.max_file_bytes: manglar");

    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Prøv igjen");
    button.click();
    assert_eq!(retries.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn config_error_view_shows_technical_detail_as_text() {
    let root = container();
    let detail = "<img src=x onerror=alert(1)> HTTP 404 Not Found";
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n::new(Language::Sv));
        view! { <ConfigErrorView error=ConfigError::Unreachable(detail.into()) retry=|| () /> }
    });
    settle().await;
    assert_eq!(text_of(&root, "code"), detail);
    assert!(
        root.query_selector("img").unwrap().is_none(),
        "server text must never become markup"
    );
    assert!(text_of(&root, "section").contains("Inställningsfilen config.json kunde inte hämtas."));
}

#[wasm_bindgen_test]
async fn a_slow_old_load_never_overwrites_a_newer_one() {
    let owner = Owner::new();
    owner.set();
    let calls = Arc::new(AtomicU32::new(0));
    let counter = calls.clone();
    // The first load answers after 60 ms, the reload at once.
    let loadable = Loadable::new(move || {
        let call = counter.fetch_add(1, Ordering::SeqCst) + 1;
        async move {
            sleep(if call == 1 { 60 } else { 0 }).await;
            call
        }
    });
    assert_eq!(
        loadable.get_untracked(),
        None,
        "nothing before the first answer"
    );
    loadable.reload();
    sleep(20).await;
    assert_eq!(loadable.get_untracked(), Some(2));
    sleep(80).await;
    assert_eq!(
        loadable.get_untracked(),
        Some(2),
        "the late first answer must be dropped"
    );
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

//! Browser unit tests: components mounted in headless Chromium by wasm-bindgen-test.
//! Run with `cargo test --target wasm32-unknown-unknown --test browser` (see scripts/test).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use skoleleder::api::problem::error_from_response;
use skoleleder::api::types::{
    Answer, BudgetRow, BudgetYear, Document, NeedsReportContent, Period, Question,
};
use skoleleder::api::ApiError;
use skoleleder::components::config_error::ConfigErrorView;
use skoleleder::components::error_summary::{ErrorSummary, FieldMessage};
use skoleleder::components::language_picker::LanguagePicker;
use skoleleder::components::question::QuestionField;
use skoleleder::components::upload::FileUpload;
use skoleleder::config::{ConfigError, ConfigProblem, Expected, ProblemKind, UploadLimits};
use skoleleder::i18n::{Key, Language};
use skoleleder::pages::needs::budget::{kroner, BudgetEditor};
use skoleleder::state::language::{stored_language, use_i18n, I18n, PageHasErrors};
use skoleleder::state::loadable::Loadable;
use skoleleder::state::upload::{Attempt, Progress, Uploader};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{DataTransfer, File, FilePropertyBag, HtmlInputElement};

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

#[wasm_bindgen_test]
async fn error_summary_takes_focus_links_each_field_and_marks_the_title() {
    let root = container();
    let messages = RwSignal::new(Vec::<FieldMessage>::new());
    let has_errors = RwSignal::new(false);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n::new(Language::Nb));
        provide_context(PageHasErrors(has_errors));
        view! {
            <ErrorSummary messages=messages.read_only() />
            <input id="summary-field" />
        }
    });
    settle().await;
    assert!(
        root.query_selector(".ds-error-summary").unwrap().is_none(),
        "hidden without errors"
    );
    assert!(!has_errors.get_untracked());

    messages.set(vec![FieldMessage::new(
        "summary-field",
        Key::ErrorJobTitleMissing,
    )]);
    settle().await;
    let summary = root
        .query_selector(".ds-error-summary")
        .unwrap()
        .expect("summary shown");
    assert_eq!(
        document().active_element().unwrap(),
        summary,
        "the summary takes focus so screen readers read it"
    );
    assert!(
        has_errors.get_untracked(),
        "the page title gets its error prefix"
    );
    let link: web_sys::HtmlElement = root
        .query_selector(".ds-error-summary a")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(link.text_content().unwrap(), "Skriv stillingstittelen din");
    link.click();
    settle().await;
    assert_eq!(
        document().active_element().unwrap().id(),
        "summary-field",
        "the link moves focus to its field"
    );

    messages.set(Vec::new());
    settle().await;
    assert!(root.query_selector(".ds-error-summary").unwrap().is_none());
    assert!(!has_errors.get_untracked());
}

fn question(json: &str) -> Question {
    serde_json::from_str(json).unwrap()
}

#[wasm_bindgen_test]
async fn a_question_shows_its_error_in_its_own_language_as_text() {
    let root = container();
    let error = RwSignal::new(None::<String>);
    let value = RwSignal::new(None::<Answer>);
    let choice = question(
        r#"{"id":"school_form","type":"choice","required":true,"help":null,
            "label":{"nb":"Skoleform","nn":"Skuleform","en":"School form","sv":"Skolform <b>x</b>"},
            "limits":{"options":[
                {"id":"grundskola","label":{"nb":"Grunnskole","nn":"Grunnskule","en":"Compulsory","sv":"Grundskola"}},
                {"id":"komvux","label":{"nb":"Voksenopplæring","nn":"Vaksenopplæring","en":"Adult","sv":"Komvux"}}]}}"#,
    );
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n::new(Language::Nb));
        view! {
            <QuestionField question=choice language=Language::Sv own_language=true value
                on_change=move |answer| value.set(answer) error=error />
        }
    });
    settle().await;
    let fieldset = root
        .query_selector("fieldset")
        .unwrap()
        .expect("a fieldset");
    assert_eq!(fieldset.get_attribute("lang").as_deref(), Some("sv"));
    // Server text is shown as text, never as markup.
    assert_eq!(text_of(&root, "legend"), "Skolform <b>x</b>");
    assert!(root.query_selector("legend b").unwrap().is_none());
    assert!(root
        .query_selector(".ds-validation-message")
        .unwrap()
        .is_none());
    assert_eq!(fieldset.get_attribute("aria-describedby"), None);

    error.set(Some("Välj ett av svaren på ”Skolform”".into()));
    settle().await;
    assert_eq!(
        text_of(&root, "#answer-school_form-error"),
        "Välj ett av svaren på ”Skolform”"
    );
    assert_eq!(
        fieldset.get_attribute("aria-describedby").as_deref(),
        Some("answer-school_form-error")
    );
    let first: HtmlInputElement = root
        .query_selector("#answer-school_form")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(first.get_attribute("aria-invalid").as_deref(), Some("true"));
    let second: HtmlInputElement = root
        .query_selector("#answer-school_form-1")
        .unwrap()
        .unwrap()
        .unchecked_into();
    second.click();
    settle().await;
    assert_eq!(value.get_untracked(), Some(Answer::Text("komvux".into())));
    error.set(None);
    settle().await;
    assert!(root
        .query_selector(".ds-validation-message")
        .unwrap()
        .is_none());
    assert_eq!(first.get_attribute("aria-invalid"), None);
}

/// A stand-in for the backend: each upload waits until the test answers it.
#[derive(Clone, Default)]
struct FakeUploads {
    started: Rc<RefCell<Vec<FakeUpload>>>,
}

struct FakeUpload {
    file_name: String,
    document_type: String,
    progress: Progress,
    answer: js_sys::Function,
}

impl FakeUploads {
    fn uploader(&self) -> Uploader {
        let started = self.started.clone();
        Uploader::new(move |file, document_type, progress| {
            let mut answer = None;
            let promise = js_sys::Promise::new(&mut |resolve, _| answer = Some(resolve));
            let answer = answer.unwrap();
            started.borrow_mut().push(FakeUpload {
                file_name: file.name(),
                document_type: document_type.to_owned(),
                progress,
                answer: answer.clone(),
            });
            let (filename, size, document_type) =
                (file.name(), file.size() as u64, document_type.to_owned());
            Attempt {
                // As the browser does: an aborted request ends without an answer.
                cancel: Box::new(move || {
                    answer.call1(&JsValue::NULL, &"aborted".into()).unwrap();
                }),
                outcome: Box::pin(async move {
                    let answer = wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
                    let answer = answer.as_string().unwrap();
                    match answer.split_once(' ') {
                        Some(("status", status)) => {
                            let status: u16 = status.parse().unwrap();
                            Err(error_from_response(
                                status,
                                &format!(r#"{{"title":"x","status":{status}}}"#),
                            ))
                        }
                        _ if answer == "aborted" => Err(ApiError::Network),
                        _ => Ok(Document {
                            id: answer,
                            filename,
                            size,
                            document_type,
                        }),
                    }
                }),
            }
        })
    }

    fn count(&self) -> usize {
        self.started.borrow().len()
    }

    fn progress(&self, index: usize, sent: u64, total: u64) {
        (self.started.borrow()[index].progress)(sent, total);
    }

    /// A document id for success, or "status 503" for a failure.
    async fn answer(&self, index: usize, answer: &str) {
        let function = self.started.borrow()[index].answer.clone();
        function.call1(&JsValue::NULL, &answer.into()).unwrap();
        sleep(5).await;
    }
}

fn file(name: &str, mime: &str, content: &str) -> File {
    let options = FilePropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&content.into());
    File::new_with_str_sequence_and_options(&parts, name, &options).unwrap()
}

/// Picks files as a user does: sets them on the input and fires `change`.
async fn pick(root: &web_sys::HtmlElement, files: &[File]) {
    let transfer = DataTransfer::new().unwrap();
    for file in files {
        transfer.items().add_with_file(file).unwrap();
    }
    let input: HtmlInputElement = root
        .query_selector("input[type=file]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_files(Some(&transfer.files().unwrap()));
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
}

/// The row showing the file `name`.
fn file_row(root: &web_sys::HtmlElement, name: &str) -> web_sys::Element {
    let rows = root.query_selector_all("li.app-upload__file").unwrap();
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .map(|node| node.unchecked_into::<web_sys::Element>())
        .find(|row| row.first_element_child().unwrap().text_content().unwrap() == name)
        .unwrap_or_else(|| panic!("no row for {name}"))
}

fn button_texts(row: &web_sys::Element) -> Vec<String> {
    let buttons = row.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|i| buttons.item(i).unwrap().text_content().unwrap())
        .collect()
}

fn press(row: &web_sys::Element, text: &str) {
    let buttons = row.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|i| {
            buttons
                .item(i)
                .unwrap()
                .unchecked_into::<web_sys::HtmlElement>()
        })
        .find(|button| button.text_content().unwrap() == text)
        .unwrap_or_else(|| panic!("no button {text}"))
        .click();
}

fn announced(root: &web_sys::HtmlElement) -> String {
    text_of(root, "[role=status]")
}

#[wasm_bindgen_test]
async fn file_upload_shows_each_file_through_its_states() {
    let root = container();
    let fake = FakeUploads::default();
    let uploaded = RwSignal::new(Vec::<String>::new());
    let removed = RwSignal::new(Vec::<String>::new());
    let busy = RwSignal::new(None::<Signal<bool>>);
    let i18n = RwSignal::new(None::<I18n>);
    let uploader = fake.uploader();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let handle = I18n::new(Language::En);
        provide_context(handle);
        i18n.set(Some(handle));
        busy.set(Some(uploader.busy()));
        let limits = UploadLimits {
            max_file_bytes: 1024,
            accepted_types: vec![
                "application/pdf".into(),
                "image/jpeg".into(),
                "image/png".into(),
            ],
        };
        view! {
            <FileUpload
                document_type="diploma"
                label="Diploma"
                hint="Your final diploma"
                limits
                uploader
                on_uploaded=move |document: Document| uploaded.update(|ids| ids.push(document.id))
                on_removed=move |id| removed.update(|ids| ids.push(id))
            />
        }
    });
    let busy = move || busy.get_untracked().unwrap().get_untracked();
    settle().await;

    // The rules come before any file, and the input is named by its label.
    assert_eq!(
        text_of(&root, "#upload-diploma-rules"),
        "You can upload PDF, JPG, PNG. The largest file size is 1 kB."
    );
    assert_eq!(text_of(&root, "label[for=upload-diploma-input]"), "Diploma");
    let input = root
        .query_selector("#upload-diploma-input")
        .unwrap()
        .unwrap();
    assert_eq!(
        input.get_attribute("aria-describedby").unwrap(),
        "upload-diploma-hint upload-diploma-rules"
    );
    assert_eq!(
        input.get_attribute("accept").unwrap(),
        "application/pdf,image/jpeg,image/png"
    );
    assert!(!busy());

    // Four at once: the browser refuses three, each for its own reason, and sends one.
    pick(
        &root,
        &[
            file("cv.pdf", "application/pdf", "%PDF-1.7 cv"),
            file("empty.pdf", "application/pdf", ""),
            file("huge.pdf", "application/pdf", &"x".repeat(1025)),
            file("notes.txt", "text/plain", "notes"),
        ],
    )
    .await;
    let message = |name| {
        text_of(
            &file_row(&root, name).unchecked_into(),
            ".ds-validation-message",
        )
    };
    assert_eq!(message("empty.pdf"), "The file is empty.");
    assert_eq!(message("huge.pdf"), "The file is larger than 1 kB.");
    assert_eq!(
        message("notes.txt"),
        "This type of file cannot be uploaded. Use PDF, JPG, PNG."
    );
    assert_eq!(button_texts(&file_row(&root, "notes.txt")), ["Remove"]);
    assert_eq!(fake.count(), 1, "only the acceptable file is sent");
    assert_eq!(fake.started.borrow()[0].file_name, "cv.pdf");
    assert_eq!(fake.started.borrow()[0].document_type, "diploma");
    let cv = file_row(&root, "cv.pdf");
    assert!(cv.text_content().unwrap().contains("Waiting"));
    assert_eq!(button_texts(&cv), ["Cancel"]);
    assert!(busy());

    // In progress: the bar and the percentage; a quarter is announced, not every event.
    fake.progress(0, 30, 100);
    settle().await;
    assert_eq!(
        cv.query_selector("progress")
            .unwrap()
            .unwrap()
            .get_attribute("value")
            .unwrap(),
        "30"
    );
    assert!(cv.text_content().unwrap().contains("30 %"));
    assert_eq!(announced(&root), "cv.pdf: 25% uploaded");
    fake.progress(0, 40, 100);
    settle().await;
    assert_eq!(announced(&root), "cv.pdf: 25% uploaded");
    assert!(cv.text_content().unwrap().contains("40 %"));

    // Done, then removed.
    fake.answer(0, "doc-1").await;
    assert!(cv.text_content().unwrap().contains("Uploaded"));
    assert_eq!(announced(&root), "cv.pdf is uploaded");
    assert_eq!(uploaded.get_untracked(), ["doc-1"]);
    assert!(!busy());
    press(&cv, "Remove");
    settle().await;
    assert_eq!(removed.get_untracked(), ["doc-1"]);
    assert!(
        !text_of(&root, "ul").contains("cv.pdf"),
        "the removed file is gone"
    );

    // A server failure, then a retry that succeeds; the other rows stay as they were.
    pick(
        &root,
        &[file("grades.pdf", "application/pdf", "%PDF grades")],
    )
    .await;
    fake.answer(1, "status 503").await;
    let grades = file_row(&root, "grades.pdf");
    assert_eq!(
        text_of(&grades.clone().unchecked_into(), ".ds-validation-message"),
        "The service is temporarily unavailable. Try again in a while."
    );
    assert_eq!(button_texts(&grades), ["Try again", "Remove"]);
    press(&grades, "Try again");
    settle().await;
    assert_eq!(fake.count(), 3, "a retry sends the same file again");
    assert_eq!(fake.started.borrow()[2].file_name, "grades.pdf");
    assert!(grades.text_content().unwrap().contains("Waiting"));
    fake.answer(2, "doc-3").await;
    assert!(grades.text_content().unwrap().contains("Uploaded"));
    assert_eq!(uploaded.get_untracked(), ["doc-1", "doc-3"]);
    assert_eq!(message("empty.pdf"), "The file is empty.");

    // Cancelled: this file alone; a late answer does not undo the cancel.
    pick(&root, &[file("photo.png", "image/png", "png")]).await;
    let photo = file_row(&root, "photo.png");
    press(&photo, "Cancel");
    sleep(50).await;
    assert!(photo.text_content().unwrap().contains("Cancelled"));
    assert_eq!(button_texts(&photo), ["Try again", "Remove"]);
    assert_eq!(
        focused_text(),
        "Try again",
        "focus moves from the gone Cancel to Try again"
    );
    fake.answer(3, "doc-late").await;
    assert!(photo.text_content().unwrap().contains("Cancelled"));
    assert_eq!(uploaded.get_untracked(), ["doc-1", "doc-3"]);
    assert!(!busy());
    assert!(grades.text_content().unwrap().contains("Uploaded"));

    // The server reads the content: a text file named .pdf gets its own message, no retry.
    pick(&root, &[file("fake.pdf", "application/pdf", "just text")]).await;
    fake.answer(4, "status 415").await;
    let fake_pdf = file_row(&root, "fake.pdf");
    assert_eq!(
        text_of(&fake_pdf.clone().unchecked_into(), ".ds-validation-message"),
        "The file's content is not PDF, JPG, PNG, whatever its name suggests."
    );
    assert_eq!(button_texts(&fake_pdf), ["Remove"]);
    assert_eq!(
        announced(&root),
        "fake.pdf was not uploaded. The file's content is not PDF, JPG, PNG, whatever its name suggests."
    );

    // Removing moves focus back to the field, and every text follows the language.
    press(&fake_pdf, "Remove");
    sleep(50).await;
    assert_eq!(
        document().active_element().unwrap().id(),
        "upload-diploma-input"
    );
    i18n.get_untracked().unwrap().choose(Language::Nb);
    settle().await;
    assert_eq!(
        text_of(&root, "#upload-diploma-rules"),
        "Du kan laste opp PDF, JPG, PNG. Største filstørrelse er 1 kB."
    );
    assert_eq!(message("empty.pdf"), "Filen er tom.");
    assert!(photo.text_content().unwrap().contains("Avbrutt"));
}

#[wasm_bindgen_test]
async fn leaving_the_page_stops_uploads_on_their_way() {
    let root = container();
    let fake = FakeUploads::default();
    let uploader = fake.uploader();
    let busy = uploader.busy();
    let mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n::new(Language::Sv));
        let limits = UploadLimits {
            max_file_bytes: 15 * 1024 * 1024,
            accepted_types: vec!["application/pdf".into()],
        };
        view! { <FileUpload document_type="cv" label="CV" limits uploader /> }
    });
    settle().await;
    assert_eq!(
        text_of(&root, "#upload-cv-rules"),
        "Du kan ladda upp PDF. Största filstorlek är 15 MB."
    );
    pick(&root, &[file("cv.pdf", "application/pdf", "%PDF cv")]).await;
    assert!(busy.get_untracked());
    drop(mounted);
    sleep(5).await;
    assert!(!busy.get_untracked(), "the upload was stopped");
}

fn focused_text() -> String {
    document()
        .active_element()
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn session_end_dialog_opens_when_due_takes_focus_and_calls_back() {
    use skoleleder::components::session_end::SessionEndDialog;
    let root = container();
    let ending = RwSignal::new(None::<(i64, bool)>);
    let (stayed, logged_out) = (Arc::new(AtomicU32::new(0)), Arc::new(AtomicU32::new(0)));
    let (stay, log_out) = (stayed.clone(), logged_out.clone());
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n::new(Language::Nb));
        let stay = stay.clone();
        let log_out = log_out.clone();
        view! {
            <button id="was-here">"Her"</button>
            <SessionEndDialog
                ending
                on_stay=move |_| { stay.fetch_add(1, Ordering::SeqCst); }
                on_log_out=move |_| { log_out.fetch_add(1, Ordering::SeqCst); }
            />
        }
    });
    settle().await;
    let dialog: web_sys::HtmlDialogElement = root
        .query_selector("dialog")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let was_here: web_sys::HtmlElement = root
        .query_selector("#was-here")
        .unwrap()
        .unwrap()
        .unchecked_into();
    was_here.focus().unwrap();
    assert!(!dialog.open(), "closed while the session is not ending");

    ending.set(Some((2, false)));
    settle().await;
    assert!(dialog.matches(":modal").unwrap(), "opens when due, modal");
    assert_eq!(dialog.get_attribute("role").as_deref(), Some("alertdialog"));
    let name_id = dialog.get_attribute("aria-labelledby").unwrap();
    assert_eq!(
        text_of(&root, &format!("#{name_id}")),
        "Du blir snart logget ut"
    );
    let description_id = dialog.get_attribute("aria-describedby").unwrap();
    assert!(
        text_of(&root, &format!("#{description_id}")).contains("Om 2 minutter blir du logget ut")
    );
    let focused = document().active_element().unwrap();
    assert!(
        dialog.contains(Some(&focused)),
        "focus moves into the dialog"
    );
    assert_eq!(focused.text_content().unwrap(), "Forbli innlogget");

    focused.unchecked_ref::<web_sys::HtmlElement>().click();
    assert_eq!(stayed.load(Ordering::SeqCst), 1);
    ending.set(None); // the session was extended
    settle().await;
    assert!(!dialog.open(), "closes once the session is extended");
    assert_eq!(
        document().active_element().unwrap(),
        was_here.clone().unchecked_into::<web_sys::Element>(),
        "focus goes back"
    );

    ending.set(Some((1, false)));
    settle().await;
    assert!(text_of(&root, "dialog p").contains("Om 1 minutt"));
    let buttons = dialog.query_selector_all("button").unwrap();
    buttons
        .item(1)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    assert_eq!(logged_out.load(Ordering::SeqCst), 1);

    // The 12-hour limit: staying cannot move it, and the dialog says so.
    ending.set(Some((2, true)));
    settle().await;
    assert!(text_of(&root, "dialog p").contains("det kan ikke forlenges"));
    assert_eq!(buttons.item(0).unwrap().text_content().unwrap(), "Lukk");
}

// ---- The needs report's budget table ----

fn budget_content(rows: &[(&str, &str, i64)]) -> NeedsReportContent {
    NeedsReportContent {
        period: Period {
            start_school_year: Some(2027),
            years: Some(1),
        },
        budget: vec![BudgetYear {
            school_year: Some(2027),
            rows: rows
                .iter()
                .map(|(purpose, receiver, amount)| BudgetRow {
                    id: Some(format!("row-{amount}")),
                    purpose: Some((*purpose).into()),
                    receiver: Some((*receiver).into()),
                    amount_nok: Some(*amount),
                })
                .collect(),
            own_contribution_nok: None,
            own_contribution_form: None,
        }],
        ..Default::default()
    }
}

fn mount_budget(content: RwSignal<NeedsReportContent>) -> (web_sys::HtmlElement, impl Drop) {
    let root = container();
    let mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n::new(Language::Nb));
        let messages = RwSignal::new(Vec::<FieldMessage>::new());
        view! { <BudgetEditor content replaced=Trigger::new() messages forms=vec![] percent=30 /> }
    });
    (root, DropMounted(Some(mounted)))
}

/// Unmounts when dropped, so each test leaves the page as it found it.
struct DropMounted<M>(Option<M>);
impl<M> Drop for DropMounted<M> {
    fn drop(&mut self) {
        drop(self.0.take());
    }
}

fn amounts(content: RwSignal<NeedsReportContent>) -> Vec<Option<i64>> {
    content.with_untracked(|c| c.budget[0].rows.iter().map(|r| r.amount_nok).collect())
}

fn table_rows(root: &web_sys::HtmlElement) -> Vec<web_sys::Element> {
    let list = root.query_selector_all("tbody tr").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn element(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

/// Sets an input's or a text area's value and tells the page, as typing does.
fn type_into(field: &web_sys::HtmlElement, text: &str) {
    match field.dyn_ref::<HtmlInputElement>() {
        Some(input) => input.set_value(text),
        None => field
            .unchecked_ref::<web_sys::HtmlTextAreaElement>()
            .set_value(text),
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let input = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    field.dispatch_event(&input).unwrap();
}

fn focused_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// Pastes `text` into the budget's paste field and asks for the preview.
async fn preview_paste(root: &web_sys::HtmlElement, text: &str) {
    type_into(&element(root, "#paste-text"), text);
    settle().await;
    press(root, "Se hva som blir lagt til");
    settle().await;
}

/// After a move or removal the list redraws and focus follows in the next frame.
async fn redrawn() {
    sleep(50).await;
}

#[wasm_bindgen_test]
async fn budget_rows_are_typed_added_moved_and_removed_keeping_their_own_elements() {
    let content = RwSignal::new(budget_content(&[
        ("plan", "owner", 100),
        ("carry_out", "partner", 200),
        ("evaluate", "owner", 300),
    ]));
    let (root, _mounted) = mount_budget(content);
    settle().await;
    let totals = || text_of(&root, "#year-0-totals");
    let kr = |n| kroner(Language::Nb, n);
    assert!(totals().contains(&kr(400)), "{}", totals());
    let before = table_rows(&root);
    assert_eq!(before.len(), 3);

    // Typing in one row changes that row's value and its year's totals, and no other row's
    // element is made anew.
    type_into(&element(&root, "#nr-budget-0-rows-1-amount_nok"), "12 500");
    settle().await;
    assert_eq!(amounts(content), [Some(100), Some(12_500), Some(300)]);
    assert!(totals().contains(&kr(12_500)), "{}", totals());
    let after = table_rows(&root);
    assert!(before
        .iter()
        .zip(&after)
        .all(|(a, b)| a.is_same_node(Some(b))));

    // Down: the row and its element move together, ids follow the place, focus stays on it.
    element(&root, "#row-0-0-down").click();
    redrawn().await;
    assert_eq!(amounts(content), [Some(12_500), Some(100), Some(300)]);
    let moved = table_rows(&root);
    assert!(moved[0].is_same_node(Some(&before[1])));
    assert!(moved[1].is_same_node(Some(&before[0])));
    assert_eq!(focused_id(), "row-0-1-down");
    assert_eq!(
        element(&root, "#nr-budget-0-rows-0-amount_nok")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "12 500"
    );
    assert_eq!(
        element(&root, "#row-0-1-up")
            .get_attribute("aria-label")
            .unwrap(),
        "Flytt opp linje 2"
    );
    element(&root, "#row-0-1-up").click();
    redrawn().await;
    assert_eq!(amounts(content), [Some(100), Some(12_500), Some(300)]);
    assert_eq!(focused_id(), "row-0-0-up");

    // Remove: the rows after it keep their elements; focus goes to the row now in its place.
    element(&root, "#row-0-1-remove").click();
    redrawn().await;
    assert_eq!(amounts(content), [Some(100), Some(300)]);
    let left = table_rows(&root);
    assert!(left[1].is_same_node(Some(&before[2])));
    assert_eq!(focused_id(), "row-0-1-remove");
    assert!(totals().contains(&kr(400)), "{}", totals());

    // Add: an empty row at the end, focus on its first cell.
    element(&root, "#nr-budget-0-rows").click();
    redrawn().await;
    assert_eq!(amounts(content), [Some(100), Some(300), None]);
    assert_eq!(table_rows(&root).len(), 3);
    assert_eq!(focused_id(), "nr-budget-0-rows-2-purpose");
}

#[wasm_bindgen_test]
async fn a_whole_version_replacing_the_content_redraws_the_rows() {
    let content = RwSignal::new(budget_content(&[("plan", "owner", 100)]));
    let root = container();
    let replaced = Trigger::new();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n::new(Language::Nb));
        let messages = RwSignal::new(Vec::<FieldMessage>::new());
        view! { <BudgetEditor content replaced messages forms=vec![] percent=30 /> }
    });
    settle().await;
    content.set(budget_content(&[
        ("plan", "owner", 7),
        ("plan", "partner", 8),
    ]));
    replaced.notify();
    settle().await;
    assert_eq!(table_rows(&root).len(), 2);
    assert_eq!(
        element(&root, "#nr-budget-0-rows-1-amount_nok")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "8"
    );
}

#[wasm_bindgen_test]
async fn a_paste_is_previewed_with_each_bad_cell_named_and_only_good_lines_added() {
    let content = RwSignal::new(budget_content(&[("plan", "owner", 100)]));
    let (root, _mounted) = mount_budget(content);
    settle().await;
    preview_paste(
        &root,
        "Formål\tMottaker\tBeløp\r\nPlanlegge\tSkoleeier\t12 500 kr\r\nVidereutdanning\tSkoleeier\t1000\r\nGjennomføre\tPartner\t99,50\r\nEvaluere\tSamarbeidspartner\t2500,00\r\n",
    )
    .await;
    let result = text_of(&root, "#paste-result");
    assert!(result.contains("2 linjer kan legges til."), "{result}");
    assert!(
        result.contains(
            "Linje 3, kolonne 1: Individuell videreutdanning finansieres ikke av ordningen."
        ),
        "{result}"
    );
    assert!(
        result.contains("Linje 4, kolonne 3: Beløpet må være i hele kroner, uten øre."),
        "{result}"
    );
    // Nothing is added before the user says so.
    assert_eq!(amounts(content), [Some(100)]);
    press(&root, "Legg til linjene");
    settle().await;
    assert_eq!(amounts(content), [Some(100), Some(12_500), Some(2_500)]);
    assert_eq!(table_rows(&root).len(), 3);
    assert!(text_of(&root, "#paste-result").contains("2 linjer er lagt til."));
    let added = content.with_untracked(|c| c.budget[0].rows[2].clone());
    assert_eq!(added.purpose.as_deref(), Some("evaluate"));
    assert_eq!(added.receiver.as_deref(), Some("partner"));
}

#[wasm_bindgen_test]
async fn a_row_added_after_a_paste_appears_counts_and_takes_focus() {
    let content = RwSignal::new(budget_content(&[]));
    let (root, _mounted) = mount_budget(content);
    settle().await;
    preview_paste(
        &root,
        "Planlegge\tSkoleeier\t50000\nEvaluere\tSamarbeidspartner\t20000\n",
    )
    .await;
    press(&root, "Legg til linjene");
    settle().await;
    element(&root, "#nr-budget-0-rows").click();
    redrawn().await;
    assert_eq!(table_rows(&root).len(), 3);
    assert_eq!(focused_id(), "nr-budget-0-rows-2-purpose");
    type_into(&element(&root, "#nr-budget-0-rows-2-amount_nok"), "10000");
    settle().await;
    assert_eq!(amounts(content), [Some(50_000), Some(20_000), Some(10_000)]);
    let totals = text_of(&root, "#year-0-totals");
    assert!(totals.contains(&kroner(Language::Nb, 80_000)), "{totals}");
}

#[wasm_bindgen_test]
fn a_panic_leaves_a_notice_in_the_pages_language_in_front_of_an_inert_page() {
    use skoleleder::components::crash::{show_crash_notice, NOTICE_ID};
    let root = document().document_element().unwrap();
    let lang_before = root.get_attribute("lang");
    root.set_attribute("lang", "nn").unwrap();
    let behind = container();
    show_crash_notice();
    show_crash_notice();
    let notices = document()
        .query_selector_all(&format!("#{NOTICE_ID}"))
        .unwrap();
    assert_eq!(notices.length(), 1, "one notice, however many panics");
    let notice = document().get_element_by_id(NOTICE_ID).unwrap();
    let text = notice.text_content().unwrap_or_default();
    for key in [Key::CrashTitle, Key::CrashBody, Key::CrashReload] {
        assert!(text.contains(key.text(Language::Nn)), "{text}");
    }
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(focused_id(), NOTICE_ID);
    let reload = notice.query_selector("a").unwrap().unwrap();
    assert_eq!(
        reload.get_attribute("href"),
        window().location().href().ok()
    );
    assert!(behind.has_attribute("inert"));
    assert!(!notice.has_attribute("inert"));
    // Leave the page as it was for the other tests.
    notice.remove();
    behind.remove();
    let children = document().body().unwrap().children();
    for i in 0..children.length() {
        children.item(i).unwrap().remove_attribute("inert").unwrap();
    }
    match lang_before {
        Some(lang) => root.set_attribute("lang", &lang).unwrap(),
        None => root.remove_attribute("lang").unwrap(),
    }
}

//! The upload field for one document type: says what may be uploaded before anything is
//! picked, checks each file in the browser, and shows each upload with its progress, outcome
//! and its own cancel, retry and remove. Uploads start only through the `Uploader` given.

use crate::api::types::Document;
use crate::api::ApiError;
use crate::browser::focus_after_render;
use crate::components::api_error::message_key;
use crate::config::UploadLimits;
use crate::domain::upload::{self, Refusal, UploadState};
use crate::i18n::{decimal_separator, Key};
use crate::state::language::{use_i18n, I18n, Spoken};
use crate::state::upload::{Attempt, Uploader};
use leptos::prelude::*;
use web_sys::{File, HtmlInputElement};

type State = UploadState<ApiError>;

/// Stops the attempt under way.
type Cancel = Box<dyn Fn()>;

/// What a failed upload means for the file: refused for what it is, or worth another try.
fn state_after(error: ApiError) -> State {
    let file_refused_for =
        |code: &str| (error.field_errors().iter()).any(|e| e.pointer == "/file" && e.code == code);
    let file_refused = error.field_errors().iter().any(|e| e.pointer == "/file");
    match error.status() {
        Some(413) => UploadState::Refused(Refusal::TooLarge),
        Some(415) => UploadState::Refused(Refusal::ContentNotAccepted),
        Some(422) if file_refused_for("file_name_invalid") => {
            UploadState::Refused(Refusal::NameNotAccepted)
        }
        Some(422) if file_refused => UploadState::Refused(Refusal::ContentNotAccepted),
        _ => UploadState::Failed(error),
    }
}

/// Applies a transition to a file's state; only one that applied is heard by the view.
fn transition(state: RwSignal<State>, change: impl FnOnce(&mut State) -> bool) -> bool {
    state
        .try_maybe_update(|state| {
            let applied = change(state);
            (applied, applied)
        })
        .unwrap_or(false)
}

/// One picked file.
#[derive(Clone)]
struct Row {
    key: usize,
    /// The picked file's name, then the name the server stored it under (which takes the
    /// extension of what the file really is).
    name: RwSignal<String>,
    size: u64,
    state: RwSignal<State>,
    percent: RwSignal<u8>,
    /// The file, for another try, and how to stop the attempt under way.
    local: StoredValue<(File, Option<Cancel>), LocalStorage>,
}

impl Row {
    /// Stops the attempt under way, if any.
    fn stop(&self) {
        self.local
            .with_value(|(_, cancel)| cancel.as_ref().map(|cancel| cancel()));
    }
}

/// The field's parts, cheap to copy into handlers.
#[derive(Clone, Copy)]
struct Field {
    id: StoredValue<String>,
    document_type: StoredValue<String>,
    limits: StoredValue<UploadLimits>,
    uploader: StoredValue<Uploader, LocalStorage>,
    rows: RwSignal<Vec<Row>>,
    next_key: StoredValue<usize>,
    announcement: Spoken,
    i18n: I18n,
    on_uploaded: Option<Callback<Document>>,
    on_removed: Option<Callback<String>>,
}

impl Field {
    fn element_id(self, suffix: &str) -> String {
        format!("{}-{suffix}", self.id.read_value())
    }

    /// The id of a part of one file's row: its name, or one of its buttons.
    fn row_element_id(self, row: &Row, part: &str) -> String {
        self.element_id(&format!("{}-{part}", row.key))
    }

    fn size(self, bytes: u64) -> String {
        upload::format_size(bytes, decimal_separator(self.i18n.language()))
    }

    /// The accepted types as people know them: "PDF, JPG, PNG".
    fn types(self) -> String {
        self.limits.with_value(|limits| {
            let labels: Vec<&str> = limits
                .accepted_types
                .iter()
                .map(|mime| upload::type_label(mime))
                .collect();
            labels.join(", ")
        })
    }

    /// `key` with this field's largest size and accepted types filled in.
    fn fill_limits(self, key: Key) -> String {
        let size = self.size(self.limits.with_value(|limits| limits.max_file_bytes));
        self.i18n
            .fill(key, &[("size", &size), ("types", &self.types())])
    }

    /// Why a file did not get through, or `None` when it has not failed.
    fn failure(self, state: &State) -> Option<String> {
        let key = match state {
            UploadState::Refused(Refusal::Empty) => Key::UploadEmpty,
            UploadState::Refused(Refusal::TooLarge) => Key::UploadTooLarge,
            UploadState::Refused(Refusal::WrongType) => Key::UploadWrongType,
            UploadState::Refused(Refusal::ContentNotAccepted) => Key::UploadContentNotAccepted,
            UploadState::Refused(Refusal::NameNotAccepted) => Key::UploadNameNotAccepted,
            UploadState::Failed(error) => message_key(error),
            _ => return None,
        };
        Some(self.fill_limits(key))
    }

    /// Tells screen readers, politely, in the language of the moment (see [`Spoken`]).
    fn announce(self, key: Key, name: &str, values: &[(&str, &str)]) {
        let mut values = values.to_vec();
        values.push(("name", name));
        let text = untrack(|| self.i18n.fill(key, &values));
        self.announcement.say(text);
    }

    fn add(self, file: File) {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        let (name, size) = (file.name(), file.size() as u64);
        let checked = self.limits.with_value(|limits| {
            upload::check(
                &name,
                &file.type_(),
                size,
                limits.max_file_bytes,
                &limits.accepted_types,
            )
        });
        let row = Row {
            key,
            name: RwSignal::new(name),
            size,
            state: RwSignal::new(checked.map_or_else(UploadState::Refused, |()| State::Queued)),
            percent: RwSignal::new(0),
            local: StoredValue::new_local((file, None)),
        };
        self.rows.update(|rows| rows.push(row.clone()));
        match checked {
            Ok(()) => self.send(row),
            Err(_) => self.announce_outcome(&row),
        }
    }

    fn send(self, row: Row) {
        let (state, percent) = (row.state, row.percent);
        percent.set(0);
        let name = row.name;
        let progress = Box::new(move |sent, total| {
            let before = percent.get_untracked();
            let now = upload::percent(sent, total);
            percent.set(now);
            transition(state, State::sending);
            if let Some(step) = upload::announced_step(before, now) {
                let step = step.to_string();
                let name = name.get_untracked();
                self.announce(Key::UploadProgressOf, &name, &[("percent", &step)]);
            }
        });
        let Attempt { cancel, outcome } = row.local.with_value(|(file, _)| {
            let document_type = self.document_type.read_value();
            self.uploader
                .with_value(|uploader| uploader.start(file, &document_type, progress))
        });
        row.local
            .update_value(|(_, current)| *current = Some(cancel));
        leptos::task::spawn_local(async move {
            let result = outcome.await;
            let ended = match &result {
                Ok(document) => UploadState::Done(document.id.clone()),
                Err(error) => state_after(error.clone()),
            };
            if !transition(state, |state| state.end(ended)) {
                return;
            }
            row.local.update_value(|(_, current)| *current = None);
            if let Ok(document) = &result {
                row.name.set(document.filename.clone());
            }
            if let (Ok(document), Some(on_uploaded)) = (result, self.on_uploaded) {
                on_uploaded.run(document);
            }
            self.announce_outcome(&row);
        });
    }

    fn announce_outcome(self, row: &Row) {
        let failure = untrack(|| row.state.with(|state| self.failure(state)));
        let name = row.name.get_untracked();
        match failure {
            Some(reason) => self.announce(Key::UploadFailedOf, &name, &[("reason", &reason)]),
            None => self.announce(Key::UploadDoneOf, &name, &[]),
        }
    }

    fn cancel(self, row: &Row) {
        if transition(row.state, State::cancel) {
            row.stop();
            focus_after_render(self.row_element_id(row, "retry"));
        }
    }

    fn retry(self, row: &Row) {
        if transition(row.state, State::retry) {
            self.send(row.clone());
            focus_after_render(self.row_element_id(row, "cancel"));
        }
    }

    fn remove(self, row: &Row) {
        if let (UploadState::Done(id), Some(on_removed)) =
            (row.state.get_untracked(), self.on_removed)
        {
            on_removed.run(id);
        }
        self.rows
            .update(|rows| rows.retain(|other| other.key != row.key));
        row.local.dispose();
        // The button is gone; the field is the natural place to go on from.
        focus_after_render(self.element_id("input"));
    }

    /// Stops every upload still on its way.
    fn stop_all(self) {
        self.rows.with_untracked(|rows| {
            rows.iter().for_each(Row::stop);
        });
    }

    fn row_view(self, row: Row) -> impl IntoView {
        let i18n = self.i18n;
        let (state, percent) = (row.state, row.percent);
        let name_id = self.row_element_id(&row, "name");
        let progress_label = name_id.clone();
        let status = move || {
            state.with(|current| match current {
                UploadState::Queued => view! { <span>{i18n.t(Key::UploadQueued)}</span> }.into_any(),
                UploadState::Sending => view! {
                    <progress max="100" value=move || percent.get().to_string() aria-labelledby=progress_label.clone()></progress>
                    <span>{move || format!("{} %", percent.get())}</span>
                }
                .into_any(),
                UploadState::Done(_) => view! { <span>{i18n.t(Key::UploadDone)}</span> }.into_any(),
                UploadState::Cancelled => view! { <span>{i18n.t(Key::UploadCancelled)}</span> }.into_any(),
                failed => view! {
                    <p class="ds-validation-message" data-color="danger">{self.failure(failed)}</p>
                }
                .into_any(),
            })
        };
        let (name, size) = (row.name, row.size);
        // Buttons are rebuilt only when the choice changes, so focus is not lost to progress.
        let choice = Memo::new(move |_| {
            state.with(|s| {
                let done = matches!(s, UploadState::Done(_));
                (s.is_in_flight(), s.can_retry(), done)
            })
        });
        // A stored file stays where nobody listens for its removal (a document sent later).
        let removable = self.on_removed.is_some();
        let button = move |action: &'static str, key: Key, run: fn(Field, &Row)| {
            let row = row.clone();
            view! {
                <button
                    type="button"
                    class="ds-button"
                    data-variant="secondary"
                    data-size="sm"
                    id=self.row_element_id(&row, action)
                    aria-describedby=self.row_element_id(&row, "name")
                    on:click=move |_| run(self, &row)
                >
                    {i18n.text(key)}
                </button>
            }
        };
        let actions = move || match choice.get() {
            (true, _, _) => button("cancel", Key::UploadCancel, Field::cancel).into_any(),
            (false, can_retry, done) => view! {
                {can_retry.then(|| button("retry", Key::TryAgain, Field::retry))}
                {(removable || !done).then(|| button("remove", Key::UploadRemove, Field::remove))}
            }
            .into_any(),
        };
        view! {
            <li class="app-upload__file">
                // Isolated: a right-to-left override in a name must not turn its size around.
                <bdi class="app-upload__name" id=name_id>{name}</bdi>
                <span>{move || self.size(size)}</span>
                {status}
                <span class="app-upload__actions">{actions}</span>
            </li>
        }
    }
}

/// Upload field for one document type. `limits` come from the runtime config. Raises
/// `on_uploaded` with each stored document and `on_removed` with the id of one removed.
#[component]
pub fn FileUpload(
    /// The contract's document type id; also names the field's elements (`upload-<type>-…`).
    #[prop(into)]
    document_type: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    limits: UploadLimits,
    uploader: Uploader,
    #[prop(optional, into)] on_uploaded: Option<Callback<Document>>,
    #[prop(optional, into)] on_removed: Option<Callback<String>>,
) -> impl IntoView {
    let accept = limits.accepted_types.join(",");
    let i18n = use_i18n();
    let field = Field {
        id: StoredValue::new(format!("upload-{document_type}")),
        document_type: StoredValue::new(document_type),
        limits: StoredValue::new(limits),
        uploader: StoredValue::new_local(uploader),
        rows: RwSignal::new(Vec::new()),
        next_key: StoredValue::new(0),
        announcement: Spoken::new(i18n),
        i18n,
        on_uploaded,
        on_removed,
    };
    // Leaving the page stops what is still on its way: nobody would see how it ended.
    on_cleanup(move || field.stop_all());
    let (input_id, hint_id, rules_id) = (
        field.element_id("input"),
        field.element_id("hint"),
        field.element_id("rules"),
    );
    let described_by = match hint {
        Some(_) => format!("{hint_id} {rules_id}"),
        None => rules_id.clone(),
    };
    let pick = move |event: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&event);
        if let Some(files) = input.files() {
            (0..files.length())
                .filter_map(|index| files.get(index))
                .for_each(|file| field.add(file));
        }
        // Picking the same file again is a new pick.
        input.set_value("");
    };
    view! {
        <div class="ds-field app-upload">
            <label class="ds-label" for=input_id.clone()>{label}</label>
            {hint.map(|hint| view! {
                <div class="ds-paragraph" data-size="sm" data-field="description" id=hint_id>{hint}</div>
            })}
            <div class="ds-paragraph" data-size="sm" id=rules_id>
                {move || field.fill_limits(Key::UploadRules)}
            </div>
            <div class="ds-file-upload">
                <input type="file" id=input_id multiple accept=accept aria-describedby=described_by on:change=pick />
                <span class="ds-button" data-variant="secondary" aria-hidden="true">{i18n.text(Key::UploadChoose)}</span>
            </div>
            <ul class="ds-list app-upload__files">
                <For each=move || field.rows.get() key=|row| row.key children=move |row| field.row_view(row) />
            </ul>
            <div role="status" class="ds-sr-only">{move || field.announcement.text()}</div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::problem::error_from_response;

    #[test]
    fn the_server_refuses_a_file_for_what_it_is() {
        let problem = |status, code: &str| {
            error_from_response(
                status,
                &format!(r#"{{"title":"x","status":{status},"code":"{code}"}}"#),
            )
        };
        assert_eq!(
            state_after(problem(415, "unsupported_file_type")),
            UploadState::Refused(Refusal::ContentNotAccepted)
        );
        assert_eq!(
            state_after(problem(413, "file_too_large")),
            UploadState::Refused(Refusal::TooLarge)
        );
        for (code, refusal) in [
            ("unsupported_file_type", Refusal::ContentNotAccepted),
            ("file_name_invalid", Refusal::NameNotAccepted),
        ] {
            let at_file = error_from_response(
                422,
                &format!(
                    r#"{{"title":"x","status":422,"errors":[{{"pointer":"/file","code":"{code}","message":"m"}}]}}"#
                ),
            );
            assert_eq!(
                state_after(at_file),
                UploadState::Refused(refusal),
                "{code}"
            );
        }
    }

    #[test]
    fn other_failures_are_worth_another_try() {
        for error in [
            ApiError::Network,
            ApiError::Timeout,
            ApiError::Status(503),
            ApiError::Status(401),
            error_from_response(
                422,
                r#"{"title":"x","status":422,"errors":[{"pointer":"/document_type","code":"invalid_option","message":"m"}]}"#,
            ),
        ] {
            assert_eq!(state_after(error.clone()), UploadState::Failed(error));
        }
    }
}

//! Another tab or device saved a newer version of what is being written. What changed in only
//! one place is merged already (the state does that); this asks about the values changed in
//! both, each on its own with both values side by side, and says what was taken in silently.
//! Nothing is overwritten until the user has chosen.

use crate::api::Resource;
use crate::domain::merge::FieldConflict;
use crate::i18n::{Key, Language};
use crate::state::application::Draft;
use crate::state::language::use_i18n;
use leptos::prelude::*;
use serde_json::Value;

/// A value of a draft's JSON form in words, for a field the page has no better words for:
/// nothing as "Ikke oppgitt", yes/no as such, lists and groups as their parts.
pub fn value_text(value: &Value, language: Language) -> String {
    let parts = |values: Vec<&Value>| {
        let shown: Vec<String> = values
            .into_iter()
            .filter(|v| !v.is_null())
            .map(|v| value_text(v, language))
            .collect();
        shown.join(", ")
    };
    let text = match value {
        Value::Null => String::new(),
        Value::Bool(yes) => Key::yes_no(*yes).text(language).to_owned(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => text.clone(),
        Value::Array(items) => parts(items.iter().collect()),
        Value::Object(members) => parts(
            members
                .iter()
                .filter(|(k, _)| *k != "id")
                .map(|(_, v)| v)
                .collect(),
        ),
    };
    if text.trim().is_empty() {
        Key::NotGiven.text(language).to_owned()
    } else {
        text
    }
}

/// One value both versions changed differently, as the page words it.
#[derive(Clone, Debug, PartialEq)]
pub struct ConflictField {
    /// Where it is: "Skoleeier: Navn på skoleeier".
    pub label: String,
    pub mine: String,
    pub theirs: String,
}

#[component]
fn ConflictAlert(
    /// "The application was changed elsewhere", or the report's own words.
    heading: Key,
    fields: Vec<ConflictField>,
    /// One choice per field, in order: `true` keeps this tab's value.
    choose: Callback<Vec<bool>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // This tab's value is chosen until the user says otherwise: nothing typed goes unasked.
    let choices = RwSignal::new(vec![true; fields.len()]);
    let rows = fields
        .into_iter()
        .enumerate()
        .map(|(i, field)| {
            let option = move |keep: bool, key: Key, value: String| {
                let id = format!("conflict-{i}-{}", if keep { "mine" } else { "theirs" });
                view! {
                    <div class="ds-field">
                        <input type="radio" class="ds-input" id=id.clone() name=format!("conflict-{i}")
                            prop:checked=move || choices.with(|c| c.get(i) == Some(&keep))
                            on:change=move |_| choices.update(|c| c[i] = keep) />
                        <label class="ds-label" data-weight="regular" for=id>
                            {i18n.text(key)}" "<bdi>{value.clone()}</bdi>
                        </label>
                    </div>
                }
            };
            view! {
                <fieldset class="ds-fieldset app-conflict-field">
                    <legend class="ds-label">{field.label}</legend>
                    {option(true, Key::ConflictYours, field.mine)}
                    {option(false, Key::ConflictSaved, field.theirs)}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <div class="ds-alert" data-color="warning" role="alert">
            <h2 class="ds-heading" data-size="xs">{i18n.text(heading)}</h2>
            <p class="ds-paragraph">{i18n.text(Key::ConflictBody)}</p>
            {rows}
            <div class="app-actions">
                <button type="button" class="ds-button" data-variant="primary" on:click=move |_| choose.run(choices.get_untracked())>
                    {i18n.text(Key::ConflictApply)}
                </button>
            </div>
        </div>
    }
}

/// A draft's newer version from elsewhere: what it brought in without a question (named),
/// and the choice for each value both sides changed. `describe` words a place and its values
/// as the page knows them.
#[component]
pub fn DraftConflict<R: Resource>(
    draft: Draft<R>,
    heading: Key,
    describe: impl Fn(&FieldConflict, Language) -> ConflictField + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let named = describe.clone();
    let taken = move || {
        let language = i18n.language();
        let mut names: Vec<String> = Vec::new();
        for pointer in draft.taken_in.get() {
            let place = FieldConflict {
                pointer,
                mine: Value::Null,
                theirs: Value::Null,
            };
            let name = named(&place, language).label;
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    };
    let choice = move || {
        draft.conflict.get().map(|conflict| {
            let language = i18n.language();
            let fields = conflict
                .fields
                .iter()
                .map(|f| describe(f, language))
                .collect();
            let choose = Callback::new(move |choices: Vec<bool>| draft.resolve(&choices));
            view! { <ConflictAlert heading fields choose /> }
        })
    };
    view! {
        <div role="status" class="app-changed-elsewhere">
            {move || {
                let names = taken();
                (!names.is_empty()).then(|| view! {
                    <div class="ds-alert" data-color="info">
                        <p class="ds-paragraph">{i18n.fill(Key::ChangedElsewhere, &[("fields", &names.join(", "))])}</p>
                    </div>
                })
            }}
        </div>
        {choice}
    }
}

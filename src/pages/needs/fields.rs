//! The needs report's fields. Each field is known by the JSON Pointer of the value it writes;
//! its element id is made from that pointer, so a server finding lands on its field.

use crate::api::types::{CodedValue, NeedsReportContent, ReferenceData};
use crate::components::error_summary::FieldMessage;
use crate::components::field::{error_view, hint_view, CharacterCount};
use crate::components::words::Words;
use crate::domain::budget::SchoolYear;
use crate::domain::money::{parse_kroner, AmountError, MAX_KRONER};
use crate::domain::needs_report::{text_max_chars, Section, COUNTED_FROM_CHARS};
use crate::i18n::{Key, Language};
use crate::state::application::NeedsReportDraft;
use crate::state::language::use_i18n;
use leptos::prelude::*;
use std::borrow::Cow;

pub type C = NeedsReportContent;

/// The element id for the value at `pointer`: `/lead_owner/name` gives `nr-lead_owner-name`.
pub fn field_id(pointer: &str) -> String {
    format!("nr{}", pointer.replace('/', "-"))
}

/// The message for a finding's code, shown next to its field.
pub fn code_key(pointer: &str, code: &str) -> Key {
    match code {
        "required" if pointer.starts_with("/partner/has_read_report") => Key::NrErrPartnerRead,
        "required" if pointer.starts_with("/anchoring/") => Key::NrErrAnchoring,
        "required" if pointer == "/topic_ids" => Key::NrErrTopics,
        "required" if pointer == "/schools" => Key::NrErrSchools,
        "required" if pointer.ends_with("/rows") => Key::NrErrRows,
        "required" => Key::NrErrRequired,
        "invalid_format" => Key::NrErrOrgFormat,
        "invalid_checksum" => Key::NrErrOrgChecksum,
        "invalid_email" => Key::NrErrEmail,
        "invalid_phone" => Key::NrErrPhone,
        "too_long" if text_max_chars(pointer).is_some() => Key::NrErrTooLongMax,
        "too_long" => Key::NrErrTooLong,
        "out_of_range" => Key::NrErrRange,
        "duplicate" => Key::NrErrDuplicate,
        "not_fundable" => Key::NrErrNotFundable,
        "own_contribution_too_low" => Key::NrErrContributionLow,
        "budget_years_mismatch" => Key::NrErrYears,
        "limit_exceeded" => Key::NrErrLimit,
        "deadline_passed" => Key::NrErrorDeadlinePassed,
        _ => Key::NrErrOption,
    }
}

/// The label of the field at `pointer`, for the error summary.
pub fn label_key(pointer: &str) -> Option<Key> {
    let shape: Vec<&str> = pointer
        .trim_start_matches('/')
        .split('/')
        .map(|t| {
            if t.bytes().all(|b| b.is_ascii_digit()) {
                "#"
            } else {
                t
            }
        })
        .collect();
    Some(match shape.as_slice() {
        ["lead_owner", "name"] => Key::NrOwnerName,
        [_, "organisation_number"] | [_, "#", "organisation_number"] => Key::NrOrgNumber,
        ["lead_owner", "owner_type"] => Key::NrOwnerType,
        ["co_owners", "#", "name"] => Key::NrContactName,
        ["schools"] => Key::NrSecSchools,
        ["schools", "#", "name"] => Key::NrSchoolName,
        ["schools", "#", "level"] => Key::NrSchoolLevel,
        ["schools", "#", "staff_count"] => Key::NrSchoolStaff,
        [.., "name"] => Key::NrContactName,
        [.., "role"] => Key::NrContactRole,
        [.., "email"] => Key::NrContactEmail,
        [.., "phone"] => Key::NrContactPhone,
        ["partner", "partner_type"] => Key::NrPartnerType,
        ["partner", "institution_id"] => Key::NrPartnerInstitution,
        ["partner", "has_read_report"] => Key::NrPartnerHasRead,
        ["need", "competence_need"] => Key::NrNeedCompetence,
        ["need", "analysis"] => Key::NrNeedAnalysis,
        ["need", "staff_involvement"] => Key::NrNeedStaff,
        ["topic_ids", ..] => Key::NrTopicsLegend,
        ["other_topic"] => Key::NrOtherTopic,
        ["measure", "title"] => Key::NrMeasureTitle,
        ["measure", "goal"] => Key::NrMeasureGoal,
        ["measure", "description"] => Key::NrMeasureDescription,
        ["measure", "collaboration_form"] => Key::NrMeasureForm,
        ["measure", "target_group"] => Key::NrMeasureTarget,
        ["measure", "participants"] => Key::NrMeasureParticipants,
        ["anchoring", ..] => Key::NrSecAnchoring,
        ["period", "start_school_year"] => Key::NrPeriodStart,
        ["period", "years"] => Key::NrPeriodYears,
        ["budget", "#", "rows", "#", "purpose"] => Key::NrPurpose,
        ["budget", "#", "rows", "#", "receiver"] => Key::NrReceiver,
        ["budget", "#", "rows", "#", "amount_nok"] => Key::NrAmount,
        ["budget", "#", "rows"] => Key::NrAddRow,
        ["budget", "#", "own_contribution_nok"] => Key::NrOwnContribution,
        ["budget", "#", "own_contribution_form"] => Key::NrOwnContributionForm,
        ["budget", ..] => Key::NrSecBudget,
        ["region_id"] => Key::NrRegion,
        _ => return None,
    })
}

/// What names a finding's place in the error summary: its field's label, and where that is
/// not enough, which anchoring condition, and which school year and row of the budget. Five
/// conditions or three years with the same message are then five or three different lines.
pub struct Places {
    /// The own contribution's rate in whole per cent, for its message.
    pub rate: u32,
    conditions: Vec<CodedValue>,
    /// Each budget year's first calendar year.
    years: Vec<Option<i64>>,
}

impl Places {
    pub fn new(reference: &ReferenceData, content: &C) -> Places {
        Places {
            rate: reference.own_contribution_rate_percent,
            conditions: reference.success_conditions.clone(),
            years: content.budget.iter().map(|year| year.school_year).collect(),
        }
    }

    /// The summary's label for the field at `pointer`: where it is, then the field's own
    /// label ("Skoleåret 2026–27, linje 2, Beløp").
    fn label(&self, pointer: &str) -> Option<Words> {
        let field = label_key(pointer);
        let steps: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
        let nth = |n: &str| n.parse::<usize>().ok().map(|n| (n + 1).to_string());
        let filled =
            |key: Key, name: &'static str, value: String| Words::Filled(key, vec![(name, value)]);
        let numbered = |key: Key, n: String| filled(key, "n", n);
        let (place, field) = match steps.as_slice() {
            ["anchoring", id, ..] => {
                let condition = self.conditions.iter().find(|c| c.id == *id)?;
                (
                    vec![
                        Words::Text(Key::NrSecAnchoring),
                        Words::Data(condition.name.clone()),
                    ],
                    None,
                )
            }
            ["budget", year, rest @ ..] => {
                let start = self
                    .years
                    .get(year.parse::<usize>().ok()?)
                    .copied()
                    .flatten()?;
                let school_year = SchoolYear::starting(u16::try_from(start).ok()?).to_string();
                let mut place = vec![filled(Key::NrSchoolYear, "year", school_year)];
                if let ["rows", row, _, ..] = rest {
                    place.extend(nth(row).map(|n| numbered(Key::NrRowN, n)));
                }
                // The add-row button and the budget as a whole need no name after the year.
                let field = field.filter(|key| !matches!(key, Key::NrAddRow | Key::NrSecBudget));
                (place, field)
            }
            // Fields named alike in several groups ("Navn") say which group.
            ["contact_person", ..] => (vec![Words::Text(Key::NrContactHeading)], field),
            ["partner", "contact", ..] => (vec![Words::Text(Key::NrPartnerContact)], field),
            ["co_owners", n, ..] => (
                nth(n)
                    .map(|n| numbered(Key::NrCoOwner, n))
                    .into_iter()
                    .collect(),
                field,
            ),
            ["schools", n, _, ..] => (
                nth(n)
                    .map(|n| numbered(Key::NrSchool, n))
                    .into_iter()
                    .collect(),
                field,
            ),
            _ => (Vec::new(), field),
        };
        let parts: Vec<Words> = place.into_iter().chain(field.map(Words::Text)).collect();
        (!parts.is_empty()).then_some(Words::Listed(parts))
    }
}

/// One finding as an error-summary line, linking to its field and named by [`Places`]; next
/// to the field the message stands alone.
pub fn finding_message(pointer: &str, code: &str, places: &Places) -> FieldMessage {
    let max = text_max_chars(pointer)
        .map(|max| max.to_string())
        .unwrap_or_default();
    let rate = places.rate.to_string();
    let key = code_key(pointer, code);
    FieldMessage {
        field_id: Cow::Owned(field_id(pointer)),
        key: Key::NrSummaryLine,
        text: Some(Words::Filled(key, vec![("rate", rate), ("max", max)])),
        lang: None,
        label: places.label(pointer),
    }
}

/// The server's findings for `section`, as summary lines.
pub fn findings_for(
    draft: NeedsReportDraft,
    reference: &ReferenceData,
    section: Section,
) -> Vec<FieldMessage> {
    let places = draft
        .content
        .with_untracked(|content| Places::new(reference, content));
    draft.resource.with_untracked(|r| {
        r.findings
            .iter()
            .filter(|f| Section::of_pointer(&f.pointer) == Some(section))
            .map(|f| finding_message(&f.pointer, &f.code, &places))
            .collect()
    })
}

/// The message shown next to the field at `pointer`, from the messages on the page.
pub fn inline(messages: RwSignal<Vec<FieldMessage>>, pointer: String) -> Signal<Option<String>> {
    inline_at(messages, Signal::stored(pointer))
}

/// As `inline`, for a field whose pointer changes (a row that moves).
pub fn inline_at(
    messages: RwSignal<Vec<FieldMessage>>,
    pointer: Signal<String>,
) -> Signal<Option<String>> {
    let i18n = use_i18n();
    Signal::derive(move || {
        let language = i18n.language();
        let id = field_id(&pointer.get());
        messages.with(|m| {
            m.iter()
                .find(|m| m.field_id == id)
                .map(|m| m.render_alone(language))
        })
    })
}

fn described(hint: Option<&str>, error: bool, id: &str) -> Option<String> {
    let parts: Vec<String> = [
        hint.map(|_| format!("{id}-hint")),
        error.then(|| format!("{id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// A text field (or a text area) for an optional string in the content.
#[component]
pub fn NrText(
    content: RwSignal<C>,
    #[prop(into)] pointer: String,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    messages: RwSignal<Vec<FieldMessage>>,
    get: impl Fn(&C) -> Option<String> + Send + Sync + 'static,
    set: impl Fn(&mut C, Option<String>) + Send + Sync + 'static,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional)] input_type: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = field_id(&pointer);
    // Long texts state their limit before typing and count while typing, as the remark does.
    let counted = text_max_chars(&pointer).filter(|max| *max >= COUNTED_FROM_CHARS);
    let error = inline(messages, pointer);
    let value = Signal::derive(move || content.with(|c| get(c).unwrap_or_default()));
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        content.update(|c| set(c, (!text.is_empty()).then_some(text)));
    };
    let by = {
        let id = id.clone();
        move || {
            let described = described(hint.map(|_| ""), error.with(Option::is_some), &id);
            let counted = counted.map(|_| format!("{id}-limit {id}-count"));
            let parts = [described, counted].into_iter().flatten();
            Some(parts.collect::<Vec<_>>().join(" ")).filter(|by| !by.is_empty())
        }
    };
    let control = if multiline {
        view! { <textarea class="ds-input" id=id.clone() rows="5" aria-describedby=by aria-invalid=move || error.with(|e| e.is_some().then_some("true"))
            prop:value=value on:input=on_input></textarea> }.into_any()
    } else {
        view! { <input class="ds-input" id=id.clone() type=if input_type.is_empty() { "text" } else { input_type }
            autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
            aria-describedby=by aria-invalid=move || error.with(|e| e.is_some().then_some("true"))
            prop:value=value on:input=on_input /> }.into_any()
    };
    let error_id = format!("{id}-error");
    let limit_hint = counted.map(|max| {
        let text = move || i18n.fill(Key::NrTextLimitHint, &[("max", &max.to_string())]);
        hint_view(format!("{id}-limit"), text)
    });
    let count = counted.map(|max| view! { <CharacterCount id=format!("{id}-count") value max /> });
    view! {
        <div class="ds-field">
            <label class="ds-label" for=id.clone()>{i18n.text(label)}</label>
            {hint.map(|hint| hint_view(format!("{id}-hint"), i18n.text(hint)))}
            {limit_hint}
            {move || error.get().map(|text| error_view(error_id.clone(), text))}
            {control}
            {count}
        </div>
    }
}

/// Why a typed number is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberRefusal {
    NotWholeNumber,
    Amount(AmountError),
}

impl NumberRefusal {
    /// The reason in `language`: each of an amount's reasons has its own words, so a minus
    /// sign is not called "not whole kroner".
    pub fn message(self, language: Language) -> String {
        let key = match self {
            NumberRefusal::NotWholeNumber => Key::NrErrNumber,
            NumberRefusal::Amount(AmountError::Negative) => Key::AmountNegative,
            NumberRefusal::Amount(AmountError::NotWholeKroner) => Key::AmountNotWholeKroner,
            NumberRefusal::Amount(AmountError::TooLarge) => Key::AmountTooLarge,
            NumberRefusal::Amount(AmountError::Empty | AmountError::Format) => {
                Key::AmountNotANumber
            }
        };
        key.fill(
            language,
            &[("max", &super::budget::kroner(language, MAX_KRONER))],
        )
    }
}

/// A typed whole number (or whole kroner with `money`): empty is `None`, anything else must
/// read as one.
pub fn parse_whole(text: &str, money: bool) -> Result<Option<i64>, NumberRefusal> {
    // A field shows "1 000" grouped; a digit typed at its end makes "1 0001". Digits and spaces
    // alone are one number there, however grouped (a pasted cell keeps the strict rule).
    let digits_and_spaces = text
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace());
    let ungrouped: String;
    let text = if digits_and_spaces && text.chars().any(|c| c.is_ascii_digit()) {
        ungrouped = text.chars().filter(char::is_ascii_digit).collect();
        ungrouped.as_str()
    } else {
        text
    };
    if text.trim().is_empty() {
        Ok(None)
    } else if money {
        parse_kroner(text).map(Some).map_err(NumberRefusal::Amount)
    } else {
        (text.trim().parse::<i64>())
            .map(Some)
            .map_err(|_| NumberRefusal::NotWholeNumber)
    }
}

/// How a stored number is shown in its field: kroner grouped by three ("1 250 000").
pub fn shown_number(value: Option<i64>, money: bool) -> String {
    match value {
        Some(amount) if money => crate::domain::money::format_kroner(amount),
        Some(number) => number.to_string(),
        None => String::new(),
    }
}

/// What a number field shows once left: the amount tidied when it reads as one, else the
/// text as typed (so the user sees what to fix).
pub fn tidied_number(text: &str, money: bool) -> String {
    match parse_whole(text, money) {
        Ok(value) => shown_number(value, money),
        Err(_) => text.to_owned(),
    }
}

/// A whole number (or whole kroner with `money`), kept as typed until it reads as one and
/// shown grouped once the field is left.
#[component]
pub fn NrNumber(
    content: RwSignal<C>,
    #[prop(into)] pointer: String,
    label: Key,
    messages: RwSignal<Vec<FieldMessage>>,
    get: impl Fn(&C) -> Option<i64> + Send + Sync + 'static,
    set: impl Fn(&mut C, Option<i64>) + Send + Sync + 'static,
    #[prop(optional)] money: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = field_id(&pointer);
    let server_error = inline(messages, pointer);
    let raw = RwSignal::new(content.with_untracked(|c| shown_number(get(c), money)));
    let refusal = RwSignal::new(None::<NumberRefusal>);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let parsed = parse_whole(&text, money);
        raw.set(text);
        refusal.set(parsed.err());
        let value = parsed.unwrap_or(None);
        if content.with_untracked(|c| get(c)) != value {
            content.update(|c| set(c, value));
        }
    };
    let error = Signal::derive(move || match refusal.get() {
        Some(refusal) => Some(refusal.message(i18n.language())),
        None => server_error.get(),
    });
    let error_id = format!("{id}-error");
    let by = {
        let id = id.clone();
        move || described(None, error.with(Option::is_some), &id)
    };
    view! {
        <div class="ds-field">
            <label class="ds-label" for=id.clone()>{i18n.text(label)}</label>
            {move || error.get().map(|text| error_view(error_id.clone(), text))}
            <input class="ds-input app-number" id=id.clone() type="text" inputmode="numeric"
                aria-describedby=by aria-invalid=move || error.with(|e| e.is_some().then_some("true"))
                prop:value=move || raw.get() on:input=on_input
                on:blur=move |_| raw.update(|text| *text = tidied_number(text, money)) />
        </div>
    }
}

/// A choice from reference data, as a select.
#[component]
pub fn NrSelect(
    content: RwSignal<C>,
    #[prop(into)] pointer: String,
    label: Key,
    messages: RwSignal<Vec<FieldMessage>>,
    options: Vec<Choice>,
    get: impl Fn(&C) -> Option<String> + Send + Sync + 'static,
    set: impl Fn(&mut C, Option<String>) + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = field_id(&pointer);
    let error = inline(messages, pointer);
    let get = std::sync::Arc::new(get);
    let current = move || content.with(|c| get(c).unwrap_or_default());
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        content.update(|c| set(c, (!v.is_empty()).then_some(v)));
    };
    let error_id = format!("{id}-error");
    let by = {
        let id = id.clone();
        move || described(None, error.with(Option::is_some), &id)
    };
    let current_now = current.clone();
    let opts = option_views(options, move |value| current_now() == value);
    view! {
        <div class="ds-field">
            <label class="ds-label" for=id.clone()>{i18n.text(label)}</label>
            {move || error.get().map(|text| error_view(error_id.clone(), text))}
            <select class="ds-input" id=id.clone() aria-describedby=by aria-invalid=move || error.with(|e| e.is_some().then_some("true"))
                on:change=on_change>
                <option value="" prop:selected=move || current().is_empty()>{i18n.text(Key::NrChoose)}</option>
                {opts}
            </select>
        </div>
    }
}

/// A yes-box: checked means `Some(true)`.
#[component]
pub fn NrCheckbox(
    content: RwSignal<C>,
    #[prop(into)] pointer: String,
    label: Key,
    messages: RwSignal<Vec<FieldMessage>>,
    get: impl Fn(&C) -> bool + Send + Sync + 'static,
    set: impl Fn(&mut C, bool) + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = field_id(&pointer);
    let error = inline(messages, pointer);
    let error_id = format!("{id}-error");
    let by = {
        let error_id = error_id.clone();
        move || error.with(|e| e.is_some().then(|| error_id.clone()))
    };
    view! {
        <div class="ds-field">
            {move || error.get().map(|text| error_view(error_id.clone(), text))}
            <div class="ds-field app-check">
                <input class="ds-input" type="checkbox" id=id.clone() aria-describedby=by
                    aria-invalid=move || error.with(|e| e.is_some().then_some("true"))
                    prop:checked=move || content.with(|c| get(c))
                    on:change=move |ev| { let on = event_target_checked(&ev); content.update(|c| set(c, on)); } />
                <label class="ds-label" for=id>{i18n.text(label)}</label>
            </div>
        </div>
    }
}

/// One option of a select: its value and its words.
pub type Choice = (String, Words);

/// Reference-data values as choices.
pub fn options(values: &[CodedValue]) -> Vec<Choice> {
    values
        .iter()
        .map(|v| (v.id.clone(), Words::Data(v.name.clone())))
        .collect()
}

/// `<option>`s for `choices`, each selected when `selected(value)` and worded in the
/// interface's language.
pub fn option_views(
    choices: Vec<Choice>,
    selected: impl Fn(&str) -> bool + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    choices
        .into_iter()
        .map(|(value, words)| {
            let is_selected = {
                let value = value.clone();
                let selected = selected.clone();
                move || selected(&value)
            };
            view! { <option value=value prop:selected=is_selected>{move || words.get(i18n.language()).into_owned()}</option> }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::types::LocalizedText;

    #[test]
    fn each_reason_an_amount_is_refused_has_its_own_words() {
        let refused = |text: &str| parse_whole(text, true).unwrap_err();
        for language in Language::ALL {
            let messages = ["-500", "12 500,50", "1 000 000 000 000", "tolv"]
                .map(|text| refused(text).message(language));
            let distinct: std::collections::BTreeSet<_> = messages.iter().collect();
            assert_eq!(distinct.len(), messages.len(), "{language:?}: {messages:?}");
        }
        assert_eq!(
            refused("-500").message(Language::Nb),
            "Beløpet kan ikke være negativt."
        );
        assert_eq!(
            refused("kr \u{2212}12 500").message(Language::En),
            "The amount cannot be negative."
        );
        assert_eq!(
            refused("1 000 000 000 000").message(Language::Nb),
            "Beløpet kan være høyst 999\u{a0}999\u{a0}999\u{a0}999 kr."
        );
        assert_eq!(
            parse_whole("-5", false),
            Ok(Some(-5)),
            "a count's range is the server's"
        );
        assert_eq!(
            parse_whole("5,5", false),
            Err(NumberRefusal::NotWholeNumber)
        );
        assert_eq!(parse_whole(" ", true), Ok(None));
    }

    #[test]
    fn a_digit_typed_into_a_grouped_amount_makes_one_number() {
        assert_eq!(parse_whole("1\u{a0}0001", true), Ok(Some(10_001)));
        assert_eq!(parse_whole("125 0000", true), Ok(Some(1_250_000)));
        assert_eq!(parse_whole("12 500 kr", true), Ok(Some(12_500)));
        // Periods and commas keep the strict rule: "1.2500" is no amount.
        assert!(parse_whole("1.2500", true).is_err());
        assert_eq!(parse_whole("1 0001", false), Ok(Some(10_001)));
    }

    fn places(conditions: &[&str], years: &[i64]) -> Places {
        let named = |id: &str| CodedValue {
            id: id.to_owned(),
            name: LocalizedText {
                nb: format!("{id} (nb)"),
                nn: format!("{id} (nn)"),
                en: format!("{id} (en)"),
                sv: format!("{id} (sv)"),
            },
        };
        Places {
            rate: 30,
            conditions: conditions.iter().map(|id| named(id)).collect(),
            years: years.iter().map(|year| Some(*year)).collect(),
        }
    }

    #[test]
    fn a_text_found_too_long_is_told_its_limit_in_each_language() {
        let none = places(&[], &[]);
        let analysis = finding_message("/need/analysis", "too_long", &none);
        assert!(
            analysis
                .render(Language::Nb)
                .ends_with(": Teksten kan ha høyst 4000 tegn"),
            "{}",
            analysis.render(Language::Nb)
        );
        assert_eq!(
            analysis.render_alone(Language::Nb),
            "Teksten kan ha høyst 4000 tegn"
        );
        let explanation = finding_message("/anchoring/x/explanation", "too_long", &none);
        for language in Language::ALL {
            assert!(
                explanation.render(language).contains("2000"),
                "{language:?}"
            );
        }
        let unknown = finding_message("/somewhere", "too_long", &none);
        assert_eq!(unknown.render(Language::En), "The text is too long");
    }

    #[test]
    fn the_same_finding_in_five_conditions_or_three_years_makes_lines_that_say_where() {
        let report = places(&["tailored", "roles_and_trust"], &[2026, 2027, 2028]);
        let say = |pointer: &str, code: &str| {
            finding_message(pointer, code, &report).render(Language::Nb)
        };
        assert_eq!(
            say("/anchoring/tailored", "required"),
            format!(
                "Forankring, tailored (nb): {}",
                Key::NrErrAnchoring.text(Language::Nb)
            )
        );
        assert_ne!(
            say("/anchoring/tailored", "required"),
            say("/anchoring/roles_and_trust", "required")
        );
        let rows: Vec<String> = (0..3)
            .map(|y| say(&format!("/budget/{y}/rows"), "required"))
            .collect();
        assert_eq!(
            rows[0],
            format!(
                "Skoleåret 2026\u{2013}27: {}",
                Key::NrErrRows.text(Language::Nb)
            )
        );
        assert!(
            rows[2].starts_with("Skoleåret 2028\u{2013}29: "),
            "{}",
            rows[2]
        );
        assert_eq!(
            finding_message("/budget/1/rows/1/amount_nok", "required", &report)
                .render(Language::En),
            format!(
                "School year 2027\u{2013}28, row 2, {}: {}",
                Key::NrAmount.text(Language::En),
                Key::NrErrRequired.text(Language::En)
            )
        );
        // Next to its field the message stands alone.
        assert_eq!(
            finding_message("/budget/1/rows/1/amount_nok", "required", &report)
                .render_alone(Language::En),
            Key::NrErrRequired.text(Language::En)
        );
    }

    #[test]
    fn a_finding_on_a_report_is_named_as_the_reports() {
        assert_eq!(code_key("", "deadline_passed"), Key::NrErrorDeadlinePassed);
        assert_eq!(
            code_key("/budget/0/own_contribution_nok", "own_contribution_too_low"),
            Key::NrErrContributionLow
        );
    }
}

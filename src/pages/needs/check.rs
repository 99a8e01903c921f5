//! Check answers, send once, and the receipt.

use super::budget::{kroner, year_summary};
use super::fields::{finding_message, Places};
use super::{report_path, section_key, section_path, NrData, CHECK_SLUG};
use crate::api::types::NeedsReportContent;
use crate::api::types::ReferenceData;
use crate::api::ApiError;
use crate::components::api_error::ApiErrorMessage;
use crate::components::check_answers::{AnswerRow, AnswerValues, CheckAnswers};
use crate::components::error_summary::{ErrorSummary, FieldMessage};
use crate::components::link::{use_go_to, Link};
use crate::components::page_heading::PageHeading;
use crate::components::sent::{
    ReceiptActions, ReceiptFacts, SendButton, UnsentChanges, NEEDS_REPORT,
};
use crate::domain::budget::ContributionRate;
use crate::domain::needs_report::{ready_to_send, Section};
use crate::domain::sent::AfterSending;
use crate::i18n::{format_instant, Key, Language};
use crate::routing::paths;
use crate::routing::paths::RECEIPT_SLUG;
use crate::state::action::ActionState;
use crate::state::application::{SendOutcome, SyncState};
use crate::state::language::use_i18n;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::borrow::Cow;

fn name_of(
    list: &[crate::api::types::CodedValue],
    id: &Option<String>,
    language: Language,
) -> Option<String> {
    let id = id.as_deref()?;
    Some(
        list.iter()
            .find(|c| c.id == id)
            .map(|c| c.name.get(language).to_owned())
            .unwrap_or_else(|| id.to_owned()),
    )
}

/// One summary line per section: what the report says there.
fn section_values(
    section: Section,
    c: &NeedsReportContent,
    rd: &ReferenceData,
    language: Language,
) -> Vec<String> {
    let some = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
    let lines: Vec<Option<String>> = match section {
        Section::Owner => vec![
            some(&c.lead_owner.name),
            some(&c.lead_owner.organisation_number),
            name_of(&rd.owner_types, &c.lead_owner.owner_type, language),
            some(&c.contact_person.name),
            some(&c.contact_person.email),
        ],
        Section::Network => c.co_owners.iter().map(|o| some(&o.name)).collect(),
        Section::Schools => c.schools.iter().map(|o| some(&o.name)).collect(),
        Section::Partner => vec![
            name_of(
                &rd.partner_institutions,
                &c.partner.institution_id,
                language,
            ),
            some(&c.partner.contact.name),
        ],
        Section::Need => vec![some(&c.need.competence_need)],
        Section::Topics => c
            .topic_ids
            .iter()
            .map(|t| name_of(&rd.topics, &Some(t.clone()), language))
            .chain([some(&c.other_topic)])
            .collect(),
        Section::Measure => vec![some(&c.measure.title), some(&c.measure.goal)],
        // Each condition as the user answered it: in place, or the explanation of why not.
        Section::Anchoring => rd
            .success_conditions
            .iter()
            .map(|condition| {
                let name = condition.name.get(language);
                let answer = c.anchoring.get(&condition.id)?;
                if answer.confirmed == Some(true) {
                    Some(Key::NrCheckAnchoringInPlace.fill(language, &[("condition", name)]))
                } else {
                    some(&answer.explanation).map(|why| format!("{name}: {why}"))
                }
            })
            .collect(),
        Section::Period => vec![c.period.start_school_year.map(|s| {
            let years = c.period.years.unwrap_or(1).max(1);
            format!(
                "{} – {}",
                crate::domain::budget::SchoolYear::starting(s as u16),
                crate::domain::budget::SchoolYear::starting((s + years - 1) as u16)
            )
        })],
        Section::Budget => {
            let rate = ContributionRate::from_percent(rd.own_contribution_rate_percent)
                .unwrap_or(ContributionRate::from_percent(30).expect("30"));
            c.budget
                .iter()
                .map(|y| {
                    let figures = year_summary(y, rate)?;
                    Some(Key::NrCheckBudgetYear.fill(
                        language,
                        &[
                            ("year", &figures.year.to_string()),
                            ("total", &kroner(language, figures.total)),
                            (
                                "contribution",
                                &kroner(language, figures.entered_contribution),
                            ),
                        ],
                    ))
                })
                .collect()
        }
        Section::Region => vec![c.region_id.as_ref().and_then(|id| {
            rd.statsforvalter_regions
                .iter()
                .find(|r| &r.id == id)
                .map(|r| r.name.get(language).to_owned())
        })],
    };
    lines.into_iter().flatten().collect()
}

#[component]
pub fn Check(data: NrData) -> impl IntoView {
    let i18n = use_i18n();
    let go_to = use_go_to();
    let draft = data.draft;
    let id = data.id();
    let messages = RwSignal::new(Vec::<FieldMessage>::new());
    let action = ActionState::new();
    let ActionState { pending, failure } = action;
    let rows = {
        let data = data.clone();
        let id = id.clone();
        Signal::derive(move || {
            let language = i18n.language();
            let not_given = i18n.t(Key::NotGiven).to_owned();
            draft.content.with(|c| {
                Section::ALL
                    .into_iter()
                    .map(|section| {
                        let mut values = section_values(section, c, &data.reference, language);
                        if values.is_empty() {
                            values.push(not_given.clone());
                        }
                        AnswerRow {
                            label: i18n.t(section_key(section)).to_owned(),
                            lang: None,
                            values: values.into_iter().map(Into::into).collect(),
                            change: section_path(&id, section.slug()),
                            change_id: format!("change-{}", section.slug()),
                        }
                    })
                    .collect()
            })
        })
    };
    let reference = StoredValue::new(data.reference.clone());
    // Findings point at fields on other pages: the summary links to the section's "Endre".
    let to_change_links = move |found: Vec<(String, String)>| -> Vec<FieldMessage> {
        let places = reference.with_value(|reference| {
            draft
                .content
                .with_untracked(|content| Places::new(reference, content))
        });
        found
            .iter()
            .map(|(pointer, code)| {
                let mut m = finding_message(pointer, code, &places);
                m.field_id = Cow::Owned(match Section::of_pointer(pointer) {
                    Some(section) => format!("change-{}", section.slug()),
                    None => "send".to_owned(),
                });
                m
            })
            .collect()
    };
    let send = {
        let data = data.clone();
        move |()| {
            if action.busy() {
                return;
            }
            let go_to = go_to.clone();
            let id = id.clone();
            let data = data.clone();
            action.run(async move {
                // Findings the server knows of hold the report back until it is ready.
                let hold = || {
                    let findings = draft.resource.with_untracked(|r| {
                        r.findings
                            .iter()
                            .map(|f| (f.pointer.clone(), f.code.clone()))
                            .collect::<Vec<_>>()
                    });
                    let wide = findings
                        .iter()
                        .filter(|(pointer, _)| Section::of_pointer(pointer).is_none())
                        .count();
                    (!ready_to_send(&data.statuses(), wide) && !findings.is_empty())
                        .then_some(findings)
                };
                match draft.send(hold).await {
                    SendOutcome::Sent => go_to(&section_path(&id, RECEIPT_SLUG)),
                    SendOutcome::Conflict => {}
                    SendOutcome::Refused(found) => messages.set(to_change_links(found)),
                    SendOutcome::Failed(error) => {
                        messages.set(Vec::new());
                        action.fail(error);
                    }
                }
            });
        }
    };
    view! {
        <p class="ds-paragraph"><Link to=report_path(&data.id()) class="ds-link app-back">{i18n.text(Key::NrBackToTasks)}</Link></p>
        <ErrorSummary messages=messages.read_only() />
        <PageHeading key=Key::NrCheckTitle />
        <CheckAnswers rows />
        {move || failure.get().map(|error| view! { <ApiErrorMessage error wording=NEEDS_REPORT /> })}
        <p class="ds-paragraph">
            <SendButton id="send" wording=NEEDS_REPORT sent=Signal::derive(move || draft.resource.with(|r| r.status != "draft"))
                changed=Signal::derive(move || draft.resource.with(|r| r.unsent_changes) || draft.sync_state() != SyncState::Saved)
                pending on_send=UnsyncCallback::new(send) />
        </p>
    }
}

#[component]
pub fn Receipt(data: NrData) -> impl IntoView {
    let i18n = use_i18n();
    let draft = data.draft;
    let deadline = data.reference.needs_report_deadline;
    let failure = RwSignal::new(None::<ApiError>);
    let withdraw = Callback::new(move |()| {
        spawn_local(async move {
            if let Err(error) = draft.withdraw().await {
                failure.set(Some(error));
            }
        });
    });
    let check_path = section_path(&data.id(), CHECK_SLUG);
    move || {
        let report = draft.resource.get();
        let language = i18n.language();
        let Some(receipt) = report.receipt.clone() else {
            return view! {
                <PageHeading key=Key::NrReceiptTitle />
                <p class="ds-paragraph">{i18n.text(Key::NrReceiptNotSent)}</p>
                <p class="ds-paragraph"><Link to=paths::NEEDS_REPORT class="ds-link">{i18n.text(Key::NrToList)}</Link></p>
            }
            .into_any();
        };
        let state = data.after_sending(&report.status);
        let until = |key: Key| {
            let deadline = format_instant(language, deadline);
            view! { <p class="ds-paragraph app-no-print">{i18n.fill(key, &[("deadline", &deadline)])}</p> }
        };
        let summary = Section::ALL
            .into_iter()
            .map(|section| {
                let values = section_values(section, &report.content, &data.reference, language);
                view! {
                    <div class="app-summary__row">
                        <dt class="app-summary__key">{i18n.t(section_key(section))}</dt>
                        <dd class="app-summary__value"><AnswerValues values=values.into_iter().map(Into::into).collect() /></dd>
                    </div>
                }
            })
            .collect_view();
        let withdrawn = report.status == "withdrawn";
        view! {
            <PageHeading key=if withdrawn { Key::NrWithdrawnTitle } else { Key::NrReceiptTitle } />
            <ReceiptFacts receipt />
            {report.unsent_changes.then(|| view! { <UnsentChanges wording=NEEDS_REPORT check_path=check_path.clone() /> })}
            {match state {
                AfterSending::Changeable => Some(until(Key::NrChangeableUntil)),
                AfterSending::Locked => Some(until(Key::NrLocked)),
                AfterSending::Draft | AfterSending::Closed => None,
            }}
            <dl class="app-summary">{summary}</dl>
            <h2 class="ds-heading" data-size="sm">{i18n.text(Key::ReceiptNextHeading)}</h2>
            <p class="ds-paragraph">{i18n.text(Key::NrReceiptNext)}</p>
            <ReceiptActions wording=NEEDS_REPORT changeable=state == AfterSending::Changeable check_path=check_path.clone() on_withdraw=withdraw failure />
            <p class="ds-paragraph app-no-print"><Link to=paths::NEEDS_REPORT class="ds-link">{i18n.text(Key::NrToList)}</Link></p>
        }
        .into_any()
    }
}

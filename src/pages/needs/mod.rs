//! The DeKomp needs report (behovsmelding): `/behovsmelding` lists the owner's reports,
//! `/behovsmelding/{id}` is the task list with each section's status, and
//! `/behovsmelding/{id}/{section}` one page per section, then check answers and the receipt.
//! Sections are saved as the user types (the shared draft core in `state::application`); the
//! server's findings decide each section's status, so the task list and a submission agree.

pub mod budget;
mod check;
mod fields;
mod sections;

use crate::api::types::{NeedsReport, NeedsReportContent, ReferenceData};
use crate::api::{self, ApiError};
use crate::components::api_error::ApiErrorMessage;
use crate::components::conflict::{value_text, ConflictField, DraftConflict};
use crate::components::draft_form::{drop_fixed_messages, Back, DraftForm};
use crate::components::error_summary::FieldMessage;
use crate::components::link::{use_go_to, Link};
use crate::components::not_found::NotFound;
use crate::components::page_heading::PageHeading;
use crate::components::require_login::RequireLogin;
use crate::components::sent::NEEDS_REPORT;
use crate::components::sync_line::SyncLine;
use crate::domain::merge::FieldConflict;
use crate::domain::needs_report::{section_status, Section, SectionStatus};
use crate::domain::sent::{after_sending, AfterSending};
use crate::i18n::{Key, Language};
use crate::routing::paths::{self, RECEIPT_SLUG};
use crate::state::action::ActionState;
use crate::state::application::NeedsReportDraft;
use crate::state::language::use_i18n;
use crate::state::loadable::Loadable;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

pub use fields::field_id;

/// What every page of one report needs.
#[derive(Clone)]
pub struct NrData {
    pub reference: ReferenceData,
    pub draft: NeedsReportDraft,
    /// Sections the user has gone on from (their missing answers then count as errors), kept
    /// in the tab so that a reload keeps them (`state::needs_progress`).
    pub left: RwSignal<Vec<Section>>,
}

impl NrData {
    pub fn id(&self) -> String {
        self.draft.id()
    }

    /// Whether the report can still be edited: a draft, or sent and before the deadline.
    pub fn changeable(&self) -> bool {
        let state = self
            .draft
            .resource
            .with_untracked(|r| self.after_sending(&r.status));
        matches!(state, AfterSending::Draft | AfterSending::Changeable)
    }

    /// Where a report with `status` stands now, against the needs-report deadline.
    pub fn after_sending(&self, status: &str) -> AfterSending {
        let deadline = self.reference.needs_report_deadline.to_utc();
        after_sending(status, crate::browser::now(), Some(deadline))
    }

    /// Each section's status now (tracked).
    pub fn statuses(&self) -> Vec<(Section, SectionStatus)> {
        let findings = self.draft.resource.with(|r| r.findings.clone());
        let left = self.left.get();
        self.draft.content.with(|content| {
            Section::ALL
                .into_iter()
                .map(|section| {
                    let codes = findings
                        .iter()
                        .filter(|f| Section::of_pointer(&f.pointer) == Some(section))
                        .map(|f| f.code.as_str());
                    let status = section_status(
                        section,
                        started(section, content),
                        left.contains(&section),
                        codes,
                    );
                    (section, status)
                })
                .collect()
        })
    }
}

/// Whether anything is entered in `section`.
pub fn started(section: Section, c: &NeedsReportContent) -> bool {
    match section {
        Section::Owner => {
            c.lead_owner != Default::default() || c.contact_person != Default::default()
        }
        Section::Network => !c.co_owners.is_empty(),
        Section::Schools => !c.schools.is_empty(),
        Section::Partner => c.partner != Default::default(),
        Section::Need => c.need != Default::default(),
        Section::Topics => {
            !c.topic_ids.is_empty()
                || c.other_topic
                    .as_deref()
                    .is_some_and(|t| !t.trim().is_empty())
        }
        Section::Measure => c.measure != Default::default(),
        Section::Anchoring => !c.anchoring.is_empty(),
        Section::Period => c.period != Default::default(),
        Section::Budget => c
            .budget
            .iter()
            .any(|y| !y.rows.is_empty() || y.own_contribution_nok.is_some()),
        Section::Region => c.region_id.is_some(),
    }
}

pub fn section_key(section: Section) -> Key {
    match section {
        Section::Owner => Key::NrSecOwner,
        Section::Network => Key::NrSecNetwork,
        Section::Schools => Key::NrSecSchools,
        Section::Partner => Key::NrSecPartner,
        Section::Need => Key::NrSecNeed,
        Section::Topics => Key::NrSecTopics,
        Section::Measure => Key::NrSecMeasure,
        Section::Anchoring => Key::NrSecAnchoring,
        Section::Period => Key::NrSecPeriod,
        Section::Budget => Key::NrSecBudget,
        Section::Region => Key::NrSecRegion,
    }
}

fn status_text(status: SectionStatus) -> Key {
    match status {
        SectionStatus::NotStarted => Key::NrTaskNotStarted,
        SectionStatus::InProgress => Key::NrTaskInProgress,
        SectionStatus::Completed => Key::NrTaskCompleted,
        SectionStatus::HasErrors => Key::NrTaskHasErrors,
    }
}

pub fn report_path(id: &str) -> String {
    format!("{}/{id}", paths::NEEDS_REPORT)
}

pub fn section_path(id: &str, slug: &str) -> String {
    format!("{}/{id}/{slug}", paths::NEEDS_REPORT)
}

pub const CHECK_SLUG: &str = "kontroll";

fn report_status_key(report: &NeedsReport) -> Key {
    match report.status.as_str() {
        "submitted" if report.unsent_changes => Key::StatusUnsentChanges,
        "draft" => Key::StatusDraft,
        "withdrawn" => Key::StatusWithdrawn,
        "recommended" => Key::NrStatusRecommended,
        "decided" => Key::NrStatusDecided,
        _ => Key::StatusSubmitted,
    }
}

// ---------------------------------------------------------------- the owner's list

#[component]
pub fn NeedsReports() -> impl IntoView {
    view! {
        <PageHeading key=Key::NeedsTitle />
        <RequireLogin><ReportList /></RequireLogin>
    }
}

#[component]
fn ReportList() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let go_to = use_go_to();
    let loaded = Loadable::new(move || async move {
        let api = session.backend().await.ok_or(ApiError::Network)?;
        api::list::<NeedsReport>(&api).await
    });
    let creating = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let start = move |_| {
        if creating.get_untracked() {
            return;
        }
        let Some(api) = session.api() else { return };
        creating.set(true);
        let go_to = go_to.clone();
        spawn_local(async move {
            match api::create::<NeedsReport>(&api).await {
                Ok((report, _)) => go_to(&report_path(&report.id)),
                Err(error) => failure.set(Some(error)),
            }
            creating.set(false);
        });
    };
    view! {
        <p class="ds-paragraph">{i18n.text(Key::NrListIntro)}</p>
        <p class="ds-paragraph">
            <button type="button" class="ds-button" data-variant="primary" on:click=start aria-disabled=move || creating.get().then_some("true")>
                {i18n.text(Key::NrStart)}
            </button>
        </p>
        {move || failure.get().map(|error| view! { <ApiErrorMessage error /> })}
        {move || match loaded.get() {
            None => view! { <p class="ds-paragraph" role="status">{i18n.text(Key::Loading)}</p> }.into_any(),
            Some(Err(error)) => view! { <ApiErrorMessage error retry=move || loaded.reload() /> }.into_any(),
            Some(Ok(reports)) if reports.is_empty() => view! { <p class="ds-paragraph">{i18n.text(Key::NrNone)}</p> }.into_any(),
            Some(Ok(reports)) => {
                let items = reports.into_iter().map(|report| {
                    let title = report.content.measure.title.clone().filter(|t| !t.trim().is_empty())
                        .unwrap_or_else(|| i18n.t(Key::NrUntitled).to_owned());
                    let to = if report.status == "draft" { report_path(&report.id) } else { section_path(&report.id, RECEIPT_SLUG) };
                    let reference = report.receipt.as_ref().map(|r| r.reference_number.clone());
                    let sr = format!(": {title}");
                    view! {
                        <li class="ds-card app-application">
                            <h2 class="ds-heading" data-size="xs"><bdi>{title}</bdi></h2>
                            <p class="ds-paragraph">{i18n.fill(Key::StatusLine, &[("status", i18n.t(report_status_key(&report)))])}</p>
                            {reference.map(|r| view! { <p class="ds-paragraph">{i18n.fill(Key::ReceiptReference, &[("reference", &r)])}</p> })}
                            <p class="ds-paragraph"><Link to class="ds-link">{i18n.t(Key::NrOpen)}<span class="ds-sr-only">{sr}</span></Link></p>
                        </li>
                    }
                }).collect_view();
                view! { <ul class="app-applications" role="list">{items}</ul> }.into_any()
            }
        }}
    }
}

// ---------------------------------------------------------------- one report

#[component]
pub fn NeedsReportPage() -> impl IntoView {
    view! { <RequireLogin><LoadedReport /></RequireLogin> }
}

#[component]
fn LoadedReport() -> impl IntoView {
    let session = use_session();
    crate::pages::draft_pages(
        Key::NeedsTitle,
        |api| async move { api::reference_data(&api).await },
        move |reference, report: NeedsReport, etag| {
            let left = crate::state::needs_progress::left_sections(&report.id);
            let draft = NeedsReportDraft::new(session, report, etag);
            // Items from before contract 1.4.0 get their ids, so two versions merge item by item.
            let mut content = draft.content.get_untracked();
            if content.give_item_ids() {
                draft.content.set(content);
            }
            let data = NrData {
                reference,
                draft,
                left,
            };
            view! { <SectionRouter data /> }
        },
    )
}

#[component]
fn SectionRouter(data: NrData) -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("section"));
        let data = data.clone();
        match slug.as_deref() {
            None | Some("") => view! { <TaskList data /> }.into_any(),
            // A report that can no longer be changed (withdrawn, decided, past its deadline)
            // opens on its receipt, which says why, rather than on fields that cannot be saved.
            Some(_) if !data.changeable() => view! { <check::Receipt data /> }.into_any(),
            Some(CHECK_SLUG) => view! { <check::Check data /> }.into_any(),
            Some(RECEIPT_SLUG) => view! { <check::Receipt data /> }.into_any(),
            Some(slug) => match Section::from_slug(slug) {
                Some(section) => sections::section_view(section, data),
                None => view! { <NotFound /> }.into_any(),
            },
        }
    }
}

#[component]
fn TaskList(data: NrData) -> impl IntoView {
    let i18n = use_i18n();
    let id = data.id();
    let statuses = {
        let data = data.clone();
        Memo::new(move |_| data.statuses())
    };
    let items = {
        let id = id.clone();
        move || {
            statuses.get().into_iter().map(|(section, status)| {
                let status_id = format!("status-{}", section.slug());
                let tag_color = match status {
                    SectionStatus::Completed => "success",
                    SectionStatus::HasErrors => "danger",
                    SectionStatus::InProgress => "info",
                    SectionStatus::NotStarted => "neutral",
                };
                view! {
                    <li class="app-task">
                        <Link to=section_path(&id, section.slug()) class="ds-link" attr:aria-describedby=status_id.clone()>
                            {i18n.t(section_key(section))}
                            {section.optional().then(|| format!(" {}", i18n.t(Key::NrTaskOptional)))}
                        </Link>
                        <span class="ds-tag app-task__status" data-color=tag_color id=status_id>{i18n.t(status_text(status))}</span>
                    </li>
                }
            }).collect_view()
        }
    };
    let ready = {
        let data = data.clone();
        move || {
            let report_wide = data.draft.resource.with(|r| {
                r.findings
                    .iter()
                    .filter(|f| Section::of_pointer(&f.pointer).is_none())
                    .count()
            });
            crate::domain::needs_report::ready_to_send(&statuses.get(), report_wide)
        }
    };
    // A sent report links to its receipt, which says what can still be done with it.
    let sent = data
        .draft
        .resource
        .with_untracked(|r| match r.status.as_str() {
            "draft" => None,
            "withdrawn" => Some(Key::NrWithdrawnTitle),
            _ => Some(Key::NrReceiptTitle),
        });
    view! {
        <p class="ds-paragraph"><Link to=paths::NEEDS_REPORT class="ds-link app-back">{i18n.text(Key::NrToList)}</Link></p>
        <PageHeading key=Key::NrTaskListTitle />
        {sent.map(|title| view! {
            <div class="ds-alert" data-color="info"><p class="ds-paragraph">
                <Link to=section_path(&id, RECEIPT_SLUG) class="ds-link">{i18n.text(title)}</Link>
            </p></div>
        })}
        <ConflictChoice draft=data.draft />
        <p class="ds-paragraph">{i18n.text(Key::NrTaskListIntro)}</p>
        <ol class="app-tasks" role="list">{items}</ol>
        <SyncLine state=Signal::derive({ let draft = data.draft; move || draft.sync_state() }) />
        {move || (!ready()).then(|| view! { <p class="ds-paragraph">{i18n.text(Key::NrNotReady)}</p> })}
        <p class="ds-paragraph">
            <Link to=section_path(&data.id(), CHECK_SLUG) class="ds-button" attr:data-variant="primary">{i18n.text(Key::NrGoToCheck)}</Link>
        </p>
    }
}

/// The fields' names by JSON Pointer (`*` stands for a place in a list), for naming what
/// another version changed.
const FIELD_NAMES: &[(&str, Key)] = &[
    ("/lead_owner/name", Key::NrOwnerName),
    ("/lead_owner/organisation_number", Key::NrOrgNumber),
    ("/lead_owner/owner_type", Key::NrOwnerType),
    ("/contact_person/name", Key::NrContactName),
    ("/contact_person/role", Key::NrContactRole),
    ("/contact_person/email", Key::NrContactEmail),
    ("/contact_person/phone", Key::NrContactPhone),
    ("/co_owners/*/name", Key::NrContactName),
    ("/co_owners/*/organisation_number", Key::NrOrgNumber),
    ("/schools/*/name", Key::NrSchoolName),
    ("/schools/*/organisation_number", Key::NrOrgNumber),
    ("/schools/*/level", Key::NrSchoolLevel),
    ("/schools/*/staff_count", Key::NrSchoolStaff),
    ("/partner/partner_type", Key::NrPartnerType),
    ("/partner/institution_id", Key::NrPartnerInstitution),
    ("/partner/contact/name", Key::NrContactName),
    ("/partner/contact/email", Key::NrContactEmail),
    ("/partner/contact/phone", Key::NrContactPhone),
    ("/need/competence_need", Key::NrNeedCompetence),
    ("/need/analysis", Key::NrNeedAnalysis),
    ("/need/staff_involvement", Key::NrNeedStaff),
    ("/other_topic", Key::NrOtherTopic),
    ("/measure/title", Key::NrMeasureTitle),
    ("/measure/goal", Key::NrMeasureGoal),
    ("/measure/description", Key::NrMeasureDescription),
    ("/measure/collaboration_form", Key::NrMeasureForm),
    ("/measure/target_group", Key::NrMeasureTarget),
    ("/measure/participants", Key::NrMeasureParticipants),
    ("/anchoring/*/explanation", Key::NrAnchoringExplain),
    ("/period/start_school_year", Key::NrPeriodStart),
    ("/period/years", Key::NrPeriodYears),
    ("/budget/*/own_contribution_nok", Key::NrOwnContribution),
    (
        "/budget/*/own_contribution_form",
        Key::NrOwnContributionForm,
    ),
    ("/budget/*/rows/*/purpose", Key::NrPurpose),
    ("/budget/*/rows/*/receiver", Key::NrReceiver),
    ("/budget/*/rows/*/amount_nok", Key::NrAmount),
    ("/region_id", Key::NrRegion),
];

/// A place in the report as the user knows it: "Budsjett: Beløp (1, 3)", its section alone
/// where no one field is meant, with the places in lists counted from 1.
fn field_name(pointer: &str, language: Language) -> String {
    let parts: Vec<&str> = pointer.split('/').collect();
    let fits = |pattern: &str| {
        let wanted: Vec<&str> = pattern.split('/').collect();
        wanted.len() == parts.len()
            && wanted
                .iter()
                .zip(&parts)
                .all(|(w, p)| *w == *p || (*w == "*" && p.parse::<usize>().is_ok()))
    };
    let section = Section::of_pointer(pointer).map(|s| section_key(s).text(language));
    let field = FIELD_NAMES
        .iter()
        .find(|(pattern, _)| fits(pattern))
        .map(|(_, key)| key.text(language));
    let places: Vec<String> = parts
        .iter()
        .filter_map(|p| p.parse::<usize>().ok())
        .map(|i| (i + 1).to_string())
        .collect();
    let mut name = match (section, field) {
        (Some(section), Some(field)) => format!("{section}: {field}"),
        (Some(section), None) => section.to_owned(),
        (None, _) => Key::NeedsTitle.text(language).to_owned(),
    };
    if !places.is_empty() {
        name.push_str(&format!(" ({})", places.join(", ")));
    }
    name
}

/// Another tab or device saved a newer version of this report: what it changed alone is in
/// already (and named), and each value both changed is the user's to choose.
#[component]
fn ConflictChoice(draft: NeedsReportDraft) -> impl IntoView {
    let describe = |field: &FieldConflict, language| ConflictField {
        label: field_name(&field.pointer, language),
        mine: value_text(&field.mine, language),
        theirs: value_text(&field.theirs, language),
    };
    view! { <DraftConflict draft heading=Key::NrConflictHeading describe /> }
}

/// The frame of one section's page: back link, error summary, heading, the fields, and
/// "Save and continue". Going on saves, then shows the server's findings for this section;
/// with none it goes to the next section (or back to the task list).
#[component]
pub fn SectionFrame(
    section: Section,
    data: NrData,
    messages: RwSignal<Vec<FieldMessage>>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let go_to = use_go_to();
    let id = data.id();
    let action = ActionState::new();
    let ActionState { pending, failure } = action;
    let draft = data.draft;
    let left = data.left;
    let reference = StoredValue::new(data.reference.clone());
    let findings = move || reference.with_value(|r| fields::findings_for(draft, r, section));
    // Each save brings the server's findings: a message whose finding is gone (the field was
    // fixed) goes at once; new ones wait for the next "Lagre og fortsett".
    drop_fixed_messages(messages, move || draft.resource.track(), findings, |_| true);
    let go_on = move |to_list: bool| {
        if action.busy() {
            return;
        }
        let go_to = go_to.clone();
        let id = draft.id();
        // Organisation numbers typed in groups ("974 760 673") are stored as digits alone.
        let mut tidy = draft.content.get_untracked();
        if tidy.tidy_organisation_numbers() {
            draft.content.set(tidy);
        }
        draft.save_then(
            action,
            move || {
                left.update(|l| {
                    if !l.contains(&section) {
                        l.push(section);
                    }
                });
                let found = findings();
                let target = match (to_list, section.next()) {
                    (false, Some(next)) => section_path(&id, next.slug()),
                    _ => report_path(&id),
                };
                if found.is_empty() || to_list {
                    go_to(&target);
                }
                messages.set(found);
            },
            move |error| action.fail(error),
        );
    };
    view! {
        <DraftForm back=Back { to: report_path(&id), text: Key::NrBackToTasks } heading=section_key(section)
            form_id=format!("form-{}", section.slug()) messages=messages.read_only()
            conflict=view! { <ConflictChoice draft /> }.into_any() sync=Signal::derive(move || draft.sync_state())
            pending failure wording=NEEDS_REPORT on_continue=Callback::new({ let go_on = go_on.clone(); move |()| go_on(false) })
            more_actions=view! {
                <button type="button" class="ds-button" data-variant="secondary" on:click=move |_| go_on(true)>
                    {i18n.text(Key::NrSaveAndBack)}
                </button>
            }.into_any()>
            {children()}
        </DraftForm>
    }
}

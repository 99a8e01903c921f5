//! One page per section of the needs report.

use super::fields::{options, NrCheckbox, NrNumber, NrSelect, NrText, C};
use super::{NrData, SectionFrame};
use crate::api::types::{OrganisationRef, School};
use crate::components::error_summary::FieldMessage;
use crate::components::words::Words;
use crate::domain::needs_report::Section;
use crate::i18n::Key;
use crate::state::application::fresh_id;
use crate::state::language::use_i18n;
use leptos::prelude::*;

pub fn section_view(section: Section, data: NrData) -> AnyView {
    match section {
        Section::Owner => view! { <Owner data /> }.into_any(),
        Section::Network => view! { <Network data /> }.into_any(),
        Section::Schools => view! { <Schools data /> }.into_any(),
        Section::Partner => view! { <Partner data /> }.into_any(),
        Section::Need => view! { <Need data /> }.into_any(),
        Section::Topics => view! { <Topics data /> }.into_any(),
        Section::Measure => view! { <Measure data /> }.into_any(),
        Section::Anchoring => view! { <AnchoringSection data /> }.into_any(),
        Section::Period => view! { <Period data /> }.into_any(),
        Section::Budget => view! { <super::budget::Budget data /> }.into_any(),
        Section::Region => view! { <Region data /> }.into_any(),
    }
}

fn messages() -> RwSignal<Vec<FieldMessage>> {
    RwSignal::new(Vec::new())
}

#[component]
fn Owner(data: NrData) -> impl IntoView {
    let i18n = use_i18n();
    let content = data.draft.content;
    let m = messages();
    let types = options(&data.reference.owner_types);
    view! {
        <SectionFrame section=Section::Owner data=data.clone() messages=m>
            <NrText content pointer="/lead_owner/name" label=Key::NrOwnerName messages=m autocomplete="organization"
                get=|c: &C| c.lead_owner.name.clone() set=|c: &mut C, v| c.lead_owner.name = v />
            <NrText content pointer="/lead_owner/organisation_number" label=Key::NrOrgNumber hint=Key::NrOrgNumberHint messages=m
                get=|c: &C| c.lead_owner.organisation_number.clone() set=|c: &mut C, v| c.lead_owner.organisation_number = v />
            <NrSelect content pointer="/lead_owner/owner_type" label=Key::NrOwnerType messages=m options=types
                get=|c: &C| c.lead_owner.owner_type.clone() set=|c: &mut C, v| c.lead_owner.owner_type = v />
            <fieldset class="ds-fieldset">
                <legend class="ds-heading" data-size="xs">{i18n.text(Key::NrContactHeading)}</legend>
                <NrText content pointer="/contact_person/name" label=Key::NrContactName messages=m autocomplete="name"
                    get=|c: &C| c.contact_person.name.clone() set=|c: &mut C, v| c.contact_person.name = v />
                <NrText content pointer="/contact_person/role" label=Key::NrContactRole messages=m autocomplete="organization-title"
                    get=|c: &C| c.contact_person.role.clone() set=|c: &mut C, v| c.contact_person.role = v />
                <NrText content pointer="/contact_person/email" label=Key::NrContactEmail messages=m autocomplete="email" input_type="email"
                    get=|c: &C| c.contact_person.email.clone() set=|c: &mut C, v| c.contact_person.email = v />
                <NrText content pointer="/contact_person/phone" label=Key::NrContactPhone messages=m autocomplete="tel" input_type="tel"
                    get=|c: &C| c.contact_person.phone.clone() set=|c: &mut C, v| c.contact_person.phone = v />
            </fieldset>
        </SectionFrame>
    }
}

/// A list of organisations (co-owners): name and organisation number each, add and remove.
#[component]
fn Network(data: NrData) -> impl IntoView {
    let i18n = use_i18n();
    let content = data.draft.content;
    let m = messages();
    let count = Memo::new(move |_| content.with(|c| c.co_owners.len()));
    let add = move |_| {
        content.update(|c| {
            c.co_owners.push(OrganisationRef {
                id: Some(fresh_id()),
                ..Default::default()
            })
        });
        let first = super::field_id(&format!("/co_owners/{}/name", count.get_untracked() - 1));
        crate::browser::focus_after_render(first);
    };
    let rows = move || {
        (0..count.get()).map(|i| view! {
            <fieldset class="ds-fieldset app-group">
                <legend class="ds-heading" data-size="xs">{move || i18n.fill(Key::NrCoOwner, &[("n", &(i + 1).to_string())])}</legend>
                <NrText content pointer=format!("/co_owners/{i}/name") label=Key::NrContactName messages=m
                    get=move |c: &C| c.co_owners.get(i).and_then(|o| o.name.clone())
                    set=move |c: &mut C, v| if let Some(o) = c.co_owners.get_mut(i) { o.name = v } />
                <NrText content pointer=format!("/co_owners/{i}/organisation_number") label=Key::NrOrgNumber hint=Key::NrOrgNumberHint messages=m
                    get=move |c: &C| c.co_owners.get(i).and_then(|o| o.organisation_number.clone())
                    set=move |c: &mut C, v| if let Some(o) = c.co_owners.get_mut(i) { o.organisation_number = v } />
                <button type="button" class="ds-button" data-variant="tertiary" on:click=move |_| content.update(|c| { if i < c.co_owners.len() { c.co_owners.remove(i); } })>
                    {i18n.text(Key::NrRemove)}<span class="ds-sr-only">{move || format!(" {}", i18n.fill(Key::NrCoOwner, &[("n", &(i + 1).to_string())]))}</span>
                </button>
            </fieldset>
        }).collect_view()
    };
    view! {
        <SectionFrame section=Section::Network data=data.clone() messages=m>
            <p class="ds-paragraph">{i18n.text(Key::NrNetworkIntro)}</p>
            {rows}
            <p class="ds-paragraph"><button type="button" id=super::field_id("/co_owners") class="ds-button" data-variant="secondary" on:click=add>{i18n.text(Key::NrAddCoOwner)}</button></p>
        </SectionFrame>
    }
}

#[component]
fn Schools(data: NrData) -> impl IntoView {
    let i18n = use_i18n();
    let content = data.draft.content;
    let m = messages();
    let levels = options(&data.reference.school_levels);
    let count = Memo::new(move |_| content.with(|c| c.schools.len()));
    let add = move |_| {
        content.update(|c| {
            c.schools.push(School {
                id: Some(fresh_id()),
                ..Default::default()
            })
        });
        let first = super::field_id(&format!("/schools/{}/name", count.get_untracked() - 1));
        crate::browser::focus_after_render(first);
    };
    let rows = move || {
        (0..count.get()).map(|i| {
            let levels = levels.clone();
            let n = (i + 1).to_string();
            view! {
                <fieldset class="ds-fieldset app-group">
                    <legend class="ds-heading" data-size="xs">{let n = n.clone(); move || i18n.fill(Key::NrSchool, &[("n", &n)])}</legend>
                    <NrText content pointer=format!("/schools/{i}/name") label=Key::NrSchoolName messages=m
                        get=move |c: &C| c.schools.get(i).and_then(|o| o.name.clone())
                        set=move |c: &mut C, v| if let Some(o) = c.schools.get_mut(i) { o.name = v } />
                    <NrText content pointer=format!("/schools/{i}/organisation_number") label=Key::NrOrgNumber hint=Key::NrOrgNumberHint messages=m
                        get=move |c: &C| c.schools.get(i).and_then(|o| o.organisation_number.clone())
                        set=move |c: &mut C, v| if let Some(o) = c.schools.get_mut(i) { o.organisation_number = v } />
                    <NrSelect content pointer=format!("/schools/{i}/level") label=Key::NrSchoolLevel messages=m options=levels
                        get=move |c: &C| c.schools.get(i).and_then(|o| o.level.clone())
                        set=move |c: &mut C, v| if let Some(o) = c.schools.get_mut(i) { o.level = v } />
                    <NrNumber content pointer=format!("/schools/{i}/staff_count") label=Key::NrSchoolStaff messages=m
                        get=move |c: &C| c.schools.get(i).and_then(|o| o.staff_count)
                        set=move |c: &mut C, v| if let Some(o) = c.schools.get_mut(i) { o.staff_count = v } />
                    <button type="button" class="ds-button" data-variant="tertiary" on:click=move |_| content.update(|c| { if i < c.schools.len() { c.schools.remove(i); } })>
                        {i18n.text(Key::NrRemove)}<span class="ds-sr-only">{move || format!(" {}", i18n.fill(Key::NrSchool, &[("n", &n)]))}</span>
                    </button>
                </fieldset>
            }
        }).collect_view()
    };
    view! {
        <SectionFrame section=Section::Schools data=data.clone() messages=m>
            {rows}
            <p class="ds-paragraph"><button type="button" id=super::field_id("/schools") class="ds-button" data-variant="secondary" on:click=add>{i18n.text(Key::NrAddSchool)}</button></p>
        </SectionFrame>
    }
}

#[component]
fn Partner(data: NrData) -> impl IntoView {
    let i18n = use_i18n();
    let content = data.draft.content;
    let m = messages();
    let types = options(&data.reference.partner_types);
    let institutions = options(&data.reference.partner_institutions);
    view! {
        <SectionFrame section=Section::Partner data=data.clone() messages=m>
            <NrSelect content pointer="/partner/partner_type" label=Key::NrPartnerType messages=m options=types
                get=|c: &C| c.partner.partner_type.clone() set=|c: &mut C, v| c.partner.partner_type = v />
            <NrSelect content pointer="/partner/institution_id" label=Key::NrPartnerInstitution messages=m options=institutions
                get=|c: &C| c.partner.institution_id.clone() set=|c: &mut C, v| c.partner.institution_id = v />
            <fieldset class="ds-fieldset">
                <legend class="ds-heading" data-size="xs">{i18n.text(Key::NrPartnerContact)}</legend>
                <NrText content pointer="/partner/contact/name" label=Key::NrContactName messages=m
                    get=|c: &C| c.partner.contact.name.clone() set=|c: &mut C, v| c.partner.contact.name = v />
                <NrText content pointer="/partner/contact/email" label=Key::NrContactEmail messages=m input_type="email"
                    get=|c: &C| c.partner.contact.email.clone() set=|c: &mut C, v| c.partner.contact.email = v />
                <NrText content pointer="/partner/contact/phone" label=Key::NrContactPhone messages=m input_type="tel"
                    get=|c: &C| c.partner.contact.phone.clone() set=|c: &mut C, v| c.partner.contact.phone = v />
            </fieldset>
            <NrCheckbox content pointer="/partner/has_read_report" label=Key::NrPartnerHasRead messages=m
                get=|c: &C| c.partner.has_read_report == Some(true) set=|c: &mut C, on| c.partner.has_read_report = Some(on) />
        </SectionFrame>
    }
}

#[component]
fn Need(data: NrData) -> impl IntoView {
    let content = data.draft.content;
    let m = messages();
    view! {
        <SectionFrame section=Section::Need data=data.clone() messages=m>
            <NrText content pointer="/need/competence_need" label=Key::NrNeedCompetence messages=m multiline=true
                get=|c: &C| c.need.competence_need.clone() set=|c: &mut C, v| c.need.competence_need = v />
            <NrText content pointer="/need/analysis" label=Key::NrNeedAnalysis messages=m multiline=true
                get=|c: &C| c.need.analysis.clone() set=|c: &mut C, v| c.need.analysis = v />
            <NrText content pointer="/need/staff_involvement" label=Key::NrNeedStaff hint=Key::NrNeedStaffHint messages=m multiline=true
                get=|c: &C| c.need.staff_involvement.clone() set=|c: &mut C, v| c.need.staff_involvement = v />
        </SectionFrame>
    }
}

#[component]
fn Topics(data: NrData) -> impl IntoView {
    let i18n = use_i18n();
    let content = data.draft.content;
    let m = messages();
    let error = super::fields::inline(m, "/topic_ids".to_owned());
    let boxes = data
        .reference
        .topics
        .iter()
        .map(|topic| {
            let id = topic.id.clone();
            let on_id = id.clone();
            let input_id = format!("topic-{id}");
            let name = topic.name.clone();
            view! {
                <div class="ds-field app-check">
                    <input class="ds-input" type="checkbox" id=input_id.clone()
                        prop:checked=move || content.with(|c| c.topic_ids.contains(&id))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let id = on_id.clone();
                            content.update(|c| {
                                c.topic_ids.retain(|t| *t != id);
                                if on { c.topic_ids.push(id); }
                            });
                        } />
                    <label class="ds-label" for=input_id>{move || name.get(i18n.language()).to_owned()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <SectionFrame section=Section::Topics data=data.clone() messages=m>
            <fieldset class="ds-fieldset" id=super::field_id("/topic_ids") tabindex="-1"
                aria-describedby=move || if error.with(Option::is_some) { "topics-hint topics-error" } else { "topics-hint" }>
                <legend class="ds-label">{i18n.text(Key::NrTopicsLegend)}</legend>
                <p class="ds-paragraph" data-size="sm" id="topics-hint">{i18n.text(Key::NrTopicsHint)}</p>
                {move || error.get().map(|text| crate::components::field::error_view("topics-error".into(), text))}
                {boxes}
            </fieldset>
            <NrText content pointer="/other_topic" label=Key::NrOtherTopic messages=m
                get=|c: &C| c.other_topic.clone() set=|c: &mut C, v| c.other_topic = v />
        </SectionFrame>
    }
}

#[component]
fn Measure(data: NrData) -> impl IntoView {
    let content = data.draft.content;
    let m = messages();
    let forms = options(&data.reference.collaboration_forms);
    view! {
        <SectionFrame section=Section::Measure data=data.clone() messages=m>
            <NrText content pointer="/measure/title" label=Key::NrMeasureTitle messages=m
                get=|c: &C| c.measure.title.clone() set=|c: &mut C, v| c.measure.title = v />
            <NrText content pointer="/measure/goal" label=Key::NrMeasureGoal messages=m multiline=true
                get=|c: &C| c.measure.goal.clone() set=|c: &mut C, v| c.measure.goal = v />
            <NrText content pointer="/measure/description" label=Key::NrMeasureDescription messages=m multiline=true
                get=|c: &C| c.measure.description.clone() set=|c: &mut C, v| c.measure.description = v />
            <NrSelect content pointer="/measure/collaboration_form" label=Key::NrMeasureForm messages=m options=forms
                get=|c: &C| c.measure.collaboration_form.clone() set=|c: &mut C, v| c.measure.collaboration_form = v />
            <NrText content pointer="/measure/target_group" label=Key::NrMeasureTarget messages=m
                get=|c: &C| c.measure.target_group.clone() set=|c: &mut C, v| c.measure.target_group = v />
            <NrNumber content pointer="/measure/participants" label=Key::NrMeasureParticipants messages=m
                get=|c: &C| c.measure.participants set=|c: &mut C, v| c.measure.participants = v />
        </SectionFrame>
    }
}

#[component]
fn AnchoringSection(data: NrData) -> impl IntoView {
    let i18n = use_i18n();
    let content = data.draft.content;
    let m = messages();
    let conditions = data
        .reference
        .success_conditions
        .iter()
        .map(|condition| {
            let id = condition.id.clone();
            let (id2, id3, id4, id5) = (id.clone(), id.clone(), id.clone(), id.clone());
            let name = condition.name.clone();
            // Neither confirmed nor explained: the message stands in the condition's group.
            let error = super::fields::inline(m, format!("/anchoring/{id}"));
            let error_id = format!("anchoring-{id}-error");
            let described = error_id.clone();
            view! {
                <fieldset class="ds-fieldset app-group" id=super::field_id(&format!("/anchoring/{id}")) tabindex="-1"
                    aria-describedby=move || error.with(|e| e.is_some().then(|| described.clone()))>
                    <legend class="ds-label">{move || name.get(i18n.language()).to_owned()}</legend>
                    {move || error.get().map(|text| crate::components::field::error_view(error_id.clone(), text))}
                    <NrCheckbox content pointer=format!("/anchoring/{id}/confirmed") label=Key::NrAnchoringConfirm messages=m
                        get=move |c: &C| c.anchoring.get(&id2).and_then(|a| a.confirmed) == Some(true)
                        set=move |c: &mut C, on| c.anchoring.entry(id3.clone()).or_default().confirmed = Some(on) />
                    <NrText content pointer=format!("/anchoring/{id}/explanation") label=Key::NrAnchoringExplain messages=m multiline=true
                        get=move |c: &C| c.anchoring.get(&id5).and_then(|a| a.explanation.clone())
                        set=move |c: &mut C, v| c.anchoring.entry(id4.clone()).or_default().explanation = v />
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <SectionFrame section=Section::Anchoring data=data.clone() messages=m>
            <p class="ds-paragraph">{i18n.text(Key::NrAnchoringIntro)}</p>
            {conditions}
        </SectionFrame>
    }
}

#[component]
fn Period(data: NrData) -> impl IntoView {
    let content = data.draft.content;
    let m = messages();
    let max = data.reference.max_period_years;
    let this_year = 2026 + (i64::from(crate::browser::local_year()) - 2026).max(0);
    let starts = (this_year..this_year + 4)
        .map(|y| {
            let school_year = crate::domain::budget::SchoolYear::starting(y as u16);
            (y.to_string(), Words::Same(school_year.to_string()))
        })
        .collect();
    let years = (1..=i64::from(max))
        .map(|n| (n.to_string(), Words::Same(n.to_string())))
        .collect();
    view! {
        <SectionFrame section=Section::Period data=data.clone() messages=m>
            <NrSelect content pointer="/period/start_school_year" label=Key::NrPeriodStart messages=m options=starts
                get=|c: &C| c.period.start_school_year.map(|y| y.to_string())
                set=|c: &mut C, v| { c.period.start_school_year = v.and_then(|v| v.parse().ok()); super::budget::fit_years(c) } />
            <NrSelect content pointer="/period/years" label=Key::NrPeriodYears messages=m options=years
                get=|c: &C| c.period.years.map(|y| y.to_string())
                set=|c: &mut C, v| { c.period.years = v.and_then(|v| v.parse().ok()); super::budget::fit_years(c) } />
        </SectionFrame>
    }
}

#[component]
fn Region(data: NrData) -> impl IntoView {
    let i18n = use_i18n();
    let content = data.draft.content;
    let m = messages();
    let regions = data.reference.statsforvalter_regions.clone();
    let list = regions
        .iter()
        .map(|r| (r.id.clone(), Words::Data(r.name.clone())))
        .collect();
    let forum = move || {
        let id = content.with(|c| c.region_id.clone())?;
        let region = regions.iter().find(|r| r.id == id)?;
        Some(i18n.fill(
            Key::NrForum,
            &[("text", region.cooperation_forum.get(i18n.language()))],
        ))
    };
    view! {
        <SectionFrame section=Section::Region data=data.clone() messages=m>
            <NrSelect content pointer="/region_id" label=Key::NrRegion messages=m options=list
                get=|c: &C| c.region_id.clone() set=|c: &mut C, v| c.region_id = v />
            {move || forum().map(|text| view! { <p class="ds-paragraph" id="forum">{text}</p> })}
        </SectionFrame>
    }
}

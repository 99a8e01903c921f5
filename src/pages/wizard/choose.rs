//! Step 1: the category, then the admission round, then the study alternatives, in priority
//! order where the round allows several.

use super::{StepFrame, WizardData};
use crate::api::types::{AdmissionRound, ApplicationContent, Catalogue};
use crate::browser::focus_after_render;
use crate::browser::now as browser_now;
use crate::components::error_summary::{message_for, FieldMessage};
use crate::components::link::Link;
use crate::domain::wizard::{
    choice_problems, move_item, round_state, ChoiceProblem, RoundState, Step,
};
use crate::i18n::{format_instant, Key, Language};
use crate::routing::paths;
use crate::routing::web_link;
use crate::state::language::use_i18n;
use chrono::Utc;
use leptos::prelude::*;

const CATEGORY_FIELD: &str = "choose-category";
const ROUND_FIELD: &str = "choose-round";
const ALTERNATIVE_FIELD: &str = "choose-alternative";

pub fn state_of(round: &AdmissionRound) -> RoundState {
    round_state(
        browser_now(),
        round.opens_at.map(|t| t.with_timezone(&Utc)),
        round.deadline.map(|t| t.with_timezone(&Utc)),
        round.rolling_admission,
    )
}

/// "Søknadsfrist 3. april 2027 kl. 23:59", "Løpende opptak", "Stengt" or "Åpner …".
fn round_line(round: &AdmissionRound, language: Language) -> String {
    match (state_of(round), round.deadline) {
        (RoundState::NotOpenYet, _) => Key::CatalogueOpens.fill(
            language,
            &[(
                "date",
                &round
                    .opens_at
                    .map(|t| format_instant(language, t))
                    .unwrap_or_default(),
            )],
        ),
        (RoundState::Closed, _) => Key::RoundClosed.text(language).to_owned(),
        _ if round.rolling_admission => Key::CatalogueRolling.text(language).to_owned(),
        (_, Some(deadline)) => {
            Key::CatalogueDeadline.fill(language, &[("date", &format_instant(language, deadline))])
        }
        (_, None) => Key::CatalogueNoDeadline.text(language).to_owned(),
    }
}

fn category_of(catalogue: &Catalogue, round_id: Option<&str>) -> Option<String> {
    round_id
        .and_then(|id| catalogue.round(id))
        .map(|round| round.category_id.clone())
}

#[component]
pub fn Choose(data: WizardData) -> impl IntoView {
    let i18n = use_i18n();
    let catalogue = StoredValue::new(data.catalogue.clone());
    let content = data.draft.content;
    let category =
        RwSignal::new(content.with_untracked(|c| {
            catalogue.with_value(|cat| category_of(cat, c.round_id.as_deref()))
        }));
    // A sent application stays in the round it was sent in (the server refuses another), so
    // its deadline stays that round's: the other categories and rounds cannot be chosen.
    let sent_round = data.draft.resource.with_untracked(|application| {
        application
            .receipt
            .as_ref()
            .and(application.content.round_id.clone())
    });
    let sent_category = sent_round
        .as_deref()
        .and_then(|id| catalogue.with_value(|cat| category_of(cat, Some(id))));
    let sent_round = StoredValue::new(sent_round);
    let messages = RwSignal::new(Vec::<FieldMessage>::new());
    let error_for =
        move |field: &'static str| Signal::derive(move || messages.with(|m| message_for(m, field)));

    let validate = Callback::new(move |()| {
        let (round_id, chosen) =
            content.with_untracked(|c| (c.round_id.clone(), c.alternative_ids.len()));
        let round = round_id.and_then(|id| catalogue.with_value(|cat| cat.round(&id).cloned()));
        let max = round
            .as_ref()
            .map_or(1, |r| r.max_alternatives_per_application as usize);
        let problems = choice_problems(round.as_ref().map(state_of), chosen, max);
        problems
            .into_iter()
            .map(|problem| match problem {
                ChoiceProblem::NoRound if category.get_untracked().is_none() => {
                    FieldMessage::new(CATEGORY_FIELD, Key::ErrorChooseCategory)
                }
                ChoiceProblem::NoRound => FieldMessage::new(ROUND_FIELD, Key::ErrorChooseRound),
                ChoiceProblem::RoundNotOpen => {
                    FieldMessage::new(ROUND_FIELD, Key::ErrorRoundNotOpen)
                }
                ChoiceProblem::NoAlternative => {
                    FieldMessage::new(ALTERNATIVE_FIELD, Key::ErrorChooseAlternative)
                }
                ChoiceProblem::TooManyAlternatives { .. } => {
                    FieldMessage::new(ALTERNATIVE_FIELD, Key::ErrorTooManyAlternatives)
                }
            })
            .collect()
    });

    let choose_category = move |id: String| {
        category.set(Some(id));
        content.update(|c| {
            c.round_id = None;
            c.alternative_ids.clear();
        });
    };
    let choose_round = move |id: String| {
        content.update(|c| {
            if c.round_id.as_deref() != Some(&id) {
                c.alternative_ids.clear();
            }
            c.round_id = Some(id);
        });
    };
    let toggle_alternative = move |id: String, on: bool| {
        content.update(|c| {
            c.alternative_ids.retain(|existing| *existing != id);
            if on {
                c.alternative_ids.push(id);
            }
        });
    };

    let categories = move || {
        let language = i18n.language();
        catalogue.with_value(|cat| {
            cat.categories
                .iter()
                .filter(|category| cat.admission_rounds.iter().any(|r| r.category_id == category.id))
                .enumerate()
                .map(|(index, option)| {
                    let id = option.id.clone();
                    let locked = sent_category.as_ref().is_some_and(|sent| *sent != id);
                    let input_id = if index == 0 { CATEGORY_FIELD.to_owned() } else { format!("{CATEGORY_FIELD}-{index}") };
                    let checked = {
                        let id = id.clone();
                        move || category.get().as_deref() == Some(id.as_str())
                    };
                    view! {
                        <div class="ds-field">
                            <input type="radio" class="ds-input" name="category" id=input_id.clone() disabled=locked
                                aria-invalid=move || error_for(CATEGORY_FIELD).get().map(|_| "true")
                                prop:checked=checked on:change=move |_| choose_category(id.clone()) />
                            <label class="ds-label" data-weight="regular" for=input_id>{option.name.get(language).to_owned()}</label>
                        </div>
                    }
                })
                .collect_view()
        })
    };

    let rounds = move || {
        let language = i18n.language();
        let chosen_category = category.get()?;
        Some(catalogue.with_value(|cat| {
            cat.admission_rounds
                .iter()
                .filter(|round| round.category_id == chosen_category)
                .enumerate()
                .map(|(index, round)| {
                    let id = round.id.clone();
                    let input_id = if index == 0 { ROUND_FIELD.to_owned() } else { format!("{ROUND_FIELD}-{index}") };
                    let line_id = format!("{input_id}-line");
                    let choosable = sent_round.with_value(|sent| match sent {
                        Some(sent) => *sent == id,
                        None => state_of(round) == RoundState::Open,
                    });
                    let institution = cat.institution(&round.institution_id).map(|i| i.name.get(language).to_owned()).unwrap_or_default();
                    let checked = {
                        let id = id.clone();
                        move || content.with(|c| c.round_id.as_deref() == Some(id.as_str()))
                    };
                    view! {
                        <div class="ds-field">
                            <input type="radio" class="ds-input" name="round" id=input_id.clone() disabled=!choosable
                                aria-describedby=line_id.clone()
                                aria-invalid=move || error_for(ROUND_FIELD).get().map(|_| "true")
                                prop:checked=checked on:change=move |_| choose_round(id.clone()) />
                            <label class="ds-label" data-weight="regular" for=input_id>{format!("{} ({institution})", round.name.get(language))}</label>
                            <div class="ds-paragraph" data-size="sm" id=line_id>{round_line(round, language)}</div>
                        </div>
                    }
                })
                .collect_view()
        }))
    };

    let alternatives = move || {
        let language = i18n.language();
        let round_id = content.with(|c| c.round_id.clone())?;
        Some(catalogue.with_value(|cat| {
            let max = cat.round(&round_id).map_or(1, |r| r.max_alternatives_per_application);
            let items = cat
                .alternatives
                .iter()
                .filter(|alternative| alternative.round_id == round_id)
                .enumerate()
                .map(|(index, alternative)| {
                    let title = alternative.title(language);
                    if let Some(url) = alternative.external_application_url.as_deref().and_then(web_link) {
                        let url = url.to_owned();
                        return view! {
                            <div class="ds-field">
                                <p class="ds-paragraph">{title}</p>
                                <p class="ds-paragraph" data-size="sm"><a class="ds-link" href=url>{i18n.text(Key::ApplyAtInstitution)}</a></p>
                            </div>
                        }
                        .into_any();
                    }
                    let id = alternative.id.clone();
                    let input_id = if index == 0 { ALTERNATIVE_FIELD.to_owned() } else { format!("{ALTERNATIVE_FIELD}-{index}") };
                    let checked = {
                        let id = id.clone();
                        move || content.with(|c| c.alternative_ids.contains(&id))
                    };
                    view! {
                        <div class="ds-field">
                            <input type="checkbox" class="ds-input" id=input_id.clone()
                                aria-invalid=move || error_for(ALTERNATIVE_FIELD).get().map(|_| "true")
                                prop:checked=checked on:change=move |ev| toggle_alternative(id.clone(), event_target_checked(&ev)) />
                            <label class="ds-label" data-weight="regular" for=input_id>{title}</label>
                        </div>
                    }
                    .into_any()
                })
                .collect_view();
            view! {
                <fieldset class="ds-fieldset" aria-describedby="choose-alternative-hint">
                    <legend class="ds-label">{i18n.text(Key::ChooseAlternativeLegend)}</legend>
                    <div class="ds-paragraph" data-size="sm" id="choose-alternative-hint">
                        {move || i18n.fill(Key::ChooseAlternativeHint, &[("max", &max.to_string())])}
                    </div>
                    {move || error_for(ALTERNATIVE_FIELD).get().map(|key| view! { <p class="ds-validation-message" data-color="danger">{i18n.text(key)}</p> })}
                    {items}
                </fieldset>
                {(max > 1).then(|| view! { <Priorities data=catalogue content /> })}
            }
        }))
    };
    view! {
        <StepFrame step=Step::Choose heading=Key::ChooseTitle data messages validate>
            <p class="ds-paragraph"><Link to=paths::PRIVACY class="ds-link">{i18n.text(Key::PrivacyLink)}</Link></p>
            {sent_round.with_value(Option::is_some).then(|| view! { <p class="ds-paragraph" id="choose-round-locked">{i18n.text(Key::ChooseRoundLocked)}</p> })}
            <fieldset class="ds-fieldset">
                <legend class="ds-label">{i18n.text(Key::ChooseCategoryLegend)}</legend>
                {move || error_for(CATEGORY_FIELD).get().map(|key| view! { <p class="ds-validation-message" data-color="danger">{i18n.text(key)}</p> })}
                {categories}
            </fieldset>
            {move || category.get().map(|_| view! {
                <fieldset class="ds-fieldset">
                    <legend class="ds-label">{i18n.text(Key::ChooseRoundLegend)}</legend>
                    {move || error_for(ROUND_FIELD).get().map(|key| view! { <p class="ds-validation-message" data-color="danger">{i18n.text(key)}</p> })}
                    {rounds}
                </fieldset>
            })}
            {alternatives}
        </StepFrame>
    }
}

/// The chosen alternatives in priority order, each movable one place up or down by buttons,
/// so the order can be set by keyboard alone.
#[component]
fn Priorities(
    data: StoredValue<Catalogue>,
    content: RwSignal<ApplicationContent>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let language = i18n.language();
        let ids = content.with(|c| c.alternative_ids.clone());
        (ids.len() > 1).then(|| {
            let count = ids.len();
            let rows = ids
                .into_iter()
                .enumerate()
                .map(|(index, id)| {
                    let title = data.with_value(|cat| {
                        cat.alternative(&id).map(|a| a.title(language)).unwrap_or_default()
                    });
                    // The list is drawn anew; focus follows the moved item so the keyboard user
                    // can keep moving it (its other button when it reached an end).
                    let shift = move |up: bool| move |_| {
                        content.update(|c| move_item(&mut c.alternative_ids, index, up));
                        let place = if up { index - 1 } else { index + 1 };
                        let has_button = |towards_top: bool| if towards_top { place > 0 } else { place + 1 < count };
                        let towards_top = if has_button(up) { up } else { !up };
                        let target = format!("priority-{place}-{}", if towards_top { "up" } else { "down" });
                        focus_after_render(target);
                    };
                    let up_label = i18n.fill(Key::MoveUp, &[("name", &title)]);
                    let down_label = i18n.fill(Key::MoveDown, &[("name", &title)]);
                    view! {
                        <li class="app-priority">
                            <span>{title}</span>
                            {(index > 0).then(|| view! {
                                <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" id=format!("priority-{index}-up") aria-label=up_label on:click=shift(true)>{i18n.text(Key::Up)}</button>
                            })}
                            {(index + 1 < count).then(|| view! {
                                <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" id=format!("priority-{index}-down") aria-label=down_label on:click=shift(false)>{i18n.text(Key::Down)}</button>
                            })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2 class="ds-heading" data-size="xs">{i18n.text(Key::PriorityHeading)}</h2>
                <ol class="ds-list app-priorities">{rows}</ol>
            }
        })
    }
}

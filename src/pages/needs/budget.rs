//! The budget: for each school year of the period, rows of purpose, receiver and whole
//! kroner, the own contribution and its form; live totals per year, per receiver and overall,
//! and by how much the own contribution falls short. Rows are added, removed and moved with
//! buttons (so by keyboard), pasted from a spreadsheet with a preview, and downloaded as CSV.

use super::fields::{field_id, inline, options, NrNumber, NrSelect, C};
use super::{NrData, SectionFrame};
use crate::api::types::{BudgetRow, BudgetYear};
use crate::components::error_summary::FieldMessage;
use crate::domain::budget::{self as rules, ContributionRate, Purpose, Receiver, SchoolYear};
use crate::domain::budget_csv::{budget_csv, CsvTexts};
use crate::domain::budget_paste::{parse_paste, CellProblem, PasteColumn};
use crate::domain::money::format_kroner;
use crate::domain::needs_report::Section;
use crate::i18n::{Key, Language};
use crate::state::language::use_i18n;
use leptos::prelude::*;

/// Makes the budget hold one entry per school year of the period, in order, keeping what was
/// entered for a year still in it.
pub fn fit_years(c: &mut C) {
    let (Some(start), Some(years)) = (c.period.start_school_year, c.period.years) else {
        return;
    };
    if !(1..=3).contains(&years) {
        return;
    }
    let mut old = std::mem::take(&mut c.budget);
    c.budget = (start..start + years)
        .map(|year| {
            let at = old.iter().position(|y| y.school_year == Some(year));
            let mut entry = at.map(|i| old.remove(i)).unwrap_or_default();
            entry.school_year = Some(year);
            entry
        })
        .collect();
    // Rows of years no longer in the period go to the first year with none, never lost.
    for (slot, left) in c.budget.iter_mut().zip(old) {
        if slot.rows.is_empty() && slot.own_contribution_nok.is_none() {
            slot.rows = left.rows;
            slot.own_contribution_nok = left.own_contribution_nok;
            slot.own_contribution_form = left.own_contribution_form;
        }
    }
}

pub fn purpose_key(purpose: Purpose) -> Key {
    match purpose {
        Purpose::AssessNeeds => Key::NrPurposeAssess,
        Purpose::Plan => Key::NrPurposePlan,
        Purpose::CarryOut => Key::NrPurposeCarryOut,
        Purpose::Evaluate => Key::NrPurposeEvaluate,
        Purpose::Coordinator => Key::NrPurposeCoordinator,
    }
}

pub fn receiver_key(receiver: Receiver) -> Key {
    match receiver {
        Receiver::Owner => Key::NrReceiverOwner,
        Receiver::Partner => Key::NrReceiverPartner,
    }
}

/// Whole kroner as the language writes them: "12 500 kr", "NOK 12,500" is not used: English
/// keeps the Norwegian grouping, as the amounts are Norwegian.
pub fn kroner(language: Language, amount: i64) -> String {
    Key::NrKroner.fill(language, &[("amount", &format_kroner(amount))])
}

/// One year's figures: (to owner, to partner, total, required, entered).
pub fn year_totals(year: &BudgetYear, rate: ContributionRate) -> (i64, i64, i64, i64, i64) {
    let sum = |receiver: &str| -> i64 {
        year.rows
            .iter()
            .filter(|r| r.receiver.as_deref() == Some(receiver))
            .filter_map(|r| r.amount_nok)
            .filter(|a| (0..=crate::domain::money::MAX_KRONER).contains(a))
            .sum()
    };
    let (owner, partner) = (sum("owner"), sum("partner"));
    let total = year
        .rows
        .iter()
        .filter_map(|r| r.amount_nok)
        .filter(|a| (0..=crate::domain::money::MAX_KRONER).contains(a))
        .sum();
    let required = rate.required_for(owner);
    (
        owner,
        partner,
        total,
        required,
        year.own_contribution_nok.unwrap_or(0),
    )
}

fn purpose_options(language: Language) -> Vec<(String, String)> {
    Purpose::ALL
        .iter()
        .map(|p| {
            (
                p.code().to_owned(),
                purpose_key(*p).text(language).to_owned(),
            )
        })
        .collect()
}

fn receiver_options(language: Language) -> Vec<(String, String)> {
    Receiver::ALL
        .iter()
        .map(|r| {
            (
                r.code().to_owned(),
                receiver_key(*r).text(language).to_owned(),
            )
        })
        .collect()
}

#[component]
pub fn Budget(data: NrData) -> impl IntoView {
    let i18n = use_i18n();
    let content = data.draft.content;
    let m = RwSignal::new(Vec::<FieldMessage>::new());
    let percent = data.reference.own_contribution_rate_percent;
    let rate = ContributionRate::from_percent(percent)
        .unwrap_or(ContributionRate::from_percent(30).expect("30 %"));
    provide_context(content);
    if content.with_untracked(|c| {
        let mut fitted = c.clone();
        fit_years(&mut fitted);
        fitted != *c
    }) {
        content.update(fit_years);
    }
    let years = Memo::new(move |_| content.with(|c| c.budget.len()));
    let forms = options(&data.reference.own_contribution_forms, i18n.language());
    let year_views = move || {
        (0..years.get())
            .map(|y| view! { <Year y rate messages=m forms=forms.clone() /> })
            .collect_view()
    };
    let overall = move || {
        let language = i18n.language();
        content.with(|c| {
            let mut sums = [0i64; 5];
            for year in &c.budget {
                let t = year_totals(year, rate);
                for (s, v) in sums.iter_mut().zip([t.0, t.1, t.2, t.3, t.4]) {
                    *s += v;
                }
            }
            i18n.fill(
                Key::NrOverallLine,
                &[
                    ("owner", &kroner(language, sums[0])),
                    ("partner", &kroner(language, sums[1])),
                    ("total", &kroner(language, sums[2])),
                    ("required", &kroner(language, sums[3])),
                    ("entered", &kroner(language, sums[4])),
                ],
            )
        })
    };
    let no_period = move || years.get() == 0;
    view! {
        <SectionFrame section=Section::Budget data=data.clone() messages=m>
            <p class="ds-paragraph" id=field_id("/budget") tabindex="-1">{move || i18n.fill(Key::NrBudgetIntro, &[("rate", &percent.to_string())])}</p>
            {move || no_period().then(|| view! { <div class="ds-alert" data-color="info"><p class="ds-paragraph">{i18n.text(Key::NrBudgetNoPeriod)}</p></div> })}
            {year_views}
            <h2 class="ds-heading" data-size="sm">{i18n.text(Key::NrOverall)}</h2>
            <p class="ds-paragraph" id="budget-overall">{overall}</p>
            <Paste />
            <CsvLink />
        </SectionFrame>
    }
}

#[component]
fn Year(
    y: usize,
    rate: ContributionRate,
    messages: RwSignal<Vec<FieldMessage>>,
    forms: Vec<(String, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let content = use_context::<RwSignal<C>>().expect("content");
    let year_label = content.with_untracked(|c| {
        c.budget
            .get(y)
            .and_then(|b| b.school_year)
            .map(|s| SchoolYear::starting(s as u16).to_string())
            .unwrap_or_default()
    });
    let heading = i18n.fill(Key::NrSchoolYear, &[("year", &year_label)]);
    let rows = Memo::new(move |_| content.with(|c| c.budget.get(y).map_or(0, |b| b.rows.len())));
    let add = move |_| {
        content.update(|c| {
            if let Some(b) = c.budget.get_mut(y) {
                b.rows.push(BudgetRow::default());
            }
        });
        let last = rows.get_untracked().saturating_sub(1);
        let first = field_id(&format!("/budget/{y}/rows/{last}/purpose"));
        request_animation_frame(move || crate::components::focus_by_id(&first));
    };
    let totals = move || {
        let language = i18n.language();
        content.with(|c| {
            let Some(year) = c.budget.get(y) else {
                return (String::new(), None);
            };
            let (owner, partner, total, required, entered) = year_totals(year, rate);
            let line = format!(
                "{} {}",
                i18n.fill(
                    Key::NrTotals,
                    &[
                        ("owner", &kroner(language, owner)),
                        ("partner", &kroner(language, partner)),
                        ("total", &kroner(language, total))
                    ]
                ),
                i18n.fill(
                    Key::NrRequired,
                    &[("required", &kroner(language, required))]
                ),
            );
            let short = (required > entered).then(|| {
                i18n.fill(
                    Key::NrShortfall,
                    &[("amount", &kroner(language, required - entered))],
                )
            });
            (line, short)
        })
    };
    let totals_line = move || totals().0;
    let shortfall = move || totals().1;
    let body = move || {
        (0..rows.get())
            .map(|r| view! { <Row y r count=rows messages /> })
            .collect_view()
    };
    view! {
        <section class="app-budget-year" aria-labelledby=format!("year-{y}")>
            <h2 class="ds-heading" data-size="sm" id=format!("year-{y}")>{heading.clone()}</h2>
            <div class="app-table-wrap">
                <table class="ds-table app-budget" data-size="sm">
                    <caption class="ds-sr-only">{heading}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.text(Key::NrPurpose)}</th>
                        <th scope="col">{i18n.text(Key::NrReceiver)}</th>
                        <th scope="col">{i18n.text(Key::NrAmount)}</th>
                        <th scope="col">{i18n.text(Key::NrRowActions)}</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <p class="ds-paragraph"><button type="button" class="ds-button" data-variant="secondary" id=field_id(&format!("/budget/{y}/rows")) on:click=add>{i18n.text(Key::NrAddRow)}</button></p>
            <NrNumber content pointer=format!("/budget/{y}/own_contribution_nok") label=Key::NrOwnContribution messages money=true
                get=move |c: &C| c.budget.get(y).and_then(|b| b.own_contribution_nok)
                set=move |c: &mut C, v| if let Some(b) = c.budget.get_mut(y) { b.own_contribution_nok = v } />
            <NrSelect content pointer=format!("/budget/{y}/own_contribution_form") label=Key::NrOwnContributionForm messages options=forms
                get=move |c: &C| c.budget.get(y).and_then(|b| b.own_contribution_form.clone())
                set=move |c: &mut C, v| if let Some(b) = c.budget.get_mut(y) { b.own_contribution_form = v } />
            <p class="ds-paragraph" id=format!("year-{y}-totals")>{totals_line}</p>
            {move || shortfall().map(|text| view! { <p class="ds-validation-message" data-color="danger" id=format!("year-{y}-shortfall")>{text}</p> })}
        </section>
    }
}

/// A select inside a table cell, named by its column and row.
fn cell_select(
    content: RwSignal<C>,
    pointer: String,
    name: String,
    choices: Vec<(String, String)>,
    messages: RwSignal<Vec<FieldMessage>>,
    get: impl Fn(&C) -> Option<String> + Copy + Send + Sync + 'static,
    set: impl Fn(&mut C, Option<String>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = field_id(&pointer);
    let error = inline(messages, pointer);
    let error_id = format!("{id}-error");
    let current = move || content.with(|c| get(c).unwrap_or_default());
    let known = choices.iter().map(|(v, _)| v.clone()).collect::<Vec<_>>();
    let opts = choices
        .into_iter()
        .map(|(value, text)| {
            let v = value.clone();
            view! { <option value=value prop:selected=move || current() == v>{text}</option> }
        })
        .collect_view();
    // A value not on the list (pasted or sent by another client) is shown, not hidden.
    let other = move || {
        let now = current();
        (!now.is_empty() && !known.contains(&now))
            .then(|| view! { <option value=now.clone() selected=true>{now.clone()}</option> })
    };
    let error_id2 = error_id.clone();
    view! {
        <select class="ds-input" id=id aria-label=name
            aria-describedby=move || error.with(|e| e.is_some().then(|| error_id2.clone()))
            aria-invalid=move || error.with(|e| e.is_some().then_some("true"))
            on:change=move |ev| { let v = event_target_value(&ev); content.update(|c| set(c, (!v.is_empty()).then_some(v))); }>
            <option value="" prop:selected=move || current().is_empty()>{i18n.text(Key::NrChoose)}</option>
            {opts}
            {other}
        </select>
        {move || error.get().map(|text| crate::components::field::error_view(error_id.clone(), text))}
    }
}

#[component]
fn Row(
    y: usize,
    r: usize,
    count: Memo<usize>,
    messages: RwSignal<Vec<FieldMessage>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let content = use_context::<RwSignal<C>>().expect("content");
    let language = i18n.language();
    let row_name = Key::NrRowN.fill(language, &[("n", &(r + 1).to_string())]);
    let at = format!("/budget/{y}/rows/{r}");
    let purpose = cell_select(
        content,
        format!("{at}/purpose"),
        format!("{}, {row_name}", i18n.t(Key::NrPurpose)),
        purpose_options(language),
        messages,
        move |c: &C| row(c, y, r).and_then(|x| x.purpose.clone()),
        move |c: &mut C, v| {
            if let Some(x) = row_mut(c, y, r) {
                x.purpose = v
            }
        },
    );
    let receiver = cell_select(
        content,
        format!("{at}/receiver"),
        format!("{}, {row_name}", i18n.t(Key::NrReceiver)),
        receiver_options(language),
        messages,
        move |c: &C| row(c, y, r).and_then(|x| x.receiver.clone()),
        move |c: &mut C, v| {
            if let Some(x) = row_mut(c, y, r) {
                x.receiver = v
            }
        },
    );
    let amount_id = field_id(&format!("{at}/amount_nok"));
    let amount_error = inline(messages, format!("{at}/amount_nok"));
    let raw = RwSignal::new(content.with_untracked(|c| {
        row(c, y, r)
            .and_then(|x| x.amount_nok)
            .map(|a| a.to_string())
            .unwrap_or_default()
    }));
    // Rows moved or pasted: show what the row now holds, unless the text already says it.
    Effect::new(move |_| {
        let held = content.with(|c| row(c, y, r).and_then(|x| x.amount_nok));
        let typed = crate::domain::money::parse_kroner(&raw.get_untracked()).ok();
        if typed != held
            && !(held.is_none() && !raw.get_untracked().trim().is_empty() && typed.is_none())
        {
            raw.set(held.map(|a| a.to_string()).unwrap_or_default());
        }
    });
    let bad = RwSignal::new(false);
    let on_amount = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        raw.set(text.clone());
        let parsed = if text.trim().is_empty() {
            Ok(None)
        } else {
            crate::domain::money::parse_kroner(&text).map(Some)
        };
        bad.set(parsed.is_err());
        let value = parsed.unwrap_or(None);
        content.update(|c| {
            if let Some(x) = row_mut(c, y, r) {
                x.amount_nok = value
            }
        });
    };
    let amount_message = Signal::derive(move || {
        if bad.get() {
            Some(i18n.t(Key::NrPasteBadAmount).to_owned())
        } else {
            amount_error.get()
        }
    });
    let amount_error_id = format!("{amount_id}-error");
    let aei = amount_error_id.clone();
    let moved = move |to: usize, which: &'static str| {
        content.update(|c| {
            if let Some(b) = c.budget.get_mut(y) {
                if to < b.rows.len() && r < b.rows.len() {
                    b.rows.swap(r, to);
                }
            }
        });
        crate::components::focus_by_id(&format!("row-{y}-{to}-{which}"));
    };
    let remove = move |_| {
        content.update(|c| {
            if let Some(b) = c.budget.get_mut(y) {
                if r < b.rows.len() {
                    b.rows.remove(r);
                }
            }
        });
        let left = count.get_untracked();
        let target = if left == 0 {
            field_id(&format!("/budget/{y}/rows"))
        } else {
            format!("row-{y}-{}-remove", r.min(left - 1))
        };
        request_animation_frame(move || crate::components::focus_by_id(&target));
    };
    let label = |key: Key| format!("{} {row_name}", Key::text(key, language));
    view! {
        <tr>
            <td>{purpose}</td>
            <td>{receiver}</td>
            <td>
                <input class="ds-input app-number" type="text" inputmode="numeric" id=amount_id aria-label=format!("{}, {row_name}", i18n.t(Key::NrAmount))
                    aria-describedby=move || amount_message.with(|e| e.is_some().then(|| aei.clone()))
                    aria-invalid=move || amount_message.with(|e| e.is_some().then_some("true"))
                    prop:value=move || raw.get() on:input=on_amount />
                {move || amount_message.get().map(|text| crate::components::field::error_view(amount_error_id.clone(), text))}
            </td>
            <td class="app-row-actions">
                <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" id=format!("row-{y}-{r}-up")
                    aria-label=label(Key::NrMoveUp) aria-disabled=(r == 0).then_some("true")
                    on:click=move |_| { if r > 0 { moved(r - 1, "up") } }>"↑"</button>
                <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" id=format!("row-{y}-{r}-down")
                    aria-label=label(Key::NrMoveDown) aria-disabled=move || (r + 1 >= count.get()).then_some("true")
                    on:click=move |_| { if r + 1 < count.get_untracked() { moved(r + 1, "down") } }>"↓"</button>
                <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" id=format!("row-{y}-{r}-remove")
                    aria-label=label(Key::NrRemove) on:click=remove>{i18n.text(Key::NrRemove)}</button>
            </td>
        </tr>
    }
}

fn row(c: &C, y: usize, r: usize) -> Option<&BudgetRow> {
    c.budget.get(y)?.rows.get(r)
}

fn row_mut(c: &mut C, y: usize, r: usize) -> Option<&mut BudgetRow> {
    c.budget.get_mut(y)?.rows.get_mut(r)
}

fn problem_text(problem: CellProblem, language: Language) -> &'static str {
    let key = match problem {
        CellProblem::Missing | CellProblem::Unexpected => Key::NrPasteColumns,
        CellProblem::UnknownPurpose => Key::NrPasteBadPurpose,
        CellProblem::NotFundablePurpose => Key::NrPasteNotFundable,
        CellProblem::UnknownReceiver => Key::NrPasteBadReceiver,
        CellProblem::Amount(_) => Key::NrPasteBadAmount,
    };
    key.text(language)
}

/// Rows pasted from a spreadsheet: a preview says what will be added and which cells were
/// refused (line and column), then the rows go to the chosen year.
#[component]
fn Paste() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_context::<RwSignal<C>>().expect("content");
    let text = RwSignal::new(String::new());
    let year = RwSignal::new(0usize);
    let preview = RwSignal::new(None::<crate::domain::budget_paste::Paste>);
    let added = RwSignal::new(None::<usize>);
    let years = move || {
        content.with(|c| {
            c.budget
                .iter()
                .map(|b| {
                    b.school_year
                        .map(|s| SchoolYear::starting(s as u16).to_string())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
        })
    };
    let add = move |_| {
        let Some(paste) = preview.get_untracked() else {
            return;
        };
        let n = paste.rows.len();
        content.update(|c| {
            if let Some(b) = c.budget.get_mut(year.get_untracked()) {
                b.rows.extend(paste.rows.iter().map(|row| BudgetRow {
                    purpose: Some(row.purpose.code().to_owned()),
                    receiver: Some(row.receiver.code().to_owned()),
                    amount_nok: Some(row.amount),
                }));
            }
        });
        preview.set(None);
        text.set(String::new());
        added.set(Some(n));
    };
    view! {
        <h2 class="ds-heading" data-size="sm">{i18n.text(Key::NrPasteLabel)}</h2>
        <div class="ds-field">
            <label class="ds-label" for="paste-text">{i18n.text(Key::NrPasteLabel)}</label>
            <div class="ds-paragraph" data-size="sm" id="paste-hint">{i18n.text(Key::NrPasteHint)}</div>
            <textarea class="ds-input" id="paste-text" rows="4" aria-describedby="paste-hint" prop:value=move || text.get()
                on:input=move |ev| { text.set(event_target_value(&ev)); preview.set(None); added.set(None); }></textarea>
        </div>
        <div class="ds-field">
            <label class="ds-label" for="paste-year">{i18n.text(Key::NrPasteYear)}</label>
            <select class="ds-input" id="paste-year" on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or(0))>
                {move || years().into_iter().enumerate().map(|(i, label)| view! { <option value=i.to_string() prop:selected=move || year.get() == i>{label}</option> }).collect_view()}
            </select>
        </div>
        <p class="ds-paragraph"><button type="button" class="ds-button" data-variant="secondary" on:click=move |_| preview.set(Some(parse_paste(&text.get_untracked())))>{i18n.text(Key::NrPastePreview)}</button></p>
        <div role="status" id="paste-result">
            {move || added.get().map(|n| view! { <p class="ds-paragraph">{i18n.fill(Key::NrPasteAdded, &[("n", &n.to_string())])}</p> })}
            {move || preview.get().map(|paste| {
                let language = i18n.language();
                let errors = paste.errors.iter().map(|e| {
                    let column = match e.column {
                        PasteColumn::Purpose => 1,
                        PasteColumn::Receiver => 2,
                        PasteColumn::Amount => 3,
                        PasteColumn::Extra(n) => n,
                    };
                    view! { <li>{i18n.fill(Key::NrPasteCell, &[("line", &e.row.to_string()), ("column", &column.to_string()), ("text", problem_text(e.problem, language))])}</li> }
                }).collect_view();
                let n = paste.rows.len();
                view! {
                    <p class="ds-paragraph">{i18n.fill(Key::NrPasteTook, &[("n", &n.to_string())])}</p>
                    <ul class="ds-list">{errors}</ul>
                    {(n > 0).then(|| view! { <button type="button" class="ds-button" data-variant="primary" on:click=add>{i18n.text(Key::NrPasteAdd)}</button> })}
                }
            })}
        </div>
    }
}

/// The rows as CSV for Excel: a link with the file in it, made when the page shows.
#[component]
fn CsvLink() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_context::<RwSignal<C>>().expect("content");
    let href = move || {
        let language = i18n.language();
        let years: Vec<rules::BudgetYear> = content.with(|c| {
            c.budget
                .iter()
                .filter_map(|b| {
                    Some(rules::BudgetYear {
                        year: SchoolYear::starting(u16::try_from(b.school_year?).ok()?),
                        rows: b
                            .rows
                            .iter()
                            .filter_map(|r| {
                                Some(rules::BudgetRow {
                                    purpose: Purpose::from_code(r.purpose.as_deref()?).ok()?,
                                    receiver: Receiver::from_code(r.receiver.as_deref()?)?,
                                    amount: r.amount_nok?,
                                })
                            })
                            .collect(),
                        own_contribution: rules::OwnContribution {
                            amount: b.own_contribution_nok.unwrap_or(0),
                            form: rules::ContributionForm::Money,
                        },
                    })
                })
                .collect()
        });
        let budget = rules::Budget::new(years).ok()?;
        let purposes = Purpose::ALL.map(|p| purpose_key(p).text(language));
        let receivers = Receiver::ALL.map(|r| receiver_key(r).text(language));
        let texts = CsvTexts {
            headings: [
                Key::NrPeriodStart.text(language),
                Key::NrPurpose.text(language),
                Key::NrReceiver.text(language),
                Key::NrAmount.text(language),
            ],
            purposes,
            receivers,
        };
        let csv = budget_csv(&budget, &texts);
        Some(format!(
            "data:text/csv;charset=utf-8,{}",
            percent_encode(&csv)
        ))
    };
    move || {
        href().map(|href| view! {
            <p class="ds-paragraph"><a class="ds-link" href=href download="behovsmelding-budsjett.csv">{i18n.text(Key::NrCsv)}</a></p>
        })
    }
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

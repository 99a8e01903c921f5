//! The budget: for each school year of the period, rows of purpose, receiver and whole
//! kroner, the own contribution and its form; live totals per year, per receiver and overall,
//! and by how much the own contribution falls short. Rows are added, removed and moved with
//! buttons (so by keyboard), pasted from a spreadsheet with a preview, and downloaded as CSV.

use super::fields::{
    field_id, inline_at, option_views, options, parse_whole, shown_number, tidied_number, Choice,
    NrNumber, NrSelect, NumberRefusal, C,
};
use super::{NrData, SectionFrame};
use crate::api::types::{BudgetRow, BudgetYear};
use crate::browser::focus_after_render;
use crate::components::error_summary::FieldMessage;
use crate::components::words::Words;
use crate::domain::budget::{
    self as rules, BudgetSummary, ContributionRate, Purpose, Receiver, SchoolYear, YearSummary,
};
use crate::domain::budget_csv::{budget_csv, CsvTexts};
use crate::domain::budget_paste::{parse_paste, CellProblem, LineProblem, PasteError};
use crate::domain::money::format_kroner;
use crate::domain::needs_report::Section;
use crate::i18n::{Key, Language};
use crate::state::application::fresh_id;
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

/// One year's figures from the draft's rows as they stand; `None` for a year without its school
/// year (the period is not chosen).
pub fn year_summary(year: &BudgetYear, rate: ContributionRate) -> Option<YearSummary> {
    Some(figures_for(year, school_year_of(year)?, rate))
}

/// The school year a budget year is for; `None` before the period is chosen.
fn school_year_of(year: &BudgetYear) -> Option<SchoolYear> {
    Some(SchoolYear::starting(u16::try_from(year.school_year?).ok()?))
}

/// One year's figures from the draft's rows as they stand, counted as `school_year`'s.
fn figures_for(year: &BudgetYear, school_year: SchoolYear, rate: ContributionRate) -> YearSummary {
    let rows = year.rows.iter().map(|row| {
        let receiver = row.receiver.as_deref().and_then(Receiver::from_code);
        (receiver, row.amount_nok)
    });
    rules::year_summary(school_year, rows, year.own_contribution_nok, rate)
}

fn purpose_options() -> Vec<Choice> {
    Purpose::ALL
        .iter()
        .map(|p| (p.code().to_owned(), Words::Text(purpose_key(*p))))
        .collect()
}

fn receiver_options() -> Vec<Choice> {
    Receiver::ALL
        .iter()
        .map(|r| (r.code().to_owned(), Words::Text(receiver_key(*r))))
        .collect()
}

/// One row's values, each a signal of its own, so typing in a row touches only that row and
/// its year's totals; `key` stays with the row when rows are moved, so the list is keyed.
#[derive(Clone, Copy)]
struct RowCells {
    key: u32,
    purpose: RwSignal<Option<String>>,
    receiver: RwSignal<Option<String>>,
    amount: RwSignal<Option<i64>>,
}

/// The table's rows per year, kept in step with the draft's content: every change goes to
/// both, so autosave sees it while no cell listens to the whole content.
#[derive(Clone, Copy)]
struct BudgetRows {
    content: RwSignal<C>,
    years: RwSignal<Vec<RwSignal<Vec<RowCells>>>>,
    next_key: StoredValue<u32>,
    /// The editor's owner: every row's signals belong to it, whichever view added the row (a
    /// paste's preview, say, which is gone as soon as its rows are added: rows made under it
    /// were disposed with it, and the next read of one panicked).
    owner: StoredValue<Owner>,
}

impl BudgetRows {
    fn new(content: RwSignal<C>) -> BudgetRows {
        let model = BudgetRows {
            content,
            years: RwSignal::new(Vec::new()),
            next_key: StoredValue::new(0),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
        };
        model.read_content();
        model
    }

    /// Builds the rows anew from the content (at start, and when a whole version replaced it).
    fn read_content(self) {
        let years = self.content.with_untracked(|c| {
            c.budget
                .iter()
                .map(|year| {
                    let cells = year.rows.iter().map(|row| self.cells(row)).collect();
                    self.owner
                        .with_value(|owner| owner.with(|| RwSignal::new(cells)))
                })
                .collect()
        });
        self.years.set(years);
    }

    fn cells(self, row: &BudgetRow) -> RowCells {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        self.owner.with_value(|owner| {
            owner.with(|| RowCells {
                key,
                purpose: RwSignal::new(row.purpose.clone()),
                receiver: RwSignal::new(row.receiver.clone()),
                amount: RwSignal::new(row.amount_nok),
            })
        })
    }

    fn year(self, y: usize) -> Option<RwSignal<Vec<RowCells>>> {
        self.years.with_untracked(|years| years.get(y).copied())
    }

    fn change_content(self, y: usize, change: impl FnOnce(&mut Vec<BudgetRow>)) {
        self.content.update(|c| {
            if let Some(b) = c.budget.get_mut(y) {
                change(&mut b.rows);
            }
        });
    }

    fn append(self, y: usize, rows: Vec<BudgetRow>) {
        let Some(year) = self.year(y) else {
            return;
        };
        let cells: Vec<RowCells> = rows.iter().map(|row| self.cells(row)).collect();
        year.update(|list| list.extend(cells));
        self.change_content(y, |list| list.extend(rows));
    }

    fn remove(self, y: usize, r: usize) {
        let Some(year) = self.year(y) else {
            return;
        };
        year.update(|list| {
            if r < list.len() {
                list.remove(r);
            }
        });
        self.change_content(y, |list| {
            if r < list.len() {
                list.remove(r);
            }
        });
    }

    fn swap(self, y: usize, a: usize, b: usize) {
        let Some(year) = self.year(y) else {
            return;
        };
        let fits = |len: usize| a < len && b < len;
        year.update(|list| {
            if fits(list.len()) {
                list.swap(a, b)
            }
        });
        self.change_content(y, |list| {
            if fits(list.len()) {
                list.swap(a, b)
            }
        });
    }

    /// Writes one cell: its signal, then the same value into the content.
    fn set<T: Clone + PartialEq + Send + Sync + 'static>(
        self,
        y: usize,
        r: usize,
        cell: RwSignal<T>,
        value: T,
        write: impl FnOnce(&mut BudgetRow, T),
    ) {
        if cell.with_untracked(|now| *now == value) {
            return;
        }
        cell.set(value.clone());
        self.change_content(y, |list| {
            if let Some(row) = list.get_mut(r) {
                write(row, value)
            }
        });
    }
}

#[component]
pub fn Budget(data: NrData) -> impl IntoView {
    let messages = RwSignal::new(Vec::<FieldMessage>::new());
    let forms = options(&data.reference.own_contribution_forms);
    view! {
        <SectionFrame section=Section::Budget data=data.clone() messages>
            <BudgetEditor content=data.draft.content replaced=data.draft.replaced messages forms
                percent=data.reference.own_contribution_rate_percent />
        </SectionFrame>
    }
}

/// The budget's years, totals, paste and CSV, working on `content`; `replaced` says when a
/// whole version has replaced it. Apart from the section page so it can be tried alone.
#[component]
pub fn BudgetEditor(
    content: RwSignal<C>,
    replaced: Trigger,
    messages: RwSignal<Vec<FieldMessage>>,
    /// The own contribution's forms.
    forms: Vec<Choice>,
    /// The own contribution's rate in whole per cent, from reference data.
    percent: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let m = messages;
    let rate = ContributionRate::from_percent(percent)
        .unwrap_or(ContributionRate::from_percent(30).expect("30 %"));
    if content.with_untracked(|c| {
        let mut fitted = c.clone();
        fit_years(&mut fitted);
        fitted != *c
    }) {
        content.update(fit_years);
    }
    let model = BudgetRows::new(content);
    // A whole version taken in (a conflict resolved, say) replaces the rows.
    Effect::new(move |first: Option<()>| {
        replaced.track();
        if first.is_some() {
            model.read_content();
        }
    });
    // Each year's figures, counted once per change by the domain's rule; each year's line and
    // the overall line read them from here. Counted from the content, which every change of a
    // cell reaches too: one read, not two signals per row (2,000 reads a keystroke at 1,000 rows).
    let all_figures = Memo::new(move |_| {
        content.with(|c| {
            c.budget
                .iter()
                .map(|year| {
                    let school_year = school_year_of(year).unwrap_or(SchoolYear::starting(0));
                    figures_for(year, school_year, rate)
                })
                .collect::<Vec<_>>()
        })
    });
    let year_views = move || {
        model
            .years
            .get()
            .into_iter()
            .enumerate()
            .map(|(y, rows)| {
                let figures = Memo::new(move |_| all_figures.with(|all| all.get(y).copied()));
                view! { <Year y rows model figures messages=m forms=forms.clone() /> }
            })
            .collect_view()
    };
    let overall = move || {
        let language = i18n.language();
        let overall = BudgetSummary::from_years(all_figures.get());
        i18n.fill(
            Key::NrOverallLine,
            &[
                ("owner", &kroner(language, overall.to_owner)),
                ("partner", &kroner(language, overall.to_partner)),
                ("total", &kroner(language, overall.total)),
                ("required", &kroner(language, overall.required_contribution)),
                ("entered", &kroner(language, overall.entered_contribution)),
            ],
        )
    };
    let no_period = move || model.years.with(Vec::is_empty);
    view! {
        <p class="ds-paragraph" id=field_id("/budget") tabindex="-1">{move || i18n.fill(Key::NrBudgetIntro, &[("rate", &percent.to_string())])}</p>
        {move || no_period().then(|| view! { <div class="ds-alert" data-color="info"><p class="ds-paragraph">{i18n.text(Key::NrBudgetNoPeriod)}</p></div> })}
        {year_views}
        <h2 class="ds-heading" data-size="sm">{i18n.text(Key::NrOverall)}</h2>
        <p class="ds-paragraph" id="budget-overall">{overall}</p>
        <Paste model />
        <CsvLink content />
    }
}

#[component]
fn Year(
    y: usize,
    rows: RwSignal<Vec<RowCells>>,
    model: BudgetRows,
    figures: Memo<Option<YearSummary>>,
    messages: RwSignal<Vec<FieldMessage>>,
    forms: Vec<Choice>,
) -> impl IntoView {
    let i18n = use_i18n();
    let content = model.content;
    let year_label = content.with_untracked(|c| {
        c.budget
            .get(y)
            .and_then(|b| b.school_year)
            .map(|s| SchoolYear::starting(s as u16).to_string())
            .unwrap_or_default()
    });
    let heading = move || i18n.fill(Key::NrSchoolYear, &[("year", &year_label)]);
    let count = Memo::new(move |_| rows.with(Vec::len));
    let add = move |_| {
        model.append(
            y,
            vec![BudgetRow {
                id: Some(fresh_id()),
                ..Default::default()
            }],
        );
        let last = count.get_untracked().saturating_sub(1);
        focus_after_render(field_id(&format!("/budget/{y}/rows/{last}/purpose")));
    };
    let totals_line = move || {
        let language = i18n.language();
        let figures = figures.get()?;
        Some(format!(
            "{} {}",
            i18n.fill(
                Key::NrTotals,
                &[
                    ("owner", &kroner(language, figures.to_owner)),
                    ("partner", &kroner(language, figures.to_partner)),
                    ("total", &kroner(language, figures.total))
                ]
            ),
            i18n.fill(
                Key::NrRequired,
                &[("required", &kroner(language, figures.required_contribution))]
            ),
        ))
    };
    let shortfall = move || {
        let shortfall = figures.get()?.shortfall;
        (shortfall > 0).then(|| {
            i18n.fill(
                Key::NrShortfall,
                &[("amount", &kroner(i18n.language(), shortfall))],
            )
        })
    };
    view! {
        <section class="app-budget-year" aria-labelledby=format!("year-{y}")>
            <h2 class="ds-heading" data-size="sm" id=format!("year-{y}")>{heading.clone()}</h2>
            <div class="app-table-wrap">
                <table class="ds-table app-budget" data-size="sm" role="table">
                    <caption class="ds-sr-only">{heading}</caption>
                    <thead role="rowgroup"><tr role="row">
                        <th scope="col" role="columnheader">{i18n.text(Key::NrPurpose)}</th>
                        <th scope="col" role="columnheader">{i18n.text(Key::NrReceiver)}</th>
                        <th scope="col" role="columnheader">{i18n.text(Key::NrAmount)}</th>
                        <th scope="col" role="columnheader">{i18n.text(Key::NrRowActions)}</th>
                    </tr></thead>
                    <For each=move || 0..count.get().div_ceil(ROWS_PER_GROUP) key=|group| *group
                        children=move |group| view! { <RowGroup y group rows count model messages /> } />
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

/// Rows per `<tbody>`. The browser skips the layout and paint of a group out of view
/// (`content-visibility: auto` in style/app.css), so a keystroke lays out and paints the
/// groups in view, not a thousand rows. Every row stays in the page: find in page, focus moves,
/// the error summary's links and screen readers reach all of them.
const ROWS_PER_GROUP: usize = 20;

/// The rows `group * ROWS_PER_GROUP ..` of a year, as one `<tbody>`; its height while out of
/// view is guessed from its number of rows (`--rows`) until it has been shown once.
#[component]
fn RowGroup(
    y: usize,
    group: usize,
    rows: RwSignal<Vec<RowCells>>,
    count: Memo<usize>,
    model: BudgetRows,
    messages: RwSignal<Vec<FieldMessage>>,
) -> impl IntoView {
    let first = group * ROWS_PER_GROUP;
    let mine = move || {
        rows.with(|list| {
            list.iter()
                .skip(first)
                .take(ROWS_PER_GROUP)
                .copied()
                .collect::<Vec<_>>()
        })
    };
    let size = move || {
        count
            .get()
            .saturating_sub(first)
            .min(ROWS_PER_GROUP)
            .to_string()
    };
    view! {
        <tbody role="rowgroup" style:--rows=size>
            <ForEnumerate each=mine key=|cells| cells.key
                children=move |at, cells| {
                    let index = Signal::derive(move || first + at.get());
                    view! { <Row y index cells count model messages /> }
                } />
        </tbody>
    }
}

/// A select inside a table cell, named by its column and row.
fn cell_select(
    cell: RwSignal<Option<String>>,
    pointer: Signal<String>,
    name: Signal<String>,
    choices: Vec<Choice>,
    messages: RwSignal<Vec<FieldMessage>>,
    on_change: impl Fn(Option<String>) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = Signal::derive(move || field_id(&pointer.get()));
    let error = inline_at(messages, pointer);
    let error_id = move || format!("{}-error", id.get());
    let current = move || cell.get().unwrap_or_default();
    let known = choices.iter().map(|(v, _)| v.clone()).collect::<Vec<_>>();
    let opts = option_views(choices, move |value| {
        cell.with(|c| c.as_deref() == Some(value))
    });
    // A value not on the list (pasted or sent by another client) is shown, not hidden.
    let other = move || {
        let now = current();
        (!now.is_empty() && !known.contains(&now))
            .then(|| view! { <option value=now.clone() selected=true>{now.clone()}</option> })
    };
    view! {
        <select class="ds-input" id=id aria-label=name
            aria-describedby=move || error.with(|e| e.is_some()).then(error_id)
            aria-invalid=move || error.with(|e| e.is_some().then_some("true"))
            on:change=move |ev| { let v = event_target_value(&ev); on_change((!v.is_empty()).then_some(v)); }>
            <option value="" prop:selected=move || cell.with(Option::is_none)>{i18n.text(Key::NrChoose)}</option>
            {opts}
            {other}
        </select>
        {move || error.get().map(|text| crate::components::field::error_view(error_id(), text))}
    }
}

#[component]
fn Row(
    y: usize,
    index: Signal<usize>,
    cells: RowCells,
    count: Memo<usize>,
    model: BudgetRows,
    messages: RwSignal<Vec<FieldMessage>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let row_name =
        Memo::new(move |_| i18n.fill(Key::NrRowN, &[("n", &(index.get() + 1).to_string())]));
    let at = move |column: &str| format!("/budget/{y}/rows/{}/{column}", index.get());
    let named =
        move |key: Key| Signal::derive(move || format!("{}, {}", i18n.t(key), row_name.get()));
    let purpose = cell_select(
        cells.purpose,
        Signal::derive(move || at("purpose")),
        named(Key::NrPurpose),
        purpose_options(),
        messages,
        move |v| {
            model.set(y, index.get_untracked(), cells.purpose, v, |row, v| {
                row.purpose = v
            })
        },
    );
    let receiver = cell_select(
        cells.receiver,
        Signal::derive(move || at("receiver")),
        named(Key::NrReceiver),
        receiver_options(),
        messages,
        move |v| {
            model.set(y, index.get_untracked(), cells.receiver, v, |row, v| {
                row.receiver = v
            })
        },
    );
    let amount_pointer = Signal::derive(move || at("amount_nok"));
    let amount_id = move || field_id(&amount_pointer.get());
    let amount_error = inline_at(messages, amount_pointer);
    let raw = RwSignal::new(shown_number(cells.amount.get_untracked(), true));
    let refusal = RwSignal::new(None::<NumberRefusal>);
    let on_amount = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let parsed = parse_whole(&text, true);
        raw.set(text);
        refusal.set(parsed.err());
        model.set(
            y,
            index.get_untracked(),
            cells.amount,
            parsed.unwrap_or(None),
            |row, v| row.amount_nok = v,
        );
    };
    let amount_message = Signal::derive(move || match refusal.get() {
        Some(refusal) => Some(refusal.message(i18n.language())),
        None => amount_error.get(),
    });
    let amount_error_id = move || format!("{}-error", amount_id());
    let button_id = move |which: &str| format!("row-{y}-{}-{which}", index.get());
    let moved = move |by_one_down: bool| {
        let r = index.get_untracked();
        let to = if by_one_down {
            r + 1
        } else {
            r.wrapping_sub(1)
        };
        if to < count.get_untracked() {
            model.swap(y, r, to);
            let which = if by_one_down { "down" } else { "up" };
            focus_after_render(format!("row-{y}-{to}-{which}"));
        }
    };
    let remove = move |_| {
        let r = index.get_untracked();
        model.remove(y, r);
        let left = count.get_untracked();
        let target = if left == 0 {
            field_id(&format!("/budget/{y}/rows"))
        } else {
            format!("row-{y}-{}-remove", r.min(left - 1))
        };
        focus_after_render(target);
    };
    let label = move |key: Key| move || format!("{} {}", i18n.t(key), row_name.get());
    view! {
        <tr role="row">
            <td role="cell" data-label=move || i18n.t(Key::NrPurpose)>{purpose}</td>
            <td role="cell" data-label=move || i18n.t(Key::NrReceiver)>{receiver}</td>
            <td role="cell" data-label=move || i18n.t(Key::NrAmount)>
                <input class="ds-input app-number" type="text" inputmode="numeric" id=amount_id aria-label=named(Key::NrAmount)
                    aria-describedby=move || amount_message.with(|e| e.is_some()).then(amount_error_id)
                    aria-invalid=move || amount_message.with(|e| e.is_some().then_some("true"))
                    prop:value=move || raw.get() on:input=on_amount
                    on:blur=move |_| raw.update(|text| *text = tidied_number(text, true)) />
                {move || amount_message.get().map(|text| crate::components::field::error_view(amount_error_id(), text))}
            </td>
            <td class="app-row-actions" role="cell">
                <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" id=move || button_id("up")
                    aria-label=label(Key::NrMoveUp) aria-disabled=move || (index.get() == 0).then_some("true")
                    on:click=move |_| moved(false)>"↑"</button>
                <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" id=move || button_id("down")
                    aria-label=label(Key::NrMoveDown) aria-disabled=move || (index.get() + 1 >= count.get()).then_some("true")
                    on:click=move |_| moved(true)>"↓"</button>
                <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" id=move || button_id("remove")
                    aria-label=label(Key::NrRemove) on:click=remove>{i18n.text(Key::NrRemove)}</button>
            </td>
        </tr>
    }
}

/// One refused line or cell, named by line (and column) as the user counts them.
fn paste_error_text(error: PasteError, language: Language) -> String {
    let line = error.line.to_string();
    let (column, problem) = match error.problem {
        LineProblem::TooFewCells => {
            let text = Key::NrPasteColumns.text(language);
            return Key::NrPasteLine.fill(language, &[("line", &line), ("text", text)]);
        }
        LineProblem::Cell(column, problem) => (column, problem),
    };
    let text = match problem {
        CellProblem::Missing => Key::NrPasteEmptyCell.text(language).to_owned(),
        CellProblem::Unexpected => Key::NrPasteColumns.text(language).to_owned(),
        CellProblem::UnknownPurpose => Key::NrPasteBadPurpose.text(language).to_owned(),
        CellProblem::NotFundablePurpose => Key::NrPasteNotFundable.text(language).to_owned(),
        CellProblem::UnknownReceiver => Key::NrPasteBadReceiver.text(language).to_owned(),
        CellProblem::Amount(error) => NumberRefusal::Amount(error).message(language),
    };
    let column = column.number().to_string();
    Key::NrPasteCell.fill(
        language,
        &[("line", &line), ("column", &column), ("text", &text)],
    )
}

/// Rows pasted from a spreadsheet: a preview says what will be added and which cells were
/// refused (line and column), then the rows go to the chosen year.
#[component]
fn Paste(model: BudgetRows) -> impl IntoView {
    let i18n = use_i18n();
    let content = model.content;
    let text = RwSignal::new(String::new());
    let year = RwSignal::new(0usize);
    let preview = RwSignal::new(None::<crate::domain::budget_paste::Paste>);
    let added = RwSignal::new(None::<usize>);
    let years = Memo::new(move |_| {
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
    });
    let add = move |_| {
        let Some(paste) = preview.get_untracked() else {
            return;
        };
        let n = paste.rows.len();
        let rows = paste.rows.iter().map(|row| BudgetRow {
            id: Some(fresh_id()),
            purpose: Some(row.purpose.code().to_owned()),
            receiver: Some(row.receiver.code().to_owned()),
            amount_nok: Some(row.amount),
        });
        model.append(year.get_untracked(), rows.collect());
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
                {move || years.get().into_iter().enumerate().map(|(i, label)| view! { <option value=i.to_string() prop:selected=move || year.get() == i>{label}</option> }).collect_view()}
            </select>
        </div>
        <p class="ds-paragraph"><button type="button" class="ds-button" data-variant="secondary" on:click=move |_| preview.set(Some(parse_paste(&text.get_untracked())))>{i18n.text(Key::NrPastePreview)}</button></p>
        <div role="status" id="paste-result">
            {move || added.get().map(|n| view! { <p class="ds-paragraph">{i18n.fill(Key::NrPasteAdded, &[("n", &n.to_string())])}</p> })}
            {move || preview.get().map(|paste| {
                let language = i18n.language();
                if paste.is_unrecognised() {
                    return view! { <p class="ds-paragraph" id="paste-expected">{i18n.t(Key::NrPasteExpected)}</p> }.into_any();
                }
                let errors = paste.errors.iter().map(|e| view! { <li>{paste_error_text(*e, language)}</li> }).collect_view();
                let n = paste.rows.len();
                view! {
                    <p class="ds-paragraph">{i18n.fill(Key::NrPasteTook, &[("n", &n.to_string())])}</p>
                    <ul class="ds-list">{errors}</ul>
                    {(n > 0).then(|| view! { <button type="button" class="ds-button" data-variant="primary" on:click=add>{i18n.text(Key::NrPasteAdd)}</button> })}
                }.into_any()
            })}
        </div>
    }
}

/// The rows as CSV for Excel. The file is made when the link is followed, not as the rows
/// change: with a thousand rows, every keystroke would otherwise rebuild it.
#[component]
fn CsvLink(content: RwSignal<C>) -> impl IntoView {
    use wasm_bindgen::JsCast;
    let i18n = use_i18n();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let link = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        match (csv_href(content, i18n.language()), link) {
            (Some(href), Some(link)) => drop(link.set_attribute("href", &href)),
            _ => ev.prevent_default(),
        }
    };
    let has_years = Memo::new(move |_| content.with(|c| !c.budget.is_empty()));
    move || {
        has_years.get().then(|| view! {
            <p class="ds-paragraph"><a class="ds-link" href="data:text/csv;charset=utf-8," download="behovsmelding-budsjett.csv" on:click=on_click>{i18n.text(Key::NrCsv)}</a></p>
        })
    }
}

/// The budget's complete rows as a CSV data address, or `None` if they are out of bounds.
fn csv_href(content: RwSignal<C>, language: Language) -> Option<String> {
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

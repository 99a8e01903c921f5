//! Two versions of one draft that both grew from the same saved version (the base): this tab's
//! and a newer one saved elsewhere. What changed on one side only is taken without asking;
//! only a value both sides changed, to different values, is left for the user to decide.
//!
//! The merge works on the drafts' JSON form, so one merge serves every kind of draft. Objects
//! merge member by member. Lists whose items all carry an `id` (budget rows, schools, owners)
//! merge item by item: items added, removed, changed or moved on either side all survive. Any
//! other list is one value. An item removed on one side and changed on the other is kept:
//! nothing typed is dropped without the user seeing it.

use serde_json::{Map, Value};

/// One value both sides changed differently, at `pointer` (RFC 6901) in the merged version.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldConflict {
    pub pointer: String,
    pub mine: Value,
    pub theirs: Value,
}

/// The merged version (holding this tab's value wherever there is a conflict), the conflicts
/// and the places where the other side's change was taken, each in document order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merged {
    pub value: Value,
    pub conflicts: Vec<FieldConflict>,
    /// Pointers to what the other side changed and the merge took: a value, an item added or
    /// changed, or a list an item was removed from.
    pub taken: Vec<String>,
}

/// Merges `mine` and `theirs`, both grown from `base`.
pub fn merge(base: &Value, mine: &Value, theirs: &Value) -> Merged {
    let mut merged = Merged::default();
    merged.value = merge_at(Some(base), mine, theirs, "", &mut merged);
    merged
}

/// Writes the other side's value over a conflict's place in `merged` (the user chose theirs),
/// if the place still holds this tab's value: one changed or moved since (the form stays open
/// under the question) is left as it is. Whether it was written.
pub fn take_theirs(merged: &mut Value, conflict: &FieldConflict) -> bool {
    match merged.pointer_mut(&conflict.pointer) {
        Some(place) if *place == conflict.mine => {
            *place = conflict.theirs.clone();
            true
        }
        _ => false,
    }
}

fn merge_at(
    base: Option<&Value>,
    mine: &Value,
    theirs: &Value,
    pointer: &str,
    found: &mut Merged,
) -> Value {
    if mine == theirs || base == Some(theirs) {
        return mine.clone();
    }
    if base == Some(mine) {
        changed_places(mine, theirs, pointer, &mut found.taken);
        return theirs.clone();
    }
    match (mine, theirs) {
        (Value::Object(m), Value::Object(t)) => {
            let base = base.and_then(Value::as_object);
            Value::Object(merge_objects(base, m, t, pointer, found))
        }
        (Value::Array(m), Value::Array(t)) if identified(m) && identified(t) => {
            let base = base.and_then(Value::as_array).filter(|b| identified(b));
            Value::Array(merge_lists(base.map(Vec::as_slice), m, t, pointer, found))
        }
        // Groups without ids that neither side added to or took from (a budget's school
        // years) merge place by place.
        (Value::Array(m), Value::Array(t)) if same_places(base, m, t) => {
            let base = base.and_then(Value::as_array);
            let merged = m.iter().zip(t).enumerate().map(|(i, (m, t))| {
                let was = base.and_then(|b| b.get(i));
                merge_at(was, m, t, &format!("{pointer}/{i}"), found)
            });
            Value::Array(merged.collect())
        }
        _ => {
            found.conflicts.push(FieldConflict {
                pointer: pointer.to_owned(),
                mine: mine.clone(),
                theirs: theirs.clone(),
            });
            mine.clone()
        }
    }
}

fn merge_objects(
    base: Option<&Map<String, Value>>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
    pointer: &str,
    found: &mut Merged,
) -> Map<String, Value> {
    let mut merged = Map::new();
    let keys = mine
        .keys()
        .chain(theirs.keys().filter(|k| !mine.contains_key(*k)));
    for key in keys {
        let at = format!("{pointer}/{}", escape(key));
        let was = base.and_then(|b| b.get(key));
        let value = match (mine.get(key), theirs.get(key)) {
            (Some(m), Some(t)) => Some(merge_at(was, m, t, &at, found)),
            (m, t) => one_side(was, m, t, &at, found),
        };
        if let Some(value) = value {
            merged.insert(key.clone(), value);
        }
    }
    merged
}

/// The places where `after` differs from `before`, as deep as both are objects (so a change
/// is named by its field, not by the group around it).
fn changed_places(before: &Value, after: &Value, pointer: &str, places: &mut Vec<String>) {
    match (before, after) {
        (Value::Object(b), Value::Object(a)) => {
            let keys = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
            for key in keys {
                let (was, now) = (b.get(key), a.get(key));
                if was != now {
                    let at = format!("{pointer}/{}", escape(key));
                    match (was, now) {
                        (Some(was), Some(now)) => changed_places(was, now, &at, places),
                        _ => places.push(at),
                    }
                }
            }
        }
        _ => places.push(pointer.to_owned()),
    }
}

/// A member or item present on one side only: added there (kept), or removed on the other
/// side (gone, unless the side that has it changed it: then kept, as nothing typed is dropped).
fn one_side(
    was: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    at: &str,
    found: &mut Merged,
) -> Option<Value> {
    let one = mine.or(theirs)?;
    if was == Some(one) {
        return None;
    }
    if theirs.is_some() {
        found.taken.push(at.to_owned());
    }
    Some(one.clone())
}

/// Whether two lists of objects have as many places as each other and as the base (if known).
fn same_places(base: Option<&Value>, mine: &[Value], theirs: &[Value]) -> bool {
    let objects = |list: &[Value]| list.iter().all(Value::is_object);
    let base_fits = base.is_none_or(|b| b.as_array().is_some_and(|b| b.len() == mine.len()));
    mine.len() == theirs.len() && objects(mine) && objects(theirs) && base_fits
}

/// Whether every item is an object with a string `id`, so items can be followed by it.
fn identified(list: &[Value]) -> bool {
    list.iter().all(|item| item_id(item).is_some())
}

fn item_id(item: &Value) -> Option<&str> {
    item.get("id")?.as_str()
}

fn find<'a>(list: &'a [Value], id: &str) -> Option<&'a Value> {
    list.iter().find(|item| item_id(item) == Some(id))
}

fn ids(list: &[Value]) -> Vec<&str> {
    list.iter().filter_map(item_id).collect()
}

fn merge_lists(
    base: Option<&[Value]>,
    mine: &[Value],
    theirs: &[Value],
    pointer: &str,
    found: &mut Merged,
) -> Vec<Value> {
    let base = base.unwrap_or_default();
    // The order: theirs if this tab kept the base's order of the items both have, else mine.
    let in_order_of = |list: &[Value], of: &[Value]| -> Vec<String> {
        ids(list)
            .into_iter()
            .filter(|id| find(of, id).is_some())
            .map(str::to_owned)
            .collect()
    };
    let mine_reordered = in_order_of(mine, base) != in_order_of(base, mine);
    let (leading, other) = if mine_reordered {
        (mine, theirs)
    } else {
        (theirs, mine)
    };
    let mut order: Vec<&str> = ids(leading);
    // Items only the other side has go after the item before them there, else first.
    let mut after: Option<&str> = None;
    for id in ids(other) {
        match order.iter().position(|known| *known == id) {
            Some(_) => after = Some(id),
            None => {
                let at = after
                    .and_then(|a| order.iter().position(|known| *known == a))
                    .map_or(0, |i| i + 1);
                order.insert(at, id);
                after = Some(id);
            }
        }
    }
    let mut merged = Vec::with_capacity(order.len());
    for id in order {
        let was = find(base, id);
        let at = format!("{pointer}/{}", merged.len());
        let kept = match (find(mine, id), find(theirs, id)) {
            (Some(m), Some(t)) => Some(merge_at(was, m, t, &at, found)),
            (m, t) => {
                let kept = one_side(was, m, t, &at, found);
                // An item the other side removed leaves no place of its own: name the list.
                if kept.is_none() && m.is_some() {
                    found.taken.push(pointer.to_owned());
                }
                kept
            }
        };
        merged.extend(kept);
    }
    merged
}

/// A member name as a JSON Pointer writes it (RFC 6901).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn merged(base: Value, mine: Value, theirs: Value) -> Merged {
        merge(&base, &mine, &theirs)
    }

    #[test]
    fn changes_on_different_fields_are_both_taken_without_a_question() {
        let base = json!({"title": null, "owner": {"name": "A", "phone": "1"}});
        let mine = json!({"title": null, "owner": {"name": "A", "phone": "2"}});
        let theirs = json!({"title": "Plan", "owner": {"name": "A", "phone": "1"}});
        let result = merged(base, mine, theirs);
        assert_eq!(result.conflicts, vec![]);
        assert_eq!(
            result.value,
            json!({"title": "Plan", "owner": {"name": "A", "phone": "2"}})
        );
        assert_eq!(result.taken, vec!["/title".to_owned()]);
    }

    #[test]
    fn the_same_change_on_both_sides_is_no_conflict() {
        let result = merged(json!({"a": 1}), json!({"a": 2}), json!({"a": 2}));
        assert_eq!((result.value, result.conflicts), (json!({"a": 2}), vec![]));
    }

    #[test]
    fn a_field_both_changed_differently_is_a_conflict_holding_both_values() {
        let base = json!({"owner": {"name": "A", "phone": "1"}});
        let mine = json!({"owner": {"name": "Mine", "phone": "1"}});
        let theirs = json!({"owner": {"name": "Theirs", "phone": "9"}});
        let mut result = merged(base, mine, theirs);
        assert_eq!(
            result.conflicts,
            vec![FieldConflict {
                pointer: "/owner/name".into(),
                mine: json!("Mine"),
                theirs: json!("Theirs")
            }]
        );
        // Until the user decides, the merged version holds this tab's value there.
        assert_eq!(
            result.value,
            json!({"owner": {"name": "Mine", "phone": "9"}})
        );
        let conflict = result.conflicts[0].clone();
        // Typed over under the question: the place is no longer this tab's value, and stays.
        let mut typed_since = result.value.clone();
        typed_since["owner"]["name"] = json!("Mine, longer");
        assert!(!take_theirs(&mut typed_since, &conflict));
        assert_eq!(typed_since["owner"]["name"], json!("Mine, longer"));
        assert!(take_theirs(&mut result.value, &conflict));
        assert_eq!(
            result.value,
            json!({"owner": {"name": "Theirs", "phone": "9"}})
        );
    }

    #[test]
    fn rows_added_on_both_sides_all_survive_in_place() {
        let row = |id: &str, amount: i64| json!({"id": id, "amount": amount});
        let base = json!({"rows": [row("a", 1), row("b", 2)]});
        let mine = json!({"rows": [row("a", 1), row("b", 2), row("m", 3)]});
        let theirs = json!({"rows": [row("a", 1), row("t", 4), row("b", 2)]});
        let result = merged(base, mine, theirs);
        assert_eq!(result.conflicts, vec![]);
        assert_eq!(
            result.value,
            json!({"rows": [row("a", 1), row("t", 4), row("b", 2), row("m", 3)]})
        );
        assert_eq!(result.taken, vec!["/rows/1".to_owned()]);
    }

    #[test]
    fn rows_removed_moved_and_changed_on_either_side_merge() {
        let row = |id: &str, amount: i64| json!({"id": id, "amount": amount});
        let base = json!([row("a", 1), row("b", 2), row("c", 3)]);
        // Mine: moves c first and changes b; theirs: removes a and changes c.
        let mine = json!([row("c", 3), row("a", 1), row("b", 20)]);
        let theirs = json!([row("b", 2), row("c", 30)]);
        let result = merged(base, mine, theirs);
        assert_eq!(result.conflicts, vec![]);
        assert_eq!(result.value, json!([row("c", 30), row("b", 20)]));
        assert_eq!(result.taken, vec!["/0/amount".to_owned(), String::new()]);
    }

    #[test]
    fn a_row_removed_on_one_side_and_changed_on_the_other_is_kept() {
        let row = |id: &str, amount: i64| json!({"id": id, "amount": amount});
        let base = json!([row("a", 1)]);
        let result = merged(base, json!([]), json!([row("a", 5)]));
        assert_eq!(result.value, json!([row("a", 5)]));
    }

    #[test]
    fn a_cell_both_changed_in_one_row_is_a_conflict_at_that_rows_place() {
        let row = |id: &str, amount: i64| json!({"id": id, "amount": amount});
        let base = json!({"rows": [row("a", 1), row("b", 2)]});
        let mine = json!({"rows": [row("n", 0), row("a", 1), row("b", 3)]});
        let theirs = json!({"rows": [row("a", 1), row("b", 4)]});
        let result = merged(base, mine, theirs);
        assert_eq!(
            result.conflicts,
            vec![FieldConflict {
                pointer: "/rows/2/amount".into(),
                mine: json!(3),
                theirs: json!(4)
            }]
        );
    }

    #[test]
    fn groups_without_ids_in_the_same_places_merge_place_by_place() {
        let year = |start: i64, rows: Value| json!({"school_year": start, "rows": rows});
        let row = |id: &str, amount: i64| json!({"id": id, "amount": amount});
        let base = json!([year(2027, json!([])), year(2028, json!([]))]);
        let mine = json!([year(2027, json!([row("m", 1)])), year(2028, json!([]))]);
        let theirs = json!([
            year(2027, json!([row("t", 2)])),
            year(2028, json!([row("u", 3)]))
        ]);
        let result = merged(base, mine, theirs);
        assert_eq!(result.conflicts, vec![]);
        assert_eq!(
            result.value,
            json!([
                year(2027, json!([row("m", 1), row("t", 2)])),
                year(2028, json!([row("u", 3)]))
            ])
        );
        // A year more on one side: the list is one value.
        let longer = merged(
            json!([year(2027, json!([]))]),
            json!([year(2027, json!([row("m", 1)]))]),
            json!([year(2027, json!([])), year(2028, json!([]))]),
        );
        assert_eq!(longer.conflicts.len(), 1);
    }

    #[test]
    fn lists_without_ids_are_one_value() {
        let result = merged(
            json!({"t": ["a"]}),
            json!({"t": ["a", "b"]}),
            json!({"t": ["c"]}),
        );
        assert_eq!(result.conflicts.len(), 1);
        assert_eq!(result.conflicts[0].pointer, "/t");
        let one_side = merged(
            json!({"t": ["a"]}),
            json!({"t": ["a"]}),
            json!({"t": ["c"]}),
        );
        assert_eq!(one_side.value, json!({"t": ["c"]}));
    }

    #[test]
    fn member_names_are_escaped_in_pointers() {
        let result = merged(json!({"a/b": 1}), json!({"a/b": 2}), json!({"a/b": 3}));
        assert_eq!(result.conflicts[0].pointer, "/a~1b");
        let mut value = result.value.clone();
        assert!(take_theirs(&mut value, &result.conflicts[0]));
        assert_eq!(value, json!({"a/b": 3}));
    }
}

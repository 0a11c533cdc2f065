//! The pool what-if the reader plays with: the AntPool-template toggle plus a list of edits
//! (remove a pool, merge one into another), kept as a pure state with `apply(action)` so the
//! component is a thin wrapper and every transition is tested natively.
//!
//! The state stores the edits, not only their result, because the toggle changes the list the
//! edits act on: turning grouping on or off replays the edits on the new base list, and an edit
//! that no longer applies (it named "AntPool", now part of "AntPool & friends") is dropped with a
//! note saying so, instead of failing silently.

use super::concentration::{
    group, measure, merge, ranked, remove, snapshot_entities, Concentration, Entity, EntityKind,
    RankedEntity, WhatIfError,
};
use crate::data::pools::ANTPOOL_TEMPLATE_POOLS;

/// Name of the single entity that stands for AntPool and the pools on its templates.
pub const TEMPLATE_GROUP_NAME: &str = "AntPool & friends";

/// One change the reader made to the pool list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PoolEdit {
    /// The pool leaves: its hash rate is gone and the others' shares grow.
    Remove(String),
    /// `from` mines for `into` from now on.
    Merge { from: String, into: String },
}

impl PoolEdit {
    fn apply(&self, entities: &[Entity]) -> Result<Vec<Entity>, WhatIfError> {
        match self {
            PoolEdit::Remove(name) => remove(entities, name),
            PoolEdit::Merge { from, into } => merge(entities, from, into),
        }
    }

    /// The edit in words, for notes ("removed AntPool", "merged OCEAN into Luxor").
    pub fn describe(&self) -> String {
        match self {
            PoolEdit::Remove(name) => format!("removed {name}"),
            PoolEdit::Merge { from, into } => format!("merged {from} into {into}"),
        }
    }
}

/// What the reader can do to the what-if.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PoolAction {
    /// Count AntPool and the pools on its templates as one entity, or not.
    SetTemplateGrouped(bool),
    Remove(String),
    Merge {
        from: String,
        into: String,
    },
    /// Back to the snapshot as published.
    Reset,
}

/// The what-if: the toggle, the edits that applied, the resulting list and a message about the
/// last action when it could not be applied in full.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolWhatIf {
    pub template_grouped: bool,
    pub edits: Vec<PoolEdit>,
    /// The list after the toggle and the edits: what the chart and the measures show.
    pub entities: Vec<Entity>,
    /// Why the last action did not (fully) apply, worded for the reader; None when it did.
    pub message: Option<String>,
}

impl Default for PoolWhatIf {
    fn default() -> Self {
        Self::new()
    }
}

impl PoolWhatIf {
    /// The 30-day snapshot, ungrouped and unedited.
    pub fn new() -> Self {
        Self {
            template_grouped: false,
            edits: Vec::new(),
            entities: snapshot_entities(),
            message: None,
        }
    }

    /// The list the edits act on: the snapshot, with AntPool's template pools grouped if asked.
    fn base(template_grouped: bool) -> Vec<Entity> {
        let snapshot = snapshot_entities();
        if template_grouped {
            // Cannot fail on the snapshot (its members exist, the name is free); if it ever did,
            // the ungrouped list is the honest fallback.
            group(&snapshot, &ANTPOOL_TEMPLATE_POOLS, TEMPLATE_GROUP_NAME).unwrap_or(snapshot)
        } else {
            snapshot
        }
    }

    /// The state after `action`. Never panics: a name that is not in the list, or a pool merged
    /// into itself, leaves the list as it was and sets `message`.
    pub fn apply(&self, action: PoolAction) -> Self {
        match action {
            PoolAction::Reset => Self::new(),
            PoolAction::SetTemplateGrouped(on) => self.replay(on),
            PoolAction::Remove(name) => self.edit(PoolEdit::Remove(name)),
            PoolAction::Merge { from, into } if into.is_empty() => Self {
                message: Some(format!(
                    "Choose the pool to merge {from} into, then press Merge."
                )),
                ..self.clone()
            },
            PoolAction::Merge { from, into } => self.edit(PoolEdit::Merge { from, into }),
        }
    }

    fn edit(&self, edit: PoolEdit) -> Self {
        match edit.apply(&self.entities) {
            Ok(entities) => {
                let mut edits = self.edits.clone();
                edits.push(edit);
                Self {
                    template_grouped: self.template_grouped,
                    edits,
                    entities,
                    message: None,
                }
            }
            Err(e) => Self {
                message: Some(e.to_string()),
                ..self.clone()
            },
        }
    }

    /// Rebuilds the list on the other base, keeping the edits that still apply.
    fn replay(&self, template_grouped: bool) -> Self {
        let mut entities = Self::base(template_grouped);
        let mut kept = Vec::new();
        let mut dropped = Vec::new();
        for edit in &self.edits {
            match edit.apply(&entities) {
                Ok(next) => {
                    entities = next;
                    kept.push(edit.clone());
                }
                Err(_) => dropped.push(edit.describe()),
            }
        }
        let message = (!dropped.is_empty()).then(|| {
            format!(
                "No longer applies with the new grouping, so it was undone: {}.",
                dropped.join("; ")
            )
        });
        Self {
            template_grouped,
            edits: kept,
            entities,
            message,
        }
    }

    /// Nakamoto coefficient and HHI of the current list.
    pub fn concentration(&self) -> Concentration {
        measure(&self.entities)
    }

    /// The chart's bars for the current list.
    pub fn ranked(&self) -> Vec<RankedEntity> {
        ranked(&self.entities)
    }

    /// Names of the single pools, largest first: what the reader can remove or merge. Buckets
    /// ("other pools", "unknown") are not one pool, so they are not offered.
    pub fn editable_names(&self) -> Vec<String> {
        self.ranked()
            .into_iter()
            .filter(|r| r.kind == EntityKind::Single)
            .map(|r| r.name)
            .collect()
    }

    /// True when the state differs from the published snapshot.
    pub fn is_edited(&self) -> bool {
        self.template_grouped || !self.edits.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn starts_at_the_snapshot() {
        let s = PoolWhatIf::new();
        let c = s.concentration();
        assert_eq!(c.nakamoto, Some(3));
        assert!(close(c.hhi, 1626.0, 1.0), "{}", c.hhi);
        assert!(!s.is_edited());
        assert_eq!(s.editable_names()[0], "Foundry USA");
        assert!(!s.editable_names().iter().any(|n| n == "unknown"));
    }

    #[test]
    fn grouping_antpool_templates_gives_two_and_back_gives_three() {
        let s = PoolWhatIf::new().apply(PoolAction::SetTemplateGrouped(true));
        assert_eq!(s.concentration().nakamoto, Some(2));
        assert!(s.entities.iter().any(|e| e.name == TEMPLATE_GROUP_NAME));
        let back = s.apply(PoolAction::SetTemplateGrouped(false));
        assert_eq!(back, PoolWhatIf::new());
    }

    #[test]
    fn removing_foundry_matches_the_model_by_hand() {
        let s = PoolWhatIf::new().apply(PoolAction::Remove("Foundry USA".into()));
        // Left: 69.11% of blocks; AntPool 18.04 / 69.11 = 26.10%, + F2Pool 16.10% = 42.2%,
        // + ViaBTC 13.08% = 55.3% > 50%: 3 pools.
        assert_eq!(s.concentration().nakamoto, Some(3));
        let squares: f64 = [
            18.04, 11.13, 9.04, 8.19, 5.24, 4.78, 3.25, 2.20, 1.95, 1.44, 1.35,
        ]
        .iter()
        .map(|s| (s / 69.11 * 100.0_f64).powi(2))
        .sum();
        assert!(close(s.concentration().hhi, squares, 0.5), "{squares}");
        assert_eq!(s.edits, [PoolEdit::Remove("Foundry USA".into())]);
    }

    #[test]
    fn merging_lowers_the_coefficient() {
        let s = PoolWhatIf::new().apply(PoolAction::Merge {
            from: "F2Pool".into(),
            into: "AntPool".into(),
        });
        // AntPool 29.17 + Foundry 30.89 = 60.06%: 2 pools.
        assert_eq!(s.concentration().nakamoto, Some(2));
        assert!(!s.entities.iter().any(|e| e.name == "F2Pool"));
    }

    #[test]
    fn bad_requests_keep_the_list_and_explain() {
        let s = PoolWhatIf::new();
        for action in [
            PoolAction::Remove("Nobody".into()),
            PoolAction::Merge {
                from: "AntPool".into(),
                into: "AntPool".into(),
            },
            PoolAction::Merge {
                from: "".into(),
                into: "\u{0}".into(),
            },
            PoolAction::Merge {
                from: "OCEAN".into(),
                into: "".into(),
            },
        ] {
            let next = s.apply(action);
            assert_eq!(next.entities, s.entities);
            assert!(next.message.is_some());
        }
        // The next good action clears the message.
        let ok = s
            .apply(PoolAction::Remove("Nobody".into()))
            .apply(PoolAction::Remove("OCEAN".into()));
        assert_eq!(ok.message, None);
    }

    #[test]
    fn toggling_drops_edits_that_no_longer_apply_and_says_so() {
        let s = PoolWhatIf::new()
            .apply(PoolAction::Remove("Luxor".into()))
            .apply(PoolAction::Remove("OCEAN".into()))
            .apply(PoolAction::SetTemplateGrouped(true));
        // Luxor is inside the group now; OCEAN's removal still applies.
        assert_eq!(s.edits, [PoolEdit::Remove("OCEAN".into())]);
        assert!(s.message.as_deref().unwrap_or("").contains("removed Luxor"));
        assert!(!s.entities.iter().any(|e| e.name == "OCEAN"));
    }

    #[test]
    fn reset_returns_to_the_snapshot() {
        let s = PoolWhatIf::new()
            .apply(PoolAction::SetTemplateGrouped(true))
            .apply(PoolAction::Remove("Foundry USA".into()))
            .apply(PoolAction::Reset);
        assert_eq!(s, PoolWhatIf::new());
    }

    #[test]
    fn removing_every_pool_never_panics() {
        let mut s = PoolWhatIf::new();
        for name in s.editable_names() {
            s = s.apply(PoolAction::Remove(name));
        }
        assert!(s.editable_names().is_empty());
        assert_eq!(s.concentration().nakamoto, None);
        assert!(s.ranked().iter().all(|r| r.share_pct.is_finite()));
    }
}

//! Pool lists the reader can edit: entities with names, the measures of a list, and the
//! what-ifs (remove a pool, merge two, group AntPool's template pools into one), plus the bars of
//! the pool chart with running totals for the 50% line.

use std::fmt;

use super::{clean, hhi, hhi_of_total, nakamoto_coefficient_of_total};
use crate::data::pools::{PoolShare, POOL_SNAPSHOT, UNKNOWN_POOL};

/// Whether an entity can act as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    /// One pool (or country).
    Single,
    /// A bucket of unknown make-up ("unknown" blocks, pools too small to list): counted in the
    /// total, never as one entity in the coefficient, and left out of the HHI's squares.
    Aggregate,
}

/// A pool in the what-if chart. `share` is in any unit (percent of blocks for the snapshot).
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Matched exactly (case-sensitive) by the what-ifs.
    pub name: String,
    /// Non-negative weight; negative, NaN and infinite values count as 0.
    pub share: f64,
    pub kind: EntityKind,
}

impl Entity {
    /// One pool (or country) holding `share`.
    pub fn single(name: impl Into<String>, share: f64) -> Self {
        Entity {
            name: name.into(),
            share,
            kind: EntityKind::Single,
        }
    }

    /// A bucket of unknown make-up holding `share` (see [`EntityKind::Aggregate`]).
    pub fn aggregate(name: impl Into<String>, share: f64) -> Self {
        Entity {
            name: name.into(),
            share,
            kind: EntityKind::Aggregate,
        }
    }
}

/// Name of the aggregate [`entities_from_pools`] adds for blocks of pools the list leaves out.
/// Named apart from the pool chart's "pools outside the majority" (named pools in grey), so that
/// each name means one thing.
pub const OTHER_POOLS: &str = "unlisted small pools";

/// Entities for a pool list in percent of all blocks: "unknown" becomes an aggregate (it may be
/// several pools or solo miners), and whatever the list leaves of 100% is added as the aggregate
/// [`OTHER_POOLS`] (2.32% for the snapshot: FACTS lists pools down to 1.35%).
pub fn entities_from_pools(pools: &[PoolShare]) -> Vec<Entity> {
    let mut out: Vec<Entity> = pools
        .iter()
        .map(|p| match p.name {
            UNKNOWN_POOL => Entity::aggregate(p.name, p.share_pct),
            _ => Entity::single(p.name, p.share_pct),
        })
        .collect();
    let listed: f64 = pools.iter().map(|p| clean(p.share_pct)).sum();
    // FACTS gives two decimals; rounding keeps 2.32 from printing as 2.3200000000000074.
    let rest = ((100.0 - listed) * 100.0).round() / 100.0;
    if rest > 0.0 {
        out.push(Entity::aggregate(OTHER_POOLS, rest));
    }
    out
}

/// The 30-day snapshot (data::pools::POOL_SNAPSHOT) as entities, the page's default.
pub fn snapshot_entities() -> Vec<Entity> {
    entities_from_pools(&POOL_SNAPSHOT)
}

/// Both measures of an entity list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Concentration {
    /// Single entities needed for more than half of the total (aggregates excluded).
    pub nakamoto: Option<usize>,
    /// HHI with aggregates spread thin: the figure to show (1,626 for the snapshot).
    pub hhi: f64,
    /// HHI if each aggregate were one entity: an upper bound (1,631 for the snapshot).
    pub hhi_upper: f64,
}

/// Measures an entity list; shares are normalized to the sum of all entities, aggregates included.
pub fn measure(entities: &[Entity]) -> Concentration {
    let total: f64 = entities.iter().map(|e| clean(e.share)).sum();
    let singles: Vec<f64> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Single)
        .map(|e| e.share)
        .collect();
    let all: Vec<f64> = entities.iter().map(|e| e.share).collect();
    Concentration {
        nakamoto: nakamoto_coefficient_of_total(&singles, total),
        hhi: hhi_of_total(&singles, total),
        hhi_upper: hhi(&all),
    }
}

/// Why a what-if could not be applied, worded for the person who asked for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WhatIfError {
    /// No entity has this name.
    NotFound(String),
    /// Asked to merge an entity into itself.
    SameEntity(String),
    /// None of the entities to group is in the list.
    NothingToGroup,
    /// The group's name belongs to an entity outside the group.
    NameTaken(String),
}

impl fmt::Display for WhatIfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WhatIfError::NotFound(n) => write!(
                f,
                "No pool named \"{n}\" in this list: pick one from the chart."
            ),
            WhatIfError::SameEntity(n) => write!(
                f,
                "Cannot merge \"{n}\" into itself: pick two different pools."
            ),
            WhatIfError::NothingToGroup => write!(
                f,
                "None of the pools to group is in this list (were they removed?)."
            ),
            WhatIfError::NameTaken(n) => write!(
                f,
                "\"{n}\" is already a pool in this list: choose another name for the group."
            ),
        }
    }
}

impl std::error::Error for WhatIfError {}

fn position(entities: &[Entity], name: &str) -> Result<usize, WhatIfError> {
    entities
        .iter()
        .position(|e| e.name == name)
        .ok_or_else(|| WhatIfError::NotFound(name.into()))
}

/// The list without `name` (exact match): its share leaves the total, the others' shares grow.
pub fn remove(entities: &[Entity], name: &str) -> Result<Vec<Entity>, WhatIfError> {
    let at = position(entities, name)?;
    let mut out = entities.to_vec();
    out.remove(at);
    Ok(out)
}

/// The list with `from` folded into `into` (which keeps its name and kind). Never raises the
/// Nakamoto coefficient.
pub fn merge(entities: &[Entity], from: &str, into: &str) -> Result<Vec<Entity>, WhatIfError> {
    if from == into {
        return Err(WhatIfError::SameEntity(from.into()));
    }
    let (f, i) = (position(entities, from)?, position(entities, into)?);
    let mut out = entities.to_vec();
    out[i].share = clean(out[i].share) + clean(out[f].share);
    out.remove(f);
    Ok(out)
}

/// The list with every entity named in `members` replaced by one single entity `name` holding
/// their sum (AntPool and the pools on its templates). Members missing from the list are skipped.
pub fn group(
    entities: &[Entity],
    members: &[&str],
    name: &str,
) -> Result<Vec<Entity>, WhatIfError> {
    let is_member = |e: &Entity| members.contains(&e.name.as_str());
    if entities.iter().any(|e| e.name == name && !is_member(e)) {
        return Err(WhatIfError::NameTaken(name.into()));
    }
    let (inside, mut out): (Vec<Entity>, Vec<Entity>) =
        entities.iter().cloned().partition(is_member);
    if inside.is_empty() {
        return Err(WhatIfError::NothingToGroup);
    }
    out.push(Entity::single(
        name,
        inside.iter().map(|e| clean(e.share)).sum(),
    ));
    Ok(out)
}

/// One bar of the pool chart.
#[derive(Debug, Clone, PartialEq)]
pub struct RankedEntity {
    pub name: String,
    pub kind: EntityKind,
    /// Percent of the total.
    pub share_pct: f64,
    /// Percent of the total held by this bar and all bars before it (for the 50% line).
    pub cumulative_pct: f64,
    /// Counted by the Nakamoto coefficient (the first `nakamoto` bars).
    pub in_majority: bool,
}

/// Bars for the chart: single entities largest first (ties by name), then aggregates, which are
/// not one entity and so never sit inside the majority; shares in percent with running totals.
pub fn ranked(entities: &[Entity]) -> Vec<RankedEntity> {
    let total: f64 = entities.iter().map(|e| clean(e.share)).sum();
    let majority = measure(entities).nakamoto.unwrap_or(0);
    let mut sorted = entities.to_vec();
    sorted.sort_by(|a, b| {
        (a.kind == EntityKind::Aggregate)
            .cmp(&(b.kind == EntityKind::Aggregate))
            .then(clean(b.share).total_cmp(&clean(a.share)))
            .then_with(|| a.name.cmp(&b.name))
    });
    let pct = |share: f64| {
        if total > 0.0 {
            clean(share) / total * 100.0
        } else {
            0.0
        }
    };
    let mut running = 0.0;
    sorted
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            running += pct(e.share);
            RankedEntity {
                share_pct: pct(e.share),
                cumulative_pct: running,
                in_majority: e.kind == EntityKind::Single && i < majority,
                name: e.name,
                kind: e.kind,
            }
        })
        .collect()
}

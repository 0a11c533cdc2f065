//! Once a second: the simulated farm's draw, the students' share retargets, the figures every page
//! shows (rates from accepted shares only) and the batch write to SQLite. Also the lesson as CSV.

use std::fmt::Write as _;

use hashwatt_core::classroom::difficulty::{hash_rate, next_share_difficulty, share_retarget_due};
use hashwatt_core::classroom::payout::{concentration, entities, farm_finds_block};
use hashwatt_core::classroom::protocol::{
    ClassStatus, FarmRow, PoolRow, RatePoint, ServerMessage, StudentRow,
};
use hashwatt_core::model::hash::Hash256;

use tokio::sync::mpsc;

use crate::class::{Class, Outgoing, Role, Student, RATE_WINDOW_SECONDS};
use crate::db::BUCKET_SECONDS;

/// Buckets of hash-rate history kept and shown: 60 x 10 s = the last 10 minutes.
pub const HISTORY_BUCKETS: u64 = 60;
/// Blocks listed on the dashboard (newest first); the CSV has all of them.
const BLOCKS_SHOWN: usize = 20;

/// A student's hash rate in H/s: accepted difficulty of the last minute over the time measured
/// (at least 5 s, so one early share does not look like a farm).
fn student_rate(student: &Student, now: f64) -> f64 {
    let sum: f64 = student.recent.iter().map(|&(_, d)| d).sum();
    hash_rate(
        sum,
        (now - student.window_start).clamp(5.0, RATE_WINDOW_SECONDS),
    )
}

/// A spreadsheet cell: quoted when needed, and a leading = + - @ defused (formula injection).
fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

impl Class {
    /// Rates of every student (H/s, id order) and the class's total.
    fn rates(&self, now: f64) -> (Vec<f64>, f64) {
        let rates: Vec<f64> = self
            .students
            .values()
            .map(|s| student_rate(s, now))
            .collect();
        let total = rates.iter().sum();
        (rates, total)
    }

    /// The teacher's dashboard.
    pub fn status(&self, now: f64) -> ClassStatus {
        let (rates, class_rate) = self.rates(now);
        let farm_rate = self.farm_multiple * class_rate;
        let everyone = class_rate + farm_rate;
        let students: Vec<StudentRow> = self
            .students
            .values()
            .zip(&rates)
            .map(|(s, &rate)| StudentRow {
                id: s.stored.id,
                name: s.stored.name.clone(),
                pool: s.stored.pool,
                rate,
                shares: s.stored.shares,
                blocks: s.stored.blocks,
                reward: s.stored.reward,
                share_of_class: if everyone > 0.0 { rate / everyone } else { 0.0 },
                online: s.conn.is_some(),
            })
            .collect();
        let pools = self
            .pools
            .iter()
            .map(|p| {
                let members = students.iter().filter(|s| s.pool == Some(p.id));
                PoolRow {
                    id: p.id,
                    name: p.name.clone(),
                    rate: members.clone().map(|s| s.rate).sum(),
                    members: members.count() as u32,
                    blocks: p.blocks,
                }
            })
            .collect();
        let producers: Vec<(Option<u32>, f64)> =
            students.iter().map(|s| (s.pool, s.rate)).collect();
        let (nakamoto, hhi) = concentration(&entities(&producers, farm_rate));
        let current = now as u64 / BUCKET_SECONDS;
        let history = self
            .buckets
            .range(current.saturating_sub(HISTORY_BUCKETS)..current)
            .map(|(&bucket, &difficulty)| RatePoint {
                time: bucket * BUCKET_SECONDS,
                rate: hash_rate(difficulty, BUCKET_SECONDS as f64),
            })
            .collect();
        ClassStatus {
            class: self.code.clone(),
            paused: self.paused,
            students,
            pools,
            farm: (self.farm_multiple > 0.0 || self.farm_blocks > 0).then_some(FarmRow {
                multiple: self.farm_multiple,
                rate: farm_rate,
                blocks: self.farm_blocks,
                simulated: true,
            }),
            class_rate,
            nakamoto,
            hhi,
            height: self.height,
            block_difficulty: self.block_difficulty,
            history,
            blocks: self
                .blocks
                .iter()
                .rev()
                .take(BLOCKS_SHOWN)
                .cloned()
                .collect(),
        }
    }

    /// The once-a-second work. Returns the second's `me` and `class` messages with their
    /// connections' outboxes, for the caller to encode and queue after it lets go of the class:
    /// a thousand students' JSON is then written while shares keep being checked.
    #[must_use = "the second's messages are sent by the caller"]
    pub fn tick(&mut self, now: f64) -> Vec<(mpsc::Sender<Outgoing>, ServerMessage)> {
        let elapsed = (now - self.last_tick).clamp(0.0, 10.0);
        self.last_tick = now;
        for student in self.students.values_mut() {
            while student
                .recent
                .front()
                .is_some_and(|&(t, _)| t < now - RATE_WINDOW_SECONDS)
            {
                student.recent.pop_front();
            }
        }
        let (rates, class_rate) = self.rates(now);
        if !self.paused {
            let farm_rate = self.farm_multiple * class_rate;
            let odds = farm_finds_block(farm_rate, self.block_difficulty, elapsed);
            if odds > 0.0 && crate::secret::unit_random() < odds {
                // The farm is simulated: its block hash is made up, not mined.
                let hash = Hash256::sha256d(
                    format!(
                        "simulated farm {} {}",
                        self.tip.to_display_hex(),
                        self.height
                    )
                    .as_bytes(),
                );
                self.found_block(None, hash, now);
            }
            if !self.settings.fixed_share_difficulty {
                self.retarget_shares(now);
            }
        }
        let everyone = class_rate * (1.0 + self.farm_multiple);
        let mut out: Vec<(mpsc::Sender<Outgoing>, ServerMessage)> = self
            .students
            .values()
            .zip(&rates)
            .filter_map(|(s, &rate)| {
                Some((
                    self.conns.get(&s.conn?)?.outbox.clone(),
                    ServerMessage::Me {
                        shares: s.stored.shares,
                        rate,
                        class_rate,
                        share_of_class: if everyone > 0.0 { rate / everyone } else { 0.0 },
                        blocks: s.stored.blocks,
                        reward: s.stored.reward,
                        pool: s.stored.pool,
                    },
                ))
            })
            .collect();
        let teachers: Vec<_> = self
            .conns
            .values()
            .filter(|c| c.role == Role::Teacher)
            .map(|c| c.outbox.clone())
            .collect();
        if !teachers.is_empty() {
            let status = ServerMessage::Class(self.status(now));
            out.extend(teachers.into_iter().map(|t| (t, status.clone())));
        }
        let current = now as u64 / BUCKET_SECONDS;
        let oldest = current.saturating_sub(HISTORY_BUCKETS);
        self.buckets = self.buckets.split_off(&oldest);
        self.flush();
        out
    }

    fn retarget_shares(&mut self, now: f64) {
        let ceiling = self.block_difficulty;
        let mut due = Vec::new();
        for student in self.students.values_mut().filter(|s| s.conn.is_some()) {
            let seconds = now - student.retarget_at;
            if !share_retarget_due(student.since_retarget, seconds) {
                continue;
            }
            let next = next_share_difficulty(
                student.stored.difficulty,
                student.since_retarget,
                seconds,
                ceiling,
            );
            student.since_retarget = 0;
            student.retarget_at = now;
            if next != student.stored.difficulty {
                student.stored.difficulty = next;
                student.dirty = true;
                due.push(student.stored.id);
            }
        }
        for id in due {
            self.send_job(id, now);
        }
    }

    /// The lesson as CSV: the students, then the blocks, then the votes, each with its header.
    pub fn csv(&self, now: f64) -> String {
        let (rates, _) = self.rates(now);
        let pool_name = |id: Option<u32>| {
            id.and_then(|id| self.pools.iter().find(|p| p.id == id))
                .map_or("solo".to_string(), |p| p.name.clone())
        };
        let mut out = String::from("students\nid,name,pool,shares,blocks,reward_coins,rate_hs\n");
        for (s, rate) in self.students.values().zip(rates) {
            let _ = writeln!(
                out,
                "{},{},{},{},{},{},{:.0}",
                s.stored.id,
                cell(&s.stored.name),
                cell(&pool_name(s.stored.pool)),
                s.stored.shares,
                s.stored.blocks,
                s.stored.reward,
                rate
            );
        }
        out.push_str("\nblocks\nheight,hash,finder,pool,simulated,time_unix\n");
        for b in &self.blocks {
            let _ = writeln!(
                out,
                "{},{},{},{},{},{}",
                b.height,
                b.hash,
                cell(&b.finder),
                cell(b.pool.as_deref().unwrap_or("")),
                b.simulated,
                b.time
            );
        }
        out.push_str("\nvote\nvote,option,answers,correct\n");
        if let Some(vote) = &self.vote {
            for (index, option) in vote.options.iter().enumerate() {
                let answers = vote
                    .answers
                    .values()
                    .filter(|&&o| o as usize == index)
                    .count();
                let _ = writeln!(
                    out,
                    "{},{},{},{}",
                    cell(&vote.vote),
                    cell(option),
                    if vote.revealed {
                        answers.to_string()
                    } else {
                        "hidden".into()
                    },
                    vote.correct == Some(index as u32)
                );
            }
        }
        out
    }
}

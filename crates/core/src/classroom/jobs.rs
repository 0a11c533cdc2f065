//! Jobs and shares. A job is a real 80-byte block header on the class's own chain: its previous
//! hash is the class's last block, its merkle root is SHA-256d of the class code, the student and a
//! job counter, so no two students (and no two jobs) search the same nonces. A share is a nonce;
//! the server re-hashes the header with it (SHA-256d) before crediting anything.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::hash::Hash256;
use crate::model::header::BlockHeader;
use crate::model::target::Target;

use super::difficulty::{difficulty_of_bits, target_for_difficulty};

/// Block version of class jobs: 0x20000000, the BIP 9 version most blocks carry today.
pub const JOB_VERSION: u32 = 0x2000_0000;

/// The merkle root of a student's job: SHA-256d of the UTF-8 text "class/student/counter"
/// (for example "ABCD/3/17"), standing in for the coinbase transaction that pays the student.
pub fn job_merkle_root(class: &str, student: u64, counter: u64) -> Hash256 {
    Hash256::sha256d(format!("{class}/{student}/{counter}").as_bytes())
}

/// A job as the server keeps it: the header to search (nonce 0) and the share target's bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Job {
    /// Job number, unique within the server's run (a client names it when submitting).
    pub id: u64,
    /// The header whose nonce the student varies; `bits` is the class's block target.
    pub header: BlockHeader,
    /// Compact bits of the student's share target (easier than or equal to the block's).
    pub share_bits: u32,
}

impl Job {
    /// A job on top of `prev_block` for `student`, at `time` (Unix seconds), with the given block
    /// and share difficulties (see [`super::difficulty`]).
    pub fn new(
        id: u64,
        prev_block: Hash256,
        merkle_root: Hash256,
        time: u32,
        block_difficulty: f64,
        share_difficulty: f64,
    ) -> Job {
        Job {
            id,
            header: BlockHeader {
                version: JOB_VERSION,
                prev_block,
                merkle_root,
                time,
                bits: super::difficulty::bits_for_difficulty(block_difficulty),
                nonce: 0,
            },
            share_bits: super::difficulty::bits_for_difficulty(share_difficulty),
        }
    }

    /// The share difficulty this job credits per accepted share.
    pub fn share_difficulty(&self) -> f64 {
        difficulty_of_bits(self.share_bits)
    }

    /// The class's block difficulty when the job was made.
    pub fn block_difficulty(&self) -> f64 {
        difficulty_of_bits(self.header.bits)
    }
}

/// Why a submission earns no credit. Each has a message for the student.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    /// The job is unknown, expired, or built on a block that is no longer the class's last.
    Stale,
    /// This job and nonce were already credited.
    Duplicate,
    /// The header's hash does not meet the share target.
    TooEasy,
    /// The message is not valid JSON of a known message, or its fields are out of range.
    Malformed,
    /// The message is longer than [`super::limits::MAX_MESSAGE_BYTES`].
    Oversize,
    /// The teacher paused the class.
    Paused,
    /// A share from a connection that has not joined the class.
    NotJoined,
}

impl fmt::Display for RejectReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RejectReason::Stale => {
                "Stale: that job is old (the class found a block since, or it expired); mine the newest job."
            }
            RejectReason::Duplicate => "Duplicate: this nonce was already credited for that job.",
            RejectReason::TooEasy => {
                "Too easy: the header's hash with that nonce does not meet the share target."
            }
            RejectReason::Malformed => {
                "Malformed: the message is not one the class understands (see docs/classroom.md)."
            }
            RejectReason::Oversize => "Oversize: a message may be at most 4,096 bytes.",
            RejectReason::Paused => "Paused: the teacher paused the class; shares wait for resume.",
            RejectReason::NotJoined => "Not joined: join the class before sending shares.",
        })
    }
}

/// An accepted share: its hash, and whether it also meets the class's block target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShareCheck {
    /// SHA-256d of the job's header with the submitted nonce.
    pub hash: Hash256,
    /// The hash meets the block target too: the class found a block.
    pub is_block: bool,
}

/// Checks a submitted nonce for `job` (None if the job id is unknown or expired) against the class's
/// last block `tip`: stale, then duplicate (`already_credited`, the caller's record of this job
/// and nonce), then the real SHA-256d of the 80-byte header against the share target.
pub fn check_share(
    job: Option<&Job>,
    tip: &Hash256,
    nonce: u32,
    already_credited: bool,
) -> Result<ShareCheck, RejectReason> {
    let job = job.ok_or(RejectReason::Stale)?;
    if job.header.prev_block != *tip {
        return Err(RejectReason::Stale);
    }
    if already_credited {
        return Err(RejectReason::Duplicate);
    }
    let hash = BlockHeader {
        nonce,
        ..job.header
    }
    .hash();
    let share_target = Target::from_bits(job.share_bits).map_err(|_| RejectReason::Malformed)?;
    if !share_target.is_met_by(&hash) {
        return Err(RejectReason::TooEasy);
    }
    let is_block = Target::from_bits(job.header.bits)
        .map(|target| target.is_met_by(&hash))
        .unwrap_or(false);
    Ok(ShareCheck { hash, is_block })
}

/// The share target of `difficulty` as a [`Target`] (re-exported for clients' searches).
pub fn share_target(difficulty: f64) -> Target {
    target_for_difficulty(difficulty)
}

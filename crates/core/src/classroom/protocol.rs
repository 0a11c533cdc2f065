//! The classroom's messages: JSON over one WebSocket, tagged by `"type"`, shared by the page and
//! the server. `docs/classroom.md` shows an example of each. Rates are H/s computed by the server
//! from accepted shares; rewards are class coins; times are Unix seconds.

use serde::{Deserialize, Serialize};

use super::jobs::RejectReason;

/// What a page sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientMessage {
    /// A student joins class `class` as `name`; with the `token` of an earlier [`ServerMessage::
    /// Welcome`] they come back as the same student (their name and tallies kept).
    Join {
        class: String,
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        token: Option<String>,
    },
    /// The teacher's dashboard, with the key from the teacher's link.
    Teacher { class: String, key: String },
    /// A share: a nonce for job `job`.
    Submit { job: u64, nonce: u32 },
    /// The student searched the whole job (2^32 nonces) and wants a fresh one.
    NewJob,
    /// The student mines for pool `pool`, or solo (`null`).
    ChoosePool { pool: Option<u32> },
    /// A student's answer to the open vote: the option's index.
    Answer { vote: String, option: u32 },
    /// Teacher: open these pools (2 to 4 names), replacing any open ones; members go solo.
    OpenPools { names: Vec<String> },
    /// Teacher: a simulated ASIC farm with `multiple` times the class's hash rate (0 removes it).
    Farm { multiple: f64 },
    /// Teacher: pause the class (no jobs, no credit).
    Pause,
    /// Teacher: resume.
    Resume,
    /// Teacher: a new lesson: a new chain, tallies, pools, votes and farm cleared; students stay.
    NewLesson,
    /// Teacher: open a vote with these options (2 to 8).
    OpenVote { vote: String, options: Vec<String> },
    /// Teacher: reveal the vote's tally, with the right option if there is one.
    Reveal {
        vote: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        correct: Option<u32>,
    },
    /// Teacher: the lesson as CSV.
    Csv,
}

/// A pool the teacher opened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PoolInfo {
    pub id: u32,
    pub name: String,
}

/// A vote as students see it while it is open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoteInfo {
    pub vote: String,
    pub options: Vec<String>,
}

/// One student on the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudentRow {
    pub id: u64,
    pub name: String,
    /// Pool id, or `null` for solo.
    pub pool: Option<u32>,
    /// H/s from accepted shares over the last minute.
    pub rate: f64,
    /// Accepted shares this lesson.
    pub shares: u64,
    /// Class blocks this student's share completed.
    pub blocks: u64,
    /// Class coins earned.
    pub reward: f64,
    /// This student's rate over the class's (students plus the farm), 0 to 1.
    pub share_of_class: f64,
    /// A connection is open.
    pub online: bool,
}

/// One pool on the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PoolRow {
    pub id: u32,
    pub name: String,
    /// Sum of its members' rates, H/s.
    pub rate: f64,
    pub members: u32,
    pub blocks: u64,
}

/// The simulated ASIC farm on the dashboard (always labelled simulated).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FarmRow {
    /// Times the students' hash rate.
    pub multiple: f64,
    /// H/s it pretends to hash.
    pub rate: f64,
    pub blocks: u64,
    /// Always `true`: the farm is a simulation.
    pub simulated: bool,
}

/// A class block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BlockRow {
    /// Height on the class's chain, from 1.
    pub height: u64,
    /// Block hash, display hex.
    pub hash: String,
    /// The finder's name, or "ASIC farm (simulated)".
    pub finder: String,
    /// The finder's student id (`null` for the farm).
    pub student: Option<u64>,
    /// The pool it was found for, by name (`null` for solo and the farm).
    pub pool: Option<String>,
    pub simulated: bool,
    /// Unix seconds.
    pub time: u64,
}

/// The class hash rate at one time, for the dashboard's chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RatePoint {
    /// Unix seconds.
    pub time: u64,
    /// Students' H/s.
    pub rate: f64,
}

/// Everything the teacher's dashboard shows, sent every second.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClassStatus {
    pub class: String,
    pub paused: bool,
    pub students: Vec<StudentRow>,
    pub pools: Vec<PoolRow>,
    pub farm: Option<FarmRow>,
    /// Students' H/s (the farm not included).
    pub class_rate: f64,
    /// Nakamoto coefficient over block producers (pools, solo students, the farm).
    pub nakamoto: Option<usize>,
    /// HHI over the same producers, 0 to 10,000.
    pub hhi: f64,
    /// Height of the class's last block (0 before the first).
    pub height: u64,
    pub block_difficulty: f64,
    /// The class hash rate over the last minutes, oldest first.
    pub history: Vec<RatePoint>,
    /// The most recent blocks, newest first.
    pub blocks: Vec<BlockRow>,
}

/// What the server sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerMessage {
    /// A student joined (or came back): keep `token` to come back as the same student.
    Welcome {
        class: String,
        student: u64,
        name: String,
        token: String,
        pools: Vec<PoolInfo>,
        pool: Option<u32>,
        paused: bool,
        vote: Option<VoteInfo>,
    },
    /// The teacher's key was right. `links` are the students' links the server printed (one per
    /// network address, the school network's first): the dashboard shows them, since the
    /// teacher's own address (often 127.0.0.1) is no use to a phone.
    TeacherWelcome {
        class: String,
        #[serde(default)]
        links: Vec<String>,
    },
    /// Work: the 80-byte header (160 hex digits, nonce 0) and the share target's compact bits.
    Job {
        job: u64,
        header: String,
        share_bits: u32,
        share_difficulty: f64,
        block_difficulty: f64,
        height: u64,
    },
    /// A share was credited; `block` if it also found a class block.
    Accepted {
        job: u64,
        nonce: u32,
        difficulty: f64,
        block: bool,
    },
    /// No credit, and why.
    Rejected {
        job: Option<u64>,
        nonce: Option<u32>,
        reason: RejectReason,
        message: String,
    },
    /// Anything else that went wrong, for a person to read.
    Error { message: String },
    /// The student's own figures, every second.
    Me {
        shares: u64,
        rate: f64,
        class_rate: f64,
        share_of_class: f64,
        blocks: u64,
        reward: f64,
        pool: Option<u32>,
    },
    /// The dashboard, every second (teacher only).
    Class(ClassStatus),
    /// The pools open now (empty: everyone solo).
    Pools { pools: Vec<PoolInfo> },
    /// The class found a block (or the simulated farm did).
    Block(BlockRow),
    /// The class was paused or resumed.
    Paused { paused: bool },
    /// The teacher started a new lesson: tallies are zero.
    NewLesson,
    /// A vote opened.
    VoteOpened { vote: String, options: Vec<String> },
    /// How many have answered (teacher only, never what).
    VoteCount {
        vote: String,
        answered: u32,
        students: u32,
    },
    /// The revealed tally: `counts[i]` answered `options[i]`.
    VoteTally {
        vote: String,
        options: Vec<String>,
        counts: Vec<u32>,
        correct: Option<u32>,
    },
    /// The lesson as CSV (teacher only).
    Csv { text: String },
}

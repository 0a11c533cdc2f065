//! The class in memory: students, their jobs and tallies, the class's chain, pools, the farm and
//! the vote, plus each open connection's outbox. One `Mutex<Class>` guards it; nothing here
//! awaits or waits on the disk. This file holds the state, loads it from the SQLite lesson (`db`)
//! and queues its changes to the lesson's writer thread (`writer`);
//! `mining` (shares, blocks), `levers` (the teacher's) and `report` (each second) change it with
//! the rules of `hashwatt_core::classroom`. Time is Unix seconds passed in by the caller.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use hashwatt_core::classroom::jobs::{Job, RejectReason};
use hashwatt_core::classroom::payout::WindowShare;
use hashwatt_core::classroom::protocol::{BlockRow, PoolInfo, ServerMessage};
use hashwatt_core::model::hash::Hash256;
use tokio::sync::mpsc;

use crate::db::{Db, StoredStudent, BUCKET_SECONDS};
use crate::secret;
use crate::writer::{Write, Writer};

/// What a connection's writer task sends: a JSON text, or a close with a reason.
#[derive(Debug, Clone)]
pub enum Outgoing {
    Text(String),
    Close(String),
}

/// Messages a slow connection may have queued before new ones are dropped.
pub const OUTBOX_MESSAGES: usize = 1_024;
/// Seconds of accepted shares a student's rate is measured over.
pub const RATE_WINDOW_SECONDS: f64 = 60.0;
/// Jobs a student keeps valid at once (older ones are stale).
pub(crate) const JOBS_KEPT: usize = 4;

/// Who a connection is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Nobody,
    Student(u64),
    Teacher,
}

pub(crate) struct Connection {
    pub outbox: mpsc::Sender<Outgoing>,
    pub role: Role,
}

/// Fixed for the server's run (flags).
#[derive(Debug, Clone)]
pub struct Settings {
    pub max_students: usize,
    pub start_share_difficulty: f64,
    pub start_block_difficulty: f64,
    /// Every student stays at `start_share_difficulty` (no vardiff): for benchmarks and demos.
    pub fixed_share_difficulty: bool,
}

pub(crate) struct Student {
    pub stored: StoredStudent,
    pub conn: Option<u64>,
    /// Accepted shares of the last minute: (time, difficulty).
    pub recent: VecDeque<(f64, f64)>,
    pub jobs: VecDeque<Job>,
    pub credited: HashSet<(u64, u32)>,
    pub since_retarget: u32,
    pub retarget_at: f64,
    pub window_start: f64,
    pub dirty: bool,
}

pub(crate) struct Pool {
    pub id: u32,
    pub name: String,
    pub blocks: u64,
    /// Accepted shares, oldest first, back to about twice the PPLNS window.
    pub window: VecDeque<WindowShare>,
    pub window_sum: f64,
}

pub(crate) struct Vote {
    pub vote: String,
    pub options: Vec<String>,
    pub revealed: bool,
    pub correct: Option<u32>,
    pub answers: BTreeMap<u64, u32>,
}

/// The class.
pub struct Class {
    pub code: String,
    pub(crate) key: String,
    /// Every change to the lesson's SQLite goes through it, in order.
    pub(crate) writer: Writer,
    pub(crate) settings: Settings,
    pub(crate) paused: bool,
    pub(crate) lesson: u64,
    pub(crate) tip: Hash256,
    pub(crate) height: u64,
    pub(crate) block_difficulty: f64,
    pub(crate) period_start: f64,
    pub(crate) period_blocks: u64,
    pub(crate) students: BTreeMap<u64, Student>,
    pub(crate) tokens: HashMap<String, u64>,
    pub(crate) pools: Vec<Pool>,
    pub(crate) farm_multiple: f64,
    pub(crate) farm_blocks: u64,
    pub(crate) blocks: Vec<BlockRow>,
    pub(crate) vote: Option<Vote>,
    /// The class's accepted difficulty per time bucket, for the hash-rate history.
    pub(crate) buckets: BTreeMap<u64, f64>,
    /// Share tallies not yet written: (student, bucket) -> (shares, difficulty).
    pub(crate) pending: HashMap<(u64, u64), (u64, f64)>,
    pub(crate) next_job: u64,
    pub(crate) conns: HashMap<u64, Connection>,
    pub(crate) last_tick: f64,
    /// The students' links the server printed, for the teacher's dashboard.
    pub student_links: Vec<String>,
}

/// The made-up previous hash of a lesson's first block.
fn genesis(code: &str, lesson: u64) -> Hash256 {
    Hash256::sha256d(format!("Hashwatt classroom {code} lesson {lesson}").as_bytes())
}

fn parse<T: std::str::FromStr>(value: Option<String>) -> Option<T> {
    value.and_then(|v| v.parse().ok())
}

impl Class {
    /// The class kept in `db`, or a new one (new code and key) if the database is new.
    pub fn load(mut db: Db, settings: Settings, now: f64) -> Result<Class, String> {
        let code = match db.setting("code")? {
            Some(code) => code,
            None => secret::class_code()?,
        };
        let key = match db.setting("key")? {
            Some(key) => key,
            None => secret::hex_secret()?,
        };
        db.set_settings(&[("code", code.clone()), ("key", key.clone())])?;
        let lesson = parse(db.setting("lesson")?).unwrap_or(1);
        let tip = db
            .setting("tip")?
            .and_then(|t| Hash256::from_display_hex(&t).ok())
            .unwrap_or_else(|| genesis(&code, lesson));
        let mut students = BTreeMap::new();
        let mut tokens = HashMap::new();
        for stored in db.students()? {
            tokens.insert(stored.token.clone(), stored.id);
            students.insert(stored.id, Student::new(stored, now));
        }
        let pools = db
            .pools()?
            .into_iter()
            .map(|(id, name, blocks)| Pool::new(id, name, blocks))
            .collect();
        let mut farm_blocks = 0;
        let mut blocks = Vec::new();
        for block in db.blocks()? {
            if block.simulated {
                farm_blocks += 1;
            }
            blocks.push(BlockRow {
                height: block.height,
                hash: block.hash,
                finder: block.finder,
                student: block.student,
                pool: block.pool,
                simulated: block.simulated,
                time: block.time,
            });
        }
        let vote = db.votes()?.pop().map(|vote| Vote {
            vote: vote.vote,
            options: vote.options,
            revealed: vote.revealed,
            correct: vote.correct,
            answers: vote.answers.into_iter().collect(),
        });
        let since = (now as u64 / BUCKET_SECONDS).saturating_sub(crate::report::HISTORY_BUCKETS);
        let buckets = db.class_buckets(since)?.into_iter().collect();
        Ok(Class {
            paused: db.setting("paused")?.as_deref() == Some("1"),
            lesson,
            tip,
            height: parse(db.setting("height")?).unwrap_or(0),
            block_difficulty: parse(db.setting("block_difficulty")?)
                .unwrap_or(settings.start_block_difficulty),
            period_start: now,
            period_blocks: parse(db.setting("period_blocks")?).unwrap_or(0),
            farm_multiple: parse(db.setting("farm")?).unwrap_or(0.0),
            farm_blocks,
            // Job ids go on from where the last run stopped (a margin for the last second's).
            next_job: parse::<u64>(db.setting("next_job")?).unwrap_or(0) + 10_000,
            code,
            key,
            settings,
            students,
            tokens,
            pools,
            blocks,
            vote,
            buckets,
            pending: HashMap::new(),
            conns: HashMap::new(),
            last_tick: now,
            student_links: Vec::new(),
            writer: Writer::start(db)?,
        })
    }

    /// The teacher's key, compared in constant time.
    pub fn is_teacher_key(&self, key: &str) -> bool {
        secret::same(key, &self.key)
    }

    /// The teacher's key, for the links printed at start.
    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn connect(&mut self, conn: u64, outbox: mpsc::Sender<Outgoing>) {
        self.conns.insert(
            conn,
            Connection {
                outbox,
                role: Role::Nobody,
            },
        );
    }

    pub fn disconnect(&mut self, conn: u64) {
        if let Some(Connection {
            role: Role::Student(id),
            ..
        }) = self.conns.remove(&conn)
        {
            if let Some(student) = self.students.get_mut(&id) {
                if student.conn == Some(conn) {
                    student.conn = None;
                }
            }
        }
    }

    pub(crate) fn role(&self, conn: u64) -> Role {
        self.conns.get(&conn).map_or(Role::Nobody, |c| c.role)
    }

    /// Queues a message for one connection; a connection too slow to drain its outbox loses it.
    pub(crate) fn send(&self, conn: u64, message: &ServerMessage) {
        if let Some(connection) = self.conns.get(&conn) {
            let _ = connection
                .outbox
                .try_send(Outgoing::Text(crate::ws::to_json(message)));
        }
    }

    pub(crate) fn error(&self, conn: u64, message: impl Into<String>) {
        self.send(
            conn,
            &ServerMessage::Error {
                message: message.into(),
            },
        );
    }

    pub(crate) fn reject(
        &self,
        conn: u64,
        reason: RejectReason,
        job: Option<u64>,
        nonce: Option<u32>,
    ) {
        self.send(
            conn,
            &ServerMessage::Rejected {
                job,
                nonce,
                reason,
                message: reason.to_string(),
            },
        );
    }

    /// Sends `message` to every connection whose role `to` accepts.
    pub(crate) fn broadcast(&self, message: &ServerMessage, to: impl Fn(Role) -> bool) {
        let text = crate::ws::to_json(message);
        for connection in self.conns.values().filter(|c| to(c.role)) {
            let _ = connection.outbox.try_send(Outgoing::Text(text.clone()));
        }
    }

    pub(crate) fn pool_infos(&self) -> Vec<PoolInfo> {
        self.pools
            .iter()
            .map(|p| PoolInfo {
                id: p.id,
                name: p.name.clone(),
            })
            .collect()
    }

    /// Queues what changed since the last flush (dirty students, share tallies, the chain) for
    /// the writer: taking the rows is quick, and SQLite writes them outside the class's lock.
    pub fn flush(&mut self) {
        let students: Vec<StoredStudent> = self
            .students
            .values_mut()
            .filter(|s| s.dirty)
            .map(|s| {
                s.dirty = false;
                s.stored.clone()
            })
            .collect();
        let buckets: Vec<(u64, u64, u64, f64)> = self
            .pending
            .drain()
            .map(|((student, bucket), (shares, difficulty))| (student, bucket, shares, difficulty))
            .collect();
        let settings = vec![
            ("lesson", self.lesson.to_string()),
            ("tip", self.tip.to_display_hex()),
            ("height", self.height.to_string()),
            ("block_difficulty", self.block_difficulty.to_string()),
            ("period_blocks", self.period_blocks.to_string()),
            ("next_job", self.next_job.to_string()),
            ("paused", if self.paused { "1" } else { "0" }.to_string()),
            ("farm", self.farm_multiple.to_string()),
        ];
        self.writer.write(Write::Batch {
            students,
            buckets,
            settings,
        });
    }

    /// Flushes, and returns a receiver told once everything queued so far is in SQLite.
    pub fn save(&mut self) -> std::sync::mpsc::Receiver<()> {
        self.flush();
        self.writer.saved()
    }
}

impl Student {
    pub(crate) fn new(stored: StoredStudent, now: f64) -> Student {
        Student {
            stored,
            conn: None,
            recent: VecDeque::new(),
            jobs: VecDeque::new(),
            credited: HashSet::new(),
            since_retarget: 0,
            retarget_at: now,
            window_start: now,
            dirty: false,
        }
    }
}

impl Pool {
    pub(crate) fn new(id: u32, name: String, blocks: u64) -> Pool {
        Pool {
            id,
            name,
            blocks,
            window: VecDeque::new(),
            window_sum: 0.0,
        }
    }

    /// Adds a share and forgets the oldest beyond twice the PPLNS `window`.
    pub(crate) fn push(&mut self, share: WindowShare, window: f64) {
        self.window.push_back(share);
        self.window_sum += share.difficulty;
        while self.window_sum > 2.0 * window {
            match self.window.pop_front() {
                Some(old) => self.window_sum -= old.difficulty,
                None => break,
            }
        }
    }
}

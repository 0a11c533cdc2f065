//! The lesson's one writer: a thread that owns the SQLite connection and applies the class's
//! writes in the order the class made them. The class only queues a write (a channel send), so
//! its lock is never held while SQLite works: the once-a-second batch of a thousand students'
//! tallies, and the WAL checkpoint a commit sometimes runs, took tens to hundreds of milliseconds
//! on a busy machine, and every share's acknowledgement waited for them.

use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crate::db::{Db, DbResult, StoredBlock, StoredStudent};

/// A write that takes longer than this is reported (shares are not held up by it).
const SLOW_WRITE: Duration = Duration::from_millis(500);

/// One change to the lesson's database, as [`Db`] writes it.
#[derive(Debug)]
pub enum Write {
    /// A new student and the Unix second they joined.
    Student(StoredStudent, u64),
    /// A class block and the pool (if any) that found it.
    Block(StoredBlock, Option<u32>),
    OpenVote {
        vote: String,
        options: Vec<String>,
        opened: u64,
    },
    Answer {
        vote: String,
        student: u64,
        option: u32,
    },
    Reveal {
        vote: String,
        correct: Option<u32>,
    },
    /// The teacher's new pools (every student leaves theirs).
    Pools(Vec<(u32, String)>),
    /// A new lesson: tallies, shares, blocks, pools and votes go.
    ClearLesson,
    /// What changed since the last batch: students' tallies, share buckets
    /// (student, bucket, shares, difficulty) to add, and settings.
    Batch {
        students: Vec<StoredStudent>,
        buckets: Vec<(u64, u64, u64, f64)>,
        settings: Vec<(&'static str, String)>,
    },
    /// Answered once every write queued before it is committed.
    Saved(mpsc::Sender<()>),
}

/// The queue to the writer thread.
pub struct Writer {
    queue: mpsc::Sender<Write>,
}

impl Writer {
    /// Starts the writer thread, which owns `db` from now on.
    pub fn start(mut db: Db) -> DbResult<Writer> {
        let (queue, writes) = mpsc::channel::<Write>();
        thread::Builder::new()
            .name("lesson-writer".into())
            .spawn(move || {
                for write in writes {
                    let started = Instant::now();
                    let what = write.name();
                    if let Err(error) = apply(&mut db, write) {
                        eprintln!("classroom: {error}");
                    }
                    let took = started.elapsed();
                    if took > SLOW_WRITE {
                        eprintln!(
                            "classroom: writing the lesson's {what} to SQLite took {} ms",
                            took.as_millis()
                        );
                    }
                }
            })
            .map_err(|e| format!("cannot start the lesson's writer thread: {e}"))?;
        Ok(Writer { queue })
    }

    /// Queues a write; it is applied after every write queued before it.
    pub fn write(&self, write: Write) {
        if self.queue.send(write).is_err() {
            eprintln!("classroom: the lesson's writer has stopped; a change was not saved");
        }
    }

    /// A receiver that gets a message once every write queued so far is committed (or is
    /// disconnected if the writer has stopped).
    pub fn saved(&self) -> mpsc::Receiver<()> {
        let (done, saved) = mpsc::channel();
        self.write(Write::Saved(done));
        saved
    }
}

impl Write {
    /// What is written, for the slow-write message.
    fn name(&self) -> &'static str {
        match self {
            Write::Student(..) => "new student",
            Write::Block(..) => "block",
            Write::OpenVote { .. } | Write::Answer { .. } | Write::Reveal { .. } => "vote",
            Write::Pools(_) => "pools",
            Write::ClearLesson => "new lesson",
            Write::Batch { .. } => "share tallies",
            Write::Saved(_) => "save",
        }
    }
}

fn apply(db: &mut Db, write: Write) -> DbResult<()> {
    match write {
        Write::Student(student, joined) => db.insert_student(&student, joined),
        Write::Block(block, pool) => db.insert_block(&block, pool),
        Write::OpenVote {
            vote,
            options,
            opened,
        } => db.open_vote(&vote, &options, opened),
        Write::Answer {
            vote,
            student,
            option,
        } => db.answer(&vote, student, option),
        Write::Reveal { vote, correct } => db.reveal(&vote, correct),
        Write::Pools(pools) => db.replace_pools(&pools),
        Write::ClearLesson => db.clear_lesson(),
        Write::Batch {
            students,
            buckets,
            settings,
        } => db.flush(&students, &buckets, &settings),
        Write::Saved(done) => {
            // Every earlier write was applied in order, each committed before the next.
            let _ = done.send(());
            Ok(())
        }
    }
}

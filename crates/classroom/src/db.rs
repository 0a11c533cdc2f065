//! The lesson in SQLite: what must survive a restart. Students (with their reconnect tokens and
//! tallies), the pools, accepted shares aggregated per student per [`BUCKET_SECONDS`], the blocks,
//! the votes and answers, and a few settings (class code, teacher key, the chain's tip). Shares
//! are written in batches once a second; joins, blocks and votes at once.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

/// Width of the share tallies' time buckets, in seconds.
pub const BUCKET_SECONDS: u64 = 10;

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS students (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, token TEXT NOT NULL UNIQUE, pool INTEGER,
  shares INTEGER NOT NULL DEFAULT 0, blocks INTEGER NOT NULL DEFAULT 0,
  reward REAL NOT NULL DEFAULT 0, difficulty REAL NOT NULL, joined INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS pools (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  blocks INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS shares (student INTEGER NOT NULL, bucket INTEGER NOT NULL,
  shares INTEGER NOT NULL, difficulty REAL NOT NULL, PRIMARY KEY (student, bucket));
CREATE TABLE IF NOT EXISTS blocks (height INTEGER PRIMARY KEY, hash TEXT NOT NULL,
  finder TEXT NOT NULL, student INTEGER, pool TEXT, simulated INTEGER NOT NULL,
  time INTEGER NOT NULL, difficulty REAL NOT NULL);
CREATE TABLE IF NOT EXISTS votes (vote TEXT PRIMARY KEY, options TEXT NOT NULL,
  revealed INTEGER NOT NULL DEFAULT 0, correct INTEGER, opened INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS answers (vote TEXT NOT NULL, student INTEGER NOT NULL,
  option INTEGER NOT NULL, PRIMARY KEY (vote, student));
";

/// A student as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredStudent {
    pub id: u64,
    pub name: String,
    pub token: String,
    pub pool: Option<u32>,
    pub shares: u64,
    pub blocks: u64,
    pub reward: f64,
    pub difficulty: f64,
}

/// A vote as stored: its options (JSON array), whether revealed, the right option, the answers.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredVote {
    pub vote: String,
    pub options: Vec<String>,
    pub revealed: bool,
    pub correct: Option<u32>,
    pub answers: Vec<(u64, u32)>,
}

/// A block as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredBlock {
    pub height: u64,
    pub hash: String,
    pub finder: String,
    pub student: Option<u64>,
    pub pool: Option<String>,
    pub simulated: bool,
    pub time: u64,
    pub difficulty: f64,
}

/// The open database.
pub struct Db {
    connection: Connection,
}

/// A database error as a sentence.
pub type DbResult<T> = Result<T, String>;

fn say(error: rusqlite::Error) -> String {
    format!("the lesson database: {error}")
}

impl Db {
    /// Opens (creating if needed) the lesson at `path`.
    pub fn open(path: &Path) -> DbResult<Db> {
        let connection =
            Connection::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        connection.execute_batch(SCHEMA).map_err(say)?;
        Ok(Db { connection })
    }

    pub fn setting(&self, key: &str) -> DbResult<Option<String>> {
        self.connection
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()
            .map_err(say)
    }

    pub fn set_settings(&mut self, pairs: &[(&str, String)]) -> DbResult<()> {
        let tx = self.connection.transaction().map_err(say)?;
        for (key, value) in pairs {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .map_err(say)?;
        }
        tx.commit().map_err(say)
    }

    pub fn insert_student(&self, student: &StoredStudent, joined: u64) -> DbResult<()> {
        self.connection
            .execute(
                "INSERT INTO students (id, name, token, pool, shares, blocks, reward, difficulty, joined)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    student.id as i64,
                    student.name,
                    student.token,
                    student.pool,
                    student.shares as i64,
                    student.blocks as i64,
                    student.reward,
                    student.difficulty,
                    joined as i64
                ],
            )
            .map(|_| ())
            .map_err(say)
    }

    pub fn students(&self) -> DbResult<Vec<StoredStudent>> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT id, name, token, pool, shares, blocks, reward, difficulty FROM students ORDER BY id",
            )
            .map_err(say)?;
        let rows = statement
            .query_map([], |row| {
                Ok(StoredStudent {
                    id: row.get::<_, i64>(0)? as u64,
                    name: row.get(1)?,
                    token: row.get(2)?,
                    pool: row.get(3)?,
                    shares: row.get::<_, i64>(4)? as u64,
                    blocks: row.get::<_, i64>(5)? as u64,
                    reward: row.get(6)?,
                    difficulty: row.get(7)?,
                })
            })
            .map_err(say)?;
        rows.collect::<Result<_, _>>().map_err(say)
    }

    /// Writes a batch: the students' tallies, share buckets (added to what is stored) and
    /// settings, in one transaction.
    pub fn flush(
        &mut self,
        students: &[StoredStudent],
        buckets: &[(u64, u64, u64, f64)],
        settings: &[(&str, String)],
    ) -> DbResult<()> {
        let tx = self.connection.transaction().map_err(say)?;
        {
            let mut update = tx
                .prepare_cached(
                    "UPDATE students SET pool = ?2, shares = ?3, blocks = ?4, reward = ?5,
                     difficulty = ?6 WHERE id = ?1",
                )
                .map_err(say)?;
            for s in students {
                update
                    .execute(params![
                        s.id as i64,
                        s.pool,
                        s.shares as i64,
                        s.blocks as i64,
                        s.reward,
                        s.difficulty
                    ])
                    .map_err(say)?;
            }
            let mut add = tx
                .prepare_cached(
                    "INSERT INTO shares (student, bucket, shares, difficulty) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT(student, bucket) DO UPDATE SET shares = shares + excluded.shares,
                     difficulty = difficulty + excluded.difficulty",
                )
                .map_err(say)?;
            for &(student, bucket, shares, difficulty) in buckets {
                add.execute(params![
                    student as i64,
                    bucket as i64,
                    shares as i64,
                    difficulty
                ])
                .map_err(say)?;
            }
            for (key, value) in settings {
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    params![key, value],
                )
                .map_err(say)?;
            }
        }
        tx.commit().map_err(say)
    }

    /// The class's accepted work per time bucket since `since_bucket`: (bucket, difficulty sum).
    pub fn class_buckets(&self, since_bucket: u64) -> DbResult<Vec<(u64, f64)>> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT bucket, SUM(difficulty) FROM shares WHERE bucket >= ?1
                 GROUP BY bucket ORDER BY bucket",
            )
            .map_err(say)?;
        let rows = statement
            .query_map([since_bucket as i64], |row| {
                Ok((row.get::<_, i64>(0)? as u64, row.get(1)?))
            })
            .map_err(say)?;
        rows.collect::<Result<_, _>>().map_err(say)
    }

    pub fn replace_pools(&mut self, pools: &[(u32, String)]) -> DbResult<()> {
        let tx = self.connection.transaction().map_err(say)?;
        tx.execute("DELETE FROM pools", []).map_err(say)?;
        tx.execute("UPDATE students SET pool = NULL", [])
            .map_err(say)?;
        for (id, name) in pools {
            tx.execute(
                "INSERT INTO pools (id, name) VALUES (?1, ?2)",
                params![id, name],
            )
            .map_err(say)?;
        }
        tx.commit().map_err(say)
    }

    pub fn pools(&self) -> DbResult<Vec<(u32, String, u64)>> {
        let mut statement = self
            .connection
            .prepare("SELECT id, name, blocks FROM pools ORDER BY id")
            .map_err(say)?;
        let rows = statement
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get::<_, i64>(2)? as u64))
            })
            .map_err(say)?;
        rows.collect::<Result<_, _>>().map_err(say)
    }

    pub fn insert_block(&self, block: &StoredBlock, pool_id: Option<u32>) -> DbResult<()> {
        self.connection
            .execute(
                "INSERT OR REPLACE INTO blocks (height, hash, finder, student, pool, simulated, time, difficulty)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    block.height as i64,
                    block.hash,
                    block.finder,
                    block.student.map(|s| s as i64),
                    block.pool,
                    block.simulated,
                    block.time as i64,
                    block.difficulty
                ],
            )
            .map_err(say)?;
        if let Some(pool) = pool_id {
            self.connection
                .execute("UPDATE pools SET blocks = blocks + 1 WHERE id = ?1", [pool])
                .map_err(say)?;
        }
        Ok(())
    }

    pub fn blocks(&self) -> DbResult<Vec<StoredBlock>> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT height, hash, finder, student, pool, simulated, time, difficulty
                 FROM blocks ORDER BY height",
            )
            .map_err(say)?;
        let rows = statement
            .query_map([], |row| {
                Ok(StoredBlock {
                    height: row.get::<_, i64>(0)? as u64,
                    hash: row.get(1)?,
                    finder: row.get(2)?,
                    student: row.get::<_, Option<i64>>(3)?.map(|s| s as u64),
                    pool: row.get(4)?,
                    simulated: row.get(5)?,
                    time: row.get::<_, i64>(6)? as u64,
                    difficulty: row.get(7)?,
                })
            })
            .map_err(say)?;
        rows.collect::<Result<_, _>>().map_err(say)
    }

    pub fn open_vote(&self, vote: &str, options: &[String], opened: u64) -> DbResult<()> {
        let options = serde_json::to_string(options).map_err(|e| e.to_string())?;
        self.connection
            .execute(
                "INSERT OR REPLACE INTO votes (vote, options, revealed, correct, opened)
                 VALUES (?1, ?2, 0, NULL, ?3)",
                params![vote, options, opened as i64],
            )
            .map_err(say)?;
        self.connection
            .execute("DELETE FROM answers WHERE vote = ?1", [vote])
            .map(|_| ())
            .map_err(say)
    }

    pub fn answer(&self, vote: &str, student: u64, option: u32) -> DbResult<()> {
        self.connection
            .execute(
                "INSERT OR REPLACE INTO answers (vote, student, option) VALUES (?1, ?2, ?3)",
                params![vote, student as i64, option],
            )
            .map(|_| ())
            .map_err(say)
    }

    pub fn reveal(&self, vote: &str, correct: Option<u32>) -> DbResult<()> {
        self.connection
            .execute(
                "UPDATE votes SET revealed = 1, correct = ?2 WHERE vote = ?1",
                params![vote, correct],
            )
            .map(|_| ())
            .map_err(say)
    }

    /// Every vote, oldest first, with its answers.
    pub fn votes(&self) -> DbResult<Vec<StoredVote>> {
        let mut statement = self
            .connection
            .prepare("SELECT vote, options, revealed, correct FROM votes ORDER BY opened, rowid")
            .map_err(say)?;
        let votes: Vec<(String, String, bool, Option<u32>)> = statement
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })
            .map_err(say)?
            .collect::<Result<_, _>>()
            .map_err(say)?;
        let mut answers = self
            .connection
            .prepare("SELECT student, option FROM answers WHERE vote = ?1 ORDER BY student")
            .map_err(say)?;
        let mut out = Vec::new();
        for (vote, options, revealed, correct) in votes {
            let given = answers
                .query_map([&vote], |row| {
                    Ok((row.get::<_, i64>(0)? as u64, row.get(1)?))
                })
                .map_err(say)?
                .collect::<Result<_, _>>()
                .map_err(say)?;
            out.push(StoredVote {
                options: serde_json::from_str(&options).unwrap_or_default(),
                vote,
                revealed,
                correct,
                answers: given,
            });
        }
        Ok(out)
    }

    /// A new lesson: tallies, shares, blocks, pools and votes go; students and settings stay.
    pub fn clear_lesson(&mut self) -> DbResult<()> {
        self.connection
            .execute_batch(
                "BEGIN;
                 DELETE FROM shares; DELETE FROM blocks; DELETE FROM pools;
                 DELETE FROM votes; DELETE FROM answers;
                 UPDATE students SET pool = NULL, shares = 0, blocks = 0, reward = 0;
                 COMMIT;",
            )
            .map_err(say)
    }
}

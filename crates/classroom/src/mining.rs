//! Mining together: students join (or come back with their token), get jobs on the class's
//! chain, and send shares, which are re-hashed before any credit; a share that meets the block
//! target makes a class block, paid by PPLNS in a pool or solo, and every few blocks the class's
//! difficulty retargets. The rules are `hashwatt_core::classroom`'s.

use hashwatt_core::classroom::difficulty::{next_block_difficulty, RETARGET_BLOCKS};
use hashwatt_core::classroom::jobs::{check_share, job_merkle_root, Job, RejectReason};
use hashwatt_core::classroom::names::{clean_name, distinct_name};
use hashwatt_core::classroom::payout::{
    pplns, solo, WindowShare, BLOCK_REWARD, PPLNS_WINDOW_BLOCKS,
};
use hashwatt_core::classroom::protocol::{BlockRow, ServerMessage, VoteInfo};
use hashwatt_core::model::hash::Hash256;

use crate::class::{Class, Role, Student, JOBS_KEPT};
use crate::db::{StoredBlock, StoredStudent, BUCKET_SECONDS};
use crate::secret;
use crate::writer::Write;

impl Class {
    /// A student joins, or comes back with their token.
    pub fn join(&mut self, conn: u64, class: &str, name: &str, token: Option<&str>, now: f64) {
        if self.role(conn) != Role::Nobody {
            return self.error(conn, "This page has already joined the class.");
        }
        if class.trim() != self.code {
            return self.error(
                conn,
                format!(
                    "There is no class {:?} on this server: check the class code in your link.",
                    class.chars().take(12).collect::<String>()
                ),
            );
        }
        let known = token.and_then(|t| self.tokens.get(t).copied());
        let id = match known {
            Some(id) => id,
            None => match self.add_student(conn, name, now) {
                Some(id) => id,
                None => return,
            },
        };
        if let Some(old) = self.students.get(&id).and_then(|s| s.conn) {
            if old != conn {
                self.error(
                    old,
                    "You joined the class from another page; this one no longer mines.",
                );
                if let Some(c) = self.conns.get_mut(&old) {
                    c.role = Role::Nobody;
                }
            }
        }
        if let Some(c) = self.conns.get_mut(&conn) {
            c.role = Role::Student(id);
        }
        let pools = self.pool_infos();
        let Some(student) = self.students.get_mut(&id) else {
            return;
        };
        student.conn = Some(conn);
        student.window_start = now;
        student.retarget_at = now;
        student.since_retarget = 0;
        let welcome = ServerMessage::Welcome {
            class: self.code.clone(),
            student: id,
            name: student.stored.name.clone(),
            token: student.stored.token.clone(),
            pools,
            pool: student.stored.pool,
            paused: self.paused,
            vote: self
                .vote
                .as_ref()
                .filter(|v| !v.revealed)
                .map(|v| VoteInfo {
                    vote: v.vote.clone(),
                    options: v.options.clone(),
                }),
        };
        self.send(conn, &welcome);
        if !self.paused {
            self.send_job(id, now);
        }
    }

    fn add_student(&mut self, conn: u64, name: &str, now: f64) -> Option<u64> {
        let name = match clean_name(name) {
            Ok(name) => name,
            Err(error) => {
                self.error(conn, error.to_string());
                return None;
            }
        };
        if self.students.len() >= self.settings.max_students {
            self.error(
                conn,
                format!(
                    "The class is full ({} students); ask your teacher.",
                    self.settings.max_students
                ),
            );
            return None;
        }
        let name = distinct_name(&name, |candidate| {
            self.students
                .values()
                .any(|s| s.stored.name.to_lowercase() == candidate.to_lowercase())
        });
        let token = match secret::hex_secret() {
            Ok(token) => token,
            Err(error) => {
                self.error(
                    conn,
                    format!("The server could not make your token: {error}"),
                );
                return None;
            }
        };
        let id = self.students.keys().next_back().map_or(1, |last| last + 1);
        let stored = StoredStudent {
            id,
            name,
            token: token.clone(),
            pool: None,
            shares: 0,
            blocks: 0,
            reward: 0.0,
            difficulty: self.settings.start_share_difficulty,
        };
        self.writer
            .write(Write::Student(stored.clone(), now as u64));
        self.tokens.insert(token, id);
        self.students.insert(id, Student::new(stored, now));
        Some(id)
    }

    /// A fresh job for student `id`, sent to their page.
    pub(crate) fn send_job(&mut self, id: u64, now: f64) {
        let (job_id, tip, block_difficulty, code) =
            (self.next_job, self.tip, self.block_difficulty, &self.code);
        let fixed = self
            .settings
            .fixed_share_difficulty
            .then_some(self.settings.start_share_difficulty);
        let Some(student) = self.students.get_mut(&id) else {
            return;
        };
        let Some(conn) = student.conn else {
            return;
        };
        let share_difficulty = fixed
            .unwrap_or(student.stored.difficulty)
            .min(block_difficulty);
        let job = Job::new(
            job_id,
            tip,
            job_merkle_root(code, id, job_id),
            now as u32,
            block_difficulty,
            share_difficulty,
        );
        student.jobs.push_back(job);
        while student.jobs.len() > JOBS_KEPT {
            if let Some(old) = student.jobs.pop_front() {
                student.credited.retain(|&(j, _)| j != old.id);
            }
        }
        self.next_job += 1;
        let message = ServerMessage::Job {
            job: job.id,
            header: job.header.to_hex(),
            share_bits: job.share_bits,
            share_difficulty: job.share_difficulty(),
            block_difficulty: job.block_difficulty(),
            height: self.height,
        };
        self.send(conn, &message);
    }

    /// A share from `conn`: checked (the header re-hashed with SHA-256d), credited or rejected.
    pub fn submit(&mut self, conn: u64, job_id: u64, nonce: u32, now: f64) {
        let Role::Student(id) = self.role(conn) else {
            return self.reject(conn, RejectReason::NotJoined, Some(job_id), Some(nonce));
        };
        if self.paused {
            return self.reject(conn, RejectReason::Paused, Some(job_id), Some(nonce));
        }
        let tip = self.tip;
        let Some(student) = self.students.get_mut(&id) else {
            return self.reject(conn, RejectReason::NotJoined, Some(job_id), Some(nonce));
        };
        let job = student.jobs.iter().find(|j| j.id == job_id).copied();
        let credited = student.credited.contains(&(job_id, nonce));
        let check = match check_share(job.as_ref(), &tip, nonce, credited) {
            Ok(check) => check,
            Err(reason) => return self.reject(conn, reason, Some(job_id), Some(nonce)),
        };
        // check_share returned Ok, so the job exists.
        let difficulty = job.map_or(0.0, |j| j.share_difficulty());
        student.credited.insert((job_id, nonce));
        student.stored.shares += 1;
        student.recent.push_back((now, difficulty));
        student.since_retarget += 1;
        student.dirty = true;
        let pool_id = student.stored.pool;
        let bucket = now as u64 / BUCKET_SECONDS;
        let tally = self.pending.entry((id, bucket)).or_insert((0, 0.0));
        tally.0 += 1;
        tally.1 += difficulty;
        *self.buckets.entry(bucket).or_insert(0.0) += difficulty;
        let window = PPLNS_WINDOW_BLOCKS * self.block_difficulty;
        if let Some(pool) = self.pools.iter_mut().find(|p| Some(p.id) == pool_id) {
            pool.push(
                WindowShare {
                    student: id,
                    difficulty,
                },
                window,
            );
        }
        self.send(
            conn,
            &ServerMessage::Accepted {
                job: job_id,
                nonce,
                difficulty,
                block: check.is_block,
            },
        );
        if check.is_block {
            self.found_block(Some(id), check.hash, now);
        }
    }

    /// A class block: `finder` is the student whose share met the block target (None: the
    /// simulated farm). Pays out, retargets every few blocks, and sends everyone new work.
    pub(crate) fn found_block(&mut self, finder: Option<u64>, hash: Hash256, now: f64) {
        self.height += 1;
        self.tip = hash;
        let difficulty = self.block_difficulty;
        let mut pool_name = None;
        let mut pool_id = None;
        let finder_name = match finder.and_then(|id| self.students.get(&id)) {
            Some(student) => student.stored.name.clone(),
            None => "ASIC farm (simulated)".to_string(),
        };
        match finder {
            Some(id) => {
                let pool = self
                    .students
                    .get(&id)
                    .and_then(|s| s.stored.pool)
                    .and_then(|p| self.pools.iter_mut().find(|pool| pool.id == p));
                let payout = match pool {
                    Some(pool) => {
                        pool.blocks += 1;
                        pool_name = Some(pool.name.clone());
                        pool_id = Some(pool.id);
                        let shares: Vec<WindowShare> = pool.window.iter().copied().collect();
                        pplns(&shares, PPLNS_WINDOW_BLOCKS * difficulty, BLOCK_REWARD)
                    }
                    None => solo(id, BLOCK_REWARD),
                };
                if let Some(student) = self.students.get_mut(&id) {
                    student.stored.blocks += 1;
                    student.dirty = true;
                }
                for (student, reward) in payout {
                    if let Some(student) = self.students.get_mut(&student) {
                        student.stored.reward += reward;
                        student.dirty = true;
                    }
                }
            }
            None => self.farm_blocks += 1,
        }
        let row = BlockRow {
            height: self.height,
            hash: hash.to_display_hex(),
            finder: finder_name,
            student: finder,
            pool: pool_name,
            simulated: finder.is_none(),
            time: now as u64,
        };
        let stored = StoredBlock {
            height: row.height,
            hash: row.hash.clone(),
            finder: row.finder.clone(),
            student: row.student,
            pool: row.pool.clone(),
            simulated: row.simulated,
            time: row.time,
            difficulty,
        };
        self.writer.write(Write::Block(stored, pool_id));
        self.blocks.push(row.clone());
        self.period_blocks += 1;
        if self.period_blocks >= RETARGET_BLOCKS {
            self.block_difficulty =
                next_block_difficulty(difficulty, self.period_blocks, now - self.period_start);
            self.period_start = now;
            self.period_blocks = 0;
        }
        for student in self.students.values_mut() {
            student.jobs.clear();
            student.credited.clear();
        }
        self.flush();
        self.broadcast(&ServerMessage::Block(row), |_| true);
        if !self.paused {
            self.send_jobs_to_all(now);
        }
    }

    pub(crate) fn send_jobs_to_all(&mut self, now: f64) {
        let online: Vec<u64> = self
            .students
            .values()
            .filter(|s| s.conn.is_some())
            .map(|s| s.stored.id)
            .collect();
        for id in online {
            self.send_job(id, now);
        }
    }
}

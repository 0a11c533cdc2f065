//! What students choose (a pool, a vote's answer) and what only the teacher may do: pools, the
//! simulated ASIC farm, pause and resume, a new lesson, votes and their reveal, the CSV.

use hashwatt_core::classroom::difficulty::MIN_DIFFICULTY;
use hashwatt_core::classroom::names::clean_name;
use hashwatt_core::classroom::protocol::{ClientMessage, ServerMessage};

use crate::class::{Class, Outgoing, Pool, Role, Vote};
use crate::writer::Write;

/// Largest farm the teacher may summon, in times the class's hash rate.
pub const MAX_FARM_MULTIPLE: f64 = 1_000.0;

fn is_vote_id(vote: &str) -> bool {
    (1..=40).contains(&vote.len())
        && vote
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn is_option_text(option: &str) -> bool {
    let chars = option.chars().count();
    (1..=80).contains(&chars) && !option.chars().any(char::is_control)
}

impl Class {
    /// Handles one parsed message from connection `conn` at `now`.
    pub fn handle(&mut self, conn: u64, message: ClientMessage, now: f64) {
        match message {
            ClientMessage::Join { class, name, token } => {
                self.join(conn, &class, &name, token.as_deref(), now)
            }
            ClientMessage::Teacher { class, key } => self.teacher(conn, &class, &key, now),
            ClientMessage::Submit { job, nonce } => self.submit(conn, job, nonce, now),
            ClientMessage::NewJob => match self.role(conn) {
                Role::Student(_) if self.paused => self.error(
                    conn,
                    "The class is paused: no jobs until the teacher resumes.",
                ),
                Role::Student(id) => self.send_job(id, now),
                _ => self.error(conn, "Join the class before asking for work."),
            },
            ClientMessage::ChoosePool { pool } => self.choose_pool(conn, pool),
            ClientMessage::Answer { vote, option } => self.answer(conn, &vote, option),
            teacher_only => {
                if self.role(conn) != Role::Teacher {
                    return self.error(
                        conn,
                        "Only the teacher can do that (the teacher's link carries a key).",
                    );
                }
                self.lever(conn, teacher_only, now);
            }
        }
    }

    fn teacher(&mut self, conn: u64, class: &str, key: &str, now: f64) {
        if class.trim() != self.code || !self.is_teacher_key(key) {
            return self.error(
                conn,
                "Wrong class or teacher key: open the teacher's link the server printed.",
            );
        }
        if let Some(c) = self.conns.get_mut(&conn) {
            c.role = Role::Teacher;
        }
        self.send(
            conn,
            &ServerMessage::TeacherWelcome {
                class: self.code.clone(),
                links: self.student_links.clone(),
            },
        );
        self.send(conn, &ServerMessage::Class(self.status(now)));
        if let Some(vote) = &self.vote {
            self.send(
                conn,
                &ServerMessage::VoteCount {
                    vote: vote.vote.clone(),
                    answered: vote.answers.len() as u32,
                    students: self.online_students(),
                },
            );
        }
    }

    fn choose_pool(&mut self, conn: u64, pool: Option<u32>) {
        let Role::Student(id) = self.role(conn) else {
            return self.error(conn, "Join the class before choosing a pool.");
        };
        if let Some(pool) = pool {
            if !self.pools.iter().any(|p| p.id == pool) {
                return self.error(conn, format!("There is no pool {pool} open."));
            }
        }
        if let Some(student) = self.students.get_mut(&id) {
            student.stored.pool = pool;
            student.dirty = true;
        }
    }

    fn answer(&mut self, conn: u64, vote_id: &str, option: u32) {
        let Role::Student(id) = self.role(conn) else {
            return self.error(conn, "Join the class before voting.");
        };
        let Some(vote) = self
            .vote
            .as_mut()
            .filter(|v| v.vote == vote_id && !v.revealed)
        else {
            return self.error(conn, "That vote is closed.");
        };
        if option as usize >= vote.options.len() {
            return self.error(conn, "That option is not in the vote.");
        }
        vote.answers.insert(id, option);
        let (vote, answered) = (vote.vote.clone(), vote.answers.len() as u32);
        self.writer.write(Write::Answer {
            vote: vote_id.to_string(),
            student: id,
            option,
        });
        let count = ServerMessage::VoteCount {
            vote,
            answered,
            students: self.online_students(),
        };
        self.broadcast(&count, |role| role == Role::Teacher);
    }

    pub(crate) fn online_students(&self) -> u32 {
        self.students.values().filter(|s| s.conn.is_some()).count() as u32
    }

    fn lever(&mut self, conn: u64, message: ClientMessage, now: f64) {
        match message {
            ClientMessage::OpenPools { names } => self.open_pools(conn, &names),
            ClientMessage::Farm { multiple } => {
                if !(0.0..=MAX_FARM_MULTIPLE).contains(&multiple) {
                    return self.error(
                        conn,
                        format!("The farm's multiple must be between 0 and {MAX_FARM_MULTIPLE}."),
                    );
                }
                self.farm_multiple = multiple;
                self.flush();
            }
            ClientMessage::Pause | ClientMessage::Resume => {
                self.paused = matches!(message, ClientMessage::Pause);
                self.flush();
                self.broadcast(
                    &ServerMessage::Paused {
                        paused: self.paused,
                    },
                    |_| true,
                );
                if !self.paused {
                    self.send_jobs_to_all(now);
                }
            }
            ClientMessage::NewLesson => self.new_lesson(now),
            ClientMessage::OpenVote { vote, options } => {
                if !is_vote_id(&vote) {
                    return self.error(conn, "A vote's id is 1 to 40 letters, digits, - or _.");
                }
                if !(2..=8).contains(&options.len()) || !options.iter().all(|o| is_option_text(o)) {
                    return self.error(conn, "A vote has 2 to 8 options of 1 to 80 characters.");
                }
                self.writer.write(Write::OpenVote {
                    vote: vote.clone(),
                    options: options.clone(),
                    opened: now as u64,
                });
                self.broadcast(
                    &ServerMessage::VoteOpened {
                        vote: vote.clone(),
                        options: options.clone(),
                    },
                    |_| true,
                );
                self.vote = Some(Vote {
                    vote,
                    options,
                    revealed: false,
                    correct: None,
                    answers: Default::default(),
                });
            }
            ClientMessage::Reveal { vote, correct } => {
                let Some(open) = self.vote.as_mut().filter(|v| v.vote == vote) else {
                    return self.error(conn, "There is no such vote to reveal.");
                };
                open.revealed = true;
                open.correct = correct.filter(|&c| (c as usize) < open.options.len());
                let mut counts = vec![0u32; open.options.len()];
                for &option in open.answers.values() {
                    if let Some(count) = counts.get_mut(option as usize) {
                        *count += 1;
                    }
                }
                let tally = ServerMessage::VoteTally {
                    vote: open.vote.clone(),
                    options: open.options.clone(),
                    counts,
                    correct: open.correct,
                };
                self.writer.write(Write::Reveal {
                    vote,
                    correct: open.correct,
                });
                self.broadcast(&tally, |_| true);
            }
            ClientMessage::Csv => {
                let text = self.csv(now);
                self.send(conn, &ServerMessage::Csv { text });
            }
            // Handled before: students' messages.
            _ => {}
        }
    }

    fn open_pools(&mut self, conn: u64, names: &[String]) {
        if !(2..=4).contains(&names.len()) {
            return self.error(conn, "Open two to four pools.");
        }
        let mut clean: Vec<String> = Vec::new();
        for name in names {
            match clean_name(name) {
                Ok(name) if clean.iter().any(|n| n.eq_ignore_ascii_case(&name)) => {
                    return self.error(conn, format!("Two pools are called {name:?}."));
                }
                Ok(name) => clean.push(name),
                Err(error) => return self.error(conn, format!("Pool name: {error}")),
            }
        }
        let pools: Vec<(u32, String)> = (1u32..).zip(clean).collect();
        self.writer.write(Write::Pools(pools.clone()));
        self.pools = pools
            .into_iter()
            .map(|(id, name)| Pool::new(id, name, 0))
            .collect();
        for student in self.students.values_mut() {
            student.stored.pool = None;
        }
        let pools = ServerMessage::Pools {
            pools: self.pool_infos(),
        };
        self.broadcast(&pools, |_| true);
    }

    fn new_lesson(&mut self, now: f64) {
        self.flush();
        self.writer.write(Write::ClearLesson);
        self.lesson += 1;
        self.tip = hashwatt_core::model::hash::Hash256::sha256d(
            format!("Hashwatt classroom {} lesson {}", self.code, self.lesson).as_bytes(),
        );
        self.height = 0;
        self.block_difficulty = self.settings.start_block_difficulty.max(MIN_DIFFICULTY);
        self.period_start = now;
        self.period_blocks = 0;
        self.pools.clear();
        self.farm_multiple = 0.0;
        self.farm_blocks = 0;
        self.blocks.clear();
        self.vote = None;
        self.buckets.clear();
        self.pending.clear();
        for student in self.students.values_mut() {
            student.stored.pool = None;
            student.stored.shares = 0;
            student.stored.blocks = 0;
            student.stored.reward = 0.0;
            student.recent.clear();
            student.jobs.clear();
            student.credited.clear();
        }
        self.flush();
        self.broadcast(&ServerMessage::NewLesson, |_| true);
        self.broadcast(&ServerMessage::Pools { pools: Vec::new() }, |_| true);
        if !self.paused {
            self.send_jobs_to_all(now);
        }
    }

    /// Closes connection `conn` with a reason (flooding).
    pub fn close(&self, conn: u64, reason: &str) {
        if let Some(connection) = self.conns.get(&conn) {
            let _ = connection
                .outbox
                .try_send(Outgoing::Close(reason.to_string()));
        }
    }
}

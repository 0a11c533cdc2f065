//! The real server (this crate's binary) on 127.0.0.1 with a temporary database, and real
//! WebSocket clients. Everything is bounded: reads time out, loops have a limit.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use hashwatt_core::classroom::protocol::{ClientMessage, ServerMessage};
use hashwatt_core::model::header::BlockHeader;
use hashwatt_core::model::search::{search, Midstate};
use hashwatt_core::model::target::Target;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// Share difficulty 2^-24: about 256 hashes a share, instant even unoptimized.
pub const EASY_SHARES: &str = "0.000000059604644775390625";
/// Block difficulty 1: 2^32 hashes, never found by accident in a test.
pub const NO_BLOCKS: &str = "1";

/// A fresh folder for one test's database and page.
pub fn scratch(test: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("hashwatt-classroom-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("dist")).unwrap();
    std::fs::write(
        dir.join("dist/index.html"),
        "<!doctype html><title>Hashwatt</title>",
    )
    .unwrap();
    dir
}

/// The server process and what it printed.
pub struct Server {
    child: Child,
    pub port: u16,
    pub code: String,
    pub key: String,
    pub students_lines: Vec<String>,
}

impl Server {
    /// Starts the binary on 127.0.0.1, port 0, with the database in `dir`, and reads its links.
    pub fn start(dir: &Path, share_difficulty: &str, block_difficulty: &str) -> Server {
        Server::start_with(
            dir,
            &[
                "--share-difficulty",
                share_difficulty,
                "--block-difficulty",
                block_difficulty,
            ],
        )
    }

    /// [`Server::start`] with any other flags.
    pub fn start_with(dir: &Path, flags: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hashwatt-classroom"))
            .args(["--bind", "127.0.0.1", "--port", "0", "--db"])
            .arg(dir.join("lesson.sqlite"))
            .arg("--dist")
            .arg(dir.join("dist"))
            .args(flags)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the classroom binary starts");
        let stdout = child.stdout.take().unwrap();
        let (lines_tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if lines_tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut teacher = None;
        let mut students_lines = Vec::new();
        while teacher.is_none() || students_lines.is_empty() {
            let line = lines
                .recv_timeout(Duration::from_secs(30))
                .expect("the server prints its links within 30 s");
            if let Some(link) = line.strip_prefix("Teacher: ") {
                teacher = Some(link.to_string());
            } else if line.starts_with("Students: ") {
                students_lines.push(line);
            }
        }
        // http://127.0.0.1:PORT/?class=CODE&teacher=KEY
        let teacher = teacher.unwrap();
        let rest = teacher.strip_prefix("http://127.0.0.1:").unwrap();
        let (port, query) = rest.split_once("/?class=").unwrap();
        let (code, key) = query.split_once("&teacher=").unwrap();
        Server {
            child,
            port: port.parse().unwrap(),
            code: code.to_string(),
            key: key.to_string(),
            students_lines,
        }
    }

    /// SIGTERM (the server saves the lesson and exits), waiting at most 10 s.
    pub fn stop(mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        for _ in 0..100 {
            if let Ok(Some(status)) = self.child.try_wait() {
                assert!(status.success(), "the server exits cleanly: {status}");
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("the server did not stop within 10 s of SIGTERM");
    }

    /// The server's process id (for its CPU time and memory in /proc).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn url(&self) -> String {
        format!("ws://127.0.0.1:{}/ws", self.port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A raw HTTP GET on 127.0.0.1: (status code, body).
pub async fn http_get(port: u16, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut response))
        .await
        .expect("the response within 10 s")
        .unwrap();
    let response = String::from_utf8_lossy(&response).to_string();
    let status = response[9..12].parse().unwrap();
    let body = response
        .split_once("\r\n\r\n")
        .map_or(String::new(), |(_, b)| b.to_string());
    (status, body)
}

/// A page's WebSocket.
pub struct Client {
    pub ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Client {
    pub async fn connect(server: &Server) -> Client {
        let (ws, _) = tokio::time::timeout(
            Duration::from_secs(10),
            tokio_tungstenite::connect_async(server.url()),
        )
        .await
        .expect("connects within 10 s")
        .expect("the WebSocket handshake succeeds");
        Client { ws }
    }

    pub async fn send_text(&mut self, text: String) {
        self.ws.send(Message::Text(text.into())).await.unwrap();
    }

    /// Sends, and says whether the connection was still open (a flood ends in a closed one).
    pub async fn try_send_text(&mut self, text: String) -> bool {
        self.ws.send(Message::Text(text.into())).await.is_ok()
    }

    pub async fn send(&mut self, message: &ClientMessage) {
        self.send_text(serde_json::to_string(message).unwrap())
            .await;
    }

    /// The next server message; None once the connection is closed. Panics after 15 s of silence.
    pub async fn next(&mut self) -> Option<ServerMessage> {
        loop {
            let frame = tokio::time::timeout(Duration::from_secs(15), self.ws.next())
                .await
                .expect("a message within 15 s");
            match frame {
                Some(Ok(Message::Text(text))) => {
                    return Some(serde_json::from_str(text.as_str()).unwrap_or_else(|e| {
                        panic!("the server sent a message outside the protocol: {text} ({e})")
                    }))
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return None,
                Some(Ok(_)) => continue,
            }
        }
    }

    /// Reads messages (at most 2,000) until `pick` returns something.
    pub async fn until<T>(&mut self, mut pick: impl FnMut(&ServerMessage) -> Option<T>) -> T {
        for _ in 0..2_000 {
            let message = self.next().await.expect("the connection stays open");
            if let Some(found) = pick(&message) {
                return found;
            }
        }
        panic!("2,000 messages without the one expected");
    }

    /// Joins as `name` (with a token to come back): the Welcome's (student id, name, token).
    pub async fn join(
        &mut self,
        code: &str,
        name: &str,
        token: Option<&str>,
    ) -> (u64, String, String) {
        self.send(&ClientMessage::Join {
            class: code.to_string(),
            name: name.to_string(),
            token: token.map(str::to_string),
        })
        .await;
        self.until(|m| match m {
            ServerMessage::Welcome {
                student,
                name,
                token,
                ..
            } => Some((*student, name.clone(), token.clone())),
            ServerMessage::Error { message } => panic!("join refused: {message}"),
            _ => None,
        })
        .await
    }

    pub async fn teacher(&mut self, server: &Server) {
        self.send(&ClientMessage::Teacher {
            class: server.code.clone(),
            key: server.key.clone(),
        })
        .await;
        self.until(|m| matches!(m, ServerMessage::TeacherWelcome { .. }).then_some(()))
            .await;
    }

    /// The next job: (job id, header, share target).
    pub async fn job(&mut self) -> Mined {
        self.until(|m| match m {
            ServerMessage::Job {
                job,
                header,
                share_bits,
                ..
            } => Some(Mined {
                job: *job,
                header: BlockHeader::parse_hex(header).unwrap(),
                target: Target::from_bits(*share_bits).unwrap(),
            }),
            _ => None,
        })
        .await
    }

    /// Submits `nonce` for `job` and returns the server's verdict on it.
    pub async fn submit(&mut self, job: u64, nonce: u32) -> ServerMessage {
        self.send(&ClientMessage::Submit { job, nonce }).await;
        self.until(|m| match m {
            ServerMessage::Accepted {
                job: j, nonce: n, ..
            }
            | ServerMessage::Rejected {
                job: Some(j),
                nonce: Some(n),
                ..
            } if *j == job && *n == nonce => Some(m.clone()),
            _ => None,
        })
        .await
    }
}

/// A job, ready to mine.
#[derive(Debug, Clone, Copy)]
pub struct Mined {
    pub job: u64,
    pub header: BlockHeader,
    pub target: Target,
}

impl Mined {
    /// Nonces from `start` (searching at most 2^16) that meet the share target: real SHA-256d.
    pub fn shares(&self, start: u32, count: usize) -> Vec<u32> {
        let report = search(&Midstate::new(&self.header), &self.target, start, 1 << 16);
        let hits: Vec<u32> = report.hits.iter().take(count).map(|h| h.nonce).collect();
        assert_eq!(
            hits.len(),
            count,
            "2^16 hashes hold {count} shares of 2^-24"
        );
        hits
    }

    /// A nonce whose hash misses the share target.
    pub fn miss(&self) -> u32 {
        let midstate = Midstate::new(&self.header);
        (0..1_000u32)
            .find(|&n| !self.target.is_met_by(&midstate.hash_nonce(n)))
            .unwrap()
    }
}

/// A student's page mining its newest job, as the real page does: it follows new jobs and notes
/// the class's blocks.
pub struct Miner {
    pub client: Client,
    pub job: Mined,
    pub next_nonce: u32,
    pub blocks: Vec<hashwatt_core::classroom::protocol::BlockRow>,
    /// Jobs replaced since this miner started, newest last.
    pub old_jobs: Vec<Mined>,
}

impl Miner {
    /// Asks for a fresh job (an earlier one may have been read past) and starts on it.
    pub async fn new(mut client: Client) -> Miner {
        client.send(&ClientMessage::NewJob).await;
        let job = client.job().await;
        Miner {
            client,
            job,
            next_nonce: 0,
            blocks: Vec::new(),
            old_jobs: Vec::new(),
        }
    }

    /// Finds the next share of the current job, submits it and returns the verdict; jobs and
    /// blocks that arrive meanwhile are taken in.
    pub async fn mine_one(&mut self) -> ServerMessage {
        let midstate = Midstate::new(&self.job.header);
        // In slices of 4,096 nonces, stopping at the first share (at most 2^22 hashes).
        let nonce = (0..1_024u32)
            .find_map(|slice| {
                let start = self.next_nonce + slice * 4_096;
                search(&midstate, &self.job.target, start, 4_096)
                    .hits
                    .first()
                    .map(|hit| hit.nonce)
            })
            .expect("a share within 2^22 hashes");
        self.next_nonce = nonce + 1;
        let job = self.job.job;
        self.client
            .send(&ClientMessage::Submit { job, nonce })
            .await;
        let mut verdict = None;
        // The verdict, then anything already queued behind it (a block, a new job).
        for _ in 0..2_000 {
            let message = if verdict.is_none() {
                self.client.next().await.expect("the connection stays open")
            } else {
                match tokio::time::timeout(Duration::from_millis(50), self.client.ws.next()).await {
                    Ok(Some(Ok(Message::Text(text)))) => {
                        serde_json::from_str(text.as_str()).unwrap()
                    }
                    _ => break,
                }
            };
            match &message {
                ServerMessage::Accepted {
                    job: j, nonce: n, ..
                }
                | ServerMessage::Rejected {
                    job: Some(j),
                    nonce: Some(n),
                    ..
                } if *j == job && *n == nonce => verdict = Some(message.clone()),
                ServerMessage::Job {
                    job,
                    header,
                    share_bits,
                    ..
                } => {
                    self.old_jobs.push(self.job);
                    self.job = Mined {
                        job: *job,
                        header: BlockHeader::parse_hex(header).unwrap(),
                        target: Target::from_bits(*share_bits).unwrap(),
                    };
                    self.next_nonce = 0;
                }
                ServerMessage::Block(block) => self.blocks.push(block.clone()),
                // Faster than the class's rate limit (unoptimized tests find 2^-24 shares in
                // microseconds): wait and send the share again.
                ServerMessage::Error { message } if message.starts_with("Too many messages") => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    self.client
                        .send(&ClientMessage::Submit { job, nonce })
                        .await;
                }
                _ => {}
            }
        }
        verdict.expect("a verdict")
    }

    /// Mines until the class has a block above height `above` (at most `max_shares` shares).
    pub async fn mine_until_block(
        &mut self,
        max_shares: usize,
        above: u64,
    ) -> hashwatt_core::classroom::protocol::BlockRow {
        for _ in 0..max_shares {
            let verdict = self.mine_one().await;
            assert!(
                fresh_or_raced(&verdict),
                "a fresh share is accepted: {verdict:?}"
            );
            if let Some(block) = self.blocks.iter().find(|b| b.height > above) {
                return block.clone();
            }
        }
        panic!("no block in {max_shares} shares");
    }
}

/// Accepted, or stale because a block came while the page still mined the job before it (the
/// page then has the new job: [`Miner::mine_one`] reads what was queued behind the verdict).
pub fn fresh_or_raced(verdict: &ServerMessage) -> bool {
    matches!(
        verdict,
        ServerMessage::Accepted { .. }
            | ServerMessage::Rejected {
                reason: hashwatt_core::classroom::jobs::RejectReason::Stale,
                ..
            }
    )
}

//! `make bench-classroom` (never part of `make test`): 1,000 simulated students on loopback, each
//! sending 2 real shares a second (found with the core's search at a fixed share difficulty of
//! 2^-24) to the release server, which re-hashes every one. Reports accepted shares a second, the
//! acknowledgement latency's p50 and p99, and the server's CPU time and memory from /proc.
//! Targets (issue 15, on a 2-core machine): every share acknowledged, p99 <= 50 ms, memory <= 200 MB.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{scratch, Server, EASY_SHARES, NO_BLOCKS};
use futures_util::{SinkExt, StreamExt};
use hashwatt_core::classroom::protocol::{ClientMessage, ServerMessage};
use hashwatt_core::model::search::{search, Midstate};
use tokio_tungstenite::tungstenite::Message;

const STUDENTS: usize = 1_000;
const SHARES_PER_SECOND: f64 = 2.0;
const MEASURE_SECONDS: u64 = 20;

/// (user + system CPU seconds, resident MB, peak resident MB) of a process, from /proc.
fn process_figures(pid: u32) -> (f64, f64, f64) {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the parenthesised name: utime and stime are the 12th and 13th.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // clock ticks are 100 a second on Linux.
    let cpu = (ticks(11) + ticks(12)) / 100.0;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (cpu, kb("VmRSS:") / 1024.0, kb("VmHWM:") / 1024.0)
}

#[derive(Default)]
struct Tally {
    sent: u64,
    accepted: u64,
    rejected: u64,
    latencies_ms: Vec<f64>,
}

/// One student: join, then every 1/2 s find a share and submit it; acknowledgements timed.
async fn student(
    server_url: String,
    code: String,
    index: usize,
    tally: Arc<Mutex<Tally>>,
    until: Instant,
    measure_from: Instant,
) {
    // Nagle off, as browsers have it for WebSockets.
    let Ok((ws, _)) = tokio_tungstenite::connect_async_with_config(&server_url, None, true).await
    else {
        return;
    };
    let (mut sink, mut stream) = ws.split();
    let join = ClientMessage::Join {
        class: code,
        name: format!("student {index}"),
        token: None,
    };
    if sink
        .send(Message::Text(serde_json::to_string(&join).unwrap().into()))
        .await
        .is_err()
    {
        return;
    }
    let mut job = None;
    let sent_at: Arc<Mutex<HashMap<u32, Instant>>> = Arc::default();
    let (job_tx, mut job_rx) = tokio::sync::watch::channel(None);
    let reader_sent = sent_at.clone();
    let reader_tally = tally.clone();
    let reader = tokio::spawn(async move {
        while let Some(Ok(Message::Text(text))) = stream.next().await {
            let Ok(message) = serde_json::from_str::<ServerMessage>(text.as_str()) else {
                continue;
            };
            match message {
                ServerMessage::Job {
                    job,
                    header,
                    share_bits,
                    ..
                } => {
                    let _ = job_tx.send(Some((job, header, share_bits)));
                }
                ServerMessage::Accepted { nonce, .. }
                | ServerMessage::Rejected {
                    nonce: Some(nonce), ..
                } => {
                    let accepted = matches!(message, ServerMessage::Accepted { .. });
                    let Some(sent) = reader_sent.lock().unwrap().remove(&nonce) else {
                        continue;
                    };
                    if sent < measure_from {
                        continue;
                    }
                    let mut tally = reader_tally.lock().unwrap();
                    if accepted {
                        tally.accepted += 1;
                        tally
                            .latencies_ms
                            .push(sent.elapsed().as_secs_f64() * 1_000.0);
                    } else {
                        tally.rejected += 1;
                    }
                }
                _ => {}
            }
        }
    });
    // Spread the students over the half second.
    let period = Duration::from_secs_f64(1.0 / SHARES_PER_SECOND);
    tokio::time::sleep(period.mul_f64(index as f64 / STUDENTS as f64)).await;
    let mut ticker = tokio::time::interval(period);
    let mut next_nonce = 0u32;
    while Instant::now() < until {
        ticker.tick().await;
        if job_rx.has_changed().unwrap_or(false) || job.is_none() {
            if let Some((id, header, bits)) = job_rx.borrow_and_update().clone() {
                let header = hashwatt_core::model::header::BlockHeader::parse_hex(&header).unwrap();
                let target = hashwatt_core::model::target::Target::from_bits(bits).unwrap();
                job = Some((id, Midstate::new(&header), target));
                next_nonce = 0;
            }
        }
        let Some((id, midstate, target)) = &job else {
            continue;
        };
        // In slices of 1,024 nonces, stopping at the first share (about 256 hashes).
        let Some(hit) = (0..64u32).find_map(|slice| {
            search(midstate, target, next_nonce + slice * 1_024, 1_024)
                .hits
                .first()
                .copied()
        }) else {
            continue;
        };
        next_nonce = hit.nonce + 1;
        let now = Instant::now();
        sent_at.lock().unwrap().insert(hit.nonce, now);
        if now >= measure_from {
            tally.lock().unwrap().sent += 1;
        }
        let submit = ClientMessage::Submit {
            job: *id,
            nonce: hit.nonce,
        };
        if sink
            .send(Message::Text(
                serde_json::to_string(&submit).unwrap().into(),
            ))
            .await
            .is_err()
        {
            break;
        }
    }
    // Let the last acknowledgements arrive.
    tokio::time::sleep(Duration::from_secs(2)).await;
    reader.abort();
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[test]
#[ignore = "benchmark: make bench-classroom"]
fn a_thousand_students_at_two_shares_a_second() {
    let dir = scratch("bench");
    let server = Server::start_with(
        &dir,
        &[
            "--share-difficulty",
            EASY_SHARES,
            "--block-difficulty",
            NO_BLOCKS,
            "--fixed-share-difficulty",
            "--max-students",
            "1000",
        ],
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let tally: Arc<Mutex<Tally>> = Arc::default();
    let (_, rss_before, _) = process_figures(server.pid());
    runtime.block_on(async {
        let start = Instant::now();
        // 5 s to connect and settle, then the measured window.
        let measure_from = start + Duration::from_secs(5);
        let until = measure_from + Duration::from_secs(MEASURE_SECONDS);
        let mut tasks = Vec::new();
        for index in 0..STUDENTS {
            tasks.push(tokio::spawn(student(server.url(), server.code.clone(), index, tally.clone(), until, measure_from)));
        }
        // The server's CPU over the measured window only.
        tokio::time::sleep_until((measure_from).into()).await;
        let (cpu_start, _, _) = process_figures(server.pid());
        tokio::time::sleep_until(until.into()).await;
        let (cpu_end, rss, peak) = process_figures(server.pid());
        for task in tasks {
            let _ = tokio::time::timeout(Duration::from_secs(10), task).await;
        }
        let tally = tally.lock().unwrap();
        let mut latencies = tally.latencies_ms.clone();
        latencies.sort_by(f64::total_cmp);
        let report = format!(
            "| Classroom server, {STUDENTS} students x {SHARES_PER_SECOND} shares/s, {MEASURE_SECONDS} s on loopback | value |\n\
             |---|---|\n\
             | shares sent | {} |\n\
             | shares accepted | {} ({:.1} / s) |\n\
             | shares rejected or unanswered | {} rejected, {} unanswered |\n\
             | acknowledgement latency p50 | {:.2} ms |\n\
             | acknowledgement latency p99 | {:.2} ms |\n\
             | server CPU | {:.1} s in {MEASURE_SECONDS} s ({:.0}% of one core) |\n\
             | server memory (RSS now, peak) | {:.1} MB, {:.1} MB (at start {:.1} MB) |\n",
            tally.sent,
            tally.accepted,
            tally.accepted as f64 / MEASURE_SECONDS as f64,
            tally.rejected,
            tally.sent.saturating_sub(tally.accepted + tally.rejected),
            percentile(&latencies, 0.50),
            percentile(&latencies, 0.99),
            cpu_end - cpu_start,
            (cpu_end - cpu_start) / MEASURE_SECONDS as f64 * 100.0,
            rss,
            peak,
            rss_before,
        );
        println!("{report}");
        let _ = std::fs::create_dir_all("../../target/bench");
        let _ = std::fs::write("../../target/bench/classroom.md", &report);
        assert!(tally.sent > 0 && tally.accepted == tally.sent, "every share acknowledged as accepted");
    });
    drop(runtime);
    server.stop();
}

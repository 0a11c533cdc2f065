//! Hashwatt's classroom server (issue 15): `make classroom` builds the page and runs this. It
//! serves the built page from `--dist` and the class's WebSocket at `/ws` on one port, prints the
//! students' and the teacher's links, and keeps the lesson in SQLite (`--db`). See
//! docs/classroom.md.

mod class;
mod db;
mod levers;
mod mining;
mod report;
mod secret;
mod writer;
mod ws;

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::serve::ListenerExt;
use axum::Router;
use clap::Parser;
use hashwatt_core::classroom::difficulty::{
    MAX_DIFFICULTY, MIN_DIFFICULTY, START_BLOCK_DIFFICULTY, START_SHARE_DIFFICULTY,
};
use tower_http::services::ServeDir;

use crate::class::{Class, Settings};

/// The classroom mining pool and live votes, served from the teacher's laptop.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// Address to listen on (0.0.0.0: every interface, so phones on the school network can join).
    #[arg(long, default_value = "0.0.0.0")]
    bind: IpAddr,
    /// Port for the page and the WebSocket (0: any free port; the links show which).
    #[arg(long, default_value_t = 8090)]
    port: u16,
    /// The lesson's SQLite file (created if missing; start again on it to go on with the lesson).
    #[arg(long, default_value = "classroom.sqlite")]
    db: PathBuf,
    /// Folder of the built page (`trunk build --release` writes dist/).
    #[arg(long, default_value = "dist")]
    dist: PathBuf,
    /// Most students in the class.
    #[arg(long, default_value_t = 200)]
    max_students: usize,
    /// A new student's first share difficulty (1 = about 2^32 hashes).
    #[arg(long, default_value_t = START_SHARE_DIFFICULTY)]
    share_difficulty: f64,
    /// Keep every student at --share-difficulty (no per-student retarget): for benchmarks.
    #[arg(long)]
    fixed_share_difficulty: bool,
    /// A new lesson's first block difficulty.
    #[arg(long, default_value_t = START_BLOCK_DIFFICULTY)]
    block_difficulty: f64,
}

/// The server's shared state.
#[derive(Clone)]
pub struct App {
    class: Arc<Mutex<Class>>,
    next_conn: Arc<AtomicU64>,
}

impl App {
    /// The class, even if a panic elsewhere poisoned the lock (its state stays usable).
    fn lock(&self) -> MutexGuard<'_, Class> {
        self.class
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Unix time in seconds.
pub fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

async fn lesson_csv(
    State(app): State<App>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let class = app.lock();
    match query.get("key") {
        Some(key) if class.is_teacher_key(key) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"lesson.csv\"",
                ),
            ],
            class.csv(now()),
        )
            .into_response(),
        _ => (
            StatusCode::FORBIDDEN,
            "The lesson's CSV needs the teacher's key: /lesson.csv?key=KEY",
        )
            .into_response(),
    }
}

/// The addresses students can use: every non-loopback IPv4 address of the machine when listening
/// on all of them (the bind address if there is none), and 127.0.0.1; else the bind address.
fn student_hosts(bind: IpAddr) -> Vec<IpAddr> {
    if !bind.is_unspecified() {
        return vec![bind];
    }
    let mut hosts: Vec<IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .map(|interface| interface.ip())
        .filter(|ip| ip.is_ipv4() && !ip.is_loopback())
        .collect();
    hosts.sort();
    hosts.dedup();
    if hosts.is_empty() {
        hosts.push(bind);
    }
    hosts.push(IpAddr::V4(Ipv4Addr::LOCALHOST));
    hosts
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(_) => return std::future::pending().await,
            };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}

fn fail(message: String) -> ! {
    eprintln!("classroom: {message}");
    std::process::exit(1);
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    for (flag, value) in [
        ("--share-difficulty", args.share_difficulty),
        ("--block-difficulty", args.block_difficulty),
    ] {
        if !(MIN_DIFFICULTY..=MAX_DIFFICULTY).contains(&value) {
            fail(format!(
                "{flag} must be between {MIN_DIFFICULTY} and {MAX_DIFFICULTY}, not {value}"
            ));
        }
    }
    let db = db::Db::open(&args.db).unwrap_or_else(|e| fail(e));
    let settings = Settings {
        max_students: args.max_students,
        start_share_difficulty: args.share_difficulty,
        start_block_difficulty: args.block_difficulty,
        fixed_share_difficulty: args.fixed_share_difficulty,
    };
    let class = Class::load(db, settings, now()).unwrap_or_else(|e| fail(e));
    let listener = tokio::net::TcpListener::bind(SocketAddr::new(args.bind, args.port))
        .await
        .unwrap_or_else(|e| fail(format!("cannot listen on {}:{}: {e}", args.bind, args.port)));
    let port = listener
        .local_addr()
        .unwrap_or_else(|e| fail(format!("no local address: {e}")))
        .port();
    if !args.dist.join("index.html").is_file() {
        eprintln!(
            "classroom: {} has no index.html; build the page first (make classroom does).",
            args.dist.display()
        );
    }
    let teacher_host = if args.bind.is_unspecified() {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    } else {
        args.bind
    };
    println!(
        "Hashwatt classroom: class {} (lesson in {})",
        class.code,
        args.db.display()
    );
    println!(
        "Teacher: http://{}/?class={}&teacher={}",
        SocketAddr::new(teacher_host, port),
        class.code,
        class.key()
    );
    let mut class = class;
    class.student_links = student_hosts(args.bind)
        .into_iter()
        .map(|host| {
            format!(
                "http://{}/?class={}",
                SocketAddr::new(host, port),
                class.code
            )
        })
        .collect();
    for link in &class.student_links {
        println!("Students: {link}");
    }
    let app = App {
        class: Arc::new(Mutex::new(class)),
        next_conn: Arc::new(AtomicU64::new(1)),
    };
    let ticker = app.clone();
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(std::time::Duration::from_secs(1));
        loop {
            interval.tick().await;
            let started = std::time::Instant::now();
            let outgoing = ticker.lock().tick(now());
            // Shares wait while the second's work holds the class: say so when it is slow. (Its
            // SQLite batch is only queued here; the writer thread writes it, and the statuses are
            // encoded below, once the class is free again.)
            let took = started.elapsed();
            for (outbox, message) in outgoing {
                // A connection too slow to drain its outbox loses this second's figures.
                let _ = outbox.try_send(class::Outgoing::Text(ws::to_json(&message)));
            }
            if took > std::time::Duration::from_millis(50) {
                eprintln!(
                    "classroom: the second's work (statuses, jobs) took {} ms",
                    took.as_millis()
                );
            }
        }
    });
    let saver = app.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        let saved = saver.lock().save();
        // The writer commits everything queued before the save, in order; then it is safe to stop.
        let _ = tokio::task::spawn_blocking(move || saved.recv()).await;
        println!("Hashwatt classroom: lesson saved, stopped.");
        std::process::exit(0);
    });
    let router = Router::new()
        .route("/ws", get(ws::upgrade))
        .route("/lesson.csv", get(lesson_csv))
        .fallback_service(ServeDir::new(&args.dist))
        .with_state(app);
    // Acknowledgements are small and sent at once: without TCP_NODELAY, Nagle's algorithm holds
    // one behind the last until the page's delayed ACK (tens of milliseconds).
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    if let Err(error) = axum::serve(listener, router).await {
        fail(format!("the server stopped: {error}"));
    }
}

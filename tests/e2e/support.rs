//! The end-to-end harness: serves the built `dist/` on 127.0.0.1, starts Debian's chromedriver and a
//! fresh headless Chromium, and gives each test a `Page` to drive. Nothing leaves the machine.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::actions::{WheelAction, WheelActions};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::process::{Child, Command};

/// What only the app renders (its Sources list, the page's last section): `index.html` carries the
/// story, the glossary and the FAQ, and every section's heading, before the app has loaded.
pub const APP_READY: &str = "#sources .sources-list";

pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("json") | Some("webmanifest") => "application/json",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// How the server answers: plain (the tests), or gzipped as a static host does (`make bench`'s
/// first visit), or cross-origin isolated for a finer clock (`make bench`'s profile).
#[derive(Debug, Clone, Copy, Default)]
pub struct Serving {
    pub gzip: bool,
    pub isolated: bool,
}

fn gzip(body: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(body).expect("gzip into memory");
    encoder.finish().expect("gzip into memory")
}

/// A minimal static file server for `dist/`.
pub struct StaticServer {
    pub origin: String,
    /// While set, every connection is dropped unanswered: the network is off.
    offline: Arc<AtomicBool>,
    /// Every path asked for, in order: the page's, its workers' and its service worker's requests.
    asked: Arc<std::sync::Mutex<Vec<String>>>,
}

impl StaticServer {
    pub async fn start() -> Result<Self> {
        Self::start_with(repo_root().join("dist"), Serving::default()).await
    }

    /// Serves the built site in `dist` (a `make bench` build elsewhere, say) as `serving` says.
    pub async fn start_with(dist: PathBuf, serving: Serving) -> Result<Self> {
        if !dist.join("index.html").exists() {
            return Err(format!(
                "{}/index.html is missing: run `make dist` first",
                dist.display()
            )
            .into());
        }
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let origin = format!("http://{}", listener.local_addr()?);
        let offline = Arc::new(AtomicBool::new(false));
        let off = offline.clone();
        let asked = Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = asked.clone();
        // Each file gzipped once, as a static host keeps it.
        let gzipped = Arc::new(std::sync::Mutex::new(std::collections::HashMap::new()));
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                if off.load(Ordering::SeqCst) {
                    drop(socket);
                    continue;
                }
                let dist = dist.clone();
                let gzipped = gzipped.clone();
                let log = log.clone();
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 8192];
                    let Ok(n) = socket.read(&mut buf).await else {
                        return;
                    };
                    let head = String::from_utf8_lossy(&buf[..n]);
                    let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
                    let accepts_gzip = head.lines().any(|l| {
                        l.to_ascii_lowercase().starts_with("accept-encoding:") && l.contains("gzip")
                    });
                    let path = target.split(['?', '#']).next().unwrap_or("/");
                    log.lock().expect("the request log").push(path.to_string());
                    let rel = path.trim_start_matches('/');
                    let file = if rel.is_empty() {
                        dist.join("index.html")
                    } else {
                        dist.join(rel)
                    };
                    let safe = !rel.contains("..");
                    let response = match tokio::fs::read(&file).await {
                        Ok(body) if safe => {
                            let mut extra = String::new();
                            let body = if serving.gzip && accepts_gzip {
                                extra += "Content-Encoding: gzip\r\n";
                                gzipped
                                    .lock()
                                    .expect("the gzip cache")
                                    .entry(file.clone())
                                    .or_insert_with(|| gzip(&body))
                                    .clone()
                            } else {
                                body
                            };
                            if serving.isolated {
                                // crossOriginIsolated: performance.now() to 5 us instead of 100 us.
                                extra += "Cross-Origin-Opener-Policy: same-origin\r\n\
                                          Cross-Origin-Embedder-Policy: require-corp\r\n";
                            }
                            let mut r = format!(
                                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{extra}Connection: close\r\n\r\n",
                                content_type(&file),
                                body.len()
                            )
                            .into_bytes();
                            r.extend_from_slice(&body);
                            r
                        }
                        _ => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
                    };
                    socket.write_all(&response).await.ok();
                    socket.shutdown().await.ok();
                });
            }
        });
        Ok(Self {
            origin,
            offline,
            asked,
        })
    }

    /// Every path the server was asked for so far (the service worker's requests included).
    pub fn asked(&self) -> Vec<String> {
        self.asked.lock().expect("the request log").clone()
    }

    /// Turns the server's answers off (true) or on again.
    pub fn set_offline(&self, offline: bool) {
        self.offline.store(offline, Ordering::SeqCst);
    }
}

/// Chromedriver plus a headless Chromium session with browser and network logging.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: TempDir,
}

/// The browser's profile folder. Dropping it also ends every Chromium process started with it:
/// a test that fails half-way must not leave a page mining in the background.
struct TempDir(PathBuf);
impl Drop for TempDir {
    fn drop(&mut self) {
        let marker = format!("--user-data-dir={}", self.0.display());
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
                continue;
            };
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            if String::from_utf8_lossy(&cmdline)
                .split('\0')
                .any(|arg| arg == marker)
            {
                std::process::Command::new("kill")
                    .arg("-9")
                    .arg(pid.to_string())
                    .status()
                    .ok();
            }
        }
        std::fs::remove_dir_all(&self.0).ok();
    }
}

fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

impl Browser {
    pub async fn start(width: u32, height: u32) -> Result<Self> {
        let chromedriver =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let port = free_port()?;
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("cannot start {chromedriver}: {e}"))?;
        let profile =
            std::env::temp_dir().join(format!("hashwatt-e2e-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&profile)?;
        let args = vec![
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--hide-scrollbars".into(),
            // performance.memory in exact bytes, not coarse buckets (read by `make soak`).
            "--enable-precise-memory-info".into(),
            format!("--window-size={width},{height}"),
            format!("--user-data-dir={}", profile.display()),
        ];
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert(
            "goog:chromeOptions".into(),
            json!({ "args": args, "binary": "/usr/bin/chromium" }),
        );
        caps.insert(
            "goog:loggingPrefs".into(),
            json!({ "browser": "ALL", "performance": "ALL" }),
        );
        let driver_url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&driver_url)
                .await
            {
                Ok(client) => break client,
                Err(e) if Instant::now() > deadline => {
                    return Err(format!("chromedriver: {e}").into())
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        if width < 500 {
            // Headless Chromium keeps windows at least 500 px wide: a phone's viewport is emulated.
            let metrics =
                json!({ "width": width, "height": height, "deviceScaleFactor": 2, "mobile": true });
            client
                .issue_cmd(Cdp("Emulation.setDeviceMetricsOverride", metrics))
                .await?;
        }
        Ok(Self {
            client,
            driver,
            _profile: TempDir(profile),
        })
    }

    /// Drains a chromedriver log ("browser" or "performance") through its legacy log endpoint.
    pub async fn log(&self, kind: &'static str) -> Result<Vec<Value>> {
        let value = self.client.issue_cmd(GetLog(kind)).await?;
        Ok(value.as_array().cloned().unwrap_or_default())
    }

    pub async fn close(mut self) -> Result {
        self.client.clone().close().await.ok();
        self.driver.kill().await.ok();
        Ok(())
    }
}

/// Chromedriver's `POST /session/{id}/se/log`, which W3C WebDriver lacks but Chromium keeps.
#[derive(Debug)]
struct GetLog(&'static str);

impl WebDriverCompatibleCommand for GetLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> std::result::Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": self.0 }).to_string()),
        )
    }
}

/// A Chrome DevTools Protocol command, through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
pub struct Cdp(pub &'static str, pub Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> std::result::Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "cmd": self.0, "params": self.1 }).to_string()),
        )
    }
}

/// Browser plus server: the page under test, with helpers that read like a user's steps.
pub struct Page {
    pub browser: Browser,
    /// The origin the page was opened at: the test's static server, or a classroom server.
    pub origin: String,
    /// The static server of `dist/`, when the test started one.
    pub server: Option<StaticServer>,
}

impl Page {
    /// Opens `path_and_query` (e.g. "/" or "/?price=80000") on the served dist/ and waits for the app.
    pub async fn open(path_and_query: &str, width: u32, height: u32) -> Result<Self> {
        Self::open_with(path_and_query, width, height, None).await
    }

    /// Like `open`, first arranging for `script` to run in the page before any of its own code
    /// (to take away a browser feature, say).
    pub async fn open_with(
        path_and_query: &str,
        width: u32,
        height: u32,
        script: Option<&str>,
    ) -> Result<Self> {
        let server = StaticServer::start().await?;
        Self::open_on(server, path_and_query, (width, height), script, &[]).await
    }

    /// Opens `path_and_query` on `server` in a fresh browser, after `script` is arranged to run
    /// before the page's own code and the DevTools `commands` (CPU or network emulation, say) are
    /// sent, and waits for the app.
    pub async fn open_on(
        server: StaticServer,
        path_and_query: &str,
        size: (u32, u32),
        script: Option<&str>,
        commands: &[(&'static str, Value)],
    ) -> Result<Self> {
        let page = Self::open_early(server, path_and_query, size, script, commands).await?;
        page.wait_for(APP_READY, Duration::from_secs(60)).await?;
        Ok(page)
    }

    /// Like [`Page::open_on`], without waiting for the app: for what a reader sees before it has
    /// loaded, or without JavaScript.
    pub async fn open_early(
        server: StaticServer,
        path_and_query: &str,
        (width, height): (u32, u32),
        script: Option<&str>,
        commands: &[(&'static str, Value)],
    ) -> Result<Self> {
        let browser = Browser::start(width, height).await?;
        if let Some(source) = script {
            browser
                .client
                .issue_cmd(Cdp(
                    "Page.addScriptToEvaluateOnNewDocument",
                    json!({ "source": source }),
                ))
                .await?;
        }
        for (method, params) in commands {
            browser
                .client
                .issue_cmd(Cdp(method, params.clone()))
                .await?;
        }
        browser
            .client
            .goto(&format!("{}{}", server.origin, path_and_query))
            .await?;
        Ok(Self {
            browser,
            origin: server.origin.clone(),
            server: Some(server),
        })
    }

    /// Opens `url` (on a server the test started itself, such as the classroom's) in a new browser
    /// and waits for the app.
    pub async fn open_url(url: &str, width: u32, height: u32) -> Result<Self> {
        let parsed = url::Url::parse(url)?;
        let origin = parsed.origin().ascii_serialization();
        let browser = Browser::start(width, height).await?;
        browser.client.goto(url).await?;
        let page = Self {
            browser,
            origin,
            server: None,
        };
        page.wait_for(APP_READY, Duration::from_secs(30)).await?;
        Ok(page)
    }

    /// The network off: the test's static server drops every connection, and Chromium is told it
    /// is offline.
    pub async fn go_offline(&self) -> Result {
        self.static_server()?.set_offline(true);
        self.cdp("Network.enable", json!({})).await?;
        self.cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        )
        .await?;
        Ok(())
    }

    /// The test's static server (pages opened with `open`).
    pub fn static_server(&self) -> Result<&StaticServer> {
        self.server
            .as_ref()
            .ok_or_else(|| "this page was not opened on the test's static server".into())
    }

    pub fn client(&self) -> &Client {
        &self.browser.client
    }

    /// CPU time, in seconds, that this browser's renderer processes (the page and its workers run
    /// there) have used so far, as the kernel counts it in /proc: the OS's account, not the
    /// page's own.
    pub fn renderer_cpu_seconds(&self) -> Result<f64> {
        let root = self.browser.driver.id().ok_or("chromedriver has exited")?;
        // (pid, parent, utime + stime in ticks, is a renderer) for every process.
        let mut procs = Vec::new();
        for entry in std::fs::read_dir("/proc")? {
            let entry = entry?;
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<u32>().ok())
            else {
                continue;
            };
            let (Ok(stat), Ok(cmdline)) = (
                std::fs::read_to_string(entry.path().join("stat")),
                std::fs::read(entry.path().join("cmdline")),
            ) else {
                continue; // exited meanwhile
            };
            // Fields after the ")" that closes the command name: state, ppid, ... utime is the
            // 14th field of the line and stime the 15th.
            let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else {
                continue;
            };
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let number = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
            let (Some(ppid), Some(utime), Some(stime)) = (number(1), number(11), number(12)) else {
                continue;
            };
            let renderer = String::from_utf8_lossy(&cmdline).contains("--type=renderer");
            procs.push((pid, ppid as u32, utime + stime, renderer));
        }
        let mut family = vec![root];
        let mut grew = true;
        while grew {
            grew = false;
            for (pid, ppid, _, _) in &procs {
                if family.contains(ppid) && !family.contains(pid) {
                    family.push(*pid);
                    grew = true;
                }
            }
        }
        let ticks: u64 = procs
            .iter()
            .filter(|(pid, _, _, renderer)| *renderer && family.contains(pid))
            .map(|(_, _, t, _)| t)
            .sum();
        // USER_HZ, the unit of /proc/<pid>/stat times, is 100 on Linux.
        Ok(ticks as f64 / 100.0)
    }

    /// Cores' worth of CPU the renderers use on average over the next `window`.
    pub async fn renderer_cores_over(&self, window: Duration) -> Result<f64> {
        let (t0, c0) = (Instant::now(), self.renderer_cpu_seconds()?);
        tokio::time::sleep(window).await;
        let (t1, c1) = (Instant::now(), self.renderer_cpu_seconds()?);
        Ok((c1 - c0) / (t1 - t0).as_secs_f64())
    }

    /// Runs a Chrome DevTools Protocol command on the page (e.g. `Emulation.setEmulatedMedia`).
    pub async fn cdp(&self, method: &'static str, params: Value) -> Result<Value> {
        Ok(self.client().issue_cmd(Cdp(method, params)).await?)
    }

    pub async fn js(&self, script: &str) -> Result<Value> {
        Ok(self.client().execute(script, vec![]).await?)
    }

    /// Polls until `selector` matches, or fails after `timeout`.
    pub async fn wait_for(&self, selector: &str, timeout: Duration) -> Result {
        self.wait_until(
            &format!("return !!document.querySelector({selector:?})"),
            timeout,
        )
        .await
        .map_err(|_| format!("timed out waiting for {selector}").into())
    }

    /// Polls a JS expression (a script that returns a boolean) until it is true.
    pub async fn wait_until(&self, script: &str, timeout: Duration) -> Result {
        let deadline = Instant::now() + timeout;
        loop {
            if self.js(script).await?.as_bool() == Some(true) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("timed out: {script}").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Scrolls `selector` to the middle of the viewport at once (the page scrolls smoothly, which
    /// would move the element under the click), then clicks it.
    pub async fn click(&self, selector: &str) -> Result {
        // As a person does: a turn of the wheel first (which ends the page's own settling after a
        // load, `src/ui/landing.rs`, as any reader's input does), then the element brought to the
        // middle of the screen.
        let mut wheel = WheelActions::new("wheel".into());
        wheel.push(WheelAction::Scroll {
            duration: None,
            x: 10,
            y: 10,
            delta_x: 0,
            delta_y: 1,
        });
        self.client().perform_actions(wheel).await?;
        self.js(&format!(
            "document.querySelector({selector:?}).scrollIntoView({{block: 'center', behavior: 'instant'}})"
        ))
        .await?;
        let clicked = self
            .client()
            .find(Locator::Css(selector))
            .await?
            .click()
            .await;
        if let Err(e) = clicked {
            // Where the element was when the click missed it, and how far the page had scrolled.
            let seen = self
                .js(&format!(
                    "const r = document.querySelector({selector:?}).getBoundingClientRect();
                     return `top ${{Math.round(r.top)}}, left ${{Math.round(r.left)}}, \
                        window ${{innerWidth}}x${{innerHeight}} scrolled ${{Math.round(scrollY)}}`"
                ))
                .await
                .unwrap_or_default();
            return Err(format!("clicking {selector} (now at {seen}): {e}").into());
        }
        Ok(())
    }

    /// Brings "What happens next" into view, as a reader scrolling to it would, and waits until
    /// its module (loaded when the section nears the screen) has mounted and drawn its charts.
    pub async fn load_simulator(&self) -> Result {
        self.js("document.getElementById('simulate').scrollIntoView({behavior: 'instant'})")
            .await?;
        self.wait_for(
            "#chart-sim-hashprice canvas[data-drawn='true']",
            Duration::from_secs(30),
        )
        .await
    }

    /// Resizes the window and waits until the page has laid itself out at the new width (a
    /// click right after a resize would aim at where an element was before it).
    pub async fn resize(&self, width: u32, height: u32) -> Result {
        self.client().set_window_size(width, height).await?;
        let seen = self
            .js(&format!(
                "return new Promise(done => {{
                let tries = 100;
                const settled = () => innerWidth === {width} || --tries === 0
                    ? requestAnimationFrame(() => requestAnimationFrame(() => done(innerWidth)))
                    : setTimeout(settled, 20);
                settled();
            }})"
            ))
            .await?;
        match seen.as_u64() {
            Some(w) if w == u64::from(width) => Ok(()),
            _ => Err(format!("the window is {seen} px wide, not {width}, after a resize").into()),
        }
    }

    /// Sets a form control's value as if typed or picked, firing `input` and `change`.
    pub async fn set_value(&self, selector: &str, value: &str) -> Result {
        let script = format!(
            "const el = document.querySelector({selector:?}); el.value = {value:?};
             el.dispatchEvent(new Event('input', {{bubbles: true}}));
             el.dispatchEvent(new Event('change', {{bubbles: true}}));"
        );
        self.js(&script).await?;
        Ok(())
    }

    /// An element's attribute, or None if the element or the attribute is missing.
    pub async fn attr(&self, selector: &str, name: &str) -> Result<Option<String>> {
        let value = self
            .js(&format!("const el = document.querySelector({selector:?}); return el && el.getAttribute({name:?})"))
            .await?;
        Ok(value.as_str().map(str::to_string))
    }

    /// Saves a PNG of the viewport under target/screenshots/.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        let dir = repo_root().join("target").join("screenshots");
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, self.client().screenshot().await?)?;
        Ok(path)
    }

    /// The end of every session: no console error (CSP violations included) and no request to any
    /// other origin.
    pub async fn assert_clean(&self) -> Result {
        let errors = self.console_errors().await?;
        if !errors.is_empty() {
            return Err(format!("console errors: {errors:?}").into());
        }
        self.assert_no_foreign_requests().await
    }

    /// Console messages at level SEVERE (errors), as text.
    pub async fn console_errors(&self) -> Result<Vec<String>> {
        let entries = self.browser.log("browser").await?;
        Ok(entries
            .iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_string())
            .collect())
    }

    /// Every URL the page (or a worker it started) asked the network for, from Chromium's network
    /// log. Requests of the browser's own start page (chrome://new-tab-page) are not the page's.
    pub async fn requested_urls(&self) -> Result<Vec<String>> {
        let entries = self.browser.log("performance").await?;
        let mut urls = Vec::new();
        for entry in entries {
            let Some(message) = entry["message"].as_str() else {
                continue;
            };
            let Ok(parsed) = serde_json::from_str::<Value>(message) else {
                continue;
            };
            let params = &parsed["message"]["params"];
            let document = params["documentURL"].as_str().unwrap_or_default();
            if parsed["message"]["method"] == "Network.requestWillBeSent"
                && document.starts_with(&self.origin)
            {
                if let Some(url) = params["request"]["url"].as_str() {
                    urls.push(url.to_string());
                }
            }
        }
        Ok(urls)
    }

    /// Fails if any request left the page's own origin (data: and blob: URLs stay in the page).
    pub async fn assert_no_foreign_requests(&self) -> Result {
        let urls = self.requested_urls().await?;
        self.assert_own_origin(&urls)
    }

    /// Fails if any of `urls` (from [`Page::requested_urls`], which drains the log) is not the
    /// page's own origin.
    pub fn assert_own_origin(&self, urls: &[String]) -> Result {
        if urls.is_empty() {
            return Err("the network log is empty: logging is not working".into());
        }
        let foreign: Vec<_> = urls
            .iter()
            .filter(|u| {
                !u.starts_with(&self.origin) && !u.starts_with("data:") && !u.starts_with("blob:")
            })
            .collect();
        if foreign.is_empty() {
            Ok(())
        } else {
            Err(format!("requests to other origins: {foreign:?}").into())
        }
    }

    pub async fn close(self) -> Result {
        self.browser.close().await
    }
}

/// The text a key sends (`Key::PageDown`, say), for [`press`].
pub fn key(k: fantoccini::key::Key) -> String {
    char::from(k).to_string()
}

/// Types `keys` into whatever has focus, as a person at the keyboard (or a clicker) would.
pub async fn press(page: &Page, keys: &str) -> Result {
    page.client()
        .active_element()
        .await?
        .send_keys(keys)
        .await?;
    Ok(())
}

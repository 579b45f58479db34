//! The page in a real headless Chromium, driven over WebDriver: paste a
//! failing manifest and read its findings under their lines; switch the
//! language; choose a file and drop one; a manifest full of markup runs
//! nothing; a phone-sized screen. Each state is saved as a screenshot in
//! `target/screenshots/serve/`.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`.ci/test` installs
//! them): without them this test fails, it does not skip.

use crate::common;

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use entitle::policy::Library;
use entitle::serve::{self, Config};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// chromedriver, ended when the test ends however it ends.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start_driver() -> (Driver, String) {
    let port = free_port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver runs: install Debian's chromium and chromium-driver (.ci/test does)");
    let driver = Driver(child);
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not listen");
        std::thread::sleep(Duration::from_millis(50));
    }
    (driver, format!("http://127.0.0.1:{port}"))
}

fn screenshots() -> PathBuf {
    let dir = common::root("target/screenshots/serve");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn shoot(browser: &Client, name: &str) {
    let png = browser.screenshot().await.unwrap();
    std::fs::write(screenshots().join(name), png).unwrap();
}

/// Waits until `script` returns true.
async fn until(browser: &Client, what: &str, script: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if browser.execute(script, vec![]).await.unwrap() == Value::Bool(true) {
            return;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn out_text(browser: &Client) -> String {
    browser.find(Locator::Id("out")).await.unwrap().text().await.unwrap()
}

/// Replaces the text area's text by typing it, and checks.
async fn paste_and_check(browser: &Client, text: &str) {
    browser.execute("document.getElementById('text').value = ''; window.__done = 0;", vec![]).await.unwrap();
    browser.find(Locator::Id("text")).await.unwrap().send_keys(text).await.unwrap();
    browser.find(Locator::Id("check")).await.unwrap().click().await.unwrap();
}

/// Records every URL the page fetches, and counts answers rendered.
const SPY: &str = "window.__urls = []; const f = window.fetch; \
    window.fetch = (u, o) => { window.__urls.push(String(u)); return f(u, o); }; \
    new MutationObserver(() => { if (document.querySelector('#out h2')) window.__done = (window.__done || 0) + 1; }) \
      .observe(document.getElementById('out'), { childList: true });";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_in_a_real_browser() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let router = serve::router(Library::builtin().unwrap(), Config { access_log: false, ..Config::default() });
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve::serve(listener, router, Duration::from_secs(10), async {
        let _ = stopped.await;
    }));
    let (_driver, webdriver) = start_driver();
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_string(),
        json!({"binary": "/usr/bin/chromium", "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--window-size=1100,1500", "--hide-scrollbars", "--lang=en-US"]}),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let browser =
        ClientBuilder::new(connector).capabilities(capabilities).connect(&webdriver).await.expect("a browser session");
    browser.set_window_size(1100, 1500).await.unwrap();
    browser.goto(&base).await.unwrap();
    browser.execute(SPY, vec![]).await.unwrap();
    assert_eq!(browser.title().await.unwrap(), "entitle: Check a membership manifest");

    // Paste a failing example: its findings, under their lines, secrets masked.
    let linked = std::fs::read_to_string(common::root("examples/linked-twice.toml")).unwrap();
    paste_and_check(&browser, &linked).await;
    until(&browser, "the first report", "return window.__done >= 1").await;
    let shown = out_text(&browser).await;
    assert!(shown.contains("contract.already-linked"), "{shown}");
    assert!(shown.contains("quota.exceeded"), "{shown}");
    assert!(shown.contains("line 43, column 13"), "{shown}");
    assert!(shown.contains("ERROR"), "severity in words: {shown}");
    assert!(shown.contains("*********5926") && !shown.contains("AID-3141-5926"), "secrets masked: {shown}");
    assert!(shown.contains("What would make this pass"), "{shown}");
    // The finding sits right after its line.
    let after = browser
        .execute(
            "const rows = [...document.querySelectorAll('.src > *')]; \
             const i = rows.findIndex(r => r.classList.contains('ln') && r.textContent === '43'); \
             return i < 0 ? 'no line 43' : rows[i + 2].className + ' ' + rows[i + 2].textContent;",
            vec![],
        )
        .await
        .unwrap();
    assert!(after.as_str().unwrap().starts_with("finding"), "{after}");
    shoot(&browser, "1-pasted.png").await;
    browser.execute("document.querySelector('.finding').scrollIntoView({ block: 'center' })", vec![]).await.unwrap();
    shoot(&browser, "1-pasted-finding.png").await;

    // Switch to Spanish: the same manifest is asked again with lang=es.
    browser.find(Locator::Id("lang")).await.unwrap().select_by_value("es").await.unwrap();
    until(&browser, "the Spanish report", "return window.__done >= 2").await;
    let urls = browser.execute("return window.__urls", vec![]).await.unwrap();
    let last = urls.as_array().unwrap().last().unwrap().as_str().unwrap().to_string();
    assert!(last.contains("lang=es"), "{urls}");
    assert_eq!(browser.execute("return document.documentElement.lang", vec![]).await.unwrap(), "es");
    let spanish = out_text(&browser).await;
    assert!(spanish.contains("contract.already-linked"), "{spanish}");
    // The finding in the policy's Spanish, the page's own words too.
    assert!(spanish.contains("ya está vinculado a"), "{spanish}");
    let button = browser.find(Locator::Id("check")).await.unwrap().text().await.unwrap();
    assert_eq!(button, "Comprobar");
    shoot(&browser, "2-spanish.png").await;

    // And in Italian.
    browser.find(Locator::Id("lang")).await.unwrap().select_by_value("it").await.unwrap();
    until(&browser, "the Italian report", "return window.__done >= 3").await;
    assert_eq!(browser.execute("return document.documentElement.lang", vec![]).await.unwrap(), "it");
    let italian = out_text(&browser).await;
    assert!(italian.contains("è già collegato a"), "{italian}");
    assert!(italian.contains("*********5926") && !italian.contains("AID-3141-5926"), "secrets masked: {italian}");
    let button = browser.find(Locator::Id("check")).await.unwrap().text().await.unwrap();
    assert_eq!(button, "Controlla");
    shoot(&browser, "2-italian.png").await;
    browser.find(Locator::Id("lang")).await.unwrap().select_by_value("").await.unwrap();
    until(&browser, "the report again", "return window.__done >= 4").await;

    // Choose a file: the report names it.
    let file = common::root("examples/csp-only.toml");
    browser.find(Locator::Id("file")).await.unwrap().send_keys(&file.to_string_lossy()).await.unwrap();
    until(
        &browser,
        "the chosen file's report",
        "return document.getElementById('out').textContent.includes('csp-only.toml')",
    )
    .await;
    assert!(out_text(&browser).await.contains("csp-only.toml"));
    shoot(&browser, "3-chosen-file.png").await;
    browser.execute("document.querySelector('#out table').scrollIntoView({ block: 'start' })", vec![]).await.unwrap();
    shoot(&browser, "3-entitlements.png").await;

    // Drop a file on the page.
    let dropped = std::fs::read_to_string(common::root("examples/signature-on-action-pack.toml")).unwrap();
    browser
        .execute(
            "const data = new DataTransfer(); \
             data.items.add(new File([arguments[0]], 'dropped.toml', { type: 'application/toml' })); \
             document.getElementById('text').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));",
            vec![Value::from(dropped)],
        )
        .await
        .unwrap();
    until(
        &browser,
        "the dropped file's report",
        "return document.getElementById('out').textContent.includes('dropped.toml')",
    )
    .await;
    shoot(&browser, "4-dropped-file.png").await;

    // A manifest full of markup: shown as text, nothing runs.
    let hostile = "[partner]\nmpn_id = \"<img src=x onerror=\\\"window.__pwned=1;alert(1)\\\">\"\n\
        name = \"<script>window.__pwned=2;alert(2)</script>\"\n\"<b onmouseover=alert(3)>key</b>\" = 1\n";
    paste_and_check(&browser, hostile).await;
    until(&browser, "the hostile report", "return window.__done >= 1").await;
    let shown = out_text(&browser).await;
    assert!(shown.contains("<img src=x onerror="), "shown as text: {shown}");
    assert!(shown.contains("<script>window.__pwned=2;alert(2)</script>"), "shown as text: {shown}");
    let ran = browser
        .execute(
            "return [window.__pwned === undefined, document.querySelectorAll('#out img, #out script, #out b').length]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(ran, json!([true, 0]), "markup from the manifest became elements or ran");
    assert!(browser.get_alert_text().await.is_err(), "no dialog opened");
    shoot(&browser, "5-markup.png").await;

    // Keyboard: from the text area, Tab reaches the button.
    browser.execute("document.getElementById('text').focus()", vec![]).await.unwrap();
    browser.find(Locator::Id("text")).await.unwrap().send_keys("\u{E004}").await.unwrap();
    assert_eq!(browser.execute("return document.activeElement.id", vec![]).await.unwrap(), "check");

    // A phone: nothing wider than the screen.
    browser.set_window_size(390, 844).await.unwrap();
    paste_and_check(&browser, &linked).await;
    until(&browser, "the phone report", "return document.getElementById('out').textContent.includes('quota.exceeded')")
        .await;
    browser.execute("document.querySelector('.finding').scrollIntoView({ block: 'center' })", vec![]).await.unwrap();
    let overflow =
        browser.execute("return document.documentElement.scrollWidth <= window.innerWidth", vec![]).await.unwrap();
    assert_eq!(overflow, Value::Bool(true), "the page is wider than a phone");
    shoot(&browser, "6-phone.png").await;

    browser.close().await.unwrap();
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}

// console_screenshot.js URL OUT.png: opens a noVNC console URL (as server_console returned
// it) in Debian's headless Chromium, waits until noVNC reports it is connected and the
// guest's screen is drawn, and saves a screenshot. Exit 1 (with noVNC's last status) when
// it does not connect within 60 s.
// Needs playwright-core (NODE_PATH) and /usr/bin/chromium; never downloads a browser.
const { chromium } = require("playwright-core");

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: console_screenshot.js URL OUT.png");
  process.exit(2);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  let status = "(no status)";
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 480 } });
    await page.goto(url, { timeout: 30000 });
    const deadline = Date.now() + 60000;
    for (;;) {
      status = await page.textContent("#status").catch(() => status);
      if (status && status.startsWith("Connected")) break;
      if (Date.now() > deadline) throw new Error("noVNC did not connect; its status: " + status);
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(3000); // the first frames of the guest's screen
    await page.screenshot({ path: out });
    console.log("noVNC status: " + status + "; screenshot: " + out);
  } catch (e) {
    console.error("FAIL: " + e.message);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})();

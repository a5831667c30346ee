// page-screenshot.js PAGE.html OUT.png [WIDTH]: a local HTML page (a repair report) as
// Debian's headless Chromium draws it, the whole page. For docs/howto-repair.md's picture
// of a real run's report. The page must need nothing from the network (the reports do not):
// every request other than the page itself is refused.
// Needs playwright-core (NODE_PATH; tests/cloud/local-cloud env prints it) and /usr/bin/chromium.
const path = require("path");
const { chromium } = require("playwright-core");

const [page, out, width] = process.argv.slice(2);
if (!page || !out) {
  console.error("usage: page-screenshot.js PAGE.html OUT.png [WIDTH]");
  process.exit(2);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: Number(width || 1100), height: 800 } });
    const url = "file://" + path.resolve(page);
    const outside = [];
    await tab.route("**/*", (route) => {
      if (route.request().url() === url) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    await tab.goto(url, { timeout: 30000 });
    await tab.screenshot({ path: out, fullPage: true });
    if (outside.length) {
      console.error("FAIL: the page asked for " + outside.join(", "));
      process.exitCode = 1;
    } else {
      console.log("screenshot: " + out);
    }
  } catch (e) {
    console.error("FAIL: " + e.message);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})();

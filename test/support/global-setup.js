// Finds a Chromium for the browser tests once per run and hands its path to the test workers.
// Order: $CHROMIUM_PATH, then the build that `npm install` brings (@sparticuz/chromium, unpacked
// to /tmp on first use). A missing browser is recorded, never skipped: test/support/browser.ts
// fails every browser test with this message.
const { existsSync } = require("node:fs");

module.exports = async function globalSetup() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return;
  try {
    const mod = require("@sparticuz/chromium");
    const chromium = mod.default ?? mod;
    process.env.CHROMIUM_PATH = await chromium.executablePath();
  } catch (error) {
    process.env.CHROMIUM_ERROR =
      `No Chromium for the browser tests: ${error instanceof Error ? error.message : String(error)}. ` +
      "Run `npm ci` (it installs @sparticuz/chromium) or set CHROMIUM_PATH to a Chromium binary.";
  }
};

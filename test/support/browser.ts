import { chromium, type Browser, type LaunchOptions } from "playwright-core";

/** Flags for a closed network: without them Chromium keeps dialling Google's hosts. */
const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches the Chromium that test/support/global-setup.js found. Throws a clear message when
 * there is none, so a browser test fails instead of passing or skipping silently.
 */
export async function launchBrowser(extraArgs: string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) {
    throw new Error(
      process.env.CHROMIUM_ERROR ??
        "No Chromium: CHROMIUM_PATH is not set (see test/support/global-setup.js).",
    );
  }
  // Not @sparticuz/chromium's own `args`: they include --disable-web-security, which would switch
  // off the CORS and mixed-content checks these tests exist to exercise.
  const args = [...QUIET_FLAGS, ...extraArgs];
  return chromium.launch({ executablePath, args, headless: true, ...options });
}

// One runner for every layer: unit tests use fakes, integration tests start the emulators on
// ephemeral ports, e2e tests drive a real Chromium against them (see test/support/).
const { existsSync } = require("node:fs");
const path = require("node:path");

// Resolve the SDK package when it is installed; otherwise use the project's own typed copy.
const sdkInstalled = existsSync(
  path.join(__dirname, "node_modules/@onlyoffice/docspace-plugin-sdk/package.json"),
);

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
  moduleNameMapper: sdkInstalled
    ? {}
    : { "^@onlyoffice/docspace-plugin-sdk$": "<rootDir>/src/docspace-plugin-sdk/index.ts" },
  globalSetup: "<rootDir>/test/support/global-setup.js",
  testTimeout: 60_000,
  // Two cores: the emulators and the browser need the second one.
  maxWorkers: 2,
};

#!/usr/bin/env node
// Runs the TypeScript CLI straight from a clone (`npx docspace-to-dropbox`); tsx compiles on load.
require("tsx/cjs");
require("../src/cli/main.ts");

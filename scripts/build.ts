// `npm run build`: bundle with webpack, pack dist/plugin.zip, and refuse an archive the portal
// would refuse (or would accept and then run badly), naming the rule that failed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import webpack from "webpack";
import { buildCli, CLI_BUNDLE } from "./lib/build-cli";
import { ROOT } from "./lib/manifest";
import { packPlugin } from "./lib/pack";
import { validateArchive } from "./lib/validate-archive";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const config = require(path.join(ROOT, "webpack.config.js")) as webpack.Configuration;

function bundle(): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) {
        return reject(
          new Error(stats?.toString({ all: false, errors: true, colors: false }) ?? "webpack failed"),
        );
      }
      resolve();
    });
  });
}

async function main(): Promise<void> {
  await bundle();
  const dist = path.join(ROOT, "dist");
  mkdirSync(dist, { recursive: true });
  const { zip, config: pluginConfig } = packPlugin(readFileSync(path.join(dist, "plugin.js")));
  const { violations, entries } = validateArchive(zip);
  if (violations.length > 0) {
    for (const v of violations) console.error(`✗ ${v.rule}: ${v.detail}`);
    throw new Error(`dist/plugin.zip breaks ${violations.length} portal rule(s); see above.`);
  }
  writeFileSync(path.join(dist, "plugin.zip"), zip);
  console.log(
    `dist/plugin.zip: ${pluginConfig.name} ${pluginConfig.version}, ${zip.byteLength} bytes, ${entries.length} entries, valid`,
  );
  const sources = await buildCli();
  console.log(`${CLI_BUNDLE}: the CLI from ${sources} source files`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

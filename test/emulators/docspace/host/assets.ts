import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

import ts from "typescript";

const RUNTIME_DIR = join(__dirname, "runtime");
const SDK_SOURCE = resolve(__dirname, "../../../../src/docspace-plugin-sdk/index.ts");

/** Points bare and relative imports at the served modules: the browser has no resolver. */
function rewriteImports(code: string): string {
  return code.replace(
    /((?:from|import)\s*)(["'])(\.\/[^"']+|@onlyoffice\/docspace-plugin-sdk)\2/g,
    (_all, prefix: string, quote: string, spec: string) => {
      const target = spec.startsWith("./") ? `/_host/${spec.slice(2)}.js` : "/_host/sdk.js";
      return `${prefix}${quote}${target}${quote}`;
    },
  );
}

function transpile(path: string): string {
  const out = ts.transpileModule(readFileSync(path, "utf8"), {
    fileName: path,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      sourceMap: false,
      isolatedModules: true,
    },
  });
  return rewriteImports(out.outputText);
}

/** The host page's browser modules, transpiled from TypeScript once at start (no bundler). */
export class HostAssets {
  private readonly modules = new Map<string, string>();
  readonly css: string;

  constructor() {
    for (const entry of readdirSync(RUNTIME_DIR)) {
      if (entry.endsWith(".ts"))
        this.modules.set(entry.replace(/\.ts$/, ".js"), transpile(join(RUNTIME_DIR, entry)));
    }
    this.modules.set("sdk.js", transpile(SDK_SOURCE));
    this.css = readFileSync(join(__dirname, "host.css"), "utf8");
  }

  module(name: string): string | undefined {
    return this.modules.get(name);
  }
}

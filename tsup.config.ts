import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { playgroundModules } from "./scripts/playground-build.js";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/**
 * zod and chrono-node are bundled in: Node loads their many-module graphs
 * slowly (measured on the 2-vCPU CI machine: zod 125 ms, chrono-node/en 65
 * ms unbundled; 25 ms and 15 ms bundled), and cold start is a budget
 * (docs/performance.md). zod stays a dependency for its types.
 */
const BUNDLED = ["zod", "chrono-node"];

/**
 * htmlparser2 (and its `entities` decoder) are bundled into dist/html.* only:
 * 43 KB minified, 6 ms to import bundled (bench/html-parsers.mjs), and
 * htmlparser2 12 is ESM-only, which the CJS build could not `require` on
 * every Node 20. The main entry never imports them (scripts/check-size.mjs).
 */
const HTML_BUNDLED = ["htmlparser2", "entities"];

export default defineConfig([
  {
    // The library: no `node:` imports, runs in browsers, Deno, Bun and edge workers.
    // `wirecopy/entities` (src/entities.ts) is an entry of its own, so that only it loads
    // compromise; compromise is a dependency and stays external (only BUNDLED is bundled).
    // `wirecopy/html` (src/html.ts) is one too, so that only it carries the HTML parser
    // (htmlparser2, bundled: see HTML_BUNDLED).
    // No code splitting: each entry stands alone, and dist/index.js imports nothing.
    entry: { index: "src/index.ts", entities: "src/entities.ts", html: "src/html.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    target: "es2022",
    platform: "neutral",
    sourcemap: true,
    // Whitespace and syntax minified, names kept (stack traces stay readable; the source maps
    // point into src/): a smaller package and a faster cold import.
    minifyWhitespace: true,
    minifySyntax: true,
    clean: true,
    treeshake: true,
    splitting: false,
    external: ["compromise"],
    noExternal: [...BUNDLED, ...HTML_BUNDLED],
  },
  {
    // The CLI: Node only, ESM, with a shebang; dist/worker.js is its worker thread
    // (`--jobs`). No code splitting: each file stands alone.
    entry: { cli: "src/cli.ts", worker: "src/cli/worker.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    clean: false,
    splitting: false,
    noExternal: BUNDLED,
    banner: { js: "#!/usr/bin/env node" },
    define: { __VERSION__: JSON.stringify(version) },
  },
  {
    // The playground (playground/, docs/playground.md): a static page, dist/playground/
    // index.html + playground.css (copied from playground/public/) + playground.js, one classic
    // script (no module: it must run from file://). The parser runs in a worker whose bundled code
    // the script carries as text (scripts/playground-build.ts), started from a Blob URL.
    entry: { playground: "playground/main.ts" },
    outDir: "dist/playground",
    format: ["iife"],
    outExtension: () => ({ js: ".js" }),
    target: "es2022",
    platform: "browser",
    minify: true,
    sourcemap: false,
    clean: false,
    splitting: false,
    publicDir: "playground/public",
    define: { __VERSION__: JSON.stringify(version) },
    esbuildPlugins: [playgroundModules(import.meta.dirname)],
  },
]);

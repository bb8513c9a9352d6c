#!/usr/bin/env node
// A/B: this build against another build of wirecopy, in alternate rounds on every page set.
// Usage: node bench/ab.bench.mjs --base ../other-checkout/dist/index.js [--seconds N]
// (e.g. a `git worktree add /tmp/base <commit>` built with `npx tsup`).
import { resolve, join } from "node:path";
import { pathToFileURL } from "node:url";
import { avgBytes, machine, measurePair, pageSets, root, secondsArg } from "./lib.mjs";

const args = process.argv.slice(2);
const baseArg = args[args.indexOf("--base") + 1];
if (!args.includes("--base") || !baseArg) {
  console.error("usage: node bench/ab.bench.mjs --base <path to another build's dist/index.js> [--seconds N]");
  process.exit(2);
}
const seconds = secondsArg(args);
const head = (await import(pathToFileURL(join(root, "dist", "index.js")).href)).safeParseWireStory;
const base = (await import(pathToFileURL(resolve(baseArg)).href)).safeParseWireStory;
console.log(`wirecopy A/B: ${machine()}, one core, ${seconds}s per set, alternate rounds\nbase: ${baseArg}\n`);
console.log("set              pages    base µs   base/s    this µs   this/s   this MB/s   this/base speed");
for (const [name, texts] of pageSets()) {
  const { a, b, ratio } = measurePair(texts, base, head, { seconds });
  const bytes = avgBytes(texts);
  console.log(
    `${name.padEnd(15)} ${String(texts.length).padStart(6)} ${a.toFixed(1).padStart(10)} ${Math.round(1e6 / a).toString().padStart(8)} ${b.toFixed(1).padStart(10)} ${Math.round(1e6 / b).toString().padStart(8)} ${(bytes / b).toFixed(1).padStart(11)} ${(1 / ratio).toFixed(2).padStart(17)}`,
  );
}

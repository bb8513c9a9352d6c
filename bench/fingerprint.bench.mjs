#!/usr/bin/env node
// Cost of `fingerprint` per story, on the stories parsed from fixtures/*.txt (and the public corpus
// when present), next to the cost of the parse itself. Needs `npm run build`. One core.
// Usage: node bench/fingerprint.bench.mjs [--seconds N]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf("--seconds") + 1] || 0) || 3;
const { safeParseWireStory, fingerprint } = await import(join(root, "dist", "index.js"));

const readTexts = (dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const sets = [["fixtures", readTexts(join(root, "fixtures"))]];
const corpus = join(root, "..", "shared", "corpus", "public");
if (existsSync(corpus)) sets.push(["public corpus", readTexts(corpus)]);

/** µs per call of `fn` on each item, median of 7 rounds after a warm-up. */
function measure(items, fn) {
  for (let i = 0; i < 50; i++) for (const x of items) fn(x);
  const rounds = [];
  for (let r = 0; r < 7; r++) {
    let n = 0;
    const t0 = performance.now();
    while (n === 0 || performance.now() - t0 < (seconds * 1000) / 7) {
      for (const x of items) fn(x);
      n += items.length;
    }
    rounds.push(((performance.now() - t0) * 1000) / n);
  }
  return rounds.sort((a, b) => a - b)[3];
}

console.log(`fingerprint bench: Node ${process.version}, ${cpus()[0]?.model ?? "cpu"} x${cpus().length}, one core, ${seconds}s per measure\n`);
console.log("set              stories   avg KB   fingerprint µs/story   parse µs/story");
for (const [name, texts] of sets) {
  const stories = texts.map((t) => safeParseWireStory(t)).filter((r) => r.success).map((r) => r.data);
  const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length / 1024;
  const f = measure(stories, fingerprint);
  const p = measure(texts, safeParseWireStory);
  console.log(`${name.padEnd(15)} ${String(stories.length).padStart(8)} ${kb.toFixed(1).padStart(8)} ${f.toFixed(1).padStart(22)} ${p.toFixed(1).padStart(16)}`);
}

// Shared by the bench scripts: the page sets to run on, and the round-based timer.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..");

/** `--seconds N` from the command line (default 3). */
export const secondsArg = (args) => Number(args[args.indexOf("--seconds") + 1] || 0) || 3;

/** "Node v20.20.2, AMD EPYC x2": the machine line every bench prints first. */
export const machine = () => `Node ${process.version}, ${cpus()[0]?.model ?? "cpu"} x${cpus().length}`;

/** Average size of the texts in bytes (UTF-8). */
export const avgBytes = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length;

/** The stories `safeParseWireStory` gets out of the texts (failed parses left out). */
export const parsedStories = (texts, safeParse) => texts.map((t) => safeParse(t)).filter((r) => r.success).map((r) => r.data);

/** Every *.txt page of a folder, in name order. */
export const readTexts = (dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));

/** [name, texts] sets: the fixtures, and the public corpus and the aeb whole pages when ../shared is there. */
export function pageSets() {
  const sets = [["fixtures", readTexts(join(root, "fixtures"))]];
  const corpus = join(root, "..", "shared", "corpus", "public");
  if (existsSync(corpus)) sets.push(["public corpus", readTexts(corpus)]);
  const aeb = join(root, "..", "shared", "aeb", "dev");
  if (existsSync(aeb)) sets.push(["aeb pages", readTexts(aeb)]);
  return sets;
}

/**
 * µs per call of two functions on the same items, timed in alternate rounds (A, B, A, B ...) so
 * that a slow spell of the shared VM slows both alike: { a, b } medians and the median of the
 * per-round ratios b/a.
 */
export function measurePair(items, fa, fb, { seconds = 3, warmup = 20, rounds: count = 21 } = {}) {
  for (let i = 0; i < warmup; i++) for (const x of items) (fa(x), fb(x));
  const time = (fn) => {
    let n = 0;
    const t0 = performance.now();
    while (n === 0 || performance.now() - t0 < (seconds * 500) / count) {
      for (const x of items) fn(x);
      n += items.length;
    }
    return ((performance.now() - t0) * 1000) / n;
  };
  const as = [];
  const bs = [];
  const ratios = [];
  for (let r = 0; r < count; r++) {
    const a = time(fa);
    const b = time(fb);
    as.push(a);
    bs.push(b);
    ratios.push(b / a);
  }
  const mid = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(count / 2)];
  return { a: mid(as), b: mid(bs), ratio: mid(ratios) };
}

/**
 * µs per call of `fn` on each item: `rounds` timed rounds sharing `seconds`, after `warmup` passes.
 * Gives the median round, the 10th percentile and the best: the CI machine is a shared VM whose
 * speed swings by up to 2x for seconds at a time, so the median alone says more about the host
 * than about the parser; the fast rounds show what the code costs when it gets the core.
 */
export function measure(items, fn, { seconds = 3, warmup = 50, rounds: count = 21 } = {}) {
  for (let i = 0; i < warmup; i++) for (const x of items) fn(x);
  const rounds = [];
  for (let r = 0; r < count; r++) {
    let n = 0;
    const t0 = performance.now();
    while (n === 0 || performance.now() - t0 < (seconds * 1000) / count) {
      for (const x of items) fn(x);
      n += items.length;
    }
    rounds.push(((performance.now() - t0) * 1000) / n);
  }
  rounds.sort((a, b) => a - b);
  return { median: rounds[Math.floor(count / 2)], p10: rounds[Math.floor(count / 10)], best: rounds[0], rounds: count };
}

/** Cold `import(entry)` in fresh Node processes: { median, min, max, runs } in ms. */
export function coldImport(entry, runs = 11) {
  const script = `const t=performance.now();await import(${JSON.stringify(entry)});console.log(performance.now()-t)`;
  const times = [];
  for (let i = 0; i < runs; i++) times.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })));
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], runs };
}

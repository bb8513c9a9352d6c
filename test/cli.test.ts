/**
 * The `wirecopy` command, run as users run it: `node dist/cli.js` in a child
 * process. Needs `npm run build` first (npm test does it).
 */
import { spawn, spawnSync } from "node:child_process";
import type { SpawnSyncReturns } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprint, safeParseWireStory } from "../src/index.js";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");
const worker = join(root, "dist", "worker.js");

interface RunOptions {
  readonly input?: string | Buffer;
  readonly cwd?: string;
  readonly env?: Record<string, string>;
}

/** Runs the built command; stdin is `input` (or an empty pipe). */
function run(args: readonly string[], options: RunOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? root,
    encoding: "utf8",
    input: options.input ?? "",
    env: { ...process.env, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** The NDJSON lines of an output, parsed. */
const records = (stdout: string): Record<string, unknown>[] =>
  stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const seedText = readFileSync(join(root, "fixtures", "seed-sample.txt"), "utf8");
const xinhuaText = readFileSync(join(root, "fixtures", "xinhua.txt"), "utf8");
/** A page whose headline says which page it is. */
const page = (i: number, paragraphs = 1): string =>
  `Headline number ${i} of the test run\n\nLONDON, March 3 (Reuters) - ${"The first paragraph of the story, long enough to be body text. ".repeat(paragraphs)}\n\nA second paragraph closes story ${i}.\n`;
/** A year-less dateline and no date on the page: the year comes only from --reference-date. */
const yearless = "Mayor opens the new bridge over the river\n\nPARIS, June 3 (AFP) - The mayor opened the bridge on Tuesday, two years late.\n";

let tmp: string;
/** A folder of 150 pages, p000.txt to p149.txt, of very different sizes (so batches finish out of order). */
let many: string;
const tmpPath = (...parts: string[]): string => join(tmp, ...parts);
const write = (path: string, content: string | Buffer): string => {
  writeFileSync(path, content);
  return path;
};

// These tests need the build; `npm test` builds first. Fail loudly rather than skip.
beforeAll(() => {
  for (const file of [cli, worker]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (npm test does) before these tests`);
  }
  tmp = mkdtempSync(join(tmpdir(), "wirecopy-cli-"));
  many = join(tmp, "many");
  mkdirSync(many);
  for (let i = 0; i < 150; i++) writeFileSync(join(many, `p${String(i).padStart(3, "0")}.txt`), page(i, i % 7 === 0 ? 400 : 1));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("wirecopy FILE and stdin", () => {
  it("prints the story in FILE as pretty JSON, the same as the library gives", () => {
    const r = run(["fixtures/seed-sample.txt"]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith("{\n  ")).toBe(true);
    expect(JSON.parse(r.stdout)).toEqual(safeParseWireStory(seedText).data);
    expect(r.stderr).toBe("");
  });

  it("reads the page from stdin when no FILE is given", () => {
    const r = run([], { input: xinhuaText });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(safeParseWireStory(xinhuaText).data);
  });

  it("reads the page from stdin for -", () => {
    const r = run(["-"], { input: seedText });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).dateline.city).toBe("Pyongyang");
  });

  it("reports a page that gives no story on one line of stderr, exit 1, nothing on stdout", () => {
    const r = run(["-"], { input: "   \n\n  " });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^wirecopy: \(stdin\): EMPTY_INPUT: .+\n$/);
  });

  it("refuses a binary file with BINARY_INPUT", () => {
    const bin = write(tmpPath("single.bin"), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]));
    const r = run([bin]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("BINARY_INPUT");
  });

  it("applies --reference-date to year-less datelines", () => {
    const without = JSON.parse(run(["-"], { input: yearless }).stdout);
    expect(without.dateline.date).toBeNull();
    expect(without.warnings.map((w: { code: string }) => w.code)).toContain("DATE_YEAR_UNKNOWN");
    const r = run(["--reference-date", "2023-01-15", "-"], { input: yearless });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).dateline.date).toBe("2023-06-03");
  });
});

describe("wirecopy --ndjson", () => {
  it("prints one line per file, {file, ...story}, in input order", () => {
    const a = write(tmpPath("order-a.txt"), page(1));
    const b = write(tmpPath("order-b.txt"), page(2));
    const r = run(["--ndjson", b, a, "fixtures/seed-sample.txt"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.file)).toEqual([b, a, "fixtures/seed-sample.txt"]);
    expect(out[0].headline).toBe("Headline number 2 of the test run");
    expect(out[1].headline).toBe("Headline number 1 of the test run");
    const { file, ...story } = out[2];
    expect(file).toBe("fixtures/seed-sample.txt");
    expect(story).toEqual(safeParseWireStory(seedText).data);
  });

  it("walks folders recursively for *.txt, sorted by name in each folder", () => {
    const dir = tmpPath("walk");
    mkdirSync(join(dir, "a", "sub"), { recursive: true });
    mkdirSync(join(dir, "empty"));
    write(join(dir, "b.txt"), page(3));
    write(join(dir, "a", "z.txt"), page(2));
    write(join(dir, "a", "sub", "y.txt"), page(1));
    write(join(dir, "notes.md"), page(9));
    write(join(dir, "README"), page(9));
    write(join(dir, "A.txt"), page(0));
    const r = run(["--ndjson", "walk"], { cwd: tmp });
    expect(r.status).toBe(0);
    const out = records(r.stdout);
    expect(out.map((o) => o.file)).toEqual([
      join("walk", "A.txt"),
      join("walk", "a", "sub", "y.txt"),
      join("walk", "a", "z.txt"),
      join("walk", "b.txt"),
    ]);
    expect(out.map((o) => o.headline)).toEqual([0, 1, 2, 3].map((i) => `Headline number ${i} of the test run`));
    // The same order on a second run: deterministic.
    expect(run(["--ndjson", "walk"], { cwd: tmp }).stdout).toBe(r.stdout);
  });

  it("follows a symlinked folder once, without looping", () => {
    const dir = tmpPath("loop");
    mkdirSync(join(dir, "inner"), { recursive: true });
    write(join(dir, "inner", "p.txt"), page(5));
    symlinkSync(dir, join(dir, "inner", "back"));
    const r = run(["--ndjson", dir]);
    expect(r.status).toBe(0);
    expect(records(r.stdout).map((o) => o.file)).toEqual([join(dir, "inner", "p.txt")]);
  });

  it("gives error records for missing, binary and empty files and goes on; exit 1", () => {
    const good1 = write(tmpPath("err-good1.txt"), page(1));
    const missing = tmpPath("err-missing.txt");
    const binary = write(tmpPath("err-binary.txt"), Buffer.concat([Buffer.from("Headline\n\n"), Buffer.alloc(8), Buffer.from("body")]));
    const empty = write(tmpPath("err-empty.txt"), "");
    const blank = write(tmpPath("err-blank.txt"), " \n\n\t\n");
    const noStory = write(tmpPath("err-nostory.txt"), "Share on WhatsApp\nAdvertisement\n");
    const good2 = write(tmpPath("err-good2.txt"), page(2));
    const r = run(["--ndjson", good1, missing, binary, empty, blank, noStory, good2]);
    expect(r.status).toBe(1);
    const out = records(r.stdout);
    expect(out.map((o) => o.file)).toEqual([good1, missing, binary, empty, blank, noStory, good2]);
    expect(out.map((o) => (o.error as { code: string } | undefined)?.code ?? "ok")).toEqual([
      "ok",
      "NOT_FOUND",
      "BINARY_INPUT",
      "EMPTY_INPUT",
      "EMPTY_INPUT",
      "NO_STORY",
      "ok",
    ]);
    for (const o of out.filter((o) => o.error)) {
      expect(Object.keys(o)).toEqual(["file", "error"]);
      expect((o.error as { message: string }).message).toMatch(/\S/);
    }
    expect(out[6]!.headline).toBe("Headline number 2 of the test run");
  });

  it("gives READ_ERROR for a file it may not read", () => {
    // As root (CI) permissions do not stop a read; /proc/self/mem fails with EIO instead.
    const root = process.getuid?.() === 0;
    const locked = root ? "/proc/self/mem" : write(tmpPath("locked.txt"), page(1));
    if (!root) chmodSync(locked, 0o000);
    const r = run(["--ndjson", locked]);
    expect(r.status).toBe(1);
    const [rec] = records(r.stdout) as { file: string; error: { code: string; message: string } }[];
    expect(rec).toMatchObject({ file: locked, error: { code: "READ_ERROR" } });
    expect(rec!.error.message).toMatch(root ? /i\/o error/i : /permission denied/);
  });

  it("exits 0 when every file parsed", () => {
    const r = run(["--ndjson", "fixtures/seed-sample.txt", "fixtures/xinhua.txt"]);
    expect(r.status).toBe(0);
    expect(records(r.stdout).every((o) => typeof o.headline === "string" && !("error" in o))).toBe(true);
  });

  it("reads one page from stdin for - (file: \"-\")", () => {
    const r = run(["--ndjson", "-", "fixtures/xinhua.txt"], { input: seedText });
    expect(r.status).toBe(0);
    const out = records(r.stdout);
    expect(out.map((o) => o.file)).toEqual(["-", "fixtures/xinhua.txt"]);
    expect(out[0]!.headline).toBe("Russia, N Korea agree on mutual support if attacked");
  });

  it("keeps input order with --jobs 2 on a worker pool, byte for byte the --jobs 1 output", () => {
    const one = run(["--ndjson", "--jobs", "1", many], { env: { NODE_DEBUG: "worker" } });
    const two = run(["--ndjson", "--jobs", "2", many], { env: { NODE_DEBUG: "worker" } });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    // NODE_DEBUG=worker makes Node log each worker thread it creates: the pool ran only with --jobs 2.
    expect(one.stderr).not.toContain("create new worker");
    expect(two.stderr).toContain("create new worker");
    expect(records(two.stdout).map((o) => o.headline)).toEqual(
      Array.from({ length: 150 }, (_, i) => `Headline number ${i} of the test run`),
    );
    expect(two.stdout).toBe(one.stdout);
  });

  it("prints no progress bar when stderr is not a terminal", () => {
    const r = run(["--ndjson", many]);
    expect(r.status).toBe(0);
    expect(records(r.stdout)).toHaveLength(150);
    expect(r.stderr).toBe("");
  });
});

describe("progress on a terminal", () => {
  // `script` runs the command on a pseudo-terminal, so stderr is a TTY; stdout goes to a file.
  const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
  const onTerminal = (args: string): { terminal: string; stdout: string } => {
    const out = tmpPath("tty-out.ndjson");
    const r = spawnSync("script", ["-qec", `"${process.execPath}" "${cli}" ${args} > "${out}"`, "/dev/null"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    return { terminal: r.stdout, stdout: readFileSync(out, "utf8") };
  };

  it.skipIf(!hasScript)("shows progress and a summary on stderr, and only results on stdout", () => {
    const { terminal, stdout } = onTerminal(`--ndjson "${many}"`);
    expect(terminal).toMatch(/wirecopy: 150 files in \d+\.\d s/);
    // Only the result lines: no bar, no escape codes, no summary.
    expect(records(stdout)).toHaveLength(150);
    expect(stdout).not.toMatch(/\r|\x1b|files in/);
  });

  it.skipIf(!hasScript)("--quiet silences it", () => {
    const { terminal, stdout } = onTerminal(`--ndjson --quiet "${many}"`);
    expect(terminal).not.toMatch(/wirecopy|\x1b/);
    expect(records(stdout)).toHaveLength(150);
  });
});

describe("wirecopy --input ndjson", () => {
  const good = (id: number, extra: Record<string, unknown> = {}) => JSON.stringify({ id, ...extra, text: page(id) });

  it("adds the story to each record and keeps every other field as written", () => {
    const input = [
      // An id beyond double precision, nested values, unicode: kept exactly, in place.
      `{"id":12345678901234567890,"meta":{"tags":["a","b"],"score":1.50},"title":"Ünïcode ✓","text":${JSON.stringify(page(1))}}`,
      good(2),
    ].join("\n");
    const r = run(["--input", "ndjson"], { input: input + "\n" });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]!.startsWith(`{"id":12345678901234567890,"meta":{"tags":["a","b"],"score":1.50},"title":"Ünïcode ✓","text":`)).toBe(true);
    const first = JSON.parse(lines[0]!);
    expect(Object.keys(first)).toEqual(["id", "meta", "title", "text", "story"]);
    expect(first.story).toEqual(safeParseWireStory(page(1)).data);
    expect(JSON.parse(lines[1]!).story.headline).toBe("Headline number 2 of the test run");
  });

  it("reads the field named by --field", () => {
    const r = run(["--input", "ndjson", "--field", "body"], { input: JSON.stringify({ url: "u", body: seedText }) + "\n" });
    expect(r.status).toBe(0);
    const [rec] = records(r.stdout);
    expect(rec!.url).toBe("u");
    expect((rec!.story as { headline: string }).headline).toBe("Russia, N Korea agree on mutual support if attacked");
  });

  it("gives {line, error} for bad lines, story: null + error for a text with no story, skips blank lines; exit 1", () => {
    const input = [
      good(1), // 1
      "", // 2: blank, skipped
      "{not json", // 3
      "[1,2]", // 4
      JSON.stringify({ id: 5 }), // 5
      JSON.stringify({ id: 6, text: 42 }), // 6
      JSON.stringify({ id: 7, text: "   " }), // 7
      good(8), // 8
    ].join("\n");
    const r = run(["--input", "ndjson"], { input });
    expect(r.status).toBe(1);
    const out = records(r.stdout);
    expect(out).toHaveLength(7);
    expect(out[0]!.id).toBe(1);
    expect(out[1]).toMatchObject({ line: 3, error: { code: "BAD_JSON" } });
    expect(out[2]).toMatchObject({ line: 4, error: { code: "BAD_JSON" } });
    expect(out[3]).toMatchObject({ line: 5, error: { code: "MISSING_FIELD" } });
    expect(out[4]).toMatchObject({ line: 6, error: { code: "MISSING_FIELD" } });
    for (const o of out.slice(1, 5)) expect(Object.keys(o)).toEqual(["line", "error"]);
    expect(out[5]).toEqual({ id: 7, text: "   ", story: null, error: { code: "EMPTY_INPUT", message: expect.any(String) } });
    expect((out[6]!.story as { headline: string }).headline).toBe("Headline number 8 of the test run");
  });

  it("exits 0 when every record parsed", () => {
    const r = run(["--input", "ndjson"], { input: `${good(1)}\n${good(2)}\n` });
    expect(r.status).toBe(0);
    expect(records(r.stdout).map((o) => o.id)).toEqual([1, 2]);
  });

  it("reads files in order, stdin for -, and names the file in error records", () => {
    const a = write(tmpPath("a.ndjson"), `${good(1)}\noops\n`);
    const b = write(tmpPath("b.ndjson"), `${good(3)}\r\n${good(4)}\r\n`);
    const missing = tmpPath("missing.ndjson");
    const r = run(["--input", "ndjson", a, missing, "-", tmpPath(), b], { input: `${good(2)}\n` });
    expect(r.status).toBe(1);
    const out = records(r.stdout);
    expect(out).toEqual([
      expect.objectContaining({ id: 1 }),
      { file: a, line: 2, error: { code: "BAD_JSON", message: expect.any(String) } },
      { file: missing, error: { code: "NOT_FOUND", message: expect.any(String) } },
      expect.objectContaining({ id: 2 }),
      { file: tmp, error: { code: "READ_ERROR", message: expect.stringContaining("directory") } },
      expect.objectContaining({ id: 3 }),
      expect.objectContaining({ id: 4 }),
    ]);
  });

  it("keeps record order with --jobs 2 over many batches, byte for byte the --jobs 1 output", () => {
    // Non-ASCII text throughout: multi-byte characters fall across read chunks and batches.
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: i, note: `Zürich “${i}” 東京 ✓`, text: page(i, i % 11 === 0 ? 60 : 1) }),
    );
    lines.splice(1234, 0, "not json");
    const input = lines.join("\n") + "\n";
    const one = run(["--input", "ndjson", "--jobs", "1"], { input, env: { NODE_DEBUG: "worker" } });
    const two = run(["--input", "ndjson", "--jobs", "2"], { input, env: { NODE_DEBUG: "worker" } });
    expect(two.stderr).toContain("create new worker");
    expect(one.stderr).not.toContain("create new worker");
    expect(two.status).toBe(1);
    const out = records(two.stdout);
    expect(out).toHaveLength(3001);
    expect(out[1234]).toMatchObject({ line: 1235, error: { code: "BAD_JSON" } });
    const kept = out.filter((o) => "id" in o);
    expect(kept.map((o) => o.id)).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    expect(kept.every((o) => o.note === `Zürich “${o.id}” 東京 ✓`)).toBe(true);
    expect(two.stdout).toBe(one.stdout);
  });

  it("skips a line longer than 32 MiB with INPUT_TOO_LARGE and goes on", () => {
    const huge = JSON.stringify({ id: 2, text: "x".repeat(33 * 1024 * 1024) });
    const r = run(["--input", "ndjson"], { input: `${good(1)}\n${huge}\n${good(3)}\n` });
    expect(r.status).toBe(1);
    const out = records(r.stdout);
    expect(out).toEqual([
      expect.objectContaining({ id: 1 }),
      { line: 2, error: { code: "INPUT_TOO_LARGE", message: expect.stringContaining("longer than") } },
      expect.objectContaining({ id: 3 }),
    ]);
  });

  it("reads a file that starts with a byte-order mark and ends without a newline", () => {
    const f = write(tmpPath("bom.ndjson"), `\ufeff${good(1)}\n${good(2)}`);
    const r = run(["--input", "ndjson", f]);
    expect(r.status).toBe(0);
    expect(records(r.stdout).map((o) => o.id)).toEqual([1, 2]);
  });

  it("passes --reference-date to the worker threads", () => {
    const input = Array.from({ length: 1200 }, (_, i) => JSON.stringify({ id: i, text: yearless })).join("\n");
    const r = run(["--input", "ndjson", "--jobs", "2", "--reference-date", "2021-06-10"], { input });
    expect(r.status).toBe(0);
    const dates = new Set(records(r.stdout).map((o) => (o.story as { dateline: { date: string } }).dateline.date));
    expect([...dates]).toEqual(["2021-06-03"]);
  });

  it("stops quietly when the reader of its output goes away", async () => {
    const input = Array.from({ length: 4000 }, (_, i) => good(i)).join("\n");
    const child = spawn(process.execPath, [cli, "--input", "ndjson", "--jobs", "1"], { cwd: root });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdin.on("error", () => undefined);
    child.stdin.end(input);
    const firstLine = await new Promise<string>((resolve) => {
      let buf = "";
      child.stdout.on("data", (c: Buffer) => {
        buf += c.toString();
        if (buf.includes("\n")) {
          child.stdout.destroy();
          resolve(buf.slice(0, buf.indexOf("\n")));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(JSON.parse(firstLine).id).toBe(0);
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});

describe("wirecopy --fingerprint", () => {
  /** The fingerprint the library gives a page's story. */
  const fingerprintOf = (text: string): string => fingerprint(safeParseWireStory(text).data!);

  it("adds \"fingerprint\" after the story's fields for FILE (pretty JSON)", () => {
    const r = run(["--fingerprint", "fixtures/seed-sample.txt"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const { fingerprint: fp, ...story } = out;
    expect(story).toEqual(safeParseWireStory(seedText).data);
    expect(fp).toBe(fingerprintOf(seedText));
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(out).at(-1)).toBe("fingerprint");
    expect(r.stdout.startsWith("{\n  ")).toBe(true);
    expect(r.stdout).toMatch(/\n {2}"fingerprint": "[0-9a-f]{16}"\n\}\n$/);
    // Not asked for: not there.
    expect(JSON.parse(run(["fixtures/seed-sample.txt"]).stdout)).not.toHaveProperty("fingerprint");
  });

  it("adds it for a page from stdin", () => {
    const r = run(["--fingerprint", "-"], { input: xinhuaText });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).fingerprint).toBe(fingerprintOf(xinhuaText));
  });

  it("adds it to each --ndjson record, last, on worker threads and in the main thread; not to error records", () => {
    const a = write(tmpPath("fp-a.txt"), page(1));
    const missing = tmpPath("fp-missing.txt");
    for (const jobs of ["1", "2"]) {
      const r = run(["--ndjson", "--fingerprint", "--jobs", jobs, a, missing, "fixtures/seed-sample.txt", "fixtures/xinhua.txt"]);
      expect(r.status).toBe(1);
      const out = records(r.stdout);
      expect(out.map((o) => o.fingerprint)).toEqual([fingerprintOf(page(1)), undefined, fingerprintOf(seedText), fingerprintOf(xinhuaText)]);
      expect(Object.keys(out[0]!).at(-1)).toBe("fingerprint");
      expect(Object.keys(out[1]!)).toEqual(["file", "error"]);
      const { file, fingerprint: fp, ...story } = out[2]!;
      expect([file, fp]).toEqual(["fixtures/seed-sample.txt", fingerprintOf(seedText)]);
      expect(story).toEqual(safeParseWireStory(seedText).data);
    }
    // The pool proper: enough pages to go to the workers.
    const r = run(["--ndjson", "--fingerprint", "--jobs", "2", many]);
    expect(r.status).toBe(0);
    const out = records(r.stdout);
    expect(out).toHaveLength(150);
    expect(out.every((o) => typeof o.fingerprint === "string" && /^[0-9a-f]{16}$/.test(o.fingerprint))).toBe(true);
    expect(out[3]!.fingerprint).toBe(fingerprintOf(page(3)));
  });

  it("adds it next to \"story\" with --input ndjson, keeping the record as written; not when there is no story", () => {
    const input = [
      `{"id":12345678901234567890,"text":${JSON.stringify(page(1))}}`,
      JSON.stringify({ id: 2, text: "   " }),
      JSON.stringify({ id: 3, body: seedText }),
    ].join("\n");
    const r = run(["--input", "ndjson", "--fingerprint"], { input: input + "\n" });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]!.startsWith('{"id":12345678901234567890,"text":')).toBe(true);
    const [first, second, third] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(first!)).toEqual(["id", "text", "story", "fingerprint"]);
    expect(first!.fingerprint).toBe(fingerprintOf(page(1)));
    expect(first!.story).toEqual(safeParseWireStory(page(1)).data);
    expect(second).toEqual({ id: 2, text: "   ", story: null, error: { code: "EMPTY_INPUT", message: expect.any(String) } });
    expect(third).toMatchObject({ line: 3, error: { code: "MISSING_FIELD" } });
    expect(third).not.toHaveProperty("fingerprint");
    const byField = records(run(["--input", "ndjson", "--field", "body", "--fingerprint"], { input: JSON.stringify({ body: seedText }) }).stdout);
    expect(byField[0]!.fingerprint).toBe(fingerprintOf(seedText));
  });

  it("replaces a \"fingerprint\" field the record already has", () => {
    const r = run(["--input", "ndjson", "--fingerprint"], { input: JSON.stringify({ fingerprint: "old", text: seedText }) + "\n" });
    expect(r.status).toBe(0);
    const [rec] = records(r.stdout);
    expect(rec!.fingerprint).toBe(fingerprintOf(seedText));
  });

  it("gives near fingerprints to one story republished on two sites", () => {
    const copy = seedText.replace("World", "Asia").replace("Pyongyang [North Korea], June 20:", "SEOUL, June 20 (AFP) -") + "\nShare on WhatsApp\n";
    const out = records(run(["--ndjson", "--fingerprint", write(tmpPath("fp-site1.txt"), seedText), write(tmpPath("fp-site2.txt"), copy)]).stdout);
    const [x, y] = out.map((o) => BigInt(`0x${o.fingerprint as string}`));
    let bits = 0;
    for (let v = x! ^ y!; v > 0n; v >>= 1n) bits += Number(v & 1n);
    expect(bits).toBeLessThanOrEqual(3);
  });
});

describe("wirecopy --schema", () => {
  it("prints the JSON Schema of a story: valid JSON with properties.headline, exit 0", () => {
    const r = run(["--schema"]);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe("object");
    expect(schema.properties.headline).toBeDefined();
    // Every field the command prints is in the schema; `spans` and `explain` are the optional fields
    // (only with the library's { spans: true } and { explain: true }, which the command does not set).
    const story = JSON.parse(run(["fixtures/seed-sample.txt"]).stdout);
    expect(Object.keys(schema.properties).sort()).toEqual([...Object.keys(story), "spans", "explain"].sort());
    expect(schema.required.sort()).toEqual(Object.keys(story).sort());
  });
});

describe("usage", () => {
  it("lists every option in --help, with examples", () => {
    const r = run(["--help"]);
    expect(r.status).toBe(0);
    for (const option of ["--ndjson", "--input", "--field", "--jobs", "--reference-date", "--fingerprint", "--schema", "--quiet", "--help", "--version"]) {
      expect(r.stdout).toContain(option);
    }
    expect(r.stdout).toContain("wirecopy --input ndjson --field body");
    expect(r.stdout).toMatch(/Exit codes: 0 .+, 1 .+, 2 usage error/);
  });

  it("prints the version", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const r = run(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--field", "text", "x.txt"], /--field goes with --input ndjson/],
    [["--ndjson", "--jobs", "0", "x.txt"], /--jobs/],
    [["--ndjson", "--jobs", "two", "x.txt"], /--jobs/],
    [["--ndjson", "--jobs"], /--jobs/],
    [["--input", "xml"], /--input/],
    [["--reference-date", "2024-02-30", "x.txt"], /--reference-date/],
    [["a.txt", "b.txt"], /--ndjson/],
  ])("exits 2 on %j, with a message and nothing on stdout", (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
});

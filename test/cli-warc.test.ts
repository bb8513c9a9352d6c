/**
 * The `wirecopy` command on HTML: .html/.htm files, `--format`, NDJSON records
 * holding HTML (`--field html`), and web archives (`--input warc`), run as
 * users run it: `node dist/cli.js` in a child process (npm test builds first).
 * The archives are made with warcio's own writer (test/support/warc.ts).
 */
import { spawnSync } from "node:child_process";
import type { SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { warcBytes, type RecordSpec } from "./support/warc.js";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");

function run(args: readonly string[], input: string | Buffer = ""): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024 });
}

const records = (stdout: string): Record<string, unknown>[] =>
  stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const sampleHtml = readFileSync(join(root, "fixtures", "html", "seed-sample.html"), "utf8");
const ogHtml = readFileSync(join(root, "fixtures", "html", "opengraph-only.html"), "utf8");
const sampleText = readFileSync(join(root, "fixtures", "seed-sample.txt"), "utf8");
const HEADLINE = "Russia, N Korea agree on mutual support if attacked";

/** Every kind of record an archive holds, in the order a crawler writes them. */
const SPECS: RecordSpec[] = [
  { type: "warcinfo", warcHeaders: { "Content-Type": "application/warc-fields" }, body: "software: wirecopy tests\r\n" },
  { type: "request", url: "https://gulfcourier.example/world/a", date: "2024-06-20T10:00:00Z", statusline: "GET /world/a HTTP/1.1", httpHeaders: { Host: "gulfcourier.example" }, body: "" },
  { type: "response", url: "https://gulfcourier.example/world/a", date: "2024-06-20T10:00:01Z", statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "text/html; charset=utf-8" }, body: sampleHtml },
  { type: "response", url: "https://gulfcourier.example/logo.png", date: "2024-06-20T10:00:02Z", statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "image/png" }, body: new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13]) },
  { type: "response", url: "https://gulfcourier.example/missing", date: "2024-06-20T10:00:03Z", statusline: "HTTP/1.1 404 Not Found", httpHeaders: { "Content-Type": "text/html" }, body: "<h1>Not found</h1>" },
  { type: "response", url: "https://emiratesledger.example/uae/rains", date: "2025-01-14T08:00:00Z", statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "text/html" }, body: ogHtml },
  { type: "metadata", url: "https://emiratesledger.example/uae/rains", date: "2025-01-14T08:00:00Z", warcHeaders: { "Content-Type": "application/warc-fields" }, body: "fetchTimeMs: 120\r\n" },
  { type: "conversion", url: "https://gulfcourier.example/world/a", date: "2024-06-20T10:00:04Z", warcHeaders: { "Content-Type": "text/plain" }, body: sampleText },
  { type: "response", url: "https://gulfcourier.example/latin1", date: "2024-06-20T10:00:05Z", statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "text/html; charset=ISO-8859-1" }, body: new Uint8Array([...Buffer.from("<h1>Caf"), 0xe9, ...Buffer.from(" owners protest new parking rules</h1><p>PARIS, June 3 (AFP) - Caf"), 0xe9, ...Buffer.from(" owners in the old town protested on Tuesday against the new parking rules, which they say keep customers away.</p>")]) },
  { type: "response", url: "https://gulfcourier.example/menu", date: "2024-06-20T10:00:06Z", statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "application/xhtml+xml" }, body: '<nav><a href="/">Home</a> <a href="/w">World</a></nav>' },
];
/** What comes out: one line per HTML response (2xx) or conversion record, in order. */
const WANT = [
  { url: "https://gulfcourier.example/world/a", date: "2024-06-20T10:00:01Z", headline: HEADLINE },
  { url: "https://emiratesledger.example/uae/rains", date: "2025-01-14T08:00:00Z", headline: "Rains close mountain roads in Ras Al Khaimah" },
  { url: "https://gulfcourier.example/world/a", date: "2024-06-20T10:00:04Z", headline: HEADLINE },
  { url: "https://gulfcourier.example/latin1", date: "2024-06-20T10:00:05Z", headline: "Café owners protest new parking rules" },
  { url: "https://gulfcourier.example/menu", date: "2024-06-20T10:00:06Z", error: { code: "NO_STORY" } },
];

let tmp: string;
const tmpPath = (...parts: string[]): string => join(tmp, ...parts);

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` (npm test does) before these tests`);
  tmp = mkdtempSync(join(tmpdir(), "wirecopy-warc-"));
  writeFileSync(tmpPath("crawl.warc"), await warcBytes(SPECS, false));
  writeFileSync(tmpPath("crawl.warc.gz"), await warcBytes(SPECS, true));
  // Cut inside the conversion record (the 8th): warcio would loop for ever skipping the rest of it.
  const plain = await warcBytes(SPECS, false);
  const cut = Buffer.from(plain).indexOf("WARC-Type: conversion") + 400;
  writeFileSync(tmpPath("truncated.warc"), plain.subarray(0, cut));
  const gzipped = await warcBytes(SPECS, true);
  writeFileSync(tmpPath("truncated.warc.gz"), gzipped.subarray(0, Math.floor(gzipped.byteLength * 0.6)));
  writeFileSync(tmpPath("junk.warc"), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)));
  // Cut inside the third record's WARC header block, after its version line.
  const third = Buffer.from(plain).indexOf("WARC/1", Buffer.from(plain).indexOf("WARC/1", Buffer.from(plain).indexOf("WARC/1") + 1) + 1);
  writeFileSync(tmpPath("cut-header.warc"), plain.subarray(0, third + "WARC/1.1\r\nWARC-".length));
  // A record that promises far more than the file holds.
  writeFileSync(tmpPath("short.warc"), "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nabc");
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("wirecopy --input warc", () => {
  for (const name of ["crawl.warc", "crawl.warc.gz"]) {
    it(`gives one line per HTML response or conversion record of ${name}, in order, with url and date`, () => {
      const r = run(["--input", "warc", tmpPath(name)]);
      const out = records(r.stdout);
      expect(out.map((o) => ({ url: o.url, date: o.date, ...(o.error ? { error: { code: (o.error as { code: string }).code } } : { headline: o.headline }) }))).toEqual(WANT);
      expect(r.status).toBe(1); // the menu page gave an error record
      expect(r.stderr).toContain("5 records parsed, 5 skipped (1 warcinfo, 1 request, 1 non-HTML response, 1 HTML response with a status other than 2xx, 1 metadata)");
    });
  }

  it("gives the same lines with --jobs 1 and --jobs 2, and from stdin", () => {
    const one = run(["--input", "warc", "--jobs", "1", tmpPath("crawl.warc.gz")]).stdout;
    const two = run(["--input", "warc", "--jobs", "2", tmpPath("crawl.warc.gz"), tmpPath("crawl.warc")]).stdout;
    expect(two).toBe(one + run(["--input", "warc", tmpPath("crawl.warc")]).stdout);
    expect(run(["--input", "warc", "-"], readFileSync(tmpPath("crawl.warc.gz"))).stdout).toBe(one);
  });

  it("parses the HTML record as the HTML path does, and the conversion record as text", () => {
    const [html, , wet] = records(run(["--input", "warc", "-q", tmpPath("crawl.warc.gz")]).stdout);
    expect(html?.source).toBe("Qatar Tribune");
    expect(wet?.body).toEqual(html?.body);
  });

  it("writes an error record for a truncated archive after the records it could read, and goes on", () => {
    const r = run(["--input", "warc", "-q", tmpPath("truncated.warc"), tmpPath("crawl.warc")]);
    const out = records(r.stdout);
    const bad = out.findIndex((o) => o.file !== undefined);
    expect(out.slice(0, bad).map((o) => o.url)).toEqual(WANT.slice(0, 3).map((w) => w.url));
    expect(out[bad]).toMatchObject({ file: tmpPath("truncated.warc"), error: { code: "BAD_WARC" } });
    expect(out.slice(bad + 1).map((o) => o.url)).toEqual(WANT.map((w) => w.url));
    expect(r.status).toBe(1);
  });

  it("ends, with an error record, on a record cut short, a gzipped archive cut short, a file that is no archive, and one cut inside a record's header", () => {
    for (const name of ["short.warc", "truncated.warc.gz", "junk.warc", "cut-header.warc"]) {
      const r = run(["--input", "warc", "-q", tmpPath(name)]);
      expect(records(r.stdout).at(-1)).toMatchObject({ file: tmpPath(name), error: { code: "BAD_WARC" } });
      expect(r.status).toBe(1);
    }
  });

  it("writes an error record for a missing file", () => {
    const r = run(["--input", "warc", "-q", tmpPath("nope.warc")]);
    expect(records(r.stdout)).toEqual([{ file: tmpPath("nope.warc"), error: { code: "NOT_FOUND", message: "no such file or directory" } }]);
  });

  it("says nothing on stderr with --quiet", () => {
    expect(run(["--input", "warc", "-q", tmpPath("crawl.warc")]).stderr).toBe("");
  });

  it("refuses --format with --input warc", () => {
    expect(run(["--input", "warc", "--format", "html", tmpPath("crawl.warc")]).status).toBe(2);
  });
});

describe("HTML pages through the command", () => {
  it("reads a .html file as HTML", () => {
    const r = run(["fixtures/html/seed-sample.html"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ headline: HEADLINE, source: "Qatar Tribune" });
  });

  it("reads stdin as HTML with --format html, and an .html file as text with --format text", () => {
    expect(JSON.parse(run(["--format", "html"], sampleHtml).stdout)).toMatchObject({ headline: HEADLINE });
    const asText = run(["--format", "text", "fixtures/html/no-metadata.html"]);
    expect(JSON.parse(asText.stdout).headline).not.toBe("Cotton arrivals up 12 percent");
  });

  it("walks folders for .html and .htm files beside .txt ones in --ndjson mode", () => {
    const dir = tmpPath("pages");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.html"), sampleHtml);
    writeFileSync(join(dir, "b.htm"), ogHtml);
    writeFileSync(join(dir, "c.txt"), sampleText);
    writeFileSync(join(dir, "d.md"), "# not a page");
    const out = records(run(["--ndjson", dir]).stdout);
    expect(out.map((o) => [o.file, o.headline])).toEqual([
      [join(dir, "a.html"), HEADLINE],
      [join(dir, "b.htm"), "Rains close mountain roads in Ras Al Khaimah"],
      [join(dir, "c.txt"), HEADLINE],
    ]);
  });

  it("reads NDJSON records holding HTML with --field html", () => {
    const input = [JSON.stringify({ id: 1, html: sampleHtml }), JSON.stringify({ id: 2, html: "<nav><a href='/'>Home</a></nav>" })].join("\n") + "\n";
    for (const jobs of ["1", "2"]) {
      const out = records(run(["--input", "ndjson", "--field", "html", "--jobs", jobs], input).stdout);
      expect(out.map((o) => [o.id, (o.story as { headline?: string } | null)?.headline ?? (o.error as { code: string }).code])).toEqual([
        [1, HEADLINE],
        [2, "NO_STORY"],
      ]);
    }
  });

  it("reads another NDJSON field as HTML with --format html", () => {
    const out = records(run(["--input", "ndjson", "--field", "body", "--format", "html"], JSON.stringify({ body: sampleHtml }) + "\n").stdout);
    expect((out[0]?.story as { headline: string }).headline).toBe(HEADLINE);
  });

  it("refuses an unknown --format", () => {
    const r = run(["--format", "pdf", "x.pdf"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format is "text" or "html"');
  });
});

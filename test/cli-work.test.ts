/**
 * The parsing work of the command (src/cli/work.ts), called in-process: an
 * NDJSON record, a page or a WARC record in, one output line out. The same
 * code runs in `dist/worker.js` (test/cli.test.ts runs it as users do); these
 * tests run it from src/ so that `npm run test:mutation` sees it.
 */
import { describe, expect, it } from "vitest";
import { needsHtml, prepare, processBatch, renderPage, renderRecord, renderWarcItem } from "../src/cli/work.js";
import type { WorkOptions } from "../src/cli/io.js";

const PAGE = "Ferry service resumes after storm\n\nDUBAI, June 20 (WAM) - The ferry between the two islands ran again on Thursday after the storm, officials said.";
const TEXT: WorkOptions = { field: "text" };
const json = (s: string): Record<string, unknown> => JSON.parse(s) as Record<string, unknown>;
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("renderRecord (--input ndjson)", () => {
  it("appends the story to the record as written: key order, a big integer and the record's own fields kept", () => {
    // A crawler's record: an id beyond double precision must not be rounded.
    const raw = `{"id": 12345678901234567890, "text": ${JSON.stringify(PAGE)}, "url": "https://example.com/a"}`;
    const r = renderRecord(raw, 1, null, TEXT)!;
    expect(r.failed).toBe(false);
    expect(r.line.startsWith(`{"id": 12345678901234567890, "text": ${JSON.stringify(PAGE)}, "url": "https://example.com/a","story":{`)).toBe(true);
    const out = json(r.line);
    expect((out["story"] as { headline: string }).headline).toBe("Ferry service resumes after storm");
    expect(Object.keys(out)).toEqual(["id", "text", "url", "story"]);
  });

  it("appends to a record whose only field is the page", () => {
    const r = renderRecord(`{"text":${JSON.stringify(PAGE)}}`, 1, null, TEXT)!;
    expect(r.line.startsWith(`{"text":${JSON.stringify(PAGE)},"story":{`)).toBe(true);
    expect(Object.keys(json(r.line))).toEqual(["text", "story"]);
  });

  it("re-serialises a record that already has a story field, the new one in its place", () => {
    const r = renderRecord(`{"story": "old", "text": ${JSON.stringify(PAGE)}}`, 1, null, TEXT)!;
    const out = json(r.line);
    expect(Object.keys(out)).toEqual(["story", "text"]);
    expect((out["story"] as { headline: string }).headline).toBe("Ferry service resumes after storm");
  });

  it("adds the fingerprint beside the story when asked", () => {
    const out = json(renderRecord(`{"text":${JSON.stringify(PAGE)}}`, 1, null, { field: "text", fingerprint: true })!.line);
    expect(Object.keys(out)).toEqual(["text", "story", "fingerprint"]);
    expect(typeof out["fingerprint"]).toBe("string");
  });

  it("reads the page from the field named by --field", () => {
    const out = json(renderRecord(`{"body":${JSON.stringify(PAGE)}}`, 1, null, { field: "body" })!.line);
    expect((out["story"] as { headline: string }).headline).toBe("Ferry service resumes after storm");
  });

  it("passes --reference-date on for a year-less dateline", () => {
    const page = "Ferry service resumes after storm\n\nDUBAI, June 20 (WAM) - The ferry ran again on Thursday after the storm, officials said.";
    const withYear = json(renderRecord(`{"text":${JSON.stringify(page)}}`, 1, null, { field: "text", referenceDate: "2023-01-05" })!.line);
    expect((withYear["story"] as { dateline: { date: string } }).dateline.date).toBe("2023-06-20");
  });

  it("gives a story: null and the error for a record whose page has no story", () => {
    const r = renderRecord(`{"n": 1, "text": "   "}`, 4, "crawl.ndjson", TEXT)!;
    expect(r.failed).toBe(true);
    expect(json(r.line)).toEqual({ n: 1, text: "   ", story: null, error: { code: "EMPTY_INPUT", message: expect.any(String) } });
  });

  it("skips a blank line and a line of spaces", () => {
    expect(renderRecord("", 2, null, TEXT)).toBeNull();
    expect(renderRecord("   \t", 2, null, TEXT)).toBeNull();
  });

  it("drops a byte-order mark on the first line only", () => {
    const first = renderRecord(`\ufeff{"text":${JSON.stringify(PAGE)}}`, 1, null, TEXT)!;
    expect(first.failed).toBe(false);
    const later = renderRecord(`\ufeff{"text":${JSON.stringify(PAGE)}}`, 2, null, TEXT)!;
    expect(json(later.line)["error"]).toMatchObject({ code: "BAD_JSON" });
  });

  it.each([
    ["not JSON", "{text:", "BAD_JSON", null],
    ["an array", "[1, 2]", "BAD_JSON", "expected a JSON object, got an array"],
    ["null", "null", "BAD_JSON", "expected a JSON object, got null"],
    ["a number", "42", "BAD_JSON", "expected a JSON object, got a number"],
    ["a string", '"page"', "BAD_JSON", "expected a JSON object, got a string"],
    ["no field", '{"body": "x"}', "MISSING_FIELD", 'no field "text" in the record'],
    ["a field that is a number", '{"text": 7}', "MISSING_FIELD", 'field "text" is a number, not a string'],
    ["a field that is an object", '{"text": {}}', "MISSING_FIELD", 'field "text" is an object, not a string'],
    ["a field that is null", '{"text": null}', "MISSING_FIELD", 'field "text" is null, not a string'],
  ])("gives an error record for %s, with the file and line", (_name, raw, code, message) => {
    const r = renderRecord(raw, 7, "crawl.ndjson", TEXT)!;
    expect(r.failed).toBe(true);
    const out = json(r.line);
    expect(Object.keys(out)).toEqual(["file", "line", "error"]);
    expect(out["file"]).toBe("crawl.ndjson");
    expect(out["line"]).toBe(7);
    expect((out["error"] as { code: string }).code).toBe(code);
    if (message !== null) expect((out["error"] as { message: string }).message).toBe(message);
  });

  it("leaves the file out of an error record read from stdin", () => {
    expect(Object.keys(json(renderRecord("[]", 3, null, TEXT)!.line))).toEqual(["line", "error"]);
  });

  it("does not take an inherited property for the field", () => {
    const out = json(renderRecord('{"body": "x"}', 1, null, { field: "toString" })!.line);
    expect(out["error"]).toEqual({ code: "MISSING_FIELD", message: 'no field "toString" in the record' });
  });
});

describe("renderPage (--ndjson)", () => {
  it("puts the file first, then the story", () => {
    const r = renderPage({ path: "pages/ferry.txt", text: PAGE }, TEXT);
    expect(r.failed).toBe(false);
    const out = json(r.line);
    expect(Object.keys(out)[0]).toBe("file");
    expect(out["file"]).toBe("pages/ferry.txt");
    expect(out["headline"]).toBe("Ferry service resumes after storm");
    expect(out).not.toHaveProperty("fingerprint");
  });

  it("adds the fingerprint last when asked", () => {
    const out = json(renderPage({ path: "a.txt", text: PAGE }, { field: "text", fingerprint: true }).line);
    expect(Object.keys(out).at(-1)).toBe("fingerprint");
  });

  it("gives the read error of a page that could not be read", () => {
    const r = renderPage({ path: "gone.txt", error: { code: "READ_ERROR", message: "ENOENT" } }, TEXT);
    expect(r).toEqual({ line: '{"file":"gone.txt","error":{"code":"READ_ERROR","message":"ENOENT"}}', failed: true });
  });

  it("gives the parse error of a page without a story", () => {
    const r = renderPage({ path: "blank.txt", text: "\n\n" }, TEXT);
    expect(r.failed).toBe(true);
    expect(json(r.line)).toEqual({ file: "blank.txt", error: { code: "EMPTY_INPUT", message: expect.any(String) } });
  });
});

describe("renderWarcItem (--input warc)", () => {
  const where = { url: "https://example.com/ferry", date: "2024-06-20T10:00:00Z" };

  it("puts the URL and date first, then the story of a text (WET) record", () => {
    const r = renderWarcItem({ ...where, kind: "text", bytes: bytes(PAGE), charset: null }, TEXT);
    expect(r.failed).toBe(false);
    const out = json(r.line);
    expect(Object.keys(out).slice(0, 2)).toEqual(["url", "date"]);
    expect(out["headline"]).toBe("Ferry service resumes after storm");
  });

  it("decodes the body in the charset its header names, and as UTF-8 when the label is unknown", () => {
    const latin1 = Uint8Array.from([...PAGE.replace("Ferry", "Caf\u00e9 ferry")].map((c) => c.charCodeAt(0)));
    const read = json(renderWarcItem({ ...where, kind: "text", bytes: latin1, charset: "iso-8859-1" }, TEXT).line);
    expect(read["headline"]).toBe("Caf\u00e9 ferry service resumes after storm");
    const utf8 = json(renderWarcItem({ ...where, kind: "text", bytes: bytes(PAGE.replace("Ferry", "Caf\u00e9 ferry")), charset: "no-such-charset" }, TEXT).line);
    expect(utf8["headline"]).toBe("Caf\u00e9 ferry service resumes after storm");
  });

  it("gives the record's error, or a read error for a record without a body", () => {
    const err = renderWarcItem({ ...where, kind: "text", charset: null, error: { code: "BAD_WARC", message: "cut short" } }, TEXT);
    expect(json(err.line)).toEqual({ ...where, error: { code: "BAD_WARC", message: "cut short" } });
    const none = renderWarcItem({ ...where, kind: "text", charset: null }, TEXT);
    expect(json(none.line)).toEqual({ ...where, error: { code: "READ_ERROR", message: "the record has no body" } });
    expect(none.failed).toBe(true);
  });

  it("reports a body lost with a worker that stopped", () => {
    const r = renderWarcItem({ ...where, kind: "text", bytes: new Uint8Array(0), size: 100, charset: null }, TEXT);
    expect(json(r.line)["error"]).toMatchObject({ code: "INTERNAL_ERROR" });
  });

  it("gives the parse error of an empty record", () => {
    const r = renderWarcItem({ ...where, kind: "text", bytes: new Uint8Array(0), charset: null }, TEXT);
    expect(r.failed).toBe(true);
    expect(json(r.line)["error"]).toMatchObject({ code: "EMPTY_INPUT" });
  });
});

describe("processBatch", () => {
  it("gives one line per record, none for blank lines, and counts the failures", () => {
    const lines = [`{"text":${JSON.stringify(PAGE)}}`, "", "[]", `{"text":${JSON.stringify(PAGE)}}`].join("\r\n");
    const r = processBatch({ kind: "lines", file: "in.ndjson", start: 10, lines: 4, bytes: bytes(lines) }, TEXT);
    const out = new TextDecoder().decode(r.out).split("\n");
    expect(out.at(-1)).toBe("");
    expect(out.slice(0, -1).map((l) => Object.keys(json(l)))).toEqual([["text", "story"], ["file", "line", "error"], ["text", "story"]]);
    expect(json(out[1]!)["line"]).toBe(12);
    expect(r.count).toBe(3);
    expect(r.failed).toBe(1);
  });

  it("gives one line per page, in order", () => {
    const r = processBatch({ kind: "pages", items: [{ path: "a.txt", text: PAGE }, { path: "b.txt", error: { code: "READ_ERROR", message: "x" } }] }, TEXT);
    const out = new TextDecoder().decode(r.out).trimEnd().split("\n").map(json);
    expect(out.map((o) => o["file"])).toEqual(["a.txt", "b.txt"]);
    expect(r.failed).toBe(1);
  });
});

describe("needsHtml and prepare: the HTML parser is loaded only for a batch that holds HTML", () => {
  const where = { url: "https://example.com/ferry", date: "2024-06-20T10:00:00Z" };
  const lines = (file: string | null = null) => ({ kind: "lines" as const, file, start: 1, lines: 1, bytes: bytes("{}") });

  it("reads pages as HTML by their extension or by --format, leaving out pages that could not be read", () => {
    expect(needsHtml({ kind: "pages", items: [{ path: "a.txt" }, { path: "b.html" }] }, TEXT)).toBe(true);
    expect(needsHtml({ kind: "pages", items: [{ path: "a.txt" }, { path: "b.txt" }] }, TEXT)).toBe(false);
    expect(needsHtml({ kind: "pages", items: [{ path: "b.html", error: { code: "READ_ERROR", message: "gone" } }] }, TEXT)).toBe(false);
    expect(needsHtml({ kind: "pages", items: [{ path: "a.txt" }] }, { field: "text", format: "html" })).toBe(true);
    expect(needsHtml({ kind: "pages", items: [{ path: "b.html" }] }, { field: "text", format: "text" })).toBe(false);
  });

  it("reads NDJSON records as HTML by --format, or when the field is called html", () => {
    expect(needsHtml(lines(), { field: "html" })).toBe(true);
    expect(needsHtml(lines(), { field: "text" })).toBe(false);
    expect(needsHtml(lines(), { field: "text", format: "html" })).toBe(true);
    expect(needsHtml(lines(), { field: "html", format: "text" })).toBe(false);
  });

  it("reads a WARC batch as HTML when it holds a response record without an error", () => {
    expect(needsHtml({ kind: "warc", items: [{ ...where, kind: "text", charset: null }, { ...where, kind: "html", charset: null }] }, TEXT)).toBe(true);
    expect(needsHtml({ kind: "warc", items: [{ ...where, kind: "text", charset: null }] }, TEXT)).toBe(false);
    expect(needsHtml({ kind: "warc", items: [{ ...where, kind: "html", charset: null, error: { code: "BAD_WARC", message: "cut" } }] }, TEXT)).toBe(false);
  });

  it("needs nothing for a batch already done", () => {
    expect(needsHtml({ kind: "ready", result: { out: new Uint8Array(0), count: 0, failed: 0 } }, { field: "html" })).toBe(false);
  });

  it("loads nothing for a batch of text", () => {
    expect(prepare({ kind: "pages", items: [{ path: "a.txt" }] }, TEXT)).toBeNull();
    expect(prepare(lines(), TEXT)).toBeNull();
  });
});

describe("processBatch, when parsing throws", () => {
  // Run from src/, the HTML side is never loaded (prepare imports dist/html.js next to the built
  // worker): parsing HTML throws, as a bug would, and each item must still give its error line.
  const where = { url: "https://example.com/ferry", date: "2024-06-20T10:00:00Z" };
  const message = "the HTML parser was not loaded before the batch ran (prepare)";

  it("gives a page's internal error on its line and goes on with the next page", () => {
    const r = processBatch({ kind: "pages", items: [{ path: "a.html", text: "<p>Ferry</p>" }, { path: "b.txt", text: PAGE }] }, TEXT);
    const out = new TextDecoder().decode(r.out).trimEnd().split("\n").map(json);
    expect(out[0]).toEqual({ file: "a.html", error: { code: "INTERNAL_ERROR", message } });
    expect(out[1]!["headline"]).toBe("Ferry service resumes after storm");
    expect(r.count).toBe(2);
    expect(r.failed).toBe(1);
  });

  it("gives a WARC record's internal error with its URL and date, one line per record", () => {
    const items = [
      { ...where, kind: "html" as const, bytes: bytes("<p>Ferry</p>"), charset: null },
      { ...where, kind: "text" as const, bytes: bytes(PAGE), charset: null },
      { ...where, kind: "text" as const, charset: null, error: { code: "BAD_WARC", message: "cut short" } },
    ];
    const r = processBatch({ kind: "warc", items }, TEXT);
    const out = new TextDecoder().decode(r.out).trimEnd().split("\n").map(json);
    expect(out[0]).toEqual({ ...where, error: { code: "INTERNAL_ERROR", message } });
    expect(out[1]!["headline"]).toBe("Ferry service resumes after storm");
    expect(out[2]).toEqual({ ...where, error: { code: "BAD_WARC", message: "cut short" } });
    expect(r.count).toBe(3);
    expect(r.failed).toBe(2);
  });

  it("gives an NDJSON record's internal error with its line number, and its file unless read from stdin", () => {
    const record = `{"html":"<p>Ferry</p>"}`;
    const fromFile = processBatch({ kind: "lines", file: "in.ndjson", start: 7, lines: 1, bytes: bytes(record) }, { field: "html" });
    expect(json(new TextDecoder().decode(fromFile.out).trimEnd())).toEqual({ file: "in.ndjson", line: 7, error: { code: "INTERNAL_ERROR", message } });
    expect(fromFile.failed).toBe(1);
    const fromStdin = processBatch({ kind: "lines", file: null, start: 1, lines: 1, bytes: bytes(record) }, { field: "html" });
    expect(json(new TextDecoder().decode(fromStdin.out).trimEnd())).toEqual({ line: 1, error: { code: "INTERNAL_ERROR", message } });
  });

  it("hands back a batch already done as it is", () => {
    const result = { out: bytes("{}\n"), count: 1, failed: 0 };
    expect(processBatch({ kind: "ready", result }, TEXT)).toBe(result);
  });
});

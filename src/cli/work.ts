/**
 * The parsing work of the `wirecopy` command: a page or an NDJSON record in,
 * one NDJSON output line out, error records included. Built into
 * dist/worker.js (see src/cli/worker.ts), which runs it in the worker threads
 * and which the main thread imports only when it parses itself (`--jobs 1`,
 * small inputs, one page, `--schema`).
 *
 * HTML goes through `wirecopy/html`, which is not built into dist/worker.js:
 * it is dist/html.js, next to it, imported the first time a batch holds HTML
 * ({@link prepare}), so a run of page text never loads the HTML parser.
 *
 * @module
 */
import * as z from "zod/mini";
import { fingerprint, safeParseWireStory, wireStorySchema } from "../index.js";
import type { ParseOptions, ParseResult } from "../index.js";
import { forEachLine, isBlank, LineSink, pageFormat, readPage, recordFormat } from "./io.js";
import type { Batch, BatchResult, ErrorInfo, PageItem, WarcItem, WorkOptions } from "./io.js";

export { fingerprint };

/** The exports of src/html.ts (dist/html.js). */
type HtmlModule = typeof import("../html.js");

/** dist/html.js, next to dist/worker.js and dist/cli.js. */
const HTML_URL = new URL("./html.js", import.meta.url);

/** `wirecopy/html`, once loaded. */
let html: HtmlModule | null = null;
let loadingHtml: Promise<void> | null = null;

/** True when the batch holds a page or record to read as HTML. */
export function needsHtml(batch: Batch, opts: WorkOptions): boolean {
  switch (batch.kind) {
    case "pages":
      return batch.items.some((item) => !item.error && pageFormat(item.path, opts.format) === "html");
    case "lines":
      return recordFormat(opts) === "html";
    case "warc":
      return batch.items.some((item) => item.kind === "html" && !item.error);
    case "ready":
      return false;
  }
}

/** Loads what the batch needs before `processBatch` runs it: `wirecopy/html` when it holds HTML. */
export function prepare(batch: Batch, opts: WorkOptions): Promise<void> | null {
  if (html !== null || !needsHtml(batch, opts)) return null;
  loadingHtml ??= (import(HTML_URL.href) as Promise<HtmlModule>).then((m) => {
    html = m;
  });
  return loadingHtml;
}

/** Parses a page's text as text or HTML (`prepare` has loaded the HTML side when needed). */
function parseAs(format: "text" | "html", text: string, options: ParseOptions | undefined): ParseResult {
  if (format === "text") return safeParseWireStory(text, options);
  if (html === null) throw new Error("the HTML parser was not loaded before the batch ran (prepare)");
  return html.safeParseWireStoryHtml(text, options);
}

/** The JSON Schema of a story (`wirecopy --schema`). */
export function storyJsonSchema(): unknown {
  return z.toJSONSchema(wireStorySchema);
}

/** What `wirecopy FILE` passes to the parser for its one page. */
export interface PageOptions {
  /** `--reference-date`, already checked. */
  readonly referenceDate?: string | undefined;
  /** `--explain`: add `explain` (every line's role and rules) to the story. */
  readonly explain?: boolean;
}

/**
 * Parses one page, as text or HTML (both give `explain` when asked).
 * For HTML, `await preparePage("html")` first.
 *
 * @param text - the page's text or HTML
 * @param options - the reference date, and whether to explain
 * @param format - how to read `text`
 * @returns what `safeParseWireStory` (or `safeParseWireStoryHtml`) returns
 * @example
 * ```ts
 * parsePage(pageText, { explain: true }).data?.explain?.[0]?.role //=> "section"
 * ```
 */
export function parsePage(text: string, options: PageOptions, format: "text" | "html" = "text"): ParseResult {
  const { referenceDate, explain } = options;
  return parseAs(format, text, { ...(referenceDate ? { referenceDate } : {}), ...(explain ? { explain } : {}) });
}

/** Loads what parsing one page of this format needs. */
export function preparePage(format: "text" | "html"): Promise<void> | null {
  return prepare({ kind: "lines", file: null, start: 1, lines: 0, bytes: new Uint8Array(0) }, { field: format === "html" ? "html" : "text" });
}

function parseOptions(opts: WorkOptions): ParseOptions | undefined {
  return opts.referenceDate ? { referenceDate: opts.referenceDate } : undefined;
}

/** One `--ndjson` output line (no newline): `{"file": ..., ...story}` or `{"file": ..., "error": {...}}`. */
export function renderPage(item: PageItem, opts: WorkOptions): { line: string; failed: boolean } {
  const page = item.error ? { error: item.error } : item.text !== undefined ? { text: item.text } : readPage(item.path);
  if ("error" in page) return { line: JSON.stringify({ file: item.path, error: page.error }), failed: true };
  const r = parseAs(pageFormat(item.path, opts.format), page.text, parseOptions(opts));
  if (r.success) {
    const record = opts.fingerprint ? { file: item.path, ...r.data, fingerprint: fingerprint(r.data) } : { file: item.path, ...r.data };
    return { line: JSON.stringify(record), failed: false };
  }
  return { line: JSON.stringify({ file: item.path, error: { code: r.error.code, message: r.error.message } }), failed: true };
}

/**
 * The record `raw` (the JSON text of `record`) with the fields of `add` appended.
 * The original text is kept as it is, so numbers beyond double precision,
 * key order and duplicate keys survive; when `record` already has one of the
 * added keys, the record is re-serialised with those keys replaced instead.
 */
function appendFields(raw: string, record: object, add: Record<string, unknown>): string {
  const added = JSON.stringify(add);
  if (Object.keys(add).some((k) => Object.hasOwn(record, k))) return JSON.stringify({ ...record, ...add });
  // JSON.parse accepted `raw` and gave an object: trimmed, it is "{...}", and never "{}" (it holds
  // the page's field), so the added fields follow a comma.
  const body = raw.trim().slice(0, -1);
  return body + "," + added.slice(1);
}

/** Describes a JSON value's type for messages: "a number", "null", "an array". */
function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}

/**
 * One `--input ndjson` output line for input line `n` (1-based) of `file`
 * (null for stdin), or null for a blank line (skipped).
 */
export function renderRecord(
  raw: string,
  n: number,
  file: string | null,
  opts: WorkOptions,
): { line: string; failed: boolean } | null {
  const text = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (isBlank(text)) return null;
  const bad = (code: string, message: string) => ({
    line: JSON.stringify(file === null ? { line: n, error: { code, message } } : { file, line: n, error: { code, message } }),
    failed: true,
  });
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (e) {
    return bad("BAD_JSON", (e as Error).message);
  }
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    return bad("BAD_JSON", `expected a JSON object, got ${typeName(record)}`);
  }
  const field = opts.field;
  if (!Object.hasOwn(record, field)) return bad("MISSING_FIELD", `no field "${field}" in the record`);
  const value = (record as Record<string, unknown>)[field];
  if (typeof value !== "string") return bad("MISSING_FIELD", `field "${field}" is ${typeName(value)}, not a string`);
  const r = parseAs(recordFormat(opts), value, parseOptions(opts));
  if (r.success) {
    const add = opts.fingerprint ? { story: r.data, fingerprint: fingerprint(r.data) } : { story: r.data };
    return { line: appendFields(text, record, add), failed: false };
  }
  return {
    line: appendFields(text, record, { story: null, error: { code: r.error.code, message: r.error.message } }),
    failed: true,
  };
}

/** Decodes a record's body: in the charset its HTTP header names when TextDecoder knows it, else UTF-8. */
function decodeBody(bytes: Uint8Array, charset: string | null): string {
  if (charset !== null) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // an unknown charset label: UTF-8 below
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/** One `--input warc` output line: `{"url", "date", ...story}` or `{"url", "date", "error"}`. */
export function renderWarcItem(item: WarcItem, opts: WorkOptions): { line: string; failed: boolean } {
  const where = { url: item.url, date: item.date };
  if (item.error || item.bytes === undefined) {
    return { line: JSON.stringify({ ...where, error: item.error ?? { code: "READ_ERROR", message: "the record has no body" } }), failed: true };
  }
  if (item.bytes.byteLength === 0 && (item.size ?? 0) > 0) {
    // The body went to a worker that died (out of memory?): the pool re-runs its batch here without it.
    return { line: JSON.stringify({ ...where, error: { code: "INTERNAL_ERROR", message: "the worker thread parsing this record stopped" } }), failed: true };
  }
  const r = parseAs(item.kind, decodeBody(item.bytes, item.charset), parseOptions(opts));
  if (r.success) {
    const record = opts.fingerprint ? { ...where, ...r.data, fingerprint: fingerprint(r.data) } : { ...where, ...r.data };
    return { line: JSON.stringify(record), failed: false };
  }
  return { line: JSON.stringify({ ...where, error: { code: r.error.code, message: r.error.message } }), failed: true };
}

/**
 * Processes a batch: every item gives one output line (blank NDJSON lines give none). Never throws.
 * A batch that holds HTML needs `await prepare(batch, opts)` first.
 *
 * @param spare - a written output buffer to reuse for the output
 */
export function processBatch(batch: Batch, opts: WorkOptions, spare?: ArrayBuffer): BatchResult {
  if (batch.kind === "ready") return batch.result;
  const sink = new LineSink(spare);
  let failed = 0;
  const emit = (r: { line: string; failed: boolean } | null): void => {
    if (r === null) return;
    sink.push(r.line);
    if (r.failed) failed++;
  };
  const internal = (e: unknown): ErrorInfo => ({ code: "INTERNAL_ERROR", message: e instanceof Error ? e.message : String(e) });
  if (batch.kind === "pages") {
    for (const item of batch.items) {
      try {
        emit(renderPage(item, opts));
      } catch (e) {
        emit({ line: JSON.stringify({ file: item.path, error: internal(e) }), failed: true });
      }
    }
  } else if (batch.kind === "warc") {
    for (const item of batch.items) {
      try {
        emit(renderWarcItem(item, opts));
      } catch (e) {
        emit({ line: JSON.stringify({ url: item.url, date: item.date, error: internal(e) }), failed: true });
      }
    }
  } else {
    forEachLine(batch, (raw, n) => {
      try {
        emit(renderRecord(raw, n, batch.file, opts));
      } catch (e) {
        const error = internal(e);
        emit({ line: JSON.stringify(batch.file === null ? { line: n, error } : { file: batch.file, line: n, error }), failed: true });
      }
    });
  }
  return { out: sink.output(), count: sink.count, failed };
}

/**
 * The parsing work of the `wirecopy` command: a page or an NDJSON record in,
 * one NDJSON output line out, error records included. Built into
 * dist/worker.js (see src/cli/worker.ts), which runs it in the worker threads
 * and which the main thread imports only when it parses itself (`--jobs 1`,
 * small inputs, one page, `--schema`).
 *
 * @module
 */
import * as z from "zod/mini";
import { fingerprint, safeParseWireStory, wireStorySchema } from "../index.js";
import type { ParseOptions, ParseResult } from "../index.js";
import { forEachLine, isBlank, LineSink, readPage } from "./io.js";
import type { Batch, BatchResult, ErrorInfo, PageItem, WorkOptions } from "./io.js";

export { fingerprint };

/** The JSON Schema of a story (`wirecopy --schema`). */
export function storyJsonSchema(): unknown {
  return z.toJSONSchema(wireStorySchema);
}

/** Parses one page's text with the run's options. */
export function parsePage(text: string, referenceDate: string | undefined): ParseResult {
  return safeParseWireStory(text, referenceDate ? { referenceDate } : undefined);
}

function parseOptions(opts: WorkOptions): ParseOptions | undefined {
  return opts.referenceDate ? { referenceDate: opts.referenceDate } : undefined;
}

/** One `--ndjson` output line (no newline): `{"file": ..., ...story}` or `{"file": ..., "error": {...}}`. */
export function renderPage(item: PageItem, opts: WorkOptions): { line: string; failed: boolean } {
  const page = item.error ? { error: item.error } : item.text !== undefined ? { text: item.text } : readPage(item.path);
  if ("error" in page) return { line: JSON.stringify({ file: item.path, error: page.error }), failed: true };
  const r = safeParseWireStory(page.text, parseOptions(opts));
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
  // JSON.parse accepted `raw` and gave an object: trimmed, it is "{...}".
  const body = raw.trim().slice(0, -1);
  return body + (Object.keys(record).length === 0 ? "" : ",") + added.slice(1);
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
  const r = safeParseWireStory(value, parseOptions(opts));
  if (r.success) {
    const add = opts.fingerprint ? { story: r.data, fingerprint: fingerprint(r.data) } : { story: r.data };
    return { line: appendFields(text, record, add), failed: false };
  }
  return {
    line: appendFields(text, record, { story: null, error: { code: r.error.code, message: r.error.message } }),
    failed: true,
  };
}

/**
 * Processes a batch: every item gives one output line (blank NDJSON lines give none). Never throws.
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

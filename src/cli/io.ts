/**
 * The I/O side of the `wirecopy` command, free of the parser so that the main
 * thread need not load it when worker threads do the parsing: the types of
 * batches and results, reading page files, error records for I/O failures,
 * and the byte buffers the output lines are collected in.
 *
 * @module
 */
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";

/** An error record's `error`: a library code (`EMPTY_INPUT`, `NO_STORY` ...) or one of the CLI's I/O codes. */
export interface ErrorInfo {
  readonly code: string;
  readonly message: string;
}

/** What the workers need to know besides the batch: the same for the whole run. */
export interface WorkOptions {
  /** `--reference-date`, already checked. */
  readonly referenceDate?: string;
  /** `--field`: the NDJSON record field holding the page text. */
  readonly field: string;
  /** `--fingerprint`: add each story's syndication fingerprint to its record. */
  readonly fingerprint?: boolean;
  /** `--format`: how pages are read; undefined: by extension for files, by `field` for records. */
  readonly format?: "text" | "html";
}

/** Page file names read as HTML when `--format` is not given. ✓ "a.html" "A.HTM" ✗ "a.txt" "html" */
export const HTML_FILE = /\.html?$/i;

/** How a page is read: `--format` if given, else HTML for *.html / *.htm files, text otherwise (stdin too). */
export function pageFormat(path: string, format: WorkOptions["format"]): "text" | "html" {
  return format ?? (path !== "-" && HTML_FILE.test(path) ? "html" : "text");
}

/** How NDJSON records' field is read: `--format` if given, else HTML when the field is called "html". */
export function recordFormat(opts: WorkOptions): "text" | "html" {
  return opts.format ?? (opts.field === "html" ? "html" : "text");
}

/**
 * One record of a web archive to parse (src/cli/warc.ts): an HTML response's
 * body or a WET conversion record's text, as bytes, with the record's
 * WARC-Target-URI and WARC-Date; or an error found while reading it.
 */
export interface WarcItem {
  readonly url: string | null;
  readonly date: string | null;
  /** "html" for a response, "text" for a conversion record. */
  readonly kind: "html" | "text";
  /** The charset the HTTP Content-Type names, if any (else UTF-8). */
  readonly charset: string | null;
  readonly bytes?: Uint8Array;
  /** The body's length when read: `bytes` is handed over to a worker, so an empty `bytes` of a longer body was handed over and lost with a worker that died. */
  readonly size?: number;
  readonly error?: ErrorInfo;
}

/** One page to parse: a file path, or (for stdin) the text or error read by the main thread. */
export interface PageItem {
  readonly path: string;
  readonly text?: string;
  readonly error?: ErrorInfo;
}

/**
 * A unit of work sent to a worker in one message.
 * - `pages`: files (or stdin) in `--ndjson` mode; the worker reads the files.
 * - `lines`: whole lines of one NDJSON input as raw bytes, `lines` of them
 *   (the last may lack its newline at the end of the input), the first being
 *   line `start` (1-based); the worker decodes and splits them.
 * - `warc`: records of a web archive, read by the main thread (src/cli/warc.ts).
 * - `ready`: output already rendered by the main thread (an I/O error record).
 */
export type Batch =
  | { readonly kind: "pages"; readonly items: readonly PageItem[] }
  | {
      readonly kind: "lines";
      readonly file: string | null;
      readonly start: number;
      readonly lines: number;
      readonly bytes: Uint8Array;
    }
  | { readonly kind: "warc"; readonly items: readonly WarcItem[] }
  | { readonly kind: "ready"; readonly result: BatchResult };

/**
 * A batch's output: its NDJSON lines (each ending in "\n") as UTF-8 bytes,
 * how many records, how many failed. Bytes rather than a string: a worker
 * hands the buffer over without a copy, and the main thread writes it as is.
 */
export interface BatchResult {
  readonly out: Uint8Array;
  readonly count: number;
  readonly failed: number;
}

/** The library's default `maxLength` (src/parse.ts `DEFAULT_MAX_LENGTH`), in UTF-16 code units. */
export const MAX_PAGE_CHARS = 5_000_000;

/**
 * Largest page file read, in bytes. A UTF-8 byte gives at most one UTF-16 code
 * unit and every code unit takes at most 3 bytes, so a file over 3 × maxLength
 * bytes is surely over the library's limit: it gets `INPUT_TOO_LARGE` unread.
 */
export const MAX_PAGE_BYTES = 3 * MAX_PAGE_CHARS;

const decoder = new TextDecoder("utf-8"); // drops a BOM, replaces invalid bytes with U+FFFD

/** An `ErrorInfo` for a failed file system call. */
export function ioError(e: unknown): ErrorInfo {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT":
    case "ENOTDIR":
      return { code: "NOT_FOUND", message: "no such file or directory" };
    case "EACCES":
    case "EPERM":
      return { code: "READ_ERROR", message: "permission denied" };
    case "EISDIR":
      return { code: "READ_ERROR", message: "is a directory" };
    default:
      return { code: "READ_ERROR", message: err instanceof Error ? err.message : String(e) };
  }
}

/** The error for a page over {@link MAX_PAGE_BYTES}. */
export function tooLarge(): ErrorInfo {
  return {
    code: "INPUT_TOO_LARGE",
    message: `input is over ${MAX_PAGE_BYTES} bytes, so over the limit of ${MAX_PAGE_CHARS} characters`,
  };
}

/** Decodes a page's bytes as UTF-8, refusing binary data (NUL bytes). */
export function decodePage(bytes: Uint8Array): { text: string } | { error: ErrorInfo } {
  if (bytes.includes(0)) {
    return { error: { code: "BINARY_INPUT", message: "contains NUL bytes: binary data, or text not in UTF-8 (UTF-16?)" } };
  }
  return { text: decoder.decode(bytes) };
}

/** Reads a page file: its text, or why it cannot be read. Never throws. */
export function readPage(path: string): { text: string } | { error: ErrorInfo } {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    return { error: ioError(e) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { error: { code: "READ_ERROR", message: "is a directory" } };
    if (st.isFile() && st.size > MAX_PAGE_BYTES) return { error: tooLarge() };
    const bytes = readFileSync(fd);
    if (bytes.length > MAX_PAGE_BYTES) return { error: tooLarge() };
    return decodePage(bytes);
  } catch (e) {
    return { error: ioError(e) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Collects NDJSON lines as UTF-8 bytes, each line encoded as soon as it is
 * pushed: a batch's output lives outside the JS heap (a worker's heap holds
 * one page at a time), in a buffer of its own that a worker can transfer.
 * The buffers go round: once the main thread has written one, it hands it
 * back with a later batch, so dead buffers do not pile up waiting for a GC.
 */
export class LineSink {
  private bytes: Buffer;
  private size = 0;
  /** Lines pushed. */
  count = 0;

  /** @param spare - a written output buffer to fill again */
  constructor(spare?: ArrayBuffer) {
    this.bytes = spare !== undefined && spare.byteLength > 0 ? Buffer.from(spare) : Buffer.allocUnsafeSlow(64 * 1024);
  }

  /** Appends `line` and a newline. */
  push(line: string): void {
    const need = this.size + line.length * 3 + 1; // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (need > this.bytes.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(need, this.bytes.length * 2));
      this.bytes.copy(grown, 0, 0, this.size);
      this.bytes = grown;
    }
    this.size += this.bytes.write(line, this.size);
    this.bytes[this.size++] = 0x0a;
    this.count++;
  }

  /** The lines so far: a view of the start of the sink's own ArrayBuffer. */
  output(): Uint8Array {
    return new Uint8Array(this.bytes.buffer, 0, this.size);
  }
}

/**
 * Byte buffers kept for reuse once their batch is written: the input bytes of
 * NDJSON batches and the output of every batch. Without this, dead buffers
 * pile up outside the heap until a GC happens to free them.
 */
export class Spares {
  private readonly free: ArrayBuffer[] = [];

  /**
   * @param max - most buffers kept
   * @param maxBytes - largest buffer kept (one grown for a huge page is let go)
   */
  constructor(
    private readonly max = 8,
    private readonly maxBytes = 8 * 1024 * 1024,
  ) {}

  /** A kept buffer of at least `minBytes`, if there is one. */
  take(minBytes = 1): ArrayBuffer | undefined {
    const i = this.free.findIndex((b) => b.byteLength >= minBytes);
    return i === -1 ? undefined : this.free.splice(i, 1)[0];
  }

  /** Keeps `buffer` for reuse (unless detached, too large, or enough are kept). */
  give(buffer: ArrayBufferLike): void {
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength === 0 || buffer.byteLength > this.maxBytes) return;
    if (this.free.length < this.max) this.free.push(buffer);
  }
}

/** NDJSON lines as UTF-8 bytes, a newline after each. */
export function encodeLines(lines: readonly string[]): Uint8Array {
  const sink = new LineSink();
  for (const line of lines) sink.push(line);
  return sink.output();
}

/** True for a line that is empty or only whitespace (skipped in NDJSON input). */
export const isBlank = (line: string): boolean => /^\s*$/.test(line);

/** Newlines (0x0A) in `bytes`. */
export function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/**
 * Calls `each` with every line of a `lines` batch's bytes, decoded as UTF-8,
 * without its line end ("\n" or "\r\n"), and its line number.
 */
export function forEachLine(batch: Extract<Batch, { kind: "lines" }>, each: (line: string, n: number) => void): void {
  const b = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  let n = batch.start;
  for (let at = 0; at < b.length; n++) {
    let end = b.indexOf(0x0a, at);
    if (end === -1) end = b.length;
    const stop = end > at && b[end - 1] === 0x0d ? end - 1 : end;
    each(b.toString("utf8", at, stop), n);
    at = end + 1;
  }
}

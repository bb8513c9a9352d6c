/**
 * Where the pages and records come from: folder walks (sorted, so runs are
 * deterministic), stdin, and NDJSON files read line by line as streams.
 *
 * @module
 */
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { countLines, decodePage, HTML_FILE, ioError, MAX_PAGE_BYTES, tooLarge } from "./io.js";
import type { Spares } from "./io.js";
import type { ErrorInfo, PageItem } from "./io.js";

/** Code-unit order: the same on every machine, whatever the locale. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The pages named by an input path: the file itself (whatever its name), or
 * every `*.txt`, `*.html` and `*.htm` file under the folder, recursively, in sorted order
 * (entries of each folder sorted by name, sub-folders walked in place).
 * Unreadable paths are yielded with their error; symlinked folders are
 * followed once.
 */
export async function* walk(input: string): AsyncGenerator<PageItem> {
  let st;
  try {
    st = await stat(input);
  } catch (e) {
    yield { path: input, error: ioError(e) };
    return;
  }
  if (!st.isDirectory()) {
    yield { path: input };
    return;
  }
  const seen = new Set<string>();
  try {
    seen.add(await realpath(input));
  } catch {
    // walkFolder reports it
  }
  yield* walkFolder(input, seen);
}

async function* walkFolder(dir: string, seen: Set<string>): AsyncGenerator<PageItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { path: dir, error: ioError(e) };
    return;
  }
  entries.sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = await stat(path);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e) {
        if (isPageFile(entry.name)) yield { path, error: ioError(e) };
        continue;
      }
    }
    if (isDir) {
      let real: string;
      try {
        real = await realpath(path);
      } catch (e) {
        yield { path, error: ioError(e) };
        continue;
      }
      if (seen.has(real)) continue;
      seen.add(real);
      yield* walkFolder(path, seen);
    } else if (isFile && isPageFile(entry.name)) {
      yield { path };
    }
  }
}

/** A file a folder walk takes: page text (*.txt) or HTML (*.html, *.htm). */
function isPageFile(name: string): boolean {
  return name.endsWith(".txt") || HTML_FILE.test(name);
}

/** Counts the pages `walk` would give for these inputs (for the progress bar's total). */
export async function countPages(inputs: readonly string[]): Promise<number> {
  let n = 0;
  for (const input of inputs) {
    if (input === "-") n++;
    else for await (const _ of walk(input)) n++;
  }
  return n;
}

/** Reads a whole page from a stream (stdin): its text, or why not. Stops reading past the size limit. */
export async function readPageStream(stream: Readable): Promise<{ text: string } | { error: ErrorInfo }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > MAX_PAGE_BYTES) {
        stream.destroy();
        return { error: tooLarge() };
      }
      chunks.push(buf);
    }
  } catch (e) {
    return { error: ioError(e) };
  }
  return decodePage(Buffer.concat(chunks, size));
}

/** How `batchLines` cuts batches. */
export interface LineBatching {
  /** A batch closes at the first line end after this many bytes. */
  readonly batchBytes: number;
  /** A line longer than this is skipped (with an error record), so memory stays bounded. */
  readonly maxLineBytes: number;
  /** Buffers to reuse for batches (given back once a batch is written). */
  readonly spares: Spares;
}

/** What a `batchLines` run read. */
export interface LinesRead {
  /** Whole lines read (and handed over, or skipped as too long). */
  readonly lines: number;
  /** The read error that ended the input early, if any. */
  readonly error: unknown;
}

/**
 * Reads an NDJSON stream in chunks and hands over whole lines, as raw bytes,
 * in batches of about `batchBytes`, the worker decoding and splitting them
 * (the main thread makes no strings: it stays nearly idle and small while the
 * workers parse). The stream is consumed by async iteration, so it is read
 * only as fast as `submit` returns: backpressure from the output reaches the
 * input, and at most a batch and a chunk wait in memory, plus one line when a
 * line is longer than a batch (up to `maxLineBytes`).
 *
 * @param submit - takes a batch: its bytes, the number of its first line (1-based), how many
 *   lines, and whether more follow (false for the last batch)
 * @param tooLong - called for a line skipped for its length, with its number
 */
export async function batchLines(
  stream: Readable,
  batching: LineBatching,
  submit: (bytes: Uint8Array, start: number, lines: number, more: boolean) => Promise<void>,
  tooLong: (line: number) => Promise<void>,
): Promise<LinesRead> {
  let parts: Uint8Array[] = [];
  let size = 0;
  /** Offset in the pending bytes just past their last newline; 0 when there is none. */
  let cut = 0;
  /** Number of the first pending line. */
  let line = 1;
  /** Skipping the rest of a line that was too long. */
  let skipping = false;

  const send = async (n: number, final: boolean): Promise<void> => {
    // A batch is about batchBytes plus part of a chunk: room for that, so that buffers can be reused.
    const room = Math.max(n, Math.ceil(batching.batchBytes * 1.25));
    const bytes = new Uint8Array(batching.spares.take(n) ?? new ArrayBuffer(room), 0, n);
    let at = 0;
    const rest: Uint8Array[] = [];
    for (const p of parts) {
      const take = Math.min(p.length, n - at);
      bytes.set(p.subarray(0, take), at);
      at += take;
      if (take < p.length) rest.push(p.subarray(take));
    }
    parts = rest;
    size -= n;
    cut = 0;
    const lines = countLines(bytes) + (final && bytes[n - 1] !== 0x0a ? 1 : 0);
    const start = line;
    line += lines;
    await submit(bytes, start, lines, !final);
  };

  let error: unknown = null;
  try {
    for await (const chunk of stream) {
      let c = chunk as Uint8Array;
      if (skipping) {
        const nl = c.indexOf(0x0a);
        if (nl === -1) continue;
        c = c.subarray(nl + 1);
        skipping = false;
        line++;
      }
      const nl = c.lastIndexOf(0x0a);
      if (nl !== -1) cut = size + nl + 1;
      parts.push(c);
      size += c.length;
      if (size >= batching.batchBytes && cut > 0) {
        await send(cut, false);
      } else if (cut === 0 && size > batching.maxLineBytes) {
        parts = [];
        size = 0;
        skipping = true;
        await tooLong(line);
      }
    }
  } catch (e) {
    error = e;
  }
  if (error !== null) {
    // Keep the whole lines read; the error record names the line it broke off in.
    if (cut > 0) await send(cut, false);
  } else if (skipping) {
    line++;
  } else if (size > 0) {
    await send(size, true);
  }
  return { lines: line - 1, error };
}

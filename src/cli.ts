/**
 * The `wirecopy` command: parses scraped news pages from the command line.
 * Node-only; the library itself (src/index.ts) imports nothing from `node:`.
 *
 * - `wirecopy FILE` / `wirecopy [-]`: one page to pretty JSON.
 * - `wirecopy --explain FILE|-`: one page shown line by line with each line's role and
 *   the rules that decided it, then a summary (src/cli/explain-view.ts).
 * - `wirecopy --ndjson PATH...`: pages (files, folders walked for *.txt) to NDJSON.
 * - `wirecopy --input ndjson [FILE...]`: NDJSON records in, the same records with `story` out, streamed.
 * - `wirecopy --input warc [FILE...]`: web archives in, one line per HTML response or WET
 *   conversion record out, `{"url", "date", ...story}`, streamed (src/cli/warc.ts).
 * - `--format html|text` (or a file's .html/.htm extension, or `--field html`): read pages as
 *   HTML, through `wirecopy/html` (dist/html.js), which the parsing side loads only then.
 * - `wirecopy --schema`: the JSON Schema of a story.
 * - `--fingerprint`: each record also gets the story's syndication fingerprint
 *   (src/fingerprint.ts), after the story's fields or next to `story`.
 *
 * Batches run on a worker_threads pool (src/cli/runner.ts, src/cli/pool.ts) with
 * output in input order. The parsing itself (src/cli/work.ts) is built into
 * dist/worker.js, which this file imports only when the main thread parses.
 *
 * @module
 */
import { createReadStream, fstatSync } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { WireStory } from "./schema.js";
import { batchLines, countPages, readPageStream, walk } from "./cli/inputs.js";
import { HELP, parseCommand, UsageError, VERSION } from "./cli/options.js";
import type { Command } from "./cli/options.js";
import { Progress } from "./cli/progress.js";
import { Runner } from "./cli/runner.js";
import { encodeLines, ioError, pageFormat, readPage } from "./cli/io.js";
import type { ErrorInfo, PageItem, WarcItem, WorkOptions } from "./cli/io.js";
import { loadWork } from "./cli/load.js";
import { readWarc, WarcCounts } from "./cli/warc.js";
import { palette, shouldColor } from "./cli/ansi.js";
import { renderExplanation } from "./cli/explain-view.js";

/** Pages per batch message (a page takes about half a millisecond to parse). */
const PAGES_PER_BATCH = 32;
/** NDJSON bytes per batch message (about 200 records of a typical page, 80 ms of parsing). */
const BATCH_BYTES = 256 * 1024;
/** Longest NDJSON line read; a longer one is skipped with an error record, so memory stays bounded. */
const MAX_LINE_BYTES = 32 * 1024 * 1024;
/** NDJSON lines parsed in the main thread before the pool starts (when no batch was full). */
const POOL_AFTER_LINES = 256;
/** Read size of NDJSON files (as for stdin); larger chunks only cost memory. */
const READ_CHUNK = 64 * 1024;

type BatchCommand = Extract<Command, { kind: "batch" }>;

/** Exits quietly when the reader of stdout goes away (`wirecopy ... | head`). */
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`wirecopy: cannot write the output: ${e.message}\n`);
  process.exit(1);
});

/** Writes to stdout, calling `done` once written; the promise (when there is one) settles on 'drain'. */
function writeOut(data: string | Uint8Array, progress: Progress | null, done?: () => void): Promise<void> | void {
  if (progress !== null && process.stdout.isTTY) progress.clear();
  if (!process.stdout.write(data, done && (() => done()))) {
    return new Promise((resolve) => process.stdout.once("drain", () => resolve()));
  }
}

function progressBar(cmd: BatchCommand, unit: string): Progress | null {
  return !cmd.quiet && process.stderr.isTTY ? new Progress(process.stderr, unit) : null;
}

async function readStdinPage(quiet: boolean): Promise<{ text: string } | { error: ErrorInfo }> {
  if (process.stdin.isTTY && !quiet) {
    process.stderr.write("wirecopy: reading a page from stdin; end it with Ctrl-D (wirecopy --help for more)\n");
  }
  return readPageStream(process.stdin);
}

/** `--explain`'s view of a story: coloured and cut to the terminal's width when stdout is a terminal. */
function explanation(story: WireStory): string {
  const terminal = process.stdout.isTTY === true;
  const width = terminal ? process.stdout.columns || 80 : Infinity;
  return renderExplanation(story, { paint: palette(shouldColor(process.env, terminal)), width });
}

/** `wirecopy FILE`: one page, pretty JSON (or with --explain, the explain view); errors on one line of stderr. */
async function runPage(cmd: Extract<Command, { kind: "page" }>): Promise<number> {
  const name = cmd.input === "-" ? "(stdin)" : cmd.input;
  const page = cmd.input === "-" ? await readStdinPage(cmd.quiet) : readPage(cmd.input);
  const fail = (e: ErrorInfo): number => {
    process.stderr.write(`wirecopy: ${name}: ${e.code}: ${e.message}\n`);
    return 1;
  };
  if ("error" in page) return fail(page.error);
  const work = await loadWork();
  const format = pageFormat(cmd.input, cmd.format);
  await work.preparePage(format);
  const result = work.parsePage(page.text, { referenceDate: cmd.referenceDate, explain: cmd.explain }, format);
  if (!result.success) return fail(result.error);
  if (cmd.explain) {
    await writeOut(explanation(result.data), null);
    return 0;
  }
  const out = cmd.fingerprint ? { ...result.data, fingerprint: work.fingerprint(result.data) } : result.data;
  await writeOut(JSON.stringify(out, null, 2) + "\n", null);
  return 0;
}

function workOptions(cmd: BatchCommand): WorkOptions {
  return {
    field: cmd.field,
    fingerprint: cmd.fingerprint,
    ...(cmd.referenceDate ? { referenceDate: cmd.referenceDate } : {}),
    ...(cmd.format ? { format: cmd.format } : {}),
  };
}

function runner(cmd: BatchCommand, poolAfter: number, progress: Progress | null): Runner {
  return new Runner({
    jobs: cmd.jobs,
    poolAfter,
    work: workOptions(cmd),
    write: (bytes, done) => writeOut(bytes, progress, done),
    written: (r, bytes) => progress?.add(r.count, r.failed, bytes),
  });
}

/** `wirecopy --ndjson PATH...`: one line per page, in input order. */
async function runPages(cmd: BatchCommand): Promise<number> {
  const inputs = cmd.inputs.length > 0 ? cmd.inputs : ["-"];
  const progress = progressBar(cmd, "files");
  if (progress !== null) {
    countPages(inputs).then(
      (n) => (progress.total = n),
      () => undefined,
    );
  }
  const run = runner(cmd, PAGES_PER_BATCH, progress);
  try {
    let items: PageItem[] = [];
    const flush = async (more: boolean): Promise<void> => {
      if (items.length === 0) return;
      const batch = items;
      items = [];
      await run.submit({ kind: "pages", items: batch }, 0, more);
    };
    for (const input of inputs) {
      if (input === "-") {
        items.push({ path: "-", ...(await readStdinPage(cmd.quiet)) });
        continue;
      }
      for await (const item of walk(input)) {
        items.push(item);
        if (items.length >= PAGES_PER_BATCH) await flush(true);
      }
    }
    await flush(false);
    await run.finish();
  } finally {
    progress?.stop();
  }
  return run.failed > 0 ? 1 : 0;
}

/** The size of an input when it is a regular file (for the progress bar); 0 if it cannot be read, null if not a file. */
async function sizeOf(input: string): Promise<number | null> {
  try {
    const st = input === "-" ? fstatSync(0) : await stat(input);
    return st.isFile() ? st.size : st.isDirectory() ? 0 : null;
  } catch {
    return input === "-" ? null : 0;
  }
}

/** A progress bar whose fraction done is by bytes, when every input is a file (not a pipe). */
async function byteProgress(cmd: BatchCommand, inputs: readonly string[]): Promise<Progress | null> {
  const progress = progressBar(cmd, "records");
  if (progress !== null) {
    const sizes = await Promise.all(inputs.map(sizeOf));
    if (sizes.every((n) => n !== null)) progress.totalBytes = sizes.reduce<number>((a, n) => a + (n ?? 0), 0);
  }
  return progress;
}

/**
 * Opens a streamed input: stdin for "-" (with a hint when it is a terminal), else the file.
 *
 * @param what - what the input holds, for the hint and the error ("NDJSON records", "a web archive")
 * @param flag - the option that reads it, for the error ("--input ndjson")
 */
async function openInput(input: string, cmd: BatchCommand, what: string, flag: string): Promise<{ stream: Readable } | { error: ErrorInfo }> {
  if (input === "-") {
    if (process.stdin.isTTY && !cmd.quiet) {
      process.stderr.write(`wirecopy: reading ${what} from stdin; end with Ctrl-D (wirecopy --help for more)\n`);
    }
    return { stream: process.stdin };
  }
  try {
    if ((await stat(input)).isDirectory()) return { error: { code: "READ_ERROR", message: `is a directory (${flag} reads files)` } };
  } catch (e) {
    return { error: ioError(e) };
  }
  return { stream: createReadStream(input, { highWaterMark: READ_CHUNK }) };
}

/** `wirecopy --input ndjson [FILE...]`: records in, records with `story` out, streamed line by line. */
async function runRecords(cmd: BatchCommand): Promise<number> {
  const inputs = cmd.inputs.length > 0 ? cmd.inputs : ["-"];
  const progress = await byteProgress(cmd, inputs);
  const run = runner(cmd, POOL_AFTER_LINES, progress);
  try {
    for (const input of inputs) {
      const file = input === "-" ? null : input;
      const failInput = (line: number | null, error: ErrorInfo) => {
        const record = line === null ? { file: input, error } : file === null ? { line, error } : { file, line, error };
        return run.submit({ kind: "ready", result: { out: encodeLines([JSON.stringify(record)]), count: 1, failed: 1 } });
      };
      const opened = await openInput(input, cmd, "NDJSON records", "--input ndjson");
      if ("error" in opened) {
        await failInput(null, opened.error);
        continue;
      }
      const read = await batchLines(
        opened.stream,
        { batchBytes: BATCH_BYTES, maxLineBytes: MAX_LINE_BYTES, spares: run.inputs },
        (bytes, start, lines, more) => run.submit({ kind: "lines", file, start, lines, bytes }, bytes.length, more),
        (line) =>
          failInput(line, { code: "INPUT_TOO_LARGE", message: `the line is longer than ${MAX_LINE_BYTES} bytes; skipped` }),
      );
      if (read.error) await failInput(read.lines > 0 ? read.lines + 1 : null, ioError(read.error));
    }
    await run.finish();
  } finally {
    progress?.stop();
  }
  return run.failed > 0 ? 1 : 0;
}

/** The size in bytes of a WARC item's body (for batching). */
const itemBytes = (item: WarcItem): number => item.bytes?.byteLength ?? 0;

/**
 * `wirecopy --input warc [FILE...]`: archives in, one line per HTML response or
 * conversion record, in archive order; skipped records are counted and the
 * count is written to stderr at the end (unless --quiet).
 */
async function runWarc(cmd: BatchCommand): Promise<number> {
  const inputs = cmd.inputs.length > 0 ? cmd.inputs : ["-"];
  const progress = await byteProgress(cmd, inputs);
  const run = runner(cmd, PAGES_PER_BATCH, progress);
  const counts = new WarcCounts();
  try {
    for (const input of inputs) {
      const failInput = (error: ErrorInfo) =>
        run.submit({ kind: "ready", result: { out: encodeLines([JSON.stringify({ file: input, error })]), count: 1, failed: 1 } });
      const opened = await openInput(input, cmd, "a web archive", "--input warc");
      if ("error" in opened) {
        await failInput(opened.error);
        continue;
      }
      const stream = opened.stream;
      let items: WarcItem[] = [];
      let bytes = 0;
      let offset = 0;
      let sent = 0;
      const flush = async (more: boolean): Promise<void> => {
        if (items.length === 0) return;
        const batch = items;
        items = [];
        bytes = 0;
        const weight = offset - sent;
        sent = offset;
        await run.submit({ kind: "warc", items: batch }, weight, more);
      };
      const error = await readWarc(stream, counts, async (item, at) => {
        items.push(item);
        bytes += itemBytes(item);
        offset = at;
        if (items.length >= PAGES_PER_BATCH || bytes >= BATCH_BYTES) await flush(true);
      });
      await flush(false);
      if (error !== null) {
        stream.destroy();
        await failInput({ code: "BAD_WARC", message: `cannot read the archive: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    await run.finish();
  } finally {
    progress?.stop();
  }
  if (!cmd.quiet) process.stderr.write(`wirecopy: ${counts.toString()}\n`);
  return run.failed > 0 ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`wirecopy: ${e.message}\n`);
    return 2;
  }
  switch (cmd.kind) {
    case "help":
      await writeOut(HELP, null);
      return 0;
    case "version":
      await writeOut(`${VERSION}\n`, null);
      return 0;
    case "schema":
      // z.toJSONSchema(wireStorySchema), in src/cli/work.ts
      await writeOut(JSON.stringify((await loadWork()).storyJsonSchema(), null, 2) + "\n", null);
      return 0;
    case "page":
      return runPage(cmd);
    case "batch":
      return cmd.input === "ndjson" ? runRecords(cmd) : cmd.input === "warc" ? runWarc(cmd) : runPages(cmd);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`wirecopy: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);

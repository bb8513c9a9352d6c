/**
 * `wirecopy --input warc`: reads web archives (WARC 1.0/1.1, plain or gzipped
 * record by record, as crawlers write them) with warcio
 * (https://github.com/webrecorder/warcio.js), streaming: one record's body in
 * memory at a time, read only as fast as the parsing takes it. A gzipped
 * archive is inflated by Node's zlib before warcio reads it (native, off the
 * JavaScript thread, and it reports an archive cut short), not by warcio's
 * pako, which took a third of the main thread's time.
 *
 * - `response` records whose HTTP status is 2xx and whose Content-Type is
 *   HTML (`text/html`, `application/xhtml+xml`) are read as HTML;
 * - `conversion` records (the text of a WET file) are read as page text;
 * - every other record (`warcinfo`, `request`, `metadata`, `revisit`, other
 *   responses) is skipped and counted ({@link WarcCounts}).
 *
 * warcio is imported here only when an archive is read, in the main thread;
 * the parsing happens in the workers (src/cli/work.ts `renderWarcItem`).
 *
 * @module
 */
import { once } from "node:events";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { ioError, MAX_PAGE_BYTES, tooLarge } from "./io.js";
import type { WarcItem } from "./io.js";

/** The media types read as HTML. */
const HTML_TYPES: ReadonlySet<string> = new Set(["text/html", "application/xhtml+xml"]);

/** The charset parameter of a Content-Type. ✓ "text/html; charset=ISO-8859-1" ✗ "text/html" */
const CHARSET = /;\s{0,20}charset\s{0,20}=\s{0,20}"?([\w.:-]{1,40})/i;

/** What an archive held, by what was done with each record. */
export class WarcCounts {
  /** Records handed on to be parsed (HTML responses and conversions). */
  parsed = 0;
  /** Records skipped, by kind ("request", "non-HTML response" ...). */
  readonly skipped = new Map<string, number>();

  skip(kind: string): void {
    this.skipped.set(kind, (this.skipped.get(kind) ?? 0) + 1);
  }

  /** "3 records parsed, 4 skipped (2 request, 1 warcinfo, 1 non-HTML response)". */
  toString(): string {
    let skipped = 0;
    for (const n of this.skipped.values()) skipped += n;
    const kinds = [...this.skipped].map(([k, n]) => `${n} ${k}`).join(", ");
    return `${this.parsed} record${this.parsed === 1 ? "" : "s"} parsed, ${skipped} skipped${skipped > 0 ? ` (${kinds})` : ""}`;
  }
}

/** A header's value from warcio's headers (a Headers or its multi-map). */
function header(headers: { get(name: string): string | null | undefined } | null | undefined, name: string): string | null {
  return headers?.get(name) ?? null;
}

/** The media type of a Content-Type value, lower case, without parameters. */
const mediaType = (contentType: string | null): string => (contentType ?? "").split(";", 1)[0]!.trim().toLowerCase();

/** A record's body, decoded (chunked transfer, gzip content encoding), or an error when it is over the page limit. */
async function readBody(record: AsyncIterable<Uint8Array>): Promise<{ bytes: Uint8Array } | { error: WarcItem["error"] }> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.byteLength;
    if (size > MAX_PAGE_BYTES) return { error: tooLarge() };
    parts.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  return { bytes };
}

/**
 * The archive's bytes, inflated when they are gzip (the magic bytes 1f 8b at
 * the start; every member of a record-by-record archive in turn). Counts the
 * input bytes read into `read.bytes` (for the progress bar).
 */
async function* inflated(stream: Readable, read: { bytes: number }): AsyncGenerator<Uint8Array> {
  const input = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  const first = await input.next();
  if (first.done) return;
  const head = first.value;
  read.bytes += head.byteLength;
  if (!(head[0] === 0x1f && head[1] === 0x8b)) {
    yield head;
    for (let r = await input.next(); !r.done; r = await input.next()) {
      read.bytes += r.value.byteLength;
      yield r.value;
    }
    return;
  }
  const gunzip = createGunzip();
  const feed = async (): Promise<void> => {
    if (!gunzip.write(head)) await once(gunzip, "drain");
    for (let r = await input.next(); !r.done; r = await input.next()) {
      read.bytes += r.value.byteLength;
      if (!gunzip.write(r.value)) await once(gunzip, "drain");
    }
    gunzip.end();
  };
  feed().catch((e: unknown) => gunzip.destroy(e instanceof Error ? e : new Error(String(e))));
  yield* gunzip as AsyncIterable<Uint8Array>;
}

/** How many times the reader may ask past the end of the input before that is taken for a loop. */
const READS_PAST_END = 8;

/**
 * The input as warcio reads it, with a guard: warcio (2.4) skips the rest of
 * a record by reading until it has skipped its Content-Length, and a record
 * cut short by the end of the input makes that loop forever. Reads past the
 * end are answered "done" a few times (warcio asks once more at a normal
 * end), then with an error, which ends the archive with an error record.
 */
function guardEnd(bytes: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const source = bytes[Symbol.asyncIterator]();
  let pastEnd = 0;
  const iterator: AsyncIterableIterator<Uint8Array> = {
    [Symbol.asyncIterator]: () => iterator,
    async next() {
      if (pastEnd > READS_PAST_END) throw new Error("the archive ends inside a record (truncated?)");
      const r = await source.next();
      if (r.done) pastEnd++;
      return r;
    },
  };
  return iterator;
}

/**
 * Reads an archive and hands each record to parse to `each`, in order, with
 * how far into the input (in bytes as stored, compressed or not) the reader has got. Waits for
 * `each` before reading on, so memory holds one record's body at a time plus
 * what the caller keeps.
 *
 * @returns the error that ended the archive early (a truncated or corrupt file), or null.

 */
export async function readWarc(
  stream: Readable,
  counts: WarcCounts,
  each: (item: WarcItem, offset: number) => Promise<void>,
): Promise<unknown> {
  const { WARCParser } = await import("warcio");
  const read = { bytes: 0 };
  const parser = new WARCParser(guardEnd(inflated(stream, read)));
  try {
    for await (const record of parser) {
      if (!record.warcHeaders.statusline.startsWith("WARC/")) throw new Error("not a WARC record (no WARC/1.x line where one should start)");
      const type = record.warcType;
      // WARC-Type is mandatory: a record without one is an archive cut inside a record's header, or corrupt.
      if (!type) throw new Error("a record with no WARC-Type (the archive is cut inside a record's header, or corrupt)");
      const url = record.warcTargetURI ?? null;
      const date = record.warcDate ?? null;
      let kind: WarcItem["kind"];
      let charset: string | null = null;
      if (type === "response") {
        const http = record.httpHeaders;
        const contentType = header(http?.headers, "content-type");
        if (!HTML_TYPES.has(mediaType(contentType))) {
          counts.skip("non-HTML response");
          continue;
        }
        const status = Number(http?.statusCode);
        if (!(status >= 200 && status < 300)) {
          counts.skip("HTML response with a status other than 2xx");
          continue;
        }
        kind = "html";
        charset = CHARSET.exec(contentType ?? "")?.[1] ?? null;
      } else if (type === "conversion") {
        kind = "text";
        charset = CHARSET.exec(header(record.warcHeaders.headers, "content-type") ?? "")?.[1] ?? null;
      } else {
        counts.skip(type);
        continue;
      }
      const length = Number(header(record.warcHeaders.headers, "content-length"));
      // warcio's LimitReader over the record's block, taken before decoding starts (its getter refuses after).
      const raw = record.reader as unknown as { limit?: unknown };
      let item: WarcItem;
      if (length > MAX_PAGE_BYTES * 2) {
        item = { url, date, kind, charset, error: tooLarge() };
      } else {
        let body;
        try {
          body = await readBody(record);
        } catch (e) {
          body = { error: { code: "READ_ERROR", message: `cannot read the record's body: ${ioError(e).message}` } };
        }
        item = "bytes" in body ? { url, date, kind, charset, bytes: body.bytes, size: body.bytes.byteLength } : { url, date, kind, charset, error: body.error };
      }
      counts.parsed++;
      await each(item, read.bytes);
      // A record read to its end has nothing left of its Content-Length; something left means the input ended first.
      if ("bytes" in item && typeof raw.limit === "number" && raw.limit > 0) throw new Error("the archive ends inside a record (truncated?)");
    }
  } catch (e) {
    return e;
  }
  return null;
}

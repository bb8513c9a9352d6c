/**
 * Builds small web archives for the tests with warcio's own writer
 * (WARCRecord.create + WARCSerializer), so the reader is tested on what a
 * well-kept writer produces: gzipped record by record, or plain.
 */
import { WARCRecord, WARCSerializer } from "warcio";

/** One record to write. */
export interface RecordSpec {
  readonly type: "warcinfo" | "response" | "request" | "conversion" | "metadata" | "resource" | "revisit";
  readonly url?: string;
  readonly date?: string;
  /** HTTP headers of a response or request. */
  readonly httpHeaders?: Record<string, string>;
  readonly statusline?: string;
  /** Extra WARC headers (Content-Type of a conversion record ...). */
  readonly warcHeaders?: Record<string, string>;
  readonly body: string | Uint8Array;
}

const encoder = new TextEncoder();

/** The bytes of one record, gzipped as its own member when `gzip` is set. */
export async function recordBytes(spec: RecordSpec, gzip: boolean): Promise<Uint8Array> {
  const body = typeof spec.body === "string" ? encoder.encode(spec.body) : spec.body;
  async function* content(): AsyncGenerator<Uint8Array> {
    yield body;
  }
  const record = WARCRecord.create(
    {
      type: spec.type,
      ...(spec.url ? { url: spec.url } : {}),
      ...(spec.date ? { date: spec.date } : {}),
      ...(spec.httpHeaders ? { httpHeaders: spec.httpHeaders } : {}),
      ...(spec.statusline ? { statusline: spec.statusline } : {}),
      ...(spec.warcHeaders ? { warcHeaders: spec.warcHeaders } : {}),
      warcVersion: "WARC/1.1",
    },
    content(),
  );
  return WARCSerializer.serialize(record, { gzip });
}

/** A whole archive: the records one after another. */
export async function warcBytes(specs: readonly RecordSpec[], gzip: boolean): Promise<Uint8Array> {
  const parts = await Promise.all(specs.map((s) => recordBytes(s, gzip)));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

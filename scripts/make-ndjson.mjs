#!/usr/bin/env node
// Writes a large NDJSON file for measuring `wirecopy --input ndjson`: records
// {"id", "url", "crawled", "text"} whose text is a page from fixtures/*.txt
// (cycled, with the record number added to the headline so no two are equal).
//
//   node scripts/make-ndjson.mjs /tmp/big.ndjson 1G        # about 1 GB
//   node scripts/make-ndjson.mjs /tmp/mid.ndjson 150M
//   node scripts/make-ndjson.mjs /tmp/small.ndjson 20000   # 20,000 records
//
// SIZE is bytes with an optional K/M/G suffix (powers of 1000), or a plain
// record count when it is a number below 10 million without a suffix.
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import { once } from "node:events";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [out, sizeArg] = process.argv.slice(2);
if (!out || !sizeArg || !/^\d+[KMG]?$/i.test(sizeArg)) {
  console.error("usage: node scripts/make-ndjson.mjs OUT.ndjson SIZE   (SIZE: 1G, 150M, or a record count)");
  process.exit(2);
}
const factor = { K: 1e3, M: 1e6, G: 1e9 }[sizeArg.slice(-1).toUpperCase()];
const n = Number.parseInt(sizeArg, 10);
const limit = factor ? { bytes: n * factor } : n < 10_000_000 ? { records: n } : { bytes: n };

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
const pages = readdirSync(fixtures)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(join(fixtures, f), "utf8") }));

const stream = createWriteStream(out);
let bytes = 0;
let records = 0;
let chunk = "";
while (limit.records !== undefined ? records < limit.records : bytes < limit.bytes) {
  const page = pages[records % pages.length];
  // Mark the headline (the first non-empty line) with the record number.
  const text = page.text.replace(/^(\s*)(.+)/, `$1$2 #${records}`);
  const line =
    JSON.stringify({
      id: records,
      url: `https://news.example/${page.name}/${records}`,
      crawled: "2024-06-21T10:00:00Z",
      text,
    }) + "\n";
  chunk += line;
  bytes += Buffer.byteLength(line);
  records++;
  if (chunk.length > 1 << 20) {
    if (!stream.write(chunk)) await once(stream, "drain");
    chunk = "";
  }
}
stream.end(chunk);
await once(stream, "finish");
console.error(`${out}: ${records.toLocaleString("en-US")} records, ${(bytes / 1e6).toFixed(1)} MB`);

#!/usr/bin/env node
// Writes the input of the cluster test: the good records of
// scripts/make-ndjson.mjs (pages from fixtures/*.txt, numeric ids), split into
// FILES part files, with clusters of bad lines put in the even-numbered files
// only (so some partitions and blocks are clean and must exit 0):
//
//   OUT/parts/part-000.ndjson ... part-NNN.ndjson   the input as a folder (Dask)
//   OUT/all.ndjson                                  the same lines in one file
//
//   node test/cluster/make-input.mjs OUT [--records 50000] [--files 10] [--every 500]
//
// A cluster of bad lines, in this order:
//   BAD_JSON (a cut-off record), EMPTY_INPUT (blank text), a whitespace-only line
//   (skipped: no output), MISSING_FIELD (no "text"), MISSING_FIELD (a number),
//   EMPTY_INPUT (""), BAD_JSON (an array, not an object).
// It starts and ends with an error record that carries a line number, so however
// a block boundary cuts a cluster, every block that holds an error record holds
// one with a line number (test/cluster/contract.mjs counts blocks by those).
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createReadStream, createWriteStream, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    records: { type: "string", default: "50000" },
    files: { type: "string", default: "10" },
    every: { type: "string", default: "500" },
  },
});
const out = positionals[0];
if (!out) {
  console.error("usage: node test/cluster/make-input.mjs OUT [--records 50000] [--files 10] [--every 500]");
  process.exit(2);
}
const records = Number(values.records);
const files = Number(values.files);
const every = Number(values.every);

/** The bad lines of cluster `c`; ids are strings, unlike the good records' numbers. */
const badCluster = (c) => [
  `{"id":"bad-${c}-cut","text":"LONDON (Reuters) - The`,
  JSON.stringify({ id: `bad-${c}-blank`, text: " \n\t \n" }),
  "   \t",
  JSON.stringify({ id: `bad-${c}-nofield`, url: `https://news.example/bad/${c}` }),
  JSON.stringify({ id: `bad-${c}-number`, text: 42 }),
  JSON.stringify({ id: `bad-${c}-empty`, text: "" }),
  JSON.stringify([`bad-${c}-array`]),
];

mkdirSync(join(out, "parts"), { recursive: true });
const good = join(out, "good.ndjson");
execFileSync(process.execPath, [join(import.meta.dirname, "..", "..", "scripts", "make-ndjson.mjs"), good, String(records)], {
  stdio: ["ignore", "ignore", "inherit"],
});

const all = createWriteStream(join(out, "all.ndjson"));
const perFile = Math.ceil(records / files);
let part = null;
let n = 0;
let clusters = 0;
let lines = 0;
const write = async (stream, text) => {
  if (!stream.write(text)) await once(stream, "drain");
};
for await (const line of createInterface({ input: createReadStream(good), crlfDelay: Infinity })) {
  const file = Math.floor(n / perFile);
  if (n % perFile === 0) {
    part?.end();
    part = createWriteStream(join(out, "parts", `part-${String(file).padStart(3, "0")}.ndjson`));
  }
  let text = line + "\n";
  lines++;
  if (file % 2 === 0 && n % every === every - 1) {
    const bad = badCluster(clusters++);
    text += bad.join("\n") + "\n";
    lines += bad.length;
  }
  await write(part, text);
  await write(all, text);
  n++;
}
part?.end();
all.end();
await Promise.all([once(all, "finish"), part && once(part, "finish")]);
rmSync(good);
console.error(`${out}: ${lines.toLocaleString("en-US")} lines (${n.toLocaleString("en-US")} good records, ${clusters} bad clusters) in ${Math.ceil(n / perFile)} files`);

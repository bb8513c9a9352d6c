#!/usr/bin/env node
// Which HTML parser for wirecopy/html (issue 13): speed on ../shared/aeb/dev, cold import, bundled size,
// and behaviour on deep nesting, for htmlparser2 (its Parser, and its Tokenizer alone) and parse5 (the
// tree builder, and parse5-sax-parser). Not part of `npm run bench`: parse5 is not a dependency, so
// install it for the run:  npm i --no-save parse5 parse5-sax-parser && node bench/html-parsers.mjs
// Each candidate is bundled with esbuild (minified, as dist/ would carry it) into scratch/parsers/.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { build } from "esbuild";
import { machine, root } from "./lib.mjs";

const out = join(root, "scratch", "parsers");
mkdirSync(out, { recursive: true });
const NOOP_TOKENIZER = `const noop = () => {};
const cbs = { onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop, oncdata: noop, onclosetag: noop,
  oncomment: noop, ondeclaration: noop, onend: noop, onopentagend: noop, onopentagname: noop, onprocessinginstruction: noop,
  onselfclosingtag: noop, ontext: (s, e) => { n += e - s; }, ontextentity: noop };`;
/** Each candidate: source of a module exporting run(html) that visits every tag and text. */
const candidates = {
  "htmlparser2 Parser": [`import { Parser } from "htmlparser2";
export function run(html) { let n = 0; const p = new Parser({ onopentag() { n++; }, ontext(s) { n += s.length; }, onclosetag() {} }, { decodeEntities: true }); p.end(html); return n; }`, "neutral"],
  "htmlparser2 Tokenizer": [`import { Tokenizer } from "htmlparser2"; let n = 0; ${NOOP_TOKENIZER}
export function run(html) { n = 0; const t = new Tokenizer({ decodeEntities: true }, cbs); t.write(html); t.end(); return n; }`, "neutral"],
  "parse5-sax-parser": [`import { SAXParser } from "parse5-sax-parser";
export function run(html) { let n = 0; const p = new SAXParser(); p.on("startTag", () => n++); p.on("text", (x) => { n += x.text.length; }); p.end(html); return n; }`, "node"],
  "parse5 tree": [`import { parse } from "parse5";
export function run(html) { let n = 0; const st = [parse(html)];
  while (st.length) { const x = st.pop(); if (x.nodeName === "#text") n += x.value.length; else if (x.tagName) n++; if (x.childNodes) for (const c of x.childNodes) st.push(c); if (x.content) st.push(x.content); }
  return n; }`, "neutral"],
};
const dir = join(root, "..", "shared", "aeb", "dev");
const pages = readdirSync(dir).filter((f) => f.endsWith(".html.gz")).sort().map((f) => gunzipSync(readFileSync(join(dir, f))).toString("utf8"));
const mb = pages.reduce((a, p) => a + Buffer.byteLength(p), 0) / 1e6;
console.log(`HTML parsers: ${machine()}; ${pages.length} pages of aeb/dev, ${(mb / pages.length * 1000).toFixed(0)} kB on average\n`);

const runs = {};
const sizes = {};
for (const [name, [src, platform]] of Object.entries(candidates)) {
  const file = join(out, name.replace(/\W+/g, "-"));
  writeFileSync(`${file}.src.mjs`, src);
  await build({ entryPoints: [`${file}.src.mjs`], bundle: true, minify: true, format: "esm", platform, mainFields: ["module", "main"], outfile: `${file}.js`, logLevel: "error" });
  const bytes = readFileSync(`${file}.js`);
  sizes[name] = { bytes: bytes.length, gzip: gzipSync(bytes).length, file: `${file}.js` };
  runs[name] = (await import(`${file}.js`)).run;
}
// Interleaved rounds, median: the shared VM's speed swings.
for (const run of Object.values(runs)) for (let i = 0; i < 3; i++) for (const p of pages) run(p);
const times = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
for (let r = 0; r < 11; r++) {
  for (const [name, run] of Object.entries(runs)) {
    const t0 = performance.now();
    for (const p of pages) run(p);
    times[name].push((performance.now() - t0) / pages.length);
  }
}
const cold = (file) => {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});console.log(performance.now()-t)`;
  const xs = [];
  for (let i = 0; i < 11; i++) xs.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })));
  return xs.sort((a, b) => a - b)[5];
};
const deep = (run, N) => {
  const t0 = performance.now();
  run("<div>".repeat(N) + "</span>".repeat(N));
  return performance.now() - t0;
};
console.log("parser                  ms/page (median of 11)   MB/s   cold import ms   bundled KB (gzip)   100k/200k unclosed <div> + stray </span> ms");
for (const name of Object.keys(runs)) {
  const t = times[name].sort((a, b) => a - b)[5];
  const s = sizes[name];
  const d = [deep(runs[name], 100_000), deep(runs[name], 200_000)].map((x) => x.toFixed(0)).join(" / ");
  console.log(`${name.padEnd(24)}${t.toFixed(2).padStart(8)}${(mb / pages.length / t * 1000).toFixed(1).padStart(22)}${cold(s.file).toFixed(1).padStart(14)}${(s.bytes / 1024).toFixed(0).padStart(14)} (${(s.gzip / 1024).toFixed(0)})${d.padStart(22)}`);
}

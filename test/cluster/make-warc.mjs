#!/usr/bin/env node
// Writes the web archives of the cluster test's WARC runs, with warcio's own
// writer (test/support/warc.ts, hence `node --import tsx`), and what each must
// give (test/cluster/contract.mjs checkWarcContract):
//
//   OUT/warc/crawl-00.warc.gz ... crawl-05.warc.gz   the archives (crawl-02 plain, the rest gzipped record by record)
//   OUT/warc.json                                    per archive: the lines it must give, the records it skips
//
//   node --import tsx test/cluster/make-warc.mjs OUT
//
// The pages: fixtures/*.txt wrapped in HTML of our own (a <p> a line, in a
// page with a menu and a footer), the first line marked " #N" (N counts pages
// across the archives, so the story must hold its own mark), and the
// fixtures/html pages as they are (the story must have their headline). Each
// response follows its request, as crawlers write them; among them warcinfo,
// metadata and revisit records, images, a 404 and a redirect (skipped and
// counted), WET conversion records (parsed as text), and menu-only pages
// (NO_STORY error records, with url and date). crawl-01, -02 and -05 give no
// error record; crawl-03 is cut in the middle of a record's gzip member (a
// download cut short): BAD_WARC after the records before the cut.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { recordBytes } from "../support/warc.ts";

const out = process.argv[2];
if (!out) {
  console.error("usage: node --import tsx test/cluster/make-warc.mjs OUT");
  process.exit(2);
}
const fixtures = join(import.meta.dirname, "..", "..", "fixtures");
const texts = readdirSync(fixtures)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(join(fixtures, f), "utf8") }));
const readJson = (...path) => JSON.parse(readFileSync(join(fixtures, ...path), "utf8"));
/** A fixtures/html page's headline: its expected story's, or that of the text fixture it names ("same as fixtures/X.txt ..."). */
function expectedHeadline(name) {
  const { story } = readJson("html", `${name}.expected.json`);
  if (typeof story !== "string") return story.headline;
  const same = /fixtures\/([\w-]+)\.txt/.exec(story);
  if (!same) throw new Error(`fixtures/html/${name}.expected.json: no story, and no text fixture named in ${JSON.stringify(story)}`);
  return readJson(`${same[1]}.expected.json`).headline;
}
const htmlPages = readdirSync(join(fixtures, "html"))
  .filter((f) => f.endsWith(".html"))
  .sort()
  .map((f) => ({ name: f.replace(/\.html$/, ""), html: readFileSync(join(fixtures, "html", f)), headline: expectedHeadline(f.replace(/\.html$/, "")) }));

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** A text page in HTML of our own: a <p> a line, between a menu and a footer. */
const wrap = (text) =>
  '<!doctype html><html><head><meta charset="utf-8"></head><body>' +
  '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav><main>\n' +
  text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => `<p>${escape(l)}</p>`)
    .join("\n") +
  "\n</main><footer>(c) Example News</footer></body></html>";
const MENU = '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>';

let page = 0;
let second = 0;
/** WARC-Dates one 37 s apart, from 20 June 2024. */
const nextDate = () => new Date(Date.UTC(2024, 5, 20, 6) + 37_000 * second++).toISOString().replace(".000Z", "Z");
const HTML = { "Content-Type": "text/html; charset=utf-8" };

/**
 * An archive under construction: its records, and for each what it must give:
 * a line ({ url, date, mark | headline | error }) or a skip (its kind, as wirecopy counts it).
 */
function archive() {
  const records = [];
  const add = (spec, give) => records.push({ spec, give });
  const a = {
    records,
    warcinfo: () => add({ type: "warcinfo", warcHeaders: { "Content-Type": "application/warc-fields" }, body: "software: wirecopy cluster test\r\n" }, { skip: "warcinfo" }),
    /** A request and its 2xx HTML response: a text fixture wrapped in HTML, marked #N. Returns the page's text and url. */
    page() {
      const n = page++;
      const fixture = texts[n % texts.length];
      const text = fixture.text.replace(/^(\s*)(.+)/, `$1$2 #${n}`);
      const url = `https://news.example/${fixture.name}/${n}`;
      const date = nextDate();
      add({ type: "request", url, date, statusline: `GET /${fixture.name}/${n} HTTP/1.1`, httpHeaders: { Host: "news.example" }, body: "" }, { skip: "request" });
      add({ type: "response", url, date, statusline: "HTTP/1.1 200 OK", httpHeaders: HTML, body: wrap(text) }, { url, date, mark: n });
      return { text, url, n };
    },
    /** A fixtures/html page as it is. */
    htmlPage(i) {
      const p = htmlPages[i % htmlPages.length];
      const url = `https://news.example/html/${p.name}/${page++}`;
      const date = nextDate();
      add({ type: "response", url, date, statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "text/html" }, body: p.html }, { url, date, headline: p.headline });
    },
    /** A 2xx HTML response with nothing but a menu: NO_STORY. */
    menu(contentType = "application/xhtml+xml") {
      const url = `https://news.example/menu/${page++}`;
      const date = nextDate();
      add({ type: "response", url, date, statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": contentType }, body: MENU }, { url, date, error: "NO_STORY" });
    },
    /** The WET text of a page: a conversion record, parsed as text. */
    conversion({ text, url, n }) {
      const date = nextDate();
      add({ type: "conversion", url, date, warcHeaders: { "Content-Type": "text/plain" }, body: text }, { url, date, mark: n });
    },
    image() {
      const url = `https://news.example/img/${second}.png`;
      add(
        { type: "response", url, date: nextDate(), statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "image/png" }, body: new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13]) },
        { skip: "non-HTML response" },
      );
    },
    status(statusline) {
      const url = `https://news.example/gone/${second}`;
      add({ type: "response", url, date: nextDate(), statusline, httpHeaders: HTML, body: "<h1>Not here</h1>" }, { skip: "HTML response with a status other than 2xx" });
    },
    metadata(url) {
      add({ type: "metadata", url, date: nextDate(), warcHeaders: { "Content-Type": "application/warc-fields" }, body: "fetchTimeMs: 120\r\n" }, { skip: "metadata" });
    },
    revisit(url) {
      add(
        { type: "revisit", url, date: nextDate(), warcHeaders: { "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest" }, body: "" },
        { skip: "revisit" },
      );
    },
  };
  return a;
}

const archives = [];
{
  const a = archive(); // crawl-00: pages, images, one menu page (an error record)
  a.warcinfo();
  for (let i = 0; i < 40; i++) {
    a.page();
    if (i % 10 === 9) a.image();
    if (i === 17) a.menu();
  }
  archives.push({ name: "crawl-00.warc.gz", gzip: true, ...a });
}
{
  const a = archive(); // crawl-01: clean; a 404, a redirect, metadata
  a.warcinfo();
  for (let i = 0; i < 40; i++) {
    const p = a.page();
    if (i === 5) a.status("HTTP/1.1 404 Not Found");
    if (i === 20) a.status("HTTP/1.1 301 Moved Permanently");
    if (i % 8 === 0) a.metadata(p.url);
  }
  archives.push({ name: "crawl-01.warc.gz", gzip: true, ...a });
}
{
  const a = archive(); // crawl-02: clean, not gzipped; revisits
  a.warcinfo();
  for (let i = 0; i < 40; i++) {
    const p = a.page();
    if (i % 13 === 12) a.revisit(p.url);
  }
  archives.push({ name: "crawl-02.warc", gzip: false, ...a });
}
{
  const a = archive(); // crawl-03: cut inside the gzip member of its 25th page's response
  a.warcinfo();
  for (let i = 0; i < 40; i++) {
    a.page();
    if (i % 10 === 4) a.image();
  }
  const responses = a.records.filter((r) => r.give.url !== undefined);
  archives.push({ name: "crawl-03.warc.gz", gzip: true, ...a, cutInside: a.records.indexOf(responses[24]) });
}
{
  const a = archive(); // crawl-04: each page with its WET conversion record; two menu pages
  a.warcinfo();
  for (let i = 0; i < 30; i++) {
    a.conversion(a.page());
    if (i === 3) a.menu();
    if (i === 22) a.menu("text/html");
  }
  archives.push({ name: "crawl-04.warc.gz", gzip: true, ...a });
}
{
  const a = archive(); // crawl-05: clean; the fixtures/html pages among text pages
  a.warcinfo();
  for (let i = 0; i < 20; i++) {
    a.page();
    if (i % 5 === 1) a.htmlPage(Math.floor(i / 5));
  }
  archives.push({ name: "crawl-05.warc.gz", gzip: true, ...a });
}

mkdirSync(join(out, "warc"), { recursive: true });
const manifest = {};
let lines = 0;
let records = 0;
for (const a of archives) {
  const parts = [];
  for (const r of a.records) parts.push(Buffer.from(await recordBytes(r.spec, a.gzip)));
  let kept = a.records;
  let bytes = Buffer.concat(parts);
  const entry = {};
  if (a.cutInside !== undefined) {
    // Cut halfway through that record's member: what comes before it is whole.
    const start = parts.slice(0, a.cutInside).reduce((n, p) => n + p.byteLength, 0);
    bytes = bytes.subarray(0, start + Math.floor(parts[a.cutInside].byteLength / 2));
    kept = a.records.slice(0, a.cutInside);
    // The record cut in two may or may not give its line before the error record.
    entry.truncated = { mayAlsoGive: a.records[a.cutInside].give };
  }
  entry.lines = kept.filter((r) => !r.give.skip).map((r) => r.give);
  entry.skipped = {};
  for (const r of kept) if (r.give.skip) entry.skipped[r.give.skip] = (entry.skipped[r.give.skip] ?? 0) + 1;
  writeFileSync(join(out, "warc", a.name), bytes);
  manifest[a.name] = entry;
  lines += entry.lines.length + (entry.truncated ? 1 : 0);
  records += a.records.length;
}
writeFileSync(join(out, "warc.json"), JSON.stringify(manifest, null, 2) + "\n");
console.error(`${join(out, "warc")}: ${archives.length} archives, ${records} records, ${lines} lines to come out (one cut short)`);

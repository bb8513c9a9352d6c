/**
 * JSON-LD (`<script type="application/ld+json">`): the story's own record of
 * itself, read with budgets so that no page can blow the stack, take
 * unbounded time or touch a prototype:
 *
 * - each script is parsed with `JSON.parse` inside `try` (malformed JSON is
 *   skipped, after two cheap repairs: raw control characters in strings, and
 *   an HTML-comment or CDATA wrapper); scripts over {@link MAX_SCRIPT_CHARS}
 *   are skipped unread;
 * - the parsed values are walked breadth first with an explicit queue, at
 *   most {@link MAX_LD_DEPTH} levels and {@link MAX_LD_NODES} values deep, so
 *   100,000 levels of nesting cost no more than a flat record;
 * - only own properties are read (`Object.hasOwn`), values are only ever
 *   strings copied out, nothing is ever assigned by a key taken from the
 *   page: `__proto__`, `constructor` and `prototype` keys are data like any
 *   other and cannot pollute anything.
 *
 * @module
 */
import { JSON_CONTROL_CHARS, URL_VALUE } from "../patterns/html.js";
import { cleanValue, compact } from "./values.js";
import type { PageMetadata } from "../types.js";

/** Longest JSON-LD script read, in characters; longer ones are skipped. */
export const MAX_SCRIPT_CHARS = 1_000_000;
/** Most JSON-LD text read on one page, in characters. */
export const MAX_PAGE_LD_CHARS = 2_000_000;
/** Deepest level of a JSON-LD value walked (the article is found within the first few). */
export const MAX_LD_DEPTH = 24;
/** Most JSON values visited on one page. */
export const MAX_LD_NODES = 20_000;
/** Most authors kept. */
const MAX_AUTHORS = 20;

/** Article types, best first: a news article beats a generic one. */
const ARTICLE_RANK: ReadonlyMap<string, number> = new Map([
  ["newsarticle", 0], ["reportagenewsarticle", 0], ["analysisnewsarticle", 0], ["backgroundnewsarticle", 0],
  ["opinionnewsarticle", 0], ["reviewnewsarticle", 0], ["askpublicnewsarticle", 0], ["liveblogposting", 1],
  ["article", 1], ["blogposting", 1], ["socialmediaposting", 2], ["report", 2], ["techarticle", 2],
]);

/** What the JSON-LD says of the story (each field only when it says it): the page's metadata but its `<title>`. */
export type JsonLdArticle = Omit<PageMetadata, "title">;

type Json = unknown;

/** Parses one script's JSON, or undefined when it is not JSON even after the cheap repairs. */
export function parseJsonLd(source: string): Json {
  if (source.length > MAX_SCRIPT_CHARS) return undefined;
  try {
    return JSON.parse(source) as Json;
  } catch {
    // Raw newlines and tabs inside strings, and a <!-- --> or CDATA wrapper, are the common slips.
    const repaired = unwrap(source.replace(JSON_CONTROL_CHARS, " "));
    try {
      return JSON.parse(repaired) as Json;
    } catch {
      return undefined;
    }
  }
}

/** The JSON inside an HTML-comment or CDATA wrapper (`<!-- {...} -->`, `//<![CDATA[ {...} //]]>`), by index. */
function unwrap(source: string): string {
  let s = source.trim();
  for (const [open, close] of WRAPPERS) {
    if (s.startsWith(open)) s = s.slice(open.length).trimStart();
    if (s.endsWith(close)) s = s.slice(0, -close.length).trimEnd();
  }
  return s;
}

/** Wrappers pages put around a script's JSON, outermost first. */
const WRAPPERS: readonly (readonly [string, string])[] = [["<!--", "-->"], ["//<![CDATA[", "//]]>"], ["<![CDATA[", "]]>"]];

const isRecord = (v: Json): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** An own property of a record (never one inherited). */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The type names of a record, lower case, without a vocabulary prefix ("schema:NewsArticle", "https://schema.org/NewsArticle"). */
function typesOf(record: Record<string, unknown>): string[] {
  const t = own(record, "@type");
  const list = typeof t === "string" ? [t] : Array.isArray(t) ? t.slice(0, 8).filter((x): x is string => typeof x === "string") : [];
  return list.map((x) => x.slice(Math.max(x.lastIndexOf("/"), x.lastIndexOf(":")) + 1).toLowerCase());
}

function rankOf(record: Record<string, unknown>): number {
  let best = Infinity;
  for (const t of typesOf(record)) best = Math.min(best, ARTICLE_RANK.get(t) ?? Infinity);
  return best;
}

/** A string value, cleaned; a one-string array counts too. */
function text(v: unknown): string | undefined {
  const s = typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : undefined;
  if (s === undefined) return undefined;
  const clean = cleanValue(s);
  return clean === "" ? undefined : clean;
}

/** A person's or organisation's name: a string that is not a URL, or the `name` of a record. */
function nameOf(v: unknown): string | undefined {
  if (typeof v === "string") return URL_VALUE.test(v) ? undefined : text(v);
  return isRecord(v) ? text(own(v, "name")) : undefined;
}

function authorsOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v.slice(0, MAX_AUTHORS) : [v];
  const out: string[] = [];
  for (const a of list) {
    const name = nameOf(a);
    if (name !== undefined && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * Reads the article record of a page's JSON-LD scripts: the first record of
 * the best article type (NewsArticle and its kin before Article and
 * BlogPosting), found breadth first through arrays, `@graph` and nested
 * records. Never throws.
 *
 * @param sources - the text of each JSON-LD script, in page order
 * @returns the fields the record gives (empty when there is none)
 * @example
 * ```ts
 * readJsonLd(['{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Gulf Daily"},' +
 *   '{"@type":"NewsArticle","headline":"Port reopens","datePublished":"2024-06-20T08:00:00+03:00",' +
 *   '"author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"name":"Gulf Daily"}}]}']);
 * //=> { headline: "Port reopens", published: "2024-06-20T08:00:00+03:00", authors: ["Jane Doe"], siteName: "Gulf Daily" }
 * ```
 */
export function readJsonLd(sources: readonly string[]): JsonLdArticle {
  const queue: { value: Json; depth: number }[] = [];
  let read = 0;
  for (const source of sources) {
    if (read + source.length > MAX_PAGE_LD_CHARS) continue;
    read += source.length;
    const value = parseJsonLd(source);
    if (value !== undefined) queue.push({ value, depth: 0 });
  }
  let article: Record<string, unknown> | null = null;
  let rank = Infinity;
  let siteName: string | undefined;
  for (let i = 0; i < queue.length && i < MAX_LD_NODES; i++) {
    const { value, depth } = queue[i] as { value: Json; depth: number };
    if (depth >= MAX_LD_DEPTH || typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (let k = 0; k < value.length && queue.length < MAX_LD_NODES; k++) queue.push({ value: value[k], depth: depth + 1 });
      continue;
    }
    const record = value as Record<string, unknown>;
    const r = rankOf(record);
    if (r < rank) {
      rank = r;
      article = record;
    }
    if (siteName === undefined && typesOf(record).some((t) => t === "website" || t.endsWith("organization"))) siteName = nameOf(record);
    for (const key of Object.keys(record)) {
      if (queue.length >= MAX_LD_NODES) break;
      const v = record[key];
      if (typeof v === "object" && v !== null) queue.push({ value: v, depth: depth + 1 });
    }
  }
  if (article === null) return siteName === undefined ? {} : { siteName };
  const authors = authorsOf(own(article, "author") ?? own(article, "creator"));
  const publisher = nameOf(own(article, "publisher"));
  return compact({
    headline: text(own(article, "headline")) ?? text(own(article, "name")),
    published: text(own(article, "datePublished")) ?? text(own(article, "dateCreated")),
    modified: text(own(article, "dateModified")),
    authors: authors.length > 0 ? authors : undefined,
    section: text(own(article, "articleSection")),
    siteName: publisher ?? siteName,
    description: text(own(article, "description")),
  });
}

/**
 * The page's metadata ({@link PageMetadata}), gathered from the tree's events
 * in the same pass as the blocks: JSON-LD, OpenGraph and `article:*` meta
 * tags, `<meta name="author">`, the first `<time datetime>`, `<title>`.
 *
 * Strongest source first, each field on its own (trafilatura's order):
 * JSON-LD's article record, then OpenGraph / `article:*`, then the other
 * meta tags, then `<time>`. A headline from metadata has a trailing (or
 * leading) site name cut: "Port reopens | Gulf Daily" → "Port reopens" when
 * the site is "Gulf Daily".
 *
 * @module
 */
import type { PageMetadata } from "../types.js";
import { ANY_SPACE_RUN, JSON_LD_TYPE, URL_VALUE } from "../patterns/html.js";
import { readJsonLd } from "./json-ld.js";
import type { Attributes, HtmlVisitor } from "./tree.js";
import { cleanValue, compact } from "./values.js";

/** Meta tag keys (`property`, `name` or `itemprop`, lower case) for each field, strongest first. */
const META_KEYS = {
  headline: ["og:title", "twitter:title"],
  siteName: ["og:site_name", "application-name"],
  published: ["article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued"],
  modified: ["article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified"],
  section: ["article:section", "og:article:section"],
  description: ["og:description", "description", "twitter:description"],
  authors: ["article:author", "og:article:author", "author", "dc.creator"],
} as const;

/** Separators between a headline and the site's name in a title. */
const TITLE_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " : "];

/** Case- and space-folded, for comparing names. */
const fold = (s: string): string => s.toLowerCase().replace(ANY_SPACE_RUN, " ").trim();

/**
 * A title without the site's name at its end or start: "Port reopens | Gulf
 * Daily" → "Port reopens". Unchanged when `site` is unknown or not there.
 *
 * @example
 * ```ts
 * cutSiteName("Port reopens | Gulf Daily", "Gulf Daily") //=> "Port reopens"
 * cutSiteName("Gulf Daily - Port reopens", "gulf daily") //=> "Port reopens"
 * ```
 */
export function cutSiteName(title: string, site: string | undefined): string {
  if (site === undefined || site === "") return title;
  const s = fold(site);
  for (const sep of TITLE_SEPARATORS) {
    const end = title.lastIndexOf(sep);
    if (end > 0 && fold(title.slice(end + sep.length)) === s) return title.slice(0, end).trim();
    const start = title.indexOf(sep);
    if (start > 0 && fold(title.slice(0, start)) === s) return title.slice(start + sep.length).trim();
  }
  return title;
}

/** Collects the metadata from the tree's events (all of them: `<head>` and scripts too). */
export class MetadataCollector implements HtmlVisitor {
  private readonly meta = new Map<string, string[]>();
  private readonly scripts: string[] = [];
  private title: string | null = null;
  private time: string | null = null;
  /** What text goes to: the title, a JSON-LD script, or nothing. */
  private capture: "title" | "script" | null = null;
  private captured: string[] = [];
  /** Open `svg` elements: an svg's `<title>` is not the page's. */
  private svg = 0;

  open(tag: string, a: Attributes): void {
    switch (tag) {
      case "meta": {
        const content = a["content"];
        if (content === undefined) return;
        for (const attr of ["property", "name", "itemprop"]) {
          const key = a[attr]?.trim().toLowerCase();
          if (key) this.addMeta(key, content);
        }
        return;
      }
      case "title":
        if (this.title === null && this.svg === 0) this.startCapture("title");
        return;
      case "script":
        if (JSON_LD_TYPE.test(a["type"] ?? "")) this.startCapture("script");
        return;
      case "time":
        if (this.time === null && a["datetime"]?.trim()) this.time = a["datetime"].trim();
        return;
      case "svg":
        this.svg++;
        return;
      default:
        // Microdata on any element: <span itemprop="datePublished" content="...">.
        if (a["itemprop"] !== undefined && a["content"] !== undefined) this.addMeta(a["itemprop"].trim().toLowerCase(), a["content"]);
    }
  }

  close(tag: string): void {
    if (tag === "svg") this.svg--;
    if (this.capture === "title" && tag === "title") this.title = this.captured.join("");
    else if (this.capture === "script" && tag === "script") this.scripts.push(this.captured.join(""));
    else return;
    this.capture = null;
    this.captured = [];
  }

  text(text: string): void {
    if (this.capture !== null) this.captured.push(text);
  }

  private startCapture(kind: "title" | "script"): void {
    this.capture = kind;
    this.captured = [];
  }

  private addMeta(key: string, value: string): void {
    const list = this.meta.get(key);
    if (list === undefined) this.meta.set(key, [value]);
    else if (list.length < 20) list.push(value);
  }

  /** The first non-empty value of the meta keys, strongest first. */
  private first(keys: readonly string[]): string | undefined {
    for (const key of keys) {
      for (const v of this.meta.get(key) ?? []) {
        const clean = cleanValue(v);
        if (clean !== "") return clean;
      }
    }
    return undefined;
  }

  /** Author names from meta tags: `article:author` and `author` values that are not links, in order, once each. */
  private authors(): string[] | undefined {
    for (const key of META_KEYS.authors) {
      const names: string[] = [];
      for (const v of this.meta.get(key) ?? []) {
        const clean = cleanValue(v);
        if (clean !== "" && !URL_VALUE.test(clean) && !names.includes(clean)) names.push(clean);
      }
      if (names.length > 0) return names;
    }
    return undefined;
  }

  /** The page's metadata, strongest source first for each field. */
  finish(): PageMetadata {
    const ld = readJsonLd(this.scripts);
    const siteName = ld.siteName ?? this.first(META_KEYS.siteName);
    const headline = ld.headline ?? this.first(META_KEYS.headline);
    const title = this.title === null ? undefined : cleanValue(this.title) || undefined;
    return compact<PageMetadata>({
      headline: headline === undefined ? undefined : cutSiteName(headline, siteName) || undefined,
      title,
      published: ld.published ?? this.first(META_KEYS.published) ?? (this.time === null ? undefined : cleanValue(this.time) || undefined),
      modified: ld.modified ?? this.first(META_KEYS.modified),
      authors: ld.authors ?? this.authors(),
      section: ld.section ?? this.first(META_KEYS.section),
      siteName,
      description: ld.description ?? this.first(META_KEYS.description),
    });
  }
}

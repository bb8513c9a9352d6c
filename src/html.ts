/**
 * `wirecopy/html`: HTML pages in, the same validated `WireStory` out.
 *
 * A separate entry point (dist/html.js, dist/html.cjs): importing it is what
 * loads the HTML parser (htmlparser2's tokenizer, bundled in), so
 * `import "wirecopy"` never does. Like the main entry it imports nothing from
 * `node:` and runs in browsers, Deno, Bun and edge workers.
 *
 * The page is read once (src/html/page.ts) into its visible text, one block a
 * line, and the evidence the markup adds: each line's element (tag, heading
 * level, link share, list, containers) and the page's metadata (JSON-LD,
 * OpenGraph, `article:*`, `<meta name="author">`, `<time datetime>`,
 * `<title>`). Text and evidence go through the same pipeline as
 * `parseWireStory`'s text: one pipeline, two input adapters.
 *
 * @example
 * ```ts
 * import { parseWireStoryHtml } from "wirecopy/html";
 *
 * const story = parseWireStoryHtml(await (await fetch(url)).text(), { url });
 * story.headline //=> "Russia, N Korea agree on mutual support if attacked"
 * ```
 *
 * @packageDocumentation
 */
import { WireParseError } from "./errors.js";
import { DEFAULT_MAX_LENGTH, runPipeline } from "./parse.js";
import type { ParseResult } from "./result.js";
import type { WireStory } from "./schema.js";
import type { BlockEvidence, ParseOptions } from "./types.js";
import { htmlToPage } from "./html/page.js";

export { htmlToText } from "./html/page.js";
export { WireParseError } from "./errors.js";
export type { WireParseErrorCode, WireParseIssue } from "./errors.js";
export type { WireStory, StoryDate, Dateline, Teaser, Warning } from "./schema.js";
export type { ParseOptions } from "./types.js";
export type { ParseResult } from "./result.js";

/** Options of `parseWireStoryHtml` and `safeParseWireStoryHtml`: those of the text path, and the page's address. */
export interface HtmlParseOptions extends ParseOptions {
  /**
   * The address the page was fetched from. Reserved: accepted, not used yet (it will serve as evidence, e.g. a section or
   * date in the path).
   * @default undefined
   * @example { url: "https://example.com/world/2024/06/20/port-reopens" }
   */
  readonly url?: string;
  /**
   * Longest HTML accepted, in UTF-16 code units; longer gives `INPUT_TOO_LARGE`
   * unread. The text read from the page is then held to `maxLength` like any text.
   * @default 4 × maxLength (20,000,000)
   */
  readonly maxHtmlLength?: number;
}

/** How many times `maxLength` an HTML page may be by default: markup and scripts outweigh text several times over. */
const HTML_TO_TEXT_RATIO = 4;

/**
 * A line that may be part of a story: not mostly link text, not in a `<nav>`.
 * A page with no such line (a menu, a link list) has no story to find.
 */
function mayHoldStory(line: BlockEvidence): boolean {
  return line.linkShare < 0.5 && !line.within.includes("nav");
}

function fail(code: WireParseError["code"], message: string): ParseResult {
  return { success: false, error: new WireParseError(code, message) };
}

/**
 * Parses an HTML news page into a story. Never throws.
 *
 * @param html - the page's HTML (any string; other values give `NOT_A_STRING`)
 * @param options - `referenceDate`, `maxLength` (of the page's text, default 5 MB),
 *   `maxHtmlLength` (default 4 × `maxLength`), `explain`, `spans` (offsets in the page's
 *   text, `htmlToText(html)`), `url` (reserved)
 * @returns `{ success: true, data }` or `{ success: false, error }`; `EMPTY_INPUT` for a
 *   blank string, `NO_STORY` for a page with no visible text or no story in it
 * @example
 * ```ts
 * const r = safeParseWireStoryHtml("<h1>Port reopens</h1><p>DUBAI, June 20 (WAM) - The port reopened on Thursday after the storm.</p>");
 * if (r.success) r.data.dateline?.agency //=> "WAM"
 * safeParseWireStoryHtml("<script>x()</script>").error?.code //=> "NO_STORY"
 * ```
 */
export function safeParseWireStoryHtml(html: string, options?: HtmlParseOptions): ParseResult {
  if (typeof html !== "string") return runPipeline(html, options);
  const maxHtml = options?.maxHtmlLength ?? HTML_TO_TEXT_RATIO * (options?.maxLength ?? DEFAULT_MAX_LENGTH);
  if (html.length > maxHtml) return fail("INPUT_TOO_LARGE", `the page is ${html.length} characters, over the limit of ${maxHtml}`);
  if (html.trim() === "") return fail("EMPTY_INPUT", "input is empty or only whitespace");
  let page;
  try {
    page = htmlToPage(html);
  } catch (e) {
    // A bug in wirecopy must not stop a user's pipeline: report it as a failed parse.
    return fail("NO_STORY", `internal error while reading the HTML (please report this page): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (page.text === "") return fail("NO_STORY", "the page has no visible text");
  if (!page.page.lines.some(mayHoldStory)) return fail("NO_STORY", "the page holds only links and navigation");
  return runPipeline(page.text, options, page.page);
}

/**
 * Parses an HTML news page into a story.
 *
 * @param html - the page's HTML
 * @param options - as for {@link safeParseWireStoryHtml}
 * @returns the story, validated against `wireStorySchema`
 * @throws {WireParseError} `NOT_A_STRING`, `EMPTY_INPUT`, `NO_STORY` or `INPUT_TOO_LARGE`
 * @example
 * ```ts
 * const story = parseWireStoryHtml(pageHtml);
 * story.headline //=> "Russia, N Korea agree on mutual support if attacked"
 * parseWireStoryHtml("<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>") // throws WireParseError "NO_STORY"
 * ```
 */
export function parseWireStoryHtml(html: string, options?: HtmlParseOptions): WireStory {
  const result = safeParseWireStoryHtml(html, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * An HTML page as the pipeline takes it: its visible text, one block a line
 * with a blank line between blocks (the form ../shared/aeb/page-text.mjs
 * gives), and the evidence the markup adds (src/types.ts `PageEvidence`):
 * one `BlockEvidence` for each non-empty line, and the page's metadata.
 *
 * One pass: htmlparser2's tokenizer → src/html/tree.ts's balanced events →
 * the block collector and the metadata collector side by side.
 *
 * @module
 */
import type { BlockEvidence, PageEvidence } from "../types.js";
import { HTML_SPACE_RUN, LINE_BREAK_IN_LINE } from "../patterns/html.js";
import { normalizeText } from "../stages/01-normalize.js";
import { BlockCollector } from "./blocks.js";
import { MetadataCollector } from "./metadata.js";
import { walkHtml } from "./tree.js";
import type { Attributes } from "./tree.js";

/** A page read: the text the pipeline parses and the evidence for its lines. */
export interface HtmlPage {
  /** The visible text: one block a line, a blank line between lines; no empty line is ever a block's. */
  readonly text: string;
  /** `page.lines[k]` is the evidence of the k-th non-empty line of `text`. */
  readonly page: PageEvidence;
}

/**
 * A line as the pipeline will see it: normalised (entities in the text, such
 * as a double-encoded `&amp;amp;`, decoded; invisibles out), kept on one
 * line, white space squashed. Normalisation is idempotent, so the pipeline's
 * own pass leaves it as it is, and the k-th line here is its k-th line.
 */
function settleLine(line: string): string {
  const n = normalizeText(line);
  return n === line ? line : n.replace(LINE_BREAK_IN_LINE, " ").replace(HTML_SPACE_RUN, " ").trim();
}

/**
 * Reads an HTML page into its text and evidence. Linear in the length of the
 * page; never throws on any string.
 *
 * @param html - the page's HTML
 * @returns the text (blocks separated by blank lines) and the evidence of each of its non-empty lines
 * @example
 * ```ts
 * const { text, page } = htmlToPage('<nav><a href="/">Home</a></nav><h1>Port reopens</h1><p>DUBAI, June 20 (WAM) - The port reopened.</p>');
 * text //=> "Home\n\nPort reopens\n\nDUBAI, June 20 (WAM) - The port reopened."
 * page.lines[0] //=> { tag: "nav", heading: 0, linkShare: 1, inList: false, within: ["nav"] }
 * page.lines[1].heading //=> 1
 * ```
 */
export function htmlToPage(html: string): HtmlPage {
  const blocks = new BlockCollector();
  const metadata = new MetadataCollector();
  walkHtml(html, {
    open(tag: string, attributes: Attributes) {
      blocks.open(tag, attributes);
      metadata.open(tag, attributes);
    },
    close(tag: string) {
      blocks.close(tag);
      metadata.close(tag);
    },
    text(text: string) {
      blocks.text(text);
      metadata.text(text);
    },
  });
  blocks.finish();
  const lines: string[] = [];
  const evidence: BlockEvidence[] = [];
  for (let i = 0; i < blocks.lines.length; i++) {
    const line = settleLine(blocks.lines[i] as string);
    if (line === "") continue;
    lines.push(line);
    evidence.push(blocks.evidence[i] as BlockEvidence);
  }
  return { text: lines.join("\n\n"), page: { lines: evidence, metadata: metadata.finish() } };
}

/**
 * The visible text of an HTML page, one block a line, a blank line between
 * blocks: what a good scraper keeps (scripts, styles, hidden elements left out).
 *
 * @param html - the page's HTML
 * @returns the text
 * @example
 * ```ts
 * htmlToText("<h1>Port reopens</h1><p>The port<br>reopened.</p><script>x()</script>")
 * //=> "Port reopens\n\nThe port\n\nreopened."
 * ```
 */
export function htmlToText(html: string): string {
  return htmlToPage(html).text;
}

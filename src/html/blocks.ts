/**
 * The blocks of a page: its visible text, one line per block element, each
 * line with what the DOM says of it ({@link BlockEvidence}). A visitor of
 * src/html/tree.ts's events; it keeps one frame per open element, so it runs
 * in one pass with no recursion, in time linear in the page.
 *
 * - A block element (src/html/tags.ts `BLOCKS`) ends the line before it and
 *   the line inside it; inline elements join their text into the line.
 * - `<br>` ends the line; every line it splits off keeps its block's evidence.
 * - Skipped elements (`script`, `style`, `template`, `noscript`, `svg` ...)
 *   and hidden ones (`hidden`, `aria-hidden="true"`, an inline
 *   `display: none`) are left out with everything inside them.
 * - White space is squashed as a browser renders it.
 *
 * @module
 */
import type { BlockEvidence, ContainerTag } from "../types.js";
import { DISPLAY_NONE, HTML_SPACE_RUN, SMALL_NUMBER } from "../patterns/html.js";
import { BLOCKS, CONTAINERS, HEADING_LEVEL, LISTS, SKIPPED } from "./tags.js";
import type { Attributes, HtmlVisitor } from "./tree.js";

/** What an open element passes on to what is inside it. */
interface Frame {
  /** The innermost block element at or above this one ("body" at the top). */
  readonly block: string;
  /** Heading level in force (h1–h6, or role="heading"), else 0. */
  readonly heading: number;
  readonly inList: boolean;
  /** The distinct containers above, outermost first (one array shared down the tree until a new one opens). */
  readonly within: readonly ContainerTag[];
  /** Inside a link. */
  readonly link: boolean;
  /** Left out of the text: a skipped or hidden element, or inside one. */
  readonly hidden: boolean;
}

const TOP: Frame = { block: "body", heading: 0, inList: false, within: Object.freeze([]), link: false, hidden: false };

/** True when the element's own attributes hide it. */
export function isHidden(attributes: Attributes): boolean {
  if ("hidden" in attributes) return true;
  const aria = attributes["aria-hidden"];
  if (aria !== undefined && aria.trim().toLowerCase() === "true") return true;
  const style = attributes["style"];
  return style !== undefined && style.length > 0 && DISPLAY_NONE.test(style);
}

/** The heading level an element gives: 1–6 for h1–h6 and role="heading" (aria-level, default 2), else 0. */
function headingOf(tag: string, attributes: Attributes): number {
  const level = HEADING_LEVEL.get(tag);
  if (level !== undefined) return level;
  const role = attributes["role"];
  if (role === undefined || role.trim().toLowerCase() !== "heading") return 0;
  const m = SMALL_NUMBER.exec(attributes["aria-level"] ?? "");
  return m ? Math.min(6, Math.max(1, Number(m[1]))) : 2;
}

/** Characters that are not white space (the weight of a piece of text in a line). */
function weight(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0) n++;
  }
  return n;
}

/**
 * Collects a page's lines and their evidence from the tree's events.
 * `lines[k]` and `evidence[k]` describe the same line.
 */
export class BlockCollector implements HtmlVisitor {
  /** The lines: squashed, trimmed, never empty. */
  readonly lines: string[] = [];
  readonly evidence: BlockEvidence[] = [];
  private readonly frames: Frame[] = [TOP];
  private parts: string[] = [];
  private linkWeight = 0;
  private totalWeight = 0;

  private get top(): Frame {
    return this.frames[this.frames.length - 1] as Frame;
  }

  /**
   * Ends the current line: it goes out with the evidence of the innermost
   * open element (the block it stands in).
   */
  private flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join("").replace(HTML_SPACE_RUN, " ").trim();
    const linkShare = this.totalWeight > 0 ? this.linkWeight / this.totalWeight : 0;
    this.parts = [];
    this.linkWeight = 0;
    this.totalWeight = 0;
    if (text === "") return;
    const f = this.top;
    this.lines.push(text);
    this.evidence.push({ tag: f.block, heading: f.heading, linkShare, inList: f.inList, within: f.within });
  }

  open(tag: string, attributes: Attributes): void {
    const parent = this.top;
    if (parent.hidden) {
      this.frames.push(parent);
      return;
    }
    if (tag === "br") {
      this.flush();
      this.frames.push(parent);
      return;
    }
    if (SKIPPED.has(tag) || isHidden(attributes)) {
      // Left out without a line break: a hidden block renders nothing, not even a break.
      this.frames.push({ ...parent, hidden: true });
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) this.flush();
    const heading = headingOf(tag, attributes);
    const container = CONTAINERS.has(tag) && !parent.within.includes(tag as ContainerTag);
    const list = LISTS.has(tag);
    const link = tag === "a";
    if (!block && heading === 0 && !container && !list && !link) {
      this.frames.push(parent); // an inline element changes nothing: share the parent's frame
      return;
    }
    this.frames.push({
      block: block ? tag : parent.block,
      heading: heading || parent.heading,
      inList: parent.inList || list,
      within: container ? Object.freeze([...parent.within, tag as ContainerTag]) : parent.within,
      link: parent.link || link,
      hidden: false,
    });
  }

  close(tag: string): void {
    // The line inside a block ends with the block's own evidence, before its frame goes.
    if (!this.top.hidden && BLOCKS.has(tag)) this.flush();
    this.frames.pop();
  }

  text(text: string): void {
    const f = this.top;
    if (f.hidden) return;
    this.parts.push(text);
    const w = weight(text);
    this.totalWeight += w;
    if (f.link) this.linkWeight += w;
  }

  /** Ends the last line. */
  finish(): void {
    this.flush();
  }
}

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
import { CONTENT_CLASS, DISPLAY_NONE, FURNITURE_CLASS, HTML_SPACE_RUN, SMALL_NUMBER } from "../patterns/html.js";
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
  /** The innermost block element's number (in opening order), its enclosing block's, and that one's enclosing block's (-1: none). */
  readonly blockId: number;
  readonly parentId: number;
  readonly grandId: number;
}

const TOP: Frame = { block: "body", heading: 0, inList: false, within: Object.freeze([]), link: false, hidden: false, blockId: -1, parentId: -1, grandId: -1 };

/** Blocks whose lines are paragraphs for finding the content block (Readability scores p, td and pre; a div holding text is a paragraph too). */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(["p", "pre", "td", "div", "blockquote", "dd"]);
/** A paragraph shorter than this says nothing of its container (Readability's 25 characters). */
const PARAGRAPH_MIN = 25;
/** A paragraph's score grows by one for each this many characters, up to PARAGRAPH_LENGTH_CAP. */
const PARAGRAPH_LENGTH_STEP = 100;
const PARAGRAPH_LENGTH_CAP = 3;

/**
 * A paragraph's weight as evidence of its container, as Readability counts it: one, one per comma,
 * one per hundred characters (three at most), less the share of it in links.
 */
function paragraphScore(text: string, linkShare: number): number {
  let commas = 0;
  for (let i = text.indexOf(","); i >= 0; i = text.indexOf(",", i + 1)) commas++;
  return (1 + commas + Math.min(PARAGRAPH_LENGTH_CAP, Math.floor(text.length / PARAGRAPH_LENGTH_STEP))) * (1 - linkShare);
}

/** How much of a `class` or `id` value is read for names (long generated values are cut). */
const CLASS_NAMES_REACH = 200;
/** What a name in a block's `class` or `id` adds to its score as the content block (Readability's 25). */
const CLASS_WEIGHT = 25;

/**
 * What a block's `class` and `id` say of it as the content block, as Readability weighs them: each of
 * the two adds CLASS_WEIGHT when it names furniture ("comment", "sidebar", "cookie") the opposite way,
 * and when it names a story's container ("article", "entry-content").
 */
export function classWeight(attributes: Attributes): number {
  return nameWeight(attributes["class"]) + nameWeight(attributes["id"]);
}

/** What one `class` or `id` value says ({@link classWeight}); 0 when the element has none. */
function nameWeight(name: string | undefined): number {
  if (name === undefined || name === "") return 0;
  const value = name.length > CLASS_NAMES_REACH ? name.slice(0, CLASS_NAMES_REACH) : name;
  return (CONTENT_CLASS.test(value) ? CLASS_WEIGHT : 0) - (FURNITURE_CLASS.test(value) ? CLASS_WEIGHT : 0);
}

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
  /** Per block element, by number: the first line inside it and the line after its last. */
  private readonly blockStart: number[] = [];
  private readonly blockEnd: number[] = [];
  /** Per block element, by number: the score its paragraphs (and its children's, at half) give it. */
  private readonly blockScore: number[] = [];
  /** Per block element, by number: what its `class` and `id` say ({@link classWeight}). */
  private readonly blockWeight: number[] = [];

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
    this.evidence.push({ tag: f.block, heading: f.heading, linkShare, inList: f.inList, within: f.within, inContent: false });
    if (text.length >= PARAGRAPH_MIN && PARAGRAPH_TAGS.has(f.block)) {
      const score = paragraphScore(text, linkShare);
      if (f.parentId >= 0) this.blockScore[f.parentId] = (this.blockScore[f.parentId] ?? 0) + score;
      if (f.grandId >= 0) this.blockScore[f.grandId] = (this.blockScore[f.grandId] ?? 0) + score / 2;
    }
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
    if (block) {
      this.blockStart.push(this.lines.length);
      this.blockEnd.push(-1);
      this.blockWeight.push(classWeight(attributes));
    }
    this.frames.push({
      block: block ? tag : parent.block,
      heading: heading || parent.heading,
      inList: parent.inList || list,
      within: container ? Object.freeze([...parent.within, tag as ContainerTag]) : parent.within,
      link: parent.link || link,
      hidden: false,
      // A block element gets the next number; the block it stands in is its parent, that one's its grandparent.
      blockId: block ? this.blockStart.length - 1 : parent.blockId,
      parentId: block ? parent.blockId : parent.parentId,
      grandId: block ? parent.parentId : parent.grandId,
    });
  }

  close(tag: string): void {
    // The line inside a block ends with the block's own evidence, before its frame goes.
    // (A visible block element's frame is always its own, opened with the block's number.)
    const top = this.top;
    if (!top.hidden && BLOCKS.has(tag)) {
      this.flush();
      this.blockEnd[top.blockId] = this.lines.length;
    }
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

  /**
   * Ends the last line, and marks the lines of the content block: of the block elements that hold
   * paragraphs, the one with the highest score and class weight (an element never closed runs to
   * the page's end).
   */
  finish(): void {
    this.flush();
    let best = -1;
    let top = 0;
    this.blockScore.forEach((score, id) => {
      const total = score + this.blockWeight[id]!;
      if (total > top) {
        top = total;
        best = id;
      }
    });
    if (best < 0) return;
    const end = this.blockEnd[best] === -1 ? this.lines.length : this.blockEnd[best]!;
    for (let k = this.blockStart[best]!; k < end; k++) this.evidence[k] = { ...this.evidence[k]!, inContent: true };
  }
}

/**
 * Reads HTML into balanced element events, in one linear pass: htmlparser2's
 * `Tokenizer` (https://github.com/fb55/htmlparser2) lexes the markup (tags,
 * attributes, entities, comments, CDATA, raw text in `<script>` and
 * `<style>`), and an open-element stack of our own turns its tags into
 * open/close events that always balance, as a browser would nest them.
 *
 * Why not htmlparser2's `Parser`: it keeps its stack with `unshift`/`shift`
 * and finds an end tag with `indexOf` over the whole stack, which is quadratic
 * on deep or misnested markup (docs/html.md has the figures). Here every
 * operation is O(1) or pops elements that were pushed once:
 * - the stack grows and shrinks at its end;
 * - a count of open elements per tag name says at once whether an end tag
 *   closes anything (a stray `</span>` is dropped without a search);
 * - implied closes look at the top only (htmlparser2's table, src/html/tags.ts);
 * - the stack stops at {@link MAX_DEPTH}; deeper elements are flattened.
 *
 * @module
 */
import { Tokenizer } from "htmlparser2";
import type { TokenizerCallbacks } from "htmlparser2";
import { BLOCKS, FOREIGN, IMPLIES_CLOSE, MAX_DEPTH, RAW_TEXT, VOID } from "./tags.js";

/**
 * An element's attributes that the HTML path reads ({@link KEPT_ATTRIBUTES}), names in lower
 * case, the first of a repeated name kept. A null-prototype object.
 */
export type Attributes = Readonly<Record<string, string>>;

/** Receives the elements and text of a page, in document order; opens and closes always balance. */
export interface HtmlVisitor {
  /** An element starts (`tag` in lower case). A void element (`br`, `img`, `meta` ...) is closed right after. */
  open(tag: string, attributes: Attributes): void;
  /** The element last opened and not yet closed ends. */
  close(tag: string): void;
  /** Text, entities decoded (raw text as written inside `<script>` and `<style>`). */
  text(text: string): void;
}

const { fromCodePoint } = String;

/**
 * The attributes read: what hides an element, what makes it a heading, what
 * names it (`class`, `id`: the content block's evidence), what meta tags,
 * JSON-LD scripts and `<time>` carry. The rest are skipped unread.
 */
export const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([
  "hidden", "aria-hidden", "style", "role", "aria-level", "class", "id", "content", "property", "name", "itemprop", "type", "datetime",
]);
const MAX_KEPT_NAME = 11;
const NO_ATTRIBUTES: Attributes = Object.freeze(Object.create(null) as Record<string, string>);

/** The tokenizer's callbacks, building the element events. */
class TreeBuilder implements TokenizerCallbacks {
  private readonly stack: string[] = [];
  /** Open elements on the stack, per tag name. */
  private readonly open = new Map<string, number>();
  /** Elements past MAX_DEPTH still open, per tag name (not on the stack). */
  private readonly flattened = new Map<string, number>();
  /** Open `svg` and `math` elements. */
  private foreign = 0;
  /** Set while a flattened raw-text element (past MAX_DEPTH) is open: its text is dropped. */
  private rawFlattened = false;
  private tagName = "";
  private attributes: Record<string, string> | null = null;
  private attributeName = "";
  private attributeValue = "";
  /** The attribute being read is one of {@link KEPT_ATTRIBUTES}. */
  private keepAttribute = false;

  constructor(
    private readonly html: string,
    private readonly visitor: HtmlVisitor,
  ) {}

  private count(map: Map<string, number>, tag: string, by: number): void {
    map.set(tag, (map.get(tag) ?? 0) + by);
  }

  private push(tag: string, attributes: Attributes): void {
    if (this.stack.length >= MAX_DEPTH) {
      // Past the cap the element is not kept: a block still breaks the line, a raw-text one's text is dropped.
      this.count(this.flattened, tag, 1);
      if (RAW_TEXT.has(tag)) this.rawFlattened = true;
      else if (BLOCKS.has(tag)) this.boundary(tag);
      return;
    }
    this.stack.push(tag);
    this.count(this.open, tag, 1);
    if (FOREIGN.has(tag)) this.foreign++;
    this.visitor.open(tag, attributes);
  }

  private pop(): void {
    const tag = this.stack.pop() as string;
    this.count(this.open, tag, -1);
    if (FOREIGN.has(tag)) this.foreign--;
    this.visitor.close(tag);
  }

  /** An element with nothing in it: a void element, a stray `</p>`, a flattened block. */
  private boundary(tag: string, attributes: Attributes = NO_ATTRIBUTES): void {
    this.visitor.open(tag, attributes);
    this.visitor.close(tag);
  }

  private startTag(tag: string, attributes: Attributes, selfClosing: boolean): void {
    // A second <form> inside a form is ignored, as browsers do.
    if (tag === "form" && (this.open.get("form") ?? 0) > 0) return;
    const closes = IMPLIES_CLOSE.get(tag);
    if (closes) while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1] as string)) this.pop();
    if (VOID.has(tag)) {
      this.boundary(tag, attributes);
      return;
    }
    this.push(tag, attributes);
    // Only foreign content (svg, math) closes itself with "/>"; in HTML "<div/>" opens a div.
    if (selfClosing && this.foreign > 0 && this.stack[this.stack.length - 1] === tag) this.pop();
  }

  private endTag(tag: string): void {
    if (VOID.has(tag)) {
      if (tag === "br") this.boundary("br"); // "</br>" is a line break in browsers too
      return;
    }
    const deep = this.flattened.get(tag) ?? 0;
    if (deep > 0) {
      this.flattened.set(tag, deep - 1);
      if (RAW_TEXT.has(tag)) this.rawFlattened = false;
      else if (BLOCKS.has(tag)) this.boundary(tag);
      return;
    }
    if ((this.open.get(tag) ?? 0) > 0) {
      while (this.stack[this.stack.length - 1] !== tag) this.pop();
      this.pop();
    } else if (tag === "p") {
      this.boundary("p"); // "</p>" with no open p makes an empty p
    }
  }

  // --- the tokenizer's callbacks ---

  onopentagname(start: number, end: number): void {
    this.tagName = this.html.slice(start, end).toLowerCase();
    this.attributes = Object.create(null) as Record<string, string>;
  }
  onattribname(start: number, end: number): void {
    // Most attributes (class, href, src, data-*) say nothing the HTML path reads: their values are not even sliced.
    this.keepAttribute = end - start <= MAX_KEPT_NAME && KEPT_ATTRIBUTES.has((this.attributeName = this.html.slice(start, end).toLowerCase()));
  }
  onattribdata(start: number, end: number): void {
    if (this.keepAttribute) this.attributeValue += this.html.slice(start, end);
  }
  onattribentity(codepoint: number): void {
    if (this.keepAttribute) this.attributeValue += fromCodePoint(codepoint);
  }
  onattribend(): void {
    const attributes = this.attributes;
    if (this.keepAttribute && attributes !== null && !(this.attributeName in attributes)) attributes[this.attributeName] = this.attributeValue;
    this.attributeValue = "";
    this.keepAttribute = false;
  }
  onopentagend(): void {
    this.startTag(this.tagName, this.attributes ?? NO_ATTRIBUTES, false);
    this.attributes = null;
  }
  onselfclosingtag(): void {
    this.startTag(this.tagName, this.attributes ?? NO_ATTRIBUTES, true);
    this.attributes = null;
  }
  onclosetag(start: number, end: number): void {
    this.endTag(this.html.slice(start, end).toLowerCase());
  }
  ontext(start: number, end: number): void {
    if (!this.rawFlattened) this.visitor.text(this.html.slice(start, end));
  }
  ontextentity(codepoint: number): void {
    if (!this.rawFlattened) this.visitor.text(fromCodePoint(codepoint));
  }
  oncdata(start: number, end: number, offset: number): void {
    // CDATA is text only in foreign content (svg, math); in HTML it is a comment.
    if (this.foreign > 0) this.visitor.text(this.html.slice(start, end - offset));
  }
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {
    while (this.stack.length > 0) this.pop();
  }
  isInForeignContext(): boolean {
    return this.foreign > 0;
  }
}

/**
 * Reads a page and reports its elements and text to `visitor`, in document
 * order, every open balanced by a close. Linear in the length of `html`
 * whatever the markup; never throws on any string (a visitor's own error
 * goes through).
 *
 * @param html - the page
 * @param visitor - receives the events
 * @example
 * ```ts
 * const tags: string[] = [];
 * walkHtml("<p>a<b>b</p>", { open: (t) => tags.push(t), close: (t) => tags.push("/" + t), text: () => {} });
 * tags //=> ["p", "b", "/b", "/p"]
 * ```
 */
export function walkHtml(html: string, visitor: HtmlVisitor): void {
  const builder = new TreeBuilder(html, visitor);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
}

/**
 * What the HTML path knows about elements, as data: which are skipped, which
 * make blocks, which are void, which close which, which are containers.
 *
 * The skipped and block sets are those of ../shared/aeb/page-text.mjs, which
 * made the page texts the text path is tuned on, so that `htmlToText` gives
 * the same lines as those texts. The implied-close table is htmlparser2's
 * (its `Parser` applies the same rules; src/html/tree.ts applies them on the
 * open-element stack of its own).
 *
 * @module
 */
import type { ContainerTag } from "../types.js";

/** Elements whose whole subtree is left out of the text (never shown, or not text). */
export const SKIPPED: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "svg", "iframe", "head", "object", "canvas", "select", "button",
]);

/** Elements that start and end a block: text on either side of them is on lines of its own. */
export const BLOCKS: ReadonlySet<string> = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section", "article", "header",
  "footer", "nav", "aside", "blockquote", "figure", "figcaption", "pre", "dd", "dt", "dl", "form", "main", "address",
  "hr", "time", "td", "th", "body", "html",
]);

/** Elements that have no content and no end tag. */
export const VOID: ReadonlySet<string> = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen",
  "link", "meta", "param", "source", "track", "wbr",
]);

/** Elements whose content the tokenizer reads as raw text: their end tag is the next tag it reports. */
export const RAW_TEXT: ReadonlySet<string> = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);

/** Foreign content (its self-closing tags close themselves). */
export const FOREIGN: ReadonlySet<string> = new Set(["svg", "math"]);

const P = new Set(["p"]);
const HEADING_OR_P = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
const FORM_CONTROLS = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const TABLE_SECTIONS = new Set(["thead", "tbody"]);
const DD_DT = new Set(["dd", "dt"]);
const RT_RP = new Set(["rt", "rp"]);

/**
 * Opening the key element closes the open element on top of the stack while
 * it is one of the set (htmlparser2's `openImpliesClose`): `<li>` closes an
 * open `<li>`, a `<div>` closes an open `<p>`.
 */
export const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["a", new Set(["a"])],
  ["li", new Set(["li"])],
  ["p", P],
  ["h1", HEADING_OR_P],
  ["h2", HEADING_OR_P],
  ["h3", HEADING_OR_P],
  ["h4", HEADING_OR_P],
  ["h5", HEADING_OR_P],
  ["h6", HEADING_OR_P],
  ["select", FORM_CONTROLS],
  ["input", FORM_CONTROLS],
  ["output", FORM_CONTROLS],
  ["button", FORM_CONTROLS],
  ["datalist", FORM_CONTROLS],
  ["textarea", FORM_CONTROLS],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DD_DT],
  ["dt", DD_DT],
  ...["address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form",
    "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"].map((t): [string, ReadonlySet<string>] => [t, P]),
  ["rt", RT_RP],
  ["rp", RT_RP],
  ["tbody", TABLE_SECTIONS],
  ["tfoot", TABLE_SECTIONS],
]);

/** The containers `BlockEvidence.within` lists. */
export const CONTAINERS: ReadonlySet<string> = new Set<ContainerTag>(["nav", "header", "footer", "aside", "article", "main", "figure", "form"]);

/** Lists: a block inside one has `inList`. */
export const LISTS: ReadonlySet<string> = new Set(["ul", "ol", "dl", "menu"]);

/** Heading elements and their level. */
export const HEADING_LEVEL: ReadonlyMap<string, number> = new Map([["h1", 1], ["h2", 2], ["h3", 3], ["h4", 4], ["h5", 5], ["h6", 6]]);

/**
 * Deepest open-element stack kept. Deeper elements are read as if they were
 * not there (their text stays, a block still breaks the line): Blink's HTML
 * parser caps the tree at 512 levels the same way, and a cap keeps memory
 * flat on hostile pages (5 MB of `<div>` is a million levels).
 */
export const MAX_DEPTH = 512;

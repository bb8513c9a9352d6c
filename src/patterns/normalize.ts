/**
 * Normalisation: line ends, invisibles, Unicode spaces, control characters, HTML entities (src/stages/01-normalize.ts, src/lib/scan.ts, src/lib/entities.ts).
 *
 * Rules for every file in src/patterns/:
 * - anchored (`^`, or sticky `y` used at a cursor) and bounded (`{0,n}`), so
 *   that no pattern can backtrack super-linearly on hostile input;
 * - no pattern is ever built inside a loop;
 * - each one shows a line it matches (✓) and one it must not (✗).
 *
 * @module
 */

/** Windows and old-Mac line ends. ✓ "a\r\nb" ✗ "a\nb" */
export const LINE_BREAKS = /\r\n?/g;

/** BOM, zero-width characters and soft hyphens, removed. ✓ "\uFEFFWorld" */
export const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** NBSP and the other Unicode spaces, made plain spaces (curly quotes and dashes nearby are kept). ✓ "June\u00A020" */
export const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2028\u2029]/g;

/** C0/C1 control characters other than tab and newline, removed. ✓ "a\u0000b" */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Lone UTF-16 surrogates, replaced by U+FFFD. ✓ "\uD800x" ✗ "😀" */
export const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * An HTML entity, possibly double-encoded (`&amp;quot;`) or damaged with its
 * ampersand lost (`#39;`, AG News). Group 1: the entity body after the
 * optional `amp;` chain.
 * ✓ "&amp;" "&#39;" "it#39;s" "#36;" "&#x2019;" "&amp;lt;"  ✗ "&copy" "#1;" "R&D"
 */
export const HTML_ENTITY = /&(?:amp;){0,8}(#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};)|(?<!&)#(\d{2,4});/g;

/** One whole entity, split as HTML_ENTITY splits it. Groups: the body after any "amp;" chain; the damaged number. */
export const ENTITY_PARTS = /^(?:&(?:amp;){0,8}(#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};)|#(\d{2,4});)$/;

/** The same entity forms as HTML_ENTITY, at a cursor (for mapping offsets back). */
export const ENTITY_AT = /&(?:amp;){0,8}(?:#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};)|(?<!&)#\d{2,4};/y;

/**
 * One character of plain text: printable ASCII, tab, newline, and the
 * typographic dashes, quotes, bullets and ellipsis of U+2010-U+2027 news
 * text is full of (none needs normalising). A small class on purpose: a
 * large one costs irregexp several times more per character.
 */
const PLAIN_CHAR = "[\\t\\n\\x20-\\x7e\\u2010-\\u2027]";

/**
 * The run of plain text (PLAIN_CHAR) at `lastIndex` (sticky): where it ends,
 * `scanText` starts its table scan. Eight characters a step and then up to
 * seven single ones: irregexp's loop costs about as much a step as the class
 * test, so the unrolled loop reads a text in two thirds of the instructions
 * of `[...]*`. One greedy run costs less than a search for the first other
 * character, which restarts the match at every position.
 * ✓ "plain text\n" "it’s “so” — and…" (the whole text) ✗ "\u00a0" "\r" "é" (stops there)
 */
export const PLAIN_TEXT_RUN = new RegExp(`(?:${PLAIN_CHAR.repeat(8)})*${`${PLAIN_CHAR}?`.repeat(7)}`, "y");

/** Three or more blank lines, kept as two. ✓ "a\n\n\n\nb" */
export const BLANK_RUN = /\n{4,}/g;

/**
 * An HTML tag (a common element name, lower case, optional attributes).
 * ✓ "<p>" "</div>" "<a href=\"x\">" "<br/>" ✗ "<KO>" (a ticker) "<AAPL.O>"
 */
export const HTML_TAG = /<\/?(?:html|head|body|div|span|p|a|br|script|style|meta|link|li|ul|ol|h[1-6]|table|tr|td|img|article|section|header|footer|nav|figure|figcaption|strong|em|b|i)(?:\s[^<>]{0,200})?\/?>/g;

/** NUL and other control characters that text never holds (tab, newline and carriage return excepted). */
export const BINARY_CHARS = /[\u0000-\u0008\u000E-\u001F\uFFFD]/g;

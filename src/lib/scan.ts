/**
 * Says which normalisation steps have anything to do on a text, cheaply. A
 * native regex reads the run of printable ASCII and the typographic quotes
 * and dashes (most scraped pages hold nothing else); from where it stops,
 * each character's code indexes a 64 K table of flags, OR-ed together
 * with no branch per character (a branchy loop or a large regex character
 * class costs two to six times as much). "&", "#" and newline patterns are
 * found with `indexOf`.
 *
 * @module
 */
import { PLAIN_TEXT_RUN } from "../patterns/normalize.js";

/** Some character is removed or replaced by cleaning (CR, controls, invisibles, Unicode spaces, surrogates). */
export const NEEDS_CLEAN = 1;
/** Some "&" before a letter or "#", or "#" before a digit: an entity may need decoding ("R&D" and "& Co" need none). */
export const MAY_HAVE_ENTITY = 2;
/** Some "Â", "Ã" or "â": mojibake may need repair. */
export const MAY_HAVE_MOJIBAKE = 4;
/** Some combining mark or other character NFC may change. */
export const MAY_NEED_NFC = 8;
/** A space or tab ends a line. */
export const TRAILING_SPACE = 16;
/** Four newlines in a row, or a newline at either end of the text. */
export const NEWLINE_RUNS = 32;
/** Some NUL-like control character or U+FFFD: the input may be binary data. */
export const MAY_BE_BINARY = 64;

/** Inclusive code-unit ranges and the flags each character in them sets; later rows win. */
const CHARACTER_FLAGS: readonly (readonly [from: number, to: number, flags: number])[] = [
  // cleaned: controls (tab and newline kept), DEL, C1, NBSP, soft hyphen, Unicode spaces, zero-widths, BOM, surrogates
  [0x00, 0x08, NEEDS_CLEAN | MAY_BE_BINARY],
  [0x0b, 0x0d, NEEDS_CLEAN],
  [0x0e, 0x1f, NEEDS_CLEAN | MAY_BE_BINARY],
  [0x7f, 0xa0, NEEDS_CLEAN],
  [0xad, 0xad, NEEDS_CLEAN],
  [0x1680, 0x1680, NEEDS_CLEAN],
  [0x2000, 0x200d, NEEDS_CLEAN],
  [0x2028, 0x2029, NEEDS_CLEAN],
  [0x202f, 0x202f, NEEDS_CLEAN],
  [0x205f, 0x2060, NEEDS_CLEAN],
  [0x3000, 0x3000, NEEDS_CLEAN],
  [0xfeff, 0xfeff, NEEDS_CLEAN],
  [0xd800, 0xdfff, NEEDS_CLEAN],
  [0xfffd, 0xfffd, MAY_BE_BINARY],
  // mojibake leads: "Â", "Ã", "â"
  [0xc2, 0xc3, MAY_HAVE_MOJIBAKE],
  [0xe2, 0xe2, MAY_HAVE_MOJIBAKE],
  // combining marks and other characters NFC may change
  [0x0300, 0x036f, MAY_NEED_NFC],
  [0x0483, 0x0489, MAY_NEED_NFC],
  [0x0591, 0x05c7, MAY_NEED_NFC],
  [0x0610, 0x065f, MAY_NEED_NFC],
  [0x0900, 0x09d7, MAY_NEED_NFC],
  [0x1100, 0x11ff, MAY_NEED_NFC],
  [0x1ab0, 0x1aff, MAY_NEED_NFC],
  [0x1dc0, 0x1dff, MAY_NEED_NFC],
  [0x20d0, 0x20ff, MAY_NEED_NFC],
  [0x2126, 0x2126, MAY_NEED_NFC],
  [0x212a, 0x212b, MAY_NEED_NFC],
  [0x3099, 0x309a, MAY_NEED_NFC],
  [0xf900, 0xfaff, MAY_NEED_NFC],
  [0xfe20, 0xfe2f, MAY_NEED_NFC],
];

let flagTable: Uint8Array | undefined;

/** The per-code-unit flag table, built on first use (not at import). */
function characterFlags(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [from, to, flags] of CHARACTER_FLAGS) table.fill(flags, from, to + 1);
  return table;
}

/** True when an entity may start somewhere: "&" before a letter or "#" ("&amp;", "&#39;"), or "#" before a digit (a damaged "#39;"). */
function mayHaveEntity(text: string): boolean {
  for (let i = text.indexOf("&"); i !== -1; i = text.indexOf("&", i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c === 0x23 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  }
  for (let i = text.indexOf("#"); i !== -1; i = text.indexOf("#", i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** True when a space or tab stands before a newline (walks the newlines: spaces are far more common). */
function spaceEndsALine(text: string): boolean {
  for (let nl = text.indexOf("\n", 1); nl !== -1; nl = text.indexOf("\n", nl + 1)) {
    const before = text.charCodeAt(nl - 1);
    if (before === 0x20 || before === 0x09) return true;
  }
  return false;
}

/**
 * The flags (bitwise OR of the constants above) of the steps `normalizeText`
 * must run on `text`. Zero means the text is already normal.
 *
 * @param text - any text
 * @example
 * ```ts
 * scanText("plain words\nand more") //=> 0
 * scanText("AT&amp;T \r\n") & MAY_HAVE_ENTITY //=> 2
 * ```
 */
export function scanText(text: string): number {
  PLAIN_TEXT_RUN.lastIndex = 0;
  PLAIN_TEXT_RUN.test(text);
  const from = PLAIN_TEXT_RUN.lastIndex;
  let flags = from === text.length ? 0 : scanCharacters(text, from);
  if (mayHaveEntity(text)) flags |= MAY_HAVE_ENTITY;
  const n = text.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: on an empty text charCodeAt(-1) is NaN, which matches nothing below either
  const last = n > 0 ? text.charCodeAt(n - 1) : 0;
  if (last === 0x20 || last === 0x09 || spaceEndsALine(text)) flags |= TRAILING_SPACE;
  if (text.charCodeAt(0) === 0x0a || last === 0x0a || text.includes("\n\n\n\n")) flags |= NEWLINE_RUNS;
  return flags;
}

/** The table flags of the characters of `text` from index `from` on. */
function scanCharacters(text: string, from: number): number {
  const table = (flagTable ??= characterFlags());
  const n = text.length;
  let flags = 0;
  let i = from;
  // Four characters a step: the loads are independent, so they overlap.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the loop after this one reads what this one leaves, and a code past the end reads as no flag
  for (; i + 4 <= n; i += 4) {
    flags |= table[text.charCodeAt(i)]! | table[text.charCodeAt(i + 1)]! | table[text.charCodeAt(i + 2)]! | table[text.charCodeAt(i + 3)]!;
  }
  // Stryker disable next-line EqualityOperator: a code past the end reads as no flag
  for (; i < n; i++) flags |= table[text.charCodeAt(i)]!;
  return flags;
}

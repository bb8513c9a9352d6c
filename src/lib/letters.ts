/**
 * What each UTF-16 code unit is to the line measurer (src/stages/04-measure.ts):
 * a space, a lower- or upper-case letter, a letter of a script written without
 * spaces (kana, CJK, Hangul, Thai), clause punctuation, or the copyright sign.
 * One table lookup a character instead of a chain of tests and case mappings.
 *
 * @module
 */

/** Code-unit classes of {@link letterClasses}. */
export const OTHER = 0;
export const SPACE = 1;
export const LOWER = 2;
export const UPPER = 3;
/** A letter that is neither (caseless scripts: Arabic, Devanagari, Hebrew ...). */
export const CASELESS = 4;
/** A letter of a script written without spaces between words. */
export const UNSPACED = 5;
/** `,` `;` `:` `.` `、` `。` `，`: clause punctuation. */
export const CLAUSE = 6;
/** `©`. */
export const COPYRIGHT = 7;

let table: Uint8Array | undefined;

/**
 * The class of every code unit, built on first use (never at import).
 *
 * @returns a 65,536-entry table; index it with `charCodeAt`
 * @example
 * ```ts
 * letterClasses()["a".charCodeAt(0)] === LOWER //=> true
 * ```
 */
export function letterClasses(): Uint8Array {
  return (table ??= buildTable());
}

function buildTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  t[0x20] = t[0x09] = SPACE;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = LOWER;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = UPPER;
  for (const c of [0x2c, 0x3b, 0x3a, 0x2e, 0x3001, 0x3002, 0xff0c]) t[c] = CLAUSE;
  t[0xa9] = COPYRIGHT;
  const letter = /^\p{L}$/u;
  // Stryker disable next-line EqualityOperator: `<=` adds U+3040, unassigned (no letter), which the kana range below fills anyway
  for (let c = 0xaa; c < 0x3040; c++) {
    const ch = String.fromCharCode(c);
    if (!letter.test(ch)) continue;
    t[c] = ch.toUpperCase() !== ch ? LOWER : ch.toLowerCase() !== ch ? UPPER : CASELESS;
  }
  const unspaced: readonly (readonly [number, number])[] = [[0x0e00, 0x0e7f], [0x3040, 0x30ff], [0x3400, 0x9fff], [0xac00, 0xd7af]];
  for (const [from, to] of unspaced) t.fill(UNSPACED, from, to + 1);
  return t;
}

/**
 * Where the stand-ins of {@link unitByte} start: the C1 control codes U+0080 to U+0087, one a
 * class (U+0080 + the class). Normalisation removes C1 controls from the text, and unitByte maps
 * any that reach it to the stand-in of OTHER: no byte is ever both a character and a stand-in.
 */
const STAND_IN = 0x80;

/**
 * A code unit as one byte that keeps all the line measurer reads of it (its class, and whether it
 * is a space, a tab, "(", a dash or an apostrophe): ASCII and Latin-1 letters and signs as
 * themselves, "–" and "—" as "-", "’" as "'", any other code as the stand-in of its class
 * (indexed by {@link byteClasses}). So a line's counted span fits a byte array whatever its script.
 *
 * @param c - a UTF-16 code unit
 * @example
 * ```ts
 * unitByte(0xe9) //=> 0xe9 ("é")
 * byteClasses()[unitByte("城".charCodeAt(0))] === UNSPACED //=> true
 * ```
 */
export function unitByte(c: number): number {
  if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
  if (c === 0x2013 || c === 0x2014) return 0x2d;
  if (c === 0x2019) return 0x27;
  return STAND_IN + letterClasses()[c]!;
}

let byteTable: Uint8Array | undefined;

/**
 * The class of every byte of {@link unitByte}: the first 256 entries of {@link letterClasses},
 * and each stand-in's class. Built on first use.
 */
export function byteClasses(): Uint8Array {
  return (byteTable ??= buildByteTable());
}

function buildByteTable(): Uint8Array {
  const t = letterClasses().slice(0, 0x100);
  for (let k = OTHER; k <= COPYRIGHT; k++) t[STAND_IN + k] = k;
  return t;
}

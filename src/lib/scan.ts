/**
 * One pass over a text's character codes that says which normalisation steps
 * have anything to do. Character-class regexes cost several nanoseconds a
 * character on long texts; this loop does the same tests in one go.
 *
 * @module
 */

/** Some character is removed or replaced by cleaning (CR, controls, invisibles, Unicode spaces, surrogates). */
export const NEEDS_CLEAN = 1;
/** Some "&" or "#": an entity may need decoding. */
export const MAY_HAVE_ENTITY = 2;
/** Some "Â", "Ã" or "â": mojibake may need repair. */
export const MAY_HAVE_MOJIBAKE = 4;
/** Some combining mark or other character NFC may change. */
export const MAY_NEED_NFC = 8;
/** A space or tab ends a line. */
export const TRAILING_SPACE = 16;
/** Four newlines in a row, or a newline at either end of the text. */
export const NEWLINE_RUNS = 32;

function cleaned(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a) ||
    (c >= 0x7f && c <= 0xa0) ||
    c === 0xad ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0xd800 && c <= 0xdfff)
  );
}

function composable(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x0483 && c <= 0x0489) ||
    (c >= 0x0591 && c <= 0x05c7) ||
    (c >= 0x0610 && c <= 0x065f) ||
    (c >= 0x0900 && c <= 0x09d7) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    c === 0x2126 ||
    c === 0x212a ||
    c === 0x212b ||
    c === 0x3099 ||
    c === 0x309a ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
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
  let flags = 0;
  let newlines = 0;
  const n = text.length;
  if (n > 0 && (text.charCodeAt(0) === 0x0a || text.charCodeAt(n - 1) === 0x0a)) flags |= NEWLINE_RUNS;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (i > 0) {
        const p = text.charCodeAt(i - 1);
        if (p === 0x20 || p === 0x09) flags |= TRAILING_SPACE;
      }
      if (++newlines >= 4) flags |= NEWLINE_RUNS;
      continue;
    }
    newlines = 0;
    if (c >= 0x20 && c < 0x7f) {
      if (c === 0x26 || c === 0x23) flags |= MAY_HAVE_ENTITY;
      continue;
    }
    if (c === 0x09) continue;
    if (c === 0xc2 || c === 0xc3 || c === 0xe2) flags |= MAY_HAVE_MOJIBAKE;
    else if (cleaned(c)) flags |= NEEDS_CLEAN;
    else if (c >= 0x300 && composable(c)) flags |= MAY_NEED_NFC;
  }
  const last = n > 0 ? text.charCodeAt(n - 1) : 0;
  if (last === 0x20 || last === 0x09) flags |= TRAILING_SPACE;
  return flags;
}

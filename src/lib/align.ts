/**
 * Maps offsets in the normalised text back to the original input, for
 * provenance spans. Normalisation only deletes characters (CR, invisibles,
 * controls, trailing spaces, extra blank lines), replaces one with one (NBSP
 * to a space, a lone surrogate to U+FFFD) or a group with fewer (an entity, a
 * mojibake sequence, an NFC composition), always in order; so the two texts
 * can be walked side by side.
 *
 * @module
 */
import { MOJIBAKE } from "../data/entities.js";
import { ENTITY_AT } from "../patterns/normalize.js";

/**
 * For each character of the normalised text, where its source starts in the
 * original input and where that source ends (an entity is one source of
 * several characters).
 */
export interface OffsetMap {
  readonly start: Int32Array;
  readonly after: Int32Array;
}

/** Characters that may open an entity or a mojibake sequence. */
const GROUP_LEADS = "&#\u00c2\u00c3\u00e2";

/** Characters normalisation may drop: spaces, C0 controls (CR, LF, tab among them), C1 controls, invisibles. */
function droppable(c: number): boolean {
  return (
    c <= 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xad ||
    (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff
  );
}

/** Characters normalisation replaces one for one, and by what. */
function replacement(c: number): number {
  if (c === 0x0d) return 0x0a;
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x2028 || c === 0x2029) return 0x20;
  if (c >= 0xd800 && c <= 0xdfff) return 0xfffd;
  return -1;
}

/**
 * Walks the input and its normalised form side by side.
 *
 * @param input - the original text
 * @param normalized - `normalizeText(input)`
 * @param decode - decodes one entity as the normaliser does (null if it keeps it)
 * @returns the offset map, or null when the texts could not be aligned
 * @example
 * ```ts
 * const map = alignOffsets("A&amp;B", "A&B", decode)!;
 * [...map.start] //=> [0, 1, 6]
 * [...map.after] //=> [1, 6, 7]
 * ```
 */
export function alignOffsets(input: string, normalized: string, decode: (entity: string) => string | null): OffsetMap | null {
  const start = new Int32Array(normalized.length);
  const after = new Int32Array(normalized.length);
  let i = 0;
  let j = 0;
  /** Records that normalised characters j..j+out-1 came from input i..i+len-1. */
  const take = (len: number, out: number): void => {
    for (let k = 0; k < out; k++) {
      start[j + k] = i;
      after[j + k] = i + len;
    }
    i += len;
    j += out;
  };
  while (j < normalized.length) {
    if (i >= input.length) return null;
    const a = input.charCodeAt(i);
    const b = normalized.charCodeAt(j);
    // A group first: an entity or mojibake sequence that became fewer characters ("&amp;" is "&",
    // so a plain comparison would take its first character for the decoded one).
    const group = GROUP_LEADS.includes(input[i]!) ? groupAt(input, i, normalized, j, decode) : null;
    if (group) {
      take(group.in, group.out);
      continue;
    }
    if (a === b) {
      take(1, 1);
      continue;
    }
    if (replacement(a) === b) {
      take(1, 1);
      continue;
    }
    // NFC: a base character and combining marks composed into one.
    const composed = composedAt(input, i, normalized, j);
    if (composed > 0) {
      take(composed, 1);
      continue;
    }
    if (droppable(a)) {
      i++;
      continue;
    }
    return null;
  }
  // What is left of the input was dropped (trailing blank lines and spaces).
  return { start, after };
}

function groupAt(input: string, i: number, normalized: string, j: number, decode: (entity: string) => string | null): { in: number; out: number } | null {
  const c = input[i];
  if (c === "&" || c === "#") {
    ENTITY_AT.lastIndex = i;
    const m = ENTITY_AT.exec(input);
    if (m) {
      const out = decode(m[0]);
      if (out !== null && normalized.startsWith(out, j)) return { in: m[0].length, out: out.length };
    }
  }
  for (const [bad, good] of MOJIBAKE) {
    if (input.startsWith(bad, i) && normalized.startsWith(good, j)) return { in: bad.length, out: good.length };
  }
  return null;
}

function composedAt(input: string, i: number, normalized: string, j: number): number {
  for (let k = 2; k <= 4 && i + k <= input.length; k++) {
    if (input.slice(i, i + k).normalize("NFC") === normalized[j]) return k;
  }
  return 0;
}

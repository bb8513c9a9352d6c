/**
 * Syndication fingerprints: a 64-bit SimHash of a story's body, so that the
 * same wire story republished on many sites (each with its own clutter,
 * dateline, trailer and paragraph breaks) gets nearly the same fingerprint.
 *
 * No `node:` imports and no BigInt arithmetic: it runs wherever the library does.
 *
 * @module
 */
import { FINGERPRINT_HEX, FINGERPRINT_WORD_CHAR } from "./patterns/fingerprint.js";
import type { WireStory } from "./schema.js";

/** Words per shingle. */
const SHINGLE = 3;

/** The fingerprint of a body with no words. */
const EMPTY = "0000000000000000";

/**
 * The syndication fingerprint of a story: a 64-bit SimHash of the distinct
 * 3-word shingles of its body, as 16 lower-case hex digits.
 *
 * Only `body` is read, as one run of words: lower-cased (Unicode NFKC),
 * apostrophes removed ("Putin's" → "putins"), split on everything that is not
 * a letter or a digit, so punctuation, whitespace and paragraph breaks do not
 * count. The headline (which sites rewrite), dateline, trailer, byline,
 * source, teasers and furniture are not part of it. Each word is hashed once
 * to 64 bits (two 32-bit lanes: no BigInt), each shingle's 64-bit hash mixes
 * the hashes of its words, and each distinct shingle votes once on each bit;
 * a bit is set when more shingles have it set than not. About 50 µs for a
 * story of 2 KB (bench/fingerprint.bench.mjs).
 *
 * Copies of one wire story parsed from different pages are within a few bits
 * of each other (0 when the bodies come out the same); different stories are
 * about 32 bits apart. Compare fingerprints with {@link fingerprintDistance}.
 *
 * A body of one or two words is hashed word by word; a body with no words at
 * all (an empty `body`, or only punctuation) gives `"0000000000000000"`.
 *
 * @param story - a story from `parseWireStory` / `safeParseWireStory`
 * @returns 16 lower-case hex digits
 * @throws {TypeError} when `story` is not an object with a `body` array
 * @example
 * ```ts
 * import { fingerprint, fingerprintDistance, parseWireStory } from "wirecopy";
 *
 * const a = fingerprint(parseWireStory(pageFromSiteA)); //=> "7cd34cddf19cfe1d" (fixtures/seed-sample.txt)
 * const b = fingerprint(parseWireStory(pageFromSiteB));
 * fingerprintDistance(a, b) <= 3; // the same wire story
 * ```
 */
export function fingerprint(story: WireStory): string {
  if (story === null || typeof story !== "object" || !Array.isArray(story.body)) {
    throw new TypeError("fingerprint wants a WireStory (the result of parseWireStory), with a body array");
  }
  // Each word as a 64-bit hash (two 32-bit lanes); no word strings are made.
  const wordsA: number[] = [];
  const wordsB: number[] = [];
  for (const paragraph of story.body) {
    if (typeof paragraph === "string") hashWords(paragraph.normalize("NFKC").toLowerCase(), wordsA, wordsB);
  }
  const n = wordsA.length;
  if (n === 0) return EMPTY;

  // Each distinct shingle votes once on each of the 64 bits. For speed the votes are kept per
  // nibble: nibbles[16 * j + v] counts the shingles whose nibble j (0-7: the high lane's, low
  // bits first; 8-15: the low lane's) is v; the count of each bit is summed from them at the end.
  const k = Math.min(SHINGLE, n);
  const count = n - k + 1;
  const table = new ShingleSet(count);
  const nibbles = new Int32Array(256);
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    shingleHash(wordsA, wordsB, i, k);
    const hi = lanes[0]!;
    const lo = lanes[1]!;
    if (!table.add(hi, lo)) continue;
    distinct++;
    for (let j = 0; j < 8; j++) {
      nibbles[16 * j + ((hi >>> (4 * j)) & 15)]!++;
      nibbles[128 + 16 * j + ((lo >>> (4 * j)) & 15)]!++;
    }
  }
  // Bit b of a lane is set when more than half of the distinct shingles have it set.
  let hi = 0;
  let lo = 0;
  for (let j = 0; j < 16; j++) {
    for (let b = 0; b < 4; b++) {
      let ones = 0;
      for (let v = 0; v < 16; v++) if ((v >>> b) & 1) ones += nibbles[16 * j + v]!;
      if (ones * 2 > distinct) {
        if (j < 8) hi |= 1 << (4 * j + b);
        else lo |= 1 << (4 * (j - 8) + b);
      }
    }
  }
  return hex8(hi) + hex8(lo);
}

/**
 * The Hamming distance between two fingerprints: how many of their 64 bits
 * differ, from 0 (the same) to 64. Copies of one wire story are usually 0–3
 * apart, different stories about 32 (rarely under 15).
 *
 * @param a - a fingerprint: 16 hex digits (either case)
 * @param b - another
 * @returns the number of differing bits, 0–64
 * @throws {TypeError} when `a` or `b` is not a string of exactly 16 hex digits
 * @example
 * ```ts
 * fingerprintDistance("00000000000000ff", "000000000000000f"); //=> 4
 * fingerprintDistance(fp, fp); //=> 0
 * fingerprintDistance("xyz", fp); // throws TypeError
 * ```
 */
export function fingerprintDistance(a: string, b: string): number {
  check(a, "first");
  check(b, "second");
  return popcount32(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) +
    popcount32(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16));
}

function check(value: unknown, which: string): asserts value is string {
  if (typeof value !== "string" || !FINGERPRINT_HEX.test(value)) {
    const shown = typeof value === "string" ? JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value) : value === null ? "null" : typeof value;
    throw new TypeError(`fingerprintDistance: the ${which} argument is not a fingerprint (16 hex digits): ${shown}`);
  }
}

/** Bits set in a 32-bit integer. */
function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** 8 hex digits of a 32-bit integer. */
function hex8(x: number): string {
  return (x >>> 0).toString(16).padStart(8, "0");
}

/** The two 32-bit lanes of the last {@link shingleHash} (no allocation per shingle). */
const lanes = new Int32Array(2);

/** Word characters among the ASCII code units: letters and digits. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0);

/** True for an apostrophe (', ’, `, ʼ): skipped, so it neither ends nor starts a word ("putin's" reads "putins"). */
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x60 || c === 0x02bc;

/**
 * Appends the 64-bit hash of each word of `text` (already lower case) to `outA`
 * and `outB`: a word is a run of letters (with their marks) and digits;
 * apostrophes inside it are skipped; anything else ends it. Each word is
 * hashed as it is read, over its UTF-16 code units: two multiplicative lanes
 * cross-mixed at the end with murmur3-style finalisers (the construction of
 * cyrb53, by bryc, public domain), keeping all 64 bits.
 */
function hashWords(text: string, outA: number[], outB: number[]): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let inWord = false;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x20;
    let word: boolean;
    if (c < 128) {
      if (ASCII_WORD[c] === 1) {
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
        inWord = true;
        continue;
      }
      word = false;
      if (c === 0x27 || c === 0x60) continue; // apostrophes: skipped
    } else if (isApostrophe(c)) {
      continue;
    } else {
      // A letter, mark or digit outside ASCII (a surrogate pair is one code point).
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
      word = FINGERPRINT_WORD_CHAR.test(text.slice(i, i + width));
      if (word) {
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
        if (width === 2) {
          const d = text.charCodeAt(++i);
          h1 = Math.imul(h1 ^ d, 2654435761);
          h2 = Math.imul(h2 ^ d, 1597334677);
        }
        inWord = true;
        continue;
      }
    }
    if (!word && inWord) {
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
      h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
      h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      outA.push(h1);
      outB.push(h2);
      h1 = 0xdeadbeef;
      h2 = 0x41c6ce57;
      inWord = false;
    }
  }
}

/**
 * A set of 64-bit hashes (open addressing in typed arrays: no number boxing,
 * no strings). The all-zero hash is stored like any other, by a flag.
 */
class ShingleSet {
  private readonly his: Int32Array;
  private readonly los: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;

  /** @param max - the most hashes that will be added */
  constructor(max: number) {
    let size = 16;
    while (size < max * 2) size *= 2;
    this.his = new Int32Array(size);
    this.los = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
  }

  /** Adds the hash; false when it was already there. */
  add(hi: number, lo: number): boolean {
    for (let at = lo & this.mask; ; at = (at + 1) & this.mask) {
      if (this.used[at] === 0) {
        this.used[at] = 1;
        this.his[at] = hi;
        this.los[at] = lo;
        return true;
      }
      if (this.his[at] === hi && this.los[at] === lo) return false;
    }
  }
}

/** One murmur3 mixing step of the 32-bit block `k` into the lane `h`. */
function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** The murmur3 finaliser: every input bit moves every output bit. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The 64-bit hash of the shingle of `k` words from word `at` (into
 * {@link lanes}): each lane mixes the words' hashes in order, murmur3-style,
 * then the lanes are finalised and cross-mixed.
 */
function shingleHash(wordsA: readonly number[], wordsB: readonly number[], at: number, k: number): void {
  let h1 = 0x9747b28c ^ k;
  let h2 = 0x5bd1e995 ^ k;
  for (let j = at; j < at + k; j++) {
    h1 = mix(h1, wordsA[j]!);
    h2 = mix(h2, wordsB[j]!);
  }
  h1 = fmix(h1 ^ Math.imul(h2, 0x27d4eb2d));
  h2 = fmix(h2 ^ h1);
  lanes[0] = h1;
  lanes[1] = h2;
}

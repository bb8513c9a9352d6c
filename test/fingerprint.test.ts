/**
 * Syndication fingerprints: copies of one story on different pages (clutter,
 * dateline, trailer, section, teasers, paragraph breaks) stay within 3 bits;
 * different stories (every pair of fixtures) are at least 15 bits apart.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprint, fingerprintDistance, parseWireStory } from "../src/index.js";
import type { WireStory } from "../src/index.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const pages = readdirSync(fixtures)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(fixtures, f), "utf8").replace(/\r\n?/g, "\n") }));

/** Replaces the first occurrence of `from` in `text`, failing the test when it is not there. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`not in the page: ${JSON.stringify(from.slice(0, 60))}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Republished copies of a page: the same story with another site's clutter, dateline, trailer, layout. */
function variants(text: string, story: WireStory): Record<string, string> {
  const out: Record<string, string> = {};
  const first = story.body[0]!;
  const last = story.body[story.body.length - 1]!;
  out.clutter =
    "Home › News › World\n\nListen to this article\n\n" +
    replaceOnce(text, first, `${first}\n\nAdvertisement\n\nShare on WhatsApp\n\nAlso Read | Markets close higher on Friday`) +
    "\n\nDownload our app\n\nCopyright © 2024 Example Media. All rights reserved.\n";
  if (story.dateline) {
    const d = story.dateline;
    let other = d.text;
    if (d.city) other = replaceOnce(other, d.city, d.city === d.city.toUpperCase() ? "GENEVA" : "Geneva");
    if (d.agency && other.includes(d.agency)) other = replaceOnce(other, d.agency, d.agency === "AFP" ? "Reuters" : "AFP");
    out.dateline = replaceOnce(text, d.text, other);
  }
  out.trailer = story.trailer ? replaceOnce(text, story.trailer, "") : replaceOnce(text, last, `${last}\n\n(AFP)`);
  out.singleNewlines = text.replace(/\n{2,}/g, "\n");
  out.doubleNewlines = text.replace(/\n+/g, "\n\n");
  out.sectionTeasers =
    (story.section ? replaceOnce(text, story.section, "Nation") : `Nation\n\n${text}`).trimEnd() +
    "\n\nMore news\n\nCity council approves new budget for parks\n\nThe council voted on Tuesday to approve the budget.\n\nMar 03, 2024\n";
  const long = story.body.find((p) => /\. [A-Z]/.test(p));
  if (long) {
    const cut = long.search(/\. [A-Z]/) + 1;
    out.splitParagraph = replaceOnce(text, long, `${long.slice(0, cut)}\n\n${long.slice(cut + 1)}`);
  }
  return out;
}

describe("fingerprint", () => {
  it("is 16 lower-case hex digits, the same on every call", () => {
    for (const { text } of pages) {
      const story = parseWireStory(text);
      const fp = fingerprint(story);
      expect(fp).toMatch(/^[0-9a-f]{16}$/);
      expect(fingerprint(structuredClone(story))).toBe(fp);
    }
  });

  it("keeps copies of each fixture's story, republished differently, within 3 bits", () => {
    let max = 0;
    let count = 0;
    for (const { name, text } of pages) {
      const story = parseWireStory(text);
      const fp = fingerprint(story);
      for (const [kind, page] of Object.entries(variants(text, story))) {
        expect(page, `${name} ${kind}`).not.toBe(text);
        const d = fingerprintDistance(fp, fingerprint(parseWireStory(page)));
        expect(d, `${name}: ${kind}`).toBeLessThanOrEqual(3);
        max = Math.max(max, d);
        count++;
      }
    }
    expect(count).toBeGreaterThan(pages.length * 6);
    expect(max).toBeLessThanOrEqual(3);
  });

  it("puts different stories at least 15 bits apart: every pair of fixtures", () => {
    const fps = pages.map(({ name, text }) => ({ name, fp: fingerprint(parseWireStory(text)) }));
    expect(fps.length).toBeGreaterThanOrEqual(20);
    for (let i = 0; i < fps.length; i++) {
      for (let j = i + 1; j < fps.length; j++) {
        expect(fingerprintDistance(fps[i]!.fp, fps[j]!.fp), `${fps[i]!.name} vs ${fps[j]!.name}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it("reads only the body's words: not case, punctuation, quotes, whitespace or paragraph breaks", () => {
    const story = parseWireStory(pages.find((p) => p.name === "seed-sample.txt")!.text);
    const fp = fingerprint(story);
    const words = story.body.join(" ");
    const cut = words.indexOf(" ", 500);
    const reflowed = [words.slice(0, cut), words.slice(cut + 1)];
    expect(fingerprint({ ...story, body: reflowed })).toBe(fp);
    expect(fingerprint({ ...story, body: [words.toUpperCase()] })).toBe(fp);
    expect(fingerprint({ ...story, body: [words.replace(/'/g, "\u2019").replace(/ /g, "  \n ").replace(/,/g, " ,")] })).toBe(fp);
    expect(fingerprint({ ...story, headline: "Another headline", trailer: "(AFP)", dateline: null, moreNews: [], furniture: ["Share"] })).toBe(fp);
  });

  it("moves a few bits for a small edit and many for another story", () => {
    const story = parseWireStory(pages.find((p) => p.name === "seed-sample.txt")!.text);
    const fp = fingerprint(story);
    const edited = { ...story, body: [...story.body.slice(0, -1), "This sentence was added by the republishing site."] };
    expect(fingerprintDistance(fp, fingerprint(edited))).toBeGreaterThan(0);
    expect(fingerprintDistance(fp, fingerprint(edited))).toBeLessThan(15);
  });

  it("gives 0000000000000000 for a body without words, and hashes a one- or two-word body", () => {
    const story = parseWireStory(pages[0]!.text);
    expect(fingerprint({ ...story, body: [] })).toBe("0000000000000000");
    expect(fingerprint({ ...story, body: ["— … —", "  "] })).toBe("0000000000000000");
    const one = fingerprint({ ...story, body: ["Breaking."] });
    const two = fingerprint({ ...story, body: ["Breaking news."] });
    expect(one).toMatch(/^[0-9a-f]{16}$/);
    expect(one).not.toBe("0000000000000000");
    expect(two).not.toBe(one);
  });

  it("reads letters of every script and keeps them apart", () => {
    const story = parseWireStory(pages[0]!.text);
    const hindi = fingerprint({ ...story, body: ["नई दिल्ली में आज भारी बारिश हुई और कई सड़कें बंद रहीं"] });
    const other = fingerprint({ ...story, body: ["मुंबई में आज तेज़ धूप रही और बाज़ार खुले रहे"] });
    expect(hindi).not.toBe("0000000000000000");
    expect(fingerprintDistance(hindi, other)).toBeGreaterThan(3);
    // Composed and decomposed accents are the same word.
    expect(fingerprint({ ...story, body: ["Caf\u00e9 owners in S\u00e3o Paulo protest rent rises"] })).toBe(
      fingerprint({ ...story, body: ["Cafe\u0301 owners in Sa\u0303o Paulo protest rent rises"] }),
    );
  });

  it("wants a story", () => {
    expect(() => fingerprint(null as unknown as WireStory)).toThrow(TypeError);
    expect(() => fingerprint({ headline: "x" } as unknown as WireStory)).toThrow(/WireStory/);
  });
});

describe("fingerprintDistance", () => {
  const fps = pages.slice(0, 8).map(({ text }) => fingerprint(parseWireStory(text)));

  it("counts differing bits, 0 to 64", () => {
    expect(fingerprintDistance("00000000000000ff", "000000000000000f")).toBe(4);
    expect(fingerprintDistance("0000000000000000", "ffffffffffffffff")).toBe(64);
    expect(fingerprintDistance("8000000000000000", "0000000000000001")).toBe(2);
    expect(fingerprintDistance("ABCDEF0123456789", "abcdef0123456789")).toBe(0);
  });

  it("is 0 on itself and symmetric", () => {
    for (const a of fps) {
      expect(fingerprintDistance(a, a)).toBe(0);
      for (const b of fps) expect(fingerprintDistance(a, b)).toBe(fingerprintDistance(b, a));
    }
  });

  it("throws a TypeError naming the bad argument", () => {
    const good = "0123456789abcdef";
    for (const bad of ["", "0123456789abcde", "0123456789abcdef0", "0x23456789abcdef", "0123456789abcdeg", " 0123456789abcdef", 42, null, undefined]) {
      expect(() => fingerprintDistance(bad as string, good)).toThrow(TypeError);
      expect(() => fingerprintDistance(good, bad as string)).toThrow(/second argument is not a fingerprint \(16 hex digits\)/);
    }
    expect(() => fingerprintDistance("xyz", good)).toThrow('fingerprintDistance: the first argument is not a fingerprint (16 hex digits): "xyz"');
  });
});

describe("fingerprint's vote", () => {
  // Two papers carry the same short wire brief; one adds a word. The fingerprint of a body is
  // the majority vote, bit by bit, of the hashes of its distinct three-word windows: a bit is
  // set only when more than half of them have it (a tie leaves it unset). The hash of one window
  // is the fingerprint of a body that is that window alone.
  const story = { ...parseWireStory(pages[0]!.text) };
  const fpOf = (words: readonly string[]): string => fingerprint({ ...story, body: [words.join(" ")] });
  const bits = (fp: string): bigint => BigInt("0x" + fp);

  it("sets a bit only where more than half of the distinct windows set it", () => {
    const word = fc.constantFrom("port", "ships", "storm", "harbour", "reopened", "tide", "quay", "crews");
    fc.assert(
      fc.property(fc.array(word, { minLength: 3, maxLength: 9 }), (words) => {
        const windows = new Map<string, bigint>();
        for (let i = 0; i + 3 <= words.length; i++) {
          const w = words.slice(i, i + 3);
          windows.set(w.join(" "), bits(fpOf(w)));
        }
        let want = 0n;
        for (let b = 0n; b < 64n; b++) {
          let ones = 0;
          for (const h of windows.values()) if ((h >> b) & 1n) ones++;
          if (ones * 2 > windows.size) want |= 1n << b;
        }
        expect(bits(fpOf(words))).toBe(want);
      }),
      { numRuns: 300 },
    );
  });

  it("with two windows, keeps exactly the bits both share", () => {
    const a = bits(fpOf(["harbour", "reopened", "today"]));
    const b = bits(fpOf(["reopened", "today", "officials"]));
    expect(a & b).not.toBe(a | b);
    expect(bits(fpOf(["harbour", "reopened", "today", "officials"]))).toBe(a & b);
  });
});

/**
 * The page-template simulator itself (test/support/chrome.ts): deterministic,
 * every kind makes lines, the two halves are fixed by their rule, the catalogue
 * keeps its promises (no anchors a parser must read as story), and wrapping
 * keeps the page whole and puts inside chrome only between body paragraphs.
 * No parser runs here: test/chrome.test.ts is the property over the parser.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageSpecArb, renderPage } from "./support/arbitraries.js";
import { CHROME_KINDS, insideGaps, mulberry32, splitRule, wrapInChrome, wrapPage, type ChromeKind, type Placement } from "./support/chrome.js";

const fixtureDir = join(import.meta.dirname, "..", "fixtures");
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(fixtureDir, f), "utf8"));
const SEEDS = Array.from({ length: 200 }, (_, i) => i * 7919 + 1);

/** Every block a kind makes over the test seeds. */
const samples = (kind: ChromeKind): string[][] => SEEDS.map((s) => kind.make(mulberry32(s)));
const filled = (text: string): string[] => text.split(/\r?\n/).filter((l) => l.trim() !== "");

describe("determinism", () => {
  it("gives the same text for the same page, seed and options", () => {
    for (const page of fixtures) {
      for (const seed of [0, 1, 42, -7, 2 ** 31 - 1]) {
        for (const set of ["tune", "heldout", "all"] as const) expect(wrapInChrome(page, { seed, set })).toBe(wrapInChrome(page, { seed, set }));
      }
    }
  });

  it("gives different chrome for different seeds", () => {
    const page = fixtures[0] as string;
    const texts = new Set(SEEDS.slice(0, 50).map((seed) => wrapInChrome(page, { seed })));
    expect(texts.size).toBeGreaterThan(45);
  });
});

describe("the catalogue", () => {
  it("has at least 34 kinds with unique names", () => {
    expect(CHROME_KINDS.length).toBeGreaterThanOrEqual(34);
    expect(new Set(CHROME_KINDS.map((k) => k.name)).size).toBe(CHROME_KINDS.length);
  });

  it.each(CHROME_KINDS.map((k) => [k.name, k] as const))("%s makes one or more clean lines, in several wordings", (_name, kind) => {
    const blocks = samples(kind);
    for (const lines of blocks) {
      expect(lines.length).toBeGreaterThanOrEqual(1);
      for (const line of lines) {
        expect(line.trim()).toBe(line);
        expect(line).not.toBe("");
        expect(line).not.toMatch(/[\r\n]/);
      }
    }
    expect(new Set(blocks.map((b) => b.join("\n"))).size).toBeGreaterThanOrEqual(3);
  });
});

describe("the two halves", () => {
  it("are the split rule's, written into every kind of the two halves", () => {
    const halves = CHROME_KINDS.filter((k) => k.set !== "fresh" && k.set !== "fresh2" && k.set !== "fresh3");
    const rule = splitRule(halves);
    expect(Object.fromEntries(halves.map((k) => [k.name, k.set]))).toEqual(Object.fromEntries(rule));
  });

  it("keep the later, fresh set apart: its kinds never join a half", () => {
    const fresh = CHROME_KINDS.filter((k) => k.set === "fresh").map((k) => k.name);
    expect(fresh).toHaveLength(13);
    for (const seed of SEEDS) for (const set of ["tune", "heldout"] as const) for (const b of wrapPage(fixtures[1] as string, { seed, set }).blocks) expect(fresh).not.toContain(b.kind);
  });

  it("keep the blind fresh2 set apart: 18 kinds, never drawn for another set, the only ones drawn for it", () => {
    const fresh2 = CHROME_KINDS.filter((k) => k.set === "fresh2").map((k) => k.name);
    expect(fresh2).toHaveLength(18);
    for (const seed of SEEDS) {
      for (const set of ["tune", "heldout", "fresh", "fresh3"] as const) for (const b of wrapPage(fixtures[1] as string, { seed, set }).blocks) expect(fresh2).not.toContain(b.kind);
      for (const b of wrapPage(fixtures[1] as string, { seed, set: "fresh2" }).blocks) expect(fresh2).toContain(b.kind);
    }
  });

  it("keep the blind fresh3 set apart: 16 kinds, never drawn for another set, the only ones drawn for it", () => {
    const fresh3 = CHROME_KINDS.filter((k) => k.set === "fresh3");
    expect(fresh3).toHaveLength(16);
    expect(["above", "inside", "below"].map((zone) => fresh3.filter((k) => k.where[0] === zone).length)).toEqual([7, 4, 5]);
    const names = fresh3.map((k) => k.name);
    for (const seed of SEEDS) {
      for (const set of ["tune", "heldout", "fresh", "fresh2"] as const) for (const b of wrapPage(fixtures[1] as string, { seed, set }).blocks) expect(names).not.toContain(b.kind);
      for (const b of wrapPage(fixtures[1] as string, { seed, set: "fresh3" }).blocks) expect(names).toContain(b.kind);
    }
  });

  it("hold at least 15 kinds each, with kinds of every zone in both", () => {
    for (const set of ["tune", "heldout"] as const) {
      const half = CHROME_KINDS.filter((k) => k.set === set);
      expect(half.length).toBeGreaterThanOrEqual(15);
      for (const zone of ["above", "inside", "below"] as const) expect(half.some((k) => k.where[0] === zone)).toBe(true);
    }
  });

  it("keep to their half when one is asked for", () => {
    const names = new Set(CHROME_KINDS.filter((k) => k.set === "tune").map((k) => k.name));
    for (const seed of SEEDS) for (const b of wrapPage(fixtures[1] as string, { seed, set: "tune" }).blocks) expect(names.has(b.kind)).toBe(true);
  });
});

// What the catalogue must never print (the brief's list): things a parser must read as the story's own.
const AGENCY = "Reuters?|AP|AFP|Xinhua|ANI|PTI|IANS|UNI|BSS|WAM|SAPA|QNA|KUNA|SPA|APP|UNB";
const SOURCE_LINE = /^source\s*:/i;
const BYLINE = /^by\s+\p{Lu}/u;
const SIGN_OFF = new RegExp(`^[-–—(\\s]*(?:${AGENCY})[)\\s]*$`, "i");
const AGENCY_CREDIT = new RegExp(`\\((?:${AGENCY})\\)`);
const CAPS_DATELINE = /^\p{Lu}{3,}(?:[ ,.]+\p{Lu}[\p{L}.]*)*,? (?:-|--|_|–) /u;
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
const DATE_LINE = new RegExp(
  `^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?),? \\d{4}(?:,? (?:at )?\\d{1,2}:\\d\\d.*)?$|^\\d+ (?:minutes?|hours?|days?|weeks?) ago$`,
  "i",
);

describe("the catalogue keeps its promises", () => {
  it.each(CHROME_KINDS.map((k) => [k.name, k] as const))("%s prints no Source line, byline, sign-off or wire dateline", (_name, kind) => {
    for (const line of samples(kind).flat()) {
      for (const rx of [SOURCE_LINE, BYLINE, SIGN_OFF, AGENCY_CREDIT, CAPS_DATELINE]) expect(line, line).not.toMatch(rx);
    }
  });

  it.each(CHROME_KINDS.map((k) => [k.name, k] as const))("%s puts no date line next to the story", (_name, kind) => {
    const touches = (where: Placement): boolean => kind.where.includes(where);
    for (const lines of samples(kind)) {
      const next = [touches("above") || touches("inside") ? lines.at(-1) : null, touches("below") || touches("inside") ? lines[0] : null];
      for (const line of next) if (line) expect(line, line).not.toMatch(DATE_LINE);
    }
  });

  it("recognises the date lines it guards against", () => {
    for (const l of ["Tuesday, March 3, 2026", "3 March 2026", "Mar 03, 2026 09:14 AM", "4 hours ago"]) expect(l).toMatch(DATE_LINE);
    for (const l of ["— Grace Chen (@grace7) March 3, 2026", "Comments (3)", "EVENT | Summit, Dubai, March 3"]) expect(l).not.toMatch(DATE_LINE);
  });
});

describe("wrapping", () => {
  /** The page's own lines come back in order once the reported blocks are taken out. */
  function expectPageKept(page: string, seed: number): void {
    const { text, blocks } = wrapPage(page, { seed });
    const out = filled(text);
    const above = blocks.filter((b) => b.where === "above").flatMap((b) => b.lines);
    const below = blocks.filter((b) => b.where === "below").flatMap((b) => b.lines);
    expect(out.slice(0, above.length)).toEqual(above);
    expect(out.slice(out.length - below.length)).toEqual(below);
    const middle = out.slice(above.length, out.length - below.length);
    const own = filled(page);
    const inside = blocks.filter((b) => b.where === "inside");
    let m = 0;
    for (const line of own) {
      if (middle[m] !== line) {
        const block = inside.shift();
        expect(block, `unreported line before "${line}"`).toBeDefined();
        expect(middle.slice(m, m + (block?.lines.length ?? 0))).toEqual(block?.lines);
        m += block?.lines.length ?? 0;
      }
      expect(middle[m]).toBe(line);
      m++;
    }
    expect(m).toBe(middle.length);
    expect(inside).toEqual([]);
  }

  it("keeps every line of every fixture, in order, and adds only the blocks it reports", () => {
    for (const page of fixtures) for (const seed of SEEDS.slice(0, 40)) expectPageKept(page, seed);
  });

  it("keeps every line of generated pages", () => {
    fc.assert(fc.property(pageSpecArb, fc.integer(), (spec, seed) => expectPageKept(renderPage(spec), seed)), { numRuns: 300 });
  });

  it("places 1-4 blocks above, 0-2 inside and 1-4 below; density 0 gives one above, one below", () => {
    for (const page of fixtures) {
      for (const seed of SEEDS.slice(0, 20)) {
        const count = (d: number, w: Placement) => wrapPage(page, { seed, density: d }).blocks.filter((b) => b.where === w).length;
        expect(count(1, "above")).toBeGreaterThanOrEqual(1);
        expect(count(1, "above")).toBeLessThanOrEqual(4);
        expect(count(1, "inside")).toBeLessThanOrEqual(2);
        expect(count(1, "below")).toBeGreaterThanOrEqual(1);
        expect(count(1, "below")).toBeLessThanOrEqual(4);
        expect([count(0, "above"), count(0, "inside"), count(0, "below")]).toEqual([1, 0, 1]);
      }
    }
  });

  it("uses the page's separators: single newlines stay single, blank lines stay blank, CRLF stays CRLF", () => {
    const para = "The council said the new routes would start next month after a review of traffic in the northern districts, officials said.";
    const single = ["Headline about the council", para, para, para, para].join("\n");
    for (const seed of SEEDS.slice(0, 30)) {
      expect(wrapInChrome(single, { seed })).not.toMatch(/\n\s*\n/);
      const blank = wrapInChrome(single.replace(/\n/g, "\n\n"), { seed });
      expect(blank.split("\n\n").every((chunk) => !chunk.includes("\n"))).toBe(true);
      const crlf = wrapInChrome(single.replace(/\n/g, "\r\n"), { seed });
      expect(crlf.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    }
  });

  it("never puts inside chrome before the first body paragraph", () => {
    fc.assert(
      fc.property(pageSpecArb, fc.integer(), (spec, seed) => {
        const { text, blocks } = wrapPage(renderPage(spec), { seed });
        const lines = text.split("\n");
        const first = lines.findIndex((l) => l.endsWith(spec.body[0] as string));
        for (const b of blocks.filter((x) => x.where === "inside")) {
          expect(lines[b.line]).toBe(b.lines[0]);
          expect(b.line).toBeGreaterThan(first + 1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds inside gaps only between long paragraphs, past the first one", () => {
    const long = (n: number) => `Paragraph ${n} of the story, which goes on for long enough to be read as running text by any reader of the page, ends right here.`;
    expect(insideGaps(["Headline", "", long(1), "", long(2), "", long(3), "", "Short line", "", long(4), "", long(5)])).toEqual([4]);
    expect(insideGaps(["Headline", long(1), long(2)])).toEqual([]);
    expect(insideGaps(["Headline", "Short", "Also short"])).toEqual([]);
  });
});

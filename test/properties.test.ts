/**
 * Properties that must hold for any input (issue: robustness). Each runs
 * PROPERTY_RUNS times (1,000 in `npm test`, 100,000 in `npm run test:deep`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatWireStory, safeParseWireStory, wireStorySchema, type WireStory } from "../src/index.js";
import { normalizeText } from "../src/stages/01-normalize.js";
import { clutterArb, mutatedArb, pageArb, pageSpecArb, renderPage } from "./support/arbitraries.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
const fixtureDir = join(import.meta.dirname, "..", "fixtures");
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(fixtureDir, f), "utf8"));

/** Every field but furniture and warnings. */
function content(story: WireStory): Omit<WireStory, "furniture" | "warnings"> {
  const { furniture: _f, warnings: _w, ...rest } = story;
  return rest;
}

/** Parses and checks the result is a schema-valid story or a WireParseError; never throws. */
function parseChecked(text: string): WireStory | null {
  const r = safeParseWireStory(text);
  if (!r.success) {
    expect(["EMPTY_INPUT", "NO_STORY", "INPUT_TOO_LARGE"]).toContain(r.error.code);
    return null;
  }
  expect(wireStorySchema.safeParse(r.data).success).toBe(true);
  return r.data;
}

const unicodeText = fc.string({ unit: "binary", maxLength: 400 });
const controlText = fc.string({ unit: fc.constantFrom("\u0000", "\u0007", "\u001b", "\r", "\n", "\t", "\u00a0", "\ufeff", "\u200b", "a", " ", "\ud800", "\udc00", "(", "[", ":", "-"), maxLength: 300 });
const longLine = fc.tuple(fc.constantFrom("[", "(", " ", "A, ", "NEW YORK, ", "- ", "By ", "#39;", "&amp;"), fc.integer({ min: 1000, max: 20_000 })).map(([s, n]) => s.repeat(n));
const mutated = fc.constantFrom(...fixtures).chain(mutatedArb);

describe("never throws, and every success is schema-valid", () => {
  it.each([
    ["arbitrary full-Unicode strings", unicodeText],
    ["lone surrogates, NUL and control characters", controlText],
    ["very long lines", longLine],
    ["mutated fixtures", mutated],
    ["generated pages", pageArb],
  ])("on %s", (_name, arb: fc.Arbitrary<string>) => {
    fc.assert(fc.property(arb, (text) => void parseChecked(text)), { numRuns: RUNS });
  });

  it("on values that are not strings", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (typeof value === "string") return;
        const r = safeParseWireStory(value as string);
        expect(r.success).toBe(false);
        expect(r.error?.code).toBe("NOT_A_STRING");
      }),
      { numRuns: RUNS },
    );
  });
});

describe("nothing lost, at the output", () => {
  /** Every output string, joined. */
  const allText = (s: WireStory): string =>
    [
      s.section, s.headline, s.published?.text, s.updated?.text, s.byline, s.dateline?.text, ...s.body, s.trailer, s.source,
      ...s.moreNews.flatMap((t) => [t.headline, t.summary, t.dateline?.text, t.published?.text]), ...s.furniture,
    ].filter((x): x is string => typeof x === "string").join(" ");

  it("keeps every word of the (normalised) input in some field", () => {
    fc.assert(
      fc.property(fc.oneof(pageArb, mutated, unicodeText), (text) => {
        const story = parseChecked(text);
        if (!story) return;
        const out = allText(story);
        const unspaced = out.replace(/\s+/g, "");
        for (const word of normalizeText(text).split(/\s+/)) {
          // Labels may drop (SPEC.md section 1); so may bare separators such as "|", which carry no text.
          if (!/[\p{L}\p{N}]/u.test(word) || /^(?:by|source:?)$/i.test(word)) continue;
          // A word split between two fields ("session.-----PTI": body and trailer) is whole once spaces go.
          expect(out.includes(word) || unspaced.includes(word), `"${word}" is lost`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("normalisation", () => {
  /** The result without BINARY_INPUT, a finding about the raw bytes that normalisation removes. */
  const withoutRawFindings = (r: ReturnType<typeof safeParseWireStory>) =>
    r.success ? { ...r.data, warnings: r.data.warnings.filter((w) => w.code !== "BINARY_INPUT") } : r.error.code;

  it("gives the same story for a text and its normalised form", () => {
    fc.assert(
      fc.property(fc.oneof(pageArb, mutated, unicodeText, controlText), (text) => {
        expect(withoutRawFindings(safeParseWireStory(normalizeText(text)))).toEqual(withoutRawFindings(safeParseWireStory(text)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("round trip", () => {
  it("parse(format(story)) gives the story back, furniture and warnings aside", () => {
    fc.assert(
      fc.property(pageSpecArb, (spec) => {
        const story = parseChecked(renderPage(spec));
        if (!story) return;
        const again = parseChecked(formatWireStory(story));
        expect(again && content(again)).toEqual(content(story));
      }),
      { numRuns: RUNS },
    );
  });

  it("holds on every fixture", () => {
    for (const text of fixtures) {
      const story = parseChecked(text)!;
      expect(content(parseChecked(formatWireStory(story))!)).toEqual(content(story));
    }
  });
});

interface Noise {
  crlf: boolean;
  bom: boolean;
  extraBlank: boolean;
  trailing: boolean;
  clutter: [number, string][];
}

describe("metamorphic: page noise changes nothing but furniture and warnings", () => {
  const noise: fc.Arbitrary<Noise> = fc.record({
    crlf: fc.boolean(),
    bom: fc.boolean(),
    extraBlank: fc.boolean(),
    trailing: fc.boolean(),
    clutter: fc.array(fc.tuple(fc.nat(), clutterArb), { maxLength: 3 }),
  });

  /** Adds noise to a page; clutter goes only between blocks of the head and after the story. */
  function addNoise(page: string, n: Noise): string {
    let blocks = page.split("\n\n");
    for (const [at, line] of n.clutter) {
      // Before the headline (index 0) or after the last block: places where clutter never joins the story.
      blocks = at % 2 === 0 ? [line, ...blocks] : [...blocks, line];
    }
    let out = blocks.join(n.extraBlank ? "\n\n\n\n" : "\n\n");
    if (n.trailing) out = out.replace(/\n/g, "  \t\n");
    if (n.crlf) out = out.replace(/\n/g, "\r\n");
    if (n.bom) out = "\uFEFF" + out;
    return out;
  }

  it("on generated pages", () => {
    fc.assert(
      fc.property(pageArb, noise, (page, n) => {
        const plain = parseChecked(page);
        const noisy = parseChecked(addNoise(page, n));
        expect(noisy && content(noisy)).toEqual(plain && content(plain));
      }),
      { numRuns: RUNS },
    );
  });

  it("on every fixture", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), noise, (page, n) => {
        expect(content(parseChecked(addNoise(page, n))!)).toEqual(content(parseChecked(page)!));
      }),
      { numRuns: Math.min(RUNS, 2000) },
    );
  });
});

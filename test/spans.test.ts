/**
 * Provenance spans ({ spans: true }): for every span, normalising the slice of
 * the ORIGINAL input gives the field's text, on fixtures and on generated
 * pages damaged the way scraped text is (entities, mojibake, NBSP, CRLF,
 * zero-width characters, trailing spaces).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWireStory, type WireStory } from "../src/index.js";
import { normalizeText } from "../src/stages/01-normalize.js";
import { pageArb } from "./support/arbitraries.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
const fixtureDir = join(import.meta.dirname, "..", "fixtures");
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(fixtureDir, f), "utf8"));

/** The text of the field at `path` ("dateline.city", "body.3", "published" is its text). */
function fieldText(story: WireStory, path: string): unknown {
  let value: unknown = story;
  for (const key of path.split(".")) value = (value as Record<string, unknown> | null)?.[key];
  if (value && typeof value === "object" && "text" in value) return (value as { text: string }).text;
  return value;
}

/** Every span whose slice, normalised, is not its field's text. */
function badSpans(input: string): string[] {
  const story = parseWireStory(input, { spans: true });
  expect(story.warnings.map((w) => w.code)).not.toContain("SPANS_UNAVAILABLE");
  const bad: string[] = [];
  for (const [path, [start, end]] of Object.entries(story.spans ?? {})) {
    const got = normalizeText(input.slice(start, end));
    if (got !== fieldText(story, path)) bad.push(`${path}: ${JSON.stringify(got)} != ${JSON.stringify(fieldText(story, path))}`);
  }
  return bad;
}

/** Damages a clean page the way scrapers do. */
const damagedPageArb = fc
  .tuple(pageArb, fc.array(fc.constantFrom("amp", "apos", "nbsp", "crlf", "zw", "mojibake", "trailing", "hash"), { maxLength: 4 }))
  .map(([page, kinds]) => {
    let text = page;
    for (const k of kinds) {
      if (k === "amp") text = text.replace(/ and /g, " &amp; ");
      if (k === "apos") text = text.replace(/e /g, "e&#39; ");
      if (k === "hash") text = text.replace(/d /g, "d#39; ");
      if (k === "nbsp") text = text.replace(/ the /g, "\u00a0the\u00a0");
      if (k === "crlf") text = text.replace(/\n/g, "\r\n");
      if (k === "zw") text = "\ufeff" + text.replace(/o/g, "o\u200b");
      if (k === "mojibake") text = text.replace(/s /g, "s\u00e2\u20ac\u2122 ");
      if (k === "trailing") text = text.replace(/\n/g, "  \n");
    }
    return text;
  });

describe("provenance spans", () => {
  it("are absent unless asked for", () => {
    expect(parseWireStory(fixtures[0]!).spans).toBeUndefined();
  });

  it("cover the fields of the sample, in the original text", () => {
    const text = fixtures.find((t) => t.startsWith("World\n\nRussia"))!;
    const { spans } = parseWireStory(text, { spans: true });
    expect(spans?.headline).toEqual([7, 58]);
    expect(text.slice(...spans!["dateline.city"]!)).toBe("Pyongyang");
    expect(text.slice(...spans!["dateline.country"]!)).toBe("North Korea");
    expect(text.slice(...spans!["body.0"]!)).toMatch(/^The leaders of Russia/);
    expect(text.slice(...spans!["moreNews.0.dateline.city"]!)).toBe("New Delhi");
    expect(spans?.["dateline.agency"]).toBeUndefined(); // there is none
  });

  it("point into the original input, before entities and mojibake were repaired", () => {
    const text = "\uFEFFAT&amp;T wins \u00e2\u20ac\u02dcbig\u00e2\u20ac\u2122 deal\r\n\r\nDALLAS (Reuters) - AT&amp;T said on Monday it won the contract, officials said.\r\n";
    const story = parseWireStory(text, { spans: true });
    expect(story.headline).toBe("AT&T wins \u2018big\u2019 deal");
    const [s, e] = story.spans!.headline!;
    expect(text.slice(s, e)).toBe("AT&amp;T wins \u00e2\u20ac\u02dcbig\u00e2\u20ac\u2122 deal");
    expect(text.slice(...story.spans!["body.0"]!)).toBe("AT&amp;T said on Monday it won the contract, officials said.");
  });

  it("give no span to a canonical agency name that is not in the text", () => {
    const story = parseWireStory("Headline of the story\n\nWASHINGTON, March 12, Reuter - The agency said it would review the rules.", { spans: true });
    expect(story.dateline?.agency).toBe("Reuters");
    expect(story.spans?.["dateline.agency"]).toBeUndefined();
    expect(story.spans?.["dateline.city"]).toBeDefined();
  });

  it("normalise back to each field's text on every fixture", () => {
    for (const text of fixtures) expect(badSpans(text)).toEqual([]);
  });

  it("normalise back to each field's text on damaged generated pages", () => {
    fc.assert(fc.property(damagedPageArb, (text) => { expect(badSpans(text)).toEqual([]); }), { numRuns: RUNS });
  });
});

describe("spans over every character normalisation drops or replaces", () => {
  // A scraped page can hold any of these inside a paragraph: carriage returns, tabs, C0 and C1
  // controls, soft hyphens, zero-width characters, a byte-order mark, the Unicode spaces and line
  // separators, and lone surrogates. The spans must still point at the right slice of the input.
  const chars: [string, string][] = [
    ["CR", "\r"], ["tab", "\t"], ["U+0001", "\u0001"], ["U+001F", "\u001f"], ["DEL", "\u007f"], ["U+0085", "\u0085"], ["U+009F", "\u009f"],
    ["soft hyphen", "\u00ad"], ["zero-width space", "\u200b"], ["ZWNJ", "\u200c"], ["ZWJ", "\u200d"], ["word joiner", "\u2060"], ["BOM", "\ufeff"],
    ["NBSP", "\u00a0"], ["ogham space", "\u1680"], ["en quad", "\u2000"], ["six-per-em space", "\u2006"], ["hair space", "\u200a"],
    ["narrow NBSP", "\u202f"], ["math space", "\u205f"], ["ideographic space", "\u3000"], ["line separator", "\u2028"], ["paragraph separator", "\u2029"],
    ["lone high surrogate", "\ud800"], ["lone low surrogate", "\udfff"],
  ];
  it.each(chars)("%s", (_name, ch) => {
    const input = [
      "Port reopens after a week of storms",
      "",
      `ROTTERDAM (Reuters) - The port reopened${ch} on Monday after a week of storms kept ships at anchor off the coast, the harbour authority said.`,
      "",
      `Officials said about forty${ch}ships were waiting to enter and that it would take several days to clear them.`,
    ].join("\n");
    expect(badSpans(input)).toEqual([]);
  });
});

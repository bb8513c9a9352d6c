/** The public API: the two doors, the error type, bad input, options. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { datelineSchema, parseWireStory, safeParseWireStory, storyDateSchema, teaserSchema, warningSchema, WireParseError, wireStorySchema } from "../src/index.js";

const sample = readFileSync(join(import.meta.dirname, "..", "fixtures", "seed-sample.txt"), "utf8");

describe("parseWireStory", () => {
  it("returns a story that passes wireStorySchema", () => {
    const story = parseWireStory(sample);
    expect(wireStorySchema.safeParse(story).success).toBe(true);
    expect(story.headline).toBe("Russia, N Korea agree on mutual support if attacked");
  });

  it.each([
    ["a number", 42, "NOT_A_STRING"],
    ["null", null, "NOT_A_STRING"],
    ["an object", { text: "x" }, "NOT_A_STRING"],
    ["the empty string", "", "EMPTY_INPUT"],
    ["whitespace only", "   \n  \t \r\n ", "EMPTY_INPUT"],
    ["invisible characters only", "\uFEFF\u200B\u00A0", "EMPTY_INPUT"],
    ["separator lines only", "____\n\n----", "NO_STORY"],
  ])("throws WireParseError for %s", (_name, input, code) => {
    let thrown: unknown;
    try {
      parseWireStory(input as string);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(WireParseError);
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as WireParseError).code).toBe(code);
    expect((thrown as WireParseError).name).toBe("WireParseError");
  });

  it("refuses input over maxLength with INPUT_TOO_LARGE", () => {
    expect(() => parseWireStory("x".repeat(101), { maxLength: 100 })).toThrow(
      expect.objectContaining({ code: "INPUT_TOO_LARGE" }),
    );
  });

  it("accepts input exactly at maxLength", () => {
    const text = "Headline here\n\n" + "word ".repeat(17).trim() + ".";
    expect(() => parseWireStory(text, { maxLength: text.length })).not.toThrow();
  });
});

describe("safeParseWireStory", () => {
  it("returns success with the data", () => {
    const r = safeParseWireStory(sample);
    expect(r.success).toBe(true);
    expect(r.success && r.data.source).toBe("Qatar Tribune");
  });

  it.each([42, "", "   \n  ", undefined, [], Symbol("x")])("never throws, and gives an error for %s", (input) => {
    const r = safeParseWireStory(input as string);
    expect(r.success).toBe(false);
    expect(r.error).toBeInstanceOf(WireParseError);
  });

  it("lists what was missing on NO_STORY", () => {
    const r = safeParseWireStory("***\n\n___");
    expect(r.success).toBe(false);
    expect(r.error?.code).toBe("NO_STORY");
    expect(r.error?.issues.map((i) => i.code)).toEqual(["no_headline", "no_body"]);
  });
});

describe("what a failed or flagged parse says", () => {
  it("says what it got instead of a string, how long the input was, and that it was empty", () => {
    expect(safeParseWireStory(null as unknown as string).error?.message).toBe("expected a string, got null");
    expect(safeParseWireStory(42 as unknown as string).error?.message).toBe("expected a string, got number");
    expect(safeParseWireStory("x".repeat(101), { maxLength: 100 }).error?.message).toBe("input is 101 characters, over the limit of 100");
    expect(safeParseWireStory(" \n ").error?.message).toBe("input is empty or only whitespace");
  });

  it("keeps the warnings about the input itself before the story's own, with and without spans", () => {
    const page = "<div>Ferry fares to rise in July</div>\n\n<p>PORTVILLE, June 20 (Reuters) - Fares on the island ferry will rise by a tenth in July, the operator said on Thursday.</p>";
    expect(parseWireStory(page).warnings.map((w) => w.code)).toEqual(["HTML_INPUT"]);
    expect(parseWireStory(page, { spans: true }).warnings.map((w) => w.code)).toEqual(["HTML_INPUT"]);
  });

  it("gives an error no details unless it was given some", () => {
    expect(new WireParseError("EMPTY_INPUT", "empty").issues).toEqual([]);
  });
});

describe("referenceDate", () => {
  const page = "Headline of a page without a date\n\nLONDON, Dec 31 (Reuters) - The markets closed for the year on a quiet note today.";

  it("leaves a year-less dateline undated, with a warning, when the page shows no date", () => {
    const story = parseWireStory(page);
    expect(story.dateline?.date).toBeNull();
    expect(story.warnings.map((w) => w.code)).toContain("DATE_YEAR_UNKNOWN");
  });

  it("takes the year closest to referenceDate (string or Date)", () => {
    expect(parseWireStory(page, { referenceDate: "2025-01-02" }).dateline?.date).toBe("2024-12-31");
    expect(parseWireStory(page, { referenceDate: new Date(Date.UTC(2024, 11, 20)) }).dateline?.date).toBe("2024-12-31");
  });

  it("prefers the page's own date line over referenceDate", () => {
    const dated = page.replace("\n\n", "\n\nJan 2, 2019\n\n");
    expect(parseWireStory(dated, { referenceDate: "2025-06-01" }).dateline?.date).toBe("2018-12-31");
  });

  it("ignores a referenceDate that is not a date", () => {
    expect(parseWireStory(page, { referenceDate: "not a date" }).dateline?.date).toBeNull();
  });
});

describe("wireStorySchema", () => {
  it("composes with schemas a user builds with the full zod API", () => {
    const story = parseWireStory(sample);
    const record = z.object({ id: z.string(), story: wireStorySchema });
    expect(record.parse({ id: "a", story })).toEqual({ id: "a", story });
    expect(z.array(wireStorySchema).safeParse([story, story]).success).toBe(true);
    expect(record.safeParse({ id: "a", story: { ...story, body: [""] } }).success).toBe(false);
  });

  it("extends: its shape spreads into a user's object, and z.toJSONSchema reads it", () => {
    const story = parseWireStory(sample);
    const extended = z.object({ ...wireStorySchema.shape, url: z.url() });
    expect(extended.parse({ ...story, url: "https://example.com/a" }).url).toBe("https://example.com/a");
    expect(extended.safeParse(story).success).toBe(false);
    const json = z.toJSONSchema(wireStorySchema) as { required: string[] };
    expect(json.required).toContain("headline");
  });
});

describe("wireStorySchema internals that the budgets depend on", () => {
  it("parses objects with zod's compiled fast path (zod/mini's own objects do not)", () => {
    const objects = [wireStorySchema, storyDateSchema, datelineSchema, teaserSchema, warningSchema];
    for (const schema of objects) expect(schema._zod.traits.has("$ZodObjectJIT")).toBe(true);
    expect(Object.keys(wireStorySchema.shape)).toContain("moreNews");
  });
});

/**
 * Linear time (SPEC.md section 10): hostile 4 MB inputs must parse in well
 * under a second. A regex that backtracks super-linearly turns one of these
 * into minutes. The bound is generous (1 s each on a 2-core CI machine);
 * throughput is measured by `npm run bench`, not here.
 */
import { describe, expect, it } from "vitest";
import { safeParseWireStory } from "../src/index.js";

const MB4 = 4_000_000;
const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const INPUTS: [string, () => string][] = [
  ["one line of '['", () => repeat("[", MB4)],
  ["one line of '('", () => repeat("(", MB4)],
  ["one line of spaces between two letters", () => "x" + repeat(" ", MB4) + "x"],
  ["one line of 'A, B, C, ...'", () => repeat("A, B, C, D, E, F, ", MB4)],
  ["a dateline prefix repeated 200,000 times on one line", () => "WASHINGTON, March 12 (Reuters) - ".repeat(200_000).slice(0, MB4)],
  ["a dateline repeated on 120,000 lines", () => repeat("WASHINGTON, March 12 (Reuters) -\n", MB4)],
  ["400,000 'More news' lines", () => "More news\n".repeat(400_000)],
  ["a million blank lines", () => "Headline\n" + "\n".repeat(1_000_000) + "The body of the story goes on for a while here."],
  ["a chain of '&amp;'", () => "&" + repeat("amp;", MB4) + "lt;"],
  ["damaged entities", () => repeat("#39;", MB4)],
  ["date lines", () => repeat("Jun 20, 2024\n", MB4)],
  ["headline-like lines", () => repeat("Council Approves New Budget\n", MB4)],
  ["teaser groups", () => "More news\n" + repeat("Council Approves New Budget\nLONDON, June 2 (Reuters) - The council approved a new budget.\nJun 02, 2024\n", MB4)],
  ["dateline paragraphs", () => repeat("NEW DELHI, June 2 (PTI) The council approved a new budget for schools on Monday.\n", MB4)],
  ["spaces and tabs before a newline", () => "a" + repeat(" \t", MB4) + "\nb"],
];

describe("linear time on 4 MB pathological inputs", () => {
  it.each(INPUTS)("parses %s in under a second", (_name, make) => {
    const text = make();
    const t0 = performance.now();
    const result = safeParseWireStory(text);
    const ms = performance.now() - t0;
    expect(result.success || result.error.code !== "INPUT_TOO_LARGE").toBe(true);
    expect(ms).toBeLessThan(1000);
  });
});

describe("the size limit", () => {
  it("refuses input over the default 5 MB with INPUT_TOO_LARGE", () => {
    const r = safeParseWireStory("x".repeat(5_000_001));
    expect(r.success).toBe(false);
    expect(r.error?.code).toBe("INPUT_TOO_LARGE");
  });

  it("accepts a larger limit through maxLength", () => {
    const r = safeParseWireStory("Headline\n\n" + "word ".repeat(1_100_000) + ".", { maxLength: 6_000_000 });
    expect(r.success).toBe(true);
  });
});

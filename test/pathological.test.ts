/**
 * Linear time (SPEC.md section 10): a hostile input four times as long takes
 * about four times as long to parse. A regex that backtracks super-linearly
 * turns one of these into minutes, and a quadratic loop takes sixteen times
 * as long; the bound (ten times, the best of up to five tries taken in turns) is
 * generous enough for a busy 2-core CI machine and for the garbage
 * collector, whose work on millions of small objects grows a little faster
 * than the input, and tight enough to catch either. A fast case is timed
 * over repeated calls (test/support/timing.ts), so that the timer's noise is
 * not what the ratio measures. No fixed time limit: throughput is measured by
 * `npm run bench`, not here.
 */
import { describe, expect, it } from "vitest";
import { safeParseWireStory } from "../src/index.js";
import { timeRatio } from "./support/timing.js";

const MB4 = 4_000_000;
const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Time for a 4 MB input over time for the same shape at 1 MB stays under this. */
const MAX_RATIO = 10;

/** Parses `text`; the size limit must not be what stops it. */
function parse(text: string): void {
  const result = safeParseWireStory(text);
  expect(result.success || result.error.code !== "INPUT_TOO_LARGE").toBe(true);
}

/** Every input is made at a size: `size(MB4)` is the 4 MB case, `size(MB4 / 4)` the 1 MB one. */
const INPUTS: [string, (size: number) => string][] = [
  ["one line of '['", (n) => repeat("[", n)],
  ["one line of '('", (n) => repeat("(", n)],
  ["one line of spaces between two letters", (n) => "x" + repeat(" ", n) + "x"],
  ["one line of 'A, B, C, ...'", (n) => repeat("A, B, C, D, E, F, ", n)],
  ["a dateline prefix repeated on one line", (n) => repeat("WASHINGTON, March 12 (Reuters) - ", n)],
  ["a dateline repeated on every line", (n) => repeat("WASHINGTON, March 12 (Reuters) -\n", n)],
  ["'More news' lines", (n) => repeat("More news\n", n)],
  ["blank lines", (n) => "Headline\n" + "\n".repeat(n / 4) + "The body of the story goes on for a while here."],
  ["a chain of '&amp;'", (n) => "&" + repeat("amp;", n) + "lt;"],
  ["damaged entities", (n) => repeat("#39;", n)],
  ["date lines", (n) => repeat("Jun 20, 2024\n", n)],
  ["headline-like lines", (n) => repeat("Council Approves New Budget\n", n)],
  ["teaser groups", (n) => "More news\n" + repeat("Council Approves New Budget\nLONDON, June 2 (Reuters) - The council approved a new budget.\nJun 02, 2024\n", n)],
  ["dateline paragraphs", (n) => repeat("NEW DELHI, June 2 (PTI) The council approved a new budget for schools on Monday.\n", n)],
  ["spaces and tabs before a newline", (n) => "a" + repeat(" \t", n) + "\nb"],
  ["menu lines", (n) => repeat("Home\nWorld\nBusiness\nSport\n", n)],
  ["running text between menus", (n) => repeat("Home\nWorld\nThe council approved a new budget for the schools of the city on Monday, officials said, after a long debate.\n", n)],
];

describe("linear time on pathological inputs of 1 MB and 4 MB", () => {
  it.each(INPUTS)("parses %s four times as long in under ten times the time", (_name, make) => {
    const small = make(MB4 / 4);
    const large = make(MB4);
    parse(small); // warm up
    expect(timeRatio(() => parse(small), () => parse(large), MAX_RATIO)).toBeLessThan(MAX_RATIO);
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

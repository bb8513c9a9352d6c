/**
 * Sign-offs and glued trailers (src/lib/trailer.ts) at their limits: the
 * longest credit a line may be, the longest desk sign-off, lower-case agency
 * sign-offs, desk codes ending in "a" or "z", spaces left between a paragraph
 * and what is split off it. The lines are our own.
 */
import { describe, expect, it } from "vitest";
import { isSignOffLine, splitGluedTrailer } from "../src/lib/trailer.js";

/** A list of names of exactly `n` characters. */
function names(n: number): string {
  let s = "Jane Doe, John Roe";
  while (s.length < n) s += "; Jane Doe";
  return s.slice(0, n);
}

describe("isSignOffLine at its limits", () => {
  it.each([
    // A credit line is at most 420 characters: the longest the credit pattern takes (430) is not one.
    ["a credit of 420 characters", `(Additional fact-checking by ${names(390)})`, true],
    ["a credit of 430 characters", `(Additional fact-checking by ${names(400)})`, false],
    // A desk's end-of-story line is at most 60 characters.
    ["an end-of-story line of 60 characters", `${"X".repeat(47)} END OF STORY`, true],
    ["an end-of-story line of 61 characters", `${"X".repeat(48)} END OF STORY`, false],
    ["a lower-case agency sign-off", "afp", true],
    ["another", "ani", true],
    ["a time stamp at midnight", "0:16 local time", true],
    ["a time stamp at nine", "9:16 local time", true],
    ["a hyphen-led agency credit", "- Qatar News Agency, QNA", true],
    ["an em-dash-led agency credit", "— Emirates News Agency", true],
    ["a lower-case print credit", "published in Dawn, June 2nd, 2019", true],
    ["desk initials", "ab/cd", true],
    ["a common word pair in brackets", "(and/or)", false],
    ["an arrow", "->", false],
  ])("%s", (_what, line, want) => {
    expect(isSignOffLine(line)).toBe(want);
  });
});

describe("splitGluedTrailer at its limits", () => {
  it.each([
    ["The river rose.   Read more", { body: "The river rose.", trailer: null, link: "Read more" }],
    ["The river rose.   (Reporting by Jane Doe)", { body: "The river rose.", trailer: "(Reporting by Jane Doe)", link: null }],
    ["The talks ended. (end) ka", { body: "The talks ended.", trailer: "(end) ka", link: null }],
    ["The talks ended. (end) kz", { body: "The talks ended.", trailer: "(end) kz", link: null }],
    ["Really... Published in Dawn, March 16th, 2017", { body: "Really...", trailer: "Published in Dawn, March 16th, 2017", link: null }],
    ["Really... --SPA", { body: "Really...", trailer: "--SPA", link: null }],
  ])("splits %j", (paragraph, want) => {
    expect(splitGluedTrailer(paragraph)).toEqual(want);
  });
});

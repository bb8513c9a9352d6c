/**
 * The shape tests every stage leans on (src/lib/shape.ts, src/lib/text.ts):
 * is a line paragraph-like, headline-like, heading-like, caption-like, a
 * section label, a name; how many words it has; does a day exist. Each limit
 * is checked at, under and over it, on lines of the kind that meet it on a
 * page.
 */
import { describe, expect, it } from "vitest";
import { isCaptionLike, isHeadingLike, isHeadlineLike, isNameOnly, isParagraphLike, isRunningText, isSectionLabel, opensParagraph, runningTextWithin } from "../src/lib/shape.js";
import { page, stage } from "./support/stages.js";
import { isoDate, isValidDay, pad2, wordCount } from "../src/lib/text.js";
import type { DatelineParse } from "../src/types.js";

/** `words` words of `size` letters, joined by spaces, then `end`. */
const words = (count: number, end = "", size = 4): string => Array.from({ length: count }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat(size)).join(" ") + end;

/** A line of exactly `length` characters: `head`, then padding of "x" words. */
function ofLength(head: string, length: number, end = ""): string {
  let s = head;
  while (s.length + end.length < length) s += s.length + end.length + 1 === length ? "x" : " x";
  s = s.slice(0, length - end.length) + end;
  if (s.length !== length) throw new Error(`no line of ${length}`);
  return s;
}

describe("wordCount", () => {
  it.each([
    ["", 0],
    ["one", 1],
    ["two words", 2],
    ["  spaced   out  words ", 3],
    ["tab\tjoined", 1],
  ])("%j has %i words", (text, n) => {
    expect(wordCount(text)).toBe(n);
  });

  it("stops counting at its limit", () => {
    expect(wordCount(words(10), 4)).toBe(4);
    expect(wordCount(words(3), 4)).toBe(3);
    expect(wordCount(words(4), 4)).toBe(4);
  });
});

describe("isParagraphLike: 150 characters, or a sentence of six words", () => {
  it.each([
    ["149 characters without a full stop", ofLength("Port", 149), false],
    ["150 characters without a full stop", ofLength("Port", 150), true],
    ["a sentence of five words", "The harbour reopened on Thursday.", false],
    ["a sentence of six words", "The harbour reopened to ships Thursday.", true],
    ["six words with a question mark", "Will the harbour reopen this week?", true],
    ["six words and no closing mark", "The harbour reopened to ships Thursday", false],
    ["six words closed by a quote", "\u201cWe reopened the harbour on Thursday.\u201d", true],
  ])("%s: %s", (_name, text, want) => {
    expect(isParagraphLike(text)).toBe(want);
  });
});

describe("isRunningText: 150 characters of paragraph, or a caption-like sentence of eight words", () => {
  it.each([
    ["150 characters", ofLength("The harbour", 150), true],
    ["a sentence of seven words", "The harbour reopened to ships on Thursday.", false],
    ["a sentence of eight words", "The harbour reopened to large ships on Thursday.", true],
  ])("%s: %s", (_name, text, want) => {
    expect(isRunningText(text)).toBe(want);
  });
});

describe("isHeadlineLike: at most 220 characters, and no full stop after four words", () => {
  it.each([
    ["220 characters", ofLength("Harbour reopens", 220), true],
    ["221 characters", ofLength("Harbour reopens", 221), false],
    ["three words and a full stop", "Harbour reopens today.", true],
    ["four words and a full stop", "Harbour reopens to ships.", false],
    ["four words and a question mark", "Will the harbour reopen?", true],
    ["initials at the end", "Storm hits coast of U.S.", false],
  ])("%s: %s", (_name, text, want) => {
    expect(isHeadlineLike(text)).toBe(want);
  });
});

describe("isHeadingLike: at most 50 characters and six words, no sentence end but a colon", () => {
  it.each([
    ["50 characters", "M" + "o".repeat(49), true],
    ["51 characters", "M" + "o".repeat(50), false],
    ["six words", "More from the desk this week", true],
    ["seven words", "More from the news desk this week", false],
    ["a colon at the end", "Read more:", true],
    ["a full stop at the end", "Read more.", false],
    ["a question mark", "What next?", false],
  ])("%s", (_name, text, want) => {
    expect(isHeadingLike(text)).toBe(want);
  });
});

describe("isCaptionLike: a sentence of eight words or more", () => {
  it.each([
    ["seven words", "Crews clear the harbour road after storms.", false],
    ["eight words", "Crews clear the harbour road after the storm.", true],
    ["eight words, no full stop", "Crews clear the harbour road after the storm", false],
  ])("%s", (_name, text, want) => {
    expect(isCaptionLike(text)).toBe(want);
  });
});

describe("isSectionLabel", () => {
  it.each([
    // a desk's label above a headline
    ["World", true],
    ["Sci/Tech", true],
    ["States \u00bb East", true],
    ["Middle East", true],
    ["Port And Shipping", true],
    ["Ports Shipping Trade Finance", false],
    ["Business News", true],
    ["U.S.", true],
    ["Ports.", false],
    ["Ports!", false],
    ["harbour news", false],
    ["Harbour of Rotterdam", true],
    ["A & B", true],
    ["World \u00bb South Asia", true],
    ["World \u00bb South East Asia", false],
    ["A label that is far too long for a desk", false],
    ["Abcdefghij Klmnopqrst Uvwxyzabcd Efghijklm", false],
    // a known desk label in any case; "and" joins a label's words; a sentence-case phrase is no label
    ["sport", true],
    ["Ports and Harbours", true],
    ["Harbour news", false],
  ])("%s: %s", (text, want) => {
    expect(isSectionLabel(text)).toBe(want);
  });

  it("takes up to 40 characters", () => {
    expect(isSectionLabel("Abcdefghijklmnopqrs Abcdefghijklmnopqrst")).toBe(true);
    expect(isSectionLabel("Abcdefghijklmnopqrst Abcdefghijklmnopqrst")).toBe(false);
  });
});

describe("isNameOnly: two to four capitalised words", () => {
  it.each([
    ["Fiona Baird", true],
    ["Fiona Mary Baird", true],
    ["Fiona Mary Anne Baird", true],
    ["Fiona Mary Anne Baird Smith", false],
    ["Fiona", false],
    ["Fiona J. Baird", true],
    ["Ahmed bin Rashid", true],
    ["fiona baird", false],
    ["Fiona Baird said", false],
  ])("%s: %s", (text, want) => {
    expect(isNameOnly(text)).toBe(want);
  });
});

describe("opensParagraph: a dateline's rest, or the next line, is a paragraph", () => {
  const dl = (rest: string, agency: string | null = null): DatelineParse => ({
    prefix: "", byline: null, text: "LISBON -", city: "LISBON", region: null, country: null, agency, month: null, day: null, year: null, hijri: false, rest,
  });

  it.each([
    ["a lone dateline over a paragraph", dl(""), "The harbour reopened to large ships on Thursday.", true],
    ["a lone dateline over a title", dl(""), "Harbour reopens", false],
    ["a lone dateline at the end", dl(""), undefined, false],
    ["a rest that is a paragraph", dl("The harbour reopened to large ships on Thursday."), undefined, true],
    ["a short rest, hard-wrapped on a lower-case line", dl("The harbour"), "reopened on Thursday.", true],
    ["a short rest over a capitalised line", dl("The harbour"), "Reopened on Thursday.", false],
    ["a rest of four words after an agency", dl("Harbour reopens to ships", "Reuters"), undefined, true],
    ["a rest of three words after an agency", dl("Harbour reopens today", "Reuters"), undefined, false],
    ["a rest of four words and no agency", dl("Harbour reopens to ships"), undefined, false],
  ])("%s: %s", (_name, d, next, want) => {
    expect(opensParagraph(d, next)).toBe(want);
  });
});

describe("isValidDay", () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2100, 2, 29, false],
    [2024, 2, 28, true],
    [2024, 4, 30, true],
    [2024, 4, 31, false],
    [2024, 12, 31, true],
    [2024, 1, 31, true],
    [2024, 1, 32, false],
    [2024, 13, 1, false],
    [2024, 0, 1, false],
    [2024, 6, 0, false],
    [2024.5, 6, 1, false],
  ])("%i-%i-%i exists: %s", (y, m, d, want) => {
    expect(isValidDay(y, m, d)).toBe(want);
  });
});

describe("isoDate and pad2", () => {
  it("pads months and days to two digits and years to four", () => {
    expect(isoDate(2024, 6, 9)).toBe("2024-06-09");
    expect(isoDate(987, 10, 10)).toBe("0987-10-10");
    expect([pad2(0), pad2(9), pad2(10), pad2(59)]).toEqual(["00", "09", "10", "59"]);
  });
});

describe("runningTextWithin: the next item's paragraph, titles and labels between", () => {
  const ITEM = (what: string) =>
    `The ${what} did what it promised from the first day, it was easy to clean, and after a month of daily use it still looked and worked like new, which is rare at its price.`;
  const find = (lines: string[], from: number, step: 1 | -1): number => {
    const { lines: read, features } = stage(page(...lines));
    return runningTextWithin(read, features, from, step);
  };

  it("finds it after and before, over titles, labels and asides (an aside not counted)", () => {
    const lines = [ITEM("kettle"), "Toaster", "Toaster for $60", "Advertisement", "See it now", ITEM("toaster")];
    expect(find(lines, 0, 1)).toBe(5);
    expect(find(lines, 5, -1)).toBe(0);
  });

  it("finds none past the page's ends", () => {
    expect(find([ITEM("kettle"), "Toaster"], 0, 1)).toBe(-1);
    expect(find(["Toaster", ITEM("kettle")], 1, -1)).toBe(-1);
  });

  it.each([
    ["a date line", "June 20, 2024"],
    ["a sentence", "Prices were checked this week."],
    ["a time stamp", "2 hours ago"],
  ])("finds none over %s", (_what, line) => {
    expect(find([ITEM("kettle"), "Toaster", line, ITEM("toaster")], 0, 1)).toBe(-1);
  });

  it("finds none in a paragraph printed twice (a gallery's caption)", () => {
    expect(find([ITEM("kettle"), "Toaster", ITEM("toaster"), "Mixer", ITEM("toaster")], 0, 1)).toBe(-1);
  });
});

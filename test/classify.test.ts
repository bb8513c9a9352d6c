/** classifyLine on clutter the prefix tables hold. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clutterKey, clutterKeyLead, isAllCaps, isAllLower, squash } from "../src/lib/text.js";
import { classifyLine } from "../src/stages/03-classify.js";

const classify = (text: string) => classifyLine({ text, start: 0, end: text.length, blankBefore: 0 });

describe("classifyLine footers and clutter", () => {
  it.each([["© 2025 Example Media Ltd"], ["(c) Example Media"], ["Copyright © 2025 Example Media. All rights reserved."]])("reads %s as clutter", (text) => {
    expect(classify(text).kind).toBe("clutter");
  });
});

describe("classifyLine share bars glued into one line", () => {
  it.each([["Share to LinkedInLinkedInShare to FacebookFacebookShare to EmailEmail"], ["Share on X Share on WhatsApp"], ["Share this on Facebook"], ["Share All sharing options for: Harbour bridge reopens"], ["All sharing options for: Harbour bridge reopens"]])("reads %s as clutter", (text) => {
    expect(classify(text).kind).toBe("clutter");
  });

  it.each([["Share to rise as profits beat forecasts"], ["Share to watch: miners lead the rally"]])("keeps the headline %s as text", (text) => {
    expect(classify(text).kind).toBe("text");
  });
});

describe("clutterKeyLead", () => {
  it("is the first character of the clutter key, on arbitrary text", () => {
    const piece = fc.constantFrom(" ", "|", "»", "›", "-", "–", "•", ".", ":", "…", "S", "s", "İ", "x", "\ud83d\ude00", "Share");
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.array(piece, { maxLength: 90 }).map((p) => p.join(""))), (text) => {
        const key = clutterKey(text);
        if (key !== "") expect(clutterKeyLead(text)).toBe(key[0]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("clutterKey", () => {
  /** The definition: trim the lead and trail characters off the line's first 64, lower-case the rest. */
  function referenceKey(text: string): string {
    const head = text.slice(0, 64);
    let start = 0;
    let end = head.length;
    while (start < end && " \t|»›>•·-–—".includes(head[start]!)) start++;
    while (end > start && " \t.:!|»›>…→-–—".includes(head[end - 1]!)) end--;
    return head.slice(start, end).toLowerCase();
  }

  it("matches its definition on arbitrary text", () => {
    const piece = fc.constantFrom(" ", "\t", "|", "»", "›", ">", "•", "·", "-", "–", "—", ".", ":", "!", "…", "→", "Share", "x", "\ud83d\ude00", "\u00e9");
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.array(piece, { maxLength: 90 }).map((p) => p.join(""))), (text) => {
        expect(clutterKey(text)).toBe(referenceKey(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("squash", () => {
  it("collapses whitespace runs and trims, exactly as the plain replace does", () => {
    const piece = fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", "\u2003", "a", "Bc", ".");
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.array(piece, { maxLength: 20 }).map((p) => p.join(""))), (text) => {
        expect(squash(text)).toBe(text.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 3000 },
    );
  });
});

describe("isAllCaps / isAllLower", () => {
  it("agree with the Unicode case definitions on arbitrary text", () => {
    const piece = fc.constantFrom("A", "z", "Q", "b", "1", " ", ".", "'", "\u00e9", "\u00c9", "\u0130", "\u00df", "\u4e2d", "-");
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.array(piece, { maxLength: 12 }).map((p) => p.join(""))), (text) => {
        expect(isAllCaps(text)).toBe(text !== text.toLowerCase() && text === text.toUpperCase());
        expect(isAllLower(text)).toBe(text !== text.toUpperCase() && text === text.toLowerCase());
      }),
      { numRuns: 5000 },
    );
  });
});

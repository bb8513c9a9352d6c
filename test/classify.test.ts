/** classifyLine on clutter the prefix tables hold. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clutterKey, clutterKeyLead } from "../src/lib/text.js";
import { classifyLine } from "../src/stages/03-classify.js";

const classify = (text: string) => classifyLine({ text, start: 0, end: text.length, blankBefore: 0 });

describe("classifyLine footers and clutter", () => {
  it.each([["© 2025 Example Media Ltd"], ["(c) Example Media"], ["Copyright © 2025 Example Media. All rights reserved."]])("reads %s as clutter", (text) => {
    expect(classify(text).kind).toBe("clutter");
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

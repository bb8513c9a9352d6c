/** classifyLine on clutter the prefix tables hold. */
import { describe, expect, it } from "vitest";
import { classifyLine } from "../src/stages/03-classify.js";

const classify = (text: string) => classifyLine({ text, start: 0, end: text.length, blankBefore: 0 });

describe("classifyLine footers and clutter", () => {
  it.each([["© 2025 Example Media Ltd"], ["(c) Example Media"], ["Copyright © 2025 Example Media. All rights reserved."]])("reads %s as clutter", (text) => {
    expect(classify(text).kind).toBe("clutter");
  });
});

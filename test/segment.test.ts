/** segmentLines: tabs and spaces around a line, blank lines before the first line. The lines are our own. */
import { describe, expect, it } from "vitest";
import { segmentLines } from "../src/stages/02-segment.js";

describe("segmentLines", () => {
  it("trims tabs as well as spaces around a line, and keeps the offsets of what is left", () => {
    expect(segmentLines("\tFloods hit the coast\t\n  The river rose. ")).toEqual([
      { text: "Floods hit the coast", start: 1, end: 21, blankBefore: 0 },
      { text: "The river rose.", start: 25, end: 40, blankBefore: 0 },
    ]);
  });

  it("counts no blank lines before the first line, and counts them between lines", () => {
    expect(segmentLines("\n\nFloods\n\n\nThe river rose.").map((l) => l.blankBefore)).toEqual([0, 2]);
  });
});

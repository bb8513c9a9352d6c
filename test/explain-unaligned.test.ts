/**
 * When normalisation cannot be retraced character by character (an entity
 * whose decoding spells another entity, "&amp;#38;lt;" → "&lt;" → "<", takes
 * two passes), explain numbers lines in the normalised text and the story
 * carries no spans; when it can, the numbers point into the input even where
 * normalisation cut a run of blank lines. The pages are our own.
 */
import { describe, expect, it } from "vitest";
import { parseWireStory } from "../src/index.js";

const PAGE = ["Harbour bridge reopens &amp;#38;lt;today&amp;#38;gt;", "", "Jun 20, 2024", "", "", "ROTTERDAM (Reuters) - The harbour bridge reopened to traffic on Monday after two months of repairs."].join("\n");

describe("a page normalisation cannot retrace", () => {
  it("numbers explained lines in the normalised text, blank lines counted", () => {
    const story = parseWireStory(PAGE, { explain: true });
    expect(story.explain!.map((e) => [e.line, e.text.slice(0, 16)])).toEqual([
      [1, "Harbour bridge r"],
      [3, "Jun 20, 2024"],
      [6, "ROTTERDAM (Reute"],
    ]);
    expect(story.explain![0]!.text).toBe("Harbour bridge reopens <today>");
  });

  it("gives no spans", () => {
    expect(parseWireStory(PAGE, { spans: true }).spans).toBeUndefined();
    // The same page without the doubly encoded entity has them.
    expect(parseWireStory(PAGE.replace(" &amp;#38;lt;today&amp;#38;gt;", ""), { spans: true }).spans?.headline).toEqual([0, 22]);
  });
});

describe("a page whose blank runs normalisation cuts", () => {
  it("numbers explained lines in the input as given, not in the normalised text", () => {
    // Five blank lines become two in the normalised text; the numbers still point into the input.
    const page = ["Harbour bridge reopens", "", "", "", "", "", "Jun 20, 2024", "", "ROTTERDAM (Reuters) - The harbour bridge reopened to traffic on Monday after two months of repairs."].join("\n");
    expect(parseWireStory(page, { explain: true }).explain!.map((e) => e.line)).toEqual([1, 7, 9]);
  });
});

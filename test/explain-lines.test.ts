/**
 * Stage 11 (src/stages/11-explain.ts): each explained line carries its line
 * number in the input as given (LF, CRLF and lone CR line ends, blank lines
 * counted), the role of its longest piece with every piece listed when it
 * holds more than one, and its evidence rounded to two decimals.
 */
import { describe, expect, it } from "vitest";
import { parseWireStory } from "../src/index.js";

const OPENING = "ROTTERDAM (Reuters) - The harbour bridge reopened to traffic on Monday after two months of repairs.";
const LINES = ["Harbour bridge reopens", "Jun 20, 2024", OPENING, "Home"];
const numbers = (separator: string): number[] => parseWireStory(LINES.join(separator), { explain: true }).explain!.map((e) => e.line);

describe("the line numbers of explain", () => {
  it.each([
    ["single LF", "\n", [1, 2, 3, 4]],
    ["blank lines between (LF)", "\n\n", [1, 3, 5, 7]],
    ["single CRLF", "\r\n", [1, 2, 3, 4]],
    ["blank lines between (CRLF)", "\r\n\r\n", [1, 3, 5, 7]],
    ["blank lines between (lone CR, old Mac files)", "\r\r", [1, 3, 5, 7]],
  ])("counts lines of the input as given: %s", (_what, separator, want) => {
    expect(numbers(separator)).toEqual(want);
  });
});

describe("the role and evidence of an explained line", () => {
  const explain = parseWireStory(LINES.join("\n"), { explain: true }).explain!;

  it("gives a line of two pieces the role of the longer, and lists both", () => {
    expect(explain[2]).toMatchObject({
      role: "body",
      parts: [
        { role: "dateline", text: "ROTTERDAM (Reuters) -" },
        { role: "body", text: OPENING.slice("ROTTERDAM (Reuters) - ".length) },
      ],
    });
    expect(explain[0]!.parts).toBeUndefined();
  });

  it("gives a line no stage placed the role furniture", () => {
    expect(explain[3]).toMatchObject({ text: "Home", role: "furniture" });
  });

  it("rounds each score to two decimals", () => {
    const story = parseWireStory(["Harbour bridge reopens", "Jun 20, 2024", "The harbour bridge reopened to traffic on Monday after two months of repairs.", "Home"].join("\n"), { explain: true });
    // 77 characters at 0.3, less 20: 3.0999... as computed.
    expect(story.explain![2]!.rules.find((r) => r.name === "isolated-sentence")!.score).toBe(3.1);
  });
});

/**
 * alignOffsets: where each character of the normalised text came from in the
 * input (`start`) and where its source ends (`after`), across replaced lone
 * surrogates, composed accents, Unicode spaces, dropped invisibles, entities
 * kept as written, mojibake and trailing spaces. The lines are our own.
 */
import { describe, expect, it } from "vitest";
import { alignOffsets } from "../src/lib/align.js";
import { decodeOneEntity } from "../src/lib/entities.js";
import { normalizeText } from "../src/stages/01-normalize.js";

describe("alignOffsets", () => {
  it.each([
    ["\ud800 x", "� x", [0,1,2], [1,2,3]],
    ["café", "café", [0,1,2,3], [1,2,3,4]],
    ["e\u0301té ", "été", [0,2,3], [2,3,4]],
    ["June 20, ok\u3000and so", "June 20, ok and so", [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17], [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18]],
    ["Pyong\u200byang\u200d \u2060x", "Pyongyang x", [0,1,2,3,4,6,7,8,9,11,13], [1,2,3,4,5,7,8,9,10,12,14]],
    ["R&D &notanentity; #1; &copy", "R&D &notanentity; #1; &copy", [0,1,2,3,4,4,4,4,4,4,4,4,4,4,4,4,4,17,18,19,20,21,22,23,24,25,26], [1,2,3,4,17,17,17,17,17,17,17,17,17,17,17,17,17,18,19,20,21,22,23,24,25,26,27]],
    ["â€™s", "’s", [0,3], [3,4]],
    ["ANI\u00a0ANI", "ANI ANI", [0,1,2,3,4,5,6], [1,2,3,4,5,6,7]],
    ["x \udfff y", "x � y", [0,1,2,3,4], [1,2,3,4,5]],
    ["Word  end", "Word  end", [0,1,2,3,4,5,6,7,8], [1,2,3,4,5,6,7,8,9]],
    ["Word   end\n", "Word   end", [0,1,2,3,4,5,6,7,8,9], [1,2,3,4,5,6,7,8,9,10]],
  ])("maps %j (normalised %j)", (input, normalized, start, after) => {
    expect(normalizeText(input)).toBe(normalized);
    const map = alignOffsets(input, normalized, decodeOneEntity);
    expect(map && Array.from(map.start)).toEqual(start);
    expect(map && Array.from(map.after)).toEqual(after);
  });
});

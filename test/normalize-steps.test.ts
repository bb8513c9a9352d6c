/**
 * normalizeText, step by step: composing a letter and its accent typed
 * apart, trailing spaces that leave a run of blank lines behind, newlines at
 * the ends. The lines are our own.
 */
import { describe, expect, it } from "vitest";
import { normalizeText } from "../src/stages/01-normalize.js";

describe("normalizeText steps", () => {
  it.each([
    // A page that typed "e" and a combining acute accent: one character after normalisation (NFC).
    ["Cafe\u0301 au lait on the quay", "Caf\u00e9 au lait on the quay"],
    ["Sa\u0303o Paulo", "S\u00e3o Paulo"],
    // Lines of spaces become blank lines, and the blank run is cut to two.
    ["Floods\n \n \n \nThe river rose.", "Floods\n\n\nThe river rose."],
    ["\n\nFloods\n\n", "Floods"],
    ["Floods  \nThe river rose.\t\n\n\n\n\nEnd  ", "Floods\nThe river rose.\n\n\nEnd"],
  ])("normalises %j", (input, want) => {
    expect(normalizeText(input)).toBe(want);
  });
});

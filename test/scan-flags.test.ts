/**
 * scanText's flags where its loops and character tests stop: a character
 * to compose two places after the first one to clean, entity names in upper
 * case, damaged numeric entities opening with 0 or 9. Also clutterKeyStart on a
 * line of more lead characters than a key looks at, and isValidDay on months
 * outside the calendar. The lines are our own.
 */
import { describe, expect, it } from "vitest";
import { MAY_NEED_NFC, NEEDS_CLEAN, scanText } from "../src/lib/scan.js";
import { clutterKeyStart, isValidDay } from "../src/lib/text.js";
import { normalizeText } from "../src/stages/01-normalize.js";

describe("scanText", () => {
  it("flags a combining accent that stands two characters after a no-break space", () => {
    expect(scanText("\u00a0e\u0301 and more")).toBe(NEEDS_CLEAN | MAY_NEED_NFC);
  });
});

describe("normalizeText on entities scanText must see", () => {
  it.each([
    // An entity name in capitals is read in lower case: the zero-width joiner it names is then cleaned away.
    ["Wi&ZWJ;fi", "Wifi"],
    ["it#039;s", "it's"],
    ["see note #91;1]", "see note [1]"],
  ])("normalises %j", (input, want) => {
    expect(normalizeText(input)).toBe(want);
  });
});

describe("clutterKeyStart", () => {
  it("looks at the first 64 characters only, as clutterKey does", () => {
    expect(clutterKeyStart(`${"-".repeat(65)}Share`)).toBe(64);
    expect(clutterKeyStart(`${"-".repeat(63)}Share`)).toBe(63);
  });
});

describe("isValidDay", () => {
  it.each([
    [2020, 0, 1, false],
    [2020, 13, 1, false],
    [2020, 12, 31, true],
    [2020, 2, 29, true],
    [2021, 2, 29, false],
  ])("%i-%i-%i is %s", (year, month, day, want) => {
    expect(isValidDay(year, month, day)).toBe(want);
  });
});

/**
 * Stage 0, what is odd about the raw input (src/stages/00-inspect.ts): HTML
 * markup (three tags or more) and binary data (more than one character in
 * twenty a control character or U+FFFD), read in the first 65,536 characters.
 */
import { describe, expect, it } from "vitest";
import { scanText } from "../src/lib/scan.js";
import { inspectInput } from "../src/stages/00-inspect.js";
import { CTX } from "./support/stages.js";

const codes = (input: string): string[] => inspectInput(input, scanText(input), CTX).map((w) => w.code);

describe("HTML markup in a text input", () => {
  it("is read from three tags", () => {
    expect(codes("<p>Oil prices fell on Tuesday.</p><p>Traders weighed supply.")).toEqual(["HTML_INPUT"]);
    expect(inspectInput("<p>a</p><p>", scanText("<p>a</p><p>"), CTX)[0]!.message).toBe(
      "the input holds HTML markup; it was parsed as plain text (extract the page text first for better results)",
    );
  });

  it("is not read from two (a story that mentions a tag), nor from angle brackets that are no tags", () => {
    expect(codes("<p>Oil prices fell on Tuesday.</p> Traders weighed supply.")).toEqual([]);
    expect(codes("Prices: 3 < 4 < 5 > 2 > 1 and <<more>>.")).toEqual([]);
  });

  it("is looked for in the first 65,536 characters only", () => {
    const filler = "Oil prices fell. ".repeat(4096).slice(0, 65_536 - 9);
    expect(codes(filler + "<b><b><b>")).toEqual(["HTML_INPUT"]);
    expect(codes(filler + "Oil" + "<b><b><b>")).toEqual([]);
  });
});

describe("binary data", () => {
  const text = (length: number, controls: number): string => "\u0001".repeat(controls) + "x".repeat(length - controls);

  it("is read when more than one character in twenty is a control character", () => {
    expect(codes(text(100, 6))).toEqual(["BINARY_INPUT"]);
    expect(inspectInput(text(100, 6), scanText(text(100, 6)), CTX)[0]!.message).toBe("the input looks like binary data (many control characters); they were removed");
  });

  it("is not at one in twenty, nor with none", () => {
    expect(codes(text(100, 5))).toEqual([]);
    expect(codes("x".repeat(100))).toEqual([]);
    expect(codes("")).toEqual([]);
  });

  it("counts the replacement character U+FFFD too", () => {
    expect(codes("\ufffd".repeat(6) + "x".repeat(94))).toEqual(["BINARY_INPUT"]);
  });
});

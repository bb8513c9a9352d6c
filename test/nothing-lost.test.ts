/**
 * SPEC.md section 1, "Nothing lost": every line of the input that carries
 * text ends up in exactly one field. Checked on the layout, line by line: the
 * letters and digits of each line must equal, in order, those of the pieces it
 * was split into (byline, dates, dateline, body, trailer, furniture ...), the
 * labels "By" and "Source" excepted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutPage } from "../src/parse.js";
import type { Layout } from "../src/types.js";
import { normalizeText } from "../src/stages/01-normalize.js";
import { mutatedArb, pageArb } from "./support/arbitraries.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

/** Letters and digits of a text, labels removed, lower-cased. */
function essence(text: string): string {
  return text.toLowerCase().replace(/\b(?:by|source)\b/gu, "").replace(/[^\p{L}\p{N}]/gu, "");
}

/** Describes every line of a layout whose text is not accounted for exactly once. */
function coverageProblems({ lines, pieces }: Layout): string[] {
  const problems: string[] = [];
  const byLine = new Map<number, string[]>();
  for (const p of pieces) {
    if (!lines[p.line]?.text.includes(p.text)) problems.push(`piece "${p.text}" (${p.role}) is not text of line ${p.line}`);
    byLine.set(p.line, [...(byLine.get(p.line) ?? []), p.text]);
  }
  lines.forEach((line, i) => {
    const got = essence((byLine.get(i) ?? []).join(" "));
    if (got !== essence(line.text)) problems.push(`line ${i} "${line.text}" became ${JSON.stringify(byLine.get(i) ?? [])}`);
  });
  return problems;
}

/** The coverage problems of the page the parser lays out for `input`. */
function lostText(input: string): string[] {
  return coverageProblems(layoutPage(normalizeText(input), { referenceDay: null }));
}

const fixtureDir = join(import.meta.dirname, "..", "fixtures");
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(fixtureDir, f), "utf8"));

describe("nothing lost", () => {
  it("accounts for every line of every fixture exactly once", () => {
    for (const text of fixtures) expect(lostText(text)).toEqual([]);
  });

  it("accounts for every line of generated pages", () => {
    fc.assert(fc.property(pageArb, (page) => { expect(lostText(page)).toEqual([]); }), { numRuns: RUNS });
  });

  it("accounts for every line of mutated fixtures (lines dropped, duplicated, swapped, cut)", () => {
    const arb = fc.constantFrom(...fixtures).chain(mutatedArb);
    fc.assert(fc.property(arb, (text) => { expect(lostText(text)).toEqual([]); }), { numRuns: RUNS });
  });

  it("accounts for every line of arbitrary Unicode text", () => {
    const arb = fc.array(fc.string({ unit: "binary", maxLength: 80 }), { maxLength: 12 }).map((ls) => ls.join("\n"));
    fc.assert(fc.property(arb, (text) => { expect(lostText(text)).toEqual([]); }), { numRuns: RUNS });
  });

  it("reports a dropped line, a duplicated line and an invented piece (the check can fail)", () => {
    const layout = layoutPage(normalizeText("Headline of the page\n\nOfficials said on Monday that talks would go on."), { referenceDay: null });
    expect(coverageProblems(layout)).toEqual([]);
    expect(coverageProblems({ ...layout, pieces: layout.pieces.slice(1) })).toHaveLength(1);
    expect(coverageProblems({ ...layout, pieces: [...layout.pieces, layout.pieces[0]!] })).toHaveLength(1);
    expect(coverageProblems({ ...layout, pieces: [...layout.pieces, { role: "body", text: "invented", line: 0 }] })).toHaveLength(2);
  });
});

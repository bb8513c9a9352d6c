/**
 * Stage 2: the normalised text as a list of non-empty lines with their
 * offsets and the blank lines before each. Paragraphs are lines (SPEC.md
 * section 3): lines are never re-joined.
 *
 * @module
 */
import type { Line } from "../types.js";

/**
 * Splits normalised text into its non-empty lines.
 *
 * @param text - output of `normalizeText`
 * @returns the lines, trimmed, with offsets into `text`
 * @example
 * ```ts
 * segmentLines("World\n\nHeadline")
 * //=> [{ text: "World", start: 0, end: 5, blankBefore: 0 },
 * //    { text: "Headline", start: 7, end: 15, blankBefore: 1 }]
 * ```
 */
export function segmentLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = 0;
  let pos = 0;
  // Stryker disable next-line EqualityOperator: the empty piece after a final newline adds no line
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1) nl = text.length;
    let a = pos;
    let b = nl;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the newline (or NaN past the end) at b stops the scan too
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: on a line of spaces a is at b already, and a line with b below a is blank all the same
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a < b) {
      lines.push({ text: text.slice(a, b), start: a, end: b, blankBefore: lines.length === 0 ? 0 : blank });
      blank = 0;
    } else {
      blank++;
    }
    pos = nl + 1;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}
